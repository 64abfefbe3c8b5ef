package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileArticle is a report in the genre whose headline, event name,
// organizations and sentences carry what breaks writers: quotes,
// backslashes, markup, CDATA ends, ampersands, control characters, a
// right-to-left override, a 10,000-character word, and sentences and a
// headline that start as spreadsheet formulas.
func hostileArticle() string {
	r := strings.NewReplacer(
		"{RLO}", "\u202e", "{PDF}", "\u202c",
		"{LONG}", "Ngô"+strings.Repeat("X", 10000),
		"{CTL}", "\x01\x1b[31m\x7f\u0085\u2028\u200f\ufeff",
		"{BEL}", "\x07",
	)
	return r.Replace(`=cmd|' /C calc'!A0 Hội thảo "<script>alert(1)</script> & ]]> C:\temp\ 'q' {RLO}evil{PDF}" tại Bắc Ninh

Ngày 5 tháng 3 năm 2024, Sở Tư pháp tỉnh Bắc Ninh tổ chức Hội thảo khoa học "<script>alert(1)</script> & ]]> C:\temp\ 'q' {RLO}evil{PDF}".

- Hội thảo do đồng chí Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Bắc Ninh chủ trì.

+ Tham dự có ông Trần Văn Bình, Tổng Biên tập Báo Tiền Phong; bà Lê Thị Cúc, Chủ tịch Công ty {LONG}; ông Phạm Văn Dũng, Giám đốc Công ty Hòa Bình {CTL}.

@ Phát biểu tại hội thảo, ông Bình nhấn mạnh giá trị của pháp luật {BEL} "trích dẫn \ gạch".

=SUM(A1) Các đại biểu đề nghị tỉnh tiếp tục hoàn thiện thể chế.

Thành Chung
`)
}

// The hostile names the extractor keeps, as the store gives them back.
const (
	hostileEvent = `Hội thảo khoa học "<script>alert(1)</script> & ]]> C:\temp\ 'q' evil"`
	hostileTitle = `=cmd|' /C calc'!A0 Hội thảo "<script>alert(1)</script> & ]]> C:\temp\ 'q' evil" tại Bắc Ninh`
)

// TestHostileText feeds the hostile article through ingest, every export
// and every query output, and reads each back with a real parser.
func TestHostileText(t *testing.T) {
	e := newEnv(t)
	src := e.write("hostile.txt", []byte(hostileArticle()))
	r := e.must("ingest", "-v", src)
	for _, l := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n") {
		if f := strings.Split(l, "\t"); len(f) != 5 || f[0] != "added" {
			t.Errorf("ingest line %q: want 5 tab-separated fields", l)
		}
	}

	// the names are kept, and come back the same from search
	var found []SearchRow
	decode(t, e.must("query", "search", "hoi thao", "--format", "json"), &found)
	names := map[string]string{}
	for _, f := range found {
		names[f.Kind] = f.Name
	}
	if names["event"] != hostileEvent || names["article"] != hostileTitle {
		t.Fatalf("search found %q\nwant the event %q and the article %q", names, hostileEvent, hostileTitle)
	}

	t.Run("jsonld", func(t *testing.T) {
		g := readJSONLD(t, []byte(e.must("export", "--format", "jsonld").stdout))
		if _, ok := g.events[hostileEvent]; !ok {
			t.Errorf("event %q not in the JSON-LD; events: %q", hostileEvent, keys(g.events))
		}
		long := false
		for _, o := range g.orgs {
			long = long || len(o) > 10000
		}
		if !long {
			t.Error("the organization with a 10,000-character name is not in the JSON-LD")
		}
		for _, p := range []string{"Nguyễn Văn An", "Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng"} {
			if _, ok := g.persons[p]; !ok {
				t.Errorf("%s is not in the JSON-LD", p)
			}
		}
		readJSONLD(t, []byte(e.must("export", "--format", "jsonld", "--compact", "--focus", "hoi thao khoa hoc", "--depth", "2").stdout))
	})

	t.Run("dot", func(t *testing.T) {
		for _, args := range [][]string{{"--articles"}, {}, {"--focus", "Lê Thị Cúc", "--depth", "2"}} {
			out := e.must(append([]string{"export", "--format", "dot"}, args...)...).stdout
			checkNoControls(t, "dot", out, true)
			if !strings.Contains(out, `C:\\temp\\`) {
				t.Error(`dot: the backslashes of C:\temp\ are not escaped`)
			}
			checkDOT(t, out)
		}
	})

	t.Run("svg", func(t *testing.T) {
		if testing.Short() {
			t.Skip("builds kg-svg; skipped with -short")
		}
		withSVG(t)
		out := []byte(e.must("export", "--format", "svg", "--articles").stdout)
		checkXML(t, out)
		if bytes.Contains(out, []byte("<script")) {
			t.Error("svg: a <script> element")
		}
	})

	queries := [][]string{
		{"attendees", "hoi thao khoa hoc", "--why"},
		{"events", "Trần Văn Bình", "--why"},
		{"positions", "Lê Thị Cúc", "--why"},
		{"members", "Công ty " + "Ngô" + strings.Repeat("X", 10000), "--why"},
		{"path", "Nguyễn Văn An", "Lê Thị Cúc", "--why"},
		{"path", "Nguyễn Văn An", "Lê Thị Cúc"},
		{"neighbors", "Lê Thị Cúc", "--depth", "2"},
		{"search", "hoi thao"},
		{"search", "cmd calc"},
		{"why-same", "Trần Văn Bình"},
	}
	for _, q := range queries {
		name := strings.Join(q, " ")
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(name, func(t *testing.T) {
			table := e.must(append([]string{"query"}, q...)...).stdout
			checkNoControls(t, "table", table, false)
			for _, l := range strings.Split(table, "\n") {
				if n := utf8.RuneCountInString(l); n > 1000 {
					t.Errorf("table line of %d characters: cells are not cut", n)
				}
			}

			var rows []map[string]any
			out := e.must(append([]string{"query", "--format", "json"}, q...)...).stdout
			if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) == 0 {
				t.Errorf("json: %v (%d rows)", err, len(rows))
			}

			out = e.must(append([]string{"query", "--format", "csv"}, q...)...).stdout
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(recs) < 2 {
				t.Fatalf("csv: %v (%d records)", err, len(recs))
			}
			for _, rec := range recs {
				for _, cell := range rec {
					if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
						t.Errorf("csv cell starts with %q: %.60q", cell[0], cell)
					}
				}
			}
		})
	}

	// the formula-like text is still there, quoted, where a reader of the
	// CSV looks for it
	out := e.must("query", "attendees", "hoi thao khoa hoc", "--why", "--format", "csv").stdout
	for _, want := range []string{`'=cmd|' /C calc'!A0`, "'- Hội thảo do", "'+ Tham dự có"} {
		if !strings.Contains(out, want) {
			t.Errorf("csv: %q missing", want)
		}
	}
}

// checkNoControls fails on control characters and bidirectional
// controls in s; tabs are allowed in DOT (as layout), never in tables.
func checkNoControls(t *testing.T, what, s string, tabs bool) {
	t.Helper()
	for i, r := range s {
		bad := r < 0x20 && r != '\n' && !(tabs && r == '\t') ||
			r == 0x7f || r >= 0x80 && r < 0xa0 ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f ||
			r == 0x2028 || r == 0x2029 || r == utf8.RuneError
		if bad {
			t.Errorf("%s: character %U at byte %d: %.80q", what, r, i, s[max(0, i-40):])
			return
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
