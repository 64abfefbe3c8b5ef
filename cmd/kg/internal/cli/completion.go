package cli

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/spf13/cobra"

	"kg/export"
	"kg/graph"
	"kg/ingest/document"
)

// Shell completion of flag values (cobra's dynamic completion: the shell
// runs "kg __complete ARGS..." and offers what it prints). Each command
// registers its own flags' completions with the functions here.

// completeValues completes a flag from a fixed list, each value with a
// description after a tab.
func completeValues(valueDescs ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(valueDescs, cobra.ShellCompDirectiveNoFileComp)
}

// exportFormatCompletions are the values of export's --format, or of
// those formats only (demo's).
func exportFormatCompletions(only ...export.Format) []string {
	desc := map[export.Format]string{
		export.DOT:     "Graphviz source",
		export.SVG:     "a drawing, laid out by Graphviz",
		export.JSONLD:  "JSON-LD, schema.org vocabulary",
		export.NQuads:  "RDF N-Quads, a named graph per article",
		export.Turtle:  "RDF Turtle",
		export.GraphML: "GraphML, for Gephi, yEd, Cytoscape, networkx",
		export.Neo4j:   "CSV files for neo4j-admin import (-o DIR)",
		export.HTML:    "the interactive viewer, one file",
	}
	var out []string
	for _, f := range export.Formats() {
		if len(only) == 0 || slices.Contains(only, f) {
			out = append(out, cobra.CompletionWithDesc(f.String(), desc[f]))
		}
	}
	return out
}

// ingestFormatCompletions are the values of ingest's --format.
func ingestFormatCompletions() []string {
	return []string{
		cobra.CompletionWithDesc(document.FormatAuto.String(), "by extension, then content"),
		cobra.CompletionWithDesc(document.FormatText.String(), "plain text, the first line is the headline"),
		cobra.CompletionWithDesc(document.FormatHTML.String(), "a page saved from a news site"),
		cobra.CompletionWithDesc(document.FormatJSONL.String(), "JSON Lines, one article per line"),
	}
}

// queryFormatCompletions are the values of query's --format.
func queryFormatCompletions() []string {
	return []string{
		cobra.CompletionWithDesc(formatTable, "columns lined up"),
		cobra.CompletionWithDesc(formatJSON, "an array of objects"),
		cobra.CompletionWithDesc(formatCSV, "comma-separated, with a header"),
	}
}

// completeQueryFormat registers the completion of --format on the query
// command, whose flags query.go defines. A completion registered there
// first wins.
func completeQueryFormat(q *cobra.Command) {
	if _, ok := q.GetFlagCompletionFunc("format"); ok || q.Flag("format") == nil {
		return
	}
	_ = q.RegisterFlagCompletionFunc("format", completeValues(queryFormatCompletions()...))
}

// maxNameCompletions bounds the names offered for one Tab.
const maxNameCompletions = 50

// completionTimeout bounds the time a completion may take: a shell waits
// for it.
const completionTimeout = 2 * time.Second

// completeEntityNames completes a flag that names an entity with the
// names in the store. Any problem (no store, a locked or foreign file)
// gives no completions: a Tab must not print errors into the command line.
func completeEntityNames(g *global) cobra.CompletionFunc {
	return func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		ctx, cancel := context.WithTimeout(c.Context(), completionTimeout)
		defer cancel()
		names, err := entityNames(ctx, g, toComplete)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return names, cobra.ShellCompDirectiveNoFileComp
	}
}

// entityNames returns the names (and aliases) of the store's entities
// that begin with prefix, accents and case aside, best first, each with
// its kind as description. The store is opened read-only, waiting at most
// a moment for a writer.
//
// Search matches whole words: the words of prefix but its last, unless
// prefix ends a word with a space, find the candidates; with one word, it
// is searched whole (a family name typed out: "Nguyễn" then Tab).
func entityNames(ctx context.Context, g *global, prefix string) ([]cobra.Completion, error) {
	folded := graph.Fold(prefix)
	if folded == "" {
		return nil, nil
	}
	words := strings.Fields(folded)
	if len(words) > 1 && !strings.HasSuffix(prefix, " ") {
		words = words[:len(words)-1]
	}
	quick := *g
	quick.lockTimeout = min(g.lockTimeout, 500*time.Millisecond)
	store, err := quick.open(true)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	ents, err := store.Search(ctx, strings.Join(words, " "), nil, 4*maxNameCompletions)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []cobra.Completion
	for _, e := range ents {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if seen[name] || !strings.HasPrefix(graph.Fold(name), folded) || strings.ContainsFunc(name, unicode.IsControl) {
				continue
			}
			seen[name] = true
			out = append(out, cobra.CompletionWithDesc(name, e.Kind.String()))
			if len(out) == maxNameCompletions {
				return out, nil
			}
		}
	}
	return out, nil
}
