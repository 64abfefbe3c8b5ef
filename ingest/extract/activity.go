package extract

import (
	"unicode"

	"kg/graph"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// Activities are events told with a verb rather than an event noun: "Bộ
// trưởng Bộ Xây dựng khảo sát dự án ...", "ông A thăm hỏi, tặng quà bà
// B", "Quỹ Khuyến học huyện X trao 30 suất học bổng ...". The verb is an
// event only when someone does it: a person, a title standing for one or
// an organization is its subject. Without one ("công tác kiểm tra",
// "yêu cầu các sở kiểm tra ...") it is a common word.

// activityAdverbs may stand between an activity's subject and its verb
// ("ông A đã đến thăm ...", "Bộ trưởng cũng trực tiếp kiểm tra ...").
var activityAdverbs = map[string]bool{"đã": true, "sẽ": true, "vừa": true, "đang": true, "cũng": true,
	"trực": true, "tiếp": true, "đến": true, "tới": true, "về": true, "đi": true, "lần": true, "lượt": true,
	"sau": true, "đó": true, "rồi": true, "bị": true, "được": true}

// teamNameFollows are the words after "Đoàn kiểm tra", "đoàn khảo sát"
// when these name a team, not its work.
var teamNameFollows = map[string]bool{"của": true, "số": true, "do": true, "đã": true, "gồm": true,
	"liên": true, "chuyên": true, "đến": true, "tới": true, "về": true, "làm": true, "cũng": true}

// activityLinks are the verbs of going somewhere before an activity
// ("Thủ tướng tới công trường dự án X, kiểm tra tiến độ ..."), and "cùng"
// with the companions ("ông A cùng đoàn công tác của tỉnh đã đến thăm
// ..."): the subject stands before them, the destination or the
// companions between.
var activityLinks = map[string]bool{"tới": true, "đến": true, "về": true, "cùng": true}

// parseActivity reads an activity verb at word i, given the items of the
// sentence before it, and its name: the verbs joined by commas or "và"
// ("thăm hỏi, tặng quà"), then their object. In a headline the whole
// headline names it, as the news names such a visit ("Bộ trưởng X thăm và
// làm việc tại tỉnh Y").
func (p *parser) parseActivity(i int, prev []item) (*eventRef, int) {
	if !p.at(i, lexicon.StartsEvent) {
		return nil, 0
	}
	w, n := longest(p, &p.x.lex.Events, lexicon.StartsEvent, i)
	if n == 0 || !w.Activity || p.s.words[i].exp {
		return nil, 0
	}
	if !p.counted(w, i+n) {
		return nil, 0 // "trao 30 suất học bổng", not "trao đổi"
	}
	if w.Class == lexicon.Inspection && i+n < p.n() && p.s.words[i+n].kind == token.Number {
		return nil, 0 // "đã kiểm tra 120 đảng viên": a tally, not an inspection
	}
	if c, m := longest(p, &p.x.lex.Cues, lexicon.StartsCue, i); m > n && c.Rel == lexicon.CueNone {
		return nil, 0 // "thăm dò khoáng sản", "thăm khám"
	}
	// a headline names its actor loosely ("Lãnh đạo tỉnh X thăm, chúc
	// Tết ...") or not at all ("Trao Bằng khen của Thủ tướng cho ...")
	// ("Khảo sát: ..." opening a headline is a poll, no inspection)
	headline := p.s.unit == unitHeadline && (i == 0 && w.Class != lexicon.Inspection || namesSomeone(prev))
	if !headline && (p.delegationNoun(i, prev) || !p.hasSubject(prev)) {
		return nil, 0 // "Đoàn kiểm tra của Tỉnh ủy", "công tác kiểm tra"
	}
	e := &eventRef{w: w, i: i, activity: true, team: p.byTeam(prev)}
	j := i + n
	// "thăm hỏi, tặng quà", "kiểm tra và chúc Tết": one activity of
	// several verbs
	for p.is(j, ",") || p.is(j, "và") {
		v, m := longest(p, &p.x.lex.Events, lexicon.StartsEvent, j+1)
		if m == 0 || !v.Activity {
			break
		}
		j += 1 + m
	}
	e.j = j
	if p.s.unit == unitHeadline {
		e.whole = true
		e.nameEnd = p.n()
		return e, j - i
	}
	if e.w.Class == lexicon.Inspection {
		e.destI, e.destJ = p.destination(prev)
	}
	end := p.activityObject(e, j)
	if e.w.Class == lexicon.Trial {
		// "đưa ra xét xử phúc thẩm vụ án hình sự đối với bị cáo X": the
		// defendant names the hearing, as after "Phiên tòa"
		end = p.defendant(end)
	}
	// "tại Nghĩa trang liệt sĩ X", "tại Trạm Kiểm lâm Y": where an
	// activity is done is part of what it is
	if end > j && (p.is(end, "tại") || p.is(end, "ở")) && p.upper(end+1) {
		if o, m := p.parseOrg(end+1, orgOpts{}); m > 0 {
			e.orgs = append(e.orgs, o)
			end += 1 + m
		} else if pl, m := p.parsePlace(end+1, false, true); m > 0 {
			e.places = append(e.places, pl)
			end += 1 + m
		} else if to := p.eventTail(e, end+1); to > end+1 {
			end = to // "tại Trạm Kiểm lâm X", "tại Nghĩa trang liệt sĩ Y"
		}
	}
	// a verb with no object names nothing of its own; it may tell again
	// the visit the headline names ("Những gia đình được đoàn đến thăm,
	// tặng quà gồm: ...")
	e.bare = end == j
	e.nameEnd = end
	return e, j - i
}

// counted reports whether an activity's word, ending before word j, has
// the count it needs: one follows, or the word needs none.
func (p *parser) counted(w *lexicon.EventWord, j int) bool {
	return !w.Counted || j < p.n() && p.s.words[j].kind == token.Number
}

// activityObject returns where the object of an activity ends: a person
// ("bà Lò Thị Mến", "cụ Vi Văn Khiêm"), else the words an event's name
// may hold.
func (p *parser) activityObject(e *eventRef, j int) int {
	if _, m := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, j); m > 0 {
		if _, k := p.parsePerson(j+m, true); k > 0 {
			return j + m + k
		}
	}
	if t, m := p.parseTitle(j); m > 0 && !t.lower {
		if _, k := p.parsePerson(j+m, true); k > 0 {
			return j + m + k
		}
	}
	end := p.eventTail(e, j)
	if end == j {
		// "trao quyết định bổ nhiệm ...": a cue's words name what is
		// handed over
		if c, m := longest(p, &p.x.lex.Cues, lexicon.StartsCue, j); m > 0 && c.Rel == lexicon.CueElected {
			end = j + m
			if more := p.eventTail(e, end); more > end {
				end = more
			}
		}
	}
	if end-1 >= j && p.standaloneNumber(end-1) && !p.is(end-2, "số") {
		end = p.countedTitle(end) // "tuyên án sơ thẩm 2 cựu Phó Chủ tịch UBND xã X"
	}
	return p.recipients(e, end)
}

