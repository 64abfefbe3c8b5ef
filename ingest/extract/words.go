package extract

import (
	"slices"
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
	// what is said of the token, made once for each token as written
	name  bool // a word of a person's name (nameShaped), not of an expansion
	hyph  bool // capitalized parts joined by hyphens, not of an expansion
	caps  bool // the token is in capitals (token.AllCaps)
	syll  bool // the token is a Vietnamese syllable
	start bool // a mention may start with the word (startsAny)
	cls   wordClass
	id    int32 // the lexicon's number for the key (lexicon.WordID)
}

// wordClass says which closed classes of function words a word is in
// (see the lexicon's stopwords.txt).
type wordClass = lexicon.WordClass

// The closed classes of function words.
const (
	clsDayPart  = lexicon.ClassDayPart  // sáng, chiều, ngày
	clsPlural   = lexicon.ClassPlural   // các, những, hai
	clsCopula   = lexicon.ClassCopula   // là, gồm
	clsConj     = lexicon.ClassConj     // và, cùng
	clsLocative = lexicon.ClassLocative // tại, ở
	clsHard     = lexicon.ClassHardStop // và, của: end a name even after a capital
	clsWeekday  = lexicon.ClassWeekday  // thứ, hai, chủ nhật
	clsGeneric  = lexicon.ClassGeneric  // các, nhiều
	clsAdverb   = lexicon.ClassAdverb   // đã, cũng
	clsDateLine = lexicon.ClassDateLine // GMT, cập nhật
	clsFormer   = lexicon.ClassFormer   // nguyên, cựu
	clsNew      = lexicon.ClassNew      // tân
)

// sentence is a run of tokens the grammar reads as one unit.
type sentence struct {
	toks  []token.Token // offsets in the article text
	words []word
	ks    []string // keys of words
	ids   []int32  // their numbers in the lexicon (see word.id)
	unit  unitKind
	para  int // index of the paragraph in the body, -1 outside it
	start int // byte span in the article text
	end   int
}

// blockSentence tokenizes a block (with offsets in the article text) and
// makes its sentence, expanding abbreviations into the word stream. An
// abbreviation is a token with a capital whose key the lexicon lists
// (UBND, TP, T.Ư). The tokens, words and keys of a block live as long as
// the article being read, in buffers the extractor reuses.
func (x *Extractor) blockSentence(bl block) *sentence {
	n, wn, kn, in := len(x.toks), len(x.words), len(x.wkeys), len(x.wids)
	x.toks = token.AppendSpans(x.toks, bl.text)
	x.toks = x.unglue(x.toks, n)
	toks := x.toks[n:len(x.toks):len(x.toks)]
	for i := range toks {
		t := &toks[i]
		t.Start += bl.start
		t.End += bl.start
		v := x.vocabOf(t)
		t.Key = v.key
		if v.exp != nil {
			for _, w := range v.exp {
				w.tok = i
				x.words = append(x.words, w)
				x.wkeys = append(x.wkeys, w.key)
				x.wids = append(x.wids, w.id)
			}
			continue
		}
		w := v.w
		w.tok = i
		x.words = append(x.words, w)
		x.wkeys = append(x.wkeys, w.key)
		x.wids = append(x.wids, w.id)
	}
	s := x.sents.new()
	*s = sentence{toks: toks, words: x.words[wn:len(x.words):len(x.words)], ks: x.wkeys[kn:len(x.wkeys):len(x.wkeys)],
		ids: x.wids[in:len(x.wids):len(x.wids)]}
	x.levelWords(s)
	return s
}

// levelWords takes away the start of a level from a level word that
// starts a word with the next one, in lower case ("xã hội", "xã viên"):
// "Ban kinh tế xã hội" names no commune.
func (x *Extractor) levelWords(s *sentence) {
	for i := 0; i+1 < len(s.words); i++ {
		w := &s.words[i]
		if w.first&lexicon.StartsLevel == 0 || s.words[i+1].upper || s.words[i+1].kind != token.Word {
			continue
		}
		if lv := x.lex.LevelByKey[s.ks[i]]; lv != nil && slices.Contains(lv.Words, s.ks[i+1]) {
			w.first &^= lexicon.StartsLevel
		}
	}
}

