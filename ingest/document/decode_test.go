package document

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// A sentence of the genre, with every vowel shape and tone, written for
// these tests.
const vnSentence = "Sáng 16/5, Đảng bộ Cơ quan Văn phòng UBND tỉnh Bắc Ninh tổ chức Đại hội lần thứ VIII, nhiệm kỳ 2020 – 2025; đồng chí Nguyễn Hữu Thuận, Phó Bí thư Thường trực, phát biểu chỉ đạo, đề nghị tiếp tục đổi mới, nâng cao chất lượng, khuyến khích sáng tạo và quyết tâm hoàn thành tốt nhiệm vụ được giao. Ông Trần Quốc Ưng cảm ơn sự ủng hộ của nhân dân."

// Hand-encoded from the published code tables, byte by byte, so that the
// decoders are checked against the tables and not against themselves.
var (
	// "Đại hội Đảng bộ tỉnh" in TCVN3: Đ=A7 ạ=B9 ộ=E9 ả=B6 ỉ=D8.
	tcvn3Hand = []byte("\xA7\xB9i h\xE9i \xA7\xB6ng b\xE9 t\xD8nh")
	// The same in VNI: Đ=Ñ(D1), ạ=a+ï(EF), ộ=o+ä(E4), ả=a+û(FB), ỉ=æ(E6).
	vniHand = []byte("\xD1a\xEFi ho\xE4i \xD1a\xFBng bo\xE4 t\xE6nh")
	// "Xin chào các bạn, người dân Việt Nam" in VNI: à=a+ø ạ=a+ï ư=ö ơ=ô
	// ờ=ô+ø ệ=e+ä.
	vniHand2 = []byte("Xin cha\xF8o ca\xF9c ba\xEFn, ng\xF6\xF4\xF8i da\xE2n Vie\xE4t Nam")
	// "Thủ tướng Chính phủ" in TCVN3: ủ=F1 ư=AD ớ=ED í=DD.
	tcvn3Hand2 = []byte("Th\xF1 t\xAD\xEDng Ch\xDDnh ph\xF1")
)

// encodeTCVN3 writes s in TCVN3 from tcvn3High reversed. Capital toned
// letters that TCVN3 lacks (VN1 has them where Windows-1252 puts
// punctuation) are written in lowercase, as the H fonts did; want
// reports the text that comes back.
func encodeTCVN3(t testing.TB, s string) (enc []byte, want string) {
	t.Helper()
	rev := map[rune]byte{}
	for i, r := range tcvn3High {
		if i >= 0x10 && i <= 0x14 {
			continue // combining marks
		}
		rev[r] = byte(0xA0 + i)
	}
	var w strings.Builder
	for _, r := range norm.NFC.String(s) {
		if r < utf8.RuneSelf {
			enc = append(enc, byte(r))
			w.WriteRune(r)
			continue
		}
		if b, ok := rev[r]; ok {
			enc = append(enc, b)
			w.WriteRune(r)
			continue
		}
		if b, ok := charmap.Windows1252.EncodeRune(r); ok && b < 0xA0 {
			enc = append(enc, b) // punctuation: – … “ ”
			w.WriteRune(r)
			continue
		}
		l := unicode.ToLower(r)
		b, ok := rev[l]
		if !ok {
			t.Fatalf("TCVN3 has no %q", r)
		}
		enc = append(enc, b)
		w.WriteRune(l)
	}
	return enc, w.String()
}

