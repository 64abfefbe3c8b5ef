package main

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Article is one generated news report.
type Article struct {
	N         int
	Kind      eventKind
	Province  *Area // the province it reports on
	Title     string
	Day       Day       // the day of the event
	Published time.Time // wall clock in Vietnam
	Author    string    // the byline, as the page gives it apart; "" when none
	Outlet    string
	Lines     []Line    // what follows the headline
	Mentions  []Mention // the officials and foreigners it names, in order
	Reporters []*Person
}

// LineKind is the role of a line of an article.
type LineKind uint8

// The kinds of line.
const (
	LineDate    LineKind = iota + 1 // "Thứ Năm, 15/10/2020"
	LineByline                      // the writer's name
	LineShare                       // share buttons
	LineSection                     // "Thời sự"
	LineBody                        // a paragraph
	LineCaption                     // a photo caption
	LineCredit                      // "Theo Báo Quảng Trị"
)

// Line is a line of an article.
type Line struct {
	Kind LineKind
	Text string
}

// Mention is a person an article names, with the titles it gives them.
type Mention struct {
	Person *Person
	Titles []Title // the titles the text writes beside the name
	Former bool    // the titles are former ones (nguyên)
}

// eventKind is the kind of event an article reports.
type eventKind uint8

const (
	kindCongress eventKind = iota
	kindConference
	kindSession
	kindCeremony
	kindReception
	kindVisit
	kindSeminar
	kindGifts
	kindTrial
	kindCount
)

var kindNames = [kindCount]string{"congress", "conference", "session", "ceremony", "reception", "visit", "seminar", "gifts", "trial"}

func (k eventKind) String() string { return kindNames[k] }

// kindWeights is how often each kind of event is reported.
var kindWeights = []float64{kindCongress: 12, kindConference: 26, kindSession: 12, kindCeremony: 18,
	kindReception: 9, kindVisit: 15, kindSeminar: 8, kindGifts: 7, kindTrial: 5}

// gen writes one article.
type gen struct {
	w      *World
	rng    *rand.Rand
	a      *Article
	prov   *Area
	day    Day
	abbr   float64 // the chance of an abbreviation where one is usual
	named  float64 // the chance that a title of the province names it
	seen   map[*Person]int
	shorts map[string]int
	lines  []Line
	unit   string // the organization the article is about, for {unit}
	// twoAreas says that the article is about two provinces, so that
	// every title names its place, as reports then do
	twoAreas bool
	// lowerRoles says that the article writes roles in lower case
	lowerRoles bool
	topic      topic
	used       map[string]bool // filler sentences already written

	// who holds the province's posts on rosterDay
	rosterDay    Day
	rosterPeople []*Person
	rosterPosts  []*Post
}

// Article makes article n (from 1) of the corpus of a seed. It depends on
// nothing else: articles can be made in any order, in parallel.
func (w *World) Article(seed uint64, n int) *Article {
	g := &gen{
		w:      w,
		rng:    rand.New(rand.NewPCG(seed, uint64(n))),
		a:      &Article{N: n},
		seen:   map[*Person]int{},
		shorts: map[string]int{},
		used:   map[string]bool{},
	}
	g.abbr = pick(g.rng, []float64{0.1, 0.5, 0.9})
	g.named = pick(g.rng, []float64{0.2, 0.5})
	g.lowerRoles = g.rng.IntN(10) == 0
	g.prov = w.Provinces[weighted(g.rng, w.provWeights)]
	g.day = worldStart + Day(g.rng.IntN(int(worldEnd-worldStart)))
	g.a.Kind = eventKind(weighted(g.rng, kindWeights))
	switch g.a.Kind {
	case kindCongress:
		g.congress()
	case kindConference:
		g.conference()
	case kindSession:
		g.session()
	case kindCeremony:
		g.ceremony()
	case kindReception:
		g.reception()
	case kindVisit:
		g.visit()
	case kindSeminar:
		g.seminar()
	case kindGifts:
		g.gifts()
	case kindTrial:
		g.trial()
	}
	g.a.Day, g.a.Province = g.day, g.prov
	g.nameProvince()
	g.frame()
	g.respell()
	return g.a
}

// --- people ---

// cast says who the article will name, so that a short reference ("ông
// Hùng") is used only when no one else named has that given name.
func (g *gen) cast(ps ...*Person) {
	for _, p := range ps {
		if p != nil {
			g.shorts[p.Short]++
		}
	}
}

// holders returns the people holding the province's posts on the day,
// with their posts.
func (g *gen) holders(filter func(*Post) bool) (people []*Person, posts []*Post) {
	if g.rosterDay != g.day || g.rosterPosts == nil {
		g.rosterDay = g.day
		g.rosterPeople = make([]*Person, 0, len(g.prov.Posts))
		g.rosterPosts = make([]*Post, 0, len(g.prov.Posts))
		for _, p := range g.prov.Posts {
			if t := p.holder(g.day); t != nil {
				g.rosterPeople = append(g.rosterPeople, t.Person)
				g.rosterPosts = append(g.rosterPosts, p)
			}
		}
	}
	if filter == nil {
		return g.rosterPeople, g.rosterPosts // callers only read them
	}
	for i, p := range g.rosterPosts {
		if filter(p) {
			people = append(people, g.rosterPeople[i])
			posts = append(posts, p)
		}
	}
	return people, posts
}

