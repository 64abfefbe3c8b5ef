// Command kg-svg lays out a graph written in DOT and draws it as SVG, with
// Graphviz compiled to WebAssembly (github.com/goccy/go-graphviz), in its
// own process. kg runs it for "kg export --format svg": go-graphviz
// compiles its WebAssembly when the program starts (1.3 s the first time
// on a machine, 0.05 s after), a cost only the program that draws pays.
//
//	kg-svg [--layout dot|sfdp|neato|...] < graph.dot > graph.svg
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"kg/export"
	"kg/export/svg"
)

func main() {
	layout := flag.String("layout", "dot", fmt.Sprintf("Graphviz layout engine, one of %v", export.Layouts()))
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: kg-svg [--layout ENGINE] < graph.dot > graph.svg")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "kg-svg: unexpected argument %q: DOT is read from standard input\n", flag.Arg(0))
		os.Exit(2)
	}
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintf(os.Stderr, "kg-svg: read standard input: %v\n", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := svg.Render(w, src, *layout); err != nil {
		fmt.Fprintf(os.Stderr, "kg-svg: %v\n", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "kg-svg: write standard output: %v\n", err)
		os.Exit(1)
	}
}
