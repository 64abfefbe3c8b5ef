package postgres

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"kg/graph"
)

// The queries of graph.Reader, answered without loading the whole graph:
// each reads the facts of the entities it is asked about through the
// indexes on their ends.

// nodesOf finds the nodes entity IDs name: a resolved person's ID (its
// key's ID, or the key's with a suffix "~..."), or the ID of any other
// entity. An ID that names none is an error wrapping graph.ErrNoEntity.
func (r *reader) nodesOf(ids []string) (map[string]node, error) {
	candidates := make(map[string][]string, len(ids))
	var all []string
	for _, id := range ids {
		if _, ok := candidates[id]; ok {
			continue
		}
		cs := []string{id}
		for key := id; ; {
			i := strings.LastIndexByte(key, '~')
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
	q, args := byKey(all, "id, n, kind", "entities", "id")
	err := r.scan(q, args, func(rows pgx.Rows) error {
		var id, kind string
		var f found
		if err := rows.Scan(&id, &f.n, &kind); err != nil {
			return err
		}
		f.person = kind == graph.Person.String()
		ents[id] = f
		return nil
	})
	if err != nil {
		return nil, err
	}
	var keys []int64
	for _, f := range ents {
		if f.person {
			keys = append(keys, f.n)
		}
	}
	if err := r.clustersOf(keys); err != nil {
		return nil, err
	}
	clusters := map[node]bool{}
	for _, n := range keys {
		for _, c := range r.clusters[n] {
			clusters[node{n: n, cluster: c}] = true
		}
	}
	out := make(map[string]node, len(candidates))
	for id, cs := range candidates {
		ok := false
		for _, key := range cs {
			f, found := ents[key]
			if !found {
				continue
			}
			if !f.person {
				if ok = key == id; ok {
					out[id] = node{n: f.n}
				}
				break
			}
			if nd := (node{n: f.n, cluster: id}); clusters[nd] {
				out[id] = nd
				ok = true
				break
			}
		}
		if !ok {
			return nil, fmt.Errorf("%q: %w", id, graph.ErrNoEntity)
		}
	}
	return out, nil
}

// entities loads the entities of nodes.
func (r *reader) entities(nodes []node) (map[node]*graph.Entity, error) {
	var ns, keys []int64
	var ids []string
	for _, nd := range nodes {
		if nd.cluster == "" {
			ns = append(ns, nd.n)
		} else {
			keys = append(keys, nd.n)
			ids = append(ids, nd.cluster)
		}
	}
	out := make(map[node]*graph.Entity, len(nodes))
	if len(ns) > 0 {
		q, args := byKey(ns, entityFields, "entities", "n")
		err := r.scan(q, args, func(rows pgx.Rows) error {
			var n int64
			e, err := scanEntity(rows, &n)
			out[node{n: n}] = e
			return err
		})
		if err != nil {
			return nil, err
		}
		var aliases []struct {
			n    int64
			name string
		}
		q, args = allByKey(ns, "entity, name", "names", "entity")
		err = r.scan(q, args, func(rows pgx.Rows) error {
			var a struct {
				n    int64
				name string
			}
			err := rows.Scan(&a.n, &a.name)
			aliases = append(aliases, a)
			return err
		})
		if err != nil {
			return nil, err
		}
		for _, a := range aliases {
			if e := out[node{n: a.n}]; e != nil && a.name != e.Name {
				e.Aliases = append(e.Aliases, a.name)
			}
		}
		for _, e := range out {
			slices.Sort(e.Aliases)
		}
	}
	if len(keys) > 0 {
		persons := newClusters()
		err := r.scan(fmt.Sprintf(groupQuery, `JOIN unnest($1::bigint[], $2::text[]) AS v(person, cluster)
				ON g.person = v.person AND g.cluster = v.cluster`), []any{keys, ids}, func(rows pgx.Rows) error {
			_, _, _, err := persons.scan(rows)
			return err
		})
		if err != nil {
			return nil, err
		}
		for id, e := range persons.entities() {
			out[node{n: persons.key[id], cluster: id}] = e
		}
	}
	for _, nd := range nodes {
		if out[nd] == nil {
			return nil, fmt.Errorf("entity %d %s: %w", nd.n, nd.cluster, graph.ErrNoEntity)
		}
	}
	return out, nil
}

// endIDs returns the IDs of the ends of edges: the cluster of a person,
// the entity's ID otherwise.
func (r *reader) endIDs(edges []edge) (map[int64]string, error) {
	seen := map[int64]bool{}
	var ns []int64
	for _, e := range edges {
		for _, nd := range []node{e.subject, e.object} {
			if nd.cluster == "" && !seen[nd.n] {
				seen[nd.n] = true
				ns = append(ns, nd.n)
			}
		}
	}
	if err := r.readEnds(ns); err != nil {
		return nil, err
	}
	out := make(map[int64]string, len(ns))
	for _, n := range ns {
		id, ok := r.ids[n]
		if !ok {
			return nil, fmt.Errorf("fact end %d: %w", n, graph.ErrNoEntity)
		}
		out[n] = id
	}
	return out, nil
}

// name returns the ID of a node, given the IDs endIDs found.
func name(nd node, ids map[int64]string) string {
	if nd.cluster != "" {
		return nd.cluster
	}
	return ids[nd.n]
}

// factsTouching returns the facts one of whose ends is a node of nodes.
// When within is set, only the facts whose both ends are in nodes.
func (r *reader) factsTouching(nodes []node, within bool, rels []graph.Relation) ([]edge, error) {
	return r.touching(nodes, within, rels, true)
}

// touching is factsTouching; without full, the facts are links (see
// reader.links).
func (r *reader) touching(nodes []node, within bool, rels []graph.Relation, full bool) ([]edge, error) {
	want := make(map[node]bool, len(nodes))
	var ns []int64
	for _, nd := range nodes {
		want[nd] = true
		ns = append(ns, nd.n)
	}
	slices.Sort(ns)
	ns = slices.Compact(ns)
	// Two index scans rather than one with OR, so that each reads one
	// covering index only; the second leaves out what the first read.
	var rel string
	args := []any{ns}
	if len(rels) > 0 {
		names := make([]string, len(rels))
		for i, rel := range rels {
			names[i] = rel.String()
		}
		rel = ` AND f.relation = ANY($2)`
		args = append(args, names)
	}
	cols := factColumns
	if !full {
		cols = linkColumns
	}
	sql := `SELECT ` + cols + ` FROM facts f WHERE f.subject = ANY($1) AND f.object = ANY($1)` + rel
	if !within {
		sql = `SELECT ` + cols + ` FROM facts f WHERE f.subject = ANY($1)` + rel + `
			UNION ALL
			SELECT ` + cols + ` FROM facts f WHERE f.object = ANY($1) AND NOT f.subject = ANY($1)` + rel
	}
	edges, err := r.edgesOf(sql, args, full)
	if err != nil {
		return nil, err
	}
	out := edges[:0]
	for _, e := range edges {
		s, o := want[e.subject], want[e.object]
		if (within && s && o) || (!within && (s || o)) {
			out = append(out, e)
		}
	}
	return out, nil
}

// sortFacts sorts facts as graph.Fact.Less does and drops repeats.
func sortFacts(fs []graph.Fact) []graph.Fact {
	slices.SortFunc(fs, func(a, b graph.Fact) int {
		switch {
		case a.Less(b):
			return -1
		case b.Less(a):
			return 1
		}
		return 0
	})
	return slices.Compact(fs)
}

// Search finds entities by name, as the SQLite store does: the text is
// folded (graph.Fold) and split into words; an entity matches when one of
// its names or aliases holds every word. Results come best first: a name
// equal to the text, then names with fewer words besides the text's,
// then entities with more facts, then by ID. kinds restricts the kinds
// searched (all when empty); limit <= 0 means no limit. Persons are
// returned resolved, one per cluster.
func (s *Store) Search(ctx context.Context, text string, kinds []graph.Kind, limit int) ([]*graph.Entity, error) {
	out, err := s.search(ctx, text, kinds, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	return out, nil
}

func (s *Store) search(ctx context.Context, text string, kinds []graph.Kind, limit int) ([]*graph.Entity, error) {
	w := words(text)
	if len(w) == 0 {
		return nil, nil
	}
	var kindNames []string
	for _, k := range kinds {
		kindNames = append(kindNames, k.String())
	}
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	// The names of a person key are those of all its clusters, so the
	// query may give a cluster none of whose names match, or rank it by
	// another cluster's name: it asks for more than limit, and the
	// clusters are checked and ranked again by their own names. When too
	// many fail, it asks for all.
	//
	// It reads first the names of few words besides the text's (the
	// first to rank), then more, then all: a common word ("tỉnh") is in
	// 150,000 names, most of them headlines.
	fetch, bounds := -1, []int{0}
	if limit > 0 {
		fetch, bounds = 2*limit+16, []int{len(w) + 2, len(w) + 6, 0}
	}
	// Without parallel workers: the planner cannot tell a word no name
	// has from a common one, and planned workers for the names of a
	// word in none; starting them took 24-40 ms of a 0.3 ms search.
	if _, err := r.tx.Exec(ctx, `SET LOCAL max_parallel_workers_per_gather = 0`); err != nil {
		return nil, dbError(err)
	}
	for {
		for _, maxWords := range bounds {
			found, complete, err := r.search(w, kindNames, fetch, maxWords)
			if err != nil {
				return nil, err
			}
			if limit > 0 && len(found) > limit {
				found = found[:limit]
			}
			if complete || len(found) == limit {
				return found, nil
			}
		}
		fetch, bounds = -1, []int{0}
	}
}

// search runs a search, asking for fetch candidates (-1: all) among the
// names of at most maxWords words (0: any), and reports whether it saw
// every candidate.
//
// A person of a key of one person (its ID the key's) has the key's facts,
// which are its mentions' (checkTables holds the store to it): only the
// persons of keys of several have their facts summed over their
// mentions, by group ("nguyễn" ranks 1,900 persons of three-word names,
// with 75,000 mentions).
//
// The names that hold every word are the merge of one scan of name_words
// per word, in the order of its key after the word: the name's count of
// words, then the name (for "hà nội", 5 ms, where
// counting the words of each name that holds either took 35). Of their
// entities, those that rank first by the names alone (equal to the
// text, then the fewest words), with the ties of the last, are read with
// their facts: the facts of a person's clusters are summed over its
// mentions, and the 10,075 entities "hà nội" matches need not be.
func (r *reader) search(w, kinds []string, fetch, maxWords int) ([]*graph.Entity, bool, error) {
	dw := distinct(w)
	args := []any{strings.Join(w, " "), dw[0]}
	var q strings.Builder
	q.WriteString(`WITH matched AS (
			SELECT w0.name FROM name_words w0`)
	for i, word := range dw[1:] {
		args = append(args, word)
		fmt.Fprintf(&q, ` JOIN name_words w%d ON w%d.word = $%d AND w%d.words = w0.words AND w%d.name = w0.name`,
			i+1, i+1, len(args), i+1, i+1)
	}
	q.WriteString(` WHERE w0.word = $2`)
	if maxWords > 0 {
		args = append(args, maxWords)
		fmt.Fprintf(&q, ` AND w0.words <= $%d`, len(args))
	}
	q.WriteString(`
		), hit AS (
			SELECT nm.entity AS n, bool_or(nm.folded = $1) AS exact, min(nm.words) AS words
			FROM matched JOIN names nm ON nm.n = matched.name
			GROUP BY nm.entity
		), top AS (`)
	// without kinds, the entities are read after the cut; with, before
	cut, order := "hit", `
			ORDER BY hit.exact DESC, hit.words ASC`
	if fetch > 0 {
		args = append(args, fetch)
		order += fmt.Sprintf(` FETCH FIRST $%d ROWS WITH TIES`, len(args))
	}
	if len(kinds) == 0 && fetch > 0 {
		cut = `(SELECT * FROM hit` + order + `) AS hit`
		order = ""
	}
	q.WriteString(`
			SELECT hit.n, hit.exact, hit.words, e.kind, e.facts, e.id FROM ` + cut + ` JOIN entities e ON e.n = hit.n`)
	if len(kinds) > 0 {
		args = append(args, kinds)
		fmt.Fprintf(&q, ` WHERE e.kind = ANY($%d)`, len(args))
	}
	q.WriteString(order)
	q.WriteString(`
		), several AS (
			SELECT n FROM top WHERE kind = 'person'
				AND EXISTS (SELECT 1 FROM person_groups g WHERE g.person = top.n AND g.cluster <> top.id)
		), cluster AS (
			SELECT g.person, g.cluster AS id, sum(m.facts) AS facts
			FROM person_groups g JOIN person_mentions m ON m.person = g.person AND m.grp = g.grp
			WHERE g.person IN (SELECT n FROM several)
			GROUP BY g.person, g.cluster
			UNION ALL
			SELECT n, id, facts FROM top WHERE kind = 'person' AND n NOT IN (SELECT n FROM several)
				AND EXISTS (SELECT 1 FROM person_groups g WHERE g.person = top.n)
		)
		SELECT top.n, coalesce(c.id, ''), coalesce(c.facts, top.facts), (SELECT count(*) FROM top)
		FROM top LEFT JOIN cluster c ON c.person = top.n
		WHERE top.kind <> 'person' OR c.id IS NOT NULL
		ORDER BY top.exact DESC, top.words ASC, 3 DESC, coalesce(c.id, top.id) ASC`)
	if fetch > 0 {
		args = append(args, fetch)
		fmt.Fprintf(&q, ` LIMIT $%d`, len(args))
	}
	type hit struct {
		nd    node
		facts int64
		exact bool
		extra int
	}
	var hits []hit
	var ranked int64 // the entities read with their facts
	err := r.scan(q.String(), args, func(rows pgx.Rows) error {
		var h hit
		err := rows.Scan(&h.nd.n, &h.nd.cluster, &h.facts, &ranked)
		hits = append(hits, h)
		return err
	})
	if err != nil {
		return nil, false, err
	}
	nodes := make([]node, len(hits))
	for i, h := range hits {
		nodes[i] = h.nd
	}
	ents, err := r.entities(nodes)
	if err != nil {
		return nil, false, err
	}
	kept := hits[:0]
	for _, h := range hits {
		e := ents[h.nd]
		h.extra = -1
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			nw := words(name)
			if !containsAll(nw, w) {
				continue
			}
			if x := len(nw) - len(w); h.extra < 0 || x < h.extra {
				h.extra = x
			}
			h.exact = h.exact || slices.Equal(nw, w)
		}
		if h.extra >= 0 {
			kept = append(kept, h)
		}
	}
	slices.SortStableFunc(kept, func(a, b hit) int {
		switch {
		case a.exact != b.exact:
			if a.exact {
				return -1
			}
			return 1
		case a.extra != b.extra:
			return a.extra - b.extra
		case a.facts != b.facts:
			if a.facts > b.facts {
				return -1
			}
			return 1
		}
		return strings.Compare(ents[a.nd].ID, ents[b.nd].ID)
	})
	out := make([]*graph.Entity, len(kept))
	for i, h := range kept {
		out[i] = ents[h.nd]
	}
	return out, maxWords == 0 && (fetch < 0 || ranked < int64(fetch)), nil
}

// containsAll reports whether every word of sub is in words.
func containsAll(words, sub []string) bool {
	for _, w := range sub {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// Entities returns the entities with the given IDs (a resolved person's
// ID for persons), in the order of ids; an unknown ID is an error
// wrapping graph.ErrNoEntity.
func (s *Store) Entities(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	out, err := s.entitiesByID(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("entities %s: %w", idList(ids), err)
	}
	return out, nil
}

// idList writes a list of IDs for an error, the first few of them.
func idList(ids []string) string {
	const few = 3
	if len(ids) <= few {
		return strings.Join(ids, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(ids[:few], ", "), len(ids)-few)
}

func (s *Store) entitiesByID(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	// Entities but persons are read by ID, each row with its aliases:
	// one statement, where a number for each ID, the rows by number and
	// the aliases by number were three (the 2,182 events of a busy
	// official: 12 ms of the server, not 17). A person's ID names its
	// key and cluster, which nodesOf and entities resolve.
	var persons, others []string
	for _, id := range ids {
		if graph.KindOf(id) == graph.Person {
			persons = append(persons, id)
		} else {
			others = append(others, id)
		}
	}
	byID := make(map[string]*graph.Entity, len(ids))
	if len(others) > 0 {
		q, args := byKey(others, entityFields+`, ARRAY(SELECT name FROM names WHERE entity = entities.n AND name <> entities.name)`, "entities", "id")
		err := r.scan(q, args, func(rows pgx.Rows) error {
			var n int64
			var aliases []string
			e, err := scanEntity(rows, &n, &aliases)
			if err != nil {
				return err
			}
			if len(aliases) > 0 {
				slices.Sort(aliases)
				e.Aliases = aliases
			}
			byID[e.ID] = e
			return nil
		})
		if err != nil {
			return nil, err
		}
		for _, id := range others {
			if byID[id] == nil {
				return nil, fmt.Errorf("%q: %w", id, graph.ErrNoEntity)
			}
		}
	}
	if len(persons) > 0 {
		found, err := r.nodesOf(persons)
		if err != nil {
			return nil, err
		}
		nodes := make([]node, len(persons))
		for i, id := range persons {
			nodes[i] = found[id]
		}
		ents, err := r.entities(nodes)
		if err != nil {
			return nil, err
		}
		for i, nd := range nodes {
			if e := ents[nd]; e != nil {
				byID[persons[i]] = e
			}
		}
	}
	out := make([]*graph.Entity, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out, nil
}

// FactsOf returns the facts whose subject or object is the entity id (a
// resolved person's ID for persons), sorted.
func (s *Store) FactsOf(ctx context.Context, id string) ([]graph.Fact, error) {
	out, err := s.factsOf(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("facts of %s: %w", id, err)
	}
	return out, nil
}

func (s *Store) factsOf(ctx context.Context, id string) ([]graph.Fact, error) {
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	nodes, err := r.nodesOf([]string{id})
	if err != nil {
		return nil, err
	}
	edges, err := r.factsTouching([]node{nodes[id]}, false, nil)
	if err != nil {
		return nil, err
	}
	ids, err := r.endIDs(edges)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Fact, 0, len(edges))
	for _, e := range edges {
		f := e.fact
		f.Subject, f.Object = name(e.subject, ids), name(e.object, ids)
		out = append(out, f)
	}
	return sortFacts(out), nil
}

// Around returns the subgraph of the entities at most depth hops from any
// of ids, with every fact among them: the same graph as
// Graph().Subgraph of their Graph().Within, built by querying the store
// one hop at a time.
func (s *Store) Around(ctx context.Context, ids []string, depth int) (*graph.Graph, error) {
	g, err := s.around(ctx, ids, depth)
	if err != nil {
		return nil, fmt.Errorf("around %s: %w", idList(ids), err)
	}
	return g, nil
}

func (s *Store) around(ctx context.Context, ids []string, depth int) (*graph.Graph, error) {
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	found, err := r.nodesOf(ids)
	if err != nil {
		return nil, err
	}
	seen := map[node]bool{}
	var frontier []node
	for _, id := range ids {
		if nd := found[id]; !seen[nd] {
			seen[nd] = true
			frontier = append(frontier, nd)
		}
	}
	type factKey struct {
		article int64
		seq     int32
	}
	kept := map[factKey]edge{}
	for d := 0; d <= depth && len(frontier) > 0; d++ {
		// The last hop finds no new entity, only the facts between two
		// entities of the frontier: a fact touching an earlier entity was
		// found with it.
		edges, err := r.factsTouching(frontier, d == depth, nil)
		if err != nil {
			return nil, err
		}
		var next []node
		for _, e := range edges {
			for _, nd := range []node{e.subject, e.object} {
				if !seen[nd] && d < depth {
					seen[nd] = true
					next = append(next, nd)
				}
			}
			if seen[e.subject] && seen[e.object] {
				kept[factKey{e.article, e.seq}] = e
			}
		}
		frontier = next
	}
	nodes := make([]node, 0, len(seen))
	for nd := range seen {
		nodes = append(nodes, nd)
	}
	ents, err := r.entities(nodes)
	if err != nil {
		return nil, err
	}
	g := graph.New()
	for _, e := range ents {
		g.AddEntity(*e)
	}
	for _, e := range kept {
		f := e.fact
		f.Subject, f.Object = ents[e.subject].ID, ents[e.object].ID
		if err := g.AddFact(f); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// Neighbors returns, for each entity of ids (a resolved person's ID for
// persons), the entities its facts join it to: one Neighbor per other
// entity, relation and direction, with the number of articles that state
// such a fact. rels restricts the relations (all when empty). A fact from
// an entity to itself gives a Neighbor each way. The result is sorted by
// graph.CompareNeighbors; an unknown ID is an error wrapping
// graph.ErrNoEntity. It reads the neighbor index (see neighbors.go),
// and the facts only for what the index does not tell apart.
func (s *Store) Neighbors(ctx context.Context, ids []string, rels []graph.Relation) ([]graph.Neighbor, error) {
	out, err := s.neighbors(ctx, ids, rels)
	if err != nil {
		return nil, fmt.Errorf("neighbors of %s: %w", idList(ids), err)
	}
	return out, nil
}

// TopNeighbors ranks the neighbors of id (see graph.Reader). The
// articles that mention an entity are listed only when they are few
// among the articles, else walked in the order of their IDs until those
// that can rank are found (see topNeighbors).
func (s *Store) TopNeighbors(ctx context.Context, id string, rels []graph.Relation, limit int) ([]graph.Ranked, int, error) {
	top, total, err := s.topNeighbors(ctx, id, rels, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("neighbors of %s: %w", id, err)
	}
	return top, total, nil
}

// FactsBetweenPairs returns, for each pair of entities (a resolved
// person's ID for persons), the facts that join them, either way, sorted:
// those from an entity to itself when the pair's two are one. An unknown
// ID is an error wrapping graph.ErrNoEntity.
func (s *Store) FactsBetweenPairs(ctx context.Context, pairs [][2]string) ([][]graph.Fact, error) {
	out, err := s.factsBetween(ctx, pairs, false)
	if err != nil {
		return nil, fmt.Errorf("facts between %d pairs of entities: %w", len(pairs), err)
	}
	return out, nil
}

// TenureFacts returns, for each pair (person, position), the statements
// that decide the holding's tenure (see graph.Reader). The server keeps
// of the statements of each pair of keys those graph.Deciding keeps, by
// the dates it compares as text ("YYYY-MM-DD" orders as the dates do).
// The statements of a person key and a position are one person's even
// when the key names several: mentions that share a position are one
// person (rule 1 of graph.ResolvePersons).
func (s *Store) TenureFacts(ctx context.Context, pairs [][2]string) ([][]graph.Fact, error) {
	out, err := s.factsBetween(ctx, pairs, true)
	if err != nil {
		return nil, fmt.Errorf("statements of %d holdings: %w", len(pairs), err)
	}
	return out, nil
}

// FirstFacts returns, for each pair (subject, object), the first fact of
// rels from the one to the other (see graph.Reader). The server picks it
// among each pair's facts, in the order of Fact.Less (relation, article
// ID byte by byte, sentence, rule, "held before" last): the first
// statements of the 2,182 presences of a busy official, of 5,654. A
// pair with a person of a key of several persons at either end is read
// whole, its facts' persons resolved by their mentions.
func (s *Store) FirstFacts(ctx context.Context, pairs [][2]string, rels []graph.Relation) ([]graph.Fact, error) {
	out, whole, err := s.firstFacts(ctx, pairs, rels)
	if err == nil && len(whole) > 0 {
		err = s.firstOfAll(ctx, pairs, rels, whole, out)
	}
	if err != nil {
		return nil, fmt.Errorf("first facts of %d pairs: %w", len(pairs), err)
	}
	return out, nil
}

// firstFacts picks on the server the first facts of the pairs of no key
// of several persons, and returns the indexes of the others.
func (s *Store) firstFacts(ctx context.Context, pairs [][2]string, rels []graph.Relation) ([]graph.Fact, []int, error) {
	out := make([]graph.Fact, len(pairs))
	if len(pairs) == 0 {
		return out, nil, nil
	}
	r, err := s.reader(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer r.close()
	ids := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		ids = append(ids, p[0], p[1])
	}
	nodes, err := r.nodesOf(ids)
	if err != nil {
		return nil, nil, err
	}
	several := func(nd node) bool { return nd.cluster != "" && len(r.clusters[nd.n]) > 1 }
	var whole []int
	byEnds := map[[2]int64][]int{}
	var subjects, objects []int64
	for i, p := range pairs {
		sn, on := nodes[p[0]], nodes[p[1]]
		if several(sn) || several(on) {
			whole = append(whole, i)
			continue
		}
		k := [2]int64{sn.n, on.n}
		if byEnds[k] == nil {
			subjects, objects = append(subjects, sn.n), append(objects, on.n)
		}
		byEnds[k] = append(byEnds[k], i)
	}
	if len(subjects) == 0 || len(rels) == 0 {
		return out, whole, nil
	}
	names := make([]string, 0, len(rels)) // in the order of Fact.Less
	for _, rel := range slices.Compact(slices.Sorted(slices.Values(rels))) {
		names = append(names, rel.String())
	}
	edges, err := r.edges(`SELECT `+factColumns+` FROM unnest($1::bigint[], $2::bigint[]) AS v(s, o),
		LATERAL (SELECT f.* FROM facts f, LATERAL (SELECT id FROM articles WHERE n = f.article LIMIT 1) AS a
			WHERE f.subject = v.s AND f.object = v.o AND f.relation = ANY($3)
			ORDER BY array_position($3, f.relation), a.id COLLATE "C", f.span_start, f.rule COLLATE "C", f.former,
				f.span_end, f.as_of COLLATE "C"
			LIMIT 1) AS f`, []any{subjects, objects, names})
	if err != nil {
		return nil, nil, err
	}
	for _, e := range edges {
		for _, i := range byEnds[[2]int64{e.subject.n, e.object.n}] {
			f := e.fact
			f.Subject, f.Object = pairs[i][0], pairs[i][1]
			out[i] = f
		}
	}
	return out, whole, nil
}

// firstOfAll sets out[i], for each i of at, to the first fact of rels of
// pairs[i] among all of the pair's facts, their persons resolved by their
// mentions.
func (s *Store) firstOfAll(ctx context.Context, pairs [][2]string, rels []graph.Relation, at []int, out []graph.Fact) error {
	some := make([][2]string, len(at))
	for j, i := range at {
		some[j] = pairs[i]
	}
	facts, err := s.factsBetween(ctx, some, false)
	if err != nil {
		return err
	}
	for j, p := range some {
		out[at[j]] = graph.FirstOf(facts[j], p[0], p[1], rels)
	}
	return nil
}

// personPairs looks up pairs (person, thing): the numbers of their ends,
// and the person of each key that names several ("" for a key of one),
// whose mentions the statements check.
func (r *reader) personPairs(pairs [][2]string) (persons, things []int64, clusters []string, err error) {
	ids := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		ids = append(ids, p[0], p[1])
	}
	nodes, err := r.nodesOf(ids)
	if err != nil {
		return nil, nil, nil, err
	}
	persons, things, clusters = make([]int64, len(pairs)), make([]int64, len(pairs)), make([]string, len(pairs))
	for i, p := range pairs {
		pn := nodes[p[0]]
		persons[i], things[i] = pn.n, nodes[p[1]].n
		if len(r.clusters[pn.n]) > 1 {
			clusters[i] = pn.cluster
		}
	}
	return persons, things, clusters, nil
}

// HoldingSources returns, for each pair (person, position), the articles
// that state the person holds or held the position (see graph.Reader),
// read from the covering index of facts by object, the article IDs from
// articles_ids: a busy official's 7,400 sources are 7,400 short rows, not
// the statements they come from. The articles of a key of several
// persons are each checked to mention the person asked about.
func (s *Store) HoldingSources(ctx context.Context, pairs [][2]string) ([][]string, error) {
	out, err := s.holdingSources(ctx, pairs)
	if err != nil {
		return nil, fmt.Errorf("sources of %d holdings: %w", len(pairs), err)
	}
	return out, nil
}

func (s *Store) holdingSources(ctx context.Context, pairs [][2]string) ([][]string, error) {
	out := make([][]string, len(pairs))
	if len(pairs) == 0 {
		return out, nil
	}
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	persons, positions, clusters, err := r.personPairs(pairs)
	if err != nil {
		return nil, err
	}
	err = r.scan(`SELECT v.i, a.id
		FROM unnest($1::bigint[], $2::bigint[], $3::text[]) WITH ORDINALITY AS v(p, o, cluster, i),
		LATERAL (SELECT DISTINCT article FROM facts
			WHERE subject = v.p AND object = v.o AND relation IN ('holds_position', 'elected_to')) AS f,
		LATERAL (SELECT id FROM articles WHERE n = f.article LIMIT 1) AS a
		WHERE v.cluster = '' OR EXISTS (SELECT 1 FROM person_mentions m
			JOIN person_groups g ON g.person = m.person AND g.grp = m.grp
			WHERE m.article = f.article AND m.person = v.p AND g.cluster = v.cluster)`,
		[]any{persons, positions, clusters}, func(rows pgx.Rows) error {
			var i int64
			var id string
			if err := rows.Scan(&i, &id); err != nil {
				return err
			}
			if i < 1 || int(i) > len(out) {
				return fmt.Errorf("holding %d of %d", i, len(out))
			}
			out[i-1] = append(out[i-1], id)
			return nil
		})
	if err != nil {
		return nil, err
	}
	for _, ids := range out {
		slices.Sort(ids) // as Go compares them, whatever the collation
	}
	return out, nil
}

// decidingFacts is the query of factsBetween for TenureFacts: the
// holding statements between the ends of each row of the arrays, as
// graph.Deciding keeps them (a date of 10 characters is a full one; ""
// none). Each pair's statements are read twice by the covering index,
// once for their dates and once for those kept: a window over the
// statements of all pairs sorts them, which for the Central Committee's
// 37,000 spills to disk (89 ms, where this takes 20).
const decidingFacts = `SELECT ` + factColumns + ` FROM unnest($1::bigint[], $2::bigint[]) AS v(s, o),
	LATERAL (SELECT bool_or(a.as_of <> '' AND length(a.as_of) <> 10) AS partial,
			coalesce(min(a.as_of COLLATE "C") FILTER (WHERE NOT a.former AND a.as_of <> ''), '') AS first,
			coalesce(max(a.as_of COLLATE "C") FILTER (WHERE NOT a.former AND a.as_of <> ''), '') AS last
		FROM facts a WHERE a.subject = v.s AND a.object = v.o AND a.relation IN ('holds_position', 'elected_to')) d,
	LATERAL (SELECT * FROM facts f WHERE f.subject = v.s AND f.object = v.o AND f.relation IN ('holds_position', 'elected_to')
		AND (d.partial OR f.former OR f.as_of = d.first OR f.as_of = d.last) OFFSET 0) f`

// factsBetween reads the facts between the ends of each pair; with
// deciding, the statements graph.Deciding keeps of them.
func (s *Store) factsBetween(ctx context.Context, pairs [][2]string, deciding bool) ([][]graph.Fact, error) {
	out := make([][]graph.Fact, len(pairs))
	if len(pairs) == 0 {
		return out, nil
	}
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	ids := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		ids = append(ids, p[0], p[1])
	}
	nodes, err := r.nodesOf(ids)
	if err != nil {
		return nil, err
	}
	type ends struct{ s, o node }
	byEnds := map[ends][]int{}
	want := map[[2]int64]bool{}
	var subjects, objects []int64
	for i, p := range pairs {
		na, nb := nodes[p[0]], nodes[p[1]]
		byEnds[ends{na, nb}] = append(byEnds[ends{na, nb}], i)
		if na != nb {
			byEnds[ends{nb, na}] = append(byEnds[ends{nb, na}], i)
		}
		for _, k := range [][2]int64{{na.n, nb.n}, {nb.n, na.n}} {
			if !want[k] {
				want[k] = true
				subjects = append(subjects, k[0])
				objects = append(objects, k[1])
			}
		}
	}
	q, args := `SELECT `+factColumns+` FROM unnest($1::bigint[], $2::bigint[]) AS v(s, o)
		JOIN facts f ON f.subject = v.s AND f.object = v.o`, []any{subjects, objects}
	if deciding {
		q = decidingFacts
	}
	edges, err := r.edges(q, args)
	if err != nil {
		return nil, err
	}
	for _, e := range edges {
		for _, i := range byEnds[ends{e.subject, e.object}] {
			subject, object := pairs[i][0], pairs[i][1]
			if nodes[subject] != e.subject {
				subject, object = object, subject
			}
			f := e.fact
			f.Subject, f.Object = subject, object
			out[i] = append(out[i], f)
		}
	}
	for i := range out {
		if deciding {
			out[i] = graph.Deciding(sortFacts(out[i]))
		} else {
			out[i] = sortFacts(out[i])
		}
	}
	return out, nil
}

// Evidence returns why the store takes the mentions of a resolved person
// for one person: the joins graph.ResolvePersons makes over the stored
// mentions of the person's key.
func (s *Store) Evidence(ctx context.Context, personID string) ([]graph.Evidence, error) {
	out, err := s.evidence(ctx, personID)
	if err != nil {
		return nil, fmt.Errorf("evidence of %s: %w", personID, err)
	}
	return out, nil
}

func (s *Store) evidence(ctx context.Context, personID string) ([]graph.Evidence, error) {
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	nodes, err := r.nodesOf([]string{personID})
	if err != nil {
		return nil, err
	}
	nd := nodes[personID]
	if nd.cluster == "" {
		return nil, fmt.Errorf("%q is not a person: %w", personID, graph.ErrNoEntity)
	}
	var keyID string
	if err := r.tx.QueryRow(ctx, `SELECT id FROM entities WHERE n = $1`, nd.n).Scan(&keyID); err != nil {
		return nil, dbError(err)
	}
	var ms []graph.PersonMention
	var contexts []mentionContext
	titles := map[string]string{}
	err = r.scan(`SELECT a.id, a.hash, a.title, m.context FROM person_mentions m,
		LATERAL (SELECT id, hash, title FROM articles WHERE n = m.article LIMIT 1) AS a WHERE m.person = $1`,
		[]any{nd.n}, func(rows pgx.Rows) error {
			m := graph.PersonMention{Key: keyID}
			var title, context string
			if err := rows.Scan(&m.Article, &m.Hash, &title, &context); err != nil {
				return err
			}
			titles[m.Article] = title
			c, err := parseContext(context)
			ms = append(ms, m)
			contexts = append(contexts, c)
			return err
		})
	if err != nil {
		return nil, err
	}
	var all []int64
	for _, c := range contexts {
		for _, l := range c {
			all = append(all, l...)
		}
	}
	ids, err := r.idsOf("entities", all)
	if err != nil {
		return nil, err
	}
	for i, c := range contexts {
		lists := make([][]string, len(c))
		for j, l := range c {
			for _, n := range l {
				id, ok := ids[n]
				if !ok {
					id = strconv.FormatInt(n, 10)
				}
				lists[j] = append(lists[j], id)
			}
		}
		ms[i].Orgs, ms[i].Positions, ms[i].Places, ms[i].Events = lists[0], lists[1], lists[2], lists[3]
	}
	for _, c := range graph.ResolvePersons(ms) {
		if c.ID == personID {
			return graph.TitleEvidence(c.Evidence, titles), nil
		}
	}
	return nil, fmt.Errorf("%q: resolution no longer gives this person: %w", personID, graph.ErrNoEntity)
}

// FirstFact returns the first fact, as facts sort, whose subject,
// relation and object are given, and whether there is one. An unknown ID
// is an error wrapping graph.ErrNoEntity.
func (s *Store) FirstFact(ctx context.Context, subject string, rel graph.Relation, object string) (graph.Fact, bool, error) {
	f, ok, err := s.firstFact(ctx, subject, rel, object)
	if err != nil {
		return graph.Fact{}, false, fmt.Errorf("first fact %s %s %s: %w", subject, rel, object, err)
	}
	return f, ok, nil
}

func (s *Store) firstFact(ctx context.Context, subject string, rel graph.Relation, object string) (graph.Fact, bool, error) {
	r, err := s.reader(ctx)
	if err != nil {
		return graph.Fact{}, false, err
	}
	defer r.close()
	nodes, err := r.nodesOf([]string{subject, object})
	if err != nil {
		return graph.Fact{}, false, err
	}
	sn, on := nodes[subject], nodes[object]
	args := []any{sn.n, rel.String(), on.n}
	// The articles that state it, in the order of their IDs: the first
	// whose fact joins the two (for a key of several persons, the
	// article's mention must be the one asked about) has the first fact.
	// A link between two hubs may be stated by tens of thousands of
	// articles: their numbers come from the covering index, their IDs by
	// walking the articles in order (walkArticles) or by key, and only the
	// facts of the first few articles are read.
	//
	// first returns the first fact of the articles of ns, in their
	// order, a few at a time, more each time.
	first := func(ns []int64) (graph.Fact, bool, error) {
		for from, size := 0, 1; from < len(ns); from, size = from+size, size*8 {
			edges, err := r.edges(`SELECT `+factColumns+` FROM facts f
				WHERE f.subject = $1 AND f.relation = $2 AND f.object = $3 AND f.article = ANY($4)`,
				append(args, ns[from:min(from+size, len(ns))]))
			if err != nil {
				return graph.Fact{}, false, err
			}
			var found []graph.Fact
			for _, e := range edges {
				if e.subject == sn && e.object == on {
					f := e.fact
					f.Subject, f.Object = subject, object
					found = append(found, f)
				}
			}
			if len(found) > 0 {
				return sortFacts(found)[0], true, nil
			}
		}
		return graph.Fact{}, false, nil
	}
	var ns []int64
	err = r.scan(`SELECT DISTINCT article FROM facts WHERE subject = $1 AND relation = $2 AND object = $3`, args,
		func(rows pgx.Rows) error {
			var n int64
			err := rows.Scan(&n)
			ns = append(ns, n)
			return err
		})
	if err != nil || len(ns) == 0 {
		return graph.Fact{}, false, err
	}
	walked, ok, err := r.walkArticles(ns, s.walkedArticles, s.mentionWalk)
	if err != nil {
		return graph.Fact{}, false, err
	}
	if ok {
		if f, found, err := first(walked); err != nil || found {
			return f, found, err
		}
	}
	type art struct {
		n  int64
		id string
	}
	arts := make([]art, 0, len(ns))
	q, keys := byKey(ns, "n, id", "articles", "n")
	err = r.scan(q, keys, func(rows pgx.Rows) error {
		var a art
		err := rows.Scan(&a.n, &a.id)
		arts = append(arts, a)
		return err
	})
	if err != nil {
		return graph.Fact{}, false, err
	}
	slices.SortFunc(arts, func(a, b art) int { return strings.Compare(a.id, b.id) })
	ordered := make([]int64, len(arts))
	for i, a := range arts {
		ordered[i] = a.n
	}
	return first(ordered)
}

// archiveSize is the number of articles the server estimates the store
// holds (0 where it cannot tell, as on a table never analyzed: -1), for
// mentionWalk, as an SQL expression.
const archiveSize = `greatest(coalesce((SELECT reltuples FROM pg_class WHERE oid = to_regclass('articles')), 0), 0)`

// walkedArticles is how many articles walkArticles finds: enough that
// the first fact is among them unless the link is of a key of several
// persons, most of whose articles are the other persons'.
const walkedArticles = 64

// walkArticles returns the first want of the articles ns, in the order
// of their IDs, and whether it walked: when walk says that they are
// many enough among the archive's articles that walking the articles in
// the order of their IDs (the index entities_by_id_bytes, a page at a
// time) finds them sooner than reading and sorting the IDs of all of
// them. The post of member of the Central Committee is stated by 31,725
// articles of 100,000: a page of 512 holds the first 64.
func (r *reader) walkArticles(ns []int64, want int, walk func(links, want, articles int64) bool) ([]int64, bool, error) {
	var articles float64
	err := r.tx.QueryRow(r.ctx, `SELECT `+archiveSize).Scan(&articles)
	if err != nil {
		return nil, false, dbError(err)
	}
	if !walk(int64(len(ns)), int64(want), int64(articles)) {
		return nil, false, nil
	}
	stating := make(map[int64]bool, len(ns))
	for _, n := range ns {
		stating[n] = true
	}
	const page = 512
	prefix := graph.ArticleID("")
	after, end := prefix, prefix[:len(prefix)-1]+string(prefix[len(prefix)-1]+1)
	var out []int64
	for len(out) < want {
		read := 0
		err := r.scan(`SELECT e.id, a.n FROM (SELECT id FROM entities WHERE id COLLATE "C" > $1 AND id COLLATE "C" < $2
				ORDER BY id COLLATE "C" LIMIT $3) AS e,
			LATERAL (SELECT n FROM articles WHERE id = e.id LIMIT 1) AS a
			ORDER BY e.id COLLATE "C"`, []any{after, end, page}, func(rows pgx.Rows) error {
			var n int64
			if err := rows.Scan(&after, &n); err != nil {
				return err
			}
			read++
			if stating[n] && len(out) < want {
				out = append(out, n)
			}
			return nil
		})
		if err != nil {
			return nil, false, err
		}
		if read < page {
			break
		}
	}
	return out, true, nil
}

// ReportPositions returns the positions of each person's mentions in the
// articles that report the person at each event (see graph.Reader), in
// one statement: the articles of the facts between the two, each
// article's mention of the person, and its group's person, on the
// server; no article's ID is read.
func (s *Store) ReportPositions(ctx context.Context, pairs [][2]string) ([][]string, error) {
	out, err := s.reportPositions(ctx, pairs)
	if err != nil {
		return nil, fmt.Errorf("positions of %d persons at events: %w", len(pairs), err)
	}
	return out, nil
}

func (s *Store) reportPositions(ctx context.Context, pairs [][2]string) ([][]string, error) {
	out := make([][]string, len(pairs))
	if len(pairs) == 0 {
		return out, nil
	}
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	persons, events, clusters, err := r.personPairs(pairs)
	if err != nil {
		return nil, err
	}
	var rels []string
	for _, rel := range graph.Relations() {
		if rel.AtEvent() {
			rels = append(rels, rel.String())
		}
	}
	// The positions of a mention are the second list of its context
	// (mentionContext.encode); the server splits them, and sends each position of
	// a pair once, not the context of each report (705 rows for the 3,394
	// reports of a plenum's 404 attendees).
	positions := make([][]int64, len(pairs))
	var all []int64
	err = r.scan(`SELECT DISTINCT v.i, x.position::bigint
		FROM unnest($1::bigint[], $2::bigint[], $3::text[]) WITH ORDINALITY AS v(p, e, cluster, i),
		LATERAL (SELECT DISTINCT article FROM facts WHERE subject = v.p AND object = v.e AND relation = ANY($4)) AS f,
		LATERAL (SELECT context, grp FROM person_mentions WHERE article = f.article AND person = v.p LIMIT 1) AS m,
		LATERAL unnest(string_to_array(nullif(split_part(m.context, ';', 2), ''), ',')) AS x(position)
		WHERE v.cluster = '' OR EXISTS (SELECT 1 FROM person_groups g
			WHERE g.person = v.p AND g.grp = m.grp AND g.cluster = v.cluster)`,
		[]any{persons, events, clusters, rels}, func(rows pgx.Rows) error {
			var i, position int64
			if err := rows.Scan(&i, &position); err != nil {
				return err
			}
			if i < 1 || int(i) > len(pairs) {
				return fmt.Errorf("presence %d of %d", i, len(pairs))
			}
			positions[i-1] = append(positions[i-1], position)
			all = append(all, position)
			return nil
		})
	if err != nil {
		return nil, err
	}
	names, err := r.idsOf("entities", all)
	if err != nil {
		return nil, err
	}
	for i, ps := range positions {
		if out[i], err = positionIDs(ps, names); err != nil {
			return nil, fmt.Errorf("mentions of %s: %w", pairs[i][0], err)
		}
	}
	return out, nil
}

// MentionPositions returns the positions of each person's mention in each
// article (see graph.Reader), from the mentions' context lists: one probe
// of person_mentions a pair, where the facts of a report are read whole.
func (s *Store) MentionPositions(ctx context.Context, pairs [][2]string) ([][]string, error) {
	out, err := s.mentionPositions(ctx, pairs)
	if err != nil {
		return nil, fmt.Errorf("positions of %d mentions: %w", len(pairs), err)
	}
	return out, nil
}

func (s *Store) mentionPositions(ctx context.Context, pairs [][2]string) ([][]string, error) {
	out := make([][]string, len(pairs))
	if len(pairs) == 0 {
		return out, nil
	}
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	persons := make([]string, len(pairs))
	articles := make([]string, len(pairs))
	for i, p := range pairs {
		persons[i], articles[i] = p[0], p[1]
	}
	nodes, err := r.nodesOf(persons)
	if err != nil {
		return nil, err
	}
	for _, id := range persons {
		if nodes[id].cluster == "" {
			return nil, fmt.Errorf("%q is not a person: %w", id, graph.ErrNoEntity)
		}
	}
	articleN := map[string]int64{}
	q, args := byKey(articles, "id, n", "articles", "id")
	err = r.scan(q, args, func(rows pgx.Rows) error {
		var id string
		var n int64
		err := rows.Scan(&id, &n)
		articleN[id] = n
		return err
	})
	if err != nil {
		return nil, err
	}
	type mention struct{ article, person int64 }
	var ans, pns []int64
	for i, p := range pairs {
		n, ok := articleN[p[1]]
		if !ok {
			return nil, fmt.Errorf("article %s: %w", p[1], graph.ErrNoArticle)
		}
		ans, pns = append(ans, n), append(pns, nodes[persons[i]].n)
	}
	// Each mention's positions, with the person its group resolves to:
	// two probes a pair (LIMIT 1 keeps them probes, which the planner
	// would otherwise make a join of both whole tables: 344 ms for the
	// 3,394 reports of an event, where the probes take 17-20).
	type found struct {
		cluster   string
		positions []int64
	}
	mentions := map[mention]found{}
	var all []int64
	err = r.scan(`SELECT v.a, v.p, m.context, g.cluster FROM unnest($1::bigint[], $2::bigint[]) AS v(a, p),
		LATERAL (SELECT context, grp FROM person_mentions WHERE article = v.a AND person = v.p LIMIT 1) AS m,
		LATERAL (SELECT cluster FROM person_groups WHERE person = v.p AND grp = m.grp LIMIT 1) AS g`,
		[]any{ans, pns}, func(rows pgx.Rows) error {
			var m mention
			var context, cluster string
			if err := rows.Scan(&m.article, &m.person, &context, &cluster); err != nil {
				return err
			}
			c, err := parseContext(context)
			mentions[m] = found{cluster, c[1]}
			all = append(all, c[1]...)
			return err
		})
	if err != nil {
		return nil, err
	}
	ids, err := r.idsOf("entities", all)
	if err != nil {
		return nil, err
	}
	for i := range pairs {
		m, ok := mentions[mention{ans[i], pns[i]}]
		if !ok || m.cluster != nodes[persons[i]].cluster {
			continue // no mention, or a namesake's
		}
		if out[i], err = positionIDs(m.positions, ids); err != nil {
			return nil, fmt.Errorf("mention of article %s: %w", pairs[i][1], err)
		}
	}
	return out, nil
}

// positionIDs returns the IDs of the positions ns of mentions' context
// lists, as ids gives them, sorted, each once; nil for none.
func positionIDs(ns []int64, ids map[int64]string) ([]string, error) {
	var out []string
	for _, n := range ns {
		id, ok := ids[n]
		if !ok {
			return nil, fmt.Errorf("position %d: %w", n, graph.ErrNoEntity)
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}
