// Package dot writes a knowledge graph as Graphviz DOT source.
//
// # Drawing
//
// One node per entity, shaped and filled by kind (person: ellipse,
// organization: box, position: note, event: hexagon, article: folder,
// place: house), labelled with its name wrapped at word boundaries; events
// and articles carry their date on a last line. One edge per ordered pair
// of entities joined by facts, from subject to object, labelled with the
// Vietnamese labels of its distinct relations ("giữ chức, được bầu giữ
// chức"); a position the person has left (its [graph.Tenure] is former)
// is drawn dashed. A legend lists the kinds drawn.
//
// Articles are left out unless [Options.Articles] is set: an article is
// joined to much of what it mentions, and its Mentions edges would
// outnumber everything else.
//
// # Safety and determinism
//
// Every ID and label is a quoted DOT string: quotes and backslashes are
// escaped (so Graphviz escapes such as \N in a name stay text), line
// breaks and other control characters, bidirectional controls and
// invalid UTF-8 are replaced, and labels are cut to a few lines. Nodes and
// edges are written sorted: the same graph gives the same bytes.
package dot

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"kg/export"
	"kg/graph"
)

// Options configures what Write draws and how.
type Options struct {
	// Kinds are the kinds of entity to draw; none means every kind
	// (articles only with Articles).
	Kinds []graph.Kind
	// Articles draws articles, and the edges that reach them: Mentions,
	// AuthorOf, PublisherOf. Without it, an author or publisher linked
	// to nothing but what they wrote is not drawn either.
	Articles bool
	// NoLegend leaves out the legend.
	NoLegend bool
	// RankDir is the direction of the layout: "LR" (the default), "TB",
	// "RL" or "BT".
	RankDir string
	// FontName is the font of every text; the default, "DejaVu Sans", has
	// the Vietnamese letters.
	FontName string
	// Wrap is the width, in characters, at which labels are wrapped; the
	// default is 24.
	Wrap int
	// Attrs are more graph attributes (such as "layout" or "overlap"),
	// written after and over the defaults, sorted by name.
	Attrs map[string]string
	// Focus are the IDs of the entities the drawing is about, drawn
	// distinctly: a double, thick red border.
	Focus []string
	// Tenures are the tenures of the holdings drawn (see
	// graph.TenuresOf): a position the person has left is drawn dashed.
	// When nil, they are computed from the graph's own facts, with no
	// succession.
	Tenures map[graph.Holding]*graph.Tenure
}

// Defaults of Options.
const (
	defaultRankDir  = "LR"
	defaultFontName = "DejaVu Sans"
	defaultWrap     = 24
	maxLines        = 5   // lines of a label before it is cut
	maxTooltip      = 500 // characters of a tooltip
)

// style is how a kind of entity is drawn.
type style struct {
	shape, fill, legend string // legend: the kind's name in Vietnamese
}

// styles maps each kind to its style; kinds beyond the table are drawn as
// unknownStyle.
var styles = [...]style{
	graph.Person:       {"ellipse", "#cfe2ff", "người"},
	graph.Organization: {"box", "#d1e7dd", "tổ chức"},
	graph.Position:     {"note", "#fff3cd", "chức vụ"},
	graph.Event:        {"hexagon", "#f8d7da", "sự kiện"},
	graph.Article:      {"folder", "#e2e3e5", "bài báo"},
	graph.Place:        {"house", "#e0cffc", "địa điểm"},
}

var unknownStyle = style{"octagon", "#ffffff", "khác"}

// focusColor is the border of the entities of Options.Focus.
const focusColor = "#dc3545"

func styleOf(k graph.Kind) style {
	if int(k) < len(styles) && styles[k].shape != "" {
		return styles[k]
	}
	return unknownStyle
}

// ForLayout returns opts set up for laying g out with a Graphviz engine,
// and the engine: layout, or when empty the one export.LayoutFor chooses
// by the number of nodes. The engine's attributes (export.LayoutAttrs) go
// under opts.Attrs; the legend is left out but with dot, whose clusters
// the other engines ignore.
func ForLayout(g *graph.Graph, opts Options, layout string) (Options, string, error) {
	if layout == "" {
		layout = export.LayoutFor(Count(g, opts))
	}
	if err := export.CheckLayout(layout); err != nil {
		return opts, "", err
	}
	attrs := export.LayoutAttrs(layout)
	for k, v := range opts.Attrs {
		attrs[k] = v
	}
	opts.Attrs = attrs
	if layout != "dot" {
		opts.NoLegend = true
	}
	return opts, layout, nil
}

