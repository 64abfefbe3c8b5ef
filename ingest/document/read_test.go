package document

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// checkDocument checks what every reader promises of a Document.
func checkDocument(t testing.TB, doc *Document) {
	t.Helper()
	if doc == nil {
		t.Fatal("nil Document without an error")
	}
	if len(doc.Blocks) == 0 {
		t.Errorf("%s: no blocks", doc.Source)
	}
	fields := []string{doc.Source, doc.URL, doc.Title, doc.Published, doc.Author, doc.Publisher}
	for _, b := range doc.Blocks {
		if b.Text == "" {
			t.Errorf("%s: empty %s block", doc.Source, b.Kind)
		}
		if strings.TrimSpace(b.Text) != b.Text || strings.Contains(b.Text, "  ") || strings.ContainsAny(b.Text, "\n\t") {
			t.Errorf("%s: block with unnormalized space: %q", doc.Source, b.Text)
		}
		fields = append(fields, b.Text)
	}
	for _, s := range fields {
		if !utf8.ValidString(s) {
			t.Errorf("%s: invalid UTF-8: %q", doc.Source, s)
		}
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("%s: not NFC: %q", doc.Source, s)
		}
		for _, r := range s {
			if r != '\n' && r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) || r == '\u00A0' {
				t.Errorf("%s: character %U left in %q", doc.Source, r, s)
				break
			}
		}
	}
}

// readAll collects what Read yields.
func readAll(t *testing.T, paths []string, opts Options) (docs []*Document, errs []error) {
	t.Helper()
	for doc, err := range Read(context.Background(), paths, opts) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		checkDocument(t, doc)
		docs = append(docs, doc)
	}
	return docs, errs
}

func writeFile(t *testing.T, path string, data string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const shortArticle = "Bí thư Tỉnh ủy tiếp xúc cử tri\n\nThứ Hai, 03/07/2023\nSáng 3/7, Bí thư Tỉnh ủy tiếp xúc cử tri huyện Yên Thế.\n"

// TestReadBadInputs: each bad input gives one error naming it, and the
// good input after it is still read.
func TestReadBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, filepath.Join(dir, "good.txt"), shortArticle)
	tests := []struct {
		name    string
		path    string
		opts    Options
		wantErr error
		text    string // in the message
	}{
		{name: "empty file", path: writeFile(t, filepath.Join(dir, "empty.txt"), ""), wantErr: ErrEmpty, text: "empty.txt: empty: no text"},
		{name: "whitespace only", path: writeFile(t, filepath.Join(dir, "ws.txt"), " \r\n\t\n   \n"), wantErr: ErrEmpty},
		{name: "no-break spaces only", path: writeFile(t, filepath.Join(dir, "nbsp.txt"), "\u00A0\n\u200B\u00A0\n"), wantErr: ErrEmpty, text: "only whitespace"},
		{name: "PNG named .txt", path: writeFile(t, filepath.Join(dir, "photo.txt"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), wantErr: ErrBinary, text: "photo.txt: binary, not text: looks like a PNG image"},
		{name: "JPEG", path: writeFile(t, filepath.Join(dir, "anh.jpg"), "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00"), wantErr: ErrBinary, text: "JPEG"},
		{name: "PDF named .html", path: writeFile(t, filepath.Join(dir, "print.html"), "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj"), wantErr: ErrBinary, text: "PDF"},
		{name: "ZIP named .jsonl", path: writeFile(t, filepath.Join(dir, "dump.jsonl"), "PK\x03\x04\x14\x00\x00\x00"), wantErr: ErrBinary, text: "ZIP"},
		{name: "GIF", path: writeFile(t, filepath.Join(dir, "x.gif"), "GIF89a\x01\x00"), wantErr: ErrBinary, text: "GIF"},
		{name: "NUL bytes", path: writeFile(t, filepath.Join(dir, "nul.txt"), "Hà Nội\x00\x00\x01abc\x00"), wantErr: ErrBinary, text: "NUL"},
		{name: "Latin-1 French", path: writeFile(t, filepath.Join(dir, "fr.txt"), "Le pr\xE9sident a \xE9t\xE9 re\xE7u \xE0 l'\xC9lys\xE9e o\xF9 il a d\xE9jeun\xE9."), wantErr: ErrEncoding, text: "best guess"},
		{name: "missing file", path: filepath.Join(dir, "missing.txt"), wantErr: fs.ErrNotExist, text: "missing.txt: stat: no such file"},
		{name: "empty directory", path: mkdir(t, filepath.Join(dir, "emptydir")), wantErr: ErrNoArticles, text: "emptydir: no articles"},
		{name: "directory of other files", path: dirWith(t, filepath.Join(dir, "pics"), "a.jpg", "b.css"), wantErr: ErrNoArticles},
		{name: "pattern matching nothing", path: filepath.Join(dir, "*.xml"), wantErr: ErrNoMatch},
		{name: "bad pattern", path: filepath.Join(dir, "[.txt"), wantErr: filepath.ErrBadPattern},
		{name: "too large by size", path: writeFile(t, filepath.Join(dir, "big.txt"), strings.Repeat("Hà Nội. ", 200)), opts: Options{MaxArticleBytes: 1000}, wantErr: ErrTooLarge, text: "big.txt: too large: file of 2.1 KiB, the limit for one article is 1000 bytes"},
		{name: "pretty-printed JSON", path: writeFile(t, filepath.Join(dir, "pretty.json"), "{\n  \"text\": \"a\"\n}\n"), wantErr: ErrBadJSON, text: "pretty.json:1: bad JSON: not JSON Lines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := readAll(t, []string{tt.path, good}, tt.opts)
			if len(errs) != 1 {
				t.Fatalf("errors = %v, want one", errs)
			}
			err := errs[0]
			t.Logf("%s", err)
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("error = %v, want an *InputError for %v with %q", err, tt.wantErr, tt.text)
			}
			if strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("error spans lines: %q", err)
			}
			if len(docs) != 1 || docs[0].Source != good {
				t.Errorf("the good file after it was not read: %v", docs)
			}
		})
	}
}