// countedTitle returns where the title that a number before word k counts
// ends ("2 cựu Phó Chủ tịch UBND xã X", "cựu" or "nguyên" maybe before
// it), or k.
func (p *parser) countedTitle(k int) int {
	t := k
	if p.is(t, "cựu") || p.is(t, "nguyên") {
		t++
	}
	if tr, m := p.parseTitle(t); m > 0 && tr.org != nil {
		return t + m
	}
	return k
}

// recipients returns where the people a visit or a handover is for end,
// after "cho" at word j ("tặng quà cho các gia đình chính sách", "trao
// học bổng cho sinh viên nghèo"), or j: whom a gift is for says what the
// visit is.
func (p *parser) recipients(e *eventRef, j int) int {
	if !p.is(j, "cho") || e.w.Class != lexicon.Visit && e.w.Class != lexicon.Handover {
		return j
	}
	if end := p.activityObject(e, j+1); end > j+1 {
		return end // a person, or the words an event's name may hold
	}
	return j
}

// hasSubject reports whether the items before an activity verb end with
// its subject: a person, a title, an honorific with a name or an
// organization, maybe across adverbs, commas, and a verb of motion with
// its destination.
func (p *parser) hasSubject(prev []item) bool {
	for b := len(prev) - 1; b >= 0 && b >= len(prev)-24; b-- {
		it := prev[b]
		switch {
		case it.kind == iPerson, it.kind == iTitle && !it.title.lower, it.kind == iOrg && p.upper(it.i):
			return true
		case it.kind == iOrg && it.org.kind != nil && it.org.kind.Class == graph.OrgDelegation:
			return true // "Bộ trưởng và đoàn công tác khảo sát ..."
		case it.kind == iWord && p.delegationEnds(prev, b):
			return true // "đoàn đến thăm, tặng quà ..."
		case it.kind == iPunct && it.key == ",", it.kind == iWord && activityAdverbs[it.key]:
			continue
		case it.kind == iWord && it.key == "đầu" && b > 0 && prev[b-1].key == "dẫn",
			it.kind == iTitle && it.title.lower && it.title.roleKey == "trưởng đoàn" && b > 0 && prev[b-1].key == "làm":
			// "đoàn công tác của tỉnh do ông X, Bí thư Tỉnh ủy dẫn đầu đã
			// đến thăm ...", "Đoàn kiểm tra do ông X làm trưởng đoàn đã
			// kiểm tra ...": the delegation before "do" is the subject
			n := b - 2
			for n >= 0 && n > b-30 && !(prev[n].kind == iWord && prev[n].key == "do") {
				n--
			}
			if n < 0 || n <= b-30 {
				return false
			}
			b = n // the loop steps over "do"
			continue
		case it.kind == iEvent, it.kind == iCue, it.kind == iDate:
			return false
		case it.key == ")":
			// "Vi Văn Khiêm (tức "Khiêm Sẹo") bị đưa ra xét xử": an aside
			// after the subject
			for b > 0 && prev[b].key != "(" {
				b--
			}
			continue
		case it.kind == iPlace && b > 1 && prev[b-1].key == "của":
			// "đoàn công tác của tỉnh Lạng Sơn đi thăm ...": whose the
			// subject is
			b--
			continue
		case it.kind == iPlace && b > 0 && (prev[b-1].key == "tại" || prev[b-1].key == "ở"):
			// "Tòa án nhân dân cấp cao tại Hà Nội xét xử ...": the seat
			// of the subject
			b--
			for n := b - 1; n >= 0 && n >= b-3; n-- {
				if prev[n].kind == iOrg {
					return true
				}
				if prev[n].kind != iWord {
					break
				}
			}
			continue
		}
		// "tới công trường dự án X, kiểm tra": back to the motion verb,
		// whose subject is the activity's
		m := b
		for m >= 0 && m > b-20 && !((prev[m].kind == iWord || prev[m].kind == iConj) && activityLinks[prev[m].key]) {
			if k := prev[m].kind; k == iEvent || k == iCue || k == iPerson || k == iTitle || k == iDate {
				return false
			}
			m--
		}
		if m < 0 || m <= b-20 || m == b {
			return false
		}
		b = m // the loop steps over the motion verb
	}
	return false
}

