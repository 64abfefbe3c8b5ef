// Package rdf maps a knowledge graph to RDF, for the N-Quads, Turtle and
// JSON-LD exports and for kg publish: the terms (IRIs and typed or
// language-tagged literals), the vocabulary (schema.org, kg's own under
// urn:kg:vocab:, XML Schema datatypes) as constants in one place, the
// IRIs of entities, roles, participations, facts and sentences, and the
// dataset: an entities graph and one named graph per article (FromGraph,
// Each). The mapping is documented in docs/formats.md.
//
// The serializations live in their own packages (kg/export/nquads,
// kg/export/turtle); this one holds the N-Triples term syntax they share
// (AppendTerm, AppendIRI).
package rdf
