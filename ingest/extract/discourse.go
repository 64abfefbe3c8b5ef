package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/graph"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// eventGroup puts event classes that may name the same event together: a
// delegation's visit and the reception it is given are one event.
func eventGroup(c lexicon.EventClass) int {
	switch c {
	case lexicon.Visit:
		return int(lexicon.Reception)
	case lexicon.Handover: // "trao quyết định ..." at "lễ công bố"
		return int(lexicon.Ceremony)
	}
	return int(c)
}

// resolveEvents gathers the event mentions of the article into events.
// A bare mention ("Đại hội", "hội nghị") is the article's main event when
// of its kind, else the last event of its kind; a part ("phiên khai mạc")
// is the main event; a full mention joins an event of its kind that it
// does not contradict (another ordinal, another holder, another date).
func (a *article) resolveEvents() {
	var last graph.Date // the date of the last event named
	lastAt := -1        // the sentence that dated it
	for _, ps := range a.sents {
		same := sameDay(ps.p.ks)
		for k := range ps.items {
			it := &ps.items[k]
			if it.kind != iEvent {
				continue
			}
			e := it.event
			d := a.sentenceDate(ps, k)
			// a stop told right after another of the trip's ("Sau đó, ...",
			// "Sau đó, đoàn ..."), not an activity told paragraphs later
			// ("Ngay sau sự việc, ...")
			next := e.activity && ps.s.unit == unitBody && (ps.idx-lastAt <= 2 || e.team && ps.idx-lastAt <= 6)
			if d == nil && (same || next) && !last.IsZero() {
				// "Cùng ngày, ...": the day just named; "Tiếp đó, Bộ trưởng
				// kiểm tra ...": the next stop of the day's trip
				d = &dateRef{date: last}
			}
			if k > 0 && a.x.lex.Classes[ps.items[k-1].key]&clsGeneric != 0 {
				continue // "các diễn đàn, hội thảo": events in general
			}
			if a.afterDocument(ps, e.i) || notHeld(ps.items, k) {
				it.event = nil // "Nghị quyết Đại hội": no event taking place
				it.kind = iWord
				continue
			}
			var ent *eventEnt
			switch {
			case e.activity:
				if ent = a.activityEvent(e, ps); ent == nil && e.bare {
					continue
				}
			case e.w.Part && a.main != nil:
				ent = a.main
			case e.bare:
				ent = a.bareEvent(e, ps)
				if ps.p.is(e.j, "này") || ps.p.is(e.j, "đó") {
					// "Tại kỳ họp này, ...": the session just named
					ent = a.lastOfGroup(eventGroup(e.w.Class), ent)
				}
				// "UBND tỉnh X tổ chức họp báo": an event its organizer
				// holds; "Dự lễ có ...", "X chủ trì phiên họp": one its
				// guests attend, or its chair presides over
				held := k > 0 && ps.items[k-1].kind == iCue && ps.items[k-1].j == e.i &&
					(ps.items[k-1].cue.Rel == lexicon.CueOrganized || ps.items[k-1].cue.Rel == lexicon.CueAttended ||
						ps.items[k-1].cue.Rel == lexicon.CuePresided)
				// "Tại hội nghị ngày 3/4/2021, ...": one with its date;
				// "Tại kỳ họp, HĐND huyện đã bầu ...": the one the lead is
				// at, when the article names no other
				// "X cùng Đoàn ĐBQH tỉnh tiếp xúc cử tri": one right after
				// its subject, a verb
				held = held || k+1 < len(ps.items) && ps.items[k+1].kind == iDate && !e.w.Verb ||
					k > 0 && ps.items[k-1].key == "tại" && !e.w.Verb && ps.s.para == 0 ||
					k > 0 && (ps.items[k-1].kind == iPerson || ps.items[k-1].kind == iOrg) && !e.w.Verb
				if ent == nil && e.w.Verb {
					// "Bà X tiếp đoàn ngày 8/5": the delegation named before
					ent = a.receptionOfNamed(e, ps)
				}
				if ent == nil && !(a.main == nil && (namesCeremony(e.w) || held)) && (!ps.p.upper(e.i) || ps.s.para > 0 || ps.s.unit == unitCaption || a.main != nil) {
					// a lower-case "hội thảo", or a bare "Đại hội" in the
					// body with none before it: no event of its own
					continue
				}
			case same && e.ordinal == 0:
				// "Tối cùng ngày, ... buổi gặp gỡ": another event of the
				// day, even of a kind already named
			case a.visitTold(e, d):
				// "Đại sứ X thăm và làm việc tại tỉnh Y" in the headline: the
				// body's working session, talks and reception are the visit
				ent = a.main
			default:
				ent = a.matchEvent(e, ps, d)
				if k >= 2 && ps.items[k-1].key == "và" && ps.items[k-2].kind == iEvent && ps.items[k-2].event.ent != nil {
					// "lễ trao học bổng và lễ khai giảng": two events of one
					// occasion, which the same people attend
					if first := ps.items[k-2].event.ent; ent == first || ent == nil {
						ent = &eventEnt{group: eventGroup(e.w.Class), head: a.headDisplay(e), organizers: map[*orgEnt]orgBy{},
							first: ps.s, headline: ps.s.unit == unitHeadline}
						a.events = append(a.events, ent)
						a.joined = append(a.joined, [2]*eventEnt{first, ent})
					}
				}
			}
			if ent == nil {
				ent = &eventEnt{group: eventGroup(e.w.Class), head: a.headDisplay(e), organizers: map[*orgEnt]orgBy{},
					first: ps.s, headline: ps.s.unit == unitHeadline, partsOnly: e.w.Part}
				if e.w.Verb {
					ent.verb = e.w.Name
				}
				a.events = append(a.events, ent)
			}
			if a.main == nil && (ps.s.unit == unitHeadline || ps.s.para >= 0) {
				a.main = ent
			}
			if (same || e.activity) && ent != a.main {
				// an activity told apart from the main event is no part of it
				// ("Ngay sau sự việc, ông X đã đến thăm hỏi ...")
				ent.apart = true
			}
			a.addMention(ent, e, ps, d)
			a.successiveGuests(ent, e, ps, k)
			if d != nil && e.ordinal != 0 && (e.w.Class == lexicon.Session || e.w.Class == lexicon.Congress) && ownDate(ps.items, k) {
				// "Kỳ họp thứ 9 hồi tháng 12/2023 đã thông qua ...": a past
				// session is an event though nobody is named at it
				ent.told = true
			}
			if !ent.date.IsZero() && ps.s.unit != unitHeadline {
				last, lastAt = ent.date, ps.idx
			}
		}
	}
}

