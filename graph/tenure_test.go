package graph

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

func TestTenuresOf(t *testing.T) {
	const pos = "position:bí thư tỉnh ủy lạng sơn"
	d := func(y, m, day int) Date { return Date{y, m, day} }
	st := func(person string, former bool, at Date, art string) Fact {
		return Fact{Subject: person, Relation: HoldsPosition, Object: pos, Former: former, AsOf: at,
			Prov: Provenance{Article: art, Start: 0, End: 1}}
	}
	type want struct {
		since, until Date
		former       bool
		successor    string
		ended        string // article of the fact that ends it
	}
	tests := []struct {
		name  string
		sole  bool
		facts []Fact
		want  map[string]want
	}{
		{"held, twice", false, []Fact{st("a", false, d(2021, 3, 2), "x"), st("a", false, d(2020, 5, 10), "y")},
			map[string]want{"a": {since: d(2020, 5, 10)}}},
		{"only ever held before: no since", false, []Fact{st("a", true, d(2022, 1, 4), "x")},
			map[string]want{"a": {until: d(2022, 1, 4), former: true, ended: "x"}}},
		{"held, then held before", false, []Fact{st("a", false, d(2020, 1, 1), "x"), st("a", true, d(2022, 6, 1), "y"), st("a", true, d(2023, 1, 1), "z")},
			map[string]want{"a": {since: d(2020, 1, 1), until: d(2022, 6, 1), former: true, ended: "y"}}},
		{"held before, then held again", false, []Fact{st("a", true, d(2020, 1, 1), "x"), st("a", false, d(2022, 6, 1), "y")},
			map[string]want{"a": {since: d(2022, 6, 1)}}},
		{"same day: held before wins", false, []Fact{st("a", false, d(2022, 6, 1), "x"), st("a", true, d(2022, 6, 1), "y")},
			map[string]want{"a": {since: d(2022, 6, 1), until: d(2022, 6, 1), former: true, ended: "y"}}},
		{"undated held before loses to a dated held", false, []Fact{st("a", false, d(2022, 6, 1), "x"), st("a", true, Date{}, "y")},
			map[string]want{"a": {since: d(2022, 6, 1)}}},
		{"succession ends the earlier holder", true, []Fact{st("a", false, d(2021, 4, 5), "x"), st("b", false, d(2023, 9, 12), "y"), st("b", false, d(2024, 1, 2), "z")},
			map[string]want{"a": {since: d(2021, 4, 5), until: d(2023, 9, 12), former: true, successor: "b", ended: "y"},
				"b": {since: d(2023, 9, 12)}}},
		{"a post several hold: no succession", false, []Fact{st("a", false, d(2021, 4, 5), "x"), st("b", false, d(2023, 9, 12), "y")},
			map[string]want{"a": {since: d(2021, 4, 5)}, "b": {since: d(2023, 9, 12)}}},
		{"two holders on one day: neither ends", true, []Fact{st("a", false, d(2023, 9, 12), "x"), st("b", false, d(2023, 9, 12), "y")},
			map[string]want{"a": {since: d(2023, 9, 12)}, "b": {since: d(2023, 9, 12)}}},
		{"back again after a successor", true, []Fact{st("a", false, d(2021, 1, 1), "x"), st("b", false, d(2023, 1, 1), "y"), st("a", false, d(2024, 1, 1), "z")},
			map[string]want{"a": {since: d(2021, 1, 1)}, "b": {since: d(2023, 1, 1), until: d(2024, 1, 1), former: true, successor: "a", ended: "z"}}},
		{"a former holder named later is no successor", true, []Fact{st("a", false, d(2021, 1, 1), "x"), st("b", true, d(2023, 1, 1), "y")},
			map[string]want{"a": {since: d(2021, 1, 1)}, "b": {until: d(2023, 1, 1), former: true, ended: "y"}}},
		{"succession before the holder's own held before", true, []Fact{st("a", false, d(2021, 1, 1), "x"), st("b", false, d(2022, 1, 1), "y"), st("a", true, d(2023, 1, 1), "z")},
			map[string]want{"a": {since: d(2021, 1, 1), until: d(2022, 1, 1), former: true, successor: "b", ended: "y"}, "b": {since: d(2022, 1, 1)}}},
		{"elected to it starts it", false, []Fact{{Subject: "a", Relation: ElectedTo, Object: pos, AsOf: d(2021, 3, 2)}},
			map[string]want{"a": {since: d(2021, 3, 2)}}},
		{"year unknown", false, []Fact{st("a", false, Date{Month: 5, Day: 16}, "x"), st("a", true, Date{Month: 6, Day: 1}, "y")},
			map[string]want{"a": {since: Date{Month: 5, Day: 16}, until: Date{Month: 6, Day: 1}, former: true, ended: "y"}}},
		{"undated successor ends nothing", true, []Fact{st("a", false, d(2021, 1, 1), "x"), st("b", false, Date{}, "y")},
			map[string]want{"a": {since: d(2021, 1, 1)}, "b": {}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// other positions' and other relations' facts are ignored
			facts := append(tt.facts, Fact{Subject: "a", Relation: Attended, Object: "event:x", AsOf: d(2030, 1, 1)},
				Fact{Subject: "c", Relation: HoldsPosition, Object: "position:other", AsOf: d(2030, 1, 1)})
			got := TenuresOf(pos, facts, tt.sole)
			if len(got) != len(tt.want) {
				t.Fatalf("%d holders, want %d: %v", len(got), len(tt.want), got)
			}
			for p, w := range tt.want {
				g := got[p]
				if g == nil {
					t.Fatalf("no tenure for %s", p)
				}
				if g.Since != w.since || g.Until != w.until || g.Former != w.former || g.Successor != w.successor {
					t.Errorf("%s: since %v until %v former %v successor %q, want %v %v %v %q",
						p, g.Since, g.Until, g.Former, g.Successor, w.since, w.until, w.former, w.successor)
				}
				if w.ended != "" && g.Ended.Prov.Article != w.ended {
					t.Errorf("%s: ended by a fact of %s, want %s", p, g.Ended.Prov.Article, w.ended)
				}
				if g.Status() != map[bool]string{true: "former", false: "current"}[w.former] {
					t.Errorf("%s: status %s", p, g.Status())
				}
			}
		})
	}
}

