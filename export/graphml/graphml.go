// Package graphml writes a knowledge graph as GraphML, the XML graph
// format that Gephi, yEd, Cytoscape and networkx read.
//
// # Document
//
// One directed <graph> whose nodes are the entities (id: the entity ID)
// and whose edges are the facts, one <edge> per fact (id: the fact's
// statement IRI, as in the RDF exports), so that two entities joined by
// several facts have parallel edges, each with its article and sentence.
// Every attribute is declared with a typed <key> (attr.type string, int
// or boolean); a value that is unknown is left out. The keys are listed in
// docs/formats.md: on nodes, label, kind, name, aliases, class, role,
// start and end dates and their parts (year, month, day as int), source;
// on edges, label, relation, role (for a presence at an event), the
// positions held there, article, sentence, rule, span, date stated,
// former, and the tenure of a position.
//
// Text is escaped for XML; characters XML 1.0 cannot hold (most control
// characters, invalid UTF-8) become U+FFFD. Nodes and edges are sorted:
// the same graph gives the same bytes.
package graphml

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"kg/export"
	"kg/export/rdf"
	"kg/graph"
)

// Options configures Write.
type Options struct {
	// Sentence gives the sentence of each fact; nil writes none.
	Sentence export.SentenceFunc
	// Tenures are the tenures of the holdings, for the roles' dates; nil
	// computes them from the graph, with no succession.
	Tenures map[graph.Holding]*graph.Tenure
}

// attrType is a GraphML attribute type.
type attrType string

const (
	typeString  attrType = "string"
	typeInt     attrType = "int"
	typeBoolean attrType = "boolean"
)

// key is a declared attribute. Its id is its name: the names are plain.
type key struct {
	name  string
	typ   attrType
	about string // what it holds, written as the key's <desc>
}

// Node and edge attributes, in the order they are declared and written.
var (
	nodeKeys = []key{
		{"label", typeString, "the name, for display"},
		{"kind", typeString, "person, organization, position, event, article or place"},
		{"name", typeString, "the display name"},
		{"aliases", typeString, "other names, separated by \" | \""},
		{"class", typeString, "organizations: party, state, front, media, education, business, delegation, armed, other"},
		{"role", typeString, "positions: the role name (Phó Chủ tịch)"},
		{"date", typeString, "events: start date; articles: date published; ISO 8601, --MM-DD when the year is unknown"},
		{"year", typeInt, "year of date"},
		{"month", typeInt, "month of date"},
		{"day", typeInt, "day of date"},
		{"end_date", typeString, "events: last day, ISO 8601"},
		{"source", typeString, "articles: URL or path; events: the kind of event"},
	}
	edgeKeys = []key{
		{"label", typeString, "the relation in Vietnamese, for display"},
		{"relation", typeString, "holds_position, attended, presided, spoke_at, hosted, elected_at, ..."},
		{"role", typeString, "a presence at an event: attended, presided, spoke_at, hosted or elected_at"},
		{"held_positions", typeString, "a person's presence at an event: the positions the article gives the person, separated by \" | \""},
		{"article", typeString, "the ID of the article the fact comes from"},
		{"sentence", typeString, "the sentence the fact comes from"},
		{"rule", typeString, "the extraction rule"},
		{"span_start", typeInt, "byte offset of the sentence in the article's text"},
		{"span_end", typeInt, "byte offset of the sentence's end"},
		{"as_of", typeString, "the date the article states the fact, ISO 8601"},
		{"former", typeBoolean, "holds_position: held before (nguyên, từng)"},
		{"tenure_start", typeString, "holds_position, elected_to: earliest date the position is stated as held"},
		{"tenure_end", typeString, "holds_position, elected_to: date by which the position was left"},
	}
)

// Write writes g as GraphML to w.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	if g == nil {
		return errors.New("write graphml: nil graph")
	}
	if err := write(w, g, opts); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// writer writes XML, remembering the first error.
type writer struct {
	bw  *bufio.Writer
	err error
}

func (x *writer) raw(s string) {
	if x.err == nil {
		_, x.err = x.bw.WriteString(s)
	}
}