// sameDay reports whether a sentence opens another event of the day
// already named: "Cùng ngày", "Chiều cùng ngày", "Trong cùng ngày".
func sameDay(ks []string) bool {
	for i := 0; i+1 < len(ks); i++ {
		if ks[i] == "cùng" && ks[i+1] == "ngày" {
			return true
		}
	}
	return false
}

// namesCeremony reports whether an event word names one ceremony by what
// it celebrates ("lễ công bố", "lễ khánh thành"): alone, in lower case, it
// is the article's event when the article names no other.
func namesCeremony(w *lexicon.EventWord) bool {
	// "lễ khánh thành", and the working session of a visit ("Tại buổi làm
	// việc, ...") when the article names no event
	return (w.Class == lexicon.Ceremony || w.Class == lexicon.Reception) && strings.Contains(w.Name, " ") && !w.Verb
}

// headDisplay is how the event's head is written canonically ("Đại hội").
func (a *article) headDisplay(e *eventRef) string {
	name := e.w.Name
	if d, ok := a.x.lex.Display[a.x.key(e.w.Name)]; ok {
		name = d
	}
	return capitalFirst(name) // "tiếp xúc cử tri" names the event "Tiếp xúc cử tri"
}

func (a *article) bareEvent(e *eventRef, ps *parsed) *eventEnt {
	g := eventGroup(e.w.Class)
	for k := len(a.events) - 1; k >= 0; k-- {
		// "Sáng 25/4, Đại hội đồng cổ đông của Y diễn ra ... Ông X chủ
		// trì đại hội": the one of its kind the paragraph named last
		if ev := a.events[k]; ev.group == g && ev != a.main && ev.lastSent != nil && ev.lastSent.para == ps.s.para && ev.lastSent.unit == ps.s.unit {
			return ev
		}
	}
	if a.main != nil && a.main.group == g {
		return a.main
	}
	for k := len(a.events) - 1; k >= 0; k-- {
		if a.events[k].group == g {
			return a.events[k]
		}
	}
	return nil
}

func (a *article) matchEvent(e *eventRef, ps *parsed, d *dateRef) *eventEnt {
	g := eventGroup(e.w.Class)
	in := instance(ps, e)
	orgs := map[string]bool{}
	for _, o := range e.orgs {
		if oe := a.org(o, ps); oe != nil {
			orgs[oe.key] = true
		}
	}
	for k := len(a.events) - 1; k >= 0; k-- {
		ent := a.events[k]
		if ent.group != g {
			continue
		}
		if e.w.Verb && ent.verb != "" && ent.verb != e.w.Name && g != int(lexicon.Reception) {
			continue // hội kiến and hội đàm are two meetings
		}
		if e.ordinal != 0 && ent.ordinal != 0 && e.ordinal != ent.ordinal {
			continue
		}
		if in != "" && ent.instance != "" && in != ent.instance {
			continue // the appeal is another hearing than the first instance
		}
		if d != nil && !ent.date.IsZero() && d.date.Day != 0 && !onDays(d.date, ent) {
			continue // "Sáng 25/4, Đại hội đồng cổ đông của Y ...": another day's
		}
		if len(orgs) > 0 && len(ent.organizers) > 0 && ent.group != int(lexicon.Reception) {
			shared := false
			for o := range ent.organizers {
				if orgs[o.key] {
					shared = true
				}
			}
			if !shared && e.ordinal == 0 {
				continue
			}
			if !shared {
				continue
			}
		}
		return ent
	}
	return nil
}

// instance returns which instance a hearing's mention names ("xét xử sơ
// thẩm", "phiên tòa phúc thẩm"), or "".
func instance(ps *parsed, e *eventRef) string {
	if e.w.Class != lexicon.Trial {
		return ""
	}
	end := max(e.j, e.nameEnd)
	for k := e.i; k+1 < end && k+1 < ps.p.n(); k++ {
		if ps.p.ks[k+1] == "thẩm" {
			switch ps.p.ks[k] {
			case "sơ", "phúc", "đốc":
				return ps.p.ks[k] + " thẩm"
			}
		}
	}
	return ""
}

