// Package export writes a knowledge graph ([graph.Graph]) in formats that
// other tools read.
//
// # Formats
//
// Each format is a sub-package with the same entry point,
//
//	func Write(w io.Writer, g *graph.Graph, opts Options) error
//
// and an Options struct of its own:
//
//   - [DOT], package kg/export/dot: Graphviz source, to lay out with the
//     dot command or any Graphviz tool.
//   - [SVG], package kg/export/svg: a drawing, laid out in-process by
//     Graphviz compiled to WebAssembly (github.com/goccy/go-graphviz).
//   - [JSONLD], package kg/export/jsonld: JSON-LD 1.1 in the schema.org
//     vocabulary, with an inline context, as the evaluation scorer reads it.
//   - [HTML], package kg/export/html: one self-contained page, kg's
//     interactive viewer with the graph and its evidence inline, that
//     works offline.
//
// This package names the formats ([Format], [ParseFormat]) and holds what
// the writers share (layouts); it imports none of its sub-packages.
// Dispatching on a Format is left to the caller on purpose: go-graphviz
// compiles its WebAssembly module when its package is initialized (about
// a second in a fresh process), so only a program that links export/svg
// should pay for it.
//
// Every writer sorts what it writes: the same graph gives the same bytes,
// except for the SVG layout, which is Graphviz's.
package export

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownFormat is returned by [ParseFormat] for a name that is no format.
var ErrUnknownFormat = errors.New("unknown export format")

// Format names an export format.
type Format string

// The formats, as named on the command line.
const (
	DOT    Format = "dot"    // Graphviz source (package kg/export/dot)
	SVG    Format = "svg"    // Graphviz drawing (package kg/export/svg)
	JSONLD Format = "jsonld" // JSON-LD, schema.org (package kg/export/jsonld)
	HTML   Format = "html"   // the viewer, self-contained (package kg/export/html)
)

// Formats lists every format in a fixed order.
func Formats() []Format { return []Format{DOT, SVG, JSONLD, HTML} }

// ParseFormat reads a format name, ignoring case and surrounding space;
// "json-ld" and "gv" are accepted for jsonld and dot. An unknown name
// gives an error wrapping [ErrUnknownFormat].
func ParseFormat(s string) (Format, error) {
	switch name := strings.ToLower(strings.TrimSpace(s)); name {
	case "dot", "gv":
		return DOT, nil
	case "svg":
		return SVG, nil
	case "jsonld", "json-ld":
		return JSONLD, nil
	case "html", "htm":
		return HTML, nil
	}
	return "", fmt.Errorf("%w %q: want one of dot, svg, jsonld, html", ErrUnknownFormat, s)
}

func (f Format) String() string { return string(f) }

// Ext is the file name extension of the format, with its dot.
func (f Format) Ext() string {
	switch f {
	case DOT:
		return ".dot"
	case SVG:
		return ".svg"
	case JSONLD:
		return ".jsonld"
	case HTML:
		return ".html"
	}
	return ""
}

// MediaType is the IANA media type of the format.
func (f Format) MediaType() string {
	switch f {
	case DOT:
		return "text/vnd.graphviz"
	case SVG:
		return "image/svg+xml"
	case JSONLD:
		return "application/ld+json"
	case HTML:
		return "text/html; charset=utf-8"
	}
	return ""
}
