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
Party congress in Hanoi) into the store, then export the graph, by default as
an SVG drawing.`,
		Example: `  kg demo -o seed.svg
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
	if _, err := o.lexicon(); err != nil {
		return err
	}
	store, err := o.open(false)
	if err != nil {
		return err
	}
	defer store.Close()
	io := &IO{In: o.io.In, Out: o.io.Err, Err: o.io.Err, ErrTerminal: o.io.ErrTerminal}
	if err := ingestInto(c, &ingestOptions{global: o.global, io: io, quiet: true}, store, sampleDocs); err != nil {
		return err
	}
	g, err := store.Graph(c.Context())
	if err != nil {
		return withCode(ExitStore, err)
	}
	if err := writeOutput(o.output, o.io.Out, func(w stdio.Writer) error {
		switch f {
		case export.JSONLD:
			return jsonld.Write(w, g, jsonld.Options{})
		case export.DOT:
			return dot.Write(w, g, dot.Options{})
		}
		return renderSVG(c.Context(), w, g, dot.Options{}, "")
	}); err != nil {
		return err
	}
	if o.output != "" {
		fmt.Fprintf(o.io.Err, "kg: wrote %s\n", o.output)
	}
	return nil
}
