package cli

import (
	"os"
	"strings"
	"testing"
)

// lexiconArticle names a person with a title kg's lexicon lacks.
const lexiconArticle = `Khu dân cư Bình Minh ra mắt mô hình phân loại rác

Sáng 9/3, khu dân cư Bình Minh, phường Tân Phong, tỉnh Lai Châu ra mắt mô hình phân loại rác tại nguồn. Tổ trưởng tổ tự quản Lò Văn Phiêng cho biết mỗi hộ được phát hai thùng rác.
`

// TestLexiconFlag: the files of --lexicon (or $KG_LEXICON) add to kg's
// own, and change what ingest extracts; a folder that does not load is
// refused in one line naming the file and line, with exit status 2,
// before the store is made.
func TestLexiconFlag(t *testing.T) {
	e := newEnv(t)
	article := e.write("in/rac.txt", []byte(lexiconArticle))
	lex := e.write("lex/titles.txt", []byte("# a title of a neighbourhood\nTổ trưởng tổ tự quản\n"))
	lexDir := strings.TrimSuffix(lex, "/titles.txt")
	const role = `"roleName": "Tổ trưởng tổ tự quản"`

	e.must("ingest", "-q", article)
	if r := e.must("export", "--format", "jsonld"); strings.Contains(r.stdout, role) {
		t.Fatalf("the built-in lexicon already knows the title: the test needs another one\n%s", r.stdout)
	}
	if err := os.Remove(e.store); err != nil {
		t.Fatal(err)
	}
	e.must("--lexicon", lexDir, "ingest", "-q", article)
	if r := e.must("export", "--format", "jsonld"); !strings.Contains(r.stdout, role) {
		t.Errorf("--lexicon: no person with the title\n%s", r.stdout)
	}

	if err := os.Remove(e.store); err != nil {
		t.Fatal(err)
	}
	t.Setenv("KG_LEXICON", lexDir)
	e.must("ingest", "-q", article)
	if r := e.must("export", "--format", "jsonld"); !strings.Contains(r.stdout, role) {
		t.Errorf("$KG_LEXICON: no person with the title\n%s", r.stdout)
	}
	if err := os.Remove(e.store); err != nil {
		t.Fatal(err)
	}

	bad := e.path("bad")
	e.write("bad/families.txt", []byte("Ksor\nNay Phi\n"))
	e.write("badname/title.txt", []byte("Tổ trưởng\n"))
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--lexicon", bad, "ingest", article}, "kg: lexicon $DIR/bad/families.txt:2: \"Nay Phi\": a family name is one syllable\n"},
		{[]string{"--lexicon", bad, "demo"}, "kg: lexicon $DIR/bad/families.txt:2: \"Nay Phi\": a family name is one syllable\n"},
		{[]string{"--lexicon", e.path("badname"), "ingest", article}, "kg: lexicon $DIR/badname/title.txt: not a lexicon file (the files are "},
		{[]string{"--lexicon", e.path("none"), "ingest", article}, "kg: lexicon folder: stat $DIR/none: no such file or directory\n"},
	}
	for _, tt := range tests {
		r := e.kg(tt.args...)
		if got := stable(r.stderr, e.dir); r.code != ExitUsage || r.stdout != "" || !strings.HasPrefix(got, tt.want) || strings.Count(got, "\n") != 1 {
			t.Errorf("kg %s: %v\nwant exit 2 and stderr %q", strings.Join(tt.args, " "), r, tt.want)
		}
	}
	if _, err := os.Stat(e.store); err == nil {
		t.Error("a lexicon that does not load made the store")
	}
}
