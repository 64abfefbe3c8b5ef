package document

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// ParseText reads one article saved as plain text: any encoding [Decode]
// knows, one block per non-empty line. The first line is the Headline,
// unless it reads as body text (a long line ending a sentence: then it is
// a Paragraph and the article has no headline);
// a later line that starts with whitespace is a Caption (in text saved
// from news sites, photo captions come indented); the others are Unknown
// for the extractor to classify. source becomes Document.Source.
// Errors are those of [Decode], and [ErrEmpty] for a text of white space.
func ParseText(data []byte, source string) (*Document, error) {
	text, enc, err := Decode(data)
	if err != nil {
		return nil, err
	}
	blocks := splitLines(Clean(text), "")
	if len(blocks) == 0 {
		return nil, fmt.Errorf("%w: only whitespace", ErrEmpty)
	}
	return &Document{Source: source, Blocks: blocks, Encoding: enc}, nil
}

// splitLines makes a block of each non-empty line of clean text. The
// headline is the title when the input gives one (and the text does not
// start with it), else the first line.
func splitLines(text, title string) []Block {
	var blocks []Block
	title = collapseSpace(title)
	if title != "" {
		blocks = append(blocks, Block{Kind: Headline, Text: title})
	}
	for line := range strings.Lines(text) {
		indented := line != "" && (line[0] == ' ' || line[0] == '\t')
		line = collapseSpace(line)
		if line == "" {
			continue
		}
		switch {
		case len(blocks) == 0 && readsAsBody(line):
			blocks = append(blocks, Block{Kind: Paragraph, Text: line})
		case len(blocks) == 0:
			blocks = append(blocks, Block{Kind: Headline, Text: line})
		case len(blocks) == 1 && title != "" && sameText(line, title):
			// the text repeats the title as its first line
		case indented:
			blocks = append(blocks, Block{Kind: Caption, Text: line})
		default:
			blocks = append(blocks, Block{Kind: Unknown, Text: line})
		}
	}
	return blocks
}

// readsAsBody reports whether a first line is the article's text rather
// than a headline: headlines are short and end without a full stop.
func readsAsBody(line string) bool {
	return strings.HasSuffix(line, ".") && utf8.RuneCountInString(line) > 120
}

// collapseSpace trims s and turns each run of spaces, tabs and newlines
// into one space. s is clean (see [Clean]), so those are all the white
// space there is.
func collapseSpace(s string) string {
	s = strings.Trim(s, " \t\n")
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// sameText compares two lines ignoring case and surrounding punctuation,
// as a title and the text's first line differ at most by those.
func sameText(a, b string) bool {
	const punct = " .:;!?\"'“”"
	return strings.EqualFold(strings.Trim(a, punct), strings.Trim(b, punct))
}
