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
// them (person_groups: size, places, dates; and the names, read only
// for the rows a batch writes), and which group holds each
// context item (person_items); a batch reads the groups of the keys it
// touches and the items its own mentions hold, and adds its mentions
// (graph.KeyGroups). When mentions are removed (Replaced) a key's groups
// are rebuilt from all its mentions.

// mention is one article's mention of a person key, as the store keeps it.
type mention struct {
	graph.GroupMention
	grp   int64 // stored group, for mentions read back
	facts int
	group *graph.MentionGroup // the group it was added to
}

// keyGroups is a key's groups, and which of the items they hold
// person_items has a row for.
type keyGroups struct {
	*graph.KeyGroups
	// families, for a common name, are the HashFamily of its stored
	// clusters' smallest hashes, whose inert groups inertFamilies reads
	families map[string]bool
	stored   map[int64]bool
}

func newKeyGroups() *keyGroups {
	return &keyGroups{KeyGroups: graph.NewKeyGroups(), stored: map[int64]bool{}}
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
	stored := map[int64][]*mention{}
	for _, n := range sortedKeys(keys) {
		k := loaded[n]
		if k == nil {
			k = newKeyGroups()
			loaded[n] = k
		}
		if stored[n], err = p.addMentions(n, k); err != nil {
			return fmt.Errorf("resolve person %d: %w", n, err)
		}
	}
	if err := p.inertFamilies(loaded); err != nil {
		return err
	}
	var w keyWrites
	for _, n := range sortedKeys(keys) {
		if err := p.resolveKey(n, loaded[n], stored[n], &w); err != nil {
			return fmt.Errorf("resolve person %d: %w", n, err)
		}
	}
	return w.write(p)
}

// inertFamilies adds to the keys loaded partly (keyGroups.families is
// set), their mentions added, the inert groups of the families of their
// clusters' smallest hashes, before the batch and after it
// (graph.KeyGroups.ClusterHashes): ClusterIDs names those against each
// other.
func (p *putter) inertFamilies(loaded map[int64]*keyGroups) error {
	var families []any // key, first characters, the least string past those
	have := map[mentionKey]bool{}
	for _, n := range sortedKeys(loaded) {
		k := loaded[n]
		if k.families == nil {
			continue
		}
		key, err := p.entityID(n)
		if err != nil {
			return err
		}
		for _, h := range k.ClusterHashes(key) {
			k.families[graph.HashFamily(h)] = true
		}
		for _, f := range slices.Sorted(maps.Keys(k.families)) {
			families = append(families, n, f, f+"\U0010FFFF")
		}
		for _, g := range k.Groups {
			have[mentionKey{n, g.Grp}] = true
		}
	}
	return p.chunked("read groups", `SELECT g.person, g.grp, g.cluster, g.hash, g.name, g.size, g.placed, g.said, g.first_date, g.last_date
		FROM (VALUES %s) AS v JOIN person_groups g INDEXED BY person_groups_inert
			ON g.person = v.column1 AND g.hash >= v.column2 AND g.hash < v.column3
		WHERE NOT g.said AND NOT g.placed`, 3, families, func(r *sql.Rows) error {
		var n int64
		g := &graph.MentionGroup{Stored: true, Names: map[string]bool{}}
		if err := r.Scan(&n, &g.Grp, &g.Cluster, &g.Hash, &g.Name, &g.Size, &g.Placed, &g.Said, &g.First, &g.Last); err != nil {
			return err
		}
		if !have[mentionKey{n, g.Grp}] {
			have[mentionKey{n, g.Grp}] = true
			loaded[n].Groups = append(loaded[n].Groups, g)
		}
		return nil
	})
}

