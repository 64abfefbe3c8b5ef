// Package lexicon holds the language data that kg's extractor is driven
// by: titles, organization kinds, places, family names, abbreviations,
// event words, honorifics, relation cues, function words and page
// furniture. Each is a plain-text file under data/ (one entry a line, "#"
// comments), embedded in the binary and loaded through an fs.FS, so a test
// can hand in its own files and a user can read and extend them.
//
// # File format
//
// A line holds a phrase, optionally "= expansion", then optional fields
// separated by "|": flags ("place") or key=value pairs ("class=state").
//
//	Ủy ban nhân dân | class=state | tail=place
//	UBND = Ủy ban nhân dân
//
// Phrases are matched on token keys (lower case, canonical tone marks), so
// "Uỷ ban" in a file or a text matches "Ủy ban". FORMATS.md documents
// every file and its fields.
//
// # A user's files
//
// LoadDir and LoadLayered lay a folder of files named like the built-in
// ones over them (kg's --lexicon flag): entries are added, an entry with
// a built-in entry's phrase replaces it, "| remove" removes one, and a
// file that starts with "#replace" replaces the built-in file.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"kg/ingest/token"
)

//go:embed data/*.txt
var embedded embed.FS

// Embedded returns the lexicon files built into kg.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil { // cannot happen: data/ is embedded
		return embedded
	}
	return sub
}

// Entry is one line of a lexicon file.
type Entry struct {
	Phrase string            // the phrase as written (NFC)
	Value  string            // what follows "=", if anything
	Attrs  map[string]string // key=value fields; flags map to ""
	File   string
	Line   int
}

// Has reports whether the entry has the field key.
func (e *Entry) Has(key string) bool {
	_, ok := e.Attrs[key]
	return ok
}

// Keys splits a phrase into the token keys it is matched by.
func Keys(phrase string) []string {
	toks := token.Tokenize(phrase)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Key
	}
	return out
}

// ReadFile parses one lexicon file.
func ReadFile(fsys fs.FS, name string) ([]Entry, error) {
	entries, _, err := readFile(fsys, name, name)
	return entries, err
}

// replaceDirective, alone on a line before a user file's first entry,
// makes the file replace the built-in file of its name instead of adding
// to it (see FORMATS.md).
const replaceDirective = "#replace"

// readFile parses one lexicon file, named shown in errors and entries,
// and reports whether it starts with the replace directive.
func readFile(fsys fs.FS, name, shown string) (out []Entry, replace bool, err error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, false, fmt.Errorf("lexicon %s: %w", shown, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == replaceDirective {
			if len(out) > 0 {
				return nil, false, fmt.Errorf("lexicon %s:%d: %s must come before the first entry", shown, n, replaceDirective)
			}
			replace = true
			continue
		}
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, false, fmt.Errorf("lexicon %s:%d: not UTF-8 text", shown, n)
		}
		if !norm.NFC.IsNormalString(line) {
			return nil, false, fmt.Errorf("lexicon %s:%d: not in Unicode NFC form", shown, n)
		}
		e, err := parseLine(line)
		if err != nil {
			return nil, false, fmt.Errorf("lexicon %s:%d: %w", shown, n, err)
		}
		e.File, e.Line = shown, n
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, false, fmt.Errorf("lexicon %s: %w", shown, err)
	}
	return out, replace, nil
}

func parseLine(line string) (Entry, error) {
	fields := strings.Split(line, "|")
	e := Entry{Attrs: map[string]string{}}
	head := strings.TrimSpace(fields[0])
	if p, v, ok := strings.Cut(head, "="); ok {
		e.Phrase, e.Value = strings.TrimSpace(p), strings.TrimSpace(v)
		if e.Value == "" {
			return e, fmt.Errorf("empty expansion after %q", e.Phrase)
		}
	} else {
		e.Phrase = head
	}
	if e.Phrase == "" {
		return e, fmt.Errorf("empty phrase")
	}
	if len(Keys(e.Phrase)) == 0 {
		return e, fmt.Errorf("phrase %q has no words", e.Phrase)
	}
	for _, f := range fields[1:] {
		f = strings.TrimSpace(f)
		if f == "" {
			return e, fmt.Errorf("empty field")
		}
		k, v, _ := strings.Cut(f, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		repeatable := strings.HasSuffix(k, "alias")
		if _, dup := e.Attrs[k]; dup && !repeatable {
			return e, fmt.Errorf("field %q given twice", k)
		}
		if repeatable && e.Attrs[k] != "" {
			v = e.Attrs[k] + ";" + v
		}
		e.Attrs[k] = v
	}
	return e, nil
}
