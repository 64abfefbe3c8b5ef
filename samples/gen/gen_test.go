package main

import (
	"bytes"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"kg/ingest/token"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

var (
	worldsMu sync.Mutex
	worlds   = map[int]*World{}
)

// testWorld returns the world of seed 1 with the given provinces, built
// once per test binary.
func testWorld(t testing.TB, provinces int) *World {
	t.Helper()
	worldsMu.Lock()
	defer worldsMu.Unlock()
	if w, ok := worlds[provinces]; ok {
		return w
	}
	w, err := NewWorld(Data(), 1, provinces)
	if err != nil {
		t.Fatal(err)
	}
	worlds[provinces] = w
	return w
}

// readTree returns the files under dir by their paths relative to it.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[rel] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestDeterministic(t *testing.T) {
	for _, f := range []string{"txt", "jsonl", "html"} {
		t.Run(f, func(t *testing.T) {
			var trees []map[string][]byte
			for range 2 {
				dir := t.TempDir()
				var stderr bytes.Buffer
				if err := run([]string{"-n", "1001", "-o", filepath.Join(dir, "c"), "-format", f, "-seed", "7"}, io.Discard, &stderr); err != nil {
					t.Fatalf("%v\n%s", err, stderr.String())
				}
				trees = append(trees, readTree(t, dir))
			}
			a, b := trees[0], trees[1]
			if len(a) != len(b) {
				t.Fatalf("%d files, then %d", len(a), len(b))
			}
			for name, data := range a {
				if !bytes.Equal(data, b[name]) {
					t.Errorf("%s differs between two runs", name)
				}
			}
			// the truth beside the corpus, not in it, where kg would read it
			for _, name := range []string{"truth.jsonl", "homonyms.json"} {
				if _, ok := a[filepath.Join("c-truth", name)]; !ok {
					t.Errorf("no c-truth/%s", name)
				}
			}
			for name := range a {
				if strings.HasPrefix(name, "c"+string(filepath.Separator)) && !strings.HasSuffix(name, "."+f) {
					t.Errorf("%s in the corpus folder", name)
				}
			}
			if f == "txt" {
				if _, ok := a[filepath.FromSlash("c/0001/001001.txt")]; !ok {
					t.Errorf("no c/0001/001001.txt: articles 1001 to 2000 go in folder 0001")
				}
			}
		})
	}
}

// TestTruthDir: the truth goes beside the corpus by default, where -truth
// says otherwise, and never inside the corpus.
func TestTruthDir(t *testing.T) {
	base := t.TempDir()
	out := filepath.Join(base, "corpus")
	tests := []struct {
		out, truth string
		want       string // "" for an error
	}{
		{out, "", out + "-truth"},
		{out + string(filepath.Separator), "", out + "-truth"},
		{out, filepath.Join(base, "t"), filepath.Join(base, "t")},
		{out, filepath.Join(base, "corpus2"), filepath.Join(base, "corpus2")},
		{out, out, ""},
		{out, filepath.Join(out, "truth"), ""},
		{string(filepath.Separator), "", ""},
	}
	for _, tt := range tests {
		got, err := truthDir(tt.out, tt.truth)
		if tt.want == "" && err == nil || tt.want != "" && (err != nil || got != tt.want) {
			t.Errorf("truthDir(%q, %q) = %q, %v; want %q", tt.out, tt.truth, got, err, tt.want)
		}
	}
}

