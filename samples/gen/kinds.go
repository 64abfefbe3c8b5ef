package main

import (
	"strconv"
	"strings"
)

// The kinds of report, one method each: congresses, conferences, council
// sessions, ceremonies, receptions, working visits and seminars. Each
// picks the people the event brings together on its day, then writes the
// headline and the body in one of several forms.

// headline writes a person for a headline: main title with its place,
// then the name.
func (g *gen) headline(p *Person) string {
	post := p.at(g.day)
	if post == nil {
		return p.Name
	}
	t := post.Main
	g.note(p, []Title{t}, false)
	return g.title(t, true) + " " + p.Name
}

// mainTitle writes a person's main title with its place.
func (g *gen) mainTitle(p *Person) string {
	post := p.at(g.day)
	if post == nil {
		return ""
	}
	return g.title(post.Main, true)
}

// director returns who heads the province's Sở of a sector, or nil.
func (g *gen) director(sector int) *Person {
	return g.holderOf(func(t Title) bool {
		return t.Role == "Giám đốc" && t.Org.Kind == OrgDept && t.Org.Sector == sector && t.Org.Area == g.prov
	})
}

// districtHolder returns who holds a title of a district.
func (g *gen) districtHolder(d *Area, role string, kind OrgKind) *Person {
	return g.holderOf(isRole(role, kind, d))
}

// retired picks up to k former officials of the province, for the
// ceremonies they are invited to.
func (g *gen) retired(k int) []*Person {
	var cands []*Person
	var ws []float64
	seen := map[*Person]bool{}
	for _, post := range g.prov.Posts {
		if post.Area != g.prov {
			continue
		}
		for _, t := range post.Terms {
			p := t.Person
			if t.Until > g.day || seen[p] {
				continue
			}
			seen[p] = true
			if last := p.former(g.day); last != nil && last.Rank >= 6 {
				cands = append(cands, p)
				ws = append(ws, last.Weight)
			}
		}
	}
	var out []*Person
	for len(out) < k && len(cands) > 0 {
		i := weighted(g.rng, ws)
		out = append(out, cands[i])
		cands = append(cands[:i], cands[i+1:]...)
		ws = append(ws[:i], ws[i+1:]...)
	}
	return out
}

// sectorOf returns the sector of a random Sở of the province.
func (g *gen) sectorOf() int {
	var secs []int
	for _, p := range g.prov.Posts {
		if p.Area == g.prov && p.Sector >= 0 && p.Main.Role == "Giám đốc" {
			secs = append(secs, p.Sector)
		}
	}
	return pick(g.rng, secs)
}

// bySector weights posts of a sector up.
func bySector(sector int) func(*Post) float64 {
	return func(p *Post) float64 {
		if p.Sector == sector {
			return 15
		}
		return 1
	}
}

// provincial weights the province's own posts, not its districts'.
func (g *gen) provincial(p *Post) float64 {
	if p.Area != g.prov {
		return 0.1
	}
	return 1
}

