package extract

import (
	"slices"
	"strings"

	"kg/graph"
	"kg/ingest/lexicon"
)

// attach gives each title of a sentence to the person it describes.
//
//   - A plural title covers the names after it: "các Phó Chủ tịch UBND
//     thành phố X, Y"; with "gồm", ":" or "là" it covers every name to the
//     end of the sentence ("các Ủy viên T.Ư Đảng gồm: đồng chí X, ...; Y,
//     ...").
//   - Titles elected to cover the names after "là": "được bầu làm Phó Bí
//     thư Tỉnh ủy là bà X, ..., và ông Y".
//   - A chain of titles joined by commas or "kiêm" goes to the name right
//     after it ("Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch
//     UBND thành phố Nguyễn Đức Chung"), or to the name after "là"; else
//     to the name before it in the same entry, after a comma, a dash or
//     "là" ("Nguyễn Văn Phong, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh";
//     "Dương Văn Thái - Phó Bí thư Tỉnh ủy khóa XVIII, ... -").
//   - A title right after an election cue goes to the subject of the
//     clause ("X ... được bầu giữ chức Chủ tịch ...").
//
// Titles left over may refer to a person named elsewhere in the article.
func (a *article) attach(ps *parsed) {
	items := ps.items
	done := make([]bool, len(items))
	// people of the sentence, with short references resolved
	for k := range items {
		it := items[k]
		if it.kind == iPerson && it.person.short && a.foreignIntro(ps, k) {
			// addressed, and no Vietnamese word: the shape says a name
			it.person.short = false
			it.person.foreign, it.person.shaped = true, true
		}
		if it.kind == iPerson && !it.person.short {
			a.person(it.person)
		}
	}
	// plural titles
	for k := 0; k < len(items); k++ {
		if !a.pluralAt(items, k) {
			continue
		}
		m := k + 1
		if m < len(items) && (items[m].kind == iHon || items[m].key == "vị") {
			m++ // "các đồng chí Ủy viên ...", "các vị"
		} else if m < len(items) && items[m].kind == iWord {
			// "các đồng chí là ...": a form of address with no name after
			if h, n := longest(ps.p, &a.x.lex.Honorifics, lexicon.StartsHonorific, items[m].i); h != nil && m+n <= len(items) && items[m+n-1].j == items[m].i+n {
				m += n
			}
		}
		if m+1 < len(items) && items[m].kind == iCopula && items[m].key == "là" && items[m+1].kind == iTitle {
			m++ // "các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: ..."
		}
		if m >= len(items) || items[m].kind != iTitle {
			continue
		}
		n := m + 1
		// "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch
		// Quốc hội: A, B, C": a chain of titles before the list, each
		// every name's
		chain := []int{m}
		for e := n; e+1 < len(items) && items[e].key == "," && items[e+1].kind == iTitle; e += 2 {
			if f := e + 2; f < len(items) && (items[f].key == ":" || items[f].kind == iCopula) {
				for c := n + 1; c <= e+1; c += 2 {
					chain = append(chain, c)
				}
				n = f
				break
			}
		}
		// "các Phó Giám đốc Sở hiện gồm ...": an adverb or two may come
		// before the copula
		for w := n; w < len(items) && w <= m+3 && items[w].kind == iWord; w++ {
			if w+1 < len(items) && (items[w+1].key == ":" || items[w+1].kind == iCopula) {
				n = w + 1
				break
			}
		}
		if n+1 < len(items) && items[n].key == "," && items[n+1].kind == iCopula {
			n++ // "2 cựu Phó Chủ tịch UBND xã X, gồm: A ... và B"
		}
		open := false
		for n < len(items) && (items[n].key == ":" || items[n].kind == iCopula) {
			open = true
			n++
		}
		people := a.listAfter(items, n, open)
		if open {
			people = a.rankedOut(items, n, people, items[m].title)
		}
		own := ownOrgs(items, n, people)
		if len(people) > 0 {
			boardOrg(items, k, items[m].title)
			if t := items[m].title; !open && own == nil && t.org == nil && t.place == nil && !t.t.Whole {
				// "các luật sư A và B (Đoàn Luật sư tỉnh Z)"
				last := people[len(people)-1]
				for q := n; q < len(items); q++ {
					if items[q].kind == iPerson && items[q].person == last {
						t.org = orgAfterName(items, q+1)
						break
					}
				}
			}
		}
		for _, pr := range people {
			for _, c := range chain {
				t := items[c].title
				if o := elidedOrg(ps, items, pr, t); o != nil {
					// "các Bộ trưởng: Tài chính X, Y tế Z": each of a ministry
					// named before the name
					each := *t
					each.org = o
					t = &each
				} else if o := own[pr]; o != nil && t.org == nil && t.place == nil && !t.t.Whole {
					// "ba Bộ trưởng A (Bộ Ngoại giao), B (Bộ Nội vụ)"
					each := *t
					each.org = o
					t = &each
				}
				a.hold(a.person(pr), t, ps, "plural-title", false)
			}
		}
		if len(people) > 0 {
			for _, c := range chain {
				done[c] = true
			}
		}
	}
	// elected titles over a list after "là"
	for k := 0; k+2 < len(items); k++ {
		if items[k].kind != iCue || items[k].cue.Rel != lexicon.CueElected {
			continue
		}
		m := k + 1
		for m < len(items) && (items[m].kind == iWord || items[m].kind == iCue && items[m].cue.Position()) {
			m++ // "được tín nhiệm bầu làm ..."
		}
		if m+1 >= len(items) || items[m].kind != iTitle || done[m] || items[m+1].kind != iCopula {
			continue
		}
		for _, pr := range a.listAfter(items, m+2, true) {
			a.hold(a.person(pr), items[m].title, ps, "elected-list", true)
		}
		done[m] = true
	}
	// "Phó Bí thư Đảng ủy Khối là hai đồng chí A và B": a title that a
	// count of the names after "là" holds, each of them
	for m := 0; m+3 < len(items); m++ {
		if items[m].kind != iTitle || done[m] || items[m+1].kind != iCopula || items[m+1].key != "là" || !a.pluralAt(items, m+2) {
			continue
		}
		n := m + 3
		if items[n].kind == iHon {
			n++
		}
		people := a.listAfter(items, n, false)
		if len(people) < 2 {
			continue
		}
		for _, pr := range people {
			a.hold(a.person(pr), items[m].title, ps, "plural-title", false)
		}
		done[m] = true
	}
	// "X từng làm T", "ông từng giữ chức T": a position held before
	for k := range items {
		if items[k].kind != iTitle || done[k] {
			continue
		}
		b := heldBefore(items, k)
		if b < 0 {
			continue
		}
		var holder *personEnt
		if pr := nearestInClause(items, b); pr != nil {
			holder = a.person(pr)
		} else if b > 0 && (items[b-1].key == "ông" || items[b-1].key == "bà") {
			holder = a.lastPerson(ps, b-1, items[b-1].key == "bà")
		}
		if holder == nil {
			continue
		}
		// "từng làm Bí thư Huyện ủy X, Giám đốc Sở Y": each title of the
		// list was held
		for _, c := range titleList(items, k) {
			if done[c] {
				break
			}
			items[c].title.former = true
			a.hold(holder, items[c].title, ps, "former-title", false)
			done[c] = true
		}
	}
	// chains
	for k := 0; k < len(items); k++ {
		if items[k].kind != iTitle || done[k] {
			continue
		}
		if onBehalf(items, k) && !(k+1 < len(items) && items[k+1].kind == iPerson && items[k+1].i == items[k].j) {
			// "Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng ... X":
			// the title names the principal, not X (but "thay mặt Bí thư
			// Tỉnh ủy A, ..." names A, whose title it is)
			done[k] = true
			a.titleRefs = append(a.titleRefs, titleAt{ps: ps, item: k, ref: a.readsAsRef(items, k)})
			continue
		}
		chain := []int{k}
		e := k + 1
		// after a predicate, a list of posts may run on past semicolons
		// ("kinh qua các vị trí: T1; T2")
		semi := predicateBefore(items, k)
		for {
			// "Trưởng Ban Chỉ đạo quốc gia về phòng, chống thiên tai
			// (PCTT), Chủ tịch Ủy ban ...": a short name in parentheses
			// after a title's body, before the next title
			if n := shortNameEnd(ps, e); n > e && n+1 < len(items) && items[n].key == "," && items[n+1].kind == iTitle && !done[n+1] {
				e = n
			}
			if !(e+1 < len(items) && (items[e].key == "," || items[e].key == "kiêm" || items[e].key == "-" || items[e].key == ";" && (semi || nameless(items, e+1))) && items[e+1].kind == iTitle && !done[e+1]) {
				break
			}
			shareOrg(items[chain[len(chain)-1]].title, items[e+1].title, items[e].key != ",")
			chain = append(chain, e+1)
			e += 2
		}
		for _, c := range chain {
			done[c] = true
		}
		foreignChain(items, chain, ps.side)
		target, rule, elected := a.chainTarget(ps, chain, e)
		if rule == "title-before-name" && len(chain) > 1 {
			if b := chain[0] - 2; b >= 0 && items[b+1].key == "," && items[b].kind == iPerson && items[b].person != target &&
				!(b > 0 && items[b-1].kind == iTitle && items[b-1].j == items[b].i) { // ("T1 A, T2 B": a list of titled names)
				// "ông A, Bí thư Thành ủy Hà Nội, Bộ trưởng Bộ KH&CN B": the
				// titles after A's comma are A's; only the last, before B's
				// name, is B's
				for _, c := range chain[:len(chain)-1] {
					a.hold(a.holderOf(items[b].person), items[c].title, ps, "title-after-name", false)
					items[c].title.person = items[b].person
				}
				chain = chain[len(chain)-1:]
			}
		}
		if target == nil {
			for _, c := range chain {
				a.titleRefs = append(a.titleRefs, titleAt{ps: ps, item: c, ref: a.readsAsRef(items, c)})
			}
			k = e - 1
			continue
		}
		if !a.x.vietnamese(target) {
			foreignHolder(items, chain)
		}
		if rule == "title-before-name" {
			parenOrg(items, chain, target)
		}
		holders := []*personRef{target}
		switch {
		case rule == "elected-title" || rule == "holds-title" || rule == "held-title":
			holders = subjectList(items, target, rule != "held-title")
		case rule == "title-after-name" && eachHolds(items, chain[0]):
			// "A và B, đều là Phó Chủ tịch UBND huyện": each of the list
			holders = subjectList(items, target, false)
		case rule == "title-after-name" && a.sharedChain(items, chain):
			// "có các ông A và B, Phó Chủ tịch HĐND tỉnh": a title after
			// a list the plural opens is each one's
			holders = pluralList(items, target)
		}
		left := rule == "title-after-name" && leftAfter(items, chain[0], e) || dismissedAfter(items, e)
		for _, c := range chain {
			if rule == "held-title" || left {
				items[c].title.former = true
			}
			items[c].title.given = rule == "elected-title" || rule == "holds-title"
			for _, h := range holders {
				a.hold(a.holderOf(h), items[c].title, ps, rule, elected)
			}
			items[c].title.person = target
		}
		k = e - 1
	}
	a.replaced(ps)
	a.relieved(ps)
}

