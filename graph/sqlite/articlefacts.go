package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"kg/graph"
)

// ArticleFacts returns, for each article ID, the facts the article
// states, sorted, in the order of articles: each article's row is read
// once, and no other article's. An unknown article ID is an error
// wrapping graph.ErrNoArticle.
func (s *Store) ArticleFacts(ctx context.Context, articles []string) ([][]graph.Fact, error) {
	out, err := s.articleFacts(ctx, articles)
	if err != nil {
		return nil, fmt.Errorf("facts of articles %s: %w", idList(articles), err)
	}
	return out, nil
}

func (s *Store) articleFacts(ctx context.Context, articles []string) ([][]graph.Fact, error) {
	out := make([][]graph.Fact, len(articles))
	if len(articles) == 0 {
		return out, nil
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	at := make(map[string][]int, len(articles)) // article ID → its places in articles
	for i, id := range articles {
		at[id] = append(at[id], i)
	}
	var edges []edge
	var ends []nbEnd // each fact's ends, as endIDs names them: a person is the article's mention of the key
	found := map[string]bool{}
	err = l.scan(`SELECT n, id, facts FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
		[]any{encodeNames(articles)}, func(r *sql.Rows) error {
			var n int64
			var id, facts string
			if err := r.Scan(&n, &id, &facts); err != nil {
				return err
			}
			found[id] = true
			err := scanFacts(facts, nil, func(f *storedFact) {
				e := edge{article: n, articleID: id, f: *f, subject: node{n: f.subject}, object: node{n: f.object}}
				edges = append(edges, e)
				ends = append(ends, nbEnd{n: f.subject, article: n}, nbEnd{n: f.object, article: n})
			})
			if err != nil {
				return fmt.Errorf("article %s: %w", id, err)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	for _, id := range articles {
		if !found[id] {
			return nil, fmt.Errorf("article %s: %w", id, graph.ErrNoArticle)
		}
	}
	ids, err := l.endIDs(ends)
	if err != nil {
		return nil, err
	}
	fr := newFactReader()
	for i, e := range edges {
		f, err := fr.fact(e, ids[ends[2*i]], ids[ends[2*i+1]])
		if err != nil {
			return nil, err
		}
		for _, k := range at[e.articleID] {
			out[k] = append(out[k], f)
		}
	}
	for i := range out {
		slices.SortFunc(out[i], compareFacts)
		out[i] = slices.Compact(out[i])
	}
	return out, nil
}
