package document

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// The fuzz tests check that no input makes a reader panic, that every
// Document is valid UTF-8 in NFC with clean blocks (checkDocument), and
// that every error is one of the documented ones:
//
//	go test -run '^$' -fuzz FuzzParseText -fuzztime 60s ./ingest/document/
//
// (likewise FuzzParseHTML, FuzzReadJSONLines, FuzzDecode).

// seeds adds the test articles and pages, and the sample article in each
// encoding the detector knows.
func seeds(f *testing.F) {
	f.Helper()
	paths, _ := filepath.Glob("testdata/golden/*")
	paths = append(paths, "testdata/sample.txt")
	for _, p := range paths {
		if filepath.Ext(p) == ".golden" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	sample, _ := os.ReadFile("testdata/sample.txt")
	text := Clean(string(sample))
	head := text[:validCut(text, 600)]
	tcvn, _ := encodeTCVN3(f, head)
	f.Add(tcvn)
	f.Add(encodeVNI(f, head))
	f.Add(encode1258(f, head))
	u16, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(head))
	f.Add(u16)
	f.Add([]byte(norm.NFD.String(head)))
	f.Add(tcvn3Hand)
	f.Add(vniHand2)
	f.Add([]byte(""))
	f.Add([]byte("\x89PNG\r\n\x1a\n"))
}

func isDocumented(err error) bool {
	for _, e := range []error{ErrEmpty, ErrBinary, ErrTooLarge, ErrEncoding, ErrBadHTML, ErrBadJSON} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

func FuzzParseText(f *testing.F) {
	seeds(f)
	// A text without a headline: its first line is a long sentence.
	f.Add([]byte(strings.Repeat("Sáng nay, Hội nghị lần thứ nhất đã khai mạc tại Hà Nội với sự tham dự của các đại biểu ", 2) + "trong cả nước.\nDòng hai"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ParseText(data, "fuzz.txt")
		if err != nil {
			if !isDocumented(err) {
				t.Fatalf("undocumented error: %v", err)
			}
			return
		}
		checkDocument(t, doc)
		// The first line is the headline unless it reads as body text.
		want := Headline
		if readsAsBody(doc.Blocks[0].Text) {
			want = Paragraph
		}
		if doc.Blocks[0].Kind != want {
			t.Errorf("first block %q is %s, want %s", doc.Blocks[0].Text, doc.Blocks[0].Kind, want)
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	seeds(f)
	f.Add([]byte("<html><body><article><h1>T</h1><p>Đoạn <b>văn</b><br>tiếp</p><figure><figcaption>Ảnh</figcaption></figure></article></body></html>"))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"name":1}]}]}</script><p>x</p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ParseHTML(data, "fuzz.html")
		if err != nil {
			if !isDocumented(err) {
				t.Fatalf("undocumented error: %v", err)
			}
			return
		}
		checkDocument(t, doc)
	})
}

func FuzzReadJSONLines(f *testing.F) {
	seeds(f)
	f.Add([]byte(`{"title":"T","text":"Dòng một\n Chú thích\nDòng hai"}` + "\n" + `{"text":`))
	f.Add([]byte(`{"content":"<p>Đoạn</p>","authors":["A",{"name":"B"}],"date":20200516}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		// A small limit puts the skipping of long records to the test too.
		for doc, err := range ReadJSONLines(context.Background(), bytes.NewReader(data), "fuzz.jsonl", Options{MaxArticleBytes: 512}) {
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) || ie.Line < 1 || !isDocumented(err) {
					t.Fatalf("undocumented error: %v", err)
				}
				continue
			}
			checkDocument(t, doc)
		}
	})
}

func FuzzDecode(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, err := Decode(data)
		if err != nil {
			if !isDocumented(err) {
				t.Fatalf("undocumented error: %v", err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Errorf("Decode (%s) gave invalid UTF-8", enc)
		}
		c := Clean(text)
		if !utf8.ValidString(c) || !norm.NFC.IsNormalString(c) {
			t.Errorf("Clean gave invalid UTF-8 or not NFC")
		}
		if Clean(c) != c {
			t.Errorf("Clean is not idempotent")
		}
		if utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) && enc == "" && text != string(data) {
			t.Errorf("valid UTF-8 changed")
		}
	})
}
