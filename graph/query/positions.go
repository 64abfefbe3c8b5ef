package query

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"kg/graph"
)

// Holding is one person's holding of one position, with its tenure.
type Holding struct {
	Person       *graph.Entity
	Position     *graph.Entity
	Organization *graph.Entity // the position's organization; nil when none
	Tenure       *graph.Tenure
}

// Evidence is the statement a holding's answer rests on: the one that
// ends it when it is former (the first "held before", or the successor's
// first statement), else its latest statement.
func (h *Holding) Evidence() graph.Fact {
	if h.Tenure.Former && h.Tenure.Ended.Prov.Article != "" {
		return h.Tenure.Ended
	}
	return h.Tenure.Last
}

var holdingRels = []graph.Relation{graph.HoldsPosition, graph.ElectedTo}

// tenures returns the tenures of the holders of each position, by
// position and person ID, computed as graph.TenuresOf computes them from
// every statement of each position in the store: of every holder when
// only is nil, else of the persons in only.
//
// The tenures are computed from each holding's deciding statements
// (Reader.TenureFacts), and, of a sole position, the statements that can
// end a holding by succession: a few statements of each holding decide
// its tenure. The Central Committee's members are then told from 573
// statements, not from the 37,254 of its posts, and the 60 posts of a
// busy official from 153 of his 7,392. The tenures have no Sources
// (Reader.HoldingSources gives them).
//
// The statements of a sole position's other holders are read
// only where they can end a holding of a person of only (rule 3 of
// TenuresOf): on the first date after the person's last statement that
// the position is held, which Reader.HeldAfter finds. A sole post named
// in tens of thousands of articles is then not read whole to tell one
// person's tenure. Rule 3 takes the earliest such statement, and full
// dates are ordered, so the statements of later dates cannot change it;
// a date known in part (no year, no day) is not ordered with full ones,
// and a position with one among the statements that matter is read
// whole.
//
// held, when the caller knows them, are the holdings (person, position)
// of the persons of only; the positions' holders are then read only for
// a position read whole.
func (e *Engine) tenures(ctx context.Context, positions []string, only map[string]bool, held [][2]string) (map[string]map[string]*graph.Tenure, map[string]*graph.Entity, error) {
	ents, err := e.entities(ctx, positions)
	if err != nil {
		return nil, nil, err
	}
	var holders []graph.Neighbor
	readHolders := func() error {
		if holders == nil {
			nbs, err := e.links(ctx, positions, holdingRels...)
			holders = append(make([]graph.Neighbor, 0, len(nbs)), nbs...)
			return err
		}
		return nil
	}
	soleRole, err := e.soleRoles()
	if err != nil {
		return nil, nil, err
	}
	sole := map[string]bool{}
	for _, p := range positions {
		sole[p] = graph.Sole(ents[p], soleRole)
	}
	// pairsOf gives the holdings (person, position) of holders that keep
	// says to.
	pairsOf := func(keep func(person, position string) bool) [][2]string {
		var pairs [][2]string
		for _, nb := range holders {
			if !nb.Forward && keep(nb.To, nb.From) {
				pairs = append(pairs, [2]string{nb.To, nb.From})
			}
		}
		slices.SortFunc(pairs, func(a, b [2]string) int { return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1])) })
		return slices.Compact(pairs) // a pair comes once per relation that joins it
	}
	pairs := held
	if pairs == nil {
		if err := readHolders(); err != nil {
			return nil, nil, err
		}
		pairs = pairsOf(func(person, _ string) bool { return only == nil || only[person] })
	}
	// Each holding's deciding statements, and of a sole position the
	// statements that can end them by succession.
	facts, err := e.r.TenureFacts(ctx, pairs)
	if err != nil {
		return nil, nil, err
	}
	if len(facts) != len(pairs) {
		return nil, nil, fmt.Errorf("statements of %d holdings: %d answers", len(pairs), len(facts))
	}
	byPos := map[string][]graph.Fact{}
	for i, p := range pairs {
		byPos[p[1]] = append(byPos[p[1]], facts[i]...)
	}
	whole, err := e.successions(ctx, byPos, sole, only)
	if err != nil {
		return nil, nil, err
	}
	if len(whole) > 0 {
		if err := readHolders(); err != nil {
			return nil, nil, err
		}
		// The other holders of those positions: successions left the
		// statements of only's.
		more := pairsOf(func(person, position string) bool { return whole[position] && !only[person] })
		if err := e.fetch(ctx, more); err != nil {
			return nil, nil, err
		}
		for _, p := range more {
			byPos[p[1]] = append(byPos[p[1]], e.pairs[p]...)
		}
	}
	out := map[string]map[string]*graph.Tenure{}
	for pos, facts := range byPos {
		out[pos] = graph.TenuresOf(pos, facts, sole[pos])
		if only != nil {
			maps.DeleteFunc(out[pos], func(p string, _ *graph.Tenure) bool { return !only[p] })
		}
		for _, t := range out[pos] {
			t.Sources = nil // of the deciding statements only
		}
	}
	return out, ents, nil
}

