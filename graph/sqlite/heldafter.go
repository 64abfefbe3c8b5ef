package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"

	"kg/graph"
)

// HeldAfter returns, for each query, the statements that may end a
// holding of its position after its date by succession: the facts
// stating the position held on the first full date after it, and those
// whose date is known in part only (see graph.Reader). It reads the
// facts of the articles that list the positions, and resolves the
// persons of the statements it returns only. An unknown ID is an error
// wrapping graph.ErrNoEntity.
func (s *Store) HeldAfter(ctx context.Context, qs []graph.HeldAfterQuery) ([][]graph.Fact, error) {
	out, err := s.heldAfter(ctx, qs)
	if err != nil {
		return nil, fmt.Errorf("statements of %d positions after a date: %w", len(qs), err)
	}
	return out, nil
}

func (s *Store) heldAfter(ctx context.Context, qs []graph.HeldAfterQuery) ([][]graph.Fact, error) {
	out := make([][]graph.Fact, len(qs))
	if len(qs) == 0 {
		return out, nil
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	ids := make([]string, len(qs))
	for i, q := range qs {
		if !q.After.Full() {
			return nil, fmt.Errorf("after %q: not a full date", q.After)
		}
		ids[i] = q.Position
	}
	nodes, err := l.nodesOf(ids)
	if err != nil {
		return nil, err
	}
	byPosition := map[int64][]int{}
	var ns []int64
	for i, q := range qs {
		n := nodes.byID[q.Position].n
		if byPosition[n] == nil {
			ns = append(ns, n)
		}
		byPosition[n] = append(byPosition[n], i)
	}
	articles, err := l.articlesListing(ns)
	if err != nil {
		return nil, err
	}
	// The holding statements of the positions, with their dates.
	type held struct {
		edge
		date graph.Date
	}
	var found []held
	fr := newFactReader()
	err = l.scan(`SELECT n, id, facts FROM articles WHERE n IN (SELECT value FROM json_each(?))`,
		[]any{jsonInts(sortedKeys(articles))}, func(r *sql.Rows) error {
			var a int64
			var id, facts string
			if err := r.Scan(&a, &id, &facts); err != nil {
				return err
			}
			want := func(_, o int64) bool { return byPosition[o] != nil }
			var bad error
			err := scanFacts(facts, want, func(f *storedFact) {
				rel := fr.relations[f.relation]
				if (rel != graph.HoldsPosition && rel != graph.ElectedTo) || f.former || f.asOf == "" || bad != nil {
					return
				}
				d, ok := fr.dates[f.asOf]
				if !ok {
					if d, bad = graph.ParseDate(f.asOf); bad != nil {
						return
					}
					fr.dates[f.asOf] = d
				}
				found = append(found, held{edge{article: a, articleID: id, f: *f, object: node{n: f.object}}, d})
			})
			if err = cmp.Or(err, bad); err != nil {
				return fmt.Errorf("article %s: %w", id, err)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	first := make([]graph.Date, len(qs))
	for _, h := range found {
		for _, i := range byPosition[h.f.object] {
			first[i] = qs[i].Next(first[i], h.date)
		}
	}
	answers := found[:0]
	for _, h := range found {
		for _, i := range byPosition[h.f.object] {
			if qs[i].Answers(h.date, first[i]) {
				answers = append(answers, h)
				break
			}
		}
	}
	ends := make([]mentionKey, len(answers))
	for k, h := range answers {
		ends[k] = mentionKey{h.f.subject, h.article}
	}
	names, err := l.idsIn(ends)
	if err != nil {
		return nil, err
	}
	for _, h := range answers {
		subject := names[mentionKey{h.f.subject, h.article}]
		if subject == "" {
			return nil, fmt.Errorf("subject %d of article %s: %w", h.f.subject, h.articleID, graph.ErrNoEntity)
		}
		for _, i := range byPosition[h.f.object] {
			if qs[i].Answers(h.date, first[i]) {
				f, err := fr.fact(h.edge, subject, qs[i].Position)
				if err != nil {
					return nil, err
				}
				out[i] = append(out[i], f)
			}
		}
	}
	sortEach(out)
	return out, nil
}

// idsIn returns the IDs of entities by their numbers in articles (a
// mentionKey's other is the article): an entity's ID, or for a person
// key its only person's, or that of its mention in the article.
func (l loader) idsIn(ends []mentionKey) (map[mentionKey]string, error) {
	out := make(map[mentionKey]string, len(ends))
	if len(ends) == 0 {
		return out, nil
	}
	set := map[int64]bool{}
	for _, e := range ends {
		set[e.person] = true
	}
	ids, persons := map[int64]string{}, map[int64]bool{}
	err := l.scan(`SELECT n, id, kind FROM entities WHERE n IN (SELECT value FROM json_each(?))`, []any{jsonInts(sortedKeys(set))},
		func(r *sql.Rows) error {
			var n int64
			var id, kind string
			if err := r.Scan(&n, &id, &kind); err != nil {
				return err
			}
			if kind == graph.Person.String() {
				persons[n] = true
			} else {
				ids[n] = id
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	clusters := map[int64][]string{}
	if len(persons) > 0 {
		err := l.scan(`SELECT DISTINCT person, cluster FROM person_groups WHERE person IN (SELECT value FROM json_each(?))`,
			[]any{jsonInts(sortedKeys(persons))}, func(r *sql.Rows) error {
				var n int64
				var c string
				err := r.Scan(&n, &c)
				clusters[n] = append(clusters[n], c)
				return err
			})
		if err != nil {
			return nil, err
		}
	}
	var split []int64 // person, article, ...
	for _, e := range ends {
		switch {
		case !persons[e.person]:
			out[e] = ids[e.person]
		case len(clusters[e.person]) == 1:
			out[e] = clusters[e.person][0]
		default:
			split = append(split, e.person, e.other)
		}
	}
	if len(split) > 0 {
		err := l.mentionClusters(split, func(person, article int64, cluster string) {
			out[mentionKey{person, article}] = cluster
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
