package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// Neighbors returns, for each entity of ids (a resolved person's ID for
// persons), the entities its facts join it to: one Neighbor per other
// entity, relation and direction, with the number of articles that state
// such a fact. rels restricts the relations (all when empty). A fact from
// an entity to itself gives a Neighbor each way. The result is sorted by
// From, Relation, To, forward before backward; an unknown ID is an error
// wrapping graph.ErrNoEntity.
//
// Neighbors reads the neighbor index, and for the articles' own mentions
// (relation Mentions) the rows of the articles that list the entity,
// never their facts: its cost is about the number of neighbors, whatever
// the number of articles behind them. The facts themselves are
// FactsBetween's.
func (s *Store) Neighbors(ctx context.Context, ids []string, rels []graph.Relation) ([]graph.Neighbor, error) {
	out, err := s.neighbors(ctx, ids, rels)
	if err != nil {
		return nil, fmt.Errorf("neighbors of %s: %w", idList(ids), err)
	}
	return out, nil
}

// TopNeighbors ranks the neighbors of id (see graph.Reader): all of them,
// as Neighbors gives them.
func (s *Store) TopNeighbors(ctx context.Context, id string, rels []graph.Relation, limit int) ([]graph.Ranked, int, error) {
	nbs, err := s.Neighbors(ctx, []string{id}, rels)
	if err != nil {
		return nil, 0, err
	}
	top, total := graph.RankNeighbors(id, nbs, limit)
	return top, total, nil
}

// idList writes a list of IDs for an error, the first few of them.
func idList(ids []string) string {
	const few = 3
	if len(ids) <= few {
		return fmt.Sprint(ids)
	}
	return fmt.Sprintf("%v and %d more", ids[:few], len(ids)-few)
}

