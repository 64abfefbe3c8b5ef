package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/graph"
	"kg/ingest/lexicon"
)

// parsed is a sentence read into items.
type parsed struct {
	s     *sentence
	p     *parser
	pv    parser // what p points to, made with the sentence
	items []item
	idx   int
	side  *placeRef // "về phía X": the place this sentence speaks for
	party *orgRef   // "về phía Ủy ban MTTQ tỉnh": the organization it speaks for
}

// placeMention is an explicit place at a position of the article.
type placeMention struct {
	sent, word int
	pl         *placeRef
}

// article holds what the discourse stage knows of one article.
type article struct {
	deceased  map[*personEnt]bool // the ones a funeral the article tells is held for
	x         *Extractor
	l         *layout
	sents     []*parsed
	places    []placeMention
	fitting   map[string][]int  // level key ("" for known provinces) → indexes in places of those that fit it
	placeIdx  map[*placeRef]int // the first sentence naming each explicit place
	persons   []*personEnt
	byKey     map[string]*personEnt
	orgs      map[string]*orgEnt
	orgOrder  []*orgEnt
	placeEnts map[string]*placeEnt
	positions map[string]*posEnt
	events    []*eventEnt
	main      *eventEnt
	parts     []participation
	hash      string
	titleRefs []titleAt
	own       *orgEnt                // the Đảng bộ the article is about: a bare "Đảng bộ"
	before    map[string][]orgAnswer // contextOrg's answers, by sentence
	// successions: receptions of guests one after the other
	successions []succession
	joined      [][2]*eventEnt // events announced together ("lễ A và lễ B"): the first, another
}

// titleAt is an unattached title that may refer to a person.
type titleAt struct {
	ps   *parsed
	item int
	ref  bool // it reads as a reference (after an honorific, "tân", or before a cue)
}

func newArticle(x *Extractor, l *layout, hash string) *article {
	a := &article{x: x, l: l, byKey: map[string]*personEnt{}, orgs: map[string]*orgEnt{}, deceased: map[*personEnt]bool{},
		placeEnts: map[string]*placeEnt{}, positions: map[string]*posEnt{}, hash: hash}
	a.sents = make([]*parsed, 0, len(l.sentences))
	for i, s := range l.sentences {
		ps := x.parsed.new()
		*ps = parsed{s: s, idx: i, pv: x.newParser(s)}
		ps.p = &ps.pv
		ps.items = ps.p.chunk()
		a.sents = append(a.sents, ps)
	}
	a.collectPlaces()
	a.otherNames()
	return a
}

// otherNames makes a name the article gives as another of a person's
// ("Phạm Văn Cung (SN 1970, pháp danh Thích Phước Ngọc)") that person's,
// before anything resolves it to a person of its own.
func (a *article) otherNames() {
	for _, ps := range a.sents {
		for k, it := range ps.items {
			if it.kind != iPerson || it.person.short {
				continue
			}
			if e := a.otherNameOf(ps, k); e != nil {
				it.person.ent = e
				e.aliases = append(e.aliases, it.person.name)
			}
		}
	}
}

// ---- places ----

// collectPlaces lists the explicit places in reading order and finds the
// "về phía X" of each sentence.
func (a *article) collectPlaces() {
	for _, ps := range a.sents {
		for k, it := range ps.items {
			var pls []*placeRef
			switch it.kind {
			case iPlace:
				pls = append(pls, it.place)
			case iOrg:
				pls = orgPlaces(it.org, pls)
			case iTitle:
				if it.title.org != nil {
					pls = orgPlaces(it.title.org, pls)
				}
				if it.title.place != nil {
					pls = append(pls, it.title.place)
				}
			case iEvent:
				for _, o := range it.event.orgs {
					pls = orgPlaces(o, pls)
				}
				pls = append(pls, it.event.places...)
			}
			for _, pl := range pls {
				if !pl.implicit && !pl.landmark && pl.nameKey != "" {
					pl.abroad = pl.abroad || ps.p.countryAfter(pl.j)
					a.addPlace(placeMention{ps.idx, pl.i, pl})
				}
			}
			nx := item{}
			switch {
			case it.kind == iWord && it.key == "về" && k+2 < len(ps.items) && ps.items[k+1].key == "phía":
				nx = ps.items[k+2]
			case it.kind == iCue && it.cue.Phrase == "về phía" && k+1 < len(ps.items):
				nx = ps.items[k+1]
			}
			switch {
			case nx.kind == iPlace && nx.place != nil:
				ps.side = nx.place
			case nx.kind == iWord && nx.j > nx.i:
				// "Về phía Lào": a country whose name is a common word too
				// ("Lào", "Anh") is one here
				if pl, _ := ps.p.parsePlace(nx.i, false, true); pl != nil && pl.level == "nước" {
					ps.side = pl
				}
			case nx.kind == iOrg && nx.org != nil:
				ps.party = nx.org
				if nx.org.place != nil {
					ps.side = nx.org.place
				}
			}
		}
	}
}

