package query

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"kg/graph"
)

// Attendance is one person's presence at one event.
type Attendance struct {
	Event  *graph.Entity
	Person *graph.Entity
	// Roles are the parts the person took (graph.Presided, Hosted,
	// SpokeAt, ElectedAt, Attended), ordered by RoleRank.
	Roles []graph.Relation
	// Positions are those the person held then: the ones the articles
	// that report the presence state, else the last stated as held before
	// the event's date. Attendees fills them; Events leaves them empty.
	Positions []*graph.Entity
	// Fact is the first statement of the presence.
	Fact graph.Fact
}

// RoleNames names the roles, as RoleName does.
func (a *Attendance) RoleNames() []string {
	out := make([]string, len(a.Roles))
	for i, r := range a.Roles {
		out[i] = RoleName(r)
	}
	return out
}

// Attendees returns the people at an event, presiders first, then by
// name, with their roles, the positions they held then, and the first
// statement of each presence.
func (e *Engine) Attendees(ctx context.Context, ev *graph.Entity) ([]Attendance, error) {
	return e.attendees(ctx, ev, true)
}

// AttendeeRoles is Attendees without the statements (each Attendance's
// Fact is left zero): the roles are the event's links, and the facts of
// the thousands of reports of a large event are not read.
func (e *Engine) AttendeeRoles(ctx context.Context, ev *graph.Entity) ([]Attendance, error) {
	return e.attendees(ctx, ev, false)
}

func (e *Engine) attendees(ctx context.Context, ev *graph.Entity, statements bool) ([]Attendance, error) {
	people, ids, err := e.presences(ctx, ev, false, statements)
	if err != nil {
		return nil, err
	}
	ents, err := e.entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	then, err := e.positionsThen(ctx, ids, ev)
	if err != nil {
		return nil, err
	}
	out := make([]Attendance, 0, len(ids))
	for _, id := range ids {
		a := people[id]
		a.Person, a.Positions = entity(ents, id), then[id]
		out = append(out, *a)
	}
	slices.SortFunc(out, func(x, y Attendance) int {
		if c := RoleRank(x.Roles[0]) - RoleRank(y.Roles[0]); c != 0 {
			return c
		}
		if c := strings.Compare(x.Person.Name, y.Person.Name); c != 0 {
			return c
		}
		return strings.Compare(x.Person.ID, y.Person.ID)
	})
	return out, nil
}

// positionsThen returns the positions each person held at an event,
// sorted by ID: those stated by the articles that report their presence,
// else those stated as held (not before) on or before the event's date.
// The first are the positions of the persons' mentions in the reports
// (Reader.ReportPositions), so that an event's page reads neither the
// reports' facts nor every statement of every attendee's positions; the
// statements of a person's positions are read only for the persons the
// reports give none.
func (e *Engine) positionsThen(ctx context.Context, persons []string, ev *graph.Entity) (map[string][]*graph.Entity, error) {
	date := ev.Date
	pairs := make([][2]string, len(persons))
	for i, p := range persons {
		pairs[i] = [2]string{p, ev.ID}
	}
	positions, err := e.r.ReportPositions(ctx, pairs)
	if err != nil {
		return nil, err
	}
	if len(positions) != len(pairs) {
		return nil, fmt.Errorf("positions of %d persons at %s: %d answers", len(pairs), ev.ID, len(positions))
	}
	held := map[string][]string{}
	for i, p := range persons {
		held[p] = append(held[p], positions[i]...)
	}
	var rest []string // the persons the reports give no position
	for _, p := range persons {
		if len(held[p]) == 0 {
			rest = append(rest, p)
		}
	}
	nbs, err := e.links(ctx, rest, holdingRels...)
	if err != nil {
		return nil, err
	}
	var holdings [][2]string
	for _, nb := range nbs {
		if nb.Forward {
			holdings = append(holdings, [2]string{nb.From, nb.To})
		}
	}
	if err := e.fetch(ctx, holdings); err != nil {
		return nil, err
	}
	for _, p := range holdings {
		for _, f := range e.pairs[p] {
			if f.Subject == p[0] && f.Object == p[1] && holdingFact(f) &&
				!f.Former && (date.IsZero() || f.AsOf.IsZero() || !date.Before(f.AsOf)) {
				held[p[0]] = append(held[p[0]], f.Object)
			}
		}
	}
	var all []string
	for p, ps := range held {
		held[p] = uniq(ps)
		all = append(all, held[p]...)
	}
	ents, err := e.entities(ctx, all)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]*graph.Entity, len(persons))
	for _, p := range persons {
		list := make([]*graph.Entity, len(held[p]))
		for i, id := range held[p] {
			list[i] = entity(ents, id)
		}
		out[p] = list
	}
	return out, nil
}

