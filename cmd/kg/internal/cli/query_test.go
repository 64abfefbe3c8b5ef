package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestQueryGolden runs every query, as a table, JSON and (for some) CSV,
// with and without --why, on a store of the corpus, and compares exit
// status, standard output and standard error with testdata/query/*.golden.
func TestQueryGolden(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	tests := []struct {
		name string
		args []string
	}{
		{"attendees", []string{"attendees", "dai hoi"}},
		{"attendees-json", []string{"attendees", "dai hoi", "--format", "json"}},
		{"attendees-why", []string{"attendees", "dai hoi", "--why"}},
		{"attendees-why-json", []string{"attendees", "dai hoi", "--why", "--format", "json"}},
		{"attendees-csv", []string{"attendees", "dai hoi", "--format", "csv"}},
		{"attendees-why-csv", []string{"attendees", "dai hoi", "--why", "--format", "csv"}},
		{"events", []string{"events", "nguyen duc chung"}},
		{"events-json", []string{"events", "nguyen duc chung", "--format", "json"}},
		{"events-why", []string{"events", "nguyen the hung", "--why"}},
		{"events-why-json", []string{"events", "nguyen the hung", "--why", "--format", "json"}},
		{"positions", []string{"positions", "Phùng Khải Lợi"}},
		{"positions-json", []string{"positions", "Phùng Khải Lợi", "--format", "json"}},
		{"positions-why", []string{"positions", "Phùng Khải Lợi", "--why"}},
		{"positions-why-json", []string{"positions", "Phùng Khải Lợi", "--why", "--format", "json"}},
		{"positions-former", []string{"positions", "Nguyễn Minh Triết"}},
		{"members", []string{"members", "UBND thanh pho Ha Noi"}},
		{"members-json", []string{"members", "UBND thanh pho Ha Noi", "--format", "json"}},
		{"members-why", []string{"members", "HĐND thành phố Hà Nội", "--why"}},
		{"members-why-json", []string{"members", "HĐND thành phố Hà Nội", "--why", "--format", "json"}},
		{"path", []string{"path", "Vũ Đăng Định", "Nguyễn Đức Chung"}},
		{"path-json", []string{"path", "Vũ Đăng Định", "Nguyễn Đức Chung", "--format", "json"}},
		{"path-why", []string{"path", "Vũ Đăng Định", "Nguyễn Đức Chung", "--why"}},
		{"path-why-json", []string{"path", "Vũ Đăng Định", "Nguyễn Đức Chung", "--why", "--format", "json"}},
		{"path-long", []string{"path", "Vũ Đăng Định", "Phó Chủ tịch HĐND thành phố Hà Nội"}},
		{"neighbors", []string{"neighbors", "Nguyễn Đức Chung"}},
		{"neighbors-depth2", []string{"neighbors", "Nguyễn Đức Chung", "--depth", "2"}},
		{"neighbors-json", []string{"neighbors", "Nguyễn Đức Chung", "--format", "json"}},
		{"search", []string{"search", "hà nội"}},
		{"search-json", []string{"search", "hà nội", "--format", "json"}},
		{"search-csv", []string{"search", "hà nội", "--format", "csv"}},
		{"why-same", []string{"why-same", "Nguyễn Thế Hùng"}},
		{"why-same-json", []string{"why-same", "Nguyễn Thế Hùng", "--format", "json"}},
		{"why-same-one-article", []string{"why-same", "Vũ Đăng Định"}},
		{"all", []string{"positions", "Nguyễn Đức", "--all"}},
		{"ambiguous", []string{"positions", "Nguyễn"}},
		{"no-match", []string{"events", "Không Có Ai"}},
		{"no-match-json", []string{"events", "Không Có Ai", "--format", "json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.kg(append([]string{"query"}, tt.args...)...)
			golden(t, "query/"+tt.name, []byte(stable(r.String(), e.dir)))
		})
	}
}

