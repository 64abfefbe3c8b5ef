package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// appositive: the title being read follows its holder's name and a
	// comma or a dash ("ông X, Giám đốc ..."), so no holder's name can
	// follow it
	appositive bool
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

// endsAt reports whether the longest phrase of t that starts at a word
// from `from` on ends right before word k: "Hội nghị" before the "và" of
// "Trung tâm Hội nghị và Triển lãm", a title or an organization's head
// before a level word.
func endsAt[T any](p *parser, t *lexicon.Trie[T], b lexicon.Starts, from, k int) bool {
	for s := max(0, from); s < k; s++ {
		if _, n := longest(p, t, b, s); n > 0 && s+n == k {
			return true
		}
	}
	return false
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
	// (H'Yim, Y-Moan), or after the Gaelic "Mc" (McKenna)
	prev := ' '
	for i, r := range t.Text {
		if unicode.IsUpper(r) && prev != ' ' && prev != '\'' && prev != '-' && !(i == 2 && strings.HasPrefix(t.Text, "Mc")) {
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
	lv, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, i)
	if n == 0 {
		lv, n = p.levelAbbrev(i)
	}
	if n > 0 {
		if _, m := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, i); m > n {
			// "Tỉnh ủy", "Huyện ủy": a committee, no place ("Đoàn đại
			// biểu Tỉnh ủy, HĐND, UBND tỉnh")
			return nil, 0
		}
		j := i + n
		if p.abbrevStop(j) {
			j, n = j+1, n+1 // "TP. Hồ Chí Minh"
		}
		// a known place after a level word only when it is of that level:
		// "huyện Đức An" is no place called Đức (Germany)
		if pl, m := longest(p, &p.x.lex.Places, lexicon.StartsPlace, j); m > 0 && p.upper(j) && p.x.key(pl.Level) == p.x.key(lv.Name) {
			return p.x.lexPlace(pl, lv.Name, i, j+m), n + m
		}
		// Every province is in the lexicon: after "tỉnh", an unknown name is
		// not one (it is the name of the person holding the title), unless
		// it is another country's ("của tỉnh Hủa Phăn").
		m := p.placeName(j)
		if m == 0 && lv.Numbered && p.standaloneNumber(j) {
			m = 1 // "quận 1", "phường 5": named by a number
		}
		if m == 0 && lv.Rank >= 2 && p.familyStart(j) {
			m = p.namedAfterPerson(i, j)
		}
		if m == 0 && lv.Name != "tỉnh" && i > 0 && p.s.words[i-1].cls&clsLocative != 0 {
			// "tại thị trấn Phan Rí Cửa": after a locative no holder's name
			// follows the level word, the capitalized run is the place
			m = p.upperRun(j, 4)
		}
		if m > 0 && (lv.Name != "tỉnh" || p.foreignRun(j, j+m) || p.foreignProvince(i, j, m)) {
			for lv.Joint && (p.is(j+m, "-") || p.is(j+m, "–")) {
				k := p.placeName(j + m + 1) // "liên huyện Lộc Bình - Đình Lập - Cao Lộc"
				if k == 0 {
					break
				}
				m += 1 + k
			}
			return &placeRef{level: lv.Name, name: p.display(j, j+m), nameKey: strings.Join(p.ks[j:j+m], " "), i: i, j: j + m}, n + m
		}
		if bare {
			return &placeRef{level: lv.Name, implicit: true, i: i, j: j}, n
		}
		return nil, 0
	}
	if p.upper(i) {
		if pl, n := longest(p, &p.x.lex.Places, lexicon.StartsPlace, i); n > 0 && (!pl.Weak || weak) && (p.wholeName(i, n) || p.wholeCountry(pl, i, n)) {
			return p.x.lexPlace(pl, pl.Level, i, i+n), n
		}
	}
	// a capitalized one-word landmark ("Hồ") starts a sentence's place
	// unless a person's name of three words or four starts there ("Hồ Văn
	// Lợi")
	if lm, n := longest(p, &p.x.lex.Landmarks, lexicon.StartsLandmark, i); n > 0 && (n > 1 || !p.upper(i) ||
		(i == 0 || !p.upper(i-1)) && !(p.familyStart(i) && p.personShaped(i))) {
		if lm.Area {
			// "điểm cầu Trà Vinh" is in Trà Vinh; before anything else
			// ("điểm cầu UBND tỉnh") the noun is read alone, so that no
			// shorter landmark starts inside it
			if pl, m := p.parsePlace(i+n, false, true); m > 0 && !pl.landmark && !pl.implicit {
				return pl, n + m
			}
			return &placeRef{landmark: true, implicit: true, i: i, j: i + n}, n
		}
		if m := p.upperRun(i+n, 6); m > 0 {
			return &placeRef{name: p.display(i, i+n+m), nameKey: strings.Join(p.ks[i:i+n+m], " "), landmark: true, i: i, j: i + n + m}, n + m
		}
	}
	return nil, 0
}

// communeOf returns the words at k, a comma maybe and a commune or a
// district named with its level, that give the place a village belongs
// to: "Trưởng thôn 9, xã Hải Lâm" heads the village 9 of that commune,
// not every village 9.
func (p *parser) communeOf(k int) int {
	c := k
	if p.is(c, ",") {
		c++
	}
	lv, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, c)
	if n == 0 || lv.Rank < 2 {
		return 0
	}
	if pl, m := p.parsePlace(c, false, false); m > n && !pl.implicit && !pl.landmark {
		return c + m - k
	}
	return 0
}

// lexPlace is the place of the lexicon's entry pl, of the level given,
// written in words i to j. A place of Việt Nam is known: it may be the
// province an article is about; one of another country is abroad.
func (x *Extractor) lexPlace(pl *lexicon.Place, level string, i, j int) *placeRef {
	return &placeRef{level: level, name: pl.Name, nameKey: x.key(pl.Name), known: pl.Country == "", abroad: pl.Country != "", i: i, j: j}
}

// levelAbbrev reads a level written short at word i, its stop and a
// capitalized name after it ("P.Vũng Áng", "X. Hoằng Tiến"): the level,
// and the words of the abbreviation and its stop.
func (p *parser) levelAbbrev(i int) (*lexicon.Level, int) {
	if i+2 >= p.n() || !p.upper(i) || !p.is(i+1, ".") || !p.upper(i+2) {
		return nil, 0
	}
	if f, ok := p.x.lex.Families[p.ks[i+2]]; ok && f.Religious {
		return nil, 0 // "TT.Thích Huệ Khai": a monk's rank, Thượng tọa
	}
	if lv := p.x.lex.LevelAbbrevs[p.s.tokText(i)]; lv != nil {
		return lv, 2
	}
	return nil, 0
}

// writtenPlace is the place of level (or none) whose name is written in
// words i to j. A comma ("thôn 9, xã Hải Lâm") is no part of its key.
func (p *parser) writtenPlace(level string, i, j int) *placeRef {
	key := strings.Join(p.ks[i:j], " ")
	if strings.Contains(key, " , ") {
		key = strings.ReplaceAll(key, " , ", " ")
	}
	return &placeRef{level: level, name: p.display(i, j), nameKey: key, i: i, j: j}
}

// abbrevStop reports whether word j is a full stop written right after an
// abbreviation and before a capitalized word: "TP. Hồ Chí Minh" is "TP
// Hồ Chí Minh". A form of address after it starts the next sentence
// ("Chủ tịch UBND TP. Đồng chí Nguyễn Hồ Hải phát biểu"): a sentence may
// end with an abbreviation.
func (p *parser) abbrevStop(j int) bool {
	if j <= 0 || !p.is(j, ".") || !p.s.words[j-1].exp || !p.upper(j+1) {
		return false
	}
	if _, n := longest(p, &p.x.lex.Places, lexicon.StartsPlace, j+1); n > 0 {
		return true // "TP. Bà Rịa"
	}
	if h, n := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, j+1); h != nil && n > 0 && p.familyStart(j+1+n) {
		return false
	}
	_, end := p.s.span(j-1, j)
	start, _ := p.s.span(j, j+1)
	return start == end
}

// foreignProvince reports whether the m words at j after the level word
// "tỉnh" at i name another country's province: after a locative ("của
// tỉnh Hủa Phăn", "tại tỉnh Xiêng Khoảng"), where no holder's name can
// stand, and not starting like a person's name; or named so before in the
// article (i < 0: only that). It remembers the names it accepts.
func (p *parser) foreignProvince(i, j, m int) bool {
	key := strings.Join(p.ks[j:j+m], " ")
	if p.x.foreignProvinces[key] {
		return true
	}
	if i <= 0 || p.s.words[i-1].cls&clsLocative == 0 || p.familyStart(j) || m > 3 {
		return false
	}
	p.rememberProvince(key)
	return true
}

// rememberProvince records the name of another country's province.
func (p *parser) rememberProvince(key string) {
	if p.x.foreignProvinces == nil {
		p.x.foreignProvinces = map[string]bool{}
	}
	p.x.foreignProvinces[key] = true
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
	case r <= 4 && len(p.s.tokText(j+r-1)) == 1:
		return r // "huyện Châu Thành A": a letter ends a place's name, never a person's
	case p.familyStart(j):
		return 0
	case r > 4:
		return 4
	}
	return r
}

