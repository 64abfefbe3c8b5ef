package postgres

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"kg/graph"
)

// Neighbors from the neighbor index. A row's person end is a key; the
// rows of a key that has one resolved person are that person's. What the
// rows cannot tell apart is read from the facts, whose person ends
// resolve through their articles' mentions:
//
//   - the links of an entity asked about that is a person of a key of
//     several persons;
//   - the rows of the others to such a key, split by the person of each
//     fact;
//   - the relation mentions, which the index leaves out.

// nbLink is a Neighbor but its count.
type nbLink struct {
	from, to string
	rel      graph.Relation
	forward  bool
}

// nbLinks gathers links: counted by the articles of facts, or counted
// already (by a row of the index, or on the server), each once (direct).
// A link comes from one of them only.
type nbLinks struct {
	articles map[nbLink]map[int64]bool
	direct   []graph.Neighbor
}

func (l *nbLinks) article(k nbLink, article int64) {
	if l.articles[k] == nil {
		l.articles[k] = map[int64]bool{}
	}
	l.articles[k][article] = true
}

// list returns the links as Neighbors, sorted.
func (l *nbLinks) list() []graph.Neighbor {
	out := make([]graph.Neighbor, 0, len(l.articles)+len(l.direct))
	out = append(out, l.direct...)
	for k, a := range l.articles {
		out = append(out, graph.Neighbor{From: k.from, To: k.to, Relation: k.rel, Forward: k.forward, Articles: len(a)})
	}
	slices.SortFunc(out, graph.CompareNeighbors)
	return out
}

// addEdges adds the links of facts from the nodes of from (their IDs).
func (l *nbLinks) addEdges(edges []edge, names map[int64]string, from map[node]string) {
	for _, e := range edges {
		if id, ok := from[e.subject]; ok {
			l.article(nbLink{id, name(e.object, names), e.fact.Relation, true}, e.article)
		}
		if id, ok := from[e.object]; ok {
			l.article(nbLink{id, name(e.subject, names), e.fact.Relation, false}, e.article)
		}
	}
}

func (s *Store) neighbors(ctx context.Context, ids []string, rels []graph.Relation) ([]graph.Neighbor, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	l, err := r.gather(ids, slices.Compact(slices.Sorted(slices.Values(rels))), true)
	if err != nil {
		return nil, err
	}
	return l.list(), nil
}

