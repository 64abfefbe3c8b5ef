package extract

import (
	"testing"

	"kg/graph"
)

// TestDottedAndSpacedDates checks the day and month written with a full
// stop or a spaced dash, after a word that says a date follows, and not
// elsewhere.
func TestDottedAndSpacedDates(t *testing.T) {
	tests := []struct {
		text string
		want graph.Date // zero: no date
	}{
		{"Ngày 26.12 đoàn đến thăm", graph.Date{Day: 26, Month: 12}},
		{"Sáng 3.4.2024 đoàn đến thăm", graph.Date{Day: 3, Month: 4, Year: 2024}},
		{"Ngày 17 – 9 đoàn đến thăm", graph.Date{Day: 17, Month: 9}},
		{"Chiều 2 - 10 đoàn đến thăm", graph.Date{Day: 2, Month: 10}},
		{"Sáng nay 27.7 lãnh đạo tỉnh đến viếng", graph.Date{Day: 27, Month: 7}},
		{"Hiện nay 3/4 số hộ đã thoát nghèo", graph.Date{}},
		{"Ngày 32.12 đoàn đến thăm", graph.Date{}},
		{"Ngày 26,5 tỷ đồng", graph.Date{}},
		{"Tăng 26.5 phần trăm", graph.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s := sentenceOf(t, tt.text)
			var got graph.Date
			for i := range s.words {
				if d, n := s.parseDate(i, false); n > 0 {
					got = d.date
					break
				}
			}
			if got != tt.want {
				t.Errorf("date of %q = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// sentenceOf returns the last sentence of an article whose body is a
// lead, then text: the sentence text is, read as body text.
func sentenceOf(t *testing.T, text string) *sentence {
	t.Helper()
	l := New(testLexicon(t)).readLayout(docOf("Tin\nHội nghị của tỉnh đã diễn ra với nhiều nội dung quan trọng.\n" + text))
	if len(l.sentences) < 3 {
		t.Fatalf("%q: not read as a sentence of its own", text)
	}
	return l.sentences[len(l.sentences)-1]
}
