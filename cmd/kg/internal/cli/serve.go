package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"kg/export/dot"
	"kg/export/jsonld"
	"kg/graph"
	"kg/serve"
)

type serveOptions struct {
	*global
	io   *IO
	addr string
}

// shutdownGrace is how long a stopping server waits for the requests
// under way.
const shutdownGrace = 5 * time.Second

func newServeCmd(g *global, io *IO) *cobra.Command {
	o := &serveOptions{global: g, io: io}
	c := &cobra.Command{
		Use:   "serve [--addr HOST:PORT]",
		Short: "Browse the graph in a web browser",
		Long: `Serve the store, read-only, as a local web application: search by name
(as kg query matches names), a page for each person (positions as a
timeline, events with roles), organization (members, parts) and event (date,
organizer, attendees with their roles and the positions they held then), and
an interactive graph of each entity's neighbourhood: pan, zoom, click an
entity to expand it, filter by relation and dates, find the path between two
entities, click a link to read the article and sentence it rests on, export
the view as SVG, JSON-LD or PNG.

The server listens on 127.0.0.1:8080 unless --addr says otherwise, sends a
neighbourhood at a time (never the whole graph), needs no network (its
scripts are inside kg) and stops on Ctrl-C or SIGTERM, letting the requests
under way finish.`,
		Example: `  kg serve                      # then open http://127.0.0.1:8080/
  kg serve --store news.db --addr 127.0.0.1:9000`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			return runServe(c.Context(), o)
		},
	}
	c.Flags().StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	return c
}

func runServe(ctx context.Context, o *serveOptions) error {
	host, _, err := net.SplitHostPort(o.addr)
	if err != nil {
		return withCode(ExitUsage, fmt.Errorf("--addr %q: want HOST:PORT, such as 127.0.0.1:8080", o.addr))
	}
	store, err := o.open(true)
	if err != nil {
		return err
	}
	defer store.Close()
	lex, err := o.lexicon()
	if err != nil {
		return err
	}
	opts := serve.Options{
		Sole:   lex.SoleRole,
		JSONLD: func(w io.Writer, g *graph.Graph) error { return jsonld.Write(w, g, jsonld.Options{}) },
		Log:    log.New(o.io.Err, "kg: serve: ", 0),
	}
	if _, err := findSVGProgram(); err == nil {
		opts.SVG = func(ctx context.Context, w io.Writer, g *graph.Graph, focus []string) error {
			return renderSVG(ctx, w, g, dot.Options{Focus: focus}, "")
		}
	} else {
		fmt.Fprintf(o.io.Err, "kg: serve: SVG export off: %v\n", err)
	}
	handler, err := serve.New(store, opts)
	if err != nil {
		return err
	}
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", o.addr)
	if err != nil {
		return withCode(ExitError, fmt.Errorf("listen on %s: %w (choose another with --addr)", o.addr, err))
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(o.io.Err, "kg: serve: %s is not a loopback address: anyone who reaches it can read the store\n", o.addr)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(o.io.Err, "kg: serve: ", 0),
	}
	fmt.Fprintf(o.io.Err, "kg: serving %s at http://%s/ (Ctrl-C stops)\n", o.storePath(), ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	stop, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(stop); err != nil {
		return fmt.Errorf("serve: stop: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintln(o.io.Err, "kg: serve: stopped")
	return nil
}
