package cli

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"kg/graph/postgres/pgtest"
)

// withoutPlace drops the lines of kg stats that name the store and give
// its size and schema version, which differ between stores.
var withoutPlace = regexp.MustCompile(`(?m)^(store|size|schema)\t.*\n`)

// TestPostgres runs kg on a PostgreSQL database of a throwaway server: it
// gives what it gives on a file, refuses what is not a store, and an
// ingest killed, or whose server goes away, leaves whole batches (exit 4
// and what to do, for the server).
func TestPostgres(t *testing.T) {
	srv := pgtest.Own(t)
	file := richStore(t)

	t.Run("same as a file", func(t *testing.T) {
		url := srv.URL(srv.NewDB(t))
		runOK(t, append([]string{"--store", url, "ingest", "-q"}, corpus(t)...)...)
		for _, args := range [][]string{
			{"stats"},
			{"export", "--format", "jsonld"},
			{"export", "--format", "dot", "--articles"},
			{"export", "--format", "jsonld", "--focus", "Nguyễn Đức Chung", "--depth", "2"},
			{"query", "attendees", "dai hoi"},
			{"query", "positions", "Phùng Khải Lợi", "--why"},
			{"query", "path", "Vũ Đăng Định", "Nguyễn Đức Chung"},
		} {
			want := file.kg(args...)
			got := runKG(t, "", append([]string{"--store", url}, args...)...)
			if args[0] == "stats" {
				want.stdout, got.stdout = withoutPlace.ReplaceAllString(want.stdout, ""), withoutPlace.ReplaceAllString(got.stdout, "")
			}
			if got.code != want.code || got.stdout != want.stdout {
				t.Errorf("kg %s: on PostgreSQL exit %d, on a file %d; stdout %s", strings.Join(args, " "), got.code, want.code,
					lineDiff(want.stdout, got.stdout))
			}
		}
		if r := runOK(t, "--store", url, "migrate"); !strings.Contains(r.stderr, "is up to date") {
			t.Errorf("kg migrate of a store just made: %v\nwant it said to be up to date", r)
		}
		// The keyword form names the same store.
		r := runKG(t, "", "--store", srv.KeywordDSN(strings.TrimPrefix(urlPath(t, url), "/")), "stats")
		if r.code != 0 || withoutPlace.ReplaceAllString(r.stdout, "") != withoutPlace.ReplaceAllString(file.kg("stats").stdout, "") {
			t.Errorf("stats through a keyword connection string: %v", r)
		}
	})

	t.Run("not a store", func(t *testing.T) {
		db := srv.NewDB(t)
		if err := srv.Exec(context.Background(), db, `CREATE TABLE notes (body text)`); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"stats"}, {"ingest", "-q", seedArticle}, {"migrate"}} {
			r := runKG(t, "", append([]string{"--store", srv.URL(db)}, args...)...)
			if r.code != ExitStore || !strings.Contains(r.stderr, "not a kg store") {
				t.Errorf("kg %s on a database of other tables: %v\nwant exit 4, not a kg store", args[0], r)
			}
		}
		empty := srv.NewDB(t)
		for _, cmd := range []string{"migrate", "stats"} { // stats after: migrate made no tables
			r := runKG(t, "", "--store", srv.URL(empty), cmd)
			if r.code != ExitStore || !strings.Contains(r.stderr, "ingest articles first") {
				t.Errorf("kg %s on an empty database: %v\nwant exit 4, ingest first", cmd, r)
			}
		}
	})

	if testing.Short() {
		t.Skip("runs kg processes; skipped with -short")
	}
	kg := kgBinary(t)
	const n, batch = 300, 20
	generated := genCorpus(t, n)
	clean := srv.URL(srv.NewDB(t))
	runOK(t, "--store", clean, "ingest", "-q", "--batch", strconv.Itoa(batch), generated)
	want := readState(t, clean)

	// ingest starts kg ingest into url and waits until it stored a batch.
	ingest := func(t *testing.T, url string) (*exec.Cmd, *bytes.Buffer, chan error) {
		t.Helper()
		cmd := exec.Command(kg, "ingest", "-q", "--no-progress", "--batch", strconv.Itoa(batch), "--store", url, generated)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
			if r := runKG(t, "", "--store", url, "stats"); r.code == 0 && statsArticles(t, r.stdout) > 0 {
				return cmd, &stderr, done
			}
			if time.Now().After(deadline) {
				t.Fatalf("no batch stored after a minute: %s", stderr.String())
			}
		}
	}
	wholeBatches := func(t *testing.T, url string) {
		t.Helper()
		if got := readState(t, url).articles; got%batch != 0 {
			t.Errorf("%d articles stored: not whole batches of %d", got, batch)
		}
	}

	t.Run("killed", func(t *testing.T) {
		url := srv.URL(srv.NewDB(t))
		cmd, _, done := ingest(t, url)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		<-done
		wholeBatches(t, url)
		runOK(t, "--store", url, "ingest", "-q", "--batch", strconv.Itoa(batch), generated)
		if got := readState(t, url); got.articles != want.articles || got.exports[0] != want.exports[0] || got.exports[1] != want.exports[1] {
			t.Errorf("after a killed ingest and another: %d articles, exports equal %v %v", got.articles,
				got.exports[0] == want.exports[0], got.exports[1] == want.exports[1])
		}
	})

	t.Run("server gone", func(t *testing.T) {
		url := srv.URL(srv.NewDB(t))
		_, stderr, done := ingest(t, url)
		if err := srv.Stop(); err != nil {
			t.Fatal(err)
		}
		err := <-done
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != ExitStore {
			t.Errorf("ingest when the server goes: %v, want exit 4", err)
		}
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		last := lines[len(lines)-1]
		if !strings.Contains(last, "cannot be reached") || !strings.Contains(last, "is the server running") {
			t.Errorf("ingest when the server goes said %q, want that it cannot be reached and what to do", last)
		}
		t.Logf("ingest when the server goes: %s", last)
		r := runKG(t, "", "--store", url, "stats")
		if r.code != ExitStore || !strings.Contains(r.stderr, "cannot be reached") {
			t.Errorf("stats with no server: %v", r)
		}
		if err := srv.Start(); err != nil {
			t.Fatal(err)
		}
		wholeBatches(t, url)
		runOK(t, "--store", url, "ingest", "-q", "--batch", strconv.Itoa(batch), generated)
		if got := readState(t, url); got.articles != want.articles || got.exports[0] != want.exports[0] {
			t.Errorf("after the server came back: %d articles, want %d; export equal %v", got.articles, want.articles, got.exports[0] == want.exports[0])
		}
	})
}

// runOK runs kg in-process and fails the test unless it exits with 0.
func runOK(t *testing.T, args ...string) ran {
	t.Helper()
	r := runKG(t, "", args...)
	if r.code != 0 {
		t.Fatalf("kg %s: %v", strings.Join(args, " "), r)
	}
	return r
}

// urlPath returns the path of a URL: the database, after a slash.
func urlPath(t *testing.T, url string) string {
	t.Helper()
	_, rest, _ := strings.Cut(url, "@")
	path, _, _ := strings.Cut(rest, "?")
	return path
}
