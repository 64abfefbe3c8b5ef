package lexicon

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// layerBase is a small lexicon for the tests of user files: every file
// kg has, most of them empty.
func layerBase(t *testing.T) fstest.MapFS {
	names, err := fs.Glob(Embedded(), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, name := range names {
		fsys[name] = &fstest.MapFile{Data: []byte("# empty\n")}
	}
	fsys["families.txt"] = &fstest.MapFile{Data: []byte("# families\nNguyễn\nTrần\nLê | weak\n")}
	fsys["titles.txt"] = &fstest.MapFile{Data: []byte("Bí thư\nGiám đốc | weak\n")}
	return fsys
}

func TestLoadLayered(t *testing.T) {
	tests := []struct {
		name     string
		user     map[string]string // file → text
		families string            // the family names loaded, sorted, "-weak" marked
		titles   string            // "Bí thư" with its fields, when checked
		err      string            // what the error must contain
	}{
		{name: "none", families: "lê-weak nguyễn trần"},
		{name: "add", user: map[string]string{"families.txt": "# mine\nKsor\nĐinh | weak\n"}, families: "ksor lê-weak nguyễn trần đinh-weak"},
		{name: "an added line checked", user: map[string]string{"families.txt": "Ksor\nNay Phi\n"},
			err: "lexicon dir/families.txt:2: \"Nay Phi\": a family name is one syllable"},
		{name: "same phrase replaces the entry", user: map[string]string{"families.txt": "LÊ\n"}, families: "lê nguyễn trần"},
		{name: "fields replaced whole", user: map[string]string{"titles.txt": "Bí thư | org=Tỉnh ủy\n"}, titles: "Bí thư org=Tỉnh ủy"},
		{name: "remove", user: map[string]string{"families.txt": "Trần | remove\n"}, families: "lê-weak nguyễn"},
		{name: "replace the file", user: map[string]string{"families.txt": "# mine only\n#replace\nKsor\n"}, families: "ksor"},
		{name: "replace with nothing", user: map[string]string{"families.txt": "#replace\n"}, families: ""},
		{name: "hidden files passed over", user: map[string]string{".titles.txt.swp": "\x00", "families.txt": "Ksor\n"}, families: "ksor lê-weak nguyễn trần"},
		{name: "bad field", user: map[string]string{"titles.txt": "# mine\nPhó Giám đốc | colour=red\n"},
			err: "lexicon dir/titles.txt:2: \"Phó Giám đốc\": unknown field \"colour\""},
		{name: "bad line", user: map[string]string{"titles.txt": "\n\n| org=Sở\n"}, err: "lexicon dir/titles.txt:3: empty phrase"},
		{name: "not NFC", user: map[string]string{"families.txt": "Nguy\u0065\u0302\u0303n\n"}, err: "lexicon dir/families.txt:1: not in Unicode NFC form"},
		{name: "not UTF-8", user: map[string]string{"families.txt": "Ksor\nNguy\xean\n"}, err: "lexicon dir/families.txt:2: not UTF-8 text"},
		{name: "twice in the user file", user: map[string]string{"families.txt": "Ksor\nksor\n"},
			err: "lexicon dir/families.txt:2: \"ksor\" is listed twice (line 1)"},
		{name: "unknown file", user: map[string]string{"family.txt": "Ksor\n"},
			err: "lexicon dir/family.txt: not a lexicon file (the files are families.txt, "},
		{name: "replace after an entry", user: map[string]string{"families.txt": "Ksor\n#replace\n"},
			err: "lexicon dir/families.txt:2: #replace must come before the first entry"},
		{name: "remove what is not there", user: map[string]string{"families.txt": "Ksor | remove\n"},
			err: "lexicon dir/families.txt:1: \"Ksor\": nothing to remove"},
		{name: "remove with fields", user: map[string]string{"families.txt": "Lê | weak | remove\n"},
			err: "lexicon dir/families.txt:1: \"Lê\": remove takes no other field"},
		{name: "remove in a replacing file", user: map[string]string{"families.txt": "#replace\nLê | remove\n"},
			err: "lexicon dir/families.txt:2: \"Lê\": remove in a file that replaces the built-in one"},
		{name: "a check after the file", user: map[string]string{"orgs.txt": "Sở | class=state | tail=name\nUB = Ủy ban\n"},
			err: "lexicon dir/orgs.txt:2: \"UB\" names \"Ủy ban\", which has no line of its own"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			user := fstest.MapFS{}
			for name, text := range tt.user {
				user[name] = &fstest.MapFile{Data: []byte(text)}
			}
			l, err := LoadLayered(layerBase(t), user, "dir")
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want it to contain %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var fams []string
			for k, f := range l.Families {
				if f.Weak {
					k += "-weak"
				}
				fams = append(fams, k)
			}
			slices.Sort(fams)
			if got := strings.Join(fams, " "); got != tt.families && tt.titles == "" {
				t.Errorf("families %q, want %q", got, tt.families)
			}
			if tt.titles != "" {
				ti, ok := l.Titles.Get(Keys("Bí thư"))
				if !ok || ti.Name+" org="+ti.Org != tt.titles || ti.Weak {
					t.Errorf("Bí thư: %+v, want %s", ti, tt.titles)
				}
				if _, ok := l.Titles.Get(Keys("Giám đốc")); !ok {
					t.Error("the other title is lost")
				}
			}
		})
	}
}

