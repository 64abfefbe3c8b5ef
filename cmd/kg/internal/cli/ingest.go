package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"

	"kg/graph"
	"kg/ingest"
	"kg/ingest/document"
)

type ingestOptions struct {
	*global
	io        *IO
	paths     []string
	format    string
	fields    document.Fields
	maxBytes  int64
	workers   int
	batch     int
	quiet     bool
	verbose   bool
	noProgres bool
}

func newIngestCmd(g *global, io *IO) *cobra.Command {
	o := &ingestOptions{global: g, io: io}
	c := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "Add articles to the store",
		Long: `Add articles to the store: plain text, HTML pages saved from a news site,
or JSON Lines dumps (one article per line), detected by extension and content.
A PATH may be a file, a folder (read recursively), a pattern, or - for
standard input.

Ingesting an article already stored changes nothing; a new version of an
article from the same source (path or URL) replaces it. Inputs that cannot be
read are named on standard error and the others are still ingested (exit
status 3).

On standard error kg prints one summary line at the end, and while it works,
when standard error is a terminal, a progress bar: articles (or bytes, for
JSON Lines files) done of the total counted first, the rate and the time left.
With -v (--verbose) each stored article is also printed on standard output,
one line each, tab-separated, whether or not it is a terminal:

  STATUS  ARTICLE-ID  SOURCE  ENTITIES  FACTS

STATUS is added, replaced or unchanged. An article whose content the store
holds already is not extracted again (so a run resumed over a large archive
reads what it stored and goes on): it is unchanged, with 0 entities and 0
facts.

Stopped with Ctrl-C, kg finishes writing the batch it is writing and says how
many articles were stored and how many were read but not stored; run the same
command again to store those and the rest (stored articles are skipped).`,
		Example: `  kg ingest article.txt
  kg ingest --store news.db archive/
  kg ingest -v archive/ > stored.tsv   # a line per article stored
  kg ingest dump.jsonl --text-field body --date-field time
  curl -s https://example.vn/bai-viet.html | kg ingest --format html -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			switch {
			case o.maxBytes < 1:
				return withCode(ExitUsage, fmt.Errorf("--max-article-bytes %d: want 1 or more", o.maxBytes))
			case o.batch < 1:
				return withCode(ExitUsage, fmt.Errorf("--batch %d: want 1 or more", o.batch))
			case o.workers < 0:
				return withCode(ExitUsage, fmt.Errorf("--workers %d: want 0 (one per CPU) or more", o.workers))
			case o.quiet && o.verbose:
				return withCode(ExitUsage, errors.New("-q and -v: choose one"))
			}
			o.paths = args
			return runIngest(c, o)
		},
	}
	f := c.Flags()
	f.StringVar(&o.format, "format", "auto", "input format: auto, txt, html or jsonl")
	f.StringVar(&o.fields.Text, "text-field", "", "JSON Lines field of the article text (default text, content, body, ...)")
	f.StringVar(&o.fields.Title, "title-field", "", "JSON Lines field of the headline (default title, headline)")
	f.StringVar(&o.fields.URL, "url-field", "", "JSON Lines field of the address (default url, link, ...)")
	f.StringVar(&o.fields.Published, "date-field", "", "JSON Lines field of the publication date (default published, date, ...)")
	f.StringVar(&o.fields.Author, "author-field", "", "JSON Lines field of the author (default author, byline)")
	f.Int64Var(&o.maxBytes, "max-article-bytes", document.DefaultMaxArticleBytes, "skip articles larger than this, with a warning (extracting an article takes up to 200 times its size in memory)")
	f.IntVar(&o.workers, "workers", 0, "extraction workers (default: one per CPU)")
	f.IntVar(&o.batch, "batch", 1000, "articles per store transaction")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print no summary: warnings and errors only")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "print a line per stored article on standard output")
	f.BoolVar(&o.noProgres, "no-progress", false, "never draw a progress bar")
	_ = c.RegisterFlagCompletionFunc("format", completeValues(ingestFormatCompletions()...))
	return c
}

func runIngest(c *cobra.Command, o *ingestOptions) error {
	format, err := document.ParseFormat(o.format)
	if err != nil {
		return withCode(ExitUsage, err)
	}
	if _, err := o.lexicon(); err != nil {
		return err
	}
	store, err := o.open(false)
	if err != nil {
		return err
	}
	defer store.Close()
	readOpts := document.Options{MaxArticleBytes: o.maxBytes, Format: format, Fields: o.fields, Stdin: o.io.In}
	survey := func(ctx context.Context) document.Inventory { return document.Survey(ctx, o.paths, readOpts) }
	return ingestInto(c, o, store, ingest.Files(o.paths, readOpts), survey)
}

// ingestInto runs an ingest and reports it. survey, when not nil, counts
// what src will read, for the progress bar.
func ingestInto(c *cobra.Command, o *ingestOptions, store graph.Store, src ingest.Source, survey func(context.Context) document.Inventory) error {
	ctx := c.Context()
	start := time.Now()
	relaxGC()
	var bar *progressLine
	if o.io.ErrTerminal && !o.noProgres {
		bar = newProgressLine(o.io.Err)
		done := make(chan struct{})
		ended := make(chan struct{})
		go func() { bar.run(200*time.Millisecond, done); close(ended) }()
		defer func() { close(done); <-ended }()
		if survey != nil {
			// counted while the first articles are read: a large folder
			// takes a moment to walk
			go func() {
				if inv := survey(ctx); ctx.Err() == nil {
					bar.setInventory(inv)
				}
			}()
		}
		// a Ctrl-C stops the drawing at once: the bar would otherwise show
		// the rate of articles no longer read
		stopOnCancel := context.AfterFunc(ctx, bar.stop)
		defer stopOnCancel()
	}
	lex, err := o.lexicon()
	if err != nil {
		return err
	}
	opts := ingest.Options{
		Lexicon:   lex,
		Workers:   o.workers,
		BatchSize: o.batch,
		Warn: func(err error) {
			if bar != nil {
				bar.clear()
			}
			msg := err.Error()
			if errors.Is(err, document.ErrTooLarge) {
				msg += " (raise it with --max-article-bytes)"
			}
			fmt.Fprintln(o.io.Err, "kg: "+msg)
		},
		Stored: func(r graph.PutResult) {
			if o.verbose {
				fmt.Fprintf(o.io.Out, "%s\t%s\t%s\t%d\t%d\n", r.Status, r.Article, r.Source, r.Entities, r.Facts)
			}
		},
	}
	if bar != nil {
		opts.Progress = bar.update
	}
	sum, err := ingest.Run(ctx, store, src, opts)
	if bar != nil {
		bar.stop()
	}
	stored := sum.Added + sum.Replaced + sum.Unchanged
	if !o.quiet {
		fmt.Fprintf(o.io.Err, "kg: %s: %d added, %d replaced, %d unchanged; %d failed (%.1fs)\n",
			count(sum.Read, "article"), sum.Added, sum.Replaced, sum.Unchanged, sum.Failed, time.Since(start).Seconds())
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ingest.ErrSomeFailed):
		return withCode(ExitSomeFailed, errSilent)
	case ctx.Err() != nil:
		return withCode(ExitInterrupted, interruptedError(stored, sum.Read))
	}
	return withCode(ExitStore, storeHint(err))
}

// interruptedError says what an interrupted ingest stored, what it read
// and did not store, and what to do.
func interruptedError(stored, read int) error {
	if unstored := read - stored; unstored > 0 {
		return fmt.Errorf("%s stored, %d more read but not stored; run the same command again to store them and the rest (stored articles are skipped)", count(stored, "article"), unstored)
	}
	return fmt.Errorf("%s stored; run the same command again to store the rest (stored articles are skipped)", count(stored, "article"))
}

// count writes n things: "1 article", "2 articles".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// relaxGC lets the heap grow further between collections while ingesting:
// extraction makes much short-lived garbage, and collecting at the
// default pace took a third of the CPU. The heap stays under 350 MiB (a
// soft limit: the collector works harder near it). GOGC and GOMEMLIMIT in
// the environment take precedence.
func relaxGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(350 << 20)
	}
}
