package document

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Vietnamese 8-bit encodings from before Unicode. Text saved from old Word
// documents and early news sites comes in one of three:
//
//   - Windows-1258 (Microsoft's): a few precomposed letters plus combining
//     tone marks; golang.org/x/text/encoding/charmap has it.
//   - TCVN3, also called ABC (the national standard TCVN 5712:1993, VN3
//     subset): one byte per letter, lowercase toned letters only. Capital
//     toned letters were drawn with a separate "H" font (.VnTimeH) over the
//     lowercase codes, so such headlines decode in lowercase: the bytes do
//     not say otherwise.
//   - VNI-Windows (VNI's fonts): a base letter followed by one byte for the
//     diacritic and tone, with Latin-1 letters as those bytes (so "chào" is
//     "chaøo").
//
// Bytes 0x80–0x9F are read as Windows-1252 punctuation in TCVN3 and VNI:
// text exported from Windows with those fonts keeps Word's curly quotes
// and dashes there.

// legacyEncoding decodes one legacy encoding.
type legacyEncoding struct {
	name   string
	decode func(dst *strings.Builder, src []byte)
}

// legacyEncodings are the candidates tried, in order of preference when
// they score the same.
var legacyEncodings = [...]legacyEncoding{
	{"windows-1258", decodeWindows1258},
	{"TCVN3", decodeTCVN3},
	{"VNI-Windows", decodeVNI},
}

func decodeWindows1258(dst *strings.Builder, src []byte) {
	for _, b := range src {
		if b < utf8.RuneSelf {
			dst.WriteByte(b)
			continue
		}
		dst.WriteRune(charmap.Windows1258.DecodeByte(b))
	}
}

// windows1252 reads a byte of 0x80–0x9F as Windows-1252 does (curly
// quotes, dashes, ellipsis); its five unassigned bytes become U+FFFD.
func windows1252(b byte) rune {
	r := charmap.Windows1252.DecodeByte(b)
	if r >= 0x80 && r <= 0x9F {
		return utf8.RuneError
	}
	return r
}

// tcvn3High maps the bytes 0xA0–0xFF of TCVN3. The lowercase letters and
// the seven capital base letters (Ă Â Ê Ô Ơ Ư Đ) are the ABC fonts' VN3
// set; the capital toned letters in the gaps (0xAF, 0xBA, 0xBF, 0xC0–0xC5,
// 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF) and the combining tone marks at
// 0xB0–0xB4 are VN1's, kept because they do not clash with VN3.
var tcvn3High = [96]rune{
	// 0xA0
	'\u00A0', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ',
	// 0xB0: combining grave, hook above, tilde, acute, dot below
	'\u0300', '\u0309', '\u0303', '\u0301', '\u0323', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ',
	// 0xC0
	'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ',
	// 0xD0
	'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò',
	// 0xE0
	'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù',
	// 0xF0
	'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố',
}

func decodeTCVN3(dst *strings.Builder, src []byte) {
	for _, b := range src {
		switch {
		case b < utf8.RuneSelf:
			dst.WriteByte(b)
		case b < 0xA0:
			dst.WriteRune(windows1252(b))
		default:
			dst.WriteRune(tcvn3High[b-0xA0])
		}
	}
}

// VNI-Windows, byte by byte. Bytes are named by the Latin-1 letter they
// show as in a Western font, which is how VNI text looks when read wrongly.

// vniLetters are bytes that stand for a whole letter (ơ and ư, which
// also take marks, are in vniBase).
var vniLetters = map[byte]rune{
	0xD1: 'Đ', 0xF1: 'đ', // Ñ ñ
	0xCC: 'Ì', 0xEC: 'ì', // Ì ì
	0xCD: 'Í', 0xED: 'í', // Í í
	0xC6: 'Ỉ', 0xE6: 'ỉ', // Æ æ
	0xD3: 'Ĩ', 0xF3: 'ĩ', // Ó ó
	0xD2: 'Ị', 0xF2: 'ị', // Ò ò
	0xCE: 'Ỵ', 0xEE: 'ỵ', // Î î
}

// vniMark is what a byte following a base letter adds to it: a shape
// (circumflex, breve) and a tone, as combining marks.
type vniMark struct {
	shape rune // 0, '\u0302' circumflex or '\u0306' breve
	tone  rune // 0 or a combining tone mark
}

