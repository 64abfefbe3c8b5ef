package storetest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

func testSearch(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	put(t, s, QT1(), QT2(), CT1())
	qt := min(QT1().Article.Hash, QT2().Article.Hash)
	ct := CT1().Article.Hash
	qtID, ctID := anKey, anKey+suffixOf(ct)
	if ct < qt {
		qtID, ctID = anKey+suffixOf(qt), anKey
	}
	tests := []struct {
		text  string
		kinds []graph.Kind
		limit int
		want  []string
	}{
		// Both Ans, the one with more facts first.
		{"Nguyễn Văn An", nil, 0, []string{qtID, ctID}},
		{"nguyen van an", []graph.Kind{graph.Person}, 1, []string{qtID}},
		{"ông an", nil, 0, []string{qtID}}, // an alias of one of them only
		// An exact name first, then fewer words.
		{"UBND tỉnh Quảng Trị", nil, 0, []string{ubndQT, posQT, graph.ArticleID(QT2().Article.Hash)}},
		{"quang tri", []graph.Kind{graph.Place, graph.Organization}, 0, []string{quangTri, ubndQT}},
		{"Quảng Trị", []graph.Kind{graph.Event, graph.Article}, 0, []string{
			daiHoi, graph.ArticleID(QT1().Article.Hash), graph.ArticleID(QT2().Article.Hash)}},
		{"DAI HOI dang bo", nil, 0, []string{daiHoi, graph.ArticleID(QT1().Article.Hash)}},
		{"cần thơ", []graph.Kind{graph.Place}, 0, []string{canTho}},
		{"Hà Nội", nil, 0, nil},
		{"  ", nil, 0, nil},
		{"\"; DROP TABLE names; --", nil, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, err := s.Search(context.Background(), tt.text, tt.kinds, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("Search(%q) = %q, want %q", tt.text, ids, tt.want)
			}
		})
	}
	got, err := s.Search(context.Background(), "ông An", nil, 0)
	if err != nil || len(got) != 1 {
		t.Fatal(got, err)
	}
	if e := got[0]; e.Name != "Nguyễn Văn An" || !slices.Equal(e.Aliases, []string{"ông An"}) || e.Kind != graph.Person {
		t.Errorf("found %+v", *e)
	}
}

// queryStore is a store of a synthetic corpus with revisions, and the
// graph it must give.
func (h *Harness) queryStore(t *testing.T) (graph.Store, *graph.Graph) {
	t.Helper()
	s, _ := h.store(t)
	base, rev := Corpus{seed: 11}, Corpus{seed: 12}
	exs := base.Batch(0, 120)
	put(t, s, exs...)
	history := slices.Clone(exs)
	for _, i := range []int{4, 40, 80} {
		r := rev.Extraction(i)
		r.Article.Source = exs[i].Article.Source
		put(t, s, r)
		history = append(history, r)
		exs = append(slices.Delete(exs, i, i+1), r)
	}
	return s, Oracle(t, history, exs)
}

// testQueries runs the queries of graph.Reader on one store of a
// synthetic corpus.
func testQueries(t *testing.T, h *Harness) {
	s, g := h.queryStore(t)
	for _, q := range []struct {
		name string
		test func(*testing.T, graph.Store, *graph.Graph)
	}{
		{"FactsOf", testFactsOf},
		{"Around", testAround},
		{"Evidence", testEvidence},
		{"Entities", testEntities},
		{"Neighbors", testNeighbors},
		{"TopNeighbors", testTopNeighbors},
		{"FactsBetweenPairs", testFactsBetween},
		{"SearchLimits", testSearchLimits},
		{"FirstFact", testFirstFact},
		{"Quotes", testQuotes},
	} {
		t.Run(q.name, func(t *testing.T) { q.test(t, s, g) })
	}
}

func testFactsOf(t *testing.T, s graph.Store, g *graph.Graph) {
	for _, id := range sample(g) {
		got, err := s.FactsOf(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if want := g.FactsOf(id); !slices.Equal(got, want) {
			t.Errorf("FactsOf(%s): %d facts, want %d", id, len(got), len(want))
		}
	}
	if _, err := s.FactsOf(context.Background(), "person:nobody"); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("FactsOf of an unknown ID: %v, want ErrNoEntity", err)
	}
}

func testAround(t *testing.T, s graph.Store, g *graph.Graph) {
	ids := sample(g)
	within := func(ids []string, depth int) *graph.Graph {
		var all []string
		for _, id := range ids {
			w, err := g.Within(id, depth, nil)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, w...)
		}
		return g.Subgraph(all)
	}
	for _, depth := range []int{0, 1, 2} {
		for _, set := range [][]string{{ids[0]}, {ids[len(ids)/2]}, {ids[len(ids)-1]}, ids[:3]} {
			t.Run(fmt.Sprint(depth, set), func(t *testing.T) {
				got, err := s.Around(context.Background(), set, depth)
				if err != nil {
					t.Fatal(err)
				}
				SameGraph(t, got, within(set, depth))
			})
		}
	}
	if _, err := s.Around(context.Background(), []string{"organization:nowhere"}, 1); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("Around an unknown ID: %v, want ErrNoEntity", err)
	}
}

