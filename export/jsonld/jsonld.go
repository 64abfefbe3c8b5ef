// Package jsonld writes a knowledge graph as JSON-LD 1.1 in the
// schema.org vocabulary, the form the evaluation scorer reads
// (/work/shared/eval/SPEC.md).
//
// # Document
//
// One object with an inline context, {"@vocab": "https://schema.org/"},
// so that a processor expands it offline, and a "@graph" array of node
// objects sorted by entity ID. Node IDs are "urn:kg:" followed by the
// entity ID, percent-encoded where an IRI needs it; the same graph gives
// the same bytes.
//
// # Mapping
//
//   - Person: name, alternateName (aliases), memberOf its positions.
//   - Position: no node of its own. Each person holding it (HoldsPosition
//     or ElectedTo) gets a Role node, schema.org's pattern for a
//     membership with a role: Person memberOf OrganizationRole memberOf
//     Organization, with roleName the role ("Phó Chủ tịch"), name the
//     whole title, startDate the earliest date it is stated as held, and,
//     when the person has left it, endDate the date by which they did
//     (its [graph.Tenure]). A position in no organization gives a Role
//     whose roleName is the whole title ("Thị trưởng thành phố Asan"), so
//     that readers of roleName + organization name read the whole title.
//   - Organization: a schema.org type by class (state:
//     GovernmentOrganization, media: NewsMediaOrganization, education:
//     EducationalOrganization, business: Corporation, a party itself:
//     PoliticalParty, other: Organization), parentOrganization (PartOf),
//     location (LocatedIn).
//   - Event: name, startDate and endDate (ISO 8601, "--05-16" when the
//     year is unknown), attendee (every person or organization present:
//     attended, presided, spoke, was elected, hosted), organizer,
//     location, subjectOf (the articles about it).
//   - Article: NewsArticle with headline and name, datePublished, url (or
//     identifier, for a path), author, publisher, about (events),
//     mentions (everything else it mentions but positions).
//   - Place: name, containedInPlace.
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
	ix := newIndex(g)
	if ix.tenures = opts.Tenures; ix.tenures == nil {
		ix.tenures = g.Tenures(nil)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	head, sep, tail := "{\"@context\":{\"@vocab\":\""+vocab+"\"},\"@graph\":[", ",", "]}\n"
	if !opts.Compact {
		enc.SetIndent("    ", "  ")
		head = "{\n  \"@context\": {\n    \"@vocab\": \"" + vocab + "\"\n  },\n  \"@graph\": ["
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
			StartDate: e.Date.String(), EndDate: e.End.String(),
			Location: refs[propLocation], Organizer: refs[propOrganizer],
			Attendee: refs[propAttendee], SubjectOf: refs[propSubjectOf]}
	case graph.Article:
		n := &articleNode{ID: id, Type: typeArticle, Headline: e.Name, Name: e.Name, AlternateName: e.Aliases,
			DatePublished: e.Date.String(),
			Author:        refs[propAuthor], Publisher: refs[propPublisher],
			About: refs[propAbout], Mentions: refs[propMentions]}
		if isURL(e.Text) {
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

// isURL reports whether an article's source is a web address rather than
// a file path.
func isURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")
}

// roles builds the Roles of person i, sorted by position ID.
func (ix *index) roles(i int32) []*roleNode {
	held := ix.holds[i]
	if len(held) == 0 {
		return nil
	}
	slices.SortFunc(held, func(a, b holding) int { return cmp.Compare(a.position, b.position) })
	var out []*roleNode
	for start := 0; start < len(held); {
		p := held[start].position
		end := start
		for end < len(held) && held[end].position == p {
			end++
		}
		start = end
		pos := ix.ents[p]
		r := &roleNode{ID: roleIRI(ix.iri(i), pos.ID), Name: pos.Name}
		r.Type, r.RoleName, r.MemberOf = ix.roleIn(p)
		if t := ix.tenures[graph.Holding{Person: ix.ents[i].ID, Position: pos.ID}]; t != nil {
			r.StartDate = t.Since.String()
			if t.Former {
				r.EndDate = t.Until.String()
			}
		}
		out = append(out, r)
	}
	return out
}

// roleIn returns the Role type, role name and organizations of position
// p, so that roleName + " " + an organization's name spells the title. A
// position with no organization, or whose role name is unknown and cannot
// be cut off its title, is a Role whose roleName is the whole title.
func (ix *index) roleIn(p int32) (typ, roleName string, orgs []ref) {
	pos := ix.ents[p]
	orgs = ix.refs(p)[propPositionIn]
	title := pos.Name
	if title == "" {
		title = pos.Role
	}
	switch {
	case len(orgs) == 0:
		return typeRole, title, nil
	case pos.Role != "":
		return typeOrgRole, pos.Role, orgs
	}
	for _, l := range ix.links[p] {
		if o := ix.ents[l.to]; l.prop == propPositionIn && o.Name != "" {
			if role, ok := strings.CutSuffix(pos.Name, " "+o.Name); ok && strings.TrimSpace(role) != "" {
				return typeOrgRole, role, []ref{{ix.iri(l.to)}}
			}
		}
	}
	return typeRole, title, nil
}
