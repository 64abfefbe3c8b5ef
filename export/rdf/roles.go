package rdf

import (
	"slices"
	"strings"

	"kg/graph"
)

// Role is a person's position in schema.org's Role pattern: the Person is
// schema:memberOf the Role, the Role is schema:memberOf the Organization.
// Name is the whole title ("Phó Chủ tịch UBND thành phố Hà Nội"),
// RoleName the role in the organization ("Phó Chủ tịch"), so that
// RoleName + " " + an organization's name spells the title.
type Role struct {
	IRI      string
	Person   string // entity IDs
	Position string
	Type     string // TypeOrgRole, or TypeRole for a position in no organization
	Name     string
	RoleName string
	Orgs     []string // organization IDs, sorted
	// Start is the earliest date the position is stated as held; Ended
	// whether it was left, and End the date by which it was, when known
	// (its graph.Tenure): bounds the articles give, not the dates of
	// taking and leaving office. Taken is the date the person was
	// elected or appointed to it, when an article says so.
	Start, End, Taken graph.Date
	Ended             bool
}

// Roles returns the Roles of every person of g in every position held
// (HoldsPosition or ElectedTo), sorted by person and position, with the
// tenures given (as the query layer computes them from the whole store);
// nil computes them from g's own facts, with no succession.
func Roles(g *graph.Graph, tenures map[graph.Holding]*graph.Tenure) []Role {
	if tenures == nil {
		tenures = g.Tenures(nil)
	}
	kind := func(id string) graph.Kind {
		if e, ok := g.Entity(id); ok {
			return e.Kind
		}
		return 0
	}
	type pair struct{ person, position string }
	held := map[pair]bool{}
	orgs := map[string][]string{}
	for _, f := range g.Facts() {
		switch {
		case (f.Relation == graph.HoldsPosition || f.Relation == graph.ElectedTo) &&
			kind(f.Subject) == graph.Person && kind(f.Object) == graph.Position:
			held[pair{f.Subject, f.Object}] = true
		case f.Relation == graph.PositionIn && kind(f.Subject) == graph.Position &&
			kind(f.Object) == graph.Organization && !slices.Contains(orgs[f.Subject], f.Object):
			orgs[f.Subject] = append(orgs[f.Subject], f.Object)
		}
	}
	out := make([]Role, 0, len(held))
	for k := range held {
		pos, _ := g.Entity(k.position)
		r := Role{IRI: RoleIRI(EntityIRI(k.person), k.position), Person: k.person, Position: k.position,
			Name: pos.Name}
		posOrgs := slices.Sorted(slices.Values(orgs[k.position]))
		r.Type, r.RoleName, r.Orgs = roleIn(g, pos, posOrgs)
		if t := tenures[graph.Holding{Person: k.person, Position: k.position}]; t != nil {
			r.Start, r.Taken = t.Since, t.Taken
			r.Ended = t.Former
			if t.Former {
				r.End = t.Until
			}
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b Role) int {
		if c := strings.Compare(a.Person, b.Person); c != 0 {
			return c
		}
		return strings.Compare(a.Position, b.Position)
	})
	return out
}

// roleIn returns the Role type, role name and organizations of a
// position in orgs. A position with no organization, or whose role name
// is unknown and cannot be cut off its title, is a Role whose roleName is
// the whole title.
func roleIn(g *graph.Graph, pos *graph.Entity, orgs []string) (typ, roleName string, in []string) {
	title := pos.Name
	if title == "" {
		title = pos.Role
	}
	switch {
	case len(orgs) == 0:
		return TypeRole, title, nil
	case pos.Role != "":
		return TypeOrgRole, pos.Role, orgs
	}
	for _, id := range orgs {
		if o, _ := g.Entity(id); o.Name != "" {
			if role, ok := strings.CutSuffix(pos.Name, " "+o.Name); ok && strings.TrimSpace(role) != "" {
				return TypeOrgRole, role, []string{id}
			}
		}
	}
	return TypeRole, title, nil
}
