package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/ingest/token"
)

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

// isSyllable is token.IsSyllable, where the detector's tests call it.
func isSyllable(word string) bool { return token.IsSyllable(word) }

// The encoding detector decodes unknown bytes every way it knows and keeps
// the reading whose words look most like Vietnamese syllables. The check
// is the shape of a written syllable, not a dictionary: an initial
// consonant, a vowel cluster, a final consonant, at most one tone mark,
// and only sắc or nặng before a stop (-c, -ch, -p, -t). Mojibake fails it
// almost always ("chaøo", "§¹i", "hÃ´m"); real text passes it almost
// always, foreign names aside.

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
	if token.IsSyllable(word) {
		s.valid++
	} else {
		s.invalid++
	}
}
