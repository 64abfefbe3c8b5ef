package main

import (
	"strconv"
	"strings"
)

// People without a title: citizens a leader visits, elders, voters,
// defendants. Reports name them as often as officials, and a reader
// expects them in the graph as much; the corpus names them so that a
// resolver and an extractor meet them too.

// Standing is what a report calls a citizen (never a post).
type Standing uint8

// The standings of citizens.
const (
	Elder     Standing = iota + 1 // cụ, 90 or more years old
	Kin                           // a fallen soldier's kin, a family the state honors
	Voter                         // a voter speaking at a meeting
	Defendant                     // bị cáo
)

func (s Standing) String() string {
	switch s {
	case Elder:
		return "elder"
	case Kin:
		return "kin of a fallen soldier"
	case Voter:
		return "voter"
	case Defendant:
		return "defendant"
	}
	return ""
}

// citizensPerProvince is how many citizens each province has.
const citizensPerProvince = 40

// citizens gives each province its citizens, living in its districts'
// communes.
func (b *builder) citizens() {
	for _, a := range b.w.Provinces {
		for i := range citizensPerProvince {
			st := []Standing{Elder, Kin, Kin, Voter, Voter, Defendant, Defendant, Defendant}[i%8]
			female := b.chance(0.4)
			born := 1950 + b.rng.IntN(25)
			switch st {
			case Elder:
				born = 1915 + b.rng.IntN(15)
				female = b.chance(0.6)
			case Defendant:
				born = 1970 + b.rng.IntN(35)
				female = b.chance(0.15)
			}
			p := &Person{Index: len(b.w.People), Kind: Citizen, Province: a, Female: female, Standing: st, Born: born}
			p.Name, p.Short = b.vietName(b.groupFor(a), female)
			if len(a.Districts) > 0 {
				p.District = a.Districts[b.rng.IntN(len(a.Districts))]
				p.Commune = p.District.Communes[b.rng.IntN(len(p.District.Communes))]
			}
			b.w.People = append(b.w.People, p)
			a.Citizens = append(a.Citizens, p)
		}
	}
}

// citizensOf picks up to k of the province's citizens of a standing,
// of a district unless it is nil.
func (g *gen) citizensOf(st Standing, k int, d *Area) []*Person {
	var cands []*Person
	for _, p := range g.prov.Citizens {
		if p.Standing == st && p.District != nil && (d == nil || p.District == d) {
			cands = append(cands, p)
		}
	}
	var out []*Person
	for _, i := range g.rng.Perm(len(cands)) {
		if len(out) == k {
			break
		}
		out = append(out, cands[i])
	}
	return out
}

// notePlain records that the article names a person without a title.
func (g *gen) notePlain(p *Person) { g.note(p, nil, false) }

// Residence writes where a citizen lives: "xã Tân Lạc, huyện Phú Điền",
// "phường An Lộc, quận Tây Sơn", or "" for a person of no commune.
func (p *Person) Residence() string {
	if p.District == nil {
		return ""
	}
	unit := "xã "
	if p.District.Level == "quận" {
		unit = "phường " // an urban district has wards, not communes
	}
	return unit + p.Commune + ", " + p.District.Level + " " + p.District.Name
}

// address writes how a report calls a citizen before the name.
func (g *gen) address(p *Person) string {
	switch {
	case p.Standing == Elder:
		return "cụ"
	case p.Standing == Defendant:
		return "bị cáo"
	case p.Female:
		return "bà"
	}
	return "ông"
}

// --- visits with gifts ---

