package rdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/graph"
)

// EntityIRI is the IRI of the entity with the given ID: EntityPrefix and
// the ID, percent-encoded where an IRI needs it. Letters, marks and digits
// of any script stay as they are (IRIs allow them, so Vietnamese IDs stay
// readable); ASCII is kept only for unreserved characters and ":"; every
// other byte, bidirectional controls and invalid UTF-8 included, is
// escaped. "/" is escaped, so that RoleIRI and ParticipationIRI can use it
// as a separator.
func EntityIRI(id string) string {
	plain := true
	for i := 0; i < len(id); i++ {
		if !keepASCII(id[i]) {
			plain = false
			break
		}
	}
	if plain {
		return EntityPrefix + id
	}
	var b strings.Builder
	b.Grow(len(EntityPrefix) + len(id) + len(id)/2)
	b.WriteString(EntityPrefix)
	writeIRI(&b, id)
	return b.String()
}

// RoleIRI is the IRI of the Role of a person, whose IRI is given, in a
// position, whose ID is given.
func RoleIRI(personIRI, position string) string {
	return personIRI + "/" + Escape(position)
}

// ParticipationIRI is the IRI of the participation in an event, whose
// IRI is given, of a person or organization, whose ID is given.
func ParticipationIRI(eventIRI, agent string) string {
	return eventIRI + "/" + Escape(agent)
}

// Escape percent-encodes s as EntityIRI does.
func Escape(s string) string {
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

// KeepASCII reports whether an ASCII byte stays unescaped in an IRI.
func KeepASCII(c byte) bool { return keepASCII(c) }

func keepASCII(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return c == '-' || c == '.' || c == '_' || c == '~' || c == ':'
}

// partyBodies are the words after "Đảng" that name a body of a party
// rather than the party: Đảng bộ (branch), Đảng ủy (committee), Đảng đoàn
// (party group), with both placements of the tone mark.
var partyBodies = [...]string{"bộ", "ủy", "uỷ", "đoàn"}

// OrgType is the schema.org type IRI of an organization.
func OrgType(e *graph.Entity) string {
	if int(e.Class) >= len(orgTypes) {
		return TypeOrganization
	}
	if e.Class == graph.OrgParty && IsParty(e.Name) {
		return TypeParty
	}
	return orgTypes[e.Class]
}

// IsParty reports whether a party body's name names a party itself
// ("Đảng Cộng sản Việt Nam", "Đảng Nhân dân Cách mạng Lào"), not one of
// its bodies ("Đảng bộ tỉnh Bắc Giang", "Đảng ủy Khối").
func IsParty(name string) bool {
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
