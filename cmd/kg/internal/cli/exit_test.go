package cli

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestUsageErrors: a bad command line exits 2 with one line on standard
// error that says where help is, and writes nothing else.
func TestUsageErrors(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	tests := []struct {
		args []string
		want string // standard error
	}{
		{[]string{"--bogus"}, "kg: unknown flag: --bogus (see kg --help)\n"},
		{[]string{"query", "attendees", "--bogus", "x"}, "kg: unknown flag: --bogus (see kg query attendees --help)\n"},
		{[]string{"export", "-z"}, "kg: unknown shorthand flag: 'z' in -z (see kg export --help)\n"},
		{[]string{"bogus"}, "kg: unknown command \"bogus\" for \"kg\" (see kg --help)\n"},
		{[]string{"query", "bogus", "x"}, "kg: unknown command \"bogus\" for \"kg query\" (see kg query --help)\n"},
		{[]string{"query", "attendees"}, "kg: accepts 1 arg(s), received 0 (see kg query attendees --help)\n"},
		{[]string{"query", "path", "a"}, "kg: accepts 2 arg(s), received 1 (see kg query path --help)\n"},
		{[]string{"query", "attendees", "x", "--format", "xml"}, "kg: --format \"xml\": want table, json or csv\n"},
		{[]string{"query", "neighbors", "x", "--depth", "0"}, "kg: --depth 0: want 1 or more\n"},
		{[]string{"query", "path", "a", "b", "--max-depth", "0"}, "kg: --max-depth 0: want 1 or more\n"},
		{[]string{"query", "path", "Nguyễn", "Vũ Đăng Định", "--all"}, "kg: path: name one entity at each end (--all does not apply)\n"},
		{[]string{"export"}, "kg: required flag(s) \"format\" not set (see kg export --help)\n"},
		{[]string{"export", "--format", "png"}, "kg: unknown export format \"png\": want one of dot, svg, jsonld, nquads, turtle, graphml, neo4j, html\n"},
		{[]string{"export", "--format", "dot", "--depth", "-1"}, "kg: --depth -1: want 0 or more\n"},
		{[]string{"export", "--format", "dot", "--depth", "x"}, "kg: invalid argument \"x\" for \"--depth\" flag: strconv.ParseInt: parsing \"x\": invalid syntax (see kg export --help)\n"},
		{[]string{"export", "--format", "svg", "--layout", "bogus"}, ""}, // checked below: needs kg-svg
		{[]string{"ingest"}, "kg: requires at least 1 arg(s), only received 0 (see kg ingest --help)\n"},
		{[]string{"ingest", "--format", "docx", "x"}, "kg: unknown format \"docx\": want txt, html or jsonl\n"},
		{[]string{"stats", "extra"}, "kg: unknown command \"extra\" for \"kg stats\" (see kg stats --help)\n"},
		{[]string{"demo", "--format", "png"}, "kg: unknown export format \"png\": want one of dot, svg, jsonld, nquads, turtle, graphml, neo4j, html\n"},
		{[]string{"demo", "--format", "nquads"}, "kg: demo writes dot, svg or jsonld; for nquads, run kg export --format nquads on the demo's store\n"},
		{[]string{"--lock-timeout", "5", "stats"}, "kg: invalid argument \"5\" for \"--lock-timeout\" flag: time: missing unit in duration \"5\" (see kg stats --help)\n"},
	}
	for _, tt := range tests {
		if tt.want == "" {
			continue
		}
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := e.kg(tt.args...)
			if r.code != ExitUsage || r.stdout != "" || r.stderr != tt.want {
				t.Errorf("got %v\nwant exit 2 and stderr %q", r, tt.want)
			}
		})
	}
}

// TestHelp: kg, kg query and --help print help on standard output and
// succeed; the help gives the exit statuses.
func TestHelp(t *testing.T) {
	e := newEnv(t)
	for _, args := range [][]string{{}, {"--help"}, {"query"}, {"query", "--help"}, {"export", "--help"}, {"ingest", "-h"}} {
		r := e.kg(args...)
		if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "Usage:") {
			t.Errorf("kg %q: %v", args, r)
		}
		if len(args) > 0 && !strings.Contains(r.stdout, "130  interrupted") {
			t.Errorf("kg %q: no exit statuses in the help", args)
		}
	}
	if _, err := os.Stat(e.store); err == nil {
		t.Error("help created the store")
	}
}