func testEvidence(t *testing.T, s graph.Store, g *graph.Graph) {
	var withEvidence int
	for _, p := range g.Entities(graph.Person) {
		ev, err := s.Evidence(context.Background(), p.ID)
		if err != nil {
			t.Fatalf("Evidence(%s): %v", p.ID, err)
		}
		// One join fewer than the articles the person is in.
		articles := map[string]bool{}
		for _, f := range g.FactsOf(p.ID) {
			articles[f.Prov.Article] = true
		}
		if len(articles) > 0 && len(ev) != len(articles)-1 {
			t.Errorf("%s: %d pieces of evidence for %d articles", p.ID, len(ev), len(articles))
		}
		if len(ev) > 0 {
			withEvidence++
		}
		for _, e := range ev {
			// the titles of the joined articles: their entities' names
			arts, err := s.Entities(context.Background(), []string{e.A, e.B})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range arts {
				if title := map[string]string{e.A: e.TitleA, e.B: e.TitleB}[a.ID]; title != a.Name {
					t.Errorf("%s: evidence gives %s the title %q, the store %q", p.ID, a.ID, title, a.Name)
				}
			}
			if len(arts) != 2 && e.A != e.B {
				t.Errorf("%s: evidence joins %s and %s, which the store has %d of", p.ID, e.A, e.B, len(arts))
			}
		}
	}
	if withEvidence == 0 {
		t.Error("no person has evidence")
	}
	if _, err := s.Evidence(context.Background(), ubndQT); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("Evidence of a non-person: %v, want ErrNoEntity", err)
	}
}

func testEntities(t *testing.T, s graph.Store, g *graph.Graph) {
	ids := sample(g)
	got, err := s.Entities(context.Background(), ids)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*graph.Entity{}
	for _, e := range got {
		byID[e.ID] = e
	}
	for _, id := range ids {
		want, _ := g.Entity(id)
		if e := byID[id]; e == nil || !reflectEqual(*e, *want) {
			t.Errorf("entity %s:\n got %+v\nwant %+v", id, e, *want)
		}
	}
	if _, err := s.Entities(context.Background(), []string{ids[0], "place:atlantis"}); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("Entities with an unknown ID: %v, want ErrNoEntity", err)
	}
}

func testNeighbors(t *testing.T, s graph.Store, g *graph.Graph) {
	ids := sample(g)
	persons := g.Entities(graph.Person)
	sets := [][]string{ids[:1], ids[len(ids)/2 : len(ids)/2+1], ids[len(ids)-1:], ids, {persons[0].ID, persons[0].ID}}
	for _, id := range ids {
		sets = append(sets, []string{id})
	}
	for _, set := range sets {
		for _, rels := range [][]graph.Relation{
			nil,
			{graph.HoldsPosition},
			{graph.PositionIn, graph.PartOf},
			{graph.Attended, graph.SpokeAt, graph.Mentions},
			{graph.PartOf, graph.PositionIn, graph.PartOf}, // a relation twice
		} {
			got, err := s.Neighbors(context.Background(), set, rels)
			if err != nil {
				t.Fatal(err)
			}
			if want := wantNeighbors(g, set, rels); !slices.Equal(got, want) {
				t.Errorf("Neighbors(%v, %v): %d rows, want %d", set, rels, len(got), len(want))
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Errorf("row %d: got %+v, want %+v", i, got[i], want[i])
						break
					}
				}
			}
		}
	}
	for _, tt := range []struct {
		name string
		ids  []string
		err  error
	}{
		{"none", nil, nil},
		{"unknown", []string{ids[0], "organization:nowhere"}, graph.ErrNoEntity},
		{"unknown cluster", []string{persons[0].ID + "~ffffff"}, graph.ErrNoEntity},
	} {
		got, err := s.Neighbors(context.Background(), tt.ids, nil)
		if !errors.Is(err, tt.err) || tt.err == nil && len(got) > 0 {
			t.Errorf("%s: Neighbors(%q) = %v, %v; want no rows, error %v", tt.name, tt.ids, got, err, tt.err)
		}
	}
}

// testTopNeighbors checks TopNeighbors on a sample of the entities and
// the most mentioned ones.
func testTopNeighbors(t *testing.T, s graph.Store, g *graph.Graph) {
	ids := append(sample(g), MostMentioned(g, 8)...)
	CheckTopNeighbors(t, s, g, ids, func(total int) []int { return []int{1, 2, 5, total/2 + 1, total, total + 1, 0} })
	if _, _, err := s.TopNeighbors(context.Background(), "organization:nowhere", nil, 3); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("TopNeighbors of an unknown ID: %v, want ErrNoEntity", err)
	}
}

// MostMentioned returns the n entities of g that the most articles
// mention.
func MostMentioned(g *graph.Graph, n int) []string {
	mentioned := map[string]int{}
	for _, f := range g.Facts() {
		if f.Relation == graph.Mentions {
			mentioned[f.Object]++
		}
	}
	ids := slices.SortedFunc(maps.Keys(mentioned), func(a, b string) int {
		return cmp.Or(mentioned[b]-mentioned[a], strings.Compare(a, b))
	})
	return ids[:min(n, len(ids))]
}

// CheckTopNeighbors checks TopNeighbors of each of ids, with the limits
// limits gives for the number of their neighbors, against the links of
// the graph the store must hold, ranked (graph.RankNeighbors). It
// returns how many of the checks cut between two links of one article.
func CheckTopNeighbors(t *testing.T, r graph.Reader, g *graph.Graph, ids []string, limits func(total int) []int) int {
	t.Helper()
	cuts := 0
	for _, id := range ids {
		for _, rels := range [][]graph.Relation{nil, {graph.Mentions}, {graph.Mentions, graph.PositionIn, graph.Attended}, {graph.HoldsPosition, graph.PartOf}} {
			all, total := graph.RankNeighbors(id, wantNeighbors(g, []string{id}, rels), 0)
			for _, limit := range limits(total) {
				got, n, err := r.TopNeighbors(context.Background(), id, rels, limit)
				if err != nil {
					t.Fatal(err)
				}
				want := all
				if limit > 0 && limit < len(all) {
					want = all[:limit]
					if all[limit-1].Articles == 1 && all[limit].Articles == 1 {
						cuts++
					}
				}
				if n != total || !slices.Equal(got, want) {
					t.Errorf("TopNeighbors(%s, %v, %d) = %v, %d; want %v, %d", id, rels, limit, got, n, want, total)
				}
			}
		}
	}
	return cuts
}