// encodeVNI writes s in VNI: base letter and one mark byte.
func encodeVNI(t testing.TB, s string) []byte {
	t.Helper()
	type key struct{ shape, tone rune }
	marks := map[key][2]byte{ // lowercase, capital
		{0, toneAcute}: {0xF9, 0xD9}, {0, toneGrave}: {0xF8, 0xD8}, {0, toneHook}: {0xFB, 0xDB},
		{0, toneTilde}: {0xF5, 0xD5}, {0, toneDot}: {0xEF, 0xCF},
		{'\u0302', 0}: {0xE2, 0xC2}, {'\u0302', toneAcute}: {0xE1, 0xC1}, {'\u0302', toneGrave}: {0xE0, 0xC0},
		{'\u0302', toneHook}: {0xE5, 0xC5}, {'\u0302', toneTilde}: {0xE3, 0xC3}, {'\u0302', toneDot}: {0xE4, 0xC4},
		{'\u0306', 0}: {0xEA, 0xCA}, {'\u0306', toneAcute}: {0xE9, 0xC9}, {'\u0306', toneGrave}: {0xE8, 0xC8},
		{'\u0306', toneHook}: {0xFA, 0xDA}, {'\u0306', toneTilde}: {0xFC, 0xDC}, {'\u0306', toneDot}: {0xEB, 0xCB},
	}
	singles := map[rune]byte{'đ': 0xF1, 'Đ': 0xD1, 'ì': 0xEC, 'Ì': 0xCC, 'í': 0xED, 'Í': 0xCD,
		'ỉ': 0xE6, 'Ỉ': 0xC6, 'ĩ': 0xF3, 'Ĩ': 0xD3, 'ị': 0xF2, 'Ị': 0xD2, 'ỵ': 0xEE, 'Ỵ': 0xCE}
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		if b, ok := singles[r]; ok {
			out = append(out, b)
			continue
		}
		if b, ok := charmap.Windows1252.EncodeRune(r); ok && b < 0xA0 {
			out = append(out, b) // punctuation: – … “ ”
			continue
		}
		var base, shape, tone rune
		for _, c := range norm.NFD.String(string(r)) {
			switch {
			case isTone(c):
				tone = c
			case c == '\u0302' || c == '\u0306':
				shape = c
			case c == '\u031B': // horn: ơ ư are letters of their own
				base = map[rune]rune{'o': 0xF4, 'O': 0xD4, 'u': 0xF6, 'U': 0xD6}[base]
			default:
				base = c
			}
		}
		if base == 0 || base >= 0x100 {
			t.Fatalf("VNI: cannot encode %q", r)
		}
		out = append(out, byte(base))
		if shape != 0 || tone != 0 {
			m, ok := marks[key{shape, tone}]
			if !ok {
				t.Fatalf("VNI: no mark for %q", r)
			}
			if unicode.IsUpper(r) {
				out = append(out, m[1])
			} else {
				out = append(out, m[0])
			}
		}
	}
	return out
}

// encode1258 writes s in Windows-1258: base letters with their shape
// precomposed where 1258 has them, tones as combining marks.
func encode1258(t testing.TB, s string) []byte {
	t.Helper()
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		var tone rune
		var rest strings.Builder
		for _, c := range norm.NFD.String(string(r)) {
			if isTone(c) {
				tone = c
			} else {
				rest.WriteRune(c)
			}
		}
		b.WriteString(norm.NFC.String(rest.String()))
		if tone != 0 {
			b.WriteRune(tone)
		}
	}
	out, err := charmap.Windows1258.NewEncoder().Bytes([]byte(b.String()))
	if err != nil {
		t.Fatalf("Windows-1258: %v", err)
	}
	return out
}

