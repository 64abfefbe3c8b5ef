package neo4j_test

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"kg/export/internal/testgraph"
	"kg/export/neo4j"
	"kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func files(t *testing.T, g *graph.Graph) []neo4j.File {
	t.Helper()
	fs, err := neo4j.Files(g, neo4j.Options{Sentence: testgraph.Sentence})
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestGolden(t *testing.T) {
	for name, g := range map[string]*graph.Graph{"small": testgraph.Small(t), "hostile": testgraph.Hostile(t)} {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			for _, f := range files(t, g) {
				fmt.Fprintf(&got, "==> %s <==\n%s", f.Name, f.Data)
			}
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("output differs from %s (run go test -update and review the diff)", path)
			}
		})
	}
}

// The header grammar of neo4j-admin database import: each field is
// name:type; the importer's own fields are :ID (or :ID(space)), :LABEL,
// :START_ID, :END_ID (with an optional space), :TYPE and :IGNORE; a
// property's type is one of the importer's value types, an array when it
// ends in []; a field with no type is a string property.
var (
	headerField   = regexp.MustCompile(`^([^:]*)(?::(ID|START_ID|END_ID)(?:\(([^()]+)\))?|:(LABEL|TYPE|IGNORE)|:(int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(\[\])?)?$`)
	propertyName  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	relTypeSyntax = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
)

// field is a header field as the importer reads it.
type field struct {
	name, special, typ string
	array              bool
}

func parseHeader(t *testing.T, file string, header []string) []field {
	t.Helper()
	var out []field
	names := map[string]bool{}
	for _, h := range header {
		m := headerField.FindStringSubmatch(h)
		if m == nil {
			t.Errorf("%s: header field %q is not in the importer's grammar", file, h)
			continue
		}
		f := field{name: m[1], special: m[2] + m[4], typ: m[5], array: m[6] != ""}
		if f.special == "" && f.typ == "" {
			f.typ = "string"
		}
		if f.special == "" || f.name != "" {
			if !propertyName.MatchString(f.name) {
				t.Errorf("%s: property name %q", file, f.name)
			}
			if names[f.name] {
				t.Errorf("%s: property %q twice", file, f.name)
			}
			names[f.name] = true
		}
		out = append(out, f)
	}
	return out
}

func count(fields []field, special string) int {
	n := 0
	for _, f := range fields {
		if f.special == special {
			n++
		}
	}
	return n
}