// successions adds to byPos (the statements of the persons of only, or
// of every holder when only is nil: all, or those that decide their
// tenures, by position) the statements of other holders of sole positions
// that can end their holdings by succession, as tenures says, and returns
// the positions whose statements must be read whole instead, of which it
// leaves in byPos the statements of only's persons (none when only is
// nil).
func (e *Engine) successions(ctx context.Context, byPos map[string][]graph.Fact, sole, only map[string]bool) (map[string]bool, error) {
	whole := map[string]bool{}
	var qs []graph.HeldAfterQuery
	for pos, facts := range byPos {
		if !sole[pos] {
			continue
		}
		last := map[string]graph.Date{} // each person's last statement that it is held
		for _, f := range facts {
			if f.Object != pos || !holdingFact(f) || f.AsOf.IsZero() {
				continue
			}
			if !f.AsOf.Full() {
				whole[pos] = true
				break
			}
			if d := last[f.Subject]; !f.Former && (d.IsZero() || d.Before(f.AsOf)) {
				last[f.Subject] = f.AsOf
			}
		}
		if whole[pos] {
			continue
		}
		for _, d := range last {
			if !d.IsZero() {
				qs = append(qs, graph.HeldAfterQuery{Position: pos, After: d})
			}
		}
	}
	if len(qs) == 0 {
		return whole, nil
	}
	slices.SortFunc(qs, func(a, b graph.HeldAfterQuery) int {
		return cmp.Or(strings.Compare(a.Position, b.Position), strings.Compare(a.After.String(), b.After.String()))
	})
	qs = slices.Compact(qs)
	found, err := e.r.HeldAfter(ctx, qs)
	if err != nil {
		return nil, err
	}
	if len(found) != len(qs) {
		return nil, fmt.Errorf("statements after %d dates: %d answers", len(qs), len(found))
	}
	added := map[graph.Fact]bool{} // the statements byPos has
	for pos, facts := range byPos {
		if sole[pos] {
			for _, f := range facts {
				added[f] = true
			}
		}
	}
	for i, q := range qs {
		for _, f := range found[i] {
			switch {
			case !f.AsOf.Full():
				whole[q.Position] = true
			case !only[f.Subject] && !added[f]: // those of only are all there
				added[f] = true
				byPos[q.Position] = append(byPos[q.Position], f)
			}
		}
	}
	for pos := range whole {
		byPos[pos] = slices.DeleteFunc(byPos[pos], func(f graph.Fact) bool { return !only[f.Subject] })
	}
	return whole, nil
}

// organizations returns the organization of each position (of several,
// the first by ID).
func (e *Engine) organizations(ctx context.Context, positions []string) (map[string]string, error) {
	nbs, err := e.links(ctx, positions, graph.PositionIn)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, nb := range nbs {
		if nb.Forward {
			if o, ok := out[nb.From]; !ok || nb.To < o {
				out[nb.From] = nb.To
			}
		}
	}
	return out, nil
}

// Positions returns the positions a person holds or held, earliest first
// (by Since; a position only ever stated as held before, by Until).
func (e *Engine) Positions(ctx context.Context, person *graph.Entity) ([]Holding, error) {
	nbs, err := e.links(ctx, []string{person.ID}, holdingRels...)
	if err != nil {
		return nil, err
	}
	var positions []string
	for _, nb := range nbs {
		if nb.Forward {
			positions = append(positions, nb.To)
		}
	}
	positions = uniq(positions)
	held := make([][2]string, len(positions))
	for i, pos := range positions {
		held[i] = [2]string{person.ID, pos}
	}
	tenures, ents, err := e.tenures(ctx, positions, map[string]bool{person.ID: true}, held)
	if err != nil {
		return nil, err
	}
	sources, err := e.r.HoldingSources(ctx, held)
	if err != nil {
		return nil, err
	}
	if len(sources) != len(held) {
		return nil, fmt.Errorf("sources of %d holdings: %d answers", len(held), len(sources))
	}
	for i, h := range held {
		if t := tenures[h[1]][h[0]]; t != nil {
			t.Sources = sources[i]
		}
	}
	orgOf, err := e.organizations(ctx, positions)
	if err != nil {
		return nil, err
	}
	var orgIDs []string
	for _, o := range orgOf {
		orgIDs = append(orgIDs, o)
	}
	orgs, err := e.entities(ctx, orgIDs)
	if err != nil {
		return nil, err
	}
	var out []Holding
	for _, pos := range positions {
		t := tenures[pos][person.ID]
		if t == nil {
			continue
		}
		h := Holding{Person: person, Position: entity(ents, pos), Tenure: t}
		if o, ok := orgOf[pos]; ok {
			h.Organization = entity(orgs, o)
		}
		out = append(out, h)
	}
	slices.SortFunc(out, func(a, b Holding) int {
		if c := compareDates(start(a.Tenure), start(b.Tenure)); c != 0 {
			return c
		}
		return strings.Compare(a.Position.ID, b.Position.ID)
	})
	return out, nil
}