// choose picks up to k of the province's officials, weighted by how
// often their posts go to events and by how the event concerns them.
func (g *gen) choose(k int, weight func(*Post) float64, exclude ...*Person) []*Person {
	people, posts := g.holders(nil)
	ws := make([]float64, len(posts))
	for i, p := range posts {
		ws[i] = p.Weight
		if weight != nil {
			ws[i] *= weight(p)
		}
		for _, x := range exclude {
			if x == people[i] {
				ws[i] = 0
			}
		}
	}
	var out []*Person
	for len(out) < k {
		total := 0.0
		for _, x := range ws {
			total += x
		}
		if total <= 0 {
			break
		}
		i := weighted(g.rng, ws)
		out = append(out, people[i])
		ws[i] = 0
	}
	return out
}

// holderOf returns who holds the first post of the province with a title
// that matches, or nil.
func (g *gen) holderOf(match func(Title) bool) *Person {
	for _, p := range g.prov.Posts {
		for _, t := range p.Titles {
			if match(t) {
				if h := p.holder(g.day); h != nil {
					return h.Person
				}
			}
		}
	}
	return nil
}

func isRole(role string, kind OrgKind, area *Area) func(Title) bool {
	return func(t Title) bool { return t.Role == role && t.Org.Kind == kind && t.Org.Area == area }
}

// national picks a national leader, weighted, maybe for a sector.
func (g *gen) national(sector int) *Person {
	ws := make([]float64, len(g.w.National))
	for i, p := range g.w.National {
		ws[i] = p.Weight
		if sector >= 0 && p.Sector == sector {
			ws[i] *= 12
		}
	}
	p := g.w.National[weighted(g.rng, ws)]
	return p.holder(g.day).Person
}

// note records that the article names p with the given titles.
func (g *gen) note(p *Person, titles []Title, former bool) {
	if i, ok := g.seen[p]; ok {
		m := &g.a.Mentions[i]
	next:
		for _, t := range titles {
			for _, u := range m.Titles {
				if t == u {
					continue next
				}
			}
			m.Titles = append(m.Titles, t)
		}
		return
	}
	g.seen[p] = len(g.a.Mentions)
	g.a.Mentions = append(g.a.Mentions, Mention{Person: p, Titles: append([]Title(nil), titles...), Former: former})
}

// titlesOf returns the titles of the post p holds on the day, all of
// them or only the last ones (the chain a report writes may be short).
func (g *gen) titlesOf(p *Person, full bool) []Title {
	post := p.at(g.day)
	if post == nil {
		return nil
	}
	ts := post.Titles
	if !full && len(ts) > 1 {
		i := post.mainIndex()
		switch g.rng.IntN(3) {
		case 0:
			ts = ts[i : i+1]
		case 1:
			ts = ts[i:]
		default:
			ts = ts[max(0, i-1) : i+1]
		}
	}
	return ts
}

// --- writing organizations and titles ---

// spell writes a phrase or, as often as the article abbreviates, one of
// the shorter forms reports use (spellings.txt), the usual one most.
func (g *gen) spell(full string) string {
	alts := g.w.Spellings[full]
	if g.canonical() || len(alts) == 0 || g.rng.Float64() >= g.abbr {
		return full
	}
	if len(alts) == 1 || g.rng.IntN(3) > 0 {
		return alts[0]
	}
	return pick(g.rng, alts[1:])
}

// levelWord writes the level of an area: tỉnh, thành phố or TP, huyện.
func (g *gen) levelWord(a *Area) string {
	if a.Level == "thành phố" {
		return g.spell("thành phố")
	}
	return a.Level
}

// areaName writes an area with its level: "tỉnh Quảng Trị", "TP.HCM".
func (g *gen) areaName(a *Area) string {
	if a.Name == "Hồ Chí Minh" && !g.canonical() && g.rng.Float64() < g.abbr/2 {
		return "TP.HCM"
	}
	return g.levelWord(a) + " " + a.Name
}

// placeShort writes a province's name alone, as headlines do, but not
// "Hồ Chí Minh", which is also the President's name.
func (g *gen) placeShort(a *Area) string {
	if a.Name == "Hồ Chí Minh" {
		return pick(g.rng, []string{"TP.HCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"})
	}
	return a.Name
}

// where writes the place after an organization's head: the area named,
// or only its level when the article's province goes without saying.
func (g *gen) where(a *Area, named bool) string {
	if named || a != g.prov || g.twoAreas {
		return g.areaName(a)
	}
	return g.levelWord(a)
}

