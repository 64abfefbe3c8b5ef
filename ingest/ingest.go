// Package ingest runs articles from files into a store: documents are
// read (package document), extracted by a pool of workers (package
// extract) and written in batched transactions (graph.Writer), in the order
// they were read.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"

	"kg/graph"
	"kg/ingest/document"
	"kg/ingest/extract"
	"kg/ingest/lexicon"
)

// Options configures a run.
type Options struct {
	Workers   int              // extraction workers; 0 means GOMAXPROCS
	BatchSize int              // extractions per store transaction; 0 means 1000
	Lexicon   *lexicon.Lexicon // nil means the built-in one
	// Warn receives each input that could not be read or ingested; the
	// run goes on with the others. May be nil.
	Warn func(error)
	// Stored receives the result of each article once its batch is
	// committed, in input order. May be nil.
	Stored func(graph.PutResult)
	// Progress receives how far the run has got: after each article
	// extracted (in input order) and after each batch stored. It may be
	// called from two goroutines at once, and must be quick. May be nil.
	Progress func(Progress)
}

// Progress is how far a run has got.
type Progress struct {
	Extracted int   // articles read and extracted, in input order
	ReadBytes int64 // how far reading had got at the last of them (document.Document.ReadBytes)
	Stored    int   // articles stored: added, replaced or unchanged
}

// Summary counts what a run did.
type Summary struct {
	Read      int // articles read
	Added     int
	Replaced  int
	Unchanged int
	Known     int // of the unchanged, those not extracted: the store held their content
	Failed    int // inputs that could not be read
	Entities  int // entities and facts of the extractions stored
	Facts     int
	Encodings map[string]int // inputs converted from another encoding, by encoding
}

// ErrSomeFailed is returned (wrapped) when some inputs could not be read;
// the others were ingested.
var ErrSomeFailed = errors.New("some inputs could not be ingested")

// job is one document in input order.
type job struct {
	seq       int
	doc       *document.Document // kept, for a Known extraction, until it is stored
	readBytes int64              // the document's ReadBytes
	hash      string             // the content's, as the extraction gives it
	known     bool               // the store held the content when asked
	ex        *graph.Extraction
}

// probeSize is the most contents a run asks the store about at once.
const probeSize = 256

// Files reads the articles at paths (files, folders, "-", patterns; see
// document.Read) for Run.
func Files(paths []string, opts document.Options) Source {
	return func(ctx context.Context) iter.Seq2[*document.Document, error] {
		return document.Read(ctx, paths, opts)
	}
}

// Source yields the documents of a run; reading stops when ctx is done.
type Source func(ctx context.Context) iter.Seq2[*document.Document, error]