func (s *Store) neighbors(ctx context.Context, ids []string, rels []graph.Relation) ([]graph.Neighbor, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	nodes, err := l.nodesOf(ids)
	if err != nil {
		return nil, err
	}
	rels = slices.Compact(slices.Sorted(slices.Values(rels)))
	// What to look up: [entity, group, ID] for each entity, each group of
	// a person, and with each relation asked for when rels restricts
	// them, so that the lookups use the whole prefix of the keys.
	var src, groupSrc []byte
	add := func(n, grp int64, id string) {
		if grp != 0 {
			groupSrc = fmt.Appendf(groupSrc, ",[%d,%d,%s]", n, grp, appendJSONString(nil, id))
		}
		if len(rels) == 0 {
			src = fmt.Appendf(src, ",[%d,%d,%s]", n, grp, appendJSONString(nil, id))
			return
		}
		for _, r := range rels {
			src = fmt.Appendf(src, ",[%d,%d,%s,%q]", n, grp, appendJSONString(nil, id), r.String())
		}
	}
	var persons []node
	seen := map[node]bool{}
	plain := map[int64]string{} // entity number → ID, for entities that are not persons
	var articles []string
	for _, id := range ids {
		nd := nodes.byID[id]
		switch {
		case nd.cluster != "":
			if !seen[nd] {
				seen[nd] = true
				persons = append(persons, nd)
			}
		case plain[nd.n] == "":
			plain[nd.n] = id
			add(nd.n, 0, id)
			if graph.KindOf(id) == graph.Article {
				articles = append(articles, id)
			}
		}
	}
	if len(persons) > 0 {
		groups, err := l.groupsOf(persons)
		if err != nil {
			return nil, err
		}
		for _, nd := range persons {
			for _, g := range groups[nd] {
				add(nd.n, g, nd.cluster)
			}
		}
	}
	if len(src) == 0 {
		return nil, nil
	}
	src[0] = '['
	list := string(src) + "]"
	relMatch := ""
	if len(rels) > 0 {
		relMatch = " AND nb.relation = j.value->>3"
	}

	type row struct {
		from     string
		relation string
		forward  bool
		other    nbEnd
		to       string // the other end's ID, when known
		articles int
	}
	var rows []row
	scan := func(query string, forward bool) error {
		return l.scan(query, []any{list}, func(r *sql.Rows) error {
			x := row{forward: forward}
			if err := r.Scan(&x.from, &x.relation, &x.other.n, &x.other.grp, &x.articles); err != nil {
				return err
			}
			rows = append(rows, x)
			return nil
		})
	}
	err = scan(`SELECT j.value->>2, nb.relation, nb.object, nb.ogrp, nb.articles
		FROM json_each(?) j JOIN neighbors nb ON nb.subject = j.value->>0 AND nb.sgrp = j.value->>1`+relMatch, true)
	if err != nil {
		return nil, err
	}
	err = scan(`SELECT j.value->>2, nb.relation, nb.subject, nb.sgrp, nb.articles
		FROM json_each(?) j JOIN neighbors nb ON nb.object = j.value->>0 AND nb.ogrp = j.value->>1`+relMatch, false)
	if err != nil {
		return nil, err
	}

	// Own mentions, on the articles' rows: of the articles, and of the
	// entities from the articles that list them or mention the person.
	if len(rels) == 0 || slices.Contains(rels, graph.Mentions) {
		mention := graph.Mentions.String()
		err := l.scan(`SELECT id, n, mentions FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
			[]any{encodeNames(articles)}, func(r *sql.Rows) error {
				var id, list string
				var n int64
				if err := r.Scan(&id, &n, &list); err != nil {
					return err
				}
				ends, err := parseInts(list)
				for _, e := range ends {
					// a person: the article's mention of the key
					rows = append(rows, row{from: id, relation: mention, forward: true, other: nbEnd{n: e, article: n}, articles: 1})
				}
				return err
			})
		if err != nil {
			return nil, err
		}
		if len(plain) > 0 {
			err := l.scan(`SELECT a.id, a.mentions FROM ends_fts f JOIN articles a ON a.n = f.rowid WHERE ends_fts MATCH ?`,
				[]any{ftsTerms(slices.Sorted(maps.Keys(plain)))}, func(r *sql.Rows) error {
					var id, list string
					if err := r.Scan(&id, &list); err != nil {
						return err
					}
					ends, err := parseInts(list)
					for _, e := range ends {
						if from := plain[e]; from != "" {
							rows = append(rows, row{from: from, relation: mention, to: id, articles: 1})
						}
					}
					return err
				})
			if err != nil {
				return nil, err
			}
		}
		if len(groupSrc) > 0 {
			groupSrc[0] = '['
			err := l.scan(`SELECT j.value->>2, m.person, a.id, a.mentions
				FROM json_each(?) j JOIN person_mentions m ON m.person = j.value->>0 AND m.grp = j.value->>1
				JOIN articles a ON a.n = m.article`, []any{string(groupSrc) + "]"}, func(r *sql.Rows) error {
				var from, id, list string
				var person int64
				if err := r.Scan(&from, &person, &id, &list); err != nil {
					return err
				}
				ends, err := parseInts(list)
				if slices.Contains(ends, person) {
					rows = append(rows, row{from: from, relation: mention, to: id, articles: 1})
				}
				return err
			})
			if err != nil {
				return nil, err
			}
		}
	}

	var ends []nbEnd
	for _, r := range rows {
		if r.to == "" {
			ends = append(ends, r.other)
		}
	}
	names, err := l.endIDs(ends)
	if err != nil {
		return nil, err
	}
	type nbID struct {
		from, to string
		rel      graph.Relation
		forward  bool
	}
	sum := map[nbID]int{}
	for _, r := range rows {
		rel, err := parseRelation(r.relation)
		if err != nil {
			return nil, err
		}
		to := r.to
		if to == "" {
			to = names[r.other]
		}
		sum[nbID{r.from, to, rel, r.forward}] += r.articles
	}
	out := make([]graph.Neighbor, 0, len(sum))
	for k, n := range sum {
		out = append(out, graph.Neighbor{From: k.from, To: k.to, Relation: k.rel, Forward: k.forward, Articles: n})
	}
	slices.SortFunc(out, graph.CompareNeighbors)
	return out, nil
}

// nbEnd is an end of a row of the neighbor index: an entity, and the
// group of a person key; or an entity an article (articles.n) mentions,
// a person being the article's mention of the key.
type nbEnd struct {
	n, grp, article int64
}

// endIDs returns the IDs of ends of rows: the entity's, or the cluster's
// of a person's group or mention.
func (l loader) endIDs(ends []nbEnd) (map[nbEnd]string, error) {
	var ns []int64
	var groups []int64 // person, group, ...
	seen := map[nbEnd]bool{}
	for _, e := range ends {
		if seen[e] {
			continue
		}
		seen[e] = true
		if e.grp == 0 {
			ns = append(ns, e.n)
		} else {
			groups = append(groups, e.n, e.grp)
		}
	}
	slices.Sort(ns)
	ns = slices.Compact(ns)
	ids := make(map[int64]string, len(ns))
	persons := map[int64]bool{}
	if len(ns) > 0 {
		err := l.scan(`SELECT n, id, kind FROM entities WHERE n IN (SELECT value FROM json_each(?))`, []any{jsonInts(ns)},
			func(r *sql.Rows) error {
				var n int64
				var id, kind string
				if err := r.Scan(&n, &id, &kind); err != nil {
					return err
				}
				ids[n] = id
				persons[n] = kind == graph.Person.String()
				return nil
			})
		if err != nil {
			return nil, err
		}
	}
	out := make(map[nbEnd]string, len(seen))
	var mentions []int64 // person, article, ...
	for e := range seen {
		switch {
		case e.grp != 0:
		case persons[e.n] && e.article != 0:
			mentions = append(mentions, e.n, e.article)
		case !persons[e.n] && ids[e.n] != "":
			out[e] = ids[e.n]
		}
	}
	if len(groups) > 0 {
		err := l.scan(`SELECT g.person, g.grp, g.cluster FROM json_each(?) j
			JOIN person_groups g ON g.person = j.value->>0 AND g.grp = j.value->>1`, []any{jsonPairs(groups)},
			func(r *sql.Rows) error {
				var e nbEnd
				var id string
				err := r.Scan(&e.n, &e.grp, &id)
				out[e] = id
				return err
			})
		if err != nil {
			return nil, err
		}
	}
	if len(mentions) > 0 {
		err := l.mentionClusters(mentions, func(person, article int64, cluster string) {
			out[nbEnd{n: person, article: article}] = cluster
		})
		if err != nil {
			return nil, err
		}
	}
	for e := range seen {
		if _, ok := out[e]; !ok {
			return nil, fmt.Errorf("neighbor index: entity %d group %d article %d: %w", e.n, e.grp, e.article, graph.ErrNoEntity)
		}
	}
	return out, nil
}

// groupsOf returns the groups of the person keys of nodes that make up
// each node's cluster.
func (l loader) groupsOf(nodes []node) (map[node][]int64, error) {
	keys := make([]int64, 0, len(nodes))
	for _, nd := range nodes {
		keys = append(keys, nd.n)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	want := make(map[node]bool, len(nodes))
	for _, nd := range nodes {
		want[nd] = true
	}
	out := make(map[node][]int64, len(nodes))
	err := l.scan(`SELECT person, grp, cluster FROM person_groups WHERE person IN (SELECT value FROM json_each(?))`,
		[]any{jsonInts(keys)}, func(r *sql.Rows) error {
			var nd node
			var g int64
			if err := r.Scan(&nd.n, &g, &nd.cluster); err != nil {
				return err
			}
			if want[nd] {
				out[nd] = append(out[nd], g)
			}
			return nil
		})
	return out, err
}

// nodeSet is what nodesOf found.
type nodeSet struct {
	byID     map[string]node
	clusters map[int64]int // person key → how many clusters it has
}

// nodesOf finds the nodes entity IDs name, as nodeOf does, in a few
// queries whatever the number of IDs.
func (l loader) nodesOf(ids []string) (nodeSet, error) {
	// Each ID, and the keys it may be a cluster of: itself without each
	// suffix "~...", longest first.
	candidates := make(map[string][]string, len(ids))
	var all []string
	for _, id := range ids {
		if _, ok := candidates[id]; ok {
			continue
		}
		cs := []string{id}
		for key := id; ; {
			i := lastTilde(key)
			if i < 0 {
				break
			}
			key = key[:i]
			cs = append(cs, key)
		}
		candidates[id] = cs
		all = append(all, cs...)
	}
	type found struct {
		n      int64
		person bool
	}
	ents := map[string]found{}
	err := l.scan(`SELECT id, n, kind FROM entities WHERE id IN (SELECT value FROM json_each(?))`,
		[]any{encodeNames(all)}, func(r *sql.Rows) error {
			var id, kind string
			var f found
			if err := r.Scan(&id, &f.n, &kind); err != nil {
				return err
			}
			f.person = kind == graph.Person.String()
			ents[id] = f
			return nil
		})
	if err != nil {
		return nodeSet{}, err
	}
	// The clusters of the person keys found.
	var keys []int64
	for _, f := range ents {
		if f.person {
			keys = append(keys, f.n)
		}
	}
	clusters := map[node]bool{}
	if len(keys) > 0 {
		slices.Sort(keys)
		err := l.scan(`SELECT DISTINCT person, cluster FROM person_groups WHERE person IN (SELECT value FROM json_each(?))`,
			[]any{jsonInts(keys)}, func(r *sql.Rows) error {
				var nd node
				err := r.Scan(&nd.n, &nd.cluster)
				clusters[nd] = true
				return err
			})
		if err != nil {
			return nodeSet{}, err
		}
	}
	out := nodeSet{byID: make(map[string]node, len(candidates)), clusters: map[int64]int{}}
	for nd := range clusters {
		out.clusters[nd.n]++
	}
	for id, cs := range candidates {
		ok := false
		for _, key := range cs {
			f, found := ents[key]
			if !found {
				continue
			}
			if !f.person {
				ok = key == id
				if ok {
					out.byID[id] = node{n: f.n}
				}
				break
			}
			if nd := (node{n: f.n, cluster: id}); clusters[nd] {
				out.byID[id] = nd
				ok = true
				break
			}
		}
		if !ok {
			return nodeSet{}, fmt.Errorf("%q: %w", id, graph.ErrNoEntity)
		}
	}
	return out, nil
}

func lastTilde(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '~' {
			return i
		}
	}
	return -1
}

// FactsBetween returns the facts that join two entities (a resolved
// person's ID for persons), either way, sorted: those from a to itself
// when a and b are one. It reads the facts of the articles that name both
// entities only. An unknown ID is an error wrapping graph.ErrNoEntity.
func (s *Store) FactsBetween(ctx context.Context, a, b string) ([]graph.Fact, error) {
	out, err := s.factsBetween(ctx, [][2]string{{a, b}})
	if err != nil {
		return nil, fmt.Errorf("facts between %s and %s: %w", a, b, err)
	}
	return out[0], nil
}

// FactsBetweenPairs returns FactsBetween of each pair of entities, in the
// order of pairs, reading each article once: the articles that name both
// entities of a pair.
func (s *Store) FactsBetweenPairs(ctx context.Context, pairs [][2]string) ([][]graph.Fact, error) {
	out, err := s.factsBetween(ctx, pairs)
	if err != nil {
		return nil, fmt.Errorf("facts between %d pairs of entities: %w", len(pairs), err)
	}
	return out, nil
}

// TenureFacts returns, for each pair (person, position), the statements
// that decide the holding's tenure (see graph.Reader): graph.Deciding of
// the pair's facts. An article keeps its facts together, so they are read
// whole.
func (s *Store) TenureFacts(ctx context.Context, pairs [][2]string) ([][]graph.Fact, error) {
	out, err := s.factsBetween(ctx, pairs)
	if err != nil {
		return nil, fmt.Errorf("statements of %d holdings: %w", len(pairs), err)
	}
	for i := range out {
		out[i] = graph.Deciding(out[i])
	}
	return out, nil
}

// FirstFacts returns, for each pair (subject, object), the first fact of
// rels from the one to the other (see graph.Reader): the first of the
// pair's facts that is one.
func (s *Store) FirstFacts(ctx context.Context, pairs [][2]string, rels []graph.Relation) ([]graph.Fact, error) {
	facts, err := s.factsBetween(ctx, pairs)
	if err != nil {
		return nil, fmt.Errorf("first facts of %d pairs: %w", len(pairs), err)
	}
	out := make([]graph.Fact, len(pairs))
	for i, p := range pairs {
		out[i] = graph.FirstOf(facts[i], p[0], p[1], rels)
	}
	return out, nil
}

// HoldingSources returns, for each pair (person, position), the articles
// that state the person holds or held the position (see graph.Reader):
// those of the pair's holding facts.
func (s *Store) HoldingSources(ctx context.Context, pairs [][2]string) ([][]string, error) {
	facts, err := s.factsBetween(ctx, pairs)
	if err != nil {
		return nil, fmt.Errorf("sources of %d holdings: %w", len(pairs), err)
	}
	out := make([][]string, len(pairs))
	for i, p := range pairs {
		for _, f := range facts[i] {
			if f.Subject == p[0] && f.Object == p[1] && (f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo) {
				out[i] = append(out[i], f.Prov.Article)
			}
		}
		slices.Sort(out[i])
		out[i] = slices.Compact(out[i])
	}
	return out, nil
}

func (s *Store) factsBetween(ctx context.Context, pairs [][2]string) ([][]graph.Fact, error) {
	out := make([][]graph.Fact, len(pairs))
	if len(pairs) == 0 {
		return out, nil
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	ids := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		ids = append(ids, p[0], p[1])
	}
	nodes, err := l.nodesOf(ids)
	if err != nil {
		return nil, err
	}
	// The pairs by the numbers of their ends, either way.
	type ends struct{ s, o node }
	byEnds := map[ends][]int{}
	wantN := map[[2]int64]bool{}
	var undirected [][2]int64 // smaller number first, once each
	count := map[int64]int{}
	for i, p := range pairs {
		na, nb := nodes.byID[p[0]], nodes.byID[p[1]]
		if na.n == nb.n && na != nb {
			continue // two persons of one key: no article names both
		}
		byEnds[ends{na, nb}] = append(byEnds[ends{na, nb}], i)
		if na != nb {
			byEnds[ends{nb, na}] = append(byEnds[ends{nb, na}], i)
		}
		k := [2]int64{min(na.n, nb.n), max(na.n, nb.n)}
		if !wantN[k] {
			undirected = append(undirected, k)
			count[k[0]]++
			if k[1] != k[0] {
				count[k[1]]++
			}
		}
		wantN[[2]int64{na.n, nb.n}], wantN[[2]int64{nb.n, na.n}] = true, true
	}
	// The articles that list both ends of a pair: pairs that share an end
	// ask for it once, so that FTS reads its list of articles once ("a"
	// AND ("b" OR "c")).
	others := map[int64][]int64{}
	var hubs []int64
	for _, k := range undirected {
		hub, other := k[0], k[1]
		if count[other] > count[hub] {
			hub, other = other, hub
		}
		if others[hub] == nil {
			hubs = append(hubs, hub)
		}
		others[hub] = append(others[hub], other)
	}
	quote := func(n int64) string { return strconv.Quote(strconv.FormatInt(n, 10)) }
	var terms []string
	for _, hub := range hubs {
		var alts []string
		for _, o := range others[hub] {
			if o == hub {
				terms = append(terms, quote(hub)) // facts from an entity to itself
			} else {
				alts = append(alts, quote(o))
			}
		}
		if len(alts) > 0 {
			terms = append(terms, "("+quote(hub)+" AND ("+strings.Join(alts, " OR ")+"))")
		}
	}
	articles := map[int64]bool{}
	const chunk = 100 // terms an FTS query
	for i := 0; i < len(terms); i += chunk {
		err := l.scan(`SELECT rowid FROM ends_fts WHERE ends_fts MATCH ?`, []any{strings.Join(terms[i:min(i+chunk, len(terms))], " OR ")},
			func(r *sql.Rows) error {
				var n int64
				err := r.Scan(&n)
				articles[n] = true
				return err
			})
		if err != nil {
			return nil, err
		}
	}
	if len(articles) == 0 {
		return out, nil
	}

	// The facts of those articles between the ends of a pair; a person
	// end is the article's mention of the key, to be told apart when the
	// key has several clusters.
	want := func(s, o int64) bool { return wantN[[2]int64{s, o}] }
	var edges []edge
	var split []int64 // person, article, ...
	err = l.scan(`SELECT n, id, facts FROM articles WHERE n IN (SELECT value FROM json_each(?))`,
		[]any{jsonInts(sortedKeys(articles))}, func(r *sql.Rows) error {
			var n int64
			var id, facts string
			if err := r.Scan(&n, &id, &facts); err != nil {
				return err
			}
			err := scanFacts(facts, want, func(f *storedFact) {
				edges = append(edges, edge{article: n, articleID: id, f: *f})
				for _, e := range []int64{f.subject, f.object} {
					if nodes.clusters[e] > 1 {
						split = append(split, e, n)
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
	clusterOf := map[mentionKey]string{} // (key, article) → cluster, for keys of several
	if len(split) > 0 {
		err := l.scan(`SELECT m.person, m.article, g.cluster FROM json_each(?) j
			JOIN person_mentions m ON m.person = j.value->>0 AND m.article = j.value->>1
			JOIN person_groups g ON g.person = m.person AND g.grp = m.grp`, []any{jsonPairs(split)}, func(r *sql.Rows) error {
			var k mentionKey
			var c string
			err := r.Scan(&k.person, &k.other, &c)
			clusterOf[k] = c
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	// The node of an end: an entity, or the person of a key's only
	// cluster, or of the article's mention.
	only := map[int64]string{}
	for _, nd := range nodes.byID {
		if nd.cluster != "" && nodes.clusters[nd.n] == 1 {
			only[nd.n] = nd.cluster
		}
	}
	nodeOf := func(n, article int64) node {
		if c, ok := only[n]; ok {
			return node{n: n, cluster: c}
		}
		if nodes.clusters[n] > 1 {
			return node{n: n, cluster: clusterOf[mentionKey{n, article}]}
		}
		return node{n: n}
	}
	fr := newFactReader()
	for _, e := range edges {
		sn, on := nodeOf(e.f.subject, e.article), nodeOf(e.f.object, e.article)
		for _, i := range byEnds[ends{sn, on}] {
			subject, object := pairs[i][0], pairs[i][1]
			if nodes.byID[subject] != sn {
				subject, object = object, subject
			}
			f, err := fr.fact(e, subject, object)
			if err != nil {
				return nil, err
			}
			out[i] = append(out[i], f)
		}
	}
	sortEach(out)
	return out, nil
}

// sortEach sorts each list of facts as graph.Fact.Less does, without
// repeats.
func sortEach(lists [][]graph.Fact) {
	for i := range lists {
		slices.SortFunc(lists[i], compareFacts)
		lists[i] = slices.Compact(lists[i])
	}
}

// compareFacts orders facts as graph.Fact.Less does.
func compareFacts(a, b graph.Fact) int {
	switch {
	case a.Less(b):
		return -1
	case b.Less(a):
		return 1
	}
	return 0
}
