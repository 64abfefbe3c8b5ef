package sqlite

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"kg/graph"
)

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

// wantBetween is what FactsBetween must give.
func wantBetween(g *graph.Graph, a, b string) []graph.Fact {
	var out []graph.Fact
	for _, f := range g.FactsOf(a) {
		if f.Subject == a && f.Object == b || f.Subject == b && f.Object == a {
			out = append(out, f)
		}
	}
	return out
}

func TestNeighbors(t *testing.T) {
	s, g := queryStore(t)
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
			t.Run(fmt.Sprint(idList(set), rels), func(t *testing.T) {
				got, err := s.Neighbors(context.Background(), set, rels)
				if err != nil {
					t.Fatal(err)
				}
				if want := wantNeighbors(g, set, rels); !slices.Equal(got, want) {
					t.Errorf("Neighbors: %d rows, want %d", len(got), len(want))
					for i := range min(len(got), len(want)) {
						if got[i] != want[i] {
							t.Errorf("row %d: got %+v, want %+v", i, got[i], want[i])
							break
						}
					}
				}
			})
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
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Neighbors(context.Background(), tt.ids, nil)
			if !errors.Is(err, tt.err) || tt.err == nil && len(got) > 0 {
				t.Errorf("Neighbors(%q) = %v, %v; want no rows, error %v", tt.ids, got, err, tt.err)
			}
		})
	}
}

func TestFactsBetween(t *testing.T) {
	s, g := queryStore(t)
	type pair struct{ a, b string }
	var pairs []pair
	for _, id := range sample(g) {
		fs := g.FactsOf(id)
		for i := 0; i < len(fs); i += max(1, len(fs)/3) {
			other := fs[i].Object
			if other == id {
				other = fs[i].Subject
			}
			pairs = append(pairs, pair{id, other}, pair{other, id})
		}
		pairs = append(pairs, pair{id, id}) // no facts from an entity to itself
	}
	ents := g.Entities()
	pairs = append(pairs, pair{ents[0].ID, ents[len(ents)-1].ID}) // not joined
	for _, p := range pairs {
		t.Run(p.a+" "+p.b, func(t *testing.T) {
			got, err := s.FactsBetween(context.Background(), p.a, p.b)
			if err != nil {
				t.Fatal(err)
			}
			if want := wantBetween(g, p.a, p.b); !slices.Equal(got, want) {
				t.Errorf("FactsBetween: %d facts, want %d\n got %+v\nwant %+v", len(got), len(want), got, want)
			}
		})
	}
	if _, err := s.FactsBetween(context.Background(), ents[0].ID, "place:atlantis"); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("FactsBetween with an unknown ID: %v, want ErrNoEntity", err)
	}
	ps := make([][2]string, len(pairs))
	for i, p := range pairs {
		ps[i] = [2]string{p.a, p.b}
	}
	checkPairs(t, s, g, ps)
}

// checkPairs checks FactsBetweenPairs against FactsBetween's oracle, the
// pairs all at once.
func checkPairs(t *testing.T, s *Store, g *graph.Graph, ps [][2]string) {
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

// TestNeighborsOfHomonyms checks that the index tells apart two persons
// of one key, and a fact from an entity to itself.
func TestNeighborsOfHomonyms(t *testing.T) {
	s, _ := openTemp(t)
	loop := qt2()
	loop.Facts = append(loop.Facts, graph.Fact{Subject: ubndQT, Relation: graph.PartOf, Object: ubndQT,
		AsOf: loop.Article.Published, Prov: graph.Provenance{Article: graph.ArticleID(loop.Article.Hash), Start: 1, End: 2, Rule: "test/loop"}})
	all := []*graph.Extraction{qt1(), loop, ct1()}
	put(t, s, all...)
	g := oracle(t, all, all)
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
		got, err := s.FactsBetween(context.Background(), p[0], p[1])
		if err != nil {
			t.Fatal(err)
		}
		if want := wantBetween(g, p[0], p[1]); !slices.Equal(got, want) {
			t.Errorf("FactsBetween(%s, %s):\n got %+v\nwant %+v", p[0], p[1], got, want)
		}
	}
}

