package dot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quote writes s as a DOT quoted string: backslashes doubled (so that
// Graphviz's escapes, \N or \n, in the text stay text), quotes escaped,
// "&" written "&amp;" (Graphviz reads HTML entities in labels, and keeps
// them as they are in SVG, so "&amp;" in a name would show as "&"), and
// characters that have no place in DOT or in the SVG made of it
// replaced (see safeRune). Entity IDs keep every other character, so that
// different entities keep different DOT IDs; only IDs that differ in
// invalid bytes, bidirectional controls or control pictures may meet.
func quote(s string) string {
	if plain(s) {
		return `"` + s + `"`
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				b.WriteRune(utf8.RuneError) // invalid UTF-8
				continue
			}
		}
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(safeRune(r))
		}
	}
	b.WriteByte('"')
	return b.String()
}

// safeRune replaces a character that is not safe in a DOT string or in
// XML: a control character by its picture (U+2400 block; C1 controls by
// U+FFFD), a bidirectional control (which would reorder what follows it
// on screen) and the non-characters U+FFFE and U+FFFF by U+FFFD.
func safeRune(r rune) rune {
	switch {
	case r < 0x20:
		return 0x2400 + r
	case r == 0x7f:
		return 0x2421
	case 0x80 <= r && r < 0xa0, isBidiControl(r), r == 0xfffe, r == 0xffff:
		return utf8.RuneError
	}
	return r
}

func isBidiControl(r rune) bool {
	return (0x202a <= r && r <= 0x202e) || (0x2066 <= r && r <= 0x2069) || r == 0x200e || r == 0x200f
}

// plain reports whether quote has nothing to change in s.
func plain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || c == '\\' || c == '"' || c == '&' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || safeRune(r) != r {
			return false // invalid UTF-8 or a rune replaced
		}
		i += n
	}
	return true
}

// attrName writes a graph attribute's name: as it is when it is a DOT
// identifier, quoted otherwise.
func attrName(s string) string {
	for i, c := range []byte(s) {
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return quote(s)
		}
	}
	if s == "" {
		return `""`
	}
	return s
}

// quoteLines writes lines as one label, each line centered (DOT's \n).
func quoteLines(lines []string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, l := range lines {
		if i > 0 {
			b.WriteString(`\n`)
		}
		q := quote(l)
		b.WriteString(q[1 : len(q)-1])
	}
	b.WriteByte('"')
	return b.String()
}

// clean makes a name fit on a label: invalid UTF-8 replaced, control and
// separator characters turned into spaces, bidirectional controls and
// non-characters dropped, runs of spaces made one.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\ufffd")
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r), r == 0x2028, r == 0x2029:
			return ' '
		case isBidiControl(r), r == 0xfffe, r == 0xffff:
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// wrap cleans s and breaks it into lines of at most width characters, at
// spaces where it can and inside words longer than a line. It keeps at
// most maxLines lines, ending the last with "…" and reporting cut when
// text was left out.
func wrap(s string, width, maxLines int) (lines []string, cut bool) {
	var line []rune
	flush := func() {
		if len(line) > 0 {
			lines = append(lines, string(line))
			line = line[:0]
		}
	}
	for _, word := range strings.Fields(clean(s)) {
		w := []rune(word)
		if len(line) > 0 && len(line)+1+len(w) <= width {
			line = append(line, ' ')
			line = append(line, w...)
			continue
		}
		flush()
		for len(w) > width {
			lines = append(lines, string(w[:width]))
			w = w[width:]
			if len(lines) > maxLines {
				break
			}
		}
		line = append(line, w...)
		if len(lines) > maxLines {
			break
		}
	}
	flush()
	if len(lines) > maxLines {
		lines = lines[:maxLines]
		last := []rune(lines[maxLines-1])
		if len(last) >= width {
			last = last[:width-1]
		}
		lines[maxLines-1] = string(last) + "…"
		cut = true
	}
	return lines, cut
}

// truncate cuts s to at most n characters, the last being "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