// activityHosts gives a reception the body of its host:
// "<Title of Org> <Name> tiếp ...", "bà X, Phó Chủ tịch UBND tỉnh Y, đã
// tiếp ...", and an activity done by an organization ("Quỹ Khuyến học
// huyện X trao 30 suất học bổng") that organization.
func (a *article) activityHosts(ps *parsed) {
	items := ps.items
	for k, it := range items {
		if it.kind != iEvent || it.event.ent == nil {
			continue
		}
		ev := it.event.ent
		if len(ev.organizers) > 0 {
			continue
		}
		if it.event.w.Class == lexicon.Trial {
			a.court(ev, ps, k)
			continue
		}
		if !(it.event.w.Verb || it.event.activity) {
			continue
		}
		for b := k - 1; b >= 0 && b >= k-8; b-- {
			prev := items[b]
			if prev.kind == iPunct && prev.key == "," || prev.kind == iWord && activityAdverbs[prev.key] || prev.kind == iPerson || prev.kind == iHon {
				continue
			}
			var org *orgRef
			switch {
			case prev.kind == iTitle && !prev.title.lower && it.event.w.Verb:
				org = prev.title.org // the host of a reception
			case prev.kind == iOrg && it.event.activity && it.event.w.Class == lexicon.Handover:
				org = prev.org
			}
			if org != nil {
				if oe := a.org(org, ps); oe != nil && oe.class != graph.OrgDelegation {
					ev.organizers[oe] = orgBy{ps.s, "organizer-host"}
				}
			}
			break
		}
	}
}

