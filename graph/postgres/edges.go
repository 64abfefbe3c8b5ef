package postgres

import (
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"kg/graph"
)

// The read methods other than Graph read the facts of a few entities.
// Joining the facts to their articles and persons in one statement lets
// the planner hash whole tables (articles, person_mentions) for a busy
// entity, which grows with the store. So edges reads in steps, each an
// index lookup by keys it collected: the facts, through the covering
// indexes facts_by_subject and facts_by_object (index-only, one entity's
// facts side by side); the kinds and IDs of their ends; the resolved
// persons of their person keys, and for a key of several the cluster of
// each article's mention, by (article, key); the IDs of their articles.

// factColumns are the columns edges reads of a fact, all held by the
// covering indexes.
const factColumns = `f.article, f.seq, f.subject, f.relation, f.object, f.former, f.as_of, f.span_start, f.span_end, f.rule`

// linkColumns are the columns links reads of a fact: what a link needs
// of it, a fourth of the bytes of factColumns.
const linkColumns = `f.article, f.subject, f.relation, f.object`

// rawFact is a fact as edges reads it, before its ends are resolved.
type rawFact struct {
	article         int64
	seq             int32
	subject, object int64
	relation        string
	former          bool
	asOf            string
	start, end      int32
	rule            string
}

// edges reads the facts that sql selects (its columns factColumns) with
// their ends resolved, as facts does.
func (r *reader) edges(sql string, args []any) ([]edge, error) { return r.edgesOf(sql, args, true) }

// links is edges for what Neighbors needs of facts: their ends, relation
// and article number (sql's columns linkColumns), without reading the IDs
// of their articles.
func (r *reader) links(sql string, args []any) ([]edge, error) { return r.edgesOf(sql, args, false) }

func (r *reader) edgesOf(sql string, args []any, full bool) ([]edge, error) {
	var raws []rawFact
	err := r.scan(sql, args, func(rows pgx.Rows) error {
		var f rawFact
		var err error
		if full {
			err = rows.Scan(&f.article, &f.seq, &f.subject, &f.relation, &f.object, &f.former, &f.asOf, &f.start, &f.end, &f.rule)
		} else {
			err = rows.Scan(&f.article, &f.subject, &f.relation, &f.object)
		}
		raws = append(raws, f)
		return err
	})
	if err != nil || len(raws) == 0 {
		return nil, err
	}
	var ends, articles []int64
	for _, f := range raws {
		ends = append(ends, f.subject, f.object)
		articles = append(articles, f.article)
	}
	persons, err := r.lookEnds(sortedSet(ends))
	if err != nil {
		return nil, err
	}
	// A key of one resolved person is that person in every article;
	// only the mentions of keys of several are read.
	keys := make([]int64, 0, len(persons))
	for n := range persons {
		keys = append(keys, n)
	}
	if err := r.clustersOf(keys); err != nil {
		return nil, err
	}
	only := func(n int64) string {
		if cs := r.clusters[n]; len(cs) == 1 {
			return cs[0]
		}
		return ""
	}
	type mention struct{ article, person int64 }
	clusters := map[mention]string{}
	var mArticles, mPersons []int64
	for _, f := range raws {
		for _, n := range []int64{f.subject, f.object} {
			m := mention{f.article, n}
			if _, ok := clusters[m]; persons[n] && only(n) == "" && !ok {
				clusters[m] = ""
				mArticles = append(mArticles, f.article)
				mPersons = append(mPersons, n)
			}
		}
	}
	if len(mArticles) > 0 {
		err := r.scan(`SELECT v.article, v.person, c.cluster
			FROM unnest($1::bigint[], $2::bigint[]) AS v(article, person),
			LATERAL (SELECT g.cluster FROM person_mentions m JOIN person_groups g ON g.person = m.person AND g.grp = m.grp
				WHERE m.article = v.article AND m.person = v.person LIMIT 1) AS c`, []any{mArticles, mPersons},
			func(rows pgx.Rows) error {
				var m mention
				var cluster string
				err := rows.Scan(&m.article, &m.person, &cluster)
				clusters[m] = cluster
				return err
			})
		if err != nil {
			return nil, err
		}
	}
	articleIDs := map[int64]string{}
	if full {
		articles = sortedSet(articles)
		err = r.scan(byKey(len(articles), "n, id", "articles", "n", "bigint"), []any{articles}, func(rows pgx.Rows) error {
			var n int64
			var id string
			err := rows.Scan(&n, &id)
			articleIDs[n] = id
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	cluster := func(article, n int64) string {
		if !persons[n] {
			return ""
		}
		if c := only(n); c != "" {
			return c
		}
		return clusters[mention{article, n}]
	}
	out := make([]edge, len(raws))
	for i, f := range raws {
		e := &out[i]
		e.article, e.seq = f.article, f.seq
		e.subject = node{n: f.subject, cluster: cluster(f.article, f.subject)}
		e.object = node{n: f.object, cluster: cluster(f.article, f.object)}
		if !full {
			var ok bool
			if e.fact.Relation, ok = r.relations[f.relation]; !ok {
				return nil, fmt.Errorf("fact of article %d: unknown relation %q", f.article, f.relation)
			}
			continue
		}
		articleID, ok := articleIDs[f.article]
		if !ok {
			return nil, fmt.Errorf("fact of article %d: %w", f.article, graph.ErrNoArticle)
		}
		if err := r.fill(&e.fact, articleID, f); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// fill sets a fact's relation, date and provenance from its row.
func (r *reader) fill(fact *graph.Fact, articleID string, f rawFact) error {
	var ok bool
	if fact.Relation, ok = r.relations[f.relation]; !ok {
		return fmt.Errorf("article %s: unknown relation %q", articleID, f.relation)
	}
	d, ok := r.dates[f.asOf]
	if !ok {
		var err error
		if d, err = graph.ParseDate(f.asOf); err != nil {
			return fmt.Errorf("article %s: %w", articleID, err)
		}
		r.dates[f.asOf] = d
	}
	fact.Former, fact.AsOf, fact.Prov.Rule = f.former, d, f.rule
	fact.Prov.Article, fact.Prov.Start, fact.Prov.End = articleID, int(f.start), int(f.end)
	return nil
}

// lookEnds reads the kinds and IDs of entities: it returns the persons
// among them, and keeps the IDs of the others for endIDs.
func (r *reader) lookEnds(ns []int64) (map[int64]bool, error) {
	persons := map[int64]bool{}
	var todo []int64
	for _, n := range ns {
		if _, ok := r.ids[n]; !ok && !r.persons[n] {
			todo = append(todo, n)
		} else if r.persons[n] {
			persons[n] = true
		}
	}
	if len(todo) == 0 {
		return persons, nil
	}
	err := r.scan(byKey(len(todo), "n, id, kind", "entities", "n", "bigint"), []any{todo}, func(rows pgx.Rows) error {
		var n int64
		var id, kind string
		if err := rows.Scan(&n, &id, &kind); err != nil {
			return err
		}
		if kind == graph.Person.String() {
			persons[n] = true
			r.persons[n] = true
		} else {
			r.ids[n] = id
		}
		return nil
	})
	return persons, err
}

// sortedSet returns ns sorted, without repeats.
func sortedSet(ns []int64) []int64 {
	ns = slices.Clone(ns)
	slices.Sort(ns)
	return slices.Compact(ns)
}
