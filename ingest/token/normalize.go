package token

import (
	"unicode/utf8"

	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize prepares raw article text for extraction: NFC; non-breaking
// and other odd spaces become plain spaces; zero-width and control
// characters (other than newline and tab) are dropped; typographic dashes
// become "-" and typographic quotes become '"' or "'"; the eth (Ð, ð),
// typed for its look-alike Đ, becomes Đ; runs of spaces collapse. Line
// structure is kept.
func Normalize(s string) string {
	plain, inert := scan(s)
	switch {
	case plain:
		return s
	case inert: // nothing for NFC to change: no table lookups
		return replace(s)
	}
	return rewrite(s)
}

// rewrite is Normalize on text that is not plain.
func rewrite(s string) string { return replace(norm.NFC.String(s)) }

// replace is rewrite on text in NFC.
func replace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	run := 0 // the start of the runes kept as they are, not yet written
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r > ' ' && r < utf8.RuneSelf && r != 0x7f || precomposed(r) && r != 'Ð' && r != 'ð' {
			// the common case, kept as it is without table lookups
			i += size
			space = false
			continue
		}
		b.WriteString(s[run:i])
		i += size
		run = i
		switch {
		case r == '\n':
			b.WriteByte('\n')
			space = false
			continue
		case r == '\r':
			continue
		case r == '\t' || unicode.Is(unicode.Zs, r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad' || r == '\u2060':
			continue
		case unicode.IsControl(r):
			// a control character stands between words: a space, not
			// nothing ("Hòa\x07Bình" is two words)
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case unicode.Is(unicode.Cf, r):
			continue
		}
		space = false
		switch r {
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			r = '-'
		case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
			r = '"'
		case '\u2018', '\u2019', '\u201a':
			r = '\''
		case '\u2026':
			b.WriteString("...")
			continue
		case 'Ð': // the Icelandic eth, which looks like Đ and is typed for it
			r = 'Đ'
		case 'ð':
			r = 'đ'
		}
		b.WriteRune(r)
	}
	b.WriteString(s[run:])
	return b.String()
}

// plain reports whether Normalize would leave s as it is: NFC, and no
// rune it rewrites (odd spaces, controls, typographic dashes and quotes,
// doubled spaces). Most text is plain, and this check is cheap.
func plain(s string) bool {
	p, _ := scan(s)
	return p
}

// scan reports whether s is plain, and whether every rune of it is inert
// (see inert): text that is not plain is rewritten, without the NFC
// tables when it is inert.
func scan(s string) (plain, inert bool) {
	plain, inert = true, true
	prevSpace := false
	for i := 0; i < len(s) && (plain || inert); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					plain = false
				}
				prevSpace = true
			case c == '\n':
				prevSpace = false
			case c < 0x20 || c == 0x7f:
				plain = false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		if c == 0xc3 && i+1 < len(s) && (s[i+1] == 0x90 || s[i+1] == 0xb0) {
			// Ð, ð (eth) typed for Đ, đ: rewritten, without the tables
			plain = false
			prevSpace = false
			i += 2
			continue
		}
		if n := precomposedLen(s[i:]); n > 0 { // Vietnamese letters, told from their bytes
			prevSpace = false
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case precomposed(r):
			// Vietnamese letters: no table lookups
		case r >= 0x250 && r < 0x370:
			// IPA, modifier letters and combining marks: no table lookups,
			// but they may make the text other than NFC
			inert = false
		case r == utf8.RuneError, unicode.Is(unicode.Zs, r), unicode.IsControl(r), unicode.Is(unicode.Cf, r),
			r >= 0x2010 && r <= 0x2026, r == 0x2212, r == 0xab, r == 0xbb, r == 0xad:
			plain = false
			inert = inert && inertMark(r)
		default:
			inert = false
		}
		prevSpace = false
		i += size
	}
	if plain && !inert {
		// ASCII and precomposed letters are NFC whatever their order: only
		// other runes need the normalization tables
		plain = norm.NFC.IsNormalString(s)
	}
	return plain, inert
}

// inert reports whether NFC leaves r as it is after any rune and
// composes it with nothing: ASCII, the precomposed letters, and the
// spaces, dashes and quotes Normalize replaces (TestInert checks them).
func inert(r rune) bool { return r < utf8.RuneSelf || precomposed(r) || inertMark(r) }

// inertMark reports whether r is one of the inert runes Normalize
// replaces or drops.
func inertMark(r rune) bool {
	switch r {
	case 0xa0, 0xab, 0xbb, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x2212, 0x2026,
		0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e:
		return true
	}
	return false
}

// precomposedLen returns the length of the precomposed letter s starts
// with, telling the most common ones by their bytes (U+00C0 to U+023F,
// U+1E00 to U+1EFF), or 0.
func precomposedLen(s string) int {
	switch c := s[0]; {
	case c >= 0xc3 && c <= 0xc8:
		if len(s) >= 2 && s[1]&0xc0 == 0x80 {
			return 2
		}
	case c == 0xe1:
		if len(s) >= 3 && s[1] >= 0xb8 && s[1] <= 0xbb && s[2]&0xc0 == 0x80 {
			return 3
		}
	}
	return 0
}

// precomposed reports whether r is a letter of the Latin-1 Supplement,
// Latin Extended-A and -B or Latin Extended Additional blocks (every
// Vietnamese letter is): NFC as it stands, and never composed with the
// rune before it (TestPrecomposed checks it).
func precomposed(r rune) bool {
	return r >= 0xc0 && r < 0x250 || r >= 0x1e00 && r < 0x1f00
}
