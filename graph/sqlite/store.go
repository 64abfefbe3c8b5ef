// Package sqlite is kg's default store: one SQLite file, written through
// the pure-Go driver modernc.org/sqlite.
//
// # Files
//
// A store is a SQLite database in WAL mode whose PRAGMA application_id is
// "KGDB" and whose PRAGMA user_version is the schema version
// ([SchemaVersion]). [Open] never writes to a file it did not recognize:
// it reads the header of an existing file first, and refuses anything but
// a kg store ([graph.ErrNotStore]) or a store of a newer schema
// ([graph.ErrNewerStore]), leaving the file as it was. A store of an
// older schema is migrated in one transaction. A missing or empty file
// becomes a new store. The tables are described with the schema
// (schema.go); the view facts shows the facts as rows.
//
// # Processes
//
// Several processes may open one store. Readers are never blocked (WAL);
// a writer takes the write lock when its transaction begins (BEGIN
// IMMEDIATE) and a second writer waits for it up to the lock timeout
// ([WithLockTimeout]), then fails with [graph.ErrLocked]. Within one
// process, Put calls take turns on one write connection, which remembers
// entities and person groups from one batch to the next until another
// process writes to the store.
//
// # Queries
//
// Besides the [graph.Store] methods, a Store answers the queries of kg's
// query command without loading the whole graph: [Store.Search],
// [Store.Around], [Store.FactsOf], [Store.Entities], [Store.Evidence],
// [Store.Neighbors], [Store.FactsBetween] and [Store.FactsBetweenPairs].
// The facts of an entity are found through the articles that list it, so
// that FactsOf and Around cost about the number of articles their
// entities are in, thousands for a province's party committee. The
// neighbor index answers what is joined to what, and by how many
// articles, without reading them: Neighbors costs about the number of
// neighbors, and FactsBetween the articles that name both entities. A
// query goes from entity to entity with Neighbors, then reads the facts
// of the pairs it keeps with FactsBetween.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	msqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"kg/graph"
)

// writePragmas set up the write connection (see open for mmap_size):
// its page cache is 128 MiB (cache_size in KiB, negative), readers' 32
// MiB (dsn): a batch changes tens of megabytes of pages in a big store,
// which a smaller cache writes to the WAL before the commit and reads
// back.
//
// Foreign keys are not checked on it: Put writes a row only with its
// parents, and the tests check the keys of the stores they write (PRAGMA
// foreign_key_check). A statement that may stop half-way through its
// rows (an immediate foreign key, or a constraint whose conflict is
// ABORT, which an upsert's update always has) is given a statement
// journal, a copy of every page the statement changes, made and freed
// at each statement: in a big store, where every statement of Put
// changes hundreds of pages, that was a fifth of ingest's time. So Put's
// statements are INSERT OR FAIL, INSERT OR IGNORE and UPDATE OR FAIL, an
// upsert is an update and an insert of the rows not there, and a failed
// statement rolls back the whole transaction.
const writePragmas = "PRAGMA mmap_size = 0; PRAGMA cache_size = -131072; PRAGMA foreign_keys = OFF"

// DefaultLockTimeout is how long a writer waits for another process's
// write lock unless WithLockTimeout says otherwise.
const DefaultLockTimeout = 5 * time.Second

// Store is a kg store in a SQLite file. It implements graph.Store. Its
// methods are safe for concurrent use.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool

	// Writes go through one connection, whose token a Put holds, with
	// what it remembers of the store between batches.
	write chan *writer

	closeOnce sync.Once
	closeErr  error

	// afterStage, when set by a test, runs after each stage of Put, inside
	// its transaction.
	afterStage func(stage string)
}

var _ graph.Store = (*Store)(nil)

// writer is the store's write connection and its cache.
type writer struct {
	conn  *sql.Conn
	stmts *statements
	cache *cache
}

type options struct {
	lockTimeout time.Duration
	readOnly    bool
	immutable   bool // read-only, and no other process writes (see readable)
}

// Option configures Open.
type Option func(*options)

// WithLockTimeout sets how long a write waits for another process's write
// lock before failing with graph.ErrLocked (DefaultLockTimeout by default).
func WithLockTimeout(d time.Duration) Option {
	return func(o *options) { o.lockTimeout = d }
}

// ReadOnly opens the store for reading only, as query commands do: the
// file must exist, and Put fails.
func ReadOnly() Option {
	return func(o *options) { o.readOnly = true }
}

// Open opens the store in the file at path, creating it when the file does
// not exist (unless ReadOnly).
func Open(path string, opts ...Option) (*Store, error) {
	o := options{lockTimeout: DefaultLockTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	s, err := open(path, o)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, dbError(err))
	}
	return s, nil
}

