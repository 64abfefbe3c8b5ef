package postgres

import (
	"context"
	"errors"
	"fmt"
	neturl "net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"kg/graph"
	"kg/graph/postgres/pgtest"
	"kg/graph/storetest"
)

// dump describes every table of a database's current schema and its
// rows, to tell whether anything changed.
func dump(t *testing.T, url string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgconnect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var b strings.Builder
	rows, err := conn.Query(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	for _, table := range tables {
		var rowsText string
		err := conn.QueryRow(ctx, fmt.Sprintf(`SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM %q t`, table)).Scan(&rowsText)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s: %s\n", table, rowsText)
	}
	return b.String()
}

func TestNotAStore(t *testing.T) {
	srv := server.Get(t)
	ctx := context.Background()
	db := srv.NewDB(t)
	if err := srv.Exec(ctx, db, `CREATE TABLE payroll (name text, amount int); INSERT INTO payroll VALUES ('Lê Văn Ba', 12)`); err != nil {
		t.Fatal(err)
	}
	url := srv.URL(db)
	before := dump(t, url)
	for _, opts := range [][]Option{nil, {ReadOnly()}} {
		s, err := Open(ctx, url, opts...)
		if err == nil {
			s.Close()
			t.Fatalf("Open %v succeeded", opts)
		}
		if !errors.Is(err, graph.ErrNotStore) {
			t.Errorf("Open: %v, want ErrNotStore", err)
		}
		if !strings.HasPrefix(err.Error(), "open store "+url+": ") {
			t.Errorf("error %q does not say what was done", err)
		}
	}
	if after := dump(t, url); after != before {
		t.Errorf("database changed:\n%s\n%s", before, after)
	}
}

func TestSchemaVersions(t *testing.T) {
	ctx := context.Background()
	t.Run("newer", func(t *testing.T) {
		s, url := newStore(t)
		put(t, s, storetest.NewCorpus(2).Batch(0, 3)...)
		// A newer kg migrates the store while s is open.
		if err := exec(ctx, url, `UPDATE kg_store SET schema_version = $1`, SchemaVersion+1); err != nil {
			t.Fatal(err)
		}
		before := dump(t, url)
		for _, opts := range [][]Option{nil, {ReadOnly()}} {
			if _, err := Open(ctx, url, opts...); !errors.Is(err, graph.ErrNewerStore) {
				t.Errorf("Open %v: %v, want ErrNewerStore", opts, err)
			}
		}
		if _, err := s.Put(ctx, storetest.NewCorpus(2).Batch(3, 5)); !errors.Is(err, graph.ErrNewerStore) {
			t.Errorf("Put into a store a newer kg migrated: %v, want ErrNewerStore", err)
		}
		if after := dump(t, url); after != before {
			t.Error("the newer store changed")
		}
	})
	t.Run("empty, read-only", func(t *testing.T) {
		srv := server.Get(t)
		url := srv.URL(srv.NewDB(t))
		_, err := Open(ctx, url, ReadOnly())
		if !IsEmpty(err) {
			t.Errorf("read-only Open of an empty database: %v, want a request to ingest first", err)
		}
		if got := dump(t, url); got != "" {
			t.Errorf("read-only Open created tables:\n%s", got)
		}
	})
	t.Run("two creators", func(t *testing.T) {
		srv := server.Get(t)
		url := srv.URL(srv.NewDB(t))
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Go(func() {
				s, err := Open(ctx, url)
				if err == nil {
					s.Close()
				}
				errs[i] = err
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Errorf("Open beside other creators: %v", err)
			}
		}
	})
	t.Run("no database", func(t *testing.T) {
		srv := server.Get(t)
		_, err := Open(ctx, srv.URL("nowhere"))
		if err == nil || !strings.Contains(err.Error(), "createdb") {
			t.Errorf("Open of a missing database: %v, want the advice to create it", err)
		}
	})
}

// TestLocking: a writer waits for another's turn up to its lock timeout;
// readers read meanwhile what was committed.
func TestLocking(t *testing.T) {
	ctx := context.Background()
	a, url := newStore(t)
	c := storetest.NewCorpus(2)
	put(t, a, c.Batch(0, 5)...)
	b, err := Open(ctx, url, WithLockTimeout(200*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	r, err := Open(ctx, url, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	holding, release := make(chan struct{}), make(chan struct{})
	a.afterStage = func(stage string) {
		if stage == "articles" {
			close(holding)
			<-release
		}
	}
	var wg sync.WaitGroup
	var aErr error
	wg.Go(func() { _, aErr = a.Put(ctx, c.Batch(5, 10)) })
	<-holding

	start := time.Now()
	_, err = b.Put(ctx, c.Batch(10, 15))
	if !errors.Is(err, graph.ErrLocked) {
		t.Errorf("second writer: %v, want ErrLocked", err)
	}
	if d := time.Since(start); d < 200*time.Millisecond || d > 10*time.Second {
		t.Errorf("second writer gave up after %v, want about 200ms", d)
	}
	st, err := r.Stats(ctx)
	if err != nil {
		t.Fatalf("reader during a write: %v", err)
	}
	if st.Articles != 5 {
		t.Errorf("reader sees %d articles, want 5", st.Articles)
	}
	close(release)
	wg.Wait()
	if aErr != nil {
		t.Fatal(aErr)
	}
	a.afterStage = nil
	put(t, b, c.Batch(10, 15)...)
	checkGraph(t, b, c.Batch(0, 15))
}

// TestKilledWriter ends a writer in the middle of a batch, at each stage
// of Put: by its context, or by the server ending its session (as when
// its process is killed). The store keeps whole batches only.
func TestKilledWriter(t *testing.T) {
	c := storetest.NewCorpus(3)
	for _, how := range []string{"cancel", "terminate"} {
		for _, stage := range []string{"decide", "entities", "articles", "persons", "done"} {
			t.Run(how+" "+stage, func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				s, url := newStore(t)
				put(t, s, c.Batch(0, 10)...)
				s.afterStage = func(st string) {
					if st != stage {
						return
					}
					if how == "cancel" {
						cancel()
						return
					}
					// The writer's session: the one holding the lock row.
					err := exec(context.Background(), url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
						WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()`)
					if err != nil {
						t.Error(err)
					}
				}
				_, err := s.Put(ctx, c.Batch(10, 20))
				switch {
				case how == "cancel" && !errors.Is(err, context.Canceled):
					t.Errorf("Put: %v, want context.Canceled", err)
				case how == "terminate" && !errors.Is(err, ErrUnreachable):
					t.Errorf("Put: %v, want ErrUnreachable", err)
				}
				s.afterStage = nil
				checkGraph(t, s, c.Batch(0, 10))
				put(t, s, c.Batch(10, 20)...)
				checkGraph(t, s, c.Batch(0, 20))
			})
		}
	}
}

// TestServerGone stops the server in the middle of a batch: Put fails
// with ErrUnreachable, and once the server is back the store holds the
// batches before it, whole, and takes the batch again.
func TestServerGone(t *testing.T) {
	srv := pgtest.Own(t)
	ctx := context.Background()
	url := srv.URL(srv.NewDB(t))
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := storetest.NewCorpus(4)
	put(t, s, c.Batch(0, 10)...)
	for _, stop := range []func() error{srv.Stop, srv.Kill} {
		s.afterStage = func(stage string) {
			if stage == "persons" {
				if err := stop(); err != nil {
					t.Error(err)
				}
			}
		}
		_, err = s.Put(ctx, c.Batch(10, 20))
		if !errors.Is(err, ErrUnreachable) {
			t.Errorf("Put while the server stops: %v, want ErrUnreachable", err)
		}
		t.Logf("Put while the server stops: %v", err)
		s.afterStage = nil
		if _, err := s.Stats(ctx); !errors.Is(err, ErrUnreachable) {
			t.Errorf("Stats with no server: %v, want ErrUnreachable", err)
		}
		if err := srv.Start(); err != nil {
			t.Fatal(err)
		}
		checkGraph(t, s, c.Batch(0, 10))
	}
	put(t, s, c.Batch(10, 20)...)
	checkGraph(t, s, c.Batch(0, 20))
}

// TestReadOnlyDatabase: a database that refuses writes makes Put fail
// with graph.ErrReadOnly; reads go on.
func TestReadOnlyDatabase(t *testing.T) {
	ctx := context.Background()
	s, url := newStore(t)
	c := storetest.NewCorpus(5)
	put(t, s, c.Batch(0, 5)...)
	srv := server.Get(t)
	u, err := neturl.Parse(url)
	if err != nil {
		t.Fatal(err)
	}
	db := strings.TrimPrefix(u.Path, "/")
	if err := srv.Exec(ctx, "postgres", fmt.Sprintf(`ALTER DATABASE %q SET default_transaction_read_only = on`, db)); err != nil {
		t.Fatal(err)
	}
	r, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.Put(ctx, c.Batch(5, 10)); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("Put into a read-only database: %v, want ErrReadOnly", err)
	}
	checkGraph(t, r, c.Batch(0, 5))
}

// TestErrorMapping maps the server's errors to the graph package's.
func TestErrorMapping(t *testing.T) {
	tests := []struct {
		code string
		want error
	}{
		{"53100", graph.ErrFull},
		{"25006", graph.ErrReadOnly},
		{"55P03", graph.ErrLocked},
		{"57P01", ErrUnreachable},
		{"57P02", ErrUnreachable},
		{"08006", ErrUnreachable},
		{"08P01", nil}, // a protocol violation: the server answered
		{"42601", nil},
	}
	for _, tt := range tests {
		err := dbError(fmt.Errorf("insert: %w", &pgconn.PgError{Code: tt.code, Message: "m"}))
		for _, sentinel := range []error{graph.ErrFull, graph.ErrReadOnly, graph.ErrLocked, ErrUnreachable} {
			if errors.Is(err, sentinel) != (sentinel == tt.want) {
				t.Errorf("SQLSTATE %s: %v; is %v: %v", tt.code, err, sentinel, errors.Is(err, sentinel))
			}
		}
	}
	if err := writeError(&pgconn.PgError{Code: "42501"}); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("a write refused for want of privilege: %v, want ErrReadOnly", err)
	}
}

func put(t *testing.T, s graph.Store, exs ...*graph.Extraction) {
	t.Helper()
	if _, err := s.Put(context.Background(), exs); err != nil {
		t.Fatal(err)
	}
}

// checkGraph checks that s holds the graph of exs, and nothing else.
func checkGraph(t *testing.T, s graph.Store, exs []*graph.Extraction) {
	t.Helper()
	g, err := s.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	storetest.SameGraph(t, g, storetest.Oracle(t, exs, exs))
}

func pgconnect(ctx context.Context, url string) (*pgx.Conn, error) { return pgx.Connect(ctx, url) }

// exec runs a statement in the database of url.
func exec(ctx context.Context, url, sql string, args ...any) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql, args...)
	return err
}
