package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"kg/graph"
	"kg/graph/storetest"
)

const (
	benchArticles = 10000
	benchBatch    = 200
)

// bigStore is a store of benchArticles synthetic articles, built once per
// test binary (the first benchmark that needs it pays, outside its timer).
type bigStore struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func (bs *bigStore) get(b *testing.B) string {
	b.Helper()
	bs.once.Do(func() {
		bs.dir, bs.err = os.MkdirTemp("", "kg-bench-")
		if bs.err != nil {
			return
		}
		bs.path = filepath.Join(bs.dir, "kg.db")
		var s *Store
		if s, bs.err = Open(bs.path); bs.err != nil {
			return
		}
		defer s.Close()
		c := storetest.NewCorpus(1)
		for from := 0; from < benchArticles; from += benchBatch {
			if _, bs.err = s.Put(context.Background(), c.Batch(from, from+benchBatch)); bs.err != nil {
				return
			}
		}
	})
	if bs.err != nil {
		b.Fatal(bs.err)
	}
	return bs.path
}

// benchStores is shared by the benchmarks of this binary; TestMain removes
// its directory.
var benchStores bigStore

func TestMain(m *testing.M) {
	code := m.Run()
	if benchStores.dir != "" {
		os.RemoveAll(benchStores.dir)
	}
	os.Exit(code)
}

