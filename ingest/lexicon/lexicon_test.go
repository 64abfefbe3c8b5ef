package lexicon

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedLoads(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Families) < 100 {
		t.Errorf("only %d family names", len(l.Families))
	}
	for _, tc := range []struct {
		trie string
		text string
	}{
		{"titles", "Phó Bí thư Thường trực"},
		{"titles", "Phó Bí thư Thường Trực"}, // case does not matter
		{"orgs", "Ủy ban nhân dân"},
		{"orgs", "Uỷ ban nhân dân"}, // old tone placement
		{"places", "Bắc Giang"},
		{"events", "Đại hội"},
	} {
		keys := Keys(tc.text)
		var n int
		switch tc.trie {
		case "titles":
			_, n = l.Titles.Longest(keys, 0)
		case "orgs":
			_, n = l.Orgs.Longest(keys, 0)
		case "places":
			_, n = l.Places.Longest(keys, 0)
		case "events":
			_, n = l.Events.Longest(keys, 0)
		}
		if n != len(keys) {
			t.Errorf("%s: %q matched %d of %d words", tc.trie, tc.text, n, len(keys))
		}
	}
	if v, n := l.Ordinals.Longest(Keys("mười hai HĐND"), 0); n != 2 || *v != 12 {
		t.Errorf("ordinal \"mười hai\": %d words", n)
	}
	if got := strings.Join(l.Abbrevs["ubnd"], " "); got != "ủy ban nhân dân" {
		t.Errorf("UBND expands to %q", got)
	}
}

// TestEmbeddedFilesClean checks every embedded file: it parses, is NFC
// (ReadFile refuses anything else) and has no phrase twice.
func TestEmbeddedFilesClean(t *testing.T) {
	fsys := Embedded()
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no lexicon files: %v", err)
	}
	for _, name := range names {
		entries, err := ReadFile(fsys, name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		seen := map[string]int{}
		for _, e := range entries {
			k := strings.Join(Keys(e.Phrase), " ")
			if prev, ok := seen[k]; ok {
				t.Errorf("%s:%d: %q repeats line %d", name, e.Line, e.Phrase, prev)
			}
			seen[k] = e.Line
		}
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	base := fstest.MapFS{}
	names, err := fs.Glob(Embedded(), "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no lexicon files: %v", err)
	}
	for _, name := range names {
		base[name] = &fstest.MapFile{Data: []byte("# empty\n")}
	}
	tests := []struct {
		file, data, want string
	}{
		{"families.txt", "Nguyễn\nNguyễn\n", "families.txt:2"},
		{"families.txt", "Nguy\u0065\u0302\u0303n\n", "families.txt:1: not in Unicode NFC"},
		{"titles.txt", "Chủ tịch | colour=red\n", "titles.txt:1"},
		{"titles.txt", "# c\nChánh Văn phòng | heads=Ban\n", "titles.txt:2: \"Chánh Văn phòng\": heads=Ban does not end the title"},
		{"orgs.txt", "# c\nSở | class=state | tail=sideways\n", "orgs.txt:2"},
		{"orgs.txt", "UB = Ủy ban Không Có\n", "has no line of its own"},
		{"cues.txt", "dự | rel=danced\n", "cues.txt:1"},
		{"abbreviations.txt", "UBND\n", "abbreviations.txt:1"},
		{"levels.txt", "tỉnh | rank=one\n", "levels.txt:1"},
		{"foreignnames.txt", "# c\nPeter\nTom\n", "foreignnames.txt:3: \"Tom\" is a Vietnamese syllable"},
		{"ordinals.txt", "# c\nmười hai = mười hai\n", "ordinals.txt:2"},
		{"ordinals.txt", "nhất = 1\nnhất = 1\n", "ordinals.txt:2"},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
		_, err := Load(fsys)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s %q: error %v, want it to contain %q", tt.file, tt.data, err, tt.want)
		}
	}
	if _, err := Load(fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), "families.txt") {
		t.Errorf("missing file: error %v", err)
	}
}

func TestTrieLongest(t *testing.T) {
	var tr Trie[string]
	tr.Add([]string{"phó", "bí", "thư"}, "PBT")
	tr.Add([]string{"phó", "bí", "thư", "thường", "trực"}, "PBTTT")
	if !tr.Add([]string{"bí", "thư"}, "BT") || tr.Add([]string{"bí", "thư"}, "again") {
		t.Fatal("Add must refuse a phrase already there")
	}
	keys := strings.Fields("phó bí thư thường vụ")
	if v, n := tr.Longest(keys, 0); v == nil || *v != "PBT" || n != 3 {
		t.Errorf("Longest = %v, %d", v, n)
	}
	keys = strings.Fields("phó bí thư thường trực tỉnh ủy")
	if v, n := tr.Longest(keys, 0); v == nil || *v != "PBTTT" || n != 5 {
		t.Errorf("Longest = %v, %d", v, n)
	}
	if v, n := tr.Longest(keys, 5); v != nil || n != 0 {
		t.Errorf("Longest past any phrase = %v, %d", v, n)
	}
}

func TestTrieAppendAll(t *testing.T) {
	var tr Trie[string]
	tr.Add([]string{"phó", "bí", "thư"}, "PBT")
	tr.Add([]string{"phó", "bí", "thư", "thường", "trực"}, "PBTTT")
	tr.Add([]string{"phó"}, "P")
	keys := strings.Fields("ông phó bí thư thường trực tỉnh ủy")
	var got []string
	for _, m := range tr.AppendAll([]Match[string]{{Key: "kept"}}, keys, 1) {
		v := "<nil>"
		if m.Val != nil {
			v = *m.Val
		}
		got = append(got, fmt.Sprintf("%s/%d/%s", v, m.Len, m.Key))
	}
	want := "<nil>/0/kept PBTTT/5/phó bí thư thường trực PBT/3/phó bí thư P/1/phó"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("AppendAll = %s, want %s", s, want)
	}
	if m := tr.AppendAll(nil, keys, 0); m != nil {
		t.Errorf("AppendAll where no phrase starts = %v", m)
	}
}

// TestTrieIDs checks the look-ups by word ID against those by key, on
// random runs of the lexicon's words and others.
func TestTrieIDs(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"ông", "nguyễn", "văn", ",", "2020"}
	for k := range l.ids {
		words = append(words, k)
	}
	slices.Sort(words)
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		keys := make([]string, 1+r.IntN(8))
		ids := make([]int32, len(keys))
		for i := range keys {
			keys[i] = words[r.IntN(len(words))]
			ids[i] = l.WordID(keys[i])
		}
		for i := range keys {
			if v, n := l.Titles.Longest(keys, i); !sameLongest(l.Titles.LongestIDs(ids, i))(v, n) {
				t.Fatalf("Titles at %d of %q: by ID differs from by key", i, keys)
			}
			if v, n := l.Places.Longest(keys, i); !sameLongest(l.Places.LongestIDs(ids, i))(v, n) {
				t.Fatalf("Places at %d of %q: by ID differs from by key", i, keys)
			}
			a, b := l.Orgs.AppendAll(nil, keys, i), l.Orgs.AppendAllIDs(nil, ids, i)
			if !slices.Equal(a, b) {
				t.Fatalf("Orgs at %d of %q: by ID %v, by key %v", i, keys, b, a)
			}
		}
	}
}

// sameLongest returns a test that a result of Longest is v, n.
func sameLongest[T any](v *T, n int) func(*T, int) bool {
	return func(w *T, m int) bool { return v == w && n == m }
}
