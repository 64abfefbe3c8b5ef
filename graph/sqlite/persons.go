package sqlite

import (
	"cmp"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"kg/graph"
)

// Person resolution in the store.
//
// graph.ResolvePersons works in two steps: rule 1 joins the mentions of a
// key that share evidence into groups (connected components), rule 2
// merges groups without conflict into clusters and names them. Re-running
// it over every mention of every key a batch touches would read the
// famous keys' thousands of mentions again at each batch. So the store
// keeps the groups (person_groups, and in memory their sizes and the
// context items of their mentions), adds a batch's mentions to them, and
// hands them to graph.ClusterIDs, which applies rule 2 and the naming
// exactly as ResolvePersons does. Components only grow or join as mentions are
// added, so this gives the same clusters; when mentions are removed
// (Replaced) a key's groups are rebuilt from all its mentions.

// mention is one article's mention of a person key, as the store keeps it.
type mention struct {
	article int64
	hash    string
	grp     int64 // stored group, for mentions read back
	names   []string
	context mentionContext
	facts   int
	date    string  // its article's date, when the year is known (graph.PersonMention.Date)
	group   *pgroup // the group it was added to
}

// pgroup is a group of a key's mentions that share evidence.
type pgroup struct {
	grp     int64   // its number: the article number of its first mention
	parent  *pgroup // the group it was merged into, nil while a root
	stored  bool    // person_groups has a row for it
	dirty   bool    // the row must be written
	cluster string  // stored cluster
	size    int
	hash    string // smallest hash
	name    string // the name in that article
	names   map[string]bool
	placed  bool
	said    bool // some mention has context (see graph.PersonGroup)
	// the earliest and latest dates of its mentions' articles (see
	// graph.PersonGroup)
	first, last string
}

func (g *pgroup) root() *pgroup {
	for g.parent != nil {
		g = g.parent
	}
	return g
}

// add counts m into g. The row changes when the smallest hash or the
// names do; size, placed and said are not stored.
func (g *pgroup) add(m *mention) {
	g.size++
	if g.hash == "" || m.hash < g.hash {
		g.hash = m.hash
		g.name = ""
		if len(m.names) > 0 {
			g.name = m.names[0]
		}
		g.dirty = true
	}
	for _, n := range m.names {
		if n != "" && !g.names[n] {
			g.names[n] = true
			g.dirty = true
		}
	}
	g.placed = g.placed || len(m.context[2]) > 0
	g.said = g.said || m.context.said()
	g.first, g.last = graph.Widen(g.first, g.last, m.date)
}

// absorb merges h into g.
func (g *pgroup) absorb(h *pgroup) {
	h.parent = g
	g.size += h.size
	if h.hash < g.hash {
		g.hash, g.name = h.hash, h.name
		g.dirty = true
	}
	for n := range h.names {
		if !g.names[n] {
			g.names[n] = true
			g.dirty = true
		}
	}
	g.placed = g.placed || h.placed
	g.said = g.said || h.said
	g.first, g.last = graph.Widen(g.first, g.last, h.first)
	g.first, g.last = graph.Widen(g.first, g.last, h.last)
}

// keyGroups is rule 1 over one key's mentions, kept incrementally.
type keyGroups struct {
	groups []*pgroup
	elems  map[int64]*pgroup // context item → a group holding it
}

// item codes a context item: entity number and list (organization,
// position, place, event), as rule 1 matches items of the same list.
func item(list int, n int64) int64 { return n<<2 | int64(list) }

// add joins m to the groups sharing an item with it, merging them into
// the biggest, or starts a group.
func (k *keyGroups) add(m *mention) {
	var hits []*pgroup
	for list, ns := range m.context {
		for _, n := range ns {
			if g := k.elems[item(list, n)]; g != nil {
				if g = g.root(); !slices.Contains(hits, g) {
					hits = append(hits, g)
				}
			}
		}
	}
	var g *pgroup
	if len(hits) == 0 {
		g = &pgroup{grp: m.article, names: map[string]bool{}, dirty: true}
		k.groups = append(k.groups, g)
	} else {
		g = hits[0]
		for _, h := range hits[1:] {
			if h.size > g.size || (h.size == g.size && h.grp < g.grp) {
				g = h
			}
		}
		for _, h := range hits {
			if h != g {
				g.absorb(h)
			}
		}
	}
	g.add(m)
	m.group = g
	for list, ns := range m.context {
		for _, n := range ns {
			k.elems[item(list, n)] = g
		}
	}
}

// roots returns the groups left, by number.
func (k *keyGroups) roots() []*pgroup {
	var out []*pgroup
	for _, g := range k.groups {
		if g.parent == nil {
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b *pgroup) int { return cmp.Compare(a.grp, b.grp) })
	return out
}