// onDays reports whether day d falls on the days of event ent: its day,
// or between its first and last.
func onDays(d graph.Date, ent *eventEnt) bool {
	if d.Month == ent.date.Month && d.Day == ent.date.Day {
		return true
	}
	return !ent.end.IsZero() && d.Month == ent.date.Month && ent.end.Month == d.Month && d.Day >= ent.date.Day && d.Day <= ent.end.Day
}

// addMention records what a mention says of its event.
func (a *article) addMention(ent *eventEnt, e *eventRef, ps *parsed, d *dateRef) {
	e.ent = ent
	ent.mentions = append(ent.mentions, e)
	ent.lastSent = ps.s
	if ent.instance == "" {
		ent.instance = instance(ps, e)
	}
	if e.ordinal != 0 && ent.ordinal == 0 {
		ent.ordinal = e.ordinal
	}
	if e.term != "" && ent.term == "" {
		ent.term, ent.termY = e.term, e.termY
	}
	if !e.bare && !e.w.Part {
		// the event goes by the fullest of its names; the others are kept
		name := a.eventName(e, ps)
		score := countFields(name)
		if len(e.orgs) > 0 {
			score += 100 // a name with the holder or the parties says more
		}
		if e.whole {
			score += 1000 // the headline names a visit as the news calls it
		}
		if e.retells {
			score += 2000 // an inspection goes by the site the body names
		}
		if allCaps(name) {
			score -= 5000 // a headline in capitals: any other writing is the name
		}
		switch {
		case ent.name == "":
			ent.name, ent.nameScore, ent.named = name, score, e
		case score > ent.nameScore:
			ent.aliases = append(ent.aliases, ent.name)
			ent.name, ent.nameScore, ent.named = name, score, e
		case name != ent.name:
			ent.aliases = append(ent.aliases, name)
		}
	}
	if d != nil && ent.date.IsZero() && ps.s.unit != unitCaption {
		ent.date, ent.end, ent.dateSent = d.date, d.end, ps.s
	}
	// the holder named in a congress's, session's or conference's name
	// organizes it
	switch e.w.Class {
	case lexicon.Congress, lexicon.Session, lexicon.Conference, lexicon.Seminar:
		for n, o := range e.orgs {
			if n > 0 && e.w.Class != lexicon.Conference && e.w.Class != lexicon.Seminar {
				break
			}
			if oe := a.org(o, ps); oe != nil && oe.class != graph.OrgDelegation {
				if _, ok := ent.organizers[oe]; !ok {
					ent.organizers[oe] = orgBy{ps.s, "organizer-in-name"}
				}
			}
		}
	}
	for _, pl := range e.places {
		a.fillPlace(pl, ps.idx, pl.i)
	}
}

// eventName is an event's name as a mention writes it, with the places
// the article leaves implicit filled in.
func (a *article) eventName(e *eventRef, ps *parsed) string {
	end := e.j
	if e.nameEnd > end {
		end = e.nameEnd
	}
	start := e.i
	if e.whole {
		start = 0 // a headline that names the event
	}
	name := ps.p.display(start, end)
	if e.destJ > e.destI {
		// "Thủ tướng tới công trường dự án X, kiểm tra tiến độ ...": the
		// inspection of the site
		name = ps.p.display(e.i, e.j) + " " + ps.p.display(e.destI, e.destJ)
	}
	for _, o := range e.orgs {
		a.org(o, ps)
		fill := o.fill
		if fill == "" {
			for c := o; c != nil; c = c.child {
				if c.fill != "" {
					fill = c.fill
				}
			}
		}
		if fill == "" {
			continue
		}
		sf := ps.p.display(o.i, o.j)
		if k := strings.Index(name, sf); k >= 0 {
			name = name[:k+len(sf)] + fill + name[k+len(sf):]
		}
	}
	name = strings.TrimRight(name, " ,;:-")
	// a name starts with a capital, even from "buổi làm việc" or "tiếp"
	if r := []rune(name); len(r) > 0 {
		name = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return name
}

// sentenceDate returns the date of the sentence nearest to item k.
func (a *article) sentenceDate(ps *parsed, k int) *dateRef {
	var best *dateRef
	bestDist := 1 << 30
	for n, it := range ps.items {
		if it.kind != iDate {
			continue
		}
		d := n - k
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = it.date, d
		}
	}
	return best
}

// finishEvents names events that have only bare mentions, completes their
// dates, and finds places and organizers in the sentences that name them.
func (a *article) finishEvents() {
	if a.main != nil && a.main.date.IsZero() {
		a.leadDate(a.main)
	}
	for _, ent := range a.events {
		if ent.name == "" {
			ent.name = ent.head
			for o := range ent.organizers {
				ent.name = ent.head + " " + o.name
				break
			}
		}
		termY := 0
		if ent.group == int(lexicon.Congress) {
			termY = ent.termY
		}
		ent.date = inferYear(ent.date, a.l.published, termY)
		if !ent.end.IsZero() {
			ent.end = inferYear(ent.end, a.l.published, termY)
		}
	}
	for _, ps := range a.sents {
		a.organizers(ps)
		a.activityHosts(ps)
	}
	for _, ent := range a.events {
		a.holderInName(ent)
	}
}