// orgName writes an organization; named says whether its place is named.
// A canonical gen (nil rng) writes the full form the ground truth uses.
func (g *gen) orgName(o *Org, named bool) string {
	switch o.Kind {
	case OrgCommittee:
		if named || o.Area != g.prov || g.twoAreas {
			if o.Area.Name == "Hồ Chí Minh" && !g.canonical() {
				return o.Area.Committee + " " + g.placeShort(o.Area) // Thành ủy TP.HCM
			}
			return o.Area.Committee + " " + o.Area.Name
		}
		return o.Area.Committee
	case OrgPeople:
		return g.spell("Ủy ban nhân dân") + " " + g.where(o.Area, named)
	case OrgCouncil:
		return g.spell("Hội đồng nhân dân") + " " + g.where(o.Area, named)
	case OrgFront:
		return g.spell("Ủy ban Mặt trận Tổ quốc Việt Nam") + " " + g.where(o.Area, named)
	case OrgDelegation:
		return g.spell("Đoàn đại biểu Quốc hội") + " " + g.where(o.Area, named)
	case OrgPolice:
		return "Công an " + g.where(o.Area, named)
	case OrgMilitary:
		return g.spell("Bộ Chỉ huy Quân sự") + " " + g.where(o.Area, named)
	case OrgDept:
		s := "Sở " + g.sectorName(o.Sector)
		if named || o.Area != g.prov || g.twoAreas {
			s += " " + g.areaName(o.Area)
		}
		return s
	case OrgBoard:
		return o.Name + " " + g.orgName(o.Parent, named)
	case OrgNational:
		if g.canonical() || !strings.Contains(o.Name, "Trung ương") {
			return o.Name
		}
		return strings.Replace(o.Name, "Trung ương", g.centralWord(), 1)
	case OrgMinistry:
		return "Bộ " + g.sectorName(o.Sector)
	case OrgCountry:
		return o.Name
	case OrgForeignArea:
		return "tỉnh " + o.Name
	}
	return o.Name
}

// canonical reports whether the gen writes the ground truth's forms.
func (g *gen) canonical() bool { return g.rng == nil }

// centralWord writes "Trung ương", or T.Ư as some papers do.
func (g *gen) centralWord() string {
	if alts := g.w.Spellings["Trung ương"]; len(alts) > 0 && g.rng.Float64() < g.abbr/3 {
		return pick(g.rng, alts)
	}
	return "Trung ương"
}

// sectorName writes a sector, maybe by an abbreviation of sectors.txt
// (GD&ĐT).
func (g *gen) sectorName(i int) string {
	name := g.w.Sectors[i].Name
	if g.canonical() {
		return name
	}
	if abbrs := g.w.Sectors[i].Abbrevs; len(abbrs) > 0 && g.rng.Float64() < g.abbr/2 {
		if len(abbrs) > 1 && g.rng.IntN(4) == 0 {
			return abbrs[1]
		}
		return abbrs[0]
	}
	return name
}

// title writes a title; named says whether its place is named. Some
// outlets write the role in lower case ("phó chủ tịch UBND tỉnh"), and
// reports often shorten a people's committee's chair to the place alone
// ("Chủ tịch tỉnh"; spellings.txt).
func (g *gen) title(t Title, named bool) string {
	s := g.titleText(t, named)
	if g.lowerRoles {
		n := len(t.Role)
		if !strings.HasPrefix(s, t.Role) {
			n = strings.IndexByte(s, ' ')
		}
		if n > 0 {
			words := strings.Fields(s[:n])
			for i, w := range words {
				if w == "Ban" {
					break // Ban Thường vụ is a body, written capitalized
				}
				words[i] = strings.ToLower(w)
			}
			s = strings.Join(words, " ") + s[n:]
		}
	}
	return s
}

// titleText writes a title as title does, with the role capitalized.
func (g *gen) titleText(t Title, named bool) string {
	o := t.Org
	switch {
	case o.Kind == OrgPeople && !g.canonical() && g.rng.Float64() < g.abbr/4:
		if alts := g.w.Spellings[t.Role+" Ủy ban nhân dân"]; len(alts) > 0 {
			return pick(g.rng, alts) + " " + g.where(o.Area, named)
		}
	case t.Role == "Ủy viên" && o.Kind == OrgCommittee:
		if g.canonical() || g.twoAreas {
			return "Ủy viên " + g.orgName(o, true)
		}
		return o.Area.Committee + " viên" // Tỉnh ủy viên
	case t.Role == "Ủy viên Ban Thường vụ" && o.Kind == OrgCommittee:
		return g.spell("Ủy viên Ban Thường vụ") + " " + g.orgName(o, named)
	case t.Role == "Ủy viên" && o == g.w.natCommittee:
		if g.canonical() {
			return "Ủy viên Ban Chấp hành Trung ương Đảng"
		}
		switch g.rng.IntN(4) {
		case 0:
			return "Ủy viên Ban Chấp hành Trung ương Đảng"
		case 1:
			return "Ủy viên " + g.centralWord() + " Đảng"
		}
		return "Ủy viên Trung ương Đảng"
	case (t.Role == "Trưởng đoàn" || t.Role == "Phó Trưởng đoàn") && o.Kind == OrgDelegation:
		return strings.TrimSuffix(t.Role, "đoàn") + g.orgName(o, named) // Trưởng Đoàn ĐBQH tỉnh
	case t.Role == "Trưởng ban" && o.Kind == OrgBoard, t.Role == "Trưởng ban" && o.Kind == OrgNational,
		t.Role == "Phó Trưởng ban" && o.Kind == OrgNational:
		return strings.TrimSuffix(t.Role, "ban") + g.orgName(o, named) // Trưởng Ban Tổ chức Tỉnh ủy
	case (t.Role == "Thủ tướng" || t.Role == "Phó Thủ tướng") && !g.canonical() && g.rng.IntN(3) == 0:
		return t.Role
	case t.Role == "Đại sứ":
		if !g.canonical() && g.rng.IntN(4) == 0 {
			return "Đại sứ đặc mệnh toàn quyền " + o.Name + " tại Việt Nam"
		}
		return "Đại sứ " + o.Name + " tại Việt Nam"
	}
	return t.Role + " " + g.orgName(o, named)
}