// resolve brings the groups and clusters of every person key the batch
// touched up to date, and writes its new mentions.
func (p *putter) resolve() error {
	keys := map[int64]bool{}
	for n := range p.pending {
		keys[n] = true
	}
	for n := range p.rebuild {
		keys[n] = true
	}
	// Keys that only gain mentions and are not in the cache: their groups,
	// and their mentions' contexts to tell which group holds what.
	var cold []any
	for _, n := range sortedKeys(keys) {
		if p.rebuild[n] {
			p.forget(n)
		} else if p.cache.keys[n] == nil {
			cold = append(cold, n)
		}
	}
	loaded := map[int64]*keyGroups{}
	byGrp := map[mentionKey]*pgroup{}
	err := p.chunked("read groups", `SELECT person, grp, cluster, hash, name, names
		FROM person_groups WHERE person IN (%s)`, 1, cold, func(r *sql.Rows) error {
		var n int64
		var names string
		g := &pgroup{stored: true}
		if err := r.Scan(&n, &g.grp, &g.cluster, &g.hash, &g.name, &names); err != nil {
			return err
		}
		ns, err := parseNames(names)
		if err != nil {
			return err
		}
		g.names = make(map[string]bool, len(ns))
		for _, name := range ns {
			g.names[name] = true
		}
		k := loaded[n]
		if k == nil {
			k = &keyGroups{elems: map[int64]*pgroup{}}
			loaded[n] = k
		}
		k.groups = append(k.groups, g)
		byGrp[mentionKey{n, g.grp}] = g
		return nil
	})
	if err != nil {
		return err
	}
	err = p.chunked("read contexts", `SELECT m.person, m.grp, m.context, a.published
		FROM person_mentions m JOIN articles a ON a.n = m.article WHERE m.person IN (%s)`, 1, cold,
		func(r *sql.Rows) error {
			var n, grp int64
			var context, published string
			if err := r.Scan(&n, &grp, &context, &published); err != nil {
				return err
			}
			g := byGrp[mentionKey{n, grp}]
			if g == nil {
				return fmt.Errorf("person %d: mention of group %d, which is not stored", n, grp)
			}
			c, err := parseContext(context)
			if err != nil {
				return err
			}
			g.size++
			g.placed = g.placed || len(c[2]) > 0
			g.said = g.said || c.said()
			g.first, g.last = graph.Widen(g.first, g.last, graph.DatedString(published))
			for list, ns := range c {
				for _, e := range ns {
					loaded[n].elems[item(list, e)] = g
				}
			}
			return nil
		})
	if err != nil {
		return err
	}

	var w keyWrites
	for _, n := range sortedKeys(keys) {
		k := p.cache.keys[n]
		if k == nil {
			k = loaded[n]
		}
		if k == nil {
			k = &keyGroups{elems: map[int64]*pgroup{}}
		}
		p.forget(n)
		if err := p.resolveKey(n, k, &w); err != nil {
			return fmt.Errorf("resolve person %d: %w", n, err)
		}
		if len(k.groups) > 0 {
			p.cache.keys[n] = k
			p.cache.items += len(k.elems)
		}
	}
	return w.write(p)
}

// keyWrites is what resolveKey leaves to write, in bulk.
type keyWrites struct {
	moveGroups   []any // person, group, new group
	dropGroups   []any // person, group
	moveMentions []any // person, article, new group
	mentions     []*newMention
	groups       []any // person_groups rows
}

type newMention struct {
	person int64
	grp    int64
	m      *mention
}

func (w *keyWrites) write(p *putter) error {
	err := p.chunked("move groups", `UPDATE OR FAIL person_mentions SET grp = v.column3 FROM (VALUES %s) AS v
		WHERE person_mentions.person = v.column1 AND person_mentions.grp = v.column2`, 3, w.moveGroups, nil)
	if err != nil {
		return err
	}
	err = p.chunked("move mentions", `UPDATE OR FAIL person_mentions SET grp = v.column3 FROM (VALUES %s) AS v
		WHERE person_mentions.person = v.column1 AND person_mentions.article = v.column2`, 3, w.moveMentions, nil)
	if err != nil {
		return err
	}
	err = p.chunked("delete groups", `DELETE FROM person_groups WHERE (person, grp) IN (VALUES %s)`, 2, w.dropGroups, nil)
	if err != nil {
		return err
	}
	// In key order: the table's, so the batch appends.
	slices.SortFunc(w.mentions, func(a, b *newMention) int {
		if c := cmp.Compare(a.m.article, b.m.article); c != 0 {
			return c
		}
		return cmp.Compare(a.person, b.person)
	})
	rows := make([]any, 0, 6*len(w.mentions))
	for _, nm := range w.mentions {
		m := nm.m
		rows = append(rows, m.article, nm.person, nm.grp, encodeNames(m.names), m.context.encode(), m.facts)
	}
	err = p.chunked("insert mentions", `INSERT OR FAIL INTO person_mentions (article, person, grp, names, context, facts)
		VALUES %s`, 6, rows, nil)
	if err != nil {
		return err
	}
	// An update of the rows there, then an insert of the others: an
	// upsert would need a statement journal (see writePragmas).
	err = p.chunked("write groups", `UPDATE OR FAIL person_groups SET cluster = v.column3, hash = v.column4,
			name = v.column5, names = v.column6
		FROM (VALUES %s) AS v WHERE person_groups.person = v.column1 AND person_groups.grp = v.column2`, 6, w.groups, nil)
	if err != nil {
		return err
	}
	return p.chunked("write groups", `INSERT OR IGNORE INTO person_groups (person, grp, cluster, hash, name, names)
		VALUES %s`, 6, w.groups, nil)
}

