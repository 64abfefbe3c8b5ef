package extract

import (
	"strings"

	"kg/graph"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// asideDate reports whether the date at word i is not that of what is
// told: a document's, right after its number ("Quyết định số 916-QĐ/TU
// ngày 29/9/2023"). (The day a decision takes effect, "kể từ ngày X", is
// not: a report goes on "Sáng hôm đó, tại Đại hội ...".)
func (p *parser) asideDate(i int) bool {
	if p.is(i-1, "ngày") {
		i-- // the date's number, after its "ngày"
	}
	return i >= 2 && p.is(i-2, "số") && p.s.words[i-1].kind == token.Number && strings.ContainsAny(p.ks[i-1], "/-")
}

// mayStart reports whether any mention may start at word i (see
// startsAny).
func (p *parser) mayStart(i int) bool { return p.s.words[i].start }

// startsAny reports whether any mention may start at a word: a
// capitalized word, a number, or a word that starts a phrase of some
// lexicon. Most lower-case words start none, and are passed over; the
// extractor tells it once for each token as written.
func startsAny(w *word) bool {
	if w.upper || w.kind != token.Word {
		return true
	}
	k := w.key
	if w.cls&(clsDayPart|clsPlural|clsCopula|clsConj) != 0 || k == "các" || k == "những" ||
		w.cls&(clsFormer|clsNew) != 0 || k == "khóa" || k == "nhiệm" || k == "lần" || k == "thứ" || k == "tháng" {
		return true
	}
	return w.first&(lexicon.StartsTitle|lexicon.StartsOrg|lexicon.StartsEvent|lexicon.StartsLevel|
		lexicon.StartsHonorific|lexicon.StartsCue|lexicon.StartsLandmark|lexicon.StartsPlace) != 0
}

// workplaceAt reports whether an organization's or a landmark's name
// starts at word i: after a form of address or a title it names where
// the person studies or works ("học sinh Trường THPT Nguyễn Du", "Viện
// chủ Chùa Liên Hoa"), not the person.
func (p *parser) workplaceAt(i int) bool {
	if p.at(i, lexicon.StartsLandmark) && !p.familyStart(i) {
		if _, n := longest(p, &p.x.lex.Landmarks, lexicon.StartsLandmark, i); n > 0 {
			return true
		}
	}
	return p.at(i, lexicon.StartsOrg) && p.orgAt(i)
}

// chunk reads a sentence into items: the mentions the recognizers find,
// left to right, the longest first, and the words between them.
func (p *parser) chunk() []item {
	items := p.x.itemSlice(p.n())
	for i := 0; i < p.n(); {
		it, n := p.next(i, items)
		if n <= 0 {
			n = 1
			it = item{kind: iWord, key: p.ks[i]}
			if p.s.words[i].kind == token.Punct {
				it.kind = iPunct
			}
		}
		it.i, it.j = i, i+n
		items = append(items, it)
		i += n
	}
	sharePlaces(items)
	chainPlaces(items)
	p.foreignBodies(items)
	return items
}

// foreignBodies places the bodies of state, named in words of Vietnamese
// as every country has them, that the titles of a foreign holder name
// with no place ("Bộ trưởng Nông nghiệp Shinjiro Koizumi",
// "Sanae Takaichi, Bộ trưởng Nội vụ") in the one foreign country the
// sentence names: Japan's ministry, not Việt Nam's. With no such country,
// the body's words stay in the role, and the title names no body of Việt
// Nam.
func (p *parser) foreignBodies(items []item) {
	var country *placeRef
	asked := false // the sentence's country is looked for once, when needed
	for k := 0; k < len(items); k++ {
		if items[k].kind != iTitle {
			continue
		}
		e := k + 1
		for e+1 < len(items) && (items[e].key == "," || items[e].key == "kiêm" || items[e].key == "-") && items[e+1].kind == iTitle {
			e += 2
		}
		var holder *personRef
		switch {
		case e < len(items) && items[e].kind == iPerson:
			holder = items[e].person
		case k >= 2 && (items[k-1].key == "," || items[k-1].key == "-") && items[k-2].kind == iPerson:
			holder = items[k-2].person
		}
		side := sideCountry(items, k)
		if holder == nil || holder.short || p.x.vietnamese(holder) && side == nil {
			k = e - 1
			continue
		}
		if !asked {
			country, asked = sentenceCountry(items), true
		}
		at := country
		if side != nil {
			at = side
		}
		for c := k; c < e; c += 2 {
			p.foreignBody(items[c].title, at)
		}
		k = e - 1
	}
}

// sideCountry returns the other country that "về phía" names before item
// k ("Về phía Trung Quốc có đồng chí Vương Nghị, ..."): the people after
// it are that country's, whatever their names look like; nil for none.
func sideCountry(items []item, k int) *placeRef {
	for b := k - 1; b >= 1; b-- {
		it := items[b]
		if it.kind == iPlace && foreignCountry(it.place) && (items[b-1].kind == iCue && items[b-1].cue.Phrase == "về phía" || items[b-1].key == "phía") {
			return it.place
		}
	}
	return nil
}

// foreignBody places a title's body of state, named with no place, in
// country, or keeps its words in the role when country is nil.
func (p *parser) foreignBody(t *titleRef, country *placeRef) {
	o := t.org
	if o == nil || o.kind == nil || o.kind.Tail == lexicon.TailNone || t.implied || o.parent != nil || o.child != nil || o.place != nil || o.seat != nil {
		return // a named institution ("Bộ Chính trị") is read as named
	}
	switch o.kind.Class {
	case graph.OrgState, graph.OrgParty, graph.OrgFront:
	default:
		return
	}
	if o.i >= o.j || p.foreignRun(o.i, o.j) {
		return // "Hội đồng Giải thưởng VinFuture": a name of its own, whoever heads it
	}
	if country != nil {
		o.place = &placeRef{name: country.name, nameKey: country.nameKey, implicit: true, abroad: true, i: o.j, j: o.j}
		return
	}
	// a body of no country said: its words stay in the role
	t.role = t.role + " " + p.display(o.i, o.j)
	t.roleKey = p.x.key(t.role)
	t.org = nil
}

// sentenceCountry returns the one country other than Việt Nam a sentence
// names, or nil when it names none or several.
func sentenceCountry(items []item) *placeRef {
	var country *placeRef
	for _, it := range items {
		if it.kind == iPlace && foreignCountry(it.place) {
			if country != nil && country.nameKey != it.place.nameKey {
				return nil
			}
			country = it.place
		}
	}
	return country
}

// listedPlace reports whether word i follows a comma or "và" in a list
// of places that a plural opens before their level word or noun ("các xã
// Bảo Thanh, Gia Thanh, Hạ Giáp và ...", "các thôn Kỳ Bì, Kỳ Lam"), or
// starts one after a colon ("các huyện: Kim Động, Khoái Châu"), with the
// level ("" for a village's noun, a landmark).
func (p *parser) listedPlace(i int) (string, bool) {
	if i < 2 {
		return "", false
	}
	k := i - 1
	if p.is(k, ":") {
		k++ // "các huyện: Kim Động, Khoái Châu": the first after a colon
	}
	for steps := 0; steps < 8 && k >= 1 && (p.is(k, ",") || p.is(k, "và") || k == i && p.is(k-1, ":")); steps++ {
		b := k - 1
		for b >= 0 && p.upper(b) && p.isWord(b) && !p.isLevelWord(b) {
			b-- // the name before: "Gia Thanh"
		}
		if b >= 1 && p.is(b, ":") {
			b-- // "các huyện: Kim Động, ..."
		} else if b == k-1 || b < 1 {
			return "", false
		}
		if lv, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, b); n == 1 && lv.Rank > 0 {
			return lv.Name, p.pluralAt(b - 1)
		}
		if _, n := longest(p, &p.x.lex.Landmarks, lexicon.StartsLandmark, b); n == 1 {
			return "", p.pluralAt(b - 1)
		}
		k = b
	}
	return "", false
}

