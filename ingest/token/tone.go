package token

import (
	"strings"
	"unicode"
)

// Tones, in the order of the columns of vowelRows.
const (
	noTone = iota
	toneGrave
	toneAcute
	toneHook
	toneTilde
	toneDot
)

// vowelRows lists every Vietnamese vowel letter with its five tones, one
// row per base letter, lower then upper case. It is the whole table that
// tone placement needs.
var vowelRows = [...]string{
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
	"AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
	"OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
}

// vowel is a decomposed vowel letter: its row in vowelRows and its tone.
type vowel struct{ row, tone int8 }

// decompose returns the row and tone of a vowel letter; ok is false for
// any other rune.
func decompose(r rune) (v vowel, ok bool) {
	if r < 0x80 {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y':
		default:
			return vowel{}, false
		}
	} else if r < 0xC0 || r > 0x1EF9 {
		return vowel{}, false
	}
	v, ok = vowels[r]
	return v, ok
}

// compose is the inverse of decompose.
func compose(v vowel) rune { return vowelRunes[v.row][v.tone] }

// vowels and vowelRunes index vowelRows both ways. They are written once,
// here, and only read after.
var vowels, vowelRunes = indexVowels()

func indexVowels() (map[rune]vowel, [len(vowelRows)][6]rune) {
	m := make(map[rune]vowel, len(vowelRows)*6)
	var runes [len(vowelRows)][6]rune
	for i, row := range vowelRows {
		col := 0
		for _, c := range row {
			m[c] = vowel{int8(i), int8(col)}
			runes[i][col] = c
			col++
		}
	}
	return m, runes
}

// hasHat reports whether a row's base letter has a circumflex, breve or
// horn (ă â ê ô ơ ư), which takes the tone mark before any other vowel.
func hasHat(row int8) bool {
	switch row % 12 {
	case 1, 2, 4, 7, 8, 10:
		return true
	}
	return false
}

// placeTone moves the tone mark of one syllable (letters only, NFC) to its
// traditional place: on the vowel with a hat, breve or horn (the last such
// one: "ươ" → ơ); otherwise, in a closed syllable, on the last vowel
// ("hoàng", "quyết"); otherwise on the middle of three vowels ("ngoài") or
// the first of two ("hòa", "thủy", "mái"). "qu" and "gi" before a vowel
// are onsets. The rule depends only on the letters, so every spelling of a
// syllable gets the same result. Case is kept.
func placeTone(syl string) string {
	var buf [24]rune
	r := buf[:0]
	var vs [24]vowel
	isV := [24]bool{}
	tone := int8(noTone)
	for _, c := range syl {
		if len(r) == len(buf) {
			return syl // not a syllable: leave it alone
		}
		v, ok := decompose(c)
		if ok {
			if tone == noTone && v.tone != noTone {
				tone = v.tone
			}
			v.tone = noTone
			vs[len(r)], isV[len(r)] = v, true
		}
		r = append(r, c)
	}
	if tone == noTone {
		return syl
	}
	start := 0
	if len(r) > 2 && isV[2] {
		a, b := unicode.ToLower(r[0]), unicode.ToLower(r[1])
		if a == 'q' && b == 'u' || a == 'g' && b == 'i' {
			start = 2
		}
	}
	first := -1
	for i := start; i < len(r); i++ {
		if isV[i] {
			first = i
			break
		}
	}
	if first < 0 {
		if start == 2 || len(r) < 2 || !isV[1] {
			return syl
		}
		first = 1 // "gì": the i of gi is the vowel
	}
	last := first
	for last+1 < len(r) && isV[last+1] {
		last++
	}
	pos := -1
	for i := first; i <= last; i++ {
		if hasHat(vs[i].row) {
			pos = i
		}
	}
	if pos < 0 {
		switch n := last - first + 1; {
		case n == 1:
			pos = first
		case last < len(r)-1:
			pos = last
		case n >= 3:
			pos = first + 1
		default:
			pos = first
		}
	}
	var b strings.Builder
	b.Grow(len(syl))
	for i, c := range r {
		if isV[i] {
			v := vs[i]
			if i == pos {
				v.tone = tone
			}
			c = compose(v)
		}
		b.WriteRune(c)
	}
	return b.String()
}
