// Package cli is kg's command tree: one file per command, each with an
// options struct holding its flags and its I/O, a RunE that only checks
// arguments, and a run function that does the work.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"kg/graph"
	"kg/graph/sqlite"
)

// Exit codes, documented in kg --help.
const (
	ExitOK          = 0   // success
	ExitNoMatch     = 1   // a query matched nothing
	ExitUsage       = 2   // bad arguments, or a name that matches several entities
	ExitSomeFailed  = 3   // some inputs could not be ingested; the others were
	ExitStore       = 4   // the store could not be opened, read or written
	ExitError       = 5   // any other error
	ExitInterrupted = 130 // stopped by Ctrl-C (the store is consistent)
)

const exitHelp = `Exit status:
  0    success
  1    a query matched nothing
  2    bad arguments, or a name that matches several entities (they are listed)
  3    some inputs could not be ingested (each is named on stderr); the others were
  4    the store could not be opened, read or written (locked, not a kg store,
       written by a newer kg, read-only, disk full)
  5    any other error
  130  interrupted; the store is left consistent`

// IO is where commands read and write: data on Out, messages on Err.
type IO struct {
	In          io.Reader
	Out, Err    io.Writer
	ErrTerminal bool // Err is a terminal: progress may be drawn there
}

// StdIO is the process's standard streams.
func StdIO() *IO {
	return &IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, ErrTerminal: term.IsTerminal(int(os.Stderr.Fd()))}
}

// exitError carries an exit code with its cause.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// withCode gives an error an exit code.
func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	return &exitError{code, err}
}

// silent is an error already reported to the user: only its code is left.
var errSilent = errors.New("")

// global holds the flags every command shares.
type global struct {
	store       string
	lockTimeout time.Duration
}

// storePath is --store, else $KG_STORE, else kg.db.
func (g *global) storePath() string {
	if g.store != "" {
		return g.store
	}
	if s := os.Getenv("KG_STORE"); s != "" {
		return s
	}
	return "kg.db"
}

// open opens the store; readOnly for commands that only read, which then
// refuse a missing store instead of creating an empty one.
func (g *global) open(readOnly bool) (*sqlite.Store, error) {
	path := g.storePath()
	opts := []sqlite.Option{sqlite.WithLockTimeout(g.lockTimeout)}
	if readOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, withCode(ExitStore, fmt.Errorf("open store %s: %w (ingest articles first: kg ingest --store %s FILE...)", path, err, path))
		}
		opts = append(opts, sqlite.ReadOnly())
	}
	s, err := sqlite.Open(path, opts...)
	if err != nil {
		return nil, withCode(ExitStore, storeHint(err))
	}
	return s, nil
}

// storeHint adds what to do to a store error.
func storeHint(err error) error {
	switch {
	case errors.Is(err, graph.ErrLocked):
		return fmt.Errorf("%w (wait for the other kg to finish, or raise --lock-timeout)", err)
	case errors.Is(err, graph.ErrNotStore):
		return fmt.Errorf("%w (choose another file with --store)", err)
	case errors.Is(err, graph.ErrNewerStore):
		return fmt.Errorf("%w (update kg to read it)", err)
	}
	return err
}

// NewRoot builds the command tree.
func NewRoot(ctx context.Context, io *IO) *cobra.Command {
	g := &global{}
	root := &cobra.Command{
		Use:   "kg",
		Short: "Build a knowledge graph from Vietnamese news",
		Long: `kg reads Vietnamese news articles (reports of congresses, conferences,
council sessions, receptions and ceremonies) and builds a knowledge graph of
the people they name, the positions those people hold, the organizations the
positions belong to, and the events they attended, organized, presided over
or spoke at. Every fact keeps the sentence it came from.

The graph lives in one file, the store: kg.db in the current folder, or the
file given by --store or $KG_STORE.`,
		Example: `  kg ingest articles/                 # add a folder of articles
  kg export --format svg -o graph.svg  # draw the whole graph
  kg query attendees "dai hoi"         # who was at the congress
  kg demo -o seed.svg                  # try kg on its bundled sample`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetContext(ctx)
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.SetUsageTemplate(root.UsageTemplate() + "\n" + exitHelp + "\n")
	pf := root.PersistentFlags()
	pf.StringVar(&g.store, "store", "", "store file (default $KG_STORE, else kg.db)")
	pf.DurationVar(&g.lockTimeout, "lock-timeout", 10*time.Second, "how long to wait for another kg writing the store")
	root.AddCommand(
		newIngestCmd(g, io),
		newExportCmd(g, io),
		newQueryCmd(g, io),
		newStatsCmd(g, io),
		newDemoCmd(g, io),
	)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return withCode(ExitUsage, fmt.Errorf("%w (see %s --help)", err, c.CommandPath()))
	})
	return root
}

// Main runs kg with args and returns the exit code.
func Main(ctx context.Context, io *IO, args []string) int {
	root := NewRoot(ctx, io)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	code := ExitError
	var ee *exitError
	switch {
	case errors.As(err, &ee):
		code = ee.code
	case errors.Is(err, context.Canceled):
		code = ExitInterrupted
	case isUsage(err):
		code = ExitUsage
	}
	if msg := err.Error(); msg != "" {
		if code == ExitInterrupted {
			msg = "interrupted: " + msg
		}
		fmt.Fprintln(io.Err, "kg: "+msg)
	}
	return code
}

// isUsage recognizes cobra's own errors about the command line.
func isUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires at least", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