// TestMissingStore: a command that reads exits 4 with one line naming the
// file and the command that makes it, and creates nothing.
func TestMissingStore(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		env  string // $KG_STORE
		want string
	}{
		{[]string{"--store", filepath.Join(dir, "none.db"), "query", "attendees", "dai hoi"}, "",
			"kg: store $DIR/none.db does not exist: ingest articles first (kg ingest --store $DIR/none.db FILE...)\n"},
		{[]string{"--store", filepath.Join(dir, "none.db"), "export", "--format", "dot"}, "",
			"kg: store $DIR/none.db does not exist: ingest articles first (kg ingest --store $DIR/none.db FILE...)\n"},
		{[]string{"--store", filepath.Join(dir, "no folder", "it's.db"), "stats"}, "",
			"kg: store $DIR/no folder/it's.db does not exist: ingest articles first (kg ingest --store '$DIR/no folder/it'\\''s.db' FILE...)\n"},
		{[]string{"query", "search", "x"}, filepath.Join(dir, "env.db"),
			"kg: store $DIR/env.db does not exist: ingest articles first (kg ingest FILE...)\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			t.Setenv("KG_STORE", tt.env)
			r := runKG(t, "", tt.args...)
			if r.code != ExitStore || r.stdout != "" || stable(r.stderr, dir) != tt.want {
				t.Errorf("got %v\nwant exit 4 and stderr %q", r, tt.want)
			}
		})
	}
	if ents, _ := os.ReadDir(dir); len(ents) > 0 {
		t.Errorf("reading a missing store created %v", ents)
	}

	// ingest makes the store, not its folder
	r := runKG(t, "", "--store", filepath.Join(dir, "nowhere", "kg.db"), "ingest", seedArticle)
	want := "kg: open store $DIR/nowhere/kg.db: folder $DIR/nowhere does not exist\n"
	if r.code != ExitStore || stable(r.stderr, dir) != want {
		t.Errorf("ingest into a missing folder: %v\nwant exit 4 and %q", r, want)
	}
}

// TestEmptyStoreFile: an empty file (what an ingest killed while creating
// the store leaves) is no store for a reader, and a new one for ingest.
func TestEmptyStoreFile(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.write("kg.db", nil)
	r := e.kg("query", "search", "hà nội")
	want := "kg: store $DIR/kg.db is empty: ingest articles first (kg ingest --store $DIR/kg.db FILE...)\n"
	if r.code != ExitStore || stable(r.stderr, e.dir) != want {
		t.Errorf("got %v\nwant exit 4 and stderr %q", r, want)
	}
	e.must("ingest", seedArticle)
	e.must("query", "search", "hà nội")
}

// TestNotAStore: a file that is not a kg store exits 4 for every command
// and is left as it was, byte for byte.
func TestNotAStore(t *testing.T) {
	t.Parallel()
	garbage := bytes.Repeat([]byte("not a kg store \x00\xff\x89PNG\r\n"), 500)
	sqliteOther := append([]byte("SQLite format 3\x00"), make([]byte, 4080)...)
	for name, data := range map[string][]byte{"garbage": garbage, "short": []byte("SQLite"), "other-sqlite": sqliteOther} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			e.write("kg.db", data)
			for _, args := range [][]string{
				{"query", "search", "hà nội"},
				{"query", "attendees", "dai hoi"},
				{"stats"},
				{"export", "--format", "jsonld"},
				{"ingest", seedArticle},
				{"demo", "--format", "dot"},
			} {
				r := e.kg(args...)
				if r.code != ExitStore || r.stdout != "" {
					t.Errorf("kg %q: %v\nwant exit 4", args, r)
				}
				// the ingest summary comes first; the error is the last line
				lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
				last := lines[len(lines)-1]
				if !strings.Contains(last, e.store) || !strings.Contains(last, "not a kg store") || !strings.Contains(last, "--store") {
					t.Errorf("kg %q: stderr %q: want a line naming the file, saying it is not a kg store and what to do", args, r.stderr)
				}
				got, err := os.ReadFile(e.store)
				if err != nil || !bytes.Equal(got, data) {
					t.Fatalf("kg %q changed the file (%v)", args, err)
				}
				if m, _ := filepath.Glob(e.store + "-*"); len(m) > 0 {
					t.Errorf("kg %q left %v", args, m)
				}
			}
		})
	}
}

