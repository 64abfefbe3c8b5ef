package main

import (
	"strings"
	"testing"

	"kg/ingest/token"
)

// TestCitizens checks that the corpus names people who hold no post, as
// real reports do, and never gives them a title.
func TestCitizens(t *testing.T) {
	w := testWorld(t, provincesFor(1000))
	named := map[Standing]int{}
	for n := 1; n <= 1000; n++ {
		a := w.Article(1, n)
		text := token.Key(string(a.Text()))
		for _, m := range a.Mentions {
			p := m.Person
			if p.Kind != Citizen {
				continue
			}
			named[p.Standing]++
			if len(m.Titles) > 0 {
				t.Errorf("article %d gives citizen %s titles %v", n, p.Name, m.Titles)
			}
			if len(p.Terms) > 0 {
				t.Errorf("citizen %s holds a post", p.Name)
			}
			if p.Standing == Defendant && !strings.Contains(text, token.Key("bị cáo "+p.Short)) {
				t.Errorf("article %d names defendant %s but never as bị cáo %s", n, p.Name, p.Short)
			}
		}
	}
	for _, st := range []Standing{Elder, Kin, Voter, Defendant} {
		if named[st] == 0 {
			t.Errorf("no %s named in 1000 articles", st)
		}
	}
}
