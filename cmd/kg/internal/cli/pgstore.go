package cli

import (
	"context"
	"fmt"

	"kg/graph"
	"kg/graph/postgres"
)

// openPostgres opens the store in the PostgreSQL database dsn names (a
// postgres:// URL or a keyword/value string); readOnly for commands that
// only read, which then refuse a database without a kg store.
func (g *global) openPostgres(dsn string, readOnly bool) (graph.Store, error) {
	opts := []postgres.Option{postgres.WithLockTimeout(g.lockTimeout)}
	if readOnly {
		opts = append(opts, postgres.ReadOnly())
	}
	s, err := postgres.Open(context.Background(), dsn, opts...)
	switch {
	case postgres.IsEmpty(err):
		hint := "kg ingest FILE..."
		if g.store != "" {
			hint = "kg ingest --store " + shellQuote(postgres.Redact(dsn)) + " FILE..."
		}
		return nil, withCode(ExitStore, fmt.Errorf("store %s has no kg tables: ingest articles first (%s)", postgres.Redact(dsn), hint))
	case err != nil:
		return nil, withCode(ExitStore, storeHint(err))
	}
	return s, nil
}
