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

// TestEntityCacheOtherWriter: a writer's cache of the entities it stored
// does not outlive another writer's batch. One store names an
// organization by its short name, a second store (another process) by its
// full name, which wins; the first then names it by a name longer than
// the short one and shorter than the full one. Had it merged that with
// what it stored itself, it would have written the middle name over the
// full one.
func TestEntityCacheOtherWriter(t *testing.T) {
	s1, url := newStore(t)
	s2, err := Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	short := storetest.QT2() // "UBND tỉnh Quảng Trị"
	full := storetest.QT1()  // "Ủy ban nhân dân tỉnh Quảng Trị"
	middle := storetest.QT2()
	middle.Article.Hash, middle.Article.Source = storetest.HashOf(1, 99), "samples/qt99.txt"
	for i := range middle.Facts {
		middle.Facts[i].Prov.Article = graph.ArticleID(middle.Article.Hash)
	}
	const org = "organization:ủy ban nhân dân tỉnh quảng trị"
	for i := range middle.Entities {
		if middle.Entities[i].ID == org {
			middle.Entities[i].Name = "UBND của tỉnh Quảng Trị"
		}
	}
	put(t, s1, short)
	put(t, s2, full)
	put(t, s1, middle)
	ents, err := s1.Entities(context.Background(), []string{org})
	if err != nil {
		t.Fatal(err)
	}
	if got := ents[0].Name; got != "Ủy ban nhân dân tỉnh Quảng Trị" {
		t.Errorf("after three batches by two writers, the organization is named %q, want its full name", got)
	}
	checkTables(t, s1, nil, []*graph.Extraction{short, full, middle})
}
