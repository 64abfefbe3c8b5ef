package graph

import (
	"cmp"
	"slices"
	"strings"
)

// Holding names one person's holding of one position.
type Holding struct {
	Person   string // person entity ID
	Position string // position entity ID
}

// Tenure is what the statements of the articles say of the time a person
// holds a position. Articles state a position as held, or as held before
// ("nguyên", "cựu", "từng"), on the day they are published; so a tenure is
// a pair of bounds, not the dates of taking and leaving office.
//
// Tenures computes every Tenure; every answer and export that gives a
// tenure reads it from there, so that they agree.
type Tenure struct {
	// Since is the earliest date the position is stated as held. A
	// statement that it was held before starts nothing: a person only
	// ever named as its former holder has no Since.
	Since Date
	// Taken is the earliest date the person is stated to have been
	// elected or appointed to the position (an ElectedTo statement): the
	// one start of a tenure the articles tell. Zero when none says so.
	Taken Date
	// LastStated is the latest date of any statement of the holding.
	LastStated Date
	// Former reports that the person has left the position: the latest
	// statements say it was held before, or (a position one person holds
	// at a time) a later article names another holder.
	Former bool
	// Until is, when Former, the date by which the position was left:
	// the first statement that it was held before, or the date of the
	// first article that names the successor. Zero when that statement
	// is undated.
	Until Date
	// Successor is the person whose holding ended this one, when a
	// successor did.
	Successor string
	// Last is the latest statement of the holding (the one that makes
	// it current or former); Ended, when Former, the statement that ends
	// it: the first "held before", or the successor's first statement.
	Last, Ended Fact
	// Sources are the articles that state the holding, sorted.
	Sources []string
}

// Status is "current" or "former", as queries and exports write it.
func (t *Tenure) Status() string {
	if t.Former {
		return "former"
	}
	return "current"
}

// holdingFact reports whether f states that its subject holds its object.
func holdingFact(f *Fact) bool {
	return f.Relation == HoldsPosition || f.Relation == ElectedTo
}

