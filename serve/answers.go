package serve

// This file is the one seam between the web application and the answers
// of `kg query` (positions with their tenure, events with roles, members,
// attendees with their positions then, the path between two entities).
// The pages ask the answerer interface below; reader answers it over a
// graph.Reader until package graph/query holds those answers, and then
// only this file changes.

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"kg/graph"
)

// answerer is what the pages ask beyond graph.Reader's plain reads.
type answerer interface {
	Positions(ctx context.Context, person string) ([]PositionRow, error)
	Events(ctx context.Context, person string) ([]EventRow, error)
	Members(ctx context.Context, org string) ([]MemberRow, error)
	Attendees(ctx context.Context, event string) ([]AttendeeRow, error)
	// Path returns a shortest chain of facts from a to b, at most
	// maxDepth facts long, or an error wrapping graph.ErrNoPath.
	Path(ctx context.Context, a, b string, maxDepth int) ([]graph.Fact, error)
	// Tenures returns the tenure of each holder of a position whose
	// holding statements facts include (see graph.TenuresOf).
	Tenures(ctx context.Context, pos *graph.Entity, facts []graph.Fact) (map[string]*graph.Tenure, error)
}

// PositionRow is a position a person holds or held.
type PositionRow struct {
	Position     *graph.Entity
	Organization *graph.Entity // nil when unknown
	Since        graph.Date    // first stated as held
	LastStated   graph.Date
	Former       bool
	Articles     int
}

// EventRow is an event a person was at, and what they did there.
type EventRow struct {
	Event *graph.Entity
	Roles []graph.Relation // sorted by roleRank
}

// MemberRow is a person holding a position in an organization (or one
// of its parts).
type MemberRow struct {
	Organization, Position, Person *graph.Entity
	Since                          graph.Date
	Former                         bool
}

// AttendeeRow is a person at an event: their roles, and the positions
// they held then.
type AttendeeRow struct {
	Person    *graph.Entity
	Roles     []graph.Relation
	Positions []*graph.Entity
}

// reader answers over a graph.Reader. sole says which roles one person
// holds at a time in an organization (see graph.Sole); nil: none.
type reader struct {
	r    graph.Reader
	sole func(role, org string) bool
}

// roleRank orders the parts people take at an event.
func roleRank(r graph.Relation) int {
	switch r {
	case graph.Presided:
		return 0
	case graph.Hosted:
		return 1
	case graph.SpokeAt:
		return 2
	case graph.ElectedAt:
		return 3
	}
	return 4
}

// entityMap loads entities by ID.
func entityMap(ctx context.Context, r graph.Reader, ids []string) (map[string]*graph.Entity, error) {
	out := map[string]*graph.Entity{}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	if len(ids) == 0 {
		return out, nil
	}
	ents, err := r.Entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		out[e.ID] = e
	}
	return out, nil
}

// placeholder stands for an entity the store could not give.
func placeholder(id string) *graph.Entity {
	return &graph.Entity{ID: id, Kind: graph.KindOf(id), Name: id}
}

func pick(m map[string]*graph.Entity, id string) *graph.Entity {
	if e, ok := m[id]; ok {
		return e
	}
	return placeholder(id)
}

