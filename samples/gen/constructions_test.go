package main

import (
	"strings"
	"testing"
)

// TestConstructions checks that the corpus writes the constructions of
// titles and activities that apposition does not carry, each with the
// people it names noted with the titles it gives them.
func TestConstructions(t *testing.T) {
	w := testWorld(t, provincesFor(2000))
	tests := []struct {
		name, phrase string
		// check is what the article must note of the person the phrase
		// is about; nil when the phrase names no one right after it
		check func(a *Article, after string) bool
	}{
		{"title by predicate", "được bổ nhiệm giữ chức", titledBefore},
		{"re-election", "tái cử", titledAfterName},
		{"plural title with address", " là các ông ", namesTitled},
		{"reception of a delegation", "tiếp và làm việc với đoàn công tác", nil},
		{"visit with gifts", "thăm, tặng quà", nil},
		{"replaced, untitled", ", thay ông ", nil},
		{"reporter named in the text", "câu hỏi của phóng viên ", reporterNoted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := 0
			for n := 1; n <= 2000; n++ {
				a := w.Article(1, n)
				for _, l := range a.Lines {
					i := strings.Index(l.Text, tt.phrase)
					if i < 0 {
						continue
					}
					found++
					if tt.check != nil && !tt.check(a, l.Text[:i]+"\x00"+l.Text[i+len(tt.phrase):]) {
						t.Errorf("article %d: %q: the person is not noted with the title written", n, l.Text)
					}
				}
			}
			if found == 0 {
				t.Errorf("%q is never written in 2000 articles", tt.phrase)
			}
		})
	}
}

// mentionIn returns the mention of the person whose name ends s (or
// starts it, when first).
func mentionIn(a *Article, s string, first bool) *Mention {
	s = strings.TrimSpace(s)
	var best *Mention
	for i := range a.Mentions {
		m := &a.Mentions[i]
		if (first && strings.HasPrefix(s, m.Person.Name)) || (!first && strings.HasSuffix(s, m.Person.Name)) {
			if best == nil || len(m.Person.Name) > len(best.Person.Name) {
				best = m
			}
		}
	}
	return best
}

// titledBefore: "…, ông A, T1, được bổ nhiệm giữ chức T2 …": A is noted
// with a title.
func titledBefore(a *Article, line string) bool {
	before, _, _ := strings.Cut(line, "\x00")
	for _, m := range a.Mentions {
		if strings.Contains(before, m.Person.Name) && len(m.Titles) > 0 {
			return true
		}
	}
	return false
}

// titledAfterName: "đồng chí A tái cử Bí thư …": A is noted with Bí thư.
func titledAfterName(a *Article, line string) bool {
	before, _, _ := strings.Cut(line, "\x00")
	m := mentionIn(a, before, false)
	if m == nil {
		return false
	}
	for _, ti := range m.Titles {
		if ti.Role == "Bí thư" {
			return true
		}
	}
	return false
}

// namesTitled: "hai T là các ông A và B": A and B are noted with T.
func namesTitled(a *Article, line string) bool {
	_, after, _ := strings.Cut(line, "\x00")
	for _, part := range strings.FieldsFunc(after, func(r rune) bool { return r == ',' || r == ';' || r == '.' }) {
		for _, name := range strings.Split(part, " và ") {
			name = strings.TrimSpace(name)
			if name == "" {
				continue
			}
			m := mentionIn(a, name, true)
			if m == nil || len(m.Titles) == 0 {
				return false
			}
		}
		return true // the names end at the first punctuation
	}
	return false
}

// reporterNoted: "phóng viên Minh Thu (Báo X)": the article counts Minh
// Thu among its reporters.
func reporterNoted(a *Article, line string) bool {
	_, after, _ := strings.Cut(line, "\x00")
	name, _, ok := strings.Cut(after, " (")
	if !ok {
		return false
	}
	for _, r := range a.Reporters {
		if r.Name == name {
			return true
		}
	}
	return false
}