func mkdir(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func dirWith(t *testing.T, dir string, names ...string) string {
	t.Helper()
	for _, n := range names {
		writeFile(t, filepath.Join(dir, n), "x")
	}
	return dir
}

func TestReadNoPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	dir := t.TempDir()
	p := writeFile(t, filepath.Join(dir, "secret.txt"), shortArticle)
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, errs := readAll(t, []string{p}, Options{})
	if len(errs) != 1 || !errors.Is(errs[0], fs.ErrPermission) || !strings.HasPrefix(errs[0].Error(), p+": open: ") {
		t.Fatalf("errors = %v, want permission denied naming %s", errs, p)
	}
}

// TestReadDirectory: recursive, sorted, known formats only, hidden
// entries skipped, each format by extension.
func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "b.txt"), shortArticle)
	writeFile(t, filepath.Join(dir, "a", "z.html"), "<html><body><h1>Tiêu đề</h1><p>Đoạn văn đầu tiên của bài báo về Đại hội Đảng bộ tỉnh.</p></body></html>")
	writeFile(t, filepath.Join(dir, "a", "y.jsonl"), `{"text":"Bài một\nNội dung bài một."}`+"\n"+`{"text":"Bài hai\nNội dung bài hai."}`+"\n")
	writeFile(t, filepath.Join(dir, "c.TXT"), shortArticle)
	writeFile(t, filepath.Join(dir, ".hidden.txt"), shortArticle)
	writeFile(t, filepath.Join(dir, ".git", "x.txt"), shortArticle)
	writeFile(t, filepath.Join(dir, "style.css"), "body{}")
	writeFile(t, filepath.Join(dir, "README"), "not read: no extension")
	gz := filepath.Join(dir, "d.txt.gz")
	writeGzip(t, gz, shortArticle)

	docs, errs := readAll(t, []string{dir}, Options{})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, d := range docs {
		got = append(got, strings.TrimPrefix(d.Source, dir+string(filepath.Separator)))
	}
	want := []string{"a/y.jsonl:1", "a/y.jsonl:2", "a/z.html", "b.txt", "c.TXT", "d.txt.gz"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("sources = %q, want %q", got, want)
	}
}

func writeGzip(t *testing.T, path, data string) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(data))
	zw.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestReadSniff: a file with no known extension is read by its content.
func TestReadSniff(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content string
		kind0         BlockKind
		n             int
	}{
		{"article", shortArticle, Headline, 1},
		{"page", "<!DOCTYPE html><title>X</title><h1>Tiêu đề bài</h1><p>Nội dung của bài báo ở đây, đủ dài để là một đoạn.</p>", Headline, 1},
		{"records", `{"title":"Tiêu đề","text":"Nội dung."}` + "\n" + `{"text":"Bài khác\nNội dung khác."}`, Headline, 2},
		{"not-html", "<Đại hội> là một từ khóa trong bài.\nDòng hai.", Headline, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, filepath.Join(dir, tt.name), tt.content)
			docs, errs := readAll(t, []string{p}, Options{})
			if len(errs) != 0 || len(docs) != tt.n || docs[0].Blocks[0].Kind != tt.kind0 {
				t.Fatalf("docs = %d, errs = %v", len(docs), errs)
			}
		})
	}
}

