package sqlite

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/graph"
)

// words returns the folded words of a name or query: graph.Fold, split
// where FTS5's unicode61 tokenizer splits (anything but letters and
// digits).
func words(s string) []string {
	return strings.FieldsFunc(graph.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// appendInts writes numbers comma-separated.
func appendInts(b []byte, ns []int64) []byte {
	for i, n := range ns {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, n, 10)
	}
	return b
}

// parseInts reads what appendInts writes.
func parseInts(s string) ([]int64, error) {
	if s == "" {
		return nil, nil
	}
	out := make([]int64, 0, strings.Count(s, ",")+1)
	for f := range strings.SplitSeq(s, ",") {
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("bad number list %q", s)
		}
		out = append(out, n)
	}
	return out, nil
}

// context is a mention's lists, as entity numbers.
type mentionContext [4][]int64 // orgs, positions, places, events

func (c mentionContext) encode() string {
	var b []byte
	for i, l := range c {
		if i > 0 {
			b = append(b, ';')
		}
		b = appendInts(b, l)
	}
	return string(b)
}

func parseContext(s string) (mentionContext, error) {
	var c mentionContext
	parts := strings.Split(s, ";")
	if len(parts) != len(c) {
		return c, fmt.Errorf("bad mention context %q", s)
	}
	for i, p := range parts {
		l, err := parseInts(p)
		if err != nil {
			return c, fmt.Errorf("bad mention context %q", s)
		}
		c[i] = l
	}
	return c, nil
}

// encodeNames writes a list of names as a JSON array.
func encodeNames(names []string) string {
	b := []byte{'['}
	for i, n := range names {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, n)
	}
	return string(append(b, ']'))
}

// parseNames reads what encodeNames writes.
func parseNames(s string) ([]string, error) {
	p := jsonScanner{s: s}
	var out []string
	p.expect('[')
	for p.peek() == '"' {
		out = append(out, p.str())
		if p.peek() != ',' {
			break
		}
		p.i++
	}
	p.expect(']')
	if err := p.end(); err != nil {
		return nil, fmt.Errorf("bad name list %q: %w", s, err)
	}
	return out, nil
}

// storedFact is a fact as an article's row keeps it: ends as entity
// numbers (a person's key for a person).
type storedFact struct {
	seq      int
	subject  int64
	relation string
	object   int64
	former   bool
	asOf     string
	start    int
	end      int
	rule     string
}

// appendFacts writes facts as a JSON array of arrays, one a fact:
// [seq, subject, relation, object, former, as_of, span_start, span_end, rule].
func appendFacts(b []byte, facts []storedFact) []byte {
	b = append(b, '[')
	for i, f := range facts {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(f.seq), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, f.subject, 10)
		b = append(b, ',')
		b = appendJSONString(b, f.relation)
		b = append(b, ',')
		b = strconv.AppendInt(b, f.object, 10)
		if f.former {
			b = append(b, ",1,"...)
		} else {
			b = append(b, ",0,"...)
		}
		b = appendJSONString(b, f.asOf)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(f.start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(f.end), 10)
		b = append(b, ',')
		b = appendJSONString(b, f.rule)
		b = append(b, ']')
	}
	return append(b, ']')
}

// appendJSONString writes s as a JSON string.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		// Quotes, backslashes, control characters, and U+2028 and U+2029
		// (E2 80 A8, E2 80 A9), which encoding/json escapes too.
		if c < 0x20 || c == '"' || c == '\\' || (c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&0xFE == 0xA8) {
			j, _ := json.Marshal(s) // strings always marshal
			return append(b, j...)
		}
	}
	if !utf8.ValidString(s) {
		j, _ := json.Marshal(s) // replaces invalid bytes
		return append(b, j...)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// parseFacts reads what appendFacts writes.
func parseFacts(s string) ([]storedFact, error) {
	var out []storedFact
	err := scanFacts(s, nil, func(f *storedFact) { out = append(out, *f) })
	return out, err
}

// scanFacts reads what appendFacts writes, calling f on each fact. When
// want is not nil, it reads only the subject and object of the facts want
// refuses: a query reads thousands of articles for a few of their facts.
// The fact passed to f is reused for the next.
func scanFacts(s string, want func(subject, object int64) bool, f func(*storedFact)) error {
	p := jsonScanner{s: s}
	p.expect('[')
	if p.peek() == ']' {
		p.i++
		return p.end()
	}
	var sf storedFact
	for p.err == nil {
		p.expect('[')
		sf.seq = int(p.int())
		p.expect(',')
		sf.subject = p.int()
		p.expect(',')
		sf.relation = p.str()
		p.expect(',')
		sf.object = p.int()
		if want != nil && p.err == nil && !want(sf.subject, sf.object) {
			p.skipArray()
		} else {
			p.expect(',')
			sf.former = p.int() != 0
			p.expect(',')
			sf.asOf = p.str()
			p.expect(',')
			sf.start = int(p.int())
			p.expect(',')
			sf.end = int(p.int())
			p.expect(',')
			sf.rule = p.str()
			p.expect(']')
			if p.err == nil {
				f(&sf)
			}
		}
		if p.peek() != ',' {
			break
		}
		p.i++
	}
	p.expect(']')
	return p.end()
}

// jsonScanner reads the few JSON shapes the store writes, faster than
// encoding/json, which matters when a query reads thousands of articles'
// facts. Its first error sticks.
type jsonScanner struct {
	s   string
	i   int
	err error
}

func (p *jsonScanner) fail(what string) {
	if p.err == nil {
		p.err = fmt.Errorf("bad JSON at byte %d: want %s", p.i, what)
	}
}

func (p *jsonScanner) peek() byte {
	if p.err != nil || p.i >= len(p.s) {
		return 0
	}
	return p.s[p.i]
}

func (p *jsonScanner) expect(c byte) {
	if p.peek() != c {
		p.fail(strconv.QuoteRune(rune(c)))
		return
	}
	p.i++
}

func (p *jsonScanner) int() int64 {
	if p.err != nil {
		return 0
	}
	j, neg := p.i, false
	if j < len(p.s) && p.s[j] == '-' {
		j, neg = j+1, true
	}
	var n int64
	start := j
	for ; j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9'; j++ {
		if n > (1<<63-1-9)/10 {
			p.fail("a smaller integer")
			return 0
		}
		n = n*10 + int64(p.s[j]-'0')
	}
	if j == start {
		p.fail("an integer")
		return 0
	}
	p.i = j
	if neg {
		return -n
	}
	return n
}

// skipArray moves past the rest of the array the scanner is in.
func (p *jsonScanner) skipArray() {
	depth := 1
	for ; p.i < len(p.s) && p.err == nil; p.i++ {
		switch p.s[p.i] {
		case '"':
			p.str()
			p.i--
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				p.i++
				return
			}
		}
	}
	p.fail("the end of an array")
}

func (p *jsonScanner) str() string {
	if p.peek() != '"' {
		p.fail("a string")
		return ""
	}
	escaped := false
	for j := p.i + 1; j < len(p.s); j++ {
		switch p.s[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			raw := p.s[p.i : j+1]
			p.i = j + 1
			if !escaped {
				return raw[1 : len(raw)-1]
			}
			var out string
			if err := json.Unmarshal([]byte(raw), &out); err != nil {
				p.fail("a string")
			}
			return out
		}
	}
	p.fail("a closing quote")
	return ""
}

func (p *jsonScanner) end() error {
	if p.err == nil && p.i != len(p.s) {
		p.fail("the end")
	}
	return p.err
}
