package graphml_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kg/export/graphml"
	"kg/export/internal/testgraph"
	"kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func render(t testing.TB, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := graphml.Write(&buf, g, graphml.Options{Sentence: testgraph.Sentence}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for name, g := range map[string]*graph.Graph{"small": testgraph.Small(t), "hostile": testgraph.Hostile(t), "empty": graph.New()} {
		t.Run(name, func(t *testing.T) {
			got := render(t, g)
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

// readBack is what networkx reads out of a GraphML document.
type readBack struct {
	Nodes map[string]map[string]any `json:"nodes"`
	Edges []map[string]any          `json:"edges"`
	Types map[string]string         `json:"types"`
}

// networkx reads a document with networkx.read_graphml (Debian's
// python3-networkx) and returns its nodes and edges with their attributes.
func networkx(t *testing.T, doc []byte) readBack {
	t.Helper()
	// the python3 of $PATH may be another than Debian's (pyenv's), without
	// the package
	python := ""
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(p, "-c", "import networkx").Run() == nil {
			python = p
			break
		}
	}
	if python == "" {
		t.Skip("no python3 with networkx: apt-get install python3-networkx to read the output back")
	}
	path := filepath.Join(t.TempDir(), "g.graphml")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
types = {}
for _, d in g.nodes(data=True):
    for k, v in d.items(): types["node." + k] = type(v).__name__
for _, _, d in g.edges(data=True):
    for k, v in d.items(): types["edge." + k] = type(v).__name__
json.dump({"nodes": {n: d for n, d in g.nodes(data=True)},
           "edges": [dict(d, source=u, target=v) for u, v, d in g.edges(data=True)],
           "types": types}, sys.stdout)
`
	out, err := exec.Command(python, "-c", script, path).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("networkx: %v\n%s", err, stderr)
	}
	var rb readBack
	if err := json.Unmarshal(out, &rb); err != nil {
		t.Fatal(err)
	}
	return rb
}

// xmlText is a text as XML 1.0 can hold it: the characters it cannot
// become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xd7ff) || (r >= 0xe000 && r <= 0xfffd) || r >= 0x10000 {
			b.WriteRune(r)
		} else {
			b.WriteRune('\uFFFD')
		}
	}
	return b.String()
}

func TestNetworkxReads(t *testing.T) {
	for name, g := range map[string]*graph.Graph{"small": testgraph.Small(t), "hostile": testgraph.Hostile(t),
		"synthetic": testgraph.Synthetic(t, 40, 1)} {
		t.Run(name, func(t *testing.T) {
			rb := networkx(t, render(t, g))
			if len(rb.Nodes) != g.Len() {
				t.Errorf("networkx read %d nodes, want %d", len(rb.Nodes), g.Len())
			}
			if len(rb.Edges) != len(g.Facts()) {
				t.Errorf("networkx read %d edges, want %d (one per fact)", len(rb.Edges), len(g.Facts()))
			}
			for _, e := range g.Entities() {
				n, ok := rb.Nodes[xmlText(e.ID)]
				if !ok {
					t.Errorf("node %.40q lost", e.ID)
					continue
				}
				if e.Name != "" && n["name"] != xmlText(e.Name) {
					t.Errorf("name of %.40q = %.40q, want %.40q", e.ID, n["name"], e.Name)
				}
				if n["kind"] != e.Kind.String() {
					t.Errorf("kind of %.40q = %v", e.ID, n["kind"])
				}
			}
			sentence, _ := testgraph.Sentence(graph.Provenance{Article: "a", Start: 3, End: 40})
			if name == "hostile" {
				found := false
				for _, e := range rb.Edges {
					if e["sentence"] == xmlText(sentence) {
						found = true
					}
				}
				if !found {
					t.Errorf("sentence %q did not come back", sentence)
				}
			}
			for k, want := range map[string]string{"node.year": "int", "edge.former": "bool", "edge.span_start": "int", "node.name": "str"} {
				if got, ok := rb.Types[k]; ok && got != want {
					t.Errorf("%s read as %s, want %s", k, got, want)
				}
			}
		})
	}
}

// TestRoles checks what a reader learns of attendance from the small
// graph: the role of each presence and the positions held there.
func TestRoles(t *testing.T) {
	rb := networkx(t, render(t, testgraph.Small(t)))
	got := map[string]string{}
	for _, e := range rb.Edges {
		if role, ok := e["role"].(string); ok {
			held, _ := e["held_positions"].(string)
			got[e["source"].(string)+" "+role] = held
		}
	}
	for k, want := range map[string]string{
		"person:nguyễn đức chung attended":                   "Chủ tịch UBND thành phố Hà Nội | Phó Bí thư Thành ủy Hà Nội",
		"person:nguyễn đức chung spoke_at":                   "Chủ tịch UBND thành phố Hà Nội | Phó Bí thư Thành ủy Hà Nội",
		"person:nguyễn văn sửu hosted":                       "",
		"person:oh se-hyun attended":                         "Thị trưởng thành phố Asan",
		"organization:đoàn đại biểu thành phố asan attended": "",
	} {
		if g, ok := got[k]; !ok || g != want {
			t.Errorf("%s: held positions %q (present %v), want %q", k, g, ok, want)
		}
	}
}
