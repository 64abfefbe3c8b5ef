package extract

import (
	"strings"

	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// pluralWords stand before a title that covers several people ("các Phó
// Chủ tịch UBND tỉnh X, Y"); copulas and conjunctions join list entries.
var (
	pluralWords = map[string]bool{"các": true, "những": true, "hai": true, "ba": true, "bốn": true, "năm": true}
	copulas     = map[string]bool{"là": true, "gồm": true}
	conjs       = map[string]bool{"và": true, "cùng": true, "kiêm": true, "với": true}
	locatives   = map[string]bool{"tại": true, "ở": true, "của": true, "thuộc": true, "đến": true, "từ": true}
)

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
	if dayParts[k] || pluralWords[k] || copulas[k] || conjs[k] || k == "các" || k == "những" ||
		k == "nguyên" || k == "cựu" || k == "tân" || k == "khóa" || k == "nhiệm" || k == "lần" || k == "thứ" {
		return true
	}
	return w.first&(lexicon.StartsTitle|lexicon.StartsOrg|lexicon.StartsEvent|lexicon.StartsLevel|
		lexicon.StartsHonorific|lexicon.StartsCue|lexicon.StartsLandmark|lexicon.StartsPlace) != 0
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
	return items
}

// next recognizes the mention at word i.
func (p *parser) next(i int, prev []item) (item, int) {
	var last *item
	if len(prev) > 0 {
		last = &prev[len(prev)-1]
	}
	licensed := last != nil && (last.kind == iHon || (last.kind == iTitle && last.j == i) ||
		(last.kind == iCopula && len(prev) > 1 && prev[len(prev)-2].kind == iTitle))
	if !p.mayStart(i) {
		return item{}, 0 // no recognizer starts with this word
	}
	if d, n := p.parseDate(i, false); n > 0 {
		return item{kind: iDate, date: d}, n
	}
	if t, n := p.parseTerm(i); n > 0 && !p.is(i, ",") {
		return item{kind: iTerm, term: t}, n
	}
	if e, n := p.parseEvent(i); n > 0 {
		return item{kind: iEvent, event: e}, n
	}
	if h, n := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, i); n > 0 && i+n < p.n() && (p.upper(i+n) || p.s.words[i+n].exp) &&
		(p.upper(i) || !p.s.words[i].exp) {
		return item{kind: iHon, hon: h}, n
	}
	if licensed {
		if pr, n := p.parsePerson(i, true); n > 0 {
			return item{kind: iPerson, person: pr}, n
		}
	}
	p.appositive = appositive(prev)
	t, n := p.parseTitle(i)
	p.appositive = false
	if n > 0 {
		return item{kind: iTitle, title: t}, n
	}
	if o, n := p.parseOrg(i, orgOpts{}); n > 0 {
		return item{kind: iOrg, org: o}, n
	}
	// weak places ("Anh") only after a locative; asked only where a place
	// may start
	weak := last != nil && p.at(i, lexicon.StartsPlace) && (locatives[last.key] || last.key == "(" || last.key == "nước")
	if pl, n := p.parsePlace(i, false, weak); n > 0 {
		return item{kind: iPlace, place: pl}, n
	}
	// "tại Phnom Penh": a foreign name after "tại" or "ở" is a place the
	// lexicon does not know, not a person
	if last != nil && (last.key == "tại" || last.key == "ở") {
		if m := p.upperRun(i, 4); m > 0 && p.foreignRun(i, i+m) {
			return item{kind: iPlace, place: &placeRef{name: p.display(i, i+m), nameKey: strings.Join(p.ks[i:i+m], " "), i: i, j: i + m}}, m
		}
	}
	if pr, n := p.parsePerson(i, false); n > 0 {
		return item{kind: iPerson, person: pr}, n
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

// appositive reports whether the items before a title are its holder's
// name and a comma or a dash, the name not itself after a title: "ông X,
// Giám đốc ...", but not the list "Bí thư A Nguyễn Văn B, Giám đốc ...".
func appositive(prev []item) bool {
	n := len(prev)
	if n < 2 || prev[n-1].kind != iPunct || prev[n-2].kind != iPerson {
		return false
	}
	if k := prev[n-1].key; k != "," && k != "-" && k != "–" {
		return false
	}
	return n < 3 || prev[n-3].kind != iTitle
}
