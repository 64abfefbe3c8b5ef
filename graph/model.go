package graph

import (
	"cmp"
	"fmt"
	"strings"
)

// Kind is the kind of an entity.
type Kind uint8

// The kinds of entity.
const (
	Person Kind = iota + 1
	Organization
	Position
	Event
	Article
	Place
)

var kindNames = [...]string{
	Person:       "person",
	Organization: "organization",
	Position:     "position",
	Event:        "event",
	Article:      "article",
	Place:        "place",
}

// Kinds lists every kind in a fixed order.
func Kinds() []Kind { return []Kind{Person, Organization, Position, Event, Article, Place} }

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// ParseKind is the inverse of Kind.String.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds() {
		if k.String() == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("unknown entity kind %q", s)
}

// Relation is the type of a fact.
type Relation uint8

// The relations. The comment gives the kinds of subject and object.
const (
	HoldsPosition Relation = iota + 1 // Person → Position
	PositionIn                        // Position → Organization
	Attended                          // Person → Event
	Organized                         // Organization → Event
	Presided                          // Person → Event (chủ trì)
	SpokeAt                           // Person → Event (phát biểu)
	ElectedAt                         // Person → Event (được bầu tại)
	Hosted                            // Person → Event (tiếp, đón: received a delegation)
	ElectedTo                         // Person → Position (được bầu giữ chức)
	PartOf                            // Organization → Organization
	LocatedIn                         // Organization or Event → Place
	AuthorOf                          // Person → Article
	PublisherOf                       // Organization → Article
	Mentions                          // Article → any entity
)

type relationInfo struct {
	name  string // stable identifier, used in stores and JSON
	label string // Vietnamese label for diagrams
}

var relations = [...]relationInfo{
	HoldsPosition: {"holds_position", "giữ chức"},
	PositionIn:    {"position_in", "thuộc"},
	Attended:      {"attended", "dự"},
	Organized:     {"organized", "tổ chức"},
	Presided:      {"presided", "chủ trì"},
	SpokeAt:       {"spoke_at", "phát biểu"},
	ElectedAt:     {"elected_at", "được bầu tại"},
	Hosted:        {"hosted", "đón tiếp"},
	ElectedTo:     {"elected_to", "được bầu giữ chức"},
	PartOf:        {"part_of", "trực thuộc"},
	LocatedIn:     {"located_in", "tại"},
	AuthorOf:      {"author_of", "tác giả"},
	PublisherOf:   {"publisher_of", "xuất bản"},
	Mentions:      {"mentions", "nhắc đến"},
}

// Relations lists every relation in a fixed order.
func Relations() []Relation {
	out := make([]Relation, 0, len(relations)-1)
	for r := HoldsPosition; int(r) < len(relations); r++ {
		out = append(out, r)
	}
	return out
}

func (r Relation) String() string {
	if int(r) < len(relations) && relations[r].name != "" {
		return relations[r].name
	}
	return fmt.Sprintf("relation(%d)", uint8(r))
}

// Label is the relation's Vietnamese label, as drawn on diagrams.
func (r Relation) Label() string {
	if int(r) < len(relations) && relations[r].label != "" {
		return relations[r].label
	}
	return r.String()
}

// ParseRelation is the inverse of Relation.String.
func ParseRelation(s string) (Relation, error) {
	for _, r := range Relations() {
		if r.String() == s {
			return r, nil
		}
	}
	return 0, fmt.Errorf("unknown relation %q", s)
}

// AtEvent reports whether the relation says its subject was present at the
// event that is its object.
func (r Relation) AtEvent() bool {
	switch r {
	case Attended, Presided, SpokeAt, ElectedAt, Hosted:
		return true
	}
	return false
}

// OrgClass says what sort of body an organization is; exporters map it to
// a vocabulary (schema.org types, diagram colors).
type OrgClass uint8