func (a reader) Positions(ctx context.Context, person string) ([]PositionRow, error) {
	facts, err := a.r.FactsOf(ctx, person)
	if err != nil {
		return nil, err
	}
	byPos := map[string][]graph.Fact{}
	for _, f := range facts {
		if f.Subject == person && (f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo) {
			byPos[f.Object] = append(byPos[f.Object], f)
		}
	}
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range byPos {
			if !yield(id) {
				return
			}
		}
	})
	orgs, err := a.r.Neighbors(ctx, ids, []graph.Relation{graph.PositionIn})
	if err != nil {
		return nil, err
	}
	orgOf := map[string]string{}
	named := slices.Clone(ids)
	for _, nb := range orgs {
		if nb.Forward {
			orgOf[nb.From] = nb.To
			named = append(named, nb.To)
		}
	}
	ents, err := entityMap(ctx, a.r, named)
	if err != nil {
		return nil, err
	}
	var rows []PositionRow
	for _, id := range ids {
		pos := pick(ents, id)
		ts, err := a.Tenures(ctx, pos, byPos[id])
		if err != nil {
			return nil, err
		}
		t := ts[person]
		if t == nil {
			continue
		}
		row := PositionRow{Position: pos, Since: t.Since, LastStated: t.LastStated, Former: t.Former, Articles: len(t.Sources)}
		if org, ok := orgOf[id]; ok {
			row.Organization = pick(ents, org)
		}
		rows = append(rows, row)
	}
	slices.SortStableFunc(rows, func(x, y PositionRow) int {
		if x.Since != y.Since {
			if x.Since.Before(y.Since) {
				return -1
			}
			return 1
		}
		return cmp.Compare(x.Position.ID, y.Position.ID)
	})
	return rows, nil
}

func (a reader) Events(ctx context.Context, person string) ([]EventRow, error) {
	facts, err := a.r.FactsOf(ctx, person)
	if err != nil {
		return nil, err
	}
	roles := map[string][]graph.Relation{}
	for _, f := range facts {
		if f.Subject == person && f.Relation.AtEvent() && !slices.Contains(roles[f.Object], f.Relation) {
			roles[f.Object] = append(roles[f.Object], f.Relation)
		}
	}
	var ids []string
	for id := range roles {
		ids = append(ids, id)
	}
	ents, err := entityMap(ctx, a.r, ids)
	if err != nil {
		return nil, err
	}
	rows := make([]EventRow, 0, len(ids))
	for _, id := range ids {
		rs := roles[id]
		slices.SortFunc(rs, func(x, y graph.Relation) int { return cmp.Compare(roleRank(x), roleRank(y)) })
		rows = append(rows, EventRow{Event: pick(ents, id), Roles: rs})
	}
	slices.SortFunc(rows, func(x, y EventRow) int {
		if x.Event.Date != y.Event.Date {
			if x.Event.Date.Before(y.Event.Date) {
				return -1
			}
			return 1
		}
		return cmp.Compare(x.Event.ID, y.Event.ID)
	})
	return rows, nil
}

// maxPartDepth bounds how deep Members goes into an organization's parts.
const maxPartDepth = 3

func (a reader) Members(ctx context.Context, org string) ([]MemberRow, error) {
	all := []string{org}
	seen := map[string]bool{org: true}
	for frontier, d := []string{org}, 0; d < maxPartDepth && len(frontier) > 0; d++ {
		nbs, err := a.r.Neighbors(ctx, frontier, []graph.Relation{graph.PartOf})
		if err != nil {
			return nil, err
		}
		var next []string
		for _, nb := range nbs {
			if !nb.Forward && !seen[nb.To] {
				seen[nb.To] = true
				next = append(next, nb.To)
			}
		}
		all = append(all, next...)
		frontier = next
	}
	posNbs, err := a.r.Neighbors(ctx, all, []graph.Relation{graph.PositionIn})
	if err != nil {
		return nil, err
	}
	orgsOf := map[string][]string{}
	var positions []string
	for _, nb := range posNbs {
		if !nb.Forward {
			if orgsOf[nb.To] == nil {
				positions = append(positions, nb.To)
			}
			orgsOf[nb.To] = append(orgsOf[nb.To], nb.From)
		}
	}
	holders, err := a.r.Neighbors(ctx, positions, []graph.Relation{graph.HoldsPosition})
	if err != nil {
		return nil, err
	}
	var pairs [][2]string
	for _, nb := range holders {
		if !nb.Forward {
			pairs = append(pairs, [2]string{nb.To, nb.From})
		}
	}
	facts, err := a.r.FactsBetweenPairs(ctx, pairs)
	if err != nil {
		return nil, err
	}
	ids := slices.Concat(all, positions)
	for _, p := range pairs {
		ids = append(ids, p[0])
	}
	ents, err := entityMap(ctx, a.r, ids)
	if err != nil {
		return nil, err
	}
	held := map[string][]graph.Fact{} // position → the statements of its holders
	for i, p := range pairs {
		for _, f := range facts[i] {
			if f.Subject == p[0] && f.Object == p[1] && f.Relation == graph.HoldsPosition {
				held[p[1]] = append(held[p[1]], f)
			}
		}
	}
	var rows []MemberRow
	for _, pos := range positions {
		if len(held[pos]) == 0 {
			continue
		}
		ts, err := a.Tenures(ctx, pick(ents, pos), held[pos])
		if err != nil {
			return nil, err
		}
		for person, t := range ts {
			for _, o := range orgsOf[pos] {
				rows = append(rows, MemberRow{Organization: pick(ents, o), Position: pick(ents, pos), Person: pick(ents, person),
					Since: t.Since, Former: t.Former})
			}
		}
	}
	slices.SortFunc(rows, func(x, y MemberRow) int {
		return cmp.Or(cmp.Compare(x.Organization.Name, y.Organization.Name), cmp.Compare(x.Position.Name, y.Position.Name),
			cmp.Compare(x.Person.Name, y.Person.Name), cmp.Compare(x.Person.ID, y.Person.ID))
	})
	return rows, nil
}

