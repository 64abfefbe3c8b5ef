package cli

import (
	"fmt"
	"net"
	"regexp"
	"strings"
	"testing"

	"kg/internal/virtuosotest"
)

func TestPublishUsage(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"publish"}, `required flag(s) "sparql" not set`},
		{[]string{"publish", "--sparql", "ftp://host/sparql"}, "want an http:// or https:// URL"},
		{[]string{"publish", "--sparql", "http://dba:secret@host/sparql"}, "give them in KG_SPARQL_USER and KG_SPARQL_PASSWORD"},
		{[]string{"publish", "--sparql", "http://host/query"}, "--graph-store: give the store's Graph Store endpoint"},
	} {
		r := e.kg(tc.args...)
		if r.code != ExitUsage || !strings.Contains(r.stderr, tc.want) || strings.Contains(r.stderr, "secret") {
			t.Errorf("kg %s: %v, want exit %d and %q", strings.Join(tc.args, " "), r, ExitUsage, tc.want)
		}
	}
}

func TestPublishUnreachable(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	r := e.kg("publish", "--sparql", "http://"+addr+"/sparql")
	if r.code != ExitStore || !strings.Contains(r.stderr, "connection refused") {
		t.Errorf("unreachable store: %v", r)
	}
}

// TestPublishVirtuoso runs kg publish against a real Virtuoso: refused
// with a wrong password (exit 4), then published, then published again
// with nothing to send.
func TestPublishVirtuoso(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: starts Virtuoso")
	}
	base := virtuosotest.Start(t)
	e := richStore(t)
	t.Setenv(envSPARQLUser, virtuosotest.User)
	t.Setenv(envSPARQLPassword, "wrong")
	r := e.kg("publish", "--sparql", base+"/sparql")
	if r.code != ExitStore || !strings.Contains(r.stderr, "401") || !strings.Contains(r.stderr, "KG_SPARQL_PASSWORD") {
		t.Fatalf("wrong password: %v", r)
	}
	t.Setenv(envSPARQLPassword, virtuosotest.Password)
	r = e.must("publish", "--sparql", base+"/sparql")
	m := regexp.MustCompile(`(\d+) graphs sent, 0 unchanged, 0 deleted`).FindStringSubmatch(r.stderr)
	if m == nil || m[1] == "0" {
		t.Fatalf("first publication: %v", r)
	}
	r = e.must("publish", "--sparql", base+"/sparql")
	if want := fmt.Sprintf("0 graphs sent, %s unchanged, 0 deleted", m[1]); !strings.Contains(r.stderr, want) {
		t.Errorf("second publication: %v, want %q", r, want)
	}
}
