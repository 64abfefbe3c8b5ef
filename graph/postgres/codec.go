package postgres

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"kg/graph"
)

// words returns the folded words of a name or query: graph.Fold, split at
// anything but letters and digits (where the SQLite store's full-text
// index splits), each word once, in order.
func words(s string) []string {
	ws := strings.FieldsFunc(graph.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return ws
}

// distinct returns the words of ws once each, sorted.
func distinct(ws []string) []string {
	out := slices.Clone(ws)
	slices.Sort(out)
	return slices.Compact(out)
}

// mentionContext is a mention's lists (graph.PersonMention's organizations,
// positions, places and events) as entity numbers.
type mentionContext [4][]int64

// encode writes the lists as person_mentions.context holds them: each
// list's decimal numbers joined by ",", the lists by ";" (reportPositions
// splits the positions out on the server).
func (c mentionContext) encode() string {
	var b []byte
	for i, l := range c {
		if i > 0 {
			b = append(b, ';')
		}
		for j, n := range l {
			if j > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, n, 10)
		}
	}
	return string(b)
}

// parseContext reads what encode writes.
func parseContext(s string) (mentionContext, error) {
	var c mentionContext
	parts := strings.Split(s, ";")
	if len(parts) != len(c) {
		return c, fmt.Errorf("bad mention context %q", s)
	}
	for i, p := range parts {
		if p == "" {
			continue
		}
		for f := range strings.SplitSeq(p, ",") {
			n, err := strconv.ParseInt(f, 10, 64)
			if err != nil {
				return c, fmt.Errorf("bad mention context %q", s)
			}
			c[i] = append(c[i], n)
		}
	}
	return c, nil
}

// encodeNames writes a list of names as a JSON array.
func encodeNames(names []string) string {
	if names == nil {
		names = []string{}
	}
	b, _ := json.Marshal(names) // strings always marshal
	return string(b)
}

// parseNames reads what encodeNames writes.
func parseNames(s string) ([]string, error) {
	var out []string
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, fmt.Errorf("bad name list %q: %w", s, err)
	}
	return out, nil
}
