package main

import (
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"kg/ingest/lexicon"
)

// Day is a calendar day, counted from 1 January 1970.
type Day int32

func dayOf(y, m, d int) Day {
	return Day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Time is the day at midnight UTC.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// ISO is the day as 2006-01-02.
func (d Day) ISO() string { return d.Time().Format("2006-01-02") }

// The world spans the decade of articles the corpus reports, ending the
// day before the 2025 reorganization merged provinces and abolished
// districts.
var (
	worldStart = dayOf(2015, 1, 1)
	worldEnd   = dayOf(2025, 6, 30)
)

const year = 365

// Area is a province, a centrally governed city, or a district of one.
type Area struct {
	Name      string  // "Quảng Trị", "Yên Phong"
	Level     string  // "tỉnh", "thành phố", "huyện", "quận"
	Committee string  // its party committee: "Tỉnh ủy", "Huyện ủy"
	Province  *Area   // for a district, its province
	Districts []*Area // for a province
	Outlet    string  // for a province, its paper: "Báo Quảng Trị"
	Posts     []*Post // the posts of the area and, for a province, of its districts
	Reporters []*Person
	Weight    float64 // how many of the articles are about it, relatively
	Congress  int     // the ordinal of its 2015 party congress
	Council   int     // the ordinal of its HĐND in 2016-2021
}

// OrgKind is the kind of an organization, which says how it is written.
type OrgKind uint8

// The kinds of organization.
const (
	OrgCommittee   OrgKind = iota + 1 // the party committee of an area: Tỉnh ủy Quảng Trị
	OrgPeople                         // Ủy ban nhân dân
	OrgCouncil                        // Hội đồng nhân dân
	OrgFront                          // Ủy ban Mặt trận Tổ quốc Việt Nam of an area
	OrgDept                           // Sở of a province
	OrgDelegation                     // Đoàn đại biểu Quốc hội of a province
	OrgPolice                         // Công an of a province
	OrgMilitary                       // Bộ Chỉ huy Quân sự of a province
	OrgBoard                          // a board of a party committee: Ban Tổ chức Tỉnh ủy
	OrgNational                       // a national body, written as Name
	OrgMinistry                       // Bộ of a sector
	OrgCountry                        // a foreign country (its ambassador)
	OrgForeignArea                    // a province of Laos
)

// Org is an organization.
type Org struct {
	Kind   OrgKind
	Name   string // the board's or national body's name, the country, the Lao province
	Area   *Area  // the area of a local organization
	Parent *Org   // the committee of a board
	Sector int    // the sector of a Sở or Bộ, else -1
}

// Title is a role in an organization: Phó Chủ tịch of the UBND of Quảng Trị.
type Title struct {
	Role string
	Org  *Org
}

// Post is a seat a person holds for a term, with all the titles that go
// with it (the Chủ tịch UBND tỉnh is also a Phó Bí thư Tỉnh ủy).
type Post struct {
	Titles  []Title
	Main    Title   // the title that defines the post (Chủ tịch UBND, not Phó Bí thư)
	Area    *Area   // nil for national and foreign posts
	Weight  float64 // how often its holder is at the area's events
	Rank    int     // promotion goes from lower to higher ranks
	Sector  int     // the sector it is about, or -1
	Honor   string  // a rank written before the holder's name: Đại tá
	Feeders []*Post // the posts its holders are often promoted from
	Terms   []Term  // in order, without gaps
	Foreign bool
}

// Term is one holder of a post.
type Term struct {
	Person      *Person
	From, Until Day // [From, Until)
	promoted    bool
}

// PersonKind says what a person is in the corpus.
type PersonKind uint8

// The kinds of person.
const (
	Official PersonKind = iota + 1 // a Vietnamese official
	Foreign                        // a foreign ambassador or official
	Reporter                       // a writer or photographer of articles
)

func (k PersonKind) String() string {
	switch k {
	case Official:
		return "official"
	case Foreign:
		return "foreign"
	case Reporter:
		return "reporter"
	}
	return "unknown"
}

// Person is somebody the articles name.
type Person struct {
	Index    int
	Name     string
	Short    string // what a later reference uses: the given name
	Female   bool
	Kind     PersonKind
	Province *Area // nil for national officials, foreigners and national reporters
	Degree   string
	Outlet   string // for reporters
	Terms    []PersonTerm
}

// ID is the person's identifier in the ground truth.
func (p *Person) ID() string { return fmt.Sprintf("p%05d", p.Index) }

// PersonTerm is a post a person held.
type PersonTerm struct {
	Post        *Post
	From, Until Day
}

// at returns the post the person holds on day d, or nil.
func (p *Person) at(d Day) *Post {
	for _, t := range p.Terms {
		if t.From <= d && d < t.Until {
			return t.Post
		}
	}
	return nil
}

// former returns the last post the person left before day d, when they
// hold none on d.
func (p *Person) former(d Day) *Post {
	var last *PersonTerm
	for i := range p.Terms {
		t := &p.Terms[i]
		if t.From <= d && d < t.Until {
			return nil
		}
		if t.Until <= d {
			last = t
		}
	}
	if last == nil {
		return nil
	}
	return last.Post
}

// mainIndex returns where the main title is among the titles.
func (p *Post) mainIndex() int {
	for i, t := range p.Titles {
		if t == p.Main {
			return i
		}
	}
	return len(p.Titles) - 1
}

// holder returns who holds the post on day d.
func (p *Post) holder(d Day) *Term {
	for i := range p.Terms {
		if t := &p.Terms[i]; t.From <= d && d < t.Until {
			return t
		}
	}
	return nil
}

// World is the simulated country the articles report on.
type World struct {
	Provinces []*Area // the provinces in the world, heaviest first
	National  []*Post
	Foreign   []*Post
	LaoPosts  []*Post
	Posts     []*Post
	People    []*Person // every person, by Index
	Homonyms  [][]*Person
	Outlets   []outlet // national outlets
	Abbrevs   map[string][]string
	Lex       *lexicon.Lexicon

	provWeights                                   []float64
	natCommittee, politburo, government, assembly *Org
}

// outlet is a news outlet with the short names it signs with.
type outlet struct {
	Name      string
	Aliases   []string
	Reporters []*Person
}

// nationalOutlets is how many of media.txt's outlets (the first ones)
// publish articles of the corpus.
const nationalOutlets = 12

// builder holds what building the world needs and the world does not.
type builder struct {
	w          *World
	rng        *rand.Rand
	families   []string
	famWeights []float64
	names      map[string]bool
	placeKeys  map[string]bool
	committees map[string]string
}

// NewWorld builds the world for a seed from the lexicon files of fsys
// (lexicon.Embedded() for kg's own). provinces is how many provinces it
// has (the most populous first); 0 or more than there are means all.
func NewWorld(fsys fs.FS, seed uint64, provinces int) (*World, error) {
	lex, err := lexicon.Load(fsys)
	if err != nil {
		return nil, err
	}
	b := &builder{
		w:          &World{Lex: lex, Abbrevs: map[string][]string{}},
		rng:        rand.New(rand.NewPCG(seed, 0x776f726c64)), // "world"
		names:      map[string]bool{},
		placeKeys:  map[string]bool{},
		committees: map[string]string{},
	}
	for _, step := range []func(fs.FS) error{b.readFamilies, b.readLevels, b.readAbbrevs, b.readMedia} {
		if err := step(fsys); err != nil {
			return nil, err
		}
	}
	if err := b.readPlaces(fsys, provinces); err != nil {
		return nil, err
	}
	b.nationalPosts()
	for _, a := range b.w.Provinces {
		b.provincePosts(a)
	}
	b.foreignPosts()
	b.fillTerms()
	b.homonyms()
	b.reporters()
	return b.w, nil
}

func (b *builder) readFamilies(fsys fs.FS) error {
	entries, err := lexicon.ReadFile(fsys, "families.txt")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Has("weak") {
			continue // Phó, Văn, Đồng: a family name that is also a word
		}
		if _, n := b.w.Lex.Honorifics.Longest(lexicon.Keys(e.Phrase), 0); n > 0 {
			continue // Ông: "ông Ông Văn A" reads as a stammer
		}
		b.families = append(b.families, e.Phrase)
		// the file lists the most common first; Nguyễn is about 2.3
		// times as common as Trần, as Zipf's law with s = 1.2 has it
		b.famWeights = append(b.famWeights, 1/math.Pow(float64(len(b.families)), 1.2))
	}
	if len(b.families) == 0 {
		return fmt.Errorf("families.txt: no family name")
	}
	return nil
}

