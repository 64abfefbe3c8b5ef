package main

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// The generator's own word lists: the names of its people, provinces,
// districts, outlets and sectors, and how reports spell organizations
// and titles. They are written for the generator, apart from kg's
// lexicon, so that a corpus does not merely echo what the extractor
// already knows.
//
// Each file has one entry a line: a phrase, then fields separated by
// "|", each a flag (core) or key=value (level=tỉnh); a key may repeat
// (alias=A | alias=B). Blank lines and lines starting with # are
// skipped. The header of each file says which fields it takes.
//
//go:embed data/*.txt
var embedded embed.FS

// Data returns the generator's own data files.
func Data() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic(err) // "data" is a literal folder of the embedded files
	}
	return sub
}

// entry is a line of a data file.
type entry struct {
	Phrase string
	Line   int
	Flags  map[string]bool
	Attrs  map[string][]string
}

// attr returns the first value of a key, or "".
func (e entry) attr(k string) string {
	if v := e.Attrs[k]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// fileSpec says which fields the entries of a file may have.
type fileSpec struct {
	flags []string
	attrs []string
	// unique is what must not repeat within the file: the phrase, or the
	// phrase with the values of these keys.
	unique []string
}

// readData reads a data file strictly: text in NFC, only the fields the
// spec allows, no entry twice. Errors name the file and line.
func readData(fsys fs.FS, name string, spec fileSpec) ([]entry, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var out []entry
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !norm.NFC.IsNormalString(line) {
			return nil, fmt.Errorf("%s:%d: not in NFC", name, n)
		}
		fields := strings.Split(line, "|")
		e := entry{Phrase: strings.TrimSpace(fields[0]), Line: n, Flags: map[string]bool{}, Attrs: map[string][]string{}}
		if e.Phrase == "" {
			return nil, fmt.Errorf("%s:%d: no phrase", name, n)
		}
		for _, f := range fields[1:] {
			f = strings.TrimSpace(f)
			k, v, isAttr := strings.Cut(f, "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch {
			case isAttr && slices.Contains(spec.attrs, k) && v != "":
				e.Attrs[k] = append(e.Attrs[k], v)
			case !isAttr && slices.Contains(spec.flags, k):
				e.Flags[k] = true
			default:
				return nil, fmt.Errorf("%s:%d: unknown field %q", name, n, f)
			}
		}
		id := e.Phrase
		for _, k := range spec.unique {
			id += "|" + strings.Join(e.Attrs[k], ";")
		}
		if first, ok := seen[id]; ok {
			return nil, fmt.Errorf("%s:%d: %q is listed twice (first on line %d)", name, n, e.Phrase, first)
		}
		seen[id] = n
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no entry", name)
	}
	return out, nil
}

// oneOf checks that an entry's key has one of the values, or none when
// it may be absent.
func oneOf(name string, e entry, k string, optional bool, values ...string) error {
	v := e.Attrs[k]
	if len(v) == 0 && optional {
		return nil
	}
	if len(v) != 1 || !slices.Contains(values, v[0]) {
		return fmt.Errorf("%s:%d: unknown %s %q: want one of %s", name, e.Line, k, strings.Join(v, ","), strings.Join(values, ", "))
	}
	return nil
}
