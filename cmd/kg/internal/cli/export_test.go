package cli

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
)

// refusing is a JSON-LD document loader that fetches nothing: an export
// must carry its context.
type refusing struct{ asked []string }

func (l *refusing) LoadDocument(u string) (*ld.RemoteDocument, error) {
	l.asked = append(l.asked, u)
	return nil, fmt.Errorf("remote document %q not allowed", u)
}

// ldNode is a node of a flattened JSON-LD document: its types and its
// properties, by schema.org local name.
type ldNode struct {
	types map[string]bool
	props map[string][]any
}

// ldGraph is what a reader of kg's JSON-LD (such as the scorer) gets out
// of an export, read the way the scorer reads it: persons with their
// titles (roleName and organization name of each Role), events with the
// names of their attendees.
type ldGraph struct {
	persons map[string][]string // name → titles
	events  map[string]ldEvent  // name → event
	orgs    []string
	nodes   int
}

type ldEvent struct {
	dates     []string
	attendees []string
}

// readJSONLD expands and flattens an export offline, in safe mode (an
// error for any term a processor would drop), converts it to RDF, and
// reads it as the scorer does.
func readJSONLD(t *testing.T, data []byte) *ldGraph {
	t.Helper()
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	loader := &refusing{}
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = loader
	opts.SafeMode = true
	proc := ld.NewJsonLdProcessor()
	if _, err := proc.Expand(doc, opts); err != nil {
		t.Fatalf("expand: %v", err)
	}
	flat, err := proc.Flatten(doc, nil, opts)
	if err != nil {
		t.Fatalf("flatten: %v", err)
	}
	rdfOpts := ld.NewJsonLdOptions("")
	rdfOpts.DocumentLoader = loader
	rdfOpts.Format = "application/n-quads"
	if _, err := proc.ToRDF(doc, rdfOpts); err != nil {
		t.Fatalf("to RDF: %v", err)
	}
	if len(loader.asked) > 0 {
		t.Fatalf("the processor asked for %v: the context must be inline", loader.asked)
	}
	list, _ := flat.([]any)
	nodes := map[string]*ldNode{}
	var order []*ldNode
	for _, item := range list {
		m, _ := item.(map[string]any)
		id, _ := m["@id"].(string)
		n := &ldNode{types: map[string]bool{}, props: map[string][]any{}}
		nodes[id] = n
		order = append(order, n)
		for k, v := range m {
			vals, _ := v.([]any)
			switch k {
			case "@id":
			case "@type":
				for _, ty := range vals {
					n.types[strings.TrimPrefix(ty.(string), "https://schema.org/")] = true
				}
			default:
				n.props[strings.TrimPrefix(k, "https://schema.org/")] = vals
			}
		}
	}
	strs := func(n *ldNode, prop string) []string {
		var out []string
		for _, v := range n.props[prop] {
			if m, ok := v.(map[string]any); ok {
				if s, ok := m["@value"].(string); ok {
					out = append(out, s)
				}
			}
		}
		return out
	}
	refs := func(n *ldNode, prop string) []*ldNode {
		var out []*ldNode
		for _, v := range n.props[prop] {
			if m, ok := v.(map[string]any); ok {
				if id, ok := m["@id"].(string); ok && nodes[id] != nil {
					out = append(out, nodes[id])
				}
			}
		}
		return out
	}
	g := &ldGraph{persons: map[string][]string{}, events: map[string]ldEvent{}, nodes: len(order)}
	for _, n := range order {
		names := strs(n, "name")
		if len(names) == 0 {
			continue
		}
		switch {
		case n.types["Person"]:
			var titles []string
			for _, role := range refs(n, "memberOf") {
				for _, rn := range strs(role, "roleName") {
					for _, org := range refs(role, "memberOf") {
						for _, on := range strs(org, "name") {
							titles = append(titles, rn+" "+on)
						}
					}
				}
			}
			g.persons[names[0]] = titles
		case n.types["Event"]:
			ev := ldEvent{dates: strs(n, "startDate")}
			for _, a := range refs(n, "attendee") {
				if a.types["Person"] {
					ev.attendees = append(ev.attendees, strs(a, "name")...)
				}
			}
			slices.Sort(ev.attendees)
			g.events[names[0]] = ev
		case n.types["Organization"] || n.types["GovernmentOrganization"] || n.types["PoliticalParty"] || n.types["NewsMediaOrganization"] || n.types["Corporation"]:
			g.orgs = append(g.orgs, names[0])
		}
	}
	return g
}