// testQuotes checks Quotes against Article: for the provenances of a
// sample of facts, spans cut in the middle of a letter, spans outside the
// text, and an unknown article.
func testQuotes(t *testing.T, s graph.Store, g *graph.Graph) {
	var provs []graph.Provenance
	for _, id := range sample(g) {
		for _, f := range g.FactsOf(id) {
			provs = append(provs, f.Prov)
		}
	}
	if len(provs) == 0 {
		t.Fatal("no facts")
	}
	p := provs[0]
	a, err := s.Article(context.Background(), p.Article)
	if err != nil {
		t.Fatal(err)
	}
	n := len(a.Text)
	for _, span := range [][2]int{{0, n}, {n - 3, n}, {n - 1, n + 1}, {-1, 4}, {5, 5}, {7, 3}, {0, 1 << 40}} {
		provs = append(provs, graph.Provenance{Article: p.Article, Start: span[0], End: span[1]})
	}
	if i := strings.IndexFunc(a.Text, func(r rune) bool { return r > 0x7f }); i >= 0 {
		provs = append(provs, graph.Provenance{Article: p.Article, Start: i + 1, End: i + 5}) // inside a letter
	}
	got, err := s.Quotes(context.Background(), provs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(provs) {
		t.Fatalf("%d quotes of %d provenances", len(got), len(provs))
	}
	articles := map[string]*graph.ArticleMeta{}
	for i, p := range provs {
		a, ok := articles[p.Article]
		if !ok {
			if a, err = s.Article(context.Background(), p.Article); err != nil {
				t.Fatal(err)
			}
			articles[p.Article] = a
		}
		if want := graph.QuoteOf(a, p); got[i] != want {
			t.Errorf("Quotes[%d] of %+v = %+v, want %+v", i, p, got[i], want)
		}
	}
	if _, err := s.Quotes(context.Background(), []graph.Provenance{{Article: "article:0000000000000000", End: 3}}); !errors.Is(err, graph.ErrNoArticle) {
		t.Errorf("Quotes of an unknown article: %v, want ErrNoArticle", err)
	}
}

func testFactsBetween(t *testing.T, s graph.Store, g *graph.Graph) {
	var pairs [][2]string
	for _, id := range sample(g) {
		fs := g.FactsOf(id)
		for i := 0; i < len(fs); i += max(1, len(fs)/3) {
			other := fs[i].Object
			if other == id {
				other = fs[i].Subject
			}
			pairs = append(pairs, [2]string{id, other}, [2]string{other, id})
		}
		pairs = append(pairs, [2]string{id, id}) // no facts from an entity to itself
	}
	ents := g.Entities()
	pairs = append(pairs, [2]string{ents[0].ID, ents[len(ents)-1].ID}) // not joined
	checkPairs(t, s, g, pairs)
	for _, p := range pairs[:10] {
		checkPairs(t, s, g, [][2]string{p})
	}
}

func testFirstFact(t *testing.T, s graph.Store, g *graph.Graph) {
	var links []graph.Fact // subject, relation, object of some facts
	for _, id := range sample(g) {
		fs := g.FactsOf(id)
		for i := 0; i < len(fs); i += max(1, len(fs)/3) {
			links = append(links, fs[i])
		}
	}
	CheckFirstFacts(t, s, g, links)
	ents := g.Entities()
	none := graph.Fact{Subject: ents[0].ID, Relation: graph.PartOf, Object: ents[len(ents)-1].ID}
	if f, ok, err := s.FirstFact(context.Background(), none.Subject, none.Relation, none.Object); err != nil || ok {
		t.Errorf("FirstFact of no fact = %+v, %v, %v; want none", f, ok, err)
	}
	if _, _, err := s.FirstFact(context.Background(), "person:nobody", graph.HoldsPosition, none.Object); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("FirstFact of an unknown ID: %v, want ErrNoEntity", err)
	}
}

// CheckFirstFacts checks FirstFact of the subject, relation and object
// of each of links.
func CheckFirstFacts(t *testing.T, s graph.Reader, g *graph.Graph, links []graph.Fact) {
	t.Helper()
	for _, l := range links {
		var want []graph.Fact
		for _, f := range g.FactsOf(l.Subject) {
			if f.Subject == l.Subject && f.Relation == l.Relation && f.Object == l.Object {
				want = append(want, f)
			}
		}
		got, ok, err := s.FirstFact(context.Background(), l.Subject, l.Relation, l.Object)
		if err != nil {
			t.Fatal(err)
		}
		if !ok || len(want) == 0 || got != want[0] {
			t.Errorf("FirstFact(%s, %s, %s) = %+v, %v; want %+v", l.Subject, l.Relation, l.Object, got, ok, want)
		}
	}
}

// testSearchLimits checks that a search with a limit gives the first
// results of the search without one, whatever the words and kinds: a
// store may rank only what can come first.
func testSearchLimits(t *testing.T, s graph.Store, g *graph.Graph) {
	var many int // searches that match more than the store reads for the largest limit
	for _, text := range []string{"so", "tinh so", "hoi nghi", "an", "van", "so 1"} {
		for _, kinds := range [][]graph.Kind{nil, {graph.Person}, {graph.Event}, {graph.Place, graph.Organization}} {
			all, err := s.Search(context.Background(), text, kinds, 0)
			if err != nil {
				t.Fatal(err)
			}
			if kinds == nil && len(all) > 2*10+16 {
				many++
			}
			for _, limit := range []int{1, 3, 10} {
				got, err := s.Search(context.Background(), text, kinds, limit)
				if err != nil {
					t.Fatal(err)
				}
				want := all[:min(limit, len(all))]
				if !slices.EqualFunc(got, want, func(a, b *graph.Entity) bool { return a.ID == b.ID }) {
					t.Errorf("Search(%q, %v, %d): %d results, not the first of %d", text, kinds, limit, len(got), len(all))
				}
			}
		}
	}
	if many == 0 {
		t.Error("no search matches enough entities to test")
	}
}

