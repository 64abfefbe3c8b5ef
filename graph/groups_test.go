package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// storedKey is what a store keeps of a key between batches: its groups'
// rows, which group holds each item, which group a merged one joined, and
// each mention's group.
type storedKey struct {
	rows    map[int64]MentionGroup
	items   map[int64]int64
	merged  map[int64]int64
	mention map[int64]int64 // article → group
}

// load builds the key's groups as a store loads them for a batch: every
// group, or when partly those Inert leaves to load before the batch's
// mentions are added (every group but the inert ones, and the inert one
// of the smallest hash); and the groups of the items the batch's mentions
// hold. It returns the families of the stored clusters' smallest hashes
// among those it loaded.
func (s *storedKey) load(key string, batch []*GroupMention, partly bool) (*KeyGroups, map[string]bool) {
	k := NewKeyGroups()
	byGrp := map[int64]*MentionGroup{}
	least := int64(-1) // the inert row of the smallest hash
	for grp, row := range s.rows {
		if Inert(key, row.Placed, row.Said) && (least < 0 || row.Hash < s.rows[least].Hash) {
			least = grp
		}
	}
	clusters := map[string]string{} // stored cluster → its smallest hash loaded
	for grp, row := range s.rows {
		if partly && Inert(key, row.Placed, row.Said) && grp != least {
			continue
		}
		byGrp[grp] = s.group(k, grp)
		if h, ok := clusters[row.Cluster]; !ok || row.Hash < h {
			clusters[row.Cluster] = row.Hash
		}
	}
	for _, m := range batch {
		for list, ns := range m.Context {
			for _, n := range ns {
				code := ContextItem(list, n)
				grp, ok := s.items[code]
				if !ok {
					continue
				}
				for byGrp[grp] == nil {
					grp = s.merged[grp]
				}
				k.Items[code] = byGrp[grp]
			}
		}
	}
	families := map[string]bool{}
	for _, h := range clusters {
		families[HashFamily(h)] = true
	}
	return k, families
}

// group adds stored row grp to k's groups, as loaded.
func (s *storedKey) group(k *KeyGroups, grp int64) *MentionGroup {
	row := s.rows[grp]
	g := row
	g.Names = map[string]bool{}
	for n := range row.Names {
		g.Names[n] = true
	}
	g.Stored, g.Changed = true, false
	k.Groups = append(k.Groups, &g)
	return &g
}

// loadFamilies adds to k, once the batch's mentions are, the inert groups
// of the families of the clusters' smallest hashes: those before the
// batch, and those rule 2 forms after it.
func (s *storedKey) loadFamilies(key string, k *KeyGroups, families map[string]bool) {
	for _, h := range k.ClusterHashes(key) {
		families[HashFamily(h)] = true
	}
	have := map[int64]bool{}
	for _, g := range k.Groups {
		have[g.Grp] = true
	}
	for grp, row := range s.rows {
		if !have[grp] && families[HashFamily(row.Hash)] {
			s.group(k, grp)
		}
	}
}

// save writes back what a batch changed, as a store does.
func (s *storedKey) save(k *KeyGroups, batch []*GroupMention, groups []*MentionGroup) {
	for _, g := range k.Groups {
		if g.Merged() {
			if g.Stored {
				s.merged[g.Grp] = g.Root().Grp
				for a, grp := range s.mention {
					if grp == g.Grp {
						s.mention[a] = g.Root().Grp
					}
				}
			}
			delete(s.rows, g.Grp)
		}
	}
	for _, g := range k.Roots() {
		if g.Changed || !g.Stored {
			s.rows[g.Grp] = *g
		}
	}
	for code, g := range k.Items {
		if _, ok := s.items[code]; !ok {
			s.items[code] = g.Root().Grp
		}
	}
	for i, m := range batch {
		s.mention[m.Article] = groups[i].Root().Grp
	}
}

// TestKeyGroupsIncremental: a key's mentions added batch by batch, with
// what a store keeps in between, resolve as ResolvePersons resolves them
// all at once: loading every group at each batch, or only those Inert
// leaves to load, with hashes of few families (first six characters) so
// that clusters' IDs must be told apart by longer ones, for a common name
// and a rare one.
func TestKeyGroupsIncremental(t *testing.T) {
	for _, tc := range []struct {
		name     string
		key      string
		partly   bool
		families int // 0: any hash
	}{
		{"every group", "person:nguyễn văn an", false, 0},
		{"inert groups left", "person:nguyễn văn an", true, 0},
		{"inert groups left, few families", "person:nguyễn văn an", true, 3},
		{"rare name, few families", "person:tôn nữ thị ninh", true, 3},
	} {
		t.Run(tc.name, func(t *testing.T) { testKeyGroupsIncremental(t, tc.key, tc.partly, tc.families) })
	}
}

func testKeyGroupsIncremental(t *testing.T, key string, partly bool, families int) {
	for seed := uint64(1); seed <= 200; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		n := 1 + r.IntN(40)
		var all []PersonMention
		var gms []*GroupMention
		for i := range n {
			hash := fmt.Sprintf("%016x", r.Uint64())
			if families > 0 {
				hash = fmt.Sprintf("%06x%02x%016x", r.IntN(families), r.IntN(4), r.Uint64())
			}
			pm := PersonMention{Article: ArticleID(hash), Hash: hash, Key: key}
			gm := &GroupMention{Article: int64(i + 1), Hash: hash, Names: []string{"Nguyễn Văn An"}}
			if r.IntN(3) > 0 {
				y := 2015 + r.IntN(10)
				pm.Date = fmt.Sprintf("%d-05-01", y)
				gm.Date = DatedString(pm.Date)
			}
			pools := [4]int{6, 6, 3, 12}
			lists := [4]*[]string{&pm.Orgs, &pm.Positions, &pm.Places, &pm.Events}
			for list := range 4 {
				if families > 0 && r.IntN(3) == 0 {
					break // a name in passing: nothing said
				}
				for range r.IntN(3) {
					if r.IntN(2) == 0 {
						continue
					}
					e := int64(1 + r.IntN(pools[list]))
					id := fmt.Sprintf("x:%d:%d", list, e)
					if !slices.Contains(*lists[list], id) {
						*lists[list] = append(*lists[list], id)
						gm.Context[list] = append(gm.Context[list], e)
					}
				}
			}
			all = append(all, pm)
			gms = append(gms, gm)
		}
		want := map[string]string{} // article → cluster
		for _, c := range ResolvePersons(all) {
			for _, m := range c.Mentions {
				want[m.Article] = c.ID
			}
		}

		s := &storedKey{rows: map[int64]MentionGroup{}, items: map[int64]int64{}, merged: map[int64]int64{}, mention: map[int64]int64{}}
		for from := 0; from < n; {
			to := min(n, from+1+r.IntN(6))
			batch := gms[from:to]
			k, families := s.load(key, batch, partly)
			groups := make([]*MentionGroup, len(batch))
			for i, m := range batch {
				groups[i] = k.Add(m)
			}
			if partly {
				s.loadFamilies(key, k, families)
			}
			k.Name(key)
			s.save(k, batch, groups)
			from = to
		}
		for i, m := range gms {
			grp := s.mention[m.Article]
			if got := s.rows[grp].Cluster; got != want[all[i].Article] {
				t.Errorf("seed %d: mention %d in %q, want %q", seed, i, got, want[all[i].Article])
			}
		}
	}
}
