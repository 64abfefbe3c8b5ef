// Package cli is kg's command tree: one file per command, each with an
// options struct holding its flags and its I/O, a RunE that only checks
// arguments, and a run function that does the work.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"kg/graph"
	"kg/graph/postgres"
	"kg/graph/sqlite"
	"kg/ingest/lexicon"
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

// exitMeanings says what each exit code means, as the help prints it.
var exitMeanings = []struct {
	code    int
	meaning string
}{
	{ExitOK, "success"},
	{ExitNoMatch, "a query matched nothing"},
	{ExitUsage, "bad arguments, a --lexicon folder that does not load, or a name that\n       matches several entities (they are listed)"},
	{ExitSomeFailed, "some inputs could not be ingested (each is named on stderr); the others were"},
	{ExitStore, "the store could not be opened, read or written (locked, not a kg store,\n       written by a newer kg, read-only, disk full)"},
	{ExitError, "any other error"},
	{ExitInterrupted, "interrupted; the store is left consistent"},
}

// exitAnnotation is the annotation of a command that lists the exit
// codes it can end with (see withExitStatuses).
const exitAnnotation = "kg-exit-codes"

// withExitStatuses records the exit codes c can end with; its help
// lists those and no others.
func withExitStatuses(c *cobra.Command, codes ...int) *cobra.Command {
	if c.Annotations == nil {
		c.Annotations = map[string]string{}
	}
	parts := make([]string, len(codes))
	for i, code := range codes {
		parts[i] = strconv.Itoa(code)
	}
	c.Annotations[exitAnnotation] = strings.Join(parts, ",")
	return c
}

// exitHelp is the "Exit status:" block of the codes listed in an
// annotation; "" for none.
func exitHelp(annotation string) string {
	if annotation == "" {
		return ""
	}
	codes := strings.Split(annotation, ",")
	var b strings.Builder
	b.WriteString("\nExit status:\n")
	for _, m := range exitMeanings {
		if slices.Contains(codes, strconv.Itoa(m.code)) {
			fmt.Fprintf(&b, "  %-4d %s\n", m.code, m.meaning)
		}
	}
	return b.String()
}

// setExitHelp gives every command of the tree under c the help of its
// exit statuses: its own, else its parent's; commands cobra adds
// (completion, help) get none.
// base is cobra's usage template.
func setExitHelp(c *cobra.Command, base, inherited string) {
	codes, ok := c.Annotations[exitAnnotation]
	if !ok {
		codes = inherited
	}
	c.SetUsageTemplate(base + exitHelp(codes))
	for _, sub := range c.Commands() {
		switch sub.Name() {
		case "completion", "help":
			setExitHelp(sub, base, "")
		default:
			setExitHelp(sub, base, codes)
		}
	}
}

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
	cpuProfile  string
	lexiconDir  string
	lex         *lexicon.Lexicon // loaded by the first command that asks
	titleLex    *lexicon.Lexicon // what SoleRole needs of the titles, for queries
}

// lexicon returns the lexicon the extractor reads: the built-in one with
// the files of --lexicon, else of $KG_LEXICON, laid over it. It is
// loaded once; a folder whose files do not load is an error of the
// command line.
func (g *global) lexicon() (*lexicon.Lexicon, error) {
	if g.lex != nil {
		return g.lex, nil
	}
	lex, err := lexicon.LoadDir(g.lexiconFolder())
	if err != nil {
		return nil, withCode(ExitUsage, err)
	}
	g.lex = lex
	return lex, nil
}

// titles returns a lexicon that answers SoleRole (with --lexicon's or
// $KG_LEXICON's titles laid over kg's own): the questions asked of a
// store need to know the posts one person holds at a time. Faster to
// load than the whole lexicon, and without a folder of the user's than
// the titles whole.
func (g *global) titles() (*lexicon.Lexicon, error) {
	if g.lex != nil {
		return g.lex, nil
	}
	if g.titleLex != nil {
		return g.titleLex, nil
	}
	lex, err := lexicon.LoadSoleRolesDir(g.lexiconFolder())
	if err != nil {
		return nil, withCode(ExitUsage, err)
	}
	g.titleLex = lex
	return lex, nil
}

// lexiconFolder is the folder of the user's lexicon files: --lexicon,
// else $KG_LEXICON; "" for none.
func (g *global) lexiconFolder() string {
	if g.lexiconDir != "" {
		return g.lexiconDir
	}
	return os.Getenv("KG_LEXICON")
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

// shownStore is the store as messages name it: a PostgreSQL connection
// string without its password.
func (g *global) shownStore() string {
	path := g.storePath()
	if postgres.IsDSN(path) {
		return postgres.Redact(path)
	}
	return path
}

// open opens the store; readOnly for commands that only read, which then
// refuse a missing store instead of creating an empty one.
func (g *global) open(readOnly bool) (graph.Store, error) {
	path := g.storePath()
	if postgres.IsDSN(path) {
		return g.openPostgres(path, readOnly)
	}
	opts := []sqlite.Option{sqlite.WithLockTimeout(g.lockTimeout)}
	if readOnly {
		// A missing or empty file is no store yet (an empty one is what
		// an ingest stopped while creating the store leaves): say what
		// makes one.
		fi, err := os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, withCode(ExitStore, fmt.Errorf("store %s does not exist: ingest articles first (%s)", path, g.ingestHint()))
		case err != nil:
			return nil, withCode(ExitStore, fmt.Errorf("open store %s: %w", path, err))
		case fi.Mode().IsRegular() && fi.Size() == 0:
			return nil, withCode(ExitStore, fmt.Errorf("store %s is empty: ingest articles first (%s)", path, g.ingestHint()))
		}
		opts = append(opts, sqlite.ReadOnly())
	} else if dir := filepath.Dir(path); dir != "" {
		// SQLite says only "unable to open database file"
		if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
			return nil, withCode(ExitStore, fmt.Errorf("open store %s: folder %s does not exist", path, dir))
		}
	}
	s, err := sqlite.Open(path, opts...)
	if err != nil {
		return nil, withCode(ExitStore, storeHint(err))
	}
	return s, nil
}

