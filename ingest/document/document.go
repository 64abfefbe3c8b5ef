// Package document reads news articles from files and streams (plain text,
// HTML pages as saved from news sites, JSON Lines dumps) into Documents:
// text split into blocks, with whatever metadata the input gives.
//
// # Reading
//
// [Read] takes paths as a command line gives them (files, directories,
// "-" for standard input, patterns) and yields one [Document] at a time,
// so that millions of articles stream through bounded memory. A problem
// with one input is yielded as an [*InputError] naming the file (and the
// line of a JSON Lines record), and the other inputs are still read;
// [errors.Is] tells the kinds apart ([ErrEmpty], [ErrBinary],
// [ErrTooLarge], [ErrEncoding], [ErrBadHTML], [ErrBadJSON],
// [ErrNoArticles], [ErrNoMatch], or the operating system's error).
// [ParseText], [ParseHTML] and [ReadJSONLines] read one input of a known
// format.
//
// Reading is sequential; to extract in parallel, range over Read in one
// goroutine and hand the Documents to workers.
//
// # Text
//
// Every reader hands on clean text: UTF-8 in NFC, line ends "\n", no
// control or zero-width characters, no-break spaces made plain, the white
// space in a block collapsed ([Clean]). Input that is not UTF-8 is
// converted ([Decode]): UTF-16 with or without a byte order mark, and the
// Vietnamese 8-bit encodings Windows-1258, TCVN3 (ABC) and VNI-Windows,
// told apart by which reading gives Vietnamese syllables. Document.Encoding
// says what was converted, for the caller to report. Bytes no known
// encoding reads as Vietnamese are refused rather than passed on as
// mojibake.
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

	// ReadBytes is how far reading had got when the article was read: for
	// Read, the bytes of the inputs before it plus how far into its own
	// input it ends (the whole file for a file of one article, the end of
	// its line in a JSON Lines file), counted in bytes as stored (of the
	// compressed file for a .gz), so that it can be set against
	// Inventory.Bytes to show progress. 0 from ParseText and ParseHTML.
	ReadBytes int64
}