func open(path string, o options) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	fresh := false
	fi, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !o.readOnly:
		fresh = true
	case err != nil:
		return nil, err
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("not a regular file: %w", graph.ErrNotStore)
	case fi.Size() == 0 && !o.readOnly:
		fresh = true // as SQLite sees it too: a database with nothing in it
	case creationJournal(abs + "-journal"):
		// A store is created in rollback-journal mode (see initialize): a
		// journal of a file that was empty is what a kg stopped while
		// creating the store leaves, with part or all of the store
		// written. SQLite rolls it back to empty when it next writes.
		if o.readOnly {
			return nil, fmt.Errorf("its creation was interrupted (%s-journal is left): ingest into it again to finish it", filepath.Base(abs))
		}
		fresh = true
	}
	version := 0
	if !fresh {
		if version, err = checkHeader(abs); err != nil {
			return nil, err
		}
		// With a WAL to read, the header may be behind it: ask SQLite.
		// Without, asking would create the WAL and its index.
		if fi, err := os.Stat(abs + "-wal"); err == nil && fi.Size() > 0 {
			if version, err = probeVersion(abs, o); err != nil {
				return nil, err
			}
		}
		if version > SchemaVersion {
			return nil, fmt.Errorf("schema version %d, this kg reads up to %d: %w", version, SchemaVersion, graph.ErrNewerStore)
		}
	}
	if o.readOnly && version < SchemaVersion {
		return nil, fmt.Errorf("schema version %d is older than %d: %w", version, SchemaVersion, graph.ErrOlderStore)
	}

	db, err := sql.Open("sqlite", dsn(abs, o))
	if err != nil {
		return nil, err
	}
	if o.readOnly {
		if db, err = readable(db, abs, o); err != nil {
			return nil, err
		}
	}
	db.SetMaxIdleConns(4)
	s := &Store{db: db, path: abs, readOnly: o.readOnly}
	if !o.readOnly {
		if err := s.initialize(version); err != nil {
			db.Close()
			return nil, err
		}
		conn, err := db.Conn(context.Background())
		if err != nil {
			db.Close()
			return nil, dbError(err)
		}
		// Put reads pages all over the file, and every page of the map it
		// touches stays in the process's resident memory until the store
		// is closed: 600 MB of a store of 100k articles. Read through
		// its own page cache instead, Put is as fast and its memory stays
		// the cache's (SQLite's memory is outside the Go heap and its
		// limit).
		if err := setUpWriter(conn); err != nil {
			conn.Close()
			db.Close()
			return nil, dbError(err)
		}
		s.write = make(chan *writer, 1)
		s.write <- &writer{conn: conn, cache: newCache(),
			stmts: &statements{db: db, byKey: map[chunkKey]*sql.Stmt{}}}
	}
	return s, nil
}

// initialize migrates the store if needed and turns WAL on.
func (s *Store) initialize(version int) error {
	ctx := context.Background()
	if version < SchemaVersion {
		// Created in rollback-journal mode, so that application_id and
		// user_version are in the main file's header before WAL starts:
		// checkHeader can then trust the header's application_id.
		if err := migrate(ctx, s.db); err != nil {
			return err
		}
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return fmt.Errorf("set WAL mode: %w", dbError(err))
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("set WAL mode: journal mode is still %s", mode)
	}
	return nil
}

// dsn is the driver's name for the file at abs: a SQLite URI with the
// pragmas every connection needs.
func dsn(abs string, o options) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", o.lockTimeout.Milliseconds()))
	// Queries read thousands of articles: map the file rather than read
	// it a page a system call at a time.
	q.Add("_pragma", "mmap_size(1073741824)")
	q.Add("_pragma", "cache_size(-32768)") // KiB
	if o.readOnly {
		q.Set("mode", "ro")
		if o.immutable {
			q.Set("immutable", "1")
		}
	} else {
		q.Add("_pragma", "foreign_keys(1)")
		// NORMAL is durable in WAL mode except for the last transactions
		// before a power loss, which ingest can replay.
		q.Add("_pragma", "synchronous(NORMAL)")
		// Small pages: in a big store, a batch changes a row here and
		// there in the indexes of entity IDs, article hashes and
		// sources, neighbors and mentions by person, and each row
		// changed writes its whole page, so a store of 16 KiB pages
		// wrote 4 times the bytes of one of 4 KiB. A long WAL
		// (walCheckpointBytes) copies a page changed by several batches
		// into the file once per checkpoint rather than once per batch.
		q.Add("_pragma", "page_size(4096)") // only while the file is empty
		q.Add("_pragma", "temp_store(MEMORY)")
		q.Set("_txlock", "immediate") // read-only transactions still BEGIN DEFERRED
	}
	return "file:" + escapePath(abs) + "?" + q.Encode()
}

// walCheckpointBytes is how long the WAL grows before the write
// connection copies it into the file (PRAGMA wal_autocheckpoint, in
// pages).
const walCheckpointBytes = 256 << 20

// setUpWriter sets the pragmas of the write connection.
func setUpWriter(conn *sql.Conn) error {
	ctx := context.Background()
	if _, err := conn.ExecContext(ctx, writePragmas); err != nil {
		return err
	}
	var pageSize int
	if err := conn.QueryRowContext(ctx, "PRAGMA page_size").Scan(&pageSize); err != nil {
		return err
	}
	_, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA wal_autocheckpoint = %d", walCheckpointBytes/max(pageSize, 512)))
	return err
}