func (a reader) Attendees(ctx context.Context, event string) ([]AttendeeRow, error) {
	facts, err := a.r.FactsOf(ctx, event)
	if err != nil {
		return nil, err
	}
	roles := map[string][]graph.Relation{}
	articles := map[string]map[string]bool{} // person → the articles that put them there
	for _, f := range facts {
		if f.Object != event || !f.Relation.AtEvent() {
			continue
		}
		if !slices.Contains(roles[f.Subject], f.Relation) {
			roles[f.Subject] = append(roles[f.Subject], f.Relation)
		}
		if articles[f.Subject] == nil {
			articles[f.Subject] = map[string]bool{}
		}
		articles[f.Subject][f.Prov.Article] = true
	}
	var people []string
	for id := range roles {
		people = append(people, id)
	}
	slices.Sort(people)
	held, err := a.r.Neighbors(ctx, people, []graph.Relation{graph.HoldsPosition})
	if err != nil {
		return nil, err
	}
	var pairs [][2]string
	for _, nb := range held {
		if nb.Forward {
			pairs = append(pairs, [2]string{nb.From, nb.To})
		}
	}
	posFacts, err := a.r.FactsBetweenPairs(ctx, pairs)
	if err != nil {
		return nil, err
	}
	evs, err := entityMap(ctx, a.r, []string{event})
	if err != nil {
		return nil, err
	}
	date := pick(evs, event).Date
	// the positions then: those stated by the articles that report the
	// presence, else those stated as held on or before the event's date
	same, before := map[string][]string{}, map[string][]string{}
	for i, p := range pairs {
		for _, f := range posFacts[i] {
			if f.Subject != p[0] || f.Object != p[1] || f.Relation != graph.HoldsPosition {
				continue
			}
			switch {
			case articles[p[0]][f.Prov.Article]:
				same[p[0]] = append(same[p[0]], p[1])
			case !f.Former && (date.IsZero() || f.AsOf.IsZero() || !date.Before(f.AsOf)):
				before[p[0]] = append(before[p[0]], p[1])
			}
		}
	}
	ids := slices.Clone(people)
	for _, m := range []map[string][]string{same, before} {
		for _, ps := range m {
			ids = append(ids, ps...)
		}
	}
	ents, err := entityMap(ctx, a.r, ids)
	if err != nil {
		return nil, err
	}
	rows := make([]AttendeeRow, 0, len(people))
	for _, id := range people {
		rs := roles[id]
		slices.SortFunc(rs, func(x, y graph.Relation) int { return cmp.Compare(roleRank(x), roleRank(y)) })
		pos := same[id]
		if len(pos) == 0 {
			pos = before[id]
		}
		row := AttendeeRow{Person: pick(ents, id), Roles: rs}
		for _, p := range slices.Compact(slices.Sorted(slices.Values(pos))) {
			row.Positions = append(row.Positions, pick(ents, p))
		}
		rows = append(rows, row)
	}
	slices.SortStableFunc(rows, func(x, y AttendeeRow) int {
		return cmp.Or(cmp.Compare(roleRank(x.Roles[0]), roleRank(y.Roles[0])), cmp.Compare(x.Person.Name, y.Person.Name))
	})
	return rows, nil
}