// namedAfterPerson returns the length of a district's or a commune's
// name at j, after the level word at i, that is a person's name: wards
// and communes are named after historical figures ("phường Phạm Ngũ Lão",
// "phường Nguyễn Cư Trinh"). It is the place's name where no holder's
// name can stand: not after an organization's head or a title ("sáp
// nhập phường Phạm Ngũ Lão"), in an appositive ("ông X, Chủ tịch UBND phường Nguyễn
// Cư Trinh"), or before the holder's own name. Else 0: "Chủ tịch UBND
// phường Nguyễn Văn A" names the chair.
func (p *parser) namedAfterPerson(i, j int) int {
	r := p.upperRun(j, 4)
	if r < 3 || !p.personShaped(j) {
		return 0
	}
	// an organization's head or a title before the level word ("UBND
	// phường", "Phó Chủ tịch huyện Lâm Văn Phúc")
	headed := endsAt(p, &p.x.lex.Orgs, lexicon.StartsOrg, i-4, i) || endsAt(p, &p.x.lex.Titles, lexicon.StartsTitle, i-4, i)
	if !headed || p.appositive || p.familyStart(j+r) && p.personShaped(j+r) {
		return r
	}
	return 0
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

// countryAfter reports whether another country than Việt Nam is named in
// parentheses at word j, or after "của": the country of the place before
// it ("thành phố Viêng Chăn (Lào)", "tỉnh Gyeongsangnam của Hàn Quốc").
func (p *parser) countryAfter(j int) bool {
	open := p.is(j, "(")
	if !open && !p.is(j, "của") {
		return false
	}
	pl, m := p.parsePlace(j+1, false, true)
	if m == 0 || p.x.key(pl.level) != "nước" || pl.nameKey == "việt nam" {
		return false
	}
	return !open || p.is(j+1+m, ")")
}

// endsAppositive reports whether word k ends an appositive: the end of
// the sentence, a punctuation mark, or "và" before the next person of a
// list.
func (p *parser) endsAppositive(k int) bool {
	return k >= p.n() || p.s.words[k].kind == token.Punct || p.is(k, "và")
}

// ---- organizations ----

// orgOpts says where an organization is read.
type orgOpts struct {
	afterTitle bool // right after a title: "Trung ương" names the Central Committee
	lower      bool // the head may be in lower case ("Trưởng đoàn ĐBQH")
	lowerName  bool // the name may start in lower case ("bệnh viện đa khoa ...")
	appositive bool // after a title that follows its holder's name
}

// parseOrg reads an organization at word i.
func (p *parser) parseOrg(i int, opt orgOpts) (*orgRef, int) {
	if i >= p.n() || p.s.words[i].kind != token.Word {
		return nil, 0
	}
	if len(p.x.shortNames) > 0 && p.upper(i) {
		if o, n := p.shortNameAt(i); o != nil {
			c := *o
			c.i, c.j = i, i+n
			return p.branch(&c, i, n)
		}
	}
	if p.upper(i) && (p.s.words[i].caps || !p.syllable(i)) {
		// a brand the article has not named in full: "Agribank Chi nhánh
		// Lạng Sơn"
		k := p.branchAt(i + 1)
		if k == nil && p.is(i+1, "-") {
			k = p.branchAt(i + 2)
		}
		if k != nil {
			brand := p.x.orgs.new()
			*brand = orgRef{kind: k, headKey: p.ks[i], i: i, j: i + 1}
			if b, m := p.branch(brand, i, 1); m > 1 {
				return b, m
			}
		}
	}
	if !p.at(i, lexicon.StartsOrg) {
		return p.brand(i) // no organization head starts here: the common case
	}
	if _, d := longest(p, &p.x.lex.Documents, lexicon.StartsDocument, i); d > 1 {
		return nil, 0 // "Bộ luật Hình sự": a document, though "Bộ" heads ministries
	}
	place := 0 // a known place's name that starts here ("Đài Loan" is no broadcaster)
	if p.upper(i) {
		if pl, m := longest(p, &p.x.lex.Places, lexicon.StartsPlace, i); m > 0 && !pl.Weak {
			place = m
		}
	}
	var buf [4]lexicon.Match[lexicon.OrgKind]
	longest := 0 // the longest head that matched but whose tail failed
	for _, mt := range allAt(p, buf[:0], &p.x.lex.Orgs, lexicon.StartsOrg, i) {
		k, n := mt.Val, mt.Len
		if k.AfterTitle && !opt.afterTitle || k.Suffix || place > n && k.Tail == lexicon.TailName {
			continue
		}
		// a unit of the forces in lower case with its number ("quân khu
		// 4"), not a company ("công ty 2 năm liền")
		lower := !p.upper(i) && (p.numberedAt(k, i+n) && k.Class != graph.OrgBusiness || p.lowerHead(k, i+n, opt.afterTitle))
		if !p.upper(i) && !lower && (!opt.lower || k.Upper && n == 1) {
			continue
		}
		if k.Upper && !p.upper(i) && !opt.lower && !lower {
			continue
		}
		if k.Upper && k.Tail == lexicon.TailNone && !allUpper(p.s.words[i:i+n]) {
			continue // "Lê Văn Hòa phát biểu" names no Hòa Phát
		}
		tailOpt := opt
		tailOpt.lowerName = lower
		if o, m := p.orgTail(i, n, k, mt.Key, tailOpt); m > 0 && m >= longest {
			p.shortName(o, i+m)
			return p.branch(o, i, m)
		}
		if longest == 0 {
			longest = n
		}
	}
	return nil, 0
}

// lowerHead reports whether a head of a kind written in lower case too
// starts an organization, its words ending before j: before a place named
// in full ("công an huyện Lạc Thủy", not "lực lượng công an huyện"), or
// right after a title before a level word alone ("Phó Trưởng Công an
// huyện", "Trưởng phòng công an huyện"), or before lower-case words that
// end in a capitalized name ("bệnh viện đa khoa khu vực Đồng Mỏ", not
// "bệnh viện tuyến trên").
func (p *parser) lowerHead(k *lexicon.OrgKind, j int, afterTitle bool) bool {
	if !k.Lowercase {
		return false
	}
	switch k.Tail {
	case lexicon.TailLevel:
		// "huyện uỷ" is the district's committee whatever follows: a
		// place with no level word ("Bí thư huyện uỷ Quỳ Châu"), or none
		// ("Phó Bí thư huyện uỷ, Chủ tịch UBND huyện"); the words mean
		// nothing else
		return true
	case lexicon.TailPlace:
		pl, m := p.parsePlace(j, false, false)
		if m > 0 && !pl.implicit && !pl.landmark && pl.i == j && pl.nameKey != "" {
			return true
		}
		if afterTitle && p.isLevelWord(j) {
			return true
		}
		return false
	case lexicon.TailName:
		for e := j; e < p.n() && e < j+5; e++ {
			if p.upper(e) {
				return e > j && !p.startsMention(e) && !p.familyStart(e)
			}
			if p.levelHere(e) { // "bệnh viện đa khoa tỉnh Bắc Giang"
				pl, m := p.parsePlace(e, false, false)
				return e > j && m > 0 && !pl.implicit && pl.nameKey != ""
			}
			if !p.isWord(e) || p.x.lex.StopAt(p.ks, e) {
				return false
			}
		}
	}
	return false
}

// brand reads a brand named with a suffix ("VMX Group", "Sun Group"): one
// to three capitalized words, none the start of another mention, then the
// suffix.
func (p *parser) brand(i int) (*orgRef, int) {
	if !p.upper(i) || p.familyStart(i) || p.x.lex.StopAt(p.ks, i) {
		return nil, 0 // "Theo Sun Group": a function word is no brand's
	}
	for e := i + 1; e < p.n() && e <= i+3 && p.upper(e); e++ {
		if k, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, e); n > 0 && k.Suffix {
			o := p.x.orgs.new()
			*o = orgRef{kind: k, headKey: strings.Join(p.ks[i:e+n], " "), i: i, j: e + n}
			return o, e + n - i
		}
		if p.startsMention(e) {
			break
		}
	}
	return nil, 0
}

// branch reads the branch that may follow an organization o of m words at
// i, after its short name and a dash: "Ngân hàng TMCP Công Thương Việt Nam
// (VietinBank) - Chi nhánh Lạng Sơn", "Agribank chi nhánh Phú Nhuận". The
// branch is part of the organization, and named with it.
func (p *parser) branch(o *orgRef, i, m int) (*orgRef, int) {
	e := i + m
	if p.is(e, "(") && p.is(e+2, ")") {
		e += 3
	}
	if p.is(e, "-") {
		e++
	}
	k := p.branchAt(e)
	if k == nil || o.kind == nil || o.kind.Branch && o.parent != nil {
		return o, m
	}
	e += countFields(k.Name)
	n := 0
	var place *placeRef
	if pl, pn := p.parsePlace(e, false, true); pn > 0 && !pl.landmark && pl.i == e && (p.isLevelWord(e) || pl.known) {
		n, place = pn, pl // "Chi nhánh tỉnh Đồng Nai", "Chi nhánh Lạng Sơn": the place it serves
	} else {
		// "Chi nhánh Lạng Sơn", "chi nhánh Bắc Long An": capitalized words,
		// up to a holder's name ("... Chi nhánh Lạng Sơn Vi Văn Khiêm")
		for k := e; k < p.n() && k < e+4 && p.nameWord(k) && !(k > e && p.familyStart(k) && p.personShaped(k)); k++ {
			n++
		}
	}
	if n == 0 {
		return o, m
	}
	b := p.x.orgs.new()
	*b = orgRef{kind: k, headKey: p.x.key(k.Name), parent: o, place: place, i: i, j: e + n}
	if place == nil {
		b.nameKey = strings.Join(p.ks[e:e+n], " ")
	}
	return b, e + n - i
}

// branchAt returns the kind of a branch whose word starts at e, in either
// case ("Chi nhánh", "chi nhánh"), or nil.
func (p *parser) branchAt(e int) *lexicon.OrgKind {
	if k, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, e); n > 0 && k.Branch {
		return k
	}
	return nil
}