// promoted marks as held until then the deputy's post of one elected to
// head the same body: "bà X - Phó Chủ tịch Thường trực Hội LHPN tỉnh - đã
// được bầu giữ chức Chủ tịch Hội LHPN tỉnh". A body's head is none of its
// deputies.
func (a *article) promoted() {
	for _, e := range a.persons {
		for _, h := range e.positions {
			if !h.elected || h.pos.org == nil {
				continue
			}
			for _, o := range e.positions {
				if !o.elected && o.pos.org == h.pos.org && strings.HasPrefix(o.pos.roleKey, "phó "+h.pos.roleKey) {
					o.former = true
				}
			}
		}
	}
}

// relieved gives the people after "đối với" the title a "miễn nhiệm"
// names, as held until then: "miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh
// đối với 2 ông X và Y".
func (a *article) relieved(ps *parsed) {
	items := ps.items
	for c := range items {
		if items[c].kind != iCue || items[c].cue.Rel != lexicon.CueRelieved {
			continue
		}
		t := -1
		for k := c + 1; k < len(items) && k <= c+4; k++ {
			if items[k].kind == iTitle {
				t = k
				break
			}
			if items[k].kind != iWord {
				break
			}
		}
		if t < 0 {
			continue
		}
		for k := t + 1; k+1 < len(items) && items[k].key != ";" && items[k].key != "."; k++ {
			if items[k].key != "đối" || items[k+1].key != "với" {
				continue
			}
			n := k + 2
			if n < len(items) && (isDigits(items[n].key) || a.x.lex.Classes[items[n].key]&clsPlural != 0) {
				n++ // "đối với 2 ông X và Y"
			}
			for _, pr := range a.listAfter(items, n, false) {
				held := *items[t].title
				held.former = true
				a.hold(a.holderOf(pr), &held, ps, "relieved-title", false)
			}
			break
		}
	}
}

