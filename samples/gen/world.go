package main

import (
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"kg/ingest/token"
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
	Weight    float64  // how many of the articles are about it, relatively
	Congress  int      // the ordinal of its 2015 party congress
	Council   int      // the ordinal of its HĐND in 2016-2021
	Minority  []string // naming groups of many of its people (families.txt)
	Citizens  []*Person
	Communes  []string // for a district, the communes its citizens live in
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
	Citizen                        // a person with no post (citizens.go)
)

func (k PersonKind) String() string {
	switch k {
	case Official:
		return "official"
	case Foreign:
		return "foreign"
	case Reporter:
		return "reporter"
	case Citizen:
		return "citizen"
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
	// for citizens
	Standing Standing
	Born     int
	District *Area
	Commune  string
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
	Countries []country
	Sectors   []sector
	Spellings map[string][]string // a full form → the shorter forms reports use

	provWeights                                   []float64
	natCommittee, politburo, government, assembly *Org
}

// outlet is a news outlet with the short names it signs with.
type outlet struct {
	Name      string
	Aliases   []string
	Reporters []*Person
}

// nationalOutlets is how many of outlets.txt's outlets (the first ones)
// publish articles of the corpus.
const nationalOutlets = 12

// builder holds what building the world needs and the world does not.
type builder struct {
	w                             *World
	rng                           *rand.Rand
	groups                        map[string]*nameGroup
	groupNames                    []string // the groups in the order families.txt gives them
	names                         map[string]bool
	placeKeys                     map[string]bool
	committees                    map[string]string
	districtFirst, districtSecond []string
	penFirst, penSecond           []string
	laoProvinces                  []string
}

// NewWorld builds the world for a seed from the data files of fsys
// (Data() for the generator's own). provinces is how many provinces it
// has (the most populous first); 0 or more than there are means all.
func NewWorld(fsys fs.FS, seed uint64, provinces int) (*World, error) {
	b := &builder{
		w:          &World{Spellings: map[string][]string{}},
		rng:        rand.New(rand.NewPCG(seed, 0x776f726c64)), // "world"
		groups:     map[string]*nameGroup{},
		names:      map[string]bool{},
		placeKeys:  map[string]bool{},
		committees: map[string]string{},
	}
	for _, step := range []func(fs.FS) error{b.readFamilies, b.readNames, b.readLevels, b.readSpellings, b.readOutlets, b.readSectors, b.readDistricts, b.readForeign, b.readPens} {
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
	b.citizens()
	return b.w, nil
}

// nameGroup is how the people of a naming group are named (families.txt,
// names.txt).
type nameGroup struct {
	name       string
	families   []string
	famWeights []float64
	compound   map[string]bool
	middle     [2][]string // by sex: men, women
	given      [2][]string
	marker     [2]string // Ê Đê: Y, H'
}

func sexIndex(female bool) int {
	if female {
		return 1
	}
	return 0
}

func (b *builder) readFamilies(fsys fs.FS) error {
	const file = "families.txt"
	entries, err := readData(fsys, file, fileSpec{flags: []string{"compound"}, attrs: []string{"group"}, unique: []string{"group"}})
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := oneOf(file, e, "group", true, namingGroups...); err != nil {
			return err
		}
		name := groupOf(e)
		g := b.groups[name]
		if g == nil {
			g = &nameGroup{name: name, compound: map[string]bool{}}
			b.groups[name] = g
			b.groupNames = append(b.groupNames, name)
		}
		g.families = append(g.families, e.Phrase)
		// the file lists the most common first; Nguyễn is about 2.3
		// times as common as Trần, as Zipf's law with s = 1.2 has it
		g.famWeights = append(g.famWeights, 1/math.Pow(float64(len(g.families)), 1.2))
		if e.Flags["compound"] {
			g.compound[e.Phrase] = true
		}
	}
	if b.groups["kinh"] == nil {
		return fmt.Errorf("%s: no Kinh family name", file)
	}
	return nil
}

// groupOf returns the naming group of an entry: its group field, Kinh
// when it has none.
func groupOf(e entry) string {
	if g := e.attr("group"); g != "" {
		return g
	}
	return "kinh"
}

// namingGroups are the ways names are built (see vietName).
var namingGroups = []string{"kinh", "tay", "hmong", "khmer", "ede", "jrai"}

func (b *builder) readNames(fsys fs.FS) error {
	const file = "names.txt"
	entries, err := readData(fsys, file, fileSpec{attrs: []string{"part", "sex", "group"}, unique: []string{"part", "sex", "group"}})
	if err != nil {
		return err
	}
	for _, e := range entries {
		for _, check := range []error{
			oneOf(file, e, "part", false, "middle", "given", "marker"),
			oneOf(file, e, "sex", false, "m", "f"),
			oneOf(file, e, "group", true, namingGroups...),
		} {
			if check != nil {
				return check
			}
		}
		name := groupOf(e)
		g := b.groups[name]
		if g == nil {
			return fmt.Errorf("%s:%d: group %s has no family name in families.txt", file, e.Line, name)
		}
		sex := sexIndex(e.attr("sex") == "f")
		switch e.attr("part") {
		case "middle":
			g.middle[sex] = append(g.middle[sex], e.Phrase)
		case "given":
			g.given[sex] = append(g.given[sex], e.Phrase)
		case "marker":
			g.marker[sex] = e.Phrase
		}
	}
	for _, name := range b.groupNames {
		g := b.groups[name]
		for sex := range 2 {
			if len(g.given[sex]) == 0 {
				return fmt.Errorf("%s: group %s has no given name for sex %d", file, name, sex)
			}
			if (name == "kinh" || name == "tay" || name == "hmong") && len(g.middle[sex]) == 0 {
				return fmt.Errorf("%s: group %s has no middle name for sex %d", file, name, sex)
			}
			if name == "ede" && g.marker[sex] == "" {
				return fmt.Errorf("%s: group ede has no marker for sex %d", file, sex)
			}
		}
	}
	return nil
}

func (b *builder) readLevels(fsys fs.FS) error {
	const file = "levels.txt"
	entries, err := readData(fsys, file, fileSpec{attrs: []string{"committee"}})
	if err != nil {
		return err
	}
	for _, e := range entries {
		b.committees[e.Phrase] = e.attr("committee")
	}
	for _, lvl := range []string{"tỉnh", "thành phố", "huyện", "quận"} {
		if b.committees[lvl] == "" {
			return fmt.Errorf("%s: no committee for %q", file, lvl)
		}
	}
	return nil
}

func (b *builder) readSpellings(fsys fs.FS) error {
	entries, err := readData(fsys, "spellings.txt", fileSpec{attrs: []string{"alt"}})
	if err != nil {
		return err
	}
	for _, e := range entries {
		b.w.Spellings[e.Phrase] = e.Attrs["alt"]
	}
	return nil
}

func (b *builder) readOutlets(fsys fs.FS) error {
	entries, err := readData(fsys, "outlets.txt", fileSpec{attrs: []string{"alias"}})
	if err != nil {
		return err
	}
	for _, e := range entries {
		b.w.Outlets = append(b.w.Outlets, outlet{Name: e.Phrase, Aliases: e.Attrs["alias"]})
	}
	return nil
}

// topicNames are the topics sectors.txt may give.
var topicNames = map[string]topic{"economy": topicEconomy, "education": topicEducation, "health": topicHealth,
	"admin": topicAdmin, "infra": topicInfra, "agri": topicAgri, "culture": topicCulture, "social": topicSocial, "foreign": topicForeign}

func (b *builder) readSectors(fsys fs.FS) error {
	const file = "sectors.txt"
	entries, err := readData(fsys, file, fileSpec{flags: []string{"core", "nodept"}, attrs: []string{"topic", "abbr"}})
	if err != nil {
		return err
	}
	for _, e := range entries {
		t, ok := topicNames[e.attr("topic")]
		if !ok || len(e.Attrs["topic"]) != 1 {
			return fmt.Errorf("%s:%d: topic=%s is not a topic", file, e.Line, e.attr("topic"))
		}
		b.w.Sectors = append(b.w.Sectors, sector{Name: e.Phrase, Topic: t, Core: e.Flags["core"], Dept: !e.Flags["nodept"], Abbrevs: e.Attrs["abbr"]})
	}
	// the kinds of report name these sectors' departments and ministers
	for _, name := range []string{"Kế hoạch và Đầu tư", "Giáo dục và Đào tạo", "Giao thông vận tải"} {
		if b.w.sector(name) < 0 {
			return fmt.Errorf("%s: no sector %q", file, name)
		}
	}
	return nil
}

func (b *builder) readDistricts(fsys fs.FS) error {
	var err error
	b.districtFirst, b.districtSecond, err = readSyllables(fsys, "districts.txt")
	return err
}

// readForeign reads the countries and how their people are named.
func (b *builder) readForeign(fsys fs.FS) error {
	const names, countries = "foreign.txt", "countries.txt"
	entries, err := readData(fsys, names, fileSpec{flags: []string{"female"}, attrs: []string{"style", "part"}, unique: []string{"style", "part"}})
	if err != nil {
		return err
	}
	styles := map[string]*nameStyle{}
	for _, e := range entries {
		if err := oneOf(names, e, "part", false, "first", "second"); err != nil {
			return err
		}
		name := e.attr("style")
		if name == "" {
			return fmt.Errorf("%s:%d: no style", names, e.Line)
		}
		st := styles[name]
		if st == nil {
			st = &nameStyle{women: map[string]bool{}}
			styles[name] = st
		}
		if e.attr("part") == "first" {
			st.first = append(st.first, e.Phrase)
		} else {
			st.second = append(st.second, e.Phrase)
		}
		if e.Flags["female"] {
			st.women[e.Phrase] = true
		}
	}
	entries, err = readData(fsys, countries, fileSpec{attrs: []string{"style", "short", "province"}})
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := oneOf(countries, e, "short", false, "first", "second"); err != nil {
			return err
		}
		st := styles[e.attr("style")]
		if st == nil || len(st.first) == 0 || len(st.second) == 0 {
			return fmt.Errorf("%s:%d: style=%s has no first and second names in %s", countries, e.Line, e.attr("style"), names)
		}
		if e.attr("short") == "second" {
			st.short = 1
		}
		b.w.Countries = append(b.w.Countries, country{Name: e.Phrase, Style: st})
		if e.Phrase == "Lào" {
			b.laoProvinces = e.Attrs["province"]
		} else if len(e.Attrs["province"]) > 0 {
			return fmt.Errorf("%s:%d: only Lào sends provinces' delegations (the reports on them are Lao)", countries, e.Line)
		}
	}
	if len(b.laoProvinces) == 0 {
		return fmt.Errorf("%s: no provinces of Lào", countries)
	}
	return nil
}