// checkPairs checks FactsBetweenPairs, the pairs all at once.
func checkPairs(t *testing.T, s graph.Reader, g *graph.Graph, ps [][2]string) {
	t.Helper()
	got, err := s.FactsBetweenPairs(context.Background(), ps)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(ps) {
		t.Fatalf("FactsBetweenPairs: %d answers for %d pairs", len(got), len(ps))
	}
	for i, p := range ps {
		if want := wantBetween(g, p[0], p[1]); !slices.Equal(got[i], want) {
			t.Errorf("FactsBetweenPairs, pair %d (%s, %s):\n got %+v\nwant %+v", i, p[0], p[1], got[i], want)
		}
	}
	if _, err := s.FactsBetweenPairs(context.Background(), append(ps, [2]string{"place:atlantis", ps[0][0]})); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("FactsBetweenPairs with an unknown ID: %v, want ErrNoEntity", err)
	}
}

// testNeighborsOfHomonyms checks that the store tells apart two persons
// of one key, and a fact from an entity to itself.
func testNeighborsOfHomonyms(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	loop := QT2()
	loop.Facts = append(loop.Facts, graph.Fact{Subject: ubndQT, Relation: graph.PartOf, Object: ubndQT,
		AsOf: loop.Article.Published, Prov: graph.Provenance{Article: graph.ArticleID(loop.Article.Hash), Start: 1, End: 2, Rule: "test/loop"}})
	all := []*graph.Extraction{QT1(), loop, CT1()}
	put(t, s, all...)
	g := Oracle(t, all, all)
	persons := g.Entities(graph.Person)
	if len(persons) != 2 {
		t.Fatalf("persons %v, want two", persons)
	}
	ids := []string{persons[0].ID, persons[1].ID, ubndQT, posCT}
	for _, set := range [][]string{ids[:1], ids[1:2], ids[2:3], ids} {
		got, err := s.Neighbors(context.Background(), set, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := wantNeighbors(g, set, nil); !slices.Equal(got, want) {
			t.Errorf("Neighbors(%q):\n got %+v\nwant %+v", set, got, want)
		}
	}
	pairs := [][2]string{{persons[0].ID, persons[1].ID}, {persons[0].ID, posCT}, {persons[1].ID, posCT}, {ubndQT, ubndQT},
		{posQT, persons[0].ID}, {posQT, persons[1].ID}, {persons[1].ID, posQT}, {persons[0].ID, posQT}, {persons[0].ID, posQT}}
	checkPairs(t, s, g, pairs)
	for _, p := range pairs {
		checkPairs(t, s, g, [][2]string{p})
	}
	var links []graph.Fact
	for _, p := range persons {
		links = append(links, g.FactsOf(p.ID)...)
	}
	links = append(links, g.FactsOf(ubndQT)...)
	CheckFirstFacts(t, s, g, links)
}

// testNeighborsIncremental checks the queries as groups of mentions join
// and lose mentions.
func testNeighborsIncremental(t *testing.T, h *Harness) {
	replaced := func(ex *graph.Extraction, source string) *graph.Extraction {
		ex.Article.Source = source
		return ex
	}
	aliased := func(ex *graph.Extraction) *graph.Extraction {
		for i := range ex.Entities {
			if ex.Entities[i].ID == baKey {
				ex.Entities[i].Aliases = []string{"Lê V. Ba"}
			}
		}
		return ex
	}
	tests := []struct {
		name    string
		batches [][]*graph.Extraction
	}{
		// the group merged away has a name the other has not
		{"joined, one group named otherwise", [][]*graph.Extraction{{atEvents(1)}, {aliased(inOffice(2))}, {both(3)}}},
		{"joined in one batch", [][]*graph.Extraction{{atEvents(1), inOffice(2), both(3)}}},
		{"joined by a later batch", [][]*graph.Extraction{{atEvents(1), inOffice(2)}, {both(3)}}},
		{"joined, one group after the other", [][]*graph.Extraction{{atEvents(1)}, {inOffice(2)}, {atEvents(4), both(3)}}},
		// a later mention's evidence was held by the group that was
		// merged away
		{"joined, then each group's evidence again", [][]*graph.Extraction{{atEvents(1)}, {inOffice(2)}, {both(3)},
			{atEvents(4)}, {inOffice(10)}}},
		{"joined then split", [][]*graph.Extraction{{atEvents(1), inOffice(2)}, {both(3)},
			{replaced(atEvents(5), "samples/both3.txt")}}},
		{"split then joined", [][]*graph.Extraction{{atEvents(1), inOffice(2), both(3)},
			{replaced(inOffice(6), "samples/both3.txt")}, {both(7)}}},
		{"articles replaced", [][]*graph.Extraction{{atEvents(1), inOffice(2)}, {replaced(inOffice(8), "samples/ev1.txt")},
			{replaced(atEvents(9), "samples/of2.txt"), both(3)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := h.store(t)
			var cur current
			for i, b := range tt.batches {
				put(t, s, b...)
				cur.add(b)
				h.checkStore(t, s, cur.history, cur.now())
				g := Oracle(t, cur.history, cur.now())
				var all []string
				for _, e := range g.Entities() {
					all = append(all, e.ID)
				}
				for _, ids := range append([][]string{all}, chunk(all, 1)...) {
					for _, rels := range [][]graph.Relation{nil, {graph.Mentions}, {graph.Hosted, graph.HoldsPosition}} {
						got, err := s.Neighbors(context.Background(), ids, rels)
						if err != nil {
							t.Fatal(err)
						}
						if want := wantNeighbors(g, ids, rels); !slices.Equal(got, want) {
							t.Errorf("batch %d: Neighbors(%q, %v):\n got %+v\nwant %+v", i, ids, rels, got, want)
						}
					}
				}
				var pairs [][2]string
				for _, a := range all {
					for _, b := range all {
						pairs = append(pairs, [2]string{a, b})
					}
				}
				checkPairs(t, s, g, pairs)
				if t.Failed() {
					t.FailNow()
				}
			}
		})
	}
}

// testHeldAfter checks HeldAfter against the facts of the graph the
// store must hold: a synthetic corpus, and articles that state its
// busiest position held on a date known in part (the year only), held
// before ("nguyên"), and held by two persons on one day.
func testHeldAfter(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	exs := Corpus{seed: 13}.Batch(0, 80)
	counts := map[string]int{}
	for _, ex := range exs {
		for _, f := range ex.Facts {
			if f.Relation == graph.HoldsPosition {
				counts[f.Object]++
			}
		}
	}
	var busiest string
	for pos, n := range counts {
		if busiest == "" || n > counts[busiest] || n == counts[busiest] && pos < busiest {
			busiest = pos
		}
	}
	pos := graph.Entity{ID: busiest, Kind: graph.Position, Name: strings.TrimPrefix(busiest, "position:")}
	held := func(i int, published graph.Date, former bool, names ...string) *graph.Extraction {
		ents := []graph.Entity{pos}
		var facts []graph.Fact
		for _, n := range names {
			id := graph.ID(graph.Person, strings.ToLower(n))
			ents = append(ents, graph.Entity{ID: id, Kind: graph.Person, Name: n})
			facts = append(facts, graph.Fact{Subject: id, Relation: graph.HoldsPosition, Object: busiest, Former: former})
		}
		ex := newArticle(HashOf(14, i), fmt.Sprintf("samples/held%d.txt", i), "Tiếp xúc cử tri", ents, facts)
		ex.Article.Published = published
		for k := range ex.Facts {
			ex.Facts[k].AsOf = published
		}
		return ex
	}
	exs = append(exs,
		held(1, graph.Date{Year: 2022, Month: 3, Day: 9}, false, "Trịnh Văn Khải", "Đào Thị Mến"),
		held(2, graph.Date{Year: 2022, Month: 3, Day: 10}, true, "Lò Văn Pó"),
		held(3, graph.Date{Year: 2023}, false, "Lò Văn Pó"))
	put(t, s, exs...)
	g := Oracle(t, exs, exs)

	var qs []graph.HeldAfterQuery
	var want [][]graph.Fact
	for _, p := range g.Entities(graph.Position) {
		var statements []graph.Fact
		dates := []graph.Date{{Year: 2019, Month: 12, Day: 31}, {Year: 2022, Month: 3, Day: 8}, {Year: 2030, Month: 1, Day: 1}}
		for _, f := range g.FactsOf(p.ID) {
			if f.Object == p.ID && (f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo) && !f.Former && !f.AsOf.IsZero() {
				statements = append(statements, f)
				if f.AsOf.Full() {
					dates = append(dates, f.AsOf)
				}
			}
		}
		if len(statements) == 0 {
			continue
		}
		for _, after := range dates {
			var first graph.Date
			for _, f := range statements {
				if f.AsOf.Full() && after.Before(f.AsOf) && (first.IsZero() || f.AsOf.Before(first)) {
					first = f.AsOf
				}
			}
			var w []graph.Fact
			for _, f := range statements {
				if !f.AsOf.Full() || f.AsOf == first {
					w = append(w, f)
				}
			}
			slices.SortFunc(w, graph.Fact.Compare)
			qs, want = append(qs, graph.HeldAfterQuery{Position: p.ID, After: after}), append(want, w)
		}
	}
	if len(qs) < 100 {
		t.Fatalf("%d queries: the corpus holds too few positions", len(qs))
	}
	got, err := s.HeldAfter(context.Background(), qs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(qs) {
		t.Fatalf("%d answers to %d queries", len(got), len(qs))
	}
	for i, q := range qs {
		slices.SortFunc(got[i], graph.Fact.Compare)
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("HeldAfter(%s, %s) =\n%v\nwant\n%v", q.Position, q.After, got[i], want[i])
		}
	}
	// The partial date comes with every query of its position; the two
	// holders of one day come together; "nguyên" never comes.
	i := slices.Index(qs, graph.HeldAfterQuery{Position: busiest, After: graph.Date{Year: 2022, Month: 3, Day: 8}})
	if i < 0 || len(got[i]) != 3 {
		t.Errorf("after 2022-03-08 (query %d): %v, want the two holders of 2022-03-09 and the one of 2023", i, got[max(i, 0)])
	}
	if _, err := s.HeldAfter(context.Background(), []graph.HeldAfterQuery{{Position: "position:nobody", After: graph.Date{Year: 2020, Month: 1, Day: 1}}}); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("HeldAfter of an unknown ID: %v, want ErrNoEntity", err)
	}
}

// testTenureFacts checks TenureFacts against graph.Deciding of the facts
// of the graph the store must hold, for every holding: a synthetic corpus
// (with namesakes, whose keys name several persons), and articles that
// state one holding on many days, once as held before ("nguyên"), and
// another on a date known in part (the year only).
func testTenureFacts(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	exs := Corpus{seed: 17}.Batch(0, 80)
	const post = "position:ủy viên | ban thường vụ huyện ủy mường tè"
	pos := graph.Entity{ID: post, Kind: graph.Position, Name: "Ủy viên Ban Thường vụ Huyện ủy Mường Tè", Role: "Ủy viên"}
	held := func(i int, published graph.Date, former bool, name string) *graph.Extraction {
		id := graph.ID(graph.Person, strings.ToLower(name))
		ents := []graph.Entity{pos, {ID: id, Kind: graph.Person, Name: name}}
		facts := []graph.Fact{{Subject: id, Relation: graph.HoldsPosition, Object: post, Former: former}}
		ex := newArticle(HashOf(18, i), fmt.Sprintf("samples/tenure%d.txt", i), "Hội nghị Ban Chấp hành Đảng bộ huyện", ents, facts)
		ex.Article.Published = published
		for k := range ex.Facts {
			ex.Facts[k].AsOf = published
		}
		return ex
	}
	for i := range 8 {
		exs = append(exs, held(i, graph.Date{Year: 2021, Month: 1 + i, Day: 5}, i == 5, "Giàng A Chứ"))
	}
	exs = append(exs, held(8, graph.Date{Year: 2021, Month: 2, Day: 5}, false, "Lò Thị Dung"),
		held(9, graph.Date{Year: 2022}, false, "Lò Thị Dung"), held(10, graph.Date{Year: 2021, Month: 9, Day: 5}, false, "Lò Thị Dung"))
	put(t, s, exs...)
	g := Oracle(t, exs, exs)

	var pairs [][2]string
	var want [][]graph.Fact
	all, namesakes := 0, 0
	for _, p := range g.Entities(graph.Person) {
		byPos := map[string][]graph.Fact{}
		for _, f := range g.FactsOf(p.ID) {
			if f.Subject == p.ID && (f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo) {
				byPos[f.Object] = append(byPos[f.Object], f)
			}
		}
		for _, position := range slices.Sorted(maps.Keys(byPos)) {
			pairs, want = append(pairs, [2]string{p.ID, position}), append(want, graph.Deciding(byPos[position]))
			all += len(byPos[position])
			if strings.Contains(p.ID, "~") {
				namesakes++
			}
		}
	}
	if len(pairs) < 50 || namesakes == 0 {
		t.Fatalf("%d holdings, %d of namesakes: the corpus holds too few", len(pairs), namesakes)
	}
	got, err := s.TenureFacts(context.Background(), pairs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(pairs) {
		t.Fatalf("%d answers for %d holdings", len(got), len(pairs))
	}
	kept := 0
	for i, p := range pairs {
		kept += len(got[i])
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("TenureFacts(%s, %s) =\n%v\nwant\n%v", p[0], p[1], got[i], want[i])
		}
	}
	if kept >= all {
		t.Errorf("%d statements of %d kept: none left out", kept, all)
	}
	chu := slices.Index(pairs, [2]string{graph.ID(graph.Person, "giàng a chứ"), post})
	if chu < 0 || len(got[chu]) != 3 {
		t.Errorf("the holding of 8 days: %v, want the first, the last and the one of \"nguyên\"", got[max(chu, 0)])
	}
	if _, err := s.TenureFacts(context.Background(), [][2]string{{"person:nobody", post}}); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("TenureFacts of an unknown ID: %v, want ErrNoEntity", err)
	}
	checkHoldingSources(t, s, g)
}