// elidedOrg returns the organization a list entry names before its
// person, under a plural title that names its organizations by what
// follows its head ("các Bộ trưởng: Tài chính X, Y tế Z" are the Bộ
// trưởng of the Bộ Tài chính and the Bộ Y tế), or nil.
func elidedOrg(ps *parsed, items []item, pr *personRef, t *titleRef) *orgRef {
	if t.org != nil || t.t.OrgHead == "" {
		return nil
	}
	n := -1
	for k := range items {
		if items[k].kind == iPerson && items[k].person == pr {
			n = k
			break
		}
	}
	b := n - 1
	for b >= 0 && (items[b].kind == iWord || items[b].key == "và" || items[b].key == "-" || items[b].key == "&") {
		b-- // "Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội"
	}
	if n < 0 || b < 0 || b == n-1 || items[b].key != ":" && items[b].key != "," && items[b].key != ";" {
		return nil
	}
	i, j := items[b+1].i, items[n-1].j
	if !ps.p.upper(i) || j-i > 6 {
		return nil
	}
	return ps.p.headedOrg(t.t.OrgHead, i, j)
}

// pluralAt reports whether item k makes the title after it plural: "các",
// "những", a number in words or digits ("Hai Phó Giám đốc", "5 Phó Giám
// đốc"), capitalized or not.
func (a *article) pluralAt(items []item, k int) bool {
	it := items[k]
	return it.kind == iPlural || it.kind == iWord && (a.x.lex.Classes[it.key]&clsPlural != 0 || isDigits(it.key))
}

// boardOrg gives a plural title that names no organization the one its
// sentence named before it: "Ban Giám đốc Sở X được kiện toàn; các Phó
// Giám đốc gồm ...". The members of a board named after their title ("Ban
// Giám đốc") are of the board's parent.
func boardOrg(items []item, k int, t *titleRef) {
	if t.org != nil || t.place != nil || t.t.Whole || t.t.Context != "" {
		return
	}
	for b := k - 1; b >= 0; b-- {
		if items[b].kind != iOrg {
			continue
		}
		o := items[b].org
		if o.child != nil && o.headKey == "ban "+strings.TrimPrefix(t.roleKey, "phó ") {
			o = o.child
		}
		t.org = o
		return
	}
}

// shareOrg gives a title joined to the next by "kiêm" or a dash, and
// naming nothing, what the next one names: "Bí thư kiêm Chủ tịch tỉnh X"
// (the place), "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Y" (a company,
// or another body outside the State's and the Party's: a Bí thư is of no
// UBND).
//
// Over a comma, only a title of a class of organizations takes the next
// one's organization of that class: "Chủ tịch HĐQT, Tổng Giám đốc Công ty
// Y" (the lexicon's context=).
func shareOrg(t, next *titleRef, tight bool) {
	if t.org != nil || t.place != nil || t.t.Whole || t.t.Weak || t.lower {
		return
	}
	if !tight {
		if next.org == nil || next.org.kind == nil || next.implied {
			return
		}
		if t.t.Context == "" {
			// "Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra Công an
			// tỉnh": a bare head's or deputy's title before a unit's head
			// is of the body the unit is part of
			body := next.org.parent
			if body == nil {
				body = next.org.child
			}
			if body != nil && body.kind != nil && body.kind.Class == graph.OrgArmed {
				t.org = body
			}
			return
		}
		if class, err := graph.ParseOrgClass(t.t.Context); err == nil && class == next.org.kind.Class {
			t.org = next.org
		}
		return
	}
	switch {
	case next.place != nil && next.org == nil:
		t.place = next.place
	case next.org != nil && !next.implied && next.org.kind != nil:
		switch next.org.kind.Class {
		case graph.OrgBusiness, graph.OrgMedia, graph.OrgOther:
			t.org = next.org
		default:
			if next.org.parent != nil {
				// "Phó Chủ tịch kiêm Trưởng ban Dân tộc HĐND tỉnh": of
				// the body the unit is part of
				t.org = next.org.parent
			}
		}
	}
}

// parenOrg gives the titles of a chain that name no organization the one
// in parentheses after their holder's name: "phóng viên X (Báo Y)",
// "luật sư X (Đoàn Luật sư tỉnh Z)".
func parenOrg(items []item, chain []int, target *personRef) {
	n := -1
	for k := chain[len(chain)-1] + 1; k < len(items); k++ {
		if items[k].kind == iPerson && items[k].person == target {
			n = k
			break
		}
	}
	if n < 0 {
		return
	}
	o := orgAfterName(items, n+1)
	if o == nil {
		return
	}
	for _, c := range chain {
		if t := items[c].title; t.org == nil && t.place == nil && !t.t.Whole {
			t.org = o
		}
	}
}

// orgAfterName returns the organization that the words from item n on
// give the names before them: "(Báo Y)", ", VKSND tỉnh Z," or "thuộc Đoàn
// Luật sư tỉnh Z", or nil.
func orgAfterName(items []item, n int) *orgRef {
	if n+1 >= len(items) || items[n+1].kind != iOrg {
		return nil
	}
	end := n + 2
	switch items[n].key {
	case "(":
		if end < len(items) && items[end].key == ")" {
			return items[n+1].org
		}
	case ",":
		// not one of a list of names, organizations or titles
		if end == len(items) {
			return items[n+1].org
		}
		switch items[end].kind {
		case iOrg, iPerson, iTitle, iHon, iPlace:
		default:
			if items[end].key == "," && end+1 < len(items) && items[end+1].kind == iOrg {
				return nil // "Sở Y tế, Sở Tài chính, ..."
			}
			return items[n+1].org
		}
	case "thuộc":
		return items[n+1].org
	}
	return nil
}

// replaced gives the person after "thay (cho)" the position the clause
// gives before it, as one held before: "X được bầu giữ chức Chủ tịch UBND
// huyện, thay ông Y" says Y was the Chủ tịch.
func (a *article) replaced(ps *parsed) {
	items := ps.items
	for c := range items {
		if items[c].kind != iCue || items[c].cue.Rel != lexicon.CueReplaced {
			continue
		}
		n := replacedAt(items, c)
		if n < 0 {
			continue
		}
		who := a.holderOf(items[n].person)
		if who == nil {
			continue
		}
		// the post the clause gives before the cue, or, for a fronted
		// "Thay ông X, ... bổ nhiệm ông Y giữ chức T", after it
		t := givenTitle(items, c-1, -1)
		if t == nil && c <= 1 {
			t = givenTitle(items, n+1, 1)
		}
		if t == nil && n+2 < len(items) && items[n+1].key == "làm" && items[n+2].kind == iTitle {
			t = items[n+2].title // "X kế nhiệm ông Y làm Chủ tịch ..."
		}
		if t == nil || t.person == items[n].person || t.person.ent == who {
			continue // none, or the replaced one's own title
		}
		held := *t
		held.former = true
		a.hold(who, &held, ps, "replaced-title", false)
	}
}

