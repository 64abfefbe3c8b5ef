package sqlite

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// edge is a stored fact with its ends as nodes.
type edge struct {
	article         int64
	articleID       string
	f               storedFact
	subject, object node
}

// factReader turns stored facts into graph facts, remembering what it
// parsed: a store's facts share few relations and dates.
type factReader struct {
	relations map[string]graph.Relation
	dates     map[string]graph.Date
}

func newFactReader() *factReader {
	r := &factReader{relations: map[string]graph.Relation{}, dates: map[string]graph.Date{}}
	for _, rel := range graph.Relations() {
		r.relations[rel.String()] = rel
	}
	return r
}

// fact returns the graph fact of e, its ends named by subject and object.
func (r *factReader) fact(e edge, subject, object string) (graph.Fact, error) {
	rel, ok := r.relations[e.f.relation]
	if !ok {
		return graph.Fact{}, fmt.Errorf("article %s: unknown relation %q", e.articleID, e.f.relation)
	}
	d, ok := r.dates[e.f.asOf]
	if !ok {
		var err error
		if d, err = graph.ParseDate(e.f.asOf); err != nil {
			return graph.Fact{}, fmt.Errorf("article %s: %w", e.articleID, err)
		}
		r.dates[e.f.asOf] = d
	}
	return graph.Fact{
		Subject: subject, Relation: rel, Object: object, Former: e.f.former, AsOf: d,
		Prov: graph.Provenance{Article: e.articleID, Start: e.f.start, End: e.f.end, Rule: e.f.rule},
	}, nil
}

// ftsTerms writes entity numbers as an FTS5 query matching any of them.
func ftsTerms(ns []int64) string {
	var b strings.Builder
	for i, n := range ns {
		if i > 0 {
			b.WriteString(" OR ")
		}
		b.WriteByte('"')
		b.WriteString(strconv.FormatInt(n, 10))
		b.WriteByte('"')
	}
	return b.String()
}

func jsonInts(ns []int64) string { return string(appendInts([]byte("["), ns)) + "]" }

// articlesListing returns the numbers of the articles that list any of
// the entities ns (articles.ends, through ends_fts).
func (l loader) articlesListing(ns []int64) (map[int64]bool, error) {
	articles := map[int64]bool{}
	const chunk = 500 // terms an FTS query
	for i := 0; i < len(ns); i += chunk {
		err := l.scan(`SELECT rowid FROM ends_fts WHERE ends_fts MATCH ?`, []any{ftsTerms(ns[i:min(i+chunk, len(ns))])},
			func(r *sql.Rows) error {
				var a int64
				err := r.Scan(&a)
				articles[a] = true
				return err
			})
		if err != nil {
			return nil, err
		}
	}
	return articles, nil
}