// TestQueryAnswers checks what the issue asks of each query, whatever the
// golden files say.
func TestQueryAnswers(t *testing.T) {
	t.Parallel()
	e := richStore(t)

	t.Run("attendees of the congress", func(t *testing.T) {
		var rows []AttendeeRow
		decode(t, e.must("query", "attendees", "dai hoi", "--format", "json"), &rows)
		var people []string
		for _, r := range rows {
			if !strings.HasPrefix(r.Event, "Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội") {
				t.Errorf("event %q, want the congress of the seed", r.Event)
			}
			people = append(people, r.Person)
		}
		slices.Sort(people)
		want := []string{"Nguyễn Doãn Toản", "Nguyễn Thế Hùng", "Nguyễn Đức Chung", "Phùng Khải Lợi", "Vũ Đăng Định"}
		if !slices.Equal(people, want) {
			t.Errorf("attendees %q, want %q", people, want)
		}
	})

	t.Run("events of a person", func(t *testing.T) {
		var rows []EventRow
		decode(t, e.must("query", "events", "nguyen duc chung", "--format", "json"), &rows)
		found := false
		for _, r := range rows {
			found = found || strings.HasPrefix(r.Event, "Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội") && r.Date == "2020-05-16"
		}
		if !found {
			t.Errorf("events of Nguyễn Đức Chung %+v: no congress of 2020-05-16", rows)
		}
	})

	t.Run("position with its organization", func(t *testing.T) {
		var rows []PositionRow
		decode(t, e.must("query", "positions", "Phùng Khải Lợi", "--format", "json"), &rows)
		found := false
		for _, r := range rows {
			found = found || r.Position == "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan thành phố Hà Nội" &&
				r.Organization == "Đảng ủy Khối các cơ quan thành phố Hà Nội" && r.Status == "current"
		}
		if !found {
			t.Errorf("positions of Phùng Khải Lợi %+v: not his party position with its organization", rows)
		}
	})

	t.Run("path prints a chain", func(t *testing.T) {
		r := e.must("query", "path", "Vũ Đăng Định", "Nguyễn Đức Chung")
		line := strings.TrimSuffix(r.stdout, "\n")
		if strings.Contains(line, "\n") || !strings.HasPrefix(line, "Vũ Đăng Định ") || !strings.HasSuffix(line, " Nguyễn Đức Chung") {
			t.Errorf("path: %q, want one line from Vũ Đăng Định to Nguyễn Đức Chung", r.stdout)
		}
		var steps []PathStep
		decode(t, e.must("query", "path", "Vũ Đăng Định", "Nguyễn Đức Chung", "--format", "json", "--why"), &steps)
		for i, s := range steps {
			if i > 0 && s.FromID != steps[i-1].ToID {
				t.Errorf("step %d starts at %s, the step before ends at %s", s.Step, s.FromID, steps[i-1].ToID)
			}
			if s.Why == nil || s.Why.Sentence == "" {
				t.Errorf("step %d: no sentence with --why", s.Step)
			}
		}
		if len(steps) == 0 || steps[0].From != "Vũ Đăng Định" || steps[len(steps)-1].To != "Nguyễn Đức Chung" {
			t.Errorf("path steps %+v", steps)
		}
	})

	t.Run("neighbors --direct leaves out articles and places", func(t *testing.T) {
		var all, direct []NeighborRow
		decode(t, e.must("query", "neighbors", "Nguyễn Đức Chung", "--depth", "2", "--limit", "0", "--format", "json"), &all)
		decode(t, e.must("query", "neighbors", "Nguyễn Đức Chung", "--depth", "2", "--limit", "0", "--direct", "--format", "json"), &direct)
		dist := map[string]int{}
		for _, r := range all {
			dist[r.ID] = r.Distance
		}
		for _, r := range direct {
			if r.Kind == "article" || r.Kind == "place" {
				t.Errorf("--direct lists %s %s", r.Kind, r.ID)
			}
			if d, ok := dist[r.ID]; !ok || d > r.Distance {
				t.Errorf("--direct: %s at %d, without it at %d (%v)", r.ID, r.Distance, d, ok)
			}
		}
		if len(direct) == 0 || len(direct) >= len(all) {
			t.Errorf("--direct: %d neighbors, %d without it", len(direct), len(all))
		}
	})

	t.Run("neighbors: nearest and most linked first, at most --limit", func(t *testing.T) {
		var all, few []NeighborRow
		decode(t, e.must("query", "neighbors", "Nguyễn Đức Chung", "--depth", "2", "--limit", "0", "--format", "json"), &all)
		r := e.must("query", "neighbors", "Nguyễn Đức Chung", "--depth", "2", "--limit", "5", "--format", "json")
		decode(t, r, &few)
		if len(all) <= 5 || !slices.Equal(few, all[:5]) {
			t.Fatalf("--limit 5: %+v, want the first 5 of %d", few, len(all))
		}
		if want := fmt.Sprintf("kg: %d entities lie within 2 hops of Nguyễn Đức Chung; the 5 nearest", len(all)); !strings.HasPrefix(r.stderr, want) {
			t.Errorf("stderr %q, want it to start with %q", r.stderr, want)
		}
		for i := 1; i < len(all); i++ {
			a, b := all[i-1], all[i]
			if a.Distance > b.Distance || a.Distance == b.Distance && a.Articles < b.Articles {
				t.Errorf("%+v before %+v", a, b)
			}
		}
		if all[0].Articles < 2 {
			t.Errorf("the most linked neighbor %+v: want one that two or more articles link", all[0])
		}
		if r := e.kg("query", "neighbors", "Nguyễn Đức Chung", "--limit", "-1"); r.code != 2 {
			t.Errorf("--limit -1: exit %d, want 2", r.code)
		}
	})

	t.Run("no match exits 1", func(t *testing.T) {
		for _, args := range [][]string{
			{"attendees", "Hội nghị không có thật"},
			{"events", "Không Có Ai"},
			{"positions", "Không Có Ai"},
			{"members", "Bộ Không Có"},
			{"neighbors", "Không Có Ai"},
			{"search", "zzzz"},
			{"why-same", "Không Có Ai"},
			{"path", "Vũ Đăng Định", "Không Có Ai"},
			{"events", "Không Có Ai", "--format", "json"},
			{"events", "Không Có Ai", "--format", "csv"},
		} {
			r := e.kg(append([]string{"query"}, args...)...)
			if r.code != ExitNoMatch || r.stdout != "" || !oneLine(r.stderr) {
				t.Errorf("query %q: %v\nwant exit 1, nothing on stdout and one line on stderr", args, r)
			}
		}
	})

	t.Run("ambiguous name exits 2 and lists candidates", func(t *testing.T) {
		r := e.kg("query", "positions", "Nguyễn")
		if r.code != ExitUsage || r.stdout != "" {
			t.Fatalf("%v, want exit 2", r)
		}
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		if len(lines) < 3 || !strings.Contains(lines[0], "--all") {
			t.Fatalf("stderr %q: want a line naming --all, then the candidates", r.stderr)
		}
		for _, name := range []string{"Nguyễn Đức Chung", "Nguyễn Thế Hùng", "Nguyễn Doãn Toản"} {
			if !strings.Contains(r.stderr, "  person  "+name+" ") || !strings.Contains(r.stderr, "  person:"+strings.ToLower(name)+"\n") {
				t.Errorf("candidate %s not listed with its ID:\n%s", name, r.stderr)
			}
		}

		// --all answers for every candidate
		var rows []PositionRow
		decode(t, e.must("query", "positions", "Nguyễn", "--all", "--format", "json"), &rows)
		people := map[string]bool{}
		for _, r := range rows {
			people[r.Person] = true
		}
		if len(people) != len(lines)-1 {
			t.Errorf("--all answered for %d people, %d candidates were listed", len(people), len(lines)-1)
		}
	})

	t.Run("csv parses and has one record a row", func(t *testing.T) {
		r := e.must("query", "attendees", "dai hoi", "--format", "csv", "--why")
		recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 6 || !slices.Equal(recs[0], []string{"EVENT", "DATE", "PERSON", "ROLE", "POSITION", "ARTICLE", "SENTENCE"}) {
			t.Errorf("csv records %q", recs)
		}
	})
}

