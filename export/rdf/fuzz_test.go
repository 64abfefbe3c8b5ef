package rdf

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"kg/export/internal/testgraph"
)

// FuzzIRI checks that any entity ID makes a valid IRI that unescapes back
// to the ID.
func FuzzIRI(f *testing.F) {
	for _, s := range testgraph.HostileNames() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		got := EntityIRI(id)
		if err := checkIRI(got); err != nil {
			t.Fatalf("EntityIRI(%q) = %q: %v", id, got, err)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("EntityIRI(%q) = %q is not UTF-8", id, got)
		}
		back, err := url.PathUnescape(strings.TrimPrefix(got, EntityPrefix))
		if err != nil || back != id {
			t.Fatalf("EntityIRI(%q) = %q unescapes to %q, %v", id, got, back, err)
		}
	})
}
