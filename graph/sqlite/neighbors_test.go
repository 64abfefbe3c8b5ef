package sqlite

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"kg/graph"
	"kg/graph/storetest"
)

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
	return newArticle(storetest.HashOf(5, i), fmt.Sprintf("samples/ev%d.txt", i), "Hội nghị tổng kết",
		[]graph.Entity{ba(), bon(),
			{ID: hoiNgh, Kind: graph.Event, Name: "Hội nghị tổng kết"}, {ID: hoiTh, Kind: graph.Event, Name: "Hội thảo khoa học"}},
		[]graph.Fact{
			{Subject: baKey, Relation: graph.Attended, Object: hoiNgh},
			{Subject: bonKey, Relation: graph.Attended, Object: hoiTh},
			{Subject: baKey, Relation: graph.Attended, Object: hoiNgh}, // again, in another sentence
			{Subject: baKey, Relation: graph.Hosted, Object: bonKey},
			{Subject: graph.ArticleID(storetest.HashOf(5, i)), Relation: graph.Mentions, Object: baKey},
			{Subject: graph.ArticleID(storetest.HashOf(5, i)), Relation: graph.Mentions, Object: hoiNgh},
		})
}

// inOffice: their positions, Bốn hosted Ba.
func inOffice(i int) *graph.Extraction {
	return newArticle(storetest.HashOf(5, i), fmt.Sprintf("samples/of%d.txt", i), "Sở Y tế họp",
		[]graph.Entity{ba(), bon(), {ID: soYTe, Kind: graph.Organization, Name: "Sở Y tế"}},
		[]graph.Fact{
			{Subject: baKey, Relation: graph.HoldsPosition, Object: posBa},
			{Subject: posBa, Relation: graph.PositionIn, Object: soYTe},
			{Subject: bonKey, Relation: graph.HoldsPosition, Object: posBon},
			{Subject: posBon, Relation: graph.PositionIn, Object: soYTe},
			{Subject: bonKey, Relation: graph.Hosted, Object: baKey},
			{Subject: graph.ArticleID(storetest.HashOf(5, i)), Relation: graph.Mentions, Object: bonKey},
			{Subject: graph.ArticleID(storetest.HashOf(5, i)), Relation: graph.Mentions, Object: soYTe},
			// What another article mentions: ev1's article, whatever it says.
			{Subject: graph.ArticleID(storetest.HashOf(5, 1)), Relation: graph.Mentions, Object: bonKey},
			{Subject: graph.ArticleID(storetest.HashOf(5, 1)), Relation: graph.Mentions, Object: hoiNgh},
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

// v1Batches are the batches testdata/v1.db.gz was written with, by kg
// at schema 1 (commit de6c443), its journal mode then set to DELETE and
// its page size to 1024 to keep it small.
func v1Batches() [][]*graph.Extraction {
	base, rev := storetest.NewCorpus(21), storetest.NewCorpus(22)
	revision := func(i int) *graph.Extraction {
		ex := rev.Extraction(i)
		ex.Article.Source = base.Extraction(i).Article.Source
		return ex
	}
	return [][]*graph.Extraction{
		base.Batch(0, 12),
		{qt1(), ct1()},
		base.Batch(12, 24),
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

	more := append(storetest.NewCorpus(21).Batch(20, 30), storetest.NewCorpus(23).Extraction(5))
	more[len(more)-1].Article.Source = storetest.NewCorpus(21).Extraction(5).Article.Source
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