// checkValue checks a value against its field's type.
func checkValue(f field, v string) error {
	if v == "" {
		return nil // no property
	}
	values := []string{v}
	if f.array {
		values = strings.Split(v, neo4j.ArrayDelimiter)
	}
	for _, v := range values {
		var err error
		switch f.typ {
		case "int", "long":
			_, err = strconv.ParseInt(v, 10, 64)
		case "boolean":
			_, err = strconv.ParseBool(v)
		case "date":
			_, err = time.Parse("2006-01-02", v)
		case "string":
			if f.array && v == "" {
				err = fmt.Errorf("empty array element")
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func TestImporterGrammar(t *testing.T) {
	for name, g := range map[string]*graph.Graph{"small": testgraph.Small(t), "hostile": testgraph.Hostile(t),
		"synthetic": testgraph.Synthetic(t, 40, 1)} {
		t.Run(name, func(t *testing.T) {
			ids := map[string]bool{}
			var rels [][]string
			var nodeRows, relRows int
			names := map[string]string{}
			sentences := 0
			fs := files(t, g)
			for _, f := range fs {
				if !strings.HasSuffix(f.Name, ".csv") {
					continue
				}
				r := csv.NewReader(bytes.NewReader(f.Data))
				recs, err := r.ReadAll()
				if err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
				fields := parseHeader(t, f.Name, recs[0])
				isNodes := strings.HasPrefix(f.Name, "nodes-")
				if isNodes && (count(fields, "ID") != 1 || count(fields, "START_ID") != 0) {
					t.Errorf("%s: a node file needs one :ID", f.Name)
				}
				if !isNodes && (count(fields, "START_ID") != 1 || count(fields, "END_ID") != 1 || count(fields, "TYPE") != 1) {
					t.Errorf("%s: a relationship file needs :START_ID, :END_ID, :TYPE", f.Name)
				}
				for _, rec := range recs[1:] {
					for i, fl := range fields {
						v := rec[i]
						switch fl.special {
						case "ID":
							if ids[v] {
								t.Errorf("%s: ID %q twice", f.Name, v)
							}
							ids[v] = true
						case "START_ID", "END_ID":
							rels = append(rels, []string{f.Name, v})
						case "TYPE":
							if !relTypeSyntax.MatchString(v) {
								t.Errorf("%s: type %q", f.Name, v)
							}
						case "LABEL":
							if v == "" {
								t.Errorf("%s: no label", f.Name)
							}
						}
						if err := checkValue(fl, v); err != nil {
							t.Errorf("%s: %s = %q: %v", f.Name, recs[0][i], v, err)
						}
						if isNodes && fl.name == "name" {
							names[rec[0]] = v
						}
						if fl.name == "sentence" && v != "" {
							want, _ := testgraph.Sentence(graph.Provenance{Article: "a"})
							// encoding/csv reads a quoted CR LF as LF (the file
							// holds it as written).
							want = strings.ReplaceAll(strings.SplitN(want, ":", 2)[1], "\r\n", "\n")
							if !strings.HasSuffix(v, want) {
								t.Errorf("%s: sentence %q does not end in %q", f.Name, v, want)
							}
							sentences++
						}
					}
				}
				if isNodes {
					nodeRows += len(recs) - 1
				} else if f.Name != "rels-has_role.csv" {
					relRows += len(recs) - 1
				}
			}
			for _, r := range rels {
				if !ids[r[1]] {
					t.Errorf("%s: %q is no node's ID", r[0], r[1])
				}
			}
			if nodeRows != g.Len() {
				t.Errorf("%d nodes, want %d", nodeRows, g.Len())
			}
			known := 0
			for _, f := range g.Facts() {
				if f.Relation.String() != fmt.Sprintf("relation(%d)", f.Relation) {
					known++
				}
			}
			if relRows != known {
				t.Errorf("%d relationships, want %d", relRows, known)
			}
			if sentences == 0 && len(g.Facts()) > 0 {
				t.Error("no sentence written")
			}
			// What encoding/csv reads back: valid UTF-8, CR LF as LF.
			read := func(s string) string { return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r\n", "\n") }
			for _, e := range g.Entities() {
				if got, ok := names[read(e.ID)]; !ok || got != read(e.Name) {
					t.Errorf("name of %.40q = %.40q, want %.40q", e.ID, got, e.Name)
				}
			}
			checkScripts(t, fs)
		})
	}
}

// checkScripts checks that import.sh names every CSV file, and that
// load.cypher loads every file and every column.
func checkScripts(t *testing.T, fs []neo4j.File) {
	t.Helper()
	var sh, cy string
	for _, f := range fs {
		switch f.Name {
		case "import.sh":
			sh = string(f.Data)
		case "load.cypher":
			cy = string(f.Data)
		}
	}
	for _, f := range fs {
		if !strings.HasSuffix(f.Name, ".csv") {
			continue
		}
		kind := "--relationships="
		if strings.HasPrefix(f.Name, "nodes-") {
			kind = "--nodes="
		}
		if !strings.Contains(sh, kind+f.Name+" ") {
			t.Errorf("import.sh does not import %s", f.Name)
		}
		if !strings.Contains(cy, "'file:///"+f.Name+"'") {
			t.Errorf("load.cypher does not load %s", f.Name)
		}
		header, _, _ := bytes.Cut(f.Data, []byte("\n"))
		for _, h := range strings.Split(string(header), ",") {
			if !strings.Contains(cy, "row.`"+h+"`") && h != ":LABEL" && h != ":TYPE" {
				t.Errorf("load.cypher does not read %s of %s", h, f.Name)
			}
		}
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := neo4j.Write(dir, testgraph.Small(t), neo4j.Options{}); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(files(t, testgraph.Small(t))) {
		t.Errorf("%d files written", len(entries))
	}
	if fi, err := os.Stat(filepath.Join(dir, "import.sh")); err != nil || fi.Mode()&0o100 == 0 {
		t.Errorf("import.sh not executable: %v", err)
	}
	if err := neo4j.Write(filepath.Join(dir, "import.sh", "x"), testgraph.Small(t), neo4j.Options{}); err == nil {
		t.Error("a file as folder: no error")
	}
}
