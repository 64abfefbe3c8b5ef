package rdf

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Prefix is a namespace abbreviation of Turtle.
type Prefix struct {
	Name, IRI string
}

// Prefixes returns the namespaces Turtle output abbreviates, in the order
// their @prefix lines are written.
func Prefixes() []Prefix {
	return []Prefix{{"schema", Schema}, {"kg", KG}, {"xsd", XSD}, {"rdf", RDFNS}}
}

// AppendIRI appends an IRI in angle brackets (N-Triples, N-Quads and
// Turtle). Characters an IRIREF cannot hold, which EntityIRI never makes,
// are written as \u escapes, so that the output still parses.
func AppendIRI(b []byte, iri string) []byte {
	b = append(b, '<')
	if plainIRI(iri) {
		b = append(b, iri...)
		return append(b, '>')
	}
	for i := 0; i < len(iri); {
		r, n := utf8.DecodeRuneInString(iri[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, `\uFFFD`...)
		case r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r):
			b = fmt.Appendf(b, `\u%04X`, r)
		default:
			b = append(b, iri[i:i+n]...)
		}
		i += n
	}
	return append(b, '>')
}

// plainIRI reports whether an IRI can be written as it is: valid UTF-8,
// with no character an IRIREF forbids.
func plainIRI(iri string) bool {
	ascii := true
	for i := 0; i < len(iri); i++ {
		switch c := iri[i]; {
		case c <= 0x20, c == '<', c == '>', c == '"', c == '{', c == '}', c == '|', c == '^', c == '`', c == '\\':
			return false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return ascii || utf8.ValidString(iri)
}

// AppendTerm appends a term in N-Triples syntax. With abbreviate, IRIs of
// the Prefixes whose local part is a plain name are written as prefixed
// names, and rdf:type as "a" in the predicate place (Turtle).
func AppendTerm(b []byte, t Term, abbreviate bool) []byte {
	switch t.Kind {
	case IRIKind:
		if abbreviate {
			if p, ok := prefixed(t.Value); ok {
				return append(b, p...)
			}
		}
		return AppendIRI(b, t.Value)
	case LiteralKind:
		b = appendQuoted(b, t.Value)
		switch {
		case t.Lang != "":
			b = append(b, '@')
			b = append(b, t.Lang...)
		case t.Datatype != "" && t.Datatype != XSDString:
			b = append(b, "^^"...)
			if abbreviate {
				if p, ok := prefixed(t.Datatype); ok {
					return append(b, p...)
				}
			}
			b = AppendIRI(b, t.Datatype)
		}
		return b
	}
	return b
}

// prefixed returns the prefixed name of an IRI whose local part is made
// of ASCII letters and digits, starting with a letter.
func prefixed(iri string) (string, bool) {
	for _, p := range Prefixes() {
		local, ok := strings.CutPrefix(iri, p.IRI)
		if !ok || local == "" {
			continue
		}
		for i := 0; i < len(local); i++ {
			c := local[i]
			letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			if !letter && (i == 0 || c < '0' || c > '9') {
				return "", false
			}
		}
		return p.Name + ":" + local, true
	}
	return "", false
}

// appendQuoted appends a string literal in double quotes. Quotes,
// backslashes and line breaks are escaped as the grammar requires; other
// control characters, line and paragraph separators, bidirectional
// controls and noncharacters are written as \u escapes, so that a line is
// one statement and the text cannot display otherwise than it reads.
// Invalid UTF-8 becomes U+FFFD.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, "\uFFFD"...)
		case r == '"':
			b = append(b, `\"`...)
		case r == '\\':
			b = append(b, `\\`...)
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case escaped(r):
			b = fmt.Appendf(b, `\u%04X`, r)
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}

// escaped reports whether a character is written as a \u escape.
func escaped(r rune) bool {
	return r < 0x20 || (0x7f <= r && r <= 0x9f) || r == 0x2028 || r == 0x2029 ||
		(0x202a <= r && r <= 0x202e) || (0x2066 <= r && r <= 0x2069) || r == 0xfffe || r == 0xffff
}

// WriteNTriples writes triples in N-Triples, one a line, in their order.
func WriteNTriples(w io.Writer, triples []Triple) error {
	return writeLines(w, triples, "")
}

// WriteNQuads writes every graph of d in N-Quads, one statement a line.
func WriteNQuads(w io.Writer, d *Dataset) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for _, g := range d.Graphs {
		if err := writeLines(bw, g.Triples, g.Name); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func writeLines(w io.Writer, triples []Triple, graphName string) error {
	var line []byte
	var name []byte
	if graphName != "" {
		name = AppendIRI(nil, graphName)
	}
	for _, t := range triples {
		line = AppendTerm(line[:0], t.Subject, false)
		line = append(line, ' ')
		line = AppendTerm(line, t.Predicate, false)
		line = append(line, ' ')
		line = AppendTerm(line, t.Object, false)
		if name != nil {
			line = append(line, ' ')
			line = append(line, name...)
		}
		line = append(line, " .\n"...)
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}
