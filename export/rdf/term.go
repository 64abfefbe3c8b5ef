package rdf

import (
	"cmp"
	"fmt"
	"strings"
	"unicode/utf8"

	"kg/graph"
)

// TermKind says what a Term is.
type TermKind uint8

// The kinds of term. The zero Term is no term: a triple of the default
// graph has a zero Graph.
const (
	NoTerm TermKind = iota
	IRIKind
	LiteralKind
)

// Term is an RDF term: an IRI or a literal (kg writes no blank nodes, so
// that every node can be named from outside). A literal has a datatype
// IRI, or a language tag and no datatype (rdf:langString).
type Term struct {
	Kind     TermKind
	Value    string // the IRI, or the literal's lexical form
	Datatype string // literals: datatype IRI; "" for xsd:string and language-tagged strings
	Lang     string // literals: language tag
}

// IRI is the IRI term of an absolute IRI.
func IRI(s string) Term { return Term{Kind: IRIKind, Value: s} }

// String is a plain literal (xsd:string). Invalid UTF-8, NUL and the
// noncharacters U+FFFE, U+FFFF are replaced by U+FFFD: RDF readers refuse
// or cut them.
func String(s string) Term { return Term{Kind: LiteralKind, Value: validUTF8(s)} }

// LangString is a literal with a language tag.
func LangString(s, lang string) Term {
	return Term{Kind: LiteralKind, Value: validUTF8(s), Lang: lang}
}

// Vietnamese is a literal tagged "vi": every name kg writes comes from a
// Vietnamese text.
func Vietnamese(s string) Term { return LangString(s, LangVI) }

// Typed is a literal with a datatype.
func Typed(s, datatype string) Term {
	return Term{Kind: LiteralKind, Value: validUTF8(s), Datatype: datatype}
}

// Integer is an xsd:integer literal.
func Integer(n int) Term { return Typed(fmt.Sprint(n), XSDInteger) }

// Boolean is an xsd:boolean literal.
func Boolean(b bool) Term { return Typed(fmt.Sprint(b), XSDBoolean) }

// Date is the typed literal of a date whose parts may be unknown:
// xsd:date (2020-05-16), xsd:gYearMonth (2020-05), xsd:gYear (2020),
// xsd:gMonthDay (--05-16, the year unknown) or xsd:gMonth (--05). ok is
// false for a zero or impossible date, which is not written.
func Date(d graph.Date) (t Term, ok bool) {
	dt := DateType(d)
	if dt == "" {
		return Term{}, false
	}
	return Typed(d.String(), dt), true
}

// DateType is the XML Schema datatype IRI of a date with the parts it
// knows; "" for a zero or impossible date.
func DateType(d graph.Date) string {
	if d.IsZero() || !d.Valid() {
		return ""
	}
	switch {
	case d.Year == 0 && d.Day > 0:
		return XSDGMonthDay
	case d.Year == 0:
		return XSDGMonth
	case d.Month == 0:
		return XSDGYear
	case d.Day == 0:
		return XSDGYearMonth
	}
	return XSDDate
}

// IsZero reports whether t is no term.
func (t Term) IsZero() bool { return t.Kind == NoTerm }

// Compare orders terms: IRIs before literals, then by value, datatype
// and language.
func (t Term) Compare(o Term) int {
	if c := cmp.Compare(t.Kind, o.Kind); c != 0 {
		return c
	}
	if c := strings.Compare(t.Value, o.Value); c != 0 {
		return c
	}
	if c := strings.Compare(t.Datatype, o.Datatype); c != 0 {
		return c
	}
	return strings.Compare(t.Lang, o.Lang)
}

// Triple is a statement of one graph.
type Triple struct {
	Subject, Predicate, Object Term
}

// Compare orders triples by subject, predicate, object.
func (t Triple) Compare(o Triple) int {
	if c := t.Subject.Compare(o.Subject); c != 0 {
		return c
	}
	if c := t.Predicate.Compare(o.Predicate); c != 0 {
		return c
	}
	return t.Object.Compare(o.Object)
}

// validUTF8 makes s valid RDF text: invalid UTF-8 and the noncharacters
// U+FFFE and U+FFFF, which RDF readers refuse even escaped, become U+FFFD;
// so does NUL, which raptor (rapper, Redland) reads as the end of the
// string.
func validUTF8(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.ContainsAny(s, "\uFFFE\uFFFF\x00") {
		s = strings.NewReplacer("\uFFFE", "\uFFFD", "\uFFFF", "\uFFFD", "\x00", "\uFFFD").Replace(s)
	}
	return s
}
