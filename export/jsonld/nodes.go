package jsonld

// The node objects of the document, one Go type per schema.org type, so
// that encoding/json writes their members in a fixed order. Values that
// point at other nodes are node references ({"@id": ...}), always in
// arrays, sorted; names are plain strings, tagged "vi" by the context;
// dates are typed value objects.

// ref is a node reference.
type ref struct {
	ID string `json:"@id"`
}

// dateValue is a typed date: xsd:date, xsd:gYearMonth, xsd:gYear,
// xsd:gMonthDay or xsd:gMonth, by the parts known.
type dateValue struct {
	Value string `json:"@value"`
	Type  string `json:"@type"`
}

type personNode struct {
	ID            string      `json:"@id"`
	Type          string      `json:"@type"`
	Name          string      `json:"name,omitempty"`
	AlternateName []string    `json:"alternateName,omitempty"`
	MemberOf      []*roleNode `json:"memberOf,omitempty"`
}

// roleNode is a person's position, in schema.org's Role pattern: the
// Person is memberOf the Role, the Role is memberOf the Organization.
// Name is the whole title ("Phó Chủ tịch UBND thành phố Hà Nội"),
// RoleName the role in the organization ("Phó Chủ tịch").
type roleNode struct {
	ID       string `json:"@id"`
	Type     string `json:"@type"`
	Name     string `json:"name,omitempty"`
	RoleName string `json:"roleName,omitempty"`
	MemberOf []ref  `json:"memberOf,omitempty"`
	// StartDate: the date an article says the position was taken (an
	// election, an appointment); HeldOn and LeftBy: the earliest date it
	// is stated as held and the date by which it was left, bounds of
	// the tenure, not its dates
	StartDate *dateValue `json:"startDate,omitempty"`
	HeldOn    *dateValue `json:"kg:heldOn,omitempty"`
	LeftBy    *dateValue `json:"kg:leftBy,omitempty"`
	// Former: the person has left the position, whether or not the date
	// by which they did is known (kg:former, as on the statements)
	Former bool `json:"kg:former,omitempty"`
}

type orgNode struct {
	ID                 string   `json:"@id"`
	Type               string   `json:"@type"`
	Name               string   `json:"name,omitempty"`
	AlternateName      []string `json:"alternateName,omitempty"`
	ParentOrganization []ref    `json:"parentOrganization,omitempty"`
	Location           []ref    `json:"location,omitempty"`
}

type eventNode struct {
	ID            string               `json:"@id"`
	Type          string               `json:"@type"`
	Name          string               `json:"name,omitempty"`
	AlternateName []string             `json:"alternateName,omitempty"`
	StartDate     *dateValue           `json:"startDate,omitempty"`
	EndDate       *dateValue           `json:"endDate,omitempty"`
	Location      []ref                `json:"location,omitempty"`
	Organizer     []ref                `json:"organizer,omitempty"`
	Attendee      []ref                `json:"attendee,omitempty"`
	SubjectOf     []ref                `json:"subjectOf,omitempty"`
	Participation []*participationNode `json:"kg:participation,omitempty"`
}

// participationNode is one person's or organization's presence at an
// event: its roles (kg:attended, kg:presided, kg:spokeAt, kg:hosted,
// kg:electedAt) and, for a person, the Roles of the positions the
// articles reporting it give the person.
type participationNode struct {
	ID           string `json:"@id"`
	Type         string `json:"@type"`
	Agent        ref    `json:"kg:agent"`
	Role         []ref  `json:"kg:role"`
	HeldPosition []ref  `json:"kg:heldPosition,omitempty"`
}

type articleNode struct {
	ID            string     `json:"@id"`
	Type          string     `json:"@type"`
	Headline      string     `json:"headline,omitempty"`
	Name          string     `json:"name,omitempty"`
	DatePublished *dateValue `json:"datePublished,omitempty"`
	URL           string     `json:"url,omitempty"`
	Identifier    string     `json:"identifier,omitempty"`
	Author        []ref      `json:"author,omitempty"`
	Publisher     []ref      `json:"publisher,omitempty"`
	About         []ref      `json:"about,omitempty"`
	Mentions      []ref      `json:"mentions,omitempty"`
	AlternateName []string   `json:"alternateName,omitempty"`
}

type placeNode struct {
	ID               string   `json:"@id"`
	Type             string   `json:"@type"`
	Name             string   `json:"name,omitempty"`
	AlternateName    []string `json:"alternateName,omitempty"`
	ContainedInPlace []ref    `json:"containedInPlace,omitempty"`
}

// thingNode is an entity of a kind the writer does not know.
type thingNode struct {
	ID            string   `json:"@id"`
	Type          string   `json:"@type"`
	Name          string   `json:"name,omitempty"`
	AlternateName []string `json:"alternateName,omitempty"`
}
