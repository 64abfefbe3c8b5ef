package cli

import (
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

// TestNarrow checks that every character narrow counts as one column is
// one column and a grapheme cluster of its own, as uniseg sees it, next
// to another such character.
func TestNarrow(t *testing.T) {
	var all []rune
	for r := rune(0); r < 0x3000; r++ {
		if narrow(r) {
			all = append(all, r)
		}
	}
	if len(all) < 700 {
		t.Fatalf("%d narrow characters: want the Latin letters of Vietnamese among them", len(all))
	}
	for i, r := range all {
		next := all[(i*7919+1)%len(all)]
		if w := uniseg.StringWidth(string(r)); w != 1 {
			t.Errorf("%U: %d columns, want 1", r, w)
		}
		if n := uniseg.GraphemeClusterCount(string(r) + string(next)); n != 2 {
			t.Errorf("%U %U: %d grapheme clusters, want 2", r, next, n)
		}
	}
}

// TestTextWidth checks textWidth against uniseg on text of the genre,
// precomposed and decomposed, and text that is not narrow.
func TestTextWidth(t *testing.T) {
	for _, s := range []string{
		"",
		"Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy Hà Nội",
		"Chủ tịch UBND tỉnh Quảng Trị – “đồng chí” Võ Văn Hưng…",
		"Nguye\u0302\u0303n Đức Chung", // decomposed: combining marks
		"Hội nghị APEC 北京 2014",
		"Lễ kỷ niệm 🇻🇳 90 năm",
		"tab\there",
		"soft\u00adhyphen",
		strings.Repeat("Đặng Như Trung ", 20),
	} {
		if got, want := textWidth(s), uniseg.StringWidth(s); got != want {
			t.Errorf("textWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestTruncate checks that a cut cell is at most n columns wide, ends
// with "…", and that its width is reported.
func TestTruncate(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"Đặng Như Trung", 20, "Đặng Như Trung"},
		{"Đặng Như Trung", 8, "Đặng Nh…"},
		{"北京北京", 5, "北京…"},
		{"Nguye\u0302\u0303n Đức Chung", 8, "Nguye\u0302\u0303n …"},
		{strings.Repeat("Hội nghị ", 20), 10, "Hội nghị …"},
	} {
		got, w := truncate(tt.s, tt.n)
		if got != tt.want || w != uniseg.StringWidth(got) || w > tt.n {
			t.Errorf("truncate(%q, %d) = %q, %d; want %q, %d", tt.s, tt.n, got, w, tt.want, uniseg.StringWidth(tt.want))
		}
	}
}