// holderInName completes the name of a congress, session or conference
// written without its holder ("Đảng bộ huyện X tổ chức Đại hội đại biểu
// lần thứ XXIV") with the organizer: "Đại hội đại biểu Đảng bộ huyện X
// lần thứ XXIV".
func (a *article) holderInName(ent *eventEnt) {
	e := ent.named
	if e == nil || len(e.orgs) > 0 || len(ent.organizers) != 1 {
		return
	}
	switch {
	case e.w.Class == lexicon.Congress, e.w.Class == lexicon.Session:
	case e.w.Class == lexicon.Conference && e.ordinal != 0: // a plenum
	default:
		return
	}
	var org *orgEnt
	for o := range ent.organizers {
		org = o
	}
	// A congress takes its holder after its head ("Đại hội Đảng bộ X lần
	// thứ N"), a session or a conference after its ordinal ("Kỳ họp thứ 8
	// HĐND tỉnh X", "Hội nghị lần thứ nhất Ban Chấp hành ...").
	head := len(lexicon.Keys(e.w.Name))
	words := strings.Fields(ent.name)
	if e.w.Class != lexicon.Congress && e.ordinal != 0 {
		for k, w := range words {
			if a.x.key(w) == "thứ" && k+1 < len(words) {
				// a holder written before the ordinal, though not one
				// organization: "Hội nghị Công an toàn quốc lần thứ 79"
				for _, b := range words[min(head, k):k] {
					if r, _ := utf8.DecodeRuneInString(b); unicode.IsUpper(r) {
						return
					}
				}
				head = k + 2
				// "thứ Mười hai": an ordinal of several words
				keys := make([]string, len(words))
				for n, w := range words {
					keys[n] = a.x.key(w)
				}
				if _, m := a.x.lex.Ordinals.Longest(keys, k+1); m > 1 {
					head = k + 1 + m
				}
				break
			}
		}
	}
	if head > len(words) {
		return
	}
	ent.aliases = append(ent.aliases, ent.name)
	ent.name = strings.Join(append(append(words[:head:head], org.name), words[head:]...), " ")
}

// leadDate takes the first date of the article's lead for its main event.
func (a *article) leadDate(ent *eventEnt) {
	for _, ps := range a.sents {
		if ps.s.para != 0 {
			continue
		}
		for k := range ps.p.ks {
			if d, n := ps.p.parseDate(k, true); n > 0 && !ps.p.asideDate(k) {
				ent.date, ent.end, ent.dateSent = d.date, d.end, ps.s
				return
			}
		}
	}
}

// organizers finds who organized the events of a sentence: "X tổ chức E",
// "E do X tổ chức", the host of a reception ("Chủ tịch UBND tỉnh tiếp
// ..."), and the place an event is held ("tại Hà Nam").
func (a *article) organizers(ps *parsed) {
	items := ps.items
	for k, it := range items {
		switch {
		case it.kind == iCue && it.cue.Rel == lexicon.CueOrganized:
			var ev *eventEnt
			for n := k + 1; n < len(items) && n <= k+3; n++ {
				if items[n].kind == iEvent {
					ev = items[n].event.ent
					break
				}
			}
			orgs := a.subjectOrgs(items, k, ps)
			if ev == nil && k > 0 {
				// "E do X tổ chức", "E do X phối hợp với Y tổ chức"
				end := k
				if d := a.agentOf(items, k); d > 0 {
					end = d
				} else {
					orgs = nil
				}
				for b := end - 1; b >= 0 && b >= end-4; b-- {
					if items[b].kind == iEvent {
						ev = items[b].event.ent
						break
					}
				}
			}
			if ev != nil {
				for _, e := range append([]*eventEnt{ev}, joinedEvents(items, ev)...) {
					for _, org := range orgs {
						e.organizers[org] = orgBy{ps.s, "organizer-cue"}
					}
				}
			}
		case it.kind == iEvent && it.event.w.Verb && it.event.ent != nil && k > 0:
			if t := items[k-1]; t.kind == iTitle && t.title.org != nil {
				if oe := a.org(t.title.org, ps); oe != nil {
					it.event.ent.organizers[oe] = orgBy{ps.s, "organizer-host"}
				}
			} else if k > 1 && items[k-1].kind == iPerson && items[k-2].kind == iTitle && items[k-2].title.org != nil {
				if oe := a.org(items[k-2].title.org, ps); oe != nil {
					it.event.ent.organizers[oe] = orgBy{ps.s, "organizer-host"}
				}
			}
		case it.kind == iPlace && k > 0 && items[k-1].key == "tại":
			for n := range items {
				if items[n].kind == iEvent && items[n].event.ent != nil && items[n].event.ent.place == nil {
					a.fillPlace(it.place, ps.idx, it.place.i)
					if pe := a.placeEnt(it.place); pe != nil && !it.place.landmark {
						items[n].event.ent.place, items[n].event.ent.placeSent = pe, ps.s
					}
				}
			}
		}
	}
}

