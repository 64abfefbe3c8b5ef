package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNearestBefore: an organization whose place is left implicit
// ("UBND thành phố") is that of the city named last before it; before
// any city is named, that of the first one named after. A title that
// takes its organization from the context ("Bộ trưởng") takes the last
// one named before.
func TestNearestBefore(t *testing.T) {
	tests := []ruleCase{
		{
			name: "the city named last before",
			text: "Tin\nSáng 3/4, thành phố Đà Nẵng tổ chức hội nghị. Dự hội nghị có đoàn công tác của thành phố Huế. " +
				"Phó Chủ tịch UBND thành phố Lê Văn Hòa phát biểu.",
			want:   []string{"Lê Văn Hòa -holds_position-> Phó Chủ tịch UBND thành phố Huế"},
			absent: []string{"Lê Văn Hòa -holds_position-> Phó Chủ tịch UBND thành phố Đà Nẵng"},
		},
		{
			name: "the first city named after, when none is before",
			text: "Tin\nSáng 3/4, Phó Chủ tịch UBND thành phố Lê Văn Hòa chủ trì hội nghị. Hội nghị diễn ra tại thành phố Đà Nẵng. " +
				"Thành phố Huế cử đoàn dự.",
			want:   []string{"Lê Văn Hòa -holds_position-> Phó Chủ tịch UBND thành phố Đà Nẵng"},
			absent: []string{"Lê Văn Hòa -holds_position-> Phó Chủ tịch UBND thành phố Huế"},
		},
		{
			// contextOrg keeps its answers by sentence: a later title
			// must still see a ministry named after an earlier one
			name: "a minister of the ministry named last before, sentences apart",
			text: "Tin\nSáng 5/1/2024, Bộ Nội vụ tổ chức hội nghị. Hội nghị kéo dài một ngày. Bộ trưởng Phạm Thị Thanh Trà chủ trì. " +
				"Chiều cùng ngày, Bộ Tài chính tổ chức hội nghị. Đại biểu thảo luận sôi nổi. Bộ trưởng Hồ Đức Phớc phát biểu.",
			want: []string{
				"Phạm Thị Thanh Trà -holds_position-> Bộ trưởng Bộ Nội vụ",
				"Hồ Đức Phớc -holds_position-> Bộ trưởng Bộ Tài chính",
			},
			absent: []string{"Hồ Đức Phớc -holds_position-> Bộ trưởng Bộ Nội vụ"},
		},
		{
			name: "a city named as a province says the province",
			text: "Tin\nSáng 5/1/2024, Huyện ủy Yên Dũng tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20. " +
				"Dự có đồng chí Nguyễn Văn Gấu, Bí thư Thành ủy Bắc Giang; đồng chí Lê Ô Pích, Phó Chủ tịch UBND tỉnh.",
			want: []string{"Lê Ô Pích -holds_position-> Phó Chủ tịch UBND tỉnh Bắc Giang"},
		},
	}
	runRules(t, tests)
}

// BenchmarkExtractLong extracts one article of about 1 MB made of the
// test articles' bodies, one after another: its MB/s, set beside
// BenchmarkExtract's, shows that the time extraction takes grows in
// proportion to an article's length (filling an implicit place once
// scanned every place the article named: quadratic time).
func BenchmarkExtractLong(b *testing.B) {
	paths, _ := filepath.Glob("testdata/*.txt")
	paths = append(paths, "../../samples/000_a21479502d55c4f4.txt")
	var body strings.Builder
	body.WriteString("Tin dài\n")
	for body.Len() < 1<<20 {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			_, rest, _ := strings.Cut(string(data), "\n") // its headline
			fmt.Fprintf(&body, "%s\n", rest)
		}
	}
	doc := docOf(body.String())
	x := New(testLexicon(b))
	b.SetBytes(int64(body.Len()))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(doc)
	}
}
