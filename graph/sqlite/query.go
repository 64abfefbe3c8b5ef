package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// Search finds entities by name. The text is folded (graph.Fold) and split
// into words; an entity matches when one of its names or aliases holds
// every word. Results come best first: a name equal to the text, then
// names with fewer words besides the text's, then entities with more
// facts, then by ID. kinds restricts the kinds searched (all when empty);
// limit <= 0 means no limit. Persons are returned resolved, one per
// cluster.
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
	var kindFilter string
	if len(kinds) > 0 {
		names := make([]string, len(kinds))
		for i, k := range kinds {
			names[i] = "'" + k.String() + "'" // kind names are fixed identifiers
		}
		kindFilter = " AND e.kind IN (" + strings.Join(names, ",") + ")"
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}

	// The names of a person key are those of all its clusters, so the
	// query may give a cluster none of whose names match, or rank it by
	// another cluster's name: it asks for more than limit, and the
	// clusters are checked and ranked again by their own names. When too
	// many fail, it asks for all.
	fetch := -1
	if limit > 0 {
		fetch = 2*limit + 16
	}
	for {
		found, complete, err := l.search(w, kindFilter, fetch)
		if err != nil {
			return nil, err
		}
		if limit > 0 && len(found) > limit {
			found = found[:limit]
		}
		if complete || len(found) == limit {
			return found, nil
		}
		fetch = -1
	}
}

// search runs a search, asking SQLite for fetch candidates (-1: all),
// and reports whether it saw every candidate.
func (l loader) search(w []string, kindFilter string, fetch int) ([]*graph.Entity, bool, error) {
	// The ranking's first keys are exact and words: only the entities of
	// the best (exact, words) levels that hold fetch hits between them
	// can be in the answer, so only those are joined to their entities,
	// facts and clusters (a common word matches tens of thousands of
	// names). cut says that levels were left out: a result short of
	// fetch is then not complete (the kinds and clusters asked may have
	// left out some of the levels kept).
	query := `WITH hit AS (
			SELECT nm.entity AS n, max(nm.folded = ?2) AS exact, min(nm.words) AS words
			FROM names_fts JOIN names nm ON nm.n = names_fts.rowid
			WHERE names_fts MATCH ?1
			GROUP BY nm.entity
		), level AS (
			SELECT exact, words, sum(count(*)) OVER (ORDER BY exact DESC, words ASC) AS upto
			FROM hit GROUP BY exact, words
		), cut AS (
			SELECT exact, words FROM level WHERE ?3 >= 0 AND upto >= ?3 ORDER BY exact DESC, words ASC LIMIT 1
		), kept AS (
			SELECT hit.* FROM hit LEFT JOIN cut
			WHERE cut.exact IS NULL OR hit.exact > cut.exact OR hit.exact = cut.exact AND hit.words <= cut.words
		), cluster AS (
			SELECT g.person, g.cluster AS id, sum(m.facts) AS facts
			FROM person_groups g JOIN person_mentions m ON m.person = g.person AND m.grp = g.grp
			WHERE g.person IN (SELECT n FROM kept)
			GROUP BY g.person, g.cluster
		)
		SELECT kept.n, c.id, coalesce(c.facts, f.facts, 0),
			(SELECT count(*) FROM hit) > (SELECT count(*) FROM kept)
		FROM kept JOIN entities e ON e.n = kept.n LEFT JOIN entity_facts f ON f.n = kept.n
		LEFT JOIN cluster c ON c.person = kept.n
		WHERE (e.kind <> 'person' OR c.id IS NOT NULL)` + kindFilter + `
		ORDER BY kept.exact DESC, kept.words ASC, 3 DESC, coalesce(c.id, e.id) ASC
		LIMIT ?3`
	type hit struct {
		nd    node
		facts int
		exact bool
		extra int
	}
	var hits []hit
	match := `"` + strings.Join(w, `" "`) + `"` // words are letters and digits only
	cut := fetch >= 0                           // unless a row says none was
	err := l.scan(query, []any{match, strings.Join(w, " "), fetch}, func(r *sql.Rows) error {
		var h hit
		var cluster sql.NullString
		err := r.Scan(&h.nd.n, &cluster, &h.facts, &cut)
		h.nd.cluster = cluster.String
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
	ents, err := l.entities(nodes)
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
			return b.facts - a.facts
		}
		return strings.Compare(ents[a.nd].ID, ents[b.nd].ID)
	})
	out := make([]*graph.Entity, len(kept))
	for i, h := range kept {
		out[i] = ents[h.nd]
	}
	return out, fetch < 0 || len(hits) < fetch && !cut, nil
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

