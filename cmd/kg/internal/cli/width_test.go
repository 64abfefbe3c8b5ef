package cli

import (
	"fmt"
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

// countingWriter counts the writes it is given.
type countingWriter struct {
	strings.Builder
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	return w.Builder.Write(p)
}

// TestWriteTableBuffers checks that a table is written a buffer at a
// time, not a row at a time (a system call each on a terminal or pipe),
// and that the lines are those of the rows, lined up.
func TestWriteTableBuffers(t *testing.T) {
	for _, n := range []int{1, 3, 2000} {
		rows := make([][]string, n)
		for i := range rows {
			rows[i] = []string{"Đặng Như Trung", fmt.Sprintf("Hội nghị số %d", i), "dự"}
		}
		var w countingWriter
		if err := writeTable(&w, []string{"PERSON", "EVENT", "ROLE"}, rows); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(w.String(), "\n"), "\n")
		if len(lines) != n+1 {
			t.Fatalf("%d rows: %d lines", n, len(lines))
		}
		if want := fmt.Sprintf("Đặng Như Trung  Hội nghị số %-*d  dự", len(fmt.Sprint(n-1)), n-1); lines[n] != want {
			t.Errorf("%d rows: last line %q, want %q", n, lines[n], want)
		}
		if most := w.Len()/4096 + 1; w.writes > most {
			t.Errorf("%d rows (%d bytes): %d writes, want at most %d", n, w.Len(), w.writes, most)
		}
	}
}