// chain writes a person's titles joined by commas, the place named (if
// at all) after the last one, as reports do.
func (g *gen) chain(ts []Title, former bool) string {
	var b strings.Builder
	named := g.rng.Float64() < g.named
	for i, t := range ts {
		if i > 0 {
			b.WriteString(", ")
		}
		if former {
			b.WriteString("nguyên ")
		}
		last := i == len(ts)-1
		b.WriteString(g.title(t, last && named))
	}
	return b.String()
}

// --- writing people ---

// honorific is what stands before the name alone: đồng chí, ông, bà.
func (g *gen) honorific(p *Person) string {
	if p.Kind == Foreign {
		if p.Female {
			return pick(g.rng, []string{"bà", "ngài"})
		}
		return pick(g.rng, []string{"ông", "ngài"})
	}
	if g.rng.IntN(3) > 0 {
		return "đồng chí"
	}
	if p.Female {
		return "bà"
	}
	return "ông"
}

// bare writes the name with what may stand right before it: a rank
// (Đại tá) or a degree (TS).
func (g *gen) bare(p *Person) string {
	if pre := g.prefix(p); pre != "" {
		return pre + " " + p.Name
	}
	return p.Name
}

// prefix returns the rank or degree written before a person's name, if
// the article writes one.
func (g *gen) prefix(p *Person) string {
	if post := p.at(g.day); post != nil && post.Honor != "" {
		return post.Honor
	}
	if p.Degree != "" && g.rng.IntN(3) == 0 {
		return p.Degree
	}
	return ""
}

// before writes titles then the name: "Phó Chủ tịch UBND tỉnh Nguyễn Văn
// A", "nguyên Bí thư Tỉnh ủy Nguyễn Văn A".
func (g *gen) before(p *Person, full bool) string {
	ts, former := g.titlesFor(p, full)
	if len(ts) == 0 {
		return g.honorific(p) + " " + p.Name
	}
	g.note(p, ts, former)
	if pre := g.prefix(p); pre != "" {
		// a rank or degree after titles follows a comma: "Giám đốc
		// Công an tỉnh, Đại tá Nguyễn Văn A"
		return g.chain(ts, former) + ", " + pre + " " + p.Name
	}
	return g.chain(ts, former) + " " + p.Name
}

// after writes the name then the titles: "đồng chí Nguyễn Văn A, Phó Chủ
// tịch UBND tỉnh". lead is what stands before the name ("" for none,
// "-" for an honorific).
func (g *gen) after(p *Person, lead string, full bool) string {
	ts, former := g.titlesFor(p, full)
	name := g.bare(p)
	if lead == "-" {
		lead = g.honorific(p)
	}
	if lead != "" {
		name = lead + " " + name
	}
	if len(ts) == 0 {
		return name
	}
	g.note(p, ts, former)
	return name + ", " + g.chain(ts, former)
}

// titlesFor returns the titles an article gives p: those of their post,
// or those they held last, as former titles.
func (g *gen) titlesFor(p *Person, full bool) ([]Title, bool) {
	if ts := g.titlesOf(p, full); len(ts) > 0 {
		return ts, false
	}
	if post := p.former(g.day); post != nil {
		ts := post.Titles
		if !full {
			ts = []Title{post.Main}
		}
		return ts, true
	}
	return nil, false
}

// entry writes a person as an item of a list of attendees, either way.
func (g *gen) entry(p *Person) string {
	if g.rng.IntN(2) == 0 {
		return g.before(p, g.rng.IntN(3) > 0)
	}
	return g.after(p, pick(g.rng, []string{"", "-", "đồng chí"}), g.rng.IntN(4) > 0)
}

// ref refers to a person already named: by a short reference when it is
// clear, else by title and name.
func (g *gen) ref(p *Person) string {
	if _, ok := g.seen[p]; ok && g.shorts[p.Short] == 1 && g.rng.IntN(3) > 0 {
		if p.Kind == Foreign {
			if p.Female {
				return "bà " + p.Short
			}
			return "ông " + p.Short
		}
		if p.Female {
			return pick(g.rng, []string{"bà", "đồng chí"}) + " " + p.Short
		}
		return pick(g.rng, []string{"ông", "đồng chí"}) + " " + p.Short
	}
	if g.rng.IntN(2) == 0 {
		return "đồng chí " + p.Name
	}
	return g.before(p, false)
}

// list joins the entries of a list of people: "A; B và C" or "A; B; C".
func (g *gen) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items, "; ")
}