// subjectOrgs returns the organizations that are the subject of the verb
// at item k: the organization just before it, maybe across an adverb or a
// term, and those joined to it ("X phối hợp với Y tổ chức", "X và Y").
func (a *article) subjectOrgs(items []item, k int, ps *parsed) []*orgEnt {
	var out []*orgEnt
	lo := k - 12
	for b := k - 1; b >= 0 && b >= lo; b-- {
		it := items[b]
		switch {
		case it.kind == iOrg:
			if o := a.org(it.org, ps); o != nil {
				out = append(out, o)
			}
		case a.joinsSubjects(it):
		case it.key == "," && b+1 < len(items) && items[b+1].kind == iTerm:
			// "HĐND huyện X khóa XX, nhiệm kỳ 2021-2026 đã tổ chức ..."
		case it.kind == iPlace && b > 0 && items[b-1].key == ")":
			// "Liên đoàn Lao động (LĐLĐ) tỉnh Quảng Trị tổ chức ...": the
			// place of the subject, after its short name
		case it.key == ")":
			// "Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức ...":
			// the short name of the subject
			for b > 0 && items[b].key != "(" {
				b--
			}
		default:
			// "X phối hợp với Tổ chức Y (JETRO) tổ chức ...": a partner
			// kg does not read stands between; X is still a subject
			if p := partnerStart(items, b); p >= 0 {
				b, lo = p, p-4
				continue
			}
			return out
		}
	}
	return out
}

// partnerStart returns the item of "phối" in "phối hợp với" before item b,
// when only words and punctuation stand between (the partner's name, not
// read as an organization), or -1.
func partnerStart(items []item, b int) int {
	for n := b; n >= 2 && n > b-12; n-- {
		it := items[n]
		if it.kind == iConj && it.key == "với" || it.kind == iWord && it.key == "với" {
			if items[n-1].key == "hợp" && items[n-2].key == "phối" {
				return n - 2
			}
			return -1
		}
		if it.kind != iWord && it.kind != iPunct && it.kind != iPlace && it.kind != iCue {
			return -1 // ("Tổ chức Xúc tiến ...": a cue's words, capitalized in a name)
		}
	}
	return -1
}

// joinsSubjects reports whether an item may stand between the subjects of
// a verb, or between them and the verb: "và", "phối hợp với", an adverb.
func (a *article) joinsSubjects(it item) bool {
	switch {
	case it.kind == iTerm, it.key == "và", it.kind == iConj && it.key == "với", it.key == "-", it.key == "–":
	case it.kind == iWord && (a.x.lex.Classes[it.key]&clsAdverb != 0 || it.key == "phối" || it.key == "hợp"):
	case it.kind == iCue && it.cue.Rel == lexicon.CueOrganized: // "phối hợp tổ chức"
	default:
		return false
	}
	return true
}

// agentOf returns the index of the "do" that introduces the organizations
// before the verb at k ("do X phối hợp với Y tổ chức"), or -1.
func (a *article) agentOf(items []item, k int) int {
	for b := k - 1; b >= 0 && b >= k-12; b-- {
		switch it := items[b]; {
		case it.key == "do":
			if b == k-1 {
				return -1
			}
			return b
		case it.kind == iOrg, a.joinsSubjects(it):
		default:
			return -1
		}
	}
	return -1
}

// relate finds each person's part in the events: the cues of the clause
// they stand in say what they did (attended, presided, spoke, was elected,
// received guests); a person in a sentence that names an event, or in the
// lead, attended the event in focus.
func (a *article) relate() {
	focus := a.main
	for _, ps := range a.sents {
		var evs []*eventEnt
		for _, it := range ps.items {
			if it.kind == iEvent && it.event.ent != nil {
				evs = append(evs, it.event.ent)
			}
		}
		sentEv := focus
		if ps.s.unit == unitHeadline {
			sentEv = a.main
		}
		switch {
		case len(evs) > 0:
			sentEv = evs[0]
			if ps.s.unit == unitBody {
				focus = evs[0]
			}
		case sameDay(ps.p.ks):
			// "Tối cùng ngày, X chủ trì tiệc ...": another event of the
			// day, one the grammar does not know
			sentEv = nil
		}
		a.markDeceased(ps)
		away := a.absentees(ps)
		people := a.personsOf(ps)
		if len(people) == 0 || sentEv == nil || a.tellsDocument(ps) {
			continue
		}
		if len(evs) == 0 && otherDay(ps, sentEv) {
			continue // "Ngày 11/4, Chủ tịch nước biểu dương ...": another day's doing
		}
		cues, press := a.cuesOf(ps), toPress(ps)
		for _, pa := range people {
			if pa.e.credit != "" && len(pa.e.positions) == 0 {
				continue
			}
			rels, object := a.relsFor(ps, cues, press, pa.item)
			if mourned(ps, pa.item) {
				a.deceased[pa.e] = true
				continue
			}
			if object || away[pa.e] || namedAsKin(ps.items, pa.item) || replacedPerson(ps.items, pa.item) || a.signer(ps, pa.item) || notThere(ps, pa.item) {
				continue
			}
			// with no cue, a person in a sentence that names an event, or in
			// the lead, was there; a headline says so only with a verb ("X dự
			// ...", "X tiếp ..."): "Hội thảo về Chủ tịch Hồ Chí Minh" is about
			// him, not attended by him
			if len(rels) == 0 && !(len(evs) > 0 && ps.s.unit != unitHeadline || ps.s.para == 0) {
				continue
			}
			rule := "event-sentence"
			switch {
			case len(rels) > 0:
				rule = "cue"
			case len(evs) == 0 && ps.s.para == 0:
				rule = "lead"
			case len(evs) == 0:
				rule = "headline"
			}
			a.parts = append(a.parts, participation{pa.e, sentEv, graph.Attended, ps.s, rule})
			for _, r := range rels {
				// an election cue is said of whom the sentence elects ("trao
				// quyết định bổ nhiệm ông X": not of who hands it over)
				if r == graph.ElectedAt && !electedIn(pa.e, ps.s) {
					continue
				}
				if r != graph.Attended {
					a.parts = append(a.parts, participation{pa.e, sentEv, r, ps.s, "cue"})
				}
			}
		}
	}
	a.splitSuccessive()
	a.attendJoined()
	a.attendTour()
	a.propagate()
	// the one a funeral is held for attends none of the article's events,
	// wherever else the article names him
	a.parts = slices.DeleteFunc(a.parts, func(p participation) bool { return a.deceased[p.person] })
}

