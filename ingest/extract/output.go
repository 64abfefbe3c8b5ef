package extract

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/graph"
	"kg/ingest/document"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// Extract reads one article and returns what it states. It does not fail
// on any text: an article with nothing to extract gives an extraction
// with only the article itself.
func (x *Extractor) Extract(doc *document.Document) *graph.Extraction {
	x.toks, x.words, x.wkeys, x.wids = reuse(x.toks), reuse(x.words), reuse(x.wkeys), reuse(x.wids)
	x.orgs.reset()
	x.titles.reset()
	x.sents.reset()
	x.parsed.reset()
	clear(x.shortNames)
	clear(x.foreignProvinces)
	clear(x.foundedNames)
	l := x.readLayout(doc)
	x.text = l.text
	x.resetItems()
	defer func() { x.text = "" }()
	hash := x.hash(l.text)
	a := newArticle(x, l, hash)
	a.run()
	return a.output(doc)
}

// Hash returns what Extract gives as the article's Hash (the content a
// store knows it by), without extracting it: the SHA-256 of its text.
func (x *Extractor) Hash(doc *document.Document) string {
	text, _ := articleText(doc)
	return x.hash(text)
}

// hash returns the hexadecimal SHA-256 of an article's text, fed to the
// hash through a buffer rather than copied to bytes whole.
func (x *Extractor) hash(text string) string {
	if x.sha == nil {
		x.sha = sha256.New()
	}
	x.sha.Reset()
	for len(text) > 0 {
		n := copy(x.shaBuf[:], text)
		x.sha.Write(x.shaBuf[:n])
		text = text[n:]
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(x.sha.Sum(sum[:0]))
}

// run goes through the discourse stages in order.
func (a *article) run() {
	a.findOwn()
	for _, ps := range a.sents {
		for _, it := range ps.items {
			if it.kind == iPerson && !it.person.short {
				if e := a.person(it.person); e.sent == nil {
					e.sent = ps.s
				}
			}
		}
	}
	// organizations first, in reading order, so that a title naming none
	// can take the one the context gives
	for _, ps := range a.sents {
		for _, it := range ps.items {
			switch it.kind {
			case iOrg:
				a.org(it.org, ps)
			case iEvent:
				for _, o := range it.event.orgs {
					a.org(o, ps)
				}
			case iTitle:
				if it.title.org != nil && it.title.org.i < it.title.org.j {
					a.org(it.title.org, ps)
				}
			}
		}
	}
	for _, ps := range a.sents {
		a.attach(ps)
	}
	a.resolveTitleRefs()
	a.promoted()
	a.resolveEvents()
	a.finishEvents()
	a.relate()
	a.defendants()
	a.credits()
}

// nameCase writes a name signed in capitals ("NGUYỄN VĂN TOÀN", "M.KHUÊ")
// as names are written ("Nguyễn Văn Toàn", "M.Khuê"); other names are left
// as they are.
func nameCase(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	r := []rune(strings.ToLower(s))
	start := true
	for i, c := range r {
		if start && isLetter(c) {
			r[i] = unicode.ToUpper(c)
		}
		start = c == ' ' || c == '.' || c == '-'
	}
	return string(r)
}

// credits adds the article's authors, photographers and outlets.
func (a *article) credits() {
	for _, c := range a.l.persons {
		key := a.x.key(c.name)
		e, ok := a.byKey[key]
		if !ok {
			e = &personEnt{name: nameCase(c.name), key: key, first: len(a.persons)}
			a.byKey[key] = e
			a.persons = append(a.persons, e)
		}
		if e.credit == "" {
			e.credit, e.creditAt = c.rule, [2]int{c.start, c.end}
		}
		if e.sent == nil {
			e.sent = &sentence{start: c.start, end: c.end}
		}
	}
	for _, c := range a.l.outlets {
		key := a.x.key(c.name)
		if key == "" {
			continue
		}
		e, ok := a.orgs[key]
		if !ok {
			e = &orgEnt{key: key, name: c.name, aliases: map[string]bool{}, class: graph.OrgMedia, partOf: map[*orgEnt]*sentence{}}
			a.orgs[key] = e
			a.orgOrder = append(a.orgOrder, e)
		}
		if !e.outlet {
			e.outlet = true
			e.sent = &sentence{start: c.start, end: c.end}
		}
	}
}

// output builds the extraction: entities with their IDs, facts with
// their provenance.
func (a *article) output(doc *document.Document) *graph.Extraction {
	meta := graph.ArticleMeta{Source: doc.Source, Hash: a.hash, Title: a.l.title, Published: a.l.published, Text: a.l.text}
	if doc.URL != "" && meta.Source == "" {
		meta.Source = doc.URL
	}
	var authors, outlets []string
	for _, c := range a.l.persons {
		authors = append(authors, nameCase(c.name))
	}
	for _, c := range a.l.outlets {
		outlets = append(outlets, c.name)
	}
	meta.Author = strings.Join(uniq(authors), ", ")
	if doc.Author != "" && meta.Author == "" {
		meta.Author = token.Canon(token.Normalize(doc.Author))
	}
	meta.Publisher = strings.Join(uniq(outlets), ", ")
	if doc.Publisher != "" && meta.Publisher == "" {
		meta.Publisher = token.Canon(token.Normalize(doc.Publisher))
	}
	ex := &graph.Extraction{Article: meta}
	art := graph.ArticleID(a.hash)
	asOf := a.l.published
	if asOf.IsZero() && a.main != nil && a.main.date.Year != 0 {
		// an undated article states its facts as of its event at least
		asOf = a.main.date
	}
	// entities and facts are collected, with their duplicates, in buffers
	// the extractor keeps, and copied out once sorted and unique
	b := &builder{ents: a.x.ents[:0], facts: a.x.facts[:0], art: art, asOf: asOf}
	b.entity(graph.Entity{ID: art, Kind: graph.Article, Name: meta.Title, Date: meta.Published, Text: meta.Source})

	placeID := func(p *placeEnt) string {
		if p.id == "" {
			p.id = graph.ID(graph.Place, p.key)
		}
		return p.id
	}
	for _, p := range a.placeEnts {
		b.entity(graph.Entity{ID: placeID(p), Kind: graph.Place, Name: p.name, Aliases: keysOf(p.aliases)})
	}
	for _, p := range a.placeEnts {
		if p.province != nil {
			b.fact(placeID(p), graph.LocatedIn, placeID(p.province), nil, "district-province")
		}
	}
	orgID := func(o *orgEnt) string {
		if o.id == "" {
			o.id = graph.ID(graph.Organization, o.key)
		}
		return o.id
	}
	for _, o := range a.orgOrder {
		b.entity(graph.Entity{ID: orgID(o), Kind: graph.Organization, Name: o.name, Aliases: keysOf(o.aliases), Class: o.class})
		b.fact(art, graph.Mentions, orgID(o), o.sent, "mention")
		for _, parent := range sortedOrgs(o.partOf) {
			b.fact(orgID(o), graph.PartOf, orgID(parent), o.partOf[parent], "org-nested")
		}
		if o.place != nil {
			b.fact(orgID(o), graph.LocatedIn, placeID(o.place), o.sent, "org-place")
			if p := o.place.province; p != nil {
				b.fact(orgID(o), graph.LocatedIn, placeID(p), o.sent, "org-province")
			}
		}
		if o.outlet {
			b.fact(orgID(o), graph.PublisherOf, art, o.sent, "credit")
		}
	}
	personID := func(e *personEnt) string {
		if e.id == "" {
			e.id = graph.ID(graph.Person, e.key)
		}
		return e.id
	}
	for _, e := range a.persons {
		if len(e.positions) == 0 && e.credit == "" && !e.named() && !a.participates(e) {
			continue // a capitalized run of which nothing is said: no evidence of a person
		}
		b.entity(graph.Entity{ID: personID(e), Kind: graph.Person, Name: e.name, Aliases: uniq(e.aliases)})
		if e.credit != "" {
			b.fact(personID(e), graph.AuthorOf, art, &sentence{start: e.creditAt[0], end: e.creditAt[1]}, e.credit)
		}
		specific := false
		for _, h := range e.positions {
			specific = specific || !h.pos.bare
		}
		for _, h := range e.positions {
			if h.pos.bare && specific {
				// "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": a rank beside
				// a position that says more
				continue
			}
			if h.pos.id == "" {
				h.pos.id = graph.ID(graph.Position, h.pos.key)
			}
			pid := h.pos.id
			b.entity(graph.Entity{ID: pid, Kind: graph.Position, Name: h.pos.name, Role: h.pos.role})
			if h.pos.org != nil {
				b.fact(pid, graph.PositionIn, orgID(h.pos.org), h.pos.sent, "title-org")
			}
			f := b.fact(personID(e), graph.HoldsPosition, pid, h.sent, h.rule)
			if f != nil {
				f.Former = h.former
			}
			if h.elected {
				b.fact(personID(e), graph.ElectedTo, pid, h.sent, h.rule)
			}
		}
		b.fact(art, graph.Mentions, personID(e), e.sent, "mention")
	}
	keep := map[*eventEnt]bool{}
	for _, p := range a.parts {
		keep[p.event] = true
	}
	for _, ev := range a.events {
		if ev.told {
			keep[ev] = true
		}
	}
	if a.main != nil {
		keep[a.main] = true
	}
	for _, j := range a.joined {
		// "tổ chức lễ A và lễ B": announced together, both take place
		keep[j[1]] = keep[j[1]] || keep[j[0]]
	}
	for _, ev := range a.events {
		if !keep[ev] {
			continue
		}
		// A congress or a session with its holder and ordinal is one event
		// whoever reports it and whichever of its days; others are told
		// apart by their date, or kept to their article without one.
		ev.key = eventKey(&a.x.lex.Ordinals, a.x.wordKey(ev.name))
		switch {
		case ev.ordinal != 0 && len(ev.organizers) > 0 && (ev.group == int(lexicon.Congress) || ev.group == int(lexicon.Session)):
			// its identity is its kind, its holder and its ordinal, however
			// the name is written ("…, nhiệm kỳ 2020-2025" or not)
			holders := make([]string, 0, len(ev.organizers))
			for o := range ev.organizers {
				holders = append(holders, o.key)
			}
			sort.Strings(holders)
			ev.key = a.x.key(ev.keyHead()) + " | " + holders[0] + " | " + strconv.Itoa(ev.ordinal)
		case !ev.date.IsZero() && ev.date.Year != 0:
			ev.key += " @ " + ev.date.String()
		case !ev.date.IsZero():
			// a day with no year: of this article, and of that day ("Chiều
			// 24/9, X tiếp ông Y"; "Chiều 25/9, Z tiếp ông Y")
			ev.key += " @ " + a.hash[:16] + " " + ev.date.String()
		default:
			ev.key += " @ " + a.hash[:16]
		}
		id := graph.ID(graph.Event, ev.key)
		ev.id = id
		b.entity(graph.Entity{ID: id, Kind: graph.Event, Name: ev.name, Aliases: uniq(ev.aliases), Date: ev.date, End: ev.end, Text: ev.head})
		b.fact(art, graph.Mentions, id, ev.first, "mention")
		orgs := make([]*orgEnt, 0, len(ev.organizers))
		for o := range ev.organizers {
			orgs = append(orgs, o)
		}
		slices.SortFunc(orgs, byKey)
		for _, o := range orgs {
			by := ev.organizers[o]
			b.fact(orgID(o), graph.Organized, id, by.sent, by.rule)
		}
		if ev.place != nil {
			b.fact(id, graph.LocatedIn, placeID(ev.place), ev.placeSent, "event-place")
		}
	}
	for _, p := range a.parts {
		if p.event.key == "" {
			continue
		}
		b.fact(personID(p.person), p.rel, p.event.id, p.sent, p.rule)
	}
	// an entity is the first one given its ID, a fact the first one given
	// its subject, relation and object
	ents := sortUniq(b.ents, func(x, y *graph.Entity) int { return strings.Compare(x.ID, y.ID) })
	facts := sortUniq(b.facts, func(x, y *graph.Fact) int {
		if c := strings.Compare(x.Subject, y.Subject); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Relation, y.Relation); c != 0 {
			return c
		}
		return strings.Compare(x.Object, y.Object)
	})
	ex.Entities = append(make([]graph.Entity, 0, len(ents)), ents...)
	ex.Facts = append(make([]graph.Fact, 0, len(facts)), facts...)
	// the buffers hold on to no article's strings
	clear(ents)
	clear(facts)
	a.x.ents, a.x.facts = reuse(b.ents), reuse(b.facts)
	return ex
}