// TenuresOf returns the tenure of each holder of one position, by person
// ID, from the statements among facts whose object is the position (other
// facts are ignored; facts of other positions must not be given). sole
// says the position is one that one person holds at a time (a Bí thư, a
// Chủ tịch, a Giám đốc of one organization; not a Phó, not an Ủy viên).
//
// # Rules
//
//  1. A statement that the position is held starts it: Since is the
//     earliest dated one.
//  2. A statement that it was held before ends it, unless a later dated
//     statement says it is held again; of two statements of one date the
//     "held before" wins; an undated "held before" ends it only when no
//     dated statement says it is held.
//  3. Succession: of a position one person holds at a time, a holding is
//     former from the first dated statement that another person holds it,
//     dated after the holding's last statement that it is held. Two
//     holders stated on the same day end neither: the text does not say
//     which came first.
func TenuresOf(position string, facts []Fact, sole bool) map[string]*Tenure {
	type acc struct {
		t        *Tenure
		current  bool // some statement says it is held
		lastCur  Date // the latest dated one
		formers  []int
		firstCur []int // current statements, for successors to end others
	}
	// Dates known in part are not all ordered with each other (a year
	// alone against a day of another year), so the rules could choose
	// differently by the order they read the statements in: with such a
	// date, they read them sorted. Full dates (and none) are ordered, and
	// the choices then do not depend on the order.
	partial := slices.ContainsFunc(facts, func(f Fact) bool { return !f.AsOf.IsZero() && !f.AsOf.Full() })
	if partial {
		facts = slices.DeleteFunc(slices.Clone(facts), func(f Fact) bool { return !holdingFact(&f) || f.Object != position })
		slices.SortFunc(facts, Fact.Compare)
	}
	by := map[string]*acc{}
	var order []string
	for i := range facts {
		f := &facts[i]
		if !holdingFact(f) || f.Object != position {
			continue
		}
		a := by[f.Subject]
		if a == nil {
			a = &acc{t: &Tenure{}}
			by[f.Subject] = a
			order = append(order, f.Subject)
		}
		t := a.t
		t.Sources = append(t.Sources, f.Prov.Article) // sorted and compacted below
		if t.LastStated.Before(f.AsOf) || t.LastStated.IsZero() && !f.AsOf.IsZero() {
			t.LastStated = f.AsOf
		}
		if f.Former {
			a.formers = append(a.formers, i)
			continue
		}
		a.current = true
		a.firstCur = append(a.firstCur, i)
		if !f.AsOf.IsZero() && (t.Since.IsZero() || f.AsOf.Before(t.Since)) {
			t.Since = f.AsOf
		}
		if f.Relation == ElectedTo && !f.AsOf.IsZero() && (t.Taken.IsZero() || f.AsOf.Before(t.Taken)) {
			t.Taken = f.AsOf
		}
		if a.lastCur.IsZero() || a.lastCur.Before(f.AsOf) {
			a.lastCur = f.AsOf
		}
	}
	for _, a := range by {
		t := a.t
		slices.Sort(t.Sources)
		t.Sources = slices.Compact(t.Sources)
		// rule 2
		for _, i := range a.formers {
			f := facts[i]
			if a.current && !a.lastCur.IsZero() && (f.AsOf.IsZero() || f.AsOf.Before(a.lastCur)) {
				continue // overruled by a later "held"
			}
			if !t.Former || earlierStatement(f, t.Ended) {
				t.Former, t.Ended, t.Until = true, f, f.AsOf
			}
		}
		t.Last = lastStatement(facts, a.firstCur, a.formers, t.Former)
	}
	switch {
	case sole && partial:
		// rule 3, statement by statement: dates known in part are
		// not ordered, so the earliest cannot be looked up.
		for _, p := range order {
			a := by[p]
			if a.lastCur.IsZero() {
				continue
			}
			for _, q := range order {
				if q == p {
					continue
				}
				for _, i := range by[q].firstCur {
					succeed(a.t, facts[i], a.lastCur)
				}
			}
		}
	case sole:
		// rule 3 over ordered dates: the earliest statement after a
		// holder's last is looked up among all holders' statements,
		// by date and then as facts sort. None of its own comes after
		// its last, so it is another's; a post of thousands of
		// statements and hundreds of holders is read once.
		var held []int
		for _, q := range order {
			for _, i := range by[q].firstCur {
				if !facts[i].AsOf.IsZero() {
					held = append(held, i)
				}
			}
		}
		day := func(i int) int { d := facts[i].AsOf; return (d.Year*100+d.Month)*100 + d.Day }
		slices.SortFunc(held, func(i, j int) int {
			if c := cmp.Compare(day(i), day(j)); c != 0 {
				return c
			}
			return facts[i].Compare(facts[j])
		})
		for _, p := range order {
			a := by[p]
			if a.lastCur.IsZero() {
				continue
			}
			k, _ := slices.BinarySearchFunc(held, a.lastCur, func(i int, d Date) int {
				if d.Before(facts[i].AsOf) {
					return 1
				}
				return -1
			})
			if k < len(held) {
				succeed(a.t, facts[held[k]], a.lastCur)
			}
		}
	}
	out := make(map[string]*Tenure, len(by))
	for p, a := range by {
		out[p] = a.t
	}
	return out
}