// givenTitle returns the first title a predicate gives from item k on,
// in the direction step (1 or -1), or nil.
func givenTitle(items []item, k, step int) *titleRef {
	for ; k >= 0 && k < len(items); k += step {
		if items[k].kind == iTitle && items[k].title.given {
			return items[k].title
		}
	}
	return nil
}

// replacedAt returns the item of the person named right after the cue at
// item c ("thay ông X"), or -1.
func replacedAt(items []item, c int) int {
	n := c + 1
	if n < len(items) && items[n].kind == iHon {
		n++
	}
	if n < len(items) && items[n].kind == iPerson {
		return n
	}
	return -1
}

// replacedPerson reports whether the person at item k is named after
// "thay (cho)": someone who left the post, not at the event.
func replacedPerson(items []item, k int) bool {
	for c := k - 1; c >= 0 && c >= k-2; c-- {
		if items[c].kind == iCue && items[c].cue.Rel == lexicon.CueReplaced {
			return replacedAt(items, c) == k
		}
	}
	return false
}

// subjectList returns the list of names that ends with last: "các đồng
// chí X và Y được bầu giữ chức ..." elects both. An entry may give its
// holder's titles after a comma or a dash ("ông A - Chỉ huy trưởng Quân
// sự và ông B - Trưởng Công an xã được bầu làm ...", "A, T1; B, T2; C,
// T3, làm ...").
func subjectList(items []item, last *personRef, appositives bool) []*personRef {
	end := -1
	for k := range items {
		if items[k].kind == iPerson && items[k].person == last {
			end = k
		}
	}
	out := []*personRef{last}
	for b := end - 1; b >= 0; b-- {
		switch it := items[b]; {
		case it.kind == iPerson && !it.person.short:
			out = append(out, it.person)
		case it.kind == iHon, it.key == ",", it.key == "và":
		case !appositives:
			return out
		case (it.key == ";" || it.key == "-" || it.key == "–") && b > 0 && items[b-1].kind == iTitle:
		case (it.key == ";" || it.key == "-" || it.key == "–") && b > 0 && items[b-1].kind == iPerson:
		case it.kind == iTitle && b > 0 && (items[b-1].key == "," || items[b-1].key == "-" || items[b-1].key == "–" || items[b-1].key == "kiêm"):
			// an entry's appositive title
		default:
			return out
		}
	}
	return out
}

// pluralList returns the persons of the list that ends with last when a
// plural opens it ("các ông A, B và C", "các đồng chí A, B"): the
// subjectList of last, which a plural and a form of address stand right
// before; else last alone.
func pluralList(items []item, last *personRef) []*personRef {
	list := subjectList(items, last, false)
	first := -1
	for k := range items {
		if items[k].kind == iPerson && items[k].person == list[len(list)-1] {
			first = k
			break
		}
	}
	if len(list) < 2 || first < 2 || items[first-1].kind != iHon || items[first-2].kind != iPlural {
		return []*personRef{last}
	}
	return list
}

// pendingBefore reports whether the words before item b say that what
// the cue at b tells is still to come: "chờ bầu", "sẽ bầu", "quy trình
// bầu bổ sung", "đến khi bầu bổ sung".
func pendingBefore(items []item, b int) bool {
	if b > 0 && (items[b-1].key == "chờ" || items[b-1].key == "sẽ") {
		return true
	}
	if b > 1 {
		switch items[b-2].key + " " + items[b-1].key {
		case "quy trình", "đến khi", "trước khi", "có thể", "dự kiến", "khả năng":
			// "có thể trở thành nữ Thủ tướng đầu tiên": not yet
			return true
		}
	}
	return false
}

// leftAfter reports whether the holder of the titles from item first to
// e, named before them, leaves them in the clause: transferred to another
// post ("điều động đồng chí X, Giám đốc Sở Nội vụ giữ chức Bí thư Huyện
// ủy"), or retired ("X, Chủ tịch UBND tỉnh, nghỉ hưu theo chế độ").
func leftAfter(items []item, first, e int) bool {
	n := e
	if n < len(items) && items[n].key == "," {
		n++
	}
	if n+1 < len(items) && items[n].key == "nghỉ" && items[n+1].key == "hưu" {
		return true
	}
	if n >= len(items) || items[n].kind != iCue || items[n].cue.Rel != lexicon.CueElected {
		return false
	}
	for b := first - 1; b > 0; b-- {
		if k := items[b-1].key + " " + items[b].key; k == "điều động" || k == "luân chuyển" {
			return true
		}
	}
	return false
}

// dismissedAfter reports whether the clause after item e, the end of a
// chain of titles (or of the name after it), tells its holder was removed
// from them, naming no other post: "Ông X, Chủ tịch UBND huyện, bị cách
// chức", "Thủ tướng X bị tòa án phế truất".
func dismissedAfter(items []item, e int) bool {
	n := e
	for n < len(items) && (items[n].key == "," || items[n].kind == iPerson || items[n].kind == iHon) {
		n++
	}
	if n >= len(items) || items[n].key != "bị" {
		return false
	}
	for c := n + 1; c < len(items) && c <= n+4; c++ {
		it := items[c]
		if it.kind == iCue && it.cue.Rel == lexicon.CueHeld {
			return c+1 >= len(items) || items[c+1].kind != iTitle
		}
		if it.kind != iWord && it.kind != iOrg {
			return false
		}
	}
	return false
}

// eachHolds reports whether "đều là" stands before the title at item k:
// "A và B, đều là T" gives T to each.
func eachHolds(items []item, k int) bool {
	return k >= 2 && items[k-1].kind == iCopula && items[k-2].key == "đều"
}

// sharedChain reports whether several may hold each title of a chain at
// once: none is of a role one person holds (SoleRole).
func (a *article) sharedChain(items []item, chain []int) bool {
	for _, c := range chain {
		if a.x.lex.SoleKey(items[c].title.roleKey) {
			return false
		}
	}
	return true
}

// foreignChain gives the titles of a chain that name no organization the
// country another title of the chain names: in "Tổng Bí thư, Chủ tịch
// nước Lào X" the Tổng Bí thư is Lao, not of Việt Nam's Party.
// A title of another country's ministry ("Bộ trưởng Bộ Ngoại giao Lào")
// names it too; failing that, so does the sentence's "về phía Lào".
func foreignChain(items []item, chain []int, side *placeRef) {
	var country *placeRef
	for _, c := range chain {
		t := items[c].title
		switch {
		case t.place != nil && t.place.level == "nước" && t.org == nil:
			country = t.place
		case t.org != nil && foreignCountry(t.org.innermost().place):
			country = t.org.innermost().place
		}
	}
	if country == nil && foreignCountry(side) {
		country = side
	}
	if country == nil {
		return
	}
	for _, c := range chain {
		if t := items[c].title; t.implied {
			t.org, t.implied, t.place = nil, false, country
		}
	}
}

