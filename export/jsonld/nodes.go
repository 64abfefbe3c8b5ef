package jsonld

// The node objects of the document, one Go type per schema.org type, so
// that encoding/json writes their members in a fixed order. Values that
// point at other nodes are node references ({"@id": ...}), always in
// arrays, sorted; strings are plain literals (no language tag: dates and
// URLs would carry it too).

// ref is a node reference.
type ref struct {
	ID string `json:"@id"`
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
	ID        string `json:"@id"`
	Type      string `json:"@type"`
	Name      string `json:"name,omitempty"`
	RoleName  string `json:"roleName,omitempty"`
	MemberOf  []ref  `json:"memberOf,omitempty"`
	StartDate string `json:"startDate,omitempty"`
	EndDate   string `json:"endDate,omitempty"`
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
	ID            string   `json:"@id"`
	Type          string   `json:"@type"`
	Name          string   `json:"name,omitempty"`
	AlternateName []string `json:"alternateName,omitempty"`
	StartDate     string   `json:"startDate,omitempty"`
	EndDate       string   `json:"endDate,omitempty"`
	Location      []ref    `json:"location,omitempty"`
	Organizer     []ref    `json:"organizer,omitempty"`
	Attendee      []ref    `json:"attendee,omitempty"`
	SubjectOf     []ref    `json:"subjectOf,omitempty"`
}

type articleNode struct {
	ID            string   `json:"@id"`
	Type          string   `json:"@type"`
	Headline      string   `json:"headline,omitempty"`
	Name          string   `json:"name,omitempty"`
	DatePublished string   `json:"datePublished,omitempty"`
	URL           string   `json:"url,omitempty"`
	Identifier    string   `json:"identifier,omitempty"`
	Author        []ref    `json:"author,omitempty"`
	Publisher     []ref    `json:"publisher,omitempty"`
	About         []ref    `json:"about,omitempty"`
	Mentions      []ref    `json:"mentions,omitempty"`
	AlternateName []string `json:"alternateName,omitempty"`
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