func TestSeedsDiffer(t *testing.T) {
	w1, err := NewWorld(Data(), 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	w2, err := NewWorld(Data(), 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(w1.Article(1, 1).Text(), w2.Article(2, 1).Text()) {
		t.Error("seeds 1 and 2 give the same first article")
	}
}

func TestHomonyms(t *testing.T) {
	w := testWorld(t, provincesFor(10000))
	officials := 0
	for _, p := range w.People {
		if p.Kind == Official {
			officials++
		}
	}
	groups := w.homonymList()
	shared := 0
	byID := map[string]*Person{}
	for _, p := range w.People {
		byID[p.ID()] = p
	}
	c := &gen{w: w}
	for _, h := range groups {
		shared += len(h.People)
		if len(h.People) != 2 {
			t.Errorf("%s: %d people, want a pair", h.Name, len(h.People))
			continue
		}
		x, y := byID[h.People[0]], byID[h.People[1]]
		if x.Kind != Official || y.Kind != Official {
			t.Errorf("%s: not two officials", h.Name)
		}
		if x.Province == nil || y.Province == nil || x.Province == y.Province {
			t.Errorf("%s: not in two provinces", h.Name)
		}
		if x.Female != y.Female {
			t.Errorf("%s: a man and a woman", h.Name)
		}
		orgs := map[string]bool{}
		for _, term := range x.Terms {
			for _, ti := range term.Post.Titles {
				orgs[c.orgName(ti.Org, true)] = true
			}
		}
		for _, term := range y.Terms {
			for _, ti := range term.Post.Titles {
				if o := c.orgName(ti.Org, true); orgs[o] {
					t.Errorf("%s: both in %s", h.Name, o)
				}
			}
		}
	}
	rate := float64(shared) / float64(officials)
	if rate < 0.015 || rate > 0.025 {
		t.Errorf("%d of %d officials share a name (%.1f%%), want about 2%%", shared, officials, 100*rate)
	}
}

// TestArticles checks what every article must have: a person named (with
// a title, but for a trial's defendants), every person noted named in the
// text, and the province it is about.
func TestArticles(t *testing.T) {
	w := testWorld(t, provincesFor(1000))
	for n := 1; n <= 1000; n++ {
		a := w.Article(1, n)
		text := token.Key(string(a.Text()))
		titled := false
		for _, m := range a.Mentions {
			if !strings.Contains(text, token.Key(m.Person.Name)) {
				t.Errorf("article %d: %s is noted but not named", n, m.Person.Name)
			}
			if len(m.Titles) > 0 {
				titled = true
			}
		}
		if len(a.Mentions) == 0 {
			t.Errorf("article %d names nobody:\n%s", n, a.Text())
		}
		if !titled && a.Kind != kindTrial {
			t.Errorf("article %d names nobody with a title:\n%s", n, a.Text())
		}
		if p := a.Province.Name; !strings.Contains(text, token.Key(p)) && !(p == "Hồ Chí Minh" && strings.Contains(text, "tp.hcm")) {
			t.Errorf("article %d does not name its province %s:\n%s", n, p, a.Text())
		}
	}
}

// TestDiagnoseLabel checks that the extraction diagnostic says, before
// anything else, that it is not a quality measure.
func TestDiagnoseLabel(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-n", "5", "-diagnose"}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "DIAGNOSTIC, NOT A QUALITY MEASURE") {
		t.Errorf("the diagnostic does not open with its label:\n%s", stdout.String())
	}
	if !strings.Contains(stdout.String(), "articles 5;") {
		t.Errorf("the diagnostic does not count the 5 articles:\n%s", stdout.String())
	}
}

func TestGolden(t *testing.T) {
	w, err := NewWorld(Data(), 1, provincesFor(3))
	if err != nil {
		t.Fatal(err)
	}
	var jsonl []byte
	for n := 1; n <= 3; n++ {
		a := w.Article(1, n)
		golden(t, filepath.Join("testdata", Path(n, FormatTxt)[5:]+".golden"), a.Text())
		jsonl = append(append(jsonl, a.JSON()...), '\n')
		if n == 1 {
			golden(t, filepath.Join("testdata", Path(n, FormatHTML)[5:]+".golden"), a.HTML())
		}
	}
	golden(t, filepath.Join("testdata", "corpus.jsonl.golden"), jsonl)
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
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
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; got:\n%s", path, got)
	}
}

func TestOldTone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ủy ban nhân dân tỉnh Hòa Bình", "Uỷ ban nhân dân tỉnh Hoà Bình"},
		{"khóa XVIII, Thanh Hóa, khỏe", "khoá XVIII, Thanh Hoá, khoẻ"},
		{"hoàn thành, quý, Huỳnh, thủy", "hoàn thành, quý, Huỳnh, thuỷ"},
		{"HÒA", "HÒA"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := oldTone(tt.in); got != tt.want {
			t.Errorf("oldTone(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-n", "3"}, "no output folder"},
		{[]string{"-n", "0", "-o", "x"}, "at least one"},
		{[]string{"-o", "x", "-format", "pdf"}, "unknown format"},
		{[]string{"-o", "x", "extra"}, "unexpected argument"},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		err := run(tt.args, io.Discard, &stderr)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want an error with %q", tt.args, err, tt.want)
		}
	}
}

func BenchmarkArticle(b *testing.B) {
	w := testWorld(b, provincesFor(10000))
	n := 0
	var size int64
	for b.Loop() {
		n++
		size += int64(len(w.Article(1, n).Text()))
	}
	b.SetBytes(size / int64(n))
}

func BenchmarkWorld(b *testing.B) {
	for b.Loop() {
		if _, err := NewWorld(Data(), 1, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGenerate writes a corpus of 2,000 articles as JSON Lines, the
// world and ground truth included.
func BenchmarkGenerate(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		if _, err := generate(options{n: 2000, out: dir, truth: dir, seed: 1, format: FormatJSONL}); err != nil {
			b.Fatal(err)
		}
	}
}