// traversable says which entities a path may pass through: not articles
// (an article "mentions" everything in it) nor places (a province links
// everything in it).
func traversable(id string) bool {
	k := graph.KindOf(id)
	return k != graph.Article && k != graph.Place
}

func (a reader) Path(ctx context.Context, from, to string, maxDepth int) ([]graph.Fact, error) {
	var rels []graph.Relation
	for _, r := range graph.Relations() {
		if r != graph.Mentions && r != graph.LocatedIn {
			rels = append(rels, r)
		}
	}
	type hop struct {
		prev    string
		rel     graph.Relation
		forward bool // prev is the facts' subject
	}
	// search from both ends, one hop at a time on the smaller side
	reached := [2]map[string]hop{{from: {}}, {to: {}}}
	frontier := [2][]string{{from}, {to}}
	meet := ""
	for depth := 0; meet == "" && depth < maxDepth && from != to; depth++ {
		side := 0
		if len(frontier[1]) < len(frontier[0]) {
			side = 1
		}
		if len(frontier[side]) == 0 {
			break
		}
		nbs, err := a.r.Neighbors(ctx, frontier[side], rels)
		if err != nil {
			return nil, err
		}
		var next []string
		for _, nb := range nbs { // sorted by From, Relation, To
			if _, ok := reached[side][nb.To]; ok || nb.To != to && nb.To != from && !traversable(nb.To) {
				continue
			}
			reached[side][nb.To] = hop{nb.From, nb.Relation, nb.Forward}
			next = append(next, nb.To)
			if _, ok := reached[1-side][nb.To]; ok && meet == "" {
				meet = nb.To
			}
		}
		slices.Sort(next)
		frontier[side] = next
	}
	if meet == "" {
		return nil, fmt.Errorf("%s to %s within %d facts: %w", from, to, maxDepth, graph.ErrNoPath)
	}
	// the hops from → meet, then meet → to, each as (subject, relation, object)
	type link struct {
		subject, object string
		rel             graph.Relation
	}
	var links []link
	for id := meet; id != from; id = reached[0][id].prev {
		h := reached[0][id]
		l := link{h.prev, id, h.rel}
		if !h.forward {
			l.subject, l.object = id, h.prev
		}
		links = append([]link{l}, links...)
	}
	for id := meet; id != to; id = reached[1][id].prev {
		h := reached[1][id]
		l := link{h.prev, id, h.rel}
		if !h.forward {
			l.subject, l.object = id, h.prev
		}
		links = append(links, l)
	}
	pairs := make([][2]string, len(links))
	for i, l := range links {
		pairs[i] = [2]string{l.subject, l.object}
	}
	facts, err := a.r.FactsBetweenPairs(ctx, pairs)
	if err != nil {
		return nil, err
	}
	chain := make([]graph.Fact, 0, len(links))
	for i, l := range links {
		found := false
		for _, f := range facts[i] {
			if f.Subject == l.subject && f.Relation == l.rel && f.Object == l.object {
				chain, found = append(chain, f), true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("path: no fact %s %s %s", l.subject, l.rel, l.object)
		}
	}
	return chain, nil
}

// Tenures returns the tenure of each holder of a position, as
// graph.TenuresOf decides it from facts: for a sole position, every
// statement of the position (a successor ends a holding); for another,
// the statements given.
func (a reader) Tenures(ctx context.Context, pos *graph.Entity, facts []graph.Fact) (map[string]*graph.Tenure, error) {
	sole := graph.Sole(pos, a.sole)
	if sole {
		var err error
		if facts, err = a.r.FactsOf(ctx, pos.ID); err != nil {
			return nil, err
		}
	}
	return graph.TenuresOf(pos.ID, facts, sole), nil
}
