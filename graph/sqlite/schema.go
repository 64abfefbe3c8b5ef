package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"kg/graph"
)

// SchemaVersion is the version of the schema this package writes, kept in
// PRAGMA user_version.
const SchemaVersion = 4

// ApplicationID marks a SQLite file as a kg store (PRAGMA application_id):
// "KGDB" in ASCII.
const ApplicationID = 0x4B474442

// migrations[i] brings a store from version i to version i+1. Version 0 is
// an empty database, so creating a store is migrating it from 0. A new
// version appends its statements here and bumps SchemaVersion; existing
// entries are never edited.
var migrations = [SchemaVersion]migration{
	0: {sql: schemaV1},
	1: {sql: schemaV2, fill: fillNeighbors},
	2: {sql: schemaV3, fill: fillGroups},
	3: {sql: schemaV4},
}

// migration is one step of migrate: statements, then what derives the
// new tables' rows from the old ones, in the same transaction.
type migration struct {
	sql  string
	fill func(ctx context.Context, tx *sql.Tx) error
}

// schemaV1 is the first schema.
//
// Articles hold their facts: a JSON array, one array a fact (see the view
// facts), whose ends are entity numbers (entities.n). Facts are written
// and deleted an article at a time and read by article, so one row an
// article spares the b-tree work of a row and two indexes a fact, which
// dominates ingest time in a pure-Go SQLite. ends_fts indexes each
// article's entities (articles.ends), so the facts of an entity are found
// through the articles that list it.
//
// A person's entity is its key as extracted ("person:nguyễn đức chung");
// the people a key stands for are the clusters of its mentions' groups
// (person_groups.cluster). A fact's end that is a person resolves through
// the mention of that key in the fact's article.
//
// Kinds, relations and organization classes are stored by name (their
// String), dates as Date.String, so that the file stays readable and does
// not depend on the order of Go constants. Numbers are AUTOINCREMENT:
// never reused, so that a number in stored text never comes to mean
// another row.
const schemaV1 = `
CREATE TABLE articles (
	n         INTEGER PRIMARY KEY AUTOINCREMENT, -- ingest order; never reused
	id        TEXT NOT NULL UNIQUE, -- graph.ArticleID(hash)
	hash      TEXT NOT NULL UNIQUE,
	source    TEXT NOT NULL,
	title     TEXT NOT NULL,
	published TEXT NOT NULL,
	author    TEXT NOT NULL,
	publisher TEXT NOT NULL,
	ends      TEXT NOT NULL, -- numbers of the entities the extraction lists, space-separated
	persons   TEXT NOT NULL, -- numbers of the person keys it mentions, comma-separated
	loops     TEXT NOT NULL, -- numbers of the entities of a fact from one to itself, comma-separated
	facts     TEXT NOT NULL  -- JSON, see the view facts
);
CREATE INDEX articles_source ON articles(source) WHERE source <> '';

-- The texts, apart: queries read many articles' facts and never their
-- text.
CREATE TABLE article_texts (
	n    INTEGER PRIMARY KEY REFERENCES articles(n),
	text TEXT NOT NULL
);
-- Which articles list an entity: articles.ends, indexed word by word.
CREATE VIRTUAL TABLE ends_fts USING fts5(
	ends, content='articles', content_rowid='n', detail=none, tokenize='ascii'
);

-- The facts as rows, for people reading the file.

CREATE VIEW facts AS
SELECT a.n AS article, f.value->>0 AS seq,
	f.value->>1 AS subject, f.value->>2 AS relation, f.value->>3 AS object,
	f.value->>4 AS former, f.value->>5 AS as_of,
	f.value->>6 AS span_start, f.value->>7 AS span_end, f.value->>8 AS rule
FROM articles a, json_each(a.facts) f;

-- How many facts each relation has, for Stats.
CREATE TABLE relation_counts (
	relation TEXT PRIMARY KEY,
	facts    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE entities (
	n        INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: stored JSON refers to numbers
	id       TEXT NOT NULL UNIQUE,
	kind     TEXT NOT NULL,
	name     TEXT NOT NULL,            -- the first name stored
	class    TEXT NOT NULL DEFAULT '',
	role     TEXT NOT NULL DEFAULT '',
	date     TEXT NOT NULL DEFAULT '',
	end_date TEXT NOT NULL DEFAULT '',
	text     TEXT NOT NULL DEFAULT ''
);

-- How many facts each entity is the subject or object of, for ranking
-- search results. A table of its own: a batch changes thousands of
-- counts, and narrow rows keep the pages it writes few.
CREATE TABLE entity_facts (
	n     INTEGER PRIMARY KEY REFERENCES entities(n),
	facts INTEGER NOT NULL
);

-- Every name of an entity, the display name included; folded is
-- graph.Fold's words joined by one space, words their number. names_fts
-- indexes folded. Put fills both FTS tables in bulk at the end of each
-- batch rather than by triggers: FTS5 flushes its pending terms at every
-- statement's savepoint.
CREATE TABLE names (
	n      INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: Put indexes the rows past the last
	entity INTEGER NOT NULL REFERENCES entities(n),
	name   TEXT NOT NULL,
	folded TEXT NOT NULL,
	words  INTEGER NOT NULL,
	UNIQUE (entity, name)
);
CREATE VIRTUAL TABLE names_fts USING fts5(
	folded, content='names', content_rowid='n', detail=none,
	tokenize='unicode61 remove_diacritics 0'
);

-- One row per person key per article: the person as that article
-- describes it. context is graph.PersonMention's lists as entity numbers:
-- "orgs;positions;places;events", each list comma-separated. Keyed by
-- article first, so that a batch appends its mentions. Mentions declare
-- no foreign keys: checking two parents a row costs as much as writing
-- it, and Put writes a mention only with its article and person.
CREATE TABLE person_mentions (
	article INTEGER NOT NULL, -- articles.n
	person  INTEGER NOT NULL, -- entities.n
	grp     INTEGER NOT NULL, -- its group: person_groups.grp
	names   TEXT NOT NULL,    -- JSON array: the name, then the aliases
	context TEXT NOT NULL,
	facts   INTEGER NOT NULL, -- facts of the article about the person
	PRIMARY KEY (article, person)
) WITHOUT ROWID;
-- Also counts a group's facts without reading the mentions.
CREATE INDEX person_mentions_group ON person_mentions(person, grp, facts);

-- The groups of each key's mentions that share evidence (rule 1 of
-- graph.ResolvePersons), kept up to date as mentions come and go, and the
-- resolved person (cluster) each belongs to (graph.ClusterIDs). What
-- changes with every mention (how many, their facts) is not stored:
-- a row changes only when the group's cluster, first article or names do.
-- A cluster's ID is its key's, with a suffix for all but one (see
-- graph.ResolvePersons), so clusters are found through their key.
CREATE TABLE person_groups (
	person  INTEGER NOT NULL REFERENCES entities(n),
	grp     INTEGER NOT NULL, -- a number for the group, unique for the key
	cluster TEXT NOT NULL,    -- the resolved person's ID
	hash    TEXT NOT NULL,    -- the smallest hash of its mentions' articles
	name    TEXT NOT NULL,    -- the person's name in that article
	names   TEXT NOT NULL,    -- JSON array, sorted: every name of its mentions
	PRIMARY KEY (person, grp)
) WITHOUT ROWID;
`

