package jsonld

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/piprate/json-gold/ld"

	"kg/export/internal/testgraph"
	"kg/export/rdf"
	"kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// offline is a JSON-LD document loader that fetches nothing.
type offline struct{ asked []string }

func (l *offline) LoadDocument(u string) (*ld.RemoteDocument, error) {
	l.asked = append(l.asked, u)
	return nil, fmt.Errorf("remote document %q not allowed", u)
}

// expand expands and flattens a document offline, in safe mode (an error
// for any value a processor would drop), and converts it to RDF.
func expand(t *testing.T, doc []byte) []any {
	t.Helper()
	var in any
	if err := json.Unmarshal(doc, &in); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	loader := &offline{}
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = loader
	opts.SafeMode = true
	proc := ld.NewJsonLdProcessor()
	if _, err := proc.Expand(in, opts); err != nil {
		t.Fatalf("expand: %v", err)
	}
	flat, err := proc.Flatten(in, nil, opts)
	if err != nil {
		t.Fatalf("flatten: %v", err)
	}
	opts.Format = "application/n-quads"
	if _, err := proc.ToRDF(in, opts); err != nil {
		t.Fatalf("to RDF: %v", err)
	}
	if len(loader.asked) > 0 {
		t.Fatalf("processor fetched %v", loader.asked)
	}
	list, _ := flat.([]any)
	return list
}

func render(t testing.TB, g *graph.Graph, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, g, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func graphs(t *testing.T) map[string]*graph.Graph {
	t.Helper()
	return map[string]*graph.Graph{
		"small":     testgraph.Small(t),
		"hostile":   testgraph.Hostile(t),
		"synthetic": testgraph.Synthetic(t, 40, 1),
		"empty":     graph.New(),
	}
}

func TestGolden(t *testing.T) {
	for name, g := range graphs(t) {
		if name == "synthetic" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			got := render(t, g, Options{})
			path := filepath.Join("testdata", name+".golden")
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

func TestValidOffline(t *testing.T) {
	for name, g := range graphs(t) {
		for _, compact := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/compact=%v", name, compact), func(t *testing.T) {
				doc := render(t, g, Options{Compact: compact})
				flat := expand(t, doc)
				// Every entity but positions is a node; persons' Roles
				// and presences at events are nodes too.
				want := len(g.Entities()) - len(g.Entities(graph.Position))
				present := map[[2]string]bool{}
				for _, f := range g.Facts() {
					s, _ := g.Entity(f.Subject)
					o, _ := g.Entity(f.Object)
					if f.Relation.AtEvent() && s != nil && o != nil && s != o && o.Kind == graph.Event &&
						(s.Kind == graph.Person || s.Kind == graph.Organization) {
						present[[2]string{f.Subject, f.Object}] = true
					}
				}
				want += len(present)
				for _, p := range g.Entities(graph.Person) {
					seen := map[string]bool{}
					for _, f := range g.FactsOf(p.ID) {
						if o, _ := g.Entity(f.Object); f.Subject == p.ID && o.Kind == graph.Position &&
							(f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo) && !seen[f.Object] {
							seen[f.Object] = true
							want++
						}
					}
				}
				if got := described(flat); got != want {
					t.Errorf("flattened document has %d described nodes, want %d", got, want)
				}
			})
		}
	}
}

// described counts the flattened nodes that have more than an @id.
func described(flat []any) int {
	n := 0
	for _, v := range flat {
		if m, ok := v.(map[string]any); ok && len(m) > 1 {
			n++
		}
	}
	return n
}

