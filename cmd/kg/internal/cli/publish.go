package cli

import (
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"kg/export/graphstore"
	"kg/export/rdf"
)

// The environment variables that hold a store's credentials: never flags,
// which other users of the machine can read in the process list.
const (
	envSPARQLUser     = "KG_SPARQL_USER"
	envSPARQLPassword = "KG_SPARQL_PASSWORD"
)

type publishOptions struct {
	*global
	io         *IO
	sparql     string
	graphStore string
}

func newPublishCmd(g *global, io *IO) *cobra.Command {
	o := &publishOptions{global: g, io: io}
	c := &cobra.Command{
		Use:   "publish --sparql URL [--graph-store URL]",
		Short: "Send the graph to a SPARQL store, one named graph per article",
		Long: `Send the graph to a SPARQL 1.1 store with the Graph Store HTTP Protocol:
the RDF of kg export --format nquads, one HTTP PUT per named graph (the
entities graph urn:kg:graph:entities and one graph per article, named by
the article's IRI; see docs/formats.md).

Publishing again sends only the graphs that changed: each graph carries
its content hash (kg:contentHash), which kg asks the store for first; the
graphs kg published for articles no longer in the store are deleted.
Nothing else on the store is touched. Each graph is replaced by one PUT,
so a publication stopped half-way leaves each graph whole, old or new;
publish again to finish.

--sparql is the store's SPARQL query endpoint. --graph-store is its Graph
Store endpoint; for a --sparql URL ending in /sparql it defaults to
Virtuoso's: /sparql-graph-crud-auth when credentials are given,
/sparql-graph-crud otherwise.

Credentials come from the environment only: KG_SPARQL_USER and
KG_SPARQL_PASSWORD, answered to the store's HTTP Digest or Basic
challenge. A store that refuses makes kg exit with status 4 and say why.`,
		Example: `  KG_SPARQL_USER=dba KG_SPARQL_PASSWORD=... kg publish --sparql http://localhost:8890/sparql
  kg publish --sparql http://localhost:3030/kg/sparql --graph-store http://localhost:3030/kg/data`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			client, err := o.client()
			if err != nil {
				return withCode(ExitUsage, err)
			}
			return runPublish(c, o, client)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.sparql, "sparql", "", "the store's SPARQL query endpoint (required)")
	fl.StringVar(&o.graphStore, "graph-store", "", "the store's Graph Store Protocol endpoint (default: Virtuoso's, beside --sparql)")
	_ = c.MarkFlagRequired("sparql")
	return c
}

// client checks the endpoints and reads the credentials.
func (o *publishOptions) client() (*graphstore.Client, error) {
	for _, u := range []string{o.sparql, o.graphStore} {
		if u == "" {
			continue
		}
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return nil, fmt.Errorf("endpoint %q: want an http:// or https:// URL", u)
		}
		if p.User != nil {
			return nil, fmt.Errorf("endpoint %q holds credentials: give them in %s and %s instead", p.Redacted(), envSPARQLUser, envSPARQLPassword)
		}
	}
	c := &graphstore.Client{Query: o.sparql, GraphStore: o.graphStore,
		User: os.Getenv(envSPARQLUser), Password: os.Getenv(envSPARQLPassword)}
	if c.GraphStore == "" {
		base, ok := strings.CutSuffix(strings.TrimSuffix(o.sparql, "/"), "/sparql")
		if !ok {
			return nil, fmt.Errorf("--graph-store: give the store's Graph Store endpoint (only a --sparql URL ending in /sparql has a default)")
		}
		c.GraphStore = base + "/sparql-graph-crud"
		if c.User != "" {
			c.GraphStore += "-auth"
		}
	}
	return c, nil
}

func runPublish(c *cobra.Command, o *publishOptions, client *graphstore.Client) error {
	store, err := o.open(true)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := c.Context()
	g, err := store.Graph(ctx)
	if err != nil {
		return withCode(ExitStore, err)
	}
	sentences := newSentences(ctx, store)
	res, err := client.Publish(ctx, func(yield func(rdf.NamedGraph) error) error {
		return rdf.Each(g, rdf.Options{Sentence: sentences.of}, yield)
	})
	if err == nil {
		err = sentences.err()
	}
	if res != nil {
		fmt.Fprintf(o.io.Err, "kg: %s: %d graphs sent, %d unchanged, %d deleted\n",
			client.GraphStore, len(res.Put), len(res.Unchanged), len(res.Deleted))
	}
	if err != nil {
		// Refused, unreachable or gone away: the store could not be
		// written.
		return withCode(ExitStore, fmt.Errorf("publish to %s: %w", client.GraphStore, err))
	}
	return nil
}
