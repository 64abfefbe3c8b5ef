package html

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"kg/export/internal/testgraph"
	"kg/graph"
)

// parts cuts a written page into its CSP, its data and its scripts.
type parts struct {
	csp     string
	data    string
	scripts []string
	styles  []string
}

var (
	cspRe    = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	dataRe   = regexp.MustCompile(`(?s)<script type="application/json" id="kg-data">(.*?)</script>`)
	scriptRe = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	styleRe  = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
)

func split(t *testing.T, page string) parts {
	t.Helper()
	var p parts
	if m := cspRe.FindStringSubmatch(page); m != nil {
		p.csp = strings.ReplaceAll(m[1], "&#39;", "'")
	}
	if m := dataRe.FindStringSubmatch(page); m != nil {
		p.data = m[1]
	}
	for _, m := range scriptRe.FindAllStringSubmatch(page, -1) {
		p.scripts = append(p.scripts, m[1])
	}
	for _, m := range styleRe.FindAllStringSubmatch(page, -1) {
		p.styles = append(p.styles, m[1])
	}
	if p.csp == "" || p.data == "" || len(p.scripts) != 2 || len(p.styles) != 1 {
		t.Fatalf("page: csp %q, %d bytes of data, %d scripts, %d styles", p.csp, len(p.data), len(p.scripts), len(p.styles))
	}
	return p
}

func hashOf(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// TestWrite writes the small graph and the hostile one: the page runs its
// two scripts only (their hashes are the CSP's), its data is JSON that no
// text can close, and every entity is listed and in the data.
func TestWrite(t *testing.T) {
	for name, g := range map[string]*graph.Graph{"small": testgraph.Small(t), "hostile": testgraph.Hostile(t)} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			article := func(id string) (*graph.ArticleMeta, error) {
				return &graph.ArticleMeta{Title: `<script>window.pwned=1</script>`, Text: strings.Repeat("Câu </script> thử. ", 40)}, nil
			}
			ents := g.Entities(graph.Person)
			if err := Write(&buf, g, Options{Focus: []string{ents[0].ID}, Article: article}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			p := split(t, page)
			for _, s := range p.scripts {
				if !strings.Contains(p.csp, "script-src") || !strings.Contains(p.csp, hashOf(s)) {
					t.Errorf("the CSP %q does not allow a script of the page by its hash", p.csp)
				}
			}
			if !strings.Contains(p.csp, hashOf(p.styles[0])) || !strings.Contains(p.csp, "connect-src 'none'") {
				t.Errorf("CSP %q", p.csp)
			}
			if strings.ContainsAny(p.data, "<>") {
				t.Error("the data holds < or >")
			}
			var v View
			if err := json.Unmarshal([]byte(p.data), &v); err != nil {
				t.Fatalf("data: %v", err)
			}
			if len(v.Focus) != 1 || v.Focus[0] != ents[0].ID {
				t.Errorf("focus %v", v.Focus)
			}
			drawn := 0
			for _, e := range g.Entities() {
				if e.Kind != graph.Article {
					drawn++
				}
			}
			if len(v.Nodes) != drawn || strings.Count(page, `class="kg-item kind-`) != drawn {
				t.Errorf("%d nodes in the data, %d listed, want %d", len(v.Nodes), strings.Count(page, `class="kg-item kind-`), drawn)
			}
			evidence := 0
			for _, e := range v.Edges {
				for _, f := range e.Facts {
					if f.Evidence != nil && f.Evidence.Headline != "" {
						evidence++
					}
				}
			}
			if evidence == 0 {
				t.Error("no evidence in the data")
			}
			if strings.Contains(page, "<script>window") || strings.Contains(page, "<script>alert") {
				t.Error("a hostile text is markup in the page")
			}
		})
	}
}

func TestNewEvidence(t *testing.T) {
	text := "Đầu bài. Hội nghị do ông Lê Văn Tám chủ trì. Cuối bài."
	start := strings.Index(text, "Hội")
	end := strings.Index(text, " Cuối")
	a := &graph.ArticleMeta{Title: "Tin", Published: graph.Date{Year: 2024, Month: 1, Day: 2}, Text: text}
	for _, tc := range []struct {
		name       string
		start, end int
		sentence   string
	}{
		{"the span", start, end, "Hội nghị do ông Lê Văn Tám chủ trì."},
		{"past the end", start, len(text) + 5, ""},
		{"backward", end, start, ""},
		{"negative", -1, 3, ""},
	} {
		ev := NewEvidence(graph.Fact{Prov: graph.Provenance{Article: "article:x", Start: tc.start, End: tc.end}}, a)
		if ev.Sentence != tc.sentence || ev.Headline != "Tin" || ev.Published != "2024-01-02" {
			t.Errorf("%s: %+v", tc.name, ev)
		}
		if tc.sentence != "" && ev.Before+ev.Sentence+ev.After != text {
			t.Errorf("%s: context %q + %q + %q", tc.name, ev.Before, ev.Sentence, ev.After)
		}
	}
}

// FuzzWrite writes a graph of any names: no error, and the data stays
// inside its element.
func FuzzWrite(f *testing.F) {
	for _, s := range testgraph.HostileNames() {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, name, sentence string) {
		g := graph.New()
		g.AddEntity(graph.Entity{ID: "person:" + name, Kind: graph.Person, Name: name})
		g.AddEntity(graph.Entity{ID: "event:" + name, Kind: graph.Event, Name: name, Text: name})
		if err := g.AddFact(graph.Fact{Subject: "person:" + name, Relation: graph.Attended, Object: "event:" + name,
			Prov: graph.Provenance{Article: "article:a", Start: 0, End: len(sentence)}}); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		err := Write(&buf, g, Options{Focus: []string{"person:" + name}, Article: func(string) (*graph.ArticleMeta, error) {
			return &graph.ArticleMeta{Title: name, Text: sentence}, nil
		}})
		if err != nil {
			t.Fatal(err)
		}
		p := split(t, buf.String())
		if strings.ContainsAny(p.data, "<>") {
			t.Fatalf("data holds < or >: %q", p.data)
		}
	})
}
