package extract

import (
	"strconv"
	"strings"

	"kg/graph"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// eventObjectAt reports whether word i follows a verb whose object is an
// event: "tổ chức" (hold), "dự" (attend, also in "tham dự", "tới dự"),
// "chủ trì" (preside over), "cử hành" (perform), "chứng kiến" (witness),
// "làm" before "lễ" (hold a ceremony).
func (p *parser) eventObjectAt(i int) bool {
	if i >= 1 && p.ks[i-1] == "dự" {
		return true
	}
	if i >= 1 && p.ks[i-1] == "làm" && p.ks[i] == "lễ" {
		return true // "làm lễ bàn giao nhà": to hold the ceremony
	}
	if i < 2 {
		return false
	}
	switch p.ks[i-2] + " " + p.ks[i-1] {
	case "tổ chức", "chủ trì", "cử hành", "chứng kiến":
		// "Tổng thống X chủ trì lễ đón Chủ tịch nước Y", "cử hành lễ
		// Phật đản"
		return true
	}
	return false
}

// dashedHead returns the words of a dash at word j and the capitalized
// head of an event after it, no verb nor activity ("- Triển lãm" of
// "Hội chợ - Triển lãm"), or 0.
func (p *parser) dashedHead(j int) int {
	if !(p.is(j, "-") || p.is(j, "–")) || !p.upper(j+1) {
		return 0
	}
	if w, m := longest(p, &p.x.lex.Events, lexicon.StartsEvent, j+1); m > 0 && !w.Verb && !w.Activity {
		return 1 + m
	}
	return 0
}

// parseEvent reads an event at word i: its head ("Đại hội", "Hội nghị",
// "Lễ", "buổi làm việc", the verb "tiếp") and what names it: the holding
// body, ordinal, term, a description ("hợp tác, phát triển giữa ...",
// "công bố Nghị quyết ... về việc thành lập ..."), or for a verb, its
// object ("tiếp Đoàn đại biểu thành phố Asan").
func (p *parser) parseEvent(i int) (*eventRef, int) {
	if !p.at(i, lexicon.StartsEvent) {
		return nil, 0 // no event word starts here: the common case
	}
	if i > 0 && p.is(i-1, "nhà") {
		return nil, 0 // "Nhà tang lễ quốc gia": the building, no funeral
	}
	landmark := 0 // "Đại lễ đường Nhân dân": a hall, though "Đại lễ" is a feast
	if _, m := longest(p, &p.x.lex.Landmarks, lexicon.StartsLandmark, i); m > 1 {
		landmark = m
	}
	var buf [4]lexicon.Match[lexicon.EventWord]
	for _, mt := range allAt(p, buf[:0], &p.x.lex.Events, lexicon.StartsEvent, i) {
		w, n := mt.Val, mt.Len
		if landmark > n {
			continue
		}
		// an event word that is a common word too ("gặp mặt", "lễ") is
		// an event with a capital, or as the object of "tổ chức" or "dự"
		// ("tổ chức gặp mặt cán bộ", "Dự lễ có ...")
		if w.Upper && !p.upper(i) && !p.eventObjectAt(i) {
			continue
		}
		if p.s.words[i].exp && !p.wholeAbbrev(i, n) || w.Activity {
			// an activity is read with its subject (parseActivity); an
			// abbreviation is an event's head only when it spells one out
			// whole ("ĐHĐCĐ")
			continue
		}
		e := &eventRef{w: w, i: i}
		j := i + n
		if w.Verb {
			// The verb alone is the event's mention; its object stays for
			// the other recognizers (the guest is a person to find), and
			// only lends its words to the event's name.
			obj, m := p.eventObject(j)
			if m == 0 {
				if end := p.delegationObject(e, j); end > j {
					// "tiếp đoàn công tác của bang X do ông Y dẫn đầu"
					e.nameEnd, e.j = end, j
					return e, n
				}
			}
			if m == 0 && p.bareGuest(j) {
				// "Tiếp và làm việc với Đoàn có ...": the delegation named
				// before, so the event named before
				e.j, e.bare = j, true
				return e, n
			}
			if m == 0 {
				continue
			}
			e.object = obj
			if obj.org != nil {
				e.orgs = append(e.orgs, obj.org)
			}
			e.nameEnd = p.countrySuffix(e, j+m)
			e.j = j
			return e, n
		}
		// "Hội chợ - Triển lãm thành tựu ...": two heads joined by a dash
		// name one event
		for m := p.dashedHead(j); m > 0; m = p.dashedHead(j) {
			j += m
		}
		j = p.eventTail(e, j)
		if e.w.Class == lexicon.Trial {
			// the defendant names the hearing, and stays a person to find
			e.nameEnd = p.defendant(j)
		}
		e.j = j
		e.bare = e.j == i+n
		if w.Part {
			// "phiên khai mạc Đại hội đại biểu lần thứ XIX": the opening of
			// a congress its words name in full
			for off := 1; off <= n; off++ {
				// (off == n: "phiên khai mạc Kỳ họp chuyên đề HĐND tỉnh
				// khóa XII", the event after the part's words)
				if sub, m := p.parseEvent(i + off); m > 0 && !sub.w.Part && !sub.bare {
					return sub, off + m
				}
			}
		}
		return e, j - i
	}
	return nil, 0
}

// wholeAbbrev reports whether words i to i+n are all the expansion of one
// abbreviation, and all of it.
func (p *parser) wholeAbbrev(i, n int) bool {
	tok := p.s.words[i].tok
	if i > 0 && p.s.words[i-1].tok == tok || i+n < p.n() && p.s.words[i+n].tok == tok {
		return false
	}
	for k := i; k < i+n; k++ {
		if !p.s.words[k].exp || p.s.words[k].tok != tok {
			return false
		}
	}
	return true
}

// bareGuest reports whether the word at j is a delegation's head alone
// ("Đoàn", "đoàn công tác"): a guest named before.
func (p *parser) bareGuest(j int) bool {
	k, n := longest(p, &p.x.lex.Orgs, lexicon.StartsOrg, j)
	if n == 0 || k == nil || k.Class != graph.OrgDelegation {
		return false
	}
	if _, m := p.parseOrg(j, orgOpts{}); m > n {
		return false // a delegation with its own name
	}
	return true
}

// eventObject reads the object of an event verb: an organization written
// with a capital (a delegation), or a title with a name, or an honorific
// with a name.
func (p *parser) eventObject(j int) (*item, int) {
	if p.is(j, "với") { // "hội đàm với ..."
		it, m := p.eventObject(j + 1)
		if m == 0 {
			return nil, 0
		}
		return it, m + 1
	}
	if o, m := p.parseOrg(j, orgOpts{}); m > 0 && p.upper(j) {
		return &item{kind: iOrg, i: j, j: j + m, org: o}, m
	}
	if t, m := p.parseTitle(j); m > 0 && !t.lower && (t.org != nil || t.place != nil) {
		if _, k := p.parsePerson(j+m, true); k > 0 {
			m += k
		}
		return &item{kind: iTitle, i: j, j: j + m, title: t}, m
	}
	if _, m := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, j); m > 0 {
		if _, k := p.parsePerson(j+m, true); k > 0 {
			return &item{kind: iHon, i: j, j: j + m + k}, m + k
		}
	}
	if pl, m := p.parsePlace(j, false, false); m > 0 && !pl.landmark && pl.level != "" {
		return &item{kind: iPlace, i: j, j: j + m, place: pl}, m
	}
	if p.is(j, "lãnh") && p.is(j+1, "đạo") {
		// "tiếp lãnh đạo tỉnh Gyeonggi", "tiếp lãnh đạo cấp cao và doanh
		// nghiệp quận Sung-buk": the leaders of a body or a place
		for k := j + 2; k < p.n() && k <= j+7 && p.isWord(k); k++ {
			if it, m := p.eventObject(k); m > 0 && (it.kind == iOrg || it.kind == iPlace) {
				it.i = j
				return it, k + m - j
			}
		}
	}
	return nil, 0
}