// gifts is a leader's visit to families the state honors and to elders,
// before Tết or on the day of war invalids and martyrs (27 July): the
// visit is told with verbs (thăm, tặng quà, chúc Tết), and the people
// visited have no title.
func (g *gen) gifts() {
	g.topic = topicSocial
	tet := g.rng.IntN(2) == 0
	y := 2016 + g.rng.IntN(9)
	occasion := "nhân dịp kỷ niệm " + strconv.Itoa(y-1947) + " năm Ngày Thương binh - Liệt sĩ (27/7)"
	if tet {
		g.dateIn(y, 1, 15, 20)
		occasion = "nhân dịp Tết Nguyên đán"
	} else {
		g.dateIn(y, 7, 20, 7)
	}
	sec, chair := g.leaders()
	host := chair
	if sec != nil && (chair == nil || g.rng.IntN(2) == 0) {
		host = sec
	}
	if host == nil {
		g.review(false)
		return
	}
	d := pick(g.rng, g.prov.Districts)
	kin := g.citizensOf(Kin, 1+g.rng.IntN(2), d)
	elders := g.citizensOf(Elder, g.rng.IntN(2), d)
	visited := append(kin, elders...)
	if len(visited) == 0 {
		g.review(false)
		return
	}
	g.unit = d.Level + " " + d.Name
	companions := g.choose(1+g.rng.IntN(2), g.provincial, host)
	g.cast(append(append(nonNil(host), companions...), visited...)...)
	verb := pick(g.rng, []string{"thăm, tặng quà", "thăm hỏi, tặng quà"})
	if tet {
		verb = pick(g.rng, []string{"thăm, chúc Tết", "thăm, tặng quà"})
	}
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = upper(g.headline(host)) + " " + verb + " gia đình chính sách tại " + d.Level + " " + d.Name
	case 1:
		g.a.Title = "Lãnh đạo " + g.areaName(g.prov) + " " + verb + " người có công"
	default:
		g.a.Title = upper(g.mainTitle(host)) + " " + verb + " các gia đình chính sách " + occasion
		g.note(host, []Title{host.at(g.day).Main}, false)
	}
	g.para(g.when() + ", " + g.before(host, g.rng.IntN(2) == 0) + " cùng đoàn công tác đã " + verb + " các gia đình chính sách, người có công với cách mạng trên địa bàn " + d.Level + " " + d.Name + " " + occasion + ".")
	if len(companions) > 0 {
		g.para("Cùng đi có " + g.attendees(companions) + ".")
	}
	var items []string
	for _, p := range visited {
		g.notePlain(p)
		switch {
		case p.Standing == Elder:
			items = append(items, "cụ "+p.Name+" ("+p.Residence()+"), năm nay "+strconv.Itoa(g.day.Time().Year()-p.Born)+" tuổi")
		case g.rng.IntN(2) == 0:
			items = append(items, "gia đình "+g.address(p)+" "+p.Name+", thân nhân liệt sĩ, ở "+p.Residence())
		default:
			items = append(items, g.address(p)+" "+p.Name+" ("+p.Residence()+"), "+pick(g.rng, []string{"vợ liệt sĩ", "con liệt sĩ", "thân nhân của hai liệt sĩ"}))
		}
	}
	g.para("Đoàn đã đến thăm " + strings.Join(items, "; ") + ".")
	first := visited[0]
	g.para("Tại các gia đình, " + g.ref(host) + " ân cần hỏi han sức khỏe, đời sống; bày tỏ lòng tri ân những hy sinh, đóng góp của các gia đình và mong " + pick(g.rng, []string{"các gia đình", "bà con"}) + " tiếp tục gương mẫu, động viên con cháu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.")
	g.para(append([]string{upper(g.address(first)) + " " + first.Short + " xúc động cảm ơn sự quan tâm của lãnh đạo " + g.prov.Level + "."},
		g.filler(topicSocial, 1)...)...)
	if len(visited) > 1 && g.rng.IntN(2) == 0 {
		p := visited[len(visited)-1]
		g.para("Trò chuyện với phóng viên, " + g.address(p) + " " + p.Name + " cho biết gia đình " + pick(g.rng, []string{"đã được hỗ trợ sửa lại nhà", "luôn được chính quyền xã quan tâm, thăm hỏi", "có cuộc sống ổn định nhờ chính sách của Nhà nước"}) + ".")
	}
	g.fillerParas(topicSocial)
	g.caption(upper(g.mainTitle(host)) + " " + host.Name + " tặng quà " + g.address(first) + " " + first.Name + ".")
}

// --- trials ---

// crimes are what defendants stand trial for.
var crimes = []string{"Lừa đảo chiếm đoạt tài sản", "Tham ô tài sản", "Vi phạm quy định về đấu thầu gây hậu quả nghiêm trọng",
	"Mua bán trái phép chất ma túy", "Cố ý gây thương tích", "Trộm cắp tài sản", "Vi phạm quy định về khai thác tài nguyên"}