// checkHoldingSources checks HoldingSources against the articles of the
// holding facts of g: for every holding, for each person paired with a
// position of a namesake's and of another person's (none), and for
// unknown IDs.
func checkHoldingSources(t *testing.T, s graph.Reader, g *graph.Graph) {
	t.Helper()
	type pair = [2]string
	sources := map[pair][]string{} // (person, position) → articles
	for _, f := range g.Facts() {
		if f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo {
			k := pair{f.Subject, f.Object}
			sources[k] = append(sources[k], f.Prov.Article)
		}
	}
	var pairs []pair
	var want [][]string
	many := 0 // holdings of several articles
	for _, k := range slices.SortedFunc(maps.Keys(sources), func(a, b pair) int {
		return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
	}) {
		w := slices.Compact(slices.Sorted(slices.Values(sources[k])))
		if len(w) > 1 {
			many++
		}
		pairs, want = append(pairs, k), append(want, w)
	}
	held := map[string][]string{}
	for k := range sources {
		held[k[0]] = append(held[k[0]], k[1])
	}
	others, namesakes := othersThings(g.Entities(graph.Person), func(p string) []string { return held[p] })
	for _, p := range others {
		pairs, want = append(pairs, p), append(want, nil)
	}
	if many < 5 || namesakes == 0 {
		t.Fatalf("%d holdings of several articles, %d namesakes' positions: the corpus holds too few", many, namesakes)
	}
	checkLists(t, "HoldingSources", s.HoldingSources, pairs, want, pair{pairs[0][0], "position:nowhere"}, graph.ErrNoEntity)
}