// countrySuffix takes ", Hàn Quốc" or "(Hàn Quốc)" after an event's
// object into its name.
func (p *parser) countrySuffix(e *eventRef, j int) int {
	if p.is(j, ",") || p.is(j, "(") {
		if pl, m := p.parsePlace(j+1, false, true); m > 0 && !pl.landmark {
			end := j + 1 + m
			if p.is(j, "(") {
				if !p.is(end, ")") {
					return j
				}
				end++
			}
			e.places = append(e.places, pl)
			return end
		}
	}
	return j
}

// eventTail reads the words that name an event after its head.
func (p *parser) eventTail(e *eventRef, j int) int {
	strict := e.w.Class == lexicon.Congress || e.w.Class == lexicon.Session
	spelled := strict || e.w.Class == lexicon.Conference // "kỳ họp thứ nhất"
	end := j                                             // the end of the name so far
	for k := j; k < p.n() && k-j < 30; {
		w := p.s.words[k]
		if v, m := p.parseOrdinal(k, spelled); m > 0 && e.ordinal == 0 {
			e.ordinal = v
			k += m
			end = k
			continue
		}
		if t, m := p.parseTerm(k); m > 0 {
			if e.term == "" {
				e.term = t
				e.termY = termStart(t)
			}
			k += m
			end = k
			continue
		}
		if p.is(k, ",") && k+1 < p.n() && (p.is(k+1, "nhiệm") || p.is(k+1, "khóa")) {
			k++
			continue
		}
		if p.is(k, "\"") && !strict { // a theme in quotes: Hội thảo "..."
			if e := p.closingQuote(k); e > 0 {
				k = e + 1
				end = k
				continue
			}
			break
		}
		if p.is(k, "(") {
			if pl, m := p.parsePlace(k+1, false, true); m > 0 && p.is(k+1+m, ")") {
				e.places = append(e.places, pl)
				k += m + 2
				end = k
				continue
			}
			if a := p.shortAside(k); a > 0 && !strict && k > j && end == k && p.is(k+a, ",") &&
				p.isWord(k+a+1) && !p.upper(k+a+1) && !p.x.lex.StopAt(p.ks, k+a+1) && !p.x.lex.EventStopAt(p.ks, k+a+1) {
				// "lễ tôn vinh doanh nghiệp (DN), doanh nhân tiêu biểu": a
				// short name written inside a list of what is honoured
				k += a + 1
				continue
			}
			// "Kỳ họp thứ hai mươi (kỳ họp chuyên đề) HĐND tỉnh": what
			// kind of session, in parentheses, before the holder
			if c := p.lowerAside(k); c > 0 && strict && e.ordinal != 0 && len(e.orgs) == 0 {
				if _, m := p.parseOrg(c+1, orgOpts{}); m > 0 {
					k = c + 1
					continue
				}
			}
			break
		}
		if w.key == "," && end == k && !p.upper(k-1) && !p.upper(k+1) {
			if m := p.x.lex.EventOnAt(p.ks, k+1); m > 0 {
				// "Hội nghị tổng kết, đánh giá kết quả ...": the official
				// name lists what the meeting does (the verb may be a
				// cue's word too: it is the name's here)
				k += 1 + m
				end = k
				continue
			}
		}
		if w.key == "," && p.upper(k+1) && endsAt(p, &p.x.lex.Documents, lexicon.StartsDocument, j, k) {
			// "Lễ công bố các Nghị quyết, Quyết định của Trung ương": a list
			// of documents
			if _, m := longest(p, &p.x.lex.Documents, lexicon.StartsDocument, k+1); m > 0 {
				k += 1 + m
				end = k
				continue
			}
		}
		if (w.key == "trước" || w.key == "sau") && e.w.Class == lexicon.Meeting {
			// "tiếp xúc cử tri trước Kỳ họp thứ 10, Quốc hội khóa XV": the
			// session names which meeting with voters this is; it is not
			// held here
			if sub, m := p.parseEvent(k + 1); m > 0 && (sub.w.Class == lexicon.Session || sub.w.Class == lexicon.Congress) {
				e.orgs = append(e.orgs, sub.orgs...)
				k += 1 + m
				end = k
				continue
			}
		}
		years := k >= 2 && p.ks[k-1] == "năm" && p.s.words[k-2].kind == token.Number
		if from := k + 1; k > j && (w.key == "đợt" || years && w.key == "ngày") {
			// a date that names, and is no date of the ceremony: the batch
			// of "Lễ trao tặng Huy hiệu Đảng đợt ngày 7-11", the day marked
			// by "Lễ kỷ niệm 80 năm ngày 19/8"
			if w.key == "ngày" {
				from = k
			}
			if _, m := p.parseDate(from, false); m > 0 {
				k = from + m
				end = k
				continue
			}
		}
		if _, m := p.parseDate(k, false); m > 0 {
			break
		}
		if _, m := longest(p, &p.x.lex.Honorifics, lexicon.StartsHonorific, k); m > 0 && p.upper(k+m) {
			break
		}
		if t, m := p.parseTitle(k); m > 0 && !t.lower {
			break
		}
		if o, m := p.parseOrg(k, orgOpts{}); m > 0 {
			e.orgs = append(e.orgs, o)
			k += m
			end = k
			continue
		}
		if pl, m := p.parsePlace(k, false, true); m > 0 {
			// a landmark is what the event is about ("khánh thành cầu
			// Nguyễn Tri Phương"), not where it is held
			if !pl.landmark {
				e.places = append(e.places, pl)
			}
			k += m
			end = k
			continue
		}
		if _, m := p.parsePerson(k, false); m > 0 {
			break
		}
		if w.kind == token.Punct {
			// "cao tốc Biên Hòa - Vũng Tàu", "hữu nghị Việt Nam - Lào": a
			// dash between two names (not "Đại hội X - Ảnh: TTXVN")
			if w.key == "-" && k > j && p.upper(k-1) && p.upper(k+1) && p.isWord(k+1) && !p.at(k+1, lexicon.StartsCredit) {
				k++
				continue
			}
			// "lễ khai mạc Hội chợ - Triển lãm thành tựu ...": a fair
			// and exhibition, one event
			if k > j && p.dashedHead(k) > 0 {
				k++
				continue
			}
			// "tình hình kinh tế - xã hội quý I": two fields a dash joins,
			// in lower case
			if (w.key == "-" || w.key == "–") && !strict && k > j && end == k && !p.upper(k-1) && p.isWord(k-1) &&
				!p.upper(k+1) && p.isWord(k+1) && !p.x.lex.StopAt(p.ks, k+1) {
				k++
				continue
			}
			// "năm học 2022 - 2023": a span of years
			if w.key == "-" && k > j && p.yearLike(k-1) && p.yearLike(k+1) {
				k += 2
				end = k
				continue
			}
			if w.key == "," && !strict && k > j && p.coordinated(k) {
				k++
				continue
			}
			// "Kỳ họp thứ 10, HĐND tỉnh Nghệ An khóa XVIII", "Kỳ họp thứ 4 -
			// HĐND tỉnh khóa XIX": the holder after the ordinal
			if (w.key == "," || w.key == "-" || w.key == "–") && strict && e.ordinal != 0 && len(e.orgs) == 0 {
				if _, m := p.parseOrg(k+1, orgOpts{}); m > 0 {
					k++
					continue
				}
			}
			break
		}
		if w.key == "với" && (e.w.Class == lexicon.Reception || e.w.Class == lexicon.Meeting || e.w.Class == lexicon.Visit) {
			if _, m := p.parseOrg(k+1, orgOpts{}); m > 0 {
				k++
				continue
			}
			if pl, m := p.parsePlace(k+1, false, true); m > 0 && !pl.landmark {
				k++
				continue
			}
		}
		// a word that states a position ("làm", "thay") is a plain word in
		// an event's name ("Lễ ra quân làm đường giao thông")
		if c, m := longest(p, &p.x.lex.Cues, lexicon.StartsCue, k); m > 0 && !c.Position() {
			if c.Rel == lexicon.CueNone && !c.Verb { // "khởi công dự án ..."
				k += m
				end = k
				continue
			}
			if c.Rel == lexicon.CueNone || !(w.key == "công" || w.key == "tổ") {
				break
			}
		}
		if (w.upper || years) && w.key == "ngày" && k > j && p.isWord(k+1) {
			// "Lễ kỷ niệm 15 năm Ngày kết nghĩa ...", "kỷ niệm 75 năm ngày
			// truyền thống": a day's name, not a date
			k++
			end = k
			continue
		}
		if !w.upper && p.x.lex.EventStopAt(p.ks, k) && !(k == j && p.x.lex.EventOnAt(p.ks, k) > 0) {
			// a capitalized word is never stopped: "trao tặng Bằng
			// khen"; nor a verb that names what the meeting does, right
			// after its head ("Hội nghị đánh giá tình hình ...")
			break
		}
		if strict && !w.upper {
			if _, m := p.x.lex.EventTails.Longest(p.ks, k); m > 0 { // "toàn quốc", "bất thường"
				k += m
				end = k
				continue
			}
			if w.key == "tháng" && k+1 < p.n() && p.s.words[k+1].kind == token.Number && !p.s.words[k+1].exp {
				k += 2 // "thường kỳ tháng 9", "tháng 9/2023"
				end = k
				continue
			}
			if w.key == "của" && k+1 < p.n() {
				if _, m := p.parseOrg(k+1, orgOpts{}); m > 0 {
					k++
					continue
				}
			}
			if e.ordinal == 0 && k > j && p.upper(k-1) {
				// "Đại hội Thi đua yêu nước toàn quốc lần thứ XI": the
				// congress's topic, written in sentence case, runs to
				// its ordinal
				if r := p.runToOrdinal(k); r > k {
					k = r
					end = k
					continue
				}
			}
			break
		}
		if w.kind == token.Number && !(k+1 < p.n() && p.isWord(k+1) && !p.upper(k+1)) && !p.yearLike(k) &&
			!(k > j && (p.ks[k-1] == "quý" || p.ks[k-1] == "tháng")) { // "quý I/2025", "tháng 9/2025": the period reviewed
			break
		}
		if w.key == "và" && end > j && p.startsEventAt(k+1) {
			// "lễ trao học bổng và lễ khai giảng": two events; not "lễ viếng
			// và lễ truy điệu đồng chí X", whose first shares the second's
			// object
			break
		}
		if w.key == "và" || w.key == "của" || w.key == "giữa" || w.key == "về" || w.key == "với" || w.key == "thuộc" {
			k++ // a joining word: part of the name only if more follows
			continue
		}
		if w.key == "đối" && p.is(k+1, "với") && e.w.Class != lexicon.Trial {
			// "... lên Đại tướng đối với ...": the same (a hearing's
			// defendant is read after it, see defendant)
			k += 2
			continue
		}
		if (w.key == "năm" || w.key == "tháng") && p.yearLike(k+1) {
			k++
			continue
		}
		k++
		end = k
	}
	return end
}

