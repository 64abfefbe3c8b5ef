// Package postgres is kg's shared store: a PostgreSQL database, written
// through github.com/jackc/pgx, for teams whose members ingest and query
// one graph from several machines.
//
// # Databases
//
// A store is the kg tables in the current schema of a database (the
// first schema of the connection's search_path, public by default); the
// table kg_store holds the schema version ([SchemaVersion]). [Open]
// creates the tables in an empty schema, and migrates an older version in
// one transaction; it refuses a schema that holds other tables and no
// kg_store ([graph.ErrNotStore]) and a store of a newer version
// ([graph.ErrNewerStore]), and changes nothing of them.
//
// # Writers and readers
//
// Put writes a batch in one transaction. Writers take turns: each holds
// the row of kg_store (SELECT ... FOR UPDATE) from the start of its
// transaction to its end, so that the resolution of persons, which reads
// the groups of mentions of each name and writes them back, never runs
// in two transactions at once. Several kg processes may ingest into one
// store at the same time, on one machine or many: each extracts its
// articles on its own cores and waits its turn to write (up to the lock
// timeout, [WithLockTimeout], then [graph.ErrLocked]). The graph does not
// depend on the order the batches come in. Readers never wait: every read
// method runs in one REPEATABLE READ, READ ONLY transaction, a snapshot
// of the last batches committed.
//
// # SQL
//
// The store keeps to SQL that PostgreSQL-compatible distributed engines
// run: tables with primary keys and B-tree indexes (covering, INCLUDE),
// identity columns, INSERT ... ON CONFLICT, UPDATE ... FROM and INSERT
// ... SELECT FROM unnest(arrays), LATERAL subqueries, COPY FROM STDIN, row
// locks (SELECT ... FOR UPDATE), REPEATABLE READ read-only transactions,
// information_schema. It uses no advisory locks, LISTEN/NOTIFY, large
// objects, triggers, stored procedures or extensions; it sorts in Go, so
// the database's collation does not matter. A transaction that fails with a serialization failure
// or a deadlock (SQLSTATE 40001, 40P01), as a distributed engine may
// report under contention, is run again from its start.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"kg/graph"
)

// DefaultLockTimeout is how long a writer waits for another writer's turn
// unless WithLockTimeout says otherwise.
const DefaultLockTimeout = 30 * time.Second

// connectTimeout bounds a connection attempt that the connection string
// does not bound (connect_timeout).
const connectTimeout = 15 * time.Second

// ErrUnreachable: the database server cannot be reached, or the
// connection to it was lost.
var ErrUnreachable = errors.New("the database server cannot be reached")

// Store is a kg store in a PostgreSQL database. It implements graph.Store.
// Its methods are safe for concurrent use.
type Store struct {
	pool     *pgxpool.Pool
	name     string // the connection string, without password
	readOnly bool
	lock     time.Duration

	// Put calls of this process take turns, as those of other processes
	// do through the lock row.
	write sync.Mutex
	names *nameCache   // what the writer knows is stored; Put holds write
	cache *entityCache // the entities the writer's batches stored; Put holds write

	ends *endCache // the IDs and kinds of entity numbers readers looked up

	closeOnce sync.Once

	// mentionWalk says when TopNeighbors walks the articles that
	// mention an entity (see topNeighbors); a test may change it.
	mentionWalk func(links, want, articles int64) bool
	// walkedArticles is how many articles FirstFact walks to before it
	// lists them all (see walkArticles); a test may change it.
	walkedArticles int

	// afterStage, when set by a test, runs after each stage of Put, inside
	// its transaction.
	afterStage func(stage string)
}

var _ graph.Store = (*Store)(nil)

type options struct {
	lockTimeout time.Duration
	readOnly    bool
}

// Option configures Open.
type Option func(*options)

// WithLockTimeout sets how long a write waits for another writer's turn
// before failing with graph.ErrLocked (DefaultLockTimeout by default; 0
// waits as long as it takes).
func WithLockTimeout(d time.Duration) Option {
	return func(o *options) { o.lockTimeout = d }
}

// ReadOnly opens the store for reading only, as query commands do: the
// store must exist, Put fails, and the connections' transactions are
// read-only.
func ReadOnly() Option {
	return func(o *options) { o.readOnly = true }
}

// keywordDSN matches the start of a keyword/value connection string
// ("host=/run/postgresql dbname=kg").
var keywordDSN = regexp.MustCompile(`^\s*(host|hostaddr|port|dbname|user|password|service|sslmode|application_name)\s*=`)

// IsDSN reports whether s names a PostgreSQL database rather than a
// file: a postgres:// or postgresql:// URL, or a keyword/value
// connection string.
func IsDSN(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://") || keywordDSN.MatchString(s)
}

// passwordField matches a password in a keyword/value connection string.
var passwordField = regexp.MustCompile(`password\s*=\s*('(\\.|[^'])*'|\S+)`)

// Redact returns the connection string s without its password, for
// messages.
func Redact(s string) string {
	if u, err := url.Parse(s); err == nil && u.Scheme != "" {
		return u.Redacted()
	}
	return passwordField.ReplaceAllString(s, "password=xxxxx")
}