// foreignCountry reports whether a place is a country other than Việt Nam.
func foreignCountry(pl *placeRef) bool {
	return pl != nil && pl.level == "nước" && pl.nameKey != "" && pl.nameKey != "việt nam"
}

// foreignHolder drops the organizations the lexicon gives titles by
// default, which are Việt Nam's, from the chain of a person with a
// foreign name: in "Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith" the
// Tổng Bí thư is not of Việt Nam's Party.
func foreignHolder(items []item, chain []int) {
	for _, c := range chain {
		t := items[c].title
		if t.implied {
			t.org, t.implied = nil, false
		}
		t.foreign = true
	}
}

// titleList returns the titles from item k on that a comma, a
// semicolon or "kiêm" joins.
func titleList(items []item, k int) []int {
	out := []int{k}
	for e := k + 1; e+1 < len(items) && (items[e].key == "," || items[e].key == ";" || items[e].key == "kiêm") && items[e+1].kind == iTitle; e += 2 {
		out = append(out, e+1)
	}
	return out
}

// heldBefore returns the index of the "từng" before the title at item
// k ("từng làm", "từng là", "từng giữ chức", "từng đảm nhiệm"), or -1.
func heldBefore(items []item, k int) int {
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		switch items[b].key {
		case "từng":
			return b
		case "làm", "là", "giữ", "chức", "đảm", "nhiệm", "cương", "vị", "các", "chức vụ", "vụ", ":":
		default:
			return -1
		}
	}
	return -1
}

// namesPerson reports whether a sentence names a person or addresses
// one.
func namesPerson(items []item) bool {
	for _, it := range items {
		if it.kind == iPerson || it.kind == iHon {
			return true
		}
	}
	return false
}

// lastNamed returns the full name named last in the paragraph before the
// sentence ps, or nil.
func (a *article) lastNamed(ps *parsed) *personRef {
	for si := ps.idx - 1; si >= 0 && a.sents[si].s.para == ps.s.para && a.sents[si].s.unit == ps.s.unit; si-- {
		items := a.sents[si].items
		for k := len(items) - 1; k >= 0; k-- {
			if it := items[k]; it.kind == iPerson && !it.person.short {
				return it.person
			}
		}
	}
	return nil
}

// nearestInClause returns the last full name before item k in its clause.
func nearestInClause(items []item, k int) *personRef {
	for b := k - 1; b >= 0 && items[b].key != ";" && items[b].key != "."; b-- {
		if items[b].kind == iPerson && !items[b].person.short {
			return items[b].person
		}
	}
	return nil
}

// lastPerson returns whom a bare "ông" or "bà" (item at of a sentence)
// refers to:
// the person named last before it, a woman for "bà" (a Vietnamese woman's
// name has "Thị"; a man's has not).
func (a *article) lastPerson(ps *parsed, at int, female bool) *personEnt {
	for si := ps.idx; si >= 0; si-- {
		items := a.sents[si].items
		for k := len(items) - 1; k >= 0; k-- {
			it := items[k]
			if it.kind != iPerson || si == ps.idx && k >= at {
				continue
			}
			e := it.person.ent
			if e == nil && it.person.short {
				e = a.shortRef(it.person) // "Ông Hải quê ..."
			}
			if e == nil {
				continue
			}
			// the form of address it was named with says the gender; else a
			// Vietnamese woman's name has "Thị"
			thi := strings.Contains(" "+e.key+" ", " thị ")
			gender := ""
			if k > 0 && items[k-1].kind == iHon && items[k-1].hon != nil {
				gender = items[k-1].hon.Gender
			}
			switch {
			case gender != "":
				if (gender == "female") != female {
					continue
				}
			case !e.foreign && thi != female:
				continue
			}
			return e
		}
	}
	return nil
}

// onBehalf reports whether the title at item k follows "thay mặt",
// "thừa ủy quyền (của)" or "thừa lệnh": whoever acts is someone else.
func onBehalf(items []item, k int) bool {
	b := k - 1
	if b >= 0 && (items[b].key == "của" || items[b].key == "cho") {
		b--
	}
	if b < 0 {
		return false
	}
	switch it := items[b]; {
	case it.kind == iCue && it.cue.Phrase == "thay mặt":
		return true
	case it.key == "quyền":
		return b >= 1 && items[b-1].key == "ủy"
	case it.key == "lệnh":
		return b >= 1 && items[b-1].key == "thừa"
	}
	return false
}

// decidedFor returns the person "đối với" names right after a chain of
// titles (items first to e) in a sentence that decides posts: an
// election's or appointment's cue before the chain, the sentence's last
// cue of a position before it, and no relieving one (see relieved). A
// decision names the post, then the one it is for: "bổ nhiệm chức vụ Phó
// Giám đốc Sở đối với ông X", and through a list of such entries.
func decidedFor(items []item, first, e int) *personRef {
	n := e + 2
	if n >= len(items) || items[e].key != "đối" || items[e+1].key != "với" {
		return nil
	}
	if items[n].kind == iHon {
		n++
	}
	if n >= len(items) || items[n].kind != iPerson {
		return nil
	}
	for b := first - 1; b >= 0; b-- {
		if it := items[b]; it.kind == iCue && (it.cue.Rel == lexicon.CueElected || it.cue.Position()) {
			if it.cue.Rel == lexicon.CueRelieved {
				return nil
			}
			return items[n].person
		}
	}
	return nil
}

