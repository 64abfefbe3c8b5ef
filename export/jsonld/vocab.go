package jsonld

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/graph"
)

// The vocabulary: every schema.org term the writer uses is spelled in the
// node types of nodes.go (as JSON names) and in the tables below.
const (
	// vocab is the document's @vocab: terms are schema.org names.
	vocab = "https://schema.org/"
	// idPrefix turns an entity ID into an absolute IRI. A URN needs no
	// resolvable host and keeps IDs opaque.
	idPrefix = "urn:kg:"
)

// schema.org types.
const (
	typePerson      = "Person"
	typeEvent       = "Event"
	typeArticle     = "NewsArticle"
	typePlace       = "Place"
	typeThing       = "Thing" // an entity of a kind this writer does not know
	typeRole        = "Role"  // a position with no organization
	typeOrgRole     = "OrganizationRole"
	typeOrg         = "Organization"
	typePartyItself = "PoliticalParty"
)

// orgTypes maps an organization class to its schema.org type. Party
// bodies (Tỉnh ủy, Đảng bộ, Ban Chấp hành) are committees and branches,
// not parties: they stay Organization, and only a party itself becomes
// PoliticalParty (see orgType). The Front and mass organizations are
// state-sponsored, so not NGO; armed forces and delegations have no closer
// type.
var orgTypes = [...]string{
	graph.OrgOther:      typeOrg,
	graph.OrgParty:      typeOrg,
	graph.OrgState:      "GovernmentOrganization",
	graph.OrgFront:      typeOrg,
	graph.OrgMedia:      "NewsMediaOrganization",
	graph.OrgEducation:  "EducationalOrganization",
	graph.OrgBusiness:   "Corporation",
	graph.OrgDelegation: typeOrg,
	graph.OrgArmed:      typeOrg,
}

// partyBodies are the words after "Đảng" that name a body of a party
// rather than the party: Đảng bộ (branch), Đảng ủy (committee), Đảng đoàn
// (party group), with both placements of the tone mark.
var partyBodies = [...]string{"bộ", "ủy", "uỷ", "đoàn"}

// orgType is the schema.org type of an organization.
func orgType(e *graph.Entity) string {
	if int(e.Class) >= len(orgTypes) {
		return typeOrg
	}
	if e.Class == graph.OrgParty && isParty(e.Name) {
		return typePartyItself
	}
	return orgTypes[e.Class]
}

// isParty reports whether a party body's name names a party itself
// ("Đảng Cộng sản Việt Nam", "Đảng Nhân dân Cách mạng Lào"), not one of
// its bodies ("Đảng bộ tỉnh Bắc Giang", "Đảng ủy Khối").
func isParty(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) < 2 || words[0] != "đảng" {
		return false
	}
	for _, w := range partyBodies {
		if words[1] == w {
			return false
		}
	}
	return true
}

// iri is the @id of the entity with the given ID: idPrefix and the ID,
// percent-encoded where an IRI needs it. Letters, marks and digits of any
// script stay as they are (IRIs allow them, so Vietnamese IDs stay
// readable); ASCII is kept only for unreserved characters and ":"; every
// other byte, bidirectional controls and invalid UTF-8 included, is
// escaped. "/" is escaped, so roleIRI can use it as a separator.
func iri(id string) string {
	plain := true
	for i := 0; i < len(id); i++ {
		if !keepASCII(id[i]) {
			plain = false
			break
		}
	}
	if plain {
		return idPrefix + id
	}
	var b strings.Builder
	b.Grow(len(idPrefix) + len(id) + len(id)/2)
	b.WriteString(idPrefix)
	writeIRI(&b, id)
	return b.String()
}

// roleIRI is the @id of the Role of a person, whose @id is given, in a
// position.
func roleIRI(personIRI, position string) string {
	return personIRI + "/" + escapeIRI(position)
}

// escapeIRI percent-encodes s as iri does.
func escapeIRI(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	writeIRI(&b, s)
	return b.String()
}

func writeIRI(b *strings.Builder, s string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if keepASCII(c) {
				b.WriteByte(c)
			} else {
				b.Write([]byte{'%', hex[c>>4], hex[c&15]})
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)) {
			b.WriteString(s[i : i+n])
		} else {
			for _, c := range []byte(s[i : i+n]) {
				b.Write([]byte{'%', hex[c>>4], hex[c&15]})
			}
		}
		i += n
	}
}

// keepASCII reports whether an ASCII byte stays unescaped in an IRI.
func keepASCII(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return c == '-' || c == '.' || c == '_' || c == '~' || c == ':'
}
