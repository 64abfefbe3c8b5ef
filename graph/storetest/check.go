package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"kg/graph"
)

// Oracle builds in memory the graph a store must give after it was given
// history (every extraction put, in order) and holds current: persons
// resolved by graph.ResolvePersons over the current mentions; other
// entities merged by graph.AddEntity's rule over every extraction that
// named them, as Put documents.
func Oracle(t testing.TB, history, current []*graph.Extraction) *graph.Graph {
	t.Helper()
	all := graph.New()
	for _, ex := range history {
		ents, _, err := graph.EntitiesOf(ex)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			all.AddEntity(e)
		}
	}
	var ms []graph.PersonMention
	for _, ex := range current {
		ms = append(ms, graph.MentionsOf(ex)...)
	}
	type mk struct{ key, article string }
	clusterOf := map[mk]string{}
	for _, c := range graph.ResolvePersons(ms) {
		for _, m := range c.Mentions {
			clusterOf[mk{m.Key, m.Article}] = c.ID
		}
	}
	g := graph.New()
	for _, ex := range current {
		aid := graph.ArticleID(ex.Article.Hash)
		ents, _, err := graph.EntitiesOf(ex)
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[string]graph.Kind{}
		resolve := func(id string) string {
			if kinds[id] == graph.Person {
				return clusterOf[mk{id, aid}]
			}
			return id
		}
		for _, e := range ents {
			kinds[e.ID] = e.Kind
			if e.Kind == graph.Person {
				e.ID = resolve(e.ID)
				g.AddEntity(e)
			} else {
				merged, _ := all.Entity(e.ID)
				g.AddEntity(*merged)
			}
		}
		for _, f := range ex.Facts {
			f.Subject, f.Object, f.Prov.Article = resolve(f.Subject), resolve(f.Object), aid
			if err := g.AddFact(f); err != nil {
				t.Fatal(err)
			}
		}
	}
	return g
}

// SameGraph fails the test when two graphs differ in entities or facts.
func SameGraph(t testing.TB, got, want *graph.Graph) {
	t.Helper()
	ge, we := got.Entities(), want.Entities()
	if len(ge) != len(we) {
		t.Errorf("%d entities, want %d", len(ge), len(we))
		diffIDs(t, ge, we)
	} else {
		for i := range ge {
			if !reflect.DeepEqual(ge[i], we[i]) {
				t.Errorf("entity %d:\n got %+v\nwant %+v", i, *ge[i], *we[i])
				break
			}
		}
	}
	gf, wf := got.Facts(), want.Facts()
	if len(gf) != len(wf) {
		t.Errorf("%d facts, want %d", len(gf), len(wf))
	}
	for i := range min(len(gf), len(wf)) {
		if gf[i] != wf[i] {
			t.Errorf("fact %d:\n got %+v\nwant %+v", i, gf[i], wf[i])
			break
		}
	}
}

func diffIDs(t testing.TB, got, want []*graph.Entity) {
	t.Helper()
	ids := func(es []*graph.Entity) map[string]bool {
		m := map[string]bool{}
		for _, e := range es {
			m[e.ID] = true
		}
		return m
	}
	g, w := ids(got), ids(want)
	n := 0
	for id := range g {
		if !w[id] && n < 5 {
			t.Errorf("unexpected entity %s", id)
			n++
		}
	}
	for id := range w {
		if !g[id] && n < 10 {
			t.Errorf("missing entity %s", id)
			n++
		}
	}
}

func put(t testing.TB, s graph.Store, exs ...*graph.Extraction) []graph.PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), exs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// putBatches puts each batch in turn and returns all their extractions.
func putBatches(t testing.TB, s graph.Store, batches [][]*graph.Extraction) []*graph.Extraction {
	t.Helper()
	var all []*graph.Extraction
	for _, b := range batches {
		put(t, s, b...)
		all = append(all, b...)
	}
	return all
}

func load(t testing.TB, s graph.Reader) *graph.Graph {
	t.Helper()
	g, err := s.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func statuses(res []graph.PutResult) []graph.PutStatus {
	var out []graph.PutStatus
	for _, r := range res {
		out = append(out, r.Status)
	}
	return out
}

// checkStore checks what the store gives back against what it must:
// the resolved graph (Oracle) and its counts, then what the harness
// checks of the store's own structures.
func (h *Harness) checkStore(t *testing.T, s graph.Store, history, current []*graph.Extraction) {
	t.Helper()
	want := Oracle(t, history, current)
	SameGraph(t, load(t, s), want)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(current) {
		t.Errorf("Stats: %d articles, want %d", st.Articles, len(current))
	}
	wantFacts := map[graph.Relation]int{}
	for _, f := range want.Facts() {
		wantFacts[f.Relation]++
	}
	if !reflect.DeepEqual(st.Facts, wantFacts) {
		t.Errorf("Stats: facts %v, want %v", st.Facts, wantFacts)
	}
	wantEnts := map[graph.Kind]int{}
	for _, e := range want.Entities() {
		wantEnts[e.Kind]++
	}
	if !reflect.DeepEqual(st.Entities, wantEnts) {
		t.Errorf("Stats: entities %v, want %v", st.Entities, wantEnts)
	}
	if h.Check != nil {
		h.Check(t, s, history, current)
	}
}

// wantNeighbors is what Neighbors must give, computed from the facts of
// the graph the store must hold.
func wantNeighbors(g *graph.Graph, ids []string, rels []graph.Relation) []graph.Neighbor {
	type key struct {
		from, to string
		rel      graph.Relation
		forward  bool
	}
	articles := map[key]map[string]bool{}
	add := func(k key, article string) {
		if articles[k] == nil {
			articles[k] = map[string]bool{}
		}
		articles[k][article] = true
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		for _, f := range g.FactsOf(id) {
			if len(rels) > 0 && !slices.Contains(rels, f.Relation) {
				continue
			}
			if f.Subject == id {
				add(key{id, f.Object, f.Relation, true}, f.Prov.Article)
			}
			if f.Object == id {
				add(key{id, f.Subject, f.Relation, false}, f.Prov.Article)
			}
		}
	}
	var out []graph.Neighbor
	for k, a := range articles {
		out = append(out, graph.Neighbor{From: k.from, To: k.to, Relation: k.rel, Forward: k.forward, Articles: len(a)})
	}
	slices.SortFunc(out, graph.CompareNeighbors)
	return out
}

// wantBetween is what FactsBetweenPairs must give for a pair.
func wantBetween(g *graph.Graph, a, b string) []graph.Fact {
	var out []graph.Fact
	for _, f := range g.FactsOf(a) {
		if f.Subject == a && f.Object == b || f.Subject == b && f.Object == a {
			out = append(out, f)
		}
	}
	return out
}

// sample picks some entities of each kind.
func sample(g *graph.Graph) []string {
	var out []string
	for _, k := range graph.Kinds() {
		es := g.Entities(k)
		for i := 0; i < len(es); i += max(1, len(es)/4) {
			out = append(out, es[i].ID)
		}
	}
	return out
}

// chunk splits ids into lists of n.
func chunk(ids []string, n int) [][]string {
	var out [][]string
	for i := 0; i < len(ids); i += n {
		out = append(out, ids[i:min(i+n, len(ids))])
	}
	return out
}

func reflectEqual(a, b graph.Entity) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Name == b.Name && slices.Equal(a.Aliases, b.Aliases) &&
		a.Class == b.Class && a.Role == b.Role && a.Date == b.Date && a.End == b.End && a.Text == b.Text
}
