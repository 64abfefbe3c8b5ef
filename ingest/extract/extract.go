package extract

import (
	"unicode"

	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// Extractor extracts facts from articles. It is not safe for concurrent
// use: give each worker its own (they can share one Lexicon, which is only
// read).
type Extractor struct {
	lex  *lexicon.Lexicon
	tok  token.Tokenizer
	text string // the article being read
}

// New returns an extractor driven by the given lexicon.
func New(lex *lexicon.Lexicon) *Extractor { return &Extractor{lex: lex} }

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
