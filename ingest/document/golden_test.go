package document

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .golden files of testdata/golden")

// goldenBlock and goldenDoc are Documents as the golden files show them:
// kinds by name.
type goldenBlock struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

type goldenDoc struct {
	Source    string        `json:"source"`
	URL       string        `json:"url,omitempty"`
	Title     string        `json:"title,omitempty"`
	Published string        `json:"published,omitempty"`
	Author    string        `json:"author,omitempty"`
	Publisher string        `json:"publisher,omitempty"`
	Encoding  string        `json:"encoding,omitempty"`
	Blocks    []goldenBlock `json:"blocks"`
}

type goldenResult struct {
	Documents []goldenDoc `json:"documents"`
	Errors    []string    `json:"errors,omitempty"`
}

// TestGolden reads each input of testdata/golden (NAME.html, NAME.jsonl,
// NAME.txt) with Read, so that the format is found by extension as in
// use, and compares the Documents and errors with NAME.golden.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/golden/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden") {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		t.Run(name, func(t *testing.T) {
			got := readGolden(t, in)
			golden := strings.TrimSuffix(in, filepath.Ext(in)) + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (go test -update rewrites it):\n%s", in, golden, lineDiff(string(want), string(got)))
			}
		})
	}
	if n == 0 {
		t.Fatal("no golden inputs in testdata/golden")
	}
}

func readGolden(t *testing.T, path string) []byte {
	t.Helper()
	var res goldenResult
	for doc, err := range Read(context.Background(), []string{path}, Options{}) {
		if err != nil {
			res.Errors = append(res.Errors, err.Error())
			continue
		}
		checkDocument(t, doc)
		g := goldenDoc{
			Source: doc.Source, URL: doc.URL, Title: doc.Title, Published: doc.Published,
			Author: doc.Author, Publisher: doc.Publisher, Encoding: doc.Encoding,
		}
		for _, b := range doc.Blocks {
			g.Blocks = append(g.Blocks, goldenBlock{Kind: b.Kind.String(), Text: b.Text})
		}
		res.Documents = append(res.Documents, g)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n-" + wl + "\n+" + gl
		}
	}
	return ""
}