// shortName records the short name written in parentheses after an
// organization's full name, "(Agribank)", "(VCCI)": one word, either
// in capitals or no Vietnamese syllable, so that "(Hà Nội)" is none.
//
// A short name of two or three words is one of a brand ("(Becamex IDC)"):
// capitalized words, one of them at least in capitals or no Vietnamese
// syllable.
func (p *parser) shortName(o *orgRef, j int) {
	if !p.is(j, "(") {
		return
	}
	n, brand := 0, false
	for k := j + 1; k < p.n() && k <= j+3 && p.isWord(k) && p.upper(k); k++ {
		n++
		brand = brand || !p.syllable(k) || p.s.words[k].caps
	}
	if n == 0 || !p.is(j+1+n, ")") || !brand || n == 1 && p.topicInitials(o.i+1, j, p.s.tokText(j+1)) {
		return
	}
	p.rememberShortName(p.ks[j+1:j+1+n], o)
}

// rememberShortName records the short name of words keys for o, unless
// it names another organization already.
func (p *parser) rememberShortName(keys []string, o *orgRef) {
	if p.x.shortNames == nil {
		p.x.shortNames = map[string]*orgRef{}
	}
	key := strings.Join(keys, " ")
	if _, ok := p.x.shortNames[key]; !ok {
		p.x.shortNames[key] = o
		p.x.shortNames[keys[0]+" …"] = o // the first word of a short name, for the lookup
	}
}

// topicInitials reports whether an acronym is made of the initials of the
// last words before j, after the organization's first word at i-1: then it
// abbreviates the topic of its name, not the organization ("Ban Chỉ đạo
// quốc gia về phòng, chống thiên tai (PCTT)").
func (p *parser) topicInitials(i, j int, acronym string) bool {
	want := []rune(acronym)
	k := j - 1
	for r := len(want) - 1; r >= 0; r-- {
		for k >= i && !p.isWord(k) {
			k--
		}
		if k < i {
			return false
		}
		first, _ := utf8.DecodeRuneInString(p.s.tokText(k))
		if unicode.ToUpper(first) != want[r] {
			return false
		}
		k--
	}
	return true
}

// shortNameAt returns the organization whose short name starts at word i,
// and its length.
func (p *parser) shortNameAt(i int) (*orgRef, int) {
	if p.x.shortNames[p.ks[i]+" …"] == nil {
		return nil, 0
	}
	for n := min(3, p.n()-i); n >= 1; n-- {
		if o := p.x.shortNames[strings.Join(p.ks[i:i+n], " ")]; o != nil {
			return o, n
		}
	}
	return nil, 0
}

