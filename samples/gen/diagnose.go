package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"kg/graph"
	"kg/ingest/document"
	"kg/ingest/extract"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// diagnoseLabel heads the diagnostic, so that nobody quotes it as what
// it is not.
const diagnoseLabel = "DIAGNOSTIC, NOT A QUALITY MEASURE: kg's extractor on the generator's own articles.\n" +
	"The generator writes a narrow, regular genre from its own word lists; what kg finds here says\n" +
	"nothing about how well it reads real news (measure that on annotated real articles).\n"

// diagnose runs kg's extractor over the first n articles of a seed and
// writes what it gets wrong against what the generator wrote: people
// missed or invented, titles missed or misattributed, each with its
// sentence. It is a debugging aid for the generator and the extractor
// (where do they disagree?), never a score.
func diagnose(w *World, seed uint64, n, examples int, out io.Writer) error {
	lex, err := lexicon.Default()
	if err != nil {
		return fmt.Errorf("load kg's lexicon: %w", err)
	}
	r := newExtractReport(lex, w)
	r.max = examples
	x := extract.New(lex)
	for i := 1; i <= n; i++ {
		a := w.Article(seed, i)
		doc, err := document.ParseText(a.Text(), Path(i, FormatTxt))
		if err != nil {
			return fmt.Errorf("article %d: %w", i, err)
		}
		r.compare(a, x.Extract(doc))
	}
	_, err = io.WriteString(out, diagnoseLabel+"\n"+r.String())
	return err
}

// extractReport tallies the extractor's mistakes on generated articles.
type extractReport struct {
	lex                  *lexicon.Lexicon
	w                    *World
	max                  int // examples kept per category
	people, titles       int // expected
	missedPeople         int
	untitled             int // people written without a title (citizens, people replaced)
	missedUntitled       int
	missedTitles         int
	wrongTitles          int
	inventedPeople       int
	examples             map[string][]string // category → examples
	exampleCount         map[string]int
	articlesWithProblems int
	articles             int
}

func newExtractReport(lex *lexicon.Lexicon, w *World) *extractReport {
	return &extractReport{lex: lex, w: w, max: 12, examples: map[string][]string{}, exampleCount: map[string]int{}}
}

// norm folds a name or title for comparison: token keys, abbreviations
// expanded, "Trưởng ban Ban X" read as "Trưởng Ban X".
func (r *extractReport) norm(s string) string {
	var out []string
	for _, tok := range token.Tokenize(s) {
		if tok.Kind == token.Punct {
			continue // "Văn hóa, Thể thao và Du lịch" is "VH-TT&DL"
		}
		if exp, ok := r.lex.Abbrevs[tok.Key]; ok && tok.AllCaps() {
			out = append(out, exp...)
			continue
		}
		out = append(out, tok.Key)
	}
	j := " " + strings.Join(out, " ") + " "
	for _, dup := range []string{"trưởng ban ban ", "trưởng đoàn đoàn ", "phó trưởng ban ban "} {
		w := strings.Fields(dup)
		j = strings.ReplaceAll(j, " "+dup, " "+strings.Join(w[:len(w)-1], " ")+" ")
	}
	// "Thành ủy TP.HCM" is the Thành ủy of Hồ Chí Minh
	j = strings.ReplaceAll(j, " ủy thành phố hồ chí minh ", " ủy hồ chí minh ")
	// the front committee goes with or without "Việt Nam"
	j = strings.ReplaceAll(j, " mặt trận tổ quốc việt nam ", " mặt trận tổ quốc ")
	return strings.TrimSpace(j)
}

func (r *extractReport) note(cat, example string) {
	r.exampleCount[cat]++
	if len(r.examples[cat]) < r.max {
		r.examples[cat] = append(r.examples[cat], example)
	}
}