func nonNil(ps ...*Person) []*Person {
	var out []*Person
	for _, p := range ps {
		if p != nil && !containsPerson(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func without(ps []*Person, x ...*Person) []*Person {
	var out []*Person
	for _, p := range ps {
		if !containsPerson(x, p) {
			out = append(out, p)
		}
	}
	return out
}

// --- congresses ---

func (g *gen) congress() {
	g.topic = topicParty
	var unit, unitShort string
	var ordinal, year int
	var secretaryOf *Area // whose secretary the congress elects
	var guests, locals []*Person
	switch r := g.rng.IntN(10); {
	case r < 4:
		year = pick(g.rng, []int{2015, 2020})
		g.dateIn(year, 9+g.rng.IntN(2), 1, 28)
		ordinal = g.prov.Congress + (year-2015)/5
		unit, unitShort = "Đảng bộ "+g.areaName(g.prov), "Đảng bộ "+g.prov.Level
		secretaryOf = g.prov
		if g.rng.IntN(10) < 7 {
			guests = []*Person{g.national(-1)}
		}
		sec, chair := g.leaders()
		locals = nonNil(sec, chair)
		locals = nonNil(append(locals, g.choose(1+g.rng.IntN(3), g.provincial, locals...)...)...)
	case r < 8:
		year = pick(g.rng, []int{2015, 2020, 2025})
		month := 5 + g.rng.IntN(2)
		if year == 2025 {
			month = 4 + g.rng.IntN(2)
		}
		g.dateIn(year, month, 1, 28)
		d := pick(g.rng, g.prov.Districts)
		ordinal = d.Congress + (year-2015)/5
		unit, unitShort = "Đảng bộ "+g.areaName(d), "Đảng bộ "+d.Level
		secretaryOf = d
		guests = g.choose(1+g.rng.IntN(2), func(p *Post) float64 {
			if p.Area == g.prov && p.Rank >= 6 {
				return 1
			}
			return 0
		})
		locals = nonNil(g.districtHolder(d, "Bí thư", OrgCommittee), g.districtHolder(d, "Chủ tịch", OrgPeople), g.districtHolder(d, "Chủ tịch", OrgCouncil))
	default:
		year = pick(g.rng, []int{2015, 2020, 2025})
		g.dateIn(year, 4+g.rng.IntN(3), 1, 28)
		s := g.sectorOf()
		ordinal = 3 + (s+g.prov.Congress)%6 + (year-2015)/5
		unit, unitShort = "Đảng bộ Sở "+g.sectorName(s), "Đảng bộ Sở"
		guests = g.choose(1, func(p *Post) float64 {
			if p.Area == g.prov && p.Rank >= 6 {
				return 1
			}
			return 0
		})
		locals = nonNil(g.director(s))
		g.topic = g.w.Sectors[s].Topic
	}
	g.unit = unitShort
	elected := (*Person)(nil)
	newly := false
	if secretaryOf != nil {
		if h := g.holderOf(isRole("Bí thư", OrgCommittee, secretaryOf)); h != nil {
			elected = h
			for _, t := range h.Terms {
				if t.From > g.day-60 && t.From <= g.day+30 {
					newly = true
				}
			}
		}
	}
	g.cast(append(append(guests, locals...), elected)...)
	ord := g.ordinal(ordinal)
	term := g.term(year)
	ev := "Đại hội"
	if g.rng.IntN(3) == 0 {
		ev = "đại hội"
	}

	switch g.rng.IntN(6) {
	case 0:
		g.a.Title = "Đại hội đại biểu " + unit + " lần thứ " + ord + ", nhiệm kỳ " + term
	case 1:
		g.a.Title = "Khai mạc Đại hội đại biểu " + unit + " lần thứ " + ord
	case 2:
		g.a.Title = upper(unit) + " tổ chức Đại hội lần thứ " + ord + ", nhiệm kỳ " + term
	case 3:
		g.a.Title = "Bế mạc Đại hội " + unit + " lần thứ " + ord + ", nhiệm kỳ " + term
	case 4:
		if elected != nil {
			verb := pick(g.rng, []string{"tái đắc cử", "tái cử"})
			if newly {
				verb = "được bầu làm"
			}
			g.note(elected, []Title{{"Bí thư", &Org{Kind: OrgCommittee, Area: secretaryOf}}}, false)
			g.a.Title = "Đồng chí " + elected.Name + " " + verb + " Bí thư " + secretaryOf.Committee + " " + secretaryOf.Name
			break
		}
		fallthrough
	default:
		g.a.Title = "Đại hội " + unit + " lần thứ " + ord + ": " + pick(g.rng, slogans)
	}

	switch g.rng.IntN(4) {
	case 0:
		g.para(g.when() + ", " + unit + " long trọng tổ chức Đại hội đại biểu lần thứ " + ord + ", nhiệm kỳ " + term + ".")
	case 1:
		g.para(g.when()+", tại "+g.fill(pick(g.rng, venues))+", Đại hội đại biểu "+unit+" lần thứ "+ord+", nhiệm kỳ "+term+" đã khai mạc trọng thể.",
			g.fill("Về dự Đại hội có {M} đại biểu, đại diện cho hơn {K} nghìn đảng viên trong toàn Đảng bộ."))
	case 2:
		g.para(g.when() + ", sau " + pick(g.rng, []string{"2", "3", "hai", "ba"}) + " ngày làm việc khẩn trương, nghiêm túc, Đại hội đại biểu " + unit + " lần thứ " + ord + ", nhiệm kỳ " + term + " đã bế mạc.")
	default:
		g.para(g.when() + ", " + unit + " khai mạc Đại hội lần thứ " + ord + ", nhiệm kỳ " + term + ", với chủ đề \"" + pick(g.rng, slogans) + "\".")
	}
	if len(guests) > 0 && g.rng.IntN(2) == 0 {
		g.para("Dự và chỉ đạo " + ev + " có " + g.attendees(guests) + ".")
		g.para(g.attendance(ev, locals))
	} else {
		g.para(g.attendance(ev, append(guests, locals...)))
	}
	g.fillerParas(g.topic)
	speaker := pick(g.rng, append(guests, locals...))
	g.para(g.speech(speaker, ev))
	g.photo(speaker, ev)
	if elected != nil {
		verb := pick(g.rng, []string{"tái đắc cử", "tái cử", "tiếp tục được bầu giữ chức", "tiếp tục được bầu giữ chức"})
		if newly {
			verb = pick(g.rng, []string{"được bầu giữ chức", "được bầu làm"})
		}
		sec := Title{"Bí thư", &Org{Kind: OrgCommittee, Area: secretaryOf}}
		g.note(elected, []Title{sec}, false)
		g.para(g.fill("Đại hội đã bầu Ban Chấp hành "+unit+" khóa "+ord+", nhiệm kỳ "+term+" gồm {M} đồng chí."),
			"Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ; đồng chí "+elected.Name+" "+verb+" Bí thư "+g.orgName(sec.Org, false)+" nhiệm kỳ "+term+".")
	}
	if g.rng.IntN(2) == 0 {
		g.para(g.filler(topicParty, 1)...)
	}
}

// --- conferences ---

func (g *gen) conference() {
	switch r := g.rng.IntN(100); {
	case r < 30:
		g.review(false)
	case r < 45:
		g.review(true)
	case r < 60:
		g.plenum()
	case r < 70:
		g.investment()
	case r < 85:
		g.appointment()
	case r < 90:
		g.dialogue()
	default:
		g.schoolYear()
	}
}

// review is a year-end or mid-year review of an organization.
func (g *gen) review(midyear bool) {
	y := 2015 + g.rng.IntN(10)
	if midyear {
		g.dateIn(y, 7, 1, 25)
	} else {
		g.dateIn(y, 12, 15, 40)
	}
	var host *Org
	var presider *Person
	var others []*Person
	var guest *Person
	g.topic = topicEconomy
	switch r := g.rng.IntN(100); {
	case r < 30:
		host = &Org{Kind: OrgPeople, Area: g.prov}
		_, presider = g.leaders()
		g.unit = "UBND " + g.prov.Level
		if g.rng.IntN(6) == 0 {
			guest = g.national(-1)
		}
	case r < 70:
		s := g.sectorOf()
		host = &Org{Kind: OrgDept, Area: g.prov, Sector: s}
		presider = g.director(s)
		g.topic = g.w.Sectors[s].Topic
		g.unit = "ngành " + lowerFirst(g.w.Sectors[s].Name)
		if g.rng.IntN(3) == 0 {
			guest = g.national(s)
		}
		others = g.choose(1+g.rng.IntN(2), func(p *Post) float64 {
			if p.Sector == s && p.Main.Role == "Phó Giám đốc" {
				return 10
			}
			if strings.HasPrefix(p.Main.Role, "Phó Chủ tịch") && p.Main.Org.Kind == OrgPeople {
				return 5
			}
			return 0.2
		}, presider)
	case r < 85:
		host = &Org{Kind: OrgCommittee, Area: g.prov}
		presider, _ = g.leaders()
		g.topic = topicParty
		g.unit = "Đảng bộ " + g.prov.Level
	case r < 95:
		host = &Org{Kind: OrgFront, Area: g.prov}
		presider = g.holderOf(isRole("Chủ tịch", OrgFront, g.prov))
		g.topic = topicSocial
		g.unit = "Mặt trận các cấp"
	default:
		host = &Org{Kind: OrgPolice, Area: g.prov}
		presider = g.holderOf(isRole("Giám đốc", OrgPolice, g.prov))
		g.topic = topicSecurity
		g.unit = "lực lượng công an " + g.prov.Level
	}
	if len(others) == 0 {
		others = g.choose(2+g.rng.IntN(3), g.provincial, presider)
	}
	g.cast(append(nonNil(presider, guest), others...)...)
	hostName := g.orgName(host, true)
	what := "tổng kết công tác năm " + strconv.Itoa(y)
	next := "triển khai nhiệm vụ năm " + strconv.Itoa(y+1)
	if midyear {
		what = "sơ kết công tác 6 tháng đầu năm " + strconv.Itoa(y)
		next = "triển khai nhiệm vụ 6 tháng cuối năm"
	}
	switch g.rng.IntN(4) {
	case 0:
		g.a.Title = upper(hostName) + " " + what
	case 1:
		g.a.Title = "Hội nghị " + what + ", " + next
	case 2:
		g.a.Title = upper(hostName) + ": " + next
	default:
		g.a.Title = upper(hostName) + " " + what + ", " + next
	}
	switch g.rng.IntN(3) {
	case 0:
		g.para(g.when() + ", " + hostName + " tổ chức Hội nghị " + what + ", " + next + ".")
	case 1:
		g.para(g.when()+", tại "+g.fill(pick(g.rng, venues))+", "+hostName+" tổ chức hội nghị "+what+".", g.fill(pick(g.rng, fillers[g.topic])))
	default:
		g.para(g.when() + ", " + hostName + " đã tổ chức Hội nghị " + what + " và " + next + ".")
	}
	ev := pick(g.rng, []string{"hội nghị", "Hội nghị"})
	if guest != nil {
		g.para("Dự và chỉ đạo hội nghị có " + g.attendees([]*Person{guest}) + ".")
	}
	if presider != nil {
		g.para(g.presided(ev, presider))
	}
	g.para(g.attendance(ev, others))
	g.fillerParas(g.topic)
	speaker := presider
	if guest != nil {
		speaker = guest
	} else if len(others) > 0 && g.rng.IntN(2) == 0 {
		speaker = others[0]
	}
	if speaker != nil {
		g.para(g.speech(speaker, ev))
		g.photo(speaker, ev)
	}
	if len(others) > 1 && g.rng.IntN(2) == 0 {
		g.para("Báo cáo tại hội nghị, " + g.ref(others[1]) + " cho biết, " + g.fill(pick(g.rng, reports)) + ".")
	}
	if presider != nil && g.rng.IntN(5) == 0 {
		g.askedBy(presider, "bên lề hội nghị")
	}
}

// plenum is a conference of a provincial party committee.
func (g *gen) plenum() {
	g.topic = topicParty
	g.unit = "Đảng bộ " + g.prov.Level
	sec, chair := g.leaders()
	others := g.choose(1+g.rng.IntN(3), g.provincial, sec, chair)
	g.cast(append(nonNil(sec, chair), others...)...)
	y := g.day.Time().Year()
	termStart := 2015
	if y > 2020 || y == 2020 && g.day.Time().Month() >= 10 {
		termStart = 2020
	}
	khoa := g.ordinal(g.prov.Congress + (termStart-2015)/5)
	n := strconv.Itoa(2 + int(g.day-dayOf(termStart, 10, 1))/60)
	if termStart == 2015 && g.day < dayOf(2015, 10, 1) {
		n = strconv.Itoa(20 + g.rng.IntN(10))
	}
	comm := g.orgName(&Org{Kind: OrgCommittee, Area: g.prov}, true)
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = "Hội nghị Ban Chấp hành Đảng bộ " + g.areaName(g.prov) + " lần thứ " + n
	case 1:
		g.a.Title = "Bế mạc Hội nghị " + comm + " lần thứ " + n + ", khóa " + khoa
	default:
		g.a.Title = "Hội nghị " + comm + " lần thứ " + n + " thảo luận nhiều nội dung quan trọng"
	}
	g.para(g.when() + ", Ban Chấp hành Đảng bộ " + g.areaName(g.prov) + " khóa " + khoa + " tổ chức Hội nghị lần thứ " + n + " để thảo luận, cho ý kiến vào các nội dung quan trọng.")
	ev := "hội nghị"
	g.para(g.presided(ev, nonNil(sec, chair)[:1]...))
	g.para(g.attendance(ev, append(nonNil(chair), others...)))
	g.para("Tại hội nghị, các đại biểu tập trung thảo luận, cho ý kiến vào dự thảo báo cáo tình hình thực hiện nhiệm vụ chính trị và phương hướng, nhiệm vụ trong thời gian tới.")
	g.fillerParas(topicParty)
	if sec != nil {
		g.para(g.speech(sec, ev))
		g.photo(sec, ev)
	}
}

// investment is an investment promotion conference.
func (g *gen) investment() {
	g.topic = topicEconomy
	g.unit = g.prov.Level
	y := g.day.Time().Year()
	sec, chair := g.leaders()
	guest := g.national(g.w.sector("Kế hoạch và Đầu tư"))
	var amb *Person
	if g.rng.IntN(2) == 0 {
		amb = pick(g.rng, g.w.Foreign).holder(g.day).Person
	}
	others := g.choose(1+g.rng.IntN(2), bySector(g.w.sector("Kế hoạch và Đầu tư")), sec, chair)
	g.cast(append(nonNil(sec, chair, guest, amb), others...)...)
	place := g.areaName(g.prov)
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = upper(place) + " tổ chức Hội nghị xúc tiến đầu tư năm " + strconv.Itoa(y)
	case 1:
		g.a.Title = "Hội nghị xúc tiến đầu tư " + place + ": thu hút " + g.fill("{M}") + " dự án đăng ký"
	default:
		g.a.Title = upper(place) + " trao chủ trương đầu tư cho nhiều dự án lớn"
	}
	g.para(g.when() + ", UBND " + place + " tổ chức Hội nghị xúc tiến đầu tư năm " + strconv.Itoa(y) + g.fill(" với sự tham gia của hơn {M} doanh nghiệp, nhà đầu tư trong và ngoài nước."))
	ev := "hội nghị"
	att := nonNil(guest, sec, chair)
	if amb != nil {
		att = append(att, amb)
	}
	g.para(g.attendance(ev, att))
	if len(others) > 0 {
		g.para("Cùng dự có " + g.attendees(others) + ".")
	}
	g.fillerParas(topicEconomy)
	if chair != nil {
		g.para(g.speech(chair, ev))
	}
	g.para(g.fill("Tại hội nghị, UBND " + g.prov.Level + " đã trao quyết định chủ trương đầu tư, giấy chứng nhận đăng ký đầu tư cho {M} dự án với tổng vốn hơn {N} tỷ đồng."))
	if guest != nil {
		g.photo(guest, ev)
	}
}

// appointment announces who takes a post: a conference on the day a term
// starts.
func (g *gen) appointment() {
	type cand struct {
		post *Post
		term Term
	}
	var cands []cand
	for _, p := range g.prov.Posts {
		last := p.Main
		switch {
		case last.Org.Kind == OrgDept, last.Org.Kind == OrgBoard, last.Org.Kind == OrgPolice, last.Org.Kind == OrgMilitary:
		default:
			continue
		}
		for i, t := range p.Terms {
			if i > 0 && t.From > worldStart && t.From < worldEnd-10 {
				cands = append(cands, cand{p, t})
			}
		}
	}
	if len(cands) == 0 {
		g.review(false)
		return
	}
	c := pick(g.rng, cands)
	g.day = c.term.From + Day(g.rng.IntN(4))
	p := c.term.Person
	newT := c.post.Main
	var prev []Title
	for _, t := range p.Terms {
		if t.Until == c.term.From {
			prev = t.Post.Titles
		}
	}
	g.topic = topicAdmin
	g.unit = g.orgName(newT.Org, false)
	sec, chair := g.leaders()
	presenter := chair
	by := "Chủ tịch UBND " + g.prov.Level
	announcer := "lãnh đạo Sở Nội vụ"
	host := "UBND " + g.areaName(g.prov)
	verb := "bổ nhiệm"
	switch newT.Org.Kind {
	case OrgBoard:
		presenter, by, announcer, host = sec, "Ban Thường vụ "+g.prov.Committee, "lãnh đạo Ban Tổ chức "+g.prov.Committee, g.orgName(&Org{Kind: OrgCommittee, Area: g.prov}, true)
		verb = "điều động, phân công"
	case OrgPolice:
		by, announcer = "Bộ trưởng Bộ Công an", "đại diện lãnh đạo Cục Tổ chức cán bộ, Bộ Công an"
	case OrgMilitary:
		by, announcer = "Tư lệnh Quân khu", "đại diện Bộ Tư lệnh Quân khu"
	}
	if len(prev) > 0 && verb == "bổ nhiệm" {
		verb = "điều động, bổ nhiệm"
	}
	g.cast(nonNil(p, presenter)...)
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = upper(host) + " công bố quyết định về công tác cán bộ"
	case 1:
		g.note(p, []Title{newT}, false)
		g.a.Title = upper(g.title(newT, true)) + " " + p.Name
		g.a.Title = "Bổ nhiệm " + g.a.Title
	default:
		g.note(p, []Title{newT}, false)
		g.a.Title = upper(p.Name) + " giữ chức " + g.title(newT, true)
	}
	g.para(g.when() + ", " + host + " tổ chức hội nghị công bố quyết định về công tác cán bộ.")
	who := pick(g.rng, []string{"ông", "đồng chí"})
	if p.Female {
		who = "bà"
	}
	subject := who + " " + p.Name
	if len(prev) > 0 {
		g.note(p, prev, false)
		subject += ", " + g.chain(prev, false)
	}
	g.note(p, []Title{newT}, false)
	since := g.fill(" kể từ ngày " + strconv.Itoa(g.day.Time().Day()) + "/" + strconv.Itoa(int(g.day.Time().Month())) + "/{Y}")
	if g.rng.IntN(2) == 0 {
		g.para("Tại hội nghị, " + announcer + " đã công bố Quyết định của " + by + " về việc " + verb + " " + subject + " giữ chức " + g.title(newT, false) + since + ".")
	} else {
		// the title by a predicate: "được bổ nhiệm giữ chức", and whom
		// the newcomer replaces, named without a title
		g.para("Tại hội nghị, " + announcer + " đã công bố Quyết định của " + by + ". Theo đó, " + subject + " được " + verb + " giữ chức " + g.title(newT, false) + since + g.replaced(c.post, c.term) + ".")
	}
	if presenter != nil && presenter != p {
		g.para("Thay mặt lãnh đạo " + g.prov.Level + ", " + g.after(presenter, "đồng chí", g.rng.IntN(2) == 0) + " đã trao quyết định và chúc mừng " + g.ref(p) + ". " +
			upper(g.ref(presenter)) + " đề nghị " + g.fill(pick(g.rng, urges)) + ".")
	}
	g.para("Phát biểu nhận nhiệm vụ, " + g.ref(p) + " cảm ơn sự tin tưởng của lãnh đạo " + g.prov.Level + " và hứa sẽ cùng tập thể lãnh đạo đơn vị đoàn kết, nỗ lực hoàn thành tốt nhiệm vụ được giao.")
	g.photo(presenter, "hội nghị")
}

