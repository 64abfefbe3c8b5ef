package postgres

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"

	"kg/graph"
	"kg/graph/storetest"
)

// TestLookupForms checks that the two forms of byKey and allByKey, index
// probes and a join, read the same rows: the join past probeLimit keys,
// with repeats and keys of no row among them.
func TestLookupForms(t *testing.T) {
	s, _ := newStore(t)
	ctx := context.Background()
	if _, err := s.Put(ctx, []*graph.Extraction{storetest.QT1(), storetest.QT2()}); err != nil {
		t.Fatal(err)
	}
	ns, ids := numbersAndIDs(t, s, `SELECT n, id FROM entities ORDER BY n`)
	if len(ns) < 3 {
		t.Fatalf("%d entities", len(ns))
	}
	// The keys asked: every other entity, twice, and keys of none.
	pad := func(ks []int64) []int64 {
		var out []int64
		for i, n := range ks {
			if i%2 == 0 {
				out = append(out, n, n)
			}
		}
		return out
	}
	few := pad(ns)
	many := slices.Clone(few)
	for n := int64(-1); len(many) <= probeLimit; n-- {
		many = append(many, n)
	}
	fewIDs := make([]string, 0, len(few))
	for i, id := range ids {
		if i%2 == 0 {
			fewIDs = append(fewIDs, id, id)
		}
	}
	manyIDs := slices.Clone(fewIDs)
	for len(manyIDs) <= probeLimit {
		manyIDs = append(manyIDs, fmt.Sprintf("organization:nowhere %d", len(manyIDs)))
	}
	read := func(q string, args []any) []string {
		t.Helper()
		var out []string
		err := scanRows(ctx, s.pool, q, args, func(r pgx.Rows) error {
			var a, b string
			err := r.Scan(&a, &b)
			out = append(out, a+" "+b)
			return err
		})
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	for _, c := range []struct {
		name      string
		few, many func() (string, []any)
	}{
		{"byKey bigint",
			func() (string, []any) { return byKey(few, "n::text, id", "entities", "n") },
			func() (string, []any) { return byKey(many, "n::text, id", "entities", "n") }},
		{"byKey text",
			func() (string, []any) { return byKey(fewIDs, "id, n::text", "entities", "id") },
			func() (string, []any) { return byKey(manyIDs, "id, n::text", "entities", "id") }},
		{"allByKey",
			func() (string, []any) { return allByKey(few, "entity::text, name", "names", "entity") },
			func() (string, []any) { return allByKey(many, "entity::text, name", "names", "entity") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			fq, fargs := c.few()
			mq, margs := c.many()
			if fq == mq {
				t.Fatalf("one form for %d and %d keys: %s", len(few), len(many), fq)
			}
			want, got := read(fq, fargs), read(mq, margs)
			if len(want) == 0 {
				t.Fatal("no rows read")
			}
			if !slices.Equal(got, want) {
				t.Errorf("join form read %q, probes %q", got, want)
			}
		})
	}
}

// numbersAndIDs reads the rows (n, id) that sql selects, in its order.
func numbersAndIDs(t *testing.T, s *Store, sql string) ([]int64, []string) {
	t.Helper()
	rows, err := s.pool.Query(context.Background(), sql)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ns []int64
	var ids []string
	for rows.Next() {
		var n int64
		var id string
		if err := rows.Scan(&n, &id); err != nil {
			t.Fatal(err)
		}
		ns, ids = append(ns, n), append(ids, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return ns, ids
}