func TestTenuresOrderFree(t *testing.T) {
	const pos = "position:chủ tịch ubnd tỉnh lạng sơn"
	facts := []Fact{
		{Subject: "a", Relation: HoldsPosition, Object: pos, AsOf: Date{2021, 1, 1}, Prov: Provenance{Article: "x"}},
		{Subject: "a", Relation: HoldsPosition, Object: pos, AsOf: Date{2021, 1, 1}, Prov: Provenance{Article: "w"}},
		{Subject: "b", Relation: HoldsPosition, Object: pos, AsOf: Date{2023, 1, 1}, Prov: Provenance{Article: "y"}},
		{Subject: "c", Relation: HoldsPosition, Object: pos, AsOf: Date{2023, 1, 1}, Prov: Provenance{Article: "z"}},
	}
	first := TenuresOf(pos, facts, true)
	rev := make([]Fact, len(facts))
	for i, f := range facts {
		rev[len(facts)-1-i] = f
	}
	second := TenuresOf(pos, rev, true)
	for p, t1 := range first {
		t2 := second[p]
		if t1.Until != t2.Until || t1.Successor != t2.Successor || t1.Last.Prov != t2.Last.Prov || t1.Ended.Prov != t2.Ended.Prov {
			t.Errorf("%s: %+v and %+v differ with the order of the facts", p, t1, t2)
		}
	}
	if first["a"].Successor != "b" {
		t.Errorf("a succeeded by %q, want b (of b and c on one day, the first by ID)", first["a"].Successor)
	}
}

// TestTenuresOrderFreeWithPartialDates: a year alone, or a day of no
// year, is not ordered with every full date ("--05-12" is before
// 2023-08-09 and after 2021-02-21, whatever their years), so the
// statements' order must not choose between them.
func TestTenuresOrderFreeWithPartialDates(t *testing.T) {
	const pos = "position:bí thư tỉnh ủy cao bằng"
	st := func(p string, d Date, art string) Fact {
		return Fact{Subject: p, Relation: HoldsPosition, Object: pos, AsOf: d, Prov: Provenance{Article: art}}
	}
	facts := []Fact{
		st("a", Date{2021, 2, 21}, "r"),
		st("b", Date{0, 5, 12}, "g"),
		st("c", Date{2023, 1, 15}, "q"),
		st("d", Date{2021, 9, 11}, "x"),
		st("e", Date{Year: 2022}, "k"),
	}
	want := TenuresOf(pos, facts, true)
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		shuffled := slices.Clone(facts)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := TenuresOf(pos, shuffled, true)
		for p, w := range want {
			if !reflect.DeepEqual(got[p], w) {
				t.Fatalf("%s: %+v with the facts in the order %v, %+v in the order given", p, got[p], shuffled, w)
			}
		}
	}
}

