package token

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A word is checked for the shape of a written Vietnamese syllable, not
// against a dictionary: an initial consonant, a vowel cluster, a final
// consonant, at most one tone mark, and only sắc or nặng before a stop
// (-c, -ch, -p, -t). Mojibake fails it almost always ("chaøo", "§¹i"),
// real text passes it almost always; foreign names mostly fail it
// ("Chiang", "Blinken").

// The tone marks as combining characters (NFD).
const (
	combGrave = '\u0300' // huyền
	combAcute = '\u0301' // sắc
	combTilde = '\u0303' // ngã
	combHook  = '\u0309' // hỏi
	combDot   = '\u0323' // nặng
)

func isCombiningTone(r rune) bool {
	switch r {
	case combGrave, combAcute, combTilde, combHook, combDot:
		return true
	}
	return false
}

// syllableInitials are the initial consonants.
var syllableInitials = map[string]bool{
	"": true, "ngh": true,
	"ng": true, "nh": true, "ch": true, "gh": true, "gi": true, "kh": true, "ph": true, "th": true, "tr": true, "qu": true,
	"b": true, "c": true, "d": true, "đ": true, "g": true, "h": true, "k": true, "l": true, "m": true, "n": true,
	"p": true, "r": true, "s": true, "t": true, "v": true, "x": true,
}

// syllableFinals are the final consonants.
var syllableFinals = map[string]bool{"": true, "ng": true, "nh": true, "ch": true, "c": true, "m": true, "n": true, "p": true, "t": true}

// Whether a vowel cluster takes a final consonant.
const (
	finalOptional = iota
	finalRequired
	finalNever
)

// vowelClusters are the vowel nuclei with their glides, toneless.
var vowelClusters = map[string]uint8{
	"a": finalOptional, "ă": finalRequired, "â": finalRequired,
	"e": finalOptional, "ê": finalOptional, "i": finalOptional,
	"o": finalOptional, "ô": finalOptional, "ơ": finalOptional,
	"u": finalOptional, "ư": finalOptional, "y": finalOptional,

	"ai": finalNever, "ao": finalNever, "au": finalNever, "ay": finalNever,
	"âu": finalNever, "ây": finalNever, "eo": finalNever, "êu": finalNever,
	"ia": finalNever, "iu": finalNever, "oi": finalNever, "ôi": finalNever,
	"ơi": finalNever, "ua": finalNever, "ui": finalNever, "ưa": finalNever,
	"ưi": finalNever, "ưu": finalNever, "uơ": finalNever,
	"oa": finalOptional, "oe": finalOptional, "uê": finalOptional, "uy": finalOptional,
	"iê": finalRequired, "yê": finalRequired, "uô": finalRequired, "ươ": finalRequired,
	"uâ": finalRequired, "oă": finalRequired, "oo": finalRequired,

	"oai": finalNever, "oao": finalNever, "oay": finalNever, "oeo": finalNever,
	"uây": finalNever, "uôi": finalNever, "uya": finalNever, "uyu": finalNever,
	"ươi": finalNever, "ươu": finalNever, "iêu": finalNever, "yêu": finalNever,
	"uyê": finalRequired,
}

// IsSyllable reports whether word (letters only, any case, any
// normalization form) is spelled like one Vietnamese syllable.
func IsSyllable(word string) bool {
	// bare is the word lowercased without its tone: "Quốc" → "quôc".
	var buf [64]byte
	bare := buf[:0]
	var tone rune
	for _, r := range word {
		if isCombiningTone(r) { // decomposed input
			if tone != 0 {
				return false
			}
			tone = r
			continue
		}
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf || r == 'đ' {
			bare = utf8.AppendRune(bare, r)
			continue
		}
		d := norm.NFD.PropertiesString(string(r)).Decomposition()
		if d == nil {
			// ơ ư ă â ê ô written decomposed: compose with the base before.
			if shaped, ok := withShape(bare, r); ok {
				bare = shaped
				continue
			}
			bare = utf8.AppendRune(bare, r)
			continue
		}
		for len(d) > 0 {
			c, n := utf8.DecodeRune(d)
			d = d[n:]
			switch {
			case isCombiningTone(c):
				if tone != 0 {
					return false
				}
				tone = c
			case c < utf8.RuneSelf:
				bare = append(bare, byte(c))
			default:
				shaped, ok := withShape(bare, c)
				if !ok {
					return false // a mark Vietnamese does not use: ç, ö, ñ
				}
				bare = shaped
			}
		}
	}
	if len(bare) > 24 {
		return false
	}
	// initial consonants, vowels, final consonants
	i := 0
	for i < len(bare) && isConsonant(bare, i) {
		i += consonantLen(bare, i)
	}
	ini := string(bare[:i])
	switch {
	case ini == "q" && i < len(bare) && bare[i] == 'u':
		ini, i = "qu", i+1
	case ini == "g" && i+1 < len(bare) && bare[i] == 'i' && !isConsonant(bare, i+1):
		ini, i = "gi", i+1 // "gia", "giữ"; but "gìn" is g-i-n
	}
	if !syllableInitials[ini] {
		return false
	}
	j := i
	for j < len(bare) && !isConsonant(bare, j) {
		_, n := utf8.DecodeRune(bare[j:])
		j += n
	}
	nucleus, fin := bare[i:j], string(bare[j:])
	rule, ok := vowelClusters[string(nucleus)]
	if !ok || !syllableFinals[fin] || rule == finalRequired && fin == "" || rule == finalNever && fin != "" {
		return false
	}
	switch fin {
	case "c", "ch", "p", "t":
		return tone == combAcute || tone == combDot
	}
	return true
}

// isConsonant reports whether bare[i:] starts with a consonant letter (or
// a letter Vietnamese does not use, which no cluster accepts).
func isConsonant(bare []byte, i int) bool {
	switch c := bare[i]; c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return false
	case 0xC3, 0xC4, 0xC6: // â ê ô ă ơ ư; đ (0xC4 0x91) is a consonant
		return c == 0xC4 && i+1 < len(bare) && bare[i+1] == 0x91
	}
	return true
}

func consonantLen(bare []byte, i int) int {
	_, n := utf8.DecodeRune(bare[i:])
	return n
}

// withShape puts a circumflex, breve or horn on the letter that ends
// bare: a+◌̂ → â. False if the letter does not take it in Vietnamese.
func withShape(bare []byte, mark rune) ([]byte, bool) {
	if len(bare) == 0 {
		return bare, false
	}
	var r rune
	switch base := bare[len(bare)-1]; {
	case mark == '\u0302' && base == 'a':
		r = 'â'
	case mark == '\u0302' && base == 'e':
		r = 'ê'
	case mark == '\u0302' && base == 'o':
		r = 'ô'
	case mark == '\u0306' && base == 'a':
		r = 'ă'
	case mark == '\u031B' && base == 'o':
		r = 'ơ'
	case mark == '\u031B' && base == 'u':
		r = 'ư'
	default:
		return bare, false
	}
	return utf8.AppendRune(bare[:len(bare)-1], r), true
}
