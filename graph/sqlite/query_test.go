package sqlite

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"kg/graph"
)

func TestSearch(t *testing.T) {
	s, _ := openTemp(t)
	put(t, s, qt1(), qt2(), ct1())
	qt := min(qt1().Article.Hash, qt2().Article.Hash)
	ct := ct1().Article.Hash
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
		{"UBND tỉnh Quảng Trị", nil, 0, []string{ubndQT, posQT, graph.ArticleID(qt2().Article.Hash)}},
		{"quang tri", []graph.Kind{graph.Place, graph.Organization}, 0, []string{quangTri, ubndQT}},
		{"Quảng Trị", []graph.Kind{graph.Event, graph.Article}, 0, []string{
			daiHoi, graph.ArticleID(qt1().Article.Hash), graph.ArticleID(qt2().Article.Hash)}},
		{"DAI HOI dang bo", nil, 0, []string{daiHoi, graph.ArticleID(qt1().Article.Hash)}},
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
func queryStore(t *testing.T) (*Store, *graph.Graph) {
	t.Helper()
	s, _ := openTemp(t)
	base, rev := corpus{seed: 11}, corpus{seed: 12}
	exs := base.batch(0, 120)
	put(t, s, exs...)
	history := slices.Clone(exs)
	for _, i := range []int{4, 40, 80} {
		r := rev.extraction(i)
		r.Article.Source = exs[i].Article.Source
		put(t, s, r)
		history = append(history, r)
		exs = append(slices.Delete(exs, i, i+1), r)
	}
	return s, oracle(t, history, exs)
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

func TestFactsOf(t *testing.T) {
	s, g := queryStore(t)
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

func TestAround(t *testing.T) {
	s, g := queryStore(t)
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
				sameGraph(t, got, within(set, depth))
			})
		}
	}
	if _, err := s.Around(context.Background(), []string{"organization:nowhere"}, 1); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("Around an unknown ID: %v, want ErrNoEntity", err)
	}
}

func TestEvidence(t *testing.T) {
	s, g := queryStore(t)
	persons := g.Entities(graph.Person)
	var withEvidence int
	for _, p := range persons {
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
	}
	if withEvidence == 0 {
		t.Error("no person has evidence")
	}
	if _, err := s.Evidence(context.Background(), ubndQT); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("Evidence of a non-person: %v, want ErrNoEntity", err)
	}
}

func TestEntities(t *testing.T) {
	s, g := queryStore(t)
	ids := sample(g)
	got, err := s.Entities(context.Background(), ids)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		want, _ := g.Entity(id)
		if !reflectEqual(*got[i], *want) {
			t.Errorf("entity %s:\n got %+v\nwant %+v", id, *got[i], *want)
		}
	}
	if _, err := s.Entities(context.Background(), []string{ids[0], "place:atlantis"}); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("Entities with an unknown ID: %v, want ErrNoEntity", err)
	}
}
