package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"kg/graph"
	"kg/graph/storetest"
)

func TestNotAStore(t *testing.T) {
	dir := t.TempDir()
	sqliteFile := func(name, setup string) string {
		path := filepath.Join(dir, name)
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(setup); err != nil {
			t.Fatal(err)
		}
		db.Close()
		return path
	}
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("Đại hội Đảng bộ tỉnh Quảng Trị\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short")
	if err := os.WriteFile(short, []byte("SQLite format 3\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
	}{
		{"text", text},
		{"short", short},
		{"other sqlite", sqliteFile("other.db", "CREATE TABLE t (x); INSERT INTO t VALUES (1)")},
		{"other application", sqliteFile("app.db", "PRAGMA application_id = 42; CREATE TABLE t (x)")},
		{"empty sqlite", sqliteFile("empty.db", "PRAGMA user_version = 0; VACUUM")},
		{"directory", dir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, tt.path)
			for _, opts := range [][]Option{nil, {ReadOnly()}} {
				s, err := Open(tt.path, opts...)
				if err == nil {
					s.Close()
					t.Fatalf("Open %v succeeded", opts)
				}
				if !errors.Is(err, graph.ErrNotStore) {
					t.Errorf("Open: %v, want ErrNotStore", err)
				}
				if !strings.HasPrefix(err.Error(), "open store "+tt.path+": ") {
					t.Errorf("error %q does not say what was done", err)
				}
			}
			if after := snapshot(t, tt.path); after != before {
				t.Errorf("file changed:\n%s\n%s", before, after)
			}
		})
	}
}

// snapshot describes a file's bytes, and its SQLite sidecars.
func snapshot(t *testing.T, path string) string {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.IsDir() {
		return "dir"
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := fmt.Sprintf("%x", b)
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + side); err == nil {
			out += " " + side
		}
	}
	return out
}

func TestSchemaVersions(t *testing.T) {
	setVersion := func(t *testing.T, path string, v int) {
		t.Helper()
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("newer", func(t *testing.T) {
		s, path := openTemp(t)
		put(t, s, storetest.QT1())
		s.Close()
		setVersion(t, path, SchemaVersion+1)
		before := snapshot(t, path)
		for _, opts := range [][]Option{nil, {ReadOnly()}} {
			if _, err := Open(path, opts...); !errors.Is(err, graph.ErrNewerStore) {
				t.Errorf("Open %v: %v, want ErrNewerStore", opts, err)
			}
		}
		if after := snapshot(t, path); after != before {
			t.Errorf("the newer store changed: %s / %s", before[len(before)-20:], after[len(after)-20:])
		}
	})
	t.Run("older", func(t *testing.T) {
		// A kg store of version 0: application ID, no schema.
		path := filepath.Join(t.TempDir(), "old.db")
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 0; VACUUM", ApplicationID)); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if _, err := Open(path, ReadOnly()); !errors.Is(err, graph.ErrOlderStore) {
			t.Errorf("read-only Open of an old store: %v, want ErrOlderStore", err)
		}
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		put(t, s, storetest.QT1())
		st, err := s.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.SchemaVers != SchemaVersion {
			t.Errorf("schema version %d after migration, want %d", st.SchemaVers, SchemaVersion)
		}
	})
	t.Run("missing", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "none.db")
		if _, err := Open(path, ReadOnly()); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("read-only Open of a missing file: %v, want ErrNotExist", err)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Error("read-only Open created the file")
		}
	})
	t.Run("empty file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "empty.db")
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	})
}

func TestLocking(t *testing.T) {
	a, path := openTemp(t)
	put(t, a, storetest.QT1())
	b, err := Open(path, WithLockTimeout(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	r, err := Open(path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	// a holds the write lock, in the middle of a Put.
	holding, release := make(chan struct{}), make(chan struct{})
	a.afterStage = func(stage string) {
		if stage == "articles" {
			close(holding)
			<-release
		}
	}
	var wg sync.WaitGroup
	var aErr error
	wg.Go(func() { _, aErr = a.Put(context.Background(), []*graph.Extraction{storetest.QT2()}) })
	<-holding

	// Opening the store does not wait for the writer.
	start := time.Now()
	c, err := Open(path, WithLockTimeout(time.Minute))
	if err != nil {
		t.Fatalf("Open during a write: %v", err)
	}
	c.Close()
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Open waited %v for the writer", d)
	}

	start = time.Now()
	_, err = b.Put(context.Background(), []*graph.Extraction{storetest.CT1()})
	if !errors.Is(err, graph.ErrLocked) {
		t.Errorf("second writer: %v, want ErrLocked", err)
	}
	if d := time.Since(start); d < 100*time.Millisecond || d > 5*time.Second {
		t.Errorf("second writer gave up after %v, want about 100ms", d)
	}
	// Readers read meanwhile, what was committed.
	st, err := r.Stats(context.Background())
	if err != nil {
		t.Fatalf("reader during a write: %v", err)
	}
	if st.Articles != 1 {
		t.Errorf("reader sees %d articles, want 1", st.Articles)
	}
	close(release)
	wg.Wait()
	if aErr != nil {
		t.Fatal(aErr)
	}
	a.afterStage = nil
	// b writes once the lock is free, after a wrote behind its back.
	put(t, b, storetest.CT1())
	all := []*graph.Extraction{storetest.QT1(), storetest.QT2(), storetest.CT1()}
	checkStore(t, b, all, all)
	put(t, a, storetest.QT1()) // a's cache must see b's write
	checkStore(t, a, all, all)
}

func TestCancel(t *testing.T) {
	for _, stage := range []string{"decide", "entities", "articles", "persons", "neighbors", "done"} {
		t.Run(stage, func(t *testing.T) {
			s, path := openTemp(t)
			put(t, s, storetest.QT1())
			before := snapshotGraph(t, s)
			ctx, cancel := context.WithCancel(context.Background())
			s.afterStage = func(st string) {
				if st == stage {
					cancel()
				}
			}
			_, err := s.Put(ctx, []*graph.Extraction{storetest.QT2(), storetest.CT1()})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("Put: %v, want context.Canceled", err)
			}
			s.afterStage = nil
			if after := snapshotGraph(t, s); after != before {
				t.Errorf("store changed:\n%s\n%s", before, after)
			}
			r, err := Open(path, ReadOnly())
			if err != nil {
				t.Fatal(err)
			}
			if after := snapshotGraph(t, r); after != before {
				t.Errorf("store changed for another process:\n%s\n%s", before, after)
			}
			r.Close()
			put(t, s, storetest.QT2(), storetest.CT1())
			all := []*graph.Extraction{storetest.QT1(), storetest.QT2(), storetest.CT1()}
			checkStore(t, s, all, all)
		})
	}
}

func snapshotGraph(t *testing.T, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	g := load(t, s)
	for _, e := range g.Entities() {
		fmt.Fprintf(&b, "%+v\n", *e)
	}
	for _, f := range g.Facts() {
		fmt.Fprintf(&b, "%+v\n", f)
	}
	return b.String()
}