// schemaV2 adds the neighbor index: the distinct (subject, relation,
// object) of the facts, with the number of articles that state each, so
// that the neighbors of an entity named in thousands of articles are
// read without decoding those articles' facts. A row is read from both
// ends: by its key from the subject, by neighbors_object from the
// object.
//
// A person end is its key and the group (person_groups.grp) of its
// mention in the articles counted, 0 for any other end: groups only grow
// and join as articles are added, so that Put moves the rows of a group
// that joined another rather than reading articles again, and a row maps
// to one resolved person on read (person_groups.cluster). Put counts
// again, from their articles, the rows of the persons that lost mentions.
//
// An article's own mentions (facts of relation mentions whose subject is
// the article) are most of the facts and each is stated by one article:
// they are listed on the article's row (articles.mentions) rather than
// in neighbors, which costs Put nothing more than the row it writes.
// They are found from the article through its row, and from the entity
// through the articles that list it (ends_fts), or the articles that
// mention the person (person_mentions); a person an article mentions is
// the article's mention of the key.
const schemaV2 = `
ALTER TABLE articles ADD COLUMN mentions TEXT NOT NULL DEFAULT ''; -- numbers of the entities of its own mentions, comma-separated

CREATE TABLE neighbors (
	subject  INTEGER NOT NULL, -- entities.n
	sgrp     INTEGER NOT NULL, -- person_groups.grp of a person subject, else 0
	relation TEXT NOT NULL,
	object   INTEGER NOT NULL, -- entities.n
	ogrp     INTEGER NOT NULL, -- person_groups.grp of a person object, else 0
	articles INTEGER NOT NULL, -- how many articles state it; rows at 0 are deleted
	PRIMARY KEY (subject, sgrp, relation, object, ogrp)
) WITHOUT ROWID;
CREATE INDEX neighbors_object ON neighbors(object, ogrp, relation);
`