// attendees writes the people at an event: entries, one plural title
// over several holders of the same title when there are such.
func (g *gen) attendees(ps []*Person) string {
	groups := map[Title][]*Person{}
	var order []Title
	for _, p := range ps {
		post := p.at(g.day)
		if post == nil {
			continue
		}
		t := post.Main
		if len(groups[t]) == 0 {
			order = append(order, t)
		}
		groups[t] = append(groups[t], p)
	}
	var items []string
	done := map[*Person]bool{}
	for _, p := range ps {
		if done[p] {
			continue
		}
		if post := p.at(g.day); post != nil {
			// a group is written under one plural title or not at all:
			// the decision is taken at its first member
			if grp := groups[post.Main]; len(grp) > 1 && grp[0] == p && g.rng.IntN(3) > 0 {
				items = append(items, g.plural(post.Main, grp))
				for _, q := range grp {
					done[q] = true
				}
				continue
			}
		}
		items = append(items, g.entry(p))
		done[p] = true
	}
	return g.list(items)
}

// plural writes "các Phó Chủ tịch UBND tỉnh: A, B", or "hai Phó Chủ
// tịch UBND tỉnh là các ông A và B".
func (g *gen) plural(t Title, ps []*Person) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
		g.note(p, []Title{t}, false)
	}
	if len(ps) > 1 && len(ps) <= len(countWords) && g.rng.IntN(3) == 0 {
		return countWords[len(ps)-1] + " " + g.title(t, g.rng.Float64() < g.named) + " là " + g.sexedList(ps)
	}
	sep := pick(g.rng, []string{" ", ": "})
	head := "các "
	if g.rng.IntN(3) == 0 {
		head = "các đồng chí "
	}
	joined := strings.Join(names, ", ")
	if len(names) > 1 && g.rng.IntN(2) == 0 {
		joined = strings.Join(names[:len(names)-1], ", ") + " và " + names[len(names)-1]
	}
	return head + g.title(t, g.rng.Float64() < g.named) + sep + joined
}

// countWords count people in a plural title: "hai Phó Chủ tịch".
var countWords = []string{"một", "hai", "ba", "bốn"}

// sexedList writes names after their form of address: "các ông A và B",
// "các bà A và B", "ông A và bà B".
func (g *gen) sexedList(ps []*Person) string {
	men, women := 0, 0
	for _, p := range ps {
		if p.Female {
			women++
		} else {
			men++
		}
	}
	join := func(items []string) string {
		return strings.Join(items[:len(items)-1], ", ") + " và " + items[len(items)-1]
	}
	items := make([]string, len(ps))
	for i, p := range ps {
		items[i] = p.Name
		if men > 0 && women > 0 {
			items[i] = "ông " + p.Name
			if p.Female {
				items[i] = "bà " + p.Name
			}
		}
	}
	switch {
	case women == 0:
		return "các ông " + join(items)
	case men == 0:
		return "các bà " + join(items)
	}
	return join(items)
}

// replaced writes whom a newcomer to a post replaces, named without a
// title, and why they left: ", thay ông A nghỉ hưu theo chế độ".
func (g *gen) replaced(post *Post, t Term) string {
	var prev *Person
	for _, u := range post.Terms {
		if u.Until == t.From {
			prev = u.Person
		}
	}
	if prev == nil || prev == t.Person {
		return ""
	}
	g.cast(prev)
	g.note(prev, nil, false)
	why := " nghỉ hưu theo chế độ"
	if next := prev.at(t.From); next != nil {
		why = " được điều động nhận nhiệm vụ mới"
	}
	who := "ông "
	if prev.Female {
		who = "bà "
	}
	return ", thay " + who + prev.Name + why
}

// --- sentences shared by the kinds ---

// when writes the time of the event in a lead: "Sáng 16/5", "Ngày 3
// tháng 10 năm 2016".
func (g *gen) when() string {
	t := g.day.Time()
	d, m, y := t.Day(), int(t.Month()), t.Year()
	part := pick(g.rng, []string{"Sáng", "Sáng", "Chiều", "Ngày"})
	ds, ms, ys := strconv.Itoa(d), strconv.Itoa(m), strconv.Itoa(y)
	switch g.rng.IntN(7) {
	case 0:
		return part + " " + ds + "-" + ms
	case 1:
		return part + " " + ds + "/" + ms + "/" + ys
	case 2:
		return "Ngày " + ds + " tháng " + ms + " năm " + ys
	case 3:
		return part + " " + ds + "-" + ms + "-" + ys
	}
	return part + " " + ds + "/" + ms
}

