package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"kg/graph"
)

type statsOptions struct {
	*global
	io *IO
}

func newStatsCmd(g *global, io *IO) *cobra.Command {
	o := &statsOptions{global: g, io: io}
	return &cobra.Command{
		Use:   "stats",
		Short: "Count what the store holds",
		Long: `Count the articles of the store, its entities by kind and its facts by
relation, and give the store's size on disk.`,
		Example: `  kg stats
  kg stats --store news.db`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			store, err := o.open(true)
			if err != nil {
				return err
			}
			defer store.Close()
			st, err := store.Stats(c.Context())
			if err != nil {
				return withCode(ExitStore, err)
			}
			w := o.io.Out
			fmt.Fprintf(w, "store\t%s\n", st.Path)
			fmt.Fprintf(w, "size\t%d bytes\n", st.SizeBytes)
			fmt.Fprintf(w, "schema\t%d\n", st.SchemaVers)
			fmt.Fprintf(w, "articles\t%d\n", st.Articles)
			for _, k := range graph.Kinds() {
				fmt.Fprintf(w, "entities\t%s\t%d\n", k, st.Entities[k])
			}
			for _, r := range graph.Relations() {
				fmt.Fprintf(w, "facts\t%s\t%d\n", r, st.Facts[r])
			}
			return nil
		},
	}
}