const congress = "Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội lần thứ 8, nhiệm kỳ 2020-2025"

var congressAttendees = []string{"Nguyễn Doãn Toản", "Nguyễn Thế Hùng", "Nguyễn Đức Chung", "Phùng Khải Lợi", "Vũ Đăng Định"}

// TestExportJSONLD: the export expands offline, and a reader finds the
// people, their titles and the events in it.
func TestExportJSONLD(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	for _, compact := range []bool{false, true} {
		t.Run(fmt.Sprintf("compact=%v", compact), func(t *testing.T) {
			args := []string{"export", "--format", "jsonld"}
			if compact {
				args = append(args, "--compact")
			}
			r := e.must(args...)
			if r.stderr != "" {
				t.Errorf("stderr %q", r.stderr)
			}
			g := readJSONLD(t, []byte(r.stdout))
			if !slices.Contains(g.persons["Phùng Khải Lợi"], "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan thành phố Hà Nội") {
				t.Errorf("titles of Phùng Khải Lợi: %q", g.persons["Phùng Khải Lợi"])
			}
			ev, ok := g.events[congress]
			if !ok || !slices.Equal(ev.attendees, congressAttendees) || !slices.Equal(ev.dates, []string{"2020-05-16"}) {
				t.Errorf("the congress: %+v (found %v)", ev, ok)
			}
			if len(g.persons) < 40 || len(g.events) < 8 || len(g.orgs) < 40 {
				t.Errorf("%d persons, %d events, %d organizations: too few", len(g.persons), len(g.events), len(g.orgs))
			}
		})
	}
}

// TestExportDOT: Graphviz reads the DOT kg writes, when dot is installed.
func TestExportDOT(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	for _, args := range [][]string{
		{"export", "--format", "dot"},
		{"export", "--format", "dot", "--articles"},
		{"export", "--format", "dot", "--focus", "Nguyễn Đức Chung", "--depth", "2"},
	} {
		r := e.must(args...)
		if !strings.HasPrefix(r.stdout, "digraph kg {\n") || !strings.HasSuffix(r.stdout, "}\n") {
			t.Errorf("kg %q: not a digraph:\n%.200s", args, r.stdout)
		}
		checkDOT(t, r.stdout)
	}
}

// checkDOT runs dot -Tsvg on src, when dot is installed, and parses the
// SVG it makes.
func checkDOT(t *testing.T, src string) {
	t.Helper()
	dotCmd, err := exec.LookPath("dot")
	if err != nil {
		t.Log("dot is not installed: DOT not checked with Graphviz")
		return
	}
	cmd := exec.Command(dotCmd, "-Tsvg")
	cmd.Stdin = strings.NewReader(src)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
	}
	if s := strings.TrimSpace(stderr.String()); s != "" {
		t.Errorf("dot -Tsvg warns: %s", s)
	}
	checkXML(t, out.Bytes())
}

// checkXML parses data as XML to the end.
func checkXML(t *testing.T, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	elems := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		if _, ok := tok.(xml.StartElement); ok {
			elems++
		}
	}
	if elems < 3 {
		t.Errorf("SVG has %d elements", elems)
	}
}