// escapePath escapes what a SQLite URI path cannot hold as is.
func escapePath(p string) string {
	p = filepath.ToSlash(p)
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return r.Replace(p)
}

// sqliteMagic starts every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

// checkHeader refuses a file that is not a SQLite database with kg's
// application ID, reading its first 100 bytes only, and returns the
// schema version the header gives. The header is enough for the
// application ID: kg sets it when it creates a store, before WAL mode,
// and never changes it.
func checkHeader(abs string) (int, error) {
	f, err := os.Open(abs)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return 0, fmt.Errorf("too short for a SQLite database: %w", graph.ErrNotStore)
		}
		return 0, err
	}
	if !bytes.HasPrefix(h[:], []byte(sqliteMagic)) {
		return 0, fmt.Errorf("not a SQLite database: %w", graph.ErrNotStore)
	}
	if app := binary.BigEndian.Uint32(h[68:72]); app != ApplicationID {
		return 0, fmt.Errorf("SQLite database with application id %#x: %w", app, graph.ErrNotStore)
	}
	return int(int32(binary.BigEndian.Uint32(h[60:64]))), nil
}

// journalMagic starts every SQLite rollback journal.
const journalMagic = "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"

// creationJournal says whether the file at path is a rollback journal of a
// database that was empty when the transaction began: its header gives
// the database's size before it, in pages, at offset 16.
func creationJournal(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var h [28]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return false
	}
	return string(h[:8]) == journalMagic && binary.BigEndian.Uint32(h[16:20]) == 0
}

// readable checks that a store opened read-only can be read. A WAL store
// is read through an index beside it (-shm) that SQLite creates; in a
// folder this process may not write, it cannot, and every read fails.
// When there is no WAL to read, the main file holds the whole store, and
// it is read as immutable instead (which a writer in another process, one
// allowed to write to the folder, would make unsafe: kg does not look for
// one).
func readable(db *sql.DB, abs string, o options) (*sql.DB, error) {
	var v int
	err := db.QueryRow("PRAGMA user_version").Scan(&v)
	if err == nil {
		return db, nil
	}
	db.Close()
	var e *msqlite.Error
	if !errors.As(err, &e) || e.Code()&0xff != sqlite3.SQLITE_READONLY && e.Code()&0xff != sqlite3.SQLITE_CANTOPEN {
		return nil, dbError(err)
	}
	if fi, serr := os.Stat(abs + "-wal"); serr == nil && fi.Size() > 0 {
		return nil, fmt.Errorf("read: it has a WAL to read, and its index cannot be created in the folder: %w", err)
	}
	o.immutable = true
	if db, err = sql.Open("sqlite", dsn(abs, o)); err != nil {
		return nil, err
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		db.Close()
		return nil, fmt.Errorf("read: %w", dbError(err))
	}
	return db, nil
}

// probeVersion reads the schema version of a kg store through a read-only
// connection, which sees what the WAL holds.
func probeVersion(abs string, o options) (int, error) {
	db, err := sql.Open("sqlite", dsn(abs, options{lockTimeout: o.lockTimeout, readOnly: true}))
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var version int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return 0, fmt.Errorf("read schema version: %w", dbError(err))
	}
	return version, nil
}

// Path returns the absolute path of the store's file.
func (s *Store) Path() string { return s.path }

// Close releases the store.
// It waits for a Put in progress to end. Closing a closed store does
// nothing.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		var errs []error
		if s.write != nil {
			w := <-s.write
			errs = append(errs, w.stmts.close(), w.conn.Close())
		}
		errs = append(errs, s.db.Close())
		if err := errors.Join(errs...); err != nil {
			s.closeErr = fmt.Errorf("close store %s: %w", s.path, err)
		}
	})
	return s.closeErr
}

// dbError maps the driver's errors to the graph package's, so that no
// caller needs to know the driver: a busy database is graph.ErrLocked, a
// full disk graph.ErrFull, a file or folder that refuses writes
// graph.ErrReadOnly. An error already mapped is returned as it is.
func dbError(err error) error {
	var e *msqlite.Error
	if err == nil || !errors.As(err, &e) ||
		errors.Is(err, graph.ErrLocked) || errors.Is(err, graph.ErrFull) || errors.Is(err, graph.ErrReadOnly) {
		return err
	}
	switch e.Code() & 0xff {
	case sqlite3.SQLITE_BUSY:
		return fmt.Errorf("%w: %w", graph.ErrLocked, err)
	case sqlite3.SQLITE_FULL:
		return fmt.Errorf("%w: %w", graph.ErrFull, err)
	case sqlite3.SQLITE_READONLY:
		return fmt.Errorf("%w: %w", graph.ErrReadOnly, err)
	}
	return err
}

// readTx begins a read-only transaction: one snapshot for all its queries.
func (s *Store) readTx(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, dbError(err)
	}
	return tx, nil
}