// addPlace appends an explicit place to the article's list and to the
// lists of the implicit places it can fill (see fillPlace), so that
// filling a place costs a search, not a scan of every place named: an
// article of a million words must not take quadratic time.
func (a *article) addPlace(m placeMention) {
	if a.fitting == nil {
		a.fitting, a.placeIdx = map[string][]int{}, map[*placeRef]int{}
	}
	n := len(a.places)
	a.places = append(a.places, m)
	if _, ok := a.placeIdx[m.pl]; !ok {
		a.placeIdx[m.pl] = m.sent
	}
	c := m.pl
	if a.fits(c, "") {
		a.fitting[""] = append(a.fitting[""], n)
	}
	level := a.x.key(c.level)
	if level != "" && a.fits(c, level) {
		a.fitting[level] = append(a.fitting[level], n)
	}
	if level == "thành phố" && c.known && len(a.fitting["tỉnh"]) == 0 {
		// "Thành ủy Bắc Giang": a city named as a province is that
		// province's seat, and says which province the article is in
		keys := lexicon.Keys(c.name)
		if pl, k := a.x.lex.Places.Longest(keys, 0); pl != nil && k == len(keys) && a.x.key(pl.Level) == "tỉnh" {
			prov := &placeRef{level: pl.Level, name: pl.Name, nameKey: a.x.key(pl.Name), known: true, i: c.i, j: c.j}
			a.fitting["tỉnh"] = append(a.fitting["tỉnh"], len(a.places))
			a.places = append(a.places, placeMention{m.sent, m.word, prov})
		}
	}
}

func orgPlaces(o *orgRef, out []*placeRef) []*placeRef {
	for ; o != nil; o = o.child {
		if o.place != nil {
			out = append(out, o.place)
		}
		if o.parent != nil {
			out = orgPlaces(o.parent, out)
		}
	}
	return out
}

// rank1 reports whether a level is a province's ("tỉnh", "thành phố").
func (a *article) rank(level string) int {
	if lv := a.x.lex.LevelByKey[a.x.key(level)]; lv != nil {
		return lv.Rank
	}
	return -1
}

// fillPlace gives an implicit place the name the article gives it: the
// sentence's "về phía X" when its level fits, else the nearest place of
// that level named before (or, failing that, after), else, for a place
// of no level, the article's main province.
func (a *article) fillPlace(pl *placeRef, si, wi int) {
	if pl == nil || !pl.implicit || pl.nameKey != "" {
		return
	}
	want := a.x.key(pl.level)
	// A province comes from the lexicon: the "tỉnh Luang Prabang" of a
	// visiting delegation is not the article's province (see addPlace).
	fits := a.fitting[want]
	var pick *placeRef
	if side := a.sents[si].side; side != nil && !side.implicit && a.fits(side, want) {
		pick = side
	}
	if pick == nil && len(fits) > 0 {
		before := func(m placeMention) bool { return m.sent < si || m.sent == si && m.word < wi }
		if first := a.places[fits[0]]; !before(first) {
			pick = first.pl
		} else {
			// the last place before, in reading order: places are listed
			// by sentence, in the order of the sentence's items
			j := sort.Search(len(fits), func(k int) bool { return a.places[fits[k]].sent > si })
			for k := j - 1; k >= 0; k-- {
				if m := a.places[fits[k]]; before(m) {
					pick = m.pl
					break
				}
			}
		}
	}
	if pick == nil && a.l.dateline != nil && a.fits(a.l.dateline, want) {
		pick = a.l.dateline // the article names no place of that level: its dateline's
	}
	if pick == nil {
		return
	}
	pl.name, pl.nameKey = pick.name, pick.nameKey
	if pl.level == "" {
		pl.level = pick.level
	}
}

