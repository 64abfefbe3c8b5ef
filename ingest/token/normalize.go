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
// become "-" and typographic quotes become '"' or "'"; runs of spaces
// collapse. Line structure is kept.
func Normalize(s string) string {
	if plain(s) {
		return s
	}
	return rewrite(s)
}

// rewrite is Normalize on text that is not plain.
func rewrite(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	run := 0 // the start of the runes kept as they are, not yet written
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r > ' ' && r < utf8.RuneSelf && r != 0x7f || precomposed(r) {
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
	prevSpace := false
	composed := true // every rune is ASCII or a precomposed Latin letter
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case c == '\n':
				prevSpace = false
			case c < 0x20 || c == 0x7f:
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case precomposed(r):
			// Vietnamese letters: no table lookups
		case r >= 0x250 && r < 0x370:
			// IPA, modifier letters and combining marks: no table lookups,
			// but they may make the text other than NFC
			composed = false
		case r == utf8.RuneError, unicode.Is(unicode.Zs, r), unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			return false
		case r >= 0x2010 && r <= 0x2026, r == 0x2212, r == 0xab, r == 0xbb, r == 0xad:
			return false
		default:
			composed = false
		}
		prevSpace = false
		i += size
	}
	// ASCII and precomposed letters are NFC whatever their order: only
	// other runes need the normalization tables
	return composed || norm.NFC.IsNormalString(s)
}

// precomposed reports whether r is a letter of the Latin-1 Supplement,
// Latin Extended-A and -B or Latin Extended Additional blocks (every
// Vietnamese letter is): NFC as it stands, and never composed with the
// rune before it (TestPrecomposed checks it).
func precomposed(r rune) bool {
	return r >= 0xc0 && r < 0x250 || r >= 0x1e00 && r < 0x1f00
}