// TestLoadDir: a folder on disk is laid over the built-in lexicon.
func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "families.txt"), []byte("Ksor\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := l.Families["ksor"]; !ok {
		t.Error("Ksor not added")
	}
	if _, ok := l.Families["nguyễn"]; !ok {
		t.Error("the built-in family names are lost")
	}
	if _, err := LoadDir(filepath.Join(dir, "families.txt")); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("a file for a folder: %v", err)
	}
	if _, err := LoadDir(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("a missing folder: %v", err)
	}
}

// FuzzUserFile: a user's file of any content, laid over the built-in
// lexicon, loads or is refused with an error naming it; nothing panics.
//
//	go test -fuzz FuzzUserFile -fuzztime 1m ./ingest/lexicon
func FuzzUserFile(f *testing.F) {
	names, err := fs.Glob(Embedded(), "*.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []struct{ file, data string }{
		{"families.txt", "Ksor\n"}, {"titles.txt", "#replace\n"}, {"cues.txt", "#replace\nx | y\n"},
		{"families.txt", "Nguyễn | remove\n"}, {"abbreviations.txt", "UBND = Ủy ban | remove\n"},
		{"stopwords.txt", "và | hard | conj\nvà\n"}, {"orgs.txt", "A = B\n"}, {"events.txt", "| x\n"},
		{"media.txt", "x |\n"}, {"abbreviations.txt", "x = \n"}, {"places.txt", "Hà Nội | level=tỉnh\n"},
		{"orgs.txt", "Sở | class=state | tail=org | level=xã\n"}, {"titles.txt", "Chánh Văn phòng | heads=Phòng\n"},
		{"levels.txt", "\xff\n"}, {"places.txt", "a | level=nước | alias=b | alias=a\n"},
	} {
		f.Add(uint8(slices.Index(names, seed.file)), seed.data)
	}
	base := Embedded()
	f.Fuzz(func(t *testing.T, file uint8, data string) {
		name := names[int(file)%len(names)]
		_, err := LoadLayered(base, fstest.MapFS{name: &fstest.MapFile{Data: []byte(data)}}, "dir")
		if err != nil && !strings.Contains(err.Error(), "lexicon ") {
			t.Errorf("%s: error %q does not say what it is about", name, err)
		}
	})
}

