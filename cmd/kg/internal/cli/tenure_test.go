package cli

import (
	"encoding/json"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
)

// successionArticles are three articles of one province: a Bí thư Tỉnh ủy
// in 2021, another in 2023, and in 2024 the first named as a former one.
func successionArticles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/succession/*.txt")
	if err != nil || len(files) != 3 {
		t.Fatalf("testdata/succession: %v %v", files, err)
	}
	return files
}

// TestSuccession: a later article naming another holder of a post one
// person holds at a time ends the earlier holder's tenure there, with
// --why pointing at that article; a "nguyên" statement ends a post and
// starts none.
func TestSuccession(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.must(append([]string{"ingest", "-q"}, successionArticles(t)...)...)
	position := func(person string) []PositionRow {
		var rows []PositionRow
		decode(t, e.must("query", "positions", person, "--why", "--format", "json"), &rows)
		return rows
	}
	first := position("Hà Quang Vĩnh")
	if len(first) != 1 {
		t.Fatalf("Hà Quang Vĩnh: %+v, want one position", first)
	}
	if r := first[0]; r.Position != "Bí thư Tỉnh ủy Lạng Sơn" || r.Status != "former" || r.Since != "2021-12-28" ||
		r.Until != "2023-07-14" || r.Successor != "Nông Đức Khải" || r.Why == nil ||
		!strings.Contains(r.Why.Sentence, "Nông Đức Khải") || r.Why.Article != "Tỉnh ủy Lạng Sơn sơ kết 6 tháng đầu năm 2023" {
		t.Errorf("Hà Quang Vĩnh: %+v, want former until 2023-07-14, succeeded by Nông Đức Khải, why the 2023 article", r)
	}
	for _, r := range position("Nông Đức Khải") {
		if r.Status != "current" || r.Until != "" {
			t.Errorf("Nông Đức Khải: %+v, want current", r)
		}
	}
	// a deputy is not succeeded; the 2024 "nguyên" ends it
	deputy := position("Lộc Thị Ngân")
	if len(deputy) != 1 || deputy[0].Status != "former" || deputy[0].Since != "2021-12-28" || deputy[0].Until != "2024-02-03" || deputy[0].Successor != "" {
		t.Errorf("Lộc Thị Ngân: %+v, want former by her own 2024 statement, since 2021-12-28", deputy)
	}
	// without the lexicon's sole mark, no succession: the post ends only
	// with the 2024 "nguyên"
	lex := e.write("lex/titles.txt", []byte("Bí thư\n"))
	var rows []PositionRow
	decode(t, e.must("--lexicon", filepath.Dir(lex), "query", "positions", "Hà Quang Vĩnh", "--format", "json"), &rows)
	if len(rows) != 1 || rows[0].Until != "2024-02-03" || rows[0].Successor != "" {
		t.Errorf("with Bí thư not sole: %+v, want former until 2024-02-03, no successor", rows)
	}
}

// TestTenuresAgree: every role of the JSON-LD export has the dates that
// "query positions" gives (kg:heldOn = since; kg:leftBy present exactly
// when the status is former, and = until; no schema endDate), and "query
// members" gives the same since, until and status.
func TestTenuresAgree(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.must(append(append([]string{"ingest", "-q"}, corpus(t)...), successionArticles(t)...)...)
	var doc struct {
		Graph []struct {
			ID       string `json:"@id"`
			Type     string `json:"@type"`
			MemberOf []struct {
				ID      string    `json:"@id"`
				HeldOn  typedDate `json:"kg:heldOn"`
				LeftBy  typedDate `json:"kg:leftBy"`
				EndDate typedDate `json:"endDate"`
			} `json:"memberOf"`
		} `json:"@graph"`
	}
	if err := json.Unmarshal([]byte(e.must("export", "--format", "jsonld").stdout), &doc); err != nil {
		t.Fatal(err)
	}
	roles, checked := 0, map[string]bool{}
	for _, n := range doc.Graph {
		if n.Type != "Person" || len(n.MemberOf) == 0 {
			continue
		}
		person, err := url.PathUnescape(strings.TrimPrefix(n.ID, "urn:kg:"))
		if err != nil {
			t.Fatal(err)
		}
		var rows []PositionRow
		decode(t, e.must("query", "positions", person, "--format", "json"), &rows)
		byPos := map[string]PositionRow{}
		for _, r := range rows {
			byPos[r.PositionID] = r
		}
		for _, role := range n.MemberOf {
			_, pos, _ := strings.Cut(role.ID, "/")
			pos, err := url.PathUnescape(pos)
			if err != nil {
				t.Fatal(err)
			}
			r, ok := byPos[pos]
			if !ok {
				t.Errorf("%s: role %s has no row in positions", person, pos)
				continue
			}
			roles++
			if string(role.HeldOn) != r.Since || (role.LeftBy != "") != (r.Status == "former" && r.Until != "") || string(role.LeftBy) != r.Until || role.EndDate != "" {
				t.Errorf("%s %s: JSON-LD %s–%s (endDate %q), positions since %q until %q %s", person, pos, role.HeldOn, role.LeftBy, role.EndDate, r.Since, r.Until, r.Status)
			}
			if r.OrganizationID == "" || checked[r.OrganizationID] {
				continue
			}
			checked[r.OrganizationID] = true
			var members []MemberRow
			decode(t, e.must("query", "members", r.OrganizationID, "--format", "json"), &members)
			for _, m := range members {
				if m.PersonID != person || m.PositionID != pos {
					continue
				}
				if m.Since != r.Since || m.Until != r.Until || m.Status != r.Status {
					t.Errorf("%s %s: members %s–%s %s, positions %s–%s %s", person, pos, m.Since, m.Until, m.Status, r.Since, r.Until, r.Status)
				}
			}
		}
	}
	if roles < 40 {
		t.Errorf("%d roles compared: the corpus should give more", roles)
	}
}

// typedDate is a JSON-LD date: a typed literal {"@value", "@type"}, or a
// plain string.
type typedDate string

func (d *typedDate) UnmarshalJSON(b []byte) error {
	var typed struct {
		Value string `json:"@value"`
	}
	if err := json.Unmarshal(b, &typed); err == nil {
		*d = typedDate(typed.Value)
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = typedDate(s)
	return nil
}

// TestPositionSources: a table names a holding's first two sources and
// how many there are; CSV names them all; JSON gives their IDs.
func TestPositionSources(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.must(append([]string{"ingest", "-q"}, successionArticles(t)...)...)
	var rows []PositionRow
	decode(t, e.must("query", "positions", "Lộc Thị Ngân", "--format", "json"), &rows)
	if len(rows) != 1 || len(rows[0].Sources) != 3 {
		t.Fatalf("Lộc Thị Ngân: %+v, want one position stated by the three articles", rows)
	}
	table := e.must("query", "positions", "Lộc Thị Ngân").stdout
	if !strings.Contains(table, "  3 articles: ") || strings.Count(table, "; ") != 1 {
		t.Errorf("table:\n%s\nwant the count of articles and two titles", table)
	}
	csv := e.must("query", "positions", "Lộc Thị Ngân", "--format", "csv").stdout
	for _, title := range []string{"Gặp mặt cán bộ lão thành tỉnh Lạng Sơn", "Tỉnh ủy Lạng Sơn sơ kết 6 tháng đầu năm 2023"} {
		if !strings.Contains(csv, title) {
			t.Errorf("csv:\n%s\nwant every title, %q among them", csv, title)
		}
	}
}