// dialogue is the chair's yearly dialogue with businesses.
func (g *gen) dialogue() {
	g.topic = topicEconomy
	g.unit = "cộng đồng doanh nghiệp"
	_, chair := g.leaders()
	others := g.choose(2+g.rng.IntN(2), func(p *Post) float64 {
		if p.Sector >= 0 && g.w.Sectors[p.Sector].Topic == topicEconomy {
			return 8
		}
		return g.provincial(p)
	}, chair)
	g.cast(append(nonNil(chair), others...)...)
	y := strconv.Itoa(g.day.Time().Year())
	if chair != nil && g.rng.IntN(2) == 0 {
		g.a.Title = upper(g.headline(chair)) + " đối thoại với doanh nghiệp"
	} else {
		g.a.Title = "Lãnh đạo " + g.areaName(g.prov) + " đối thoại với doanh nghiệp năm " + y
	}
	g.para(g.when() + ", UBND " + g.areaName(g.prov) + " tổ chức Hội nghị đối thoại giữa lãnh đạo " + g.prov.Level + " với doanh nghiệp năm " + y + ".")
	ev := "hội nghị"
	if chair != nil {
		g.para(g.presided(ev, chair))
	}
	g.para(g.attendance(ev, others))
	g.para(g.fill("Tại hội nghị, các doanh nghiệp đã nêu {M} ý kiến, kiến nghị liên quan đến thủ tục đầu tư, đất đai, thuế và tiếp cận vốn."))
	g.fillerParas(topicEconomy)
	if chair != nil {
		g.para(g.speech(chair, ev))
	}
}