// start is when a tenure is first known of: its Since, else its Until.
func start(t *graph.Tenure) graph.Date {
	if !t.Since.IsZero() {
		return t.Since
	}
	return t.Until
}

// compareDates orders dates, unknown ones last.
func compareDates(a, b graph.Date) int {
	switch {
	case a == b:
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	case a.Before(b):
		return -1
	case b.Before(a):
		return 1
	}
	return strings.Compare(a.String(), b.String())
}

// maxPartDepth bounds how deep Members goes into an organization's parts.
const maxPartDepth = 3

// Members returns who holds or held positions in an organization and its
// parts (three levels down), sorted by organization, position and person
// names. The tenures have no Sources.
func (e *Engine) Members(ctx context.Context, org *graph.Entity) ([]Holding, error) {
	seen := map[string]bool{org.ID: true}
	all, frontier := []string{org.ID}, []string{org.ID}
	for d := 0; d < maxPartDepth && len(frontier) > 0; d++ {
		nbs, err := e.links(ctx, frontier, graph.PartOf)
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
	posNbs, err := e.links(ctx, all, graph.PositionIn)
	if err != nil {
		return nil, err
	}
	var positions []string
	orgsOf := map[string][]string{}
	for _, nb := range posNbs {
		if !nb.Forward {
			positions = append(positions, nb.To)
			orgsOf[nb.To] = append(orgsOf[nb.To], nb.From)
		}
	}
	positions = uniq(positions)
	tenures, posEnts, err := e.tenures(ctx, positions, nil, nil)
	if err != nil {
		return nil, err
	}
	ids := slices.Clone(all)
	for _, byPerson := range tenures {
		for p := range byPerson {
			ids = append(ids, p)
		}
	}
	ents, err := e.entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []Holding
	for _, pos := range positions {
		for _, o := range uniq(orgsOf[pos]) {
			for p, t := range tenures[pos] {
				out = append(out, Holding{Person: entity(ents, p), Position: entity(posEnts, pos), Organization: entity(ents, o), Tenure: t})
			}
		}
	}
	slices.SortFunc(out, func(a, b Holding) int {
		return cmp.Or(strings.Compare(a.Organization.Name, b.Organization.Name), strings.Compare(a.Position.Name, b.Position.Name),
			strings.Compare(a.Person.Name, b.Person.Name), strings.Compare(a.Organization.ID, b.Organization.ID),
			strings.Compare(a.Position.ID, b.Position.ID), strings.Compare(a.Person.ID, b.Person.ID))
	})
	return out, nil
}

// Tenures returns the tenure of every holding in g, computed from every
// statement of its position in the store, so that an export of part of
// the store (around an entity) gives each holding the tenure the whole
// store gives it. whole says g is the store's whole graph: its own facts
// are then all there is, and the store is not read again.
func (e *Engine) Tenures(ctx context.Context, g *graph.Graph, whole bool) (map[graph.Holding]*graph.Tenure, error) {
	if whole {
		soleRole, err := e.soleRoles()
		if err != nil {
			return nil, err
		}
		return g.Tenures(soleRole), nil
	}
	var positions []string
	for _, p := range g.Entities(graph.Position) {
		positions = append(positions, p.ID)
	}
	out := map[graph.Holding]*graph.Tenure{}
	if len(positions) == 0 {
		return out, nil
	}
	persons := map[string]bool{}
	for _, p := range g.Entities(graph.Person) {
		persons[p.ID] = true
	}
	tenures, _, err := e.tenures(ctx, positions, persons, nil)
	if err != nil {
		return nil, err
	}
	for pos, byPerson := range tenures {
		for p, t := range byPerson {
			if persons[p] {
				out[graph.Holding{Person: p, Position: pos}] = t
			}
		}
	}
	return out, nil
}

// Holders returns who holds or held a position, earliest first, each with
// the tenure positions and members give (without Sources).
func (e *Engine) Holders(ctx context.Context, position *graph.Entity) ([]Holding, error) {
	tenures, ents, err := e.tenures(ctx, []string{position.ID}, nil, nil)
	if err != nil {
		return nil, err
	}
	var ids []string
	for p := range tenures[position.ID] {
		ids = append(ids, p)
	}
	people, err := e.entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	orgOf, err := e.organizations(ctx, []string{position.ID})
	if err != nil {
		return nil, err
	}
	var org *graph.Entity
	if o, ok := orgOf[position.ID]; ok {
		orgs, err := e.entities(ctx, []string{o})
		if err != nil {
			return nil, err
		}
		org = entity(orgs, o)
	}
	out := make([]Holding, 0, len(ids))
	for p, t := range tenures[position.ID] {
		out = append(out, Holding{Person: entity(people, p), Position: entity(ents, position.ID), Organization: org, Tenure: t})
	}
	slices.SortFunc(out, func(a, b Holding) int {
		if c := compareDates(start(a.Tenure), start(b.Tenure)); c != 0 {
			return c
		}
		return strings.Compare(a.Person.ID, b.Person.ID)
	})
	return out, nil
}
