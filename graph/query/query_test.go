package query_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kg/graph"
	"kg/graph/query"
	"kg/graph/sqlite"
)

const (
	tinhUy    = "organization:tỉnh ủy lạng sơn"
	btvTinhUy = "organization:ban thường vụ tỉnh ủy lạng sơn"
	biThu     = "position:bí thư | tỉnh ủy lạng sơn"
	phoBiThu  = "position:phó bí thư | tỉnh ủy lạng sơn"
	langSon   = "place:tỉnh lạng sơn"
)

// article makes the extraction of one invented article of the Tỉnh ủy
// Lạng Sơn on a date: its persons hold positions (former ones with "nguyên")
// and take parts in its event.
func article(n int, date graph.Date, event string, holds []holding) *graph.Extraction {
	hash := strings.Repeat(string(rune('a'+n)), 64)
	art := graph.ArticleID(hash)
	ev := "event:" + strings.ToLower(event) + " @ " + date.String()
	ex := &graph.Extraction{
		Article: graph.ArticleMeta{Source: "lang-son-" + date.String() + ".txt", Hash: hash, Title: event + " " + date.String(),
			Published: date, Text: strings.Repeat("Câu văn thứ nhất. ", 40)},
		Entities: []graph.Entity{
			{ID: tinhUy, Kind: graph.Organization, Name: "Tỉnh ủy Lạng Sơn", Class: graph.OrgParty},
			{ID: btvTinhUy, Kind: graph.Organization, Name: "Ban Thường vụ Tỉnh ủy Lạng Sơn", Class: graph.OrgParty},
			{ID: biThu, Kind: graph.Position, Name: "Bí thư Tỉnh ủy Lạng Sơn", Role: "Bí thư"},
			{ID: phoBiThu, Kind: graph.Position, Name: "Phó Bí thư Tỉnh ủy Lạng Sơn", Role: "Phó Bí thư"},
			{ID: langSon, Kind: graph.Place, Name: "Lạng Sơn"},
			{ID: ev, Kind: graph.Event, Name: event, Date: date, Text: "Hội nghị"},
			{ID: art, Kind: graph.Article, Name: event, Date: date},
		},
	}
	fact := func(s string, r graph.Relation, o string, former bool) {
		k := len(ex.Facts)
		ex.Facts = append(ex.Facts, graph.Fact{Subject: s, Relation: r, Object: o, Former: former, AsOf: date,
			Prov: graph.Provenance{Article: art, Start: 18 * (k % 40), End: 18*(k%40) + 17, Rule: "test"}})
	}
	fact(biThu, graph.PositionIn, tinhUy, false)
	fact(phoBiThu, graph.PositionIn, tinhUy, false)
	fact(btvTinhUy, graph.PartOf, tinhUy, false)
	fact(tinhUy, graph.LocatedIn, langSon, false)
	fact(tinhUy, graph.Organized, ev, false)
	for _, h := range holds {
		id := "person:" + strings.ToLower(h.name)
		ex.Entities = append(ex.Entities, graph.Entity{ID: id, Kind: graph.Person, Name: h.name})
		fact(id, graph.HoldsPosition, h.pos, h.former)
		if h.role != 0 {
			fact(id, h.role, ev, false)
		}
	}
	return ex
}

type holding struct {
	name   string
	pos    string
	former bool
	role   graph.Relation // at the article's event; 0 for none
}

