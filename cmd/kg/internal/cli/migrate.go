package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"kg/graph"
	"kg/graph/postgres"
	"kg/graph/sqlite"
)

func newMigrateCmd(g *global, io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Bring a store written by an older kg up to date",
		Long: `Bring the store's schema up to the version this kg writes, in one
transaction, so that the commands that only read it (query, export, stats,
serve) can: they refuse a store of an older schema rather than change it.
An ingest migrates the store too. A store already up to date is left as it
is; a store that does not exist is not created.`,
		Example: `  kg migrate --store news.db
  kg migrate --store postgres://kg@db.example.org/news`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			store, err := g.open(true)
			switch {
			case err == nil:
				store.Close()
				fmt.Fprintf(io.Err, "kg: store %s is up to date (schema %d)\n", g.shownStore(), schemaOf(store))
				return nil
			case !errors.Is(err, graph.ErrOlderStore):
				return err
			}
			if store, err = g.open(false); err != nil {
				return err
			}
			store.Close()
			fmt.Fprintf(io.Err, "kg: store %s migrated to schema %d\n", g.shownStore(), schemaOf(store))
			return nil
		},
	}
}

// schemaOf is the schema version kg writes in stores like s.
func schemaOf(s graph.Store) int {
	if _, ok := s.(*postgres.Store); ok {
		return postgres.SchemaVersion
	}
	return sqlite.SchemaVersion
}