// Deciding returns, sorted, the statements among facts (one person's of
// one position) that decide the holding's tenure as TenuresOf computes it
// when no other holder's statement can end it (rule 3 does not apply: a
// position several hold at once): with them alone TenuresOf gives the
// same tenure but its Sources. They are:
//   - every statement that it was held before: rule 2 reads them all;
//   - the statements that it is held of the earliest date (Since) and of
//     the latest (rule 2's "later" statement, and Last), or, when none
//     is dated, the undated ones; LastStated is the date of one of these
//     or of a "held before";
//   - the statements that it was taken (ElectedTo) of the earliest date
//     (Taken);
//   - every statement, when one has a date known in part, which full
//     dates do not order.
//
// Facts of other relations are dropped. A member of the Central
// Committee named in 150 articles has then a few statements, not 150.
func Deciding(facts []Fact) []Fact {
	var first, last Date // the earliest and latest dates it is stated held
	var taken Date       // the earliest date it is stated taken (Taken)
	partial := false
	for i := range facts {
		f := &facts[i]
		switch {
		case !holdingFact(f) || f.AsOf.IsZero():
		case !f.AsOf.Full():
			partial = true
		case f.Former:
		default:
			if first.IsZero() || f.AsOf.Before(first) {
				first = f.AsOf
			}
			if last.IsZero() || last.Before(f.AsOf) {
				last = f.AsOf
			}
			if f.Relation == ElectedTo && (taken.IsZero() || f.AsOf.Before(taken)) {
				taken = f.AsOf
			}
		}
	}
	out := make([]Fact, 0, len(facts))
	for _, f := range facts {
		if holdingFact(&f) && (partial || f.Former || f.AsOf == first || f.AsOf == last ||
			f.Relation == ElectedTo && !f.AsOf.IsZero() && f.AsOf == taken) {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, Fact.Compare)
	return out
}

// succeed ends t by f, another holder's statement that the post is held,
// when f is dated after last (t's holder's last statement that it holds
// it) and before what ends t so far (rule 3 of TenuresOf).
func succeed(t *Tenure, f Fact, last Date) {
	if f.AsOf.IsZero() || !last.Before(f.AsOf) {
		return
	}
	if !t.Former || t.Until.IsZero() || f.AsOf.Before(t.Until) ||
		f.AsOf == t.Until && t.Successor != "" && earlierStatement(f, t.Ended) {
		t.Former, t.Until, t.Ended, t.Successor = true, f.AsOf, f, f.Subject
	}
}

// earlierStatement orders statements by date (undated last), then as
// facts sort, so that the choice does not depend on their order.
func earlierStatement(f, g Fact) bool {
	switch {
	case f.AsOf != g.AsOf && !f.AsOf.IsZero() && !g.AsOf.IsZero():
		return f.AsOf.Before(g.AsOf)
	case f.AsOf.IsZero() != g.AsOf.IsZero():
		return !f.AsOf.IsZero()
	}
	return f.Compare(g) < 0
}

// lastStatement is the latest statement of a holding: of the "held
// before" ones when the holding is former by its own statements, else of
// the "held" ones; of one date, the first as facts sort.
func lastStatement(facts []Fact, current, formers []int, former bool) Fact {
	pick := current
	if former || len(pick) == 0 {
		pick = formers
	}
	var best Fact
	for k, i := range pick {
		f := facts[i]
		if k == 0 || best.AsOf.Before(f.AsOf) || best.AsOf == f.AsOf && f.Compare(best) < 0 {
			best = f
		}
	}
	return best
}

// Tenures computes the tenure of every holding of g from g's facts. sole
// says which roles one person holds at a time in an organization (see
// Sole); nil says none. A graph that holds only part of a store (around
// an entity) may lack the statements of other holders: the query layer
// computes those tenures from the store.
func (g *Graph) Tenures(sole func(role, org string) bool) map[Holding]*Tenure {
	byPos := map[string][]Fact{}
	for _, f := range g.facts {
		if holdingFact(&f) {
			byPos[f.Object] = append(byPos[f.Object], f)
		}
	}
	out := map[Holding]*Tenure{}
	for pos, facts := range byPos {
		e := g.entities[pos]
		for person, t := range TenuresOf(pos, facts, Sole(e, sole)) {
			out[Holding{person, pos}] = t
		}
	}
	return out
}

// Sole reports whether position is one that one person holds at a time:
// sole judges its role name and its organization's name, the rest of the
// position's name ("Bí thư" and "Tỉnh ủy Lạng Sơn" of "Bí thư Tỉnh ủy
// Lạng Sơn"). A position named for no organization ("Bí thư" alone) is
// not: its holders may hold it in different bodies.
func Sole(position *Entity, sole func(role, org string) bool) bool {
	if position == nil || position.Kind != Position || sole == nil {
		return false
	}
	role, name := strings.TrimSpace(position.Role), strings.TrimSpace(position.Name)
	if role == "" || Fold(role) == Fold(name) {
		return false
	}
	org := name
	if words := strings.Fields(role); len(strings.Fields(name)) > len(words) &&
		Fold(strings.Join(strings.Fields(name)[:len(words)], " ")) == Fold(role) {
		org = strings.Join(strings.Fields(name)[len(words):], " ")
	}
	return sole(role, org)
}
