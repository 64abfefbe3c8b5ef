package graphstore_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"kg/export/graphstore"
	"kg/export/internal/testgraph"
	"kg/export/rdf"
	"kg/graph"
	"kg/internal/virtuosotest"
)

// dataset is the RDF of the small test graph, with a fact more when more
// is set.
func dataset(t *testing.T, more bool) *rdf.Dataset {
	g := testgraph.Small(t)
	if more {
		// A new presence in the second article: only its graph changes.
		if err := g.AddFact(graph.Fact{Subject: "person:nguyễn đức chung", Relation: graph.Presided,
			Object: "event:tiếp đoàn đại biểu thành phố asan", AsOf: graph.Date{Year: 2021, Month: 3, Day: 2},
			Prov: graph.Provenance{Article: "article:0f0e0d0c0b0a0908", Start: 0, End: 90, Rule: "cue"}}); err != nil {
			t.Fatal(err)
		}
	}
	return rdf.FromGraph(g, rdf.Options{Sentence: testgraph.Sentence})
}

const prefixes = "PREFIX schema: <https://schema.org/> PREFIX kg: <urn:kg:vocab:> "

// rows runs a query and returns each row as "a | b | c" in the order of
// vars, sorted.
func rows(t *testing.T, c *graphstore.Client, query string, vars ...string) []string {
	t.Helper()
	res, err := c.Select(context.Background(), prefixes+query)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range res {
		var cells []string
		for _, v := range vars {
			cells = append(cells, r[v])
		}
		out = append(out, strings.Join(cells, " | "))
	}
	slices.Sort(out)
	return out
}

// counts returns the number of statements in each graph kg published.
func counts(t *testing.T, c *graphstore.Client) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, r := range rows(t, c, `SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "urn:kg:")) } GROUP BY ?g`, "g", "n") {
		g, n, _ := strings.Cut(r, " | ")
		out[g] = n
	}
	return out
}

