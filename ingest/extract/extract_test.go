package extract

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"kg/graph"
	"kg/ingest/document"
	"kg/ingest/lexicon"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

var (
	lexOnce sync.Once
	lexVal  *lexicon.Lexicon
	lexErr  error
)

func testLexicon(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	lexOnce.Do(func() { lexVal, lexErr = lexicon.Default() })
	if lexErr != nil {
		t.Fatal(lexErr)
	}
	return lexVal
}

// docOf makes a document of plain text the way the text reader does: the
// first line is the headline, a line starting with a space is a caption.
func docOf(text string) *document.Document {
	doc := &document.Document{Source: "test.txt"}
	first := true
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		k := document.Unknown
		switch {
		case first:
			k, first = document.Headline, false
		case strings.HasPrefix(line, " "):
			k = document.Caption
		}
		doc.Blocks = append(doc.Blocks, document.Block{Kind: k, Text: strings.TrimSpace(line)})
	}
	return doc
}

// entityNames returns the name of an entity of the extraction by its ID
// ("?ID" for an ID it does not list).
func entityNames(ex *graph.Extraction) func(id string) string {
	names := map[string]*graph.Entity{}
	for i := range ex.Entities {
		names[ex.Entities[i].ID] = &ex.Entities[i]
	}
	return func(id string) string {
		if e, ok := names[id]; ok {
			return e.Name
		}
		return "?" + id
	}
}

// summary is what an extraction says, in lines a person can read and a
// test can compare.
func summary(ex *graph.Extraction) []string {
	name := entityNames(ex)
	var out []string
	for _, e := range ex.Entities {
		switch e.Kind {
		case graph.Person, graph.Organization:
			out = append(out, fmt.Sprintf("%s: %s", e.Kind, e.Name))
		case graph.Event:
			out = append(out, fmt.Sprintf("event: %s [%s]", e.Name, e.Date))
		case graph.Article:
			out = append(out, fmt.Sprintf("article: %q published %q", e.Name, e.Date))
		}
	}
	for _, f := range ex.Facts {
		switch f.Relation {
		case graph.Mentions, graph.LocatedIn, graph.PositionIn:
			continue
		}
		former := ""
		if f.Former {
			former = " (former)"
		}
		out = append(out, fmt.Sprintf("%s -%s-> %s%s", name(f.Subject), f.Relation, name(f.Object), former))
	}
	sort.Strings(out)
	return out
}

// goldenLines lists every entity and every fact of an extraction, each
// fact with the rule that found it and the span of its sentence (or "-"
// when it has none), sorted: a golden shows all that extraction gives,
// so no change to it goes unseen.
func goldenLines(ex *graph.Extraction) []string {
	name := entityNames(ex)
	var out []string
	for _, e := range ex.Entities {
		line := fmt.Sprintf("%s: %s", e.Kind, e.Name)
		if e.Kind == graph.Article {
			line = fmt.Sprintf("article: %q published %q", e.Name, e.Date)
		}
		if !e.Date.IsZero() && e.Kind != graph.Article {
			line += fmt.Sprintf(" [%s]", e.Date)
		}
		if len(e.Aliases) > 0 {
			line += fmt.Sprintf(" aka %q", e.Aliases)
		}
		out = append(out, line)
	}
	for _, f := range ex.Facts {
		line := fmt.Sprintf("%s -%s-> %s", name(f.Subject), f.Relation, name(f.Object))
		if f.Former {
			line += " (former)"
		}
		span := "-"
		if f.Prov.End > 0 {
			span = fmt.Sprintf("%d-%d", f.Prov.Start, f.Prov.End)
		}
		out = append(out, fmt.Sprintf("%s [%s @%s]", line, f.Prov.Rule, span))
	}
	sort.Strings(out)
	return out
}

func extractText(t testing.TB, text string) *graph.Extraction {
	t.Helper()
	return New(testLexicon(t)).Extract(docOf(text))
}

// has reports whether every wanted line is in the summary; the lines
// missing are returned.
func missing(sum []string, want []string) []string {
	set := map[string]bool{}
	for _, s := range sum {
		set[s] = true
	}
	var out []string
	for _, w := range want {
		if !set[w] {
			out = append(out, w)
		}
	}
	return out
}

func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, "../../samples/000_a21479502d55c4f4.txt")
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(goldenLines(extractText(t, string(data))), "\n") + "\n"
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("extraction of %s differs from %s (go test -update rewrites it):\n%s", in, golden, diff(string(want), got))
			}
		})
	}
}

// diff lists the lines only in a and only in b.
func diff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	in := func(l []string) map[string]bool {
		m := map[string]bool{}
		for _, s := range l {
			m[s] = true
		}
		return m
	}
	am, bm := in(al), in(bl)
	var out []string
	for _, s := range al {
		if !bm[s] {
			out = append(out, "- "+s)
		}
	}
	for _, s := range bl {
		if !am[s] {
			out = append(out, "+ "+s)
		}
	}
	return strings.Join(out, "\n")
}

