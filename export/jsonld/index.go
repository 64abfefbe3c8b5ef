package jsonld

import (
	"cmp"
	"slices"

	"kg/export"
	"kg/export/rdf"
	"kg/graph"
)

// index holds what the nodes are made of: the entities, numbered in order
// of ID, and for each the entities its node points at, read from the
// facts in one pass.
type index struct {
	ents  []*graph.Entity  // sorted by ID
	num   map[string]int32 // entity ID → index in ents
	iris  []string         // @id of each entity, made when first needed
	links [][]link         // per entity: its references, unsorted, with duplicates
	parts [][]presence     // per event: who was there, how, as what
	facts []graph.Fact
	// roleOf holds each person's Roles, by person ID.
	roleOf map[string][]rdf.Role
}

// presence is a role of an agent at an event, or (role zero) a position
// the agent held there.
type presence struct {
	agent    int32
	role     graph.Relation
	position string
}

// link is one reference of an entity's node.
type link struct {
	prop prop
	to   int32
}

// prop is a reference-valued schema.org property.
type prop uint8

const (
	propAttendee prop = iota
	propOrganizer
	propSubjectOf
	propParent
	propLocation
	propContainedIn
	propAuthor
	propPublisher
	propAbout
	propMentions
	nProps
)

func newIndex(g *graph.Graph, tenures map[graph.Holding]*graph.Tenure) *index {
	ix := &index{ents: g.Entities(), facts: g.Facts()}
	n := len(ix.ents)
	ix.num = make(map[string]int32, n)
	for i, e := range ix.ents {
		ix.num[e.ID] = int32(i)
	}
	ix.iris = make([]string, n)
	ix.links = make([][]link, n)
	ix.parts = make([][]presence, n)
	ix.roleOf = map[string][]rdf.Role{}
	for _, r := range rdf.Roles(g, tenures) {
		ix.roleOf[r.Person] = append(ix.roleOf[r.Person], r)
	}
	held := export.HeldPositions(g)
	kind := func(i int32) graph.Kind { return ix.ents[i].Kind }
	add := func(from int32, p prop, to int32) {
		ix.links[from] = append(ix.links[from], link{p, to})
	}
	for _, f := range ix.facts {
		si, ok1 := ix.num[f.Subject]
		oi, ok2 := ix.num[f.Object]
		if !ok1 || !ok2 || si == oi {
			continue
		}
		s, o := kind(si), kind(oi)
		switch r := f.Relation; {
		case r.AtEvent() && (s == graph.Person || s == graph.Organization) && o == graph.Event:
			add(oi, propAttendee, si)
			ix.parts[oi] = append(ix.parts[oi], presence{agent: si, role: r})
			if s == graph.Person {
				for _, p := range held[export.ArticlePerson{Article: f.Prov.Article, Person: f.Subject}] {
					ix.parts[oi] = append(ix.parts[oi], presence{agent: si, position: p})
				}
			}
		case r == graph.Organized && (s == graph.Person || s == graph.Organization) && o == graph.Event:
			add(oi, propOrganizer, si)
		case r == graph.PartOf && s == graph.Organization && o == graph.Organization:
			add(si, propParent, oi)
		case (r == graph.PartOf || r == graph.LocatedIn) && s == graph.Place && o == graph.Place:
			add(si, propContainedIn, oi)
		case r == graph.LocatedIn && (s == graph.Organization || s == graph.Event) && o == graph.Place:
			add(si, propLocation, oi)
		case r == graph.AuthorOf && (s == graph.Person || s == graph.Organization) && o == graph.Article:
			add(oi, propAuthor, si)
		case r == graph.PublisherOf && (s == graph.Person || s == graph.Organization) && o == graph.Article:
			add(oi, propPublisher, si)
		case r == graph.Mentions && s == graph.Article && o == graph.Event:
			add(si, propAbout, oi)
			add(oi, propSubjectOf, si)
		case r == graph.Mentions && s == graph.Article && o != graph.Position:
			// A position has no node: its holders' Roles stand for it.
			add(si, propMentions, oi)
		}
		// An event is the subject of the articles that state facts about
		// it, whether or not the extractor recorded a mention.
		if s != graph.Event && o != graph.Event {
			continue
		}
		ai, ok := ix.num[f.Prov.Article]
		if !ok || kind(ai) != graph.Article || ai == si || ai == oi {
			continue
		}
		for _, ev := range [...]int32{si, oi} {
			if kind(ev) == graph.Event {
				add(ai, propAbout, ev)
				add(ev, propSubjectOf, ai)
			}
		}
	}
	return ix
}

// refs returns the references of entity i's node by property, each list
// sorted by ID and without duplicates.
func (ix *index) refs(i int32) (out [nProps][]ref) {
	links := ix.links[i]
	if len(links) == 0 {
		return out
	}
	slices.SortFunc(links, func(a, b link) int {
		if c := cmp.Compare(a.prop, b.prop); c != 0 {
			return c
		}
		return cmp.Compare(a.to, b.to) // entities are numbered in ID order
	})
	links = slices.Compact(links)
	ix.links[i] = links
	for _, l := range links {
		out[l.prop] = append(out[l.prop], ref{ix.iri(l.to)})
	}
	return out
}

// iri returns the @id of entity i; most are written several times.
func (ix *index) iri(i int32) string {
	if ix.iris[i] == "" {
		ix.iris[i] = iri(ix.ents[i].ID)
	}
	return ix.iris[i]
}