// Two persons, each named in articles that share nothing (two groups of
// mentions) until an article joins them, and facts between them.
const (
	baKey  = "person:lê văn ba"
	bonKey = "person:trần thị bốn"
	hoiNgh = "event:hội nghị tổng kết"
	hoiTh  = "event:hội thảo khoa học"
	posBa  = "position:chánh văn phòng sở y tế"
	posBon = "position:giám đốc sở y tế"
	soYTe  = "organization:sở y tế"
)

func ba() graph.Entity { return graph.Entity{ID: baKey, Kind: graph.Person, Name: "Lê Văn Ba"} }
func bon() graph.Entity {
	return graph.Entity{ID: bonKey, Kind: graph.Person, Name: "Trần Thị Bốn"}
}

// atEvents: Ba at one event, Bốn at another, Ba hosted Bốn.
func atEvents(i int) *graph.Extraction {
	return newArticle(hashOf(5, i), fmt.Sprintf("samples/ev%d.txt", i), "Hội nghị tổng kết",
		[]graph.Entity{ba(), bon(),
			{ID: hoiNgh, Kind: graph.Event, Name: "Hội nghị tổng kết"}, {ID: hoiTh, Kind: graph.Event, Name: "Hội thảo khoa học"}},
		[]graph.Fact{
			{Subject: baKey, Relation: graph.Attended, Object: hoiNgh},
			{Subject: bonKey, Relation: graph.Attended, Object: hoiTh},
			{Subject: baKey, Relation: graph.Attended, Object: hoiNgh}, // again, in another sentence
			{Subject: baKey, Relation: graph.Hosted, Object: bonKey},
			{Subject: graph.ArticleID(hashOf(5, i)), Relation: graph.Mentions, Object: baKey},
			{Subject: graph.ArticleID(hashOf(5, i)), Relation: graph.Mentions, Object: hoiNgh},
		})
}

// inOffice: their positions, Bốn hosted Ba.
func inOffice(i int) *graph.Extraction {
	return newArticle(hashOf(5, i), fmt.Sprintf("samples/of%d.txt", i), "Sở Y tế họp",
		[]graph.Entity{ba(), bon(), {ID: soYTe, Kind: graph.Organization, Name: "Sở Y tế"}},
		[]graph.Fact{
			{Subject: baKey, Relation: graph.HoldsPosition, Object: posBa},
			{Subject: posBa, Relation: graph.PositionIn, Object: soYTe},
			{Subject: bonKey, Relation: graph.HoldsPosition, Object: posBon},
			{Subject: posBon, Relation: graph.PositionIn, Object: soYTe},
			{Subject: bonKey, Relation: graph.Hosted, Object: baKey},
			{Subject: graph.ArticleID(hashOf(5, i)), Relation: graph.Mentions, Object: bonKey},
			{Subject: graph.ArticleID(hashOf(5, i)), Relation: graph.Mentions, Object: soYTe},
			// What another article mentions: ev1's article, whatever it says.
			{Subject: graph.ArticleID(hashOf(5, 1)), Relation: graph.Mentions, Object: bonKey},
			{Subject: graph.ArticleID(hashOf(5, 1)), Relation: graph.Mentions, Object: hoiNgh},
		})
}

// both: both at the events and in office, which joins each one's groups.
func both(i int) *graph.Extraction {
	ex := atEvents(i)
	o := inOffice(i)
	ex.Article.Source = fmt.Sprintf("samples/both%d.txt", i)
	ex.Entities = append(ex.Entities, o.Entities[2])
	for _, f := range o.Facts {
		f.Prov.Start += 100
		ex.Facts = append(ex.Facts, f)
	}
	return ex
}

