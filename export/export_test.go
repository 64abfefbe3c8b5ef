package export_test

import (
	"errors"
	"fmt"
	"testing"

	"kg/export"
	"kg/graph"
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
	// format "pdf", want one of dot, svg, jsonld, nquads, turtle, graphml, neo4j: unknown export format
}

func TestTenureOf(t *testing.T) {
	d := func(y, m, day int) graph.Date { return graph.Date{Year: y, Month: m, Day: day} }
	held := func(asOf graph.Date) graph.Fact {
		return graph.Fact{Relation: graph.HoldsPosition, AsOf: asOf}
	}
	former := func(asOf graph.Date) graph.Fact {
		return graph.Fact{Relation: graph.HoldsPosition, Former: true, AsOf: asOf}
	}
	for _, tc := range []struct {
		name  string
		facts []graph.Fact
		want  export.Tenure
	}{
		{"none", nil, export.Tenure{}},
		{"held", []graph.Fact{held(d(2020, 5, 16)), held(d(2019, 1, 2))}, export.Tenure{Since: d(2019, 1, 2)}},
		{"held undated", []graph.Fact{held(graph.Date{})}, export.Tenure{}},
		{"elected", []graph.Fact{{Relation: graph.ElectedTo, AsOf: d(2021, 3, 2)}}, export.Tenure{Since: d(2021, 3, 2)}},
		{"other relations ignored", []graph.Fact{{Relation: graph.Attended, Former: true, AsOf: d(2021, 3, 2)}}, export.Tenure{}},
		{"former only", []graph.Fact{former(d(2022, 1, 1)), former(d(2021, 6, 1))},
			export.Tenure{Ended: true, EndedBy: d(2021, 6, 1)}},
		{"former undated", []graph.Fact{former(graph.Date{})}, export.Tenure{Ended: true}},
		{"held then left", []graph.Fact{held(d(2020, 5, 16)), former(d(2021, 3, 2)), former(d(2024, 1, 1))},
			export.Tenure{Since: d(2020, 5, 16), Ended: true, EndedBy: d(2021, 3, 2)}},
		{"left then held again", []graph.Fact{former(d(2019, 1, 1)), held(d(2020, 5, 16))},
			export.Tenure{Since: d(2020, 5, 16)}},
		{"same day", []graph.Fact{held(d(2020, 5, 16)), former(d(2020, 5, 16))},
			export.Tenure{Since: d(2020, 5, 16), Ended: true, EndedBy: d(2020, 5, 16)}},
		{"undated former against dated held", []graph.Fact{held(d(2020, 5, 16)), former(graph.Date{})},
			export.Tenure{Since: d(2020, 5, 16)}},
		{"year unknown", []graph.Fact{held(graph.Date{Month: 5, Day: 16}), former(graph.Date{Month: 6, Day: 1})},
			export.Tenure{Since: graph.Date{Month: 5, Day: 16}, Ended: true, EndedBy: graph.Date{Month: 6, Day: 1}}},
	} {
		if got := export.TenureOf(tc.facts); got != tc.want {
			t.Errorf("%s: TenureOf = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}
