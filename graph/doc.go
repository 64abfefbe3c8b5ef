// Package graph is kg's data model and the knowledge graph built from it.
//
// # Entities and facts
//
// An [Entity] is a person, an organization, a position (a role in an
// organization), an event, an article or a place. A [Fact] joins two
// entities by a typed [Relation] and records where it came from: the
// article, the byte span of the sentence, and the rule of the extractor
// that produced it ([Provenance]).
//
// Facts are the source of truth. github.com/dominikbraun/graph holds at
// most one edge between two vertices, so a [Graph] projects its facts into
// it for traversal, carrying on each edge the list of facts it stands for.
//
// # Identifiers
//
// Entity IDs are stable strings of the form "kind:key", where key is the
// entity's normalized name, as the extractor computes it. Person keys may
// carry a suffix when two different people share a name.
//
// # Stores
//
// A [Store] keeps extractions and answers them back as a resolved Graph;
// kg's default store is an embedded SQLite file (package graph/sqlite), and
// graph/postgres keeps one on a server. Both resolve persons as articles
// arrive, with [KeyGroups]: what [ResolvePersons] would find over every
// mention, from what a batch's own mentions touch.
package graph