// latin1UTF8 is what a file in an 8-bit encoding becomes when opened as
// Windows-1252 and saved as UTF-8, as Windows does it: the five bytes
// 1252 leaves unassigned become C1 controls.
func latin1UTF8(t *testing.T, b []byte) []byte {
	t.Helper()
	var out []byte
	for _, c := range b {
		r := charmap.Windows1252.DecodeByte(c)
		if r == utf8.RuneError {
			r = rune(c)
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

func TestDecode(t *testing.T) {
	sample, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := Clean(string(sample))
	tcvnArticle, tcvnWant := encodeTCVN3(t, article)
	tcvnSentence, tcvnSentenceWant := encodeTCVN3(t, vnSentence)
	utf16le, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(vnSentence))
	utf16be, _ := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(vnSentence))
	utf16raw, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM).NewEncoder().Bytes([]byte(vnSentence))

	tests := []struct {
		name    string
		in      []byte
		want    string // after Clean
		enc     string
		wantErr error
		errText string
	}{
		{name: "UTF-8", in: []byte(vnSentence), want: vnSentence},
		{name: "UTF-8 with BOM", in: append([]byte("\xEF\xBB\xBF"), vnSentence...), want: vnSentence},
		{name: "UTF-8 NFD, as from a Mac", in: []byte(norm.NFD.String(vnSentence)), want: vnSentence},
		{name: "UTF-16LE with BOM", in: utf16le, want: vnSentence, enc: "UTF-16LE"},
		{name: "UTF-16BE with BOM", in: utf16be, want: vnSentence, enc: "UTF-16BE"},
		{name: "UTF-16LE without BOM", in: utf16raw, want: vnSentence, enc: "UTF-16LE"},
		{name: "TCVN3 by hand", in: tcvn3Hand, want: "Đại hội Đảng bộ tỉnh", enc: "TCVN3"},
		{name: "TCVN3 by hand 2", in: tcvn3Hand2, want: "Thủ tướng Chính phủ", enc: "TCVN3"},
		{name: "TCVN3 sentence", in: tcvnSentence, want: tcvnSentenceWant, enc: "TCVN3"},
		{name: "TCVN3 article", in: tcvnArticle, want: tcvnWant, enc: "TCVN3"},
		{name: "VNI by hand", in: vniHand, want: "Đại hội Đảng bộ tỉnh", enc: "VNI-Windows"},
		{name: "VNI by hand 2", in: vniHand2, want: "Xin chào các bạn, người dân Việt Nam", enc: "VNI-Windows"},
		{name: "VNI sentence", in: encodeVNI(t, vnSentence), want: vnSentence, enc: "VNI-Windows"},
		{name: "VNI article", in: encodeVNI(t, article), want: article, enc: "VNI-Windows"},
		{name: "Windows-1258 sentence", in: encode1258(t, vnSentence), want: vnSentence, enc: "windows-1258"},
		{name: "Windows-1258 article", in: encode1258(t, article), want: article, enc: "windows-1258"},
		{
			name: "TCVN3 with a UTF-8 line pasted in",
			in:   append(append([]byte(nil), tcvn3Hand...), "\nPhó Bí thư Tỉnh ủy\n"...),
			want: "Đại hội Đảng bộ tỉnh\nPhó Bí thư Tỉnh ủy\n", enc: "TCVN3 (mixed with UTF-8)",
		},
		{
			name: "UTF-8 with a stray byte: the byte is dropped, not the article",
			in:   []byte("Đại hội Đảng bộ tỉnh\nPhó Bí thư Tỉnh ủy\xff phát biểu\n"),
			want: "Đại hội Đảng bộ tỉnh\nPhó Bí thư Tỉnh ủy phát biểu\n", enc: "UTF-8 (invalid bytes dropped)",
		},
		{
			name: "UTF-8 cut in the middle of a letter",
			in:   []byte("Đại hội Đảng bộ tỉnh\nPhó Bí thư Tỉnh \xe1\xbb"),
			want: "Đại hội Đảng bộ tỉnh\nPhó Bí thư Tỉnh ", enc: "UTF-8 (invalid bytes dropped)",
		},
		{
			name: "VNI read as Latin-1, saved as UTF-8",
			in:   latin1UTF8(t, encodeVNI(t, vnSentence)), want: vnSentence,
			enc: "VNI-Windows (read as Latin-1 and saved as UTF-8)",
		},
		{
			name: "TCVN3 read as Latin-1, saved as UTF-8",
			in:   latin1UTF8(t, tcvnSentence), want: tcvnSentenceWant,
			enc: "TCVN3 (read as Latin-1 and saved as UTF-8)",
		},
		{
			name: "UTF-8 read as Windows-1252, saved as UTF-8",
			in:   latin1UTF8(t, []byte(vnSentence)), want: vnSentence, enc: "UTF-8 (double-encoded)",
		},
		{
			name: "curly quotes from Windows, nothing else",
			in:   []byte("Ban Chap hanh \x93Dang bo\x94 \x96 khoa XIX\x85"), want: "Ban Chap hanh “Dang bo” – khoa XIX…", enc: "windows-1258",
		},
		{
			name: "Latin-1 French is refused", in: latin1Bytes1252(t, "Le président a été reçu à l'Élysée où il a déjeuné après une réunion très animée."),
			wantErr: ErrEncoding, errText: "best guess",
		},
		{name: "empty", in: nil, wantErr: ErrEmpty},
		{name: "whitespace", in: []byte(" \n\t\r\n  "), wantErr: ErrEmpty},
		{name: "UTF-16 BOM only", in: []byte("\xFF\xFE"), wantErr: ErrEmpty},
		{name: "NUL bytes", in: []byte("abc\x00\x01\x02\x03def\x00ghi"), wantErr: ErrBinary, errText: "NUL"},
		{name: "PNG", in: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: ErrBinary, errText: "PNG image"},
		{name: "JPEG", in: []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF"), wantErr: ErrBinary, errText: "JPEG image"},
		{name: "GIF", in: []byte("GIF89a\x01\x00\x01\x00"), wantErr: ErrBinary, errText: "GIF image"},
		{name: "PDF", in: []byte("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), wantErr: ErrBinary, errText: "PDF document"},
		{name: "ZIP", in: []byte("PK\x03\x04\x14\x00\x06\x00"), wantErr: ErrBinary, errText: "ZIP archive"},
		{name: "old Word document", in: []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), wantErr: ErrBinary, errText: ".doc"},
		{name: "control characters", in: bytes.Repeat([]byte("ab\x01\x02\x03\x04"), 20), wantErr: ErrBinary, errText: "control characters"},
		{name: "random high bytes", in: []byte("\x81\x8d\xfe\xff\xa0\xbf\xd7\xde\xf0 \xfe\xfd\xfc\xfb \xc7\xd0\xd7"), wantErr: ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := Decode(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.errText) {
					t.Fatalf("Decode: err = %v, want %v with %q", err, tt.wantErr, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if enc != tt.enc {
				t.Errorf("encoding = %q, want %q", enc, tt.enc)
			}
			if got := Clean(text); got != tt.want {
				t.Errorf("text:\n got %q\nwant %q", firstDiff(got, tt.want), firstDiff(tt.want, got))
			}
		})
	}
}

func latin1Bytes1252(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// firstDiff shows a from a little before where it differs from b.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	i = max(0, validCut(a, i)-40)
	for i > 0 && !utf8.RuneStart(a[i]) {
		i--
	}
	return a[i:min(len(a), i+120)]
}

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"CRLF", "a\r\nb\rc\n", "a\nb\nc\n"},
		{"no-break space", "Hà\u00A0Nội\u202Fvà\u2009Huế", "Hà Nội và Huế"},
		{"zero-width", "Đảng\u200B bộ\u200C\u200D\uFEFF tỉnh\u2060", "Đảng bộ tỉnh"},
		{"soft hyphen and direction marks", "nhiệm\u00ADkỳ\u200E\u200F", "nhiệmkỳ"},
		{"controls but tab and newline", "a\x00b\x07c\td\x1Be\u0085f\u0090g", "abc\tde\nfg"},
		{"line separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"NFD to NFC", norm.NFD.String("Nguyễn Thị Ánh Tuyết"), "Nguyễn Thị Ánh Tuyết"},
		{"NFC across a removed zero-width", "a\u200B\u0301", "á"},
		{"dashes and quotes are kept", "“Hà Nội” – ‘Thủ đô’ — 2020‑2025", "“Hà Nội” – ‘Thủ đô’ — 2020‑2025"},
		{"invalid bytes dropped", "a\xffb", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsSyllable(t *testing.T) {
	valid := []string{
		"a", "ở", "Đại", "hội", "nghiêng", "quyết", "giữ", "gì", "khuỷu", "người", "trường",
		"thuở", "ngoẹo", "xoong", "huỳnh", "QUỐC", "chuyện", "tuần", "khoắng", "yêu", "oai",
		"các", "tập", "ạch", norm.NFD.String("Nguyễn"),
	}
	invalid := []string{
		"chaøo", "§¹i", "héi", "aứo", "hÃ´m", "tàc", "tảp", "nghiê", "ăn1", "ă", "cáả",
		"Ä‘áº¡i", "thuâ", "wé", "fè",
	}
	for _, w := range valid {
		if !isSyllable(w) {
			t.Errorf("isSyllable(%q) = false, want true", w)
		}
	}
	for _, w := range invalid {
		if isSyllable(w) {
			t.Errorf("isSyllable(%q) = true, want false", w)
		}
	}
}

// TestNFCStable checks the ranges Clean trusts to be in NFC already:
// each character is NFC alone and composes with nothing before it.
func TestNFCStable(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if !nfcStable(r) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || !p.BoundaryBefore() || p.CCC() != 0 {
			t.Errorf("%U is not NFC-stable", r)
		}
		if !norm.NFC.IsNormalString("a"+s) || !norm.NFC.IsNormalString("ư"+s) {
			t.Errorf("%U composes with what precedes it", r)
		}
	}
}
