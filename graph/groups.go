package graph

import (
	"cmp"
	"slices"
)

// Rule 1 of ResolvePersons, kept up to date as a store adds articles.
//
// A store keeps, for each person key, the groups of its mentions that
// share evidence, and which group holds each context item. A batch loads
// the groups of the keys it names and the groups of the items its own
// mentions hold, adds its mentions with KeyGroups.Add, and names the
// clusters with KeyGroups.Name, which applies rule 2 through ClusterIDs.
// Components only grow or join as mentions are added, so this gives the
// clusters ResolvePersons gives over all the mentions, without reading
// them again.

// Context lists of a stored mention, in the order of GroupMention.Context.
const (
	ListOrganizations = iota
	ListPositions
	ListPlaces
	ListEvents
)

// ContextItem codes a context item for a store: an entity number and
// its list, as rule 1 joins mentions that share an item of one list.
func ContextItem(list int, n int64) int64 { return n<<2 | int64(list) }

// GroupMention is what rules 1 and 2 read of a mention of a person key,
// with the store's numbers for entities and articles.
type GroupMention struct {
	Article int64    // its article's number: a group it starts takes it
	Hash    string   // its article's hash
	Names   []string // the name in the article, then the aliases
	// entity numbers, by list (ListOrganizations...)
	Context [4][]int64
	Date    string // DatedString of its article's date
}

// Said reports whether the mention says something of the person (see
// PersonGroup.Said).
func (m *GroupMention) Said() bool {
	return len(m.Context[0])+len(m.Context[1])+len(m.Context[2])+len(m.Context[3]) > 0
}

// MentionGroup is a group of a key's mentions that share evidence, with
// what rule 2 and the store read of it.
type MentionGroup struct {
	Grp     int64 // its number: the Article of the mention that started it
	Stored  bool  // the store holds a row for it (the store sets it)
	Changed bool  // it differs from its row, or has none
	Cluster string
	Hash    string // the smallest Hash of its mentions
	Name    string // the name in that mention
	// the names of its mentions; a store may leave out those of a
	// stored group, and add them when it writes the group's row
	Names  map[string]bool
	Size   int
	Placed bool // some mention has a place
	Said   bool // some mention has context
	// the earliest and latest dates of its mentions (see PersonGroup)
	First, Last string
	parent      *MentionGroup
}

// Root returns the group g was merged into, or g.
func (g *MentionGroup) Root() *MentionGroup {
	for g.parent != nil {
		g = g.parent
	}
	return g
}

// Merged reports whether g was merged into another group.
func (g *MentionGroup) Merged() bool { return g.parent != nil }