func (b *builder) readLevels(fsys fs.FS) error {
	entries, err := lexicon.ReadFile(fsys, "levels.txt")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if c := e.Attrs["committee"]; c != "" {
			b.committees[e.Phrase] = c
		}
	}
	for _, lvl := range []string{"tỉnh", "thành phố", "huyện", "quận"} {
		if b.committees[lvl] == "" {
			return fmt.Errorf("levels.txt: no committee for %q", lvl)
		}
	}
	return nil
}

func (b *builder) readAbbrevs(fsys fs.FS) error {
	entries, err := lexicon.ReadFile(fsys, "abbreviations.txt")
	if err != nil {
		return err
	}
	for _, e := range entries {
		b.w.Abbrevs[e.Value] = append(b.w.Abbrevs[e.Value], e.Phrase)
	}
	return nil
}

func (b *builder) readMedia(fsys fs.FS) error {
	entries, err := lexicon.ReadFile(fsys, "media.txt")
	if err != nil {
		return err
	}
	for _, e := range entries {
		o := outlet{Name: e.Phrase}
		if a := e.Attrs["alias"]; a != "" {
			o.Aliases = strings.Split(a, ";")
		}
		b.w.Outlets = append(b.w.Outlets, o)
	}
	return nil
}

// readPlaces makes the provinces and their districts.
func (b *builder) readPlaces(fsys fs.FS, want int) error {
	entries, err := lexicon.ReadFile(fsys, "places.txt")
	if err != nil {
		return err
	}
	var all []*Area
	countries := map[string]bool{} // the countries places.txt knows
	for _, e := range entries {
		b.placeKeys[key(e.Phrase)] = true
		if a := e.Attrs["alias"]; a != "" {
			for _, al := range strings.Split(a, ";") {
				b.placeKeys[key(al)] = true
			}
		}
		lvl := e.Attrs["level"]
		switch {
		case lvl == "nước":
			countries[e.Phrase] = true
		case (lvl == "tỉnh" || lvl == "thành phố") && !skipPlaces[e.Phrase]:
			out := cityOutlets[e.Phrase]
			if out == "" {
				out = "Báo " + e.Phrase
			}
			all = append(all, &Area{Name: e.Phrase, Level: lvl, Committee: b.committees[lvl], Outlet: out})
		}
	}
	for _, c := range countryList {
		if !countries[c.Name] {
			return fmt.Errorf("places.txt: no country %q", c.Name)
		}
	}
	if len(all) < 2 {
		return fmt.Errorf("places.txt: fewer than two provinces")
	}
	// The two largest cities lead; the others follow in an order of the
	// seed's, and the first ones are the heaviest.
	var lead, rest []*Area
	for _, a := range all {
		if cityOutlets[a.Name] != "" {
			lead = append(lead, a)
		} else {
			rest = append(rest, a)
		}
	}
	b.rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	order := append(lead, rest...)
	if want <= 0 || want > len(order) {
		want = len(order)
	}
	want = max(want, 2)
	b.w.Provinces = order[:want]
	for i, a := range b.w.Provinces {
		a.Weight = 1 / math.Pow(float64(i+1), 0.6)
		b.w.provWeights = append(b.w.provWeights, a.Weight)
		a.Congress = 15 + b.rng.IntN(6)
		a.Council = 9 + b.rng.IntN(10)
	}
	b.districts()
	return nil
}