// TestHomonyms: two people who share a name are listed apart, each with
// what tells them apart and an ID, by which a query names one of them.
func TestHomonyms(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.must("ingest", "-q", "testdata/homonyms/nghe-an.txt", "testdata/homonyms/ca-mau.txt")
	r := e.kg("query", "positions", "Lương Văn Thịnh")
	if r.code != ExitUsage || r.stdout != "" {
		t.Fatalf("%v, want exit 2", r)
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")[1:] {
		if i := strings.Index(l, "person:"); i >= 0 {
			ids = append(ids, l[i:])
		}
	}
	if len(ids) != 2 || !strings.Contains(r.stderr, "Giám đốc Sở Nội vụ tỉnh Nghệ An") || !strings.Contains(r.stderr, "Bí thư Huyện ủy Năm Căn") {
		t.Fatalf("candidates %q:\n%s", ids, r.stderr)
	}
	var orgs []string
	for _, id := range ids {
		var rows []PositionRow
		decode(t, e.must("query", "positions", id, "--format", "json"), &rows)
		if len(rows) != 1 || rows[0].PersonID != id {
			t.Errorf("positions of %s: %+v", id, rows)
			continue
		}
		orgs = append(orgs, rows[0].Organization)
	}
	slices.Sort(orgs)
	if want := []string{"Huyện ủy Năm Căn", "Sở Nội vụ tỉnh Nghệ An"}; !slices.Equal(orgs, want) {
		t.Errorf("organizations %q, want %q", orgs, want)
	}
	// an ID of another kind than the query asks for matches nothing
	if r := e.kg("query", "events", "organization:sở nội vụ tỉnh nghệ an"); r.code != ExitNoMatch {
		t.Errorf("events of an organization ID: %v", r)
	}
	// --all answers for both
	var rows []PositionRow
	decode(t, e.must("query", "positions", "Lương Văn Thịnh", "--all", "--format", "json"), &rows)
	if len(rows) != 2 || rows[0].PersonID == rows[1].PersonID {
		t.Errorf("--all: %+v", rows)
	}
}

