package storetest

import (
	"fmt"
	"strings"

	"kg/graph"
)

// Hand-made articles about Nguyễn Văn An: a Phó Chủ tịch UBND tỉnh Quảng
// Trị (articles qt1, qt2), and a namesake, Giám đốc Sở Tài chính Cần Thơ
// (ct1).
const (
	anKey    = "person:nguyễn văn an"
	ubndQT   = "organization:ủy ban nhân dân tỉnh quảng trị"
	posQT    = "position:phó chủ tịch ủy ban nhân dân tỉnh quảng trị"
	quangTri = "place:quảng trị"
	soCT     = "organization:sở tài chính thành phố cần thơ"
	posCT    = "position:giám đốc sở tài chính thành phố cần thơ"
	canTho   = "place:cần thơ"
	daiHoi   = "event:đại hội đảng bộ tỉnh quảng trị"
	ubndCT   = "organization:ủy ban nhân dân thành phố cần thơ"
)

// newArticle builds an extraction with every field set.
func newArticle(hash, source, title string, ents []graph.Entity, facts []graph.Fact) *graph.Extraction {
	ex := &graph.Extraction{
		Article: graph.ArticleMeta{
			Source: source, Hash: hash, Title: title,
			Published: graph.Date{Year: 2020, Month: 5, Day: 16},
			Author:    "Công Thọ", Publisher: "Kinh tế & Đô thị",
			Text: "Sáng 16/5, " + title + ".",
		},
		Entities: ents,
	}
	for i, f := range facts {
		f.AsOf = ex.Article.Published
		f.Prov = graph.Provenance{Article: graph.ArticleID(hash), Start: 10 * i, End: 10*i + 9, Rule: "test/" + f.Relation.String()}
		ex.Facts = append(ex.Facts, f)
	}
	return ex
}

func an(aliases ...string) graph.Entity {
	return graph.Entity{ID: anKey, Kind: graph.Person, Name: "Nguyễn Văn An", Aliases: aliases}
}

// QT1, QT2 and CT1 are hand-made articles about Nguyễn Văn An: a Phó Chủ
// tịch UBND tỉnh Quảng Trị (QT1, QT2), and a namesake, Giám đốc Sở Tài
// chính Cần Thơ (CT1). A store's own tests may use them too.
func QT1() *graph.Extraction {
	return newArticle(HashOf(1, 1), "samples/qt1.txt", "Đại hội Đảng bộ tỉnh Quảng Trị",
		[]graph.Entity{
			an("ông An"),
			{ID: ubndQT, Kind: graph.Organization, Name: "Ủy ban nhân dân tỉnh Quảng Trị", Aliases: []string{"UBND tỉnh Quảng Trị"}, Class: graph.OrgState},
			{ID: posQT, Kind: graph.Position, Name: "Phó Chủ tịch UBND tỉnh Quảng Trị", Role: "Phó Chủ tịch"},
			{ID: quangTri, Kind: graph.Place, Name: "Quảng Trị"},
			{ID: daiHoi, Kind: graph.Event, Name: "Đại hội Đảng bộ tỉnh Quảng Trị", Date: graph.Date{Year: 2020, Month: 5, Day: 16},
				End: graph.Date{Year: 2020, Month: 5, Day: 18}, Text: "Đại hội"},
		},
		[]graph.Fact{
			{Subject: anKey, Relation: graph.HoldsPosition, Object: posQT},
			{Subject: posQT, Relation: graph.PositionIn, Object: ubndQT},
			{Subject: ubndQT, Relation: graph.LocatedIn, Object: quangTri},
			{Subject: anKey, Relation: graph.SpokeAt, Object: daiHoi},
			{Subject: anKey, Relation: graph.HoldsPosition, Object: "position:bí thư huyện ủy", Former: true}, // an end not listed
		})
}

