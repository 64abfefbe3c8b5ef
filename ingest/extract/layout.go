package extract

import (
	"strings"
	"unicode/utf8"

	"kg/graph"
	"kg/ingest/document"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// unitKind is the role of a sentence in the article.
type unitKind uint8

const (
	unitHeadline unitKind = iota + 1
	unitBody
	unitCaption
)

// credit is a name given by a byline or a credit line.
type credit struct {
	name       string
	start, end int  // span in the article text
	org        bool // an outlet, not a person
	rule       string
}

// layout is an article read into its parts.
type layout struct {
	text      string
	sentences []*sentence
	published graph.Date
	persons   []credit // authors and photographers
	outlets   []credit // publishers and sources
	title     string
	dateline  *placeRef // the place a dateline names ("SƠN LA - ...")
}

// block is a line of the article with its span in the article text.
type block struct {
	kind       document.BlockKind
	text       string
	start, end int
}

// articleText builds the article text from the document's blocks: each
// line of each block, normalized and trimmed, one per line; and the lines
// as blocks with their spans in it.
func articleText(doc *document.Document) (string, []block) {
	var b strings.Builder
	size := 0
	for _, bl := range doc.Blocks {
		size += len(bl.Text) + 1
	}
	b.Grow(size)
	blocks := make([]block, 0, len(doc.Blocks))
	for _, bl := range doc.Blocks {
		t := strings.TrimSpace(token.Normalize(bl.Text))
		if t == "" {
			continue
		}
		for line := range strings.SplitSeq(t, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			blocks = append(blocks, block{kind: bl.Kind, text: line, start: b.Len(), end: b.Len() + len(line)})
			b.WriteString(line)
		}
	}
	return b.String(), blocks
}

// readLayout builds the article text from the document's blocks and
// classifies them.
func (x *Extractor) readLayout(doc *document.Document) *layout {
	text, blocks := articleText(doc)
	l := &layout{text: text}
	if doc.Published != "" {
		l.published = x.parseDateLine(doc.Published)
	}
	if len(blocks) == 0 {
		return l
	}
	head := 0
	switch {
	case doc.Title != "" && (blocks[0].kind != document.Headline || token.Key(blocks[0].text) != token.Key(token.Normalize(doc.Title))):
		head = -1 // the title is given apart; every block is article text
		l.title = strings.TrimSpace(token.Normalize(doc.Title))
	case doc.Title == "" && blocks[0].kind == document.Paragraph:
		head = -1 // no headline: the article's first words stand for one
		l.title = firstWords(blocks[0].text, 12)
	}
	if head == 0 {
		l.title = blocks[0].text
		s := x.blockSentence(blocks[0])
		l.addSentences(x, s, blocks[0].start, blocks[0].end, unitHeadline, -1)
	}
	inMeta := true // before the first paragraph: date lines, bylines, widgets
	para := 0
	sents := make([]*sentence, len(blocks)) // each block's sentence, made once
	sentenceOf := func(i int) *sentence {
		if sents[i] == nil {
			sents[i] = x.blockSentence(blocks[i])
		}
		return sents[i]
	}
	sign := x.signatureBlock(blocks, head, sentenceOf)
	for i := head + 1; i < len(blocks); i++ {
		bl := blocks[i]
		last := i == sign
		s := sentenceOf(i)
		if len(s.toks) == 0 {
			continue // nothing readable on the line
		}
		s.start, s.end = bl.start, bl.end
		switch {
		case x.furniture(s):
			x.furnitureCredits(l, s)
			continue
		case x.linkLine(s):
			continue
		case inMeta && bl.kind != document.Paragraph && bl.kind != document.Caption && x.dateLine(l, s):
			continue
		case x.creditLine(l, s, 0):
			continue
		case inMeta && bl.kind != document.Paragraph && bl.kind != document.Caption && x.metaLine(l, s):
			continue
		case last && x.signature(l, s):
			continue
		}
		if bl.kind == document.Caption || (!inMeta && isCaptionLike(s)) {
			cut := x.captionCredit(l, s)
			l.addSentences(x, s, bl.start, cut, unitCaption, -1)
			continue
		}
		inMeta = false
		from := bl.start
		if para == 0 {
			from = x.dateline(l, s)
		}
		// a paragraph may end with the credit of the photo above it
		// ("... được truy tìm. Ảnh: TIẾN DŨNG")
		end := x.captionCredit(l, s)
		if end <= from {
			end = bl.end
		}
		l.addSentences(x, s, from, end, unitBody, para)
		para++
	}
	if l.published.IsZero() && doc.Published == "" {
		l.published = graph.Date{}
	}
	return l
}

// signatureBlock returns the index of the block that may sign the
// article: the last one, or the last before the share and comment
// widgets that close many pages ("MINH KHUÊ" above "Bình luận | Chia
// sẻ").
func (x *Extractor) signatureBlock(blocks []block, head int, sentenceOf func(int) *sentence) int {
	last := len(blocks) - 1
	for last > head+1 && len(blocks[last].text) < 200 {
		s := sentenceOf(last)
		if len(s.toks) > 0 && !x.furniture(s) {
			break
		}
		last--
	}
	return last
}

// isCaptionLike reports whether a line of plain text reads as a photo
// caption: short, and not ending like a sentence of the body.
func isCaptionLike(s *sentence) bool {
	n := 0
	for _, w := range s.words {
		if w.kind != token.Punct {
			n++
		}
	}
	if n == 0 || n > 30 {
		return false
	}
	last := s.toks[len(s.toks)-1]
	return !(last.Is(".") || last.Is("!") || last.Is("?") || last.Is(":") || last.Is(";")) || n <= 12 && !hasVerbEnd(s)
}

// hasVerbEnd is a weak test that a short line ending in a period is a
// sentence (it has a comma or a quote) rather than a caption.
func hasVerbEnd(s *sentence) bool {
	for _, t := range s.toks {
		if t.Is(",") || t.Is("\"") {
			return true
		}
	}
	return false
}

// firstWords returns the first n words of s, with "…" when it cuts.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	return strings.Join(f[:n], " ") + "…"
}