// districts gives each province three districts with names of their own:
// no two districts share a name, and none is a province's.
func (b *builder) districts() {
	var pool []string
	for _, f := range districtFirst {
		if _, fam := b.w.Lex.Families[key(f)]; fam {
			continue
		}
		for _, s := range districtSecond {
			name := f + " " + s
			if f != s && !b.placeKeys[key(name)] {
				pool = append(pool, name)
			}
		}
	}
	b.rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	next := 0
	for _, a := range b.w.Provinces {
		for k := 0; k < 3 && next < len(pool); k++ {
			lvl := "huyện"
			if a.Level == "thành phố" && k == 0 {
				lvl = "quận"
			}
			a.Districts = append(a.Districts, &Area{Name: pool[next], Level: lvl, Committee: b.committees[lvl], Province: a,
				Congress: 20 + b.rng.IntN(10), Council: 15 + b.rng.IntN(8)})
			next++
		}
	}
}

// key folds a phrase the way the lexicon matches it.
func key(s string) string { return strings.Join(lexicon.Keys(s), " ") }

func (b *builder) post(a *Area, weight float64, rank int, titles ...Title) *Post {
	p := &Post{Titles: titles, Main: titles[len(titles)-1], Area: a, Weight: weight, Rank: rank, Sector: -1}
	b.w.Posts = append(b.w.Posts, p)
	if a != nil {
		prov := a
		if a.Province != nil {
			prov = a.Province
		}
		prov.Posts = append(prov.Posts, p)
	}
	return p
}