// chainTarget finds the person a chain of titles (items chain, ending
// before item e) describes.
func (a *article) chainTarget(ps *parsed, chain []int, e int) (*personRef, string, bool) {
	items := ps.items
	// an election cue, or a predicate that states a position ("được giao
	// trọng trách", "khi ấy là"), right before the chain: the clause's
	// subject, maybe a short reference ("Hiện bà Mến là ..., đồng thời là
	// ...")
	first := chain[0]
	if pr := decidedFor(items, first, e); pr != nil {
		// "phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh X đối với ông A kể từ
		// ...; Chủ tịch HĐND tỉnh Y đối với ông B ...": each post of the
		// list is the one's after "đối với"
		return pr, "elected-title", true
	}
	if b := first - 1; b >= 2 && items[b].key == "làm" && items[b-1].kind == iPerson && replacedPerson(items, b-1) {
		// "X kế nhiệm ông Y làm Chủ tịch ...": the post is X's; Y held it
		// before (see replaced)
		for c := b - 2; c >= 0; c-- {
			if items[c].kind == iCue && items[c].cue.Rel == lexicon.CueReplaced {
				if pr := nearestRef(items, c); pr != nil {
					return pr, "elected-title", false
				}
				break
			}
		}
	}
	for b := first - 1; b >= 0 && b >= first-4; b-- {
		if b == first-1 && a.pluralAt(items, b) {
			// "trao các quyết định bổ nhiệm 2 Phó Thủ tướng": a count of
			// people the title names, none of them the giver
			break
		}
		if it := items[b]; it.kind == iCue && (it.cue.Rel == lexicon.CueElected || it.cue.Position()) {
			if it.cue.Rel == lexicon.CueRelieved {
				// "miễn nhiệm chức vụ T đối với ông X": relieved gives T to
				// the people after "đối với", not to anyone before
				return nil, "", false
			}
			if it.cue.Rel == lexicon.CueElected && pendingBefore(items, b) {
				// "Trong thời gian chờ bầu bổ sung chức danh Chủ tịch UBND
				// tỉnh, đồng chí X ... được giao phụ trách": no one is
				// elected yet
				return nil, "", false
			}
			if n := e + 1; it.cue.Rel == lexicon.CueElected && e < len(items) && (items[e].key == "cho" || items[e].key == "đối" && n < len(items) && items[n].key == "với") {
				// "trao quyết định bổ nhiệm Giám đốc Sở Y tế cho bà X":
				// the one it is handed to; "bầu bổ sung Ủy viên UBND tỉnh
				// đối với đồng chí X": the one elected
				if items[e].key == "đối" {
					n++
				}
				if n < len(items) && items[n].kind == iHon {
					n++
				}
				if n < len(items) && items[n].kind == iPerson {
					return items[n].person, "elected-title", true
				}
			}
			if pr := nearestRef(items, b); pr != nil {
				return pr, cueRule(it.cue), it.cue.Rel == lexicon.CueElected
			}
			if it.cue.Position() && !namesPerson(items) {
				// "Đồng chí: Nguyễn Văn A. Sinh năm 1940. Nguyên là: T1,
				// T2": a profile's clause with no subject is of the one
				// the paragraph named last
				if pr := a.lastNamed(ps); pr != nil {
					return pr, cueRule(it.cue), false
				}
			}
			break
		}
		if items[b].kind != iWord && items[b].key != ":" && !(items[b].key == "," && a.rankBefore(ps, b)) {
			break
		}
	}
	// "..., Giám đốc Công an tỉnh, Đại tá Trần Văn Bình", "Giám đốc Sở Y tế
	// TS Trần Văn Bình", "Phó Bí thư Tỉnh ủy, đồng chí X": a rank, a degree
	// or a form of address may stand between
	n := e
	// "Bộ trưởng Bộ Công Thương (BCT) Nguyễn Hồng Diên": the short name
	// of the title's organization, in parentheses, may stand between too
	n = shortNameEnd(ps, n)
	next := n
	// but in "ông X - Chủ tịch HĐQT, ông Y - Tổng Giám đốc ...", the title
	// after X's dash is X's
	afterName := first >= 2 && (items[first-1].key == "-" || items[first-1].key == ",") && items[first-2].kind == iPerson
	if n+1 < len(items) && items[n].key == "," && items[n+1].kind == iHon && !afterName {
		n++
	}
	for n < len(items) && items[n].kind == iHon {
		n++
	}
	if n < len(items) && items[n].kind == iPerson && !items[n].person.short && (n == next || items[n-1].kind == iHon) {
		return items[n].person, "title-before-name", false
	}
	if e+1 < len(items) && items[e].kind == iCopula && items[e].key == "là" {
		n := e + 1
		if items[n].kind == iHon {
			n++
		}
		if n < len(items) && items[n].kind == iPerson {
			return items[n].person, "title-is-name", false
		}
	}
	// the name before, in the same entry; a short reference too ("Ông
	// Hải, Giám đốc Sở ...", "Hiện bà Mến là ...")
	for b := first - 1; b >= 0; b-- {
		it := items[b]
		switch {
		case it.kind == iPerson && (!it.person.short || a.shortRef(it.person) != nil):
			if frontedObject(items, b) && e < len(items) && items[e].kind == iCue {
				// "Tiếp ông X, Phó Chủ tịch UBND tỉnh đề nghị ...": the
				// title is the subject of the main clause, not X's
				return nil, "", false
			}
			return it.person, "title-after-name", false
		case it.kind == iPunct && (it.key == "," || it.key == "-" || it.key == "(" || it.key == ")"):
		case it.kind == iTitle || it.kind == iTerm || it.kind == iHon:
		case it.kind == iCopula && it.key == "là":
		case it.key == "tuổi" || isDigits(it.key) && b+1 < first && items[b+1].key == "tuổi":
			// "Võ Trọng Hải, 55 tuổi, Phó Bí thư Tỉnh ủy"
		case isDigits(it.key) && b >= 1 && (items[b-1].key == "sn" || items[b-1].key == "năm" && b >= 2 && items[b-2].key == "sinh"):
			// "Trần Văn Công (SN 1960, cựu Chủ tịch UBND huyện X)", "(sinh
			// năm 1960, ...)": the year of birth first
			b--
			if items[b].key == "năm" {
				b--
			}
		case it.key == "đều" && b+1 < first && items[b+1].kind == iCopula:
			// "A và B, đều là Phó Chủ tịch UBND huyện": each of them
		case it.key == "nữ" && b+1 == first && b > 0 && items[b-1].kind == iCopula:
			// "bà Ngọc là nữ Phó Chủ tịch UBND tỉnh đầu tiên": the first
			// woman to hold it
		case b+1 < len(items) && items[b+1].key == "," && capitalRun(ps, b) >= 0:
			// "X, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng
			// Lào, Bí thư, ...": the rest of a name the title before did
			// not read
			b = capitalRun(ps, b) + 1
		default:
			return nil, "", false
		}
	}
	return nil, "", false
}

// shortNameEnd returns the item after a short name in parentheses at item
// k ("(BCT)", "(NN&PTNT)", which the abbreviations spell out): words
// that an abbreviation spelled out or that are in capitals or no
// Vietnamese syllable, and marks that join them; else k.
func shortNameEnd(ps *parsed, k int) int {
	items := ps.items
	if k >= len(items) || items[k].key != "(" {
		return k
	}
	for c := k + 1; c < len(items) && c <= k+12; c++ {
		it := items[c]
		switch {
		case it.key == ")":
			if c == k+1 {
				return k
			}
			return c + 1
		case it.kind == iPunct && (it.key == "&" || it.key == "-"):
		case it.kind == iPerson || it.kind == iTitle || it.kind == iPunct:
			return k
		default:
			for w := it.i; w < it.j; w++ {
				if !ps.s.words[w].exp && !ps.s.words[w].caps && ps.p.syllable(w) {
					return k
				}
			}
		}
	}
	return k
}

