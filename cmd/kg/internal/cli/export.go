package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"kg/export"
	"kg/export/dot"
	"kg/export/graphml"
	"kg/export/html"
	"kg/export/jsonld"
	"kg/export/neo4j"
	"kg/export/nquads"
	"kg/export/turtle"
	"kg/graph"
)

type exportOptions struct {
	*global
	io       *IO
	format   string
	output   string
	focus    string
	depth    int
	all      bool
	articles bool
	layout   string
	compact  bool
}

func newExportCmd(g *global, io *IO) *cobra.Command {
	o := &exportOptions{global: g, io: io}
	c := &cobra.Command{
		Use:   "export --format FORMAT [-o FILE|DIR]",
		Short: "Write the graph as DOT, SVG, JSON-LD, N-Quads, Turtle, GraphML, Neo4j CSV or an HTML viewer",
		Long: `Write the graph: the whole of it, or with --focus the part around one
entity (a person, an organization, an event) up to --depth hops away.

  dot     Graphviz source: node shape and color by kind, labels in Vietnamese
  svg     a drawing, laid out by Graphviz (go-graphviz, in the kg-svg
          program beside kg): "dot" up to 100 nodes, "sfdp" above
  jsonld  JSON-LD with the schema.org vocabulary and an inline context
  nquads  RDF N-Quads: one named graph per article, each fact with its
          sentence; the entities in the graph urn:kg:graph:entities
  turtle  RDF Turtle: the same statements in one graph
  graphml GraphML for Gephi, yEd, Cytoscape, networkx: one edge per fact
  neo4j   a folder (-o DIR, required) of CSV files for neo4j-admin import,
          with import.sh and load.cypher (LOAD CSV)
  html    one self-contained page to open in a browser, offline: the
          interactive graph of kg serve (pan, zoom, expand, filter, path,
          the sentence behind each link), with the entities listed beside it

With --focus, the focused entities are drawn distinctly. A drawing of more
than 150 entities cannot be read: svg says so on standard error and points
to --focus or --format html.

The formats are described in docs/formats.md. The output goes to standard
output, or to the file given by -o. The same store gives the same bytes
(but for SVG, whose layout is Graphviz's).`,
		Example: `  kg export --format jsonld -o graph.jsonld
  kg export --format svg -o graph.svg
  kg export --format dot | dot -Tpng -o graph.png
  kg export --format nquads -o graph.nq
  kg export --format neo4j -o neo4j-import/
  kg export --format svg --focus "Nguyễn Đức Chung" --depth 2 -o chung.svg
  kg export --format html --focus "Nguyễn Đức Chung" --depth 2 -o chung.html`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			f, err := export.ParseFormat(o.format)
			if err != nil {
				return withCode(ExitUsage, err)
			}
			if o.depth < 0 {
				return withCode(ExitUsage, fmt.Errorf("--depth %d: want 0 or more", o.depth))
			}
			if f.Dir() && (o.output == "" || o.output == "-") {
				return withCode(ExitUsage, fmt.Errorf("--format %s writes a folder of files: give it with -o DIR", f))
			}
			return runExport(c, o, f)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.format, "format", "", "output format: dot, svg, jsonld, nquads, turtle, graphml, neo4j or html (required)")
	fl.StringVarP(&o.output, "output", "o", "", "write to FILE instead of standard output (neo4j: the folder DIR, required)")
	fl.StringVar(&o.focus, "focus", "", "export only the part of the graph around this entity (a name)")
	fl.IntVar(&o.depth, "depth", 1, "with --focus: how many hops around the entity")
	fl.BoolVar(&o.all, "all", false, "with --focus: when the name matches several entities, focus on all of them")
	fl.BoolVar(&o.articles, "articles", false, "dot, svg: draw the articles too")
	fl.StringVar(&o.layout, "layout", "", "svg: Graphviz layout engine (dot, sfdp, neato, ...); default by size")
	fl.BoolVar(&o.compact, "compact", false, "jsonld: no indentation")
	_ = c.MarkFlagRequired("format")
	_ = c.RegisterFlagCompletionFunc("format", completeValues(exportFormatCompletions()...))
	_ = c.RegisterFlagCompletionFunc("layout", completeValues(export.Layouts()...))
	_ = c.RegisterFlagCompletionFunc("focus", completeEntityNames(g))
	return c
}

