package graph

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// PersonMention is one article's person with the context the article
// gives: what it says the person holds, where, and at which events.
type PersonMention struct {
	Article   string   // article entity ID
	Hash      string   // the article's content hash (orders mentions stably)
	Key       string   // the person ID as extracted ("person:...")
	Orgs      []string // organizations of the positions held or elected to (PositionIn), and their PartOf ancestors
	Positions []string // positions held or elected to (HoldsPosition, ElectedTo)
	Places    []string // places those organizations are LocatedIn
	Events    []string // events the person was at (Relation.AtEvent)
	Date      string   // the article's date published when its year is known (ISO 8601), else ""
}

// MentionsOf returns the persons of an extraction with their context,
// computed from its facts: one mention per person ID, sorted by Key. The
// lists of each mention are sorted and hold no duplicates. A person is any
// entity of kind Person, or any fact end whose ID names that kind.
func MentionsOf(ex *Extraction) []PersonMention {
	if ex == nil {
		return nil
	}
	persons := map[string]bool{}
	for _, e := range ex.Entities {
		if e.Kind == Person {
			persons[e.ID] = true
		}
	}
	var outlets []string               // the organizations that publish the article
	authors := map[string]bool{}       // persons credited with it
	positions := map[string][]string{} // person → positions
	events := map[string][]string{}    // person → events
	orgsOf := map[string][]string{}    // position → organizations
	parents := map[string][]string{}   // organization → organizations it is part of
	placesOf := map[string][]string{}  // organization → places
	for _, f := range ex.Facts {
		for _, id := range []string{f.Subject, f.Object} {
			if KindOf(id) == Person {
				persons[id] = true
			}
		}
		switch {
		case f.Relation == HoldsPosition || f.Relation == ElectedTo:
			positions[f.Subject] = append(positions[f.Subject], f.Object)
		case f.Relation.AtEvent():
			events[f.Subject] = append(events[f.Subject], f.Object)
		case f.Relation == PositionIn:
			orgsOf[f.Subject] = append(orgsOf[f.Subject], f.Object)
		case f.Relation == PartOf:
			parents[f.Subject] = append(parents[f.Subject], f.Object)
		case f.Relation == LocatedIn:
			placesOf[f.Subject] = append(placesOf[f.Subject], f.Object)
		case f.Relation == PublisherOf:
			outlets = append(outlets, f.Subject)
		case f.Relation == AuthorOf:
			authors[f.Subject] = true
		}
	}
	hash := ex.Article.Hash
	article := ArticleID(hash)
	out := make([]PersonMention, 0, len(persons))
	for key := range persons {
		m := PersonMention{Article: article, Hash: hash, Key: key, Date: DatedString(ex.Article.Published.String())}
		m.Positions = sortedSet(positions[key])
		m.Events = sortedSet(events[key])
		seen := map[string]bool{}
		var orgs []string
		var walk func(org string)
		walk = func(org string) {
			if seen[org] {
				return // PartOf cycles end here
			}
			seen[org] = true
			orgs = append(orgs, org)
			for _, p := range parents[org] {
				walk(p)
			}
		}
		for _, p := range m.Positions {
			for _, o := range orgsOf[p] {
				walk(o)
			}
		}
		if authors[key] {
			// a writer is known by the outlet they write for
			for _, o := range outlets {
				walk(o)
			}
		}
		m.Orgs = sortedSet(orgs)
		var places []string
		for _, o := range m.Orgs {
			places = append(places, placesOf[o]...)
		}
		m.Places = sortedSet(places)
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// sortedSet returns the sorted distinct elements of list, nil when empty.
// It returns list itself when it is already so.
func sortedSet(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	if strictlySorted(list) {
		return list
	}
	out := slices.Clone(list)
	slices.Sort(out)
	return slices.Compact(out)
}

func strictlySorted(list []string) bool {
	for i := 1; i < len(list); i++ {
		if list[i-1] >= list[i] {
			return false
		}
	}
	return true
}

// compareMentions orders mentions by Hash, then Article, then the rest.
func compareMentions(a, b *PersonMention) int {
	if c := strings.Compare(a.Hash, b.Hash); c != 0 {
		return c
	}
	if c := strings.Compare(a.Article, b.Article); c != 0 {
		return c
	}
	if c := strings.Compare(a.Key, b.Key); c != 0 {
		return c
	}
	for _, l := range [][2][]string{{a.Orgs, b.Orgs}, {a.Positions, b.Positions}, {a.Places, b.Places}, {a.Events, b.Events}} {
		if c := slices.Compare(l[0], l[1]); c != 0 {
			return c
		}
	}
	return 0
}

// Cluster is a group of mentions that resolution takes for one person.
type Cluster struct {
	ID       string          // the person's entity ID
	Mentions []PersonMention // sorted by Hash, then Article
	Evidence []Evidence      // why the mentions were joined, one per join
}

// Evidence is one reason for taking the persons of two articles for the
// same person.
type Evidence struct {
	A, B   string // article IDs
	Reason string // "shared organization organization:...", "no conflicting context"
	// The articles' titles, as Reader.Evidence gives them, so that a
	// table of thousands of joins need not look them up again; ""
	// from ResolvePersons.
	TitleA, TitleB string
}

// TitleEvidence sets the titles of the articles of each join from titles
// (by article ID), and returns ev.
func TitleEvidence(ev []Evidence, titles map[string]string) []Evidence {
	for i := range ev {
		ev[i].TitleA, ev[i].TitleB = titles[ev[i].A], titles[ev[i].B]
	}
	return ev
}

// Reasons recorded in Evidence.
const (
	reasonShared     = "shared "
	reasonNoConflict = "no conflicting context"
	reasonRare       = "rare name, no conflicting context"
	reasonCareer     = "rare name, posts one after another"
)

// ResolvePersons groups the mentions of a person key into the people they
// stand for. The mentions are expected to share one Key; mentions of
// different keys are resolved key by key, and their clusters returned
// sorted by key.
//
// # Rules
//
//  1. Two mentions share evidence when they share an organization, a
//     position, a place or an event. Mentions that share evidence,
//     directly or through other mentions, are one person (union-find);
//     each join records the first thing found shared, looked for in that
//     order.
//  2. The groups left then merge when nothing conflicts. Two groups
//     conflict when both have places and no place in common: a Phó Chủ
//     tịch UBND tỉnh Quảng Trị is not a Giám đốc Sở in Cần Thơ. Groups
//     that share a place were already joined by rule 1, so groups with
//     places stay apart, and a group without places (which conflicts
//     with nobody) joins the group with places that has the most mentions
//     (ties: the one whose smallest Hash is smallest). When no group has
//     places, all of them are one person. These joins record "no
//     conflicting context".
//  3. A group of which nothing is said (no organization, position,
//     place or event: a citizen named in passing, a defendant) has
//     nothing in common with a namesake, and a common name is shared by
//     many: it stays a person of its own. A rare name (RareName: four
//     words or more) names one person, and its groups of which nothing
//     is said join as in rule 2, recording "rare name, no conflicting
//     context".
//  4. Careers move: a group with places of a rare name joins the group
//     rule 2 joins others to when every mention of both is dated (the
//     articles' dates, with their years) and those of one all come before
//     those of the other: a Chủ tịch HĐND of one city in 2021 is the Bí
//     thư Tỉnh ủy of the next province in 2025. It records "rare name,
//     posts one after another". A common name in two places stays two
//     persons, whatever the dates.
//
// # Identity
//
// The result does not depend on the order of the input: mentions are
// sorted by Hash, then Article, first. When a key resolves to one
// cluster, its ID is the Key unchanged. When it resolves to several, the
// cluster holding the smallest Hash keeps the Key and each other cluster
// gets Key + "~" + the first 6 characters of its smallest Hash (more when
// two clusters' hashes share their first 6). Clusters are returned in the
// order of their smallest Hash. An ID is thus stable as long as the
// clusters' smallest hashes do not change: a new article can rename a
// cluster only by bringing it a smaller hash, or by splitting a key that
// was one cluster into several.
func ResolvePersons(mentions []PersonMention) []Cluster {
	byKey := map[string][]PersonMention{}
	for _, m := range mentions {
		byKey[m.Key] = append(byKey[m.Key], m)
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []Cluster
	for _, k := range keys {
		out = append(out, resolveKey(k, byKey[k])...)
	}
	return out
}

// join is one union of two mentions (indexes into the sorted mentions).
type join struct {
	a, b   int
	reason string
}

// resolveKey applies the rules of ResolvePersons to the mentions of one key.
func resolveKey(key string, in []PersonMention) []Cluster {
	ms := make([]PersonMention, len(in))
	for i, m := range in {
		m.Orgs, m.Positions = sortedSet(m.Orgs), sortedSet(m.Positions)
		m.Places, m.Events = sortedSet(m.Places), sortedSet(m.Events)
		ms[i] = m
	}
	// Sort on the whole content, so that even duplicated mentions come out
	// in one order. Sorting pointers moves less than sorting mentions.
	ptrs := make([]*PersonMention, len(ms))
	for i := range ms {
		ptrs[i] = &ms[i]
	}
	slices.SortFunc(ptrs, compareMentions)
	sorted := make([]PersonMention, len(ms))
	for i, p := range ptrs {
		sorted[i] = *p
	}
	ms = sorted

	// Rule 1. The root of a set is its smallest index, so the smallest
	// Hash of a set is that of its root.
	parent := make([]int, len(ms))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	union := func(a, b int) bool {
		ra, rb := find(a), find(b)
		if ra == rb {
			return false
		}
		parent[max(ra, rb)] = min(ra, rb)
		return true
	}
	var joins []join
	type item struct{ label, id string }
	first := map[item]int{} // the first mention with each item of context
	for i, m := range ms {
		for _, c := range []struct {
			label string
			ids   []string
		}{{"organization", m.Orgs}, {"position", m.Positions}, {"place", m.Places}, {"event", m.Events}} {
			for _, id := range c.ids {
				k := item{c.label, id}
				j, ok := first[k]
				if !ok {
					first[k] = i
					continue
				}
				if union(j, i) {
					joins = append(joins, join{j, i, reasonShared + c.label + " " + id})
				}
			}
		}
	}

	// Rule 2, on the groups of rule 1 in the order of their roots, which
	// is that of their smallest hashes.
	var roots []int
	groupOf := map[int]int{} // root → group
	var groups []PersonGroup
	for i, m := range ms {
		r := find(i)
		g, ok := groupOf[r]
		if !ok {
			g = len(groups)
			groupOf[r] = g
			roots = append(roots, r)
			groups = append(groups, PersonGroup{Hash: m.Hash, Article: m.Article})
		}
		groups[g].Size++
		groups[g].Placed = groups[g].Placed || len(m.Places) > 0
		groups[g].Said = groups[g].Said || len(m.Orgs)+len(m.Positions)+len(m.Places)+len(m.Events) > 0
		groups[g].First, groups[g].Last = Widen(groups[g].First, groups[g].Last, m.Date)
	}
	into := mergeGroups(key, groups)
	for g, t := range into {
		switch {
		case t == g:
		case groups[g].Placed:
			joins = append(joins, join{roots[t], roots[g], reasonCareer})
		case !groups[g].Said:
			joins = append(joins, join{roots[t], roots[g], reasonRare})
		default:
			joins = append(joins, join{roots[t], roots[g], reasonNoConflict})
		}
	}
	ids := nameClusters(key, groups, into)

	// Clusters, in the order of their smallest Hash.
	// Each cluster's mentions are counted first, so that a person named
	// in thousands of articles gets them in one allocation.
	index := map[string]int{} // ID → cluster
	var out []Cluster
	var sizes []int
	clusterOf := make([]int, len(ms))
	for i := range ms {
		id := ids[groupOf[find(i)]]
		c, ok := index[id]
		if !ok {
			c = len(out)
			index[id] = c
			out = append(out, Cluster{ID: id})
			sizes = append(sizes, 0)
		}
		clusterOf[i] = c
		sizes[c]++
	}
	for c := range out {
		out[c].Mentions = make([]PersonMention, 0, sizes[c])
	}
	for i, m := range ms {
		out[clusterOf[i]].Mentions = append(out[clusterOf[i]].Mentions, m)
	}
	for _, j := range joins {
		c := index[ids[groupOf[find(j.a)]]]
		out[c].Evidence = append(out[c].Evidence, Evidence{A: ms[j.a].Article, B: ms[j.b].Article, Reason: j.reason})
	}
	return out
}

// PersonGroup is a group of one key's mentions that share evidence,
// directly or through other mentions (rule 1 of ResolvePersons): what
// rule 2 and the naming of clusters need to know of it.
type PersonGroup struct {
	Size    int    // number of mentions
	Hash    string // the smallest Hash of its mentions
	Article string // the Article of the mention with that Hash
	Placed  bool   // some mention has a place
	Said    bool   // some mention has context: an organization, a position, a place or an event
	// the earliest and latest dates of its mentions' articles ("" when
	// none is dated; see PersonMention.Date)
	First, Last string
}

// ClusterIDs applies rule 2 and the naming of ResolvePersons to the
// groups of one key's mentions, and returns the cluster ID of each group:
// groups that merge share one. Rule 1 makes connected components, which
// new mentions can only grow or join, so a store can keep each key's
// groups up to date as articles arrive, and get from ClusterIDs the
// clusters ResolvePersons would give over all the mentions without
// reading them again.
func ClusterIDs(key string, groups []PersonGroup) []string {
	return nameClusters(key, groups, mergeGroups(key, groups))
}

// lessGroup orders groups by their smallest hash.
func lessGroup(a, b *PersonGroup) bool {
	if a.Hash != b.Hash {
		return a.Hash < b.Hash
	}
	return a.Article < b.Article
}

// mergeGroups applies rule 2: it returns for each group the index of the
// group it joins, itself when it joins none.
func mergeGroups(key string, groups []PersonGroup) []int {
	if len(groups) == 0 {
		return nil
	}
	// The group every placeless group joins: the placed group with most
	// mentions, or when no group has places, the biggest group of which
	// something is said; ties go to the smallest hash. Groups with places
	// never merge: two that shared a place would be one group already.
	target := 0
	for i := 1; i < len(groups); i++ {
		a, b := &groups[i], &groups[target]
		switch {
		case a.Placed != b.Placed:
			if a.Placed {
				target = i
			}
		case a.Said != b.Said:
			if a.Said {
				target = i
			}
		case a.Size != b.Size:
			if a.Size > b.Size {
				target = i
			}
		case lessGroup(a, b):
			target = i
		}
	}
	rare := RareName(key)
	into := make([]int, len(groups))
	for i := range groups {
		into[i] = i
		switch {
		case groups[i].Placed:
			// careers move: a rare name whose posts in one place all come
			// before (or after) those in another is one person
			if rare && i != target && groups[target].Placed && apart(&groups[i], &groups[target]) {
				into[i] = target
			}
		case !groups[i].Said && !rare:
			// named, and nothing said of them: a namesake of a common
			// name is as likely someone else
		default:
			into[i] = target
		}
	}
	return into
}

// apart reports whether the mentions of two groups are all dated and
// those of one all come before those of the other.
func apart(a, b *PersonGroup) bool {
	if a.First == "" || b.First == "" {
		return false
	}
	return a.Last < b.First || b.Last < a.First
}

// DatedString returns an ISO 8601 date (Date.String) when its year is
// known, else "": a date with no year cannot say which of two posts came
// first.
func DatedString(iso string) string {
	if strings.HasPrefix(iso, "--") {
		return ""
	}
	return iso
}

// Widen returns the earliest and latest of first, last and date, where ""
// is no date.
func Widen(first, last, date string) (string, string) {
	if date == "" {
		return first, last
	}
	if first == "" || date < first {
		first = date
	}
	if last == "" || date > last {
		last = date
	}
	return first, last
}

// RareName reports whether a person's key names one person rather than
// many: a full name of four words or more ("Nguyễn Thị Thanh Hương" is
// rarer than "Nguyễn Văn Hùng"). Mentions of a rare name join even when
// nothing is said of the person in one of them.
func RareName(key string) bool {
	_, name, _ := strings.Cut(key, ":")
	return len(strings.Fields(name)) >= 4
}

// nameClusters gives the clusters that groups form (into, from
// mergeGroups) their IDs, and returns the ID of each group.
func nameClusters(key string, groups []PersonGroup, into []int) []string {
	first := map[int]int{} // cluster (its target group) → group with the smallest hash
	for g, t := range into {
		f, ok := first[t]
		if !ok || lessGroup(&groups[g], &groups[f]) {
			first[t] = g
		}
	}
	clusters := make([]int, 0, len(first))
	for t := range first {
		clusters = append(clusters, t)
	}
	sort.Slice(clusters, func(i, j int) bool {
		return lessGroup(&groups[first[clusters[i]]], &groups[first[clusters[j]]])
	})
	idOf := make(map[int]string, len(clusters))
	used := map[string]bool{}
	for c, t := range clusters {
		id := key
		if c > 0 {
			h := groups[first[t]].Hash
			n := min(HashFamilyLen, len(h))
			for id = key + "~" + h[:n]; used[id] && n < len(h); id = key + "~" + h[:n] {
				n++
			}
			if used[id] { // the same hash in two clusters: duplicated input
				id = fmt.Sprintf("%s~%d", id, c)
			}
		}
		used[id] = true
		idOf[t] = id
	}
	out := make([]string, len(groups))
	for g, t := range into {
		out[g] = idOf[t]
	}
	return out
}