// orgTail reads what follows an organization head of n words at i, whose
// keys joined are headKey.
func (p *parser) orgTail(i, n int, k *lexicon.OrgKind, headKey string, opt orgOpts) (*orgRef, int) {
	if c, m := p.foreignParty(i, n, k, headKey); c != nil {
		return c, m
	}
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
		if k.Class == graph.OrgFront && p.isLevelWord(j) {
			// "Mặt trận Tổ quốc Việt Nam tỉnh": the Front of a province,
			// its committee there
			if pl, m := p.parsePlace(j, true, true); m > 0 && !pl.landmark && pl.level != "nước" {
				o.place = pl
				j += m
			}
		}
		if p.is(j, "của") {
			// "Ủy ban Kinh tế của Quốc hội": a named institution of
			// another
			if c, m := p.parseOrg(j+1, orgOpts{}); m > 0 && c.kind != nil && c.kind.Tail == lexicon.TailNone {
				o.parent = c
				j += 1 + m
			}
		}
	case lexicon.TailLevel:
		if pl, m := p.parsePlace(j, false, true); m > 0 && !pl.landmark && pl.i < pl.j && p.isLevelWord(j) {
			o.place = pl // "Thành ủy TP Hồ Chí Minh"
			o.place.level = k.Level
			j += m
		} else if pl, m := longest(p, &p.x.lex.Places, lexicon.StartsPlace, j); m > 0 && p.upper(j) && !pl.Weak {
			if r := p.placeName(j); r > m && r <= 3 && p.x.key(pl.Level) != p.x.key(k.Level) {
				// "Huyện ủy Điện Biên Đông": a district named after its
				// province and a direction, no province
				m = r
				o.place = p.writtenPlace(k.Level, j, j+m)
			} else {
				o.place = p.x.lexPlace(pl, k.Level, j, j+m)
			}
			j += m
		} else if m := p.placeName(j); m > 0 && m <= 3 && !p.startsMention(j) && (k.Level != "tỉnh" || p.foreignRun(j, j+m) || p.foreignProvince(-1, j, m)) {
			// every province is in the lexicon: after "Tỉnh ủy", an unknown
			// name is no province but a person's ("Tỉnh ủy A Pớt")
			o.place = p.writtenPlace(k.Level, j, j+m)
			j += m
		} else {
			o.place = &placeRef{level: k.Level, implicit: true, i: j, j: j}
		}
	case lexicon.TailPlace:
		if a := p.shortAside(j); a > 0 {
			// "Hội đồng nhân dân (HĐND) tỉnh Bình Định": the short name
			// between the head and its place
			if pl, m := p.parsePlace(j+a, false, true); m > 0 && !pl.landmark && !pl.implicit {
				j += a
			}
		}
		if pl, m := p.parsePlace(j, true, true); m > 0 && !pl.landmark && (!k.Seat || !pl.implicit) {
			o.place = pl
			j += m
		} else if k.Class == graph.OrgDelegation || k.Seat {
			// "Đoàn đại biểu" alone is no organization; nor is an embassy
			// of no country
			return nil, 0
		} else if !k.National {
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
		} else if c := p.sharedBody(j); c != nil && k.Of {
			// "Đảng ủy, Ban Giám đốc Công an tỉnh": the body of the one
			// the next names
			o.child, o.shared = c, true
		} else if c, pl := p.titledBody(j, o.headKey); k.Of && k.Class == graph.OrgParty && (c != nil || pl != nil) {
			// "Phó Bí thư Đảng ủy, Chủ tịch UBND xã X": the committee of
			// the commune whose government the next title names;
			// "Bí thư Đảng ủy, Giám đốc Công an tỉnh": of that body
			if pl != nil {
				o.place = &placeRef{level: pl.level, name: pl.name, nameKey: pl.nameKey, implicit: true, i: j, j: j}
			} else {
				o.child, o.shared = c, true
			}
		} else if c := p.bareStanding(k, j); c != nil {
			// "Ủy viên Ban Thường vụ, Trưởng Ban Xã hội Trung ương Hội
			// Nông dân Việt Nam": of the body the next title names
			o.child, o.shared = c, true
		} else if k.EventBoard && p.eventCommittee(j) {
			// "Trưởng Ban Tổ chức lễ hội", "Ban Tổ chức các hoạt động mừng
			// Đảng": the committee that runs an event, no party body
			return nil, 0
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
		m := p.specName(j, k.LowerName || opt.lowerName)
		if opt.afterTitle && !opt.appositive {
			m -= p.holderWords(k, j, j+m) // "Thứ trưởng Bộ Y tế Lò Mến": the holder's name
		}
		numbered := true
		switch {
		case p.numberedAt(k, j+m):
			m++ // "Sư đoàn 312", "Sư đoàn Bộ binh 312"
		case m > 0 && p.is(j+m, "số") && p.standaloneNumber(j+m+1):
			m += 2 // "Tiểu đoàn Cảnh sát cơ động số 2"
		case m > 1 && p.is(j+m-1, "số") && p.standaloneNumber(j+m):
			m++ // "Công ty Xây dựng số 1": "số" names the number of any kind
		default:
			numbered = false
		}
		if numbered && p.is(j+m, "-") && p.s.words[j+m+1].caps && !p.startsMention(j+m+1) && !p.upper(j+m+2) {
			m += 2 // "Tổng Công ty Xây dựng công trình giao thông 5 - CTCP": its form after the number
		}
		if r := p.placeName(j + m); numbered && opt.appositive && r > 0 && p.endsAppositive(j+m+r) {
			// "bà X, Hiệu trưởng Trường Tiểu học số 2 Nam Lý,": the
			// holder is named, so the capitalized words that end the
			// title are the rest of the name, not a second person
			m += r
		}
		if k.NamedAfter && p.familyStart(j+m) {
			// "Trường THPT Chu Văn An", "Học viện Chính trị quốc gia Hồ Chí
			// Minh": named after a person. A company is named after its
			// founder, who may be the holder named after a title ("Giám đốc
			// Công ty X Nguyễn Văn A"): there, only a name the article
			// gave the company before, where no holder could follow.
			if pr, n := p.parsePerson(j+m, false); pr != nil {
				key := pr.key // the founder's name, whatever the company's kind
				switch {
				case k.Class != graph.OrgBusiness:
					m += n
				case !opt.afterTitle || opt.appositive:
					m += n
				case p.x.foundedNames[key]:
					m += n
				}
			}
		}
		if m == 0 && !k.LowerName {
			return nil, 0
		}
		if known := p.x.lex.OrgByName[strings.Join(p.ks[j:j+m], " ")]; known != nil && known.Tail == lexicon.TailNone && p.x.canonicalClass(known) == k.Class && !known.AfterTitle {
			// "Tập đoàn Vingroup", "Hãng hàng không Vietjet": the kind
			// before a name the gazetteer has is that organization
			o.kind, o.canonical = known, known.Name
			if known.Canonical != "" {
				o.canonical = known.Canonical
			}
			o.j = j + m
			return o, o.j - i
		}
		if k.NamedAfter && k.Class == graph.OrgBusiness && !opt.afterTitle {
			p.rememberFounder(j, j+m)
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
	if p.is(j, "tại") && (k.Seat || p.x.key(o.placeLevel()) == "nước" && o.place.nameKey != "việt nam" || p.endsInCountry(i+n, j)) {
		j = p.orgSeat(o, j)
	}
	o.j = j
	return o, j - i
}

// canonicalClass is the class of an organization kind, or of the
// organization an alias names ("Trung ương" is the Central Committee's
// name after a title, a Party body; "Bệnh viện Trung ương Huế" is none).
func (x *Extractor) canonicalClass(k *lexicon.OrgKind) graph.OrgClass {
	if k.Canonical != "" {
		if c := x.lex.OrgByName[x.key(k.Canonical)]; c != nil {
			return c.Class
		}
	}
	return k.Class
}

// endsInCountry reports whether words [i, j) end with the name of a
// foreign country ("Hiệp hội Doanh nghiệp Áo"), even one that is a common
// word too.
func (p *parser) endsInCountry(i, j int) bool {
	for k := i; k < j; k++ {
		if pl, m := longest(p, &p.x.lex.Places, lexicon.StartsPlace, k); m > 0 && k+m == j && p.upper(k) &&
			p.x.key(pl.Level) == "nước" && p.x.key(pl.Name) != "việt nam" {
			return true
		}
	}
	return false
}

// rememberFounder records the person-shaped end of a company's name read
// where no holder's name can follow ("Tập đoàn Đèo Cả", "Công ty CP Xe
// khách Đào Minh Lộc"), so that after a title the same words are the
// company's.
func (p *parser) rememberFounder(i, j int) {
	for k := i; k < j-1; k++ {
		if p.familyStart(k) {
			if p.x.foundedNames == nil {
				p.x.foundedNames = map[string]bool{}
			}
			p.x.foundedNames[strings.Join(p.ks[k:j], " ")] = true
			return
		}
	}
}

// countryAt returns the length of a country's name at word k, 0 if none.
func (p *parser) countryAt(k int) int {
	if pl, n := longest(p, &p.x.lex.Places, lexicon.StartsPlace, k); n > 0 && p.upper(k) && p.x.key(pl.Level) == "nước" {
		return n
	}
	return 0
}

// knownPlaceAt returns the words of a place the lexicon knows, of any
// level, with or without its level word, that starts capitalized at k.
func (p *parser) knownPlaceAt(k int) int {
	if !p.upper(k) {
		return 0
	}
	if pl, n := p.parsePlace(k, false, false); n > 0 && pl.known && !pl.landmark {
		return n
	}
	return 0
}

// routeGoesOn reports whether a name that reached a dash before word k
// goes on past it with a place's name: one the lexicon knows, or a
// capitalized name that starts no mention and no person's name.
func (p *parser) routeGoesOn(k int) bool {
	return p.knownPlaceAt(k) > 0 || p.upper(k) && p.isWord(k) && !p.startsMention(k) && !p.familyStart(k)
}

// knownPlaceEndsAt reports whether words [i, j) end with a place the
// lexicon knows.
func (p *parser) knownPlaceEndsAt(i, j int) bool { return endsWith(i, j, 4, p.knownPlaceAt) }

// countryEndsAt reports whether words [i, j) end with a country's name.
func (p *parser) countryEndsAt(i, j int) bool { return endsWith(i, j, 3, p.countryAt) }

// endsWith reports whether words [i, j) end with a phrase, of most words
// or fewer, that at reads (at returns the words of one starting at a word).
func endsWith(i, j, most int, at func(int) int) bool {
	for k := j - most; k < j; k++ {
		if k < i {
			continue
		}
		if n := at(k); n > 0 && k+n == j {
			return true
		}
	}
	return false
}

// orgSeat reads the seat that names a mission or a foreign body's office
// ("Đại sứ quán Đức tại Hà Nội", "Hiệp hội Doanh nghiệp Áo tại Việt
// Nam"): "tại" and a place, known or foreign. It returns where the
// organization ends.
func (p *parser) orgSeat(o *orgRef, j int) int {
	if !p.is(j, "tại") {
		return j
	}
	if pl, m := p.parsePlace(j+1, false, true); m > 0 && !pl.landmark {
		o.seat = pl
		return j + 1 + m
	}
	if m := p.upperRun(j+1, 4); m > 0 && p.foreignRun(j+1, j+1+m) { // "tại Osaka"
		o.seat = p.writtenPlace("", j+1, j+1+m)
		return j + 1 + m
	}
	return j
}

// foreignParty reads the body of another country's party, whose head
// ends with the party word the lexicon reads as Việt Nam's: "Ban Chấp
// hành Trung ương Đảng Cộng sản Cuba" is not the Ban Chấp hành Trung ương
// Đảng. The party's name must name its country ("Đảng Nhân dân Cách mạng
// Lào"), and no person's name may follow the head ("Ủy viên Trung ương
// Đảng Trần Văn A").
func (p *parser) foreignParty(i, n int, k *lexicon.OrgKind, headKey string) (*orgRef, int) {
	last := i + n - 1
	canon := p.x.key(k.Name)
	if k.Canonical != "" {
		canon = p.x.key(k.Canonical)
	}
	body := p.x.lex.OrgByName[canon]
	if n < 2 || body == nil || body.Class != graph.OrgParty || !p.upper(i+n) || p.startsName(i+n) {
		return nil, 0
	}
	party := p.x.lex.OrgByName[p.ks[last]]
	if party == nil || party.Tail != lexicon.TailName || p.ks[last] != p.x.key(party.Name) {
		return nil, 0
	}
	c, m := p.orgTail(last, 1, party, p.ks[last], orgOpts{})
	if m < 2 {
		return nil, 0
	}
	if !(p.x.key(c.placeLevel()) == "nước" && c.place.nameKey != "việt nam") && !p.endsInCountry(i+n, last+m) {
		return nil, 0
	}
	c.i = last
	o := p.x.orgs.new()
	*o = orgRef{kind: body, headKey: strings.TrimSuffix(canon, " "+p.ks[last]), child: c, i: i, j: last + m}
	return o, last + m - i
}

// sharedBody returns the organization that a body written alone before a
// comma or "và" shares with the next one: "Đảng ủy, Ban Giám đốc Công an
// tỉnh" is the Đảng ủy of the Công an tỉnh, "Đảng ủy, Bộ Tư lệnh Quân khu
// 2" that of Quân khu 2.
func (p *parser) sharedBody(j int) *orgRef {
	if !p.is(j, ",") && !p.is(j, "và") || !p.upper(j+1) {
		return nil
	}
	c, m := p.parseOrg(j+1, orgOpts{})
	if m == 0 {
		return nil
	}
	switch {
	case c.child != nil:
		return c.child
	case c.parent != nil:
		return c.parent
	}
	return nil
}

// titledBody reads the body a title names after a comma (", Giám đốc
// Công an tỉnh X", ", đồng thời là Chủ tịch UBND xã Y"), for a bare
// party body of head headKey before it: the place of a local government
// whose committee that body is (Đảng ủy of a xã), or else the body
// itself; nil and nil when no title and body follow.
func (p *parser) titledBody(j int, headKey string) (*orgRef, *placeRef) {
	c := p.titledOrg(j)
	if c == nil || c.kind.Class == graph.OrgParty {
		return nil, nil
	}
	if pl := c.place; pl != nil && c.kind.Class == graph.OrgState && c.kind.Tail == lexicon.TailPlace && c.child == nil && c.parent == nil {
		// "Chủ tịch HĐND xã" names the commune, whose committee is the
		// Đảng ủy xã; a province's is its Tỉnh ủy, no Đảng ủy
		if lv := p.x.lex.LevelByKey[p.x.key(pl.level)]; lv != nil && p.x.key(lv.Committee) == headKey+" "+p.x.key(pl.level) {
			return nil, pl
		}
	}
	return c, nil
}

// titledOrg reads the organization of the title after a comma at j
// (", Giám đốc Công an tỉnh X", ", đồng thời là Chủ tịch UBND xã Y"), or
// nil.
func (p *parser) titledOrg(j int) *orgRef {
	if !p.is(j, ",") {
		return nil
	}
	j++
	if p.is(j, "đồng") && p.is(j+1, "thời") {
		j += 2
		if p.is(j, "là") {
			j++
		}
	}
	t, n := p.parseTitle(j)
	if n == 0 || t.org == nil || t.org.kind == nil || t.implied {
		return nil
	}
	return t.org
}

// eventCommittee reports whether the words at j, after the head of a
// body that shares its name with boards formed for events, go on in lower
// case with what no organization or place reads: the event the board runs
// ("Ban Tổ chức lễ hội", "Ban Tổ chức các hoạt động ..."), not the party's
// department.
func (p *parser) eventCommittee(j int) bool {
	return j < p.n() && p.s.words[j].kind == token.Word && !p.upper(j) && !p.isLevelWord(j)
}

// standingBody is the body whose Ban Thường vụ, or Ban Chấp hành, a bare
// one before a comma is, from the organization c of the title after the
// comma (titledOrg): the party committee or the mass organization that
// title's body belongs to ("Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo
// Tỉnh ủy X": of the Tỉnh ủy X; "Ủy viên Thường vụ, Trưởng Ban Xã hội
// Trung ương Hội Nông dân Việt Nam": of the Hội). nil for a body of the
// state, whose standing committee is the party committee of its place.
func standingBody(c *orgRef) *orgRef {
	for c != nil {
		switch {
		case c.child != nil:
			c = c.child
			continue
		case c.parent != nil:
			c = c.parent
			continue
		}
		break
	}
	if c == nil || c.kind == nil || c.kind.Class != graph.OrgParty && c.kind.Class != graph.OrgFront {
		return nil
	}
	return c
}

// bareStanding is standingBody for a bare party body of kind k before
// the comma at j, asking the title after the comma only for a party body
// of no other ("Ban Thường vụ", not "Đảng ủy").
func (p *parser) bareStanding(k *lexicon.OrgKind, j int) *orgRef {
	if k.Class != graph.OrgParty || k.Of {
		return nil
	}
	return standingBody(p.titledOrg(j))
}

// endsParent reports whether the body a division belongs to, given after
// a comma, ends at word k: the clause or the apposition ends, and no other
// body follows as the next of a list ("Phòng Cảnh sát cơ động, Công an
// tỉnh, Bộ Chỉ huy Quân sự tỉnh").
func (p *parser) endsParent(k int) bool {
	if k >= p.n() {
		return true
	}
	if p.is(k, ",") || p.is(k, "và") || p.is(k, ";") {
		_, m := p.parseOrg(k+1, orgOpts{})
		return m == 0
	}
	return p.s.words[k].kind == token.Punct && !p.is(k, "-") && !p.is(k, "–")
}

// orgParent reads what may follow an organization's proper name: its
// parent ("của Quốc hội", "thuộc Ủy ban ...", "Tỉnh ủy") or its place.
func (p *parser) orgParent(o *orgRef, j int) int {
	if p.is(j, ",") && o.kind != nil && o.kind.Class == graph.OrgEducation && strings.HasPrefix(o.headKey, "trường") {
		// "Trường Đại học Khoa học, Đại học Huế": a member school of a
		// regional university, which its name gives after a comma
		if c, m := p.parseOrg(j+1, orgOpts{}); m > 0 && c.headKey == "đại học" {
			o.parent = c
			return j + 1 + m
		}
	}
	if p.is(j, ",") && o.kind != nil && o.kind.Division {
		// "Phòng An ninh đối ngoại, Công an tỉnh An Giang", "Cục Cảnh sát
		// giao thông, Bộ Công an": the body a division belongs to, after
		// a comma, when no other body follows it as in a list of bodies
		if c, m := p.parseOrg(j+1, orgOpts{}); m > 0 && c.kind != nil && !c.kind.Division && p.endsParent(j+1+m) {
			o.parent = c
			return j + 1 + m
		}
	}
	k := j
	under := false // "thuộc", "trực thuộc": a unit under another body
	switch {
	case p.is(k, "của"):
		k++
	case p.is(k, "thuộc"):
		k, under = k+1, true
	case p.is(k, "trực") && p.is(k+1, "thuộc"):
		k, under = k+2, true
	}
	if c, m := p.parseOrg(k, orgOpts{}); m > 0 && c.kind != nil && (c.kind.Tail != lexicon.TailName || k > j) {
		o.parent = c
		if under {
			o.ownEnd = j
		}
		return k + m
	}
	if p.is(j, "(") && j+3 < p.n() && p.s.words[j+1].caps && p.is(j+2, ")") && p.isLevelWord(j+3) {
		// "Hội Doanh nghiệp (DN) TP. Phổ Yên": an acronym of the name's
		// words between the name and its place
		if pl, m := p.parsePlace(j+3, false, false); m > 0 && !pl.landmark && !pl.implicit {
			o.place = pl
			return j + 3 + m
		}
	}
	if pl, m := p.parsePlace(j, true, false); m > 0 && !pl.landmark {
		o.place = pl
		if pl.nameKey == "việt nam" && p.isLevelWord(j+m) {
			// "Hội Luật gia Việt Nam tỉnh Đắk Nông": the national body's
			// chapter of a province, as the Front's
			if ch, n := p.parsePlace(j+m, false, false); n > 0 && !ch.landmark && ch.level != "nước" {
				o.place = ch
				return j + m + n
			}
		}
		return j + m
	}
	return j
}

func (p *parser) is(i int, k string) bool { return i >= 0 && i < p.n() && p.ks[i] == k }

// numberedAt reports whether a unit of a numbered kind takes the number at
// word j as its name ("Sư đoàn 312"): a number standing alone, not the
// start of a date or a count ("Tiểu đoàn 8", but not "Đại đội 3/2").
func (p *parser) numberedAt(k *lexicon.OrgKind, j int) bool {
	if !k.Numbered {
		return false
	}
	if k.Class == graph.OrgArmed && p.isWord(j) && p.s.words[j].caps && !p.s.words[j].exp {
		// "Quân khu V", "Quân đoàn IV": the forces number their units in
		// Roman numerals too
		_, ok := roman(p.s.tokText(j))
		return ok
	}
	return p.standaloneNumber(j)
}

// standaloneNumber reports whether word j is a number standing alone, not
// the start of a date or a count ("8", but not "3/2").
func (p *parser) standaloneNumber(j int) bool {
	if j >= p.n() || p.s.words[j].kind != token.Number || !isDigits(p.ks[j]) {
		return false
	}
	if p.is(j+1, ".") {
		// "Quân khu 3." ends a sentence; "3.5" and "12.9" go on
		return j+2 >= p.n() || p.s.words[j+2].kind != token.Number
	}
	return j+1 >= p.n() || p.s.words[j+1].kind != token.Number && !p.is(j+1, "/") && !p.is(j+1, "%")
}

// unitCode reports whether a word is a unit's code: one to three capital
// letters, then one to three digits ("PV11", "PC02", "A05").
func unitCode(w string) bool {
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z' && digits == 0:
			letters++
		case r >= '0' && r <= '9' && letters > 0:
			digits++
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 3 && digits >= 1 && digits <= 3
}

// specName reads the proper name of an organization after its head: a
// capitalized word, then words that are capitalized or lower-case content
// words ("Công tác đại biểu", "Giáo dục và Đào tạo", "Lao động - Thương binh
// và Xã hội"), up to a stop word, a place, a name or another mention. With
// lowerStart, the name may start in lower case ("khối các cơ quan").
func (p *parser) specName(j int, lowerStart bool) int {
	m, lowerRun := 0, 0
	second := false // the word before is the second syllable of a capitalized word
	for k := j; k < p.n(); k++ {
		w := p.s.words[k]
		if m > 0 && w.exp && p.s.words[k-1].exp && p.s.words[k-1].tok == w.tok {
			m++ // inside an abbreviation: "Sở LĐ-TB&XH"
			continue
		}
		if m > 0 && p.branchAt(k) != nil {
			break // "Ngân hàng BIDV chi nhánh Quảng Nam"
		}
		if w.kind == token.Punct {
			if m > 0 && (w.key == "-" || w.key == "–") && p.countryEndsAt(j, k) {
				if c := p.countryAt(k + 1); c > 0 {
					m += 1 + c // "Hội hữu nghị Việt Nam - Hàn Quốc": a pair of countries
					k += c
					continue
				}
			}
			if m > 0 && (w.key == "-" || w.key == "–") && (w.key == "-" || p.knownPlaceEndsAt(j, k)) {
				if r := p.knownPlaceAt(k + 1); r > 0 {
					// "Công ty CP Đường cao tốc TP.HCM - Thủ Dầu Một -
					// Chơn Thành", "Công ty CP Xây dựng Sài Gòn - Bình
					// Phước": a place after a dash goes on with the name
					// (a route's ends, a region of a brand); a dash
					// between names not of a place ends the name
					m += 1 + r
					k += r
					continue
				}
			}
			if m > 0 && (w.key == "-" || w.key == "&") && p.upper(k+1) && (!p.startsMention(k+1) || p.levelAsWord(k+1)) && p.branchAt(k+1) == nil {
				m++
				continue
			}
			if m > 0 && w.key == "," && (p.commaInName(k) || m == 1 && p.lowerToLevel(k+1) > 0) {
				// "Chi cục Phòng, chống tệ nạn xã hội tỉnh ..."
				m++
				continue
			}
			break
		}
		if m == 0 && unitCode(p.s.tokText(k)) {
			// "Phòng PV11", "Phòng PC02", "Cục A05": a unit named by its
			// code, capitals then digits
			m++
			break
		}
		if w.kind == token.Number {
			break
		}
		if m == 0 && !w.upper && !lowerStart {
			break
		}
		if m == 0 && p.familyStart(k) && p.personShaped(k) {
			break // "Thường trực Phạm Bình Minh": a person's name, not the organization's
		}
		if w.upper {
			// a holder's name ends the organization's ("Sở Tài chính Lê
			// Văn An"); a family name starting a run of two words inside
			// it is its proper name ("Tập đoàn Đèo Cả"): officials are
			// named with three words or four
			if m > 0 && p.startsMention(k) {
				if r := p.knownPlaceAt(k); r > 0 && (p.is(k+r, "-") || p.is(k+r, "–")) && p.routeGoesOn(k+r+1) {
					m += r // a route between places: "Đường cao tốc TP.HCM - Thủ Dầu Một"
					k += r - 1
					continue
				}
			}
			if m > 0 && p.familyStart(k) && p.fiveNames(k) {
				// "Ban Chỉ đạo Giải Búa liềm Vàng Bùi Thị Quỳnh Vân": the
				// first of five name words ends the organization's name
				m++
				continue
			}
			if m == 1 && p.familyStart(k) && p.splitHolder(k) {
				// "Bệnh viện Bạch Mai Đào Xuân Cơ": a name of one syllable
				// so far, then four that start like a name, the last three
				// a name too: the first is the rest of the organization's
				m++
				continue
			}
			if m > 0 && (p.startsMention(k) && !p.levelAsWord(k) || p.familyStart(k) && !p.twoWordRun(k) && !p.inNotName(k) || p.foreignNameAt(k)) {
				break
			}
			if m == 0 && p.familyStart(k) && p.personShaped(k) {
				break // a person's name is none of an organization's own
			}
			m++
			lowerRun, second = 0, false
			continue
		}
		if w.key == "và" {
			if m > 0 && p.upper(k+1) && (!p.startsMention(k+1) || p.levelAsWord(k+1)) && !p.familyStart(k+1) && !p.orgAt(k+1) && !p.longHeadAt(k+1) {
				m++
				continue
			}
			if _, n := longest(p, &p.x.lex.Events, lexicon.StartsEvent, k+1); m > 0 && n > 0 && p.upper(k+1) && endsAt(p, &p.x.lex.Events, lexicon.StartsEvent, j, k) {
				// "Trung tâm Hội nghị và Triển lãm tỉnh": two kinds of
				// event the place is built for, no event held
				m += 1 + n
				k += n
				continue
			}
			if m > 0 && !p.upper(k+1) && p.lowerToLevel(k+1) > 0 {
				m++ // "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh ..."
				continue
			}
			break
		}
		if w.key == "về" && m >= 2 && p.is(k-2, "tội") && p.is(k-1, "phạm") && !p.upper(k+1) {
			m++ // "Phòng Cảnh sát điều tra tội phạm về ma túy": the crimes it handles
			lowerRun = 0
			continue
		}
		if w.key == "của" && m > 0 && p.lowerToLevel(k+1) > 0 {
			m++ // "Hội Những người bạn của trẻ em mồ côi tỉnh ..."
			lowerRun = 0
			continue
		}
		if _, n := p.parseTerm(k); n > 0 {
			break // "Trường ĐH Hòa Bình nhiệm kỳ 2020-2025": the head's term
		}
		if ev, n := longest(p, &p.x.lex.Events, lexicon.StartsEvent, k); n > 0 && (ev.Verb || ev.Activity && m > 0 && p.counted(ev, k+n)) {
			// "Bộ Xây dựng tiếp đoàn ...", "Ngân hàng Agribank trao 100
			// suất quà": a verb of the genre
			break
		}
		// The syllable after a capitalized one is the rest of its word
		// ("Tài nguyên", "Công tác"), whatever else it may mean; not after
		// a proper name of several capitalized syllables, whose words are
		// all capitalized ("Trường ĐH Hòa Bình giành giải").
		_, stopLen := p.x.lex.Stop.Longest(p.ks, k)
		rest := m > 0 && lowerRun == 0 && !second && w.cls&clsHard == 0 && stopLen < 2 && (k-2 < j || !p.upper(k-2) || p.s.words[k-2].caps)
		// "Ban Quản lý các Khu công nghiệp tỉnh": what a board manages,
		// named after "các" with a capital
		manages := m > 0 && w.key == "các" && p.upper(k+1) && p.isWord(k+1) && !p.familyStart(k+1) && !p.startsMention(k+1)
		if p.x.lex.StopAt(p.ks, k) && !rest && !manages && !(lowerStart && m == 0 && (w.key == "các" || w.key == "những")) {
			break
		}
		if p.levelHere(k) {
			break
		}
		if c, n := longest(p, &p.x.lex.Cues, lexicon.StartsCue, k); n > 0 && c.Rel != lexicon.CueNone {
			break
		}
		if rest {
			// the rest of a capitalized word ("Phát triển"): no word of a
			// lower-case run
			m++
			second = true
			continue
		}
		second = false
		lowerRun++
		if lowerRun > 4 && p.lowerToLevel(k) == 0 {
			break
		}
		m++
	}
	// a name does not end in lower-case words after a capitalized one that
	// could be verbs; keep them only when the name started in lower case or
	// the lower run is short
	return m
}

// fiveNames reports whether the name words from k are five or more, the
// last of them from the second on a Vietnamese name of three words or
// four: the first is no part of the name (a name has four words at most).
func (p *parser) fiveNames(k int) bool {
	run := p.nameRun(k)
	return run >= 5 && p.familyStart(k+1) && p.personShaped(k+1) && p.nameRun(k+1) == run-1
}

// nameRun counts the name words from k.
func (p *parser) nameRun(k int) int {
	n := 0
	for e := k; e < p.n() && p.nameWord(e); e++ {
		n++
	}
	return n
}

// inNotName reports whether word k is inside a phrase of notnames.txt
// that starts with the word before it ("Tin Lành": no name starts at
// "Lành").
func (p *parser) inNotName(k int) bool {
	_, n := p.x.lex.NotNames.Longest(p.ks, k-1)
	return k > 0 && n >= 2
}

// splitHolder reports whether the capitalized run at k is four name
// words whose last three are a person's name of their own ("Mai Đào Xuân
// Cơ"): a holder's name after the rest of an organization's.
func (p *parser) splitHolder(k int) bool {
	return p.nameRun(k) == 4 && p.familyStart(k+1) && p.personShaped(k+1) && !p.startsMention(k)
}

// shortAside returns the length of a short name in parentheses at j,
// "(HĐND)", "(UBND)", parentheses included: one token in capitals, maybe
// spelled out by the lexicon into words; 0 if there is none.
func (p *parser) shortAside(j int) int {
	if !p.is(j, "(") || j+2 >= p.n() || !p.s.words[j+1].caps {
		return 0
	}
	e := j + 2
	for e < p.n() && p.s.words[e].exp && p.s.words[e].tok == p.s.words[j+1].tok {
		e++
	}
	if !p.is(e, ")") {
		return 0
	}
	return e + 1 - j
}

// orgAt reports whether an organization's name starts at word k ("Sở
// Nội vụ và Sở Tài chính": two departments).
func (p *parser) orgAt(k int) bool {
	_, m := p.parseOrg(k, orgOpts{})
	return m > 0
}

// longHeadAt reports whether an organization head of two words or more
// starts at word k ("Đoàn Thanh niên và Công đoàn": two bodies).
func (p *parser) longHeadAt(k int) bool {
	_, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, k)
	return n > 1
}

// lowerToLevel returns how many lower-case words of a name lead from word k
// to a level word ("phòng chống thiên tai" to "tỉnh"), 0 when the words
// before the next level word are no part of a name: a name of the genre
// may run long in lower case when it ends with its place ("Ban Chỉ đạo
// phòng chống thiên tai tỉnh"), but not through a verb, a function word
// other than "và" and "của", another organization or punctuation.
func (p *parser) lowerToLevel(k int) int {
	for e := k; e < p.n() && e < k+10; e++ {
		if p.levelHere(e) {
			return e - k
		}
		w := &p.s.words[e]
		if w.kind != token.Word || w.upper {
			return 0
		}
		if hd, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, e); n > 1 || n == 1 && !hd.Upper {
			return 0 // another body, even in lower case ("bệnh viện tỉnh")
		}
		if w.key == "và" || w.key == "của" {
			if e == k {
				return 0
			}
			continue
		}
		if p.x.lex.StopAt(p.ks, e) {
			return 0
		}
		if c, n := longest(p, &p.x.lex.Cues, lexicon.StartsCue, e); n > 0 && c.Rel != lexicon.CueNone {
			return 0
		}
		if _, n := longest(p, &p.x.lex.Events, lexicon.StartsEvent, e); n > 0 {
			return 0
		}
	}
	return 0
}

