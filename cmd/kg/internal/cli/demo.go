package cli

import (
	"context"
	"fmt"
	stdio "io"
	"io/fs"
	"iter"

	"github.com/spf13/cobra"

	"kg/export"
	"kg/export/dot"
	"kg/export/jsonld"

	"kg/ingest/document"
	"kg/samples"
)

// demoStore is the demo's store unless --store names another: a file of
// its own, so that the sample stays out of the store of the user's
// articles, and is there afterwards for a first query.
const demoStore = "kg-demo.db"

type demoOptions struct {
	*global
	io     *IO
	format string
	output string
}

func newDemoCmd(g *global, io *IO) *cobra.Command {
	o := &demoOptions{global: g, io: io}
	c := &cobra.Command{
		Use:   "demo [-o FILE]",
		Short: "Try kg on the sample article it carries",
		Long: `Ingest the sample article built into kg (a Kinh tế & Đô thị report of a
Party congress in Hanoi) into a store of its own, then export the graph, by
default as an SVG drawing.

The demo's store is ` + demoStore + ` in the current folder, not kg.db nor $KG_STORE,
so that the sample never mixes with your own articles; it is kept, for you
to try queries on it. --store names another.`,
		Example: `  kg demo -o seed.svg
  kg --store kg-demo.db query attendees "dai hoi"   # then ask it questions
  kg demo --store /tmp/demo.db --format jsonld`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			f, err := export.ParseFormat(o.format)
			if err != nil {
				return withCode(ExitUsage, err)
			}
			if f != export.DOT && f != export.SVG && f != export.JSONLD {
				return withCode(ExitUsage, fmt.Errorf("demo writes dot, svg or jsonld; for %s, run kg export --format %s on the demo's store", f, f))
			}
			return runDemo(c, o, f)
		},
	}
	c.Flags().StringVar(&o.format, "format", "svg", "output format: dot, svg or jsonld")
	c.Flags().StringVarP(&o.output, "output", "o", "", "write to FILE instead of standard output")
	_ = c.RegisterFlagCompletionFunc("format", completeValues(exportFormatCompletions(export.DOT, export.SVG, export.JSONLD)...))
	return c
}

// sampleDocs yields the articles of the samples package.
func sampleDocs(ctx context.Context) iter.Seq2[*document.Document, error] {
	return func(yield func(*document.Document, error) bool) {
		fsys := samples.FS()
		names, err := fs.Glob(fsys, "*.txt")
		if err != nil {
			yield(nil, err)
			return
		}
		for _, name := range names {
			if ctx.Err() != nil {
				yield(nil, ctx.Err())
				return
			}
			data, err := fs.ReadFile(fsys, name)
			if err == nil {
				var doc *document.Document
				doc, err = document.ParseText(data, "samples/"+name)
				if !yield(doc, err) {
					return
				}
				continue
			}
			if !yield(nil, err) {
				return
			}
		}
	}
}

func runDemo(c *cobra.Command, o *demoOptions, f export.Format) error {
	lex, err := o.lexicon()
	if err != nil {
		return err
	}
	if o.store == "" {
		own := *o.global
		own.store = demoStore
		o.global = &own
	}
	store, err := o.open(false)
	if err != nil {
		return err
	}
	defer store.Close()
	io := &IO{In: o.io.In, Out: o.io.Err, Err: o.io.Err, ErrTerminal: o.io.ErrTerminal}
	if err := ingestInto(c, &ingestOptions{global: o.global, io: io}, store, sampleDocs, nil); err != nil {
		return err
	}
	g, err := store.Graph(c.Context())
	if err != nil {
		return withCode(ExitStore, err)
	}
	tenures := g.Tenures(lex.SoleRole) // the whole store: as the queries give them
	if err := writeOutput(o.output, o.io.Out, func(w stdio.Writer) error {
		switch f {
		case export.JSONLD:
			return jsonld.Write(w, g, jsonld.Options{Tenures: tenures})
		case export.DOT:
			return dot.Write(w, g, dot.Options{Tenures: tenures})
		}
		return renderSVG(c.Context(), w, g, dot.Options{Tenures: tenures}, "")
	}); err != nil {
		return err
	}
	if o.output != "" {
		fmt.Fprintf(o.io.Err, "kg: wrote %s\n", o.output)
	}
	fmt.Fprintf(o.io.Err, "kg: the sample is in %s; ask it: kg --store %s query attendees \"dai hoi\"\n", o.store, shellQuote(o.store))
	return nil
}