func (x *writer) text(s string) {
	if x.err == nil {
		x.err = xml.EscapeText(x.bw, []byte(s))
	}
}

func (x *writer) data(k, v string) {
	if v == "" {
		return
	}
	x.raw(`      <data key="` + k + `">`)
	x.text(v)
	x.raw("</data>\n")
}

func (x *writer) num(k string, v int) {
	if v != 0 {
		x.data(k, strconv.Itoa(v))
	}
}

func write(w io.Writer, g *graph.Graph, opts Options) error {
	x := &writer{bw: bufio.NewWriterSize(w, 64<<10)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	for _, set := range []struct {
		prefix, domain string
		keys           []key
	}{{"n_", "node", nodeKeys}, {"e_", "edge", edgeKeys}} {
		for _, k := range set.keys {
			x.raw(fmt.Sprintf(`  <key id="%s%s" for="%s" attr.name="%s" attr.type="%s">`+"\n    <desc>",
				set.prefix, k.name, set.domain, k.name, k.typ))
			x.text(k.about)
			x.raw("</desc>\n  </key>\n")
		}
	}
	x.raw("  <graph id=\"kg\" edgedefault=\"directed\">\n")
	for _, e := range g.Entities() {
		x.raw(`    <node id="`)
		x.text(e.ID)
		x.raw("\">\n")
		x.data("n_label", e.Name)
		x.data("n_kind", e.Kind.String())
		x.data("n_name", e.Name)
		x.data("n_aliases", strings.Join(e.Aliases, " | "))
		if e.Kind == graph.Organization {
			x.data("n_class", e.Class.String())
		}
		x.data("n_role", e.Role)
		if e.Date.Valid() {
			x.data("n_date", e.Date.String())
			x.num("n_year", e.Date.Year)
			x.num("n_month", e.Date.Month)
			x.num("n_day", e.Date.Day)
		}
		if e.End.Valid() {
			x.data("n_end_date", e.End.String())
		}
		x.data("n_source", e.Text)
		x.raw("    </node>\n")
	}
	ents := map[string]*graph.Entity{}
	for _, e := range g.Entities() {
		ents[e.ID] = e
	}
	held := export.HeldPositions(g)
	tenure := map[[2]string]rdf.Role{}
	for _, r := range rdf.Roles(g, opts.Tenures) {
		tenure[[2]string{r.Person, r.Position}] = r
	}
	for _, f := range g.Facts() {
		if ents[f.Subject] == nil || ents[f.Object] == nil {
			continue
		}
		x.raw(`    <edge id="`)
		x.text(strings.TrimPrefix(rdf.StatementIRI(f), rdf.EntityPrefix))
		x.raw(`" source="`)
		x.text(f.Subject)
		x.raw(`" target="`)
		x.text(f.Object)
		x.raw("\">\n")
		x.data("e_label", f.Relation.Label())
		x.data("e_relation", f.Relation.String())
		if f.Relation.AtEvent() {
			x.data("e_role", f.Relation.String())
			var titles []string
			for _, p := range held[export.ArticlePerson{Article: f.Prov.Article, Person: f.Subject}] {
				titles = append(titles, ents[p].Name)
			}
			x.data("e_held_positions", strings.Join(titles, " | "))
		}
		x.data("e_article", f.Prov.Article)
		if opts.Sentence != nil {
			if s, ok := opts.Sentence(f.Prov); ok {
				x.data("e_sentence", s)
			}
		}
		x.data("e_rule", f.Prov.Rule)
		if f.Prov.End > f.Prov.Start {
			x.data("e_span_start", strconv.Itoa(f.Prov.Start))
			x.data("e_span_end", strconv.Itoa(f.Prov.End))
		}
		if f.AsOf.Valid() {
			x.data("e_as_of", f.AsOf.String())
		}
		if f.Relation == graph.HoldsPosition {
			x.data("e_former", strconv.FormatBool(f.Former))
		}
		if r, ok := tenure[[2]string{f.Subject, f.Object}]; ok {
			x.data("e_tenure_start", r.Start.String())
			x.data("e_tenure_end", r.End.String())
		}
		x.raw("    </edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	if x.err != nil {
		return x.err
	}
	return x.bw.Flush()
}