func (b *builder) chance(p float64) bool { return b.rng.Float64() < p }

// nationalPosts makes the central bodies and their leaders.
func (b *builder) nationalPosts() {
	w := b.w
	nat := func(name string) *Org { return &Org{Kind: OrgNational, Name: name, Sector: -1} }
	w.natCommittee = nat("Ban Chấp hành Trung ương Đảng")
	w.politburo = nat("Bộ Chính trị")
	w.government = nat("Chính phủ")
	w.assembly = nat("Quốc hội")
	member := func(o *Org) Title { return Title{"Ủy viên", o} }
	add := func(p *Post) *Post { w.National = append(w.National, p); return p }

	pm := add(b.post(nil, 5, 9, member(w.politburo), Title{"Thủ tướng", w.government}))
	var dpms []*Post
	for i := range 3 {
		m := member(w.natCommittee)
		if i == 0 {
			m = member(w.politburo)
		}
		dpms = append(dpms, add(b.post(nil, 4, 8, m, Title{"Phó Thủ tướng", w.government})))
	}
	pm.Feeders = dpms
	naChair := add(b.post(nil, 3, 9, member(w.politburo), Title{"Chủ tịch", w.assembly}))
	for range 2 {
		v := add(b.post(nil, 3, 8, member(w.natCommittee), Title{"Phó Chủ tịch", w.assembly}))
		naChair.Feeders = append(naChair.Feeders, v)
	}
	for i, s := range sectors {
		if !s.Core && !b.chance(0.6) && s.Dept {
			continue
		}
		min := &Org{Kind: OrgMinistry, Sector: i}
		minister := add(b.post(nil, 2.5, 7, member(w.natCommittee), Title{"Bộ trưởng", min}))
		deputy := add(b.post(nil, 2, 5, Title{"Thứ trưởng", min}))
		minister.Sector, deputy.Sector = i, i
		minister.Feeders = []*Post{deputy}
		for _, d := range dpms {
			d.Feeders = append(d.Feeders, minister)
		}
	}
	for i, bd := range partyBoards {
		o := nat(bd.Name + " Trung ương")
		head := Title{bd.Role, o}
		m := member(w.natCommittee)
		if i < 2 {
			m = member(w.politburo)
		}
		h := add(b.post(nil, 2, 7, m, head))
		deputy := "Phó Trưởng ban"
		if bd.Role == "Chủ nhiệm" {
			deputy = "Phó Chủ nhiệm"
		}
		h.Feeders = []*Post{add(b.post(nil, 1.5, 5, Title{deputy, o}))}
	}
	front := nat("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
	fc := add(b.post(nil, 2, 7, member(w.politburo), Title{"Chủ tịch", front}))
	fc.Feeders = []*Post{add(b.post(nil, 1, 5, Title{"Phó Chủ tịch", front}))}
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToLower(string(r[0])))[0]
	return string(r)
}

