package document

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// collect reads a JSON Lines stream.
func collect(t *testing.T, r io.Reader, opts Options) (docs []*Document, errs []error) {
	t.Helper()
	for doc, err := range ReadJSONLines(context.Background(), r, "dump.jsonl", opts) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		checkDocument(t, doc)
		docs = append(docs, doc)
	}
	return docs, errs
}

func record(t testing.TB, fields map[string]any) string {
	t.Helper()
	b, err := json.Marshal(fields)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReadJSONLinesLongLine: a 50 MB line is skipped with an error naming
// its line, without being held, and the next line is read; with a
// higher limit it is read.
func TestReadJSONLinesLongLine(t *testing.T) {
	first := record(t, map[string]any{"text": "Bài một\nNội dung."}) + "\n"
	long := record(t, map[string]any{"title": "Bài rất dài", "text": strings.Repeat("Đại hội Đảng bộ tỉnh lần thứ XIX. ", 50<<20/40)}) + "\n"
	third := record(t, map[string]any{"text": "Bài ba\nNội dung."}) + "\n"
	input := func() io.Reader {
		return io.MultiReader(strings.NewReader(first), strings.NewReader(long), strings.NewReader(third))
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	docs, errs := collect(t, input(), Options{})
	runtime.ReadMemStats(&after)
	if len(docs) != 2 || len(errs) != 1 {
		t.Fatalf("docs %d, errs %v", len(docs), errs)
	}
	if !errors.Is(errs[0], ErrTooLarge) || !strings.HasPrefix(errs[0].Error(), "dump.jsonl:2: too large: record of ") {
		t.Errorf("error = %v", errs[0])
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 24<<20 {
		t.Errorf("allocated %d MiB to skip a 50 MB line with the default limit", alloc>>20)
	}

	docs, errs = collect(t, input(), Options{MaxArticleBytes: 64 << 20})
	if len(docs) != 3 || len(errs) != 0 {
		t.Fatalf("with a 64 MiB limit: docs %d, errs %v", len(docs), errs)
	}
	if docs[1].Blocks[0].Text != "Bài rất dài" || len(docs[1].Blocks[1].Text) < 40<<20 {
		t.Errorf("long record read wrong: %d blocks", len(docs[1].Blocks))
	}
}

func TestReadJSONLinesBadRecords(t *testing.T) {
	lines := []string{
		record(t, map[string]any{"text": "Bài một\nNội dung."}),
		`{"text": "thiếu ngoặc`,
		`[1, 2]`,
		`"chỉ một chuỗi"`,
		`42`,
		`{"title": "Không có nội dung"}`,
		`{"text": null}`,
		`{"text": "   \u00a0  "}`,
		"",
		"   ",
		record(t, map[string]any{"text": "Bài cuối\nNội dung."}),
	}
	docs, errs := collect(t, strings.NewReader(strings.Join(lines, "\n")), Options{})
	if len(docs) != 2 {
		t.Errorf("docs = %d, want 2", len(docs))
	}
	want := []struct {
		err  error
		text string
	}{
		{ErrBadJSON, "dump.jsonl:2: bad JSON: unexpected end of JSON input"},
		{ErrBadJSON, "dump.jsonl:3: bad JSON: a record is an object, not array"},
		{ErrBadJSON, "dump.jsonl:4: bad JSON: a record is an object, not string"},
		{ErrBadJSON, "dump.jsonl:5: bad JSON: a record is an object, not number"},
		{ErrEmpty, `dump.jsonl:6: empty: no text in field "text"`},
		{ErrEmpty, `dump.jsonl:7: empty`},
		{ErrEmpty, `dump.jsonl:8: empty`},
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v", errs)
	}
	for i, w := range want {
		if !errors.Is(errs[i], w.err) || !strings.HasPrefix(errs[i].Error(), w.text) {
			t.Errorf("error %d = %v, want %v starting %q", i, errs[i], w.err, w.text)
		}
	}
}

func TestReadJSONLinesFields(t *testing.T) {
	in := record(t, map[string]any{"noi_dung": "Dòng một\nDòng hai", "tieu_de": "Tiêu đề", "duong_dan": "https://x.example.vn/a", "text": "không dùng"})
	docs, errs := collect(t, strings.NewReader(in), Options{Fields: Fields{Text: "noi_dung", Title: "tieu_de", URL: "duong_dan"}})
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
	d := docs[0]
	if d.Source != "https://x.example.vn/a" || d.Title != "Tiêu đề" || len(d.Blocks) != 3 || d.Blocks[1].Text != "Dòng một" {
		t.Errorf("got %+v", d)
	}
}

// TestReadJSONLinesLegacyLine: a record in TCVN3 (a dump from an old
// database) is converted and says so.
func TestReadJSONLinesLegacyLine(t *testing.T) {
	enc, want := encodeTCVN3(t, `{"title": "Thủ tướng Chính phủ làm việc với tỉnh", "text": "Sáng nay, Thủ tướng Chính phủ đã làm việc với lãnh đạo tỉnh Bắc Giang."}`)
	docs, errs := collect(t, strings.NewReader(string(enc)), Options{})
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
	var rec struct{ Title string }
	json.Unmarshal([]byte(want), &rec)
	if docs[0].Encoding != "TCVN3" || docs[0].Title != rec.Title {
		t.Errorf("Encoding %q, Title %q, want TCVN3, %q", docs[0].Encoding, docs[0].Title, rec.Title)
	}
}

// generator writes n records on the fly, never holding them.
type generator struct {
	n, i int
	buf  []byte
}

func (g *generator) Read(p []byte) (int, error) {
	if len(g.buf) == 0 {
		if g.i == g.n {
			return 0, io.EOF
		}
		g.i++
		g.buf = fmt.Appendf(nil, `{"url":"https://x.example.vn/%d","title":"Bài %d","text":"%s"}`+"\n", g.i, g.i,
			strings.Repeat("Đồng chí Bí thư Tỉnh ủy dự Đại hội. ", 60))
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

// TestReadJSONLinesStreams: 20,000 records (50 MB) go through with the
// heap staying small: memory does not grow with the stream.
func TestReadJSONLinesStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB")
	}
	var peak uint64
	runtime.GC()
	n := 0
	for doc, err := range ReadJSONLines(context.Background(), &generator{n: 20000}, "gen.jsonl", Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		_ = doc
		n++
		if n%2000 == 0 {
			runtime.GC() // what is live, not garbage not yet collected
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
		}
	}
	if n != 20000 {
		t.Errorf("read %d records", n)
	}
	if peak > 16<<20 {
		t.Errorf("live heap reached %d MiB", peak>>20)
	}
}
