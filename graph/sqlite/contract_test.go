package sqlite

import (
	"path/filepath"
	"testing"

	"kg/graph"
	"kg/graph/storetest"
)

// TestContract runs the contract every store keeps (package
// graph/storetest), with this store's own checks of its indexes.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		New: func(t *testing.T) (graph.Store, string) {
			path := filepath.Join(t.TempDir(), "kg.db")
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			return s, path
		},
		Open: func(t *testing.T, path string, readOnly bool) (graph.Store, error) {
			if readOnly {
				return Open(path, ReadOnly())
			}
			return Open(path)
		},
		Check: func(t *testing.T, s graph.Store, history, current []*graph.Extraction) {
			t.Helper()
			checkStore(t, s.(*Store), history, current)
		},
	})
}
