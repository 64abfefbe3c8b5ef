package jsonld

import (
	"strings"

	"kg/export/rdf"
	"kg/graph"
)

// The vocabulary: terms are schema.org names (the document's @vocab) or
// kg's own, with the prefix "kg:"; the IRIs are those of package
// kg/export/rdf, so that this document and the N-Quads export say the
// same things with the same IRIs.
const vocab = rdf.Schema

// schema.org and kg types, as terms of the context.
const (
	typePerson        = "Person"
	typeEvent         = "Event"
	typeArticle       = "NewsArticle"
	typePlace         = "Place"
	typeThing         = "Thing" // an entity of a kind this writer does not know
	typeParticipation = "kg:Participation"
)

// contextMembers are the members of the document's inline context, in the
// order written: schema.org as the vocabulary, kg's own vocabulary and XML
// Schema as prefixes, names tagged as Vietnamese, and url typed as
// xsd:anyURI.
func contextMembers() [][2]string {
	return [][2]string{
		{"@vocab", `"` + rdf.Schema + `"`},
		{"kg", `"` + rdf.KG + `"`},
		{"xsd", `"` + rdf.XSD + `"`},
		{"name", `{"@language": "` + rdf.LangVI + `"}`},
		{"alternateName", `{"@language": "` + rdf.LangVI + `"}`},
		{"headline", `{"@language": "` + rdf.LangVI + `"}`},
		{"roleName", `{"@language": "` + rdf.LangVI + `"}`},
		{"url", `{"@type": "xsd:anyURI"}`},
	}
}

// local is the term of a schema.org IRI.
func local(iri string) string { return strings.TrimPrefix(iri, rdf.Schema) }

// orgType is the schema.org type of an organization.
func orgType(e *graph.Entity) string { return local(rdf.OrgType(e)) }

// iri is the @id of the entity with the given ID.
func iri(id string) string { return rdf.EntityIRI(id) }

// roleTerm is the kg: term of an attendance role.
func roleTerm(r graph.Relation) string {
	return "kg:" + strings.TrimPrefix(rdf.Predicate(r), rdf.KG)
}

// date is the typed value of a date, nil for a zero or impossible one.
func date(d graph.Date) *dateValue {
	dt := rdf.DateType(d)
	if dt == "" {
		return nil
	}
	return &dateValue{Value: d.String(), Type: "xsd:" + strings.TrimPrefix(dt, rdf.XSD)}
}