func (r *extractReport) compare(a *Article, ex *graph.Extraction) {
	c := &gen{w: r.w}
	want := map[string]map[string]bool{} // name → titles
	names := map[string]string{}
	for _, m := range a.Mentions {
		k := r.norm(m.Person.Name)
		names[k] = m.Person.Name
		if want[k] == nil {
			want[k] = map[string]bool{}
		}
		for _, t := range m.Titles {
			want[k][r.norm(c.title(t, true))] = true
		}
	}
	for _, p := range a.Reporters {
		names[r.norm(p.Name)] = p.Name
	}
	ents := map[string]*graph.Entity{}
	for i := range ex.Entities {
		ents[ex.Entities[i].ID] = &ex.Entities[i]
	}
	got := map[string]map[string]graph.Fact{}
	gotNames := map[string]string{}
	for _, e := range ex.Entities {
		if e.Kind == graph.Person {
			gotNames[r.norm(e.Name)] = e.ID
			if got[r.norm(e.Name)] == nil {
				got[r.norm(e.Name)] = map[string]graph.Fact{}
			}
		}
	}
	sentence := func(f graph.Fact) string {
		t := ex.Article.Text
		if f.Prov.Start >= 0 && f.Prov.End <= len(t) && f.Prov.Start < f.Prov.End {
			return t[f.Prov.Start:f.Prov.End]
		}
		return ""
	}
	firstFact := map[string]graph.Fact{}
	for _, f := range ex.Facts {
		s, ok := ents[f.Subject]
		if !ok || s.Kind != graph.Person {
			continue
		}
		k := r.norm(s.Name)
		if _, ok := firstFact[k]; !ok && f.Relation != graph.Mentions {
			firstFact[k] = f
		}
		if f.Relation != graph.HoldsPosition && f.Relation != graph.ElectedTo {
			continue
		}
		if o, ok := ents[f.Object]; ok {
			got[k][r.norm(o.Name)] = f
		}
	}
	r.articles++
	problem := false
	wantKeys := make([]string, 0, len(want))
	for k := range want {
		wantKeys = append(wantKeys, k)
	}
	sort.Strings(wantKeys) // examples in the same order every run
	for _, k := range wantKeys {
		titles := want[k]
		r.people++
		r.titles += len(titles)
		if len(titles) == 0 {
			r.untitled++
		}
		g, ok := got[k]
		if !ok {
			r.missedPeople++
			cat := "person missed"
			if len(titles) == 0 {
				r.missedUntitled++
				cat = "person without a title missed"
			}
			problem = true
			r.note(cat, fmt.Sprintf("%s in %q", names[k], firstLineWith(a, names[k])))
			continue
		}
		for _, t := range sortedKeys(titles) {
			if _, ok := g[t]; !ok {
				r.missedTitles++
				problem = true
				var have []string
				for h := range g {
					have = append(have, h)
				}
				sort.Strings(have)
				r.note("title missed", fmt.Sprintf("%s: want %q, got %q\n      in %q", names[k], t, have, firstLineWith(a, names[k])))
			}
		}
		for _, t := range sortedKeys(g) {
			if f := g[t]; !titles[t] {
				r.wrongTitles++
				problem = true
				r.note("title not written for this person", fmt.Sprintf("%s: %q (rule %s)\n      in %q", names[k], t, f.Prov.Rule, sentence(f)))
			}
		}
	}
	for _, k := range sortedKeys(gotNames) {
		id := gotNames[k]
		if _, ok := names[k]; ok {
			continue
		}
		r.inventedPeople++
		problem = true
		f := firstFact[k]
		r.note("person not in the article", fmt.Sprintf("%q (rule %s)\n      in %q", ents[id].Name, f.Prov.Rule, sentence(f)))
	}
	if problem {
		r.articlesWithProblems++
	}
}

// firstLineWith returns the first line of the article that holds s,
// however it is spelled.
func firstLineWith(a *Article, s string) string {
	k := token.Key(s)
	if strings.Contains(token.Key(a.Title), k) {
		return a.Title
	}
	for _, l := range a.Lines {
		if strings.Contains(token.Key(l.Text), k) {
			return l.Text
		}
	}
	return ""
}

func (r *extractReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "articles %d; people written %d: missed %d (without a title: %d, missed %d); titles written %d: missed %d; titles not written %d; people invented %d; articles with a problem %d\n",
		r.articles, r.people, r.missedPeople, r.untitled, r.missedUntitled, r.titles, r.missedTitles, r.wrongTitles, r.inventedPeople, r.articlesWithProblems)
	cats := make([]string, 0, len(r.examples))
	for c := range r.examples {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Fprintf(&b, "\n== %s (%d)\n", c, r.exampleCount[c])
		for _, e := range r.examples[c] {
			fmt.Fprintf(&b, "  - %s\n", e)
		}
	}
	return b.String()
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
