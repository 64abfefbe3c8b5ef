package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"kg/graph"
	"kg/ingest/document"
	"kg/ingest/lexicon"
)

// memStore is a graph.Writer that records the batches it is given, and
// keeps what Put decides by: the contents stored, by source.
type memStore struct {
	mu       sync.Mutex
	batches  [][]string        // sources of each batch
	hashes   map[string]string // content → source
	sources  map[string]string // source → content
	facts    map[string]int    // content → facts of its extraction
	known    int               // Known extractions given to Put
	lookedUp int               // contents asked about
	fail     error
}

func (m *memStore) Put(ctx context.Context, batch []*graph.Extraction) ([]graph.PutResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return nil, m.fail
	}
	if m.hashes == nil {
		m.hashes, m.sources, m.facts = map[string]string{}, map[string]string{}, map[string]int{}
	}
	var srcs []string
	var res []graph.PutResult
	for _, ex := range batch {
		a := ex.Article
		srcs = append(srcs, a.Source)
		if ex.Known {
			m.known++
		}
		st := graph.Added
		_, stored := m.hashes[a.Hash]
		switch {
		case stored:
			st = graph.Unchanged
		case ex.Known:
			st = graph.Missing
		default:
			if old, ok := m.sources[a.Source]; ok {
				delete(m.hashes, old)
				st = graph.Replaced
			}
			m.hashes[a.Hash], m.sources[a.Source], m.facts[a.Hash] = a.Source, a.Hash, len(ex.Facts)
		}
		res = append(res, graph.PutResult{Article: graph.ArticleID(a.Hash), Source: a.Source, Status: st})
	}
	m.batches = append(m.batches, srcs)
	return res, nil
}

func (m *memStore) HasContent(ctx context.Context, hashes []string) ([]bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.lookedUp += len(hashes)
	out := make([]bool, len(hashes))
	for i, h := range hashes {
		_, out[i] = m.hashes[h]
	}
	return out, nil
}
func (m *memStore) Graph(context.Context) (*graph.Graph, error) { return graph.New(), nil }
func (m *memStore) Article(context.Context, string) (*graph.ArticleMeta, error) {
	return nil, graph.ErrNoArticle
}
func (m *memStore) Stats(context.Context) (*graph.Stats, error) { return &graph.Stats{}, nil }
func (m *memStore) Close() error                                { return nil }

// docs yields n small articles, and errs where bad[i] is set.
func docs(n int, bad map[int]bool) Source {
	return func(ctx context.Context) iter.Seq2[*document.Document, error] {
		return func(yield func(*document.Document, error) bool) {
			for i := range n {
				if ctx.Err() != nil {
					yield(nil, ctx.Err())
					return
				}
				if bad[i] {
					if !yield(nil, &document.InputError{Path: fmt.Sprintf("a%03d.txt", i), Err: document.ErrEmpty}) {
						return
					}
					continue
				}
				text := fmt.Sprintf("Tin số %d\nSáng 16/5, Bí thư Tỉnh ủy Bắc Giang Dương Văn Thái dự hội nghị số %d.", i, i)
				doc, err := document.ParseText([]byte(text), fmt.Sprintf("a%03d.txt", i))
				if !yield(doc, err) {
					return
				}
			}
		}
	}
}

func TestRunOrderAndBatches(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			st := &memStore{}
			var stored []string
			sum, err := Run(context.Background(), st, docs(25, nil), Options{Workers: workers, BatchSize: 10,
				Stored: func(r graph.PutResult) { stored = append(stored, r.Source) }})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Read != 25 || sum.Added != 25 || len(st.batches) != 3 || len(st.batches[2]) != 5 {
				t.Fatalf("summary %+v, batches %v", sum, st.batches)
			}
			for i, s := range stored {
				if want := fmt.Sprintf("a%03d.txt", i); s != want {
					t.Fatalf("article %d stored as %s, want input order", i, s)
				}
			}
		})
	}
}

