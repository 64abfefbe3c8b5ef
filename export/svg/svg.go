// Package svg draws a knowledge graph as SVG, laid out in-process by
// Graphviz compiled to WebAssembly (github.com/goccy/go-graphviz), from
// the DOT source that package kg/export/dot writes.
//
// # Cost of linking
//
// go-graphviz compiles its WebAssembly module when its package is
// initialized, before main runs: about 1.3 s in a fresh environment, well
// under 0.1 s once wazero's compilation cache (os.TempDir()/go-graphviz)
// is filled. Only this package imports go-graphviz, so a program that does
// not link it pays nothing.
//
// # Layout
//
// Graphviz's dot layout (ranked, left to right) reads best and is used up
// to [MaxDotNodes] nodes; above, dot's time grows too fast and the sfdp
// force-directed layout is used, with overlap=scale (removing overlaps by
// scaling, against the default Voronoi adjustment: 2.9 s instead of 55 s
// on 2,000 nodes) and straight edges. [Options.Layout] overrides the
// choice. The legend is drawn with dot only: other layouts ignore
// clusters and would scatter it.
//
// # Concurrency
//
// go-graphviz runs every render in one WebAssembly instance shared by
// the process, with no lock: do not call Write from several goroutines at
// once.
package svg

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/goccy/go-graphviz"

	"kg/export"
	"kg/export/dot"
	"kg/graph"
)

// MaxDotNodes is the largest number of nodes laid out with dot when
// Options.Layout is empty.
const MaxDotNodes = export.MaxDotNodes

// Options configures Write.
type Options struct {
	// Layout is the Graphviz layout engine: "dot", "sfdp", "neato",
	// "fdp", "circo", "twopi", ...; empty chooses by size (see
	// [LayoutFor]).
	Layout string
	// DOT says what to draw; its Attrs go over the layout's attributes.
	DOT dot.Options
}

// LayoutFor returns the layout engine Write uses for a drawing of n
// nodes when Options.Layout is empty: "dot" up to MaxDotNodes, "sfdp"
// above.
func LayoutFor(n int) string { return export.LayoutFor(n) }

// Write lays out g and writes it to w as an SVG document.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	if g == nil {
		return errors.New("write svg: nil graph")
	}
	d, layout, err := dot.ForLayout(g, opts.DOT, opts.Layout)
	if err != nil {
		return fmt.Errorf("write svg: %w", err)
	}
	var src bytes.Buffer
	if err := dot.Write(&src, g, d); err != nil {
		return fmt.Errorf("write svg: %w", err)
	}
	return Render(w, src.Bytes(), layout)
}

// Render lays out DOT source (as dot.ForLayout and dot.Write make it)
// with a Graphviz layout engine and writes it to w as an SVG document.
func Render(w io.Writer, src []byte, layout string) error {
	if err := export.CheckLayout(layout); err != nil {
		return fmt.Errorf("write svg: %w", err)
	}
	if err := render(w, src, graphviz.Layout(layout)); err != nil {
		return fmt.Errorf("write svg: %s layout: %w", layout, err)
	}
	return nil
}

// render lays out DOT source with Graphviz and writes the SVG, closing
// every Graphviz object it opens. go-graphviz panics when the WebAssembly
// code traps inside a callback; render returns that as an error.
func render(w io.Writer, src []byte, layout graphviz.Layout) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("graphviz failed: %v", p)
		}
	}()
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("start graphviz: %w", err)
	}
	// Close's errors are not checked: Graphviz counts every error message
	// of the process (such as sfdp's "remove_overlap: Graphviz not built
	// with triangulation library", a warning in effect) and reports the
	// last one on every later close.
	defer func() { _ = gv.Close() }()
	parsed, err := graphviz.ParseBytes(src)
	if err != nil {
		return fmt.Errorf("parse dot: %w", err)
	}
	defer func() { _ = parsed.Close() }()
	gv.SetLayout(layout)
	if err := gv.Render(ctx, parsed, graphviz.SVG, w); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	return nil
}