// SortedNames returns g's names in order.
func (g *MentionGroup) SortedNames() []string {
	out := make([]string, 0, len(g.Names))
	for n := range g.Names {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// Add counts m into g, without rule 1: what a store does when it knows
// the group of m already.
func (g *MentionGroup) Add(m *GroupMention) {
	g.Size++
	g.Changed = true
	if g.Hash == "" || m.Hash < g.Hash {
		g.Hash = m.Hash
		g.Name = ""
		if len(m.Names) > 0 {
			g.Name = m.Names[0]
		}
	}
	for _, n := range m.Names {
		if n != "" {
			g.Names[n] = true
		}
	}
	g.Placed = g.Placed || len(m.Context[ListPlaces]) > 0
	g.Said = g.Said || m.Said()
	g.First, g.Last = Widen(g.First, g.Last, m.Date)
}

// absorb merges h into g.
func (g *MentionGroup) absorb(h *MentionGroup) {
	h.parent = g
	g.Size += h.Size
	g.Changed = true
	if h.Hash < g.Hash {
		g.Hash, g.Name = h.Hash, h.Name
	}
	for n := range h.Names {
		g.Names[n] = true
	}
	g.Placed = g.Placed || h.Placed
	g.Said = g.Said || h.Said
	g.First, g.Last = Widen(g.First, g.Last, h.First)
	g.First, g.Last = Widen(g.First, g.Last, h.Last)
}

// KeyGroups is rule 1 over the mentions of one key: its groups, and the
// group holding each context item known (ContextItem codes).
type KeyGroups struct {
	Groups []*MentionGroup
	Items  map[int64]*MentionGroup
}

// NewKeyGroups returns a key with no groups.
func NewKeyGroups() *KeyGroups { return &KeyGroups{Items: map[int64]*MentionGroup{}} }

// Add joins m to the groups holding one of its items, merging them into
// the biggest (the first by number among equals), or starts a group, and
// returns the group.
func (k *KeyGroups) Add(m *GroupMention) *MentionGroup {
	var hits []*MentionGroup
	for list, ns := range m.Context {
		for _, n := range ns {
			if g := k.Items[ContextItem(list, n)]; g != nil {
				if g = g.Root(); !slices.Contains(hits, g) {
					hits = append(hits, g)
				}
			}
		}
	}
	var g *MentionGroup
	if len(hits) == 0 {
		g = &MentionGroup{Grp: m.Article, Names: map[string]bool{}}
		k.Groups = append(k.Groups, g)
	} else {
		g = hits[0]
		for _, h := range hits[1:] {
			if h.Size > g.Size || (h.Size == g.Size && h.Grp < g.Grp) {
				g = h
			}
		}
		for _, h := range hits {
			if h != g {
				g.absorb(h)
			}
		}
	}
	g.Add(m)
	for list, ns := range m.Context {
		for _, n := range ns {
			k.Items[ContextItem(list, n)] = g
		}
	}
	return g
}

// Roots returns the groups not merged into another, by number.
func (k *KeyGroups) Roots() []*MentionGroup {
	var out []*MentionGroup
	for _, g := range k.Groups {
		if g.parent == nil {
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b *MentionGroup) int { return cmp.Compare(a.Grp, b.Grp) })
	return out
}

// Name applies rule 2 and the naming (ClusterIDs) to the roots of the
// groups of key, and returns them; a root whose cluster changed is
// Changed.
func (k *KeyGroups) Name(key string) []*MentionGroup {
	roots := k.Roots()
	if len(roots) == 0 {
		return roots
	}
	summary := summarize(roots)
	for i, id := range ClusterIDs(key, summary) {
		if roots[i].Cluster != id {
			roots[i].Cluster = id
			roots[i].Changed = true
		}
	}
	return roots
}

// What a batch must load of a key's stored groups.
//
// A group of a common name of which nothing is said (no organization,
// position, place or event) is a person of its own (rule 3), and it is
// never the group others join while some group has something said. So
// no other group's cluster depends on it, and a batch that adds nothing
// to it changes at most its cluster's ID: when the key passes to a
// smaller hash, or when a cluster whose smallest hash shares its first
// six characters (HashFamily) comes, goes or changes before it, as
// ClusterIDs names clusters. A common name has thousands of such groups
// (a name in passing, in articles of every year), and a store need not
// read them at every batch that names it. It loads:
//   - every group of a rare name, and every group of which something is
//     said (Inert is false);
//   - the group whose cluster is the key itself (the smallest hash);
//   - the groups holding the items of the batch's mentions (those have
//     something said, so they are loaded already);
//   - once the batch's mentions are added, the inert groups whose
//     HashFamily is that of a cluster's smallest hash: of the clusters
//     stored before the batch (a cluster that goes frees its prefix), and
//     of those rule 2 forms after it (ClusterHashes).
//
// Every cluster it names then has its family of hashes loaded, and gets
// the ID it would get among all the groups: a cluster's ID depends only
// on the clusters of its family whose smallest hashes come before its
// own.

// Inert reports whether a stored group of key, placed and said as given,
// may be left unloaded by a batch that adds nothing to it (see above).
func Inert(key string, placed, said bool) bool { return !placed && !said && !RareName(key) }

// HashFamilyLen is how many characters of its smallest hash ClusterIDs
// puts in a cluster's ID at least.
const HashFamilyLen = 6

// HashFamily returns the first characters of a hash that ClusterIDs puts
// in a cluster's ID: clusters of one key whose hashes share them name
// each other apart.
func HashFamily(hash string) string { return hash[:min(HashFamilyLen, len(hash))] }

// StoredFamilies returns the HashFamily of the smallest hash of each
// cluster among k's groups as loaded (their Cluster), before a batch adds
// its mentions: a cluster that the batch makes go frees its prefix.
func (k *KeyGroups) StoredFamilies() map[string]bool {
	least := map[string]string{} // cluster → its smallest hash
	for _, g := range k.Groups {
		if h, ok := least[g.Cluster]; !ok || g.Hash < h {
			least[g.Cluster] = g.Hash
		}
	}
	out := make(map[string]bool, len(least))
	for _, h := range least {
		out[HashFamily(h)] = true
	}
	return out
}

// ClusterHashes returns the smallest hash of each cluster that rule 2
// forms over the roots of the groups of key, unordered: the hashes whose
// families (HashFamily) a store loads the inert groups of, with those of
// the clusters it stored before the batch, so that ClusterIDs names them
// as it would among all the groups.
func (k *KeyGroups) ClusterHashes(key string) []string {
	summary := summarize(k.Roots())
	first := map[int]string{} // target → smallest hash of its cluster
	for g, t := range mergeGroups(key, summary) {
		if h, ok := first[t]; !ok || summary[g].Hash < h {
			first[t] = summary[g].Hash
		}
	}
	out := make([]string, 0, len(first))
	for _, h := range first {
		out = append(out, h)
	}
	return out
}

// summarize returns what rule 2 reads of groups.
func summarize(groups []*MentionGroup) []PersonGroup {
	out := make([]PersonGroup, len(groups))
	for i, g := range groups {
		out[i] = PersonGroup{Size: g.Size, Hash: g.Hash, Article: ArticleID(g.Hash),
			Placed: g.Placed, Said: g.Said, First: g.First, Last: g.Last}
	}
	return out
}