// runToOrdinal returns where an ordinal starts after a run of at most
// six words in lower case from k, maybe ending in the lower-case words
// of a congress's name ("yêu nước toàn quốc lần thứ XI"), or 0: no stop,
// punctuation or number on the way.
func (p *parser) runToOrdinal(k int) int {
	for e := k; e < p.n() && e <= k+6; e++ {
		if _, m := p.parseOrdinal(e, true); m > 0 {
			return e
		}
		if pl, m := p.parsePlace(e, false, true); m > 0 && e > k && !pl.landmark && !pl.implicit {
			e += m - 1 // "Đại hội Thi đua yêu nước tỉnh Lai Châu lần thứ V"
			continue
		}
		if !p.isWord(e) || p.upper(e) || p.x.lex.StopAt(p.ks, e) || p.x.lex.EventStopAt(p.ks, e) {
			return 0
		}
	}
	return 0
}

// lowerAside returns the closing parenthesis of words in lower case, at
// most six, in parentheses opened at k ("(kỳ họp chuyên đề)"), or 0.
func (p *parser) lowerAside(k int) int {
	for c := k + 1; c < p.n() && c <= k+7; c++ {
		switch {
		case p.is(c, ")"):
			if c > k+1 {
				return c
			}
			return 0
		case !p.isWord(c) || p.upper(c):
			return 0
		}
	}
	return 0
}