// checkLists checks a store method that answers a list of IDs for each
// pair (person, thing): want for pairs, an error wrapping ErrNoEntity
// for an unknown person, and one wrapping thingErr for unknown, a pair of
// a known person and a thing the store does not have.
func checkLists(t *testing.T, name string, ask func(context.Context, [][2]string) ([][]string, error),
	pairs [][2]string, want [][]string, unknown [2]string, thingErr error) {
	t.Helper()
	got, err := ask(context.Background(), pairs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(pairs) {
		t.Fatalf("%s: %d answers for %d pairs", name, len(got), len(pairs))
	}
	for i, p := range pairs {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("%s(%s, %s) = %v, want %v", name, p[0], p[1], got[i], want[i])
		}
	}
	if _, err := ask(context.Background(), [][2]string{{"person:nobody", pairs[0][1]}}); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("%s of an unknown person: %v, want ErrNoEntity", name, err)
	}
	if _, err := ask(context.Background(), [][2]string{unknown}); !errors.Is(err, thingErr) {
		t.Errorf("%s(%s, %s), unknown: %v, want %v", name, unknown[0], unknown[1], err, thingErr)
	}
}

// testMentionPositions checks MentionPositions against the holding facts
// of each article of the graph the store must hold: for every person and
// every article that states something of them, for pairs of an article
// that does not (of a namesake, when the key names several persons),
// and for unknown IDs.
func testMentionPositions(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	exs := Corpus{seed: 19}.Batch(0, 80)
	put(t, s, exs...)
	g := Oracle(t, exs, exs)

	var pairs [][2]string
	var want [][]string
	articles := map[string]bool{}
	namesakes, held := 0, 0
	persons := g.Entities(graph.Person)
	for _, p := range persons {
		byArticle := map[string][]string{}
		for _, f := range g.FactsOf(p.ID) {
			if _, ok := byArticle[f.Prov.Article]; !ok {
				byArticle[f.Prov.Article] = nil
			}
			if f.Subject == p.ID && (f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo) {
				byArticle[f.Prov.Article] = append(byArticle[f.Prov.Article], f.Object)
			}
			articles[f.Prov.Article] = true
		}
		for _, a := range slices.Sorted(maps.Keys(byArticle)) {
			w := byArticle[a]
			slices.Sort(w)
			if w = slices.Compact(w); len(w) > 0 {
				held++
			}
			pairs, want = append(pairs, [2]string{p.ID, a}), append(want, w)
		}
	}
	// The articles of a namesake (another person of the same key), and of
	// another person, that say nothing of the person asked about.
	stated := func(p string) []string {
		var out []string
		for _, f := range g.FactsOf(p) {
			out = append(out, f.Prov.Article)
		}
		return out
	}
	others, namesakes := othersThings(persons, stated)
	for _, p := range others {
		pairs, want = append(pairs, p), append(want, nil)
	}
	if held < 50 || namesakes == 0 {
		t.Fatalf("%d mentions with positions, %d pairs of a namesake's article: the corpus holds too few", held, namesakes)
	}
	checkLists(t, "MentionPositions", s.MentionPositions, pairs, want, [2]string{persons[0].ID, "article:0000000000000000"}, graph.ErrNoArticle)
	t.Logf("%d pairs, %d with positions, %d of a namesake's article", len(pairs), held, namesakes)
	checkReportPositions(t, s, g)
}