func TestSoleRole(t *testing.T) {
	base := layerBase(t)
	base["titles.txt"] = &fstest.MapFile{Data: []byte("Bí thư | sole\nPhó Bí thư\nChủ tịch HĐQT | role=Chủ tịch Hội đồng quản trị | sole\nGiám đốc | weak\n" +
		"Bí thư Trung ương Đảng | role=Bí thư | org=Ban Chấp hành Trung ương Đảng | fixed | shared\n")}
	tests := []struct {
		name      string
		user      string // titles.txt of the user's folder; "" for none
		role, org string
		want      bool
	}{
		{"marked", "", "Bí thư", "Tỉnh ủy Lạng Sơn", true},
		{"as typed", "", "BÍ THƯ", "tỉnh ủy lạng sơn", true},
		{"not marked", "", "Phó Bí thư", "Tỉnh ủy Lạng Sơn", false},
		{"shared in one body", "", "Bí thư", "Ban Chấp hành Trung ương Đảng", false},
		{"the role of the title, not its phrase", "", "Chủ tịch Hội đồng quản trị", "Công ty X", true},
		{"the phrase is not the role", "", "Chủ tịch HĐQT", "Công ty X", false},
		{"unknown", "", "Thủ quỹ", "Hội Nông dân", false},
		{"a user marks one", "Giám đốc | sole\n", "Giám đốc", "Sở Y tế", true},
		{"a user unmarks one", "Bí thư\n", "Bí thư", "Tỉnh ủy Lạng Sơn", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := layers{base: base}
			if tt.user != "" {
				src.user = fstest.MapFS{"titles.txt": &fstest.MapFile{Data: []byte(tt.user)}}
				src.dir = "dir"
			}
			l, err := load(src)
			if err != nil {
				t.Fatal(err)
			}
			if got := l.SoleRole(tt.role, tt.org); got != tt.want {
				t.Errorf("SoleRole(%q, %q) = %v, want %v", tt.role, tt.org, got, tt.want)
			}
			if tt.user != "" {
				return
			}
			fast, err := soleOnly(base)
			if err != nil {
				t.Fatal(err)
			}
			if got := fast.SoleRole(tt.role, tt.org); got != tt.want {
				t.Errorf("soleOnly: SoleRole(%q, %q) = %v, want %v", tt.role, tt.org, got, tt.want)
			}
		})
	}
}

// TestSoleRolesOfBuiltIn checks that the quick load of the built-in
// titles answers SoleRole as the whole lexicon does, for every role of
// titles.txt, in an organization of its own and in those of the shared
// titles.
func TestSoleRolesOfBuiltIn(t *testing.T) {
	full, err := LoadTitlesDir("")
	if err != nil {
		t.Fatal(err)
	}
	fast, err := LoadSoleRolesDir("")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := ReadFile(Embedded(), "titles.txt")
	if err != nil {
		t.Fatal(err)
	}
	orgs := []string{"Tỉnh ủy Lạng Sơn"}
	for _, e := range entries {
		if o := e.Attrs["org"]; o != "" {
			orgs = append(orgs, o)
		}
	}
	sole := 0
	for _, e := range entries {
		role := e.Attrs["role"]
		if role == "" {
			role = e.Phrase
		}
		for _, org := range orgs {
			want := full.SoleRole(role, org)
			if got := fast.SoleRole(role, org); got != want {
				t.Errorf("SoleRole(%q, %q) = %v quickly, %v in full", role, org, got, want)
			}
			if want {
				sole++
			}
		}
	}
	if sole == 0 {
		t.Fatal("no title of titles.txt is sole: the test checks nothing")
	}
}

// BenchmarkLoadSoleRoles compares what a question of tenure loads with
// the titles whole, which it loaded before.
func BenchmarkLoadSoleRoles(b *testing.B) {
	b.Run("sole roles", func(b *testing.B) {
		for b.Loop() {
			if _, err := LoadSoleRolesDir(""); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("titles", func(b *testing.B) {
		for b.Loop() {
			if _, err := LoadTitlesDir(""); err != nil {
				b.Fatal(err)
			}
		}
	})
}