func store(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	batch := []*graph.Extraction{
		article(0, graph.Date{Year: 2021, Month: 12, Day: 28}, "Hội nghị tổng kết năm 2021", []holding{
			{"Hà Quang Vĩnh", biThu, false, graph.Presided}, {"Lộc Thị Ngân", phoBiThu, false, graph.Attended}}),
		article(1, graph.Date{Year: 2023, Month: 7, Day: 14}, "Hội nghị sơ kết 6 tháng", []holding{
			{"Nông Đức Khải", biThu, false, graph.Presided}, {"Lộc Thị Ngân", phoBiThu, false, graph.SpokeAt}}),
		article(2, graph.Date{Year: 2024, Month: 2, Day: 3}, "Gặp mặt cán bộ lão thành", []holding{
			{"Hà Quang Vĩnh", biThu, true, graph.Attended}, {"Lộc Thị Ngân", phoBiThu, true, 0}}),
	}
	if _, err := s.Put(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	return s
}

func sole(role, org string) bool { return role == "Bí thư" }

func one(t *testing.T, e *query.Engine, name string, kinds ...graph.Kind) *graph.Entity {
	t.Helper()
	ents, err := e.Resolve(context.Background(), name, false, kinds...)
	if err != nil || len(ents) != 1 {
		t.Fatalf("Resolve(%q) = %v, %v", name, ents, err)
	}
	return ents[0]
}

func TestPositionsAndMembers(t *testing.T) {
	s := store(t)
	ctx := context.Background()
	e := query.New(s, query.Options{Sole: sole})
	tests := []struct {
		person, position string
		since, until     string
		status           string
		successor        string
	}{
		{"ha quang vinh", biThu, "2021-12-28", "2023-07-14", "former", "person:nông đức khải"},
		{"Nông Đức Khải", biThu, "2023-07-14", "", "current", ""},
		{"loc thi ngan", phoBiThu, "2021-12-28", "2024-02-03", "former", ""},
	}
	for _, tt := range tests {
		held, err := e.Positions(ctx, one(t, e, tt.person, graph.Person))
		if err != nil {
			t.Fatal(err)
		}
		if len(held) != 1 || held[0].Position.ID != tt.position || held[0].Organization == nil || held[0].Organization.ID != tinhUy {
			t.Fatalf("%s: %+v, want %s in the Tỉnh ủy", tt.person, held, tt.position)
		}
		tn := held[0].Tenure
		if got := [4]string{tn.Since.String(), tn.Until.String(), tn.Status(), tn.Successor}; got != [4]string{tt.since, tt.until, tt.status, tt.successor} {
			t.Errorf("%s: %v, want %v", tt.person, got, [4]string{tt.since, tt.until, tt.status, tt.successor})
		}
	}
	members, err := e.Members(ctx, one(t, e, "Tỉnh ủy Lạng Sơn", graph.Organization))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range members {
		got = append(got, m.Person.Name+" "+m.Tenure.Status())
	}
	want := []string{"Hà Quang Vĩnh former", "Nông Đức Khải current", "Lộc Thị Ngân former"}
	if !slices.Equal(got, want) {
		t.Errorf("members: %v, want %v", got, want)
	}
	// without sole roles, only own statements end a post
	plain := query.New(s, query.Options{})
	held, err := plain.Positions(ctx, one(t, plain, "Hà Quang Vĩnh"))
	if err != nil || len(held) != 1 || held[0].Tenure.Until.String() != "2024-02-03" || held[0].Tenure.Successor != "" {
		t.Errorf("no sole roles: %+v %v", held, err)
	}
}

func TestTenuresOfPartOfTheStore(t *testing.T) {
	s := store(t)
	ctx := context.Background()
	e := query.New(s, query.Options{Sole: sole})
	// around the first holder, one hop: the successor's statements are
	// not in the graph, but its tenure is the store's
	g, err := s.Around(ctx, []string{"person:hà quang vĩnh"}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if own := g.Tenures(sole)[graph.Holding{Person: "person:hà quang vĩnh", Position: biThu}]; own == nil || own.Successor != "" {
		t.Fatalf("the graph around him alone should not know the successor: %+v", own)
	}
	ts, err := e.Tenures(ctx, g, false)
	if err != nil {
		t.Fatal(err)
	}
	tn := ts[graph.Holding{Person: "person:hà quang vĩnh", Position: biThu}]
	if tn == nil || tn.Until.String() != "2023-07-14" || tn.Successor != "person:nông đức khải" {
		t.Errorf("tenure from the store: %+v", tn)
	}
	if _, ok := ts[graph.Holding{Person: "person:nông đức khải", Position: biThu}]; ok {
		t.Error("a holding of a person outside the graph was given")
	}
}

func TestAttendeesAndEvents(t *testing.T) {
	s := store(t)
	ctx := context.Background()
	e := query.New(s, query.Options{Sole: sole})
	atts, err := e.Attendees(ctx, one(t, e, "so ket 6 thang", graph.Event))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range atts {
		got = append(got, a.Person.Name+" "+strings.Join(a.RoleNames(), ",")+" "+a.Positions[0].Name)
	}
	want := []string{"Nông Đức Khải presided Bí thư Tỉnh ủy Lạng Sơn", "Lộc Thị Ngân spoke Phó Bí thư Tỉnh ủy Lạng Sơn"}
	if !slices.Equal(got, want) {
		t.Errorf("attendees: %q, want %q", got, want)
	}
	// each with the first statement of the presence; AttendeeRoles the
	// same without it
	attRoles, err := e.AttendeeRoles(ctx, one(t, e, "so ket 6 thang", graph.Event))
	if err != nil {
		t.Fatal(err)
	}
	if len(attRoles) != len(atts) {
		t.Fatalf("AttendeeRoles: %d attendees, Attendees %d", len(attRoles), len(atts))
	}
	for i, a := range atts {
		if f := a.Fact; f.Subject != a.Person.ID || f.Object != a.Event.ID || !slices.Contains(a.Roles, f.Relation) || f.Prov.Article == "" {
			t.Errorf("attendee %s: statement %+v", a.Person.ID, f)
		}
		a.Fact = graph.Fact{}
		if r := attRoles[i]; !reflect.DeepEqual(r, a) {
			t.Errorf("AttendeeRoles[%d] = %+v, want %+v", i, r, a)
		}
	}
	evs, err := e.Events(ctx, one(t, e, "Hà Quang Vĩnh"))
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, a := range evs {
		got = append(got, a.Event.Date.String()+" "+strings.Join(a.RoleNames(), ","))
	}
	if want := []string{"2021-12-28 presided", "2024-02-03 attended"}; !slices.Equal(got, want) {
		t.Errorf("events: %q, want %q", got, want)
	}
	// each with the first statement of the presence; EventRoles the same
	// without it
	roles, err := e.EventRoles(ctx, one(t, e, "Hà Quang Vĩnh"))
	if err != nil {
		t.Fatal(err)
	}
	if len(roles) != len(evs) {
		t.Fatalf("EventRoles: %d events, Events %d", len(roles), len(evs))
	}
	for i, a := range evs {
		if f := a.Fact; f.Subject != a.Person.ID || f.Object != a.Event.ID || !slices.Contains(a.Roles, f.Relation) || f.Prov.Article == "" {
			t.Errorf("event %s: statement %+v", a.Event.ID, f)
		}
		a.Fact = graph.Fact{}
		if r := roles[i]; r.Event.ID != a.Event.ID || !slices.Equal(r.Roles, a.Roles) || r.Fact != a.Fact {
			t.Errorf("EventRoles[%d] = %+v, want %+v", i, r, a)
		}
	}
}

// TestPositionsAtEvent: an attendee's positions at an event are those the
// reports of the presence state, not every position held by the event's
// date.
func TestPositionsAtEvent(t *testing.T) {
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	batch := []*graph.Extraction{
		article(0, graph.Date{Year: 2022, Month: 3, Day: 1}, "Hội nghị giao ban quý I", []holding{{"Hoàng Văn Nghiệm", phoBiThu, false, 0}}),
		article(1, graph.Date{Year: 2023, Month: 5, Day: 11}, "Hội nghị Ban Chấp hành Đảng bộ tỉnh", []holding{
			{"Hoàng Văn Nghiệm", biThu, false, graph.Presided}, {"Đoàn Thị Hậu", phoBiThu, false, 0}}),
		// Hậu is at the event by a report that names no post of hers.
		article(2, graph.Date{Year: 2023, Month: 5, Day: 11}, "Hội nghị Ban Chấp hành Đảng bộ tỉnh", []holding{{"Đoàn Thị Hậu", "", false, graph.Attended}}),
	}
	batch[2].Facts = slices.DeleteFunc(batch[2].Facts, func(f graph.Fact) bool { return f.Relation == graph.HoldsPosition })
	batch[2].Article.Source = "lang-son-2023-05-11-2.txt" // another report, not the first again
	if _, err := s.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	e := query.New(s, query.Options{Sole: sole})
	atts, err := e.Attendees(ctx, one(t, e, "ban chap hanh dang bo tinh", graph.Event))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range atts {
		var ps []string
		for _, p := range a.Positions {
			ps = append(ps, p.Name)
		}
		got = append(got, a.Person.Name+": "+strings.Join(ps, ", "))
	}
	// Nghiệm's report says Bí thư, though he was Phó Bí thư before; Hậu's
	// says nothing, and she held Phó Bí thư on the day.
	want := []string{"Hoàng Văn Nghiệm: Bí thư Tỉnh ủy Lạng Sơn", "Đoàn Thị Hậu: Phó Bí thư Tỉnh ủy Lạng Sơn"}
	if !slices.Equal(got, want) {
		t.Errorf("attendees: %q, want %q", got, want)
	}
}

func TestPathAndNeighbors(t *testing.T) {
	s := store(t)
	ctx := context.Background()
	e := query.New(s, query.Options{})
	a, b := one(t, e, "Hà Quang Vĩnh"), one(t, e, "Nông Đức Khải")
	steps, err := e.Path(ctx, a, b, 6)
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != 2 || steps[0].From.ID != a.ID || !steps[0].Forward || steps[1].To.ID != b.ID || steps[1].Forward {
		t.Errorf("path: %+v, want Vĩnh → Bí thư ← Khải", steps)
	}
	if _, err := e.Path(ctx, a, b, 1); !errors.Is(err, graph.ErrNoPath) {
		t.Errorf("path of one fact: %v, want ErrNoPath", err)
	}
	near, _, err := e.Neighbors(ctx, a, 1, true, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range near {
		if !query.Traversable(n.Entity.ID) || n.Distance != 1 {
			t.Errorf("direct neighbor %+v", n)
		}
	}
	if len(near) != 3 { // the Bí thư post and two events
		t.Errorf("%d direct neighbors, want 3: %+v", len(near), near)
	}
}

func TestResolveAndSearch(t *testing.T) {
	s := store(t)
	ctx := context.Background()
	e := query.New(s, query.Options{SpellOut: func(s string) (string, error) { return graph.Fold(s), nil }})
	if _, err := e.Resolve(ctx, "Không Có Ai", false, graph.Person); !errors.Is(err, query.ErrNoMatch) {
		t.Errorf("no match: %v", err)
	}
	var amb *query.AmbiguousError
	if _, err := e.Resolve(ctx, "tỉnh ủy", false); !errors.As(err, &amb) || len(amb.Candidates) < 3 {
		t.Errorf("ambiguous: %v", err)
	}
	if ents, err := e.Resolve(ctx, "lạng sơn", true); err != nil || len(ents) < 3 {
		t.Errorf("all: %v %v", ents, err)
	}
	if ents, err := e.Resolve(ctx, "tinh uy lang son", false); err != nil || len(ents) != 1 || ents[0].ID != tinhUy {
		t.Errorf("a whole name wins: %v %v", ents, err)
	}
	if ents, err := e.Resolve(ctx, biThu, false); err != nil || len(ents) != 1 {
		t.Errorf("an ID: %v %v", ents, err)
	}
	matches, more, err := e.Search(ctx, "lạng sơn", 2)
	if err != nil || len(matches) != 2 || !more {
		t.Errorf("search, limit 2: %d, more %v, %v", len(matches), more, err)
	}
	all, more, err := e.Search(ctx, "lạng sơn", 0)
	if err != nil || len(all) <= 2 || more {
		t.Errorf("search, no limit: %d, more %v, %v", len(all), more, err)
	}
	spell := query.New(s, query.Options{SpellOut: func(string) (string, error) { return "", errors.New("lexicon broken") }})
	if _, err := spell.Resolve(ctx, "tỉnh ủy", false); err == nil || !strings.Contains(err.Error(), "lexicon broken") {
		t.Errorf("an error of SpellOut is returned: %v", err)
	}
}

// failing is a store whose articles cannot be read.
type failing struct{ graph.Reader }

var errDisk = errors.New("disk I/O error")

func (failing) Article(context.Context, string) (*graph.ArticleMeta, error) { return nil, errDisk }
func (failing) Quotes(context.Context, []graph.Provenance) ([]graph.Quote, error) {
	return nil, errDisk
}

func TestWhy(t *testing.T) {
	s := store(t)
	ctx := context.Background()
	e := query.New(s, query.Options{Sole: sole})
	held, err := e.Positions(ctx, one(t, e, "Hà Quang Vĩnh"))
	if err != nil || len(held) != 1 {
		t.Fatal(held, err)
	}
	w, err := e.Why(ctx, held[0].Evidence())
	if err != nil || w.Article != "Hội nghị sơ kết 6 tháng 2023-07-14" || w.Sentence == "" {
		t.Errorf("why of a succession: %+v %v, want the successor's article", w, err)
	}
	bad := query.New(failing{s}, query.Options{})
	if _, err := bad.Why(ctx, held[0].Evidence()); !errors.Is(err, errDisk) {
		t.Errorf("a store error is returned: %v", err)
	}
	// Whys of many facts: each as Why gives it, the store read once
	evs, err := e.Events(ctx, one(t, e, "Hà Quang Vĩnh"))
	if err != nil {
		t.Fatal(err)
	}
	facts := []graph.Fact{held[0].Evidence()}
	for _, a := range evs {
		facts = append(facts, a.Fact)
	}
	counting := &countQuotes{Reader: s}
	ws, err := query.New(counting, query.Options{}).Whys(ctx, facts)
	if err != nil || len(ws) != len(facts) || counting.calls != 1 {
		t.Fatalf("Whys of %d facts: %d answers, %d reads, %v", len(facts), len(ws), counting.calls, err)
	}
	for i, f := range facts {
		w, err := query.New(s, query.Options{}).Why(ctx, f)
		if err != nil || *w != *ws[i] || w.Sentence == "" {
			t.Errorf("Whys[%d] = %+v, Why %+v, %v", i, ws[i], w, err)
		}
	}
}

// countQuotes counts the calls of Quotes.
type countQuotes struct {
	graph.Reader
	calls int
}

func (c *countQuotes) Quotes(ctx context.Context, provs []graph.Provenance) ([]graph.Quote, error) {
	c.calls++
	return c.Reader.Quotes(ctx, provs)
}

// TestPositionsReadOnlyWhatEndsThem checks that the tenures Positions
// gives, which read other holders' statements only where they can end a
// holding, are those graph.TenuresOf gives from every statement in the
// store: for random histories of one sole post and one deputy's post,
// with several holders stated on one day, "nguyên", and articles dated in
// part (a year alone, no year) or not at all.
//
// Holders and Members, which read only each holding's deciding
// statements and those that can end it by succession, must give the
// tenures of the whole store too.
func TestPositionsReadOnlyWhatEndsThem(t *testing.T) {
	names := []string{"Hà Quang Vĩnh", "Nông Đức Khải", "Lộc Thị Ngân", "Hoàng Văn Nghiệm", "Đoàn Thị Hậu", "Lâm Thị Phương"}
	ctx := context.Background()
	for seed := range 12 {
		r := rand.New(rand.NewPCG(uint64(seed), 7))
		s, err := sqlite.Open(filepath.Join(t.TempDir(), "kg.db"))
		if err != nil {
			t.Fatal(err)
		}
		var batch []*graph.Extraction
		for n := range 24 {
			date := graph.Date{Year: 2019 + r.IntN(6), Month: 1 + r.IntN(12), Day: 1 + r.IntN(28)}
			switch k := r.IntN(20); {
			case seed%3 == 0 && k == 0:
				date = graph.Date{Year: date.Year}
			case seed%3 == 0 && k == 1:
				date = graph.Date{Month: date.Month, Day: date.Day}
			case k == 2:
				date = graph.Date{}
			case k < 6 && n > 0:
				date = batch[r.IntN(n)].Article.Published // two articles of one day
			}
			var holds []holding
			for range 1 + r.IntN(3) {
				pos := biThu
				if r.IntN(3) == 0 {
					pos = phoBiThu
				}
				holds = append(holds, holding{names[r.IntN(len(names))], pos, r.IntN(5) == 0, 0})
			}
			batch = append(batch, article(n, date, "Hội nghị", holds))
		}
		if _, err := s.Put(ctx, batch); err != nil {
			t.Fatal(err)
		}
		g, err := s.Graph(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := g.Tenures(sole)
		e := query.New(s, query.Options{Sole: sole})
		for _, p := range g.Entities(graph.Person) {
			held, err := e.Positions(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range held {
				w := want[graph.Holding{Person: p.ID, Position: h.Position.ID}]
				if w == nil || !reflect.DeepEqual(*h.Tenure, *w) {
					t.Errorf("seed %d, %s, %s:\n got %+v\nwant %+v", seed, p.ID, h.Position.ID, *h.Tenure, w)
				}
			}
		}
		// Holders and members, of every holder at once, from the
		// deciding statements and those that end a holding by
		// succession: without Sources.
		total := 0
		check := func(what string, held []query.Holding) {
			t.Helper()
			for _, h := range held {
				w := want[graph.Holding{Person: h.Person.ID, Position: h.Position.ID}]
				if w == nil {
					t.Errorf("seed %d, %s: %s holds %s, which the graph does not say", seed, what, h.Person.ID, h.Position.ID)
					continue
				}
				total++
				wt := *w
				wt.Sources = nil
				if !reflect.DeepEqual(*h.Tenure, wt) {
					t.Errorf("seed %d, %s, %s, %s:\n got %+v\nwant %+v", seed, what, h.Person.ID, h.Position.ID, *h.Tenure, wt)
				}
			}
		}
		for _, pos := range g.Entities(graph.Position) {
			held, err := e.Holders(ctx, pos)
			if err != nil {
				t.Fatal(err)
			}
			check("holders of "+pos.ID, held)
		}
		for _, org := range g.Entities(graph.Organization) {
			held, err := e.Members(ctx, org)
			if err != nil {
				t.Fatal(err)
			}
			check("members of "+org.ID, held)
		}
		if total < len(want) {
			t.Errorf("seed %d: %d holdings checked of %d", seed, total, len(want))
		}
		s.Close()
	}
}

// TestLoadSole: the engine loads the sole roles for the questions of
// tenures only, once, and a failure to load them is the question's.
func TestLoadSole(t *testing.T) {
	s := store(t)
	ctx := context.Background()
	loads := 0
	e := query.New(s, query.Options{LoadSole: func() (func(role, org string) bool, error) {
		loads++
		return sole, nil
	}})
	vinh := one(t, e, "Hà Quang Vĩnh")
	if _, err := e.Events(ctx, vinh); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.Neighbors(ctx, vinh, 1, false, 0); err != nil {
		t.Fatal(err)
	}
	if loads != 0 {
		t.Errorf("events and neighbors loaded the sole roles %d times", loads)
	}
	held, err := e.Positions(ctx, vinh)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Members(ctx, one(t, e, "Tỉnh ủy Lạng Sơn", graph.Organization)); err != nil {
		t.Fatal(err)
	}
	if loads != 1 {
		t.Errorf("positions and members loaded the sole roles %d times, want once", loads)
	}
	// Vĩnh's Bí thư is ended by Khải's, which needs the post to be sole.
	if len(held) != 1 || held[0].Tenure.Successor != one(t, e, "Nông Đức Khải").ID {
		t.Errorf("positions with the loaded sole roles: %+v", held)
	}
	errLoad := errors.New("titles.txt:3: bad line")
	bad := query.New(s, query.Options{LoadSole: func() (func(role, org string) bool, error) { return nil, errLoad }})
	if _, err := bad.Positions(ctx, vinh); !errors.Is(err, errLoad) {
		t.Errorf("positions when the sole roles fail to load: %v, want their error", err)
	}
}