// coordinated reports whether the comma at k joins two descriptions of an
// event ("hợp tác, phát triển"): a lower-case content word on each side.
func (p *parser) coordinated(k int) bool {
	prev, next := k-1, k+1
	if prev < 0 || next >= p.n() || p.upper(next) || p.upper(prev) {
		return false
	}
	if p.s.words[prev].kind != token.Word || p.s.words[next].kind != token.Word {
		return false
	}
	if p.x.lex.StopAt(p.ks, next) || p.x.lex.EventStopAt(p.ks, next) || p.x.lex.StopAt(p.ks, prev) {
		return false
	}
	if p.ks[prev] == "phòng" && p.ks[next] == "chống" {
		return true // "phòng, chống thiên tai": how official names write it
	}
	// "hợp tác, phát triển giữa A và B", "chúc Tết cán bộ, chiến sĩ Bộ Chỉ
	// huy ...": the words after the comma lead, before any other
	// punctuation, to a joining word or an organization; else the comma
	// ends the event's name ("Tại buổi tiếp xúc, cử tri kiến nghị ...").
	for e := next; e < p.n() && e < next+8; e++ {
		if p.s.words[e].kind == token.Punct {
			return false
		}
		switch p.ks[e] {
		case "giữa", "về", "của", "với":
			return true
		}
		if _, m := p.parseOrg(e, orgOpts{}); m > 0 {
			return true
		}
	}
	return false
}

