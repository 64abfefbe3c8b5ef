package rdf

import "kg/graph"

// Namespaces. Every IRI of a term kg writes starts with one of them.
const (
	// Schema is schema.org's namespace, as in the JSON-LD export's @vocab.
	Schema = "https://schema.org/"
	// KG is kg's own vocabulary, for what schema.org has no term for:
	// relations as extracted, attendance roles, provenance.
	KG = "urn:kg:vocab:"
	// XSD is XML Schema's datatypes.
	XSD = "http://www.w3.org/2001/XMLSchema#"
	// RDF is RDF's own vocabulary.
	RDFNS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	// EntityPrefix turns an entity ID into an IRI ("urn:kg:person:...").
	EntityPrefix = "urn:kg:"
	// EntitiesGraph names the graph of what no single article states:
	// entity descriptions, persons' roles and their tenure.
	EntitiesGraph = "urn:kg:graph:entities"
	// LangVI is the language tag of names.
	LangVI = "vi"
)

// Datatypes.
const (
	XSDString     = XSD + "string"
	XSDInteger    = XSD + "integer"
	XSDBoolean    = XSD + "boolean"
	XSDAnyURI     = XSD + "anyURI"
	XSDDate       = XSD + "date"
	XSDGYearMonth = XSD + "gYearMonth"
	XSDGYear      = XSD + "gYear"
	XSDGMonthDay  = XSD + "gMonthDay"
	XSDGMonth     = XSD + "gMonth"
)

// RDF terms.
const (
	RDFType      = RDFNS + "type"
	RDFStatement = RDFNS + "Statement"
	RDFSubject   = RDFNS + "subject"
	RDFPredicate = RDFNS + "predicate"
	RDFObject    = RDFNS + "object"
)

// schema.org types.
const (
	TypePerson       = Schema + "Person"
	TypeEvent        = Schema + "Event"
	TypeArticle      = Schema + "NewsArticle"
	TypePlace        = Schema + "Place"
	TypeThing        = Schema + "Thing"
	TypeRole         = Schema + "Role"
	TypeOrgRole      = Schema + "OrganizationRole"
	TypeOrganization = Schema + "Organization"
	TypeParty        = Schema + "PoliticalParty"
)

// schema.org properties.
const (
	PropName               = Schema + "name"
	PropAlternateName      = Schema + "alternateName"
	PropHeadline           = Schema + "headline"
	PropRoleName           = Schema + "roleName"
	PropMemberOf           = Schema + "memberOf"
	PropStartDate          = Schema + "startDate"
	PropEndDate            = Schema + "endDate"
	PropDatePublished      = Schema + "datePublished"
	PropURL                = Schema + "url"
	PropIdentifier         = Schema + "identifier"
	PropAttendee           = Schema + "attendee"
	PropOrganizer          = Schema + "organizer"
	PropSubjectOf          = Schema + "subjectOf"
	PropParentOrganization = Schema + "parentOrganization"
	PropLocation           = Schema + "location"
	PropContainedInPlace   = Schema + "containedInPlace"
	PropAuthor             = Schema + "author"
	PropPublisher          = Schema + "publisher"
	PropAbout              = Schema + "about"
	PropMentions           = Schema + "mentions"
)

// kg's classes and properties.
const (
	// TypePosition is a position as the articles name it, whoever holds
	// it ("Chủ tịch UBND tỉnh Bắc Giang").
	TypePosition = KG + "Position"
	// TypeParticipation is one person's or organization's presence at
	// one event: its roles and the positions the person held there.
	TypeParticipation = KG + "Participation"
	// PropParticipation links an event to its participations.
	PropParticipation = KG + "participation"
	// PropAgent is the person or organization of a participation.
	PropAgent = KG + "agent"
	// PropRole is a role of a participation: the IRI of the relation
	// (kg:attended, kg:presided, kg:spokeAt, kg:hosted, kg:electedAt).
	PropRole = KG + "role"
	// PropHeldPosition is the Role (schema:OrganizationRole) of a person
	// in a position the article reporting the event gives them.
	PropHeldPosition = KG + "heldPosition"
	// Provenance of a statement (an rdf:Statement): its article,
	// sentence (a kg:Sentence), rule, date stated, and whether it says
	// a position was held before.
	PropArticle  = KG + "article"
	PropSentence = KG + "sentence"
	PropRule     = KG + "rule"
	PropAsOf     = KG + "asOf"
	PropFormer   = KG + "former"
	// The bounds the articles give a Role's tenure: the earliest date it
	// is stated as held, and the date by which it was left (schema's
	// startDate is only the date an article says it was taken).
	PropHeldOn = KG + "heldOn"
	PropLeftBy = KG + "leftBy"
	// TypeSentence is a sentence of an article: its text and byte span
	// in the article's text.
	TypeSentence = KG + "Sentence"
	PropText     = KG + "text"
	PropStart    = KG + "start"
	PropEnd      = KG + "end"
	// PropContentHash is written by kg publish into each graph it
	// sends, about the graph: the SHA-256 of the graph's other
	// statements in N-Triples, to send again only graphs that changed.
	PropContentHash = KG + "contentHash"
)

// relationNames are the local names, in the KG namespace, of the
// predicates of the relations.
var relationNames = [...]string{
	graph.HoldsPosition: "holdsPosition",
	graph.PositionIn:    "positionIn",
	graph.Attended:      "attended",
	graph.Organized:     "organized",
	graph.Presided:      "presided",
	graph.SpokeAt:       "spokeAt",
	graph.ElectedAt:     "electedAt",
	graph.Hosted:        "hosted",
	graph.ElectedTo:     "electedTo",
	graph.PartOf:        "partOf",
	graph.LocatedIn:     "locatedIn",
	graph.AuthorOf:      "authorOf",
	graph.PublisherOf:   "publisherOf",
	graph.Mentions:      "mentions",
}

// Predicate is the IRI of a relation's predicate; "" for a relation kg
// does not know.
func Predicate(r graph.Relation) string {
	if int(r) < len(relationNames) && relationNames[r] != "" {
		return KG + relationNames[r]
	}
	return ""
}

// orgTypes maps an organization class to its schema.org type. Party
// bodies (Tỉnh ủy, Đảng bộ, Ban Chấp hành) are committees and branches,
// not parties: they stay Organization, and only a party itself becomes
// PoliticalParty (see OrgType). The Front and mass organizations are
// state-sponsored, so not NGO; armed forces and delegations have no closer
// type.
var orgTypes = [...]string{
	graph.OrgOther:      TypeOrganization,
	graph.OrgParty:      TypeOrganization,
	graph.OrgState:      Schema + "GovernmentOrganization",
	graph.OrgFront:      TypeOrganization,
	graph.OrgMedia:      Schema + "NewsMediaOrganization",
	graph.OrgEducation:  Schema + "EducationalOrganization",
	graph.OrgBusiness:   Schema + "Corporation",
	graph.OrgDelegation: TypeOrganization,
	graph.OrgArmed:      TypeOrganization,
}