// TestExportSVG: kg runs kg-svg, found on $PATH, and writes SVG.
func TestExportSVG(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kg-svg; skipped with -short")
	}
	withSVG(t)
	e := richStore(t)
	out := e.path("graph.svg")
	r := e.must("export", "--format", "svg", "-o", out)
	if r.stdout != "" {
		t.Errorf("stdout %q with -o", r.stdout)
	}
	data := mustRead(t, out)
	if !bytes.Contains(data, []byte("<svg")) || !bytes.Contains(data, []byte("Phùng Khải Lợi")) {
		t.Errorf("%s: not the SVG of the graph:\n%.300s", out, data)
	}
	checkXML(t, data)
	// the whole rich store is too big a drawing to read: kg says so
	if !strings.Contains(r.stderr, "too many to read in one drawing") || !strings.Contains(r.stderr, "--format html") {
		t.Errorf("no warning of a drawing too big: %q", r.stderr)
	}

	r = e.must("export", "--format", "svg", "--focus", "Phùng Khải Lợi", "--layout", "neato")
	checkXML(t, []byte(r.stdout))
	if r.stderr != "" || !strings.Contains(r.stdout, `stroke="#dc3545"`) {
		t.Errorf("a focused drawing: stderr %q, focus drawn distinctly: %v", r.stderr, strings.Contains(r.stdout, `stroke="#dc3545"`))
	}

	r = e.kg("export", "--format", "svg", "--layout", "bogus")
	if r.code != ExitUsage || r.stdout != "" || !oneLine(r.stderr) || !strings.Contains(r.stderr, `unknown Graphviz layout "bogus": want one of circo, dot, fdp`) {
		t.Errorf("--layout bogus: %v\nwant exit 2", r)
	}

	// without kg-svg, a message that says how to get it
	t.Setenv("PATH", t.TempDir())
	r = e.kg("export", "--format", "svg", "-o", out)
	if r.code != ExitError || !oneLine(r.stderr) || !strings.Contains(r.stderr, "kg-svg") || !strings.Contains(r.stderr, "go build") {
		t.Errorf("without kg-svg: %v", r)
	}
	if !bytes.Equal(mustRead(t, out), data) {
		t.Error("a failed export changed the file")
	}
}

// TestExportOutputFile: -o writes the file whole or not at all, and
// leaves nothing beside it.
func TestExportOutputFile(t *testing.T) {
	e := richStore(t)
	out := e.path("out/graph.jsonld")
	if err := os.Mkdir(e.path("out"), 0o755); err != nil {
		t.Fatal(err)
	}
	r := e.must("export", "--format", "jsonld", "-o", out)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("with -o: %v", r)
	}
	want := e.must("export", "--format", "jsonld").stdout
	if got := string(mustRead(t, out)); got != want {
		t.Error("-o wrote other bytes than standard output")
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}

	// a failed export leaves the old file as it was
	old := []byte("the old file\n")
	if err := os.WriteFile(out, old, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", t.TempDir()) // no kg-svg
	if r := e.kg("export", "--format", "svg", "-o", out); r.code == 0 {
		t.Fatalf("svg without kg-svg: %v", r)
	}
	if !bytes.Equal(mustRead(t, out), old) {
		t.Error("a failed export changed the file")
	}
	if ents, _ := os.ReadDir(e.path("out")); len(ents) != 1 {
		t.Errorf("the folder holds %v, want the output only", ents)
	}

	// a folder that does not exist: the message names the file asked for
	r = e.kg("export", "--format", "dot", "-o", e.path("nowhere/graph.dot"))
	want = "kg: write $DIR/nowhere/graph.dot: no such file or directory\n"
	if r.code != ExitError || stable(r.stderr, e.dir) != want {
		t.Errorf("got %v\nwant exit 5 and %q", r, want)
	}
}

// TestExportFocus: --focus exports the part of the graph around an
// entity; a name that matches nothing, or several entities, is refused as
// by queries.
func TestExportFocus(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	whole := readJSONLD(t, []byte(e.must("export", "--format", "jsonld").stdout))
	one := readJSONLD(t, []byte(e.must("export", "--format", "jsonld", "--focus", "Phùng Khải Lợi", "--depth", "1").stdout))
	two := readJSONLD(t, []byte(e.must("export", "--format", "jsonld", "--focus", "Phùng Khải Lợi", "--depth", "2").stdout))
	zero := readJSONLD(t, []byte(e.must("export", "--format", "jsonld", "--focus", "Phùng Khải Lợi", "--depth", "0").stdout))
	if _, ok := one.persons["Phùng Khải Lợi"]; !ok {
		t.Error("--focus: the entity is not in the export")
	}
	if !(zero.nodes < one.nodes && one.nodes < two.nodes && two.nodes < whole.nodes) {
		t.Errorf("nodes: depth 0: %d, 1: %d, 2: %d, whole: %d; want more at each depth", zero.nodes, one.nodes, two.nodes, whole.nodes)
	}
	// depth 1 reaches his events, depth 2 the other people there
	if _, ok := one.events[congress]; !ok {
		t.Error("--depth 1: the congress he spoke at is missing")
	}
	if _, ok := two.persons["Vũ Đăng Định"]; !ok {
		t.Error("--depth 2: Vũ Đăng Định, at the same congress, is missing")
	}
	if _, ok := one.persons["Vũ Đăng Định"]; ok {
		t.Error("--depth 1: Vũ Đăng Định is two hops away")
	}

	if r := e.kg("export", "--format", "dot", "--focus", "Không Có Ai"); r.code != ExitNoMatch || r.stdout != "" || !oneLine(r.stderr) {
		t.Errorf("--focus on nothing: %v", r)
	}
	if r := e.kg("export", "--format", "dot", "--focus", "Nguyễn"); r.code != ExitUsage || r.stdout != "" || !strings.Contains(r.stderr, "--all") {
		t.Errorf("--focus on several: %v", r)
	}
	all := readJSONLD(t, []byte(e.must("export", "--format", "jsonld", "--focus", "Nguyễn Đức", "--all", "--depth", "0").stdout))
	for _, p := range []string{"Nguyễn Đức Chung", "Nguyễn Đức Trung"} {
		if _, ok := all.persons[p]; !ok {
			t.Errorf("--focus --all: %s missing", p)
		}
	}
}