// tellsDocument reports whether a sentence opens by saying it tells what
// a letter says ("Trong thư, Tổng Bí thư ..."): the people it names are
// the letter's, not at the event.
func (a *article) tellsDocument(ps *parsed) bool {
	ks := ps.p.ks
	if len(ks) < 3 || ks[0] != "trong" {
		return false
	}
	d, n := a.x.lex.Documents.Longest(ks, 1)
	if n == 0 || !d.Letter {
		return false // "Trong Chương trình tặng quà, ...": a programme's doings
	}
	for k := 1 + n; k < len(ks) && k <= 1+n+6; k++ {
		if ks[k] == "," {
			return true
		}
	}
	return false
}

// markDeceased records the subjects of the verbs of dying in a sentence
// ("Đồng chí: Nguyễn Văn A. ... đồng chí đã từ trần").
func (a *article) markDeceased(ps *parsed) {
	for _, e := range a.subjectsOf(ps, lexicon.CueDied) {
		a.deceased[e] = true
	}
}

// absentees returns the subjects of the sentence's cues of absence, or
// nil: "..., theo đơn xin thôi làm nhiệm vụ của đồng chí, nên đồng chí vắng
// mặt tại Kỳ họp" names the one away by a bare form of address.
func (a *article) absentees(ps *parsed) map[*personEnt]bool {
	var out map[*personEnt]bool
	for _, e := range a.subjectsOf(ps, lexicon.CueAbsent) {
		if out == nil {
			out = map[*personEnt]bool{}
		}
		out[e] = true
	}
	return out
}

// subjectsOf returns the subjects of a sentence's cues of relation rel.
func (a *article) subjectsOf(ps *parsed, rel lexicon.CueRel) []*personEnt {
	var out []*personEnt
	for c, it := range ps.items {
		if it.kind == iCue && it.cue.Rel == rel {
			if e := a.subjectOf(ps, c); e != nil {
				out = append(out, e)
			}
		}
	}
	return out
}

// subjectOf returns the subject of the cue at item c: the person named
// before it across titles and commas, or the one a bare form of address
// before it refers to; nil when none.
func (a *article) subjectOf(ps *parsed, c int) *personEnt {
	items := ps.items
	for b := c - 1; b >= 0; b-- {
		s := items[b]
		if s.kind == iPerson {
			return a.holderOf(s.person)
		}
		if h, at := a.bareAddress(ps, b); at >= 0 {
			return a.lastPerson(ps, at, h != nil && h.Gender == "female")
		}
		if s.kind != iWord && s.kind != iTitle && s.key != "," && s.key != "-" {
			return nil
		}
	}
	return nil
}

// bareAddress returns the form of address that ends at item b with no
// name after it ("đồng chí đã từ trần"), and the item where it starts; -1
// when there is none.
func (a *article) bareAddress(ps *parsed, b int) (*lexicon.Honorific, int) {
	items := ps.items
	if b+1 < len(items) && items[b+1].kind == iPerson {
		return nil, -1
	}
	if items[b].kind == iHon {
		return items[b].hon, b
	}
	for s := b; s >= 0 && s >= b-2 && items[s].kind == iWord; s-- {
		if h, n := longest(ps.p, &a.x.lex.Honorifics, lexicon.StartsHonorific, items[s].i); n > 0 && items[s].i+n == items[b].j {
			return h, s
		}
	}
	return nil, -1
}

// electedIn reports whether a sentence elects a person to a position.
func electedIn(e *personEnt, s *sentence) bool {
	for _, h := range e.positions {
		if h.elected && h.sent == s {
			return true
		}
	}
	return false
}

// between reports whether an item that is says stands between items a
// and b.
func between(items []item, a, b int, is func(item) bool) bool {
	for n := a + 1; n < b && n < len(items); n++ {
		if is(items[n]) {
			return true
		}
	}
	return false
}

// behalfSubject reports whether the person at item k is the subject of
// a clause that a fronted "thay mặt ..." at item c opens: the first person
// after the comma that ends what it names ("thay mặt Bí thư Tỉnh ủy A,
// Phó Bí thư B trao ...": B, not the A it names, nor the C of "... chúc
// mừng tới ông C").
func behalfSubject(items []item, c, k int) bool {
	for n := c + 1; n < k; n++ {
		if isComma(items[n]) {
			return !between(items, n, k, isPerson)
		}
	}
	return false
}

// isCo, isCopula, isEvent, isComma and isPerson say what between asks:
// "có" (in "Tiếp X ... có A", what follows "có" is said of the hosts), the
// copula "là", an event, a comma, a person.
func isCo(it item) bool     { return it.key == "có" }
func isCopula(it item) bool { return it.kind == iCopula && it.key == "là" }
func isEvent(it item) bool  { return it.kind == iEvent }
func isComma(it item) bool  { return it.key == "," }
func isPerson(it item) bool { return it.kind == iPerson }

