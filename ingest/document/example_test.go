package document_test

import (
	"context"
	"fmt"

	"kg/ingest/document"
)

func ExampleRead() {
	paths := []string{"testdata/golden/article-crlf.txt", "testdata/missing.txt"}
	for doc, err := range document.Read(context.Background(), paths, document.Options{}) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		for _, b := range doc.Blocks[:3] {
			fmt.Printf("%s: %s\n", b.Kind, b.Text)
		}
	}
	// Output:
	// headline: Phó Thủ tướng làm việc với tỉnh Ninh Bình
	// unknown: Hồng Nhung
	// unknown: Chia sẻ Zalo | Facebook
	// error: testdata/missing.txt: stat: no such file or directory
}

func ExampleDecode() {
	// "Đại hội Đảng bộ" as an old Word document in the TCVN3 (ABC) fonts
	// saved it.
	text, enc, err := document.Decode([]byte("\xA7\xB9i h\xE9i \xA7\xB6ng b\xE9"))
	fmt.Println(text, enc, err)
	// Output: Đại hội Đảng bộ TCVN3 <nil>
}
