package extract

// A host who receives several guests one after the other ("bà A lần lượt
// tiếp ông B, Đại sứ X, và ông C, Lãnh sự Y") holds one reception for
// each: the first guest's is the event the verb names, the others' are
// made beside it.

// succession is a reception that has guests after its first.
type succession struct {
	ps     *parsed
	first  *eventEnt
	guest  int         // the item of the first guest
	guests []int       // items of the later guests
	events []*eventEnt // the reception of each
}

// successiveGuests reads the guests after the reception verb at item k
// when it follows "lần lượt", and makes a reception for each but the
// first.
func (a *article) successiveGuests(ent *eventEnt, e *eventRef, ps *parsed, k int) {
	if !e.w.Verb || e.i < 2 || ps.p.ks[e.i-2] != "lần" || ps.p.ks[e.i-1] != "lượt" {
		return
	}
	items := ps.items
	var guests []int
	for n := k + 1; n < len(items); n++ {
		it := items[n]
		if it.key == ";" || it.key == "." || it.kind == iEvent || it.kind == iCue {
			break
		}
		if it.kind == iPerson && n > k+1 && items[n-1].kind == iHon {
			guests = append(guests, n)
		}
	}
	if len(guests) < 2 {
		return
	}
	s := succession{ps: ps, first: ent, guest: guests[0], guests: guests[1:]}
	verb := ps.p.display(e.i, e.j)
	for _, g := range s.guests {
		name := capitalFirst(verb + " " + ps.p.display(items[g-1].i, items[g].j))
		next := &eventEnt{group: ent.group, head: ent.head, verb: ent.verb, name: name, nameScore: 1 << 20,
			organizers: map[*orgEnt]orgBy{}, first: ps.s, date: ent.date, end: ent.end, dateSent: ent.dateSent}
		a.events = append(a.events, next)
		s.events = append(s.events, next)
	}
	a.successions = append(a.successions, s)
}

// splitSuccessive moves each later guest from the first reception to
// their own, where the host and the host's body are too.
func (a *article) splitSuccessive() {
	for _, s := range a.successions {
		guestAt := map[*personEnt]*eventEnt{}
		var firstGuest *personEnt
		for _, pa := range a.personsOf(s.ps) {
			if pa.item == s.guest {
				firstGuest = pa.e
			}
			for n, g := range s.guests {
				if pa.item == g {
					guestAt[pa.e] = s.events[n]
				}
			}
		}
		n := len(a.parts)
		for i := 0; i < n; i++ {
			p := &a.parts[i]
			if p.event != s.first || p.sent != s.ps.s {
				continue
			}
			if ev, ok := guestAt[p.person]; ok {
				p.event = ev
				continue
			}
			if p.person == firstGuest {
				continue
			}
			for _, ev := range s.events {
				a.parts = append(a.parts, participation{p.person, ev, p.rel, p.sent, p.rule})
			}
		}
		for _, ev := range s.events {
			for o, by := range s.first.organizers {
				ev.organizers[o] = by
			}
			if ev.date.IsZero() {
				ev.date, ev.end = s.first.date, s.first.end
			}
		}
	}
}