// pluralAt reports whether word i says there are several: "các", "những",
// a number.
func (p *parser) pluralAt(i int) bool {
	return i >= 0 && (p.is(i, "các") || p.is(i, "những") || p.s.words[i].kind == token.Number)
}

// sharePlaces gives a body of a place written bare, with no level word,
// the place of the last body of the list it opens: "Huyện ủy, HĐND, UBND
// huyện Ia Pa" are the three bodies of Ia Pa, and so are those of
// "Đảng ủy - HĐND - UBND - Ủy ban MTTQ thị trấn Chi Đông", the formula
// of a commune's joint notices (a bare Đảng ủy there is the place's).
func sharePlaces(items []item) {
	for k, it := range items {
		if it.kind != iOrg || it.org.kind == nil || it.org.child != nil || it.org.parent != nil {
			continue
		}
		own := it.org.own && it.org.kind.Class == graph.OrgParty
		if !own && (it.org.kind.Tail != lexicon.TailPlace || it.org.place == nil || !it.org.place.implicit || it.org.place.level != "") {
			continue
		}
		for n := k + 1; n+1 < len(items) && joinsBodies(items[n].key, own) && items[n+1].kind == iOrg; n += 2 {
			o := items[n+1].org
			if pl := o.place; pl != nil && !pl.implicit && pl.nameKey != "" && pl.level != "" {
				it.org.place = &placeRef{level: pl.level, name: pl.name, nameKey: pl.nameKey, implicit: true, i: it.j, j: it.j}
				it.org.own = false
				break
			}
		}
	}
}

