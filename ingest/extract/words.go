package extract

import (
	"strings"
	"unicode"

	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// word is one unit of the word stream the grammar reads: a token, or one
// word of an abbreviation's expansion.
type word struct {
	key   string // matching key (lower case, canonical tone)
	tok   int    // index of the token it comes from
	upper bool   // written with a capital (words of an expansion count as such)
	exp   bool   // from an abbreviation's expansion
	text  string // for a word of an expansion: the word as the lexicon writes it
	kind  token.Kind
	first lexicon.Starts // the lexicons with a phrase starting with this word
}

// sentence is a run of tokens the grammar reads as one unit.
type sentence struct {
	toks  []token.Token // offsets in the article text
	words []word
	ks    []string // keys of words
	unit  unitKind
	para  int // index of the paragraph in the body, -1 outside it
	start int // byte span in the article text
	end   int
}

// blockSentence makes the sentence of a block's tokens, expanding
// abbreviations into the word stream. An abbreviation is a token with a
// capital whose key the lexicon lists (UBND, TP, T.Ư). The words of a
// block and their keys live as long as the article being read, in
// buffers the extractor reuses.
func (x *Extractor) blockSentence(toks []token.Token) *sentence {
	n, kn := len(x.words), len(x.wkeys)
	x.words = appendWords(x.words, x.lex, toks)
	for _, w := range x.words[n:] {
		x.wkeys = append(x.wkeys, w.key)
	}
	return &sentence{toks: toks, words: x.words[n:len(x.words):len(x.words)], ks: x.wkeys[kn:len(x.wkeys):len(x.wkeys)]}
}

// appendWords appends the words of toks to ws.
func appendWords(ws []word, lex *lexicon.Lexicon, toks []token.Token) []word {
	for i, t := range toks {
		if t.Kind == token.Word && t.Key != t.Text {
			if exp, ok := lex.Abbrevs[t.Key]; ok && abbreviated(t.Text) {
				text := lex.AbbrevText[t.Key]
				for n, k := range exp {
					ws = append(ws, word{key: k, tok: i, upper: true, exp: true, text: text[n], kind: token.Word, first: lex.First[k]})
				}
				continue
			}
		}
		ws = append(ws, word{key: t.Key, tok: i, upper: t.Upper(), kind: t.Kind, first: lex.First[t.Key]})
	}
	return ws
}

// abbreviated reports whether a token is written as an abbreviation: two
// capitals or more ("UBND", "TƯ", "ThS") or a dot ("T.Ư"), so that the
// word "Tư" of "Thứ Tư" is not read as "TƯ".
func abbreviated(s string) bool {
	n := 0
	for _, r := range s {
		if r == '.' {
			return true
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// keys returns the keys of the sentence's words.
func (s *sentence) keys() []string {
	if s.ks == nil || len(s.ks) != len(s.words) {
		s.ks = keys(s.words)
	}
	return s.ks
}

// keys returns the keys of the word stream.
func keys(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.key
	}
	return out
}

// span returns the byte span in the article text of words [i, j).
func (s *sentence) span(i, j int) (int, int) {
	if i >= j || i >= len(s.words) {
		return 0, 0
	}
	if j > len(s.words) {
		j = len(s.words)
	}
	return s.toks[s.words[i].tok].Start, s.toks[s.words[j-1].tok].End
}

// is reports whether word i is the punctuation or the word key k.
func (s *sentence) is(i int, k string) bool {
	return i >= 0 && i < len(s.words) && s.words[i].key == k
}

// isPunct reports whether word i is punctuation.
func (s *sentence) isPunct(i int) bool {
	return i >= 0 && i < len(s.words) && s.words[i].kind == token.Punct
}

// tokText returns the text of token t.
func (s *sentence) tokText(i int) string {
	if i < 0 || i >= len(s.words) {
		return ""
	}
	return s.toks[s.words[i].tok].Text
}

// hyphenated reports whether word i is a single token of capitalized parts
// joined by hyphens, as foreign names are written (Oh-Sae-Hyun).
func (s *sentence) hyphenated(i int) bool {
	if i < 0 || i >= len(s.words) || s.words[i].exp {
		return false
	}
	t := s.toks[s.words[i].tok].Text
	if !strings.Contains(t, "-") {
		return false
	}
	for _, p := range strings.Split(t, "-") {
		if p == "" || !startsUpper(p) {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	for _, r := range s {
		return strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}