// capitalRun returns the title right before the capitalized words and
// places that end at item k, or -1.
func capitalRun(ps *parsed, k int) int {
	b := k
	for b >= 0 && b > k-8 {
		it := ps.items[b]
		if it.kind != iPlace && it.kind != iWord && !(it.kind == iPerson && it.person.short) {
			break
		}
		b--
	}
	if b < 0 || b == k || ps.items[b].kind != iTitle || !ps.p.upper(ps.items[b+1].i) || !ps.p.upper(ps.items[k].i) {
		return -1
	}
	return b
}

// rankBefore reports whether the words right before item k are a rank
// ("trước đó là Đại tá, Chỉ huy trưởng ...").
func (a *article) rankBefore(ps *parsed, k int) bool {
	b := k
	for b > 0 && ps.items[b-1].kind == iWord {
		b--
	}
	if b == k {
		return false
	}
	i, j := ps.items[b].i, ps.items[k-1].j
	h, n := a.x.lex.Honorifics.Longest(ps.p.ks[i:j], 0)
	return n == j-i && h.Rank
}

// frontedObject reports whether the person at item k is the object of a
// verb that opens the sentence ("Tiếp ông X, ...").
func frontedObject(items []item, k int) bool {
	v := k - 1
	if v >= 0 && items[v].kind == iHon {
		v--
	}
	return v == 0 && items[v].kind == iEvent && items[v].event.w.Verb
}

// predicateBefore reports whether a cue that states a position stands
// right before the title at item k, with at most words or a colon between.
func predicateBefore(items []item, k int) bool {
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		if it := items[b]; it.kind == iCue {
			return it.cue.Position()
		}
		if items[b].kind != iWord && items[b].key != ":" {
			return false
		}
	}
	return false
}

// cueRule names the rule by which a cue gives its subject a title.
func cueRule(c *lexicon.Cue) string {
	switch c.Rel {
	case lexicon.CueHolds:
		return "holds-title"
	case lexicon.CueHeld:
		return "held-title"
	}
	return "elected-title"
}

// nearestRef returns the last name before item k, a short reference
// ("bà Mến") included.
func nearestRef(items []item, k int) *personRef {
	for b := k - 1; b >= 0; b-- {
		if items[b].kind == iPerson && (namedAsKin(items, b) || depicted(items, b)) {
			continue // "do bà A, phu nhân Đại sứ B làm Trưởng đoàn": A's
		}
		if items[b].kind == iPerson {
			if complementBetween(items, b, k) {
				return nil // "X chúc mừng các vị được bầu giữ chức T": not X
			}
			return items[b].person
		}
	}
	return nil
}

// depicted reports whether the person at item k is named as what a
// portrait or a statue shows ("quỳ lạy trước chân dung Vua X"), maybe
// with titles between: no one present, nor the clause's subject.
func depicted(items []item, k int) bool {
	b := k - 1
	for b >= 0 && (items[b].kind == iTitle || items[b].kind == iHon) {
		b--
	}
	if b >= 0 && items[b].key == "của" {
		b-- // "chân dung của Vua X"
	}
	if b >= 1 && items[b].key == "dung" && items[b-1].key == "chân" {
		return true
	}
	return b >= 0 && (items[b].key == "tượng" || items[b].key == "ảnh" && b >= 1 && items[b-1].key == "di")
}

// foreignIntro reports whether the one-word reference at item k introduces
// a person whose whole name is that word: addressed, not a Vietnamese
// syllable, and the short form of no one named before ("ông Dambadarjaa,
// Đại sứ Mông Cổ", "ông Hyưn (xã Hà Bầu)"). Mongolian, Indonesian and
// Burmese names, and those of the Central Highlands, are often one word.
func (a *article) foreignIntro(ps *parsed, k int) bool {
	items := ps.items
	pr := items[k].person
	if k == 0 || items[k-1].kind != iHon || pr.j != pr.i+1 || ps.s.words[pr.i].syll || ps.s.words[pr.i].exp {
		return false
	}
	if h, n := longest(ps.p, &a.x.lex.Honorifics, lexicon.StartsHonorific, pr.i); n == 1 && h.Saint {
		return false // "Đức cha Giuse": the saint's name a bishop named before is called by
	}
	return a.shortRef(pr) == nil
}

// holderOf returns the person a name or a short reference stands for,
// or nil for a short reference that fits no one or several.
func (a *article) holderOf(pr *personRef) *personEnt {
	if pr.short {
		return a.shortRef(pr)
	}
	return a.person(pr)
}

// listAfter returns the names from item n on: to the end of the
// sentence when open, else the names of one list (X, Y và Z).
//
// An open list goes on past semicolons only when its entries carry titles
// of their own ("gồm: X, Tổng Thư ký ...; Y, ..."); a list of bare names
// ends at the first semicolon.
func (a *article) listAfter(items []item, n int, open bool) []*personRef {
	var out []*personRef
	titled := false
	for k := n; k < len(items); k++ {
		it := items[k]
		switch {
		case it.kind == iPerson && !it.person.short:
			out = append(out, it.person)
		case open && it.kind == iTitle:
			titled = true
		case open && it.key == ";" && !titled:
			return out
		case open:
		case it.key == "(" && k+2 < len(items) && items[k+1].kind == iOrg && items[k+2].key == ")":
			k += 2 // "A (Bộ Ngoại giao), B (Bộ Nội vụ)": each name's body
		case it.kind == iHon, it.key == ",", it.key == "và":
		default:
			return out
		}
	}
	return out
}

// ownOrgs returns the bodies in parentheses after the names of a list
// from item n on, when two names or more have one: each is its name's
// ("ba Bộ trưởng A (Bộ Ngoại giao), B (Bộ Nội vụ)"); one after the last
// name alone is the whole list's, which the caller reads.
func ownOrgs(items []item, n int, people []*personRef) map[*personRef]*orgRef {
	var own map[*personRef]*orgRef
	for q := n; q+1 < len(items); q++ {
		if items[q].kind != iPerson || items[q+1].key != "(" || !slices.Contains(people, items[q].person) {
			continue
		}
		if o := orgAfterName(items, q+1); o != nil {
			if own == nil {
				own = map[*personRef]*orgRef{}
			}
			own[items[q].person] = o
		}
	}
	if len(own) < 2 {
		return nil
	}
	return own
}