// fill expands a template's placeholders.
func (g *gen) fill(tpl string) string {
	if !strings.Contains(tpl, "{") {
		return tpl
	}
	var b strings.Builder
	y := g.day.Time().Year()
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		b.WriteString(tpl[:i])
		name := tpl[i+1 : i+j]
		tpl = tpl[i+j+1:]
		switch name {
		case "Y":
			b.WriteString(strconv.Itoa(y))
		case "Y1":
			b.WriteString(strconv.Itoa(y + 1))
		case "Yp":
			b.WriteString(strconv.Itoa(y - 1))
		case "P":
			b.WriteString(decimal(30+g.rng.IntN(70), 1))
		case "Q":
			b.WriteString(strconv.Itoa(80 + g.rng.IntN(46)))
		case "R":
			b.WriteString(decimal(850+g.rng.IntN(150), 1))
		case "S":
			b.WriteString(decimal(5+g.rng.IntN(45), 1))
		case "N":
			b.WriteString(thousands(1200 + g.rng.IntN(47000)))
		case "M":
			b.WriteString(strconv.Itoa(5 + g.rng.IntN(296)))
		case "K":
			b.WriteString(strconv.Itoa(10 + g.rng.IntN(191)))
		case "Mo":
			b.WriteString(strconv.Itoa(1 + g.rng.IntN(12)))
		case "tỉnh":
			b.WriteString(g.prov.Level)
		case "committee":
			b.WriteString(g.prov.Committee)
		case "unit":
			b.WriteString(g.unit)
		default:
			b.WriteString("{" + name + "}")
		}
	}
}

// decimal writes n/10^places with a decimal comma: 68 → "6,8".
func decimal(n, places int) string {
	s := strconv.Itoa(n)
	for len(s) <= places {
		s = "0" + s
	}
	return s[:len(s)-places] + "," + s[len(s)-places:]
}

// thousands writes n with dots between thousands: 12500 → "12.500".
func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// roman writes an ordinal in Roman numerals, as congresses and councils
// are numbered.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// ordinal writes an ordinal either way: "XVII" or "17".
func (g *gen) ordinal(n int) string {
	if g.rng.IntN(3) == 0 {
		return strconv.Itoa(n)
	}
	return roman(n)
}

// term writes a term of office: "2020-2025", "2020 - 2025".
func (g *gen) term(from int) string {
	return strconv.Itoa(from) + pick(g.rng, []string{"-", " - ", " – "}) + strconv.Itoa(from+5)
}

// para adds a paragraph of sentences.
func (g *gen) para(sentences ...string) {
	var kept []string
	for _, s := range sentences {
		if s != "" {
			kept = append(kept, s)
		}
	}
	if len(kept) > 0 {
		g.lines = append(g.lines, Line{LineBody, strings.Join(kept, " ")})
	}
}

// caption adds a photo caption, maybe with the photographer.
func (g *gen) caption(text string) {
	if g.rng.IntN(3) == 0 && len(g.prov.Reporters) > 0 {
		text += " Ảnh: " + pick(g.rng, g.prov.Reporters).Name
	}
	g.lines = append(g.lines, Line{LineCaption, text})
}

// filler writes n sentences on the topic, none twice in an article;
// when the topic runs out, sentences on the economy and administration
// follow, as reports drift to them.
func (g *gen) filler(t topic, n int) []string {
	var out []string
	for _, pool := range [][]string{fillers[t], fillers[topicEconomy], fillers[topicAdmin], fillers[topicSocial]} {
		for _, i := range g.rng.Perm(len(pool)) {
			if len(out) == n {
				return out
			}
			if !g.used[pool[i]] {
				g.used[pool[i]] = true
				out = append(out, g.fill(pool[i]))
			}
		}
	}
	return out
}

// fillerParas adds paragraphs of filler, so that articles reach their
// usual length (about 2 KB).
func (g *gen) fillerParas(t topic) {
	n := 2 + g.rng.IntN(3)
	for range n {
		g.para(g.filler(t, 1+g.rng.IntN(3))...)
	}
}

// speech writes what a person said.
func (g *gen) speech(p *Person, evRef string) string {
	who := g.ref(p)
	if _, ok := g.seen[p]; !ok {
		who = g.before(p, g.rng.IntN(2) == 0)
		if g.rng.IntN(2) == 0 && !strings.HasPrefix(who, "đồng chí") {
			who = "đồng chí " + who
		}
	}
	urge := g.fill(pick(g.rng, urges))
	praise := g.fill(pick(g.rng, praises))
	switch g.rng.IntN(6) {
	case 0:
		return "Phát biểu tại " + evRef + ", " + who + " nhấn mạnh, " + urge + "."
	case 1:
		return "Phát biểu chỉ đạo " + evRef + ", " + who + " ghi nhận " + praise + ". " + upper(g.ref(p)) + " đề nghị " + urge + "."
	case 2:
		return "Kết luận " + evRef + ", " + who + " yêu cầu " + urge + "."
	case 3:
		return upper(who) + " đánh giá cao " + praise + " và đề nghị " + urge + "."
	case 4:
		return "Phát biểu tại " + evRef + ", " + who + " biểu dương " + praise + ". Theo " + g.ref(p) + ", thời gian tới " + urge + "."
	}
	if post := p.at(g.day); post == nil || post.Area != g.prov {
		// only the province's own leaders speak for it
		return "Phát biểu tại " + evRef + ", " + who + " nhấn mạnh, " + urge + "."
	}
	return "Thay mặt lãnh đạo " + g.prov.Level + ", " + who + " chúc mừng " + g.fill("{unit}") + " và đề nghị " + urge + "."
}