// provincePosts makes the organizations of a province and its districts
// and their leading posts, with who is usually promoted from where.
func (b *builder) provincePosts(a *Area) {
	w := b.w
	comm := &Org{Kind: OrgCommittee, Area: a, Sector: -1}
	org := func(k OrgKind, ar *Area) *Org { return &Org{Kind: k, Area: ar, Sector: -1} }
	people, council, front := org(OrgPeople, a), org(OrgCouncil, a), org(OrgFront, a)
	deleg := org(OrgDelegation, a)
	standingMember := Title{"Ủy viên Ban Thường vụ", comm}
	member := Title{"Ủy viên", comm}
	central := Title{"Ủy viên", w.natCommittee}

	secretary := b.post(a, 10, 9, Title{"Bí thư", comm})
	if b.chance(0.6) {
		secretary.Titles = slices.Insert(secretary.Titles, 0, central)
	}
	standing := b.post(a, 5, 8, Title{"Phó Bí thư Thường trực", comm})
	chair := b.post(a, 9, 8, Title{"Phó Bí thư", comm}, Title{"Chủ tịch", people})
	if b.chance(0.25) {
		chair.Titles = slices.Insert(chair.Titles, 0, central)
	}
	if b.chance(0.5) {
		secretary.Titles = append(secretary.Titles, Title{"Chủ tịch", council})
	} else {
		standing.Titles = append(standing.Titles, Title{"Chủ tịch", council})
	}
	if b.chance(0.4) {
		secretary.Titles = append(secretary.Titles, Title{"Trưởng đoàn", deleg})
	} else {
		b.post(a, 1.5, 6, standingMember, Title{"Trưởng đoàn", deleg})
	}
	deputyDeleg := b.post(a, 1, 4, Title{"Phó Trưởng đoàn", deleg})
	vice1 := b.post(a, 6, 7, standingMember, Title{"Phó Chủ tịch Thường trực", people})
	var vices []*Post
	for range 2 {
		vices = append(vices, b.post(a, 4, 6, member, Title{"Phó Chủ tịch", people}))
	}
	var councilVices []*Post
	for range 2 {
		councilVices = append(councilVices, b.post(a, 2.5, 5, Title{"Phó Chủ tịch", council}))
	}
	frontChair := b.post(a, 3, 7, standingMember, Title{"Chủ tịch", front})
	frontVice := b.post(a, 1, 3, Title{"Phó Chủ tịch", front})
	var boards []*Post
	for i, bd := range partyBoards {
		if i >= 3 && !b.chance(0.5) {
			continue
		}
		o := &Org{Kind: OrgBoard, Name: bd.Name, Parent: comm, Sector: -1}
		boards = append(boards, b.post(a, 2, 7, standingMember, Title{bd.Role, o}))
	}
	police := b.post(a, 2.5, 5, Title{"Giám đốc", org(OrgPolice, a)})
	police.Honor = "Đại tá"
	if b.chance(0.4) {
		police.Honor = "Thiếu tướng"
	}
	if b.chance(0.7) {
		police.Titles = slices.Insert(police.Titles, 0, standingMember)
	}
	military := b.post(a, 1.5, 5, Title{"Chỉ huy trưởng", org(OrgMilitary, a)})
	military.Honor = "Đại tá"
	if b.chance(0.5) {
		military.Titles = slices.Insert(military.Titles, 0, standingMember)
	}

	var directors, deputies []*Post
	for i, s := range sectors {
		if !s.Dept || !s.Core && !b.chance(0.3) {
			continue
		}
		dept := &Org{Kind: OrgDept, Area: a, Sector: i}
		d := b.post(a, 2, 4, Title{"Giám đốc", dept})
		if b.chance(0.3) {
			d.Titles = slices.Insert(d.Titles, 0, member)
		}
		d.Sector = i
		directors = append(directors, d)
		if s.Core {
			dd := b.post(a, 0.7, 2, Title{"Phó Giám đốc", dept})
			dd.Sector = i
			deputies = append(deputies, dd)
			d.Feeders = append(d.Feeders, dd)
		}
	}

	var dSecretaries, dChairs []*Post
	for _, d := range a.Districts {
		dc := &Org{Kind: OrgCommittee, Area: d, Sector: -1}
		sec := b.post(d, 2, 4, Title{"Bí thư", dc})
		if b.chance(0.4) {
			sec.Titles = slices.Insert(sec.Titles, 0, member)
		}
		ch := b.post(d, 2, 3, Title{"Phó Bí thư", dc}, Title{"Chủ tịch", org(OrgPeople, d)})
		st := b.post(d, 1, 2, Title{"Phó Bí thư Thường trực", dc}, Title{"Chủ tịch", org(OrgCouncil, d)})
		sec.Feeders = []*Post{ch, st}
		ch.Feeders = append([]*Post{st}, deputies...)
		dSecretaries = append(dSecretaries, sec)
		dChairs = append(dChairs, ch)
	}

	secretary.Feeders = []*Post{standing, chair}
	chair.Feeders = append([]*Post{vice1}, vices...)
	standing.Feeders = append(append([]*Post{vice1, frontChair}, boards...), councilVices...)
	vice1.Feeders = append(append([]*Post{}, vices...), directors...)
	for _, v := range vices {
		v.Feeders = append(append([]*Post{}, directors...), dSecretaries...)
	}
	for _, v := range councilVices {
		v.Feeders = append(append([]*Post{deputyDeleg}, directors...), dSecretaries...)
	}
	frontChair.Feeders = append([]*Post{frontVice}, dSecretaries...)
	for _, bd := range boards {
		bd.Feeders = append(append([]*Post{}, dSecretaries...), directors...)
	}
	for _, d := range directors {
		d.Feeders = append(d.Feeders, dChairs...)
	}
}

