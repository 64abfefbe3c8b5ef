package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The encoding detector decodes unknown bytes every way it knows and keeps
// the reading whose words look most like Vietnamese syllables. The check
// is the shape of a written syllable, not a dictionary: an initial
// consonant, a vowel cluster, a final consonant, at most one tone mark,
// and only sắc or nặng before a stop (-c, -ch, -p, -t). Mojibake fails it
// almost always ("chaøo", "§¹i", "hÃ´m"); real text passes it almost
// always, foreign names aside.

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

// Tone marks, as combining characters after NFD decomposition.
const (
	toneGrave = '\u0300' // huyền
	toneAcute = '\u0301' // sắc
	toneTilde = '\u0303' // ngã
	toneHook  = '\u0309' // hỏi
	toneDot   = '\u0323' // nặng
)

func isTone(r rune) bool {
	switch r {
	case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
		return true
	}
	return false
}

// isSyllable reports whether word (letters only, any case, any
// normalization form) is spelled like one Vietnamese syllable.
func isSyllable(word string) bool {
	// bare is the word lowercased without its tone: "Quốc" → "quôc".
	var buf [64]byte
	bare := buf[:0]
	var tone rune
	for _, r := range word {
		if isTone(r) { // decomposed input
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
			case isTone(c):
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
		return tone == toneAcute || tone == toneDot
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

// vnScore counts the words of a text that have a letter outside ASCII, by
// whether they are Vietnamese syllables. ASCII words read the same in
// every encoding, so they say nothing.
type vnScore struct {
	valid, invalid int
}

func (s vnScore) words() int { return s.valid + s.invalid }

// ratio is the share of valid words; 0 when no word counted.
func (s vnScore) ratio() float64 {
	if s.words() == 0 {
		return 0
	}
	return float64(s.valid) / float64(s.words())
}

// decisive reports whether a score settles the question on its own: enough
// words, nearly all of them Vietnamese. A wrong reading never gets there.
func (s vnScore) decisive() bool { return s.words() >= 50 && s.ratio() >= 0.9 }

// better reports whether s is a better reading than t.
func (s vnScore) better(t vnScore) bool {
	if s.ratio() != t.ratio() {
		return s.ratio() > t.ratio()
	}
	return s.valid > t.valid
}

// edgePunct is typographic punctuation that may stick to a word in real
// text. Anything else outside ASCII that is not a letter makes the word
// invalid: "§¹i" is TCVN3 read wrongly, not a quotation.
const edgePunct = "“”‘’«»…–—•·°‹›„‚\u00A0"

// scoreVietnamese scores text (any normalization form; NFD input is
// decomposed anyway).
func scoreVietnamese(text string) vnScore {
	var s vnScore
	start := -1
	for i, r := range text {
		sep := r < utf8.RuneSelf && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') ||
			unicode.IsSpace(r)
		if !sep {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			s.add(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		s.add(text[start:])
	}
	return s
}

func (s *vnScore) add(word string) {
	word = strings.Trim(word, edgePunct)
	ascii := true
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return
	}
	for _, r := range word {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			s.invalid++
			return
		}
	}
	if isSyllable(word) {
		s.valid++
	} else {
		s.invalid++
	}
}
