// Package neo4j writes a knowledge graph as the CSV files of Neo4j's bulk
// importer (neo4j-admin database import full) and a Cypher script that
// loads the same files with LOAD CSV.
//
// # Files
//
// A folder of CSV files, each with a header line in the importer's
// grammar (name:type, with :ID, :LABEL, :START_ID, :END_ID and :TYPE):
//
//   - nodes-KIND.csv, one per kind of entity (person, organization,
//     position, event, article, place, thing): id:ID, :LABEL (Entity and
//     the kind's label), the entity's properties;
//   - rels-RELATION.csv, one per relation (holds_position, attended,
//     presided, ...): :START_ID, :END_ID, :TYPE (HOLDS_POSITION,
//     ATTENDED, ...), and the fact's provenance: article, sentence, rule,
//     span, date stated; a presence at an event carries the positions
//     held there;
//   - rels-has_role.csv: one HAS_ROLE relationship from each person to
//     each position held, with the title and its tenure;
//   - import.sh: the neo4j-admin command that imports them all;
//   - load.cypher: the LOAD CSV statements that load them into a running
//     database.
//
// Dates are Neo4j dates (type date) where the day, month and year are all
// known; each date column has a _iso companion (string) with the ISO 8601
// form kg writes (2020-05, 2020, --05-16 when the year is unknown). Arrays
// (string[]) are separated by U+001F (the importer's --array-delimiter),
// which no text holds: it is removed from the values. Fields holding line
// breaks are quoted; the importer needs --multiline-fields=true.
//
// The columns of each file are listed in docs/formats.md. Rows are sorted:
// the same graph gives the same bytes.
package neo4j

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"kg/export"
	"kg/export/rdf"
	"kg/graph"
)

// ArrayDelimiter separates the elements of array columns.
const ArrayDelimiter = "\u001f"

// Options configures Write.
type Options struct {
	// Sentence gives the sentence of each fact; nil writes none.
	Sentence export.SentenceFunc
	// Tenures are the tenures of the holdings, for the roles' dates; nil
	// computes them from the graph, with no succession.
	Tenures map[graph.Holding]*graph.Tenure
}

// File is one file of the export.
type File struct {
	Name string
	Data []byte
}

// Write writes the files of g into dir, creating it if needed. Each file
// is written beside its final name and renamed into place.
func Write(dir string, g *graph.Graph, opts Options) error {
	if g == nil {
		return errors.New("write neo4j: nil graph")
	}
	files, err := Files(g, opts)
	if err != nil {
		return fmt.Errorf("write neo4j: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write neo4j: %w", err)
	}
	for _, f := range files {
		if err := writeFile(filepath.Join(dir, f.Name), f.Data); err != nil {
			return fmt.Errorf("write neo4j: %w", err)
		}
	}
	return nil
}

