package cli

// The tests of the command tree run Main in-process against in-memory
// standard streams and a store in t.TempDir(), and compare what kg writes
// with golden files in testdata (rewrite them with
// go test ./cmd/kg/internal/cli -args -update, then review the diff).
//
// Tests that need kg as a process (kill -9, two processes on one store,
// another user) or kg-svg build the binaries once, into a temporary
// folder, the first time one of them asks (see binaries). Those are
// skipped with -short:
//
//	go test -short ./cmd/kg/internal/cli   # in-process tests only, about 10 s
//	go test ./cmd/kg/internal/cli          # all, about 20 s
//	KG_KILL_TRIALS=50 KG_KILL_SEED=3 go test -run KillIngest -v ./cmd/kg/internal/cli
//
// As root, TestReadOnlyStore runs kg as nobody (with setpriv) and
// TestFullDisk mounts a 4 MiB tmpfs; as another user, the first runs kg
// in-process and the second is skipped.

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// binDir holds kg, kg-svg and gen once built; TestMain removes it.
var binDir = struct {
	once sync.Once
	dir  string
	err  error
}{}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir.dir != "" {
		os.RemoveAll(binDir.dir)
	}
	os.Exit(code)
}

// binaries builds kg, kg-svg and the corpus generator, once for the test
// binary, and returns their folder; the test is skipped when they cannot
// be built (no go command).
func binaries(t *testing.T) string {
	t.Helper()
	binDir.once.Do(func() {
		goCmd, err := exec.LookPath("go")
		if err != nil {
			binDir.err = err
			return
		}
		dir, err := os.MkdirTemp("", "kg-cli-test-")
		if err != nil {
			binDir.err = err
			return
		}
		binDir.dir = dir
		// others may run them (TestReadOnlyStore runs kg as nobody)
		if err := os.Chmod(dir, 0o755); err != nil {
			binDir.err = err
			return
		}
		cmd := exec.Command(goCmd, "build", "-o", dir+string(filepath.Separator), "kg/cmd/kg", "kg/cmd/kg-svg", "kg/samples/gen")
		if out, err := cmd.CombinedOutput(); err != nil {
			binDir.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binDir.err != nil {
		t.Skipf("cannot build kg: %v", binDir.err)
	}
	return binDir.dir
}

// kgBinary returns the path of a built kg.
func kgBinary(t *testing.T) string { return filepath.Join(binaries(t), "kg") }

// withSVG puts kg-svg on $PATH for the test, where renderSVG finds it.
func withSVG(t *testing.T) {
	t.Helper()
	dir := binaries(t)
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// ran is what one run of kg gave.
type ran struct {
	stdout, stderr string
	code           int
}

func (r ran) String() string {
	return fmt.Sprintf("exit %d\n-- stdout --\n%s-- stderr --\n%s", r.code, r.stdout, r.stderr)
}

// runKG runs kg's command tree in-process with args, reading stdin.
func runKG(t *testing.T, stdin string, args ...string) ran {
	t.Helper()
	var out, errb bytes.Buffer
	io := &IO{In: strings.NewReader(stdin), Out: &out, Err: &errb}
	code := Main(context.Background(), io, args)
	return ran{stdout: out.String(), stderr: errb.String(), code: code}
}

// kgEnv is one store in a temporary folder.
type kgEnv struct {
	t     *testing.T
	dir   string
	store string
}

func newEnv(t *testing.T) *kgEnv {
	t.Helper()
	dir := t.TempDir()
	return &kgEnv{t: t, dir: dir, store: filepath.Join(dir, "kg.db")}
}

// kg runs kg on the env's store.
func (e *kgEnv) kg(args ...string) ran {
	e.t.Helper()
	return runKG(e.t, "", append([]string{"--store", e.store}, args...)...)
}

// must runs kg and fails the test unless it exits with status 0.
func (e *kgEnv) must(args ...string) ran {
	e.t.Helper()
	r := e.kg(args...)
	if r.code != 0 {
		e.t.Fatalf("kg %s: %v", strings.Join(args, " "), r)
	}
	return r
}

// path returns a path in the env's folder.
func (e *kgEnv) path(name string) string { return filepath.Join(e.dir, name) }

// write writes a file in the env's folder and returns its path.
func (e *kgEnv) write(name string, data []byte) string {
	e.t.Helper()
	p := e.path(name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		e.t.Fatal(err)
	}
	return p
}

// The articles of the test store, relative to this package, so that
// their sources read the same on every machine: the seed, the
// extractor's own test articles (named one by one, so that a new one
// does not change the golden files here), and articles written for these
// tests.
const seedArticle = "../../../../samples/000_a21479502d55c4f4.txt"

var extractArticles = []string{
	"ceremony-award", "ceremony-oldspelling-nfd", "conference-sector", "delegation-lao",
	"personnel-decision", "reception-ambassador", "seminar-former", "session-province",
	"tet-visit", "visit-district", "voters-meeting",
}

// corpus lists the article files of the test store, in order.
func corpus(t *testing.T) []string {
	t.Helper()
	files := []string{seedArticle}
	for _, name := range extractArticles {
		files = append(files, "../../../../ingest/extract/testdata/"+name+".txt")
	}
	ours, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(ours) == 0 {
		t.Fatalf("no article in testdata/articles: %v", err)
	}
	return append(files, ours...)
}

// richStore ingests the corpus into a new store.
func richStore(t *testing.T) *kgEnv {
	t.Helper()
	e := newEnv(t)
	e.must(append([]string{"ingest", "-q"}, corpus(t)...)...)
	return e
}

// elapsed matches the time an ingest summary gives, which varies.
var elapsed = regexp.MustCompile(`\(\d+\.\ds\)`)

// stable replaces what varies between runs in kg's messages: times and
// the test's temporary folder.
func stable(s, dir string) string {
	s = elapsed.ReplaceAllString(s, "(T)")
	if dir != "" {
		s = strings.ReplaceAll(s, dir, "$DIR")
	}
	return s
}

// golden compares got with testdata/NAME.golden, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/kg/internal/cli -args -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test ./cmd/kg/internal/cli -args -update and review the diff):\n%s", path, lineDiff(string(want), string(got)))
	}
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 8; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want %q\n  got  %q\n", i+1, excerpt(wl, gl), excerpt(gl, wl))
			shown++
		}
	}
	return b.String()
}

// excerpt cuts a long line a around where it differs from b.
func excerpt(a, b string) string {
	const width = 160
	if len(a) <= width {
		return a
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-width/2)
	for from > 0 && !utf8.RuneStart(a[from]) {
		from--
	}
	to := min(len(a), from+width)
	for to < len(a) && !utf8.RuneStart(a[to]) {
		to++
	}
	return "…" + a[from:to] + "…"
}
