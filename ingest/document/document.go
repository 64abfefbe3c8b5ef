// Package document reads news articles from files and streams (plain text,
// HTML pages as saved from news sites, JSON Lines dumps) into Documents:
// text split into blocks, with whatever metadata the input gives.
package document

// BlockKind says what a block of an article is, when the reader knows.
type BlockKind uint8

// The kinds of block. Plain text gives Unknown for every line but the
// first; the extractor classifies those by the rules of the genre.
const (
	Unknown   BlockKind = iota // a line whose role the reader cannot tell
	Headline                   // the article's title
	Meta                       // date line, byline, section, share widget text
	Paragraph                  // body text
	Caption                    // a photo caption or credit
)

func (k BlockKind) String() string {
	switch k {
	case Headline:
		return "headline"
	case Meta:
		return "meta"
	case Paragraph:
		return "paragraph"
	case Caption:
		return "caption"
	}
	return "unknown"
}

// Block is one line or paragraph of an article.
type Block struct {
	Kind BlockKind
	Text string
}

// Document is one article as read, before extraction.
type Document struct {
	Source    string // path, URL, or "path:LINE" for a JSON Lines record
	URL       string // the article's address, when the input gives it
	Title     string // headline, when the input gives it apart from the text
	Published string // date published as written ("2020-05-16", "16/05/2020 14:20"), when given apart
	Author    string // byline, when given apart
	Publisher string // outlet, when given apart
	Blocks    []Block
	Encoding  string // the encoding the input was converted from, "" for UTF-8
}
