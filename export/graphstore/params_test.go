package graphstore

import (
	"maps"
	"testing"
)

func TestParseParams(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want map[string]string
	}{
		{`realm="Virtuoso", nonce="3b8d", opaque="5ebe", qop="auth"`,
			map[string]string{"realm": "Virtuoso", "nonce": "3b8d", "opaque": "5ebe", "qop": "auth"}},
		{`Realm="a, b",algorithm=MD5 , stale=true`, map[string]string{"realm": "a, b", "algorithm": "MD5", "stale": "true"}},
		{`realm="say \"hi\""`, map[string]string{"realm": `say "hi"`}},
		{``, map[string]string{}},
		{`novalue`, map[string]string{}},
		{`realm="unclosed`, map[string]string{"realm": "unclosed"}},
	} {
		if got := parseParams(tc.in); !maps.Equal(got, tc.want) {
			t.Errorf("parseParams(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzParseParams: a store's challenge, whatever it says, is read
// without a panic.
func FuzzParseParams(f *testing.F) {
	for _, s := range []string{`realm="x", nonce="y"`, `a=b,c="d\"e"`, `"`, `=,=,`, `a="\`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parseParams(s)
		c := &Client{User: "u"}
		c.challenged([]string{"Digest " + s, "Basic " + s})
	})
}