// TestDeterministic: the same article gives the same extraction.
func TestDeterministic(t *testing.T) {
	data, err := os.ReadFile("../../samples/000_a21479502d55c4f4.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := fmt.Sprint(extractText(t, string(data)))
	for range 3 {
		if b := fmt.Sprint(extractText(t, string(data))); a != b {
			t.Fatal("two extractions of one article differ")
		}
	}
}

// TestHashWithoutExtracting: Hash gives the hash Extract gives, from the
// same extractor before and after it extracts, for every test article and
// for a document of several blocks, a headline apart and blank lines.
func TestHashWithoutExtracting(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	inputs, _ := filepath.Glob("testdata/*.txt")
	var docs []*document.Document
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, docOf(string(data)))
	}
	docs = append(docs, &document.Document{Source: "a.html", Title: "Hội nghị Ban Chấp hành Đảng bộ tỉnh",
		Blocks: []document.Block{{Kind: document.Headline, Text: "  Hội nghị Ban Chấp hành Đảng bộ tỉnh "},
			{Kind: document.Paragraph, Text: "Sáng 12/5, Tỉnh ủy Lai Châu tổ chức hội nghị.\n\n  Đồng chí Giàng A Tính dự."},
			{Kind: document.Paragraph, Text: "   "}}})
	x := New(lex)
	seen := map[string]bool{}
	for _, doc := range docs {
		before := x.Hash(doc)
		ex := x.Extract(doc)
		if after := x.Hash(doc); before != ex.Article.Hash || after != ex.Article.Hash {
			t.Errorf("%s: Hash %s before extracting, %s after, Extract %s", doc.Source, before, after, ex.Article.Hash)
		}
		seen[ex.Article.Hash] = true
	}
	if len(seen) != len(docs) {
		t.Errorf("%d hashes for %d articles", len(seen), len(docs))
	}
}

func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.txt")
	seeds = append(seeds, "../../samples/000_a21479502d55c4f4.txt")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(string(data))
		}
	}
	f.Add("Dự có các đồng chí: , ; Chủ tịch\n ")
	f.Add("các Phó Chủ tịch UBND tỉnh gồm: \nÔng")
	f.Add("Kim Động, Khoái Châu\ncác huyện: Kim Động, Khoái Châu và Văn Giang; các xã: Lê Lợi")
	f.Add("P.Vũng Áng\nChủ tịch UBND P.Vũng Áng, X. Hoằng Tiến, TX.Kỳ Anh. TX.")
	f.Add("Trong thư, Tổng Bí thư\nThư chúc mừng của Chủ tịch nước. Trong thư,")
	f.Add("gồm:\ntuyên án 2 cựu Phó Chủ tịch UBND xã X, gồm: Y Sa (29 tuổi), Y Blin (SN")
	lex, err := lexicon.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ex := New(lex).Extract(docOf(text))
		if h := New(lex).Hash(docOf(text)); h != ex.Article.Hash {
			t.Fatalf("Hash %s, the extraction's %s", h, ex.Article.Hash)
		}
		ids := map[string]bool{}
		for _, e := range ex.Entities {
			if e.ID == "" || ids[e.ID] {
				t.Fatalf("entity ID %q empty or repeated", e.ID)
			}
			ids[e.ID] = true
			if !utf8.ValidString(e.Name) {
				t.Fatalf("invalid UTF-8 in name %q", e.Name)
			}
		}
		for _, f := range ex.Facts {
			if !ids[f.Subject] || !ids[f.Object] {
				t.Fatalf("fact %v names an entity not extracted", f)
			}
			if f.Prov.Start < 0 || f.Prov.End > len(ex.Article.Text) || f.Prov.Start > f.Prov.End {
				t.Fatalf("fact %v: span %d:%d outside the text (%d bytes)", f, f.Prov.Start, f.Prov.End, len(ex.Article.Text))
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob("testdata/*.txt")
	paths = append(paths, "../../samples/000_a21479502d55c4f4.txt")
	var docs []*document.Document
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		size += len(data)
		docs = append(docs, docOf(string(data)))
	}
	x := New(testLexicon(b))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ReportMetric(float64(len(docs)), "articles/op")
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d)
		}
	}
}

func TestSortUniq(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	type pair struct{ k, v int }
	for n := range 40 {
		s := make([]pair, n)
		first := map[int]int{}
		for i := range s {
			s[i] = pair{r.IntN(n/2 + 1), i}
			if _, ok := first[s[i].k]; !ok {
				first[s[i].k] = i
			}
		}
		got := sortUniq(s, func(x, y *pair) int { return x.k - y.k })
		if len(got) != len(first) {
			t.Fatalf("sortUniq of %d elements kept %d of %d keys", n, len(got), len(first))
		}
		for i, p := range got {
			if i > 0 && got[i-1].k >= p.k || first[p.k] != p.v {
				t.Fatalf("sortUniq of %d elements = %v", n, got)
			}
		}
	}
}

func TestJoinTitle(t *testing.T) {
	for _, tt := range []struct{ role, org, want string }{
		{"Trưởng ban", "Ban Tổ chức Trung ương", "Trưởng Ban Tổ chức Trung ương"},
		{"Chánh Văn phòng", "Văn phòng UBND tỉnh", "Chánh Văn phòng UBND tỉnh"},
		{"Phó Trưởng ban Tổ chức", "Ban Tổ chức Tỉnh ủy", "Phó Trưởng Ban Tổ chức Tỉnh ủy"},
		{"Bí thư", "Tỉnh ủy Hà Nam", "Bí thư Tỉnh ủy Hà Nam"},
		{"Chủ tịch", "Chủ tịch", "Chủ tịch Chủ tịch"},
		{"Trưởng  ban", "Ban\tTổ chức", "Trưởng Ban\tTổ chức"},
		{"", "Ban", " Ban"},
		{"Giám đốc", "", "Giám đốc "},
	} {
		if got := joinTitle(tt.role, tt.org); got != tt.want {
			t.Errorf("joinTitle(%q, %q) = %q, want %q", tt.role, tt.org, got, tt.want)
		}
		if got := joinFields(tt.role, tt.org); got != tt.want {
			t.Errorf("joinFields(%q, %q) = %q, want %q", tt.role, tt.org, got, tt.want)
		}
	}
}

func TestCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "Đại hội", "  Đại  hội\tlần\u00a0thứ  ", "a", "\xff b", "Hội nghị lần thứ 8 "} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}