// isSubjectWord says whether an item may be (part of) a clause's subject:
// no mark, conjunction or cue.
func isSubjectWord(it item) bool { return it.kind != iPunct && it.kind != iConj && it.kind != iCue }

// cueAt is a cue of a sentence at an item.
type cueAt struct {
	rel  graph.Relation
	item int
	cue  *lexicon.Cue
}

// cuesOf lists a sentence's cues; "theo" before a name ("Theo đồng chí X,
// ...") reports speech.
func (a *article) cuesOf(ps *parsed) []cueAt {
	var out []cueAt
	for k, it := range ps.items {
		switch {
		case it.kind == iEvent && it.event.w.Verb:
			out = append(out, cueAt{graph.Hosted, k, &lexicon.Cue{Phrase: it.event.w.Name, Rel: lexicon.CueHosted, Before: true}})
		case it.kind == iCue && it.cue.TellsPart():
			out = append(out, cueAt{cueRelation(it.cue), k, it.cue})
		case it.kind == iCue && it.cue.Address && k > 0 && personEnds(ps.items, k):
			// "Bí thư Tỉnh ủy X khai mạc Đại hội": the opening address
			out = append(out, cueAt{graph.SpokeAt, k, &lexicon.Cue{Phrase: it.cue.Phrase, Rel: lexicon.CueSpoke, Before: true}})
		case it.kind == iWord && it.key == "theo" && k+1 < len(ps.items) &&
			(ps.items[k+1].kind == iPerson || ps.items[k+1].kind == iHon):
			out = append(out, cueAt{graph.SpokeAt, k, nil})
		case it.kind == iWord && it.key == "có" && groupOpens(ps.p.ks) && !personBefore(ps.items, k):
			// "Đại biểu quốc tế có A – T; B – T", "Đại diện liên danh nhà
			// đầu tư có ông A ...": the people a group sent, who were there
			out = append(out, cueAt{graph.Attended, k, &lexicon.Cue{Phrase: "có", Rel: lexicon.CueAttended}})
		}
	}
	return out
}

// personEnds reports whether the items before k end with a person's
// name, maybe followed by its titles and commas ("X, Bí thư Tỉnh ủy,").
func personEnds(items []item, k int) bool {
	for b := k - 1; b >= 0; b-- {
		switch items[b].kind {
		case iPerson:
			return true
		case iTitle, iTerm:
			continue
		}
		if items[b].key == "," || items[b].key == "-" || items[b].key == "–" || items[b].key == "đã" {
			continue
		}
		return false
	}
	return false
}

// groupOpens reports whether a sentence opens with the noun of a group of
// those present: "Đại biểu (quốc tế) ...", "Đại diện ...", "Khách mời ...".
func groupOpens(ks []string) bool {
	if len(ks) < 3 {
		return false
	}
	switch ks[0] + " " + ks[1] {
	case "đại biểu", "đại diện", "khách mời":
		return true
	}
	return false
}

// personBefore reports whether a person is named before item k.
func personBefore(items []item, k int) bool {
	for _, it := range items[:k] {
		if it.kind == iPerson {
			return true
		}
	}
	return false
}

// relsFor returns the relations the cues of a person's clause give them.
//
// A speech verb is said of its subject, the person before it ("X nhấn
// mạnh"), or of the person after a clause that opens with it ("Phát biểu
// tại hội nghị, X ..."); a person after it otherwise is what was spoken
// of ("nhấn mạnh tư tưởng Hồ Chí Minh"), which object reports. press:
// the sentence quotes what was told a reporter (toPress), no speech.
func (a *article) relsFor(ps *parsed, cues []cueAt, press bool, k int) (rels []graph.Relation, object bool) {
	lo, hi := clause(ps.items, k)
	var mine []cueAt
	for _, c := range cues {
		if c.item >= lo && c.item < hi {
			mine = append(mine, c)
		}
	}
	if len(mine) == 0 {
		mine = cues
		// "... tham dự kỳ họp có A; B, C": a list runs on past a
		// semicolon under the nearest cue before it that speaks of the
		// people after it, not under one that speaks of those before
		// ("X, Y đồng chủ trì kỳ họp; tham dự có ...")
		for i := len(cues) - 1; i >= 0; i-- {
			if c := cues[i]; c.item < lo && c.cue != nil && !c.cue.Before && c.rel == graph.Attended {
				// with the cues joined to it: "Dự và chủ trì Hội nghị có
				// các đồng chí: A, ...; B, ...; C, ..."
				e := i + 1
				for e < len(cues) && cues[e].item < lo && cues[e].item == cues[e-1].item+2 && ps.items[cues[e].item-1].key == "và" {
					e++
				}
				mine = cues[i:e]
				break
			}
		}
	}
	var out []graph.Relation
	for _, c := range mine {
		r := c.rel
		if r == graph.SpokeAt && press {
			continue // "Trao đổi với phóng viên, ông X cho biết ...": no speech at the event
		}
		if c.item > k && complementBetween(ps.items, k, c.item) {
			continue // "X cảm ơn tỉnh đã đón tiếp đoàn": the province's doing
		}
		if r == graph.SpokeAt && c.cue != nil && c.item < k && c.cue.Phrase == "thay mặt" && !subjectBefore(ps.items, lo, c.item) &&
			behalfSubject(ps.items, c.item, k) {
			// "Tại đại hội, thay mặt lãnh đạo Đảng, Nhà nước, Tổng Bí thư
			// X đã trao ...": the fronted clause's subject, after its comma,
			// acts on behalf of the ones it names
			out = append(out, r)
			continue
		}
		if r == graph.SpokeAt && c.cue != nil && c.item < k && (c.item > lo+1 || cueBetween(mine, c.item, k) || subjectBefore(ps.items, lo, c.item)) {
			object = true
			continue
		}
		if r == graph.Presided && c.cue != nil && c.item < k && between(ps.items, c.item, k, isEvent) && !between(ps.items, c.item, k, isCo) && !between(ps.items, c.item, k, isCopula) &&
			(subjectBefore(ps.items, lo, c.item) || !between(ps.items, c.item, k, isComma)) {
			// (but "Chủ trì Hội nghị, Phó Chủ tịch X": the cue fronted, its
			// subject after the comma)
			// "Tổng thống X chủ trì lễ đón Chủ tịch nước Y": Y is who the
			// ceremony is for; but "Chủ trì hội nghị có ông A, ông B",
			// "Chủ trì buổi gặp là đại tá X": the people after "có" or "là"
			// preside
			r = graph.Attended
		}
		if r == graph.Hosted && c.cue != nil && c.cue.Before && k > c.item {
			// after the verb: a guest, unless nobody stands before it;
			// then "Tiếp X tại Tỉnh ủy có A, B": X is the guest, the
			// people after "có" the hosts
			if subjectBefore(ps.items, lo, c.item) || !between(ps.items, c.item, k, isCo) && between(ps.items, c.item, hi, isCo) {
				r = graph.Attended
			}
		}
		out = append(out, r)
	}
	if len(out) > 0 {
		object = false
	}
	return out, object
}

