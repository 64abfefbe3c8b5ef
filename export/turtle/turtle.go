// Package turtle writes a knowledge graph as Turtle (RDF 1.1): the
// statements of every graph of the N-Quads export (package
// kg/export/nquads) merged into one graph. Turtle has no named graphs; the
// article of each fact stays on its rdf:Statement (kg:article), with the
// sentence. The mapping is described in docs/formats.md.
//
// Statements are grouped by subject, subjects and statements sorted, with
// the prefixes schema:, kg:, xsd: and rdf:; entity IRIs are written in
// full.
package turtle

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"

	"kg/export"
	"kg/export/rdf"
	"kg/graph"
)

// Options configures Write.
type Options struct {
	// Sentence gives the sentence of each fact (kg:sentence); nil writes
	// none.
	Sentence export.SentenceFunc
}

// Write writes g as Turtle to w.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	if g == nil {
		return errors.New("write turtle: nil graph")
	}
	d := rdf.FromGraph(g, rdf.Options{Sentence: opts.Sentence})
	if err := write(w, d); err != nil {
		return fmt.Errorf("write turtle: %w", err)
	}
	return nil
}

func write(w io.Writer, d *rdf.Dataset) error {
	all := make([]rdf.Triple, 0, d.Len())
	for _, g := range d.Graphs {
		all = append(all, g.Triples...)
	}
	slices.SortFunc(all, rdf.Triple.Compare)
	all = slices.Compact(all)

	bw := bufio.NewWriterSize(w, 64<<10)
	var line []byte
	for _, p := range rdf.Prefixes() {
		line = append(line[:0], "@prefix "+p.Name+": "...)
		line = rdf.AppendIRI(line, p.IRI)
		line = append(line, " .\n"...)
		bw.Write(line)
	}
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
	if len(all) > 0 {
		bw.WriteString(" .\n")
	}
	return bw.Flush()
}

func appendPredicate(b []byte, p rdf.Term) []byte {
	if p.Kind == rdf.IRIKind && p.Value == rdf.RDFType {
		return append(b, 'a')
	}
	return rdf.AppendTerm(b, p, true)
}