// TestMembersNoDuplicates: an organization's positions are stated by
// several articles, each holder is listed once a position.
func TestMembersNoDuplicates(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	var rows []MemberRow
	decode(t, e.must("query", "members", "UBND thanh pho Ha Noi", "--format", "json"), &rows)
	seen := map[[2]string]bool{}
	for _, r := range rows {
		k := [2]string{r.PositionID, r.PersonID}
		if seen[k] {
			t.Errorf("%s is listed twice as %s", r.Person, r.Position)
		}
		seen[k] = true
	}
	if len(rows) == 0 {
		t.Error("no members")
	}
}

// decode reads a query's JSON output into v, failing on anything but one
// JSON value.
func decode(t *testing.T, r ran, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("json: %v\n%s", err, r.stdout)
	}
	if dec.More() {
		t.Fatalf("more than one JSON value:\n%s", r.stdout)
	}
}

// oneLine says whether s is one line ending with a newline.
func oneLine(s string) bool {
	return strings.HasSuffix(s, "\n") && !strings.Contains(strings.TrimSuffix(s, "\n"), "\n")
}

// TestSearchLimit: --limit bounds the rows, says on standard error that
// more match, and 0 gives them all.
func TestSearchLimit(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	var two, all []SearchRow
	r := e.must("query", "search", "hà nội", "--limit", "2", "--format", "json")
	decode(t, r, &two)
	if len(two) != 2 || !strings.Contains(r.stderr, "more entities match than the 2 shown") {
		t.Errorf("--limit 2: %d rows, stderr %q", len(two), r.stderr)
	}
	r = e.must("query", "search", "hà nội", "--limit", "0", "--format", "json")
	decode(t, r, &all)
	if len(all) <= 20 || r.stderr != "" {
		t.Errorf("--limit 0: %d rows (want more than the default 20), stderr %q", len(all), r.stderr)
	}
	if r := e.kg("query", "search", "hà nội", "--limit", "-1"); r.code != ExitUsage {
		t.Errorf("--limit -1: %v", r)
	}
}