// schoolYear is the education department's year review.
func (g *gen) schoolYear() {
	s := g.w.sector("Giáo dục và Đào tạo")
	y := 2015 + g.rng.IntN(10)
	g.dateIn(y, 8, 5, 25)
	g.topic = topicEducation
	g.unit = "ngành giáo dục"
	dir := g.director(s)
	var guest *Person
	if g.rng.IntN(4) == 0 {
		guest = g.national(s)
	}
	others := g.choose(1+g.rng.IntN(2), func(p *Post) float64 {
		last := p.Main
		if strings.HasPrefix(last.Role, "Phó Chủ tịch") && last.Org.Kind == OrgPeople {
			return 6
		}
		if p.Sector == s {
			return 6
		}
		return 0.2
	}, dir)
	g.cast(append(nonNil(dir, guest), others...)...)
	years := strconv.Itoa(y-1) + "-" + strconv.Itoa(y)
	dept := &Org{Kind: OrgDept, Area: g.prov, Sector: s}
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = upper(g.orgName(dept, true)) + " tổng kết năm học " + years
	case 1:
		g.a.Title = "Ngành Giáo dục " + g.placeShort(g.prov) + " triển khai nhiệm vụ năm học " + strconv.Itoa(y) + "-" + strconv.Itoa(y+1)
	default:
		g.a.Title = "Hội nghị tổng kết năm học " + years + " của ngành Giáo dục " + g.placeShort(g.prov)
	}
	g.para(g.when() + ", " + g.orgName(dept, g.rng.IntN(2) == 0) + " " + g.areaName(g.prov) + " tổ chức Hội nghị tổng kết năm học " + years + ", triển khai nhiệm vụ năm học " + strconv.Itoa(y) + "-" + strconv.Itoa(y+1) + ".")
	ev := "hội nghị"
	g.para(g.attendance(ev, append(nonNil(guest), others...)))
	if dir != nil {
		g.para(g.presided(ev, dir))
	}
	g.fillerParas(topicEducation)
	sp := dir
	if len(others) > 0 {
		sp = others[0]
	}
	if guest != nil {
		sp = guest
	}
	if sp != nil {
		g.para(g.speech(sp, ev))
		g.photo(sp, ev)
	}
}

// --- council sessions ---

