package extract

import (
	"hash"
	"strings"
	"unicode"

	"kg/graph"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// Extractor extracts facts from articles. It is not safe for concurrent
// use: give each worker its own (they can share one Lexicon, which is only
// read).
type Extractor struct {
	lex    *lexicon.Lexicon
	text   string            // the article being read
	keys   map[string]string // phrase → key, for the lexicon's phrases
	arena  []item            // the items of the article's sentences
	items  int               // how many items the article being read has
	toks   []token.Token     // the tokens of the article's blocks
	words  []word            // the words of the article's blocks
	vocab  map[string]*vocab // token text → key and words
	wkeys  []string          // their keys
	wids   []int32           // their numbers in the lexicon
	canons map[string]string // text → text with canonical tone marks
	orgs   slab[orgRef]      // the organizations the readers try
	// short names the article gives organizations: "Ngân hàng ... Việt
	// Nam (Agribank)" makes a later "Agribank" that bank
	shortNames map[string]*orgRef
	// the kinds of organizations named by a short name alone after a
	// title: of no known class, and a company's
	acronyms [2]lexicon.OrgKind
	// provinces of other countries the article names ("của tỉnh Hủa
	// Phăn"): a later "Tỉnh ủy Hủa Phăn" is theirs, not a person's name
	foreignProvinces map[string]bool
	// companies the article names after a person where no holder's name
	// can follow ("Công ty CP Xe khách Đào Minh Lộc và ..."): after a
	// title, the same words are the company's name, not its holder's
	foundedNames map[string]bool
	titles       slab[titleRef] // the titles they try
	sents        slab[sentence] // the article's blocks and sentences
	parsed       slab[parsed]   // and their parses
	ents         []graph.Entity // the entities of an article, before sorting
	facts        []graph.Fact   // its facts
	sha          hash.Hash      // the hash of articles' texts
	shaBuf       [1024]byte     // the text on its way to the hash
}

// slab hands out values of T from chunks it keeps from one article to the
// next: the readers try many organizations and titles for each one they
// keep, and none outlives the article.
type slab[T any] struct {
	chunks [][]T
	c, n   int // the chunk in use, and how much of it is used
}

// slabChunk is the number of values in a chunk of a slab.
const slabChunk = 256

// new returns a pointer to a zero T.
func (s *slab[T]) new() *T {
	if s.c == len(s.chunks) {
		s.chunks = append(s.chunks, make([]T, slabChunk))
	}
	v := &s.chunks[s.c][s.n]
	*v = *new(T)
	if s.n++; s.n == slabChunk {
		s.c, s.n = s.c+1, 0
	}
	return v
}

// reset takes the values back for the next article, unless a monstrous
// article made the slab too large to keep.
func (s *slab[T]) reset() {
	if len(s.chunks) > 64 {
		s.chunks = nil
	}
	s.c, s.n = 0, 0
}

// itemSlice returns an empty slice of capacity n for a sentence's items,
// cut from an arena the extractor reuses from one article to the next
// (an article's items live only while it is read).
func (x *Extractor) itemSlice(n int) []item {
	x.items += n
	if cap(x.arena)-len(x.arena) < n {
		x.arena = make([]item, 0, max(1024, n))
	}
	l := len(x.arena)
	x.arena = x.arena[:l+n]
	return x.arena[l : l : l+n]
}

// resetItems empties the item arena for the next article, made large
// enough for one like the last: the arena is no larger than articles
// need (the collector scans it whole at every cycle), and an article
// needs one chunk of it.
func (x *Extractor) resetItems() {
	switch {
	case x.items > 1<<18: // a monstrous article: keep nothing
		x.arena = nil
	case x.items > cap(x.arena):
		x.arena = make([]item, 0, x.items)
	default:
		x.arena = x.arena[:0]
	}
	x.items = 0
}

// reuse empties a buffer for the next article, unless a monstrous article
// made it too large to keep.
func reuse[T any](s []T) []T {
	if cap(s) > 1<<18 {
		return nil
	}
	return s[:0]
}

// canon returns a text with tone marks placed canonically, remembering
// it: the same names are displayed again and again.
func (x *Extractor) canon(s string) string {
	if c, ok := x.canons[s]; ok {
		return c
	}
	if x.canons == nil || len(x.canons) > 1<<14 {
		x.canons = map[string]string{}
	}
	c := token.Canon(s)
	x.canons[s] = c
	return c
}

// key returns the key of a phrase (its words' keys joined by spaces),
// remembering it: the grammar asks again and again for the keys of the
// same lexicon names.
func (x *Extractor) key(s string) string {
	if k, ok := x.keys[s]; ok {
		return k
	}
	if x.keys == nil || len(x.keys) > 1<<14 {
		x.keys = map[string]string{}
	}
	k := strings.Join(lexicon.Keys(s), " ")
	x.keys[s] = k
	return k
}

// New returns an extractor driven by the given lexicon.
func New(lex *lexicon.Lexicon) *Extractor {
	x := &Extractor{lex: lex}
	x.acronyms[0] = lexicon.OrgKind{Class: graph.OrgOther, Tail: lexicon.TailNone}
	x.acronyms[1] = lexicon.OrgKind{Class: graph.OrgBusiness, Tail: lexicon.TailNone}
	return x
}

// foreignName reports whether a name has a word that is no Vietnamese
// syllable ("Luang Prabang", "Asan").
func (x *Extractor) foreignName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if !token.IsSyllable(w) {
			return true
		}
	}
	return false
}

// vietnamese reports whether a name starts with a Vietnamese family name.
func (x *Extractor) vietnamese(pr *personRef) bool {
	first, _, _ := strings.Cut(pr.key, " ")
	return x.familyName(first)
}

// countFields is len(strings.Fields(s)) without making the slice.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			n++
		}
	}
	return n
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