// Run ingests the articles of src into store. When ctx is cancelled,
// the batch being written is finished, the rest dropped, and ctx's error
// returned: the store stays consistent and a later run completes it.
func Run(ctx context.Context, store graph.Writer, src Source, opts Options) (Summary, error) {
	sum := Summary{Encodings: map[string]int{}}
	lex := opts.Lexicon
	if lex == nil {
		var err error
		if lex, err = lexicon.Default(); err != nil {
			return sum, fmt.Errorf("load lexicon: %w", err)
		}
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// A transaction writes pages all over a big store, about as many for
	// 200 articles as for 1000: at 50k articles stored, batches of 1000
	// write half the bytes and take half the time of batches of 200.
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 1000
	}
	warn := opts.Warn
	if warn == nil {
		warn = func(error) {}
	}

	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	// What is in flight is bounded by about two batches: one written, one
	// filling (an extraction holds its article's text).
	jobs := make(chan job, workers*8)
	done := make(chan job, workers*8)

	// read
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		for doc, err := range src(readCtx) {
			if err != nil {
				if readCtx.Err() != nil {
					return
				}
				var ie *document.InputError
				if errors.As(err, &ie) || !errors.Is(err, context.Canceled) {
					sum.Failed++
					warn(err)
					continue
				}
				readErr = err
				return
			}
			if doc.Encoding != "" {
				sum.Encodings[doc.Encoding]++
				warn(fmt.Errorf("%s: converted from %s", doc.Source, doc.Encoding))
			}
			select {
			case jobs <- job{seq: seq, doc: doc, readBytes: doc.ReadBytes}:
				seq++
			case <-readCtx.Done():
				return
			}
		}
	}()

	// hash: what the store knows a content by, while probing lasts
	var probing atomic.Bool
	probing.Store(true)
	hashed := make(chan job, workers*8)
	var hw sync.WaitGroup
	for range workers {
		hw.Add(1)
		go func() {
			defer hw.Done()
			x := extract.New(lex)
			for j := range jobs {
				if probing.Load() {
					j.hash = x.Hash(j.doc)
				}
				hashed <- j
			}
		}()
	}
	go func() { hw.Wait(); close(hashed) }()

	// probe: which contents the store holds, a few hundred at a time, or
	// what has come when the input is slow. A content stored is not
	// extracted again: Put leaves it alone. A run that resumes over an
	// archive meets what it stored first, then what it did not: once
	// probeSize contents in a row are new, the run stops asking (and
	// hashing), so that a run of new articles pays for a few hundred
	// lookups only. A failed lookup costs only the extractions it would
	// have spared.
	toExtract := make(chan job, workers*8)
	go func() {
		defer close(toExtract)
		misses := 0
		for j := range hashed {
			if j.hash == "" { // hashed after probing stopped
				toExtract <- j
				continue
			}
			chunk := []job{j}
		fill:
			for len(chunk) < probeSize {
				select {
				case k, ok := <-hashed:
					if !ok {
						break fill
					}
					chunk = append(chunk, k)
				default:
					break fill
				}
			}
			hashes := make([]string, len(chunk))
			for i, c := range chunk {
				hashes[i] = c.hash
			}
			if !probing.Load() {
				// the chunk was hashed before probing stopped
			} else if have, err := store.HasContent(readCtx, hashes); err == nil && len(have) == len(chunk) {
				for i := range chunk {
					if chunk[i].known = have[i]; have[i] {
						misses = 0
					} else {
						misses++
					}
				}
				if misses >= probeSize {
					probing.Store(false)
				}
			}
			for _, c := range chunk {
				toExtract <- c
			}
		}
	}()

	// extract
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := extract.New(lex)
			for j := range toExtract {
				if j.known {
					j.ex = &graph.Extraction{Article: graph.ArticleMeta{Source: j.doc.Source, Hash: j.hash}, Known: true}
				} else {
					j.ex = x.Extract(j.doc)
					j.doc = nil
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// collect in input order, and write batches in another goroutine, so
	// that extraction goes on while a batch is written
	batches := make(chan []job)
	var read, readBytes, stored atomic.Int64
	progress := func() {
		if opts.Progress != nil {
			opts.Progress(Progress{Extracted: int(read.Load()), ReadBytes: readBytes.Load(), Stored: int(stored.Load())})
		}
	}
	var writeErr error
	written := make(chan struct{})
	go func() {
		defer close(written)
		x := extract.New(lex) // for the Known ones whose content is gone
		for b := range batches {
			if writeErr != nil {
				continue // drain
			}
			// The batch is written even when ctx is cancelled meanwhile: it
			// is one transaction, and stopping after it leaves the store
			// whole.
			res, err := put(context.WithoutCancel(ctx), store, x, b)
			if err != nil {
				writeErr = fmt.Errorf("store %d articles: %w", len(b), err)
				stopReading()
				continue
			}
			for i, r := range res {
				if b[i].known && r.Status == graph.Unchanged {
					sum.Known++
				}
				switch r.Status {
				case graph.Added:
					sum.Added++
				case graph.Replaced:
					sum.Replaced++
				case graph.Unchanged:
					sum.Unchanged++
				}
				if r.Status != graph.Unchanged {
					sum.Entities += len(b[i].ex.Entities)
					sum.Facts += len(b[i].ex.Facts)
				}
				if opts.Stored != nil {
					opts.Stored(r)
				}
			}
			stored.Store(int64(sum.Added + sum.Replaced + sum.Unchanged))
			progress()
		}
	}()
	pending := map[int]job{}
	next := 0
	buf := make([]job, 0, batch)
	for j := range done {
		if ctx.Err() != nil {
			continue // drain: the batch being written finishes, the rest is dropped
		}
		pending[j.seq] = j
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			readBytes.Store(p.readBytes)
			read.Add(1)
			progress()
			buf = append(buf, p)
			if len(buf) >= batch {
				batches <- buf
				buf = make([]job, 0, batch)
			}
		}
	}
	if len(buf) > 0 && ctx.Err() == nil {
		batches <- buf
	}
	close(batches)
	<-written
	sum.Read = int(read.Load())
	if writeErr != nil {
		return sum, writeErr
	}
	if ctx.Err() != nil {
		return sum, ctx.Err()
	}
	if readErr != nil {
		return sum, readErr
	}
	if sum.Failed > 0 {
		return sum, fmt.Errorf("%d of %d inputs: %w", sum.Failed, sum.Failed+sum.Read, ErrSomeFailed)
	}
	return sum, nil
}

// put stores a batch's extractions. A Known one whose content the store
// no longer holds (a new version of its source replaced it since the
// lookup) is reported Missing and not written: it is extracted with x and
// stored then, and its result takes the place of Missing.
func put(ctx context.Context, store graph.Writer, x *extract.Extractor, b []job) ([]graph.PutResult, error) {
	exs := make([]*graph.Extraction, len(b))
	for i := range b {
		exs[i] = b[i].ex
	}
	res, err := store.Put(ctx, exs)
	if err != nil {
		return nil, err
	}
	if len(res) != len(b) {
		return nil, fmt.Errorf("%d results for %d articles", len(res), len(b))
	}
	var again []int
	var more []*graph.Extraction
	for i, r := range res {
		if r.Status == graph.Missing {
			if b[i].doc == nil {
				return nil, fmt.Errorf("%s: reported missing, but it was extracted", r.Source)
			}
			b[i].ex, b[i].known = x.Extract(b[i].doc), false
			again, more = append(again, i), append(more, b[i].ex)
		}
	}
	if len(more) > 0 {
		res2, err := store.Put(ctx, more)
		if err != nil {
			return nil, err
		}
		if len(res2) != len(more) {
			return nil, fmt.Errorf("%d results for %d articles", len(res2), len(more))
		}
		for k, i := range again {
			res[i] = res2[k]
		}
	}
	for i := range b {
		b[i].doc = nil
	}
	return res, nil
}
