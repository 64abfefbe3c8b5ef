package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"kg/ingest/document"
)

// invented articles, each its own
func numberedDocs(n int, after func(i int)) func(ctx context.Context) iter.Seq2[*document.Document, error] {
	return func(ctx context.Context) iter.Seq2[*document.Document, error] {
		return func(yield func(*document.Document, error) bool) {
			for i := range n {
				if ctx.Err() != nil {
					yield(nil, ctx.Err())
					return
				}
				text := fmt.Sprintf("Hội nghị lần thứ %d của Đảng bộ xã Tân Lập\nSáng 12/3, đồng chí Lường Văn Khiêm, Bí thư Đảng ủy xã Tân Lập, chủ trì hội nghị lần thứ %d.", i, i)
				doc, err := document.ParseText([]byte(text), fmt.Sprintf("tan-lap/%03d.txt", i))
				if !yield(doc, err) {
					return
				}
				if after != nil {
					after(i)
				}
			}
		}
	}
}

// TestIngestInterrupted: an ingest whose context is cancelled (Ctrl-C)
// stores the batches written, exits 130, and says how many articles it
// stored and how many it read and did not store; the same ingest again
// stores those and the rest.
func TestIngestInterrupted(t *testing.T) {
	t.Parallel()
	const n, cancelAfter = 40, 25
	tests := []struct {
		batch            int
		stored, unstored int
	}{
		{batch: 10, stored: 20, unstored: 5},
		{batch: 1000, stored: 0, unstored: 25},
	}
	for _, tt := range tests {
		t.Run("batch "+strconv.Itoa(tt.batch), func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			run := func(ctx context.Context, src func(context.Context) iter.Seq2[*document.Document, error]) (string, error) {
				var errb bytes.Buffer
				o := &ingestOptions{global: &global{store: e.store}, io: &IO{Out: &bytes.Buffer{}, Err: &errb}, batch: tt.batch, workers: 2}
				store, err := o.open(false)
				if err != nil {
					t.Fatal(err)
				}
				defer store.Close()
				c := &cobra.Command{}
				c.SetContext(ctx)
				err = ingestInto(c, o, store, src, nil)
				return errb.String(), err
			}

			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			stderr, err := run(ctx, numberedDocs(n, func(i int) {
				if i == cancelAfter-1 {
					// what was yielded is extracted, and whole batches
					// written, before Ctrl-C
					time.Sleep(time.Second)
					cancel()
				}
			}))
			var ee *exitError
			if !errors.As(err, &ee) || ee.code != ExitInterrupted {
				t.Fatalf("got %v (%s), want exit 130", err, stderr)
			}
			line := "kg: interrupted: " + err.Error()
			m := interruptedLine.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("the last line %q does not say what was stored and what to do", line)
			}
			stored, _ := strconv.Atoi(m[1])
			unstored, _ := strconv.Atoi(m[2])
			if stored != tt.stored || unstored != tt.unstored {
				t.Errorf("%q: want %d stored and %d read but not stored", line, tt.stored, tt.unstored)
			}
			if want := fmt.Sprintf("kg: %d articles: %d added, 0 replaced, 0 unchanged; 0 failed", cancelAfter, tt.stored); !strings.HasPrefix(stderr, want) {
				t.Errorf("summary %q, want %q", stderr, want)
			}
			if got := statsArticles(t, e.must("stats").stdout); got != stored {
				t.Errorf("the store holds %d articles, the message says %d", got, stored)
			}

			stderr, err = run(context.Background(), numberedDocs(n, nil))
			if want := fmt.Sprintf("kg: %d articles: %d added, 0 replaced, %d unchanged; 0 failed", n, n-tt.stored, tt.stored); err != nil || !strings.HasPrefix(stderr, want) {
				t.Errorf("the same ingest again: %v, %q; want %q", err, stderr, want)
			}
		})
	}
}

// TestIngestOutput: by default an ingest prints its summary only; -v
// adds a line per article on standard output; -q prints no summary.
func TestIngestOutput(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := e.must("ingest", seedArticle)
	if r.stdout != "" || !summary.MatchString(r.stderr) || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("default: %v\nwant the summary only", r)
	}
	r = e.must("ingest", "-v", seedArticle)
	if !strings.HasPrefix(r.stdout, "unchanged\tarticle:") || strings.Count(r.stdout, "\n") != 1 || !summary.MatchString(r.stderr) {
		t.Errorf("-v: %v\nwant a line per article and the summary", r)
	}
	r = e.must("ingest", "-q", seedArticle)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("-q: %v\nwant nothing", r)
	}
	if r := e.kg("ingest", "-q", "-v", seedArticle); r.code != ExitUsage || r.stderr != "kg: -q and -v: choose one\n" {
		t.Errorf("-q -v: %v", r)
	}
	help := e.must("ingest", "--help").stdout
	for _, want := range []string{"-v, --verbose", "With -v (--verbose) each stored article", "progress bar"} {
		if !strings.Contains(help, want) {
			t.Errorf("ingest --help does not say %q", want)
		}
	}
}

// TestIngestKnownContents: a second ingest does not extract what the
// store holds (it is unchanged, with no counts); a content stored when
// looked up but replaced by a new version of its source earlier in the
// same batch is extracted and stored whole.
func TestIngestKnownContents(t *testing.T) {
	e := newEnv(t)
	text := func(topic string) []byte {
		return []byte("Hội nghị " + topic + "\nSáng 12/5, Bí thư Tỉnh ủy Lai Châu Giàng Páo Mỷ chủ trì hội nghị " + topic + ".\n")
	}
	one := e.write("in/one.txt", text("sơ kết công tác quý I"))
	e.must("ingest", "-q", one)
	r := e.must("ingest", "-v", one)
	if f := strings.Split(strings.TrimSpace(r.stdout), "\t"); len(f) != 5 || f[0] != "unchanged" || f[3] != "0" || f[4] != "0" {
		t.Errorf("second ingest: %q, want unchanged with no counts", r.stdout)
	}
	// one.txt's new version, then its old text under another name
	e.write("in/one.txt", text("tổng kết năm"))
	two := e.write("in/two.txt", text("sơ kết công tác quý I"))
	r = e.must("ingest", "-v", one, two)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "replaced\t") || !strings.HasPrefix(lines[1], "added\t") {
		t.Fatalf("ingest of a new version and the old text: %q", r.stdout)
	}
	if f := strings.Split(lines[1], "\t"); f[2] != two || f[4] == "0" {
		t.Errorf("the old text under another name: %q, want it extracted", lines[1])
	}
	if r := e.must("query", "events", "Giàng Páo Mỷ"); strings.Count(r.stdout, "\n") != 3 {
		t.Errorf("events after: %q, want the two conferences", r.stdout)
	}
}