// levelHere reports whether a level word at k stands for a place, in a
// name that may read on: before a capitalized name or bare, not as a
// syllable of a lower-case word ("tệ nạn xã hội" has no commune); a bare
// province is common ("Ban Chỉ đạo ... tỉnh yêu cầu").
func (p *parser) levelHere(k int) bool {
	lv, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, k)
	if n == 0 {
		return false
	}
	e := k + n
	if e >= p.n() || !p.isWord(e) || p.upper(e) || p.isLevelWord(e) {
		return true
	}
	return lv.Rank == 1
}

// foreignNameAt reports whether a person's name of another country
// starts at word k: a given or family name of foreignnames.txt, then
// another name word ("Bộ Ngoại giao Nga Maria Zakharova").
func (p *parser) foreignNameAt(k int) bool {
	return k < p.n() && !p.syllable(k) && p.x.lex.Foreign[p.ks[k]] && p.nameWord(k) && p.nameWord(k+1)
}

// twoWordRun reports whether the capitalized run at k is of two words
// exactly.
func (p *parser) twoWordRun(k int) bool {
	return p.nameWord(k) && p.nameWord(k+1) && !p.nameWord(k+2)
}

// holderWords returns how many of the last words of the name [j, e) of a
// body of state, read right after a title that no name comes before, are
// its holder's name: a foreign name, or a family name and a given name,
// before the end of the apposition ("Thứ trưởng Bộ Y tế Lò Mến,", "Bộ Nông nghiệp và Phát
// triển nông thôn Hoàng Trung và ..."). A company may be named so (Tập
// đoàn Đèo Cả); a ministry, a department or a committee is not. After its
// holder's name ("ông X, Chi cục trưởng Chi cục Thuế Hoàng Mai,") the
// words are the body's.
func (p *parser) holderWords(k *lexicon.OrgKind, j, e int) int {
	switch k.Class {
	case graph.OrgState, graph.OrgParty, graph.OrgFront:
	default:
		return 0
	}
	if e-j <= 2 || !(e >= p.n() || p.s.words[e].kind == token.Punct || p.is(e, "và") || !p.upper(e)) {
		return 0
	}
	// a foreign name of two or three words after words of Vietnamese:
	// "Bộ Nội vụ Sanae Takaichi", "Văn phòng Nội các Yoshimasa Hayashi"
	for n := 3; n >= 2; n-- {
		f := e - n
		if f-1 <= j || !p.syllable(f-1) {
			continue
		}
		foreign := true
		for w := f; w < e && foreign; w++ {
			foreign = p.upper(w) && p.nameWord(w) && !p.syllable(w) && !p.s.words[w].exp
		}
		if foreign {
			return n
		}
	}
	f := e - 2
	if !p.familyStart(f) || !p.twoWordRun(f) || p.s.words[f].exp || p.s.words[f+1].exp || p.upper(f-1) && !p.nameWord(f-1) {
		return 0
	}
	return 2
}