// Write writes g as a DOT digraph named kg to w.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	if g == nil {
		return errors.New("write dot: nil graph")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	write(bw, g, opts.withDefaults())
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	return nil
}

// Count returns the number of entities Write draws with these options
// (the legend aside), to choose a layout before writing.
func Count(g *graph.Graph, opts Options) int {
	if g == nil {
		return 0
	}
	return len(opts.entities(g))
}

// entities returns the entities drawn. Without articles, the authors and
// publishers that the graph links to nothing but what they wrote are left
// out: they would stand alone, linked to nothing drawn.
func (o Options) entities(g *graph.Graph) []*graph.Entity {
	var writers map[string]bool
	if !o.Articles {
		writers = map[string]bool{}
		linked := map[string]bool{}
		for _, f := range g.Facts() {
			switch f.Relation {
			case graph.AuthorOf, graph.PublisherOf:
				writers[f.Subject] = true
			case graph.Mentions:
			default:
				linked[f.Subject], linked[f.Object] = true, true
			}
		}
		for id := range linked {
			delete(writers, id)
		}
	}
	var out []*graph.Entity
	for _, e := range g.Entities() {
		if o.draws(e.Kind) && !writers[e.ID] {
			out = append(out, e)
		}
	}
	return out
}

func (o Options) withDefaults() Options {
	if o.RankDir == "" {
		o.RankDir = defaultRankDir
	}
	if o.FontName == "" {
		o.FontName = defaultFontName
	}
	if o.Wrap <= 0 {
		o.Wrap = defaultWrap
	}
	return o
}

func (o Options) draws(k graph.Kind) bool {
	if k == graph.Article && !o.Articles {
		return false
	}
	return len(o.Kinds) == 0 || slices.Contains(o.Kinds, k)
}

// edge is the facts of one ordered pair of entities.
type edge struct {
	from, to string
	facts    []graph.Fact
	ended    bool // a position the person has left
}

func write(w *bufio.Writer, g *graph.Graph, o Options) {
	w.WriteString("digraph kg {\n")
	attrs := map[string]string{
		"charset":  "UTF-8",
		"fontname": o.FontName,
		"rankdir":  o.RankDir,
		"nodesep":  "0.25",
		"ranksep":  "0.6",
	}
	for k, v := range o.Attrs {
		attrs[k] = v
	}
	names := make([]string, 0, len(attrs))
	for k := range attrs {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(w, "\t%s=%s;\n", attrName(k), quote(attrs[k]))
	}
	fmt.Fprintf(w, "\tnode [fontname=%s, fontsize=11, style=\"filled\", penwidth=0.8, margin=\"0.12,0.06\"];\n", quote(o.FontName))
	fmt.Fprintf(w, "\tedge [fontname=%s, fontsize=9, color=\"#5c636a\", fontcolor=\"#41464b\", arrowsize=0.7];\n", quote(o.FontName))

	entities := o.entities(g)
	drawn := make(map[string]bool, len(entities))
	for _, e := range entities {
		drawn[e.ID] = true
	}
	tenures := o.Tenures
	if tenures == nil {
		tenures = g.Tenures(nil)
	}
	edges, dashed := edgesOf(g, drawn, tenures)
	if !o.NoLegend && len(entities) > 0 {
		writeLegend(w, entities, dashed, o)
	}
	for _, e := range entities {
		writeNode(w, e, o)
	}
	for _, e := range edges {
		writeEdge(w, e)
	}
	w.WriteString("}\n")
}