func openBig(b *testing.B) *Store {
	b.Helper()
	path := benchStores.get(b)
	s, err := Open(path, ReadOnly())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkPut ingests batches of benchBatch new articles into a store
// that grows as the benchmark runs.
func BenchmarkPut(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "kg.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	c := storetest.NewCorpus(2)
	ctx := context.Background()
	next := 0
	for b.Loop() {
		b.StopTimer()
		batch := c.Batch(next, next+benchBatch)
		next += benchBatch
		b.StartTimer()
		if _, err := s.Put(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(next), "µs/article")
}

// BenchmarkIngest10k ingests the whole benchmark corpus into an empty
// store, batch by batch: the figure the performance target is about.
func BenchmarkIngest10k(b *testing.B) {
	c := storetest.NewCorpus(3)
	batches := make([][]*graph.Extraction, 0, benchArticles/benchBatch)
	for from := 0; from < benchArticles; from += benchBatch {
		batches = append(batches, c.Batch(from, from+benchBatch))
	}
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "kg.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, batch := range batches {
			if _, err := s.Put(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

func BenchmarkGraph(b *testing.B) {
	s := openBig(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.Graph(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	s := openBig(b)
	ctx := context.Background()
	c := storetest.NewCorpus(1)
	famous, _ := c.Person(4)
	rare, _ := c.Person(9001)
	for _, q := range []struct {
		name, text string
		kinds      []graph.Kind
	}{
		{"person", famous, nil},
		{"rare person", rare, []graph.Kind{graph.Person}},
		{"organization", "sở y tế tỉnh số 12", nil},
		{"common word", "nguyễn", nil},
		{"common words", "ủy ban nhân dân", []graph.Kind{graph.Organization}},
	} {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(ctx, q.text, q.kinds, 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkAround(b *testing.B) {
	s := openBig(b)
	ctx := context.Background()
	c := storetest.NewCorpus(1)
	famous, home := c.Person(4)
	rare, _ := c.Person(9001)
	for _, q := range []struct {
		name  string
		text  string
		kind  graph.Kind
		depth int
	}{
		{"rare person 1", rare, graph.Person, 1},
		{"rare person 2", rare, graph.Person, 2},
		{"famous person 1", famous, graph.Person, 1},
		{"organization 0", c.Org(123).Name, graph.Organization, 0},
		{"organization 1", c.Org(123).Name, graph.Organization, 1},
		{"organization 2", c.Org(123).Name, graph.Organization, 2},
		{"hub organization 1", c.Org(home).Name, graph.Organization, 1},
	} {
		found, err := s.Search(ctx, q.text, []graph.Kind{q.kind}, 1)
		if err != nil || len(found) == 0 {
			b.Fatalf("search %q: %v %v", q.text, found, err)
		}
		b.Run(q.name, func(b *testing.B) {
			var n, f int
			for b.Loop() {
				g, err := s.Around(ctx, []string{found[0].ID}, q.depth)
				if err != nil {
					b.Fatal(err)
				}
				n, f = g.Len(), len(g.Facts())
			}
			b.ReportMetric(float64(n), "entities")
			b.ReportMetric(float64(f), "facts")
		})
	}
}

func BenchmarkFactsOf(b *testing.B) {
	s := openBig(b)
	ctx := context.Background()
	c := storetest.NewCorpus(1)
	rare, _ := c.Person(9001)
	for _, q := range []struct {
		name, text string
		kind       graph.Kind
	}{
		{"rare person", rare, graph.Person},
		{"organization", c.Org(123).Name, graph.Organization},
	} {
		found, err := s.Search(ctx, q.text, []graph.Kind{q.kind}, 1)
		if err != nil || len(found) == 0 {
			b.Fatalf("search %q: %v %v", q.text, found, err)
		}
		b.Run(q.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				fs, err := s.FactsOf(ctx, found[0].ID)
				if err != nil {
					b.Fatal(err)
				}
				n = len(fs)
			}
			b.ReportMetric(float64(n), "facts")
		})
	}
}

func BenchmarkNeighbors(b *testing.B) {
	s := openBig(b)
	ctx := context.Background()
	c := storetest.NewCorpus(1)
	famous, home := c.Person(4)
	rare, _ := c.Person(9001)
	for _, q := range []struct {
		name string
		text string
		kind graph.Kind
		rels []graph.Relation
	}{
		{"rare person", rare, graph.Person, nil},
		{"famous person", famous, graph.Person, nil},
		{"hub organization", c.Org(home).Name, graph.Organization, nil},
		{"hub organization positions", c.Org(home).Name, graph.Organization, []graph.Relation{graph.PositionIn}},
	} {
		found, err := s.Search(ctx, q.text, []graph.Kind{q.kind}, 1)
		if err != nil || len(found) == 0 {
			b.Fatalf("search %q: %v %v", q.text, found, err)
		}
		b.Run(q.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				nbs, err := s.Neighbors(ctx, []string{found[0].ID}, q.rels)
				if err != nil {
					b.Fatal(err)
				}
				n = len(nbs)
			}
			b.ReportMetric(float64(n), "neighbors")
		})
	}
}

func BenchmarkFactsBetween(b *testing.B) {
	s := openBig(b)
	ctx := context.Background()
	c := storetest.NewCorpus(1)
	famous, home := c.Person(4)
	found, err := s.Search(ctx, famous, []graph.Kind{graph.Person}, 1)
	if err != nil || len(found) == 0 {
		b.Fatalf("search %q: %v %v", famous, found, err)
	}
	person := found[0].ID
	pos, err := s.Neighbors(ctx, []string{person}, []graph.Relation{graph.HoldsPosition})
	if err != nil || len(pos) == 0 {
		b.Fatalf("positions of %s: %v %v", person, pos, err)
	}
	org, err := s.Search(ctx, c.Org(home).Name, []graph.Kind{graph.Organization}, 1)
	if err != nil || len(org) == 0 {
		b.Fatalf("search %q: %v %v", c.Org(home).Name, org, err)
	}
	for _, q := range []struct {
		name string
		a, b string
	}{
		{"famous person and position", person, pos[0].To},
		{"hub organization and position", org[0].ID, pos[0].To},
	} {
		b.Run(q.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				fs, err := s.FactsBetween(ctx, q.a, q.b)
				if err != nil {
					b.Fatal(err)
				}
				n = len(fs)
			}
			b.ReportMetric(float64(n), "facts")
		})
	}
}

// BenchmarkPutAt adds batches of 1000 new articles to stores that already
// hold 10,000 and 50,000 (building the second takes minutes): a batch
// should cost about the same in both (issue 11), not rewrite pages all
// over a bigger file. It reports the time and the bytes the process
// wrote (Linux only) per article.
func BenchmarkPutAt(b *testing.B) {
	const batch = 1000
	for _, size := range []int{10000, 50000} {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			s, err := Open(filepath.Join(b.TempDir(), "kg.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			c := storetest.NewCorpus(4)
			ctx := context.Background()
			for from := 0; from < size; from += batch {
				if _, err := s.Put(ctx, c.Batch(from, from+batch)); err != nil {
					b.Fatal(err)
				}
			}
			next := size
			wrote, hasIO := writtenBytes()
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				articles := c.Batch(next, next+batch)
				next += batch
				b.StartTimer()
				if _, err := s.Put(ctx, articles); err != nil {
					b.Fatal(err)
				}
			}
			added := float64(next - size)
			b.ReportMetric(float64(b.Elapsed().Microseconds())/added, "µs/article")
			if now, ok := writtenBytes(); ok && hasIO {
				b.ReportMetric(float64(now-wrote)/1024/added, "KiB-written/article")
			}
		})
	}
}

// writtenBytes returns the bytes this process has written (wchar of
// /proc/self/io), where the system tells.
func writtenBytes() (int64, bool) {
	data, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return 0, false
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(line, "wchar: "); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return n, err == nil
		}
	}
	return 0, false
}