// foreignPosts makes the ambassadors and the leaders of Lao provinces.
func (b *builder) foreignPosts() {
	for _, c := range countryList {
		p := b.post(nil, 1, 0, Title{"Đại sứ", &Org{Kind: OrgCountry, Name: c.Name, Sector: -1}})
		p.Foreign = true
		b.w.Foreign = append(b.w.Foreign, p)
	}
	for _, lp := range laoProvinces {
		o := &Org{Kind: OrgForeignArea, Name: lp, Sector: -1}
		for _, role := range []string{"Tỉnh trưởng", "Phó Tỉnh trưởng"} {
			p := b.post(nil, 1, 0, Title{role, o})
			p.Foreign = true
			b.w.LaoPosts = append(b.w.LaoPosts, p)
		}
	}
}

// fillTerms gives every post its holders from before the world starts to
// after it ends, promoting people up the ladders the posts describe.
func (b *builder) fillTerms() {
	for _, p := range b.w.Posts {
		from := worldStart - Day(b.rng.IntN(4*year))
		for from < worldEnd {
			until := from + Day(3*year+b.rng.IntN(3*year))
			if until <= worldStart {
				until = worldStart + Day(90+b.rng.IntN(year))
			}
			p.Terms = append(p.Terms, Term{From: from, Until: until})
			from = until
		}
	}
	// Lower posts first: a promotion shortens a term of a feeder, and the
	// feeder's feeders have already been settled.
	posts := slices.Clone(b.w.Posts)
	slices.SortStableFunc(posts, func(x, y *Post) int { return x.Rank - y.Rank })
	for _, p := range posts {
		for i := range p.Terms {
			t := &p.Terms[i]
			if i > 0 && t.From > worldStart && len(p.Feeders) > 0 && b.chance(0.55) {
				t.Person = b.promote(p, t.From)
			}
			if t.Person == nil {
				t.Person = b.newPerson(p)
			}
		}
	}
	for _, p := range b.w.Posts {
		for _, t := range p.Terms {
			t.Person.Terms = append(t.Person.Terms, PersonTerm{Post: p, From: t.From, Until: t.Until})
		}
	}
	for _, person := range b.w.People {
		slices.SortFunc(person.Terms, func(x, y PersonTerm) int { return int(x.From - y.From) })
	}
}