func TestPublishVirtuoso(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: starts Virtuoso")
	}
	base := virtuosotest.Start(t)
	ctx := context.Background()
	c := &graphstore.Client{Query: base + "/sparql", GraphStore: base + "/sparql-graph-crud-auth",
		User: virtuosotest.User, Password: virtuosotest.Password}

	// Refused: wrong password.
	bad := &graphstore.Client{Query: c.Query, GraphStore: c.GraphStore, User: virtuosotest.User, Password: "wrong"}
	if _, err := bad.Publish(ctx, dataset(t, false).Each); !errors.Is(err, graphstore.ErrRefused) ||
		!strings.Contains(err.Error(), "KG_SPARQL_PASSWORD") {
		t.Fatalf("wrong password: %v", err)
	}

	first := dataset(t, false)
	res, err := c.Publish(ctx, first.Each)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Put) != len(first.Graphs) || len(res.Unchanged)+len(res.Deleted) != 0 {
		t.Fatalf("first publication: %+v", res)
	}
	// Who attended what, and how.
	attended := rows(t, c, `SELECT ?event ?person ?role WHERE {
		?e kg:participation ?p . ?e schema:name ?event .
		?p kg:agent ?a ; kg:role ?role . ?a a schema:Person ; schema:name ?person }`, "event", "person", "role")
	want := []string{
		"Tiếp Đoàn đại biểu thành phố Asan | Nguyễn Văn Sửu | urn:kg:vocab:hosted",
		"Tiếp Đoàn đại biểu thành phố Asan | Oh Se-hyun | urn:kg:vocab:attended",
		"Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội lần thứ 8 | Nguyễn Đức Chung | urn:kg:vocab:attended",
		"Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội lần thứ 8 | Nguyễn Đức Chung | urn:kg:vocab:spokeAt",
		"Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội lần thứ 8 | Phùng Khải Lợi | urn:kg:vocab:attended",
	}
	if !slices.Equal(attended, want) {
		t.Errorf("who attended what:\n%s\nwant\n%s", strings.Join(attended, "\n"), strings.Join(want, "\n"))
	}
	// Who holds which position, stated since when, and as what at the
	// event.
	positions := rows(t, c, `SELECT ?person ?title ?since WHERE {
		?x a schema:Person ; schema:name ?person ; schema:memberOf ?r . ?r schema:name ?title .
		OPTIONAL { ?r kg:heldOn ?since } }`, "person", "title", "since")
	wantPositions := []string{
		"Nguyễn Văn Sửu | Chủ tịch UBND thành phố Hà Nội | 2021-03-02",
		"Nguyễn Văn Sửu | Phó Chủ tịch UBND thành phố Hà Nội | 2020-05-16",
		"Nguyễn Đức Chung | Chủ tịch UBND thành phố Hà Nội | 2020-05-16",
		"Nguyễn Đức Chung | Phó Bí thư Thành ủy Hà Nội | 2020-05-16",
		"Oh Se-hyun | Thị trưởng thành phố Asan | 2021-03-02",
	}
	if !slices.Equal(positions, wantPositions) {
		t.Errorf("who holds which position:\n%s\nwant\n%s", strings.Join(positions, "\n"), strings.Join(wantPositions, "\n"))
	}
	// schema:startDate only where an article says the post was taken
	taken := rows(t, c, `SELECT ?person ?title ?d WHERE {
		?x a schema:Person ; schema:name ?person ; schema:memberOf ?r . ?r schema:name ?title ; schema:startDate ?d }`,
		"person", "title", "d")
	if !slices.Equal(taken, []string{"Nguyễn Văn Sửu | Chủ tịch UBND thành phố Hà Nội | 2021-03-02"}) {
		t.Errorf("positions taken on a date: %q", taken)
	}
	asWhat := rows(t, c, `SELECT ?person ?title WHERE { ?p kg:agent/schema:name ?person ; kg:heldPosition/schema:name ?title }`,
		"person", "title")
	if !slices.Contains(asWhat, "Oh Se-hyun | Thị trưởng thành phố Asan") {
		t.Errorf("positions held at events: %q", asWhat)
	}
	// The sentence behind a fact, in its article's graph, typed dates.
	sentences := rows(t, c, `SELECT ?g ?s WHERE { GRAPH ?g { ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ;
		<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> kg:hosted ; kg:sentence/kg:text ?s } }`, "g", "s")
	wantSentence, _ := testgraph.Sentence(graph.Provenance{Article: "a", Start: 0, End: 90})
	if !slices.Equal(sentences, []string{"urn:kg:article:0f0e0d0c0b0a0908 | " + wantSentence}) {
		t.Errorf("sentence of the hosted fact: %q", sentences)
	}
	dated := rows(t, c, `SELECT ?d WHERE { ?e schema:startDate ?d FILTER(datatype(?d) = <http://www.w3.org/2001/XMLSchema#gMonthDay>) }`, "d")
	if !slices.Equal(dated, []string{"--03-01"}) {
		t.Errorf("gMonthDay dates: %q", dated)
	}

	before := counts(t, c)
	if res, err := c.Publish(ctx, first.Each); err != nil || len(res.Put)+len(res.Deleted) != 0 {
		t.Fatalf("same dataset again: %+v, %v", res, err)
	}
	res, err = c.Publish(ctx, dataset(t, true).Each)
	if err != nil {
		t.Fatal(err)
	}
	changed := "urn:kg:article:0f0e0d0c0b0a0908"
	if !slices.Equal(res.Put, []string{changed}) || len(res.Deleted) != 0 {
		t.Errorf("after a change: %+v, want only %s sent", res, changed)
	}
	after := counts(t, c)
	for g, n := range before {
		if g != changed && after[g] != n {
			t.Errorf("graph %s: %s statements, then %s", g, n, after[g])
		}
	}
	if after[changed] == before[changed] {
		t.Errorf("graph %s did not change", changed)
	}
	presided := rows(t, c, `SELECT ?person WHERE { ?p kg:role kg:presided ; kg:agent/schema:name ?person }`, "person")
	if !slices.Equal(presided, []string{"Nguyễn Đức Chung"}) {
		t.Errorf("presided: %q", presided)
	}

	// An article gone from the store: its graph is deleted, nothing else.
	less := dataset(t, true)
	less.Graphs = slices.DeleteFunc(less.Graphs, func(g rdf.NamedGraph) bool { return g.Name == changed })
	res, err = c.Publish(ctx, less.Each)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Deleted, []string{changed}) || len(res.Put) != 0 {
		t.Errorf("after removing an article: %+v", res)
	}
	final := counts(t, c)
	if _, ok := final[changed]; ok || len(final) != len(after)-1 {
		t.Errorf("graphs after the deletion: %v", final)
	}
}