// Open opens the store in the database that dsn names (a URL or a
// keyword/value string, as libpq takes them, with the same environment
// variables PGHOST, PGUSER, ... for what it leaves out), creating its
// tables when the schema is empty (unless ReadOnly).
func Open(ctx context.Context, dsn string, opts ...Option) (*Store, error) {
	o := options{lockTimeout: DefaultLockTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	name := Redact(dsn)
	s, err := open(ctx, dsn, name, o)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, dbError(err))
	}
	return s, nil
}

func open(ctx context.Context, dsn, name string, o options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("bad connection string: %w", err)
	}
	cfg.MaxConns = 4
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = connectTimeout
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "kg"
	cfg.AfterConnect = func(ctx context.Context, conn *pgx.Conn) error {
		if o.readOnly {
			// Set on the connection, not as a parameter of its start:
			// PgBouncer refuses parameters it does not know.
			if _, err := conn.Exec(ctx, "SET default_transaction_read_only = on"); err != nil {
				return err
			}
		}
		return noJIT(ctx, conn)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	s := &Store{pool: pool, name: name, readOnly: o.readOnly, lock: o.lockTimeout, mentionWalk: mentionWalk, walkedArticles: walkedArticles,
		names: &nameCache{known: map[nameKey]bool{}}, cache: newEntityCache(), ends: newEndCache()}
	if err := s.initialize(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// noJIT turns off PostgreSQL's compiling of queries to machine code
// (jit) for a connection. The read methods probe indexes once per key
// of a list (see byKey); the planner's cost of thousands of probes passes
// jit_above_cost, and compiling then costs 20-270 ms where the query
// runs in 10-50 (the facts of the reports of a busy event, 100,000
// articles). An engine without the setting has nothing to turn off: its
// error is no error.
func noJIT(ctx context.Context, conn *pgx.Conn) error {
	_, _ = conn.Exec(ctx, "SET jit = off")
	return nil
}

// Close releases the store. It waits for a Put in progress to end.
// Closing a closed store does nothing.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.write.Lock()
		defer s.write.Unlock()
		s.pool.Close()
	})
	return nil
}

// Name returns the store's connection string, without password.
func (s *Store) Name() string { return s.name }

// SQLSTATE codes the store tells apart.
const (
	codeDiskFull         = "53100"
	codeReadOnlyTx       = "25006"
	codePrivilege        = "42501"
	codeLockNotAvailable = "55P03"
	codeSerialization    = "40001"
	codeDeadlock         = "40P01"
	codeNoDatabase       = "3D000"
	codeDuplicateTable   = "42P07"
	codeUniqueViolation  = "23505"
	codeAdminShutdown    = "57P01"
	codeCrashShutdown    = "57P02"
	codeCannotConnectNow = "57P03"
	codeProtocol         = "08P01"
	classConnection      = "08"
)

// dbError maps the driver's errors to the graph package's, so that no
// caller needs to know the driver: a full disk is graph.ErrFull, a
// database that refuses writes graph.ErrReadOnly, a writer's turn not
// come in time graph.ErrLocked, a server gone ErrUnreachable. An error
// already mapped is returned as it is.
func dbError(err error) error {
	if err == nil || errors.Is(err, graph.ErrLocked) || errors.Is(err, graph.ErrFull) ||
		errors.Is(err, graph.ErrReadOnly) || errors.Is(err, ErrUnreachable) ||
		errors.Is(err, graph.ErrNotStore) || errors.Is(err, graph.ErrNewerStore) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == codeDiskFull:
			return fmt.Errorf("%w: %w", graph.ErrFull, err)
		case pe.Code == codeReadOnlyTx:
			return fmt.Errorf("%w: %w", graph.ErrReadOnly, err)
		case pe.Code == codeLockNotAvailable:
			return fmt.Errorf("%w: %w", graph.ErrLocked, err)
		case pe.Code == codeNoDatabase:
			return fmt.Errorf("%w (create it first, for example with createdb)", err)
		case pe.Code == codeProtocol:
			// The server, or a pooler in front of it, answered and refused
			// what kg sent: running again will not help.
			return fmt.Errorf("%w (the server, or a connection pooler in front of it, refused kg's connection)", err)
		case pe.Code == codeAdminShutdown || pe.Code == codeCrashShutdown || pe.Code == codeCannotConnectNow ||
			strings.HasPrefix(pe.Code, classConnection):
			return fmt.Errorf("%w: %w", ErrUnreachable, err)
		}
		return err
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	if errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		strings.Contains(err.Error(), "conn closed") {
		return fmt.Errorf("%w: %w", ErrUnreachable, err)
	}
	return err
}

// retryable reports whether a transaction failed only for running beside
// others, and may be run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == codeSerialization || pe.Code == codeDeadlock)
}

// readTx begins a read-only transaction on one snapshot: every query of a
// read method sees the same batches.
func (s *Store) readTx(ctx context.Context) (pgx.Tx, error) {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, dbError(err)
	}
	return tx, nil
}

// rollback ends a transaction whose work is done or failed; the error of
// a failed rollback is the one that failed the work.
func rollback(tx pgx.Tx) {
	// A fresh context: the caller's may be done, and the connection must
	// not go back to the pool inside a transaction.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = tx.Rollback(ctx)
}
