package postgres

import (
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

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

// rawFact is a fact as edges reads it, before its ends are resolved. It
// holds no pointer: its rule is an index in the reader's rules.
type rawFact struct {
	article         int64
	subject, object int64
	asOf            graph.Date
	seq, start, end int32
	rule            int32
	relation        graph.Relation
	former          bool
}

// decodeFact decodes a row of factColumns, or of linkColumns when !full.
func (r *reader) decodeFact(fds []pgconn.FieldDescription, v [][]byte, full bool) (rawFact, error) {
	var f rawFact
	cols := 4
	if full {
		cols = 10
	}
	if len(v) != cols || len(fds) != cols {
		return f, fmt.Errorf("a fact of %d columns where %d are read", len(v), cols)
	}
	var err error
	num := func(i int) int64 {
		n, e := rawInt(fds[i], v[i])
		if err == nil {
			err = e
		}
		return n
	}
	f.article = num(0)
	if !full {
		f.subject, f.object = num(1), num(3)
		if err != nil {
			return f, err
		}
		f.relation, err = r.relation(f.article, v[2])
		return f, err
	}
	f.seq, f.subject, f.object = int32(num(1)), num(2), num(4)
	f.start, f.end = int32(num(7)), int32(num(8))
	if err != nil {
		return f, err
	}
	if f.relation, err = r.relation(f.article, v[3]); err != nil {
		return f, err
	}
	if f.former, err = rawBool(fds[5], v[5]); err != nil {
		return f, err
	}
	if f.asOf, err = r.date(f.article, v[6]); err != nil {
		return f, err
	}
	f.rule = r.rule(v[9])
	return f, nil
}

// relation returns the relation a fact's column names.
func (r *reader) relation(article int64, b []byte) (graph.Relation, error) {
	rel, ok := r.relations[string(b)]
	if !ok {
		return 0, fmt.Errorf("fact of article %d: unknown relation %q", article, b)
	}
	return rel, nil
}

// date returns the date a fact's column writes, parsed once per reader.
func (r *reader) date(article int64, b []byte) (graph.Date, error) {
	if d, ok := r.dates[string(b)]; ok {
		return d, nil
	}
	d, err := graph.ParseDate(string(b))
	if err != nil {
		return d, fmt.Errorf("fact of article %d: %w", article, err)
	}
	r.dates[string(b)] = d
	return d, nil
}

// rule returns the index in r.rules of the rule a fact's column names.
func (r *reader) rule(b []byte) int32 {
	i, ok := r.ruleIndex[string(b)]
	if !ok {
		i = int32(len(r.rules))
		r.rules = append(r.rules, string(b))
		r.ruleIndex[string(b)] = i
	}
	return i
}

// edges reads the facts that sql selects (its columns factColumns) with
// their ends resolved, as facts does.
func (r *reader) edges(sql string, args []any) ([]edge, error) { return r.edgesOf(sql, args, true) }

// links is edges for what Neighbors needs of facts: their ends, relation
// and article number (sql's columns linkColumns), without reading the IDs
// of their articles.
func (r *reader) links(sql string, args []any) ([]edge, error) { return r.edgesOf(sql, args, false) }

// edgesOf reads facts with their ends resolved. A person end is its key's
// one person, else the person of its article's mention; but of a holding
// statement (HoldsPosition, ElectedTo), the person of the first of the
// key's statements of the position that sql selects: a key's statements
// of a position are one person's even when the key names several, since
// mentions that share a position are one person (rule 1 of
// graph.ResolvePersons). The holders of a city Party committee's posts,
// of 2,000 statements by keys of several persons, are then told from
// 150 mentions.
func (r *reader) edgesOf(sql string, args []any, full bool) ([]edge, error) {
	var raws []rawFact
	err := r.scan(sql, args, func(rows pgx.Rows) error {
		f, err := r.decodeFact(rows.FieldDescriptions(), rows.RawValues(), full)
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
	// mentionOf is the mention that tells the person of a fact's person
	// end n: of a holding statement the first of its key and position,
	// else its article's.
	holding := func(f *rawFact) bool {
		return f.relation == graph.HoldsPosition || f.relation == graph.ElectedTo
	}
	first := map[[2]int64]int64{} // (key, position) → article
	for i := range raws {
		if f := &raws[i]; holding(f) && persons[f.subject] && only(f.subject) == "" {
			k := [2]int64{f.subject, f.object}
			if a, ok := first[k]; !ok || f.article < a {
				first[k] = f.article
			}
		}
	}
	mentionOf := func(f *rawFact, n int64) mention {
		if n == f.subject && holding(f) {
			return mention{first[[2]int64{f.subject, f.object}], n}
		}
		return mention{f.article, n}
	}
	var mArticles, mPersons []int64
	for i := range raws {
		f := &raws[i]
		for _, n := range []int64{f.subject, f.object} {
			m := mentionOf(f, n)
			if _, ok := clusters[m]; persons[n] && only(n) == "" && !ok {
				clusters[m] = ""
				mArticles = append(mArticles, m.article)
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
		if articleIDs, err = r.idsOf("articles", articles); err != nil {
			return nil, err
		}
	}
	cluster := func(f *rawFact, n int64) string {
		if !persons[n] {
			return ""
		}
		if c := only(n); c != "" {
			return c
		}
		return clusters[mentionOf(f, n)]
	}
	out := make([]edge, len(raws))
	for i := range raws {
		f := &raws[i]
		e := &out[i]
		e.article, e.seq = f.article, f.seq
		e.subject = node{n: f.subject, cluster: cluster(f, f.subject)}
		e.object = node{n: f.object, cluster: cluster(f, f.object)}
		if !full {
			e.fact.Relation = f.relation
			continue
		}
		articleID, ok := articleIDs[f.article]
		if !ok {
			return nil, fmt.Errorf("fact of article %d: %w", f.article, graph.ErrNoArticle)
		}
		r.fill(&e.fact, articleID, *f)
	}
	return out, nil
}

// fill sets a fact's relation, date and provenance from its row.
func (r *reader) fill(fact *graph.Fact, articleID string, f rawFact) {
	fact.Relation, fact.Former, fact.AsOf, fact.Prov.Rule = f.relation, f.former, f.asOf, r.rules[f.rule]
	fact.Prov.Article, fact.Prov.Start, fact.Prov.End = articleID, int(f.start), int(f.end)
}

// lookEnds reads the kinds and IDs of entities: it returns the persons
// among them, and keeps the IDs of the others for endIDs.
func (r *reader) lookEnds(ns []int64) (map[int64]bool, error) {
	if err := r.readEnds(ns); err != nil {
		return nil, err
	}
	persons := map[int64]bool{}
	for _, n := range ns {
		if r.persons[n] {
			persons[n] = true
		}
	}
	return persons, nil
}

// readEnds reads into r.ids and r.persons the IDs and kinds of those of
// the entity numbers ns the reader does not know, from the store's cache
// or the entities.
func (r *reader) readEnds(ns []int64) error {
	var unknown []int64
	for _, n := range ns {
		if _, ok := r.ids[n]; !ok && !r.persons[n] {
			unknown = append(unknown, n)
		}
	}
	todo := r.ends.fill(unknown, r.ids, r.persons)
	if len(todo) == 0 {
		return nil
	}
	q, args := byKey(todo, "n, id, kind", "entities", "n")
	return r.scan(q, args, func(rows pgx.Rows) error {
		var n int64
		var id, kind string
		if err := rows.Scan(&n, &id, &kind); err != nil {
			return err
		}
		person := kind == graph.Person.String()
		if person {
			r.persons[n] = true
		} else {
			r.ids[n] = id
		}
		r.ends.add(n, id, person)
		return nil
	})
}

// idsOf reads the IDs of the rows of table (entities or articles) of the
// numbers ns.
func (r *reader) idsOf(table string, ns []int64) (map[int64]string, error) {
	ns = sortedSet(ns)
	out := make(map[int64]string, len(ns))
	if len(ns) == 0 {
		return out, nil
	}
	q, args := byKey(ns, "n, id", table, "n")
	err := r.scan(q, args, func(rows pgx.Rows) error {
		var n int64
		var id string
		err := rows.Scan(&n, &id)
		out[n] = id
		return err
	})
	return out, err
}

// sortedSet returns ns sorted, without repeats.
func sortedSet(ns []int64) []int64 {
	ns = slices.Clone(ns)
	slices.Sort(ns)
	return slices.Compact(ns)
}