// The organization classes.
const (
	OrgOther      OrgClass = iota // unknown or none of the below
	OrgParty                      // Party bodies: Đảng bộ, Tỉnh ủy, Ban Chấp hành, ...
	OrgState                      // State bodies: Quốc hội, UBND, HĐND, Bộ, Sở, ...
	OrgFront                      // Mặt trận Tổ quốc and mass organizations
	OrgMedia                      // newspapers, broadcasters, news agencies
	OrgEducation                  // schools, universities, academies
	OrgBusiness                   // companies, corporations, banks
	OrgDelegation                 // a visiting or standing delegation (Đoàn)
	OrgArmed                      // army, police
)

var orgClassNames = [...]string{
	OrgOther: "other", OrgParty: "party", OrgState: "state", OrgFront: "front",
	OrgMedia: "media", OrgEducation: "education", OrgBusiness: "business",
	OrgDelegation: "delegation", OrgArmed: "armed",
}

func (c OrgClass) String() string {
	if int(c) < len(orgClassNames) {
		return orgClassNames[c]
	}
	return fmt.Sprintf("orgclass(%d)", uint8(c))
}

// ParseOrgClass is the inverse of OrgClass.String.
func ParseOrgClass(s string) (OrgClass, error) {
	for c, n := range orgClassNames {
		if n == s {
			return OrgClass(c), nil
		}
	}
	return 0, fmt.Errorf("unknown organization class %q", s)
}

// Entity is a node of the graph.
type Entity struct {
	ID      string   // "kind:key", stable across runs
	Kind    Kind     //
	Name    string   // the display name
	Aliases []string // other names it goes by (abbreviated, as written), sorted

	Class OrgClass // organizations
	Role  string   // positions: the role name ("Phó Chủ tịch"); Name is the whole title
	Date  Date     // events: start date; articles: date published
	End   Date     // events: last day, when it spans several
	Text  string   // articles: source path or URL; events: the kind of event ("Đại hội")
}

// Key is the part of an entity ID after the kind.
func (e *Entity) Key() string {
	_, key, _ := strings.Cut(e.ID, ":")
	return key
}

// ID builds an entity ID from a kind and a key.
func ID(k Kind, key string) string { return k.String() + ":" + key }

// KindOf returns the kind that an entity ID names.
func KindOf(id string) Kind {
	name, _, ok := strings.Cut(id, ":")
	if !ok {
		return 0
	}
	k, err := ParseKind(name)
	if err != nil {
		return 0
	}
	return k
}

// Fact is one statement: Subject Relation Object, with its provenance.
type Fact struct {
	Subject  string   // entity ID
	Relation Relation //
	Object   string   // entity ID
	Former   bool     // HoldsPosition: the position was held before (nguyên, từng)
	AsOf     Date     // the date the source states it (the article's date)
	Prov     Provenance
}

// Provenance says where a fact comes from.
type Provenance struct {
	Article string // article entity ID
	Start   int    // byte span of the sentence in the article's text
	End     int
	Rule    string // the extraction rule that produced the fact
}

// Compare orders facts as Less does, then by every remaining field, so
// that facts sort to one order whatever order they came in.
func (f Fact) Compare(o Fact) int {
	switch {
	case f.Less(o):
		return -1
	case o.Less(f):
		return 1
	}
	if c := cmp.Compare(f.Prov.End, o.Prov.End); c != 0 {
		return c
	}
	if c := cmp.Compare(f.AsOf.Year, o.AsOf.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(f.AsOf.Month, o.AsOf.Month); c != 0 {
		return c
	}
	return cmp.Compare(f.AsOf.Day, o.AsOf.Day)
}

// Less orders facts by subject, relation, object, then provenance, so that
// sorted output is deterministic.
func (f Fact) Less(o Fact) bool {
	if f.Subject != o.Subject {
		return f.Subject < o.Subject
	}
	if f.Relation != o.Relation {
		return f.Relation < o.Relation
	}
	if f.Object != o.Object {
		return f.Object < o.Object
	}
	if f.Prov.Article != o.Prov.Article {
		return f.Prov.Article < o.Prov.Article
	}
	if f.Prov.Start != o.Prov.Start {
		return f.Prov.Start < o.Prov.Start
	}
	if f.Prov.Rule != o.Prov.Rule {
		return f.Prov.Rule < o.Prov.Rule
	}
	return !f.Former && o.Former
}
