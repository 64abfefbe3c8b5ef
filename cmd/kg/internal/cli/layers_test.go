package cli

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestNoDriverAboveTheStore: the command layer reads stores through
// graph.Reader and graph/query, and knows no SQL: no database driver, no
// database/sql. (It opens a store by its package's Open.)
func TestNoDriverAboveTheStore(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	banned := []string{"database/sql", "modernc.org/sqlite", "github.com/jackc/pgx"}
	fset := token.NewFileSet()
	checked := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for _, imp := range af.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			for _, b := range banned {
				if path == b || strings.HasPrefix(path, b+"/") {
					t.Errorf("%s imports %s: map its errors in the store package, to graph's sentinel errors", f, path)
				}
			}
		}
	}
	if checked < 5 {
		t.Fatalf("%d files checked", checked)
	}
}
