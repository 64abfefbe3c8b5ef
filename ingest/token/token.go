// Package token normalizes Vietnamese text and splits it into tokens:
// syllables, numbers and punctuation, each with a matching key that is the
// same whatever the case, the Unicode form and the tone-mark placement
// ("Uỷ" and "ủy" have the key "ủy").
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind is the kind of a token.
type Kind uint8

// The kinds of token.
const (
	Word   Kind = iota + 1 // letters, possibly joined by . - ' (T.Ư, Oh-Sae-Hyun)
	Number                 // digits, possibly joined by . , / - and letters (16/5, 2020-2025, 938/NQ-UBTVQH15)
	Punct                  // one punctuation or symbol character
)

// Token is one token of a text.
type Token struct {
	Text  string // as written (NFC)
	Key   string // lower case, canonical tone placement
	Start int    // byte offsets in the text given to Tokenize
	End   int
	Kind  Kind
}

// Upper reports whether the token starts with an upper-case letter.
func (t Token) Upper() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// AllCaps reports whether every letter of the token is upper case and it
// has at least two letters ("UBND", "KAWAUE").
func (t Token) AllCaps() bool {
	n := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// Is reports whether the token is the punctuation s.
func (t Token) Is(s string) bool { return t.Kind == Punct && t.Text == s }

// Tokenize splits text into tokens. Offsets are relative to text.
func Tokenize(text string) []Token { return (&Tokenizer{once: true}).Tokenize(text) }

// Tokenizer splits texts into tokens, remembering the keys of the words it
// has seen: news text reuses a small vocabulary, so most keys come from
// the cache. A Tokenizer is not safe for concurrent use; give each worker
// its own.
type Tokenizer struct {
	keys map[string]string
	once bool // used for one text: no cache
}

// maxCachedKeys bounds the key cache; it is emptied when full.
const maxCachedKeys = 1 << 16

func (z *Tokenizer) key(s string) string {
	if z.once {
		return Key(s)
	}
	if k, ok := z.keys[s]; ok {
		return k
	}
	if z.keys == nil || len(z.keys) >= maxCachedKeys {
		z.keys = make(map[string]string, 1024)
	}
	k := Key(s)
	z.keys[s] = k
	return k
}

// Tokenize splits text into tokens. Offsets are relative to text.
func (z *Tokenizer) Tokenize(text string) []Token {
	return z.Append(make([]Token, 0, len(text)/5), text)
}

// Append appends the tokens of text to toks and returns the extended
// slice, so that a caller reading many texts can reuse one buffer.
func (z *Tokenizer) Append(toks []Token, text string) []Token {
	return z.appendTokens(toks, text, true)
}

// AppendSpans is Append without the keys of words and numbers (their Key
// is left empty), for a caller that keeps them in a cache of its own.
func AppendSpans(toks []Token, text string) []Token {
	var z Tokenizer
	return z.appendTokens(toks, text, false)
}

func (z *Tokenizer) appendTokens(toks []Token, text string, keys bool) []Token {
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf { // ASCII: no table lookups
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
			case asciiWord(c):
				end, digit := scanWord(text, i)
				toks = append(toks, z.makeToken(text, i, end, digit, keys))
				i = end
			default:
				toks = append(toks, Token{Text: text[i : i+1], Key: text[i : i+1], Start: i, End: i + 1, Kind: Punct})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case latinLetter(r): // a Vietnamese letter: no table lookups
			end, digit := scanWord(text, i)
			toks = append(toks, z.makeToken(text, i, end, digit, keys))
			i = end
		case unicode.IsSpace(r) || r == utf8.RuneError:
			i += size
		case isWordRune(r):
			end, digit := scanWord(text, i)
			toks = append(toks, z.makeToken(text, i, end, digit, keys))
			i = end
		case unicode.IsMark(r): // a stray combining mark: skip
			i += size
		default:
			toks = append(toks, Token{Text: text[i : i+size], Key: text[i : i+size], Start: i, End: i + size, Kind: Punct})
			i += size
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord(byte(r))
	}
	return latinLetter(r) || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// latinLetterLen returns the length of the Latin letter text starts
// with, telling the common ones by their bytes (see precomposedLen), or 0.
func latinLetterLen(text string) int {
	n := precomposedLen(text)
	if n == 2 && text[0] == 0xc3 && (text[1] == 0x97 || text[1] == 0xb7) {
		return 0 // × and ÷
	}
	return n
}

// latinLetter reports whether r is a letter of the Latin-1 Supplement,
// Latin Extended-A and -B or Latin Extended Additional blocks, where
// every Vietnamese letter is: the common case, told without the Unicode
// tables (TestLatinLetter checks it against them).
func latinLetter(r rune) bool {
	return r >= 0xc0 && r < 0x250 && r != 0xd7 && r != 0xf7 || r >= 0x1e00 && r < 0x1f00
}

func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// joiners may join two runs of letters or digits into one token when no
// space surrounds them.
func isJoiner(r rune) bool {
	switch r {
	case '.', '-', '/', '\'', '’', '&', ',', '_':
		return true
	}
	return false
}

// scanWord returns the end of the token starting at i, and whether it
// has a digit.
func scanWord(text string, i int) (end int, digit bool) {
	end = i
	for end < len(text) {
		if c := text[end]; c < utf8.RuneSelf && asciiWord(c) {
			digit = digit || c <= '9'
			end++
			continue
		}
		if n := latinLetterLen(text[end:]); n > 0 {
			end += n
			continue
		}
		r, size := utf8.DecodeRuneInString(text[end:])
		if latinLetter(r) {
			end += size
			continue
		}
		if isWordRune(r) || unicode.IsMark(r) {
			digit = digit || unicode.IsDigit(r)
			end += size
			continue
		}
		if !isJoiner(r) || end+size >= len(text) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[end+size:])
		if !isWordRune(next) {
			break
		}
		prev, _ := utf8.DecodeLastRuneInString(text[i:end])
		// A comma joins digits only (10,900); a dot joins digits, or letters
		// into an abbreviation (T.Ư, GS.TS) but not two words ("tỉnh.Trong").
		if r == ',' && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
			break
		}
		// A slash joins numbers (16/5, 938/NQ), not names (Doãn Tấn/TTXVN).
		if r == '/' && !unicode.IsDigit(prev) && !unicode.IsDigit(next) && !hasDigit(text[i:end]) {
			break
		}
		if r == '.' && !unicode.IsDigit(prev) && !abbrevDot(text[i:end], text[end+size:]) {
			break
		}
		end += size
	}
	return end, digit
}