// node is a vertex of the resolved graph as the store knows it: an
// entity number, and for a person the cluster of that key.
type node struct {
	n       int64
	cluster string // "" unless a person
}

// entities loads the entities of nodes.
func (l loader) entities(nodes []node) (map[node]*graph.Entity, error) {
	var ns []int64
	var clusters [][2]any // key, cluster
	for _, nd := range nodes {
		if nd.cluster == "" {
			ns = append(ns, nd.n)
		} else {
			clusters = append(clusters, [2]any{nd.n, nd.cluster})
		}
	}
	out := make(map[node]*graph.Entity, len(nodes))
	if len(ns) > 0 {
		list := string(appendInts([]byte("["), ns)) + "]"
		err := l.scan(`SELECT n, id, kind, name, class, role, date, end_date, text FROM entities
			WHERE n IN (SELECT value FROM json_each(?))`, []any{list}, func(r *sql.Rows) error {
			var n int64
			e, err := scanEntity(r, &n)
			out[node{n: n}] = e
			return err
		})
		if err != nil {
			return nil, err
		}
		err = l.scan(`SELECT entity, name FROM names WHERE entity IN (SELECT value FROM json_each(?)) ORDER BY name`,
			[]any{list}, func(r *sql.Rows) error {
				var n int64
				var name string
				if err := r.Scan(&n, &name); err != nil {
					return err
				}
				if e := out[node{n: n}]; e != nil && name != e.Name {
					e.Aliases = append(e.Aliases, name)
				}
				return nil
			})
		if err != nil {
			return nil, err
		}
	}
	if len(clusters) > 0 {
		list, _ := json.Marshal(clusters) // strings always marshal
		persons := newClusters()
		err := l.scan(groupSelect+` WHERE g.person IN (SELECT value->>0 FROM json_each(?1))
			AND g.cluster IN (SELECT value->>1 FROM json_each(?1))`, []any{string(list)},
			func(r *sql.Rows) error {
				var person, grp int64
				_, err := persons.scan(r, &person, &grp)
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

// Entities returns the entities with the given IDs (a resolved person's
// ID for persons), in the order of ids; an unknown ID is an error
// wrapping graph.ErrNoEntity.
func (s *Store) Entities(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	out, err := s.entitiesByID(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("entities %s: %w", strings.Join(ids, ", "), err)
	}
	return out, nil
}

func (s *Store) entitiesByID(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	found, err := l.nodesOf(ids)
	if err != nil {
		return nil, err
	}
	nodes := make([]node, len(ids))
	for i, id := range ids {
		nodes[i] = found.byID[id]
	}
	ents, err := l.entities(nodes)
	if err != nil {
		return nil, err
	}
	out := make([]*graph.Entity, len(ids))
	for i, nd := range nodes {
		out[i] = ents[nd]
	}
	return out, nil
}

// nodeOf finds the node an entity ID names: a resolved person's ID, or
// the ID of any other entity.
func (l loader) nodeOf(id string) (node, error) {
	// A resolved person's ID is its key's, or the key's and a suffix
	// (graph.ResolvePersons): the key is the entity.
	key := id
	var nd node
	for {
		var kind string
		err := l.tx.QueryRowContext(l.ctx, `SELECT n, kind FROM entities WHERE id = ?`, key).Scan(&nd.n, &kind)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nd, dbError(err)
		}
		if err == nil && kind != graph.Person.String() {
			if key == id {
				return nd, nil
			}
			break
		}
		if err == nil {
			var found int
			err := l.tx.QueryRowContext(l.ctx, `SELECT count(*) FROM (SELECT 1 FROM person_groups WHERE person = ? AND cluster = ? LIMIT 1)`,
				nd.n, id).Scan(&found)
			if err != nil {
				return nd, dbError(err)
			}
			if found > 0 {
				nd.cluster = id
				return nd, nil
			}
		}
		i := strings.LastIndexByte(key, '~')
		if i < 0 {
			break
		}
		key = key[:i]
	}
	return node{}, fmt.Errorf("%q: %w", id, graph.ErrNoEntity)
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
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	nd, err := l.nodeOf(id)
	if err != nil {
		return nil, err
	}
	edges, err := l.factsAround([]node{nd}, nil)
	if err != nil {
		return nil, err
	}
	nodes := make([]node, 0, 2*len(edges))
	for _, e := range edges {
		nodes = append(nodes, e.subject, e.object)
	}
	ents, err := l.entities(nodes)
	if err != nil {
		return nil, err
	}
	fr := newFactReader()
	out := make([]graph.Fact, 0, len(edges))
	for _, e := range edges {
		f, err := fr.fact(e, ents[e.subject].ID, ents[e.object].ID)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b graph.Fact) int {
		switch {
		case a.Less(b):
			return -1
		case b.Less(a):
			return 1
		}
		return 0
	})
	return slices.Compact(out), nil
}

// Around returns the subgraph of the entities at most depth hops from any
// of ids, with every fact among them: the same graph as
// Graph().Subgraph of their Graph().Within, built by querying the store
// one hop at a time.
func (s *Store) Around(ctx context.Context, ids []string, depth int) (*graph.Graph, error) {
	g, err := s.around(ctx, ids, depth)
	if err != nil {
		return nil, fmt.Errorf("around %s: %w", strings.Join(ids, ", "), err)
	}
	return g, nil
}

func (s *Store) around(ctx context.Context, ids []string, depth int) (*graph.Graph, error) {
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	seen := map[node]bool{}
	var frontier []node
	for _, id := range ids {
		nd, err := l.nodeOf(id)
		if err != nil {
			return nil, err
		}
		if !seen[nd] {
			seen[nd] = true
			frontier = append(frontier, nd)
		}
	}
	type factKey struct {
		article int64
		seq     int
	}
	kept := map[factKey]edge{}
	for d := 0; d <= depth && len(frontier) > 0; d++ {
		// The last hop finds no new entity, only the facts among those
		// found that are not yet: those between two entities of the
		// frontier (a fact touching an earlier entity was found with it).
		var within map[node]bool
		if d == depth {
			within = make(map[node]bool, len(frontier))
			for _, nd := range frontier {
				within[nd] = true
			}
		}
		edges, err := l.factsAround(frontier, within)
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
				kept[factKey{e.article, e.f.seq}] = e
			}
		}
		frontier = next
	}
	nodes := make([]node, 0, len(seen))
	for nd := range seen {
		nodes = append(nodes, nd)
	}
	ents, err := l.entities(nodes)
	if err != nil {
		return nil, err
	}
	g := graph.New()
	for _, e := range ents {
		g.AddEntity(*e)
	}
	fr := newFactReader()
	for _, e := range kept {
		f, err := fr.fact(e, ents[e.subject].ID, ents[e.object].ID)
		if err != nil {
			return nil, err
		}
		if err := g.AddFact(f); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// Evidence returns why the store takes the mentions of a resolved person
// for one person: the joins graph.ResolvePersons made, computed again
// from the stored mentions of the person's key.
func (s *Store) Evidence(ctx context.Context, personID string) ([]graph.Evidence, error) {
	out, err := s.evidence(ctx, personID)
	if err != nil {
		return nil, fmt.Errorf("evidence of %s: %w", personID, err)
	}
	return out, nil
}

func (s *Store) evidence(ctx context.Context, personID string) ([]graph.Evidence, error) {
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	nd, err := l.nodeOf(personID)
	if err != nil {
		return nil, err
	}
	if nd.cluster == "" {
		return nil, fmt.Errorf("%q is not a person: %w", personID, graph.ErrNoEntity)
	}
	key := nd.n
	var keyID string
	if err := tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE n = ?`, key).Scan(&keyID); err != nil {
		return nil, dbError(err)
	}
	var ms []graph.PersonMention
	var contexts []mentionContext
	titles := map[string]string{}
	err = l.scan(`SELECT a.id, a.hash, a.title, m.context FROM person_mentions m JOIN articles a ON a.n = m.article WHERE m.person = ?`,
		[]any{key}, func(r *sql.Rows) error {
			m := graph.PersonMention{Key: keyID}
			var title, context string
			if err := r.Scan(&m.Article, &m.Hash, &title, &context); err != nil {
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
	ids, err := l.entityIDs(all)
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

// Quotes returns each provenance's article and the text of its span (see
// graph.Reader), reading each article once.
func (s *Store) Quotes(ctx context.Context, provs []graph.Provenance) ([]graph.Quote, error) {
	articles := map[string]*graph.ArticleMeta{}
	out := make([]graph.Quote, len(provs))
	for i, p := range provs {
		a, ok := articles[p.Article]
		if !ok {
			var err error
			if a, err = s.Article(ctx, p.Article); err != nil {
				return nil, err
			}
			articles[p.Article] = a
		}
		out[i] = graph.QuoteOf(a, p)
	}
	return out, nil
}

// ReportPositions returns the positions of each person's mentions in the
// articles that report the person at each event (see graph.Reader):
// MentionPositions of the articles of the facts between the two.
func (s *Store) ReportPositions(ctx context.Context, pairs [][2]string) ([][]string, error) {
	facts, err := s.FactsBetweenPairs(ctx, pairs)
	if err != nil {
		return nil, err
	}
	var mentions [][2]string // (person, article)
	first := make([]int, len(pairs)+1)
	for i, p := range pairs {
		first[i] = len(mentions)
		var articles []string
		for _, f := range facts[i] {
			if f.Subject == p[0] && f.Object == p[1] && f.Relation.AtEvent() {
				articles = append(articles, f.Prov.Article)
			}
		}
		slices.Sort(articles)
		for _, a := range slices.Compact(articles) {
			mentions = append(mentions, [2]string{p[0], a})
		}
	}
	first[len(pairs)] = len(mentions)
	positions, err := s.MentionPositions(ctx, mentions)
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(pairs))
	for i := range pairs {
		for _, ps := range positions[first[i]:first[i+1]] {
			out[i] = append(out[i], ps...)
		}
		slices.Sort(out[i])
		out[i] = slices.Compact(out[i])
	}
	return out, nil
}

// MentionPositions returns the positions of each person's mention in each
// article (see graph.Reader), from the mentions' context lists: the
// articles' facts are not read.
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
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	persons := make([]string, len(pairs))
	articles := make([]string, len(pairs))
	for i, p := range pairs {
		persons[i], articles[i] = p[0], p[1]
	}
	nodes, err := l.nodesOf(persons)
	if err != nil {
		return nil, err
	}
	for _, id := range persons {
		if nodes.byID[id].cluster == "" {
			return nil, fmt.Errorf("%q is not a person: %w", id, graph.ErrNoEntity)
		}
	}
	list, _ := json.Marshal(articles) // strings always marshal
	articleN := map[string]int64{}
	err = l.scan(`SELECT id, n FROM articles WHERE id IN (SELECT value FROM json_each(?))`, []any{string(list)}, func(r *sql.Rows) error {
		var id string
		var n int64
		err := r.Scan(&id, &n)
		articleN[id] = n
		return err
	})
	if err != nil {
		return nil, err
	}
	type mention struct{ person, article int64 }
	keys := make([]mention, len(pairs))
	var flat []int64 // person, article, ...
	for i, p := range pairs {
		n, ok := articleN[p[1]]
		if !ok {
			return nil, fmt.Errorf("article %s: %w", p[1], graph.ErrNoArticle)
		}
		keys[i] = mention{nodes.byID[p[0]].n, n}
		flat = append(flat, keys[i].person, n)
	}
	// Each mention's positions, with the person its group resolves to.
	type found struct {
		cluster   string
		positions []int64
	}
	mentions := map[mention]found{}
	var all []int64
	err = l.scan(`SELECT m.person, m.article, m.context, g.cluster FROM json_each(?) j
		JOIN person_mentions m ON m.person = j.value->>0 AND m.article = j.value->>1
		JOIN person_groups g ON g.person = m.person AND g.grp = m.grp`, []any{jsonPairs(flat)}, func(r *sql.Rows) error {
		var m mention
		var context, cluster string
		if err := r.Scan(&m.person, &m.article, &context, &cluster); err != nil {
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
	ids, err := l.entityIDs(all)
	if err != nil {
		return nil, err
	}
	for i, k := range keys {
		m, ok := mentions[k]
		if !ok || m.cluster != nodes.byID[persons[i]].cluster {
			continue // no mention, or a namesake's
		}
		for _, n := range m.positions {
			id, ok := ids[n]
			if !ok {
				return nil, fmt.Errorf("mention of article %s: position %d: %w", pairs[i][1], n, graph.ErrNoEntity)
			}
			out[i] = append(out[i], id)
		}
		slices.Sort(out[i])
		out[i] = slices.Compact(out[i])
	}
	return out, nil
}

// entityIDs reads the IDs of the entities numbered ns.
func (l loader) entityIDs(ns []int64) (map[int64]string, error) {
	ns = slices.Clone(ns)
	slices.Sort(ns)
	ns = slices.Compact(ns)
	out := make(map[int64]string, len(ns))
	err := l.scan(`SELECT n, id FROM entities WHERE n IN (SELECT value FROM json_each(?))`, []any{jsonInts(ns)}, func(r *sql.Rows) error {
		var n int64
		var id string
		err := r.Scan(&n, &id)
		out[n] = id
		return err
	})
	return out, err
}