func (g *gen) session() {
	g.topic = topicSession
	g.unit = "HĐND " + g.prov.Level
	area := g.prov
	if g.rng.IntN(4) == 0 {
		area = pick(g.rng, g.prov.Districts)
	}
	// a session that elects someone happens on the day their term starts
	var elected *Person
	var electedTo Title
	if area == g.prov && g.rng.IntN(3) == 0 {
		type cand struct {
			post *Post
			term Term
		}
		var cands []cand
		for _, p := range g.prov.Posts {
			last := p.Main
			if p.Area != g.prov || !(last.Org.Kind == OrgPeople || last.Org.Kind == OrgCouncil) {
				continue
			}
			for i, t := range p.Terms {
				if i > 0 && t.From > worldStart && t.From < worldEnd {
					cands = append(cands, cand{p, t})
				}
			}
		}
		if len(cands) > 0 {
			c := pick(g.rng, cands)
			g.day = c.term.From
			elected = c.term.Person
			electedTo = c.post.Main
		}
	} else {
		y := 2015 + g.rng.IntN(10)
		switch g.rng.IntN(3) {
		case 0:
			g.dateIn(y, 7, 5, 15)
		case 1:
			g.dateIn(y, 12, 3, 15)
		default:
			g.dateIn(y, 1+g.rng.IntN(12), 1, 27)
		}
	}
	termStart := dayOf(2011, 6, 15)
	khoa := area.Council - 1
	from := 2011
	if g.day >= dayOf(2021, 6, 1) {
		termStart, khoa, from = dayOf(2021, 6, 15), area.Council+1, 2021
	} else if g.day >= dayOf(2016, 6, 1) {
		termStart, khoa, from = dayOf(2016, 6, 15), area.Council, 2016
	}
	n := 1 + int(g.day-termStart)/170
	if n < 1 {
		n = 1
	}
	N, K := strconv.Itoa(n), g.ordinal(khoa)
	term := g.term(from)

	council := &Org{Kind: OrgCouncil, Area: area}
	chair := g.holderOf(func(t Title) bool { return t.Role == "Chủ tịch" && t.Org.Kind == OrgCouncil && t.Org.Area == area })
	var vices []*Person
	var att []*Person
	var reporter *Person
	if area == g.prov {
		vs, _ := g.holders(func(p *Post) bool {
			last := p.Main
			return last.Role == "Phó Chủ tịch" && last.Org.Kind == OrgCouncil && last.Org.Area == area
		})
		vices = vs
		sec, ubnd := g.leaders()
		reporter = ubnd
		att = nonNil(sec, ubnd)
		att = nonNil(append(att, g.choose(1+g.rng.IntN(3), g.provincial, append(append(att, chair), vices...)...)...)...)
		att = without(att, chair)
	} else {
		reporter = g.districtHolder(area, "Chủ tịch", OrgPeople)
		att = nonNil(g.districtHolder(area, "Bí thư", OrgCommittee), reporter)
		att = append(att, g.choose(1, func(p *Post) float64 {
			if p.Area == g.prov && p.Rank >= 5 {
				return 1
			}
			return 0
		})...)
		att = without(att, chair)
	}
	g.cast(append(append(nonNil(chair, elected), vices...), att...)...)
	hdnd := g.spell("Hội đồng nhân dân") + " " + g.areaName(area)
	switch g.rng.IntN(5) {
	case 0:
		g.a.Title = "Khai mạc Kỳ họp thứ " + N + ", " + hdnd + " khóa " + K
	case 1:
		g.a.Title = upper(hdnd) + g.fill(" bế mạc Kỳ họp thứ "+N+", thông qua {M} nghị quyết")
		if g.rng.IntN(2) == 0 {
			g.a.Title = upper(hdnd) + " bế mạc Kỳ họp thứ " + N
		}
	case 2:
		g.a.Title = "Kỳ họp thứ " + N + ", " + hdnd + " khóa " + K + ": quyết định nhiều nội dung quan trọng"
	case 3:
		if elected != nil {
			g.note(elected, []Title{electedTo}, false)
			g.a.Title = upper(elected.Name) + " được bầu giữ chức " + g.title(electedTo, true)
			break
		}
		fallthrough
	default:
		g.a.Title = upper(hdnd) + " tổ chức Kỳ họp thứ " + N
	}
	switch g.rng.IntN(3) {
	case 0:
		g.para(g.when() + ", " + hdnd + " khóa " + K + ", nhiệm kỳ " + term + " khai mạc Kỳ họp thứ " + N + ".")
	case 1:
		kind := "kỳ họp thường lệ giữa năm"
		if m := g.day.Time().Month(); m >= 11 {
			kind = "kỳ họp thường lệ cuối năm " + strconv.Itoa(g.day.Time().Year())
		} else if m != 7 && m != 6 {
			kind = "kỳ họp chuyên đề"
		}
		g.para(g.when() + ", " + hdnd + " khóa " + K + " tổ chức Kỳ họp thứ " + N + " (" + kind + ").")
	default:
		g.para(g.when() + ", sau " + pick(g.rng, []string{"2", "3", "hai", "ba"}) + " ngày làm việc, Kỳ họp thứ " + N + ", " + hdnd + " khóa " + K + ", nhiệm kỳ " + term + " đã bế mạc.")
	}
	ev := "kỳ họp"
	if chair != nil {
		s := g.presided(ev, chair)
		if len(vices) > 1 && g.rng.IntN(2) == 0 {
			s += " Cùng chủ trì có " + g.plural(Title{"Phó Chủ tịch", council}, vices) + "."
		} else if len(vices) > 0 {
			att = append(att, vices...)
		}
		g.para(s)
	}
	g.para(g.attendance(ev, att))
	if reporter != nil {
		who := g.ref(reporter)
		if _, ok := g.seen[reporter]; !ok {
			who = g.before(reporter, false)
		}
		g.para("Trình bày báo cáo tại kỳ họp, " + who + " cho biết, " + g.fill(pick(g.rng, reports)) + ".")
	}
	if area == g.prov && g.rng.IntN(3) == 0 {
		g.voters("kỳ họp")
	}
	g.fillerParas(topicSession)
	if elected != nil {
		var prev []Title
		for _, t := range elected.Terms {
			if t.Until == g.day {
				prev = t.Post.Titles
			}
		}
		s := "Tại kỳ họp, " + hdnd + " đã bầu " + pick(g.rng, []string{"ông", "đồng chí"}) + " " + elected.Name
		if elected.Female {
			s = "Tại kỳ họp, " + hdnd + " đã bầu bà " + elected.Name
		}
		if len(prev) > 0 {
			g.note(elected, prev, false)
			s += ", " + g.chain(prev, false)
		}
		g.note(elected, []Title{electedTo}, false)
		g.para(s + " giữ chức " + g.title(electedTo, false) + " nhiệm kỳ " + term + ".")
	}
	if chair != nil && g.rng.IntN(2) == 0 {
		g.para(g.speech(chair, ev))
	}
	g.photo(reporter, ev)
}

// --- ceremonies ---

