package cli

import (
	"bytes"
	"context"
	"os"
	"testing"
)

// BenchmarkQueries times each query inside the process on a big store:
// build one with the corpus generator and point KG_BENCH_STORE at it,
//
//	go run ./samples/gen -n 10000 -o /tmp/c10k -format jsonl
//	kg ingest --store /tmp/c10k.db -q /tmp/c10k/corpus.jsonl
//	KG_BENCH_STORE=/tmp/c10k.db KG_BENCH_PERSON="Hồ Phương Ngân" \
//	  KG_BENCH_ORG="Tỉnh ủy Khánh Hòa" KG_BENCH_EVENT="event:..." \
//	  go test -run '^$' -bench Queries ./cmd/kg/internal/cli
//
// It is skipped without KG_BENCH_STORE.
func BenchmarkQueries(b *testing.B) {
	store := os.Getenv("KG_BENCH_STORE")
	if store == "" {
		b.Skip("KG_BENCH_STORE names no store")
	}
	person, org, event := os.Getenv("KG_BENCH_PERSON"), os.Getenv("KG_BENCH_ORG"), os.Getenv("KG_BENCH_EVENT")
	cases := []struct {
		name string
		args []string
	}{
		{"attendees", []string{"query", "attendees", event}},
		{"events", []string{"query", "events", person}},
		{"positions", []string{"query", "positions", person, "--why"}},
		{"members", []string{"query", "members", org}},
		{"path", []string{"query", "path", person, event}},
		{"neighbors", []string{"query", "neighbors", person}},
		{"search", []string{"query", "search", person}},
		{"why-same", []string{"query", "why-same", person}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			args := append([]string{"--store", store}, c.args...)
			for b.Loop() {
				var out, errb bytes.Buffer
				if code := Main(context.Background(), &IO{Out: &out, Err: &errb}, args); code != ExitOK {
					b.Fatalf("kg %q: exit %d: %s", args, code, errb.String())
				}
			}
		})
	}
}