func TestRunSomeFailed(t *testing.T) {
	st := &memStore{}
	var warned []string
	sum, err := Run(context.Background(), st, docs(10, map[int]bool{3: true, 7: true}), Options{Workers: 2,
		Warn: func(e error) { warned = append(warned, e.Error()) }})
	if !errors.Is(err, ErrSomeFailed) {
		t.Fatalf("error %v, want ErrSomeFailed", err)
	}
	if sum.Added != 8 || sum.Failed != 2 || len(warned) != 2 || !strings.Contains(warned[0], "a003.txt") {
		t.Fatalf("summary %+v, warnings %q", sum, warned)
	}
}

func TestRunStoreError(t *testing.T) {
	st := &memStore{fail: graph.ErrLocked}
	_, err := Run(context.Background(), st, docs(5, nil), Options{Workers: 2})
	if !errors.Is(err, graph.ErrLocked) {
		t.Fatalf("error %v, want it to wrap the store's", err)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	st := &memStore{}
	n := 0
	_, err := Run(ctx, st, docs(1000, nil), Options{Workers: 2, BatchSize: 10,
		Stored: func(graph.PutResult) {
			if n++; n == 10 {
				cancel()
			}
		}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	for _, b := range st.batches {
		if len(b) != 10 {
			t.Fatalf("a batch of %d was written: batches are whole or not written", len(b))
		}
	}
	if len(st.batches) == 100 {
		t.Fatal("every batch was written after the cancel")
	}
}

// BenchmarkRun measures the pipeline (reading, extraction on every core,
// batching) on the project's test articles, with a store that keeps
// nothing: the figure is the extraction's throughput with all workers.
func BenchmarkRun(b *testing.B) {
	paths, _ := filepath.Glob("extract/testdata/*.txt")
	var texts [][]byte
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, data)
		size += len(data)
	}
	const rounds = 50
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	src := func(ctx context.Context) iter.Seq2[*document.Document, error] {
		return func(yield func(*document.Document, error) bool) {
			for r := range rounds {
				for i, t := range texts {
					doc, err := document.ParseText(t, fmt.Sprintf("%d/%d", r, i))
					if !yield(doc, err) {
						return
					}
				}
			}
		}
	}
	b.SetBytes(int64(size * rounds))
	for b.Loop() {
		if _, err := Run(context.Background(), &discard{}, src, Options{Lexicon: lex}); err != nil {
			b.Fatal(err)
		}
	}
}

type discard struct{ memStore }

func (*discard) Put(_ context.Context, batch []*graph.Extraction) ([]graph.PutResult, error) {
	return make([]graph.PutResult, len(batch)), nil
}

// TestProgress: Progress counts each article as it is extracted, in
// input order, with the position of its reading, not only batch by
// batch; it ends with every article stored.
func TestProgress(t *testing.T) {
	const n, batch = 25, 10
	src := func(ctx context.Context) iter.Seq2[*document.Document, error] {
		return func(yield func(*document.Document, error) bool) {
			for doc, err := range docs(n, nil)(ctx) {
				if doc != nil {
					var i int
					fmt.Sscanf(doc.Source, "a%03d.txt", &i)
					doc.ReadBytes = int64(100 * (i + 1))
				}
				if !yield(doc, err) {
					return
				}
			}
		}
	}
	var mu sync.Mutex
	var seen []Progress
	_, err := Run(context.Background(), &memStore{}, src, Options{Workers: 3, BatchSize: batch, Progress: func(p Progress) {
		mu.Lock()
		seen = append(seen, p)
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	extracted := map[int]bool{}
	for _, p := range seen {
		if p.Extracted > 0 && p.ReadBytes != int64(100*p.Extracted) && p.Stored == 0 {
			t.Errorf("%+v: the position is not that of the last article extracted", p)
		}
		extracted[p.Extracted] = true
	}
	for i := 1; i <= n; i++ {
		if !extracted[i] {
			t.Errorf("no progress after article %d: %+v", i, seen)
			break
		}
	}
	if last := seen[len(seen)-1]; last.Stored != n || last.Extracted != n || last.ReadBytes != 100*n {
		t.Errorf("last progress %+v, want all %d stored", last, n)
	}
}

// TestRunKnownNotExtracted: a second run of the same articles asks the
// store which contents it holds and extracts none of them again; each is
// reported unchanged, in input order.
func TestRunKnownNotExtracted(t *testing.T) {
	for _, workers := range []int{1, 3} {
		st := &memStore{}
		if _, err := Run(context.Background(), st, docs(25, nil), Options{Workers: workers, BatchSize: 10}); err != nil {
			t.Fatal(err)
		}
		var stored []string
		sum, err := Run(context.Background(), st, docs(30, nil), Options{Workers: workers, BatchSize: 10,
			Stored: func(r graph.PutResult) { stored = append(stored, r.Source+" "+r.Status.String()) }})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Read != 30 || sum.Unchanged != 25 || sum.Known != 25 || sum.Added != 5 || st.known != 25 || st.lookedUp != 55 {
			t.Fatalf("%d workers: summary %+v, %d known given to Put, %d contents looked up", workers, sum, st.known, st.lookedUp)
		}
		for i, s := range stored {
			want := fmt.Sprintf("a%03d.txt unchanged", i)
			if i >= 25 {
				want = fmt.Sprintf("a%03d.txt added", i)
			}
			if s != want {
				t.Fatalf("%d workers: result %d %q, want %q", workers, i, s, want)
			}
		}
	}
}

// TestRunKnownReplacedSince: a content stored when looked up, but gone by
// the time its batch is written (a new version of its source, earlier in
// the batch, replaced it), is extracted then and stored whole.
func TestRunKnownReplacedSince(t *testing.T) {
	text := func(s string) string {
		return "Tin " + s + "\nSáng 16/5, Bí thư Tỉnh ủy Bắc Giang Dương Văn Thái dự hội nghị " + s + "."
	}
	src := func(files ...[2]string) Source {
		return func(ctx context.Context) iter.Seq2[*document.Document, error] {
			return func(yield func(*document.Document, error) bool) {
				for _, f := range files {
					doc, err := document.ParseText([]byte(f[1]), f[0])
					if !yield(doc, err) {
						return
					}
				}
			}
		}
	}
	st := &memStore{}
	if _, err := Run(context.Background(), st, src([2]string{"s1.txt", text("A")}), Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	var stored []string
	sum, err := Run(context.Background(), st, src([2]string{"s1.txt", text("B")}, [2]string{"s2.txt", text("A")}), Options{Workers: 2,
		Stored: func(r graph.PutResult) { stored = append(stored, r.Source+" "+r.Status.String()) }})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"s1.txt replaced", "s2.txt added"}; strings.Join(stored, ", ") != strings.Join(want, ", ") {
		t.Fatalf("results %q, want %q", stored, want)
	}
	if sum.Replaced != 1 || sum.Added != 1 || sum.Known != 0 || st.known != 1 || len(st.hashes) != 2 {
		t.Fatalf("summary %+v, %d known given to Put, contents %v", sum, st.known, st.hashes)
	}
	for h, s := range st.hashes {
		if st.facts[h] == 0 {
			t.Errorf("%s stored without facts: not extracted", s)
		}
	}
}

// TestRunStopsAsking: a run of new articles stops asking the store once
// probeSize contents in a row are new; a run that resumes meets what is
// stored first, and does not extract it.
func TestRunStopsAsking(t *testing.T) {
	st := &memStore{}
	sum, err := Run(context.Background(), st, docs(700, nil), Options{Workers: 2, BatchSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 700 || st.lookedUp < probeSize || st.lookedUp >= 2*probeSize {
		t.Fatalf("new articles: summary %+v, %d contents looked up, want %d to %d", sum, st.lookedUp, probeSize, 2*probeSize)
	}
	st.lookedUp = 0
	sum, err = Run(context.Background(), st, docs(1000, nil), Options{Workers: 2, BatchSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Known != 700 || sum.Added != 300 || st.lookedUp >= 700+2*probeSize {
		t.Fatalf("a resumed run: summary %+v, %d contents looked up", sum, st.lookedUp)
	}
}