// schemaV3 keeps what resolving a batch's persons needs of their keys'
// earlier mentions, so that a batch reads what its own mentions touch
// rather than every mention of every key it names (see persons.go): what
// rule 2 reads of each group (how many mentions, whether one is placed or
// says anything, the first and last dates), and which group holds each
// context item of a key's mentions. An item's group may since have been
// merged into another: person_merged says into which, so that a merge
// moves no item.
const schemaV3 = `
ALTER TABLE person_groups ADD COLUMN size INTEGER NOT NULL DEFAULT 0;  -- mentions
ALTER TABLE person_groups ADD COLUMN placed INTEGER NOT NULL DEFAULT 0; -- 1: some mention has a place
ALTER TABLE person_groups ADD COLUMN said INTEGER NOT NULL DEFAULT 0;   -- 1: some mention has context
ALTER TABLE person_groups ADD COLUMN first_date TEXT NOT NULL DEFAULT ''; -- graph.PersonGroup.First
ALTER TABLE person_groups ADD COLUMN last_date TEXT NOT NULL DEFAULT '';  -- graph.PersonGroup.Last

-- A context item of a key's mentions (item: entity number << 2 | list,
-- lists as in person_mentions.context) and the group that held it when
-- it was written.
CREATE TABLE person_items (
	person INTEGER NOT NULL, -- entities.n
	item   INTEGER NOT NULL,
	grp    INTEGER NOT NULL, -- person_groups.grp, or person_merged.grp
	PRIMARY KEY (person, item)
) WITHOUT ROWID;

-- A group merged into another, and which.
CREATE TABLE person_merged (
	person   INTEGER NOT NULL,
	grp      INTEGER NOT NULL,
	into_grp INTEGER NOT NULL, -- person_groups.grp, or person_merged.grp
	PRIMARY KEY (person, grp)
) WITHOUT ROWID;
`

// schemaV4 indexes a key's groups apart by whether something is said of
// them: a batch reads those of which something is said, and of the
// others (of a common name, thousands) only the one of the smallest hash
// and those whose hashes start as the hashes at stake (see graph.Inert
// and persons.go), each found by its key and hash.
const schemaV4 = `
CREATE INDEX person_groups_said ON person_groups(person) WHERE said OR placed;
CREATE INDEX person_groups_inert ON person_groups(person, hash) WHERE NOT said AND NOT placed;
`

// migrate brings the store to SchemaVersion in one write transaction. It
// reads the version again inside the transaction, since another process
// may have migrated or created the store meanwhile, and refuses a
// database that is neither empty nor a kg store.
func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", dbError(err))
	}
	defer tx.Rollback()
	var app, version, tables int
	if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		return fmt.Errorf("migrate: %w", dbError(err))
	}
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("migrate: %w", dbError(err))
	}
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return fmt.Errorf("migrate: %w", dbError(err))
	}
	switch {
	case app == 0 && version == 0 && tables == 0: // new
	case app != ApplicationID:
		return fmt.Errorf("application id %#x: %w", app, graph.ErrNotStore)
	case version > SchemaVersion:
		return fmt.Errorf("schema version %d, this kg reads up to %d: %w", version, SchemaVersion, graph.ErrNewerStore)
	case version == SchemaVersion:
		return nil
	}
	for v := version; v < SchemaVersion; v++ {
		m := migrations[v]
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, dbError(err))
		}
		if m.fill == nil {
			continue
		}
		if err := m.fill(ctx, tx); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, dbError(err))
		}
	}
	pragmas := fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, SchemaVersion)
	if _, err := tx.ExecContext(ctx, pragmas); err != nil {
		return fmt.Errorf("migrate: %w", dbError(err))
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", dbError(err))
	}
	return nil
}
