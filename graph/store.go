package graph

import (
	"context"
	"errors"
)

// Errors a Store returns; test with errors.Is.
var (
	// ErrNotStore: the file exists but is not a kg store.
	ErrNotStore = errors.New("not a kg store")
	// ErrNewerStore: the store was written by a newer kg (schema too new).
	ErrNewerStore = errors.New("store written by a newer kg")
	// ErrOlderStore: a read-only open of a store of an older schema, which
	// opening it for writing migrates.
	ErrOlderStore = errors.New("store written by an older kg")
	// ErrLocked: another process holds the store's write lock.
	ErrLocked = errors.New("store is locked by another kg process")
	// ErrNoArticle: no article with that ID.
	ErrNoArticle = errors.New("no such article")
	// ErrFull: the disk or the database is full; what was stored is kept.
	ErrFull = errors.New("store is full")
	// ErrReadOnly: the store (or its folder, or the database) refuses
	// writes.
	ErrReadOnly = errors.New("store is read-only")
)

// PutStatus says what storing one extraction did.
type PutStatus uint8

// The outcomes of Put for one article.
const (
	Added     PutStatus = iota + 1 // a new article
	Replaced                       // a new version of an article from the same source
	Unchanged                      // the same content was already stored
	Missing                        // a Known extraction whose content is no longer stored: nothing written
)

func (s PutStatus) String() string {
	switch s {
	case Added:
		return "added"
	case Replaced:
		return "replaced"
	case Unchanged:
		return "unchanged"
	case Missing:
		return "missing"
	}
	return "unknown"
}

// PutResult reports one stored extraction.
type PutResult struct {
	Article  string // article entity ID
	Source   string
	Status   PutStatus
	Entities int // entities of the extraction (none of a Known one)
	Facts    int // facts of the extraction
}

// Stats counts what a store holds.
type Stats struct {
	Articles   int
	Entities   map[Kind]int
	Facts      map[Relation]int
	SizeBytes  int64 // on disk, when the store is a file
	Path       string
	SchemaVers int
}

// Writer stores extractions: what ingest needs of a store.
type Writer interface {
	// Put stores a batch of extractions in one transaction: all of them
	// or none. An article whose content is already stored is left alone; a
	// new content from a source already stored replaces that article's
	// facts. Persons are resolved across articles as they are stored.
	Put(ctx context.Context, batch []*Extraction) ([]PutResult, error)
	// HasContent reports, for each content hash (ArticleMeta.Hash),
	// whether the store holds an article of that content: what an ingest
	// need not extract again.
	HasContent(ctx context.Context, hashes []string) ([]bool, error)
}

// Store keeps extractions and answers them back as a resolved graph. The
// SQLite store (package graph/sqlite) is the default; a shared,
// server-based store implements the same interface.
type Store interface {
	Reader
	Writer
	// Close releases the store.
	Close() error
}