// edgesOf groups the facts between drawn entities by ordered pair, sorted,
// and reports whether any is drawn dashed.
func edgesOf(g *graph.Graph, drawn map[string]bool, tenures map[graph.Holding]*graph.Tenure) (edges []edge, dashed bool) {
	byPair := map[[2]string]int{}
	for _, f := range g.Facts() { // sorted: pairs come in order of subject
		if !drawn[f.Subject] || !drawn[f.Object] {
			continue
		}
		key := [2]string{f.Subject, f.Object}
		i, ok := byPair[key]
		if !ok {
			i = len(edges)
			byPair[key] = i
			edges = append(edges, edge{from: f.Subject, to: f.Object})
		}
		edges[i].facts = append(edges[i].facts, f)
	}
	slices.SortFunc(edges, func(a, b edge) int {
		if c := strings.Compare(a.from, b.from); c != 0 {
			return c
		}
		return strings.Compare(a.to, b.to)
	})
	for i, e := range edges {
		if t := tenures[graph.Holding{Person: e.from, Position: e.to}]; t != nil && t.Former {
			edges[i].ended, dashed = true, true
		}
	}
	return edges, dashed
}

func writeLegend(w *bufio.Writer, entities []*graph.Entity, dashed bool, o Options) {
	present := map[style]bool{}
	for _, e := range entities {
		present[styleOf(e.Kind)] = true
	}
	w.WriteString("\tsubgraph cluster_legend {\n")
	fmt.Fprintf(w, "\t\tlabel=\"Chú giải\"; fontname=%s; fontsize=10; style=\"rounded,dashed\"; color=\"#adb5bd\";\n", quote(o.FontName))
	kinds := append(graph.Kinds(), 0) // 0: any kind the table lacks
	for _, k := range kinds {
		s := styleOf(k)
		if !present[s] {
			continue
		}
		delete(present, s) // once each
		fmt.Fprintf(w, "\t\t%s [label=%s, shape=%s, fillcolor=%s, fontsize=9];\n",
			quote("legend:"+s.legend), quote(s.legend), quote(s.shape), quote(s.fill))
	}
	if dashed {
		w.WriteString("\t\t\"legend:từ\" [label=\"người\", shape=\"ellipse\", fillcolor=\"#cfe2ff\", fontsize=9];\n")
		w.WriteString("\t\t\"legend:đến\" [label=\"chức vụ\", shape=\"note\", fillcolor=\"#fff3cd\", fontsize=9];\n")
		w.WriteString("\t\t\"legend:từ\" -> \"legend:đến\" [label=\"đã thôi giữ chức\", style=\"dashed\"];\n")
	}
	w.WriteString("\t}\n")
}

func writeNode(w *bufio.Writer, e *graph.Entity, o Options) {
	s := styleOf(e.Kind)
	lines, cut := wrap(e.Name, o.Wrap, maxLines)
	if len(lines) == 0 {
		lines = []string{clean(e.ID)} // a nameless entity shows its ID
		lines, cut = wrap(lines[0], o.Wrap, maxLines)
	}
	var date string
	switch e.Kind {
	case graph.Event:
		date = joinDates(e.Date, e.End)
	case graph.Article:
		date = e.Date.String()
	}
	if date != "" {
		lines = append(lines, date)
	}
	fmt.Fprintf(w, "\t%s [label=%s, shape=%s, fillcolor=%s", quote(e.ID), quoteLines(lines), quote(s.shape), quote(s.fill))
	if slices.Contains(o.Focus, e.ID) {
		fmt.Fprintf(w, ", color=%s, penwidth=2.5, peripheries=2", quote(focusColor))
	}
	if cut {
		fmt.Fprintf(w, ", tooltip=%s", quote(truncate(clean(e.Name), maxTooltip)))
	}
	w.WriteString("];\n")
}

// joinDates writes an event's dates, "2020-05-16" or "--03-01 – --03-02".
func joinDates(start, end graph.Date) string {
	switch {
	case end.IsZero() || end == start:
		return start.String()
	case start.IsZero():
		return "– " + end.String()
	}
	return start.String() + " – " + end.String()
}

func writeEdge(w *bufio.Writer, e edge) {
	var rels []graph.Relation
	for _, f := range e.facts {
		if !slices.Contains(rels, f.Relation) {
			rels = append(rels, f.Relation)
		}
	}
	slices.Sort(rels)
	labels := make([]string, len(rels))
	for i, r := range rels {
		labels[i] = r.Label()
	}
	fmt.Fprintf(w, "\t%s -> %s [label=%s", quote(e.from), quote(e.to), quote(strings.Join(labels, ", ")))
	if e.ended {
		w.WriteString(", style=\"dashed\"")
	}
	w.WriteString("];\n")
}