// TestNeighborsIncremental checks the index as groups of mentions join
// (the rows of a group move to the group it joins) and lose mentions
// (the rows of the key are counted again).
func TestNeighborsIncremental(t *testing.T) {
	replaced := func(ex *graph.Extraction, source string) *graph.Extraction {
		ex.Article.Source = source
		return ex
	}
	tests := []struct {
		name    string
		batches [][]*graph.Extraction
	}{
		{"joined in one batch", [][]*graph.Extraction{{atEvents(1), inOffice(2), both(3)}}},
		{"joined by a later batch", [][]*graph.Extraction{{atEvents(1), inOffice(2)}, {both(3)}}},
		{"joined, one group after the other", [][]*graph.Extraction{{atEvents(1)}, {inOffice(2)}, {atEvents(4), both(3)}}},
		{"joined then split", [][]*graph.Extraction{{atEvents(1), inOffice(2)}, {both(3)},
			{replaced(atEvents(5), "samples/both3.txt")}}},
		{"split then joined", [][]*graph.Extraction{{atEvents(1), inOffice(2), both(3)},
			{replaced(inOffice(6), "samples/both3.txt")}, {both(7)}}},
		{"articles replaced", [][]*graph.Extraction{{atEvents(1), inOffice(2)}, {replaced(inOffice(8), "samples/ev1.txt")},
			{replaced(atEvents(9), "samples/of2.txt"), both(3)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTemp(t)
			var history []*graph.Extraction
			current := map[string]*graph.Extraction{}
			var order []string
			for i, b := range tt.batches {
				put(t, s, b...)
				history = append(history, b...)
				for _, ex := range b {
					if _, ok := current[ex.Article.Source]; !ok {
						order = append(order, ex.Article.Source)
					}
					current[ex.Article.Source] = ex
				}
				var now []*graph.Extraction
				for _, src := range order {
					now = append(now, current[src])
				}
				checkStore(t, s, history, now)
				g := oracle(t, history, now)
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
						got, err := s.FactsBetween(context.Background(), a, b)
						if err != nil {
							t.Fatal(err)
						}
						if want := wantBetween(g, a, b); !slices.Equal(got, want) {
							t.Errorf("batch %d: FactsBetween(%s, %s):\n got %+v\nwant %+v", i, a, b, got, want)
						}
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

// v1Batches are the batches testdata/v1.db.gz was written with, by kg
// at schema 1 (commit de6c443), its journal mode then set to DELETE and
// its page size to 1024 to keep it small.
func v1Batches() [][]*graph.Extraction {
	base, rev := corpus{seed: 21}, corpus{seed: 22}
	revision := func(i int) *graph.Extraction {
		ex := rev.extraction(i)
		ex.Article.Source = base.extraction(i).Article.Source
		return ex
	}
	return [][]*graph.Extraction{
		base.batch(0, 12),
		{qt1(), ct1()},
		base.batch(12, 24),
		{revision(3), qt2(), revision(15)},
	}
}

// TestMigrateV1 opens a store written at schema 1: the neighbor index is
// built from its facts, and kept up to date by the batches that follow.
func TestMigrateV1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	gz, err := os.Open("testdata/v1.db.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer gz.Close()
	zr, err := gzip.NewReader(gz)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if v, err := checkHeader(path); err != nil || v != 1 {
		t.Fatalf("fixture: schema version %d, %v; want 1", v, err)
	}
	if _, err := Open(path, ReadOnly()); err == nil {
		t.Error("read-only Open of a store at schema 1 succeeded")
	}

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var history []*graph.Extraction
	current := map[string]*graph.Extraction{}
	var order []string
	add := func(exs []*graph.Extraction) {
		history = append(history, exs...)
		for _, ex := range exs {
			if _, ok := current[ex.Article.Source]; !ok {
				order = append(order, ex.Article.Source)
			}
			current[ex.Article.Source] = ex
		}
	}
	now := func() []*graph.Extraction {
		var out []*graph.Extraction
		for _, src := range order {
			out = append(out, current[src])
		}
		return out
	}
	for _, b := range v1Batches() {
		add(b)
	}
	if st, err := s.Stats(context.Background()); err != nil || st.SchemaVers != SchemaVersion {
		t.Fatalf("after migration: %+v, %v; want schema %d", st, err, SchemaVersion)
	}
	checkStore(t, s, history, now())

	more := append(corpus{seed: 21}.batch(20, 30), corpus{seed: 23}.extraction(5))
	more[len(more)-1].Article.Source = corpus{seed: 21}.extraction(5).Article.Source
	put(t, s, more...)
	add(more)
	checkStore(t, s, history, now())
}

// chunk splits ids into lists of n.
func chunk(ids []string, n int) [][]string {
	var out [][]string
	for i := 0; i < len(ids); i += n {
		out = append(out, ids[i:min(i+n, len(ids))])
	}
	return out
}