func (a *article) placeEnt(pl *placeRef) *placeEnt {
	if pl == nil || pl.nameKey == "" || pl.landmark {
		return nil
	}
	key := pl.key()
	if e, ok := a.placeEnts[key]; ok {
		return e
	}
	e := &placeEnt{key: key, name: pl.name, level: pl.level, aliases: map[string]bool{}}
	if pl.level != "" && pl.level != "nước" {
		e.aliases[pl.level+" "+pl.name] = true
	}
	a.placeEnts[key] = e
	if a.rank(pl.level) >= 2 {
		// a district is in the article's province: what joins the career
		// of a district's official to that of the province's
		prov := &placeRef{implicit: true, i: pl.i, j: pl.i}
		a.fillPlace(prov, a.placeSent(pl), pl.i)
		if prov.nameKey != "" {
			e.province = a.placeEnt(prov)
		}
	}
	return e
}

// placeSent returns the index of the sentence a place was read in (the
// first one naming it), for filling places from context.
func (a *article) placeSent(pl *placeRef) int {
	return a.placeIdx[pl]
}

// fits reports whether an explicit place can fill an implicit one of the
// level whose key is want ("" for no level: the article's province).
func (a *article) fits(c *placeRef, want string) bool {
	if want == "" {
		return a.rank(c.level) == 1 && c.known
	}
	if a.rank(c.level) == 1 && !c.known && (a.x.key(c.level) == "tỉnh" || a.x.foreignName(c.name) || c.abroad) {
		return false // a visiting province or city
	}
	return a.x.key(c.level) == want
}

// ---- organizations ----

// org resolves an organization mention to the article's entity.
func (a *article) org(o *orgRef, ps *parsed) *orgEnt {
	if o == nil || o.kind == nil {
		return nil
	}
	if o.done {
		return o.ent
	}
	o.ent = a.resolveOrg(o, ps)
	o.done = true
	return o.ent
}

// resolveOrg is org without the memory.
func (a *article) resolveOrg(o *orgRef, ps *parsed) *orgEnt {
	si := ps.idx
	// fill implicit places, innermost first
	for c := o; c != nil; c = c.child {
		a.fillPlace(c.place, si, c.i)
		if c.parent != nil {
			a.fillPlace(c.parent.place, si, c.parent.i)
		}
	}
	if o.kind.Transparent && o.child != nil {
		e := a.org(o.child, ps)
		if e != nil {
			e.aliases[a.surface(ps, o)] = true
		}
		return e
	}
	var child, parent *orgEnt
	if o.child != nil {
		child = a.org(o.child, ps)
	}
	if o.parent != nil {
		parent = a.org(o.parent, ps)
	}
	key, name, class := a.orgName(o, ps, child, parent)
	if key == "" {
		return nil
	}
	e, ok := a.orgs[key]
	if !ok {
		e = &orgEnt{key: key, name: name, aliases: map[string]bool{}, class: class, partOf: map[*orgEnt]*sentence{}, sent: ps.s}
		a.orgs[key] = e
		a.orgOrder = append(a.orgOrder, e)
	}
	if sf := a.surface(ps, o); sf != "" && sf != e.name && o.fixed == "" {
		e.aliases[sf] = true
	}
	if name != e.name {
		e.aliases[name] = true
		if allCaps(e.name) && !allCaps(name) ||
			e.sent != nil && e.sent.unit == unitHeadline && ps.s.unit != unitHeadline && !strings.Contains(e.name, " ") {
			// a headline named it first, in capitals or by its bare
			// abbreviation ("HĐND khóa X"): the body's writing is the
			// name, the headline's an alias
			delete(e.aliases, name)
			e.aliases[e.name], e.name = true, name
		}
	}
	switch {
	case child != nil && !o.kind.Of && child != e:
		e.partOf[child] = ps.s
	case parent != nil && parent != e:
		e.partOf[parent] = ps.s
	}
	if e.place == nil {
		e.place = a.placeEnt(o.place)
		if e.place == nil && child != nil {
			e.place = child.place
		}
		if e.place == nil && parent != nil {
			e.place = parent.place
		}
	}
	return e
}