// abbrevDot reports whether a dot between before and after is inside an
// abbreviation: both sides short upper-case runs (T.Ư, GS.TS, TP.HCM).
func abbrevDot(before, after string) bool {
	last := before
	if k := strings.LastIndexAny(before, ".-/"); k >= 0 {
		last = before[k+1:]
	}
	next := after
	for j, r := range after {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			next = after[:j]
			break
		}
	}
	return isShortCaps(last) && isShortCaps(next)
}

func isShortCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsMark(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}

func (z *Tokenizer) makeToken(text string, start, end int, digit, key bool) Token {
	s := text[start:end]
	kind := Word
	if digit {
		kind = Number
	}
	t := Token{Text: s, Start: start, End: end, Kind: kind}
	if key {
		t.Key = z.key(s)
	}
	return t
}

// Key folds a word or phrase for matching: NFC, lower case, canonical
// tone placement on each syllable, spaces collapsed.
func Key(s string) string {
	if isPlainLower(s) {
		return s
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return Canon(strings.ToLower(s))
}

// isPlainLower reports whether s is lower-case ASCII letters and digits
// (already its own key): the fast path for numbers and English.
func isPlainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// Canon puts each syllable's tone mark where the traditional rule puts it,
// keeping case: "Uỷ ban" → "Ủy ban", "hoà" → "hòa". Spaces are collapsed.
func Canon(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	if isWord(s) {
		return canonWord(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	first := true
	for _, w := range strings.Fields(s) {
		if !first {
			b.WriteByte(' ')
		}
		first = false
		b.WriteString(canonWord(w))
	}
	return b.String()
}

// canonWord fixes the tone placement of each letter run of w.
func canonWord(w string) string {
	if !needsTone(w) {
		return w
	}
	var b strings.Builder
	start := -1
	for i, r := range w {
		letter := unicode.IsLetter(r)
		if letter && start < 0 {
			start = i
		}
		if !letter && start >= 0 {
			b.WriteString(canonRun(w[start:i]))
			start = -1
		}
		if !letter {
			b.WriteRune(r)
		}
	}
	if start >= 0 {
		b.WriteString(canonRun(w[start:]))
	}
	return b.String()
}

// canonRun places the tone of one letter run, leaving alone what is not a
// Vietnamese syllable ("Martínez" keeps its accent where it is).
func canonRun(run string) string {
	if !IsSyllable(run) {
		return run
	}
	return placeTone(run)
}

// isWord reports whether s has no space at all.
func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsSpace(r) {
			return false
		}
	}
	return s != ""
}

// needsTone reports whether w has a letter outside ASCII, i.e. may carry a
// tone mark.
func needsTone(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