func QT2() *graph.Extraction {
	return newArticle(HashOf(1, 2), "samples/qt2.txt", "UBND tỉnh Quảng Trị họp phiên thường kỳ",
		[]graph.Entity{
			an(),
			{ID: ubndQT, Kind: graph.Organization, Name: "UBND tỉnh Quảng Trị"},
			{ID: posQT, Kind: graph.Position, Name: "Phó Chủ tịch UBND tỉnh Quảng Trị", Role: "Phó Chủ tịch"},
		},
		[]graph.Fact{
			{Subject: anKey, Relation: graph.HoldsPosition, Object: posQT},
			{Subject: posQT, Relation: graph.PositionIn, Object: ubndQT},
		})
}

func CT1() *graph.Extraction {
	return newArticle(HashOf(1, 3), "samples/ct1.txt", "Sở Tài chính Cần Thơ tổng kết năm",
		[]graph.Entity{
			an(),
			{ID: soCT, Kind: graph.Organization, Name: "Sở Tài chính thành phố Cần Thơ", Class: graph.OrgState},
			{ID: ubndCT, Kind: graph.Organization, Name: "UBND thành phố Cần Thơ", Class: graph.OrgState},
			{ID: posCT, Kind: graph.Position, Name: "Giám đốc Sở Tài chính thành phố Cần Thơ", Role: "Giám đốc"},
			{ID: canTho, Kind: graph.Place, Name: "Cần Thơ"},
		},
		[]graph.Fact{
			{Subject: anKey, Relation: graph.HoldsPosition, Object: posCT},
			{Subject: posCT, Relation: graph.PositionIn, Object: soCT},
			{Subject: soCT, Relation: graph.PartOf, Object: ubndCT},
			{Subject: ubndCT, Relation: graph.LocatedIn, Object: canTho},
		})
}

// suffixOf is the cluster suffix ResolvePersons gives a cluster whose
// smallest hash is h.
func suffixOf(h string) string { return "~" + h[:6] }

// Two persons, each named in articles that share nothing (two groups of
// mentions) until an article joins them, and facts between them.
const (
	baKey  = "person:lê văn ba"
	bonKey = "person:trần thị bốn"
	hoiNgh = "event:hội nghị tổng kết"
	hoiTh  = "event:hội thảo khoa học"
	posBa  = "position:chánh văn phòng sở y tế"
	posBon = "position:giám đốc sở y tế"
	soYTe  = "organization:sở y tế"
)

func ba() graph.Entity { return graph.Entity{ID: baKey, Kind: graph.Person, Name: "Lê Văn Ba"} }
func bon() graph.Entity {
	return graph.Entity{ID: bonKey, Kind: graph.Person, Name: "Trần Thị Bốn"}
}

// atEvents: Ba at one event, Bốn at another, Ba hosted Bốn.
func atEvents(i int) *graph.Extraction {
	return newArticle(HashOf(5, i), fmt.Sprintf("samples/ev%d.txt", i), "Hội nghị tổng kết",
		[]graph.Entity{ba(), bon(),
			{ID: hoiNgh, Kind: graph.Event, Name: "Hội nghị tổng kết"}, {ID: hoiTh, Kind: graph.Event, Name: "Hội thảo khoa học"}},
		[]graph.Fact{
			{Subject: baKey, Relation: graph.Attended, Object: hoiNgh},
			{Subject: bonKey, Relation: graph.Attended, Object: hoiTh},
			{Subject: baKey, Relation: graph.Attended, Object: hoiNgh}, // again, in another sentence
			{Subject: baKey, Relation: graph.Hosted, Object: bonKey},
			{Subject: graph.ArticleID(HashOf(5, i)), Relation: graph.Mentions, Object: baKey},
			{Subject: graph.ArticleID(HashOf(5, i)), Relation: graph.Mentions, Object: hoiNgh},
		})
}