// trial is a provincial court's hearing: the defendants, citizens with
// no title, named with their birth year and residence; the sentence.
func (g *gen) trial() {
	g.topic = topicSecurity
	defs := g.citizensOf(Defendant, 1+g.rng.IntN(3), nil)
	if len(defs) == 0 {
		g.review(false)
		return
	}
	g.cast(defs...)
	crime := pick(g.rng, crimes)
	court := g.spell("Tòa án nhân dân") + " " + g.areaName(g.prov)
	g.unit = court
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = "Xét xử " + strconv.Itoa(len(defs)) + " bị cáo về tội " + lowerFirst(crime)
		if len(defs) == 1 {
			g.a.Title = "Xét xử bị cáo " + defs[0].Name + " về tội " + lowerFirst(crime)
		}
	case 1:
		g.a.Title = upper(g.placeShort(g.prov)) + ": Tuyên án vụ " + lowerFirst(crime)
	default:
		g.a.Title = "Mở phiên tòa xét xử vụ án \"" + crime + "\""
	}
	var who []string
	for _, p := range defs {
		g.notePlain(p)
		who = append(who, p.Name+" ("+pick(g.rng, []string{"SN ", "sinh năm "})+strconv.Itoa(p.Born)+", trú tại "+p.Residence()+")")
	}
	list := "bị cáo " + who[0]
	if len(who) > 1 {
		list = "các bị cáo " + strings.Join(who[:len(who)-1], ", ") + " và " + who[len(who)-1]
	}
	g.para(g.when() + ", " + court + " mở phiên tòa hình sự sơ thẩm xét xử " + list + " về tội \"" + crime + "\".")
	g.para(g.fill("Theo cáo trạng, trong năm {Yp}, " + defs[0].Name + " đã thực hiện hành vi phạm tội, gây thiệt hại hơn {K} triệu đồng."))
	var sentences []string
	for _, p := range defs {
		sentences = append(sentences, "bị cáo "+p.Short+" "+strconv.Itoa(1+g.rng.IntN(12))+" năm tù")
	}
	they := "các bị cáo"
	if len(defs) == 1 {
		they = "bị cáo"
	}
	g.para("Tại phiên tòa, "+they+" đã thành khẩn khai báo, tỏ ra ăn năn hối cải.",
		"Hội đồng xét xử tuyên phạt "+strings.Join(sentences, ", ")+".")
	g.fillerParas(topicSecurity)
}

// voters adds what voters said before a council session: people named
// with where they live, and no title.
func (g *gen) voters(ev string) {
	vs := g.citizensOf(Voter, 1+g.rng.IntN(2), nil)
	if len(vs) == 0 {
		return
	}
	var items []string
	for _, p := range vs {
		g.notePlain(p)
		items = append(items, "cử tri "+p.Name+" ("+p.Residence()+")")
	}
	g.para("Trước " + ev + ", " + strings.Join(items, " và ") + " " + pick(g.rng, []string{"kiến nghị", "đề nghị"}) + " " + pick(g.rng, []string{
		"sớm sửa chữa tuyến đường liên xã bị xuống cấp",
		"giải quyết dứt điểm việc cấp giấy chứng nhận quyền sử dụng đất",
		"quan tâm hỗ trợ người dân vay vốn phát triển sản xuất",
		"có biện pháp xử lý tình trạng ô nhiễm tại cụm công nghiệp",
	}) + ".")
}

// askedBy adds an official's answer to a reporter named in the text, as
// reports of press questions do: "Trả lời câu hỏi của phóng viên Minh
// Thu (Báo Nhân Dân) bên lề hội nghị, ông Hùng cho biết …". The reporter
// holds no post; the article counts them among its reporters.
func (g *gen) askedBy(official *Person, where string) {
	var pool []*Person
	pool = append(pool, g.prov.Reporters...)
	for _, o := range g.w.Outlets[:min(nationalOutlets, len(g.w.Outlets))] {
		pool = append(pool, o.Reporters...)
	}
	if len(pool) == 0 {
		return
	}
	r := pick(g.rng, pool)
	if !containsPerson(g.a.Reporters, r) {
		g.a.Reporters = append(g.a.Reporters, r)
	}
	g.para("Trả lời câu hỏi của phóng viên " + r.Name + " (" + r.Outlet + ") " + where + ", " + g.ref(official) + " cho biết, thời gian tới " + g.fill(g.unit+" sẽ tập trung "+pick(g.rng, []string{
		"tháo gỡ khó khăn, vướng mắc cho doanh nghiệp",
		"đẩy mạnh cải cách hành chính, chuyển đổi số",
		"hoàn thành các chỉ tiêu của năm {Y1}",
	})) + ".")
}
