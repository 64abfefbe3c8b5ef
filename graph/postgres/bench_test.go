package postgres

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"kg/graph"
	"kg/graph/query"
	"kg/graph/storetest"
)

// benchArticles is the size of the store BenchmarkQueries builds when
// KG_PG_BENCH_URL names none.
const benchArticles = 2000

// benchStore opens the store the query benchmarks read: the one
// $KG_PG_BENCH_URL names (read-only; build it with kg ingest, e.g. of
// samples/gen's 100,000 articles), else a store of benchArticles
// synthetic articles in a new database of the test cluster.
func benchStore(b *testing.B) *Store {
	b.Helper()
	ctx := context.Background()
	url := os.Getenv("KG_PG_BENCH_URL")
	if url == "" {
		srv := server.Get(b)
		url = srv.URL(srv.NewDB(b))
		s, err := Open(ctx, url)
		if err != nil {
			b.Fatal(err)
		}
		c := storetest.NewCorpus(1)
		for from := 0; from < benchArticles; from += 200 {
			if _, err := s.Put(ctx, c.Batch(from, from+200)); err != nil {
				b.Fatal(err)
			}
		}
		s.Close()
	}
	s, err := Open(ctx, url, ReadOnly())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// benchSubjects are the entities the query benchmarks ask about: the
// busiest of their kinds, and a person of about 50 articles, as a user
// would most often look up.
type benchSubjects struct {
	busyPerson, person, org, event, position string
	word                                     string // the word of the most names
}

func pickSubjects(b *testing.B, s *Store) benchSubjects {
	b.Helper()
	ctx := context.Background()
	var sub benchSubjects
	busiest := func(kind string) string {
		var id string
		err := s.pool.QueryRow(ctx, `SELECT id FROM entities WHERE kind = $1 ORDER BY facts DESC, id LIMIT 1`, kind).Scan(&id)
		if err != nil {
			b.Fatalf("busiest %s: %v", kind, err)
		}
		return id
	}
	sub.org, sub.event, sub.position = busiest("organization"), busiest("event"), busiest("position")
	articles := `SELECT g.cluster FROM person_groups g JOIN person_mentions m ON m.person = g.person AND m.grp = g.grp
		GROUP BY g.cluster ORDER BY %s LIMIT 1`
	if err := s.pool.QueryRow(ctx, fmt.Sprintf(articles, "count(*) DESC, g.cluster")).Scan(&sub.busyPerson); err != nil {
		b.Fatal(err)
	}
	if err := s.pool.QueryRow(ctx, fmt.Sprintf(articles, "abs(count(*) - 50), g.cluster")).Scan(&sub.person); err != nil {
		b.Fatal(err)
	}
	if err := s.pool.QueryRow(ctx, `SELECT word FROM name_words GROUP BY word ORDER BY count(*) DESC, word LIMIT 1`).Scan(&sub.word); err != nil {
		b.Fatal(err)
	}
	return sub
}

// sole stands in for the lexicon's SoleRole, which a graph package may
// not import: a deputy's position and a member's ("Ủy viên") are held by
// several at once, any other by one.
func sole(role, _ string) bool {
	r := graph.Fold(role)
	return !strings.HasPrefix(r, "pho ") && !strings.HasPrefix(r, "uy vien")
}

// BenchmarkQueries runs the questions of kg query, as graph/query's
// engine asks them of the store, each with a new engine (as a kg query
// process has).
func BenchmarkQueries(b *testing.B) {
	s := benchStore(b)
	sub := pickSubjects(b, s)
	ctx := context.Background()
	get := func(b *testing.B, id string) *graph.Entity {
		ents, err := s.Entities(ctx, []string{id})
		if err != nil {
			b.Fatal(err)
		}
		return ents[0]
	}
	person, busy, org, event, position := get(b, sub.person), get(b, sub.busyPerson), get(b, sub.org), get(b, sub.event), get(b, sub.position)
	b.Logf("person %s, busiest person %s, organization %s, event %s, position %s, commonest word %q", person.ID, busy.ID, org.ID, event.ID, position.ID, sub.word)
	cases := []struct {
		name string
		run  func(*query.Engine) error
	}{
		{"positions/person", func(e *query.Engine) error { _, err := e.Positions(ctx, person); return err }},
		{"positions/busiest", func(e *query.Engine) error { _, err := e.Positions(ctx, busy); return err }},
		{"events/person", func(e *query.Engine) error { _, err := e.Events(ctx, person); return err }},
		{"events/busiest", func(e *query.Engine) error { _, err := e.Events(ctx, busy); return err }},
		{"eventroles/busiest", func(e *query.Engine) error { _, err := e.EventRoles(ctx, busy); return err }},
		{"attendees/event", func(e *query.Engine) error { _, err := e.Attendees(ctx, event); return err }},
		{"attendeeroles/event", func(e *query.Engine) error { _, err := e.AttendeeRoles(ctx, event); return err }},
		{"members/org", func(e *query.Engine) error { _, err := e.Members(ctx, org); return err }},
		{"holders/position", func(e *query.Engine) error { _, err := e.Holders(ctx, position); return err }},
		{"neighbors/person", func(e *query.Engine) error { _, _, err := e.Neighbors(ctx, person, 1, false, 100); return err }},
		{"neighbors/org", func(e *query.Engine) error { _, _, err := e.Neighbors(ctx, org, 1, false, 100); return err }},
		{"neighbors2/person", func(e *query.Engine) error { _, _, err := e.Neighbors(ctx, person, 2, true, 100); return err }},
		{"path/person-org", func(e *query.Engine) error {
			_, err := e.Path(ctx, person, org, 6)
			if errors.Is(err, graph.ErrNoPath) {
				return nil
			}
			return err
		}},
		{"path/person-busiest", func(e *query.Engine) error {
			_, err := e.Path(ctx, person, busy, 6)
			if errors.Is(err, graph.ErrNoPath) {
				return nil
			}
			return err
		}},
		{"search/person", func(e *query.Engine) error { _, _, err := e.Search(ctx, person.Name, 20); return err }},
		{"search/commonest-word", func(e *query.Engine) error { _, _, err := e.Search(ctx, sub.word, 20); return err }},
		{"search/place", func(e *query.Engine) error { _, _, err := e.Search(ctx, "Hà Nội", 20); return err }},
		{"resolve/person", func(e *query.Engine) error { _, err := e.Resolve(ctx, person.Name, true); return err }},
		{"why-same/busiest", func(e *query.Engine) error { _, err := e.WhySame(ctx, busy); return err }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if err := c.run(query.New(s, query.Options{Sole: sole})); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