// ingestHint is the command that makes the store: kg ingest, with --store
// when the store was named by it.
func (g *global) ingestHint() string {
	if g.store != "" {
		return "kg ingest --store " + shellQuote(g.store) + " FILE..."
	}
	return "kg ingest FILE..."
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return r < 0x80 && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_-./:=+,@%", r))
	}) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
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
	case errors.Is(err, graph.ErrOlderStore):
		return fmt.Errorf("%w (run kg migrate on it once, with the same --store)", err)
	case errors.Is(err, graph.ErrFull) || errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%w (free some disk space, then run the same command again: what was stored is kept)", err)
	case errors.Is(err, graph.ErrReadOnly):
		return fmt.Errorf("%w (the store or its folder is read-only: make them writable, or choose another file with --store)", err)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w (check the permissions of the store and its folder)", err)
	case errors.Is(err, postgres.ErrUnreachable):
		return fmt.Errorf("%w (is the server running? run the same command again once it is: what was stored is kept)", err)
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
	pf := root.PersistentFlags()
	pf.StringVar(&g.store, "store", "", "store file, or PostgreSQL database as a postgres:// URL (default $KG_STORE, else kg.db)")
	pf.StringVar(&g.lexiconDir, "lexicon", "", "lay the lexicon files of folder `DIR` over kg's own (default $KG_LEXICON; formats: ingest/lexicon/FORMATS.md)")
	pf.DurationVar(&g.lockTimeout, "lock-timeout", 10*time.Second, "how long to wait for another kg writing the store")
	pf.StringVar(&g.cpuProfile, "cpuprofile", "", "write a CPU profile of the command to FILE (for developers)")
	_ = pf.MarkHidden("cpuprofile")
	root.PersistentPreRunE = func(c *cobra.Command, args []string) error {
		if g.cpuProfile == "" {
			return nil
		}
		f, err := os.Create(g.cpuProfile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fmt.Errorf("cpu profile: %w", err)
		}
		return nil
	}
	root.PersistentPostRun = func(c *cobra.Command, args []string) {
		if g.cpuProfile != "" {
			pprof.StopCPUProfile()
		}
	}
	root.Version = binaryVersion().String()
	root.SetVersionTemplate("{{.Version}}")
	// defined here so that cobra adds no -v for it: ingest's -v is --verbose
	root.Flags().Bool("version", false, "print kg's version (as kg version does)")
	query := newQueryCmd(g, io)
	completeQueryFormat(query)
	all := []int{ExitOK, ExitNoMatch, ExitUsage, ExitSomeFailed, ExitStore, ExitError, ExitInterrupted}
	withExitStatuses(root, all...)
	root.AddCommand(
		withExitStatuses(newIngestCmd(g, io), ExitOK, ExitUsage, ExitSomeFailed, ExitStore, ExitError, ExitInterrupted),
		withExitStatuses(newExportCmd(g, io), ExitOK, ExitNoMatch, ExitUsage, ExitStore, ExitError, ExitInterrupted),
		withExitStatuses(query, ExitOK, ExitNoMatch, ExitUsage, ExitStore, ExitError, ExitInterrupted),
		withExitStatuses(newStatsCmd(g, io), ExitOK, ExitUsage, ExitStore, ExitError),
		withExitStatuses(newMigrateCmd(g, io), ExitOK, ExitUsage, ExitStore, ExitError),
		withExitStatuses(newDemoCmd(g, io), ExitOK, ExitUsage, ExitStore, ExitError, ExitInterrupted),
		withExitStatuses(newVersionCmd(io), ExitOK, ExitUsage),
		withExitStatuses(newServeCmd(g, io), ExitOK, ExitUsage, ExitStore, ExitError),
		withExitStatuses(newPublishCmd(g, io), ExitOK, ExitUsage, ExitStore, ExitError, ExitInterrupted),
	)
	// cobra adds these when the command runs; added now, they get the help
	// of their own exit statuses (none) and their flags' completions
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	setExitHelp(root, root.UsageTemplate(), "")
	_ = root.RegisterFlagCompletionFunc("lexicon", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return nil, cobra.ShellCompDirectiveFilterDirs
	})
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return withCode(ExitUsage, fmt.Errorf("%w (see %s --help)", err, c.CommandPath()))
	})
	return root
}

// groupOnly makes c, a command that only groups others, refuse an unknown
// subcommand (cobra prints the help and succeeds); alone, it prints its
// help.
func groupOnly(c *cobra.Command) *cobra.Command {
	c.Args = cobra.ArbitraryArgs
	c.RunE = func(c *cobra.Command, args []string) error {
		if len(args) > 0 {
			return withCode(ExitUsage, fmt.Errorf("unknown command %q for %q (see %s --help)", args[0], c.CommandPath(), c.CommandPath()))
		}
		return c.Help()
	}
	return c
}

// Main runs kg with args and returns the exit code.
func Main(ctx context.Context, io *IO, args []string) int {
	root := NewRoot(ctx, io)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
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
		if cmd != nil {
			err = fmt.Errorf("%w (see %s --help)", err, cmd.CommandPath())
		}
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
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires at least", "invalid argument", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