// surface is an organization's words as written.
func (a *article) surface(ps *parsed, o *orgRef) string {
	if o.i >= o.j {
		return ""
	}
	for k := o.i + 1; k < o.j; k++ {
		if n := ps.p.shortAside(k); n > 0 && k+n < o.j {
			// "Hội đồng nhân dân (HĐND) tỉnh Bình Định": the short name
			// written inside is no part of the name
			return ps.p.display(o.i, k) + " " + ps.p.display(k+n, o.j)
		}
	}
	return ps.p.display(o.i, o.j)
}

// committee returns the party committee of the place a sentence is about
// (Tỉnh ủy X in a province, Thành ủy X in a city).
func (a *article) committee(ps *parsed, wi int) *orgEnt {
	pl := &placeRef{implicit: true, i: wi, j: wi}
	a.fillPlace(pl, ps.idx, wi)
	if pl.nameKey == "" {
		return nil
	}
	lv := a.x.lex.LevelByKey[a.x.key(pl.level)]
	if lv == nil || lv.Committee == "" {
		return nil
	}
	k := a.x.lex.OrgByName[a.x.key(lv.Committee)]
	if k == nil {
		return nil
	}
	ref := &orgRef{kind: k, headKey: a.x.key(lv.Committee), fixed: lv.Committee, i: wi, j: wi,
		place: &placeRef{level: pl.level, name: pl.name, nameKey: pl.nameKey, implicit: true, i: wi, j: wi}}
	return a.org(ref, ps)
}

