package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"kg/graph"
	"kg/graph/storetest"
)

func openTemp(t *testing.T, opts ...Option) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(path, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func put(t *testing.T, s *Store, exs ...*graph.Extraction) []graph.PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), exs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func load(t *testing.T, s *Store) *graph.Graph {
	t.Helper()
	g, err := s.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// checkStore checks what the store derives from its extractions against
// what it must be: the resolved graph (oracle), the counters, the FTS
// indexes, the integrity of the file.
func checkStore(t *testing.T, s *Store, history, current []*graph.Extraction) {
	t.Helper()
	want := storetest.Oracle(t, history, current)
	storetest.SameGraph(t, load(t, s), want)

	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(current) {
		t.Errorf("Stats: %d articles, want %d", st.Articles, len(current))
	}
	wantFacts := map[graph.Relation]int{}
	for _, f := range want.Facts() {
		wantFacts[f.Relation]++
	}
	if !reflect.DeepEqual(st.Facts, wantFacts) {
		t.Errorf("Stats: facts %v, want %v", st.Facts, wantFacts)
	}
	wantEnts := map[graph.Kind]int{}
	for _, e := range want.Entities() {
		wantEnts[e.Kind]++
	}
	if !reflect.DeepEqual(st.Entities, wantEnts) {
		t.Errorf("Stats: entities %v, want %v", st.Entities, wantEnts)
	}

	// entity_facts counts the facts of the key for persons.
	counts := map[string]int{}
	for _, ex := range current {
		aid := graph.ArticleID(ex.Article.Hash)
		seen := map[graph.Fact]bool{}
		for _, f := range ex.Facts {
			f.Prov.Article = aid
			if seen[f] {
				continue
			}
			seen[f] = true
			counts[f.Subject]++
			if f.Object != f.Subject {
				counts[f.Object]++
			}
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, facts FROM entities JOIN entity_facts USING (n)`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
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

	checkNeighbors(t, s, want)

	// Each article is found through each of its entities.
	var bad int
	err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles a, json_each('[' || replace(a.ends, ' ', ',') || ']') e
		WHERE a.n NOT IN (SELECT rowid FROM ends_fts WHERE ends_fts MATCH '"' || e.value || '"')`).Scan(&bad)
	if err != nil {
		t.Fatal(err)
	}
	if bad > 0 {
		t.Errorf("%d article entities missing from ends_fts", bad)
	}
	// References the schema does not declare.
	for what, q := range map[string]string{
		"mentions of no article or person": `SELECT count(*) FROM person_mentions m
			WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.n = m.article)
			OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.n = m.person)`,
		"mentions of no group": `SELECT count(*) FROM person_mentions m
			WHERE NOT EXISTS (SELECT 1 FROM person_groups g WHERE g.person = m.person AND g.grp = m.grp)`,
		"groups of no mention": `SELECT count(*) FROM person_groups g
			WHERE NOT EXISTS (SELECT 1 FROM person_mentions m WHERE m.person = g.person AND m.grp = g.grp)`,
		"articles without text":  `SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_texts t WHERE t.n = a.n)`,
		"entities without count": `SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_facts f WHERE f.n = e.n)`,
	} {
		var n int
		if err := s.db.QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			t.Errorf("%d %s", n, what)
		}
	}
	if !s.readOnly {
		for _, fts := range []string{"ends_fts", "names_fts"} {
			if _, err := s.db.ExecContext(ctx, `INSERT INTO `+fts+`(`+fts+`) VALUES ('integrity-check')`); err != nil {
				t.Errorf("%s: %v", fts, err)
			}
		}
	}
	for _, q := range []string{`PRAGMA integrity_check`, `PRAGMA foreign_key_check`} {
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var problems []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			if v, ok := vals[0].(string); !ok || v != "ok" {
				problems = append(problems, fmt.Sprint(vals...))
			}
		}
		rows.Close()
		if len(problems) > 0 {
			t.Errorf("%s: %v", q, problems[:min(5, len(problems))])
		}
	}
}

// checkNeighbors checks the neighbor index against the graph the store
// must give: a row for each distinct subject, relation and object of its
// facts, counting the articles that state it, its person ends in groups
// of the resolved persons, and each article's own mentions on its row.
func checkNeighbors(t *testing.T, s *Store, want *graph.Graph) {
	t.Helper()
	type triple struct {
		subject  string
		relation string
		object   string
	}
	wantN := map[triple]map[string]bool{}
	for _, f := range want.Facts() {
		k := triple{f.Subject, f.Relation.String(), f.Object}
		if wantN[k] == nil {
			wantN[k] = map[string]bool{}
		}
		wantN[k][f.Prov.Article] = true
	}
	got := map[triple]int{}
	bad := 0
	ctx := context.Background()
	rows, err := s.db.QueryContext(ctx, `SELECT
			coalesce(gs.cluster, es.id), nb.relation, coalesce(gob.cluster, eo.id), nb.articles,
			es.kind = 'person', nb.sgrp, gs.cluster IS NOT NULL, eo.kind = 'person', nb.ogrp, gob.cluster IS NOT NULL
		FROM neighbors nb JOIN entities es ON es.n = nb.subject JOIN entities eo ON eo.n = nb.object
		LEFT JOIN person_groups gs ON gs.person = nb.subject AND gs.grp = nb.sgrp
		LEFT JOIN person_groups gob ON gob.person = nb.object AND gob.grp = nb.ogrp`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k triple
		var n int
		var sPerson, oPerson, sFound, oFound bool
		var sgrp, ogrp int64
		if err := rows.Scan(&k.subject, &k.relation, &k.object, &n, &sPerson, &sgrp, &sFound, &oPerson, &ogrp, &oFound); err != nil {
			t.Fatal(err)
		}
		if n <= 0 || sPerson != (sgrp != 0) || oPerson != (ogrp != 0) || sPerson != sFound || oPerson != oFound {
			if bad++; bad <= 5 {
				t.Errorf("neighbor row %+v: %d articles, subject group %d (person %v, found %v), object group %d (person %v, found %v)",
					k, n, sgrp, sPerson, sFound, ogrp, oPerson, oFound)
			}
		}
		got[k] += n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	// Own mentions: a person is the article's mention of the key.
	rows, err = s.db.QueryContext(ctx, `SELECT a.id, coalesce(g.cluster, e.id), e.kind = 'person', g.cluster IS NOT NULL
		FROM articles a, json_each('[' || a.mentions || ']') j JOIN entities e ON e.n = j.value
		LEFT JOIN person_mentions m ON m.article = a.n AND m.person = e.n
		LEFT JOIN person_groups g ON g.person = m.person AND g.grp = m.grp`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		k := triple{relation: graph.Mentions.String()}
		var person, found bool
		if err := rows.Scan(&k.subject, &k.object, &person, &found); err != nil {
			t.Fatal(err)
		}
		if person != found {
			if bad++; bad <= 5 {
				t.Errorf("own mention %+v: person %v, cluster found %v", k, person, found)
			}
		}
		got[k]++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for k, arts := range wantN {
		if got[k] != len(arts) {
			if bad++; bad <= 5 {
				t.Errorf("neighbor %+v: %d articles, want %d", k, got[k], len(arts))
			}
		}
	}
	for k, n := range got {
		if wantN[k] == nil {
			if bad++; bad <= 5 {
				t.Errorf("neighbor %+v: %d articles, want none", k, n)
			}
		}
	}
}