// testFirstFacts checks FirstFacts against the facts of the graph the
// store must hold: the first statement of every presence at an event and
// of every holding, each with its relations; the same pairs the wrong way
// round, with relations none of their facts has, and of a namesake's and
// another person's events (none); and unknown IDs.
func testFirstFacts(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	exs := Corpus{seed: 19}.Batch(0, 80)
	put(t, s, exs...)
	g := Oracle(t, exs, exs)
	type pair = [2]string
	var atEvent []graph.Relation
	for _, rel := range graph.Relations() {
		if rel.AtEvent() {
			atEvent = append(atEvent, rel)
		}
	}
	holding := []graph.Relation{graph.ElectedTo, graph.HoldsPosition} // not in Less's order
	first := map[pair]graph.Fact{}
	var presences, holdings []pair
	for _, f := range g.Facts() {
		k := pair{f.Subject, f.Object}
		if !f.Relation.AtEvent() && !slices.Contains(holding, f.Relation) {
			continue
		}
		if old, ok := first[k]; !ok {
			if f.Relation.AtEvent() {
				presences = append(presences, k)
			} else {
				holdings = append(holdings, k)
			}
			first[k] = f
		} else if f.Compare(old) < 0 {
			first[k] = f
		}
	}
	byPair := func(a, b pair) int { return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1])) }
	slices.SortFunc(presences, byPair)
	slices.SortFunc(holdings, byPair)
	events := map[string][]string{}
	for _, k := range presences {
		events[k[0]] = append(events[k[0]], k[1])
	}
	others, namesakes := othersThings(g.Entities(graph.Person), func(p string) []string { return events[p] })
	if len(presences) < 50 || len(holdings) < 50 || namesakes == 0 {
		t.Fatalf("%d presences, %d holdings, %d namesakes' events: the corpus holds too few", len(presences), len(holdings), namesakes)
	}
	check := func(what string, pairs []pair, rels []graph.Relation, want func(pair) graph.Fact) {
		t.Helper()
		got, err := s.FirstFacts(context.Background(), pairs, rels)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if len(got) != len(pairs) {
			t.Fatalf("%s: %d answers for %d pairs", what, len(got), len(pairs))
		}
		for i, p := range pairs {
			// facts equal by Less are one statement read twice
			if w := want(p); got[i].Less(w) || w.Less(got[i]) || got[i].Prov.End != w.Prov.End {
				t.Errorf("%s: FirstFacts(%s, %s) = %v, want %v", what, p[0], p[1], got[i], w)
			}
		}
	}
	stated := func(p pair) graph.Fact { return first[p] }
	none := func(pair) graph.Fact { return graph.Fact{} }
	check("presences", presences, atEvent, stated)
	check("holdings", holdings, holding, stated)
	check("presences by the relations of holdings", presences, holding, none)
	reversed := make([]pair, len(presences))
	for i, p := range presences {
		reversed[i] = pair{p[1], p[0]}
	}
	check("presences the wrong way round", reversed, atEvent, none)
	check("others' events", others, atEvent, none)
	if _, err := s.FirstFacts(context.Background(), []pair{{"person:nobody", presences[0][1]}}, atEvent); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("FirstFacts of an unknown person: %v, want ErrNoEntity", err)
	}
	if _, err := s.FirstFacts(context.Background(), []pair{{presences[0][0], "event:nowhere"}}, nil); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("FirstFacts of an unknown event, no relations: %v, want ErrNoEntity", err)
	}
}

