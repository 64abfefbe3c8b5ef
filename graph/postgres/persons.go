package postgres

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"kg/graph"
)

// Person resolution in the store.
//
// graph.ResolvePersons works in two steps: rule 1 joins the mentions of a
// key that share evidence into groups (connected components), rule 2
// merges groups without conflict into clusters and names them. The store
// keeps the groups (person_groups, with what rule 2 needs of each) and
// which group holds each context item (person_items), adds a batch's
// mentions to the groups whose items they share, and hands the groups to
// graph.ClusterIDs, which applies rule 2 and the naming exactly as
// ResolvePersons does. Components only grow or join as mentions are
// added, so this gives the same clusters; when mentions are removed
// (Replaced) a key's groups are formed again from all its mentions.
//
// Writers take turns (see Store), so that no two transactions read and
// write a key's groups at once.

// mention is one article's mention of a person key.
type mention struct {
	article int64 // articles.n
	hash    string
	date    string // its article's date, when the year is known (graph.PersonMention.Date)
	names   []string
	context mentionContext
	facts   int
	stored  bool  // read back from the store (a key formed again)
	grp     int64 // its stored group, when stored
	group   *pgroup
}

// pgroup is a group of a key's mentions that share evidence.
type pgroup struct {
	grp    int64   // its number: the article of a mention it started with
	parent *pgroup // the group it was merged into, nil while a root
	row    *groupRow
	// what the row holds now
	groupRow
	nameSet map[string]bool
}

// groupRow is a row of person_groups but the key and group number.
type groupRow struct {
	cluster     string
	hash        string // smallest hash
	name        string // the name in that article
	names       string // encodeNames of the sorted names
	size        int
	placed      bool
	said        bool
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
	if g.hash == "" || m.hash < g.hash {
		g.hash = m.hash
		g.name = ""
		if len(m.names) > 0 {
			g.name = m.names[0]
		}
	}
	for _, n := range m.names {
		if n != "" {
			g.nameSet[n] = true
		}
	}
	g.placed = g.placed || len(m.context[listPlaces]) > 0
	g.said = g.said || m.context.said()
	g.first, g.last = graph.Widen(g.first, g.last, m.date)
}

// absorb merges h into g.
func (g *pgroup) absorb(h *pgroup) {
	h.parent = g
	g.size += h.size
	if h.hash < g.hash {
		g.hash, g.name = h.hash, h.name
	}
	for n := range h.nameSet {
		g.nameSet[n] = true
	}
	g.placed = g.placed || h.placed
	g.said = g.said || h.said
	g.first, g.last = graph.Widen(g.first, g.last, h.first)
	g.first, g.last = graph.Widen(g.first, g.last, h.last)
}

// keyGroups is rule 1 over one key's mentions: its groups, and the group
// holding each context item known.
type keyGroups struct {
	groups []*pgroup
	elems  map[int64]*pgroup
}

func newKeyGroups() *keyGroups { return &keyGroups{elems: map[int64]*pgroup{}} }

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
		g = &pgroup{grp: m.article, nameSet: map[string]bool{}}
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

// personWrites is what resolve leaves to write, in bulk.
type personWrites struct {
	movePersons, moveFrom, moveTo  []int64 // groups merged into another
	mentionArticles, mentionKeys   []int64 // stored mentions whose group changed
	mentionGroups                  []int64
	newMentions                    [][]any
	itemPersons, items, itemGroups []int64
	groups                         groupColumns // rows of person_groups to write
}

// groupColumns are rows of person_groups, as arrays.
type groupColumns struct {
	persons, grps                                    []int64
	clusters, hashes, names, namesets, firsts, lasts []string
	sizes                                            []int32
	placed, said                                     []bool
}

func (c *groupColumns) append(n int64, g *pgroup) {
	c.persons = append(c.persons, n)
	c.grps = append(c.grps, g.grp)
	c.clusters = append(c.clusters, g.cluster)
	c.hashes = append(c.hashes, g.hash)
	c.names = append(c.names, g.name)
	c.namesets = append(c.namesets, g.names)
	c.sizes = append(c.sizes, int32(g.size))
	c.placed = append(c.placed, g.placed)
	c.said = append(c.said, g.said)
	c.firsts = append(c.firsts, g.first)
	c.lasts = append(c.lasts, g.last)
}

