package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportFormats: each new format is written from a real store, with
// the sentences of the store's articles, and --focus narrows it.
func TestExportFormats(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	// A sentence of the congress article, as the store holds it.
	const sentence = "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan thành phố Hà Nội Phùng Khải Lợi"
	for _, tc := range []struct {
		format string
		want   []string
	}{
		{"nquads", []string{"<urn:kg:graph:entities> .", "<urn:kg:vocab:attended>", "^^<http://www.w3.org/2001/XMLSchema#date>", `"Phùng Khải Lợi"@vi`}},
		{"turtle", []string{"@prefix kg: <urn:kg:vocab:> .", "a kg:Participation", "kg:role kg:attended"}},
		{"graphml", []string{`<key id="n_year" for="node" attr.name="year" attr.type="int">`, "<data key=\"e_role\">attended</data>"}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			r := e.must("export", "--format", tc.format)
			for _, w := range append(tc.want, sentence) {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("no %q in the output", w)
				}
			}
			focused := e.must("export", "--format", tc.format, "--focus", "Phùng Khải Lợi", "--depth", "1")
			if len(focused.stdout) >= len(r.stdout) || !strings.Contains(focused.stdout, "Phùng Khải Lợi") {
				t.Errorf("--focus: %d bytes of %d", len(focused.stdout), len(r.stdout))
			}
		})
	}
}

func TestExportNeo4j(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	r := e.kg("export", "--format", "neo4j")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "-o DIR") {
		t.Errorf("neo4j without -o: %v", r)
	}
	dir := filepath.Join(e.dir, "neo")
	e.must("export", "--format", "neo4j", "-o", dir)
	data, err := os.ReadFile(filepath.Join(dir, "rels-attended.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), ":START_ID,:END_ID,:TYPE,") || !strings.Contains(string(data), "Phùng Khải Lợi") {
		t.Errorf("rels-attended.csv: %.200s", data)
	}
	for _, name := range []string{"nodes-person.csv", "rels-has_role.csv", "import.sh", "load.cypher"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
}