// activityEvent returns the event an activity in the body belongs to: a
// visit or a handover told in the headline ("X thăm, chúc Tết tại huyện
// Y", "Trao Bằng khen ... cho anh Z") is one event with the visits or
// handovers its body tells; an inspection is one stop of a tour, an event
// of its own ("khảo sát dự án A. Tiếp đó, kiểm tra tiến độ B"), as is any
// activity the headline does not tell, unless named the same way before.
func (a *article) activityEvent(e *eventRef, ps *parsed) *eventEnt {
	if e.whole {
		return nil
	}
	if m := a.main; e.bare {
		if m != nil && m.headline && m.named != nil && m.named.activity && m.named.w.Class == e.w.Class {
			return m
		}
		return nil
	}
	if m := a.main; m != nil && m.headline && m.named != nil && m.named.activity && m.named.w.Class == e.w.Class {
		if e.w.Class != lexicon.Inspection {
			return m
		}
		// the first site the body names is the inspection the headline
		// tells, named by the site; the next ones are other stops
		if len(m.mentions) == 1 {
			e.retells = true
			return m
		}
	}
	// "Tại hội nghị, ông A trao quyết định ... và tặng hoa chúc mừng",
	// "Trước giờ khai mạc, ông A thăm hỏi các đảng viên lão thành": a
	// handover or a visit at the ceremony or conference the article tells
	// is part of it
	if m := a.main; m != nil && (e.w.Class == lexicon.Handover || e.w.Class == lexicon.Visit) && m.named != nil && !m.named.activity && !m.named.w.Verb {
		switch m.named.w.Class {
		case lexicon.Ceremony, lexicon.Conference, lexicon.Congress, lexicon.Session, lexicon.Meeting:
			e.bare = true // a mention that does not name the event
			return m
		}
	}
	// "Năm qua, Sở Xây dựng đã kiểm tra việc ...", "Tại hội nghị, hai bên
	// ký kết ...": in an article about a conference or a congress, an
	// activity without a date of its own is work reported there or done
	// there, not an event of its own
	if m := a.main; m != nil && m.named != nil && !m.named.activity && !m.named.w.Verb && !hasDate(ps) {
		switch m.named.w.Class {
		case lexicon.Conference, lexicon.Congress, lexicon.Session, lexicon.Meeting, lexicon.Seminar:
			e.bare = true
			return m
		}
	}
	name := a.eventName(e, ps)
	for _, ent := range a.events {
		if ent.name == name {
			return ent
		}
	}
	return nil
}

// delegationObject returns where a delegation written in lower case ends
// as the object of a reception ("tiếp đoàn doanh nghiệp Hiệp hội X do
// ông Y làm trưởng đoàn", "tiếp đoàn công tác của bang X"): the words
// that say whose it is, up to who leads it. It returns j when none follow
// the delegation's head.
func (p *parser) delegationObject(e *eventRef, j int) int {
	k, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, j)
	if n == 0 || k == nil || k.Class != graph.OrgDelegation || p.upper(j) {
		return j
	}
	if end := p.eventTail(e, j+n); end > j+n {
		return end
	}
	return j
}

// delegationNoun reports whether an activity verb at i names a team
// rather than an act: right after a delegation's head and before "của"
// ("Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy").
func (p *parser) delegationNoun(i int, prev []item) bool {
	if len(prev) == 0 || i == 0 {
		return false
	}
	// "Đoàn kiểm tra số 2 của ...", "Đoàn kiểm tra do ông X làm trưởng
	// đoàn": the head alone right before, and no object after ("đoàn
	// kiểm tra tiến độ thi công" is the delegation at work)
	if p.delegationHead(i-1, i) {
		w, n := longest(p, &p.x.lex.Events, lexicon.StartsEvent, i)
		if w == nil {
			return false
		}
		k := i + n
		return k >= p.n() || teamNameFollows[p.ks[k]] || p.s.words[k].kind != token.Word || p.upper(k)
	}
	if !p.is(i+1, "của") && !p.is(i+2, "của") && !p.is(i+3, "của") {
		return false
	}
	last := prev[len(prev)-1]
	return last.j == i && p.delegationHead(last.i, last.j)
}

// delegationEnds reports whether the words of items up to b end with a
// delegation's head ("đoàn", "đoàn công tác").
func (p *parser) delegationEnds(items []item, b int) bool {
	for s := b; s >= 0 && s >= b-2; s-- {
		if items[s].kind != iWord {
			return false
		}
		if p.delegationHead(items[s].i, items[b].j) {
			return true
		}
	}
	return false
}

// delegationHead reports whether words i..j are a delegation's head
// ("đoàn", "Đoàn công tác").
func (p *parser) delegationHead(i, j int) bool {
	k, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, i)
	return n == j-i && k != nil && k.Class == graph.OrgDelegation
}

// namesSomeone reports whether items name a person, a title, an
// organization or a place.
func namesSomeone(items []item) bool {
	for k, it := range items {
		switch {
		case it.kind == iPerson, it.kind == iTitle, it.kind == iOrg, it.kind == iPlace:
			return true
		case it.key == "đạo" && k > 0 && items[k-1].key == "lãnh":
			return true // "Lãnh đạo tỉnh thăm, tặng quà ...": the leaders
		}
	}
	return false
}

