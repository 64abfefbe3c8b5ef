// Package jsonld writes a knowledge graph as JSON-LD 1.1 in the
// schema.org vocabulary, the linked data that search engines and JSON-LD
// processors read. The mapping is documented in docs/formats.md; it is the
// one of the RDF exports (package kg/export/rdf) without the provenance of
// each fact: expanded to RDF, this document gives a subset of the N-Quads
// export's statements.
//
// # Document
//
// One object with an inline context, so that a processor expands it
// offline: schema.org as @vocab, the prefixes kg: (kg's own terms) and
// xsd:, names (name, alternateName, headline, roleName) tagged "vi", url
// typed xsd:anyURI; and a "@graph" array of node objects sorted by entity
// ID. Node IDs are "urn:kg:" followed by the entity ID, percent-encoded
// where an IRI needs it; the same graph gives the same bytes.
//
// # Mapping
//
//   - Person: name, alternateName (aliases), memberOf its positions.
//   - Position: no node of its own. Each person holding it (HoldsPosition
//     or ElectedTo) gets a Role node, schema.org's pattern for a
//     membership with a role: Person memberOf OrganizationRole memberOf
//     Organization, with roleName the role ("Phó Chủ tịch"), name the
//     whole title, startDate the date an article says it was taken (an
//     election or an appointment) and no other, kg:heldOn the earliest
//     date it is stated as held, and, when the person has left it,
//     kg:former true and kg:leftBy the date by which they did, when known
//     (its [graph.Tenure]): the articles give bounds of a tenure, seldom
//     its start and end. A position in no organization gives a Role
//     whose roleName is the whole title ("Thị trưởng thành phố Asan"), so
//     that readers of roleName + organization name read the whole title.
//   - Organization: a schema.org type by class (state:
//     GovernmentOrganization, media: NewsMediaOrganization, education:
//     EducationalOrganization, business: Corporation, a party itself:
//     PoliticalParty, other: Organization), parentOrganization (PartOf),
//     location (LocatedIn).
//   - Event: name, startDate and endDate, attendee (every person or
//     organization present: attended, presided, spoke, was elected,
//     hosted), organizer, location, subjectOf (the articles about it),
//     and kg:participation: one kg:Participation per attendee, with its
//     kg:role (kg:attended, kg:presided, kg:spokeAt, kg:hosted,
//     kg:electedAt) and kg:heldPosition, the Roles of the positions the
//     articles reporting the event give the person.
//   - Article: NewsArticle with headline and name, datePublished, url (or
//     identifier, for a path), author, publisher, about (events),
//     mentions (everything else it mentions but positions).
//   - Place: name, containedInPlace.
//
// Dates are typed value objects: xsd:date ("2020-05-16"), xsd:gYearMonth
// ("2020-05"), xsd:gYear ("2020"), xsd:gMonthDay ("--05-16", the year
// unknown) or xsd:gMonth ("--05").
//
// Strings are written as encoding/json writes them, without HTML
// escaping but for "<" and ">" (as \u003c, \u003e), so that the document
// can sit in an HTML <script> element as it is; bidirectional controls
// are escaped too (\u202e).
package jsonld

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"kg/export/rdf"
	"kg/graph"
)

// Options configures Write.
type Options struct {
	// Compact writes the document without indentation and line breaks:
	// smaller, for large graphs read by programs.
	Compact bool
	// Tenures are the tenures of the holdings written (see
	// graph.TenuresOf), for the Roles' startDate and endDate. When nil,
	// they are computed from the graph's own facts, with no succession.
	Tenures map[graph.Holding]*graph.Tenure
}

// Write writes g as a JSON-LD document to w.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	if g == nil {
		return errors.New("write jsonld: nil graph")
	}
	if err := write(w, g, opts); err != nil {
		return fmt.Errorf("write jsonld: %w", err)
	}
	return nil
}

func write(w io.Writer, g *graph.Graph, opts Options) error {
	ix := newIndex(g, opts.Tenures)
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	var ctx strings.Builder
	for i, m := range contextMembers() {
		if i > 0 {
			ctx.WriteString(",")
		}
		if !opts.Compact {
			ctx.WriteString("\n    ")
		}
		ctx.WriteString(`"` + m[0] + `":`)
		if !opts.Compact {
			ctx.WriteString(" ")
		}
		ctx.WriteString(m[1])
	}
	head, sep, tail := "{\"@context\":{"+ctx.String()+"},\"@graph\":[", ",", "]}\n"
	if !opts.Compact {
		enc.SetIndent("    ", "  ")
		head = "{\n  \"@context\": {" + ctx.String() + "\n  },\n  \"@graph\": ["
		sep, tail = ",", "\n  ]\n}\n"
	}
	bw.WriteString(head)
	first := true
	for i, e := range ix.ents {
		n := ix.node(int32(i))
		if n == nil {
			continue
		}
		buf.Reset()
		if err := enc.Encode(n); err != nil {
			return fmt.Errorf("%s: %w", e.ID, err)
		}
		out := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		if !first {
			bw.WriteString(sep)
		}
		first = false
		if !opts.Compact {
			bw.WriteString("\n    ")
		}
		writeSafe(bw, out)
	}
	if first && !opts.Compact {
		tail = "]\n}\n" // "@graph": [] when empty
	}
	bw.WriteString(tail)
	return bw.Flush()
}

