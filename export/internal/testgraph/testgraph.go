// Package testgraph builds the graphs that the exporters' tests and
// benchmarks share: a small hand-made one, a hostile one whose texts try
// to break every output syntax, and synthetic ones of any size.
package testgraph

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"kg/graph"
)

// builder adds entities and facts, keeping the first error.
type builder struct {
	g   *graph.Graph
	err error
}

func (b *builder) entity(e graph.Entity) string {
	b.g.AddEntity(e)
	return e.ID
}

func (b *builder) fact(f graph.Fact) {
	if err := b.g.AddFact(f); err != nil && b.err == nil {
		b.err = err
	}
}

// done returns the graph, failing tb if a fact could not be added.
func (b *builder) done(tb testing.TB) *graph.Graph {
	tb.Helper()
	if b.err != nil {
		tb.Fatalf("testgraph: %v", b.err)
	}
	return b.g
}

// The article of Small, a real one (samples/000_a21479502d55c4f4.txt).
const smallArticle = "article:a21479502d55c4f4"

// Small is a hand-made graph of one article and one made-up follow-up,
// with every kind of entity and relation: current, former and unowned
// positions, an event with a date and one without a year, organizations
// of several classes.
func Small(tb testing.TB) *graph.Graph {
	b := &builder{g: graph.New()}
	day := graph.Date{Year: 2020, Month: 5, Day: 16}
	later := graph.Date{Year: 2021, Month: 3, Day: 2}
	art := b.entity(graph.Entity{ID: smallArticle, Kind: graph.Article,
		Name: "Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội lần thứ 8, nhiệm kỳ 2020-2025",
		Date: day, Text: "https://kinhtedothi.vn/dai-hoi-dang-bo-co-quan-van-phong-ubnd-tp-ha-noi-lan-thu-8.html"})
	art2 := b.entity(graph.Entity{ID: "article:0f0e0d0c0b0a0908", Kind: graph.Article,
		Name: "Thành phố Hà Nội tiếp đoàn thành phố Asan", Date: later, Text: "samples/asan.txt"})

	chung := b.entity(graph.Entity{ID: "person:nguyễn đức chung", Kind: graph.Person, Name: "Nguyễn Đức Chung"})
	loi := b.entity(graph.Entity{ID: "person:phùng khải lợi", Kind: graph.Person, Name: "Phùng Khải Lợi"})
	tho := b.entity(graph.Entity{ID: "person:công thọ", Kind: graph.Person, Name: "Công Thọ"})
	suu := b.entity(graph.Entity{ID: "person:nguyễn văn sửu", Kind: graph.Person, Name: "Nguyễn Văn Sửu",
		Aliases: []string{"đồng chí Nguyễn Văn Sửu"}})
	oh := b.entity(graph.Entity{ID: "person:oh se-hyun", Kind: graph.Person, Name: "Oh Se-hyun"})

	ubnd := b.entity(graph.Entity{ID: "organization:ủy ban nhân dân thành phố hà nội", Kind: graph.Organization,
		Name: "Ủy ban nhân dân thành phố Hà Nội", Class: graph.OrgState,
		Aliases: []string{"UBND TP Hà Nội", "UBND thành phố Hà Nội"}})
	tu := b.entity(graph.Entity{ID: "organization:thành ủy hà nội", Kind: graph.Organization,
		Name: "Thành ủy Hà Nội", Class: graph.OrgParty})
	dangbo := b.entity(graph.Entity{ID: "organization:đảng bộ cơ quan văn phòng ủy ban nhân dân thành phố hà nội",
		Kind: graph.Organization, Name: "Đảng bộ Cơ quan Văn phòng UBND thành phố Hà Nội", Class: graph.OrgParty})
	dang := b.entity(graph.Entity{ID: "organization:đảng cộng sản việt nam", Kind: graph.Organization,
		Name: "Đảng Cộng sản Việt Nam", Class: graph.OrgParty})
	bao := b.entity(graph.Entity{ID: "organization:báo kinh tế & đô thị", Kind: graph.Organization,
		Name: "Báo Kinh tế & Đô thị", Class: graph.OrgMedia, Aliases: []string{"Kinhtedothi"}})
	doan := b.entity(graph.Entity{ID: "organization:đoàn đại biểu thành phố asan", Kind: graph.Organization,
		Name: "Đoàn đại biểu thành phố Asan", Class: graph.OrgDelegation})

	chuTich := b.entity(graph.Entity{ID: "position:chủ tịch ủy ban nhân dân thành phố hà nội", Kind: graph.Position,
		Name: "Chủ tịch UBND thành phố Hà Nội", Role: "Chủ tịch"})
	phoChuTich := b.entity(graph.Entity{ID: "position:phó chủ tịch ủy ban nhân dân thành phố hà nội", Kind: graph.Position,
		Name: "Phó Chủ tịch UBND thành phố Hà Nội", Role: "Phó Chủ tịch"})
	phoBiThu := b.entity(graph.Entity{ID: "position:phó bí thư thành ủy hà nội", Kind: graph.Position,
		Name: "Phó Bí thư Thành ủy Hà Nội", Role: "Phó Bí thư"})
	thiTruong := b.entity(graph.Entity{ID: "position:thị trưởng thành phố asan", Kind: graph.Position,
		Name: "Thị trưởng thành phố Asan", Role: "Thị trưởng"})

	hanoi := b.entity(graph.Entity{ID: "place:hà nội", Kind: graph.Place, Name: "Hà Nội"})
	vn := b.entity(graph.Entity{ID: "place:việt nam", Kind: graph.Place, Name: "Việt Nam"})

	daiHoi := b.entity(graph.Entity{ID: "event:đại hội đảng bộ cơ quan văn phòng ủy ban nhân dân thành phố hà nội lần thứ 8",
		Kind: graph.Event, Name: "Đại hội Đảng bộ Cơ quan Văn phòng UBND TP Hà Nội lần thứ 8", Date: day, Text: "Đại hội"})
	tiep := b.entity(graph.Entity{ID: "event:tiếp đoàn đại biểu thành phố asan", Kind: graph.Event,
		Name: "Tiếp Đoàn đại biểu thành phố Asan", Date: graph.Date{Month: 3, Day: 1}, End: graph.Date{Month: 3, Day: 2},
		Text: "Tiếp"})

	p1 := graph.Provenance{Article: art, Start: 120, End: 260, Rule: "title-name"}
	p2 := graph.Provenance{Article: art2, Start: 0, End: 90, Rule: "hosted"}
	for _, f := range []graph.Fact{
		{Subject: chung, Relation: graph.HoldsPosition, Object: chuTich, AsOf: day, Prov: p1},
		{Subject: chung, Relation: graph.HoldsPosition, Object: phoBiThu, AsOf: day, Prov: p1},
		{Subject: chung, Relation: graph.HoldsPosition, Object: chuTich, Former: true, AsOf: later, Prov: p2},
		{Subject: suu, Relation: graph.HoldsPosition, Object: phoChuTich, AsOf: day, Prov: p1},
		{Subject: suu, Relation: graph.ElectedTo, Object: chuTich, AsOf: later, Prov: p2},
		{Subject: oh, Relation: graph.HoldsPosition, Object: thiTruong, AsOf: later, Prov: p2},
		{Subject: chuTich, Relation: graph.PositionIn, Object: ubnd, Prov: p1},
		{Subject: phoChuTich, Relation: graph.PositionIn, Object: ubnd, Prov: p1},
		{Subject: phoBiThu, Relation: graph.PositionIn, Object: tu, Prov: p1},
		{Subject: chung, Relation: graph.Attended, Object: daiHoi, AsOf: day, Prov: p1},
		{Subject: chung, Relation: graph.SpokeAt, Object: daiHoi, AsOf: day, Prov: p1},
		{Subject: loi, Relation: graph.Attended, Object: daiHoi, AsOf: day, Prov: p1},
		{Subject: suu, Relation: graph.Hosted, Object: tiep, AsOf: later, Prov: p2},
		{Subject: oh, Relation: graph.Attended, Object: tiep, AsOf: later, Prov: p2},
		{Subject: doan, Relation: graph.Attended, Object: tiep, AsOf: later, Prov: p2},
		{Subject: dangbo, Relation: graph.Organized, Object: daiHoi, Prov: p1},
		{Subject: ubnd, Relation: graph.Organized, Object: tiep, Prov: p2},
		{Subject: dangbo, Relation: graph.PartOf, Object: tu, Prov: p1},
		{Subject: tu, Relation: graph.PartOf, Object: dang, Prov: p1},
		{Subject: ubnd, Relation: graph.LocatedIn, Object: hanoi, Prov: p1},
		{Subject: daiHoi, Relation: graph.LocatedIn, Object: hanoi, Prov: p1},
		{Subject: hanoi, Relation: graph.LocatedIn, Object: vn, Prov: p1},
		{Subject: tho, Relation: graph.AuthorOf, Object: art, Prov: p1},
		{Subject: bao, Relation: graph.PublisherOf, Object: art, Prov: p1},
		{Subject: art, Relation: graph.Mentions, Object: chung, Prov: p1},
		{Subject: art, Relation: graph.Mentions, Object: loi, Prov: p1},
		{Subject: art, Relation: graph.Mentions, Object: daiHoi, Prov: p1},
		{Subject: art, Relation: graph.Mentions, Object: ubnd, Prov: p1},
		{Subject: art, Relation: graph.Mentions, Object: chuTich, Prov: p1},
		{Subject: art2, Relation: graph.Mentions, Object: oh, Prov: p2},
	} {
		b.fact(f)
	}
	return b.done(tb)
}