// forget drops key n from the cache.
func (p *putter) forget(n int64) {
	if k := p.cache.keys[n]; k != nil {
		p.cache.items -= len(k.elems)
		delete(p.cache.keys, n)
	}
}

// resolveKey adds the batch's mentions of key n to its groups (rebuilt
// from all its stored mentions when it lost some), names the clusters,
// moves the stored mentions whose group merged into another, and appends
// the rows of its new mentions and changed groups. k is left holding the
// groups as stored.
func (p *putter) resolveKey(n int64, k *keyGroups, w *keyWrites) error {
	var stored []*mention
	if p.rebuild[n] {
		*k = keyGroups{elems: map[int64]*pgroup{}}
		err := p.query("read mentions", `SELECT m.article, a.hash, a.published, m.grp, m.names, m.context, m.facts
			FROM person_mentions m JOIN articles a ON a.n = m.article WHERE m.person = ?`, []any{n},
			func(r *sql.Rows) error {
				m := &mention{}
				var names, context string
				if err := r.Scan(&m.article, &m.hash, &m.date, &m.grp, &names, &context, &m.facts); err != nil {
					return err
				}
				m.date = graph.DatedString(m.date)
				var err error
				if m.names, err = parseNames(names); err != nil {
					return err
				}
				m.context, err = parseContext(context)
				stored = append(stored, m)
				return err
			})
		if err != nil {
			return err
		}
		if err := p.exec("delete groups", `DELETE FROM person_groups WHERE person = ?`, n); err != nil {
			return err
		}
		slices.SortFunc(stored, func(a, b *mention) int { return strings.Compare(a.hash, b.hash) })
		for _, m := range stored {
			k.add(m)
		}
	}
	pending := p.pending[n]
	for _, m := range pending {
		k.add(m)
	}

	roots := k.roots()
	if len(roots) > 0 {
		key, err := p.entityID(n)
		if err != nil {
			return err
		}
		summary := make([]graph.PersonGroup, len(roots))
		for i, g := range roots {
			summary[i] = graph.PersonGroup{Size: g.size, Hash: g.hash, Article: graph.ArticleID(g.hash), Placed: g.placed, Said: g.said, First: g.first, Last: g.last}
		}
		for i, id := range graph.ClusterIDs(key, summary) {
			if roots[i].cluster != id {
				roots[i].cluster = id
				roots[i].dirty = true
			}
		}
	}

	for _, g := range k.groups {
		if g.stored && g.parent != nil {
			w.moveGroups = append(w.moveGroups, n, g.grp, g.root().grp)
			w.dropGroups = append(w.dropGroups, n, g.grp)
			p.moved[mentionKey{n, g.grp}] = g.root().grp
		}
	}
	for _, m := range stored {
		if grp := m.group.root().grp; grp != m.grp {
			w.moveMentions = append(w.moveMentions, n, m.article, grp)
		}
	}
	for _, m := range pending {
		w.mentions = append(w.mentions, &newMention{person: n, grp: m.group.root().grp, m: m})
	}
	for _, g := range roots {
		if !g.dirty {
			continue
		}
		names := make([]string, 0, len(g.names))
		for name := range g.names {
			names = append(names, name)
		}
		slices.Sort(names)
		w.groups = append(w.groups, n, g.grp, g.cluster, g.hash, g.name, encodeNames(names))
		g.stored, g.dirty = true, false
	}

	// Keep the roots only; items of merged groups find their root through
	// parent until they are pointed at it.
	if len(roots) < len(k.groups) {
		for code, g := range k.elems {
			if g.parent != nil {
				k.elems[code] = g.root()
			}
		}
	}
	k.groups = roots
	return nil
}

// entityID returns the ID of entity n.
func (p *putter) entityID(n int64) (string, error) {
	if st := p.byN[n]; st != nil && st.id != "" {
		return st.id, nil
	}
	var id string
	if err := p.tx.QueryRowContext(p.ctx, `SELECT id FROM entities WHERE n = ?`, n).Scan(&id); err != nil {
		return "", fmt.Errorf("entity id: %w", err)
	}
	return id, nil
}
