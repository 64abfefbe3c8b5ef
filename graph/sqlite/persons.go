package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
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
// famous keys' thousands of mentions again at each batch: at 500,000
// articles a batch of 1,000 touched keys with 1.5 million mentions.
// So the store keeps, for each key, its groups with what rule 2 needs of
// them (person_groups: size, dates, names), and which group holds each
// context item (person_items); a batch reads the groups of the keys it
// touches and the items its own mentions hold, adds its mentions, and
// hands the groups to graph.ClusterIDs, which applies rule 2 and the
// naming exactly as ResolvePersons does. Components only grow or join as
// mentions are added, so this gives the same clusters, at a cost that
// follows the batch, not the archive. When mentions are removed
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

// add counts m into g.
func (g *pgroup) add(m *mention) {
	g.size++
	g.dirty = true
	if g.hash == "" || m.hash < g.hash {
		g.hash = m.hash
		g.name = ""
		if len(m.names) > 0 {
			g.name = m.names[0]
		}
	}
	for _, n := range m.names {
		if n != "" {
			g.names[n] = true
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
	g.dirty = true
	if h.hash < g.hash {
		g.hash, g.name = h.hash, h.name
	}
	for n := range h.names {
		g.names[n] = true
	}
	g.placed = g.placed || h.placed
	g.said = g.said || h.said
	g.first, g.last = graph.Widen(g.first, g.last, h.first)
	g.first, g.last = graph.Widen(g.first, g.last, h.last)
}

// keyGroups is rule 1 over one key's mentions, kept incrementally: its
// groups, and the group of each context item of the mentions at hand.
type keyGroups struct {
	groups []*pgroup
	elems  map[int64]*pgroup // context item → a group holding it
	stored map[int64]bool    // items person_items has a row for
}

func newKeyGroups() *keyGroups {
	return &keyGroups{elems: map[int64]*pgroup{}, stored: map[int64]bool{}}
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
	loaded, err := p.loadGroups(sortedKeys(keys))
	if err != nil {
		return err
	}
	var w keyWrites
	for _, n := range sortedKeys(keys) {
		k := loaded[n]
		if k == nil {
			k = newKeyGroups()
		}
		if err := p.resolveKey(n, k, &w); err != nil {
			return fmt.Errorf("resolve person %d: %w", n, err)
		}
	}
	return w.write(p)
}

// loadGroups reads, for the keys that only gain mentions, their groups
// and the groups that hold the context items of the batch's mentions.
func (p *putter) loadGroups(keys []int64) (map[int64]*keyGroups, error) {
	var grow []any
	for _, n := range keys {
		if !p.rebuild[n] {
			grow = append(grow, n)
		}
	}
	loaded := map[int64]*keyGroups{}
	byGrp := map[mentionKey]*pgroup{}
	err := p.chunked("read groups", `SELECT person, grp, cluster, hash, name, names, size, placed, said, first_date, last_date
		FROM person_groups WHERE person IN (%s)`, 1, grow, func(r *sql.Rows) error {
		var n int64
		var names string
		g := &pgroup{stored: true}
		if err := r.Scan(&n, &g.grp, &g.cluster, &g.hash, &g.name, &names, &g.size, &g.placed, &g.said, &g.first, &g.last); err != nil {
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
			k = newKeyGroups()
			loaded[n] = k
		}
		k.groups = append(k.groups, g)
		byGrp[mentionKey{n, g.grp}] = g
		return nil
	})
	if err != nil {
		return nil, err
	}

	// The items of the batch's mentions, and the groups that hold them;
	// a group merged into another is followed to the one it joined.
	var wanted []any
	for _, v := range grow {
		n := v.(int64)
		if loaded[n] == nil {
			continue // a new key: no item is stored
		}
		seen := map[int64]bool{}
		for _, m := range p.pending[n] {
			for list, ns := range m.context {
				for _, e := range ns {
					if code := item(list, e); !seen[code] {
						seen[code] = true
						wanted = append(wanted, n, code)
					}
				}
			}
		}
	}
	merged := map[mentionKey][]int64{} // a group merged away → items it held
	place := func(n, grp, code int64) {
		if g := byGrp[mentionKey{n, grp}]; g != nil {
			loaded[n].elems[code] = g
			loaded[n].stored[code] = true
			return
		}
		merged[mentionKey{n, grp}] = append(merged[mentionKey{n, grp}], code)
	}
	err = p.chunked("read items", `SELECT i.person, i.grp, i.item FROM (VALUES %s) AS v
		JOIN person_items i ON i.person = v.column1 AND i.item = v.column2`, 2, wanted, func(r *sql.Rows) error {
		var n, grp, code int64
		if err := r.Scan(&n, &grp, &code); err != nil {
			return err
		}
		place(n, grp, code)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Each round follows one merge. A group merged away never holds
	// mentions again, nor is another merged into it, so the chains end.
	for round := 0; len(merged) > 0; round++ {
		if round == maxMergeChain {
			return nil, fmt.Errorf("read merged groups: a chain of over %d merges", maxMergeChain)
		}
		var from []any
		for _, k := range sortedMentionKeys(merged) {
			from = append(from, k.person, k.other)
		}
		follow := merged
		merged = map[mentionKey][]int64{}
		err := p.chunked("read merged groups", `SELECT m.person, m.grp, m.into_grp FROM (VALUES %s) AS v
			JOIN person_merged m ON m.person = v.column1 AND m.grp = v.column2`, 2, from, func(r *sql.Rows) error {
			var n, grp, into int64
			if err := r.Scan(&n, &grp, &into); err != nil {
				return err
			}
			from := mentionKey{n, grp}
			for _, code := range follow[from] {
				place(n, into, code)
			}
			delete(follow, from)
			return nil
		})
		if err != nil {
			return nil, err
		}
		for k := range follow {
			return nil, fmt.Errorf("person %d: an item of group %d, which is neither stored nor merged", k.person, k.other)
		}
	}
	return loaded, nil
}

// maxMergeChain bounds the merges followed from an item's stored group.
const maxMergeChain = 1 << 16

func sortedMentionKeys[V any](m map[mentionKey]V) []mentionKey {
	out := make([]mentionKey, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b mentionKey) int {
		if c := cmp.Compare(a.person, b.person); c != 0 {
			return c
		}
		return cmp.Compare(a.other, b.other)
	})
	return out
}

// keyWrites is what resolveKey leaves to write, in bulk.
type keyWrites struct {
	moveGroups   []any // person, group, new group
	dropGroups   []any // person, group
	merged       []any // person, group, new group: person_merged rows
	moveMentions []any // person, article, new group
	mentions     []*newMention
	groups       []any // person_groups rows
	items        []any // person_items rows
}

type newMention struct {
	person int64
	grp    int64
	m      *mention
}

// groupColumns is the number of values of a person_groups row in
// keyWrites.groups.
const groupColumns = 11

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
	err = p.chunked("record merges", `INSERT OR FAIL INTO person_merged (person, grp, into_grp) VALUES %s`, 3, w.merged, nil)
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
	err = p.chunked("insert items", `INSERT OR FAIL INTO person_items (person, item, grp) VALUES %s`, 3, w.items, nil)
	if err != nil {
		return err
	}
	// An update of the rows there, then an insert of the others: an
	// upsert would need a statement journal (see writePragmas).
	err = p.chunked("write groups", `UPDATE OR FAIL person_groups SET cluster = v.column3, hash = v.column4,
			name = v.column5, names = v.column6, size = v.column7, placed = v.column8, said = v.column9,
			first_date = v.column10, last_date = v.column11
		FROM (VALUES %s) AS v WHERE person_groups.person = v.column1 AND person_groups.grp = v.column2`, groupColumns, w.groups, nil)
	if err != nil {
		return err
	}
	return p.chunked("write groups", `INSERT OR IGNORE INTO person_groups
		(person, grp, cluster, hash, name, names, size, placed, said, first_date, last_date)
		VALUES %s`, groupColumns, w.groups, nil)
}

// resolveKey adds the batch's mentions of key n to its groups (rebuilt
// from all its stored mentions when it lost some), names the clusters,
// moves the stored mentions whose group merged into another, and appends
// the rows of its new mentions, items and changed groups.
func (p *putter) resolveKey(n int64, k *keyGroups, w *keyWrites) error {
	var stored []*mention
	if p.rebuild[n] {
		*k = *newKeyGroups()
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
		for _, table := range []string{"person_groups", "person_items", "person_merged"} {
			if err := p.exec("forget groups", `DELETE FROM `+table+` WHERE person = ?`, n); err != nil {
				return err
			}
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
			w.merged = append(w.merged, n, g.grp, g.root().grp)
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
	codes := make([]int64, 0, len(k.elems))
	for code := range k.elems {
		if !k.stored[code] {
			codes = append(codes, code)
		}
	}
	slices.Sort(codes)
	for _, code := range codes {
		w.items = append(w.items, n, code, k.elems[code].root().grp)
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
		w.groups = append(w.groups, n, g.grp, g.cluster, g.hash, g.name, encodeNames(names),
			g.size, g.placed, g.said, g.first, g.last)
	}
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

// fillGroups derives schema 3's group summaries and items from the
// stored mentions, a key at a time in key order, so that the items are
// appended and memory holds one key's.
func fillGroups(ctx context.Context, tx *sql.Tx) error {
	p, err := newPutter(ctx, tx, nil, newCache(), nil)
	if err != nil {
		return err
	}
	defer p.close()
	var (
		person int64 = -1
		groups map[int64]*pgroup
		items  map[int64]int64
		w      keyWrites
	)
	flush := func(force bool) error {
		for _, grp := range slices.Sorted(maps.Keys(groups)) {
			g := groups[grp]
			w.groups = append(w.groups, person, grp, g.size, g.placed, g.said, g.first, g.last)
		}
		for _, code := range slices.Sorted(maps.Keys(items)) {
			w.items = append(w.items, person, code, items[code])
		}
		if !force && len(w.items) < 3*50000 {
			return nil
		}
		err := p.chunked("summarize groups", `UPDATE OR FAIL person_groups SET size = v.column3, placed = v.column4,
				said = v.column5, first_date = v.column6, last_date = v.column7
			FROM (VALUES %s) AS v WHERE person_groups.person = v.column1 AND person_groups.grp = v.column2`, 7, w.groups, nil)
		if err != nil {
			return err
		}
		if err := p.chunked("list items", `INSERT OR FAIL INTO person_items (person, item, grp) VALUES %s`, 3, w.items, nil); err != nil {
			return err
		}
		w = keyWrites{}
		return nil
	}
	err = p.query("read mentions", `SELECT m.person, m.grp, m.context, a.published
		FROM person_mentions m JOIN articles a ON a.n = m.article ORDER BY m.person`, nil, func(r *sql.Rows) error {
		var n, grp int64
		var context, published string
		if err := r.Scan(&n, &grp, &context, &published); err != nil {
			return err
		}
		if n != person {
			if err := flush(false); err != nil {
				return err
			}
			person, groups, items = n, map[int64]*pgroup{}, map[int64]int64{}
		}
		c, err := parseContext(context)
		if err != nil {
			return err
		}
		g := groups[grp]
		if g == nil {
			g = &pgroup{grp: grp}
			groups[grp] = g
		}
		g.size++
		g.placed = g.placed || len(c[2]) > 0
		g.said = g.said || c.said()
		g.first, g.last = graph.Widen(g.first, g.last, graph.DatedString(published))
		for list, ns := range c {
			for _, e := range ns {
				items[item(list, e)] = grp
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("summarize groups: %w", err)
	}
	if err := flush(true); err != nil {
		return fmt.Errorf("summarize groups: %w", err)
	}
	return nil
}
