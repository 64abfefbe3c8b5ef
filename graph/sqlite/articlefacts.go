package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"kg/graph"
)

// ArticleFacts returns, for each article ID, the facts the article
// states whose subject or object is one of about (a resolved person's ID
// for persons; every fact when about is empty), sorted, in the order of
// articles: each article's row is read once, and no other article's. An
// unknown article ID is an error wrapping graph.ErrNoArticle, an unknown
// entity ID one wrapping graph.ErrNoEntity.
func (s *Store) ArticleFacts(ctx context.Context, articles, about []string, rels []graph.Relation) ([][]graph.Fact, error) {
	out, err := s.articleFacts(ctx, articles, about, rels)
	if err != nil {
		return nil, fmt.Errorf("facts of articles %s: %w", idList(articles), err)
	}
	return out, nil
}

func (s *Store) articleFacts(ctx context.Context, articles, about []string, rels []graph.Relation) ([][]graph.Fact, error) {
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
	var want func(subject, object int64) bool // the facts to resolve: of the entity numbers of about
	wantID := map[string]bool{}
	if len(about) > 0 {
		nodes, err := l.nodesOf(about)
		if err != nil {
			return nil, err
		}
		ns := map[int64]bool{}
		for id, nd := range nodes.byID {
			ns[nd.n] = true
			wantID[id] = true
		}
		want = func(s, o int64) bool { return ns[s] || ns[o] }
	}
	at := make(map[string][]int, len(articles)) // article ID → its places in articles
	for i, id := range articles {
		at[id] = append(at[id], i)
	}
	relations := map[string]bool{}
	for _, rel := range rels {
		relations[rel.String()] = true
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
			err := scanFacts(facts, want, func(f *storedFact) {
				if len(relations) > 0 && !relations[f.relation] {
					return
				}
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
		subject, object := ids[ends[2*i]], ids[ends[2*i+1]]
		if len(about) > 0 && !wantID[subject] && !wantID[object] {
			continue // another person of a key of about
		}
		f, err := fr.fact(e, subject, object)
		if err != nil {
			return nil, err
		}
		for _, k := range at[e.articleID] {
			out[k] = append(out[k], f)
		}
	}
	sortEach(out)
	return out, nil
}