// inOffice: their positions, Bốn hosted Ba.
func inOffice(i int) *graph.Extraction {
	return newArticle(HashOf(5, i), fmt.Sprintf("samples/of%d.txt", i), "Sở Y tế họp",
		[]graph.Entity{ba(), bon(), {ID: soYTe, Kind: graph.Organization, Name: "Sở Y tế"}},
		[]graph.Fact{
			{Subject: baKey, Relation: graph.HoldsPosition, Object: posBa},
			{Subject: posBa, Relation: graph.PositionIn, Object: soYTe},
			{Subject: bonKey, Relation: graph.HoldsPosition, Object: posBon},
			{Subject: posBon, Relation: graph.PositionIn, Object: soYTe},
			{Subject: bonKey, Relation: graph.Hosted, Object: baKey},
			{Subject: graph.ArticleID(HashOf(5, i)), Relation: graph.Mentions, Object: bonKey},
			{Subject: graph.ArticleID(HashOf(5, i)), Relation: graph.Mentions, Object: soYTe},
			// What another article mentions: ev1's article, whatever it says.
			{Subject: graph.ArticleID(HashOf(5, 1)), Relation: graph.Mentions, Object: bonKey},
			{Subject: graph.ArticleID(HashOf(5, 1)), Relation: graph.Mentions, Object: hoiNgh},
		})
}

// both: both at the events and in office, which joins each one's groups.
func both(i int) *graph.Extraction {
	ex := atEvents(i)
	o := inOffice(i)
	ex.Article.Source = fmt.Sprintf("samples/both%d.txt", i)
	ex.Entities = append(ex.Entities, o.Entities[2])
	for _, f := range o.Facts {
		f.Prov.Start += 100
		ex.Facts = append(ex.Facts, f)
	}
	return ex
}

// Hub returns n articles about two organizations that many articles
// mention. Every article mentions the first, every fifth is published
// by it (a link of another relation to the article that mentions it),
// every sixth mentions it twice, and four of its positions are named in
// six articles each. Every other article mentions the second, and
// article 3 states that article 0 mentions it too: a mention that two
// articles state.
func Hub(n int) []*graph.Extraction {
	const (
		hub    = "organization:ban chỉ đạo phát triển vùng"
		second = "organization:hội đồng thi đua khen thưởng"
	)
	roles := []string{"Trưởng ban", "Phó Trưởng ban", "Chánh Văn phòng", "Ủy viên thường trực"}
	out := make([]*graph.Extraction, n)
	for i := range n {
		aid := graph.ArticleID(HashOf(11, i))
		ents := []graph.Entity{{ID: hub, Kind: graph.Organization, Name: "Ban Chỉ đạo phát triển vùng", Class: graph.OrgState}}
		facts := []graph.Fact{{Subject: aid, Relation: graph.Mentions, Object: hub}}
		if i%6 == 0 {
			facts = append(facts, graph.Fact{Subject: aid, Relation: graph.Mentions, Object: hub})
		}
		if i%5 == 0 {
			facts = append(facts, graph.Fact{Subject: hub, Relation: graph.PublisherOf, Object: aid})
		}
		if i < 24 {
			role := roles[i%len(roles)]
			pos := graph.Entity{ID: graph.ID(graph.Position, strings.ToLower(role+" Ban Chỉ đạo phát triển vùng")), Kind: graph.Position,
				Name: role + " Ban Chỉ đạo phát triển vùng", Role: role}
			ents = append(ents, pos)
			facts = append(facts, graph.Fact{Subject: pos.ID, Relation: graph.PositionIn, Object: hub})
		}
		if i%2 == 0 || i == 3 {
			ents = append(ents, graph.Entity{ID: second, Kind: graph.Organization, Name: "Hội đồng Thi đua - Khen thưởng", Class: graph.OrgState})
			about := aid
			if i == 3 {
				about = graph.ArticleID(HashOf(11, 0))
			}
			facts = append(facts, graph.Fact{Subject: about, Relation: graph.Mentions, Object: second})
		}
		out[i] = newArticle(HashOf(11, i), fmt.Sprintf("samples/hub%02d.txt", i), fmt.Sprintf("Ban Chỉ đạo họp phiên thứ %d", i+1), ents, facts)
	}
	return out
}