// orgName computes an organization's key, display name and class.
func (a *article) orgName(o *orgRef, ps *parsed, child, parent *orgEnt) (key, name string, class graph.OrgClass) {
	class = o.kind.Class
	if o.canonical != "" {
		return a.x.key(o.canonical), o.canonical, class
	}
	// The Ban Chấp hành of a territorial Đảng bộ is its committee ("Ban
	// Chấp hành Đảng bộ tỉnh Bắc Giang" is the Tỉnh ủy Bắc Giang); that of
	// any other Đảng bộ is its Đảng ủy.
	if o.headKey == "ban chấp hành" && o.child != nil && o.child.headKey == "đảng bộ" && child != nil {
		if c := o.child; c.child == nil && c.nameKey == "" && c.place != nil && c.place.nameKey != "" {
			if lv := a.x.lex.LevelByKey[a.x.key(c.place.level)]; lv != nil && lv.Committee != "" {
				return a.x.key(lv.Committee) + " " + c.place.nameKey, lv.Committee + " " + c.place.name, graph.OrgParty
			}
		}
		rest := strings.TrimPrefix(child.name, "Đảng bộ")
		return "đảng ủy" + strings.TrimPrefix(child.key, "đảng bộ"), "Đảng ủy" + rest, graph.OrgParty
	}
	if o.own {
		if a.own == nil {
			return "", "", class
		}
		return a.own.key, a.own.name, a.own.class
	}
	if o.committee {
		// a bare "Ban Chấp hành", "Ban Thường vụ" is the one named last in
		// full, else that of the place's party committee
		for n := len(a.orgOrder) - 1; n >= 0; n-- {
			if e := a.orgOrder[n]; strings.HasPrefix(e.key, o.headKey+" ") && !strings.Contains(e.key, "#") {
				return e.key, e.name, e.class
			}
		}
		c := a.committee(ps, o.i)
		if c == nil {
			return "", "", class
		}
		if o.headKey == "ban chấp hành" {
			return c.key, c.name, c.class
		}
		written := a.surface(ps, o)
		if written == "" {
			written = o.fixed // "Ủy viên Thường vụ, ...": the unit the title implies
		}
		return o.headKey + " " + c.key, written + " " + c.name, class
	}
	head := o.headKey
	if o.place != nil {
		// "Ủy ban MTTQ Việt Nam tỉnh X" is the "Ủy ban MTTQ tỉnh X": a
		// Vietnamese body's country adds nothing before its province
		head = strings.TrimSuffix(head, " việt nam")
	}
	parts := []string{head}
	if o.nameKey != "" {
		parts = append(parts, o.nameKey)
	}
	if child != nil {
		parts = append(parts, child.key)
	}
	fill := ""
	if pl := o.place; pl != nil && pl.key() == "nước việt nam" {
		// a Vietnamese body named with its country is the same body
	} else if pl != nil {
		if pl.nameKey == "" {
			parts = append(parts, "#"+a.hash[:min(8, len(a.hash))])
		} else if o.kind.Tail == lexicon.TailLevel {
			parts = append(parts, pl.nameKey)
			if pl.implicit {
				fill = " " + pl.name
			}
		} else {
			parts = append(parts, pl.key())
			if pl.implicit {
				if pl.i == pl.j && pl.level != "" { // no level word written
					fill = " " + pl.level + " " + pl.name
				} else {
					fill = " " + pl.name
				}
			}
		}
	}
	if child != nil && fill == "" {
		if in := o.innermost(); in.place != nil && in.place.implicit && in.place.nameKey != "" {
			if in.kind != nil && in.kind.Tail == lexicon.TailLevel || in.place.i != in.place.j || in.place.level == "" {
				fill = " " + in.place.name
			} else {
				fill = " " + in.place.level + " " + in.place.name
			}
		}
	}
	if o.seat != nil && o.seat.nameKey != "việt nam" {
		// (an embassy "tại Việt Nam" is the embassy the news names
		// without it)
		parts = append(parts, "tại "+o.seat.key())
	}
	if parent != nil && o.kind.Tail != lexicon.TailNone {
		// (a named institution is itself whoever's it is said to be:
		// "Ủy ban Kinh tế của Quốc hội" is the Ủy ban Kinh tế)
		parts = append(parts, parent.key)
	}
	if parent != nil {
		if pin := o.parent.innermost(); pin.place != nil && pin.place.implicit && pin.place.nameKey != "" && fill == "" {
			fill = " " + pin.place.name
		}
		if o.ownEnd > 0 {
			// "Chi cục Thủy lợi thuộc Sở NN&PTNT": the unit is named by
			// its own words, with its parent's place
			fill = ""
			if e := parent.place; e != nil && e.level != "" && e.level != "nước" {
				fill = " " + e.level + " " + e.name
			}
		}
	}
	// "Thể thao & Du lịch" is "Thể thao và Du lịch"
	key = strings.ReplaceAll(strings.Join(parts, " "), " & ", " và ")
	o.fill = fill
	switch {
	case o.fixed != "" && o.i == o.j && child != nil:
		name = o.fixed + " " + child.name // the Ban Thường vụ of "Ủy viên Thường vụ Tỉnh ủy X"
	case o.fixed != "" && o.i == o.j:
		name = o.fixed + fill
	case o.fixed != "":
		name = o.fixed + " " + ps.p.display(o.i, o.j) + fill
	case o.ownEnd > o.i:
		name = ps.p.display(o.i, o.ownEnd) + fill
	case o.shared && child != nil:
		name = a.surface(ps, o) + " " + ps.p.display(o.child.i, o.child.j) + o.child.fill
	default:
		name = a.surface(ps, o) + fill
	}
	if class == graph.OrgState && child != nil && (o.headKey == "văn phòng") {
		class = child.class
	}
	// "Trưởng đoàn Đại biểu Quốc hội tỉnh", "bệnh viện đa khoa huyện X":
	// the head written in lower case inside a title or a sentence starts
	// the name with a capital all the same
	return key, capitalFirst(name), class
}