// commaInName reports whether the comma at k is inside a name listing
// fields ("Văn hóa, Thể thao và Du lịch"): capitalized words follow, then
// "và" and a capitalized word, before any other punctuation.
func (p *parser) commaInName(k int) bool {
	for e := k + 1; e < p.n() && e < k+10; e++ {
		if p.is(e, "và") || p.is(e, "&") {
			return e > k+1 && p.upper(e+1) // "Bộ Văn hóa, Thể thao & Du lịch"
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
		if e == k+1 || !p.upper(e-1) || p.s.words[e].cls&clsHard != 0 {
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
	if k, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, i); n > 0 && !k.AfterTitle && !k.Suffix && (k.Tail == lexicon.TailNone ||
		k.Tail == lexicon.TailLevel || k.Tail == lexicon.TailPlace) && (p.upper(i) || !k.Upper) &&
		!(k.Upper && k.Tail == lexicon.TailNone && !allUpper(p.s.words[i:i+n])) {
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
	if _, n := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, i); n > 1 && p.upper(i+n) {
		return true // a form of address stands before a name: "Thương binh và Xã hội" is none
	}
	return false
}

// ---- titles ----

// parseTitle reads a position title at word i, with its organization or
// place and its term: "Chủ tịch UBND thành phố Hà Nội", "Phó Bí thư Tỉnh
// ủy khóa XVIII", "nguyên Bộ trưởng Bộ Công Thương", "Thị trưởng thành phố
// Asan". Among the titles that match, the one that reads furthest wins,
// so "Trưởng" + "đoàn ĐBQH tỉnh" beats the bare "Trưởng đoàn".
func (p *parser) parseTitle(i int) (*titleRef, int) {
	i0 := i
	former, isNew := false, false
	for i < p.n() {
		switch cls := p.s.words[i].cls; {
		case cls&clsFormer != 0:
			former = true
			i++
			continue
		case cls&clsNew != 0:
			isNew = true
			i++
			continue
		}
		break
	}
	if !p.at(i, lexicon.StartsTitle) {
		return nil, 0 // no title starts here: the common case
	}
	acting := false
	if p.ks[i] == "quyền" && p.at(i+1, lexicon.StartsTitle) {
		if _, n := longest(p, &p.x.lex.Titles, lexicon.StartsTitle, i); n == 0 {
			// "Quyền Chánh Phối sư Hội thánh ...": one acting in a post
			// until it is filled (titles.txt lists the common ones whole)
			acting = true
			i++
		}
	}
	var buf [4]lexicon.Match[lexicon.Title]
	var best *titleRef
	bestEnd := 0
	// a title that is the start of a longer organization head is none:
	// "Đại sứ quán", "Tổng Lãnh sự quán" are missions, not envoys
	_, headLen := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, i)
	for _, mt := range allAt(p, buf[:0], &p.x.lex.Titles, lexicon.StartsTitle, i) {
		t, n := mt.Val, mt.Len
		if headLen > n {
			continue
		}
		if t.OrgHead != "" && p.upper(i+n-1) && p.ks[i+n-1] == p.x.key(t.OrgHead) {
			continue // "Trưởng Ban Tổ chức": the head is the organization's
		}
		j := i + n
		if t.Aide {
			// "Trợ lý Thủ tướng", "Thư ký Tổng Bí thư": the aide of the
			// holder of the title after it, in that title's body
			if head, m := p.parseTitle(j); m > 0 && !head.lower && !head.t.Aide {
				tr := p.x.titles.new()
				*tr = *head
				tr.t, tr.former, tr.isNew, tr.lower, tr.i = t, former, isNew, !p.upper(i), i0
				tr.role, tr.roleKey = t.Role+" "+head.role, t.RoleKey+" "+head.roleKey
				if j+m > bestEnd {
					best, bestEnd = tr, j+m
				}
				continue
			}
		}
		tr := p.x.titles.new()
		*tr = titleRef{t: t, role: t.Role, roleKey: t.RoleKey, former: former, isNew: isNew, lower: !p.upper(i), i: i0}
		if p.is(j, "chuyên") && p.is(j+1, "trách") && !t.Fixed && t.Level == "" {
			// "Phó Bí thư Thường trực chuyên trách Đảng ủy ...": one who
			// holds the post full time, a post of its own
			tr.role += " " + p.display(j, j+2)
			tr.roleKey += " chuyên trách"
			j += 2
		}
		if p.is(j, "phụ") && p.is(j+1, "trách") && !t.Fixed && t.Level == "" && p.at(j+2, lexicon.StartsOrg) {
			// "Phó Giám đốc phụ trách Sở TT&TT", "Phó Trưởng đoàn chuyên
			// trách phụ trách Đoàn ĐBQH tỉnh": the deputy who runs the
			// body the title names
			j += 2
		}
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
			} else if o != nil && p.upper(j) {
				// "Đảng ủy viên Đảng ủy Quân sự tỉnh": the body the title
				// carries, written out after it
				if full, m := p.parseOrg(j, orgOpts{afterTitle: true}); m > 0 && full.headKey == o.headKey {
					tr.org = full
					j += m
				}
			}
		case t.Level != "":
			// "Trưởng thôn Đông Lâm": the place's name, with no level word
			m := p.placeName(j)
			if m == 0 && j < p.n() && p.s.words[j].kind == token.Number {
				m = 1 // "Trưởng thôn 4"
			}
			if m > 0 {
				m += p.communeOf(j + m)
				tr.place = p.writtenPlace(t.Level, j, j+m)
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
			if lv, n := longest(p, &p.x.lex.Levels, lexicon.StartsLevel, j); n > 0 && lv.Rank == 1 {
				// "Phó Tỉnh trưởng tỉnh Hủa Phăn": an office of another
				// country is of its provinces
				if m := p.placeName(j + n); m > 0 && m <= 3 && !p.familyStart(j+n) {
					p.rememberProvince(strings.Join(p.ks[j+n:j+n+m], " "))
				}
			}
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
			} else if m := p.placeName(j); m > 0 && p.appositive {
				// "ông Sok Vanna, Phó Đô trưởng Phnôm Pênh.": the holder
				// is named before the comma, so the capitalized words
				// after the title are its city, one the lexicon does not
				// know, not a second person
				tr.place = p.writtenPlace("", j, j+m)
				j += m
			}
		default:
			if o, m := p.parseOrg(j, orgOpts{afterTitle: true, lower: t.Absorb, appositive: p.appositive}); m > 0 {
				tr.org = o
				if t.OrgHead != "" && o.kind != nil && o.kind.Tail == lexicon.TailPlace && o.headKey != p.x.key(t.OrgHead) &&
					o.place != nil && o.place.implicit && o.place.i == o.place.j && o.parent == nil && o.child == nil {
					// "Thứ trưởng Công an": the ministry the title heads
					// ("Bộ Công an"), not the province's police, written
					// with no place
					if h := p.headedOrg(t.OrgHead, o.i, o.j); h != nil {
						tr.org = h
					}
				}
				if t.Heads != "" {
					tr.org = p.unitOf(t.Heads, j, o)
				}
				if t.Unit != "" {
					tr.org = p.unitAbove(t.Unit, o)
				}
				j += m
				if t.Absorb {
					first, _, _ := strings.Cut(o.headKey, " ")
					switch {
					case t.Absorbs(first):
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
					if ok := p.x.lex.OrgByName[p.x.key(t.OrgHead)]; ok != nil && !p.appositive {
						// "Bộ trưởng Nông nghiệp Shinjiro Koizumi": the holder's name
						m -= p.holderWords(ok, j-1, j+m)
					}
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
					if tr.org != nil && parent == nil {
						// its place or parent: "Trưởng ban Tôn giáo tỉnh"
						e := p.orgParent(tr.org, j+m)
						tr.org.j = e
						m = e - j
					}
					j += m
					if tr.org != nil && parent != nil {
						// (read once: orgParent would read it again, and
						// the words after it as well)
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
			if tr.org == nil && tr.place == nil && p.is(j, "nhà") && p.is(j+1, "trường") {
				// "Chính ủy Nhà trường", "Hiệu trưởng nhà trường": of the
				// school the article is about
				tr.context = graph.OrgEducation.String()
				j += 2
			}
			if tr.org == nil && tr.place == nil && !tr.lower && !t.Weak {
				// "Tổng Giám đốc EVNGENCO2", "Chủ tịch HĐQT VPBank": an
				// organization the article names by its short name alone
				if o, m := p.acronymOrg(j, t.Context); m > 0 {
					tr.org = o
					j += m
				}
			}
			if tr.org == nil && tr.place == nil && t.Unit != "" && p.is(j, ",") {
				// "Ủy viên Thường vụ, Trưởng Ban Kinh tế Tỉnh ủy X": the
				// unit of the body the next title names, or of its
				// place's party committee
				next := p.titledOrg(j)
				if o := standingBody(next); o != nil {
					tr.org = p.unitAbove(t.Unit, o)
				} else if k := p.x.lex.OrgByName[p.x.key(t.Unit)]; k != nil && next != nil {
					tr.org = &orgRef{kind: k, headKey: p.x.key(t.Unit), fixed: t.Unit, committee: true, i: j, j: j}
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
	if acting {
		best.role, best.roleKey = "Quyền "+best.role, "quyền "+best.roleKey
	}
	if (best.org != nil || best.place != nil) && p.is(bestEnd, "cũ") {
		// "Bí thư Quận ủy quận 3 cũ": of a place or body since merged,
		// so held before
		best.former = true
		bestEnd++
	} else if (best.org != nil || best.place != nil) && p.is(bestEnd, "(") && p.is(bestEnd+1, "cũ") && p.is(bestEnd+2, ")") {
		best.former = true // "Bí thư Quận ủy quận 5 (cũ)"
		bestEnd += 3
	}
	best.j = bestEnd
	return best, bestEnd - i0
}

// acronymOrg reads, after a title, an organization named by its short
// name alone: one word in capitals that is no Vietnamese syllable, or
// with a capital inside ("EVNGENCO2", "VPBank"), that kg does not expand
// and that starts no other mention; then maybe a known place ("CDC Hà
// Nội"). Only its holder's name, or no capitalized word, may follow: a
// foreign name in capitals is followed by the rest of it. The class is
// the one the title's context gives (a board's chairman is a company's),
// else unknown. The short name, once read, names the organization in the
// rest of the article.
func (p *parser) acronymOrg(j int, context string) (*orgRef, int) {
	if j >= p.n() || !p.upper(j) || p.s.words[j].exp || p.startsMention(j) || p.familyStart(j) {
		return nil, 0
	}
	w := p.s.tokText(j)
	switch {
	case p.s.words[j].kind == token.Number:
		// a short name that ends in a number ("PVGAS3"): letters and
		// digits, the letters in capitals
		if !p.s.words[j].caps || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) >= 0 {
			return nil, 0
		}
	case !p.isWord(j):
		return nil, 0
	default:
		if _, ok := roman(w); ok || !(p.s.words[j].caps && !p.syllable(j) || innerCapital(w)) {
			return nil, 0
		}
	}
	if _, n := longest(p, &p.x.lex.Places, lexicon.StartsPlace, j); n > 0 {
		return nil, 0
	}
	e := j + 1
	if n := p.knownPlaceAt(e); n > 0 && p.upper(e) {
		e += n
	} else if p.upper(e) && p.isWord(e) && !(p.familyStart(e) && p.personShaped(e)) {
		return nil, 0
	}
	k := &p.x.acronyms[0]
	if context == "business" {
		k = &p.x.acronyms[1]
	}
	o := p.x.orgs.new()
	*o = orgRef{kind: k, headKey: strings.Join(p.ks[j:e], " "), i: j, j: e}
	if e == j+1 {
		p.rememberShortName(p.ks[j:e], o)
	}
	return o, e - j
}

// innerCapital reports whether a word has a capital after a small letter,
// as brands write theirs ("VPBank", "PetroVietnam").
func innerCapital(w string) bool {
	lower := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
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

// parseOrdinal reads "lần thứ XIX", "lần thứ 8", "thứ 14", "lần thứ nhất"
// and, where the caller knows an ordinal may stand (a session's,
// congress's or conference's name: "kỳ họp thứ nhất", "Kỳ họp thứ Mười
// hai"), "thứ" with an ordinal in words (data/ordinals.txt); elsewhere
// "thứ hai" is as likely a weekday.
func (p *parser) parseOrdinal(i int, words bool) (int, int) {
	j := i
	if p.is(j, "lần") {
		j++
		words = true
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
	if !words {
		return 0, 0
	}
	if v, m := p.x.lex.Ordinals.Longest(p.ks, j+1); m > 0 {
		return *v, j + 1 + m - i
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

// awardBefore reports whether the words right before i are the noun of
// an award (awards.txt): "Huân chương Hồ Chí Minh".
func (p *parser) awardBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if _, n := p.x.lex.Awards.Longest(p.ks, k); n == i-k {
			return true
		}
	}
	return false
}

// parsePerson reads a person's name at word i. Without licence, a name is
// two to four capitalized words starting with a family name, or a foreign
// name written with hyphens; licensed (after an honorific or a title) any
// run of one to five capitalized words is a name, and one word alone is a
// short reference ("ông Chung").
func (p *parser) parsePerson(i int, licensed bool) (*personRef, int) {
	if _, n := p.x.lex.NotNames.Longest(p.ks, i); n > 0 {
		return nil, 0 // "Tết Giáp Thìn": a year
	}
	if i >= 2 && p.is(i-2, "số") && p.s.words[i-1].kind == token.Number {
		return nil, 0 // "số 5 Phạm Ngũ Lão": a street, named after a person
	}
	if p.awardBefore(i) {
		return nil, 0 // "giải thưởng Trương Vĩnh Ký": an award named after a person
	}
	if t := p.s.tokText(i); len(t) > 1 {
		if _, ok := roman(t); ok {
			return nil, 0 // "Đại hội XVI Đảng bộ tỉnh": a numeral starts no name
		}
	}
	if p.placeAcrossHyphen(i) {
		return nil, 0 // "đoạn Cần Thơ-Cà Mau": two places a hyphen joins
	}
	if p.syllable(i) && p.fiveNames(i) {
		// "Ban Chỉ đạo Giải Búa liềm Vàng Bùi Thị Quỳnh Vân": five name
		// words, the last four a Vietnamese name; the first ends what
		// stands before (a name has four words at most)
		return nil, 0
	}
	j, initials := i, 0
	for j < p.n() && j-i-initials < 5 && (p.nameWord(j) || j > i && p.particleAt(j)) {
		if j > i && p.startsMentionInName(j) && !p.familyStart(j) {
			break
		}
		if j >= i+4 && p.familyStart(j) && !licensed {
			break // two names with nothing between: "... Hà Nam Nguyễn Đình Khang"
		}
		if j > i && p.placeAcrossHyphen(j) {
			return nil, 0 // "Hội nghị thượng đỉnh Hàn Quốc-ASEAN": a place and another
		}
		if j >= i+2 && j+1 < p.n() && p.s.words[j].caps && p.s.words[j+1].caps && p.nameWord(j+1) && !p.s.words[j-1].caps &&
			!p.s.words[j].exp && len([]rune(p.s.tokText(j))) > 1 {
			// "Bị cáo Nguyễn Thị Hà Thành PHÚC BÌNH": a name of two words
			// in capitals after one in lower case is a photo's credit
			break
		}
		if p.initialAt(j) {
			// "Mark T. Jensen", "J. R. Ellis": an initial and its stop
			// inside a foreign name
			j += 2
			initials++
			continue
		}
		j++
	}
	for j > i && p.is(j-1, ".") { // a name ends with a word, not an initial
		j -= 2
		initials--
	}
	for j > i && !p.upper(j-1) { // nor with a particle the bound cut off
		j--
	}
	n := j - i - initials
	if n <= 0 {
		return nil, 0
	}
	if n >= 3 && p.syllable(i) && p.foreignNameAt(i+1) {
		// "châu Âu Donald Tusk": a Vietnamese word before a foreign
		// given name ends the words before; the name starts after it
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
	// the shape of a foreign name: a given or family name of another
	// country first ("Lars Berg"), or a given name joined by a hyphen
	// ("Park Wan-su", "Khăm-phăn Vông-xa")
	shaped := n >= 2 && n <= 4 && (!p.syllable(i) && p.x.lex.Foreign[p.ks[i]] || p.joinedGiven(i, j))
	foreign = foreign || shaped
	ok := false
	switch {
	case foreign && (licensed || n >= 2 || p.s.hyphenated(i)):
		ok = true
	case initials > 0 && (licensed || n >= 2):
		ok = true // "Mark T. Jensen"
	case n >= 2 && n <= 4 && p.familyStart(i):
		ok = true
	case n >= 3 && n <= 4 && (p.is(i+1, "văn") || p.is(i+1, "thị")) && p.syllable(i):
		// "Chẩu Văn Lâm", "Mùn Thị Hoa": the middle name of most names
		// says a person, whatever the family name the lexicon lacks
		ok = true
	case licensed && n <= 5:
		ok = true
	}
	if !ok || p.startsMention(i) {
		return nil, 0
	}
	return &personRef{name: p.display(i, j), key: strings.Join(p.ks[i:j], " "), foreign: foreign, shaped: shaped,
		short: n == 1 && !p.s.hyphenated(i), i: i, j: j}, j - i
}

// particleAt reports whether word i is a particle of a foreign name
// between two capitalized words of it, one of which is no Vietnamese
// syllable: the "van" of "Kees van Baar", the "bin" of "Mahathir bin
// Mohamad".
func (p *parser) particleAt(i int) bool {
	return i > 0 && !p.upper(i) && p.x.lex.Particles[p.ks[i]] && p.nameWord(i-1) && p.nameWord(i+1) &&
		(!p.syllable(i-1) || !p.syllable(i+1))
}

// placeAcrossHyphen reports whether the word at i joins two words of
// places by a hyphen, the first ending a place with the word before it or
// the second starting one with the word after it: the "Thơ-Cà" of "Cần
// Thơ-Cà Mau", which is no foreign given name.
func (p *parser) placeAcrossHyphen(i int) bool {
	t := p.s.tokText(i)
	h := strings.IndexByte(t, '-')
	if h <= 0 || h == len(t)-1 || strings.Count(t, "-") != 1 {
		return false
	}
	return i > 0 && p.upper(i-1) && p.x.knownPlace(lexicon.Keys(p.s.tokText(i-1)+" "+t[:h])) ||
		i+1 < p.n() && p.upper(i+1) && p.x.knownPlace(lexicon.Keys(t[h+1:]+" "+p.s.tokText(i+1)))
}

// joinedGiven reports whether a word of [i, j) is a given name whose
// syllables are joined by hyphens, the next in lower case ("Wan-su",
// "Khăm-phăn"), as Korean and Lao names are written; "Lâm-Vĩnh" joins
// two names, not syllables.
func (p *parser) joinedGiven(i, j int) bool {
	for k := i; k < j; k++ {
		t := p.s.tokText(k)
		if strings.IndexByte(t, '-') <= 0 {
			continue
		}
		lower := true
		for h := strings.IndexByte(t, '-'); h >= 0 && lower; {
			r, _ := utf8.DecodeRuneInString(t[h+1:])
			lower = unicode.IsLower(r)
			next := strings.IndexByte(t[h+1:], '-')
			if next < 0 {
				break
			}
			h += 1 + next
		}
		if lower {
			return true
		}
	}
	return false
}

// initialAt reports whether word j is an initial inside a name: one
// capital letter, its full stop attached, then another word of the name
// ("T. Jensen").
func (p *parser) initialAt(j int) bool {
	if j+2 >= p.n() || !p.is(j+1, ".") || !p.nameWord(j+2) {
		return false
	}
	t := p.s.tokText(j)
	r, size := utf8.DecodeRuneInString(t)
	if size != len(t) || !unicode.IsUpper(r) || r >= utf8.RuneSelf && r != 'Đ' {
		return false
	}
	_, end := p.s.span(j, j+1)
	start, _ := p.s.span(j+1, j+2)
	return start == end
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

// unitAbove is the unit named unit (of orgs.txt) of the organization o
// after a title that names the unit without writing it: the Ban Thường vụ
// of "Ủy viên Thường vụ Tỉnh ủy X".
func (p *parser) unitAbove(unit string, o *orgRef) *orgRef {
	k := p.x.lex.OrgByName[p.x.key(unit)]
	if k == nil {
		return o
	}
	return &orgRef{kind: k, headKey: p.x.key(unit), fixed: unit, child: o, i: o.i, j: o.i}
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
