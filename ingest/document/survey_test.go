package document

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes files under dir (names with slashes) and returns dir.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

const (
	articleA = "Hội nghị Ban Chấp hành Đảng bộ tỉnh Lạng Sơn\nSáng 3/4, đồng chí Hoàng Văn Tùng chủ trì hội nghị.\n"
	articleB = "Tiếp xúc cử tri huyện Cao Lộc\nĐại biểu Lò Thị Mai báo cáo kết quả kỳ họp.\n"
	records  = `{"url":"https://bao.vn/1","title":"Hội nghị","text":"Đồng chí Vi Văn Hải phát biểu."}
{"url":"https://bao.vn/2","title":"Kỳ họp","text":"Bà Triệu Thị Lan dự kỳ họp."}
{"url":"https://bao.vn/3","title":"Lễ","text":"Ông Nông Văn Tài trao quà."}
`
)

// TestSurvey: Survey counts the files Read reads (not hidden ones, not
// files of unknown extension in a folder) and their sizes, and knows the
// number of articles only when every file holds one.
func TestSurvey(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a/1.txt":        articleA,
		"a/2.html":       "<html><body><h1>Lễ</h1><p>" + articleB + "</p></body></html>",
		"a/.hidden.txt":  articleA,
		"a/.git/x.txt":   articleA,
		"a/notes.md":     "không phải bài báo",
		"b/dump.jsonl":   records,
		"b/dump2.txt.gz": gzipped(t, articleB),
	})
	size := func(names ...string) int64 {
		var n int64
		for _, name := range names {
			fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name)))
			if err != nil {
				t.Fatal(err)
			}
			n += fi.Size()
		}
		return n
	}
	tests := []struct {
		name  string
		paths []string
		opts  Options
		want  Inventory
	}{
		{"one-article files", []string{filepath.Join(dir, "a")}, Options{}, Inventory{Files: 2, Bytes: size("a/1.txt", "a/2.html"), Articles: 2}},
		{"a JSON Lines file", []string{filepath.Join(dir, "b")}, Options{}, Inventory{Files: 2, Bytes: size("b/dump.jsonl", "b/dump2.txt.gz"), Articles: -1}},
		{"forced text", []string{filepath.Join(dir, "b", "dump.jsonl")}, Options{Format: FormatText}, Inventory{Files: 1, Bytes: size("b/dump.jsonl"), Articles: 1}},
		{"standard input", []string{"-", filepath.Join(dir, "a", "1.txt")}, Options{}, Inventory{Files: 1, Bytes: size("a/1.txt"), Articles: -1, Stdin: true}},
		{"a pattern and a missing file", []string{filepath.Join(dir, "a", "*.txt"), filepath.Join(dir, "missing.txt")}, Options{}, Inventory{Files: 2, Bytes: size("a/1.txt", "a/.hidden.txt"), Articles: 2}}, // a pattern matches hidden files, as Read reads them
		{"nothing", nil, Options{}, Inventory{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Survey(context.Background(), tt.paths, tt.opts); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestReadBytes: Document.ReadBytes grows from article to article and
// ends at the size Survey gives; a JSON Lines record's is the end of its
// line; a failed input counts too.
func TestReadBytes(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"1.txt":      articleA,
		"2.jsonl":    records,
		"3.txt":      "",
		"4.jsonl.gz": gzipped(t, records),
		"5.txt":      articleB,
	})
	paths := []string{filepath.Join(dir, "1.txt"), filepath.Join(dir, "2.jsonl"), filepath.Join(dir, "3.txt"), filepath.Join(dir, "4.jsonl.gz"), filepath.Join(dir, "5.txt")}
	inv := Survey(context.Background(), paths, Options{})
	var got []int64
	docs, errs := readAll(t, paths, Options{})
	for _, d := range docs {
		got = append(got, d.ReadBytes)
	}
	if len(docs) != 8 || len(errs) != 1 {
		t.Fatalf("%d documents, %d errors: %v", len(docs), len(errs), errs)
	}
	a := int64(len(articleA))
	lines := strings.SplitAfter(records, "\n")
	want := []int64{a, a + int64(len(lines[0])), a + int64(len(lines[0])+len(lines[1])), a + int64(len(records))}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("document %d: ReadBytes %d, want %d", i, got[i], w)
		}
	}
	for i := 1; i < len(got); i++ {
		if got[i] < got[i-1] {
			t.Errorf("ReadBytes went back: %v", got)
		}
	}
	if last := got[len(got)-1]; last != inv.Bytes {
		t.Errorf("the last document's ReadBytes is %d, the inputs' size %d", last, inv.Bytes)
	}
}