func (g *gen) ceremony() {
	var title, lead, ev string
	var speaker *Person
	var att, retired []*Person
	var award string
	g.topic = topicCulture
	r := g.rng.IntN(100)
	if r < 15 { // the Party's anniversary is on 3 February
		g.dateIn(2015+g.rng.IntN(10), 2, 1, 3)
	}
	sec, chair := g.leaders()
	switch {
	case r < 15:
		y := g.day.Time().Year()
		n := strconv.Itoa(y - 1930)
		g.unit = "Đảng bộ " + g.prov.Level
		g.topic = topicParty
		speaker = sec
		att = nonNil(chair)
		att = append(att, g.choose(1+g.rng.IntN(3), g.provincial, sec, chair)...)
		retired = g.retired(g.rng.IntN(3))
		title = pick(g.rng, []string{
			upper(g.areaName(g.prov)) + " long trọng kỷ niệm " + n + " năm Ngày thành lập Đảng Cộng sản Việt Nam",
			"Lễ kỷ niệm " + n + " năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/" + strconv.Itoa(y) + ")",
		})
		lead = g.when() + ", " + g.orgName(&Org{Kind: OrgCommittee, Area: g.prov}, true) + " tổ chức Lễ kỷ niệm " + n + " năm Ngày thành lập Đảng Cộng sản Việt Nam."
		ev = "buổi lễ"
	case r < 30: // a district's anniversary
		d := pick(g.rng, g.prov.Districts)
		n := strconv.Itoa(20 + g.rng.IntN(40))
		g.unit = "Đảng bộ và Nhân dân " + d.Level + " " + d.Name
		speaker = g.districtHolder(d, "Bí thư", OrgCommittee)
		att = nonNil(pick(g.rng, []*Person{sec, chair}), g.districtHolder(d, "Chủ tịch", OrgPeople))
		retired = g.retired(g.rng.IntN(2))
		title = "Kỷ niệm " + n + " năm Ngày thành lập " + d.Level + " " + d.Name
		lead = g.when() + ", " + d.Committee + ", HĐND, UBND, Ủy ban MTTQ Việt Nam " + d.Level + " " + d.Name + " long trọng tổ chức Lễ kỷ niệm " + n + " năm Ngày thành lập " + d.Level + "."
		ev = "buổi lễ"
	case r < 50: // a sector's day
		var secs []int
		for _, p := range g.prov.Posts {
			if p.Sector >= 0 && p.Area == g.prov {
				if _, ok := sectorDays[g.w.Sectors[p.Sector].Name]; ok && !containsInt(secs, p.Sector) {
					secs = append(secs, p.Sector)
				}
			}
		}
		s := pick(g.rng, secs)
		sd := sectorDays[g.w.Sectors[s].Name]
		y := 2015 + g.rng.IntN(10)
		g.dateIn(y, sd.Month, max(1, sd.Day-2), 3)
		sec, chair = g.leaders()
		g.unit = "ngành " + lowerFirst(g.w.Sectors[s].Name)
		g.topic = g.w.Sectors[s].Topic
		dept := &Org{Kind: OrgDept, Area: g.prov, Sector: s}
		speaker = pick(g.rng, nonNil(chair, sec, g.director(s)))
		att = nonNil(g.director(s))
		att = append(att, g.choose(1+g.rng.IntN(2), bySector(s), append(att, speaker)...)...)
		title = pick(g.rng, []string{
			upper(g.orgName(dept, true)) + " kỷ niệm " + sd.Name,
			"Ngành " + g.w.Sectors[s].Name + " " + g.placeShort(g.prov) + " gặp mặt kỷ niệm " + sd.Name,
		})
		lead = g.when() + ", " + g.orgName(dept, true) + " tổ chức Lễ kỷ niệm " + sd.Name + " (" + strconv.Itoa(sd.Day) + "/" + strconv.Itoa(sd.Month) + ")" + " và tôn vinh các tập thể, cá nhân tiêu biểu."
		ev = "buổi lễ"
	case r < 80: // a project opened or started
		d := pick(g.rng, g.prov.Districts)
		project := strings.ReplaceAll(pick(g.rng, projects), "{d}", d.Name)
		open := g.rng.IntN(2) == 0
		verb := "khánh thành"
		if !open {
			verb = "khởi công xây dựng"
		}
		g.unit = "các đơn vị thi công"
		g.topic = topicInfra
		var guest *Person
		if g.rng.IntN(4) == 0 {
			guest = g.national(g.w.sector("Giao thông vận tải"))
		}
		speaker = chair
		if guest != nil {
			speaker = guest
		}
		att = nonNil(guest, sec, chair, g.districtHolder(d, "Bí thư", OrgCommittee), g.districtHolder(d, "Chủ tịch", OrgPeople))
		att = without(att, speaker)
		att = append(att, g.choose(g.rng.IntN(2), bySector(g.w.sector("Giao thông vận tải")), append(att, speaker)...)...)
		title = pick(g.rng, []string{
			upper(verb) + " " + project,
			upper(g.areaName(g.prov)) + ": " + upper(verb) + " " + project,
			"Lễ " + verb + " " + project,
		})
		lead = g.when() + ", tại " + d.Level + " " + d.Name + ", UBND " + g.areaName(g.prov) + " tổ chức Lễ " + verb + " " + project + "."
		ev = "buổi lễ"
		if open {
			defer g.caption("Các đại biểu thực hiện nghi thức cắt băng khánh thành công trình.")
		} else {
			defer g.caption("Các đại biểu thực hiện nghi thức khởi công công trình.")
		}
	default: // an order received
		rank := pick(g.rng, []string{"Nhất", "Nhì", "Ba"})
		s := g.sectorOf()
		dept := &Org{Kind: OrgDept, Area: g.prov, Sector: s}
		g.unit = g.orgName(dept, false)
		g.topic = g.w.Sectors[s].Topic
		speaker = pick(g.rng, nonNil(sec, chair))
		att = nonNil(g.director(s))
		att = append(att, g.choose(1+g.rng.IntN(2), bySector(s), append(att, speaker)...)...)
		title = upper(g.orgName(dept, true)) + " đón nhận Huân chương Lao động hạng " + rank
		lead = g.when() + ", " + g.orgName(dept, true) + " tổ chức Lễ đón nhận Huân chương Lao động hạng " + rank + " của Chủ tịch nước."
		ev = "buổi lễ"
		award = "Huân chương Lao động hạng " + rank
	}
	g.cast(append(append(nonNil(speaker), att...), retired...)...)
	g.a.Title = title
	g.para(lead)
	g.para(g.attendance(ev, att))
	if len(retired) > 0 {
		items := make([]string, len(retired))
		for i, p := range retired {
			items[i] = g.after(p, "", false)
		}
		g.para("Tham dự còn có các đồng chí nguyên lãnh đạo " + g.prov.Level + " qua các thời kỳ: " + strings.Join(items, "; ") + ".")
	}
	if award != "" && speaker != nil {
		who := g.after(speaker, "đồng chí", false)
		g.para("Thừa ủy quyền của Chủ tịch nước, " + who + " đã trao " + award + " cho " + g.unit + ".")
	}
	g.fillerParas(g.topic)
	if speaker != nil {
		g.para(g.speech(speaker, ev))
		g.photo(speaker, ev)
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// --- receptions ---

func (g *gen) reception() {
	g.topic = topicForeign
	g.unit = g.prov.Level
	sec, chair := g.leaders()
	host := chair
	switch r := g.rng.IntN(10); {
	case r < 3 && sec != nil:
		host = sec
	case r < 5:
		if v := g.holderOf(isRole("Phó Chủ tịch Thường trực", OrgPeople, g.prov)); v != nil {
			host = v
		}
	}
	if host == nil {
		host = sec
	}
	others := g.choose(1+g.rng.IntN(2), func(p *Post) float64 {
		if p.Sector >= 0 && (g.w.Sectors[p.Sector].Topic == topicForeign || g.w.Sectors[p.Sector].Name == "Kế hoạch và Đầu tư") {
			return 10
		}
		return g.provincial(p) * 0.3
	}, host)
	place := g.areaName(g.prov)
	ev := pick(g.rng, []string{"buổi tiếp", "buổi làm việc"})
	if g.rng.IntN(4) == 0 && g.delegation(host, others) {
		return
	}
	if g.rng.IntN(5) < 3 {
		post := pick(g.rng, g.w.Foreign)
		amb := post.holder(g.day).Person
		country := post.Titles[0].Org.Name
		g.cast(append([]*Person{host, amb}, others...)...)
		ambT := []Title{post.Titles[0]}
		switch g.rng.IntN(4) {
		case 0:
			g.a.Title = upper(g.mainTitle(host)) + " tiếp Đại sứ " + country + " tại Việt Nam"
			g.note(host, []Title{host.at(g.day).Main}, false)
		case 1:
			g.a.Title = "Lãnh đạo " + place + " tiếp xã giao Đại sứ " + country
		case 2:
			g.a.Title = upper(place) + " mong muốn tăng cường hợp tác với " + country
		default:
			g.a.Title = upper(g.headline(host)) + " tiếp Đại sứ " + country
		}
		g.note(amb, ambT, false)
		switch g.rng.IntN(3) {
		case 0:
			g.para(g.when() + ", tại trụ sở UBND " + g.prov.Level + ", " + g.after(host, "đồng chí", true) + " đã tiếp xã giao " + pick(g.rng, []string{"ngài ", "ông ", ""}) + amb.Name + ", " + g.title(ambT[0], false) + ".")
		case 1:
			g.para(g.when() + ", " + g.before(host, g.rng.IntN(2) == 0) + " đã tiếp " + pick(g.rng, []string{"ngài ", "ông "}) + amb.Name + ", " + g.title(ambT[0], false) + ", nhân dịp Đại sứ đến thăm và làm việc tại " + g.prov.Level + ".")
		default:
			g.para(g.when() + ", " + g.before(host, g.rng.IntN(2) == 0) + " tiếp và làm việc với " + g.title(ambT[0], false) + " " + amb.Name + ".")
		}
		g.para(g.attendance(ev, others))
		g.para("Tại "+ev+", "+g.ref(host)+" thông tin với Đại sứ về tình hình phát triển kinh tế - xã hội của "+g.prov.Level+" và khẳng định "+g.placeShort(g.prov)+" luôn coi "+country+" là đối tác quan trọng.",
			"Đại sứ "+amb.Short+" cảm ơn sự đón tiếp trọng thị và bày tỏ mong muốn hai bên tiếp tục mở rộng hợp tác trong các lĩnh vực "+pick(g.rng, []string{"đầu tư, thương mại", "giáo dục, đào tạo nhân lực", "du lịch, văn hóa", "nông nghiệp công nghệ cao"})+".")
		g.fillerParas(topicForeign)
		if g.rng.IntN(2) == 0 {
			g.caption(upper(g.mainTitle(host)) + " " + host.Name + " tặng quà lưu niệm Đại sứ " + amb.Short + ".")
		}
		return
	}
	post := pick(g.rng, g.w.LaoPosts)
	guest := post.holder(g.day).Person
	lp := post.Titles[0].Org.Name
	g.cast(append([]*Person{host, guest}, others...)...)
	gt := post.Titles[0]
	g.note(guest, []Title{gt}, false)
	switch g.rng.IntN(2) {
	case 0:
		g.a.Title = upper(g.mainTitle(host)) + " tiếp Đoàn đại biểu tỉnh " + lp + " (Lào)"
		g.note(host, []Title{host.at(g.day).Main}, false)
	default:
		g.a.Title = "Tăng cường hợp tác giữa " + place + " và tỉnh " + lp + ", Lào"
	}
	if g.rng.IntN(2) == 0 {
		g.para(g.when() + ", " + g.after(host, "đồng chí", true) + " đã tiếp Đoàn đại biểu tỉnh " + lp + ", nước Cộng hòa Dân chủ Nhân dân Lào do ông " + guest.Name + ", " + g.title(gt, false) + " làm Trưởng đoàn.")
	} else {
		g.para(g.when() + ", " + g.before(host, true) + " đã tiếp thân mật Đoàn công tác tỉnh " + lp + " (Lào) do " + g.title(gt, false) + " " + guest.Name + " dẫn đầu.")
	}
	g.para(g.attendance(ev, others))
	g.para("Tại "+ev+", "+g.ref(host)+" nhấn mạnh mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt giữa Việt Nam và Lào.",
		"Ông "+guest.Short+" cảm ơn sự giúp đỡ quý báu của "+g.prov.Level+" trong thời gian qua, nhất là trong lĩnh vực đào tạo cán bộ và phát triển thương mại.")
	g.fillerParas(topicForeign)
}

// delegation is a province's reception of a delegation of another
// province, told with verbs: "tiếp và làm việc với đoàn công tác tỉnh X
// do đồng chí A, T làm trưởng đoàn". It reports false when no other
// province has a leader to send.
func (g *gen) delegation(host *Person, others []*Person) bool {
	var from *Area
	var lead *Person
	for _, i := range g.rng.Perm(len(g.w.Provinces)) {
		a := g.w.Provinces[i]
		if a == g.prov {
			continue
		}
		for _, p := range a.Posts {
			if p.Area == a && p.Rank >= 6 {
				if t := p.holder(g.day); t != nil && g.rng.IntN(3) == 0 {
					from, lead = a, t.Person
					break
				}
			}
		}
		if lead != nil {
			break
		}
	}
	if lead == nil {
		return false
	}
	g.topic = topicEconomy
	g.twoAreas = true
	g.cast(append(nonNil(host, lead), others...)...)
	lt := lead.at(g.day).Main
	g.note(lead, []Title{lt}, false)
	delegation := "đoàn công tác " + g.areaName(from)
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = upper(g.headline(host)) + " tiếp và làm việc với " + delegation
	case 1:
		g.a.Title = upper(g.placeShort(g.prov)) + " và " + g.placeShort(from) + " trao đổi kinh nghiệm phát triển kinh tế - xã hội"
	default:
		g.a.Title = "Lãnh đạo " + g.areaName(g.prov) + " tiếp " + delegation
	}
	switch g.rng.IntN(3) {
	case 0:
		g.para(g.when() + ", " + g.before(host, g.rng.IntN(2) == 0) + " đã tiếp và làm việc với " + delegation + " do đồng chí " + lead.Name + ", " + g.title(lt, true) + " làm trưởng đoàn.")
	case 1:
		g.para(g.when() + ", " + delegation + " do " + g.title(lt, true) + " " + lead.Name + " dẫn đầu đã đến thăm và làm việc tại " + g.areaName(g.prov) + ". " +
			upper(g.before(host, false)) + " tiếp và làm việc với đoàn.")
	default:
		g.para(g.when() + ", tại trụ sở " + g.orgName(host.at(g.day).Main.Org, true) + ", " + g.after(host, "đồng chí", true) + " đã tiếp, làm việc với " + delegation + " do " + g.title(lt, true) + " " + lead.Name + " làm trưởng đoàn.")
	}
	if len(others) > 0 {
		g.para("Cùng tiếp đoàn có " + g.attendees(others) + ".")
	}
	g.para("Tại buổi làm việc, " + g.ref(lead) + " cảm ơn sự đón tiếp chu đáo và mong hai địa phương tăng cường trao đổi kinh nghiệm trong " + pick(g.rng, []string{"thu hút đầu tư", "cải cách hành chính", "phát triển du lịch", "xây dựng nông thôn mới"}) + ".")
	g.fillerParas(topicEconomy)
	return true
}

// --- working visits ---

func (g *gen) visit() {
	switch r := g.rng.IntN(100); {
	case r < 50:
		g.nationalVisit()
	case r < 85:
		g.districtVisit()
	default:
		g.inspection()
	}
}

func (g *gen) nationalVisit() {
	g.topic = topicEconomy
	g.unit = g.prov.Level
	guest := g.national(-1)
	gpost := guest.at(g.day)
	gorg := gpost.Main.Org
	var companion *Person
	for _, p := range g.w.National {
		if p != gpost && p.Main.Org == gorg && g.rng.IntN(2) == 0 {
			companion = p.holder(g.day).Person
		}
	}
	if gorg.Kind == OrgMinistry {
		g.topic = g.w.Sectors[gorg.Sector].Topic
	}
	sec, chair := g.leaders()
	locals := nonNil(sec, chair)
	locals = nonNil(append(locals, g.choose(g.rng.IntN(3), func(p *Post) float64 {
		if gorg.Kind == OrgMinistry && p.Sector == gorg.Sector {
			return 20
		}
		return g.provincial(p)
	}, locals...)...)...)
	g.cast(append(nonNil(guest, companion), locals...)...)
	place := g.areaName(g.prov)
	orgText := g.orgName(gorg, false)
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = upper(g.headline(guest)) + " làm việc với " + place
	case 1:
		g.a.Title = "Đoàn công tác " + orgText + " làm việc tại " + g.placeShort(g.prov)
	default:
		g.a.Title = upper(g.headline(guest)) + " thăm, làm việc tại " + place
	}
	switch g.rng.IntN(3) {
	case 0:
		g.para(g.when() + ", đoàn công tác của " + orgText + " do " + pick(g.rng, []string{"đồng chí ", ""}) + g.before(guest, g.rng.IntN(2) == 0) + " làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ " + g.orgName(&Org{Kind: OrgCommittee, Area: g.prov}, true) + ".")
	case 1:
		g.para(g.when() + ", " + g.before(guest, true) + " và đoàn công tác đã đến thăm và làm việc tại " + place + ".")
	default:
		g.para(g.when() + ", " + g.after(guest, "đồng chí", true) + " đã có buổi làm việc với lãnh đạo " + place + " về tình hình phát triển kinh tế - xã hội.")
	}
	if companion != nil {
		g.para("Cùng đi có " + g.attendees([]*Person{companion}) + " và lãnh đạo một số vụ, cục chức năng.")
	}
	if g.rng.IntN(2) == 0 {
		items := make([]string, len(locals))
		for i, p := range locals {
			items[i] = g.after(p, "", g.rng.IntN(3) > 0)
		}
		g.para("Về phía " + g.prov.Level + " " + g.prov.Name + " có các đồng chí: " + strings.Join(items, "; ") + ".")
	} else {
		g.para("Tiếp và làm việc với đoàn có " + g.attendees(locals) + ".")
	}
	if chair != nil {
		g.para("Báo cáo với đoàn, " + g.ref(chair) + " cho biết, " + g.fill(pick(g.rng, reports)) + ".")
	}
	g.fillerParas(g.topic)
	g.para("Kết luận buổi làm việc, " + g.ref(guest) + " " + pick(g.rng, []string{"ghi nhận", "đánh giá cao", "biểu dương"}) + " " + g.fill(pick(g.rng, praises)) + " và đề nghị " + g.fill(pick(g.rng, urges)) + ".")
	g.photo(guest, "buổi làm việc")
}

