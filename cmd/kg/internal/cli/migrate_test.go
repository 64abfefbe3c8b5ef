package cli

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/graph/sqlite"
)

// TestMigrate: the commands that only read refuse a store of an older
// schema and name kg migrate, which brings it up to date; run again, it
// says the store is up to date; a store that does not exist is not
// created.
func TestMigrate(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	// A kg store of schema version 0: kg's application ID, no tables.
	db, err := sql.Open("sqlite", "file:"+e.store)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 0; VACUUM", sqlite.ApplicationID)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, args := range [][]string{{"stats"}, {"query", "search", "hà nội"}, {"export", "--format", "dot"}} {
		if r := e.kg(args...); r.code != ExitStore || !strings.Contains(r.stderr, "older") || !strings.Contains(r.stderr, "kg migrate") {
			t.Errorf("kg %s on an older store: %v\nwant exit 4, saying the store is older and to run kg migrate", strings.Join(args, " "), r)
		}
	}
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"migrate"}, fmt.Sprintf("migrated to schema %d\n", sqlite.SchemaVersion)},
		{[]string{"migrate"}, fmt.Sprintf("is up to date (schema %d)\n", sqlite.SchemaVersion)},
		{[]string{"stats"}, ""},
	}
	for _, s := range steps {
		r := e.must(s.args...)
		if !strings.HasSuffix(r.stderr, s.want) {
			t.Errorf("kg %s: stderr %q, want it to end with %q", strings.Join(s.args, " "), r.stderr, s.want)
		}
	}
	missing := filepath.Join(e.dir, "none.db")
	if r := runKG(t, "", "--store", missing, "migrate"); r.code != ExitStore || !strings.Contains(r.stderr, "does not exist") {
		t.Errorf("kg migrate of a missing store: %v\nwant exit 4, saying it does not exist", r)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("kg migrate of a missing store created it (%v)", err)
	}
}
