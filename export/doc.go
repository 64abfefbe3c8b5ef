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
//     vocabulary, with an inline context.
//   - [HTML], package kg/export/html: one self-contained page, kg's
//     interactive viewer with the graph and its evidence inline, that
//     works offline.
//   - [NQuads], package kg/export/nquads: RDF, one named graph per article.
//   - [Turtle], package kg/export/turtle: RDF, the same statements in one
//     graph.
//   - [GraphML], package kg/export/graphml: for Gephi, yEd, Cytoscape and
//     networkx.
//   - [Neo4j], package kg/export/neo4j: a folder of CSV files for
//     neo4j-admin import, with a LOAD CSV script; its Write takes a folder.
//
// The RDF formats share their mapping, package kg/export/rdf; the shape of
// every format is documented in docs/formats.md.
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
	"kg/graph"

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
	DOT     Format = "dot"     // Graphviz source (package kg/export/dot)
	SVG     Format = "svg"     // Graphviz drawing (package kg/export/svg)
	JSONLD  Format = "jsonld"  // JSON-LD, schema.org (package kg/export/jsonld)
	NQuads  Format = "nquads"  // N-Quads, a named graph per article (package kg/export/nquads)
	Turtle  Format = "turtle"  // Turtle (package kg/export/turtle)
	GraphML Format = "graphml" // GraphML (package kg/export/graphml)
	Neo4j   Format = "neo4j"   // CSV files for neo4j-admin import (package kg/export/neo4j)
	HTML    Format = "html"    // the viewer, self-contained (package kg/export/html)
)

// Formats lists every format in a fixed order.
func Formats() []Format { return []Format{DOT, SVG, JSONLD, NQuads, Turtle, GraphML, Neo4j, HTML} }

// ParseFormat reads a format name, ignoring case and surrounding space;
// "json-ld", "gv", "n-quads", "nq" and "ttl" are accepted for jsonld, dot,
// nquads and turtle. An unknown name
// gives an error wrapping [ErrUnknownFormat].
func ParseFormat(s string) (Format, error) {
	switch name := strings.ToLower(strings.TrimSpace(s)); name {
	case "dot", "gv":
		return DOT, nil
	case "svg":
		return SVG, nil
	case "jsonld", "json-ld":
		return JSONLD, nil
	case "nquads", "n-quads", "nq":
		return NQuads, nil
	case "turtle", "ttl":
		return Turtle, nil
	case "graphml":
		return GraphML, nil
	case "neo4j":
		return Neo4j, nil
	case "html", "htm":
		return HTML, nil
	}
	names := make([]string, 0, len(Formats()))
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("%w %q: want one of %s", ErrUnknownFormat, s, strings.Join(names, ", "))
}

func (f Format) String() string { return string(f) }

// Dir reports whether the format is written into a folder of files
// rather than one file.
func (f Format) Dir() bool { return f == Neo4j }

// Ext is the file name extension of the format, with its dot; "" for a
// format written into a folder.
func (f Format) Ext() string {
	switch f {
	case DOT:
		return ".dot"
	case SVG:
		return ".svg"
	case JSONLD:
		return ".jsonld"
	case NQuads:
		return ".nq"
	case Turtle:
		return ".ttl"
	case GraphML:
		return ".graphml"
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
	case NQuads:
		return "application/n-quads"
	case Turtle:
		return "text/turtle"
	case GraphML:
		return "application/graphml+xml"
	case Neo4j:
		return "text/csv"
	case HTML:
		return "text/html; charset=utf-8"
	}
	return ""
}

// SentenceFunc returns the sentence a fact's provenance points at, and
// whether it is known. Writers that keep provenance (RDF, GraphML, Neo4j)
// take one; the command line reads the sentences from the store.
type SentenceFunc func(graph.Provenance) (string, bool)