// unglue splits, in toks[from:], a name's last word glued by a hyphen to
// the title after it ("Đại tá Nguyễn Văn Yên-Phó Cục trưởng", "ông Trần
// Văn Hùng-Giám đốc Sở Y tế", as some outlets write the dash) into the
// word, the hyphen and the title's first word. It returns toks, grown
// only when it splits one.
func (x *Extractor) unglue(toks []token.Token, from int) []token.Token {
	for i := from; i < len(toks); i++ {
		t := toks[i]
		if d := strings.IndexByte(t.Text, '.'); t.Kind == token.Word && d > 0 && x.lex.LevelAbbrevs[t.Text[:d]] != nil &&
			startsUpper(t.Text[d+1:]) && token.IsSyllable(t.Text[d+1:]) {
			// "P.Vũng Áng", "H.Châu Thành": a level written short, glued
			// to the place's name by its stop
			parts := []token.Token{
				{Text: t.Text[:d], Start: t.Start, End: t.Start + d, Kind: token.Word},
				{Text: ".", Key: ".", Start: t.Start + d, End: t.Start + d + 1, Kind: token.Punct},
				{Text: t.Text[d+1:], Start: t.Start + d + 1, End: t.End, Kind: token.Word},
			}
			toks = slices.Insert(slices.Delete(toks, i, i+1), i, parts...)
			i += 2
			continue
		}
		h := strings.IndexByte(t.Text, '-')
		if t.Kind != token.Word || h <= 0 || h == len(t.Text)-1 || strings.Count(t.Text, "-") != 1 {
			continue
		}
		left, right := t.Text[:h], t.Text[h+1:]
		if !startsUpper(left) || !startsUpper(right) || !token.IsSyllable(left) || !token.IsSyllable(right) ||
			x.lex.First[token.Key(right)]&lexicon.StartsTitle == 0 {
			continue
		}
		parts := []token.Token{
			{Text: left, Start: t.Start, End: t.Start + h, Kind: token.Word},
			{Text: "-", Key: "-", Start: t.Start + h, End: t.Start + h + 1, Kind: token.Punct},
			{Text: right, Start: t.Start + h + 1, End: t.End, Kind: token.Word},
		}
		toks = slices.Insert(slices.Delete(toks, i, i+1), i, parts...)
		i += 2
	}
	return toks
}

// vocab is what the extractor knows of a token as written: its key, and
// the word or words (an abbreviation's expansion) it is in the word
// stream, with what the lexicon says of them (their tok is left 0).
type vocab struct {
	key string
	w   word
	exp []word
}

// maxVocab bounds the extractor's cache of tokens; it is emptied when full.
const maxVocab = 1 << 16

// vocabOf returns what the extractor knows of a token (whose Key is not
// made yet), remembering it: news text reuses a small vocabulary, and one
// look-up in the cache stands for a key's folding and the lexicon's
// look-ups.
func (x *Extractor) vocabOf(t *token.Token) *vocab {
	if v, ok := x.vocab[t.Text]; ok {
		return v
	}
	if x.vocab == nil || len(x.vocab) >= maxVocab {
		x.vocab = make(map[string]*vocab, 1024)
	}
	text := strings.Clone(t.Text) // not to hold on to the article
	key := text
	if t.Kind != token.Punct {
		key = token.Key(text)
	}
	lex := x.lex
	caps, syll := t.AllCaps(), token.IsSyllable(text)
	v := &vocab{key: key, w: word{key: key, upper: t.Upper(), kind: t.Kind, first: lex.First[key],
		name: nameShaped(t), hyph: hyphenated(text), caps: caps, syll: syll, cls: lex.Classes[key], id: lex.WordID(key)}}
	v.w.start = startsAny(&v.w)
	if t.Kind == token.Word && key != text {
		if exp, ok := lex.Abbrevs[key]; ok && abbreviated(text) {
			v.exp = make([]word, len(exp))
			for n, k := range exp {
				v.exp[n] = word{key: k, upper: true, exp: true, text: lex.AbbrevText[key][n], kind: token.Word, first: lex.First[k],
					caps: caps, syll: syll, cls: lex.Classes[k], id: lex.WordID(k)}
				v.exp[n].start = startsAny(&v.exp[n])
			}
		}
	}
	x.vocab[text] = v
	return v
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

// wordIDs returns the lexicon's numbers of the sentence's words.
func (s *sentence) wordIDs() []int32 {
	if len(s.ids) != len(s.words) {
		s.ids = make([]int32, len(s.words))
		for i, w := range s.words {
			s.ids[i] = w.id
		}
	}
	return s.ids
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
	return i >= 0 && i < len(s.words) && s.words[i].hyph
}

// hyphenated reports whether a token is capitalized parts joined by
// hyphens.
func hyphenated(t string) bool {
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