// promote finds who moves up to post p on day d from one of its feeders,
// shortening their term there and giving the rest of it to a newcomer.
func (b *builder) promote(p *Post, d Day) *Person {
	type cand struct {
		post *Post
		term int
	}
	var cands []cand
	for _, f := range p.Feeders {
		for i, t := range f.Terms {
			if t.From <= d-year && d+30 < t.Until && !t.promoted && t.Person != nil {
				cands = append(cands, cand{f, i})
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	c := cands[b.rng.IntN(len(cands))]
	f := c.post
	old := f.Terms[c.term]
	f.Terms[c.term].Until, f.Terms[c.term].promoted = d, true
	rest := Term{Person: b.newPerson(f), From: d, Until: old.Until}
	f.Terms = slices.Insert(f.Terms, c.term+1, rest)
	return old.Person
}

// newPerson makes a person for a post, with a name nobody else has.
func (b *builder) newPerson(p *Post) *Person {
	person := &Person{Index: len(b.w.People), Kind: Official}
	if p.Area != nil {
		person.Province = p.Area
		if p.Area.Province != nil {
			person.Province = p.Area.Province
		}
	}
	if p.Foreign {
		person.Kind = Foreign
		person.Name, person.Short, person.Female = b.foreignName(p)
	} else {
		person.Female = p.Honor == "" && b.chance(0.22)
		person.Name, person.Short = b.vietName(person.Female)
		if b.chance(0.12) {
			person.Degree = pick(b.rng, []string{"TS", "TS", "ThS", "PGS.TS"})
		}
	}
	b.w.People = append(b.w.People, person)
	return person
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// weighted picks an index with probability proportional to its weight.
func weighted(rng *rand.Rand, ws []float64) int {
	total := 0.0
	for _, w := range ws {
		total += w
	}
	x := rng.Float64() * total
	for i, w := range ws {
		if x < w {
			return i
		}
		x -= w
	}
	return len(ws) - 1
}

// vietName makes a Vietnamese name not used yet.
func (b *builder) vietName(female bool) (name, given string) {
	middles, givens := middleMale, givenMale
	if female {
		middles, givens = middleFemale, givenFemale
	}
	for tries := 0; ; tries++ {
		fam := b.families[weighted(b.rng, b.famWeights)]
		mid := pick(b.rng, middles)
		given = pick(b.rng, givens)
		if mid == given {
			continue
		}
		name = fam + " " + mid + " " + given
		if (female && b.chance(0.25)) || tries > 20 {
			// Lê Thị Thu Hằng: a second middle name
			mid2 := pick(b.rng, middleFemale[1:])
			if !female {
				mid2 = pick(b.rng, middleMale[1:])
			}
			if mid2 == mid || mid2 == given {
				continue
			}
			name = fam + " " + mid + " " + mid2 + " " + given
		}
		if !b.names[name] && !b.placeInName(name) {
			b.names[name] = true
			return name, given
		}
	}
}

// placeInName reports whether two syllables of a name spell a place, as
// "Việt Nam" in "Nguyễn Việt Nam": such names exist, but a reader cannot
// tell them from the country, and the corpus wants people.
func (b *builder) placeInName(name string) bool {
	w := strings.Fields(name)
	for i := 1; i+1 < len(w); i++ {
		if b.placeKeys[key(w[i]+" "+w[i+1])] {
			return true
		}
	}
	return false
}

func (b *builder) foreignName(p *Post) (name, short string, female bool) {
	style := &styleLao
	if o := p.Titles[0].Org; o.Kind == OrgCountry {
		for _, c := range countryList {
			if c.Name == o.Name {
				style = c.Style
			}
		}
	}
	for {
		first, second := pick(b.rng, style.first), pick(b.rng, style.second)
		name = first + " " + second
		short = first
		if style.short == 1 {
			short = second
		}
		if !b.names[name] {
			b.names[name] = true
			return name, short, foreignWomen[first]
		}
	}
}

// homonyms gives about one official in fifty the name of another: pairs
// of the same sex in different provinces, with no organization in common
// (neither sits on the Central Committee).
func (b *builder) homonyms() {
	var local []*Person
	officials := 0
	for _, p := range b.w.People {
		if p.Kind != Official {
			continue
		}
		officials++
		if p.Province != nil && !b.central(p) {
			local = append(local, p)
		}
	}
	pairs := int(math.Round(float64(officials) * 0.01))
	used := map[*Person]bool{}
	for k := 0; k < pairs; k++ {
		for tries := 0; tries < 1000; tries++ {
			x, y := pick(b.rng, local), pick(b.rng, local)
			if used[x] || used[y] || x.Province == y.Province || x.Female != y.Female {
				continue
			}
			used[x], used[y] = true, true
			delete(b.names, y.Name)
			y.Name, y.Short = x.Name, x.Short
			b.w.Homonyms = append(b.w.Homonyms, []*Person{x, y})
			break
		}
	}
	slices.SortFunc(b.w.Homonyms, func(x, y []*Person) int { return strings.Compare(x[0].Name, y[0].Name) })
}

// central reports whether a person ever sits on a national body.
func (b *builder) central(p *Person) bool {
	for _, t := range p.Terms {
		for _, ti := range t.Post.Titles {
			if ti.Org.Area == nil && ti.Org.Parent == nil {
				return true
			}
		}
	}
	return false
}

// reporters makes the writers of each province's paper and of the
// national outlets.
func (b *builder) reporters() {
	pen := func(outlet string, prov *Area) *Person {
		for {
			name := pick(b.rng, penFirst) + " " + pick(b.rng, penSecond)
			if strings.Fields(name)[0] == strings.Fields(name)[1] || b.names[name] {
				continue
			}
			b.names[name] = true
			p := &Person{Index: len(b.w.People), Name: name, Kind: Reporter, Province: prov, Outlet: outlet}
			b.w.People = append(b.w.People, p)
			return p
		}
	}
	for _, a := range b.w.Provinces {
		for range 3 {
			a.Reporters = append(a.Reporters, pen(a.Outlet, a))
		}
	}
	for i := range b.w.Outlets[:min(nationalOutlets, len(b.w.Outlets))] {
		o := &b.w.Outlets[i]
		for range 2 {
			o.Reporters = append(o.Reporters, pen(o.Name, nil))
		}
	}
}
