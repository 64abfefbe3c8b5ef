package document

import (
	"os"
	"strings"
	"testing"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Block
	}{
		{
			name: "headline, lines, indented caption",
			in:   "Tiêu đề\n\nTác giả\nĐoạn một.\n\u00A0Chú thích ảnh\n\tChú thích hai\nĐoạn  hai\u200B.\n",
			want: []Block{{Headline, "Tiêu đề"}, {Unknown, "Tác giả"}, {Unknown, "Đoạn một."}, {Caption, "Chú thích ảnh"}, {Caption, "Chú thích hai"}, {Unknown, "Đoạn hai."}},
		},
		{
			name: "an indented first line is still the headline",
			in:   "   \n  Tiêu đề thụt lề\r\nĐoạn.",
			want: []Block{{Headline, "Tiêu đề thụt lề"}, {Unknown, "Đoạn."}},
		},
		{
			name: "a first line that reads as body text is no headline",
			in:   "Sáng 5/3, tại thành phố Vinh, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác quý I và triển khai nhiệm vụ quý II năm 2024.\nĐoạn hai.",
			want: []Block{{Paragraph, "Sáng 5/3, tại thành phố Vinh, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác quý I và triển khai nhiệm vụ quý II năm 2024."}, {Unknown, "Đoạn hai."}},
		},
		{
			name: "old Mac line ends",
			in:   "Tiêu đề\rĐoạn một.\r Chú thích",
			want: []Block{{Headline, "Tiêu đề"}, {Unknown, "Đoạn một."}, {Caption, "Chú thích"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseText([]byte(tt.in), "a.txt")
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, d)
			if len(d.Blocks) != len(tt.want) {
				t.Fatalf("blocks = %q, want %q", d.Blocks, tt.want)
			}
			for i := range tt.want {
				if d.Blocks[i] != tt.want[i] {
					t.Errorf("block %d = %q, want %q", i, d.Blocks[i], tt.want[i])
				}
			}
		})
	}
}

// TestParseTextSample: the sample article's photo captions (lines that
// start with a no-break space) are Captions.
func TestParseTextSample(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ParseText(data, "sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, d)
	kinds := map[BlockKind]int{}
	for _, b := range d.Blocks {
		kinds[b.Kind]++
	}
	if kinds[Headline] != 1 || kinds[Caption] != 10 || kinds[Unknown] != 14 {
		t.Errorf("kinds = %v", kinds)
	}
	if !strings.HasPrefix(d.Blocks[0].Text, "Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội") || d.Encoding != "" {
		t.Errorf("headline %q, encoding %q", d.Blocks[0].Text, d.Encoding)
	}
}