// allCaps reports whether s is written in capitals, as some headlines
// are ("ĐẢNG BỘ TỈNH HẬU GIANG").
func allCaps(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s && strings.ContainsRune(s, ' ')
}

// capitalFirst writes the first letter of s in capitals.
func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// ---- people ----

// person returns the article's entity for a full name, making it.
func (a *article) person(pr *personRef) *personEnt {
	if pr.ent != nil {
		return pr.ent
	}
	e, ok := a.byKey[pr.key]
	if !ok {
		e = &personEnt{name: pr.name, key: pr.key, gender: pr.gender, first: len(a.persons), foreign: pr.foreign || !a.x.vietnamese(pr)}
		a.byKey[pr.key] = e
		a.persons = append(a.persons, e)
	}
	e.addressed = e.addressed || pr.hon
	e.shaped = e.shaped || pr.shaped
	pr.ent = e
	return e
}

// shortRef resolves "ông Chung", "bà Hằng" to the one person of the
// article whose name ends that way.
func (a *article) shortRef(pr *personRef) *personEnt {
	var found *personEnt
	for _, e := range a.persons {
		// Vietnamese names are called by their last word ("ông Chung");
		// foreign ones by their first too ("ông Saysomphone")
		if e.key == pr.key || strings.HasSuffix(e.key, " "+pr.key) || e.foreign && strings.HasPrefix(e.key, pr.key+" ") {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// joinTitle spells a role of an organization, once where the role ends
// with the organization's head: "Trưởng ban" of "Ban Tổ chức Trung ương" is
// the "Trưởng Ban Tổ chức Trung ương", "Chánh Văn phòng" of "Văn phòng
// UBND tỉnh" the "Chánh Văn phòng UBND tỉnh".
func joinTitle(role, org string) string {
	if !singleSpaced(role) || !singleSpaced(org) {
		return joinFields(role, org)
	}
	// the words of both are one space apart: compare the last n words of
	// the role with the first n of the organization in place
	nr, no := strings.Count(role, " ")+1, strings.Count(org, " ")+1
	for n := min(nr-1, no-1); n >= 1; n-- {
		k := len(role)
		for range n {
			k = strings.LastIndexByte(role[:k], ' ')
		}
		m := -1
		for range n {
			m += 1 + strings.IndexByte(org[m+1:], ' ')
		}
		if strings.EqualFold(role[k+1:], org[:m]) {
			return role[:k] + " " + org
		}
	}
	return role + " " + org
}

// singleSpaced reports whether s is words one space apart, with no other
// white space.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for _, r := range s {
		if r != ' ' && (r < 0x100 || r >= 0x1f00) && unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// joinFields is joinTitle for names written with other white space.
func joinFields(role, org string) string {
	rw, ow := strings.Fields(role), strings.Fields(org)
	for n := min(len(rw)-1, len(ow)-1); n >= 1; n-- {
		if strings.EqualFold(strings.Join(rw[len(rw)-n:], " "), strings.Join(ow[:n], " ")) {
			return strings.Join(rw[:len(rw)-n], " ") + " " + org
		}
	}
	return role + " " + org
}

// position returns the position a title names, for its holder.
func (a *article) position(t *titleRef, ps *parsed) *posEnt {
	var org *orgEnt
	if t.org != nil {
		org = a.org(t.org, ps)
	}
	var key, name string
	bare := false
	role := t.role
	if d, ok := a.x.lex.Display[t.roleKey]; ok {
		role = d
	}
	switch {
	case org != nil && t.of:
		key = t.roleKey + " | " + org.key
		name = role + " của " + org.name
	case org != nil:
		key = t.roleKey + " | " + org.key
		name = joinTitle(role, org.name)
	case t.place != nil && t.place.landmark:
		// "trụ trì chùa Tam Thanh": the place is no administration; a bare
		// "chùa" is the one named last
		pl := t.place
		if pl.nameKey == "" {
			pl = a.lastLandmark(pl.level, ps, t.i)
		}
		if pl == nil {
			return nil
		}
		key = t.roleKey + " | " + pl.nameKey
		name = role + " " + pl.name
	case t.place != nil:
		a.fillPlace(t.place, ps.idx, t.place.i)
		pl := a.placeEnt(t.place)
		if pl == nil {
			return nil
		}
		key = t.roleKey + " | " + pl.key
		end := t.place.j
		if t.placeEnd > end {
			end = t.placeEnd
			key += " | " + a.x.key(ps.p.display(t.place.j, end))
		}
		name = role + " " + ps.p.display(t.place.i, end)
		switch {
		case t.place.landmark || t.place.i == t.place.j:
			name = role + " " + pl.name
		case t.place.implicit:
			// "Phó Chủ tịch huyện": the district the article names
			name = role + " " + ps.p.display(t.place.i, t.place.j) + " " + pl.name
		}
	case t.t.Whole:
		key, name = t.roleKey, role
	default:
		if org = a.contextOrg(t, ps); org == nil {
			// "Chủ tịch UBND tỉnh X A và Phó Chủ tịch B": the body whose
			// head, or another deputy, was just named
			org = a.sameRoleOrg(t, ps)
		}
		if org == nil && ps.party != nil {
			// "Về phía Ủy ban MTTQ tỉnh có bà X - Chủ tịch"
			org = a.org(ps.party, ps)
		}
		if org != nil {
			key = t.roleKey + " | " + org.key
			name = joinTitle(role, org.name)
		} else {
			key = t.roleKey + " | #" + a.hash[:min(8, len(a.hash))]
			name = role
			// a Trưởng đoàn of a delegation the article does not name is
			// a post, not a rank beside another
			bare = t.t.Context != graph.OrgDelegation.String()
		}
	}
	p, ok := a.positions[key]
	if !ok {
		p = &posEnt{key: key, name: name, role: role, roleKey: t.roleKey, org: org, sent: ps.s, bare: bare}
		a.positions[key] = p
	}
	return p
}

// lastLandmark returns the last named place of the landmark noun whose
// key is noun ("chùa") before word wi of a sentence, in the titles and
// places of the article.
func (a *article) lastLandmark(noun string, ps *parsed, wi int) *placeRef {
	for si := ps.idx; si >= 0; si-- {
		items := a.sents[si].items
		for k := len(items) - 1; k >= 0; k-- {
			it := items[k]
			if si == ps.idx && it.i >= wi {
				continue
			}
			pl := it.place
			if it.kind == iTitle {
				pl = it.title.place
			}
			if pl != nil && pl.landmark && strings.HasPrefix(pl.nameKey, noun+" ") {
				return pl
			}
		}
	}
	return nil
}

// contextOrg gives a title that names no organization the one the context
// makes plain: a "Trưởng đoàn" heads the delegation the article is about,
// a "Hiệu trưởng" its school (the lexicon says which title takes which).
//
// A title whose organization is named after it ("Bộ trưởng Tư pháp")
// with none named is of the last organization of that head the article
// names: "Bộ trưởng Lê Thành Long" in a report of the Bộ Tư pháp.
func (a *article) contextOrg(t *titleRef, ps *parsed) *orgEnt {
	var fits func(e *orgEnt, o *orgRef) bool
	var memo string
	context := t.t.Context
	if t.context != "" {
		context = t.context
	}
	switch {
	case context != "":
		class, err := graph.ParseOrgClass(context)
		if err != nil {
			return nil
		}
		fits = func(e *orgEnt, _ *orgRef) bool { return e.class == class }
		memo = "class " + context
	case t.t.OrgHead != "":
		head := a.x.key(t.t.OrgHead)
		fits = func(_ *orgEnt, o *orgRef) bool { return o.headKey == head && o.child == nil && o.parent == nil }
		memo = "head " + head
	default:
		return nil
	}
	// the nearest organization of that class named before the title: in
	// its sentence, or else in the sentences before
	if e := a.scanOrgs(ps.idx, t.i, fits); e != nil {
		return e
	}
	// What the sentences before hold is kept, one answer per sentence, so
	// that a long article's titles do not each read it all again.
	if a.before == nil {
		a.before = map[string][]orgAnswer{}
	}
	got := a.before[memo]
	if got == nil {
		got = make([]orgAnswer, len(a.sents)+1)
		got[0].known = true // nothing comes before the first sentence
		a.before[memo] = got
	}
	si := ps.idx
	for !got[si].known {
		si--
	}
	for ; si < ps.idx; si++ {
		e := a.scanOrgs(si, -1, fits)
		if e == nil {
			e = got[si].e
		}
		got[si+1] = orgAnswer{e: e, known: true}
	}
	return got[ps.idx].e
}

// sameRoleOrg returns the organization of the nearest title before t
// whose role is t's with "Phó" or "Thường trực" left out, in its
// sentence, or of that role itself (the head's) in the sentence before:
// "Phó Chủ tịch" alone after "Chủ tịch UBND tỉnh X" is of UBND tỉnh X;
// nil when there is none.
func (a *article) sameRoleOrg(t *titleRef, ps *parsed) *orgEnt {
	if t.foreign {
		return nil // "Tổng Bí thư A hội đàm với Tổng Bí thư B" of Laos
	}
	want := baseRole(t.roleKey)
	for si := ps.idx; si >= 0 && si >= ps.idx-1; si-- {
		items := a.sents[si].items
		for k := len(items) - 1; k >= 0; k-- {
			it := items[k]
			if si == ps.idx && it.i >= t.i {
				continue
			}
			if it.kind != iTitle || it.title == t || it.title.org == nil || baseRole(it.title.roleKey) != want {
				continue
			}
			if si < ps.idx && it.title.roleKey != want {
				continue // a sentence before: of its head only, not of another deputy
			}
			if it.title.roleKey == t.roleKey && a.x.lex.SoleKey(t.roleKey) {
				continue // one holds it: a second is of another body
			}
			if e := a.org(it.title.org, a.sents[si]); e != nil {
				return e
			}
		}
	}
	return nil
}

// baseRole is a role's key without the words that make a deputy or a
// standing member of it ("phó chủ tịch thường trực" → "chủ tịch").
func baseRole(key string) string {
	key = strings.TrimPrefix(key, "phó ")
	return strings.TrimSuffix(key, " thường trực")
}

// orgAnswer is contextOrg's answer for the sentences before one: the
// nearest organization that fits, if known.
type orgAnswer struct {
	e     *orgEnt
	known bool
}

// scanOrgs looks for an organization that fits among the items of a
// sentence before word before (all its items when before < 0), from the
// last one back.
func (a *article) scanOrgs(si, before int, fits func(*orgEnt, *orgRef) bool) *orgEnt {
	items := a.sents[si].items
	for k := len(items) - 1; k >= 0; k-- {
		it := items[k]
		if before >= 0 && it.i >= before {
			continue
		}
		var o *orgRef
		switch {
		case it.kind == iOrg:
			o = it.org
		case it.kind == iEvent && it.event.object != nil && it.event.object.org != nil:
			o = it.event.object.org
		case it.kind == iEvent && len(it.event.orgs) > 0:
			o = it.event.orgs[0]
		}
		if e := a.org(o, a.sents[si]); e != nil && fits(e, o) {
			return e
		}
	}
	return nil
}

// hold records that a person holds a position.
func (a *article) hold(e *personEnt, t *titleRef, ps *parsed, rule string, elected bool) {
	if e == nil || t == nil {
		return
	}
	pos := a.position(t, ps)
	if pos == nil {
		return
	}
	t.resolved = true
	for _, h := range e.positions {
		if h.pos == pos {
			h.elected = h.elected || elected
			return
		}
	}
	e.positions = append(e.positions, &holding{pos: pos, former: t.former, elected: elected || t.isNew, sent: ps.s, rule: rule})
}

// ---- ordering helpers ----

func sortedOrgs(m map[*orgEnt]*sentence) []*orgEnt {
	if len(m) == 0 {
		return nil // most organizations are part of none
	}
	out := make([]*orgEnt, 0, len(m))
	for o := range m {
		out = append(out, o)
	}
	slices.SortFunc(out, byKey) // keys are unique: one order
	return out
}
