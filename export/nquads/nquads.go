// Package nquads writes a knowledge graph as N-Quads (RDF 1.1): one
// named graph per article, so that every statement keeps its source, and
// the entities graph (urn:kg:graph:entities) for what the articles say
// together. The mapping is the one of package kg/export/rdf, described in
// docs/formats.md.
//
// Statements are written one a line, graph by graph (the entities graph
// first, then the articles in IRI order), each graph's statements sorted:
// the same graph gives the same bytes, and `sort -u` or a line diff of two
// exports shows what changed.
package nquads

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"kg/export"
	"kg/export/rdf"
	"kg/graph"
)

// Options configures Write.
type Options struct {
	// Sentence gives the sentence of each fact (kg:sentence); nil writes
	// none.
	Sentence export.SentenceFunc
	// Tenures are the tenures of the holdings, for the Roles' dates; nil
	// computes them from the graph, with no succession.
	Tenures map[graph.Holding]*graph.Tenure
}

// Write writes g as N-Quads to w.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	if g == nil {
		return errors.New("write nquads: nil graph")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	err := rdf.Each(g, rdf.Options{Sentence: opts.Sentence, Tenures: opts.Tenures}, func(ng rdf.NamedGraph) error {
		return rdf.WriteNQuads(bw, &rdf.Dataset{Graphs: []rdf.NamedGraph{ng}})
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("write nquads: %w", err)
	}
	return nil
}