// court gives a hearing the court that holds it: the organization that
// is the subject of its verb ("TAND tỉnh X mở phiên tòa ...", "Tòa án
// nhân dân cấp cao tại Hà Nội xét xử phúc thẩm ...").
func (a *article) court(ev *eventEnt, ps *parsed, k int) {
	for b := k - 1; b >= 0 && b >= k-6; b-- {
		switch it := ps.items[b]; {
		case it.kind == iOrg:
			if oe := a.org(it.org, ps); oe != nil && oe.class != graph.OrgDelegation {
				ev.organizers[oe] = orgBy{ps.s, "organizer-court"}
			}
			return
		case it.kind != iWord && it.kind != iPlace: // "... cấp cao tại Hà Nội"
			return
		}
	}
}

// defendants makes the defendants of the article's one hearing attend
// it, wherever the article names them: "bị cáo <Name>", and the list
// after "(các) bị cáo gồm:" or "bị cáo là" ("Các bị cáo gồm: A, nguyên
// Giám đốc Sở X; B, ..."), unless the article says that one is tried in
// their absence (notThere).
func (a *article) defendants() {
	var trial *eventEnt
	for _, ev := range a.events {
		if ev.group != int(lexicon.Trial) {
			continue
		}
		if trial != nil {
			return // several hearings: whose defendant is whose is not told
		}
		trial = ev
	}
	if trial == nil {
		return
	}
	for _, ps := range a.sents {
		list := ps.p.n() // the word a list of defendants starts at
		for w := 0; w+2 < ps.p.n(); w++ {
			if !ps.p.is(w, "bị") || !ps.p.is(w+1, "cáo") {
				continue
			}
			k := w + 2
			if ps.p.is(k, "gồm") || ps.p.is(k, "là") {
				k++
			}
			if ps.p.is(k, ":") || k > w+2 {
				list = min(list, k)
			}
		}
		items := ps.items
		for k, it := range items {
			if it.kind != iPerson || it.person.short {
				continue
			}
			named := k > 0 && items[k-1].kind == iHon && items[k-1].hon != nil && items[k-1].hon.Name == "bị cáo"
			if (named || it.i >= list) && !notThere(ps, k) {
				a.parts = append(a.parts, participation{a.person(it.person), trial, graph.Attended, ps.s, "defendant"})
			}
		}
	}
}

// defendant takes "bị cáo <Name>" after a hearing's words into its name
// ("Phiên tòa sơ thẩm xét xử bị cáo X").
func (p *parser) defendant(j int) int {
	if j > 0 && p.is(j-1, "đối") && p.is(j, "với") {
		// "xét xử sơ thẩm đối với bị cáo X": the tail read "đối"
		if end := p.defendant(j + 1); end > j+1 {
			return end
		}
		// "xét xử phúc thẩm đối với ông X": one addressed
		if _, n := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, j+1); n > 0 {
			if _, k := p.parsePerson(j+1+n, true); k > 0 {
				return j + 1 + n + k
			}
		}
		return j - 1 // a name does not end in "đối"
	}
	if p.is(j, "bị") && p.is(j+1, "cáo") {
		if _, k := p.parsePerson(j+2, true); k > 0 {
			return j + 2 + k
		}
		if j > 0 && p.s.words[j-1].kind == token.Number {
			return j + 2 // "xét xử 5 bị cáo": how many, named after
		}
	}
	return j
}

// joinedEvents returns the events joined to the mention of ev by "và"
// ("tổ chức lễ trao học bổng và lễ khai giảng ..."): the same body holds
// them all.
func joinedEvents(items []item, ev *eventEnt) []*eventEnt {
	var out []*eventEnt
	for n := range items {
		if items[n].kind != iEvent || items[n].event.ent != ev {
			continue
		}
		for m := n + 1; m+1 < len(items); m += 2 {
			if items[m].key != "và" && items[m].key != "," || items[m+1].kind != iEvent || items[m+1].event.ent == nil {
				break
			}
			out = append(out, items[m+1].event.ent)
		}
		break
	}
	return out
}

// attendJoined: who attends one of the events announced together
// attends the others.
func (a *article) attendJoined() {
	if len(a.joined) == 0 {
		return
	}
	n := len(a.parts)
	for _, j := range a.joined {
		for i := 0; i < n; i++ {
			if p := a.parts[i]; p.event == j[0] {
				a.parts = append(a.parts, participation{p.person, j[1], p.rel, p.sent, "joined-event"})
			}
		}
	}
}

// topicVerbs make the event after them a topic, not an event the article
// tells ("họp báo giới thiệu Lễ hội Hoa Đào").
var topicVerbs = map[string]bool{"thiệu": true, "bá": true}