// joinsBodies reports whether a word joins the bodies of one place in a
// list: a comma, "và", or the dash of joint notices (only the dash after
// a bare Đảng ủy, which a comma may follow in a list of guests' bodies).
func joinsBodies(key string, own bool) bool {
	if key == "-" || key == "–" {
		return true
	}
	return !own && (key == "," || key == "và")
}

// agedAt reports whether a person's age or year of birth is given at
// word k: "(29 tuổi", "(SN 1990", "(sinh năm 1990", ", 29 tuổi,".
func (p *parser) agedAt(k int) bool {
	if !p.is(k, "(") && !p.is(k, ",") {
		return false
	}
	switch {
	case k+2 < p.n() && isDigits(p.ks[k+1]) && p.is(k+2, "tuổi"):
		return true
	case p.is(k, ","):
		return false
	case k+2 < p.n() && p.is(k+1, "sn") && isDigits(p.ks[k+2]):
		return true
	default:
		return k+3 < p.n() && p.is(k+1, "sinh") && p.is(k+2, "năm") && isDigits(p.ks[k+3])
	}
}

// chainPlaces gives a place of a level that a title of a chain leaves
// bare the place of that level a later title of the chain names: in "Ủy
// viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh Hà Tĩnh" both
// are of Hà Tĩnh, whatever province the article is about.
func chainPlaces(items []item) {
	for k := range items {
		if items[k].kind != iTitle {
			continue
		}
		eachPlace(items[k].title, func(pl *placeRef) {
			if !pl.implicit || pl.nameKey != "" || pl.landmark || pl.level == "" {
				return
			}
			for e := k + 1; e+1 < len(items) && (items[e].key == "," || items[e].key == "kiêm" || items[e].key == "-") && items[e+1].kind == iTitle; e += 2 {
				var pick *placeRef
				eachPlace(items[e+1].title, func(q *placeRef) {
					if pick == nil && !q.implicit && q.nameKey != "" && !q.landmark && q.level == pl.level {
						pick = q
					}
				})
				if pick != nil {
					pl.name, pl.nameKey, pl.known = pick.name, pick.nameKey, pick.known
					return
				}
			}
		})
	}
}

// eachPlace calls f with each place a title names: its own, and those of
// its organization, the organizations in it and those it is part of.
func eachPlace(t *titleRef, f func(*placeRef)) {
	if t == nil {
		return
	}
	if t.place != nil {
		f(t.place)
	}
	var walk func(o *orgRef)
	walk = func(o *orgRef) {
		for c := o; c != nil; c = c.child {
			if c.place != nil {
				f(c.place)
			}
			if c.parent != nil {
				walk(c.parent)
			}
		}
	}
	if !t.implied {
		walk(t.org)
	}
}