func runExport(c *cobra.Command, o *exportOptions, f export.Format) error {
	store, err := o.open(true)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := c.Context()
	q, err := (&queryOptions{global: o.global, io: o.io, all: o.all}).querier(c, store)
	if err != nil {
		return err
	}
	var g *graph.Graph
	var focus []string
	if o.focus != "" {
		ents, err := q.find(o.focus)
		if err != nil {
			return q.fail(err)
		}
		for _, e := range ents {
			focus = append(focus, e.ID)
		}
		if g, err = store.Around(ctx, focus, o.depth); err != nil {
			return withCode(ExitStore, err)
		}
	} else if g, err = store.Graph(ctx); err != nil {
		return withCode(ExitStore, err)
	}
	// the tenures the queries give, from all of the store's statements
	tenures, err := q.e.Tenures(ctx, g, o.focus == "")
	if err != nil {
		return q.fail(err)
	}
	dotOpts := dot.Options{Articles: o.articles, Focus: focus, Tenures: tenures}
	sentences := newSentences(ctx, store)
	if f == export.Neo4j {
		if err := neo4j.Write(o.output, g, neo4j.Options{Sentence: sentences.of, Tenures: tenures}); err != nil {
			return err
		}
		return sentences.err()
	}
	err = writeOutput(o.output, o.io.Out, func(w io.Writer) error {
		switch f {
		case export.NQuads:
			return nquads.Write(w, g, nquads.Options{Sentence: sentences.of, Tenures: tenures})
		case export.Turtle:
			return turtle.Write(w, g, turtle.Options{Sentence: sentences.of, Tenures: tenures})
		case export.GraphML:
			return graphml.Write(w, g, graphml.Options{Sentence: sentences.of, Tenures: tenures})
		case export.JSONLD:
			return jsonld.Write(w, g, jsonld.Options{Compact: o.compact, Tenures: tenures})
		case export.DOT:
			return dot.Write(w, g, dotOpts)
		case export.SVG:
			return renderSVG(ctx, w, g, dotOpts, o.layout)
		case export.HTML:
			return html.Write(w, g, html.Options{Focus: focus, Articles: o.articles,
				Article: func(id string) (*graph.ArticleMeta, error) { return store.Article(ctx, id) }})
		}
		return fmt.Errorf("format %s not written", f)
	})
	if err != nil {
		return err
	}
	if n := dot.Count(g, dotOpts); f == export.SVG && n > maxReadableNodes {
		hint := "--focus NAME --depth 1"
		if o.focus != "" {
			hint = "a smaller --depth"
		}
		fmt.Fprintf(o.io.Err, "kg: warning: %d entities are too many to read in one drawing; try %s, or --format html to explore the graph\n", n, hint)
	}
	return sentences.err()
}

// maxReadableNodes is the most entities an SVG drawing shows readably
// (a page of 300 generated articles around one person, 204 nodes, is a
// tangle on 7,874 × 6,537 pt).
const maxReadableNodes = 150

// writeOutput writes to path, or to out when path is empty. A file is
// written beside its final name and renamed into place, so that a failed
// export never leaves half a file; its errors name the file asked for,
// not the temporary one.
func writeOutput(path string, out io.Writer, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(out)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	fail := func(err error) error {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(tmp.Name())
	fw := &firstError{w: tmp}
	bw := bufio.NewWriter(fw)
	if err := write(bw); err != nil {
		tmp.Close()
		if fw.err != nil {
			return fail(fw.err)
		}
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	return nil
}

// firstError is a writer that remembers its first error, so that an
// error of the file can be told from an error of the exporter.
type firstError struct {
	w   io.Writer
	err error
}

func (f *firstError) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err != nil && f.err == nil {
		f.err = err
	}
	return n, err
}

// dotBytes renders the DOT of g with extra graph attributes.
func dotBytes(g *graph.Graph, opts dot.Options) ([]byte, error) {
	var buf bytes.Buffer
	if err := dot.Write(&buf, g, opts); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