func TestReadGlob(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "x1.txt"), shortArticle)
	writeFile(t, filepath.Join(dir, "x2.txt"), shortArticle)
	writeFile(t, filepath.Join(dir, "y.txt"), shortArticle)
	docs, errs := readAll(t, []string{filepath.Join(dir, "x*.txt")}, Options{})
	if len(errs) != 0 || len(docs) != 2 || !strings.HasSuffix(docs[0].Source, "x1.txt") {
		t.Fatalf("docs = %v, errs = %v", docs, errs)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, in string
		format   Format
		n        int
		source   string
	}{
		{"text", shortArticle, FormatAuto, 1, "<stdin>"},
		{"json lines", `{"text":"Một\nHai"}` + "\n" + `{"text":"Ba\nBốn"}` + "\n", FormatAuto, 2, "<stdin>:1"},
		{"forced text", `{"text":"Một"}`, FormatText, 1, "<stdin>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in), Format: tt.format})
			if len(errs) != 0 || len(docs) != tt.n || docs[0].Source != tt.source {
				t.Fatalf("docs = %v, errs = %v", docs, errs)
			}
		})
	}
}

// endless is a reader of unbounded text that counts what was read.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "Ha Noi. \n"[i%9]
	}
	e.read += int64(len(p))
	return len(p), nil
}

// TestReadStdinTooLarge: standard input has no size to check first; it is
// read up to the limit and no further.
func TestReadStdinTooLarge(t *testing.T) {
	src := &endless{}
	_, errs := readAll(t, []string{"-"}, Options{Stdin: src, Format: FormatText, MaxArticleBytes: 1 << 20})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("errors = %v, want ErrTooLarge", errs)
	}
	if src.read > 2<<20 {
		t.Errorf("read %d bytes of standard input for a 1 MiB limit", src.read)
	}
}

// TestReadHugeTextFile: a 200 MB text file is skipped by its size, not
// read: the file is sparse, so making it costs nothing, and reading it
// would show in the allocations.
func TestReadHugeTextFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, errs := readAll(t, []string{p}, Options{})
	runtime.ReadMemStats(&after)
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.Contains(errs[0].Error(), "200.0 MiB") {
		t.Fatalf("errors = %v, want ErrTooLarge naming 200.0 MiB", errs)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("allocated %d bytes to skip a 200 MB file", alloc)
	}
}

// TestReadStop: breaking out of the loop stops reading; a canceled
// context ends it with the context's error.
func TestReadStop(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		writeFile(t, filepath.Join(dir, n), shortArticle)
	}
	n := 0
	for range Read(context.Background(), []string{dir}, Options{}) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("read %d after break", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errs []error
	docs := 0
	for doc, err := range Read(ctx, []string{dir}, Options{}) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		_ = doc
		docs++
		cancel()
	}
	if docs != 1 || len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("after cancel: %d documents, errors %v", docs, errs)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": FormatAuto, "TXT": FormatText, "htm": FormatHTML, "ndjson": FormatJSONL} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("docx"); err == nil {
		t.Error("ParseFormat(docx): no error")
	}
}

// TestReadJSONLinesFiles: a JSON Lines file saved as UTF-16 by a Windows
// editor, and one compressed.
func TestReadJSONLinesFiles(t *testing.T) {
	dir := t.TempDir()
	lines := `{"title":"Tiêu đề một","text":"Nội dung một."}` + "\r\n" + `{"title":"Tiêu đề hai","text":"Nội dung hai."}` + "\r\n"
	u16, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(lines))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "a.jsonl"), string(u16))
	writeGzip(t, filepath.Join(dir, "b.ndjson.gz"), lines)
	docs, errs := readAll(t, []string{dir}, Options{})
	if len(errs) != 0 || len(docs) != 4 {
		t.Fatalf("docs %d, errs %v", len(docs), errs)
	}
	if docs[1].Title != "Tiêu đề hai" || docs[3].Source != filepath.Join(dir, "b.ndjson.gz")+":2" {
		t.Errorf("got %q from %q", docs[1].Title, docs[3].Source)
	}
}