// toPress reports whether a sentence quotes what was told to the press:
// a cue of cues.txt rel=press, or "với" and a reporter ("trao đổi với
// phóng viên Báo X").
func toPress(ps *parsed) bool {
	for _, it := range ps.items {
		if it.kind == iCue && it.cue.Rel == lexicon.CuePress {
			return true
		}
	}
	ks := ps.p.ks
	for k := 0; k+2 < len(ks); k++ {
		if ks[k] != "với" {
			continue
		}
		n := k + 1
		if ks[n] == "các" {
			n++
		}
		if n+1 < len(ks) && ks[n] == "phóng" && ks[n+1] == "viên" || ks[n] == "pv" {
			return true
		}
	}
	return false
}

// complementBetween reports whether a cue that takes a clause of its own
// subject stands between items k and c, with that subject between it and
// c: "X cảm ơn lãnh đạo tỉnh đã đón tiếp đoàn", but not "X phát biểu chúc
// mừng và chỉ đạo".
func complementBetween(items []item, k, c int) bool {
	for n := k + 1; n < c; n++ {
		if items[n].kind != iCue || !items[n].cue.Complement {
			continue
		}
		if between(items, n, c, isSubjectWord) {
			return true
		}
	}
	return false
}

// subjectBefore reports whether a person, or a title that stands for
// one, comes between items lo and k: the subject of a verb at k ("Chủ
// tịch nước đánh giá cao ... của Đại sứ X": the ambassador is spoken of).
func subjectBefore(items []item, lo, k int) bool {
	for n := lo; n < k; n++ {
		if items[n].kind == iPerson || items[n].kind == iTitle && items[n].title.resolved {
			return true
		}
	}
	return false
}

// cueBetween reports whether a cue stands between items i and k.
func cueBetween(cues []cueAt, i, k int) bool {
	for _, c := range cues {
		if c.item > i && c.item < k {
			return true
		}
	}
	return false
}

// clause returns the items of the clause (between semicolons) around k.
func clause(items []item, k int) (int, int) {
	lo, hi := 0, len(items)
	for b := k - 1; b >= 0; b-- {
		if items[b].key == ";" {
			lo = b + 1
			break
		}
	}
	for e := k + 1; e < len(items); e++ {
		if items[e].key == ";" {
			hi = e
			break
		}
	}
	return lo, hi
}

// propagate: people at an event held within the main one (the first
// plenum of a newly elected committee during a congress, an event with no
// date of its own) were at the main event too.
func (a *article) propagate() {
	if a.main == nil {
		return
	}
	n := len(a.parts)
	for _, p := range a.parts[:n] {
		ev := p.event
		if ev == a.main || ev.apart || ev.group == a.main.group || !(ev.date.IsZero() || ev.date == a.main.date) {
			continue
		}
		a.parts = append(a.parts, participation{p.person, a.main, graph.Attended, p.sent, "within-main-event"})
	}
}

// canonName capitalizes a name's first letter.
func canonName(s string) string { return token.Canon(s) }

// afterDocument reports whether the words before word i end with the name
// of a document ("Nghị quyết", "Văn kiện"): the event word after it names
// the document's source, not an event of the article.
func (a *article) afterDocument(ps *parsed, i int) bool {
	for n := 1; n <= 3 && n <= i; n++ {
		if _, m := a.x.lex.Documents.Longest(ps.p.ks, i-n); m == n {
			return true
		}
	}
	return false
}