// sortUniq sorts s by compare and keeps, of the elements compare finds
// equal, the first in s. It sorts indexes and then moves each element
// once: entities and facts are large, and a sort that swaps them copies
// each many times.
func sortUniq[E any](s []E, compare func(x, y *E) int) []E {
	idx := make([]int32, len(s))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int {
		if c := compare(&s[a], &s[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	// s[j] takes the old s[idx[j]], one cycle of the permutation at a time
	for i := range s {
		if idx[i] < 0 {
			continue
		}
		first := s[i]
		for j := i; ; {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				s[j] = first
				break
			}
			s[j] = s[k]
			j = k
		}
	}
	n := 0
	for k := range s {
		if n > 0 && compare(&s[n-1], &s[k]) == 0 {
			continue
		}
		s[n] = s[k]
		n++
	}
	clear(s[n:])
	return s[:n]
}

// byKey orders organizations by key.
func byKey(x, y *orgEnt) int { return strings.Compare(x.key, y.key) }

func (a *article) participates(e *personEnt) bool {
	for _, p := range a.parts {
		if p.person == e {
			return true
		}
	}
	return false
}

// builder collects entities and facts; output drops the duplicates.
type builder struct {
	ents  []graph.Entity
	facts []graph.Fact
	art   string
	asOf  graph.Date
}

// entity adds an entity; of those with one ID, output keeps the first.
func (b *builder) entity(e graph.Entity) {
	b.ents = append(b.ents, e)
}

// fact adds a fact and returns it, to be completed before the next;
// of those with one subject, relation and object, output keeps the first.
func (b *builder) fact(subj string, rel graph.Relation, obj string, s *sentence, rule string) *graph.Fact {
	f := graph.Fact{Subject: subj, Relation: rel, Object: obj, AsOf: b.asOf, Prov: graph.Provenance{Article: b.art, Rule: rule}}
	if s != nil {
		f.Prov.Start, f.Prov.End = s.start, s.end
	}
	b.facts = append(b.facts, f)
	return &b.facts[len(b.facts)-1]
}

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func uniq(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// findOwn finds the Đảng bộ the article is about: the first one it names
// in full, which a bare "Đảng bộ" later refers to.
func (a *article) findOwn() {
	for _, ps := range a.sents {
		for _, it := range ps.items {
			var orgs []*orgRef
			switch it.kind {
			case iOrg:
				orgs = []*orgRef{it.org}
			case iEvent:
				orgs = it.event.orgs
			}
			for _, o := range orgs {
				if o.headKey == "đảng bộ" && !o.own {
					a.own = a.org(o, ps)
					return
				}
			}
		}
	}
}

// wordKey is the key of a name without its punctuation.
func (x *Extractor) wordKey(name string) string {
	key := x.key(name)
	var b strings.Builder
	b.Grow(len(key))
	for k := range strings.FieldsSeq(key) {
		if r, _ := utf8.DecodeRuneInString(k); isLetter(r) || r >= '0' && r <= '9' {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(k)
		}
	}
	return b.String()
}

// eventKey writes the ordinals of an event's name one way: "lần thứ
// XVIII", "lần thứ 18" and "khóa XIX", "khóa 19" give the same key.
func eventKey(ordinals *lexicon.Trie[int], key string) string {
	ws := strings.Fields(key)
	for i := 1; i < len(ws); i++ {
		switch ws[i-1] {
		case "thứ", "khóa":
			if v, ok := roman(strings.ToUpper(ws[i])); ok {
				ws[i] = strconv.Itoa(v)
			} else if v, m := ordinals.Longest(ws, i); m > 0 && ws[i-1] == "thứ" {
				ws = append(append(ws[:i:i], strconv.Itoa(*v)), ws[i+m:]...)
			}
		}
	}
	return strings.Join(ws, " ")
}
