package pgtest

import (
	"context"
	"testing"
)

// TestServer starts a server, makes a database and uses it, stops the
// server (connections then fail) and starts it again.
func TestServer(t *testing.T) {
	s := Own(t)
	db := s.NewDB(t)
	ctx := context.Background()
	if err := s.Exec(ctx, db, "CREATE TABLE t (a int); INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := s.Exec(ctx, db, "SELECT 1"); err == nil {
		t.Error("a stopped server answers")
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	if err := s.Exec(ctx, db, "INSERT INTO t VALUES (2)"); err != nil {
		t.Errorf("after a restart: %v", err)
	}
}