// notHeld reports whether the event at item k is only spoken of: the
// topic of a presentation ("giới thiệu Lễ hội X", "quảng bá Lễ hội X"),
// the purpose of a journey ("sang X để dự Lễ kỷ niệm ..."), or one still
// to come ("kỳ họp sẽ khai mạc ...", "chuẩn bị cho kỳ họp", "để Đại hội
// ... diễn ra thành công").
func notHeld(items []item, k int) bool {
	if k >= 2 && items[k-1].kind == iWord && topicVerbs[items[k-1].key] &&
		(items[k-2].key == "giới" || items[k-2].key == "quảng") {
		return true
	}
	// "các sự kiện chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX",
	// "hướng tới Đại hội": held in honour of it, before it (but "dự và
	// chúc mừng Đại hội" is there)
	if k >= 2 && items[k-1].kind == iWord && (items[k-1].key == "mừng" && items[k-2].key == "chào" ||
		items[k-1].key == "tới" && (items[k-2].key == "hướng" || items[k-2].key == "tiến") ||
		items[k-1].key == "thềm" && items[k-2].key == "trước") { // "trước thềm Đại hội": on its eve
		return true
	}
	// "chuẩn bị (cho) kỳ họp thứ 6", "góp phần để Đại hội ... diễn ra
	// thành công": one to come, that the meeting told prepares
	b := k - 1
	if b >= 0 && items[b].key == "cho" {
		b--
	}
	if b >= 1 && items[b].key == "bị" && items[b-1].key == "chuẩn" || k >= 1 && items[k-1].kind == iWord && items[k-1].key == "để" {
		return true
	}
	// "các đại biểu sẽ TXCT tại ...", "sẽ tổ chức hội nghị ...": one
	// still to come
	if b := k - 1; b >= 0 {
		if items[b].kind == iCue && b >= 1 {
			b--
		}
		if items[b].key == "sẽ" {
			return true
		}
	}
	// "kỳ họp thứ 10 sẽ khai mạc vào ngày 20/10", "dự kiến khai mạc":
	// one still to come
	n := k + 1
	for n < len(items) && n <= k+4 && (items[n].key == "," || items[n].kind == iOrg || items[n].kind == iTerm) {
		n++ // "kỳ họp thứ 10, Quốc hội khóa XV, sẽ khai mạc"
	}
	if n < len(items) && (items[n].key == "sẽ" || items[n].key == "dự" && n+1 < len(items) && items[n+1].key == "kiến") {
		return true
	}
	return k >= 2 && items[k-1].kind == iCue && items[k-1].cue.Rel == lexicon.CueAttended && items[k-2].key == "để"
}

// signer reports whether the person at item k signed a document the
// sentence speaks of, and so need not have been there: "quyết định của
// Chủ tịch UBND tỉnh X <Name>", "Quyết định số ... do <Title> <Name> ký".
func (a *article) signer(ps *parsed, k int) bool {
	items := ps.items
	if k+1 < len(items) && items[k+1].key == "ký" {
		b := k - 1
		if b >= 0 && items[b].kind == iTitle {
			b--
		}
		if b >= 0 && items[b].key == "do" {
			return true
		}
	}
	b := k - 1
	if b >= 0 && items[b].kind == iTitle && items[b].j == items[k].i {
		b--
	}
	return b >= 1 && items[b].key == "của" && a.afterDocument(ps, items[b].i)
}

// ownDate reports whether the event at item k has a date of its own: a
// date right beside it ("Kỳ họp thứ 9 hồi tháng 12/2023", "sáng 10/11,
// HĐND tỉnh đã tổ chức kỳ họp thứ 21"), not that of another event it is
// named in ("tiếp xúc cử tri ... trước Kỳ họp thứ 5").
func ownDate(items []item, k int) bool {
	for n := max(0, k-6); n < len(items) && n <= k+3; n++ {
		if items[n].kind != iDate {
			continue
		}
		lo, hi := min(n, k), max(n, k)
		between := false
		for m := lo + 1; m < hi; m++ {
			if it := items[m]; it.kind == iEvent || it.kind == iPerson || it.kind == iCue && it.cue.Rel != lexicon.CueOrganized {
				between = true
			}
		}
		if !between {
			return true
		}
	}
	return false
}

// byTeam reports whether a delegation is among the subjects of an
// activity: "<leader> và đoàn công tác ...", "Đoàn đến thăm ...".
func (p *parser) byTeam(prev []item) bool {
	for b := len(prev) - 1; b >= 0; b-- {
		it := prev[b]
		if it.key == "." || it.key == ";" || it.kind == iEvent {
			return false
		}
		if it.kind == iWord && p.delegationEnds(prev, b) {
			return true
		}
		if it.kind == iOrg && it.org != nil && it.org.kind != nil && it.org.kind.Class == graph.OrgDelegation {
			return true
		}
	}
	return false
}