func (b *builder) readPens(fsys fs.FS) error {
	var err error
	b.penFirst, b.penSecond, err = readSyllables(fsys, "pens.txt")
	return err
}

// readSyllables reads a file of syllables marked part=first or
// part=second, the halves that make a name: a district's, a pen name.
func readSyllables(fsys fs.FS, file string) (first, second []string, err error) {
	entries, err := readData(fsys, file, fileSpec{attrs: []string{"part"}, unique: []string{"part"}})
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		if err := oneOf(file, e, "part", false, "first", "second"); err != nil {
			return nil, nil, err
		}
		if e.attr("part") == "first" {
			first = append(first, e.Phrase)
		} else {
			second = append(second, e.Phrase)
		}
	}
	if len(first) == 0 || len(second) == 0 {
		return nil, nil, fmt.Errorf("%s: no first or no second syllables", file)
	}
	return first, second, nil
}

// readPlaces makes the provinces and their districts.
func (b *builder) readPlaces(fsys fs.FS, want int) error {
	const file = "provinces.txt"
	entries, err := readData(fsys, file, fileSpec{flags: []string{"lead"}, attrs: []string{"level", "outlet", "minority"}})
	if err != nil {
		return err
	}
	var lead, rest []*Area
	for _, e := range entries {
		if err := oneOf(file, e, "level", false, "tỉnh", "thành phố"); err != nil {
			return err
		}
		b.placeKeys[key(e.Phrase)] = true
		lvl := e.attr("level")
		out := e.attr("outlet")
		if out == "" {
			out = "Báo " + e.Phrase
		}
		a := &Area{Name: e.Phrase, Level: lvl, Committee: b.committees[lvl], Outlet: out}
		for _, m := range e.Attrs["minority"] {
			for _, g := range strings.Split(m, ";") {
				if b.groups[g] == nil || g == "kinh" {
					return fmt.Errorf("%s:%d: minority=%s: no such group in families.txt", file, e.Line, g)
				}
				a.Minority = append(a.Minority, g)
			}
		}
		if e.Flags["lead"] {
			lead = append(lead, a)
		} else {
			rest = append(rest, a)
		}
	}
	for _, c := range b.w.Countries {
		b.placeKeys[key(c.Name)] = true
	}
	if len(lead)+len(rest) < 2 {
		return fmt.Errorf("%s: fewer than two provinces", file)
	}
	// The lead cities come first; the others follow in an order of the
	// seed's, and the first ones are the heaviest.
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
// no two districts share a name, and none is a province's. Each district
// has a few communes, named the same way.
func (b *builder) districts() {
	families := map[string]bool{}
	for _, g := range b.groups {
		for _, f := range g.families {
			families[key(f)] = true
		}
	}
	var pool []string
	for _, f := range b.districtFirst {
		if families[key(f)] {
			continue
		}
		for _, s := range b.districtSecond {
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
			d := &Area{Name: pool[next], Level: lvl, Committee: b.committees[lvl], Province: a,
				Congress: 20 + b.rng.IntN(10), Council: 15 + b.rng.IntN(8)}
			next++
			// communes may share names across districts, as they do
			for range 3 {
				d.Communes = append(d.Communes, pool[b.rng.IntN(len(pool))])
			}
			a.Districts = append(a.Districts, d)
		}
	}
}

// sector returns the index of a sector by name, or -1.
func (w *World) sector(name string) int {
	for i, s := range w.Sectors {
		if s.Name == name {
			return i
		}
	}
	return -1
}

// key folds a phrase the way kg's tokenizer does (case, tone placement),
// so that two spellings of a name are seen as one.
func key(s string) string { return token.Key(s) }

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
	for i, s := range b.w.Sectors {
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
	for i, s := range b.w.Sectors {
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
	for _, c := range b.w.Countries {
		p := b.post(nil, 1, 0, Title{"Đại sứ", &Org{Kind: OrgCountry, Name: c.Name, Sector: -1}})
		p.Foreign = true
		b.w.Foreign = append(b.w.Foreign, p)
	}
	for _, lp := range b.laoProvinces {
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
		person.Name, person.Short = b.vietName(b.groupFor(person.Province), person.Female)
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

// groupFor picks the naming group of a new person of a province: one of
// its minority groups for about a third of its people, else Kinh; one
// national official in twenty is of a minority.
func (b *builder) groupFor(prov *Area) *nameGroup {
	switch {
	case prov != nil && len(prov.Minority) > 0 && b.chance(0.35):
		return b.groups[pick(b.rng, prov.Minority)]
	case prov == nil && len(b.groupNames) > 1 && b.chance(0.05):
		return b.groups[pick(b.rng, b.groupNames[1:])]
	}
	return b.groups["kinh"]
}

// vietName makes a name of a group not used yet, and the part of it a
// later reference uses ("ông Hùng", "ông Y Biêr").
func (b *builder) vietName(grp *nameGroup, female bool) (name, short string) {
	sex := sexIndex(female)
	middles, givens := grp.middle[sex], grp.given[sex]
	for tries := 0; ; tries++ {
		if tries > 200 && grp.name != "kinh" {
			return b.vietName(b.groups["kinh"], female) // the group's names are used up
		}
		fam := grp.families[weighted(b.rng, grp.famWeights)]
		given := pick(b.rng, givens)
		short = given
		switch {
		case grp.name == "ede":
			// Y Biêr Niê, H'Nga Byă: the family name last
			marker := grp.marker[sex]
			short = marker + " " + given
			if strings.HasSuffix(marker, "'") {
				short = marker + given
			}
			name = short + " " + fam
		case len(middles) == 0 || grp.compound[fam]:
			// Danh Út, Ksor Phước, Tôn Thất Hùng
			name = fam + " " + given
			short = strings.TrimPrefix(given, "Thị ")
		default:
			mid := pick(b.rng, middles)
			if mid == given {
				continue
			}
			name = fam + " " + mid + " " + given
			if grp.name == "kinh" && ((female && b.chance(0.25)) || tries > 20) && len(middles) > 2 {
				// Lê Thị Thu Hằng: a second middle name
				mid2 := pick(b.rng, middles[1:])
				if mid2 == mid || mid2 == given {
					continue
				}
				name = fam + " " + mid + " " + mid2 + " " + given
			}
		}
		if !b.names[name] && !b.placeInName(name) {
			b.names[name] = true
			return name, short
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
	// a Lao province's leaders are named as Laos's people are
	want := "Lào"
	if o := p.Titles[0].Org; o.Kind == OrgCountry {
		want = o.Name
	}
	var style *nameStyle
	for _, c := range b.w.Countries {
		if c.Name == want {
			style = c.Style
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
			return name, short, style.women[first]
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
			name := pick(b.rng, b.penFirst) + " " + pick(b.rng, b.penSecond)
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