// gather reads the links of ids by rels (sorted, each once; all when
// empty); the links to them by mentions only when mentionsTo.
func (r *reader) gather(ids []string, rels []graph.Relation, mentionsTo bool) (*nbLinks, error) {
	l := &nbLinks{articles: map[nbLink]map[int64]bool{}}
	found, err := r.nodesOf(ids)
	if err != nil {
		return nil, err
	}
	var keys []int64
	for _, id := range ids {
		if nd := found[id]; nd.cluster != "" {
			keys = append(keys, nd.n)
		}
	}
	if err := r.clustersOf(keys); err != nil {
		return nil, err
	}
	byRows, byFacts := map[node]string{}, map[node]string{}
	var rowNodes, factNodes []node
	for _, id := range ids {
		nd := found[id]
		switch {
		case byRows[nd] != "" || byFacts[nd] != "":
		case nd.cluster != "" && len(r.clusters[nd.n]) != 1:
			byFacts[nd] = id
			factNodes = append(factNodes, nd)
		default:
			byRows[nd] = id
			rowNodes = append(rowNodes, nd)
		}
	}
	if len(factNodes) > 0 {
		if err := r.factLinks(factNodes, rels, byFacts, l); err != nil {
			return nil, err
		}
	}
	if len(rowNodes) == 0 {
		return l, nil
	}
	var rowRels []graph.Relation
	for _, rel := range rels {
		if indexed(rel.String()) {
			rowRels = append(rowRels, rel)
		}
	}
	if len(rels) == 0 || len(rowRels) > 0 {
		if err := r.rowLinks(rowNodes, rowRels, byRows, l); err != nil {
			return nil, err
		}
	}
	if len(rels) == 0 || slices.Contains(rels, graph.Mentions) {
		if err := r.mentionLinks(rowNodes, byRows, l, mentionsTo); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// mentionLinks adds the links of nodes (from gives their IDs; none is a
// person of a key of several) by the relation mentions, which the
// neighbor index leaves out: those from a node that is an article, read
// from its facts, for the persons they mention; and, when to, those to
// the nodes. What mentions an entity is an article, never a person: the
// links to a node are read with the IDs of their articles and their
// counts, grouped on the server (the 32,017 articles that mention the
// Central Committee: 70 ms, where reading their facts, then their IDs,
// and counting the articles of each link in Go took 190).
func (r *reader) mentionLinks(nodes []node, from map[node]string, l *nbLinks, to bool) error {
	byN := make(map[int64]node, len(nodes))
	ns := make([]int64, 0, len(nodes))
	for _, nd := range nodes {
		byN[nd.n] = nd
		ns = append(ns, nd.n)
	}
	ns = sortedSet(ns)
	mentions := graph.Mentions.String()
	edges, err := r.links(`SELECT `+linkColumns+` FROM facts f WHERE f.subject = ANY($1) AND f.relation = $2`, []any{ns, mentions})
	if err != nil {
		return err
	}
	if err := r.addLinks(edges, from, l); err != nil || !to {
		return err
	}
	return r.mentionsTo(ns, byN, from, l)
}

// mentionsTo adds the links to the nodes ns (byN their nodes by number,
// from their IDs) by the relation mentions, counted on the server.
func (r *reader) mentionsTo(ns []int64, byN map[int64]node, from map[node]string, l *nbLinks) error {
	mentions := graph.Mentions.String()
	return r.scan(`SELECT m.object, e.id, m.articles FROM (
			SELECT f.object, f.subject, count(DISTINCT f.article) AS articles FROM facts f
			WHERE f.object = ANY($1) AND f.relation = $2 AND NOT f.subject = ANY($1)
			GROUP BY f.object, f.subject) m,
		LATERAL (SELECT id FROM entities WHERE n = m.subject LIMIT 1) e`, []any{ns, mentions},
		func(rows pgx.Rows) error {
			var n, articles int64
			var id string
			if err := rows.Scan(&n, &id, &articles); err != nil {
				return err
			}
			if nd, ok := byN[n]; ok { // one row per link: the query groups by it
				l.direct = append(l.direct, graph.Neighbor{From: from[nd], To: id, Relation: graph.Mentions, Articles: int(articles)})
			}
			return nil
		})
}

// factLinks adds the links of nodes (from gives their IDs) by rels (all
// when empty), read from their facts.
func (r *reader) factLinks(nodes []node, rels []graph.Relation, from map[node]string, l *nbLinks) error {
	edges, err := r.touching(nodes, false, rels, false)
	if err != nil {
		return err
	}
	return r.addLinks(edges, from, l)
}

// addLinks adds the links of facts from the nodes of from (their IDs),
// with the IDs of their other ends.
func (r *reader) addLinks(edges []edge, from map[node]string, l *nbLinks) error {
	names, err := r.endIDs(edges)
	if err != nil {
		return err
	}
	l.addEdges(edges, names, from)
	return nil
}

// nbRow is a row of the neighbor index.
type nbRow struct {
	nbKey
	articles int64
}

// rowLinks adds the links of nodes (from gives their IDs; none is a
// person of a key of several) by rels (every relation the index holds
// when empty), read from the neighbor index.
func (r *reader) rowLinks(nodes []node, rels []graph.Relation, from map[node]string, l *nbLinks) error {
	byN := make(map[int64]node, len(nodes))
	ns := make([]int64, 0, len(nodes))
	for _, nd := range nodes {
		byN[nd.n] = nd
		ns = append(ns, nd.n)
	}
	ns = sortedSet(ns)
	args := []any{ns}
	where := ""
	if len(rels) > 0 {
		names := make([]string, len(rels))
		for i, rel := range rels {
			names[i] = rel.String()
		}
		where = ` AND relation = ANY($2)`
		args = append(args, names)
	}
	var rows []nbRow
	var ends []int64
	err := r.scan(`SELECT subject, relation, object, articles FROM neighbors WHERE subject = ANY($1)`+where+`
		UNION ALL
		SELECT subject, relation, object, articles FROM neighbors WHERE object = ANY($1) AND NOT subject = ANY($1)`+where,
		args, func(rs pgx.Rows) error {
			var row nbRow
			if err := rs.Scan(&row.subject, &row.relation, &row.object, &row.articles); err != nil {
				return err
			}
			rows = append(rows, row)
			ends = append(ends, row.subject, row.object)
			return nil
		})
	if err != nil || len(rows) == 0 {
		return err
	}
	persons, err := r.lookEnds(sortedSet(ends))
	if err != nil {
		return err
	}
	var keys []int64
	for n := range persons {
		keys = append(keys, n)
	}
	if err := r.clustersOf(keys); err != nil {
		return err
	}
	// other returns the ID of the other end of a row, or "" when it is a
	// key of several persons.
	other := func(n int64) (string, error) {
		if !persons[n] {
			if id, ok := r.ids[n]; ok {
				return id, nil
			}
			return "", fmt.Errorf("neighbor index: entity %d: %w", n, graph.ErrNoEntity)
		}
		switch cs := r.clusters[n]; len(cs) {
		case 0:
			return "", fmt.Errorf("neighbor index: person %d has no mention: %w", n, graph.ErrNoEntity)
		case 1:
			return cs[0], nil
		}
		return "", nil
	}
	var split nbColumns // rows to a key of several persons
	for _, row := range rows {
		rel, ok := r.relations[row.relation]
		if !ok {
			return fmt.Errorf("neighbor index: unknown relation %q", row.relation)
		}
		splits := false
		for _, end := range []struct {
			at, to  int64
			forward bool
		}{{row.subject, row.object, true}, {row.object, row.subject, false}} {
			nd, ok := byN[end.at]
			if !ok {
				continue
			}
			to, err := other(end.to)
			if err != nil {
				return err
			}
			if to == "" {
				splits = true
				continue
			}
			// one row per subject, relation and object, whose ends
			// are one entity each: one link per row and direction
			l.direct = append(l.direct, graph.Neighbor{From: from[nd], To: to, Relation: rel, Forward: end.forward, Articles: int(row.articles)})
		}
		if splits {
			split.subjects = append(split.subjects, row.subject)
			split.rels = append(split.rels, row.relation)
			split.objects = append(split.objects, row.object)
		}
	}
	if len(split.subjects) == 0 {
		return nil
	}
	// The facts of the rows to keys of several persons, each person end
	// resolved through its article's mention.
	edges, err := r.links(`SELECT `+linkColumns+` FROM unnest($1::bigint[], $2::text[], $3::bigint[]) AS v(s, r, o)
		JOIN facts f ON f.subject = v.s AND f.object = v.o AND f.relation = v.r`,
		[]any{split.subjects, split.rels, split.objects})
	if err != nil {
		return err
	}
	names, err := r.endIDs(edges)
	if err != nil {
		return err
	}
	several := func(nd node) bool { return nd.cluster != "" && len(r.clusters[nd.n]) > 1 }
	for _, e := range edges {
		if id, ok := from[e.subject]; ok && several(e.object) {
			l.article(nbLink{id, name(e.object, names), e.fact.Relation, true}, e.article)
		}
		if id, ok := from[e.object]; ok && several(e.subject) {
			l.article(nbLink{id, name(e.subject, names), e.fact.Relation, false}, e.article)
		}
	}
	return nil
}

// clustersOf reads the resolved persons of person keys the reader does
// not know yet, into r.clusters.
func (r *reader) clustersOf(keys []int64) error {
	var todo []int64
	for _, n := range sortedSet(keys) {
		if _, ok := r.clusters[n]; !ok {
			todo = append(todo, n)
			r.clusters[n] = nil
		}
	}
	if len(todo) == 0 {
		return nil
	}
	return r.scan(`SELECT v.k, c.cluster FROM unnest($1::bigint[]) AS v(k),
		LATERAL (SELECT DISTINCT cluster FROM person_groups WHERE person = v.k) AS c`, []any{todo},
		func(rows pgx.Rows) error {
			var n int64
			var cluster string
			err := rows.Scan(&n, &cluster)
			r.clusters[n] = append(r.clusters[n], cluster)
			return err
		})
}

// topNeighbors ranks the neighbors of id. The articles that mention an
// entity each state one link to it, of one article (but when another
// article states it too), and rank last, by ID: past the first limit of
// them, none can come first. When the articles are many among all of them
// (mentionWalk), they are not listed: they are counted, and the entities
// are walked in the order of their IDs (byte by byte, as Go compares
// them: the index entities_by_id_bytes) until enough of them mention the
// entity. The 32,017 articles that mention the Central Committee, of
// 100,000, are found in the first 300 or so.
func (s *Store) topNeighbors(ctx context.Context, id string, rels []graph.Relation, limit int) ([]graph.Ranked, int, error) {
	r, err := s.reader(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer r.close()
	rels = slices.Compact(slices.Sorted(slices.Values(rels)))
	var d *declined
	if limit > 0 && (len(rels) == 0 || slices.Contains(rels, graph.Mentions)) {
		var top []graph.Ranked
		var total int
		if top, total, d, err = r.walkMentions(id, rels, limit, s.mentionWalk); err != nil || d == nil {
			return top, total, err
		}
	}
	var l *nbLinks
	if d != nil && d.links != nil {
		// the links read before the walk was declined, and those to
		// the entity by mentions
		l = d.links
		err = r.mentionsTo([]int64{d.nd.n}, map[int64]node{d.nd.n: d.nd}, map[node]string{d.nd: id}, l)
	} else {
		l, err = r.gather([]string{id}, rels, true)
	}
	if err != nil {
		return nil, 0, err
	}
	top, total := graph.RankNeighbors(id, l.list(), limit)
	return top, total, nil
}

// declined is what walkMentions read before it declined to walk: the
// entity's node, and its links but those to it by mentions (nil when it
// declined before reading them).
type declined struct {
	links *nbLinks
	nd    node
}

// mentionWalk reports whether finding the first want of the links
// articles that mention an entity, of all the store's articles, is
// cheaper by walking the entities in the order of their IDs than by
// listing the links: when the walk probes fewer entities (want *
// articles / links) than there are links, by a margin for a probe's
// higher cost.
func mentionWalk(links, want, articles int64) bool {
	return articles > 0 && links*links > 4*want*articles
}

// walkMentions ranks the neighbors of id by walking the articles that
// mention it (see topNeighbors), or declines to: for a person of a key
// of several, when another article states that an article mentions it
// (a link of more than one article), and when walk says a walk costs
// more.
func (r *reader) walkMentions(id string, rels []graph.Relation, limit int, walk func(links, want, articles int64) bool) ([]graph.Ranked, int, *declined, error) {
	found, err := r.nodesOf([]string{id})
	if err != nil {
		return nil, 0, nil, err
	}
	nd := found[id]
	if nd.cluster != "" {
		if err := r.clustersOf([]int64{nd.n}); err != nil {
			return nil, 0, nil, err
		}
		if len(r.clusters[nd.n]) != 1 {
			return nil, 0, &declined{nd: nd}, nil
		}
	}
	mentions := graph.Mentions.String()
	var links, shared int64
	var articles float64
	// (min and max tell a link of several articles as well as counting
	// them does, in half the time)
	err = r.tx.QueryRow(r.ctx, `SELECT count(*), count(*) FILTER (WHERE first <> last), `+archiveSize+`
		FROM (SELECT subject, min(article) AS first, max(article) AS last FROM facts
			WHERE object = $1 AND relation = $2 AND subject <> $1 GROUP BY subject) AS m`, nd.n, mentions).Scan(&links, &shared, &articles)
	if err != nil {
		return nil, 0, nil, dbError(err)
	}
	if shared > 0 {
		return nil, 0, &declined{nd: nd}, nil
	}
	l, err := r.gather([]string{id}, rels, false)
	if err != nil {
		return nil, 0, nil, err
	}
	// Of the articles that mention the entity and have no other link
	// to it, those that rank are among the first limit by ID: the
	// others have two articles or more, and rank above them all.
	others, m := graph.RankNeighbors(id, l.list(), 0)
	want := int64(limit)
	if !walk(links, want, int64(articles)) {
		return nil, 0, &declined{links: l, nd: nd}, nil
	}
	// A walk stops after a few hundred probes: workers in parallel
	// would take longer to start (30 ms) than it takes. And it is planned
	// for this entity each time: the plan PostgreSQL keeps for a statement
	// run five times, for any entity, hashes all the mentions and sorts
	// them (17 ms became 82-86 in a long-lived process).
	if _, err := r.tx.Exec(r.ctx, `SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL plan_cache_mode = force_custom_plan`); err != nil {
		return nil, 0, nil, dbError(err)
	}
	var first []string
	// (the subquery in order, then a probe a row, LIMIT 1: a join the
	// planner could make of it would read every mention)
	err = r.scan(`SELECT e.id FROM (SELECT id, n FROM entities WHERE n <> $1 ORDER BY id COLLATE "C" OFFSET 0) AS e,
			LATERAL (SELECT 1 FROM facts f WHERE f.subject = e.n AND f.object = $1 AND f.relation = $2 LIMIT 1) AS m
		ORDER BY e.id COLLATE "C" LIMIT $3`, []any{nd.n, mentions, want}, func(rows pgx.Rows) error {
		var id string
		err := rows.Scan(&id)
		first = append(first, id)
		return err
	})
	if err != nil {
		return nil, 0, nil, err
	}
	// the other links to articles that also mention the entity
	ids := make([]string, len(others))
	for i, o := range others {
		ids[i] = o.ID
	}
	both := map[string]bool{}
	err = r.scan(`SELECT e.id FROM entities e WHERE e.id = ANY($3) AND e.n <> $1
			AND EXISTS (SELECT 1 FROM facts f WHERE f.subject = e.n AND f.object = $1 AND f.relation = $2)`,
		[]any{nd.n, mentions, ids}, func(rows pgx.Rows) error {
			var id string
			err := rows.Scan(&id)
			both[id] = true
			return err
		})
	if err != nil {
		return nil, 0, nil, err
	}
	for i := range others {
		if both[others[i].ID] {
			others[i].Articles++
		}
	}
	for _, id := range first {
		if !both[id] {
			others = append(others, graph.Ranked{ID: id, Articles: 1})
		}
	}
	slices.SortFunc(others, graph.CompareRanked)
	return others[:min(limit, len(others))], m + int(links) - len(both), nil, nil
}
