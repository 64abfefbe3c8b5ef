package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// FirstFact returns the first fact, as facts sort, whose subject,
// relation and object are given (a resolved person's ID for persons), and
// whether there is one. Facts of one subject, relation and object sort by
// article ID first, so it reads the articles that list both ends in the
// order of their IDs, a few at a time, and stops at the first that states
// such a fact: a link between two hubs may be stated by a third of the
// store. An unknown ID is an error wrapping graph.ErrNoEntity.
func (s *Store) FirstFact(ctx context.Context, subject string, rel graph.Relation, object string) (graph.Fact, bool, error) {
	f, ok, err := s.firstFact(ctx, subject, rel, object)
	if err != nil {
		return graph.Fact{}, false, fmt.Errorf("first fact %s %s %s: %w", subject, rel, object, err)
	}
	return f, ok, nil
}

func (s *Store) firstFact(ctx context.Context, subject string, rel graph.Relation, object string) (graph.Fact, bool, error) {
	tx, err := s.readTx(ctx)
	if err != nil {
		return graph.Fact{}, false, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	nodes, err := l.nodesOf([]string{subject, object})
	if err != nil {
		return graph.Fact{}, false, err
	}
	sn, on := nodes.byID[subject], nodes.byID[object]
	if sn.n == on.n && sn != on {
		return graph.Fact{}, false, nil // two persons of one key: no article names both
	}
	match := strconv.Quote(strconv.FormatInt(sn.n, 10))
	if on.n != sn.n {
		match += " AND " + strconv.Quote(strconv.FormatInt(on.n, 10))
	}
	type listed struct {
		n  int64
		id string
	}
	var articles []listed
	err = l.scan(`SELECT a.n, a.id FROM ends_fts f JOIN articles a ON a.n = f.rowid WHERE ends_fts MATCH ?`, []any{match},
		func(r *sql.Rows) error {
			var a listed
			err := r.Scan(&a.n, &a.id)
			articles = append(articles, a)
			return err
		})
	if err != nil {
		return graph.Fact{}, false, err
	}
	slices.SortFunc(articles, func(a, b listed) int { return strings.Compare(a.id, b.id) })
	relation := rel.String()
	fr := newFactReader()
	const first = 8 // articles read at first; twice as many each time after
	for i, size := 0, first; i < len(articles); i, size = i+size, 2*size {
		batch := articles[i:min(i+size, len(articles))]
		ns := make([]int64, len(batch))
		for k, a := range batch {
			ns[k] = a.n
		}
		var edges []edge
		var split []int64 // person, article, ...
		err := l.scan(`SELECT n, id, facts FROM articles WHERE n IN (SELECT value FROM json_each(?))`, []any{jsonInts(ns)},
			func(r *sql.Rows) error {
				var n int64
				var id, facts string
				if err := r.Scan(&n, &id, &facts); err != nil {
					return err
				}
				want := func(s, o int64) bool { return s == sn.n && o == on.n }
				err := scanFacts(facts, want, func(f *storedFact) {
					if f.relation != relation {
						return
					}
					edges = append(edges, edge{article: n, articleID: id, f: *f, subject: sn, object: on})
					for _, end := range []node{sn, on} {
						if end.cluster != "" && nodes.clusters[end.n] > 1 {
							split = append(split, end.n, n)
						}
					}
				})
				if err != nil {
					return fmt.Errorf("article %s: %w", id, err)
				}
				return nil
			})
		if err != nil {
			return graph.Fact{}, false, err
		}
		clusterOf := map[mentionKey]string{}
		if len(split) > 0 {
			err := l.mentionClusters(split, func(person, article int64, cluster string) {
				clusterOf[mentionKey{person, article}] = cluster
			})
			if err != nil {
				return graph.Fact{}, false, err
			}
		}
		var found []graph.Fact
		for _, e := range edges {
			if (sn.cluster != "" && nodes.clusters[sn.n] > 1 && clusterOf[mentionKey{sn.n, e.article}] != sn.cluster) ||
				(on.cluster != "" && nodes.clusters[on.n] > 1 && clusterOf[mentionKey{on.n, e.article}] != on.cluster) {
				continue // another person of the key
			}
			f, err := fr.fact(e, subject, object)
			if err != nil {
				return graph.Fact{}, false, err
			}
			found = append(found, f)
		}
		if len(found) > 0 {
			return slices.MinFunc(found, compareFacts), true, nil
		}
	}
	return graph.Fact{}, false, nil
}
