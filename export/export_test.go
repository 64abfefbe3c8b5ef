package export_test

import (
	"errors"
	"fmt"
	"testing"

	"kg/export"
)

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want export.Format
		err  error
	}{
		{"dot", export.DOT, nil},
		{" SVG ", export.SVG, nil},
		{"jsonld", export.JSONLD, nil},
		{"JSON-LD", export.JSONLD, nil},
		{"gv", export.DOT, nil},
		{"N-Quads", export.NQuads, nil},
		{"ttl", export.Turtle, nil},
		{"GraphML", export.GraphML, nil},
		{"neo4j", export.Neo4j, nil},
		{"png", "", export.ErrUnknownFormat},
		{"", "", export.ErrUnknownFormat},
	} {
		got, err := export.ParseFormat(tc.in)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
	for _, f := range export.Formats() {
		if got, err := export.ParseFormat(f.String()); got != f || err != nil {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
		if (f.Ext() == "") != f.Dir() || f.MediaType() == "" {
			t.Errorf("%s: no extension or media type", f)
		}
	}
}

func ExampleParseFormat() {
	f, err := export.ParseFormat("JSON-LD")
	fmt.Println(f, f.Ext(), f.MediaType(), err)
	_, err = export.ParseFormat("pdf")
	fmt.Println(err)
	// Output:
	// jsonld .jsonld application/ld+json <nil>
	// unknown export format "pdf": want one of dot, svg, jsonld, nquads, turtle, graphml, neo4j, html
}