func TestSole(t *testing.T) {
	var asked [2]string
	sole := func(role, org string) bool {
		asked = [2]string{role, org}
		return role == "Bí thư" && org != "Ban Chấp hành Trung ương Đảng"
	}
	tests := []struct {
		pos  Entity
		want bool
		org  string // what sole was asked for the organization
	}{
		{Entity{Kind: Position, Name: "Bí thư Tỉnh ủy Lạng Sơn", Role: "Bí thư"}, true, "Tỉnh ủy Lạng Sơn"},
		{Entity{Kind: Position, Name: "Bí thư Ban Chấp hành Trung ương Đảng", Role: "Bí thư"}, false, "Ban Chấp hành Trung ương Đảng"},
		{Entity{Kind: Position, Name: "Bí thư", Role: "Bí thư"}, false, ""},
		{Entity{Kind: Position, Name: "Phó Bí thư Tỉnh ủy Lạng Sơn", Role: "Phó Bí thư"}, false, "Tỉnh ủy Lạng Sơn"},
		{Entity{Kind: Organization, Name: "Bí thư Tỉnh ủy", Role: "Bí thư"}, false, ""},
	}
	for _, tt := range tests {
		asked = [2]string{}
		if got := Sole(&tt.pos, sole); got != tt.want || asked[1] != tt.org {
			t.Errorf("Sole(%q) = %v asking for %q, want %v asking for %q", tt.pos.Name, got, asked[1], tt.want, tt.org)
		}
	}
	if Sole(nil, sole) || Sole(&tests[0].pos, nil) {
		t.Error("Sole of nothing, or with no judge, is true")
	}
}

// TestSuccessionLookedUp checks that rule 3 over full dates, which looks
// the earliest statement up, ends the same holdings as rule 3 read
// statement by statement (the way of dates known in part, which a
// statement that a bystander held the post in "2021" forces), on random
// histories with same-day statements and "nguyên".
func TestSuccessionLookedUp(t *testing.T) {
	const pos = "position:chủ tịch ubnd tỉnh hà giang"
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		var facts []Fact
		for k := range 2 + r.IntN(30) {
			d := Date{2019 + r.IntN(3), 1 + r.IntN(3), 1 + r.IntN(3)}
			if r.IntN(8) == 0 {
				d = Date{}
			}
			facts = append(facts, Fact{Subject: string(rune('a' + r.IntN(6))), Relation: HoldsPosition, Object: pos,
				Former: r.IntN(5) == 0, AsOf: d, Prov: Provenance{Article: string(rune('A' + k%26))}})
		}
		looked := TenuresOf(pos, facts, true)
		bystander := Fact{Subject: "z", Relation: HoldsPosition, Object: pos, Former: true, AsOf: Date{Year: 2021}, Prov: Provenance{Article: "Z"}}
		read := TenuresOf(pos, append(slices.Clone(facts), bystander), true)
		for p, w := range read {
			if p != "z" && !reflect.DeepEqual(looked[p], w) {
				t.Fatalf("round %d, %s: looked up %+v, read one by one %+v\nfacts %v", round, p, looked[p], w, facts)
			}
		}
	}
}

// TestDecidingStatements: the tenures of a position several hold at once,
// computed from each holder's deciding statements, are those computed
// from all statements, but for their Sources; on random histories with
// same-day statements, "nguyên", undated statements and, in some rounds,
// a date known in part.
func TestDecidingStatements(t *testing.T) {
	const pos = "position:ủy viên | ban thường vụ tỉnh ủy hà giang"
	r := rand.New(rand.NewPCG(5, 6))
	kept, all := 0, 0
	for round := range 500 {
		var facts []Fact
		for k := range 1 + r.IntN(40) {
			d := Date{2019 + r.IntN(3), 1 + r.IntN(3), 1 + r.IntN(3)}
			switch r.IntN(10) {
			case 0:
				d = Date{}
			case 1:
				if round%4 == 0 {
					d = Date{Year: 2020}
				}
			}
			rel := HoldsPosition
			if r.IntN(6) == 0 {
				rel = ElectedTo
			}
			facts = append(facts, Fact{Subject: string(rune('a' + r.IntN(4))), Relation: rel, Object: pos,
				Former: r.IntN(5) == 0, AsOf: d, Prov: Provenance{Article: string(rune('A' + k%26)), Start: k}})
		}
		facts = append(facts, Fact{Subject: "a", Relation: Attended, Object: pos, AsOf: Date{2030, 1, 1}, Prov: Provenance{Article: "Z"}})
		bySubject := map[string][]Fact{}
		for _, f := range facts {
			bySubject[f.Subject] = append(bySubject[f.Subject], f)
		}
		var deciding []Fact
		for _, fs := range bySubject {
			d := Deciding(fs)
			if !slices.IsSortedFunc(d, Fact.Compare) {
				t.Fatalf("round %d: not sorted: %v", round, d)
			}
			deciding = append(deciding, d...)
		}
		kept, all = kept+len(deciding), all+len(facts)
		want, got := TenuresOf(pos, facts, false), TenuresOf(pos, deciding, false)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d tenures, want %d", round, len(got), len(want))
		}
		for p, w := range want {
			g := *got[p]
			g.Sources = w.Sources
			if !reflect.DeepEqual(&g, w) {
				t.Fatalf("round %d, %s: from the deciding statements %+v, from all %+v\nfacts %v", round, p, g, *w, facts)
			}
		}
	}
	if kept*10 > all*9 {
		t.Errorf("%d statements kept of %d: the rule keeps nearly all", kept, all)
	}
}
