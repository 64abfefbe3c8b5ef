package cli

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// genFolder runs the corpus generator as a user would, with its default
// places: the articles in dir/corpus, the truth beside it.
func genFolder(t *testing.T, n int, format string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "corpus")
	cmd := exec.Command(filepath.Join(binaries(t), "gen"), "-n", strconv.Itoa(n), "-o", out, "-format", format, "-seed", "3")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen: %v\n%s", err, b)
	}
	return out
}

// TestIngestGeneratedFolder: the folder the generator writes holds
// articles only, so that kg ingests it whole and exits 0.
func TestIngestGeneratedFolder(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs the generator; skipped with -short")
	}
	for _, format := range []string{"txt", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			dir := genFolder(t, 60, format)
			e := newEnv(t)
			r := e.kg("ingest", dir)
			if r.code != 0 || !strings.HasPrefix(r.stderr, "kg: 60 articles: 60 added, 0 replaced, 0 unchanged; 0 failed") {
				t.Errorf("kg ingest %s: %v", dir, r)
			}
			if _, err := os.Stat(dir + "-truth/truth.jsonl"); err != nil {
				t.Errorf("the truth is not beside the corpus: %v", err)
			}
		})
	}
}

// TestIngestTerminal runs kg ingest in a pseudo-terminal, as a person
// does, on a folder of generated articles, and reads the screen: a
// progress bar with the total, the percentage, a rate and the time left;
// no line per article; the summary at the end; no absurd rate.
func TestIngestTerminal(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs kg in a terminal; skipped with -short")
	}
	const n = 3000
	dir := genFolder(t, n, "txt")
	store := filepath.Join(t.TempDir(), "kg.db")
	// one worker, so that the ingest lasts a few seconds even on a fast
	// machine: the rate and the time left are shown after a second
	cmd := exec.Command(kgBinary(t), "ingest", "--workers", "1", "--store", store, dir)
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 120})
	if errors.Is(err, pty.ErrUnsupported) {
		t.Skip("no pseudo-terminals on this system")
	}
	if err != nil {
		t.Fatalf("start kg in a pseudo-terminal: %v", err)
	}
	defer tty.Close()
	var screen bytes.Buffer
	copied := make(chan struct{})
	go func() {
		io.Copy(&screen, tty) // ends with EIO once kg has exited
		close(copied)
	}()
	start := time.Now()
	waitErr := cmd.Wait()
	took := time.Since(start)
	select {
	case <-copied:
	case <-time.After(5 * time.Second):
		t.Fatal("the terminal's output did not end")
	}
	if waitErr != nil {
		t.Fatalf("kg ingest: %v\n%q", waitErr, screen.String())
	}

	// what the screen showed, frame by frame: the bar is redrawn in place
	// after a carriage return and cleared to the end of the line
	text := strings.ReplaceAll(screen.String(), "\x1b[K", "")
	frames := regexp.MustCompile(`[\r\n]+`).Split(text, -1)
	bar := regexp.MustCompile(`^ingesting \[[= >]{20}\] (\d+)%  (\d+)/` + strconv.Itoa(n) + ` articles(?:  (\d+) articles/s(?:  (\w+) left)?)?(?:  storing the last articles)?$`)
	var bars, withTimeLeft int
	for _, f := range frames {
		switch {
		case f == "":
		case strings.HasPrefix(f, "added\t") || strings.Contains(f, "\tarticle:"):
			t.Fatalf("a line per article without -v: %q", f)
		case strings.HasPrefix(f, "ingesting"):
			m := bar.FindStringSubmatch(f)
			if m == nil {
				if !regexp.MustCompile(`^ingesting \d+ articles?(?:  \d+ articles/s)?$`).MatchString(f) { // before the count of files
					t.Errorf("a progress line that is neither the bar nor the count: %q", f)
				}
				continue
			}
			bars++
			pct, _ := strconv.Atoi(m[1])
			done, _ := strconv.Atoi(m[2])
			if pct != done*100/n {
				t.Errorf("%q: %d%% of %d/%d", f, pct, done, n)
			}
			if m[3] != "" {
				if rate, _ := strconv.Atoi(m[3]); rate > 100000 {
					t.Errorf("an absurd rate: %q", f)
				}
			}
			if m[4] != "" {
				withTimeLeft++
			}
		case strings.HasPrefix(f, "kg: "):
		default:
			t.Errorf("unexpected on the screen: %q", f)
		}
	}
	t.Logf("ingest of %d articles in %v: %d frames of the bar, %d with the time left", n, took.Round(time.Millisecond), bars, withTimeLeft)
	if bars == 0 || withTimeLeft == 0 {
		t.Errorf("no progress bar with the total, percentage and time left on the screen:\n%q", text)
	}
	if !strings.Contains(text, "kg: 3000 articles: 3000 added, 0 replaced, 0 unchanged; 0 failed") {
		t.Errorf("no summary on the screen:\n%q", text)
	}
}