// resolve brings the groups and clusters of every person key the batch
// touched up to date, and writes its new mentions.
func (p *putter) resolve() error {
	var keys, grow, again []int64
	for n := range p.pending {
		keys = append(keys, n)
	}
	for n := range p.rebuild {
		if _, ok := p.pending[n]; !ok {
			keys = append(keys, n)
		}
	}
	slices.Sort(keys)
	for _, n := range keys {
		if p.rebuild[n] {
			again = append(again, n)
		} else {
			grow = append(grow, n)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	ids, err := p.keyIDs(keys)
	if err != nil {
		return err
	}

	// Keys that only gain mentions: their groups, and the groups of the
	// items their new mentions have.
	loaded := map[int64]*keyGroups{}
	byGrp := map[[2]int64]*pgroup{}
	err = p.query("read groups", `SELECT person, grp, cluster, hash, name, names, size, placed, said, first_date, last_date
		FROM person_groups WHERE person = ANY($1)`, []any{grow}, func(r pgx.Rows) error {
		var n int64
		var row groupRow
		var size int32
		g := &pgroup{}
		if err := r.Scan(&n, &g.grp, &row.cluster, &row.hash, &row.name, &row.names, &size, &row.placed, &row.said, &row.first, &row.last); err != nil {
			return err
		}
		row.size = int(size)
		names, err := parseNames(row.names)
		if err != nil {
			return err
		}
		g.row, g.groupRow = &row, row
		g.nameSet = make(map[string]bool, len(names))
		for _, name := range names {
			g.nameSet[name] = true
		}
		k := loaded[n]
		if k == nil {
			k = newKeyGroups()
			loaded[n] = k
		}
		k.groups = append(k.groups, g)
		byGrp[[2]int64{n, g.grp}] = g
		return nil
	})
	if err != nil {
		return err
	}
	var itemKeys, itemCodes []int64
	for _, n := range grow {
		seen := map[int64]bool{}
		for _, m := range p.pending[n] {
			for list, ns := range m.context {
				for _, e := range ns {
					if c := item(list, e); !seen[c] {
						seen[c] = true
						itemKeys = append(itemKeys, n)
						itemCodes = append(itemCodes, c)
					}
				}
			}
		}
	}
	err = p.query("read items", `SELECT i.person, i.item, i.grp FROM person_items i
		JOIN unnest($1::bigint[], $2::bigint[]) AS v(person, item) ON i.person = v.person AND i.item = v.item`,
		[]any{itemKeys, itemCodes}, func(r pgx.Rows) error {
			var n, code, grp int64
			if err := r.Scan(&n, &code, &grp); err != nil {
				return err
			}
			g := byGrp[[2]int64{n, grp}]
			if g == nil {
				return fmt.Errorf("person %d: item of group %d, which is not stored", n, grp)
			}
			loaded[n].elems[code] = g
			return nil
		})
	if err != nil {
		return err
	}

	// Keys that lost mentions: all their mentions, grouped again.
	stored := map[int64][]*mention{}
	err = p.query("read mentions", `SELECT m.person, m.article, a.hash, a.published, m.grp, m.names, m.context, m.facts
		FROM person_mentions m JOIN articles a ON a.n = m.article WHERE m.person = ANY($1)`, []any{again},
		func(r pgx.Rows) error {
			var n int64
			var names, context, published string
			var facts int32
			m := &mention{stored: true}
			if err := r.Scan(&n, &m.article, &m.hash, &published, &m.grp, &names, &context, &facts); err != nil {
				return err
			}
			m.facts = int(facts)
			m.date = graph.DatedString(published)
			var err error
			if m.names, err = parseNames(names); err != nil {
				return err
			}
			if m.context, err = parseContext(context); err != nil {
				return err
			}
			stored[n] = append(stored[n], m)
			return nil
		})
	if err != nil {
		return err
	}
	if len(again) > 0 {
		for _, q := range []string{`DELETE FROM person_groups WHERE person = ANY($1)`, `DELETE FROM person_items WHERE person = ANY($1)`} {
			if err := p.exec("forget groups", q, again); err != nil {
				return err
			}
		}
	}

	var w personWrites
	for _, n := range keys {
		k := loaded[n]
		if k == nil {
			k = newKeyGroups()
		}
		ms := stored[n]
		slices.SortFunc(ms, func(a, b *mention) int { return strings.Compare(a.hash, b.hash) })
		resolveKey(n, ids[n], k, append(ms, p.pending[n]...), &w)
	}
	return w.write(p)
}

// keyIDs returns the entity IDs of person keys.
func (p *putter) keyIDs(keys []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(keys))
	var ask []int64
	for _, n := range keys {
		if st := p.byN[n]; st != nil {
			out[n] = st.id
		} else {
			ask = append(ask, n)
		}
	}
	err := p.query("read keys", `SELECT n, id FROM entities WHERE n = ANY($1)`, []any{ask}, func(r pgx.Rows) error {
		var n int64
		var id string
		err := r.Scan(&n, &id)
		out[n] = id
		return err
	})
	return out, err
}

// resolveKey adds mentions to the groups of key n (with id), names the
// clusters, and appends what changed to w.
func resolveKey(n int64, id string, k *keyGroups, ms []*mention, w *personWrites) {
	for _, m := range ms {
		k.add(m)
	}
	roots := k.roots()
	summary := make([]graph.PersonGroup, len(roots))
	for i, g := range roots {
		summary[i] = graph.PersonGroup{Size: g.size, Hash: g.hash, Article: graph.ArticleID(g.hash),
			Placed: g.placed, Said: g.said, First: g.first, Last: g.last}
	}
	for i, c := range graph.ClusterIDs(id, summary) {
		roots[i].cluster = c
	}
	for _, g := range k.groups {
		if g.row != nil && g.parent != nil {
			w.movePersons = append(w.movePersons, n)
			w.moveFrom = append(w.moveFrom, g.grp)
			w.moveTo = append(w.moveTo, g.root().grp)
		}
	}
	items := map[int64]*pgroup{}
	for _, m := range ms {
		grp := m.group.root().grp
		if m.stored {
			if grp != m.grp {
				w.mentionArticles = append(w.mentionArticles, m.article)
				w.mentionKeys = append(w.mentionKeys, n)
				w.mentionGroups = append(w.mentionGroups, grp)
			}
		} else {
			w.newMentions = append(w.newMentions, []any{m.article, n, grp, encodeNames(m.names), m.context.encode(), int32(m.facts)})
		}
		for list, es := range m.context {
			for _, e := range es {
				items[item(list, e)] = m.group
			}
		}
	}
	for _, code := range sortedKeys(items) {
		w.itemPersons = append(w.itemPersons, n)
		w.items = append(w.items, code)
		w.itemGroups = append(w.itemGroups, items[code].root().grp)
	}
	for _, g := range roots {
		names := make([]string, 0, len(g.nameSet))
		for name := range g.nameSet {
			names = append(names, name)
		}
		slices.Sort(names)
		g.names = encodeNames(names)
		if g.row != nil && *g.row == g.groupRow {
			continue
		}
		w.groups.append(n, g)
	}
}

func sortedKeys[V any](m map[int64]V) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// write writes what resolve found.
func (w *personWrites) write(p *putter) error {
	if len(w.moveFrom) > 0 {
		for _, q := range []string{
			`UPDATE person_mentions SET grp = v.dest FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS v(person, grp, dest)
				WHERE person_mentions.person = v.person AND person_mentions.grp = v.grp`,
			`UPDATE person_items SET grp = v.dest FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS v(person, grp, dest)
				WHERE person_items.person = v.person AND person_items.grp = v.grp`,
			`DELETE FROM person_groups g USING unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS v(person, grp, dest)
				WHERE g.person = v.person AND g.grp = v.grp`,
		} {
			if err := p.exec("merge groups", q, w.movePersons, w.moveFrom, w.moveTo); err != nil {
				return err
			}
		}
	}
	if len(w.mentionArticles) > 0 {
		err := p.exec("regroup mentions", `UPDATE person_mentions SET grp = v.grp
			FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS v(article, person, grp)
			WHERE person_mentions.article = v.article AND person_mentions.person = v.person`,
			w.mentionArticles, w.mentionKeys, w.mentionGroups)
		if err != nil {
			return err
		}
	}
	err := p.copyRows("insert mentions", "person_mentions", []string{"article", "person", "grp", "names", "context", "facts"}, w.newMentions)
	if err != nil {
		return err
	}
	if len(w.items) > 0 {
		err := p.exec("write items", `INSERT INTO person_items (person, item, grp)
			SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[])
			ON CONFLICT (person, item) DO UPDATE SET grp = excluded.grp`, w.itemPersons, w.items, w.itemGroups)
		if err != nil {
			return err
		}
	}
	if len(w.groups.persons) == 0 {
		return nil
	}
	c := &w.groups
	return p.exec("write groups", `INSERT INTO person_groups
			(person, grp, cluster, hash, name, names, size, placed, said, first_date, last_date)
		SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[],
			$7::int[], $8::bool[], $9::bool[], $10::text[], $11::text[])
		ON CONFLICT (person, grp) DO UPDATE SET cluster = excluded.cluster, hash = excluded.hash, name = excluded.name,
			names = excluded.names, size = excluded.size, placed = excluded.placed, said = excluded.said,
			first_date = excluded.first_date, last_date = excluded.last_date`,
		c.persons, c.grps, c.clusters, c.hashes, c.names, c.namesets, c.sizes, c.placed, c.said, c.firsts, c.lasts)
}
