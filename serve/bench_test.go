package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"testing"

	"kg/graph/sqlite"
	"kg/ingest/lexicon"
)

// BenchmarkRequests times real requests, handled in the process, on a big
// store: build one with the corpus generator and point KG_SERVE_STORE at
// it,
//
//	go run ./samples/gen -n 100000 -o /tmp/sv100k -format jsonl
//	bin/kg ingest -q --store /tmp/sv100k.db /tmp/sv100k/corpus.jsonl
//	KG_SERVE_STORE=/tmp/sv100k.db go test -run '^$' -bench Requests ./serve
//
// KG_SERVE_ORG, KG_SERVE_PERSON and KG_SERVE_EVENT name the entities asked
// about (IDs); by default the busiest of each kind the search finds. The
// positions one person holds at a time are the embedded lexicon's, as
// kg serve's. It is skipped without KG_SERVE_STORE.
func BenchmarkRequests(b *testing.B) {
	path := os.Getenv("KG_SERVE_STORE")
	if path == "" {
		b.Skip("KG_SERVE_STORE names no store")
	}
	store, err := sqlite.Open(path, sqlite.ReadOnly())
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	srv, err := New(store, Options{Sole: lex.SoleRole}) // as kg serve does

	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	pick := func(env, query string, kind string) string {
		if id := os.Getenv(env); id != "" {
			return id
		}
		hits, err := srv.search(ctx, query, nil)
		if err != nil {
			b.Fatal(err)
		}
		for _, h := range hits {
			if h.Kind == kind {
				return h.ID
			}
		}
		b.Fatalf("no %s matches %q", kind, query)
		return ""
	}
	org := pick("KG_SERVE_ORG", "ủy ban nhân dân tỉnh", "organization")
	person := pick("KG_SERVE_PERSON", "hồ", "person")
	event := pick("KG_SERVE_EVENT", "hội nghị tổng kết", "event")
	q := func(path string, kv ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Add(kv[i], kv[i+1])
		}
		return path + "?" + v.Encode()
	}
	for _, c := range []struct{ name, url string }{
		{"search", q("/api/search", "q", "tinh uy")},
		{"neighborhood-org", q("/api/neighborhood", "id", org)},
		{"neighborhood-org-depth2", q("/api/neighborhood", "id", org, "depth", "2")},
		{"neighborhood-person-depth2", q("/api/neighborhood", "id", person, "depth", "2")},
		{"neighborhood-event", q("/api/neighborhood", "id", event)},
		{"page-person", q("/e", "id", person)},
		{"page-org", q("/e", "id", org)},
		{"page-event", q("/e", "id", event)},
		{"path", q("/api/path", "from", person, "to", event)},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, c.url, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d %s", c.url, rec.Code, rec.Body.String())
				}
			}
		})
	}
}