// factsAround returns the facts touching any of nodes: the facts of the
// articles that list an entity of nodes, or mention a person of nodes,
// whose subject or object is one of nodes. When within is not nil, only
// the facts whose both ends are in within: then only the articles that
// list two entities of within (or one that is a fact's both ends) are
// read.
func (l loader) factsAround(nodes []node, within map[node]bool) ([]edge, error) {
	front := make(map[node]bool, len(nodes))
	frontN := make(map[int64]bool, len(nodes)) // entity numbers of front, keys for persons
	var ns []int64
	var clusters [][2]any // key, cluster
	for _, nd := range nodes {
		front[nd] = true
		frontN[nd.n] = true
		if nd.cluster == "" {
			ns = append(ns, nd.n)
		} else {
			clusters = append(clusters, [2]any{nd.n, nd.cluster})
		}
	}
	articles, err := l.articlesListing(ns)
	if err != nil {
		return nil, err
	}
	// Mentions of the persons of nodes: (key, article) → cluster.
	clusterOf := map[mentionKey]string{}
	if len(clusters) > 0 {
		list, _ := json.Marshal(clusters) // strings always marshal
		err := l.scan(`SELECT m.person, m.article, g.cluster FROM json_each(?) j
			JOIN person_groups g ON g.person = j.value->>0 AND g.cluster = j.value->>1
			JOIN person_mentions m ON m.person = g.person AND m.grp = g.grp`, []any{string(list)}, func(r *sql.Rows) error {
			var k mentionKey
			var c string
			err := r.Scan(&k.person, &k.other, &c)
			clusterOf[k] = c
			articles[k.other] = true
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	if within != nil {
		if err := l.keepListing(articles, within); err != nil {
			return nil, err
		}
	}

	// The facts of those articles that touch nodes; the person ends they
	// need resolving.
	var out []edge
	type pending struct {
		edge   int
		object bool // the object's cluster, else the subject's
	}
	var unresolved []pending
	var pairs []int64 // person, article, ...
	err = l.scan(`SELECT n, id, persons, facts FROM articles WHERE n IN (SELECT value FROM json_each(?))`,
		[]any{jsonInts(sortedKeys(articles))}, func(r *sql.Rows) error {
			var a int64
			var id, persons, facts string
			if err := r.Scan(&a, &id, &persons, &facts); err != nil {
				return err
			}
			ps, err := parseInts(persons)
			if err != nil {
				return fmt.Errorf("article %s: %w", id, err)
			}
			nodeOf := func(n int64) (node, bool) {
				if !slices.Contains(ps, n) {
					return node{n: n}, true
				}
				c, ok := clusterOf[mentionKey{n, a}]
				return node{n: n, cluster: c}, ok
			}
			want := func(s, o int64) bool { return frontN[s] || frontN[o] }
			err = scanFacts(facts, want, func(f *storedFact) {
				s, sok := nodeOf(f.subject)
				o, ook := nodeOf(f.object)
				if !(sok && front[s]) && !(ook && front[o]) {
					return // persons of nodes are all in clusterOf
				}
				if within != nil && ((sok && !within[s]) || (ook && !within[o])) {
					return
				}
				out = append(out, edge{article: a, articleID: id, f: *f, subject: s, object: o})
				for _, end := range []struct {
					ok     bool
					n      int64
					object bool
				}{{sok, f.subject, false}, {ook, f.object, true}} {
					if !end.ok {
						unresolved = append(unresolved, pending{len(out) - 1, end.object})
						pairs = append(pairs, end.n, a)
					}
				}
			})
			if err != nil {
				return fmt.Errorf("article %s: %w", id, err)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	if len(unresolved) > 0 {
		err := l.mentionClusters(pairs, func(person, article int64, cluster string) {
			clusterOf[mentionKey{person, article}] = cluster
		})
		if err != nil {
			return nil, err
		}
		for _, u := range unresolved {
			e := &out[u.edge]
			end := &e.subject
			if u.object {
				end = &e.object
			}
			c, ok := clusterOf[mentionKey{end.n, e.article}]
			if !ok {
				return nil, fmt.Errorf("person %d in article %s: no mention: %w", end.n, e.articleID, graph.ErrNoEntity)
			}
			end.cluster = c
		}
	}
	if within != nil {
		out = slices.DeleteFunc(out, func(e edge) bool { return !within[e.subject] || !within[e.object] })
	}
	return out, nil
}

// keepListing drops from articles those that cannot hold a fact between
// two nodes of within: the articles that list fewer than two of their
// entities (a person counting when any of its key's clusters is in
// within) and have no fact from one of them to itself.
func (l loader) keepListing(articles map[int64]bool, within map[node]bool) error {
	in := make(map[int64]bool, len(within))
	for nd := range within {
		in[nd.n] = true
	}
	return l.scan(`SELECT n, ends, loops FROM articles WHERE n IN (SELECT value FROM json_each(?))`,
		[]any{jsonInts(sortedKeys(articles))}, func(r *sql.Rows) error {
			var a int64
			var ends, loops string
			if err := r.Scan(&a, &ends, &loops); err != nil {
				return err
			}
			count := 0
			for f := range strings.FieldsSeq(ends) {
				n, err := strconv.ParseInt(f, 10, 64)
				if err != nil {
					return fmt.Errorf("article %d: bad entity list", a)
				}
				if in[n] {
					count++
				}
			}
			if count >= 2 {
				return nil
			}
			ls, err := parseInts(loops)
			if err != nil {
				return fmt.Errorf("article %d: %w", a, err)
			}
			for _, n := range ls {
				if in[n] {
					return nil
				}
			}
			delete(articles, a)
			return nil
		})
}

// mentionClusters gives f the cluster (the person's entity ID) of each
// mention named by pairs: person, article, person, article, ...
func (l loader) mentionClusters(pairs []int64, f func(person, article int64, cluster string)) error {
	return l.scan(`SELECT m.person, m.article, g.cluster FROM json_each(?) j
		JOIN person_mentions m ON m.person = j.value->>0 AND m.article = j.value->>1
		JOIN person_groups g ON g.person = m.person AND g.grp = m.grp`,
		[]any{jsonPairs(pairs)}, func(r *sql.Rows) error {
			var person, article int64
			var cluster string
			if err := r.Scan(&person, &article, &cluster); err != nil {
				return err
			}
			f(person, article, cluster)
			return nil
		})
}

// jsonPairs writes [[a, b], [c, d], ...] from a, b, c, d, ...
func jsonPairs(ns []int64) string {
	b := []byte{'['}
	for i := 0; i < len(ns); i += 2 {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendInts(b, ns[i:i+2])
		b = append(b, ']')
	}
	return string(append(b, ']'))
}
