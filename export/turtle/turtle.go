// Package turtle writes a knowledge graph as Turtle (RDF 1.1): the
// statements of every graph of the N-Quads export (package
// kg/export/nquads) in one graph. Turtle has no named graphs: the
// statements of each are written together, after a comment "# graph
// <IRI>", and the article of each fact stays on its rdf:Statement
// (kg:article), with its sentence. A statement that several articles make
// is written once per article; readers keep one. The mapping is described
// in docs/formats.md.
//
// Statements are grouped by subject, subjects and statements sorted within
// each graph, with the prefixes schema:, kg:, xsd: and rdf:; entity IRIs
// are written in full. One article's graph is held at a time.
package turtle

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

// Write writes g as Turtle to w.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	if g == nil {
		return errors.New("write turtle: nil graph")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var line []byte
	for _, p := range rdf.Prefixes() {
		line = append(line[:0], "@prefix "+p.Name+": "...)
		line = rdf.AppendIRI(line, p.IRI)
		line = append(line, " .\n"...)
		bw.Write(line)
	}
	err := rdf.Each(g, rdf.Options{Sentence: opts.Sentence, Tenures: opts.Tenures}, func(ng rdf.NamedGraph) error {
		return writeGraph(bw, ng)
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("write turtle: %w", err)
	}
	return nil
}

// writeGraph writes the statements of one graph of the dataset, after a
// comment naming it, grouped by subject.
func writeGraph(bw *bufio.Writer, ng rdf.NamedGraph) error {
	line := append([]byte("\n# graph "), rdf.AppendIRI(nil, ng.Name)...)
	line = append(line, '\n')
	if _, err := bw.Write(line); err != nil {
		return err
	}
	all := ng.Triples
	for i, t := range all {
		line = line[:0]
		switch {
		case i > 0 && t.Subject == all[i-1].Subject && t.Predicate == all[i-1].Predicate:
			line = append(line, " ,\n        "...)
		case i > 0 && t.Subject == all[i-1].Subject:
			line = append(line, " ;\n    "...)
			line = appendPredicate(line, t.Predicate)
			line = append(line, ' ')
		default:
			if i > 0 {
				line = append(line, " .\n"...)
			}
			line = append(line, '\n')
			line = rdf.AppendTerm(line, t.Subject, true)
			line = append(line, "\n    "...)
			line = appendPredicate(line, t.Predicate)
			line = append(line, ' ')
		}
		line = rdf.AppendTerm(line, t.Object, true)
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	_, err := bw.WriteString(" .\n")
	return err
}

func appendPredicate(b []byte, p rdf.Term) []byte {
	if p.Kind == rdf.IRIKind && p.Value == rdf.RDFType {
		return append(b, 'a')
	}
	return rdf.AppendTerm(b, p, true)
}