// attendTour: a delegation's members, its leader named where it first
// acts ("Đoàn ... do ông X làm trưởng đoàn đã đi kiểm tra ...") and who
// travel with it ("Cùng đi có ...", "Tháp tùng ..."), are at each stop it
// makes.
func (a *article) attendTour() {
	var team []*personEnt
	led := false
	for _, ps := range a.sents {
		for k, it := range ps.items {
			if it.kind == iCue && it.cue.Team {
				for _, pa := range a.personsOf(ps) {
					team = append(team, pa.e)
				}
				break
			}
			if !led && it.kind == iEvent && it.event.team {
				led = true
				for _, pa := range a.personsOf(ps) {
					if pa.item < k {
						team = append(team, pa.e)
					}
				}
			}
		}
	}
	if len(team) == 0 {
		return
	}
	for _, ev := range a.events {
		var by *eventRef
		for _, m := range ev.mentions {
			if m.team {
				by = m
				break
			}
		}
		if by == nil {
			continue
		}
		for _, pe := range team {
			if !a.attends(pe, ev) {
				a.parts = append(a.parts, participation{pe, ev, graph.Attended, ev.first, "delegation-stop"})
			}
		}
	}
}

// attends reports whether a person is recorded at an event.
func (a *article) attends(pe *personEnt, ev *eventEnt) bool {
	for _, p := range a.parts {
		if p.person == pe && p.event == ev {
			return true
		}
	}
	return false
}

// visitTold reports whether a reception or talks the body tells are the
// visit the headline names: no date of their own but the visit's.
func (a *article) visitTold(e *eventRef, d *dateRef) bool {
	m := a.main
	if m == nil || !m.headline || m.named == nil || !m.named.whole || m.named.w.Class != lexicon.Visit {
		return false
	}
	if !e.w.Verb && e.w.Class != lexicon.Reception {
		return false
	}
	return d == nil || m.date.IsZero() || d.date == m.date
}

// hasDate reports whether a sentence names a date.
func hasDate(ps *parsed) bool {
	for _, it := range ps.items {
		if it.kind == iDate {
			return true
		}
	}
	return false
}

// receptionOfNamed makes the reception of a delegation the verb leaves
// unnamed ("Đoàn công tác của tỉnh X gồm ... Bà Y tiếp đoàn ngày 8/5"):
// the last delegation the article names before, named in full.
func (a *article) receptionOfNamed(e *eventRef, ps *parsed) *eventEnt {
	var name string
	for _, q := range a.sents {
		if q.idx > ps.idx {
			break
		}
		for _, it := range q.items {
			if q == ps && it.i >= e.i {
				break
			}
			if it.kind == iOrg && it.org.kind != nil && it.org.kind.Class == graph.OrgDelegation && it.j-it.i > 1 {
				name = q.p.display(it.i, it.j)
			}
		}
	}
	if name == "" {
		return nil
	}
	guest := []rune(name)
	guest[0] = unicode.ToLower(guest[0])
	verb := capitalFirst(ps.p.display(e.i, e.j) + " " + string(guest))
	ent := &eventEnt{group: eventGroup(e.w.Class), head: a.headDisplay(e), verb: e.w.Name, name: verb,
		organizers: map[*orgEnt]orgBy{}, first: ps.s, headline: ps.s.unit == unitHeadline}
	a.events = append(a.events, ent)
	return ent
}

// notThere reports whether the clause of the person at item k says they
// were not at the event told: "từng dự" (once attended, long ago),
// "xin xét xử vắng mặt" (tried in their absence), "gửi thư chúc mừng"
// (sent a letter instead).
func notThere(ps *parsed, k int) bool {
	if depicted(ps.items, k) {
		return true // "quỳ lạy trước chân dung Vua X"
	}
	lo, hi := clause(ps.items, k)
	for b := k - 1; b >= lo && b >= k-4; b-- {
		it := ps.items[b]
		if it.kind == iCue && it.cue.Rel == lexicon.CueSent {
			return true // "Thư chúc mừng của Tổng Bí thư X": its sender
		}
		if it.kind != iTitle && it.kind != iHon && it.key != "," {
			break
		}
	}
	for n := k + 1; n < hi && n <= k+8; n++ {
		it := ps.items[n]
		if it.kind == iCue && it.cue.Rel == lexicon.CueAttended && n > lo && ps.items[n-1].key == "từng" {
			return true
		}
		if it.kind == iCue && it.cue.Rel == lexicon.CueAbsent {
			return true // "vắng mặt", "gửi thư chúc mừng"
		}
		if it.kind == iPerson {
			break
		}
	}
	return false
}

