package cli

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rivo/uniseg"
)

// Output formats of queries.
const (
	formatTable = "table"
	formatJSON  = "json"
	formatCSV   = "csv"
)

func checkFormat(f string) error {
	switch f {
	case formatTable, formatJSON, formatCSV:
		return nil
	}
	return withCode(ExitUsage, fmt.Errorf("--format %q: want table, json or csv", f))
}

// result is what a query answers: rows of named columns. Records are
// the rows as JSON objects (structs, so that field order is stable).
type result struct {
	columns []string
	rows    [][]string
	records []any
	line    string // a table written as one line instead, when set
}

func (r *result) add(record any, cells ...string) {
	r.rows = append(r.rows, cells)
	r.records = append(r.records, record)
}

// write writes a result in a format.
func (r *result) write(w io.Writer, format string) error {
	switch format {
	case formatJSON:
		recs := r.records
		if recs == nil {
			recs = []any{}
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(recs)
	case formatCSV:
		cw := csv.NewWriter(w)
		if err := cw.Write(r.columns); err != nil {
			return err
		}
		for _, row := range r.rows {
			safe := make([]string, len(row))
			for i, c := range row {
				safe[i] = csvSafe(c)
			}
			if err := cw.Write(safe); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}
	if r.line != "" {
		_, err := fmt.Fprintln(w, cellText(r.line))
		return err
	}
	return writeTable(w, r.columns, r.rows)
}

// csvSafe keeps a spreadsheet from reading a cell as a formula: a cell
// starting with = + - @ (or a tab or carriage return) gets a leading quote.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// cellText makes a value fit in a table cell: control characters, line
// breaks and bidirectional controls become spaces or are dropped.
func cellText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			return -1
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f:
			return -1
		}
		return r
	}, s)
}

// maxCell is the widest a table cell is drawn; longer text is cut.
const maxCell = 80

// writeTable lines up columns by the width text takes on a terminal, not
// by bytes: "Nguyễn" is six columns wide.
func writeTable(w io.Writer, columns []string, rows [][]string) error {
	type cell struct {
		text  string
		width int
	}
	cells := make([][]cell, 0, len(rows)+1)
	if columns != nil { // nil: rows only
		c := make([]cell, len(columns))
		for i, s := range columns {
			c[i] = cell{s, textWidth(s)}
		}
		cells = append(cells, c)
	}
	for _, r := range rows {
		c := make([]cell, len(r))
		for i, s := range r {
			c[i].text, c[i].width = truncate(cellText(s), maxCell)
		}
		cells = append(cells, c)
	}
	widths := make([]int, len(columns))
	if columns == nil && len(rows) > 0 {
		widths = make([]int, len(rows[0]))
	}
	for _, r := range cells {
		for i, c := range r {
			widths[i] = max(widths[i], c.width)
		}
	}
	// One write a buffer, not one a row: a table of the 2,182 events of a
	// busy official took 2,218 system calls, 10 ms of a 100 ms query.
	bw := bufio.NewWriter(w)
	var b strings.Builder
	for _, r := range cells {
		b.Reset()
		for i, c := range r {
			b.WriteString(c.text)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-c.width+2))
			}
		}
		bw.WriteString(strings.TrimRight(b.String(), " "))
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// textWidth returns the columns s takes on a terminal, as
// uniseg.StringWidth counts them, but without segmenting text whose
// every character takes one column of its own (narrow): Vietnamese in
// precomposed form, as news text comes, is such text. A table of
// thousands of rows spent more time segmenting its cells than the store
// took to answer.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		if !narrow(r) {
			return uniseg.StringWidth(s)
		}
		n++
	}
	return n
}

// narrow reports whether a character takes one column and is a grapheme
// cluster of its own next to any other narrow character: printable
// ASCII, the Latin letters with their accents precomposed (Latin-1 to
// Latin Extended-B, and Latin Extended Additional, where Vietnamese's
// letters with two marks are), and the dashes, quotes and ellipsis of
// general punctuation.
func narrow(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7f,
		r >= 0xa0 && r < 0x250 && r != 0xad, // not the soft hyphen
		r >= 0x1e00 && r < 0x1f00,
		r >= 0x2010 && r <= 0x2027:
		return true
	}
	return false
}

// truncate cuts s to n columns, ending with "…", and returns its width.
func truncate(s string, n int) (string, int) {
	if w := textWidth(s); w <= n {
		return s, w
	}
	// narrow text is cut after n-1 characters
	count, cut := 0, -1
	for i, r := range s {
		if !narrow(r) {
			cut = -1
			break
		}
		if count == n-1 && cut < 0 {
			cut = i
		}
		count++
	}
	if cut >= 0 {
		return s[:cut] + "…", n
	}
	var b strings.Builder
	width := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		cw := g.Width()
		if width+cw > n-1 {
			break
		}
		b.WriteString(g.Str())
		width += cw
	}
	return b.String() + "…", width + 1
}
