package svg

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"kg/export/dot"
	"kg/export/internal/testgraph"
	"kg/graph"
)

func draw(t testing.TB, g *graph.Graph, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, g, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// parse checks that an SVG document is well-formed XML with an svg root
// and no script element, and returns its character data, one line per
// text node, and its number of node groups.
func parse(t *testing.T, doc []byte) (text string, nodes int) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	var b strings.Builder
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
			if strings.EqualFold(tok.Name.Local, "script") {
				t.Errorf("SVG holds a script element")
			}
			for _, a := range tok.Attr {
				if a.Name.Local == "class" && a.Value == "node" {
					nodes++
				}
			}
		case xml.CharData:
			b.Write(tok)
			b.WriteByte('\n')
		}
	}
	if root != "svg" {
		t.Fatalf("root element is %q, want svg", root)
	}
	return b.String(), nodes
}

func TestSmall(t *testing.T) {
	g := testgraph.Small(t)
	text, nodes := parse(t, draw(t, g, Options{}))
	for _, p := range g.Entities(graph.Person) {
		if !slices.ContainsFunc(g.FactsOf(p.ID), func(f graph.Fact) bool { return f.Relation != graph.AuthorOf && f.Relation != graph.Mentions }) {
			continue // a reporter linked only to the article, not drawn
		}
		if !strings.Contains(text, p.Name) {
			t.Errorf("SVG lacks %q", p.Name)
		}
	}
	if want := dot.Count(g, dot.Options{}); nodes < want {
		t.Errorf("SVG has %d nodes, want at least %d", nodes, want)
	}
}

func TestHostile(t *testing.T) {
	g := testgraph.Hostile(t)
	for _, layout := range []string{"dot", "sfdp"} {
		t.Run(layout, func(t *testing.T) {
			text, _ := parse(t, draw(t, g, Options{Layout: layout, DOT: dot.Options{Articles: true}}))
			for _, want := range []string{
				`Nguyễn "Văn" A`, `back\slash\`, `trailing \`, `\N \G \L \n`, `<script>alert("x")</scri`,
				`a]]>b<![CDATA[c`, `Tom & Jerry &amp; &#x41;`, `line1 line2 line3`, "ctl end", "abcfedx",
				"sep para end", "bad\ufffdutf8\ufffd", "noncharend", `=SUM(A1:A9)`, `+84 912`, `-1`, `@context`,
				`<!-- comment -->`, `-- not a comment`, `{"json": [1, 2]}`, "tab here", strings.Repeat("x", 23) + "…",
			} {
				if !strings.Contains(text, want) {
					t.Errorf("SVG lacks %q", want)
				}
			}
		})
	}
}

// TestSFDP checks the layout chosen by size, and that the larger layout
// renders.
func TestSFDP(t *testing.T) {
	g := testgraph.Synthetic(t, 40, 3)
	n := dot.Count(g, dot.Options{})
	if n <= MaxDotNodes {
		t.Fatalf("graph of %d nodes is too small for this test", n)
	}
	if got := LayoutFor(n); got != "sfdp" {
		t.Fatalf("LayoutFor(%d) = %q", n, got)
	}
	_, nodes := parse(t, draw(t, g, Options{}))
	if nodes != n { // no legend with sfdp
		t.Errorf("SVG has %d nodes, want %d", nodes, n)
	}
}

func TestLayoutFor(t *testing.T) {
	for n, want := range map[int]string{0: "dot", 30: "dot", MaxDotNodes: "dot", MaxDotNodes + 1: "sfdp", 2000: "sfdp"} {
		if got := LayoutFor(n); got != want {
			t.Errorf("LayoutFor(%d) = %q, want %q", n, got, want)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestErrors(t *testing.T) {
	g := testgraph.Small(t)
	for _, tc := range []struct {
		name string
		w    io.Writer
		g    *graph.Graph
		opts Options
		want string
	}{
		{"nil graph", io.Discard, nil, Options{}, "write svg: nil graph"},
		{"bad layout", io.Discard, g, Options{Layout: "<x>"}, `write svg: unknown Graphviz layout "<x>": want one of circo, dot,`},
		{"failing writer", failWriter{}, g, Options{}, "write svg: dot layout: render: disk full"},
	} {
		err := Write(tc.w, tc.g, tc.opts)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q...", tc.name, err, tc.want)
		}
	}
}

func TestEmpty(t *testing.T) {
	parse(t, draw(t, graph.New(), Options{}))
}

// sized returns a synthetic graph that draws at least n nodes.
func sized(b *testing.B, n int) *graph.Graph {
	for articles := max(n/6, 1); ; articles++ {
		if g := testgraph.Synthetic(b, articles, 1); dot.Count(g, dot.Options{}) >= n {
			return g
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{30, 300, 2000} {
		g := sized(b, n)
		nodes := dot.Count(g, dot.Options{})
		edges := 0
		for _, f := range g.Edges() {
			if a, _ := g.Entity(f.A); a.Kind != graph.Article {
				if c, _ := g.Entity(f.B); c.Kind != graph.Article {
					edges++
				}
			}
		}
		b.Run(fmt.Sprintf("nodes=%d/edges=%d/layout=%s", nodes, edges, LayoutFor(nodes)), func(b *testing.B) {
			var size int
			for b.Loop() {
				var buf bytes.Buffer
				if err := Write(&buf, g, Options{}); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			b.ReportMetric(float64(size)/1e6, "MB/svg")
		})
	}
}