func (g *gen) districtVisit() {
	g.topic = pick(g.rng, []topic{topicEconomy, topicAgri, topicParty})
	d := pick(g.rng, g.prov.Districts)
	g.unit = d.Level + " " + d.Name
	sec, chair := g.leaders()
	host := sec
	org := g.orgName(&Org{Kind: OrgCommittee, Area: g.prov}, true)
	if g.rng.IntN(2) == 0 || sec == nil {
		host = chair
		org = "UBND " + g.areaName(g.prov)
	}
	companions := g.choose(1+g.rng.IntN(2), g.provincial, host)
	dsec := g.districtHolder(d, "Bí thư", OrgCommittee)
	dchair := g.districtHolder(d, "Chủ tịch", OrgPeople)
	dstand := g.districtHolder(d, "Chủ tịch", OrgCouncil)
	locals := nonNil(dsec, dchair, dstand)
	if len(locals) > 2 && g.rng.IntN(2) == 0 {
		locals = locals[:2]
	}
	g.cast(append(append(nonNil(host), companions...), locals...)...)
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = upper(g.mainTitle(host)) + " làm việc với " + d.Level + " " + d.Name
		g.note(host, []Title{host.at(g.day).Main}, false)
	case 1:
		g.a.Title = "Lãnh đạo " + g.areaName(g.prov) + " làm việc tại " + d.Level + " " + d.Name
	default:
		g.a.Title = upper(g.headline(host)) + " kiểm tra, làm việc tại " + d.Level + " " + d.Name
	}
	if g.rng.IntN(2) == 0 {
		g.para(g.when() + ", đoàn công tác của " + org + " do " + g.after(host, "đồng chí", false) + " làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ " + d.Committee + " " + d.Name + ".")
	} else {
		g.para(g.when() + ", " + g.before(host, g.rng.IntN(2) == 0) + " đã đi kiểm tra, làm việc tại " + d.Level + " " + d.Name + ".")
	}
	g.para("Cùng đi có " + g.attendees(companions) + " và lãnh đạo một số sở, ngành.")
	if len(locals) > 0 {
		items := make([]string, len(locals))
		for i, p := range locals {
			items[i] = g.after(p, pick(g.rng, []string{"", "đồng chí", "-"}), true)
		}
		g.para("Về phía " + d.Level + " " + d.Name + " có " + strings.Join(items, "; ") + ".")
		g.para("Báo cáo với đoàn, " + g.ref(locals[0]) + " cho biết, " + g.fill(pick(g.rng, reports)) + ".")
	}
	g.fillerParas(g.topic)
	if host != nil {
		g.para("Kết luận buổi làm việc, " + g.ref(host) + " đề nghị " + d.Level + " " + g.fill(pick(g.rng, urges)) + ".")
		g.photo(host, "buổi làm việc")
	}
}