func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	mode := os.FileMode(0o644)
	if strings.HasSuffix(path, ".sh") {
		mode = 0o755
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// column is a column of a CSV file: its header field and its value.
type column[T any] struct {
	header string // name:type, as the importer reads it
	value  func(T) string
}

// name is the property name of a column ("id" of "id:ID"); "" for the
// importer's own fields (:LABEL, :START_ID, ...).
func (c column[T]) name() string {
	n, _, _ := strings.Cut(c.header, ":")
	return n
}

// typ is the type of a column ("date" of "since:date"; "string" when none).
func (c column[T]) typ() string {
	_, t, ok := strings.Cut(c.header, ":")
	if !ok {
		return "string"
	}
	return t
}

// table is the rows of one CSV file.
type table[T any] struct {
	file    string
	label   string // nodes: the kind's label; relationships: the type
	columns []column[T]
	rows    []T
}

func (t *table[T]) csv() ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	header := make([]string, len(t.columns))
	for i, c := range t.columns {
		header[i] = c.header
	}
	w.Write(header)
	rec := make([]string, len(t.columns))
	for _, r := range t.rows {
		for i, c := range t.columns {
			rec[i] = clean(c.value(r))
		}
		w.Write(rec)
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// clean makes a field valid UTF-8.
func clean(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// array joins the elements of an array column.
func array(items []string) string {
	out := make([]string, 0, len(items))
	for _, s := range items {
		if s = strings.ReplaceAll(s, ArrayDelimiter, ""); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, ArrayDelimiter)
}

// fullDate is a date in Neo4j's date type: only a date whose year, month
// and day are known; "" otherwise.
func fullDate(d graph.Date) string {
	if d.Year == 0 || d.Month == 0 || d.Day == 0 || !d.Valid() {
		return ""
	}
	return d.String()
}

func isoDate(d graph.Date) string {
	if !d.Valid() {
		return ""
	}
	return d.String()
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// fact is a relationship row: a fact with what is read around it.
type fact struct {
	graph.Fact
	sentence string
	held     []string // attendance: position IDs held there
}

// nodeColumns are the columns of each kind's node file.
func nodeColumns(k graph.Kind) []column[*graph.Entity] {
	cols := []column[*graph.Entity]{
		{"id:ID", func(e *graph.Entity) string { return e.ID }},
		{":LABEL", func(e *graph.Entity) string { return "Entity;" + label(e.Kind) }},
		{"name", func(e *graph.Entity) string { return e.Name }},
		{"aliases:string[]", func(e *graph.Entity) string { return array(e.Aliases) }},
	}
	switch k {
	case graph.Organization:
		cols = append(cols,
			column[*graph.Entity]{"class", func(e *graph.Entity) string { return e.Class.String() }},
			column[*graph.Entity]{"schema_type", func(e *graph.Entity) string {
				return strings.TrimPrefix(rdf.OrgType(e), rdf.Schema)
			}})
	case graph.Position:
		cols = append(cols, column[*graph.Entity]{"role", func(e *graph.Entity) string { return e.Role }})
	case graph.Event:
		cols = append(cols,
			column[*graph.Entity]{"event_kind", func(e *graph.Entity) string { return e.Text }},
			column[*graph.Entity]{"start:date", func(e *graph.Entity) string { return fullDate(e.Date) }},
			column[*graph.Entity]{"start_iso", func(e *graph.Entity) string { return isoDate(e.Date) }},
			column[*graph.Entity]{"end:date", func(e *graph.Entity) string { return fullDate(e.End) }},
			column[*graph.Entity]{"end_iso", func(e *graph.Entity) string { return isoDate(e.End) }})
	case graph.Article:
		cols = append(cols,
			column[*graph.Entity]{"published:date", func(e *graph.Entity) string { return fullDate(e.Date) }},
			column[*graph.Entity]{"published_iso", func(e *graph.Entity) string { return isoDate(e.Date) }},
			column[*graph.Entity]{"source", func(e *graph.Entity) string { return e.Text }})
	}
	return cols
}

// label is the Neo4j label of a kind; Thing for an unknown one.
func label(k graph.Kind) string {
	switch k {
	case graph.Person:
		return "Person"
	case graph.Organization:
		return "Organization"
	case graph.Position:
		return "Position"
	case graph.Event:
		return "Event"
	case graph.Article:
		return "Article"
	case graph.Place:
		return "Place"
	}
	return "Thing"
}

func relColumns(typ string) []column[fact] {
	return []column[fact]{
		{":START_ID", func(f fact) string { return f.Subject }},
		{":END_ID", func(f fact) string { return f.Object }},
		{":TYPE", func(fact) string { return typ }},
		{"article", func(f fact) string { return f.Prov.Article }},
		{"sentence", func(f fact) string { return f.sentence }},
		{"rule", func(f fact) string { return f.Prov.Rule }},
		{"span_start:int", func(f fact) string { return spanField(f, f.Prov.Start) }},
		{"span_end:int", func(f fact) string { return spanField(f, f.Prov.End) }},
		{"as_of:date", func(f fact) string { return fullDate(f.AsOf) }},
		{"as_of_iso", func(f fact) string { return isoDate(f.AsOf) }},
		{"former:boolean", func(f fact) string { return strconv.FormatBool(f.Former) }},
		{"held_positions:string[]", func(f fact) string { return array(f.held) }},
	}
}

func spanField(f fact, n int) string {
	if f.Prov.End <= f.Prov.Start {
		return ""
	}
	return strconv.Itoa(n)
}

func roleColumns() []column[rdf.Role] {
	return []column[rdf.Role]{
		{":START_ID", func(r rdf.Role) string { return r.Person }},
		{":END_ID", func(r rdf.Role) string { return r.Position }},
		{":TYPE", func(rdf.Role) string { return "HAS_ROLE" }},
		{"title", func(r rdf.Role) string { return r.Name }},
		{"role_name", func(r rdf.Role) string { return r.RoleName }},
		{"since:date", func(r rdf.Role) string { return fullDate(r.Start) }},
		{"since_iso", func(r rdf.Role) string { return isoDate(r.Start) }},
		{"ended:boolean", func(r rdf.Role) string { return strconv.FormatBool(r.Ended) }},
		{"ended_by:date", func(r rdf.Role) string { return fullDate(r.End) }},
		{"ended_by_iso", func(r rdf.Role) string { return isoDate(r.End) }},
	}
}

// relType is the Neo4j relationship type of a relation: its name in
// upper case (SPOKE_AT); "" for a relation kg does not know.
func relType(r graph.Relation) string {
	if !slices.Contains(graph.Relations(), r) {
		return ""
	}
	return strings.ToUpper(r.String())
}

// Files returns the files of the export of g, in the order they are
// listed in import.sh.
func Files(g *graph.Graph, opts Options) ([]File, error) {
	var nodes []*table[*graph.Entity]
	byKind := map[string]*table[*graph.Entity]{}
	for _, e := range g.Entities() {
		l := label(e.Kind)
		t := byKind[l]
		if t == nil {
			k := e.Kind
			if l == "Thing" {
				k = 0
			}
			t = &table[*graph.Entity]{file: "nodes-" + strings.ToLower(l) + ".csv", label: l, columns: nodeColumns(k)}
			byKind[l] = t
			nodes = append(nodes, t)
		}
		t.rows = append(t.rows, e)
	}
	slices.SortFunc(nodes, func(a, b *table[*graph.Entity]) int { return strings.Compare(a.file, b.file) })

	held := export.HeldPositions(g)
	var rels []*table[fact]
	byType := map[string]*table[fact]{}
	for _, f := range g.Facts() {
		typ := relType(f.Relation)
		_, ok1 := g.Entity(f.Subject)
		_, ok2 := g.Entity(f.Object)
		if typ == "" || !ok1 || !ok2 {
			continue
		}
		t := byType[typ]
		if t == nil {
			t = &table[fact]{file: "rels-" + f.Relation.String() + ".csv", label: typ, columns: relColumns(typ)}
			byType[typ] = t
			rels = append(rels, t)
		}
		row := fact{Fact: f}
		if opts.Sentence != nil {
			row.sentence, _ = opts.Sentence(f.Prov)
		}
		if f.Relation.AtEvent() {
			row.held = held[export.ArticlePerson{Article: f.Prov.Article, Person: f.Subject}]
		}
		t.rows = append(t.rows, row)
	}
	slices.SortFunc(rels, func(a, b *table[fact]) int { return strings.Compare(a.file, b.file) })
	roles := &table[rdf.Role]{file: "rels-has_role.csv", label: "HAS_ROLE", columns: roleColumns(), rows: rdf.Roles(g, opts.Tenures)}

	var files []File
	for _, t := range nodes {
		data, err := t.csv()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t.file, err)
		}
		files = append(files, File{t.file, data})
	}
	for _, t := range rels {
		data, err := t.csv()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t.file, err)
		}
		files = append(files, File{t.file, data})
	}
	data, err := roles.csv()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", roles.file, err)
	}
	files = append(files, File{roles.file, data})
	files = append(files, File{"import.sh", importScript(files)}, File{"load.cypher", cypher(nodes, rels, roles)})
	return files, nil
}