// yearLike reports whether word k is a year or a span of years ("năm
// 2023", "năm học 2022-2023", "giai đoạn 2021 - 2025") in an event's name.
func (p *parser) yearLike(k int) bool {
	t := p.s.tokText(k)
	first, rest, _ := strings.Cut(t, "-")
	y, err := strconv.Atoi(first)
	if err != nil || y < 1900 || y > 2200 {
		return false
	}
	if rest != "" {
		if y2, err := strconv.Atoi(rest); err != nil || y2 < y || y2 > y+10 {
			return false
		}
	}
	return k > 0 && (p.ks[k-1] == "năm" || p.ks[k-1] == "học" || p.ks[k-1] == "đoạn" || p.ks[k-1] == "kỳ" || p.ks[k-1] == "-")
}

// closingQuote returns the word that closes the quote opened at k, within
// 25 words and the sentence, or 0.
func (p *parser) closingQuote(k int) int {
	for e := k + 1; e < p.n() && e <= k+25; e++ {
		if p.is(e, "\"") {
			if e == k+1 {
				return 0
			}
			return e
		}
	}
	return 0
}

// startsEventAt reports whether another event's head starts at word k,
// one a name may not run into ("lễ A và lễ B").
func (p *parser) startsEventAt(k int) bool {
	if !p.at(k, lexicon.StartsEvent) {
		return false
	}
	w, n := longest(p, &p.x.lex.Events, lexicon.StartsEvent, k)
	return n > 0 && !w.Verb && !w.Activity && !w.Part && (!w.Upper || p.upper(k))
}