// next recognizes the mention at word i.
func (p *parser) next(i int, prev []item) (item, int) {
	var last *item
	if len(prev) > 0 {
		last = &prev[len(prev)-1]
	}
	listed := p.pluralAddressList(prev)
	licensed := last != nil && (last.kind == iHon || (last.kind == iTitle && last.j == i) ||
		(last.kind == iCopula && len(prev) > 1 && prev[len(prev)-2].kind == iTitle)) || listed
	if !p.mayStart(i) {
		return item{}, 0 // no recognizer starts with this word
	}
	if d, n := p.parseDate(i, false); n > 0 {
		if p.is(i+n, "âm") && p.is(i+n+1, "lịch") {
			// "(nhằm ngày 15/1 âm lịch)": the lunar date beside the
			// solar one is not the date of what is told
			return item{kind: iWord, key: p.ks[i]}, n + 2
		}
		if p.asideDate(i) {
			return item{kind: iWord, key: p.ks[i]}, n
		}
		return item{kind: iDate, date: d}, n
	}
	if last != nil && pastMarkers[last.key] {
		if d, n := p.monthDate(i); n > 0 {
			return item{kind: iDate, date: d}, n
		}
	}
	if t, n := p.parseTerm(i); n > 0 && !p.is(i, ",") {
		return item{kind: iTerm, term: t}, n
	}
	if e, n := p.parseEvent(i); n > 0 {
		return item{kind: iEvent, event: e}, n
	}
	if e, n := p.parseActivity(i, prev); n > 0 {
		return item{kind: iEvent, event: e}, n
	}
	if h, n := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, i); n > 0 && i+n < p.n() && (p.upper(i+n) || p.s.words[i+n].exp) &&
		(p.upper(i) || !p.s.words[i].exp) && !p.titleOverAddress(i, n) && (!h.Saint || p.familyStart(i+n)) {
		return item{kind: iHon, hon: h}, n
	}
	if licensed && !p.workplaceAt(i) {
		if pr, n := p.parsePerson(i, true); n > 0 {
			pr.hon = last.kind == iHon || listed // the list's form of address is each one's
			return item{kind: iPerson, person: pr}, n
		}
		if last.kind == iHon && p.upper(i) && initials(p.s.tokText(i)) {
			// "đối tượng P.K.E", "chị N.T.T": a person the news names by
			// initials
			return item{kind: iPerson, person: &personRef{name: p.s.tokText(i), key: p.ks[i], hon: true, shaped: true, foreign: true, i: i, j: i + 1}}, 1
		}
	}
	p.afterPredicate = last != nil && last.kind == iCue && last.j == i && (last.cue.Rel == lexicon.CueElected || last.cue.Position())
	p.appositive = appositive(prev)
	t, n := p.parseTitle(i)
	p.afterPredicate, p.appositive = false, false
	if n > 0 {
		return item{kind: iTitle, title: t}, n
	}
	if o, n := p.parseOrg(i, orgOpts{}); n > 0 {
		return item{kind: iOrg, org: o}, n
	}
	// weak places ("Anh") only after a locative; asked only where a place
	// may start
	weak := last != nil && p.at(i, lexicon.StartsPlace) && (p.x.lex.Classes[last.key]&clsLocative != 0 || last.key == "(" || last.key == "nước")
	if pl, n := p.parsePlace(i, false, weak); n > 0 {
		return item{kind: iPlace, place: pl}, n
	}
	// "tại Phnom Penh": a foreign name after "tại" or "ở" is a place the
	// lexicon does not know, not a person
	if last != nil && (last.key == "tại" || last.key == "ở") {
		if m := p.upperRun(i, 4); m > 0 && p.foreignRun(i, i+m) {
			return item{kind: iPlace, place: p.writtenPlace("", i, i+m)}, m
		}
	}
	// "các xã Bảo Thanh, Gia Thanh, Hạ Giáp và Trị Quận": the names after
	// the first of a list of places that a plural opens are places of its
	// level, whatever family name starts them
	if level, ok := p.listedPlace(i); ok {
		if m := p.upperRun(i, 4); m > 0 && !p.startsMention(i) {
			pl := p.writtenPlace(level, i, i+m)
			pl.landmark = level == "" // a village named by its noun
			return item{kind: iPlace, place: pl}, m
		}
	}
	// "tiếp xúc cử tri Yên Bình": the voters of a place, whose name of one
	// or two words is no voter's ("cử tri Lê Văn Tám kiến nghị ...")
	if i >= 2 && p.is(i-2, "cử") && p.is(i-1, "tri") {
		if m := p.upperRun(i, 3); m > 0 && m <= 2 {
			return item{kind: iPlace, place: p.writtenPlace("", i, i+m)}, m
		}
	}
	if pr, n := p.parsePerson(i, false); n > 0 {
		return item{kind: iPerson, person: pr}, n
	}
	if m := p.upperRun(i, 4); m > 0 && p.agedAt(i+m) && !p.startsMention(i) {
		// "gồm: Y Sa (29 tuổi, trú ...), Y Blin (25 tuổi)": a name an age
		// follows, whatever word starts it
		if pr, n := p.parsePerson(i, true); n == m {
			return item{kind: iPerson, person: pr}, n
		}
	}
	if c, n := longest(p, &p.x.lex.Cues, lexicon.StartsCue, i); n > 0 && c.Rel != lexicon.CueNone {
		return item{kind: iCue, cue: c, key: p.ks[i]}, n
	}
	k, cls := p.ks[i], p.s.words[i].cls
	switch {
	case cls&clsPlural != 0 && !p.upper(i) || k == "các" || k == "những":
		return item{kind: iPlural, key: k}, 1
	case cls&clsCopula != 0:
		n := 1
		if k == "gồm" && p.is(i+1, "có") {
			n = 2
		}
		return item{kind: iCopula, key: k}, n
	case cls&clsConj != 0:
		return item{kind: iConj, key: k}, 1
	}
	return item{}, 0
}

// longerTitle reports whether a title longer than n words starts at word
// i: "Nghệ sĩ Nhân dân" is an honorary title, not the rank "Nghệ sĩ"
// before a name.
func (p *parser) longerTitle(i, n int) bool {
	_, m := longest(p, &p.x.lex.Titles, lexicon.StartsTitle, i)
	return m > n
}

// pluralAddressList reports whether the items before end with a list of
// names that a plural and a form of address open, and a comma, "và" or
// a colon after them: "các cầu thủ: Leo Artur, Trung Anh, Mạnh Trường và
// Vitao", "các nghệ sĩ Mỹ Tâm, Nhã Phương". The next name is one of them,
// whatever its shape.
func (p *parser) pluralAddressList(prev []item) bool {
	n := len(prev)
	if n < 2 || !(prev[n-1].key == "," || prev[n-1].key == "và" || prev[n-1].key == ":") {
		return false
	}
	k := n - 2
	if prev[n-1].key == ":" {
		k = n - 1
	}
	for k >= 1 && prev[k].kind == iPerson && (prev[k-1].key == "," || prev[k-1].key == "và") {
		k -= 2
	}
	if k >= 1 && prev[k].kind == iPerson {
		k--
	}
	if k >= 0 && prev[k].key == ":" {
		// "các cầu thủ: A, B": the form of address before the colon is
		// no item of its own, no name following it
		w := prev[k].i
		for s := max(0, w-3); s < w; s++ {
			if _, m := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, s); m == w-s {
				return p.pluralAt(s - 1)
			}
		}
		return false
	}
	if k < 1 || prev[k].kind != iHon {
		return false
	}
	b := prev[k-1]
	return b.kind == iPlural || b.kind == iWord && (p.x.lex.Classes[b.key]&clsPlural != 0 || isDigits(b.key))
}

// titleOverAddress reports whether a title, not the form of address of n
// words at i, starts there: a longer title, or a title the address is
// too with its organization after it ("HLV trưởng CLB Công an Hà Nội X",
// but "HLV Calisto").
func (p *parser) titleOverAddress(i, n int) bool {
	if p.longerTitle(i, n) {
		return true
	}
	if !p.at(i, lexicon.StartsTitle) {
		return false
	}
	t, m := p.parseTitle(i)
	return m > n && t.org != nil
}

// appositive reports whether the items before a title are its holder's
// name and a comma or a dash, maybe with titles of the name between, the
// name not itself after a title: "ông X, Giám đốc ...", "ông X, Bí thư,
// Giám đốc ...", but not the list "Bí thư A Nguyễn Văn B, Giám đốc ...".
func appositive(prev []item) bool {
	n := len(prev)
	// "ông X, Ủy viên Trung ương Đảng, Đô trưởng ...": the titles of a
	// chain after the name are the name's as the first is
	for n >= 4 && prev[n-1].kind == iPunct && prev[n-1].key == "," && prev[n-2].kind == iTitle {
		n -= 2
	}
	if n < 2 || prev[n-1].kind != iPunct || prev[n-2].kind != iPerson {
		return false
	}
	if k := prev[n-1].key; k != "," && k != "-" && k != "–" {
		return false
	}
	return n < 3 || prev[n-3].kind != iTitle
}