// vniMarks maps the mark bytes, lowercase and capital forms alike (a
// capital letter takes the capital form).
var vniMarks = map[byte]vniMark{
	0xF9: {0, '\u0301'}, 0xD9: {0, '\u0301'}, // ù Ù sắc
	0xF8: {0, '\u0300'}, 0xD8: {0, '\u0300'}, // ø Ø huyền
	0xFB: {0, '\u0309'}, 0xDB: {0, '\u0309'}, // û Û hỏi
	0xF5: {0, '\u0303'}, 0xD5: {0, '\u0303'}, // õ Õ ngã
	0xEF: {0, '\u0323'}, 0xCF: {0, '\u0323'}, // ï Ï nặng

	0xE2: {'\u0302', 0}, 0xC2: {'\u0302', 0}, // â Â circumflex
	0xE1: {'\u0302', '\u0301'}, 0xC1: {'\u0302', '\u0301'}, // á Á
	0xE0: {'\u0302', '\u0300'}, 0xC0: {'\u0302', '\u0300'}, // à À
	0xE5: {'\u0302', '\u0309'}, 0xC5: {'\u0302', '\u0309'}, // å Å
	0xE3: {'\u0302', '\u0303'}, 0xC3: {'\u0302', '\u0303'}, // ã Ã
	0xE4: {'\u0302', '\u0323'}, 0xC4: {'\u0302', '\u0323'}, // ä Ä

	0xEA: {'\u0306', 0}, 0xCA: {'\u0306', 0}, // ê Ê breve
	0xE9: {'\u0306', '\u0301'}, 0xC9: {'\u0306', '\u0301'}, // é É
	0xE8: {'\u0306', '\u0300'}, 0xC8: {'\u0306', '\u0300'}, // è È
	0xFA: {'\u0306', '\u0309'}, 0xDA: {'\u0306', '\u0309'}, // ú Ú
	0xFC: {'\u0306', '\u0303'}, 0xDC: {'\u0306', '\u0303'}, // ü Ü
	0xEB: {'\u0306', '\u0323'}, 0xCB: {'\u0306', '\u0323'}, // ë Ë
}

// vniBase reports whether b is a letter that takes a VNI mark byte, as
// the letter it stands for (ô and ö are ơ and ư), and which shapes it
// takes: a takes circumflex and breve, e and o circumflex only.
func vniBase(b byte) (letter rune, circumflex, breve bool, ok bool) {
	switch b {
	case 'a', 'A':
		return rune(b), true, true, true
	case 'e', 'E', 'o', 'O':
		return rune(b), true, false, true
	case 'i', 'I', 'u', 'U', 'y', 'Y':
		return rune(b), false, false, true
	case 0xF4:
		return 'ơ', false, false, true
	case 0xD4:
		return 'Ơ', false, false, true
	case 0xF6:
		return 'ư', false, false, true
	case 0xD6:
		return 'Ư', false, false, true
	}
	return 0, false, false, false
}

// decodeVNI writes base letter + combining marks; the caller's NFC
// normalization composes them into precomposed letters. A mark byte that
// follows no letter able to take it is not Vietnamese: it becomes U+FFFD,
// which the encoding detector counts against VNI.
func decodeVNI(dst *strings.Builder, src []byte) {
	for i := 0; i < len(src); i++ {
		b := src[i]
		if letter, circ, breve, ok := vniBase(b); ok {
			dst.WriteRune(letter)
			if i+1 < len(src) {
				if m, ok := vniMarks[src[i+1]]; ok && (m.shape == 0 || m.shape == '\u0302' && circ || m.shape == '\u0306' && breve) {
					if m.shape != 0 {
						dst.WriteRune(m.shape)
					}
					if m.tone != 0 {
						dst.WriteRune(m.tone)
					}
					i++
				}
			}
			continue
		}
		switch {
		case b < utf8.RuneSelf:
			dst.WriteByte(b)
		case b < 0xA0:
			dst.WriteRune(windows1252(b))
		case vniLetters[b] != 0:
			dst.WriteRune(vniLetters[b])
		case b < 0xC0:
			// Latin-1 punctuation and symbols (« » ° ·) are the same in
			// VNI's fonts.
			dst.WriteRune(rune(b))
		default:
			dst.WriteRune(utf8.RuneError)
		}
	}
}
