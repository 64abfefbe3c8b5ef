package postgres

import (
	"context"
	"maps"
	"testing"

	"kg/graph"
	"kg/graph/storetest"
)

// TestItemsKept puts an article about a person, then another whose
// mention joins the first's group through the items they share: the rows
// of those items, whose group stays, are not written again (each write is
// a new version of the row, and most of a batch's items are of groups
// that stay).
func TestItemsKept(t *testing.T) {
	s, _ := newStore(t)
	put(t, s, storetest.QT1())
	before := itemVersions(t, s)
	put(t, s, storetest.QT2())
	after := itemVersions(t, s)
	if len(before) == 0 || !maps.Equal(before, after) {
		t.Errorf("items (person, item: row version) before the second article %v, after %v: want the same rows, none written again", before, after)
	}
	checkTables(t, s, nil, []*graph.Extraction{storetest.QT1(), storetest.QT2()})
}

// itemVersions maps each row of person_items to its version (xmin).
func itemVersions(t *testing.T, s *Store) map[[2]int64]string {
	t.Helper()
	rows, err := s.pool.Query(context.Background(), `SELECT person, item, xmin::text FROM person_items`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[[2]int64]string{}
	for rows.Next() {
		var person, item int64
		var version string
		if err := rows.Scan(&person, &item, &version); err != nil {
			t.Fatal(err)
		}
		out[[2]int64{person, item}] = version
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