// writeSafe writes encoded JSON, escaping "<" and ">", which JSON only
// holds inside strings, so that "</script>" or "]]>" in a name cannot end
// an HTML or XHTML element the document is embedded in; and escaping the
// bidirectional controls (U+202A-U+202E, U+2066-U+2069), so that a name
// cannot make the document display otherwise than it reads.
func writeSafe(bw *bufio.Writer, b []byte) {
	start := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c != '<' && c != '>' && c != 0xe2 { // 0xe2 leads U+2000-U+2FFF
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == '<' || r == '>' || bidiControl(r) {
			bw.Write(b[start:i])
			fmt.Fprintf(bw, `\u%04x`, r)
			start = i + n
		}
		i += n
	}
	bw.Write(b[start:])
}

// bidiControl reports whether r is a bidirectional embedding, override or
// isolate control.
func bidiControl(r rune) bool {
	return (0x202a <= r && r <= 0x202e) || (0x2066 <= r && r <= 0x2069)
}

// node builds the node object of entity i; nil for a position, whose
// Roles are written with their holders.
func (ix *index) node(i int32) any {
	e := ix.ents[i]
	id := ix.iri(i)
	refs := ix.refs(i)
	switch e.Kind {
	case graph.Person:
		return &personNode{ID: id, Type: typePerson, Name: e.Name, AlternateName: e.Aliases,
			MemberOf: ix.roles(i)}
	case graph.Organization:
		return &orgNode{ID: id, Type: orgType(e), Name: e.Name, AlternateName: e.Aliases,
			ParentOrganization: refs[propParent], Location: refs[propLocation]}
	case graph.Position:
		return nil
	case graph.Event:
		return &eventNode{ID: id, Type: typeEvent, Name: e.Name, AlternateName: e.Aliases,
			StartDate: date(e.Date), EndDate: date(e.End),
			Location: refs[propLocation], Organizer: refs[propOrganizer],
			Attendee: refs[propAttendee], SubjectOf: refs[propSubjectOf],
			Participation: ix.participations(i)}
	case graph.Article:
		n := &articleNode{ID: id, Type: typeArticle, Headline: e.Name, Name: e.Name, AlternateName: e.Aliases,
			DatePublished: date(e.Date),
			Author:        refs[propAuthor], Publisher: refs[propPublisher],
			About: refs[propAbout], Mentions: refs[propMentions]}
		if rdf.IsURL(e.Text) {
			n.URL = e.Text
		} else {
			n.Identifier = e.Text
		}
		return n
	case graph.Place:
		return &placeNode{ID: id, Type: typePlace, Name: e.Name, AlternateName: e.Aliases,
			ContainedInPlace: refs[propContainedIn]}
	}
	return &thingNode{ID: id, Type: typeThing, Name: e.Name, AlternateName: e.Aliases}
}

// roles builds the Roles of person i, sorted by position ID.
func (ix *index) roles(i int32) []*roleNode {
	var out []*roleNode
	for _, r := range ix.roleOf[ix.ents[i].ID] {
		n := &roleNode{ID: r.IRI, Type: local(r.Type), Name: r.Name, RoleName: r.RoleName,
			StartDate: date(r.Taken), HeldOn: date(r.Start), LeftBy: date(r.End), Former: r.Ended}
		for _, o := range r.Orgs {
			n.MemberOf = append(n.MemberOf, ref{ix.iri(ix.num[o])})
		}
		out = append(out, n)
	}
	return out
}

// participations builds the participations in event i, sorted by agent.
func (ix *index) participations(i int32) []*participationNode {
	parts := ix.parts[i]
	if len(parts) == 0 {
		return nil
	}
	slices.SortFunc(parts, func(a, b presence) int {
		if c := cmp.Compare(a.agent, b.agent); c != 0 {
			return c
		}
		if c := cmp.Compare(a.role, b.role); c != 0 {
			return c
		}
		return strings.Compare(a.position, b.position)
	})
	var out []*participationNode
	for k, p := range parts {
		if k > 0 && p == parts[k-1] {
			continue
		}
		if k == 0 || p.agent != parts[k-1].agent {
			agent := ix.iri(p.agent)
			out = append(out, &participationNode{ID: rdf.ParticipationIRI(ix.iri(i), ix.ents[p.agent].ID),
				Type: typeParticipation, Agent: ref{agent}})
		}
		n := out[len(out)-1]
		if p.position != "" {
			n.HeldPosition = append(n.HeldPosition, ref{rdf.RoleIRI(ix.iri(p.agent), p.position)})
		} else {
			n.Role = append(n.Role, ref{roleTerm(p.role)})
		}
	}
	return out
}