// HostileNames are texts that break naive writers of JSON, DOT, XML,
// HTML or spreadsheets, and make long labels.
func HostileNames() []string {
	return []string{
		`Nguyễn "Văn" A`,
		`back\slash\`,
		`trailing \`,
		`\N \G \L \n`,
		`<script>alert("x")</script>`,
		`a]]>b<![CDATA[c`,
		`Tom & Jerry &amp; &#x41;`,
		"line1\nline2\r\nline3",
		"ctl\x00\x01\x07\x1b\x7f\u0085end",
		"abc\u202Efed\u2066x\u2069",
		"sep\u2028para\u2029end",
		"bad\xffutf8\xc3",
		"nonchar\ufffe\uffffend",
		"=SUM(A1:A9)",
		"+84 912",
		"-1",
		"@context",
		"@id",
		"<!-- comment -->",
		"-- not a comment",
		"{\"json\": [1, 2]}",
		"tab\there",
		strings.Repeat("x", 10000),
		strings.Repeat("dài ", 40),
		"",
	}
}

// Hostile is a graph whose every name, alias, ID and text is one of
// HostileNames, joined by every relation.
func Hostile(tb testing.TB) *graph.Graph {
	b := &builder{g: graph.New()}
	names := HostileNames()
	art := b.entity(graph.Entity{ID: "article:<\"'&>", Kind: graph.Article, Name: names[4],
		Text: `https://example.com/a?b="c"&d=<e>`, Date: graph.Date{Year: 2024, Month: 2, Day: 29}})
	prov := graph.Provenance{Article: art, Start: 3, End: 40, Rule: `rule "x"`}
	org := b.entity(graph.Entity{ID: "organization:" + names[5], Kind: graph.Organization, Name: names[6],
		Aliases: names[:4], Class: graph.OrgClass(200)})
	place := b.entity(graph.Entity{ID: "place:" + names[8], Kind: graph.Place, Name: names[8]})
	strange := b.entity(graph.Entity{ID: "no kind at all", Kind: graph.Kind(99), Name: names[7]})
	b.fact(graph.Fact{Subject: art, Relation: graph.Mentions, Object: strange, Prov: prov})
	b.fact(graph.Fact{Subject: org, Relation: graph.LocatedIn, Object: place, Prov: prov})
	b.fact(graph.Fact{Subject: org, Relation: graph.PublisherOf, Object: art, Prov: prov})
	b.fact(graph.Fact{Subject: org, Relation: graph.Relation(200), Object: place, Prov: prov})
	for i, n := range names {
		p := b.entity(graph.Entity{ID: "person:" + n, Kind: graph.Person, Name: n,
			Aliases: []string{names[(i+1)%len(names)]}})
		pos := b.entity(graph.Entity{ID: "position:" + n, Kind: graph.Position, Name: "Chủ tịch " + n, Role: n})
		ev := b.entity(graph.Entity{ID: "event:" + n, Kind: graph.Event, Name: n, Text: n,
			Date: graph.Date{Month: 1 + i%12, Day: 1 + i%28}})
		b.fact(graph.Fact{Subject: p, Relation: graph.HoldsPosition, Object: pos, Former: i%2 == 0, Prov: prov})
		b.fact(graph.Fact{Subject: pos, Relation: graph.PositionIn, Object: org, Prov: prov})
		b.fact(graph.Fact{Subject: p, Relation: graph.Relation(1 + i%14), Object: ev, Prov: prov})
		b.fact(graph.Fact{Subject: p, Relation: graph.Attended, Object: ev, Prov: prov})
		b.fact(graph.Fact{Subject: p, Relation: graph.AuthorOf, Object: art, Prov: prov})
		b.fact(graph.Fact{Subject: org, Relation: graph.Organized, Object: ev, Prov: prov})
		b.fact(graph.Fact{Subject: art, Relation: graph.Mentions, Object: p, Prov: prov})
		b.fact(graph.Fact{Subject: art, Relation: graph.Mentions, Object: ev, Prov: prov})
	}
	return b.done(tb)
}

