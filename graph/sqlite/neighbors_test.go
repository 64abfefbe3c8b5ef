package sqlite

import (
	"compress/gzip"
	"context"
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
		{storetest.QT1(), storetest.CT1()},
		base.Batch(12, 24),
		{revision(3), storetest.QT2(), revision(15)},
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