// nameless reports whether the titles from item k on, to the next
// semicolon or the end, name no one: in "A, Ủy viên Ban Thường vụ Tỉnh
// ủy; Phó Chủ tịch Thường trực HĐND tỉnh; B, ..." the second title is
// A's, as after a comma.
func nameless(items []item, k int) bool {
	for ; k < len(items); k++ {
		switch it := items[k]; {
		case it.key == ";":
			return true
		case it.kind == iTitle, it.kind == iTerm, it.key == ",":
		default:
			return false
		}
	}
	return true
}

// otherNameOf returns the person whose other name the person at item k
// is: in parentheses right after that person's name, after "pháp danh",
// "bí danh" or "tức" ("Phạm Văn Cung (SN 1970, pháp danh Thích Phước
// Ngọc, ...)", "Vi Văn Khiêm (tức Khiêm Sẹo)"); nil for none.
func (a *article) otherNameOf(ps *parsed, k int) *personEnt {
	items := ps.items
	switch {
	case k >= 2 && items[k-1].key == "danh" && (items[k-2].key == "pháp" || items[k-2].key == "bí"):
	case k >= 1 && items[k-1].key == "tức":
	default:
		return nil
	}
	for b := k - 2; b >= 1 && b >= k-12; b-- {
		switch items[b].key {
		case "(":
			if items[b-1].kind == iPerson && !items[b-1].person.short {
				return a.person(items[b-1].person)
			}
			return nil
		case ")":
			return nil
		}
	}
	return nil
}

// rankedOut ends the list a plural title opens ("các đồng chí Ủy viên Ban
// Thường vụ Tỉnh ủy: A, T; B, Tỉnh ủy viên, T") at the first person whose
// own titles give the plural's role in another body: B is a member of the
// Tỉnh ủy, not of its Ban Thường vụ, and so are those after B.
func (a *article) rankedOut(items []item, n int, people []*personRef, plural *titleRef) []*personRef {
	if len(people) == 0 || plural.org == nil {
		return people
	}
	last := -1 // the person of the entry being read
	for k := n; k < len(items); k++ {
		it := items[k]
		switch {
		case it.kind == iPerson:
			last = slices.Index(people, it.person)
		case it.kind == iTitle && last >= 0 && it.title.roleKey == plural.roleKey && it.title.org != nil && it.title.org.kind != plural.org.kind:
			return people[:last]
		}
	}
	return people
}

// readsAsRef reports whether an unattached title refers to a person: after
// an honorific ("đồng chí Chủ tịch UBND tỉnh"), marked new ("tân Bí thư"),
// or the subject of a cue ("Phó Chủ tịch Quốc hội cho biết").
func (a *article) readsAsRef(items []item, k int) bool {
	t := items[k].title
	if t.lower {
		return false
	}
	if k > 0 && items[k-1].kind == iPlural || k > 1 && items[k-1].kind == iHon && items[k-2].kind == iPlural {
		return false
	}
	if t.isNew || k > 0 && items[k-1].kind == iHon {
		return true
	}
	for n := k + 1; n < len(items) && n <= k+3; n++ {
		switch items[n].kind {
		case iCue:
			return items[n].cue.Rel != lexicon.CueOrganized && !items[n].cue.Position()
		case iEvent: // "Bộ trưởng kiểm tra tiến độ ...": the subject of an activity
			return items[n].event.activity
		case iWord:
			continue
		}
		break
	}
	return false
}

// resolveTitleRefs gives titles that refer to a person their person: the
// one person of the article holding that role in that organization
// ("đồng chí Chủ tịch UBND tỉnh" → the Chủ tịch UBND tỉnh named before).
func (a *article) resolveTitleRefs() {
	for _, tr := range a.titleRefs {
		if !tr.ref {
			continue
		}
		t := tr.ps.items[tr.item].title
		// The organization is resolved once someone holds the role: the
		// one a title implies unwritten ("Thủ tướng": Chính phủ) is not
		// the article's while the title refers to nobody.
		var want *orgEnt
		resolved := false
		var found *personEnt
		ambiguous := false
		for _, e := range a.persons {
			for _, h := range e.positions {
				if h.pos.roleKey != t.roleKey {
					continue
				}
				if !resolved && t.org != nil {
					want = a.org(t.org, tr.ps)
				}
				resolved = true
				if !orgFits(want, h.pos.org) {
					continue
				}
				if found != nil && found != e {
					ambiguous = true
				}
				found = e
			}
		}
		if found == nil || ambiguous {
			continue
		}
		pr := &personRef{name: found.name, key: found.key, ent: found, i: t.i, j: t.j}
		tr.ps.items[tr.item].title.person = pr
		tr.ps.items[tr.item].title.resolved = true
	}
}

// orgFits reports whether an organization a reference names (maybe
// shortened: "Đảng ủy Khối") fits one a position names.
func orgFits(ref, have *orgEnt) bool {
	if ref == nil {
		return true
	}
	if have == nil {
		return false
	}
	if ref == have || ref.key == have.key {
		return true
	}
	rw := wordsOf(ref.key)
	hw := wordsOf(have.key)
	for w := range rw {
		if !hw[w] {
			return false
		}
	}
	return true
}

func wordsOf(s string) map[string]bool {
	out := map[string]bool{}
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				out[s[start:i]] = true
			}
			start = i + 1
		}
	}
	return out
}

// personsOf returns the people a sentence names or refers to, with the
// item where each stands.
func (a *article) personsOf(ps *parsed) []personAt {
	var out []personAt
	seen := map[*personEnt]bool{}
	for k, it := range ps.items {
		var e *personEnt
		switch it.kind {
		case iPerson:
			if it.person.short {
				e = a.shortRef(it.person)
			} else {
				e = a.person(it.person)
			}
		case iTitle:
			if it.title.person != nil && it.title.person.ent != nil && it.title.resolved {
				// a resolved reference stands where the title does
				if p := it.title.person; p.i == it.title.i {
					e = p.ent
				}
			}
		}
		if e != nil && !seen[e] {
			seen[e] = true
			out = append(out, personAt{e, k})
		}
	}
	return out
}

type personAt struct {
	e    *personEnt
	item int
}

// cueRelation maps a cue to the relation it states.
func cueRelation(c *lexicon.Cue) graph.Relation {
	switch c.Rel {
	case lexicon.CuePresided:
		return graph.Presided
	case lexicon.CueSpoke:
		return graph.SpokeAt
	case lexicon.CueElected:
		return graph.ElectedAt
	case lexicon.CueHosted:
		return graph.Hosted
	}
	return graph.Attended
}
