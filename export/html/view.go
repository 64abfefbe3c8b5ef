package html

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"kg/graph"
)

// View is what the viewer draws, as JSON: some entities, the links
// between them, and how many more links each entity has beyond the view.
// kg serve answers its neighbourhood requests with Views; the HTML file
// carries one whole, with the evidence of every link inline.
type View struct {
	// Focus are the IDs of the entities the view is about, drawn
	// distinctly.
	Focus []string `json:"focus"`
	Nodes []Node   `json:"nodes"`
	Edges []Edge   `json:"edges"`
	// Hidden counts the entities reached but left out of the view to keep
	// it readable (the node cap).
	Hidden int `json:"hidden,omitempty"`
	// Path, when the view answers a path request, is the chain of entity
	// IDs from one end to the other.
	Path []string `json:"path,omitempty"`
}

// Node is an entity of a View.
type Node struct {
	ID     string `json:"id"`
	Kind   string `json:"kind"`
	Name   string `json:"name"`
	Date   string `json:"date,omitempty"`   // events (start), articles (published)
	Detail string `json:"detail,omitempty"` // positions: the role; events: the kind of event
	// More counts the links of the entity to entities not in the view:
	// what expanding it would add.
	More int `json:"more,omitempty"`
	// Unexplored: the entity's links were not read (it is at the edge of
	// the view); expanding it may add more.
	Unexplored bool `json:"unexplored,omitempty"`
}

// Edge is the link of one relation between two entities of a View, from
// the facts' subject to their object.
type Edge struct {
	ID       string `json:"id"` // unique in any view: source, relation, target
	Source   string `json:"source"`
	Target   string `json:"target"`
	Relation string `json:"relation"` // graph.Relation.String()
	Label    string `json:"label"`    // graph.Relation.Label()
	Articles int    `json:"articles"` // the articles stating it
	// First and Last are the earliest and latest dates the facts are
	// stated on (ISO 8601, as graph.Date writes), when known.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// Former: every statement of a position says it was held before.
	Former bool `json:"former,omitempty"`
	// Facts is the evidence, when the view carries it inline (the HTML
	// file); kg serve sends it on request.
	Facts []Fact `json:"facts,omitempty"`
	// MoreFacts counts the facts left out of Facts.
	MoreFacts int `json:"more_facts,omitempty"`
}

// Fact is one statement of an edge with its evidence: the article and
// the sentence.
type Fact struct {
	Subject  string    `json:"subject"`
	Relation string    `json:"relation"`
	Object   string    `json:"object"`
	Former   bool      `json:"former,omitempty"`
	Date     string    `json:"date,omitempty"` // as of
	Rule     string    `json:"rule,omitempty"`
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Evidence is where a fact is stated: the article, and the sentence in
// it with some text on either side.
type Evidence struct {
	Article   string `json:"article"` // article entity ID
	Headline  string `json:"headline"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"` // path or URL
	Publisher string `json:"publisher,omitempty"`
	Author    string `json:"author,omitempty"`
	// Before, Sentence and After are consecutive parts of the article's
	// text: the sentence is the fact's span, [Start, End) in bytes.
	Before   string `json:"before,omitempty"`
	Sentence string `json:"sentence"`
	After    string `json:"after,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// contextBytes bounds the text shown on either side of a sentence.
const contextBytes = 240

// NewEvidence cuts the evidence of a fact from its article. A span that
// does not fit the text gives an empty sentence.
func NewEvidence(f graph.Fact, a *graph.ArticleMeta) *Evidence {
	ev := &Evidence{Article: f.Prov.Article, Start: f.Prov.Start, End: f.Prov.End}
	if a == nil {
		return ev
	}
	ev.Headline, ev.Published, ev.Source = a.Title, a.Published.String(), a.Source
	ev.Publisher, ev.Author = a.Publisher, a.Author
	start, end := f.Prov.Start, f.Prov.End
	if start < 0 || end > len(a.Text) || start >= end {
		return ev
	}
	ev.Sentence = a.Text[start:end]
	from := runeStart(a.Text, max(0, start-contextBytes))
	to := runeStart(a.Text, min(len(a.Text), end+contextBytes))
	ev.Before, ev.After = a.Text[from:start], a.Text[end:to]
	return ev
}

// runeStart moves i back to the start of the rune it is in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// NodeOf makes the node of an entity.
func NodeOf(e *graph.Entity) Node {
	n := Node{ID: e.ID, Kind: e.Kind.String(), Name: e.Name}
	switch e.Kind {
	case graph.Event:
		n.Date, n.Detail = e.Date.String(), e.Text
	case graph.Article:
		n.Date = e.Date.String()
	case graph.Position:
		n.Detail = e.Role
	}
	return n
}

// EdgeID is the ID of the edge of a relation from source to target. The
// parts are joined by a character no ID holds (entity keys are names,
// cleaned of control characters).
func EdgeID(source string, rel graph.Relation, target string) string {
	return source + "\x1f" + rel.String() + "\x1f" + target
}

// EdgesOf groups facts into the edges of a view, one per subject,
// relation and object, sorted by ID; with evidence, each edge carries up
// to maxFacts of its facts (all when maxFacts <= 0), their evidence cut
// by evidence.
func EdgesOf(facts []graph.Fact, maxFacts int, evidence func(graph.Fact) *Evidence) []Edge {
	type group struct {
		facts    []graph.Fact
		articles map[string]bool
	}
	byID := map[string]*group{}
	for _, f := range facts {
		id := EdgeID(f.Subject, f.Relation, f.Object)
		g := byID[id]
		if g == nil {
			g = &group{articles: map[string]bool{}}
			byID[id] = g
		}
		g.facts = append(g.facts, f)
		g.articles[f.Prov.Article] = true
	}
	edges := make([]Edge, 0, len(byID))
	for id, g := range byID {
		slices.SortFunc(g.facts, graph.Fact.Compare)
		f0 := g.facts[0]
		e := Edge{ID: id, Source: f0.Subject, Target: f0.Object, Relation: f0.Relation.String(),
			Label: f0.Relation.Label(), Articles: len(g.articles), Former: true}
		first, last := DateRange(g.facts)
		e.First, e.Last = first.String(), last.String()
		for _, f := range g.facts {
			e.Former = e.Former && f.Former
		}
		if evidence != nil {
			for i, f := range g.facts {
				if maxFacts > 0 && i == maxFacts {
					e.MoreFacts = len(g.facts) - maxFacts
					break
				}
				e.Facts = append(e.Facts, FactOf(f, evidence(f)))
			}
		}
		edges = append(edges, e)
	}
	slices.SortFunc(edges, func(a, b Edge) int { return cmp.Compare(a.ID, b.ID) })
	return edges
}

// FactOf makes the fact of a view, with its evidence.
func FactOf(f graph.Fact, ev *Evidence) Fact {
	return Fact{Subject: f.Subject, Relation: f.Relation.String(), Object: f.Object, Former: f.Former,
		Date: f.AsOf.String(), Rule: f.Prov.Rule, Evidence: ev}
}

// DateRange returns the earliest and latest known dates facts are stated
// on; zero dates when none is known.
func DateRange(facts []graph.Fact) (first, last graph.Date) {
	for _, f := range facts {
		if f.AsOf.IsZero() {
			continue
		}
		if first.IsZero() || f.AsOf.Before(first) {
			first = f.AsOf
		}
		if last.IsZero() || last.Before(f.AsOf) {
			last = f.AsOf
		}
	}
	return first, last
}
