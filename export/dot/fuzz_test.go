package dot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"kg/export/internal/testgraph"
)

// FuzzQuote checks that any text makes one well-formed, printable DOT
// string, and wraps into short lines.
func FuzzQuote(f *testing.F) {
	for _, s := range testgraph.HostileNames() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := quote(s)
		if !utf8.ValidString(q) {
			t.Fatalf("quote(%q) is not UTF-8", s)
		}
		if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
			t.Fatalf("quote(%q) = %q: not quoted", s, q)
		}
		if err := checkQuotes(q); err != nil {
			t.Fatalf("quote(%q) = %q: %v", s, q, err)
		}
		if strings.ContainsFunc(q, func(r rune) bool { return safeRune(r) != r }) {
			t.Fatalf("quote(%q) = %q holds an unsafe character", s, q)
		}
		lines, _ := wrap(s, defaultWrap, maxLines)
		if len(lines) > maxLines {
			t.Fatalf("wrap(%q): %d lines", s, len(lines))
		}
		for _, l := range lines {
			if n := utf8.RuneCountInString(l); n > defaultWrap || n == 0 {
				t.Fatalf("wrap(%q): line %q of %d characters", s, l, n)
			}
		}
	})
}
