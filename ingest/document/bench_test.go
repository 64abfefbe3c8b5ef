package document

import (
	"bytes"
	"context"
	"os"
	"testing"
)

// Reading throughput; b.SetBytes makes go test report MB/s:
//
//	go test -run '^$' -bench . -benchmem ./ingest/document/

func readTestdata(b *testing.B, path string) []byte {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkParseText(b *testing.B) {
	data := readTestdata(b, "testdata/sample.txt")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseText(data, "sample.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseTextTCVN3(b *testing.B) {
	text := readTestdata(b, "testdata/sample.txt")
	data, _ := encodeTCVN3(b, Clean(string(text)))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseText(data, "sample.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseTextVNI(b *testing.B) {
	text := readTestdata(b, "testdata/sample.txt")
	data := encodeVNI(b, Clean(string(text)))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseText(data, "sample.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHTML(b *testing.B) {
	data := readTestdata(b, "testdata/golden/page-daihoi.html")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseHTML(data, "page.html"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadJSONLines(b *testing.B) {
	var buf bytes.Buffer
	text := Clean(string(readTestdata(b, "testdata/sample.txt")))
	for i := range 200 {
		buf.WriteString(record(b, map[string]any{"url": "https://x.example.vn/" + string(rune('a'+i%26)), "title": "Tiêu đề", "text": text}))
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		for _, err := range ReadJSONLines(context.Background(), bytes.NewReader(data), "b.jsonl", Options{}) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