func TestCompactSameDocument(t *testing.T) {
	for name, g := range graphs(t) {
		var a, b any
		if err := json.Unmarshal(render(t, g, Options{}), &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(render(t, g, Options{Compact: true}), &b); err != nil {
			t.Fatal(err)
		}
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			t.Errorf("%s: compact and indented documents differ", name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	first := render(t, graphs(t)["synthetic"], Options{})
	for range 3 {
		// A new graph: its maps iterate in another order.
		if got := render(t, graphs(t)["synthetic"], Options{}); !bytes.Equal(got, first) {
			t.Fatal("same graph, different bytes")
		}
	}
}

// reader reads a flattened document the way a consumer of schema.org
// does, for the parts this test checks.
type reader map[string]map[string]any

func newReader(flat []any) reader {
	r := reader{}
	for _, v := range flat {
		m := v.(map[string]any)
		r[m["@id"].(string)] = m
	}
	return r
}

func (r reader) strings(n map[string]any, prop string) []string {
	var out []string
	vals, _ := n[vocab+prop].([]any)
	for _, v := range vals {
		if s, ok := v.(map[string]any)["@value"].(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func (r reader) refs(n map[string]any, prop string) []map[string]any {
	var out []map[string]any
	vals, _ := n[vocab+prop].([]any)
	for _, v := range vals {
		if id, ok := v.(map[string]any)["@id"].(string); ok && r[id] != nil {
			out = append(out, r[id])
		}
	}
	return out
}

func (r reader) is(n map[string]any, types ...string) bool {
	ts, _ := n["@type"].([]any)
	for _, t := range ts {
		if slices.Contains(types, strings.TrimPrefix(t.(string), vocab)) {
			return true
		}
	}
	return false
}

// TestScorerReading checks what the scorer reads out of the small graph:
// titles as roleName + organization name, attendees, dates, organizers.
func TestScorerReading(t *testing.T) {
	g := graphs(t)["small"]
	r := newReader(expand(t, render(t, g, Options{})))
	titles := map[string][]string{}
	events := map[string][]string{}
	types := map[string]string{}
	for _, n := range r {
		name := strings.Join(r.strings(n, "name"), "|")
		switch {
		case r.is(n, "Person"):
			titles[name] = []string{}
			for _, role := range r.refs(n, "memberOf") {
				orgs := r.refs(role, "memberOf")
				for _, rn := range r.strings(role, "roleName") {
					if len(orgs) == 0 {
						titles[name] = append(titles[name], rn)
					}
					for _, o := range orgs {
						titles[name] = append(titles[name], rn+" "+r.strings(o, "name")[0])
					}
				}
			}
			slices.Sort(titles[name])
		case r.is(n, "Event"):
			var got []string
			for _, p := range r.refs(n, "attendee") {
				got = append(got, r.strings(p, "name")...)
			}
			for _, o := range r.refs(n, "organizer") {
				got = append(got, "organizer: "+r.strings(o, "name")[0])
			}
			got = append(got, r.strings(n, "startDate")...)
			slices.Sort(got)
			events[name] = got
		}
		if ts, ok := n["@type"].([]any); ok && name != "" {
			types[name] = strings.TrimPrefix(ts[0].(string), vocab)
		}
	}
	wantTitles := map[string][]string{
		"Nguyễn Đức Chung": {"Chủ tịch Ủy ban nhân dân thành phố Hà Nội", "Phó Bí thư Thành ủy Hà Nội"},
		"Nguyễn Văn Sửu":   {"Chủ tịch Ủy ban nhân dân thành phố Hà Nội", "Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội"},
		"Oh Se-hyun":       {"Thị trưởng thành phố Asan"},
		"Phùng Khải Lợi":   {},
		"Công Thọ":         {},
	}
	for name, want := range wantTitles {
		if got, ok := titles[name]; !ok || !slices.Equal(got, want) {
			t.Errorf("titles of %s = %q, want %q", name, got, want)
		}
	}
	if len(titles) != len(wantTitles) {
		t.Errorf("persons = %d, want %d", len(titles), len(wantTitles))
	}
	wantEvents := map[string][]string{
		"Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội lần thứ 8": {"2020-05-16", "Nguyễn Đức Chung",
			"Phùng Khải Lợi", "organizer: Đảng bộ Cơ quan Văn phòng UBND thành phố Hà Nội"},
		"Tiếp Đoàn đại biểu thành phố Asan": {"--03-01", "Nguyễn Văn Sửu", "Oh Se-hyun",
			"organizer: Ủy ban nhân dân thành phố Hà Nội"},
	}
	for name, want := range wantEvents {
		// The delegation attends too; the scorer leaves organizations out.
		got := slices.DeleteFunc(events[name], func(s string) bool { return s == "Đoàn đại biểu thành phố Asan" })
		if !slices.Equal(got, want) {
			t.Errorf("event %s = %q, want %q", name, got, want)
		}
	}
	for name, want := range map[string]string{
		"Ủy ban nhân dân thành phố Hà Nội":                "GovernmentOrganization",
		"Thành ủy Hà Nội":                                 "Organization",
		"Đảng Cộng sản Việt Nam":                          "PoliticalParty",
		"Đảng bộ Cơ quan Văn phòng UBND thành phố Hà Nội": "Organization",
		"Báo Kinh tế & Đô thị":                            "NewsMediaOrganization",
		"Hà Nội":                                          "Place",
	} {
		if types[name] != want {
			t.Errorf("type of %s = %q, want %q", name, types[name], want)
		}
	}
}

// TestHostile checks that every text comes back as written (invalid UTF-8
// as encoding/json repairs it), that IDs are IRIs, and that nothing in the
// output can close an HTML element.
func TestHostile(t *testing.T) {
	g := graphs(t)["hostile"]
	doc := render(t, g, Options{})
	for _, bad := range []string{"<", ">", "\u2028", "\u2029", "\u202e"} {
		if bytes.Contains(doc, []byte(bad)) {
			t.Errorf("output holds a raw %q", bad)
		}
	}
	r := newReader(expand(t, doc))
	names := map[string]bool{}
	for id, n := range r {
		for _, s := range r.strings(n, "name") {
			names[s] = true
		}
		if err := checkIRI(id); err != nil {
			t.Errorf("@id %q: %v", id, err)
		}
	}
	for _, e := range g.Entities() {
		if e.Kind == graph.Position || e.Name == "" {
			continue
		}
		if want := jsonRoundTrip(t, e.Name); !names[want] {
			t.Errorf("name %.40q of %s lost", want, e.Kind)
		}
		if r[iri(e.ID)] == nil {
			t.Errorf("no node %.60q for %.40q", iri(e.ID), e.ID)
		}
	}
	// Every entity has its own IRI.
	seen := map[string]string{}
	for _, e := range g.Entities() {
		if other, ok := seen[iri(e.ID)]; ok {
			t.Errorf("%q and %q share an IRI", e.ID, other)
		}
		seen[iri(e.ID)] = e.ID
	}
}

func jsonRoundTrip(t *testing.T, s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var out string
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkIRI checks an absolute IRI for characters RFC 3987 does not allow
// unescaped.
func checkIRI(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	if u.Scheme != "urn" {
		return fmt.Errorf("scheme %q", u.Scheme)
	}
	for _, r := range s {
		if r < 0x80 && !rdf.KeepASCII(byte(r)) && r != '%' && r != '/' {
			return fmt.Errorf("unescaped %q", r)
		}
		if r >= 0x80 && !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
			return fmt.Errorf("unescaped %U", r)
		}
	}
	return nil
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestErrors(t *testing.T) {
	if err := Write(&bytes.Buffer{}, nil, Options{}); err == nil || !strings.HasPrefix(err.Error(), "write jsonld: ") {
		t.Errorf("nil graph: err = %v", err)
	}
	err := Write(failWriter{}, graphs(t)["small"], Options{})
	if err == nil || err.Error() != "write jsonld: disk full" {
		t.Errorf("failing writer: err = %v", err)
	}
}

func BenchmarkWrite(b *testing.B) {
	g := testgraph.Synthetic(b, 10000, 1)
	for _, compact := range []bool{false, true} {
		b.Run(fmt.Sprintf("articles=10000/entities=%d/facts=%d/compact=%v", g.Len(), len(g.Facts()), compact), func(b *testing.B) {
			var size int
			for b.Loop() {
				var c counter
				if err := Write(&c, g, Options{Compact: compact}); err != nil {
					b.Fatal(err)
				}
				size = int(c)
			}
			b.ReportMetric(float64(size)/1e6, "MB/doc")
		})
	}
}

type counter int

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }
