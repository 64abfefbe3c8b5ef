package token

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestCanon(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Uỷ ban", "Ủy ban"},
		{"Ủy ban", "Ủy ban"},
		{"hoà", "hòa"},
		{"khoá", "khóa"},
		{"khoẻ", "khỏe"},
		{"thuỷ", "thủy"},
		{"Tỉnh uỷ", "Tỉnh ủy"},
		{"hoàng", "hoàng"},
		{"hòang", "hoàng"}, // misplaced mark in a closed syllable
		{"quyết", "quyết"},
		{"ngoài", "ngoài"},
		{"người", "người"},
		{"giữ", "giữ"},
		{"gìn", "gìn"},
		{"gì", "gì"},
		{"Thuý", "Thúy"},
		{"  nhiều   khoảng ", "nhiều khoảng"},
		{"ASAN", "ASAN"},
		{"Nguyễn Đức Chung", "Nguyễn Đức Chung"},
	}
	for _, tt := range tests {
		if got := Canon(tt.in); got != tt.want {
			t.Errorf("Canon(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeyNFD(t *testing.T) {
	nfd := norm.NFD.String("Uỷ viên Ban Thường vụ Tỉnh uỷ")
	if got, want := Key(nfd), "ủy viên ban thường vụ tỉnh ủy"; got != want {
		t.Errorf("Key(NFD) = %q, want %q", got, want)
	}
	if Key("Uỷ ban") != Key("ỦY BAN") {
		t.Errorf("keys differ by case or tone placement: %q %q", Key("Uỷ ban"), Key("ỦY BAN"))
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Sáng 16/5, Đảng bộ tổ chức.", []string{"Sáng", "16/5", ",", "Đảng", "bộ", "tổ", "chức", "."}},
		{"Ủy viên T.Ư Đảng", []string{"Ủy", "viên", "T.Ư", "Đảng"}},
		{"ngài Oh-Sae-Hyun (Hàn Quốc)", []string{"ngài", "Oh-Sae-Hyun", "(", "Hàn", "Quốc", ")"}},
		{"nhiệm kỳ 2020 - 2025", []string{"nhiệm", "kỳ", "2020", "-", "2025"}},
		{"nhiệm kỳ 2020-2025", []string{"nhiệm", "kỳ", "2020-2025"}},
		{"Nghị quyết số 938/NQ-UBTVQH15;", []string{"Nghị", "quyết", "số", "938/NQ-UBTVQH15", ";"}},
		{"10.900 tỷ đồng, 1,5%", []string{"10.900", "tỷ", "đồng", ",", "1,5", "%"}},
		{"UBND tỉnh.Trong", []string{"UBND", "tỉnh", ".", "Trong"}},
		{"GS.TS Nguyễn", []string{"GS.TS", "Nguyễn"}},
		{"Kinh tế & Đô thị", []string{"Kinh", "tế", "&", "Đô", "thị"}},
		{"a,b", []string{"a", ",", "b"}},
		{"Ảnh: Doãn Tấn/TTXVN", []string{"Ảnh", ":", "Doãn", "Tấn", "/", "TTXVN"}},
		{"số 15/NQ-TU", []string{"số", "15/NQ-TU"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tok.Text)
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: span %d:%d is %q, not %q", tt.in, tok.Start, tok.End, tt.in[tok.Start:tok.End], tok.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenFlags(t *testing.T) {
	toks := Tokenize("UBND Hà nội KAWAUE 16/5 ,")
	wantUpper := []bool{true, true, false, true, false, false}
	wantCaps := []bool{true, false, false, true, false, false}
	wantKind := []Kind{Word, Word, Word, Word, Number, Punct}
	for i, tok := range toks {
		if tok.Upper() != wantUpper[i] || tok.AllCaps() != wantCaps[i] || tok.Kind != wantKind[i] {
			t.Errorf("%q: Upper=%v AllCaps=%v Kind=%v", tok.Text, tok.Upper(), tok.AllCaps(), tok.Kind)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hà\u00a0Nội", "Hà Nội"},
		{"2020 – 2025", "2020 - 2025"},
		{"“điểm sáng”", "\"điểm sáng\""},
		{"a\u200bb\u0007c", "ab c"},
		{"Hòa\u0007Bình", "Hòa Bình"},
		{"a  \t b\r\nc", "a b\nc"},
		{norm.NFD.String("Nguyễn"), "Nguyễn"},
		{"Ðinh Văn Ðức và ðồng chí", "Đinh Văn Đức và đồng chí"}, // the eth typed for Đ
		{norm.NFD.String("Ðinh Nguyễn"), "Đinh Nguyễn"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPlain checks the fast path of Normalize against the slow one on
// text of every kind plain must tell apart.
func TestPlain(t *testing.T) {
	for _, s := range []string{
		"Nguyễn Thị Ánh Tuyết", "ỦY BAN NHÂN DÂN", "Đảng ủy Khối", "Ǎ ǹ ɐ ʘ ͯ", "Ḁ ỿ",
		norm.NFD.String("Nguyễn"), "a\u00a0b", "a\u200bb", "a\u00adb", "a – b", "“x”", "a  b", "a\tb", "a\rb",
		"a\u2028b", "\u0301a", "x\u202ey", "\xff", "Ðinh", "ð",
	} {
		if plain(s) && rewrite(s) != s {
			t.Errorf("plain(%q) but Normalize gives %q", s, rewrite(s))
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Sáng 16/5, Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội tổ chức Đại hội.", "T.Ư", "Oh-Sae-Hyun", "a.-/,b", "\xff\xfe", "Uỷ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if plain(s) && rewrite(s) != s {
			t.Fatalf("plain(%q) but Normalize gives %q", s, rewrite(s))
		}
		if r := rewrite(s); n != r {
			t.Fatalf("Normalize(%q) = %q, but the rewrite through NFC gives %q", s, n, r)
		}
		if !utf8.ValidString(n) && utf8.ValidString(s) {
			t.Fatalf("Normalize made invalid UTF-8 from %q", s)
		}
		toks, spans := Tokenize(n), AppendSpans(nil, n)
		if len(spans) != len(toks) {
			t.Fatalf("AppendSpans gives %d tokens of %q, Tokenize %d", len(spans), n, len(toks))
		}
		for k, sp := range spans {
			if sp.Kind != Punct {
				sp.Key = toks[k].Key
			}
			if sp != toks[k] {
				t.Fatalf("AppendSpans token %d of %q is %+v, Tokenize's %+v", k, n, sp, toks[k])
			}
		}
		prev := 0
		for _, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(n) || n[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad span %d:%d for %q in %q", tok.Start, tok.End, tok.Text, n)
			}
			prev = tok.End
			if tok.Kind != Punct && (tok.Kind == Number) != strings.ContainsFunc(tok.Text, unicode.IsDigit) {
				t.Fatalf("%q is a token of kind %d", tok.Text, tok.Kind)
			}
			if Key(tok.Key) != tok.Key {
				t.Fatalf("Key is not idempotent on %q: %q then %q", tok.Text, tok.Key, Key(tok.Key))
			}
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("Dự Đại hội có Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung; các Phó Chủ tịch UBND thành phố Nguyễn Thế Hùng, Nguyễn Doãn Toản. ", 50)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var z Tokenizer
	for b.Loop() {
		z.Tokenize(text)
	}
}

// staysNFC checks that NFC keeps r as it is after each of before (those
// that are NFC themselves) and that r combines with no rune before it.
func staysNFC(t *testing.T, r rune, before []string) {
	t.Helper()
	for _, b := range before {
		if s := b + string(r); norm.NFC.IsNormalString(b) && !norm.NFC.IsNormalString(s) {
			t.Errorf("%q (U+%04X) after %q is not NFC", string(r), r, b)
		}
	}
	if p := norm.NFC.PropertiesString(string(r)); !p.BoundaryBefore() || p.CCC() != 0 {
		t.Errorf("U+%04X may combine with the rune before it", r)
	}
}

// TestInert checks what Normalize takes on trust: NFC keeps an inert
// rune as it is after any rune.
func TestInert(t *testing.T) {
	before := []string{"", "a", "A", "ư", "\u0301", "\u0306", "\u031b", "\u0323", "\u1100", "\u0627"}
	for r := rune(0); r < 0x10000; r++ {
		if !inert(r) {
			continue
		}
		staysNFC(t, r, before)
	}
}

// TestPrecomposedLen checks the byte test against the rune test.
func TestPrecomposedLen(t *testing.T) {
	for r := rune(0x80); r < 0x2000; r++ {
		s := string(r) + "x"
		if n := precomposedLen(s); n != 0 && (n != utf8.RuneLen(r) || !precomposed(r)) {
			t.Errorf("precomposedLen(%q) = %d", string(r), n)
		}
	}
	for r := rune(0x80); r < 0x2000; r++ {
		s := string(r) + "x"
		if n := latinLetterLen(s); n != 0 && (n != utf8.RuneLen(r) || !latinLetter(r)) {
			t.Errorf("latinLetterLen(%q) = %d", string(r), n)
		}
	}
	for _, s := range []string{"\xc3", "\xc3x", "\xe1\xbb", "\xe1\xbbx", "\xe1\xbc\x80"} {
		if n := precomposedLen(s); n != 0 {
			t.Errorf("precomposedLen(%q) = %d", s, n)
		}
	}
}

// TestPrecomposed checks what plain takes on trust: a precomposed letter
// is NFC, and NFC keeps it as it is after any rune.
func TestPrecomposed(t *testing.T) {
	before := []string{"", "a", "A", "ư", "Ư", "i", "\u0301", "\u0306", "\u031b", "\u0323"}
	for r := rune(0); r < 0x2000; r++ {
		if !precomposed(r) {
			continue
		}
		staysNFC(t, r, before)
	}
}

func TestLatinLetter(t *testing.T) {
	for r := rune(0x80); r < 0x2000; r++ {
		if latinLetter(r) && !unicode.IsLetter(r) {
			t.Errorf("latinLetter(U+%04X) but it is no letter", r)
		}
		if latinLetter(r) && unicode.IsDigit(r) {
			t.Errorf("latinLetter(U+%04X) but it is a digit", r)
		}
	}
}