func (g *gen) inspection() {
	g.topic = topicInfra
	d := pick(g.rng, g.prov.Districts)
	project := strings.ReplaceAll(pick(g.rng, projects), "{d}", d.Name)
	g.unit = "các nhà thầu"
	_, chair := g.leaders()
	host := chair
	if v := g.holderOf(isRole("Phó Chủ tịch", OrgPeople, g.prov)); v != nil && g.rng.IntN(2) == 0 {
		host = v
	}
	others := g.choose(1+g.rng.IntN(2), func(p *Post) float64 {
		if p.Sector >= 0 && g.w.Sectors[p.Sector].Topic == topicInfra {
			return 10
		}
		if p.Area == d {
			return 10
		}
		return 0.1
	}, host)
	g.cast(append(nonNil(host), others...)...)
	if host == nil {
		g.review(false)
		return
	}
	g.a.Title = upper(g.headline(host)) + " kiểm tra tiến độ " + project
	g.para(g.when() + ", " + g.before(host, g.rng.IntN(2) == 0) + " đã đi kiểm tra tiến độ thi công " + project + " tại " + d.Level + " " + d.Name + ".")
	g.para("Cùng đi có " + g.attendees(others) + ".")
	g.fillerParas(topicInfra)
	g.para("Tại buổi kiểm tra, " + g.ref(host) + " yêu cầu chủ đầu tư và các nhà thầu " + g.fill("tập trung nhân lực, máy móc, phấn đấu hoàn thành công trình trong năm {Y}") + ".")
	g.photo(host, "buổi kiểm tra")
}

// --- seminars ---

func (g *gen) seminar() {
	themeIdx := g.rng.IntN(len(seminarTopics))
	theme := seminarTopics[themeIdx]
	partner := pick(g.rng, partners)
	var host string
	var presider *Person
	sec, chair := g.leaders()
	switch g.rng.IntN(3) {
	case 0:
		host = g.orgName(&Org{Kind: OrgCommittee, Area: g.prov}, true)
		presider = pick(g.rng, nonNil(g.holderOf(func(t Title) bool {
			return t.Role == "Trưởng ban" && t.Org.Kind == OrgBoard && t.Org.Name == "Ban Tuyên giáo" && t.Org.Parent.Area == g.prov
		}), sec))
		g.topic = topicParty
	case 1:
		host = "UBND " + g.areaName(g.prov)
		presider = chair
		g.topic = topicEconomy
	default:
		s := g.sectorOf()
		host = g.orgName(&Org{Kind: OrgDept, Area: g.prov, Sector: s}, true)
		presider = g.director(s)
		g.topic = g.w.Sectors[s].Topic
	}
	g.unit = g.prov.Level
	others := g.choose(1+g.rng.IntN(3), g.provincial, presider)
	g.cast(append(nonNil(presider), others...)...)
	seminar := pick(g.rng, []string{"Hội thảo khoa học", "Hội thảo", "Tọa đàm"})
	switch g.rng.IntN(3) {
	case 0:
		g.a.Title = seminar + " \"" + theme + "\""
	case 1:
		g.a.Title = upper(g.areaName(g.prov)) + ": " + seminar + " về " + lowerFirst(theme)
	default:
		g.a.Title = upper(host) + " tổ chức " + lowerFirst(seminar) + " \"" + theme + "\""
	}
	g.para(g.when() + ", " + host + " phối hợp với " + partner + " tổ chức " + seminar + " \"" + theme + "\".")
	ev := "hội thảo"
	if seminar == "Tọa đàm" {
		ev = "tọa đàm"
	}
	if presider != nil {
		g.para(g.presided(ev, presider))
	}
	g.para(g.attendance(ev, others))
	g.para(g.fill(upper(ev) + " nhận được {M} bài tham luận của các nhà khoa học, nhà quản lý và đại diện các sở, ngành."))
	g.fillerParas(g.topic)
	if presider != nil {
		g.para(g.speech(presider, ev))
		g.photo(presider, ev)
	}
}