// TestIngestMixedInputs: the good inputs are ingested, each bad one is
// named on standard error in one line, and the exit status is 3.
func TestIngestMixedInputs(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	good := e.write("in/good.txt", mustRead(t, seedArticle))
	empty := e.write("in/empty.txt", nil)
	png := e.write("in/image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"))
	pngTxt := e.write("in/image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"))
	e.write("in/notes/readme.md", []byte("# notes\n"))
	emptyDir := e.path("in/empty")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	good2 := e.write("in/good2.txt", mustRead(t, "../../../../ingest/extract/testdata/seminar-former.txt"))
	missing := e.path("in/missing.txt")

	r := e.kg("ingest", "-v", good, empty, png, pngTxt, missing, emptyDir, e.path("in/notes"), e.path("in/nothing*.txt"), good2)
	want := ran{code: ExitSomeFailed,
		stdout: "added\tarticle:f7aa2c0c8c485124\t$DIR/in/good.txt\t27\t55\n" +
			"added\tarticle:3158c8a1812cf149\t$DIR/in/good2.txt\t18\t31\n",
		stderr: "kg: $DIR/in/empty.txt: empty: no text\n" +
			"kg: $DIR/in/image.png: binary, not text: looks like a PNG image\n" +
			"kg: $DIR/in/image.txt: binary, not text: looks like a PNG image\n" +
			"kg: $DIR/in/missing.txt: stat: no such file or directory\n" +
			"kg: $DIR/in/empty: no articles: no .txt, .html or .jsonl file in the directory\n" +
			"kg: $DIR/in/notes: no articles: no .txt, .html or .jsonl file in the directory\n" +
			"kg: $DIR/in/nothing*.txt: no file matches the pattern\n" +
			"kg: 2 articles: 2 added, 0 replaced, 0 unchanged; 7 failed (T)\n"}
	got := ran{code: r.code, stdout: stable(r.stdout, e.dir), stderr: stable(r.stderr, e.dir)}
	if got.code != want.code || got.stdout != checkIDs(t, got.stdout, want.stdout) || got.stderr != want.stderr {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}

	// what was good is stored: asking again changes nothing
	r = e.must("ingest", "-v", good, good2)
	if !strings.HasPrefix(r.stdout, "unchanged\t") || !strings.Contains(r.stderr, "kg: 2 articles: 0 added, 0 replaced, 2 unchanged; 0 failed") {
		t.Errorf("second ingest: %v", r)
	}
	e.must("query", "attendees", "dai hoi")
}

