package postgres

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"kg/graph"
	"kg/graph/storetest"
)

// schemaV1Indexes turns a store of version 8 back into version 1: no
// count of batches written, no neighbor index nor covering indexes of
// articles and entities, the
// plain indexes of facts by subject and by object, no indexes of person
// groups by what is said of them, nor of entities by ID byte by byte,
// no number of words beside each word of a name.
const schemaV1Indexes = `
ALTER TABLE kg_store DROP COLUMN writes;
ALTER TABLE name_words DROP COLUMN words;
ALTER TABLE name_words ADD PRIMARY KEY (word, name);
DROP INDEX entities_by_id_bytes;
DROP INDEX person_groups_said;
DROP INDEX person_groups_inert;
DROP TABLE neighbors;
DROP INDEX articles_ids;
DROP INDEX entities_ids;
DROP INDEX entities_by_id;
DROP INDEX facts_by_subject;
DROP INDEX facts_by_object;
CREATE INDEX facts_subject ON facts (subject, object);
CREATE INDEX facts_object ON facts (object, subject);
UPDATE kg_store SET schema_version = 1;`

// TestMigrateV1 opens a store of version 1: a read-only Open refuses it,
// a writing Open migrates it to SchemaVersion in place (filling the
// neighbor index from the facts), and the store then answers as before.
func TestMigrateV1(t *testing.T) {
	ctx := context.Background()
	s, url := newStore(t)
	put(t, s, storetest.NewCorpus(3).Batch(0, 20)...)
	want, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := exec(ctx, url, schemaV1Indexes); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, url, ReadOnly()); !errors.Is(err, graph.ErrOlderStore) {
		t.Fatalf("read-only Open of a version 1 store: %v, want ErrOlderStore", err)
	}
	s, err = Open(ctx, url)
	if err != nil {
		t.Fatalf("Open a version 1 store for writing: %v", err)
	}
	defer s.Close()
	var version, indexes, rows, wrong int
	err = s.pool.QueryRow(ctx, `SELECT (SELECT schema_version FROM kg_store),
		(SELECT count(*) FROM pg_indexes WHERE indexname IN ('facts_by_subject', 'facts_by_object', 'entities_by_id_bytes')
			OR indexdef LIKE '%name_words_pkey ON %name_words USING btree (word, words, name)'
			OR indexdef LIKE '%neighbors_by_object ON %neighbors USING btree (object, relation, subject)')
			+ (SELECT count(*) FROM pg_class WHERE relname = 'neighbors' AND 'fillfactor=70' = ANY(reloptions)),
		(SELECT count(*) FROM neighbors), (`+neighborMismatches+`)`).
		Scan(&version, &indexes, &rows, &wrong)
	if err != nil {
		t.Fatal(err)
	}
	if version != SchemaVersion || indexes != 6 {
		t.Errorf("after migration: version %d with %d of its indexes, want %d with 6", version, indexes, SchemaVersion)
	}
	if rows == 0 || wrong != 0 {
		t.Errorf("after migration: %d rows in the neighbor index, %d of them not the facts'", rows, wrong)
	}
	var words, wrongWords int
	err = s.pool.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE w.words IS DISTINCT FROM nm.words)
		FROM name_words w LEFT JOIN names nm ON nm.n = w.name`).Scan(&words, &wrongWords)
	if err != nil || words == 0 || wrongWords != 0 {
		t.Errorf("after migration: %d words of names, %d without their name's count of words (%v)", words, wrongWords, err)
	}
	got, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.SameGraph(t, got, want)
	for _, id := range []string{got.Entities()[0].ID, got.Entities()[len(got.Entities())/2].ID} {
		facts, err := s.FactsOf(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if w := want.FactsOf(id); !reflect.DeepEqual(facts, w) && !(len(facts) == 0 && len(w) == 0) {
			t.Errorf("FactsOf(%s) after migration: %d facts, want %d", id, len(facts), len(w))
		}
	}
	if _, err := s.Put(ctx, storetest.NewCorpus(3).Batch(20, 22)); err != nil {
		t.Errorf("Put after migration: %v", err)
	}
}