// Synthetic builds a graph like the one kg makes of the given number of
// articles: about 6 entities and 15 facts an article (60k entities and
// 150k facts for 10,000 articles). The same arguments give the same graph.
func Synthetic(tb testing.TB, articles int, seed uint64) *graph.Graph {
	b := &builder{g: graph.New()}
	r := rand.New(rand.NewPCG(seed, 0x6b67))
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"}
	middle := []string{"Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc"}
	given := []string{"An", "Bình", "Chung", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong", "Sơn", "Tâm", "Thắng", "Tuấn"}
	roles := []string{"Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Giám đốc", "Trưởng ban", "Ủy viên"}
	orgKinds := []struct {
		name  string
		class graph.OrgClass
	}{
		{"UBND", graph.OrgState}, {"HĐND", graph.OrgState}, {"Tỉnh ủy", graph.OrgParty},
		{"Sở Tài chính", graph.OrgState}, {"Báo", graph.OrgMedia}, {"Trường Đại học", graph.OrgEducation},
		{"Công ty", graph.OrgBusiness}, {"Ủy ban MTTQ", graph.OrgFront}, {"Đoàn công tác", graph.OrgDelegation},
	}
	pick := func(list []string) string { return list[r.IntN(len(list))] }

	nPlaces := max(articles/20, 5)
	places := make([]string, nPlaces)
	for i := range places {
		places[i] = b.entity(graph.Entity{ID: fmt.Sprintf("place:tỉnh %d", i), Kind: graph.Place,
			Name: fmt.Sprintf("Tỉnh %d", i)})
	}
	// Pools sized so that the whole is about 6 entities an article:
	// 1 article, 2.4 persons, 0.9 organizations, 1 position, 0.5 events.
	nPersons, nOrgs, nPos, nEvents := max(articles*12/5, 3), max(articles*9/10, 3), max(articles, 3), max(articles/2, 2)
	orgs := make([]string, nOrgs)
	orgNames := make([]string, nOrgs)
	for i := range orgs {
		k := orgKinds[r.IntN(len(orgKinds))]
		orgNames[i] = fmt.Sprintf("%s tỉnh %d số %d", k.name, r.IntN(nPlaces), i)
		orgs[i] = b.entity(graph.Entity{ID: "organization:" + strings.ToLower(orgNames[i]), Kind: graph.Organization,
			Name: orgNames[i], Class: k.class})
	}
	positions := make([]string, nPos)
	for i := range positions {
		o := r.IntN(nOrgs)
		role := pick(roles)
		positions[i] = b.entity(graph.Entity{ID: fmt.Sprintf("position:%d %s", i, strings.ToLower(role)), Kind: graph.Position,
			Name: role + " " + orgNames[o], Role: role})
		if r.IntN(10) > 0 { // a few positions name no organization
			b.fact(graph.Fact{Subject: positions[i], Relation: graph.PositionIn, Object: orgs[o]})
		}
	}
	persons := make([]string, nPersons)
	for i := range persons {
		name := fmt.Sprintf("%s %s %s %d", pick(family), pick(middle), pick(given), i)
		persons[i] = b.entity(graph.Entity{ID: "person:" + strings.ToLower(name), Kind: graph.Person, Name: name})
	}
	events := make([]string, nEvents)
	for i := range events {
		events[i] = b.entity(graph.Entity{ID: fmt.Sprintf("event:hội nghị %d", i), Kind: graph.Event,
			Name: fmt.Sprintf("Hội nghị lần thứ %d", i), Text: "Hội nghị",
			Date: graph.Date{Year: 2015 + r.IntN(10), Month: 1 + r.IntN(12), Day: 1 + r.IntN(28)}})
	}
	for i := range orgs {
		if r.IntN(2) == 0 {
			b.fact(graph.Fact{Subject: orgs[i], Relation: graph.PartOf, Object: orgs[r.IntN(nOrgs)]})
		}
		b.fact(graph.Fact{Subject: orgs[i], Relation: graph.LocatedIn, Object: places[r.IntN(nPlaces)]})
	}
	atEvent := []graph.Relation{graph.Attended, graph.Attended, graph.Attended, graph.Presided, graph.SpokeAt, graph.ElectedAt, graph.Hosted}
	for a := range articles {
		date := graph.Date{Year: 2015 + r.IntN(10), Month: 1 + r.IntN(12), Day: 1 + r.IntN(28)}
		art := b.entity(graph.Entity{ID: fmt.Sprintf("article:%016x", r.Uint64()), Kind: graph.Article,
			Name: fmt.Sprintf("Bài báo số %d", a), Date: date, Text: fmt.Sprintf("https://example.vn/bai-%d.html", a)})
		prov := graph.Provenance{Article: art, Rule: "synthetic"}
		ev := events[r.IntN(nEvents)]
		b.fact(graph.Fact{Subject: orgs[r.IntN(nOrgs)], Relation: graph.Organized, Object: ev, Prov: prov})
		b.fact(graph.Fact{Subject: orgs[r.IntN(nOrgs)], Relation: graph.PublisherOf, Object: art, Prov: prov})
		b.fact(graph.Fact{Subject: art, Relation: graph.Mentions, Object: ev, Prov: prov})
		for range 3 {
			p := persons[r.IntN(nPersons)]
			b.fact(graph.Fact{Subject: p, Relation: graph.HoldsPosition, Object: positions[r.IntN(nPos)],
				Former: r.IntN(5) == 0, AsOf: date, Prov: prov})
			b.fact(graph.Fact{Subject: p, Relation: atEvent[r.IntN(len(atEvent))], Object: ev, AsOf: date, Prov: prov})
			b.fact(graph.Fact{Subject: art, Relation: graph.Mentions, Object: p, Prov: prov})
		}
		b.fact(graph.Fact{Subject: art, Relation: graph.Mentions, Object: orgs[r.IntN(nOrgs)], Prov: prov})
		if r.IntN(4) == 0 {
			b.fact(graph.Fact{Subject: ev, Relation: graph.LocatedIn, Object: places[r.IntN(nPlaces)], Prov: prov})
		}
	}
	return b.done(tb)
}

// Sentence is an export.SentenceFunc for the test graphs, which have no
// article texts: the sentence of a fact is a hostile text naming its
// span, so that every writer's escaping of sentences is tried.
func Sentence(p graph.Provenance) (string, bool) {
	if p.Article == "" {
		return "", false
	}
	return fmt.Sprintf("Câu %d–%d: \"trích\" <b>&amp; & dòng\nmới\r\n\u202eđảo\u202c \\ hết", p.Start, p.End), true
}