// checkIDs returns want, unless the only difference with got is in the
// counts of entities and facts, which belong to the extractor: then got.
func checkIDs(t *testing.T, got, want string) string {
	t.Helper()
	strip := func(s string) string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			f := strings.Split(l, "\t")
			out = append(out, strings.Join(f[:min(3, len(f))], "\t"))
		}
		return strings.Join(out, "\n")
	}
	if strip(got) == strip(want) {
		return got
	}
	return want
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestNewerStore: a store written by a newer kg (a schema version this kg
// does not know) is refused with exit status 4 by every command, and left
// as it was.
func TestNewerStore(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.must("ingest", "-q", seedArticle)
	db, err := sql.Open("sqlite", "file:"+e.store)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := snapshot(t, e.dir)
	for _, args := range [][]string{{"stats"}, {"query", "search", "hà nội"}, {"export", "--format", "dot"}, {"ingest", seedArticle}} {
		r := e.kg(args...)
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		if last := lines[len(lines)-1]; r.code != ExitStore || !strings.Contains(last, "schema version 99") || !strings.Contains(last, "update kg") {
			t.Errorf("kg %q: %v\nwant exit 4 and a line saying a newer kg wrote the store", args, r)
		}
	}
	if after := snapshot(t, e.dir); after != before {
		t.Errorf("the store changed:\n%s\nwas\n%s", after, before)
	}
}

// TestDemo: kg demo ingests the bundled sample and exports it; run again,
// it changes nothing.
func TestDemo(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	out := e.path("seed.jsonld")
	r := e.must("demo", "--format", "jsonld", "-o", out)
	if r.stdout != "" || !strings.HasSuffix(stable(r.stderr, e.dir), "kg: wrote $DIR/seed.jsonld\nkg: the sample is in $DIR/kg.db; ask it: kg --store $DIR/kg.db query attendees \"dai hoi\"\n") {
		t.Errorf("demo: %v", r)
	}
	g := readJSONLD(t, mustRead(t, out))
	if ev := g.events[congress]; !slices.Equal(ev.attendees, congressAttendees) {
		t.Errorf("the congress of the demo: %+v", ev)
	}
	r = e.must("demo", "--format", "dot")
	if !strings.Contains(r.stderr, "0 added, 0 replaced, 1 unchanged") || !strings.HasPrefix(r.stdout, "digraph kg {") {
		t.Errorf("demo again: %v", r)
	}
}

// TestDemoOwnStore: without --store, kg demo writes kg-demo.db in the
// current folder, neither kg.db nor $KG_STORE, and says how to ask it.
func TestDemoOwnStore(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("KG_STORE", filepath.Join(dir, "mine.db"))
	r := runKG(t, "", "demo", "--format", "dot", "-o", "seed.dot")
	if r.code != 0 || !strings.HasSuffix(r.stderr, "kg: the sample is in kg-demo.db; ask it: kg --store kg-demo.db query attendees \"dai hoi\"\n") {
		t.Fatalf("demo: %v", r)
	}
	for name, want := range map[string]bool{"kg-demo.db": true, "kg.db": false, "mine.db": false, "seed.dot": true} {
		if _, err := os.Stat(name); (err == nil) != want {
			t.Errorf("%s exists: %v, want %v", name, err == nil, want)
		}
	}
	if r := runKG(t, "", "--store", "kg-demo.db", "query", "attendees", "dai hoi"); r.code != 0 || r.stdout == "" {
		t.Errorf("the query the demo suggests: %v", r)
	}
}

// TestExitStatusHelp: each command's help lists the exit statuses it can
// end with, and no others.
func TestExitStatusHelp(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		want []string // codes listed, in order; nil for no block
	}{
		{[]string{"--help"}, []string{"0", "1", "2", "3", "4", "5", "130"}},
		{[]string{"ingest", "--help"}, []string{"0", "2", "3", "4", "5", "130"}},
		{[]string{"export", "--help"}, []string{"0", "1", "2", "4", "5", "130"}},
		{[]string{"query", "attendees", "--help"}, []string{"0", "1", "2", "4", "5", "130"}},
		{[]string{"stats", "--help"}, []string{"0", "2", "4", "5"}},
		{[]string{"demo", "--help"}, []string{"0", "2", "4", "5", "130"}},
		{[]string{"version", "--help"}, []string{"0", "2"}},
		{[]string{"completion", "--help"}, nil},
		{[]string{"completion", "bash", "--help"}, nil},
	}
	code := regexp.MustCompile(`(?m)^  (\d+) +\S`)
	for _, tt := range tests {
		r := runKG(t, "", tt.args...)
		_, block, found := strings.Cut(r.stdout, "\nExit status:\n")
		var got []string
		for _, m := range code.FindAllStringSubmatch(block, -1) {
			got = append(got, m[1])
		}
		if r.code != 0 || found != (tt.want != nil) || !slices.Equal(got, tt.want) {
			t.Errorf("kg %s: exit statuses %q (block: %v), want %q", strings.Join(tt.args, " "), got, found, tt.want)
		}
	}
}