// addSentences cuts the part [start, end) of a block (read as b) into
// sentences and adds them.
func (l *layout) addSentences(x *Extractor, b *sentence, start, end int, kind unitKind, para int) {
	i, j := 0, len(b.toks)
	for i < j && b.toks[i].Start < start {
		i++
	}
	for j > i && b.toks[j-1].End > end {
		j--
	}
	from := i
	for k := i; k < j; k++ {
		if !endsSentence(x.lex, b.toks[:j], k) {
			continue
		}
		l.add(x, b, from, k+1, kind, para)
		from = k + 1
	}
	if from < j {
		l.add(x, b, from, j, kind, para)
	}
}

// add adds the sentence of tokens [i, j) of block b. It shares the
// block's tokens and words: its words are the block's from the first of
// token i to the last of token j-1, and keep their token indices.
func (l *layout) add(x *Extractor, b *sentence, i, j int, kind unitKind, para int) {
	if i >= j {
		return
	}
	wi := 0
	for wi < len(b.words) && b.words[wi].tok < i {
		wi++
	}
	wj := wi
	for wj < len(b.words) && b.words[wj].tok < j {
		wj++
	}
	s := x.sents.new()
	*s = sentence{toks: b.toks, words: b.words[wi:wj:wj], ks: b.ks[wi:wj:wj], ids: b.ids[wi:wj:wj], unit: kind, para: para,
		start: b.toks[i].Start, end: b.toks[j-1].End}
	l.sentences = append(l.sentences, s)
}

// endsSentence reports whether token i ends a sentence: a full stop, "!"
// or "?" followed by the end or by a word with a capital (or a quote, a
// digit), unless the stop closes the abbreviation of a level ("TP. Hồ Chí
// Minh"), a degree ("TS. Lò Thị Mai") or an initial ("Nguyễn V. A").
func endsSentence(lex *lexicon.Lexicon, toks []token.Token, i int) bool {
	t := toks[i]
	if !(t.Is(".") || t.Is("!") || t.Is("?")) {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	next := toks[i+1]
	if !(next.Upper() || next.Kind == token.Number || next.Is("\"") || next.Is("(")) {
		return false
	}
	if i > 0 && t.Is(".") {
		prev := toks[i-1]
		if prev.Start+len(prev.Text) == t.Start { // the stop is attached to the word
			// an abbreviation of a level before its place's name ("TP. Hồ
			// Chí Minh"); another ends its sentence ("nghỉ chế độ BHXH.
			// Miễn nhiệm ...")
			if exp, ok := lex.Abbrevs[prev.Key]; ok {
				if _, n := lex.Levels.Longest(exp, 0); n > 0 {
					return false
				}
			}
			// a degree or a rank before a name: "TS. Lò Thị Mai"
			if h, n := lex.Honorifics.Longest([]string{prev.Key}, 0); n == 1 && h.Rank {
				return false
			}
			// a level written short: "TX. Kỳ Anh", "P. Vũng Áng"
			if lex.LevelAbbrevs[prev.Text] != nil {
				return false
			}
		}
		// an initial ("Nguyễn V. A."), but not a one-letter word with a
		// tone mark ("châu Á.", "nước Ý.")
		if r := []rune(prev.Text); len(r) == 1 && prev.Upper() && (r[0] < utf8.RuneSelf || r[0] == 'Đ') {
			return false
		}
	}
	return true
}

// linkLine reports whether a line links to other articles: a widget's
// words of two or more ("Xem thêm", "Tin liên quan") and a colon, then
// the headline of another article, whose names are not this one's.
func (x *Extractor) linkLine(s *sentence) bool {
	if len(s.words) == 0 {
		return false
	}
	_, n := x.furnitureAt(s, 0)
	return n >= 2 && n < len(s.words) && s.keys()[n] == ":"
}