// destination returns the words of the place the doer of an activity went
// to just before it ("tới công trường dự án đường Vành đai 3, đoạn qua tỉnh
// Đồng Nai, kiểm tra ..."), or an empty span.
func (p *parser) destination(prev []item) (int, int) {
	b := len(prev) - 1
	for b >= 0 && prev[b].kind == iWord && activityAdverbs[prev[b].key] && !activityLinks[prev[b].key] {
		b--
	}
	if b < 1 || prev[b].key != "," {
		return 0, 0
	}
	end := prev[b].i
	for m := b - 1; m >= 0 && m >= b-20; m-- {
		it := prev[m]
		switch {
		case it.kind == iWord && (it.key == "tới" || it.key == "đến" || it.key == "về"):
			if it.j < end && m > 0 && prev[m-1].kind != iCue {
				return it.j, end
			}
			return 0, 0
		case it.kind == iEvent, it.kind == iCue, it.kind == iPerson, it.kind == iTitle, it.kind == iDate:
			return 0, 0
		}
	}
	return 0, 0
}

// otherDay reports whether a sentence that names no event is dated
// another day than the event in focus, so that what it tells is not done
// there.
func otherDay(ps *parsed, ev *eventEnt) bool {
	if ps.s.unit != unitBody || ev.date.IsZero() && !ev.apart {
		return false
	}
	future := false // "... cho biết kỳ họp sẽ khai mạc vào ngày 20/10": a day to come
	for _, it := range ps.items {
		if it.key == "sẽ" {
			future = true
		}
		if it.kind != iDate || it.date.date.Day == 0 || future {
			continue
		}
		d := it.date.date
		if ev.date.IsZero() || d.Month != ev.date.Month || d.Day != ev.date.Day {
			return !(ev.end.Month == d.Month && d.Day >= ev.date.Day && d.Day <= ev.end.Day)
		}
	}
	return false
}

// kinWords end the kinship that an appositive names ("ông A, con trai
// đồng chí B, ...", "bà A, phu nhân Đại sứ B"): B is named as A's kin,
// not as one who was there.
var kinWords = map[string]bool{"trai": true, "gái": true, "vợ": true, "chồng": true, "cháu": true, "nhân": true, "quân": true}

// mourned reports whether the person at item k is the one a funeral named
// just before is held for ("lễ viếng và lễ truy điệu đồng chí X", "Lễ
// quốc tang nguyên Tổng Bí thư X"), or the one whose birth or death an
// anniversary marks ("kỷ niệm 100 năm Ngày sinh đồng chí X"): the one
// honoured, not there.
func mourned(ps *parsed, k int) bool {
	items := ps.items
	b := k - 1
	if b >= 0 && items[b].kind == iHon {
		b--
	}
	if b >= 0 && items[b].kind == iTitle && items[b].j == items[k].i {
		b--
	}
	if b >= 1 && items[b].key == "của" {
		b-- // "tang lễ của đồng chí X"
	}
	if b < 0 {
		return false
	}
	if w := items[b].j; w >= 2 && ps.p.ks[w-2] == "ngày" && (ps.p.ks[w-1] == "sinh" || ps.p.ks[w-1] == "mất") {
		return true
	}
	return items[b].kind == iEvent && items[b].event.w.Mourning
}

// namedAsKin reports whether the person at item k is named as the kin of
// another ("ông A, con trai đồng chí X", "bà A, phu nhân Bộ trưởng Bộ
// Ngoại giao X"): X is not said to be there.
func namedAsKin(items []item, k int) bool {
	b := k - 1
	if b >= 0 && (items[b].kind == iHon || items[b].kind == iTitle) {
		b--
	}
	if b < 1 || items[b].kind != iWord || !kinWords[items[b].key] {
		return false
	}
	n := b - 1
	switch {
	case items[b].key == "nhân" || items[b].key == "quân":
		// phu nhân, phu quân: a spouse; "nhân" and "quân" alone are none
		if items[n].key != "phu" || n == 0 {
			return false
		}
		n--
	case items[n].key == "con" && n > 0:
		n--
	}
	return items[n].key == ","
}

// lastOfGroup returns the event of group g named last, or else def.
func (a *article) lastOfGroup(g int, def *eventEnt) *eventEnt {
	for k := len(a.events) - 1; k >= 0; k-- {
		if a.events[k].group == g {
			return a.events[k]
		}
	}
	return def
}