// presences gathers the presences that the links of an entity by the
// relations of presence state: one Attendance per entity at their other
// end (the events of a person, forward; the persons at an event,
// backward), with its roles by RoleRank, and, when statements, the first
// statement of each (Reader.FirstFacts), not all the facts of either: a
// busy person's articles are mostly about other things, a large event's
// reports about other persons. It returns
// them by the other end's ID, and those IDs in the order of the links.
func (e *Engine) presences(ctx context.Context, of *graph.Entity, forward, statements bool) (map[string]*Attendance, []string, error) {
	nbs, err := e.links(ctx, []string{of.ID}, atEvent()...)
	if err != nil {
		return nil, nil, err
	}
	by := map[string]*Attendance{}
	var ids []string
	for _, nb := range nbs {
		if nb.Forward != forward {
			continue
		}
		a := by[nb.To]
		if a == nil {
			a = &Attendance{Person: of}
			if !forward {
				a = &Attendance{Event: of}
			}
			by[nb.To] = a
			ids = append(ids, nb.To)
		}
		if !slices.Contains(a.Roles, nb.Relation) {
			a.Roles = append(a.Roles, nb.Relation)
		}
	}
	for _, a := range by {
		slices.SortStableFunc(a.Roles, func(x, y graph.Relation) int { return RoleRank(x) - RoleRank(y) })
	}
	if !statements {
		return by, ids, nil
	}
	pairs := make([][2]string, len(ids)) // (person, event)
	for i, id := range ids {
		pairs[i] = [2]string{of.ID, id}
		if !forward {
			pairs[i] = [2]string{id, of.ID}
		}
	}
	facts, err := e.r.FirstFacts(ctx, pairs, atEvent())
	if err != nil {
		return nil, nil, err
	}
	if len(facts) != len(pairs) {
		return nil, nil, fmt.Errorf("first statements of %d presences: %d answers", len(pairs), len(facts))
	}
	for i, p := range pairs {
		if facts[i].Relation == 0 {
			return nil, nil, fmt.Errorf("presence of %s at %s: the store has no fact of it", p[0], p[1])
		}
		by[ids[i]].Fact = facts[i]
	}
	return by, ids, nil
}

// holdingFact reports whether f states that its subject holds its object.
func holdingFact(f graph.Fact) bool {
	return f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo
}

// Events returns the events a person attended, earliest first, with the
// roles they took and the first statement of each presence.
func (e *Engine) Events(ctx context.Context, person *graph.Entity) ([]Attendance, error) {
	return e.events(ctx, person, true)
}

// EventRoles is Events without the statements (each Attendance's Fact is
// left zero): what the neighbor index says, without reading the articles
// of a person who attended thousands of events.
func (e *Engine) EventRoles(ctx context.Context, person *graph.Entity) ([]Attendance, error) {
	return e.events(ctx, person, false)
}

func (e *Engine) events(ctx context.Context, person *graph.Entity, statements bool) ([]Attendance, error) {
	by, ids, err := e.presences(ctx, person, true, statements)
	if err != nil {
		return nil, err
	}
	ents, err := e.entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]Attendance, 0, len(ids))
	for _, id := range ids {
		a := by[id]
		a.Event = entity(ents, id)
		out = append(out, *a)
	}
	slices.SortFunc(out, func(x, y Attendance) int {
		if c := compareDates(x.Event.Date, y.Event.Date); c != 0 {
			return c
		}
		return strings.Compare(x.Event.ID, y.Event.ID)
	})
	return out, nil
}