// upper capitalizes the first letter.
func upper(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

// attendance writes who was at the event, in one of the genre's forms.
func (g *gen) attendance(evRef string, ps []*Person) string {
	if len(ps) == 0 {
		return ""
	}
	ev := upper(evRef)
	switch g.rng.IntN(6) {
	case 0:
		return "Dự " + evRef + " có " + g.attendees(ps) + "."
	case 1:
		items := make([]string, len(ps))
		for i, p := range ps {
			items[i] = g.after(p, "", g.rng.IntN(3) > 0)
		}
		return "Dự " + evRef + " có các đồng chí: " + strings.Join(items, "; ") + "."
	case 2:
		return "Tham dự " + evRef + " có " + g.attendees(ps) + "."
	case 3:
		return ev + " có sự tham dự của " + g.attendees(ps) + "."
	case 4:
		return "Về dự " + evRef + " có " + g.attendees(ps) + "; lãnh đạo các sở, ban, ngành, đoàn thể của " + g.prov.Level + "."
	}
	if len(ps) == 1 {
		return "Cùng dự có " + g.attendees(ps) + "."
	}
	return "Dự " + evRef + " có " + g.attendees(ps[:1]) + ". Cùng dự có " + g.attendees(ps[1:]) + "."
}

// presided writes who presided.
func (g *gen) presided(evRef string, ps ...*Person) string {
	if len(ps) == 0 {
		return ""
	}
	if len(ps) > 1 {
		items := make([]string, len(ps))
		for i, p := range ps {
			items[i] = g.after(p, "đồng chí", true)
		}
		return upper(evRef) + " do " + strings.Join(items, " và ") + " đồng chủ trì."
	}
	p := ps[0]
	switch g.rng.IntN(4) {
	case 0:
		return upper(evRef) + " do " + g.after(p, "đồng chí", true) + " chủ trì."
	case 1:
		return "Đồng chí " + g.bare(p) + " - " + g.chain(g.noted(p), false) + " - chủ trì " + evRef + "."
	case 2:
		return "Chủ trì " + evRef + " có " + g.after(p, "đồng chí", true) + "."
	}
	return upper(g.before(p, true)) + " chủ trì " + evRef + "."
}

// noted returns p's titles and records them.
func (g *gen) noted(p *Person) []Title {
	ts := g.titlesOf(p, true)
	g.note(p, ts, false)
	return ts
}

// photo adds a caption about a person or the event, sometimes.
func (g *gen) photo(p *Person, evRef string) {
	if g.rng.IntN(2) == 0 {
		return
	}
	switch g.rng.IntN(4) {
	case 0:
		if p != nil {
			g.caption(upper(g.before(p, false)) + " phát biểu tại " + evRef + ".")
			return
		}
	case 1:
		if p != nil {
			g.caption("Đồng chí " + p.Name + " phát biểu " + pick(g.rng, []string{"chỉ đạo ", "tại "}) + evRef)
			return
		}
	case 2:
		g.caption("Các đại biểu dự " + evRef + ".")
		return
	}
	g.caption("Quang cảnh " + evRef + ".")
}

// leaders returns the province's secretary and chair on the day.
func (g *gen) leaders() (secretary, chair *Person) {
	secretary = g.holderOf(isRole("Bí thư", OrgCommittee, g.prov))
	chair = g.holderOf(isRole("Chủ tịch", OrgPeople, g.prov))
	return secretary, chair
}

// dateIn moves the day into a season: a month (1-12) and a span of days.
func (g *gen) dateIn(y, month, fromDay, days int) {
	g.day = dayOf(y, month, fromDay) + Day(g.rng.IntN(days))
	if g.day > worldEnd {
		g.day = worldEnd - Day(g.rng.IntN(20))
	}
}

// --- the frame: headline, date line, byline, credit ---

// nameProvince makes sure the article names its province: a report on a
// district may name only the district, and its headline then starts with
// the province, as papers write "Khánh Hòa: ...".
func (g *gen) nameProvince() {
	// the text is still as written here: NFC, tone marks as the data
	// files place them
	if strings.Contains(g.a.Title, g.prov.Name) {
		return
	}
	for _, l := range g.lines {
		if strings.Contains(l.Text, g.prov.Name) {
			return
		}
	}
	g.a.Title = g.placeShort(g.prov) + ": " + g.a.Title
}

// frame adds what surrounds the report: the date line, byline, share
// widgets, the outlet before the lead and the credit after the text.
func (g *gen) frame() {
	a := g.a
	local := g.rng.IntN(3) > 0 || len(g.w.Outlets) == 0
	var reporter *Person
	prefix := ""
	if local {
		a.Outlet = g.prov.Outlet
		reporter = pick(g.rng, g.prov.Reporters)
		if g.rng.IntN(5) == 0 {
			prefix = "(" + a.Outlet + ") - "
		}
	} else {
		o := g.w.Outlets[g.rng.IntN(min(nationalOutlets, len(g.w.Outlets)))]
		a.Outlet = o.Name
		if g.rng.IntN(2) == 0 && len(o.Aliases) > 0 {
			alias := o.Aliases[0]
			if g.rng.IntN(2) == 0 {
				prefix = "(" + alias + ") - "
			} else {
				prefix = alias + " - "
			}
		}
		reporter = pick(g.rng, o.Reporters)
	}
	pub := g.day
	if g.rng.IntN(4) == 0 {
		pub++
	}
	a.Published = pub.Time().Add(time.Duration(6*60+g.rng.IntN(16*60)) * time.Minute)

	var head []Line
	if g.rng.IntN(7) == 0 {
		head = append(head, Line{LineSection, pick(g.rng, sections)})
	}
	if g.rng.IntN(5) < 3 {
		head = append(head, Line{LineDate, g.dateLine(a.Published)})
	}
	byline := g.rng.IntN(5) < 2
	if byline {
		head = append(head, Line{LineByline, reporter.Name})
		a.Author = reporter.Name
		a.Reporters = append(a.Reporters, reporter)
	}
	if g.rng.IntN(5) < 2 {
		head = append(head, Line{LineShare, pick(g.rng, shareLines)})
	}
	for i := range g.lines {
		if g.lines[i].Kind == LineBody {
			g.lines[i].Text = prefix + g.lines[i].Text
			break
		}
	}
	a.Lines = append(head, g.lines...)
	var credit string
	switch g.rng.IntN(6) {
	case 0:
		credit = "Theo " + a.Outlet
	case 1:
		if !byline {
			credit = reporter.Name
		}
	case 2:
		credit = "PV"
	case 3:
		if !byline {
			credit = "Tin, ảnh: " + reporter.Name
		}
	case 4:
		if !byline {
			credit = reporter.Name + " (" + a.Outlet + ")"
		}
	}
	if credit != "" {
		a.Lines = append(a.Lines, Line{LineCredit, credit})
		if strings.Contains(credit, reporter.Name) {
			a.Reporters = append(a.Reporters, reporter)
		}
	}
	for _, l := range a.Lines {
		if l.Kind == LineCaption && strings.Contains(l.Text, "Ảnh: ") {
			name := l.Text[strings.LastIndex(l.Text, "Ảnh: ")+len("Ảnh: "):]
			for _, r := range g.prov.Reporters {
				if r.Name == name && !containsPerson(a.Reporters, r) {
					a.Reporters = append(a.Reporters, r)
				}
			}
		}
	}
}

func containsPerson(ps []*Person, p *Person) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// dateLine writes the date published the way sites do.
func (g *gen) dateLine(t time.Time) string {
	wd := weekdayNames[t.Weekday()]
	date := t.Format("02/01/2006")
	clock := t.Format("15:04")
	switch g.rng.IntN(5) {
	case 0:
		return wd + ", " + date
	case 1:
		return date + " " + clock
	case 2:
		return wd + ", " + date + " " + clock + " (GMT+7)"
	case 3:
		return date + " - " + clock
	}
	return wd + ", " + date + ", " + clock + " GMT+7"
}

// respell writes some articles the old way (Uỷ ban, hoà) and a few in
// decomposed Unicode, as text copied from old pages is.
func (g *gen) respell() {
	old := g.rng.IntN(8) == 0
	nfd := g.rng.IntN(100) == 0
	if !old && !nfd {
		return
	}
	conv := func(s string) string {
		if old {
			s = oldTone(s)
		}
		if nfd {
			s = norm.NFD.String(s)
		}
		return s
	}
	g.a.Title = conv(g.a.Title)
	for i := range g.a.Lines {
		g.a.Lines[i].Text = conv(g.a.Lines[i].Text)
	}
}

// oldTones maps the traditional tone placement of open syllables ending
// in oa, oe, uy to the old one: hòa → hoà, thủy → thuỷ.
var oldTones = func() map[[2]rune]string {
	m := map[[2]rune]string{}
	add := func(marked, plain string, second rune, toned string) {
		ms, ts := []rune(marked), []rune(toned)
		for i := range ms {
			m[[2]rune{ms[i], second}] = plain + string(ts[i])
		}
	}
	add("òóỏõọ", "o", 'a', "àáảãạ")
	add("ÒÓỎÕỌ", "O", 'a', "àáảãạ")
	add("òóỏõọ", "o", 'e', "èéẻẽẹ")
	add("ÒÓỎÕỌ", "O", 'e', "èéẻẽẹ")
	add("ùúủũụ", "u", 'y', "ỳýỷỹỵ")
	add("ÙÚỦŨỤ", "U", 'y', "ỳýỷỹỵ")
	return m
}()

// oldTone rewrites a text with the old tone placement.
func oldTone(s string) string {
	var b strings.Builder
	last := 0 // s[:last] is written
	for i, r := range s {
		if !toneOnFirst(r) {
			continue
		}
		r2, n2 := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		rep, ok := oldTones[[2]rune{r, r2}]
		if !ok {
			continue
		}
		end := i + utf8.RuneLen(r) + n2
		if next, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && isLetter(next) {
			continue // a closed syllable (hoàn) keeps its mark
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 8)
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// toneOnFirst reports whether r is an o or u with a tone mark, the first
// letter of the pairs oldTone moves the mark from.
func toneOnFirst(r rune) bool {
	switch r {
	case 'ò', 'ó', 'ỏ', 'õ', 'ọ', 'ù', 'ú', 'ủ', 'ũ', 'ụ', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ':
		return true
	}
	return false
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
