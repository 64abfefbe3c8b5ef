package postgres

import (
	"fmt"
	"maps"
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
// which group holds each context item (person_items); a batch reads the
// groups of the keys it names and of the items its mentions hold, and
// adds its mentions (graph.KeyGroups). When mentions are removed
// (Replaced) a key's groups are formed again from all its mentions.
//
// Writers take turns (see Store), so that no two transactions read and
// write a key's groups at once.

// mention is one article's mention of a person key.
type mention struct {
	graph.GroupMention
	facts  int
	stored bool  // read back from the store (a key formed again)
	grp    int64 // its stored group, when stored
	group  *graph.MentionGroup
}

// personWrites is what resolve leaves to write, in bulk.
type personWrites struct {
	movePersons, moveFrom, moveTo  []int64 // groups merged into another
	mentionArticles, mentionKeys   []int64 // stored mentions whose group changed
	mentionGroups                  []int64
	newMentions                    [][]any
	itemPersons, items, itemGroups []int64
	// storedItems holds the group of each item of a key the batch read
	// (key, item): an item whose group stays is not written again.
	storedItems map[[2]int64]int64
	groups      groupColumns // rows of person_groups to write
}

// groupColumns are rows of person_groups, as arrays.
type groupColumns struct {
	persons, grps                                    []int64
	clusters, hashes, names, namesets, firsts, lasts []string
	sizes                                            []int32
	placed, said                                     []bool
}

func (c *groupColumns) append(n int64, g *graph.MentionGroup) {
	c.persons = append(c.persons, n)
	c.grps = append(c.grps, g.Grp)
	c.clusters = append(c.clusters, g.Cluster)
	c.hashes = append(c.hashes, g.Hash)
	c.names = append(c.names, g.Name)
	c.namesets = append(c.namesets, encodeNames(g.SortedNames()))
	c.sizes = append(c.sizes, int32(g.Size))
	c.placed = append(c.placed, g.Placed)
	c.said = append(c.said, g.Said)
	c.firsts = append(c.firsts, g.First)
	c.lasts = append(c.lasts, g.Last)
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

	// Keys that only gain mentions: the groups the batch may change, and
	// the groups of the items their new mentions have. Of a common name,
	// that is not the thousands of groups of which nothing is said
	// (graph.Inert): only the one of the smallest hash (it may be the
	// key's own cluster), found through person_groups_inert;
	// inertFamilies reads the others a name needs once the batch's
	// mentions are added.
	var rare, common []int64
	for _, n := range grow {
		if graph.RareName(ids[n]) {
			rare = append(rare, n)
		} else {
			common = append(common, n)
		}
	}
	loaded := map[int64]*graph.KeyGroups{}
	byGrp := map[[2]int64]*graph.MentionGroup{}
	scan := func(r pgx.Rows) error {
		n, g, err := scanGroup(r)
		if err != nil || byGrp[[2]int64{n, g.Grp}] != nil {
			return err
		}
		k := loaded[n]
		if k == nil {
			k = graph.NewKeyGroups()
			loaded[n] = k
		}
		k.Groups = append(k.Groups, g)
		byGrp[[2]int64{n, g.Grp}] = g
		return nil
	}
	const columns = groupColumnList
	err = p.query("read groups", `SELECT `+columns+` FROM person_groups WHERE person = ANY($1)
		UNION ALL
		SELECT `+columns+` FROM person_groups WHERE person = ANY($2) AND (said OR placed)
		UNION ALL
		SELECT t.* FROM unnest($2::bigint[]) AS v(k), LATERAL (SELECT `+columns+` FROM person_groups
			WHERE person = v.k AND NOT said AND NOT placed ORDER BY hash COLLATE "C" LIMIT 1) AS t`,
		[]any{rare, common}, scan)
	if err != nil {
		return err
	}
	// The families of the stored clusters' smallest hashes among the
	// groups loaded: their inert groups are read once the batch's
	// mentions are added (see inertFamilies).
	families := map[int64]map[string]bool{}
	for _, n := range common {
		if k := loaded[n]; k != nil {
			families[n] = k.StoredFamilies()
		}
	}
	var itemKeys, itemCodes []int64
	storedItems := map[[2]int64]int64{}
	for _, n := range grow {
		seen := map[int64]bool{}
		for _, m := range p.pending[n] {
			for list, ns := range m.Context {
				for _, e := range ns {
					if c := graph.ContextItem(list, e); !seen[c] {
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
			loaded[n].Items[code] = g
			storedItems[[2]int64{n, code}] = grp
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
			if err := r.Scan(&n, &m.Article, &m.Hash, &published, &m.grp, &names, &context, &facts); err != nil {
				return err
			}
			m.facts = int(facts)
			m.Date = graph.DatedString(published)
			var err error
			if m.Names, err = parseNames(names); err != nil {
				return err
			}
			if m.Context, err = parseContext(context); err != nil {
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

	for _, n := range keys {
		k := loaded[n]
		if k == nil {
			k = graph.NewKeyGroups()
			loaded[n] = k
		}
		ms := stored[n]
		slices.SortFunc(ms, func(a, b *mention) int { return strings.Compare(a.Hash, b.Hash) })
		for _, m := range append(ms, p.pending[n]...) {
			m.group = k.Add(&m.GroupMention)
		}
	}
	if err := p.inertFamilies(loaded, ids, families); err != nil {
		return err
	}
	w := personWrites{storedItems: storedItems}
	for _, n := range keys {
		resolveKey(n, ids[n], loaded[n], append(stored[n], p.pending[n]...), &w)
	}
	return w.write(p)
}

// inertFamilies adds to the keys of families, their mentions added, the
// inert groups of the families of their clusters' smallest hashes, before
// the batch (families) and after it (graph.KeyGroups.ClusterHashes):
// ClusterIDs names those against each other.
func (p *putter) inertFamilies(loaded map[int64]*graph.KeyGroups, ids map[int64]string, families map[int64]map[string]bool) error {
	var keys []int64
	var low, high []string
	have := map[[2]int64]bool{}
	for _, n := range slices.Sorted(maps.Keys(families)) {
		k := loaded[n]
		for _, h := range k.ClusterHashes(ids[n]) {
			families[n][graph.HashFamily(h)] = true
		}
		for _, f := range slices.Sorted(maps.Keys(families[n])) {
			keys, low, high = append(keys, n), append(low, f), append(high, f+"\U0010FFFF")
		}
		for _, g := range k.Groups {
			have[[2]int64{n, g.Grp}] = true
		}
	}
	return p.query("read groups", `SELECT t.* FROM unnest($1::bigint[], $2::text[], $3::text[]) AS v(k, low, high),
		LATERAL (SELECT `+groupColumnList+` FROM person_groups WHERE person = v.k AND NOT said AND NOT placed
			AND hash COLLATE "C" >= v.low AND hash COLLATE "C" < v.high) AS t`,
		[]any{keys, low, high}, func(r pgx.Rows) error {
			n, g, err := scanGroup(r)
			if err != nil || have[[2]int64{n, g.Grp}] {
				return err
			}
			have[[2]int64{n, g.Grp}] = true
			loaded[n].Groups = append(loaded[n].Groups, g)
			return nil
		})
}

// groupColumnList are the columns of person_groups scanGroup reads.
const groupColumnList = `person, grp, cluster, hash, name, names, size, placed, said, first_date, last_date`

// scanGroup reads a stored group (groupColumnList) and its key.
func scanGroup(r pgx.Rows) (int64, *graph.MentionGroup, error) {
	var n int64
	var names string
	var size int32
	g := &graph.MentionGroup{Stored: true}
	if err := r.Scan(&n, &g.Grp, &g.Cluster, &g.Hash, &g.Name, &names, &size, &g.Placed, &g.Said, &g.First, &g.Last); err != nil {
		return 0, nil, err
	}
	g.Size = int(size)
	ns, err := parseNames(names)
	if err != nil {
		return 0, nil, err
	}
	g.Names = make(map[string]bool, len(ns))
	for _, name := range ns {
		g.Names[name] = true
	}
	return n, g, nil
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

// resolveKey names the clusters of key n (with id), its mentions ms
// added, and appends what changed to w.
func resolveKey(n int64, id string, k *graph.KeyGroups, ms []*mention, w *personWrites) {
	roots := k.Name(id)
	for _, g := range k.Groups {
		if g.Stored && g.Merged() {
			w.movePersons = append(w.movePersons, n)
			w.moveFrom = append(w.moveFrom, g.Grp)
			w.moveTo = append(w.moveTo, g.Root().Grp)
		}
	}
	items := map[int64]*graph.MentionGroup{}
	for _, m := range ms {
		grp := m.group.Root().Grp
		if m.stored {
			if grp != m.grp {
				w.mentionArticles = append(w.mentionArticles, m.Article)
				w.mentionKeys = append(w.mentionKeys, n)
				w.mentionGroups = append(w.mentionGroups, grp)
			}
		} else {
			w.newMentions = append(w.newMentions, []any{m.Article, n, grp, encodeNames(m.Names), mentionContext(m.Context).encode(), int32(m.facts)})
		}
		for list, es := range m.Context {
			for _, e := range es {
				items[graph.ContextItem(list, e)] = m.group
			}
		}
	}
	for _, code := range sortedKeys(items) {
		grp := items[code].Root().Grp
		if g, ok := w.storedItems[[2]int64{n, code}]; ok && g == grp {
			continue
		}
		w.itemPersons = append(w.itemPersons, n)
		w.items = append(w.items, code)
		w.itemGroups = append(w.itemGroups, grp)
	}
	for _, g := range roots {
		if g.Changed {
			w.groups.append(n, g)
		}
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
