package cli

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// genCorpus writes n generated articles (samples/gen) and returns the
// folder that holds them, and only them.
func genCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	out, truth := filepath.Join(dir, "articles"), filepath.Join(dir, "truth")
	cmd := exec.Command(filepath.Join(binaries(t), "gen"), "-n", strconv.Itoa(n), "-o", out, "-truth", truth, "-seed", "7")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen: %v\n%s", err, b)
	}
	return out
}

// storeState is what a store holds, as a reader sees it.
type storeState struct {
	articles int
	exports  []string // jsonld, dot
}

// readState reads the article count and the exports of a store.
func readState(t *testing.T, store string) storeState {
	t.Helper()
	var st storeState
	r := runKG(t, "", "--store", store, "stats")
	if r.code != 0 {
		t.Fatalf("stats: %v", r)
	}
	st.articles = statsArticles(t, r.stdout)
	for _, f := range []string{"jsonld", "dot"} {
		r := runKG(t, "", "--store", store, "export", "--format", f)
		if r.code != 0 {
			t.Fatalf("export %s: %v", f, r)
		}
		st.exports = append(st.exports, r.stdout)
	}
	return st
}

func statsArticles(t *testing.T, stats string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^articles\t(\d+)$`).FindStringSubmatch(stats)
	if m == nil {
		t.Fatalf("no article count in %q", stats)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// summary matches the line ingest ends with.
var summary = regexp.MustCompile(`kg: (\d+) articles?: (\d+) added, (\d+) replaced, (\d+) unchanged; (\d+) failed`)

// interruptedLine matches the line an interrupted ingest ends with.
var interruptedLine = regexp.MustCompile(`^kg: interrupted: (\d+) articles? stored(?:, (\d+) more read but not stored; run the same command again to store them and the rest|; run the same command again to store the rest) \(stored articles are skipped\)$`)

// envInt reads a number from the environment, or def.
func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("$%s: %v", name, err)
	}
	return n
}

// TestKillIngest kills "kg ingest --batch 20" with SIGKILL at random
// moments, runs the same ingest again to the end, and checks that the
// store is the one a clean ingest makes, byte for byte in its exports.
// Every stored batch is whole: the articles a killed ingest leaves are a
// multiple of the batch. KG_KILL_TRIALS (default 6) and KG_KILL_SEED
// (default 1) set the trials.
func TestKillIngest(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs kg processes; skipped with -short")
	}
	kg := kgBinary(t)
	const n, batch = 300, 20
	corpus := genCorpus(t, n)
	ingest := func(store string) *exec.Cmd {
		return exec.Command(kg, "ingest", "--no-progress", "--batch", strconv.Itoa(batch), "--store", store, corpus)
	}

	clean := filepath.Join(t.TempDir(), "clean.db")
	start := time.Now()
	if out, err := ingest(clean).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	want := readState(t, clean)
	if want.articles != n {
		t.Fatalf("clean ingest stored %d articles, want %d", want.articles, n)
	}

	trials := envInt(t, "KG_KILL_TRIALS", 6)
	seed := envInt(t, "KG_KILL_SEED", 1)
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	var outcomes []string
	for i := range trials {
		dir := t.TempDir()
		store := filepath.Join(dir, "kg.db")
		// up to a little longer than a whole ingest: some trials kill
		// before the store exists, some after the ingest ended
		delay := time.Duration(rng.Int64N(int64(took * 11 / 10)))
		cmd := ingest(store)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		killErr := cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		killed := killErr == nil && cmd.ProcessState.Sys().(syscall.WaitStatus).Signaled()

		// what the killed ingest left, as a reader sees it
		left := "no store"
		files, _ := filepath.Glob(filepath.Join(dir, "kg.db*"))
		if len(files) > 0 {
			r := runKG(t, "", "--store", store, "stats")
			switch {
			case r.code == 0:
				k := statsArticles(t, r.stdout)
				left = fmt.Sprintf("%d articles", k)
				if k%batch != 0 && k != n {
					t.Errorf("trial %d: the killed ingest left %d articles, not whole batches of %d", i, k, batch)
				}
			case r.code == ExitStore && oneLine(r.stderr):
				left = "a store a reader refuses: " + strings.TrimSpace(r.stderr)
			default:
				t.Errorf("trial %d: stats after the kill: %v", i, r)
			}
		}

		// the same ingest again, to the end
		var stderr bytes.Buffer
		again := ingest(store)
		again.Stderr = &stderr
		if err := again.Run(); err != nil {
			t.Errorf("trial %d: ingest after the kill: %v\n%s", i, err, stderr.String())
			continue
		}
		m := summary.FindStringSubmatch(stderr.String())
		if m == nil {
			t.Errorf("trial %d: no summary from the second ingest: %q", i, stderr.String())
			m = make([]string, 6)
		}
		got := readState(t, store)
		same := got.articles == want.articles && got.exports[0] == want.exports[0] && got.exports[1] == want.exports[1]
		if !same {
			t.Errorf("trial %d: after the kill and a second ingest, the store differs from a clean one (%d articles)", i, got.articles)
			for j := range got.exports {
				if got.exports[j] != want.exports[j] {
					t.Log(lineDiff(want.exports[j], got.exports[j]))
				}
			}
		}
		what := "killed"
		if !killed {
			what = "ended before the kill"
		}
		outcomes = append(outcomes, fmt.Sprintf("trial %d: %s at %v: left %s; the second ingest added %s, %s unchanged; exports identical: %v",
			i, what, delay.Round(time.Millisecond), left, m[2], m[4], same))
	}
	t.Logf("clean ingest of %d articles in %v; %d trials (seed %d):\n%s", n, took.Round(time.Millisecond), trials, seed, strings.Join(outcomes, "\n"))

	// Ctrl-C: the batch being written is finished, the exit status is
	// 130, and the message says how many articles are stored, how many
	// were read and not stored, and what to do
	for i := range 2 {
		store := filepath.Join(t.TempDir(), "kg.db")
		cmd := ingest(store)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(took * time.Duration(20+25*i) / 100)
		cmd.Process.Signal(os.Interrupt)
		err := cmd.Wait()
		var ee *exec.ExitError
		lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
		m := interruptedLine.FindStringSubmatch(lines[len(lines)-1])
		switch {
		case err == nil:
			t.Logf("interrupt %d: the ingest ended first", i)
		case !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted || m == nil:
			t.Errorf("interrupt %d: %v\n%s\nwant exit 130 and a line saying what is stored", i, err, stderr.String())
		default:
			stored, _ := strconv.Atoi(m[1])
			if got := statsArticles(t, runKG(t, "", "--store", store, "stats").stdout); got != stored || stored%batch != 0 {
				t.Errorf("interrupt %d: said %d articles stored, the store holds %d", i, stored, got)
			}
			t.Logf("interrupt %d: exit 130 after %d articles", i, stored)
		}
		if out, err := ingest(store).CombinedOutput(); err != nil {
			t.Fatalf("ingest after an interrupt: %v\n%s", err, out)
		}
		if got := readState(t, store); got.exports[0] != want.exports[0] || got.exports[1] != want.exports[1] {
			t.Errorf("interrupt %d: after a second ingest, the store differs from a clean one", i)
		}
	}
}

// TestInterruptedCreation: a store created in rollback-journal mode and
// killed between writing the file and deleting the journal is a full
// file with a hot journal of an empty one. Readers refuse it with a
// message that says what to do; an ingest rolls it back and creates the
// store.
func TestInterruptedCreation(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	// a store with its schema and no article (the input is missing)
	if r := e.kg("ingest", e.path("missing.txt")); r.code != ExitSomeFailed {
		t.Fatalf("%v", r)
	}
	db, err := sql.Open("sqlite", "file:"+e.store)
	if err != nil {
		t.Fatal(err)
	}
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode = DELETE").Scan(&mode); err != nil || mode != "delete" {
		t.Fatalf("journal mode %q: %v", mode, err)
	}
	db.Close()
	// the journal of the creating transaction: nothing to restore but the
	// size the file had, 0 pages
	var h [512]byte
	copy(h[:], "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
	binary.BigEndian.PutUint32(h[12:], 0x7bc82364) // nonce
	binary.BigEndian.PutUint32(h[16:], 0)          // pages before
	binary.BigEndian.PutUint32(h[20:], 512)        // sector size
	binary.BigEndian.PutUint32(h[24:], 16384)      // page size
	e.write("kg.db-journal", h[:])

	r := e.kg("query", "search", "hà nội")
	want := "kg: open store $DIR/kg.db: its creation was interrupted (kg.db-journal is left): ingest into it again to finish it\n"
	if r.code != ExitStore || stable(r.stderr, e.dir) != want {
		t.Errorf("a reader: %v\nwant exit 4 and %q", r, want)
	}
	e.must("ingest", seedArticle)
	if got := statsArticles(t, e.must("stats").stdout); got != 1 {
		t.Errorf("%d articles, want 1", got)
	}
	e.must("query", "attendees", "dai hoi")
	if _, err := os.Stat(e.store + "-journal"); err == nil {
		t.Error("the journal is still there")
	}
}

// TestTwoProcesses: while one kg ingests, queries and stats in another
// process read the store (each time a whole number of batches), and
// second ingests with --lock-timeout 200ms either wait and succeed or fail
// with exit status 4 and a message about the lock. Nothing is lost: once
// the failed ones are run again, every article is stored.
func TestTwoProcesses(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs kg processes; skipped with -short")
	}
	kg := kgBinary(t)
	const n, batch = 300, 100
	generated := genCorpus(t, n)
	e := newEnv(t)
	var others []string
	for i, f := range corpus(t) {
		others = append(others, e.write(fmt.Sprintf("other/%02d.txt", i), mustRead(t, f)))
	}

	first := exec.Command(kg, "ingest", "-q", "--no-progress", "--batch", strconv.Itoa(batch), "--store", e.store, generated)
	var firstErr bytes.Buffer
	first.Stderr = &firstErr
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- first.Wait() }()

	reads, writes := map[string]int{}, map[string]int{}
	var failed []string
	next, last := 0, 0
	for running := true; running; {
		select {
		case err := <-done:
			running = false
			if err != nil {
				t.Fatalf("the first ingest: %v\n%s", err, firstErr.String())
			}
			continue
		default:
		}
		// readers
		r := e.kg("stats")
		switch {
		case r.code == 0:
			k := statsArticles(t, r.stdout)
			if (k-writes["second ingest waited and succeeded"])%batch != 0 || k < last {
				t.Errorf("a reader saw %d articles after %d: not whole batches of %d", k, last, batch)
			}
			last = k
			reads["stats ok"]++
		case r.code == ExitStore && strings.Contains(r.stderr, "ingest articles first"):
			reads["stats before the store existed"]++ // the first ingest has not created it yet
		default:
			t.Errorf("stats during an ingest: %v", r)
		}
		switch r := e.kg("query", "search", "hà nội"); r.code {
		case 0:
			reads["search ok"]++
		case ExitNoMatch, ExitStore:
			reads["search before any article"]++
		default:
			t.Errorf("search during an ingest: %v", r)
		}
		// a second writer, one article at a time
		if next < len(others) {
			cmd := exec.Command(kg, "ingest", "-q", "--no-progress", "--lock-timeout", "200ms", "--store", e.store, others[next])
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			var ee *exec.ExitError
			switch {
			case err == nil:
				writes["second ingest waited and succeeded"]++
			case errors.As(err, &ee) && ee.ExitCode() == ExitStore && strings.Contains(stderr.String(), "locked") && strings.Contains(stderr.String(), "--lock-timeout"):
				writes["second ingest refused: locked (exit 4)"]++
				failed = append(failed, others[next])
			default:
				t.Errorf("a second ingest: %v\n%s", err, stderr.String())
			}
			next++
		}
	}
	// the rest, and the refused ones again
	rest := append(failed, others[next:]...)
	if len(rest) > 0 {
		e.must(append([]string{"ingest", "-q"}, rest...)...)
	}
	if got := statsArticles(t, e.must("stats").stdout); got != n+len(others) {
		t.Errorf("%d articles stored, want %d", got, n+len(others))
	}
	e.must("query", "positions", "Phùng Khải Lợi")
	t.Logf("during one ingest of %d articles in batches of %d: reads %v; writes %v", n, batch, reads, writes)
	if reads["stats ok"] == 0 {
		t.Log("no read happened while the store held articles: the ingest was too quick to be caught")
	}
}

// TestMaxArticleBytes: an article over the limit is named on standard
// error with the flag that raises the limit, the others are ingested,
// and the exit status is 3; a limit under 1 is a usage error.
func TestMaxArticleBytes(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	big := e.write("big.txt", mustRead(t, seedArticle)) // 6.4 KiB
	small := e.write("small.txt", mustRead(t, "../../../../ingest/extract/testdata/seminar-former.txt"))
	lines := `{"title":"Một","text":"` + strings.Repeat("Hà Nội. ", 1000) + `"}` + "\n" +
		`{"title":"Hai","text":"Ngày 5/3/2024, ông Trần Văn Bình, Giám đốc Sở Tư pháp tỉnh Bắc Ninh dự Hội nghị tổng kết."}` + "\n"
	jsonl := e.write("dump.jsonl", []byte(lines))

	r := e.kg("ingest", "-v", "--max-article-bytes", "3000", big, small, jsonl)
	wantErr := "kg: $DIR/big.txt: too large: file of 6.4 KiB, the limit for one article is 2.9 KiB (raise it with --max-article-bytes)\n" +
		"kg: $DIR/dump.jsonl:1: too large: record of 10.8 KiB, the limit for one article is 2.9 KiB (raise it with --max-article-bytes)\n" +
		"kg: 2 articles: 2 added, 0 replaced, 0 unchanged; 2 failed (T)\n"
	if r.code != ExitSomeFailed || stable(r.stderr, e.dir) != wantErr || strings.Count(r.stdout, "added\t") != 2 {
		t.Errorf("got %v\nwant exit 3 and\n%s", r, wantErr)
	}
	r = runKG(t, string(mustRead(t, seedArticle)), "--store", e.store, "ingest", "-", "--max-article-bytes", "3000")
	if r.code != ExitSomeFailed || !strings.Contains(r.stderr, "kg: <stdin>: too large") || !strings.Contains(r.stderr, "--max-article-bytes") {
		t.Errorf("standard input: %v", r)
	}
	// under the default limit, both are stored
	r = e.must("ingest", big, jsonl)
	if !strings.Contains(r.stderr, "2 added, 0 replaced, 1 unchanged; 0 failed") {
		t.Errorf("default limit: %v", r)
	}
	for _, bad := range []string{"0", "-5"} {
		r := e.kg("ingest", "--max-article-bytes", bad, small)
		if want := "kg: --max-article-bytes " + bad + ": want 1 or more\n"; r.code != ExitUsage || r.stderr != want {
			t.Errorf("--max-article-bytes %s: %v\nwant exit 2 and %q", bad, r, want)
		}
	}
}

// TestWriteLock: while another connection holds the store's write lock,
// readers read; an ingest with --lock-timeout 200ms gives up after about
// that long with exit status 4 and a message about the lock, leaving the
// store as it was; an ingest with a longer timeout waits and succeeds
// once the lock is released.
func TestWriteLock(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	before := e.must("export", "--format", "jsonld").stdout
	hostile := e.write("hostile.txt", []byte(hostileArticle()))

	db, err := sql.Open("sqlite", "file:"+e.store)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := t.Context()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}

	e.must("query", "attendees", "dai hoi")
	e.must("stats")

	start := time.Now()
	r := e.kg("--lock-timeout", "200ms", "ingest", hostile)
	took := time.Since(start)
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	last := lines[len(lines)-1]
	if r.code != ExitStore || !strings.Contains(last, "locked") || !strings.Contains(last, "--lock-timeout") || !strings.Contains(last, e.store) {
		t.Errorf("ingest on a locked store: %v\nwant exit 4 and a line about the lock", r)
	}
	if took < 200*time.Millisecond || took > 5*time.Second {
		t.Errorf("ingest gave up after %v, want about 200ms", took)
	}
	if got := e.must("export", "--format", "jsonld").stdout; got != before {
		t.Error("a refused ingest changed the store")
	}

	released := make(chan struct{})
	go func() {
		time.Sleep(300 * time.Millisecond)
		conn.ExecContext(ctx, "ROLLBACK")
		close(released)
	}()
	r = e.kg("--lock-timeout", "10s", "ingest", "-v", hostile)
	<-released
	if r.code != 0 || !strings.Contains(r.stdout, "added\t") {
		t.Errorf("ingest waiting for the lock: %v", r)
	}
	e.must("query", "attendees", "hoi thao khoa hoc")
}

// asUnprivileged returns how to run kg so that file permissions apply:
// in-process for an ordinary user; as root, the built kg run as nobody
// through setpriv, or the test is skipped.
func asUnprivileged(t *testing.T) func(args ...string) ran {
	t.Helper()
	if os.Geteuid() != 0 {
		return func(args ...string) ran { return runKG(t, "", args...) }
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("running as root, where permissions are not enforced, and no setpriv to run kg as another user")
	}
	if testing.Short() {
		t.Skip("running as root: kg must be built to run as another user; skipped with -short")
	}
	kg := kgBinary(t)
	return func(args ...string) ran {
		cmd := exec.Command(setpriv, append([]string{"--reuid=65534", "--regid=65534", "--clear-groups", kg}, args...)...)
		cmd.Dir = os.TempDir()
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("setpriv: %v", err)
		}
		return ran{stdout: out.String(), stderr: errb.String(), code: code}
	}
}

// TestReadOnlyStore: a store file of mode 0444 in a folder of mode 0555
// (with the files SQLite keeps beside it, or copied alone) can be read by
// every command that reads; an ingest exits 4 with one line that says the
// store is read-only, and the folder is left as it was.
func TestReadOnlyStore(t *testing.T) {
	t.Parallel()
	kg := asUnprivileged(t)
	src := newEnv(t)
	src.must("ingest", "-q", seedArticle)
	want := src.must("export", "--format", "jsonld").stdout
	for _, alone := range []bool{false, true} {
		t.Run(fmt.Sprintf("alone=%v", alone), func(t *testing.T) {
			dir, err := os.MkdirTemp("", "kg-readonly-")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() {
				os.Chmod(filepath.Join(dir, "store"), 0o755)
				os.RemoveAll(dir)
			})
			if err := os.Chmod(dir, 0o755); err != nil { // for others to enter
				t.Fatal(err)
			}
			e := &kgEnv{t: t, dir: dir, store: filepath.Join(dir, "store", "kg.db")}
			files, _ := filepath.Glob(src.store + "*")
			for _, f := range files {
				if alone && f != src.store {
					continue
				}
				e.write(filepath.Join("store", filepath.Base(f)), mustRead(t, f))
			}
			article := e.write("article.txt", mustRead(t, "../../../../ingest/extract/testdata/seminar-former.txt"))
			files, _ = filepath.Glob(e.store + "*")
			for _, p := range files {
				if err := os.Chmod(p, 0o444); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Chmod(filepath.Dir(e.store), 0o555); err != nil {
				t.Fatal(err)
			}
			folder := snapshot(t, filepath.Dir(e.store))

			r := kg("--store", e.store, "ingest", article)
			lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if last := lines[len(lines)-1]; r.code != ExitStore || !strings.Contains(last, "read-only") {
				t.Errorf("ingest into a read-only store: %v\nwant exit 4 and a line saying the store is read-only", r)
			}
			for _, args := range [][]string{
				{"stats"},
				{"query", "attendees", "dai hoi"},
				{"query", "search", "hà nội", "--format", "json"},
				{"export", "--format", "dot"},
			} {
				if r := kg(append([]string{"--store", e.store}, args...)...); r.code != 0 {
					t.Errorf("kg %q on a read-only store: %v", args, r)
				}
			}
			if r := kg("--store", e.store, "export", "--format", "jsonld"); r.code != 0 || r.stdout != want {
				t.Errorf("export of a read-only store: exit %d, same bytes: %v", r.code, r.stdout == want)
			}
			out := filepath.Join(filepath.Dir(e.store), "graph.dot")
			r = kg("--store", e.store, "export", "--format", "dot", "-o", out)
			if want := "kg: write " + out + ": permission denied\n"; r.code != ExitError || r.stderr != want {
				t.Errorf("export -o into a read-only folder: %v\nwant exit 5 and %q", r, want)
			}
			if got := snapshot(t, filepath.Dir(e.store)); got != folder {
				t.Errorf("the store's folder changed:\n%s\nwas\n%s", got, folder)
			}
		})
	}
}

// snapshot describes the files of a folder: names, modes and contents.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range ents {
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		data := mustRead(t, filepath.Join(dir, e.Name()))
		fmt.Fprintf(&b, "%s %v %d %x\n", e.Name(), fi.Mode().Perm(), len(data), sha256.Sum256(data))
	}
	return b.String()
}
