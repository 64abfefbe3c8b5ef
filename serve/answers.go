package serve

// This file is the one seam between the web application and the answers
// of `kg query` (positions with their tenure, events with roles, members,
// attendees with their positions then, the path between two entities):
// the pages ask the answerer interface below, and package graph/query
// answers it, as it answers kg query, so that both give the same.

import (
	"context"
	"fmt"
	"slices"

	"kg/graph"
	"kg/graph/query"
)

// answerer is what the pages ask beyond graph.Reader's plain reads.
// Its methods may be called at once from several goroutines.
type answerer interface {
	Positions(ctx context.Context, person string) ([]PositionRow, error)
	Events(ctx context.Context, person string) ([]EventRow, error)
	Members(ctx context.Context, org string) ([]MemberRow, error)
	Attendees(ctx context.Context, event string) ([]AttendeeRow, error)
	// Path returns a shortest chain of facts from a to b, at most
	// maxDepth facts long, or an error wrapping graph.ErrNoPath.
	Path(ctx context.Context, a, b string, maxDepth int) ([]graph.Fact, error)
	// Holders returns who holds or held a position, with their tenures.
	Holders(ctx context.Context, pos *graph.Entity) ([]query.Holding, error)
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

// reader answers with a query engine over a graph.Reader, one engine per
// answer (an engine caches what it reads, and is not safe for concurrent
// use). sole says which roles one person holds at a time in an
// organization (see graph.Sole); nil: none.
type reader struct {
	r    graph.Reader
	sole func(role, org string) bool
}

func (a reader) engine() *query.Engine { return query.New(a.r, query.Options{Sole: a.sole}) }

// one loads the entity of id; an ID of no entity is an error wrapping
// graph.ErrNoEntity.
func (a reader) one(ctx context.Context, id string) (*graph.Entity, error) {
	ents, err := a.r.Entities(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if len(ents) == 0 {
		return nil, fmt.Errorf("%s: %w", id, graph.ErrNoEntity)
	}
	return ents[0], nil
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
	p, err := a.one(ctx, person)
	if err != nil {
		return nil, err
	}
	held, err := a.engine().Positions(ctx, p)
	if err != nil {
		return nil, err
	}
	out := make([]PositionRow, len(held))
	for i, h := range held {
		out[i] = PositionRow{Position: h.Position, Organization: h.Organization, Since: h.Tenure.Since,
			LastStated: h.Tenure.LastStated, Former: h.Tenure.Former, Articles: len(h.Tenure.Sources)}
	}
	return out, nil
}

func (a reader) Events(ctx context.Context, person string) ([]EventRow, error) {
	p, err := a.one(ctx, person)
	if err != nil {
		return nil, err
	}
	atts, err := a.engine().EventRoles(ctx, p) // no statements: the page shows none
	if err != nil {
		return nil, err
	}
	out := make([]EventRow, len(atts))
	for i, at := range atts {
		out[i] = EventRow{Event: at.Event, Roles: at.Roles}
	}
	return out, nil
}

func (a reader) Members(ctx context.Context, org string) ([]MemberRow, error) {
	o, err := a.one(ctx, org)
	if err != nil {
		return nil, err
	}
	held, err := a.engine().Members(ctx, o)
	if err != nil {
		return nil, err
	}
	out := make([]MemberRow, len(held))
	for i, h := range held {
		out[i] = MemberRow{Organization: h.Organization, Position: h.Position, Person: h.Person,
			Since: h.Tenure.Since, Former: h.Tenure.Former}
	}
	return out, nil
}

func (a reader) Attendees(ctx context.Context, event string) ([]AttendeeRow, error) {
	ev, err := a.one(ctx, event)
	if err != nil {
		return nil, err
	}
	atts, err := a.engine().AttendeeRoles(ctx, ev)
	if err != nil {
		return nil, err
	}
	out := make([]AttendeeRow, len(atts))
	for i, at := range atts {
		out[i] = AttendeeRow{Person: at.Person, Roles: at.Roles, Positions: at.Positions}
	}
	return out, nil
}

func (a reader) Path(ctx context.Context, from, to string, maxDepth int) ([]graph.Fact, error) {
	src, err := a.one(ctx, from)
	if err != nil {
		return nil, err
	}
	dst, err := a.one(ctx, to)
	if err != nil {
		return nil, err
	}
	steps, err := a.engine().Path(ctx, src, dst, maxDepth)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Fact, len(steps))
	for i, s := range steps {
		out[i] = s.Fact
	}
	return out, nil
}

func (a reader) Holders(ctx context.Context, pos *graph.Entity) ([]query.Holding, error) {
	return a.engine().Holders(ctx, pos)
}
