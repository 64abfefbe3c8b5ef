package dot

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"kg/export/internal/testgraph"
	"kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func render(t testing.TB, g *graph.Graph, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, g, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// cases are the graphs and options of the golden and Graphviz tests.
func cases(t testing.TB) []struct {
	name string
	g    *graph.Graph
	opts Options
} {
	small := testgraph.Small(t)
	hostile := testgraph.Hostile(t)
	return []struct {
		name string
		g    *graph.Graph
		opts Options
	}{
		{"small", small, Options{}},
		{"small-articles", small, Options{Articles: true}},
		{"small-people", small, Options{Kinds: []graph.Kind{graph.Person, graph.Position, graph.Organization},
			RankDir: "TB", NoLegend: true, Attrs: map[string]string{"splines": "polyline", "label": "Chức vụ"}}},
		{"hostile", hostile, Options{Articles: true}},
		{"empty", graph.New(), Options{}},
	}
}

func TestGolden(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := render(t, c.g, c.opts)
			path := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run go test -update and review the diff)", path)
			}
		})
	}
}

// TestGraphviz lays out every golden graph with the dot command, when it
// is installed, and checks that it neither fails nor warns, and that the
// SVG is well-formed XML holding every drawn name.
func TestGraphviz(t *testing.T) {
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("dot is not installed (apt-get install graphviz)")
	}
	synth := testgraph.Synthetic(t, 30, 1)
	all := append(cases(t), struct {
		name string
		g    *graph.Graph
		opts Options
	}{"synthetic", synth, Options{}})
	for _, c := range all {
		t.Run(c.name, func(t *testing.T) {
			src := render(t, c.g, c.opts)
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "-Tsvg")
			cmd.Stdin = bytes.NewReader(src)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("dot: %v: %s", err, stderr.Bytes())
			}
			if stderr.Len() > 0 {
				t.Errorf("dot warns: %s", stderr.Bytes())
			}
			text := checkXML(t, stdout.Bytes())
			for _, e := range c.opts.entities(c.g) {
				if lines, _ := wrap(e.Name, defaultWrap, maxLines); len(lines) > 0 && !strings.Contains(text, lines[0]) {
					t.Errorf("SVG lacks %.40q", lines[0])
				}
			}
		})
	}
}

// checkXML parses an SVG document and returns its character data.
func checkXML(t *testing.T, svg []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			text.Write(cd)
			text.WriteByte('\n')
		}
	}
	return text.String()
}

func TestDeterministic(t *testing.T) {
	first := render(t, testgraph.Synthetic(t, 200, 7), Options{Articles: true})
	for range 3 {
		if got := render(t, testgraph.Synthetic(t, 200, 7), Options{Articles: true}); !bytes.Equal(got, first) {
			t.Fatal("same graph, different bytes")
		}
	}
}

func TestHostileSyntax(t *testing.T) {
	out := render(t, testgraph.Hostile(t), Options{Articles: true})
	if !utf8.Valid(out) {
		t.Error("output is not UTF-8")
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		for _, r := range line {
			if r < 0x20 && r != '\t' || r == 0x7f || isBidiControl(r) || r == 0xfffe || r == 0xffff {
				t.Errorf("line %d holds %U", i+1, r)
			}
		}
		if err := checkQuotes(line); err != nil {
			t.Errorf("line %d: %v: %.80s", i+1, err, line)
		}
	}
}

// checkQuotes checks that every quoted string of a line is closed and
// that no backslash stands alone before a quote or the end.
func checkQuotes(line string) error {
	in := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case in && c == '\\':
			if i+1 == len(line) {
				return errors.New("backslash at end of line")
			}
			i++ // the escaped character
		case c == '"':
			in = !in
		}
	}
	if in {
		return errors.New("unclosed quote")
	}
	return nil
}

func TestQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`plain`, `"plain"`},
		{`a "b" c`, `"a \"b\" c"`},
		{`back\`, `"back\\"`},
		{`\N\n`, `"\\N\\n"`},
		{"a\nb\x00", "\"a\u240ab\u2400\""},
		{"x\u202ey", "\"x\ufffdy\""},
		{"bad\xff", "\"bad\ufffd\""},
		{"nguyễn", `"nguyễn"`},
		{"a & b &amp;", `"a &amp; b &amp;amp;"`},
	} {
		if got := quote(tc.in); got != tc.want {
			t.Errorf("quote(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWrap(t *testing.T) {
	long := strings.Repeat("x", 60)
	for _, tc := range []struct {
		in    string
		width int
		want  []string
		cut   bool
	}{
		{"Nguyễn Đức Chung", 24, []string{"Nguyễn Đức Chung"}, false},
		{"Phó Chủ tịch UBND thành phố Hà Nội", 24, []string{"Phó Chủ tịch UBND thành", "phố Hà Nội"}, false},
		{"  a \n\t b\u202e  ", 24, []string{"a b"}, false},
		{long, 24, []string{long[:24], long[24:48], long[48:]}, false},
		{"a " + long, 24, []string{"a", long[:24], long[24:48], long[48:]}, false},
		{strings.Repeat("ab ", 100), 5, []string{"ab ab", "ab ab", "ab ab", "ab ab", "ab a…"}, true},
		{strings.Repeat("y", 10000), 24, []string{strings.Repeat("y", 24), strings.Repeat("y", 24), strings.Repeat("y", 24),
			strings.Repeat("y", 24), strings.Repeat("y", 23) + "…"}, true},
		{"", 24, nil, false},
	} {
		got, cut := wrap(tc.in, tc.width, maxLines)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || cut != tc.cut {
			t.Errorf("wrap(%.30q, %d) = %q, %v; want %q, %v", tc.in, tc.width, got, cut, tc.want, tc.cut)
		}
	}
}

func TestCount(t *testing.T) {
	g := testgraph.Small(t)
	for _, tc := range []struct {
		opts Options
		want int
	}{
		// the reporter and the outlet link only to their article
		{Options{}, len(g.Entities()) - len(g.Entities(graph.Article)) - 2},
		{Options{Articles: true}, len(g.Entities())},
		{Options{Kinds: []graph.Kind{graph.Person}}, len(g.Entities(graph.Person)) - 1},
		{Options{Kinds: []graph.Kind{graph.Person}, Articles: true}, len(g.Entities(graph.Person))},
		{Options{Kinds: []graph.Kind{graph.Article}}, 0},
	} {
		if got := Count(g, tc.opts); got != tc.want {
			t.Errorf("Count(%+v) = %d, want %d", tc.opts, got, tc.want)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestErrors(t *testing.T) {
	if err := Write(io.Discard, nil, Options{}); err == nil || !strings.HasPrefix(err.Error(), "write dot: ") {
		t.Errorf("nil graph: err = %v", err)
	}
	err := Write(failWriter{}, testgraph.Small(t), Options{})
	if err == nil || err.Error() != "write dot: disk full" {
		t.Errorf("failing writer: err = %v", err)
	}
}

func BenchmarkWrite(b *testing.B) {
	g := testgraph.Synthetic(b, 10000, 1)
	for _, articles := range []bool{false, true} {
		b.Run(fmt.Sprintf("articles=10000/entities=%d/facts=%d/drawArticles=%v", g.Len(), len(g.Facts()), articles), func(b *testing.B) {
			var size int64
			for b.Loop() {
				var c counter
				if err := Write(&c, g, Options{Articles: articles}); err != nil {
					b.Fatal(err)
				}
				size = int64(c)
			}
			b.ReportMetric(float64(size)/1e6, "MB/doc")
		})
	}
}

type counter int64

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }
