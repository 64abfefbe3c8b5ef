package extract

import (
	"strconv"
	"strings"
	"unicode"

	"kg/graph"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// parser reads one sentence's word stream.
type parser struct {
	x   *Extractor
	s   *sentence
	ks  []string
	ids []int32 // the lexicon's numbers of the words, for the tries
	// afterPredicate: the word before is a predicate that names a
	// position ("làm", "được bầu làm"), after which a title in lower case
	// needs nothing after it ("làm trưởng đoàn")
	afterPredicate bool
}

func (x *Extractor) newParser(s *sentence) parser {
	return parser{x: x, s: s, ks: s.keys(), ids: s.wordIDs()}
}

func (p *parser) n() int { return len(p.ks) }

// longest is Trie.Longest over the sentence's words, asking the trie
// only when a phrase of it may start at i.
func longest[T any](p *parser, t *lexicon.Trie[T], b lexicon.Starts, i int) (*T, int) {
	if !p.at(i, b) {
		return nil, 0
	}
	return t.LongestIDs(p.ids, i)
}

// allAt is Trie.AppendAll over the sentence's words, asking the trie only
// when a phrase of it may start at i. dst is the caller's buffer: the
// recognizers call it at every capitalized word.
func allAt[T any](p *parser, dst []lexicon.Match[T], t *lexicon.Trie[T], b lexicon.Starts, i int) []lexicon.Match[T] {
	if !p.at(i, b) {
		return dst
	}
	return t.AppendAllIDs(dst, p.ids, i)
}

// at reports whether a phrase of one of the lexicons b may start at word
// i (see lexicon.Starts): the cheap test before a trie lookup.
func (p *parser) at(i int, b lexicon.Starts) bool {
	return i >= 0 && i < len(p.s.words) && p.s.words[i].first&b != 0
}

func (p *parser) upper(i int) bool { return i < p.n() && p.s.words[i].upper }

func (p *parser) isWord(i int) bool { return i < p.n() && p.s.words[i].kind == token.Word }

// nameWord reports whether word i can be part of a person's name (see
// nameShaped).
func (p *parser) nameWord(i int) bool { return i < p.n() && p.s.words[i].name }

// nameShaped reports whether a token can be part of a person's name:
// letters (and inner hyphens and apostrophes, as foreign names have), a
// capital first, and no capital after the first letter unless the whole
// word is in capitals (KAWAUE) or hyphenated (Oh-Sae-Hyun).
func nameShaped(t *token.Token) bool {
	if t.Kind != token.Word || !t.Upper() {
		return false
	}
	for _, r := range t.Text {
		if !(isLetter(r) || r == '-' || r == '\'') { // H'Yim, Oh-Sae-Hyun
			return false
		}
	}
	if hyphenated(t.Text) || t.AllCaps() {
		return true
	}
	// a capital only at the start, or after an apostrophe or a hyphen
	// (H'Yim, Y-Moan)
	prev := ' '
	for _, r := range t.Text {
		if unicode.IsUpper(r) && prev != ' ' && prev != '\'' && prev != '-' {
			return false
		}
		prev = r
	}
	return true
}

// syllable reports whether the token of word i is a Vietnamese syllable.
func (p *parser) syllable(i int) bool {
	if i < 0 || i >= p.n() {
		return token.IsSyllable("")
	}
	return p.s.words[i].syll
}

// familyStart reports whether a person's name starts at word i: a family
// name followed by at least one more capitalized name word.
func (p *parser) familyStart(i int) bool {
	if !p.at(i, lexicon.StartsFamily) {
		return false
	}
	f, ok := p.x.lex.Families[p.ks[i]]
	if !ok || !p.nameWord(i) || !p.nameWord(i+1) {
		return false
	}
	if f.Weak {
		return p.nameWord(i + 2)
	}
	return true
}

// ---- places ----

// parsePlace reads a place at word i: a level word and a name ("tỉnh Bắc
// Giang", "TP Hà Nội", "thành phố Asan"), a known place alone ("Hà Nội";
// weak ones like "Anh" only when weak is set), a landmark ("Quảng trường
// Thân Nhân Trung"), or, when bare is set, a level word alone ("tỉnh"),
// whose place the article gives.
func (p *parser) parsePlace(i int, bare, weak bool) (*placeRef, int) {
	if i >= p.n() || p.s.words[i].kind != token.Word {
		return nil, 0
	}
	if lv, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, i); n > 0 {
		j := i + n
		// a known place after a level word only when it is of that level:
		// "huyện Đức An" is no place called Đức (Germany)
		if pl, m := longest(p, &p.x.lex.Places, lexicon.StartsPlace, j); m > 0 && p.upper(j) && p.x.key(pl.Level) == p.x.key(lv.Name) {
			return &placeRef{level: lv.Name, name: pl.Name, nameKey: p.x.key(pl.Name), known: true, i: i, j: j + m}, n + m
		}
		// Every province is in the lexicon: after "tỉnh", an unknown name is
		// not one (it is the name of the person holding the title).
		if m := p.placeName(j); m > 0 && (lv.Name != "tỉnh" || p.foreignRun(j, j+m)) {
			return &placeRef{level: lv.Name, name: p.display(j, j+m), nameKey: strings.Join(p.ks[j:j+m], " "), i: i, j: j + m}, n + m
		}
		if bare {
			return &placeRef{level: lv.Name, implicit: true, i: i, j: j}, n
		}
		return nil, 0
	}
	if p.upper(i) {
		if pl, n := longest(p, &p.x.lex.Places, lexicon.StartsPlace, i); n > 0 && (!pl.Weak || weak) && (p.wholeName(i, n) || p.wholeCountry(pl, i, n)) {
			return &placeRef{level: pl.Level, name: pl.Name, nameKey: p.x.key(pl.Name), known: true, i: i, j: i + n}, n
		}
	}
	if _, n := longest(p, &p.x.lex.Landmarks, lexicon.StartsLandmark, i); n > 0 && (n > 1 || !p.upper(i) || i == 0) {
		if m := p.upperRun(i+n, 6); m > 0 {
			return &placeRef{name: p.display(i, i+n+m), nameKey: strings.Join(p.ks[i:i+n+m], " "), landmark: true, i: i, j: i + n + m}, n + m
		}
	}
	return nil, 0
}

// foreignRun reports whether words [i, j) are not all Vietnamese
// syllables: a foreign name ("tỉnh Chiang Mai").
func (p *parser) foreignRun(i, j int) bool {
	for k := i; k < j; k++ {
		if !p.syllable(k) {
			return true
		}
	}
	return false
}

// wholeName reports whether a known name of n words at i is not the start
// of a longer capitalized name (Hà Nam is not in "Hà Nam Ninh").
func (p *parser) wholeName(i, n int) bool {
	j := i + n
	return !p.nameWord(j) || p.familyStart(j) || p.startsMention(j) || !p.syllable(j)
}

// wholeCountry reports whether a country's name of n words at i cannot
// begin a longer Vietnamese name: written in two words or more (Hàn Quốc),
// or not a Vietnamese syllable (Campuchia). "Thủ tướng Campuchia Hun
// Manet": the capitalized words after it are a name.
func (p *parser) wholeCountry(pl *lexicon.Place, i, n int) bool {
	return pl.Level == "nước" && (n >= 2 || p.foreignRun(i, i+n))
}

// placeName reads the name of a place after a level word: capitalized
// words, not the start of a person's name or of another mention.
//
// Place names are mostly two syllables, people's three or four, and a
// title's place is often followed by its holder's name ("Bí thư Huyện ủy
// Diễn Châu Nguyễn Văn Hùng"): within a run of capitalized words, the
// place ends where, two words in or more, a person's name starts; a run
// of exactly two words is a place even when it starts like a family name
// ("huyện Yên Dũng"); a longer run that starts like a name and holds no
// other is a person, not a place.
func (p *parser) placeName(j int) int {
	r := 0
	for k := j; k < p.n() && r < 6; k++ {
		if !p.nameWord(k) || p.s.words[k].exp {
			break
		}
		if hon, h := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, k); h > 0 && hon.Rank {
			break // "tỉnh Khánh Hòa ThS Nguyễn Văn An"
		}
		if r > 0 && (p.s.hyphenated(k) || p.startsMention(k) && !p.levelInName(k)) {
			break
		}
		r++
	}
	for k := j + 2; k < j+r; k++ {
		if p.familyStart(k) {
			return k - j
		}
	}
	switch {
	case r <= 2:
		return r
	case p.familyStart(j):
		return 0
	case r > 4:
		return 4
	}
	return r
}

// upperRun counts capitalized words from j, at most max.
func (p *parser) upperRun(j, max int) int {
	m := 0
	for k := j; k < p.n() && m < max && p.upper(k) && p.isWord(k); k++ {
		if m > 0 && p.startsMention(k) {
			break
		}
		m++
	}
	return m
}

// ---- organizations ----

// orgOpts says where an organization is read.
type orgOpts struct {
	afterTitle bool // right after a title: "Trung ương" names the Central Committee
	lower      bool // the head may be in lower case ("Trưởng đoàn ĐBQH")
}

// parseOrg reads an organization at word i.
func (p *parser) parseOrg(i int, opt orgOpts) (*orgRef, int) {
	if i >= p.n() || p.s.words[i].kind != token.Word {
		return nil, 0
	}
	if len(p.x.shortNames) > 0 && p.upper(i) {
		if o := p.x.shortNames[p.ks[i]]; o != nil {
			c := *o
			c.i, c.j = i, i+1
			return &c, 1
		}
	}
	if !p.at(i, lexicon.StartsOrg) {
		return nil, 0 // no organization starts here: the common case
	}
	var buf [4]lexicon.Match[lexicon.OrgKind]
	longest := 0 // the longest head that matched but whose tail failed
	for _, mt := range allAt(p, buf[:0], &p.x.lex.Orgs, lexicon.StartsOrg, i) {
		k, n := mt.Val, mt.Len
		if k.AfterTitle && !opt.afterTitle {
			continue
		}
		if !p.upper(i) && (!opt.lower || k.Upper && n == 1) {
			continue
		}
		if k.Upper && !p.upper(i) && !opt.lower {
			continue
		}
		if o, m := p.orgTail(i, n, k, mt.Key, opt); m > 0 && m >= longest {
			p.shortName(o, i+m)
			return o, m
		}
		if longest == 0 {
			longest = n
		}
	}
	return nil, 0
}

// shortName records the short name written in parentheses after an
// organization's full name, "(Agribank)", "(VCCI)": one word, either
// in capitals or no Vietnamese syllable, so that "(Hà Nội)" is none.
func (p *parser) shortName(o *orgRef, j int) {
	if !p.is(j, "(") || !p.is(j+2, ")") || !p.isWord(j+1) || !p.upper(j+1) {
		return
	}
	if p.syllable(j+1) && !p.s.words[j+1].caps {
		return
	}
	if p.x.shortNames == nil {
		p.x.shortNames = map[string]*orgRef{}
	}
	if _, ok := p.x.shortNames[p.ks[j+1]]; !ok {
		p.x.shortNames[p.ks[j+1]] = o
	}
}

// orgTail reads what follows an organization head of n words at i, whose
// keys joined are headKey.
func (p *parser) orgTail(i, n int, k *lexicon.OrgKind, headKey string, opt orgOpts) (*orgRef, int) {
	o := p.x.orgs.new()
	*o = orgRef{kind: k, headKey: headKey, i: i}
	if k.Canonical != "" {
		o.canonical = k.Canonical
		o.kind = p.x.lex.OrgByName[p.x.key(k.Canonical)]
		o.j = i + n
		return o, n
	}
	j := i + n
	if (k.Tail == lexicon.TailLevel || k.Tail == lexicon.TailPlace) && p.is(j, "toàn") && (p.is(j+1, "quốc") || p.is(j+1, "ngành")) {
		// "Hội nghị Công an toàn quốc": the force of the whole country
		// or sector, no one organization of a place
		return nil, 0
	}
	switch k.Tail {
	case lexicon.TailNone:
	case lexicon.TailLevel:
		if pl, m := p.parsePlace(j, false, true); m > 0 && !pl.landmark && pl.i < pl.j && p.isLevelWord(j) {
			o.place = pl // "Thành ủy TP Hồ Chí Minh"
			o.place.level = k.Level
			j += m
		} else if pl, m := longest(p, &p.x.lex.Places, lexicon.StartsPlace, j); m > 0 && p.upper(j) && !pl.Weak {
			o.place = &placeRef{level: k.Level, name: pl.Name, nameKey: p.x.key(pl.Name), known: true, i: j, j: j + m}
			j += m
		} else if m := p.placeName(j); m > 0 && m <= 3 && !p.startsMention(j) && (k.Level != "tỉnh" || p.foreignRun(j, j+m)) {
			// every province is in the lexicon: after "Tỉnh ủy", an unknown
			// name is no province but a person's ("Tỉnh ủy A Pớt")
			o.place = &placeRef{level: k.Level, name: p.display(j, j+m), nameKey: strings.Join(p.ks[j:j+m], " "), i: j, j: j + m}
			j += m
		} else {
			o.place = &placeRef{level: k.Level, implicit: true, i: j, j: j}
		}
	case lexicon.TailPlace:
		if pl, m := p.parsePlace(j, true, true); m > 0 && !pl.landmark {
			o.place = pl
			j += m
		} else if k.Class == graph.OrgDelegation {
			return nil, 0 // "Đoàn đại biểu" alone is no organization
		} else {
			o.place = &placeRef{implicit: true, i: j, j: j}
		}
	case lexicon.TailOrg:
		if p.is(j, "của") { // "Đoàn công tác của tỉnh Chiang Mai"
			if c, m := p.parseOrg(j+1, orgOpts{}); m > 0 {
				o.child = c
				j += 1 + m
				break
			}
			if pl, m := p.parsePlace(j+1, false, true); m > 0 && !pl.landmark {
				o.place = pl
				j += 1 + m
				break
			}
		}
		if c, m := p.parseOrg(j, orgOpts{lower: true}); m > 0 {
			o.child = c
			j += m
		} else if pl, m := p.parsePlace(j, true, true); m > 0 && !pl.landmark {
			o.place = pl
			j += m
		} else if m := p.specName(j, k.LowerName); m > 0 {
			o.nameKey = strings.Join(p.ks[j:j+m], " ")
			j += m
			j = p.orgParent(o, j)
		} else if k.Class == graph.OrgParty && !k.Of { // a party body alone: of the article's committee
			o.committee = true
		} else if k.Of && k.Class == graph.OrgParty && p.upper(i) {
			o.own = true // "Đảng bộ" alone: the one the article is about
		} else {
			return nil, 0
		}
	case lexicon.TailName:
		if n == 1 && p.familyStart(i) && p.personShaped(i) {
			return nil, 0 // "Đoàn Văn Bình" is a person, not a delegation
		}
		m := p.specName(j, k.LowerName)
		if k.NamedAfter && p.familyStart(j+m) {
			// "Trường THPT Chu Văn An", "Học viện Chính trị quốc gia Hồ Chí
			// Minh": named after a person
			if pr, n := p.parsePerson(j+m, false); pr != nil {
				m += n
			}
		}
		if m == 0 && !k.LowerName {
			return nil, 0
		}
		o.nameKey = strings.Join(p.ks[j:j+m], " ")
		j += m
		j = p.orgParent(o, j)
		if k.Local && o.place == nil && o.parent == nil {
			o.place = &placeRef{implicit: true, i: j, j: j}
		}
	}
	if o.place == nil && o.parent == nil && o.child == nil && (k.Tail == lexicon.TailNone || k.Tail == lexicon.TailName) {
		// "Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào", "Bộ Ngoại giao
		// Hàn Quốc": the body of another country
		if pl, m := p.parsePlace(j, false, true); m > 0 && !pl.landmark && p.x.key(pl.level) == "nước" {
			o.place = pl
			j += m
		}
	}
	o.j = j
	return o, j - i
}

// orgParent reads what may follow an organization's proper name: its
// parent ("của Quốc hội", "thuộc Ủy ban ...", "Tỉnh ủy") or its place.
func (p *parser) orgParent(o *orgRef, j int) int {
	k := j
	if p.is(k, "của") || p.is(k, "thuộc") {
		k++
	}
	if c, m := p.parseOrg(k, orgOpts{}); m > 0 && c.kind != nil && (c.kind.Tail != lexicon.TailName || k > j) {
		o.parent = c
		return k + m
	}
	if pl, m := p.parsePlace(j, true, false); m > 0 && !pl.landmark {
		o.place = pl
		return j + m
	}
	return j
}

func (p *parser) is(i int, k string) bool { return i < p.n() && p.ks[i] == k }

// specName reads the proper name of an organization after its head: a
// capitalized word, then words that are capitalized or lower-case content
// words ("Công tác đại biểu", "Giáo dục và Đào tạo", "Lao động - Thương binh
// và Xã hội"), up to a stop word, a place, a name or another mention. With
// lowerStart, the name may start in lower case ("khối các cơ quan").
func (p *parser) specName(j int, lowerStart bool) int {
	m, lowerRun := 0, 0
	for k := j; k < p.n(); k++ {
		w := p.s.words[k]
		if m > 0 && w.exp && p.s.words[k-1].exp && p.s.words[k-1].tok == w.tok {
			m++ // inside an abbreviation: "Sở LĐ-TB&XH"
			continue
		}
		if w.kind == token.Punct {
			if m > 0 && (w.key == "-" || w.key == "&") && p.upper(k+1) && (!p.startsMention(k+1) || p.levelAsWord(k+1)) {
				m++
				continue
			}
			if m > 0 && w.key == "," && p.commaInName(k) {
				m++
				continue
			}
			break
		}
		if w.kind == token.Number {
			break
		}
		if m == 0 && !w.upper && !lowerStart {
			break
		}
		if w.upper {
			if m > 0 && (p.startsMention(k) && !p.levelAsWord(k) || p.familyStart(k)) {
				break
			}
			m++
			lowerRun = 0
			continue
		}
		if w.key == "và" {
			if m > 0 && p.upper(k+1) && (!p.startsMention(k+1) || p.levelAsWord(k+1)) && !p.familyStart(k+1) {
				m++
				continue
			}
			break
		}
		// The syllable after a capitalized one is the rest of its word
		// ("Tài nguyên", "Công tác"), whatever else it may mean.
		_, stopLen := p.x.lex.Stop.Longest(p.ks, k)
		second := m > 0 && lowerRun == 0 && !hardStops[w.key] && stopLen < 2
		if p.x.lex.StopAt(p.ks, k) && !second && !(lowerStart && m == 0 && (w.key == "các" || w.key == "những")) {
			break
		}
		if _, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, k); n > 0 {
			break
		}
		if c, n := longest(p, &p.x.lex.Cues, lexicon.StartsCue, k); n > 0 && c.Rel != lexicon.CueNone {
			break
		}
		lowerRun++
		if lowerRun > 4 {
			break
		}
		m++
	}
	// a name does not end in lower-case words after a capitalized one that
	// could be verbs; keep them only when the name started in lower case or
	// the lower run is short
	return m
}

// hardStops end a name even right after a capitalized syllable.
var hardStops = map[string]bool{"và": true, "của": true, "tại": true, "với": true, "thuộc": true,
	"cho": true, "đã": true, "được": true, "là": true, "có": true, "về": true, "trong": true,
	"theo": true, "từ": true, "do": true, "để": true, "khi": true, "sau": true, "trước": true,
	"cùng": true, "các": true, "những": true, "này": true, "đó": true, "sẽ": true, "đang": true,
	"vừa": true, "cũng": true, "đều": true, "không": true, "bị": true, "gồm": true, "nhằm": true}

// commaInName reports whether the comma at k is inside a name listing
// fields ("Văn hóa, Thể thao và Du lịch"): capitalized words follow, then
// "và" and a capitalized word, before any other punctuation.
func (p *parser) commaInName(k int) bool {
	for e := k + 1; e < p.n() && e < k+10; e++ {
		if p.is(e, "và") {
			return e > k+1 && p.upper(e+1)
		}
		if p.is(e, ",") && p.upper(e+1) {
			continue
		}
		if p.s.words[e].kind != token.Word {
			return false
		}
		if p.upper(e) {
			if _, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, e); n > 0 {
				return false // another organization: "Sở Ngoại vụ, Sở Kế hoạch ..."
			}
			if p.startsMention(e) && !p.levelAsWord(e) {
				return false
			}
			continue
		}
		if e == k+1 || !p.upper(e-1) || hardStops[p.ks[e]] {
			return false
		}
	}
	return false
}

// levelAsWord reports whether a capitalized level word starts a word of a
// name ("Xã hội" in "Lao động - Thương binh và Xã hội").
func (p *parser) levelAsWord(k int) bool {
	_, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, k)
	return n == 1 && k+1 < p.n() && p.s.words[k+1].kind == token.Word && !p.upper(k+1) && !p.isLevelWord(k+1)
}

// startsMention reports whether another mention starts at word i: an
// organization head that stands alone or takes a place, a title, a level
// word, a known place, an event word or an honorific.
func (p *parser) startsMention(i int) bool {
	if i >= p.n() {
		return false
	}
	if k, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, i); n > 0 && !k.AfterTitle && (k.Tail == lexicon.TailNone ||
		k.Tail == lexicon.TailLevel || k.Tail == lexicon.TailPlace) && (p.upper(i) || !k.Upper) {
		return true
	}
	if t, n := longest(p, &p.x.lex.Titles, lexicon.StartsTitle, i); n > 0 && (n > 1 || !t.NeedsOrg) {
		return true
	}
	if _, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, i); n > 0 {
		return true
	}
	if pl, n := longest(p, &p.x.lex.Places, lexicon.StartsPlace, i); n > 0 && !pl.Weak && p.upper(i) {
		return true
	}
	if _, n := longest(p, &p.x.lex.Events, lexicon.StartsEvent, i); n > 1 {
		return true
	}
	if _, n := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, i); n > 1 {
		return true
	}
	return false
}

// ---- titles ----

// absorbWords are the organization words a "Trưởng"/"Phó Trưởng" title
// takes into its role name ("Trưởng Ban Tổ chức" → Trưởng ban).
var absorbWords = map[string]bool{"ban": true, "đoàn": true, "phòng": true, "khoa": true, "ty": true}

// parseTitle reads a position title at word i, with its organization or
// place and its term: "Chủ tịch UBND thành phố Hà Nội", "Phó Bí thư Tỉnh
// ủy khóa XVIII", "nguyên Bộ trưởng Bộ Công Thương", "Thị trưởng thành phố
// Asan". Among the titles that match, the one that reads furthest wins,
// so "Trưởng" + "đoàn ĐBQH tỉnh" beats the bare "Trưởng đoàn".
func (p *parser) parseTitle(i int) (*titleRef, int) {
	i0 := i
	former, isNew := false, false
	for i < p.n() {
		switch p.ks[i] {
		case "nguyên", "cựu":
			former = true
			i++
			continue
		case "tân":
			isNew = true
			i++
			continue
		}
		break
	}
	if !p.at(i, lexicon.StartsTitle) {
		return nil, 0 // no title starts here: the common case
	}
	var buf [4]lexicon.Match[lexicon.Title]
	var best *titleRef
	bestEnd := 0
	for _, mt := range allAt(p, buf[:0], &p.x.lex.Titles, lexicon.StartsTitle, i) {
		t, n := mt.Val, mt.Len
		j := i + n
		tr := p.x.titles.new()
		*tr = titleRef{t: t, role: t.Role, roleKey: t.RoleKey, former: former, isNew: isNew, lower: !p.upper(i), i: i0}
		switch {
		case t.Fixed:
			tr.org = p.fixedOrg(t.Org, j)
			if o := tr.org; o != nil && o.kind.Tail == lexicon.TailPlace {
				// "đại biểu HĐND tỉnh Lạng Sơn": the title ends with the
				// body's name, and the body is of the place that follows
				start := j - (strings.Count(o.headKey, " ") + 1)
				if full, m := p.parseOrg(start, orgOpts{afterTitle: true}); m > j-start {
					tr.org = full
					j = start + m
				}
			}
		case t.Level != "":
			// "Trưởng thôn Đông Lâm": the place's name, with no level word
			m := p.placeName(j)
			if m == 0 && j < p.n() && p.s.words[j].kind == token.Number {
				m = 1 // "Trưởng thôn 4"
			}
			if m > 0 {
				tr.place = &placeRef{level: t.Level, name: p.display(j, j+m), nameKey: strings.Join(p.ks[j:j+m], " "), i: j, j: j + m}
				j += m
			}
		case t.Of && p.is(j, "của"):
			// "người phát ngôn của UBND tỉnh"
			if o, m := p.parseOrg(j+1, orgOpts{afterTitle: true}); m > 0 {
				tr.org, tr.of = o, true
				j += 1 + m
			} else {
				continue
			}
		case t.Place:
			if _, n := longest(p, &p.x.lex.Landmarks, lexicon.StartsLandmark, j); n > 0 && !p.upper(j+n) {
				// "Phó trụ trì chùa": the one the article named
				tr.place = &placeRef{level: strings.Join(p.ks[j:j+n], " "), landmark: true, implicit: true, i: j, j: j + n}
				j += n
			} else if pl, m := p.parsePlace(j, false, true); m > 0 {
				tr.place = pl
				j += m
				if p.is(j, "tại") { // Đại sứ Nhật Bản tại Việt Nam
					if _, m := p.parsePlace(j+1, false, true); m > 0 {
						j += 1 + m
						tr.placeEnd = j
					}
				}
			} else if o, m := p.parseOrg(j, orgOpts{afterTitle: true}); m > 0 {
				tr.org = o
				j += m
			} else if lv, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, j); n > 0 {
				// "Phó Tỉnh trưởng tỉnh Hủa Phăn": an office of another
				// country, whose province the lexicon does not know
				if m := p.placeName(j + n); m > 0 {
					tr.place = &placeRef{level: lv.Name, name: p.display(j+n, j+n+m), nameKey: strings.Join(p.ks[j+n:j+n+m], " "), i: j, j: j + n + m}
					j += n + m
				}
			}
		default:
			if o, m := p.parseOrg(j, orgOpts{afterTitle: true, lower: t.Absorb}); m > 0 {
				tr.org = o
				if t.Heads != "" {
					tr.org = p.unitOf(t.Heads, j, o)
				}
				j += m
				if t.Absorb {
					first, _, _ := strings.Cut(o.headKey, " ")
					switch {
					case absorbWords[first]:
						tr.role = t.Role + " " + first
						tr.roleKey = p.x.key(tr.role)
					case tr.lower:
						continue
					}
					// else "Trưởng Công an huyện X": the head of the
					// organization, with the role as written
				}
			} else if pl, m := p.parsePlace(j, true, true); m > 0 && p.isLevelWord(j) && !pl.landmark && pl.level != "nước" && !tr.lower && !t.Weak && t.Context == "" {
				// "Chủ tịch tỉnh Holguín", "Bí thư huyện X": the head of a
				// place's government or committee
				tr.place = pl
				j += m
			} else if pl, m := p.parsePlace(j, false, true); m > 0 && (t.Whole || t.Org != "") && pl.level == "nước" && !pl.landmark {
				// "Chủ tịch nước Lào", "Thủ tướng Campuchia": the head of
				// another state, not of Việt Nam's
				tr.place = pl
				j += m
			} else if t.OrgHead != "" && !(p.upper(j-1) && p.ks[j-1] == p.x.key(t.OrgHead)) {
				// ("Trưởng Ban Tuyên giáo" names the Ban itself: "Trưởng"
				// reads it)
				// "Bộ trưởng Ngoại giao X", but "Bộ trưởng Bùi Thanh Sơn"
				// names the minister, not a ministry
				if m := p.specName(j, false); m > 0 && !p.startsName(j) {
					var parent *orgRef
					pm := 0
					for k := j + 1; k < j+m; k++ {
						// "Trưởng phòng Tổ chức Sở Nội vụ tỉnh X": the name
						// ends where its parent starts
						if p.upper(k) && p.at(k, lexicon.StartsOrg) {
							if o, n := p.parseOrg(k, orgOpts{}); n > 0 {
								parent, pm, m = o, n, k-j
								break
							}
						}
					}
					tr.org = p.headedOrg(t.OrgHead, j, j+m)
					j += m
					if tr.org != nil && parent != nil {
						tr.org.parent = parent
						j += pm
					} else if tr.org != nil {
						// "Trưởng phòng Tài chính huyện X": its place
						j = p.orgParent(tr.org, j)
					}
					if tr.org != nil {
						tr.org.j = j
					}
				}
			}
			if tr.org == nil && tr.place == nil && t.Org != "" {
				tr.org, tr.implied = p.fixedOrg(t.Org, j), true
			}
			if tr.org == nil && t.NeedsOrg {
				continue
			}
		}
		if (t.Weak || tr.lower) && tr.org == nil && tr.place == nil && !p.nameWord(j) && !(tr.lower && !t.Weak && p.afterPredicate) &&
			!(t.Whole && !tr.lower && p.is(j, ",") && p.titleAt(j+1)) { // "Anh hùng Lao động, Giám đốc ..."
			continue
		}
		if term, m := p.parseTerm(j); m > 0 {
			tr.term = term
			j += m
		}
		if j > bestEnd {
			best, bestEnd = tr, j
		}
	}
	if best == nil {
		return nil, 0
	}
	best.j = bestEnd
	return best, bestEnd - i0
}

// fixedOrg is the organization a title carries itself ("Tỉnh ủy viên"):
// it has no words of its own in the sentence.
func (p *parser) fixedOrg(name string, j int) *orgRef {
	k := p.x.lex.OrgByName[p.x.key(name)]
	if k == nil {
		return nil
	}
	o := &orgRef{kind: k, headKey: p.x.key(name), fixed: name, i: j, j: j}
	if k.Tail == lexicon.TailLevel {
		o.place = &placeRef{level: k.Level, implicit: true, i: j, j: j}
	}
	return o
}

// headedOrg makes the organization of "Bộ trưởng Ngoại giao": the head the
// title implies and the name that follows (Bộ Ngoại giao).
func (p *parser) headedOrg(head string, i, j int) *orgRef {
	k := p.x.lex.OrgByName[p.x.key(head)]
	if k == nil {
		return nil
	}
	return &orgRef{kind: k, headKey: p.x.key(head), fixed: head, nameKey: strings.Join(p.ks[i:j], " "), i: i, j: j}
}

// ---- terms and ordinals ----

// parseTerm reads a term: "khóa XIX", "khoá 19", "khóa mới", "nhiệm kỳ
// 2020-2025", "nhiệm kỳ 2020 - 2025", maybe in parentheses or after a
// comma.
func (p *parser) parseTerm(i int) (string, int) {
	j := i
	paren := false
	if p.is(j, ",") && (p.is(j+1, "khóa") || p.is(j+1, "nhiệm")) {
		j++
	}
	if p.is(j, "(") {
		paren = true
		j++
	}
	start := j
	switch {
	case p.is(j, "khóa") && j+1 < p.n():
		nx := p.ks[j+1]
		if _, ok := roman(p.s.tokText(j + 1)); ok || isDigits(nx) || nx == "mới" || nx == "này" || nx == "trước" {
			j += 2
		} else {
			return "", 0
		}
	case p.is(j, "nhiệm") && p.is(j+1, "kỳ"):
		j += 2
		if j < p.n() && p.s.words[j].kind == token.Number {
			j++
			if p.is(j, "-") && j+1 < p.n() && p.s.words[j+1].kind == token.Number {
				j += 2
			}
		} else if p.is(j, "mới") || p.is(j, "này") || p.is(j, "qua") || p.is(j, "tới") {
			j++
		}
	default:
		return "", 0
	}
	term := p.display(start, j)
	if paren {
		if !p.is(j, ")") {
			return "", 0
		}
		j++
	}
	return term, j - i
}

// termStart returns the first year of a term ("nhiệm kỳ 2020-2025" → 2020).
func termStart(term string) int {
	for _, f := range strings.FieldsFunc(term, func(r rune) bool { return r == ' ' || r == '-' }) {
		if y, err := strconv.Atoi(f); err == nil && y > 1900 && y < 2200 {
			return y
		}
	}
	return 0
}

// ordinalWords are the spelled-out ordinals ("lần thứ nhất").
var ordinalWords = map[string]int{"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5,
	"sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

// parseOrdinal reads "lần thứ XIX", "lần thứ 8", "thứ 14", "lần thứ nhất".
func (p *parser) parseOrdinal(i int) (int, int) {
	j := i
	if p.is(j, "lần") {
		j++
	}
	if !p.is(j, "thứ") || j+1 >= p.n() {
		return 0, 0
	}
	t := p.s.tokText(j + 1)
	if v, ok := roman(t); ok {
		return v, j + 2 - i
	}
	if v, err := strconv.Atoi(t); err == nil && v > 0 && v < 1000 {
		return v, j + 2 - i
	}
	if v, ok := ordinalWords[p.ks[j+1]]; ok && j > i {
		return v, j + 2 - i
	}
	return 0, 0
}

// roman reads a Roman numeral written in capitals.
func roman(s string) (int, bool) {
	if s == "" || len(s) > 12 {
		return 0, false
	}
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, total > 0
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// ---- people ----

// parsePerson reads a person's name at word i. Without licence, a name is
// two to four capitalized words starting with a family name, or a foreign
// name written with hyphens; licensed (after an honorific or a title) any
// run of one to five capitalized words is a name, and one word alone is a
// short reference ("ông Chung").
func (p *parser) parsePerson(i int, licensed bool) (*personRef, int) {
	if _, n := p.x.lex.NotNames.Longest(p.ks, i); n > 0 {
		return nil, 0 // "Tết Giáp Thìn": a year
	}
	j := i
	for j < p.n() && j-i < 5 && p.nameWord(j) {
		if j > i && p.startsMentionInName(j) && !p.familyStart(j) {
			break
		}
		if j >= i+4 && p.familyStart(j) && !licensed {
			break // two names with nothing between: "... Hà Nam Nguyễn Đình Khang"
		}
		j++
	}
	n := j - i
	if n == 0 {
		return nil, 0
	}
	foreign := p.s.hyphenated(i)
	for k := i; k < j; k++ {
		if p.s.words[k].caps {
			foreign = true
		}
	}
	if !foreign && n >= 2 && p.is(j, ",") && p.titleAt(j+1) {
		// "tiếp Mark Fisher, Đại sứ Hà Lan": a run of foreign words before
		// a title is a name
		for k := i; k < j; k++ {
			if !p.syllable(k) {
				foreign = true
			}
		}
	}
	ok := false
	switch {
	case foreign && (licensed || n >= 2 || p.s.hyphenated(i)):
		ok = true
	case n >= 2 && n <= 4 && p.familyStart(i):
		ok = true
	case licensed && n <= 5:
		ok = true
	}
	if !ok || p.startsMention(i) {
		return nil, 0
	}
	return &personRef{name: p.display(i, j), key: strings.Join(p.ks[i:j], " "), foreign: foreign,
		short: n == 1 && !p.s.hyphenated(i), i: i, j: j}, n
}

// unitOf is the unit named at the end of a title (the "Văn phòng" of
// "Chánh Văn phòng", ending before word j) of the organization o after it.
func (p *parser) unitOf(unit string, j int, o *orgRef) *orgRef {
	k := p.x.lex.OrgByName[p.x.key(unit)]
	n := countFields(unit)
	if k == nil || k.Tail != lexicon.TailOrg || j-n < 0 {
		return o
	}
	return &orgRef{kind: k, headKey: p.x.key(unit), child: o, i: j - n, j: o.j}
}

// startsName reports whether the words at i start with a person's name
// (the words after it may be the rest of the sentence: "Thứ trưởng Lê
// Đức Luận cảm ơn ...").
func (p *parser) startsName(i int) bool {
	pr, _ := p.parsePerson(i, false)
	return pr != nil
}

// personShaped reports whether the capitalized run at i reads as a
// Vietnamese name of three or four syllables that ends the run.
func (p *parser) personShaped(i int) bool {
	n := 0
	for k := i; k < p.n() && p.nameWord(k); k++ {
		if !p.syllable(k) {
			return false
		}
		n++
	}
	return n >= 3 && n <= 4
}

// startsMentionInName is startsMention for a word inside a person's name:
// a place or a level word there is a given name ("Nguyễn Thị Mỹ Lan",
// "Bùi Văn Tỉnh").
func (p *parser) startsMentionInName(i int) bool {
	if _, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, i); n > 0 && p.levelInName(i) {
		return false
	}
	if _, n := longest(p, &p.x.lex.Places, lexicon.StartsPlace, i); n > 0 {
		if k, m := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, i); m == 0 || k == nil {
			return false
		}
	}
	return p.startsMention(i)
}

// titleAt reports whether a title starts at j.
func (p *parser) titleAt(j int) bool {
	_, n := longest(p, &p.x.lex.Titles, lexicon.StartsTitle, j)
	return n > 0
}

// isLevelWord reports whether a level word starts at j.
func (p *parser) isLevelWord(j int) bool {
	_, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, j)
	return n > 0
}

// levelInName reports whether a capitalized level word at j is a given
// name ("Bùi Văn Tỉnh"), not the start of a place ("Tỉnh Hà Nam").
func (p *parser) levelInName(j int) bool {
	_, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, j)
	if n != 1 {
		return false
	}
	if _, m := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, j); m > 0 {
		return false // Tỉnh ủy
	}
	_, m := longest(p, &p.x.lex.Places, lexicon.StartsPlace, j+1)
	return m == 0 || !p.upper(j+1)
}

// ---- display ----

// display returns the text of words [i, j) as written, with tone marks
// placed canonically.
//
// When the words cut an abbreviation ("TVTU" is Ủy viên Ban Thường vụ
// Tỉnh ủy, and only "Ban Thường vụ Tỉnh ủy" is wanted), the cut part is
// spelled out.
func (p *parser) display(i, j int) string {
	if i >= j || j > p.n() {
		return ""
	}
	ws := p.s.words
	cutStart := ws[i].exp && i > 0 && ws[i-1].tok == ws[i].tok
	cutEnd := ws[j-1].exp && j < len(ws) && ws[j].tok == ws[j-1].tok
	if !cutStart && !cutEnd {
		start, end := p.s.span(i, j)
		return p.x.canon(p.x.text[start:end])
	}
	var parts []string
	for k := i; k < j; {
		if ws[k].exp {
			parts = append(parts, ws[k].text)
			k++
			continue
		}
		e := k
		for e < j && !ws[e].exp {
			e++
		}
		start, end := p.s.span(k, e)
		parts = append(parts, token.Canon(p.x.text[start:end]))
		k = e
	}
	return strings.Join(parts, " ")
}

// parseDate reads a date at word i (see sentence.parseDate).
func (p *parser) parseDate(i int, loose bool) (*dateRef, int) { return p.s.parseDate(i, loose) }
