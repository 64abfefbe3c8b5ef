package postgres

import (
	"context"
	"os"
	"testing"

	"kg/graph"
	"kg/graph/postgres/pgtest"
	"kg/graph/storetest"
)

// server is the cluster the package's tests share, each in its own
// database.
var server pgtest.Lazy

func TestMain(m *testing.M) {
	code := m.Run()
	if err := server.Close(); err != nil {
		os.Stderr.WriteString("stop PostgreSQL: " + err.Error() + "\n")
	}
	os.Exit(code)
}

// newStore opens a store in a new database of the shared server.
func newStore(t *testing.T, opts ...Option) (*Store, string) {
	t.Helper()
	srv := server.Get(t)
	url := srv.URL(srv.NewDB(t))
	s, err := Open(context.Background(), url, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, url
}

func harness() storetest.Harness {
	return harnessVia(func(srv *pgtest.Server, db string) string { return srv.URL(db) })
}

// harnessVia is harness, the stores reached by the URL of via.
func harnessVia(via func(srv *pgtest.Server, db string) string) storetest.Harness {
	return storetest.Harness{
		New: func(t *testing.T) (graph.Store, string) {
			srv := server.Get(t)
			url := via(srv, srv.NewDB(t))
			s, err := Open(context.Background(), url)
			if err != nil {
				t.Fatal(err)
			}
			return s, url
		},
		Open: func(t *testing.T, url string, readOnly bool) (graph.Store, error) {
			if readOnly {
				return Open(context.Background(), url, ReadOnly())
			}
			return Open(context.Background(), url)
		},
		Check: checkTables,
	}
}

func TestContract(t *testing.T) {
	storetest.Run(t, harness())
}

// TestContractThroughPgBouncer runs the contract through PgBouncer, in
// session pooling: what a team puts in front of a server that many short
// kg processes query, each of which would otherwise start a server
// process of its own. A read-only store once asked for its read-only
// transactions in the startup packet, which PgBouncer refuses ("unsupported
// startup parameter").
func TestContractThroughPgBouncer(t *testing.T) {
	bouncer := server.Get(t).Bouncer(t)
	storetest.Run(t, harnessVia(func(_ *pgtest.Server, db string) string { return bouncer.URL(db) }))
}

// checkTables checks what the store keeps beside the graph: the counts
// of facts, the neighbor index, and that mentions, groups and items refer
// to one another.
func checkTables(t *testing.T, gs graph.Store, history, current []*graph.Extraction) {
	t.Helper()
	s := gs.(*Store)
	counts := map[string]int{}
	for _, ex := range current {
		for _, f := range graph.StoredFacts(ex) {
			counts[f.Subject]++
			if f.Object != f.Subject {
				counts[f.Object]++
			}
		}
	}
	ctx := context.Background()
	rows, err := s.pool.Query(ctx, `SELECT id, facts FROM entities`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			t.Fatal(err)
		}
		if n != counts[id] {
			t.Errorf("entity %s: facts counter %d, want %d", id, n, counts[id])
		}
	}
	rows.Close()
	for what, q := range map[string]string{
		"mentions of no article or person": `SELECT count(*) FROM person_mentions m
			WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.n = m.article)
			OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.n = m.person)`,
		"words of names whose count of words is not the name's": `SELECT count(*) FROM name_words w
			WHERE w.words IS DISTINCT FROM (SELECT nm.words FROM names nm WHERE nm.n = w.name)`,
		"person keys whose facts are not their mentions'": `SELECT count(*) FROM entities e WHERE e.kind = 'person'
			AND e.facts <> (SELECT coalesce(sum(m.facts), 0) FROM person_mentions m WHERE m.person = e.n)`,
		"mentions of no group": `SELECT count(*) FROM person_mentions m
			WHERE NOT EXISTS (SELECT 1 FROM person_groups g WHERE g.person = m.person AND g.grp = m.grp)`,
		"groups whose size is not their mentions'": `SELECT count(*) FROM person_groups g
			WHERE g.size <> (SELECT count(*) FROM person_mentions m WHERE m.person = g.person AND m.grp = g.grp)`,
		"items of no group": `SELECT count(*) FROM person_items i
			WHERE NOT EXISTS (SELECT 1 FROM person_groups g WHERE g.person = i.person AND g.grp = i.grp)`,
		"facts of no article or entity": `SELECT count(*) FROM facts f
			WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.n = f.article)
			OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.n = f.subject)
			OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.n = f.object)`,
		"entities listed by no article": `SELECT count(*) FROM entities e
			WHERE NOT EXISTS (SELECT 1 FROM article_entities a WHERE a.entity = e.n)`,
		"rows of the neighbor index that are not the facts'": neighborMismatches,
		"items unlike the mentions'":                         itemMismatches,
		"names of no entity":                                 `SELECT count(*) FROM names nm WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.n = nm.entity)`,
		"words of no name": `SELECT count(*) FROM name_words w
			WHERE NOT EXISTS (SELECT 1 FROM names nm WHERE nm.n = w.name)`,
		"names without their words": `SELECT count(*) FROM names nm
			WHERE nm.words > 0 AND NOT EXISTS (SELECT 1 FROM name_words w WHERE w.name = nm.n)`,
		"words of names that are not the words of their folded form, or missing": `SELECT count(*) FROM (
			(SELECT DISTINCT nm.n, w FROM names nm, regexp_split_to_table(nm.folded, ' ') AS w WHERE nm.folded <> ''
				EXCEPT SELECT name, word FROM name_words)
			UNION ALL
			(SELECT name, word FROM name_words
				EXCEPT SELECT DISTINCT nm.n, w FROM names nm, regexp_split_to_table(nm.folded, ' ') AS w WHERE nm.folded <> '')) d`,
	} {
		var n int
		if err := s.pool.QueryRow(ctx, q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			t.Errorf("%d %s", n, what)
		}
	}
}

// itemMismatches counts the rows of person_items that differ from the
// items of the mentions' contexts (graph.ContextItem) with their
// mentions' groups: missing, extra or of another group. Rule 1 puts the
// mentions that share an item in one group, so each item has one.
const itemMismatches = `WITH items AS (
		SELECT DISTINCT m.person, (e::bigint << 2) | (l.ord - 1) AS item, m.grp
		FROM person_mentions m,
			LATERAL unnest(string_to_array(m.context, ';')) WITH ORDINALITY AS l(list, ord),
			LATERAL unnest(string_to_array(l.list, ',')) AS e
		WHERE e <> '')
	SELECT count(*) FROM (
		(SELECT person, item, grp FROM items EXCEPT SELECT person, item, grp FROM person_items)
		UNION ALL
		(SELECT person, item, grp FROM person_items EXCEPT SELECT person, item, grp FROM items)) d`

// neighborMismatches counts the rows of the neighbor index that differ
// from the facts' (missing, extra or with another count).
const neighborMismatches = `SELECT count(*) FROM (
	(SELECT subject, relation, object, articles FROM neighbors
		EXCEPT SELECT subject, relation, object, count(DISTINCT article) FROM facts
		WHERE relation <> 'mentions' GROUP BY subject, relation, object)
	UNION ALL
	(SELECT subject, relation, object, count(DISTINCT article) FROM facts
		WHERE relation <> 'mentions' GROUP BY subject, relation, object
		EXCEPT SELECT subject, relation, object, articles FROM neighbors)) d`