// loadGroups reads, for the keys that only gain mentions, the groups the
// batch may change, and the groups that hold the context items of the
// batch's mentions. Of a common name, that is not the thousands of
// groups of which nothing is said (graph.Inert): only the one of the
// smallest hash (it may be the key's own cluster), found through
// person_groups_inert; inertFamilies reads the others a name needs once
// the batch's mentions are added. The queries name their indexes (INDEXED BY): without statistics the
// planner takes the primary key, which walks every group of the key.
func (p *putter) loadGroups(keys []int64) (map[int64]*keyGroups, error) {
	var grow, rare, common []any
	for _, n := range keys {
		if p.rebuild[n] {
			continue
		}
		id, err := p.entityID(n)
		if err != nil {
			return nil, err
		}
		grow = append(grow, n)
		if graph.RareName(id) {
			rare = append(rare, n)
		} else {
			common = append(common, n)
		}
	}
	loaded := map[int64]*keyGroups{}
	byGrp := map[mentionKey]*graph.MentionGroup{}
	// Without their names: a common name has thousands of groups, and
	// only the rows written need them (see keyWrites.write).
	const columns = `person, grp, cluster, hash, name, size, placed, said, first_date, last_date`
	scan := func(r *sql.Rows) error {
		var n int64
		g := &graph.MentionGroup{Stored: true, Names: map[string]bool{}}
		if err := r.Scan(&n, &g.Grp, &g.Cluster, &g.Hash, &g.Name, &g.Size, &g.Placed, &g.Said, &g.First, &g.Last); err != nil {
			return err
		}
		k := loaded[n]
		if k == nil {
			k = newKeyGroups()
			loaded[n] = k
		}
		if byGrp[mentionKey{n, g.Grp}] == nil {
			k.Groups = append(k.Groups, g)
			byGrp[mentionKey{n, g.Grp}] = g
		}
		return nil
	}
	err := p.chunked("read groups", `SELECT `+columns+` FROM person_groups WHERE person IN (%s)`, 1, rare, scan)
	if err == nil {
		err = p.chunked("read groups", `SELECT `+columns+` FROM person_groups INDEXED BY person_groups_said WHERE person IN (%s) AND (said OR placed)`, 1, common, scan)
	}
	for _, n := range common {
		if err != nil {
			break
		}
		err = p.query("read groups", `SELECT `+columns+` FROM person_groups INDEXED BY person_groups_inert
			WHERE person = ? AND NOT said AND NOT placed ORDER BY hash LIMIT 1`, []any{n}, scan)
	}
	if err != nil {
		return nil, err
	}
	// The families of the stored clusters' smallest hashes among the
	// groups loaded: their inert groups are read once the batch's
	// mentions are added (see inertFamilies).
	for _, v := range common {
		if k := loaded[v.(int64)]; k != nil {
			k.families = k.StoredFamilies()
		}
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
			for list, ns := range m.Context {
				for _, e := range ns {
					if code := graph.ContextItem(list, e); !seen[code] {
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
			loaded[n].Items[code] = g
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
	groups       []groupWrite
	items        []any // person_items rows
}

// groupWrite is a person_groups row to write: root's, whose names are
// those it holds and the stored ones of the groups listed.
type groupWrite struct {
	person int64
	root   *graph.MentionGroup
	stored []int64
}

type newMention struct {
	person int64
	grp    int64
	m      *mention
}

// groupColumns is the number of values of a person_groups row.
const groupColumns = 11

func (w *keyWrites) write(p *putter) error {
	// The names of the rows to write, before the rows of the groups
	// merged away are deleted.
	var want []any
	for _, gw := range w.groups {
		for _, grp := range gw.stored {
			want = append(want, gw.person, grp)
		}
	}
	storedNames := map[mentionKey][]string{}
	err := p.chunked("read names", `SELECT g.person, g.grp, g.names FROM (VALUES %s) AS v
		JOIN person_groups g ON g.person = v.column1 AND g.grp = v.column2`, 2, want, func(r *sql.Rows) error {
		var n, grp int64
		var names string
		if err := r.Scan(&n, &grp, &names); err != nil {
			return err
		}
		ns, err := parseNames(names)
		storedNames[mentionKey{n, grp}] = ns
		return err
	})
	if err != nil {
		return err
	}
	groups := make([]any, 0, groupColumns*len(w.groups))
	for _, gw := range w.groups {
		g := gw.root
		for _, grp := range gw.stored {
			for _, name := range storedNames[mentionKey{gw.person, grp}] {
				g.Names[name] = true
			}
		}
		groups = append(groups, gw.person, g.Grp, g.Cluster, g.Hash, g.Name, encodeNames(g.SortedNames()),
			g.Size, g.Placed, g.Said, g.First, g.Last)
	}

	err = p.chunked("move groups", `UPDATE OR FAIL person_mentions SET grp = v.column3 FROM (VALUES %s) AS v
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
		if c := cmp.Compare(a.m.Article, b.m.Article); c != 0 {
			return c
		}
		return cmp.Compare(a.person, b.person)
	})
	rows := make([]any, 0, 6*len(w.mentions))
	for _, nm := range w.mentions {
		m := nm.m
		rows = append(rows, m.Article, nm.person, nm.grp, encodeNames(m.Names), mentionContext(m.Context).encode(), m.facts)
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
		FROM (VALUES %s) AS v WHERE person_groups.person = v.column1 AND person_groups.grp = v.column2`, groupColumns, groups, nil)
	if err != nil {
		return err
	}
	return p.chunked("write groups", `INSERT OR IGNORE INTO person_groups
		(person, grp, cluster, hash, name, names, size, placed, said, first_date, last_date)
		VALUES %s`, groupColumns, groups, nil)
}

// addMentions adds the batch's mentions of key n to its groups, rebuilt
// first from all its stored mentions when it lost some (returned).
func (p *putter) addMentions(n int64, k *keyGroups) ([]*mention, error) {
	var stored []*mention
	if p.rebuild[n] {
		*k = *newKeyGroups()
		err := p.query("read mentions", `SELECT m.article, a.hash, a.published, m.grp, m.names, m.context, m.facts
			FROM person_mentions m JOIN articles a ON a.n = m.article WHERE m.person = ?`, []any{n},
			func(r *sql.Rows) error {
				m := &mention{}
				var names, context, published string
				if err := r.Scan(&m.Article, &m.Hash, &published, &m.grp, &names, &context, &m.facts); err != nil {
					return err
				}
				m.Date = graph.DatedString(published)
				var err error
				if m.Names, err = parseNames(names); err != nil {
					return err
				}
				m.Context, err = parseContext(context)
				stored = append(stored, m)
				return err
			})
		if err != nil {
			return nil, err
		}
		for _, table := range []string{"person_groups", "person_items", "person_merged"} {
			if err := p.exec("forget groups", `DELETE FROM `+table+` WHERE person = ?`, n); err != nil {
				return nil, err
			}
		}
		slices.SortFunc(stored, func(a, b *mention) int { return strings.Compare(a.Hash, b.Hash) })
		for _, m := range stored {
			m.group = k.Add(&m.GroupMention)
		}
	}
	for _, m := range p.pending[n] {
		m.group = k.Add(&m.GroupMention)
	}
	return stored, nil
}

// resolveKey names the clusters of key n, its mentions added (stored:
// those read back to rebuild it), moves the stored mentions whose group
// merged into another, and appends the rows of its new mentions, items
// and changed groups.
func (p *putter) resolveKey(n int64, k *keyGroups, stored []*mention, w *keyWrites) error {
	pending := p.pending[n]
	key, err := p.entityID(n)
	if err != nil {
		return err
	}
	roots := k.Name(key)

	for _, g := range k.Groups {
		if g.Stored && g.Merged() {
			w.moveGroups = append(w.moveGroups, n, g.Grp, g.Root().Grp)
			w.dropGroups = append(w.dropGroups, n, g.Grp)
			w.merged = append(w.merged, n, g.Grp, g.Root().Grp)
			p.moved[mentionKey{n, g.Grp}] = g.Root().Grp
		}
	}
	for _, m := range stored {
		if grp := m.group.Root().Grp; grp != m.grp {
			w.moveMentions = append(w.moveMentions, n, m.Article, grp)
		}
	}
	for _, m := range pending {
		w.mentions = append(w.mentions, &newMention{person: n, grp: m.group.Root().Grp, m: m})
	}
	codes := make([]int64, 0, len(k.Items))
	for code := range k.Items {
		if !k.stored[code] {
			codes = append(codes, code)
		}
	}
	slices.Sort(codes)
	for _, code := range codes {
		w.items = append(w.items, n, code, k.Items[code].Root().Grp)
	}
	// Each changed root's row, with the stored names of the groups it
	// holds.
	writes := map[*graph.MentionGroup]int{} // root → index in w.groups
	for _, g := range roots {
		if g.Changed {
			writes[g] = len(w.groups)
			w.groups = append(w.groups, groupWrite{person: n, root: g})
		}
	}
	for _, g := range k.Groups {
		if i, ok := writes[g.Root()]; ok && g.Stored {
			w.groups[i].stored = append(w.groups[i].stored, g.Grp)
		}
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
		person   int64 = -1
		groups   map[int64]*graph.MentionGroup
		items    map[int64]int64
		rows     []any // person, group and the summary columns
		itemRows []any
	)
	flush := func(force bool) error {
		for _, grp := range slices.Sorted(maps.Keys(groups)) {
			g := groups[grp]
			rows = append(rows, person, grp, g.Size, g.Placed, g.Said, g.First, g.Last)
		}
		for _, code := range slices.Sorted(maps.Keys(items)) {
			itemRows = append(itemRows, person, code, items[code])
		}
		if !force && len(itemRows) < 3*50000 {
			return nil
		}
		err := p.chunked("summarize groups", `UPDATE OR FAIL person_groups SET size = v.column3, placed = v.column4,
				said = v.column5, first_date = v.column6, last_date = v.column7
			FROM (VALUES %s) AS v WHERE person_groups.person = v.column1 AND person_groups.grp = v.column2`, 7, rows, nil)
		if err != nil {
			return err
		}
		if err := p.chunked("list items", `INSERT OR FAIL INTO person_items (person, item, grp) VALUES %s`, 3, itemRows, nil); err != nil {
			return err
		}
		rows, itemRows = nil, nil
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
			person, groups, items = n, map[int64]*graph.MentionGroup{}, map[int64]int64{}
		}
		c, err := parseContext(context)
		if err != nil {
			return err
		}
		g := groups[grp]
		if g == nil {
			g = &graph.MentionGroup{Grp: grp, Names: map[string]bool{}}
			groups[grp] = g
		}
		g.Add(&graph.GroupMention{Context: c, Date: graph.DatedString(published)})
		for list, ns := range c {
			for _, e := range ns {
				items[graph.ContextItem(list, e)] = grp
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