// TestDeterministic: the same articles give the same bytes, whatever the
// batch size, the number of workers, the store, or the order they were
// ingested in (an entity's fields are chosen by graph.Prefer, not by the
// first article that names it).
func TestDeterministic(t *testing.T) {
	t.Parallel()
	// the same sources for every store: the articles are copied once
	src := t.TempDir()
	var files []string
	for _, f := range corpus(t) {
		p := filepath.Join(src, filepath.Base(f))
		if err := os.WriteFile(p, mustRead(t, f), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	shuffled := slices.Clone(files)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	runs := []struct {
		name  string
		flags []string
		files []string
	}{
		{"in order", nil, files},
		{"in order, one a batch, one worker", []string{"--batch", "1", "--workers", "1"}, files},
		{"in order, in two runs", nil, nil},
		{"reversed", []string{"--batch", "1", "--workers", "1"}, reversed},
		{"shuffled", []string{"--batch", "3", "--workers", "4"}, shuffled},
	}
	outputs := [][]string{
		{"export", "--format", "jsonld"},
		{"export", "--format", "dot", "--articles"},
		{"export", "--format", "jsonld", "--focus", "Nguyễn Thế Hùng", "--depth", "2", "--compact"},
		{"query", "attendees", "dai hoi", "--format", "json", "--why"},
		{"query", "positions", "Phùng Khải Lợi", "--format", "json", "--why"},
		{"query", "members", "UBND thanh pho Ha Noi", "--format", "json", "--why"},
		{"query", "why-same", "Nguyễn Thế Hùng", "--format", "json"},
		{"query", "neighbors", "Nguyễn Đức Chung", "--depth", "2", "--format", "json"},
		{"query", "path", "Vũ Đăng Định", "Phó Chủ tịch HĐND thành phố Hà Nội", "--format", "json", "--why"},
	}
	var first []string
	for i, run := range runs {
		e := newEnv(t)
		if run.files == nil {
			half := len(files) / 2
			e.must(append([]string{"ingest", "-q"}, files[:half]...)...)
			e.must(append([]string{"ingest", "-q"}, files[half:]...)...)
		} else {
			e.must(append(append([]string{"ingest", "-q"}, run.flags...), run.files...)...)
		}
		for j, args := range outputs {
			out := e.must(args...).stdout
			if i == 0 {
				if again := e.must(args...).stdout; again != out {
					t.Errorf("kg %q: two runs on one store differ", args)
				}
			}
			switch {
			case i == 0:
				first = append(first, out)
			case out == first[j]:
			default:
				t.Errorf("kg %q: a store ingested %s differs from one ingested %s:\n%s", args, run.name, runs[0].name, lineDiff(first[j], out))
			}
		}
	}
}

// TestExportHTML writes the viewer as one file: the focus and its
// neighbours inline, with the sentences behind the links.
func TestExportHTML(t *testing.T) {
	e := richStore(t)
	r := e.must("export", "--format", "html", "--focus", "Phùng Khải Lợi", "--depth", "1")
	for _, want := range []string{`<script type="application/json" id="kg-data">`, "Phùng Khải Lợi", `"sentence":`, "Content-Security-Policy", "cytoscape"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("no %q in the page", want)
		}
	}
	if r.stderr != "" {
		t.Errorf("stderr %q", r.stderr)
	}
}