// othersThings pairs each person with the first thing (by things, in
// order) of each of its namesakes (persons of its key) and of the next
// person that the person has not: what a store must answer nothing for.
// It returns the pairs, and how many are of a namesake's thing.
func othersThings(persons []*graph.Entity, things func(person string) []string) ([][2]string, int) {
	key := func(id string) string { return strings.SplitN(id, "~", 2)[0] }
	var out [][2]string
	namesakes := 0
	for i, p := range persons {
		mine := map[string]bool{}
		for _, x := range things(p.ID) {
			mine[x] = true
		}
		for j, o := range persons {
			if j == i || key(o.ID) != key(p.ID) && j != (i+1)%len(persons) {
				continue
			}
			theirs := slices.Sorted(slices.Values(things(o.ID)))
			if k := slices.IndexFunc(theirs, func(x string) bool { return !mine[x] }); k >= 0 {
				out = append(out, [2]string{p.ID, theirs[k]})
				if key(o.ID) == key(p.ID) {
					namesakes++
				}
			}
		}
	}
	return out, namesakes
}

// checkReportPositions checks ReportPositions against the holding facts
// of the articles that report each person at each event, for every
// person and event of g's facts, the events of a namesake's and of
// another person's, and unknown IDs.
func checkReportPositions(t *testing.T, s graph.Reader, g *graph.Graph) {
	t.Helper()
	type pair = [2]string
	reports := map[pair]map[string]bool{} // (person, event) → articles
	held := map[pair][]string{}           // (person, article) → positions
	for _, f := range g.Facts() {
		switch {
		case f.Relation.AtEvent():
			k := pair{f.Subject, f.Object}
			if reports[k] == nil {
				reports[k] = map[string]bool{}
			}
			reports[k][f.Prov.Article] = true
		case f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo:
			k := pair{f.Subject, f.Prov.Article}
			held[k] = append(held[k], f.Object)
		}
	}
	var pairs []pair
	var want [][]string
	withPositions := 0
	for _, k := range slices.SortedFunc(maps.Keys(reports), func(a, b pair) int {
		return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
	}) {
		var w []string
		for a := range reports[k] {
			w = append(w, held[pair{k[0], a}]...)
		}
		slices.Sort(w)
		w = slices.Compact(w)
		if len(w) > 0 {
			withPositions++
		}
		pairs, want = append(pairs, k), append(want, w)
	}
	// a person with the events of a namesake and of another person
	events := map[string][]string{}
	for k := range reports {
		events[k[0]] = append(events[k[0]], k[1])
	}
	others, namesakes := othersThings(g.Entities(graph.Person), func(p string) []string { return events[p] })
	for _, p := range others {
		pairs, want = append(pairs, p), append(want, nil)
	}
	if withPositions < 20 || namesakes == 0 {
		t.Fatalf("%d presences with positions, %d namesakes' events: the corpus holds too few", withPositions, namesakes)
	}
	checkLists(t, "ReportPositions", s.ReportPositions, pairs, want, pair{pairs[0][0], "event:nowhere"}, graph.ErrNoEntity)
}

// testKnownContent checks HasContent, and Put of Known extractions (what
// an ingest gives for a content the store held when it asked): left alone
// when the content is stored, reported Missing and not written when it is
// not, as when a new version of its source, earlier in the batch,
// replaced it.
func testKnownContent(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	ctx := context.Background()
	exs := Corpus{seed: 23}.Batch(0, 6)
	put(t, s, exs[:4]...)
	known := func(hash, source string) *graph.Extraction {
		return &graph.Extraction{Article: graph.ArticleMeta{Hash: hash, Source: source}, Known: true}
	}
	has := func(hashes ...string) []bool {
		t.Helper()
		got, err := s.HasContent(ctx, hashes)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	h0, h4, h5 := exs[0].Article.Hash, exs[4].Article.Hash, exs[5].Article.Hash
	if got := has(h0, h4, h0, exs[3].Article.Hash); !slices.Equal(got, []bool{true, false, true, true}) {
		t.Errorf("HasContent = %v, want true, false, true, true", got)
	}
	if got := has(); len(got) != 0 {
		t.Errorf("HasContent of nothing = %v", got)
	}
	before, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res := put(t, s, known(h0, "samples/copy.txt"), known(h4, exs[4].Article.Source))
	if res[0].Status != graph.Unchanged || res[1].Status != graph.Missing {
		t.Errorf("Put of two known contents, one stored: %v %v, want unchanged, missing", res[0].Status, res[1].Status)
	}
	after, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	SameGraph(t, after, before)
	if got := has(h4); got[0] {
		t.Error("a missing known content was stored")
	}
	// A new version of article 0's source, then article 0's content under
	// another source, known: the content is gone when the second comes.
	v2 := Corpus{seed: 23}.Extraction(5)
	v2.Article.Source = exs[0].Article.Source
	res = put(t, s, v2, known(h0, "samples/copy.txt"), exs[4])
	if res[0].Status != graph.Replaced || res[1].Status != graph.Missing || res[2].Status != graph.Added {
		t.Errorf("Put of a new version, then the old content known: %v %v %v, want replaced, missing, added", res[0].Status, res[1].Status, res[2].Status)
	}
	if got := has(h0, h5, h4); !slices.Equal(got, []bool{false, true, true}) {
		t.Errorf("HasContent after = %v, want false, true, true", got)
	}
	final, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	SameGraph(t, final, Oracle(t, append(slices.Clone(exs[:4]), v2, exs[4]), []*graph.Extraction{exs[1], exs[2], exs[3], v2, exs[4]}))
}
