package nquads_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"kg/export/internal/testgraph"
	"kg/export/jsonld"
	"kg/export/nquads"
	"kg/export/rdf"
	"kg/export/turtle"
	"kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func graphs(t testing.TB) map[string]*graph.Graph {
	return map[string]*graph.Graph{
		"small":     testgraph.Small(t),
		"hostile":   testgraph.Hostile(t),
		"synthetic": testgraph.Synthetic(t, 40, 1),
		"empty":     graph.New(),
	}
}

func render(t testing.TB, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := nquads.Write(&buf, g, nquads.Options{Sentence: testgraph.Sentence}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, name := range []string{"small", "hostile", "empty"} {
		t.Run(name, func(t *testing.T) {
			got := render(t, graphs(t)[name])
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
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

// rapperCount parses a file with rapper (Debian's raptor2-utils) and
// returns the number of statements it read.
func rapperCount(t *testing.T, syntax string, data []byte) int {
	t.Helper()
	if _, err := exec.LookPath("rapper"); err != nil {
		t.Skip("rapper not found: apt-get install raptor2-utils to read the output back")
	}
	path := filepath.Join(t.TempDir(), "in")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("rapper", "-i", syntax, "-c", path).CombinedOutput()
	if err != nil || bytes.Contains(out, []byte("Error")) || bytes.Contains(out, []byte("Warning")) {
		t.Fatalf("rapper -i %s: %v\n%s", syntax, err, out)
	}
	m := regexp.MustCompile(`returned (\d+) (triples|statements|quads)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("rapper said %s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// rapperNTriples converts a file to N-Triples with rapper.
func rapperNTriples(t *testing.T, syntax string, data []byte) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("rapper", "-q", "-i", syntax, "-o", "ntriples", path).Output()
	if err != nil {
		t.Fatalf("rapper -i %s -o ntriples: %v", syntax, err)
	}
	return out
}

// parse reads N-Quads (or N-Triples) with rapper into one set of
// statements (graph names dropped), each as a canonical line: rapper
// writes every string with ASCII escapes, which readTerm decodes.
func parse(t *testing.T, nq []byte) map[string]bool {
	t.Helper()
	if _, err := exec.LookPath("rapper"); err != nil {
		t.Skip("rapper not found: apt-get install raptor2-utils to read the output back")
	}
	path := filepath.Join(t.TempDir(), "in")
	if err := os.WriteFile(path, nq, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("rapper", "-q", "-i", "nquads", "-o", "nquads", path).Output()
	if err != nil {
		t.Fatalf("rapper -i nquads: %v", err)
	}
	set := map[string]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		if line == "" {
			continue
		}
		var terms []string
		rest := line
		for range 3 {
			term, r, err := readTerm(rest)
			if err != nil {
				t.Fatalf("rapper wrote %q: %v", line, err)
			}
			terms, rest = append(terms, term), r
		}
		set[strings.Join(terms, " ")] = true
	}
	return set
}

// readTerm reads one N-Quads term from the start of s, decoding its
// escapes: an IRI as <...>, a literal as a Go-quoted string with @lang
// or ^^datatype (xsd:string spelled out).
func readTerm(s string) (term, rest string, err error) {
	s = strings.TrimLeft(s, " ")
	switch {
	case strings.HasPrefix(s, "<"):
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return "", "", fmt.Errorf("unclosed IRI")
		}
		v, err := unescape(s[1:end])
		return "<" + v + ">", s[end+1:], err
	case strings.HasPrefix(s, `"`):
		end := 1
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) {
			return "", "", fmt.Errorf("unclosed literal")
		}
		v, err := unescape(s[1:end])
		if err != nil {
			return "", "", err
		}
		term, rest = strconv.Quote(v), s[end+1:]
		switch {
		case strings.HasPrefix(rest, "@"):
			n := strings.IndexByte(rest, ' ')
			return term + rest[:n], rest[n:], nil
		case strings.HasPrefix(rest, "^^<"):
			n := strings.IndexByte(rest, '>')
			return term + "^^" + rest[3:n], rest[n+1:], nil
		}
		return term + "^^" + rdf.XSDString, rest, nil
	}
	return "", "", fmt.Errorf("no term at %.20q", s)
}

// unescape decodes the escapes of N-Quads strings and IRIs.
func unescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 >= len(s) {
			return "", fmt.Errorf("trailing backslash")
		}
		i++
		switch c := s[i]; c {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case '"', '\'', '\\':
			b.WriteByte(c)
		case 'u', 'U':
			n := 4
			if c == 'U' {
				n = 8
			}
			if i+n >= len(s) {
				return "", fmt.Errorf("short escape")
			}
			r, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				return "", err
			}
			b.WriteRune(rune(r))
			i += n
		default:
			return "", fmt.Errorf("escape \\%c", c)
		}
	}
	return b.String(), nil
}

// TestRapperReads checks that rapper reads every statement of the N-Quads
// and of the Turtle, and that the Turtle says what the N-Quads say.
func TestRapperReads(t *testing.T) {
	for name, g := range graphs(t) {
		t.Run(name, func(t *testing.T) {
			nq := render(t, g)
			lines := bytes.Count(nq, []byte("\n"))
			if got := rapperCount(t, "nquads", nq); got != lines {
				t.Errorf("rapper read %d statements of %d", got, lines)
			}
			var ttl bytes.Buffer
			if err := turtle.Write(&ttl, g, turtle.Options{Sentence: testgraph.Sentence}); err != nil {
				t.Fatal(err)
			}
			// The Turtle writes each graph's statements, as the N-Quads do.
			union := parse(t, nq)
			if got := rapperCount(t, "turtle", ttl.Bytes()); got != lines {
				t.Errorf("rapper read %d statements of the Turtle, want %d", got, lines)
			}
			fromTurtle := parse(t, rapperNTriples(t, "turtle", ttl.Bytes()))
			if !maps(fromTurtle, union) {
				t.Errorf("the Turtle read by rapper differs from the N-Quads: %s", diff(fromTurtle, union))
			}
		})
	}
}

func maps(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func diff(got, want map[string]bool) string {
	var out []string
	for k := range got {
		if !want[k] {
			out = append(out, "+ "+k)
		}
	}
	for k := range want {
		if !got[k] {
			out = append(out, "- "+k)
		}
	}
	slices.Sort(out)
	if len(out) > 10 {
		out = append(out[:10], "...")
	}
	return strings.Join(out, "\n")
}

// TestHostileRoundTrip checks that every name and sentence comes back
// from a real N-Quads reader as written (invalid UTF-8 as U+FFFD).
func TestHostileRoundTrip(t *testing.T) {
	g := graphs(t)["hostile"]
	set := parse(t, render(t, g))
	for _, e := range g.Entities() {
		if e.Name == "" {
			continue
		}
		want := fmt.Sprintf("<%s> <%s> %s@vi", rdf.EntityIRI(e.ID), rdf.PropName, strconv.Quote(rdfText(e.Name)))
		if !set[want] {
			t.Errorf("name %.40q of %s lost", e.Name, e.ID)
		}
	}
	sentence, _ := testgraph.Sentence(graph.Provenance{Article: "x", Start: 3, End: 40})
	found := false
	for k := range set {
		if strings.Contains(k, strconv.Quote(sentence)) {
			found = true
		}
	}
	if !found {
		t.Errorf("sentence %q lost", sentence)
	}
}

// TestJSONLDSubset checks that the JSON-LD export, expanded to RDF by
// json-gold, says nothing the N-Quads do not: the two use one mapping.
func TestJSONLDSubset(t *testing.T) {
	for name, g := range graphs(t) {
		t.Run(name, func(t *testing.T) {
			var doc bytes.Buffer
			if err := jsonld.Write(&doc, g, jsonld.Options{}); err != nil {
				t.Fatal(err)
			}
			var in any
			if err := jsonUnmarshal(doc.Bytes(), &in); err != nil {
				t.Fatal(err)
			}
			opts := ld.NewJsonLdOptions("")
			opts.Format = "application/n-quads"
			opts.SafeMode = true
			out, err := ld.NewJsonLdProcessor().ToRDF(in, opts)
			if err != nil {
				t.Fatalf("json-gold: %v", err)
			}
			// The RDF writers replace what raptor cannot read (NUL,
			// U+FFFE, U+FFFF); JSON keeps them.
			fromJSON := parse(t, []byte(strings.NewReplacer("\uFFFE", "\uFFFD", "\uFFFF", "\uFFFD", `\u0000`, "\uFFFD", "\x00", "\uFFFD").Replace(out.(string))))
			nq := parse(t, render(t, g))
			var extra []string
			for k := range fromJSON {
				if !nq[k] {
					extra = append(extra, k)
				}
			}
			if len(extra) > 0 {
				slices.Sort(extra)
				t.Errorf("%d statements of the JSON-LD are not in the N-Quads, e.g.\n%s", len(extra),
					strings.Join(extra[:min(5, len(extra))], "\n"))
			}
			if len(fromJSON) == 0 && g.Len() > 0 {
				t.Error("the JSON-LD gave no statements")
			}
		})
	}
}

// rdfText is a text as the RDF writers write it: invalid UTF-8, NUL and
// the noncharacters U+FFFE and U+FFFF as U+FFFD.
func rdfText(s string) string {
	return rdfReplacer.Replace(strings.ToValidUTF8(s, "\uFFFD"))
}

var rdfReplacer = strings.NewReplacer("\uFFFE", "\uFFFD", "\uFFFF", "\uFFFD", "\x00", "\uFFFD")

func TestDeterministic(t *testing.T) {
	first := render(t, graphs(t)["synthetic"])
	for range 3 {
		if got := render(t, graphs(t)["synthetic"]); !bytes.Equal(got, first) {
			t.Fatal("same graph, different bytes")
		}
	}
}

func TestNilGraph(t *testing.T) {
	if err := nquads.Write(&bytes.Buffer{}, nil, nquads.Options{}); err == nil {
		t.Error("nil graph: no error")
	}
}

func BenchmarkWrite(b *testing.B) {
	g := testgraph.Synthetic(b, 10000, 1)
	b.Run(fmt.Sprintf("articles=10000/entities=%d/facts=%d", g.Len(), len(g.Facts())), func(b *testing.B) {
		var size int
		for b.Loop() {
			var c counter
			if err := nquads.Write(&c, g, nquads.Options{Sentence: testgraph.Sentence}); err != nil {
				b.Fatal(err)
			}
			size = int(c)
		}
		b.ReportMetric(float64(size)/1e6, "MB/doc")
	})
}

type counter int

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }
