package cli

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/rivo/uniseg"
	"github.com/spf13/cobra"

	"kg/graph"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

const queryHelp = `Ask the graph questions. Names are matched as people type them: case,
accents (đ = d) and word order do not matter, and part of a name is enough
when only one entity has it. A name that matches several entities lists them
on standard error, with their IDs, and exits with status 2, unless --all asks
for every match; an ID ("person:nguyễn văn an~3f2a1c") names one entity, even
one of two people who share a name. A name that matches nothing exits with
status 1, as does a question with no answer.

Output is a table (columns lined up as a terminal shows Vietnamese text), or
with --format json an array of objects, or --format csv. --why adds to each
row the article and the sentence it rests on.

JSON fields, by command:
  attendees   event, event_id, date, person, person_id, roles, positions, why
  events      event, event_id, date, roles, why
  positions   position, position_id, role, organization, organization_id,
              since, last_stated, status ("current" or "former"), sources, why
  members     organization, organization_id, position, position_id, person,
              person_id, since, status, why
  path        step, from, from_id, relation, direction ("forward", "backward"),
              to, to_id, why
  neighbors   distance, kind, name, id
  search      kind, name, id, context
  why-same    person, person_id, article_a, article_b, reason
"why" is an object {article, article_id, sentence}, present with --why.`

type queryOptions struct {
	*global
	io     *IO
	format string
	why    bool
	all    bool
}

func newQueryCmd(g *global, io *IO) *cobra.Command {
	o := &queryOptions{global: g, io: io}
	c := groupOnly(&cobra.Command{
		Use:   "query",
		Short: "Ask the graph questions",
		Long:  queryHelp,
		Example: `  kg query attendees "dai hoi"
  kg query events "nguyen duc chung"
  kg query positions "Phùng Khải Lợi" --why
  kg query members "UBND thanh pho Ha Noi"
  kg query path "Vũ Đăng Định" "Nguyễn Đức Chung"
  kg query neighbors "Nguyễn Đức Chung" --depth 2
  kg query search "hà nội" --format json`,
	})
	pf := c.PersistentFlags()
	pf.StringVar(&o.format, "format", formatTable, "output format: table, json or csv")
	pf.BoolVar(&o.why, "why", false, "add the article and sentence each row rests on")
	pf.BoolVar(&o.all, "all", false, "when a name matches several entities, answer for all of them")
	var maxDepth, depth int
	var direct bool
	c.AddCommand(
		o.sub("attendees EVENT", "The people at an event, with their role and position then", 1, o.attendees),
		o.sub("events PERSON", "The events a person attended, with date and role", 1, o.events),
		o.sub("positions PERSON", "The positions a person holds or held, as a timeline", 1, o.positions),
		o.sub("members ORGANIZATION", "Who holds positions in an organization and its parts", 1, o.members),
		withInt(o.sub("path A B", "The shortest chain of facts linking two entities", 2, func(q *querier, args []string) (*result, error) {
			return q.path(args[0], args[1], maxDepth)
		}), &maxDepth, "max-depth", 6, "longest chain to look for, in facts"),
		withBool(withInt(o.sub("neighbors NAME", "Everything within some hops of an entity", 1, func(q *querier, args []string) (*result, error) {
			return q.neighbors(args[0], depth, direct)
		}), &depth, "depth", 1, "how many hops"),
			&direct, "direct", "leave out articles and places, and what only they link to (as path does)"),
		o.sub("search TEXT", "Entities whose names match, best first", 1, o.search),
		o.sub("why-same PERSON", "The evidence that joined a person's mentions across articles", 1, o.whySame),
	)
	return c
}

func withInt(c *cobra.Command, p *int, name string, def int, usage string) *cobra.Command {
	c.Flags().IntVar(p, name, def, usage)
	return c
}

func withBool(c *cobra.Command, p *bool, name, usage string) *cobra.Command {
	c.Flags().BoolVar(p, name, false, usage)
	return c
}

// sub makes a query command of n arguments answered by run.
func (o *queryOptions) sub(use, short string, n int, run func(q *querier, args []string) (*result, error)) *cobra.Command {
	return &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ExactArgs(n),
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(o.format); err != nil {
				return err
			}
			store, err := o.open(true)
			if err != nil {
				return err
			}
			defer store.Close()
			q := &querier{ctx: c.Context(), store: store, opts: o, articles: map[string]*graph.ArticleMeta{}}
			res, err := run(q, args)
			if err != nil {
				return err
			}
			if len(res.rows) == 0 && o.format == formatTable {
				return withCode(ExitNoMatch, fmt.Errorf("no answer"))
			}
			if err := res.write(o.io.Out, o.format); err != nil {
				return err
			}
			if len(res.rows) == 0 {
				return withCode(ExitNoMatch, errSilent)
			}
			return nil
		},
	}
}

// querier answers queries from a store.
type querier struct {
	ctx      context.Context
	store    graph.Reader
	opts     *queryOptions
	articles map[string]*graph.ArticleMeta
	pairs    map[[2]string][]graph.Fact // FactsBetween, by its arguments
}

// Why is the provenance of a row.
type Why struct {
	Article   string `json:"article"`
	ArticleID string `json:"article_id"`
	Sentence  string `json:"sentence"`
}

// why returns the provenance of a fact, or nil without --why.
func (q *querier) why(f graph.Fact) *Why {
	if !q.opts.why {
		return nil
	}
	a, ok := q.articles[f.Prov.Article]
	if !ok {
		var err error
		if a, err = q.store.Article(q.ctx, f.Prov.Article); err != nil {
			a = nil
		}
		q.articles[f.Prov.Article] = a
	}
	w := &Why{ArticleID: f.Prov.Article}
	if a != nil {
		w.Article = a.Title
		if f.Prov.Start >= 0 && f.Prov.End <= len(a.Text) && f.Prov.Start < f.Prov.End {
			w.Sentence = a.Text[f.Prov.Start:f.Prov.End]
		}
	}
	return w
}

// withWhy adds the why columns to a row.
func (q *querier) withWhy(cells []string, w *Why) []string {
	if w == nil {
		return cells
	}
	return append(cells, w.Article, w.Sentence)
}

func (q *querier) columns(cols ...string) []string {
	if q.opts.why {
		return append(cols, "ARTICLE", "SENTENCE")
	}
	return cols
}

// find resolves a name to entities of the given kinds.
func (q *querier) find(name string, kinds ...graph.Kind) ([]*graph.Entity, error) {
	return resolveName(q.ctx, q.store, name, kinds, q.opts.all, q.opts.io)
}

// entities loads entities by ID.
func (q *querier) entities(ids []string) (map[string]*graph.Entity, error) {
	out := map[string]*graph.Entity{}
	if len(ids) == 0 {
		return out, nil
	}
	ents, err := q.store.Entities(q.ctx, uniqStrings(ids))
	if err != nil {
		return nil, withCode(ExitStore, err)
	}
	for _, e := range ents {
		out[e.ID] = e
	}
	return out, nil
}

func (q *querier) facts(id string) ([]graph.Fact, error) {
	fs, err := q.store.FactsOf(q.ctx, id)
	if err != nil {
		return nil, withCode(ExitStore, err)
	}
	return fs, nil
}

// links returns the neighbors of entities by the given relations (all
// when none).
func (q *querier) links(ids []string, rels ...graph.Relation) ([]graph.Neighbor, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	nbs, err := q.store.Neighbors(q.ctx, ids, rels)
	if err != nil {
		return nil, withCode(ExitStore, err)
	}
	return nbs, nil
}

// between returns the facts joining two entities, remembering them.
func (q *querier) between(a, b string) ([]graph.Fact, error) {
	k := [2]string{a, b}
	if fs, ok := q.pairs[k]; ok {
		return fs, nil
	}
	fss, err := q.store.FactsBetweenPairs(q.ctx, [][2]string{k})
	if err != nil {
		return nil, withCode(ExitStore, err)
	}
	fs := fss[0]
	if q.pairs == nil {
		q.pairs = map[[2]string][]graph.Fact{}
	}
	q.pairs[k] = fs
	return fs, nil
}

// fetchBetween reads the facts joining each pair of entities at once,
// for between to give.
func (q *querier) fetchBetween(pairs [][2]string) error {
	var todo [][2]string
	for _, p := range pairs {
		if _, ok := q.pairs[p]; !ok {
			todo = append(todo, p)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	facts, err := q.store.FactsBetweenPairs(q.ctx, todo)
	if err != nil {
		return withCode(ExitStore, err)
	}
	if q.pairs == nil {
		q.pairs = map[[2]string][]graph.Fact{}
	}
	for i, p := range todo {
		q.pairs[p] = facts[i]
	}
	return nil
}

func uniqStrings(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return slices.Compact(out)
}

func name(m map[string]*graph.Entity, id string) string {
	if e, ok := m[id]; ok {
		return e.Name
	}
	return id
}

// roleRank orders the parts people take at an event.
func roleRank(r graph.Relation) int {
	switch r {
	case graph.Presided:
		return 0
	case graph.Hosted:
		return 1
	case graph.SpokeAt:
		return 2
	case graph.ElectedAt:
		return 3
	}
	return 4
}

// roleName is how a table shows a relation to an event.
func roleName(r graph.Relation) string {
	switch r {
	case graph.Presided:
		return "presided"
	case graph.Hosted:
		return "hosted"
	case graph.SpokeAt:
		return "spoke"
	case graph.ElectedAt:
		return "elected"
	}
	return "attended"
}

// AttendeeRow is a row of "query attendees".
type AttendeeRow struct {
	Event     string   `json:"event"`
	EventID   string   `json:"event_id"`
	Date      string   `json:"date,omitempty"`
	Person    string   `json:"person"`
	PersonID  string   `json:"person_id"`
	Roles     []string `json:"roles"`
	Positions []string `json:"positions"`
	Why       *Why     `json:"why,omitempty"`
}

func (o *queryOptions) attendees(q *querier, args []string) (*result, error) {
	evs, err := q.find(args[0], graph.Event)
	if err != nil {
		return nil, err
	}
	res := &result{columns: q.columns("EVENT", "DATE", "PERSON", "ROLE", "POSITION")}
	var atEvent []graph.Relation
	for _, r := range graph.Relations() {
		if r.AtEvent() {
			atEvent = append(atEvent, r)
		}
	}
	for _, ev := range evs {
		nbs, err := q.links([]string{ev.ID}, atEvent...)
		if err != nil {
			return nil, err
		}
		type att struct {
			roles    []graph.Relation
			fact     graph.Fact
			articles map[string]bool
		}
		var pairs [][2]string
		for _, nb := range nbs {
			if !nb.Forward {
				pairs = append(pairs, [2]string{nb.To, ev.ID})
			}
		}
		if err := q.fetchBetween(pairs); err != nil {
			return nil, err
		}
		people := map[string]*att{}
		for _, nb := range nbs {
			if nb.Forward || people[nb.To] != nil {
				continue
			}
			// the sentences that put them there
			facts, err := q.between(nb.To, ev.ID)
			if err != nil {
				return nil, err
			}
			a := &att{articles: map[string]bool{}}
			for _, f := range facts {
				if f.Subject != nb.To || f.Object != ev.ID || !f.Relation.AtEvent() {
					continue
				}
				if len(a.roles) == 0 {
					a.fact = f
				}
				if !slices.Contains(a.roles, f.Relation) {
					a.roles = append(a.roles, f.Relation)
				}
				a.articles[f.Prov.Article] = true
			}
			if len(a.roles) > 0 {
				people[nb.To] = a
			}
		}
		ids := make([]string, 0, len(people))
		for id := range people {
			ids = append(ids, id)
		}
		names, err := q.entities(ids)
		if err != nil {
			return nil, err
		}
		type row struct {
			id    string
			rank  int
			roles []string
			pos   []string
		}
		// the positions of all of them, at once
		held, err := q.links(ids, graph.HoldsPosition)
		if err != nil {
			return nil, err
		}
		pairs = pairs[:0]
		positions := map[string][]string{}
		for _, nb := range held {
			if nb.Forward {
				pairs = append(pairs, [2]string{nb.From, nb.To})
				positions[nb.From] = append(positions[nb.From], nb.To)
			}
		}
		if err := q.fetchBetween(pairs); err != nil {
			return nil, err
		}
		var rows []row
		for _, id := range ids {
			a := people[id]
			sort.Slice(a.roles, func(i, j int) bool { return roleRank(a.roles[i]) < roleRank(a.roles[j]) })
			r := row{id: id, rank: roleRank(a.roles[0])}
			for _, rel := range a.roles {
				r.roles = append(r.roles, roleName(rel))
			}
			if r.pos, err = q.positionsThen(id, positions[id], a.articles, ev.Date); err != nil {
				return nil, err
			}
			rows = append(rows, r)
		}
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].rank != rows[j].rank {
				return rows[i].rank < rows[j].rank
			}
			return name(names, rows[i].id) < name(names, rows[j].id)
		})
		for _, r := range rows {
			w := q.why(people[r.id].fact)
			rec := AttendeeRow{Event: ev.Name, EventID: ev.ID, Date: ev.Date.String(), Person: name(names, r.id),
				PersonID: r.id, Roles: r.roles, Positions: r.pos, Why: w}
			if rec.Positions == nil {
				rec.Positions = []string{}
			}
			res.add(rec, q.withWhy([]string{ev.Name, ev.Date.String(), rec.Person, strings.Join(r.roles, ", "), strings.Join(r.pos, "; ")}, w)...)
		}
	}
	return res, nil
}

// positionsThen returns the titles of the positions a person held at an
// event, of the positions they are said to hold: those stated by the
// articles that report their presence, else the last stated before the
// event's date.
func (q *querier) positionsThen(person string, positions []string, articles map[string]bool, date graph.Date) ([]string, error) {
	var same, before []string
	for _, pos := range positions {
		facts, err := q.between(person, pos)
		if err != nil {
			return nil, err
		}
		for _, f := range facts {
			if f.Subject != person || f.Relation != graph.HoldsPosition || f.Object != pos {
				continue
			}
			switch {
			case articles[f.Prov.Article]:
				same = append(same, f.Object)
			case !f.Former && (date.IsZero() || f.AsOf.IsZero() || !date.Before(f.AsOf)):
				before = append(before, f.Object)
			}
		}
	}
	ids := same
	if len(ids) == 0 {
		ids = before
	}
	names, err := q.entities(ids)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, id := range uniqStrings(ids) {
		out = append(out, name(names, id))
	}
	return out, nil
}

// EventRow is a row of "query events".
type EventRow struct {
	Event   string   `json:"event"`
	EventID string   `json:"event_id"`
	Date    string   `json:"date,omitempty"`
	Roles   []string `json:"roles"`
	Why     *Why     `json:"why,omitempty"`
}

func (o *queryOptions) events(q *querier, args []string) (*result, error) {
	people, err := q.find(args[0], graph.Person)
	if err != nil {
		return nil, err
	}
	res := &result{columns: q.columns("PERSON", "DATE", "EVENT", "ROLE")}
	for _, p := range people {
		facts, err := q.facts(p.ID)
		if err != nil {
			return nil, err
		}
		roles := map[string][]graph.Relation{}
		first := map[string]graph.Fact{}
		for _, f := range facts {
			if f.Subject != p.ID || !f.Relation.AtEvent() {
				continue
			}
			if _, ok := first[f.Object]; !ok {
				first[f.Object] = f
			}
			if !slices.Contains(roles[f.Object], f.Relation) {
				roles[f.Object] = append(roles[f.Object], f.Relation)
			}
		}
		ids := make([]string, 0, len(roles))
		for id := range roles {
			ids = append(ids, id)
		}
		ents, err := q.entities(ids)
		if err != nil {
			return nil, err
		}
		sort.Slice(ids, func(i, j int) bool {
			a, b := ents[ids[i]], ents[ids[j]]
			if a != nil && b != nil && a.Date != b.Date {
				return a.Date.Before(b.Date)
			}
			return ids[i] < ids[j]
		})
		for _, id := range ids {
			rs := roles[id]
			sort.Slice(rs, func(i, j int) bool { return roleRank(rs[i]) < roleRank(rs[j]) })
			var names []string
			for _, r := range rs {
				names = append(names, roleName(r))
			}
			date := ""
			if e := ents[id]; e != nil {
				date = e.Date.String()
			}
			w := q.why(first[id])
			res.add(EventRow{Event: name(ents, id), EventID: id, Date: date, Roles: names, Why: w},
				q.withWhy([]string{p.Name, date, name(ents, id), strings.Join(names, ", ")}, w)...)
		}
	}
	return res, nil
}

// PositionRow is a row of "query positions".
type PositionRow struct {
	Person         string   `json:"person"`
	PersonID       string   `json:"person_id"`
	Position       string   `json:"position"`
	PositionID     string   `json:"position_id"`
	Role           string   `json:"role,omitempty"`
	Organization   string   `json:"organization,omitempty"`
	OrganizationID string   `json:"organization_id,omitempty"`
	Since          string   `json:"since,omitempty"`
	LastStated     string   `json:"last_stated,omitempty"`
	Status         string   `json:"status"`
	Sources        []string `json:"sources"`
	Why            *Why     `json:"why,omitempty"`
}

// tenure is what the facts say of one person's position.
type tenure struct {
	first, last   graph.Date
	former        bool // the latest statement says it ended
	lastFact      graph.Fact
	sources       []string
	formerStated  graph.Date
	currentStated graph.Date
}

func (o *queryOptions) positions(q *querier, args []string) (*result, error) {
	people, err := q.find(args[0], graph.Person)
	if err != nil {
		return nil, err
	}
	res := &result{columns: q.columns("PERSON", "SINCE", "POSITION", "ORGANIZATION", "STATUS", "SOURCE")}
	for _, p := range people {
		nbs, err := q.links([]string{p.ID}, graph.HoldsPosition, graph.ElectedTo)
		if err != nil {
			return nil, err
		}
		var pairs [][2]string
		for _, nb := range nbs {
			if nb.Forward {
				pairs = append(pairs, [2]string{p.ID, nb.To})
			}
		}
		if err := q.fetchBetween(pairs); err != nil {
			return nil, err
		}
		held := map[string]*tenure{}
		for _, nb := range nbs {
			if !nb.Forward || held[nb.To] != nil {
				continue
			}
			facts, err := q.between(p.ID, nb.To)
			if err != nil {
				return nil, err
			}
			for _, f := range facts {
				if f.Subject != p.ID || f.Object != nb.To || f.Relation != graph.HoldsPosition && f.Relation != graph.ElectedTo {
					continue
				}
				t := held[f.Object]
				if t == nil {
					t = &tenure{lastFact: f}
					held[f.Object] = t
				}
				if t.first.IsZero() || f.AsOf.Before(t.first) {
					t.first = f.AsOf
				}
				if !f.AsOf.Before(t.last) {
					t.last, t.lastFact = f.AsOf, f
					t.former = f.Former
				}
				if !slices.Contains(t.sources, f.Prov.Article) {
					t.sources = append(t.sources, f.Prov.Article)
				}
			}
		}
		ids := make([]string, 0, len(held))
		for id := range held {
			ids = append(ids, id)
		}
		// the organization of each position (of several, the last by ID)
		orgs, err := q.links(ids, graph.PositionIn)
		if err != nil {
			return nil, err
		}
		orgOf := map[string]string{}
		named := slices.Clone(ids)
		for _, nb := range orgs {
			if nb.Forward {
				orgOf[nb.From] = nb.To
				named = append(named, nb.To)
			}
		}
		for _, t := range held {
			named = append(named, t.sources...)
		}
		ents, err := q.entities(named)
		if err != nil {
			return nil, err
		}
		sort.Slice(ids, func(i, j int) bool {
			a, b := held[ids[i]], held[ids[j]]
			if a.first != b.first {
				return a.first.Before(b.first)
			}
			return ids[i] < ids[j]
		})
		for _, id := range ids {
			t := held[id]
			rec := PositionRow{Person: p.Name, PersonID: p.ID, PositionID: id, Position: id,
				Since: t.first.String(), LastStated: t.last.String(), Status: "current", Why: q.why(t.lastFact)}
			if t.former {
				rec.Status = "former"
			}
			if pos := ents[id]; pos != nil {
				rec.Position, rec.Role = pos.Name, pos.Role
			}
			if org := ents[orgOf[id]]; org != nil {
				rec.Organization, rec.OrganizationID = org.Name, org.ID
			}
			var titles []string
			for _, a := range t.sources {
				rec.Sources = append(rec.Sources, a)
				if n := name(ents, a); n != "" {
					titles = append(titles, n)
				} else {
					titles = append(titles, a)
				}
			}
			res.add(rec, q.withWhy([]string{p.Name, rec.Since, rec.Position, rec.Organization, rec.Status, strings.Join(titles, "; ")}, rec.Why)...)
		}
	}
	return res, nil
}

// MemberRow is a row of "query members".
type MemberRow struct {
	Organization   string `json:"organization"`
	OrganizationID string `json:"organization_id"`
	Position       string `json:"position"`
	PositionID     string `json:"position_id"`
	Person         string `json:"person"`
	PersonID       string `json:"person_id"`
	Since          string `json:"since,omitempty"`
	Status         string `json:"status"`
	Why            *Why   `json:"why,omitempty"`
}

// maxPartDepth bounds how deep "members" goes into an organization's parts.
const maxPartDepth = 3

func (o *queryOptions) members(q *querier, args []string) (*result, error) {
	orgs, err := q.find(args[0], graph.Organization)
	if err != nil {
		return nil, err
	}
	res := &result{columns: q.columns("ORGANIZATION", "POSITION", "PERSON", "SINCE", "STATUS")}
	seen := map[string]bool{}
	frontier := []string{}
	for _, org := range orgs {
		seen[org.ID] = true
		frontier = append(frontier, org.ID)
	}
	all := slices.Clone(frontier)
	// The parts, the positions in each organization and their holders
	// come from the neighbor index; the facts, for the dates and the
	// sentences, from the articles that name a holder and the position.
	for d := 0; d < maxPartDepth && len(frontier) > 0; d++ {
		nbs, err := q.links(frontier, graph.PartOf)
		if err != nil {
			return nil, err
		}
		var next []string
		for _, nb := range nbs {
			if !nb.Forward && !seen[nb.To] {
				seen[nb.To] = true
				next = append(next, nb.To)
			}
		}
		all = append(all, next...)
		frontier = next
	}
	type holding struct {
		org, pos, person string
		t                *tenure
	}
	var held []holding
	ids := slices.Clone(all)
	posNbs, err := q.links(all, graph.PositionIn)
	if err != nil {
		return nil, err
	}
	var positions []string
	orgsOf := map[string][]string{}
	for _, nb := range posNbs {
		if !nb.Forward {
			if orgsOf[nb.To] == nil {
				positions = append(positions, nb.To)
			}
			orgsOf[nb.To] = append(orgsOf[nb.To], nb.From)
		}
	}
	holderNbs, err := q.links(positions, graph.HoldsPosition)
	if err != nil {
		return nil, err
	}
	var pairs [][2]string
	for _, nb := range holderNbs {
		if !nb.Forward {
			pairs = append(pairs, [2]string{nb.To, nb.From})
		}
	}
	if err := q.fetchBetween(pairs); err != nil {
		return nil, err
	}
	holders := map[string]map[string]*tenure{} // position → person → tenure
	for _, nb := range holderNbs {
		if nb.Forward {
			continue
		}
		facts, err := q.between(nb.To, nb.From)
		if err != nil {
			return nil, err
		}
		var t *tenure
		for _, h := range facts {
			if h.Relation != graph.HoldsPosition || h.Subject != nb.To || h.Object != nb.From {
				continue
			}
			if t == nil {
				t = &tenure{lastFact: h, first: h.AsOf}
			}
			if h.AsOf.Before(t.first) {
				t.first = h.AsOf
			}
			if !h.AsOf.Before(t.last) {
				t.last, t.lastFact, t.former = h.AsOf, h, h.Former
			}
		}
		if t == nil {
			continue
		}
		if holders[nb.From] == nil {
			holders[nb.From] = map[string]*tenure{}
		}
		holders[nb.From][nb.To] = t
	}
	for _, pos := range positions {
		for _, org := range orgsOf[pos] {
			ids = append(ids, pos)
			for pid, t := range holders[pos] {
				held = append(held, holding{org, pos, pid, t})
				ids = append(ids, pid)
			}
		}
	}
	ents, err := q.entities(ids)
	if err != nil {
		return nil, err
	}
	type row struct {
		rec  MemberRow
		when graph.Date
	}
	var rows []row
	for _, h := range held {
		rec := MemberRow{Organization: name(ents, h.org), OrganizationID: h.org, Position: name(ents, h.pos), PositionID: h.pos,
			Person: name(ents, h.person), PersonID: h.person, Since: h.t.first.String(), Status: "current", Why: q.why(h.t.lastFact)}
		if h.t.former {
			rec.Status = "former"
		}
		rows = append(rows, row{rec, h.t.first})
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i].rec, rows[j].rec
		if a.Organization != b.Organization {
			return a.Organization < b.Organization
		}
		if a.Position != b.Position {
			return a.Position < b.Position
		}
		if a.Person != b.Person {
			return a.Person < b.Person
		}
		return cmp.Or(strings.Compare(a.OrganizationID, b.OrganizationID), strings.Compare(a.PositionID, b.PositionID),
			strings.Compare(a.PersonID, b.PersonID)) < 0
	})
	for _, r := range rows {
		res.add(r.rec, q.withWhy([]string{r.rec.Organization, r.rec.Position, r.rec.Person, r.rec.Since, r.rec.Status}, r.rec.Why)...)
	}
	return res, nil
}

// PathStep is a row of "query path".
type PathStep struct {
	Step      int    `json:"step"`
	From      string `json:"from"`
	FromID    string `json:"from_id"`
	Relation  string `json:"relation"`
	Direction string `json:"direction"`
	To        string `json:"to"`
	ToID      string `json:"to_id"`
	Why       *Why   `json:"why,omitempty"`
}

// traversable says which entities a path may pass through: not articles
// (every entity of an article is "mentioned" by it) nor places (a
// province links everything in it): such chains say nothing.
func traversable(id string) bool {
	k := graph.KindOf(id)
	return k != graph.Article && k != graph.Place
}

// path finds a shortest chain of facts between two entities, searching
// from both ends one hop at a time.
func (q *querier) path(a, b string, maxDepth int) (*result, error) {
	if maxDepth <= 0 {
		return nil, withCode(ExitUsage, fmt.Errorf("--max-depth %d: want 1 or more", maxDepth))
	}
	from, err := q.find(a)
	if err != nil {
		return nil, err
	}
	to, err := q.find(b)
	if err != nil {
		return nil, err
	}
	if len(from) > 1 || len(to) > 1 {
		return nil, withCode(ExitUsage, errors.New("path: name one entity at each end (--all does not apply)"))
	}
	src, dst := from[0].ID, to[0].ID
	// hop records, for each entity reached, the entity it was reached
	// from and how: the facts come from the articles once the chain is
	// found.
	type hop struct {
		prev    string
		rel     graph.Relation
		forward bool // prev is the facts' subject
	}
	var rels []graph.Relation
	for _, r := range graph.Relations() {
		if r != graph.Mentions && r != graph.LocatedIn {
			rels = append(rels, r)
		}
	}
	reached := [2]map[string]hop{{src: {}}, {dst: {}}}
	frontier := [2][]string{{src}, {dst}}
	meet := ""
	if src == dst {
		meet = src
	}
	for depth := 0; meet == "" && depth < maxDepth; depth++ {
		side := depth % 2
		if len(frontier[side]) > len(frontier[1-side]) && len(frontier[1-side]) > 0 {
			side = 1 - side
		}
		nbs, err := q.links(frontier[side], rels...)
		if err != nil {
			return nil, err
		}
		byFrom := map[string][]graph.Neighbor{}
		for _, nb := range nbs {
			byFrom[nb.From] = append(byFrom[nb.From], nb)
		}
		var next []string
		for _, id := range frontier[side] {
			// in the order of the facts: subject, relation, object
			ns := byFrom[id]
			key := func(nb graph.Neighbor) (string, string) {
				if nb.Forward {
					return id, nb.To
				}
				return nb.To, id
			}
			slices.SortStableFunc(ns, func(a, b graph.Neighbor) int {
				as, ao := key(a)
				bs, bo := key(b)
				return cmp.Or(strings.Compare(as, bs), cmp.Compare(a.Relation, b.Relation), strings.Compare(ao, bo))
			})
			for _, nb := range ns {
				other := nb.To
				if _, ok := reached[side][other]; ok || !traversable(other) && other != dst && other != src {
					continue
				}
				reached[side][other] = hop{id, nb.Relation, nb.Forward}
				next = append(next, other)
				if _, ok := reached[1-side][other]; ok && meet == "" {
					meet = other
				}
			}
			if meet != "" {
				break
			}
		}
		sort.Strings(next)
		frontier[side] = next
		if len(next) == 0 {
			break
		}
	}
	res := &result{columns: q.columns("STEP", "FROM", "RELATION", "TO")}
	if meet == "" {
		return nil, withCode(ExitNoMatch, fmt.Errorf("no chain of at most %d facts links %s and %s", maxDepth, from[0].Name, to[0].Name))
	}
	// the fact of a hop: the first of those it stands for
	fact := func(id string, h hop) (graph.Fact, error) {
		facts, err := q.between(h.prev, id)
		if err != nil {
			return graph.Fact{}, err
		}
		s, o := h.prev, id
		if !h.forward {
			s, o = id, h.prev
		}
		for _, f := range facts {
			if f.Subject == s && f.Relation == h.rel && f.Object == o {
				return f, nil
			}
		}
		return graph.Fact{}, withCode(ExitStore, fmt.Errorf("path: no fact %s %s %s", s, h.rel, o))
	}
	var pairs [][2]string
	for side, end := range []string{src, dst} {
		for id := meet; id != end; id = reached[side][id].prev {
			pairs = append(pairs, [2]string{reached[side][id].prev, id})
		}
	}
	if err := q.fetchBetween(pairs); err != nil {
		return nil, err
	}
	// the chain: src … meet … dst
	type link struct {
		prev string
		fact graph.Fact
	}
	var chain []link
	for id := meet; id != src; id = reached[0][id].prev {
		f, err := fact(id, reached[0][id])
		if err != nil {
			return nil, err
		}
		chain = append([]link{{prev: id, fact: f}}, chain...)
	}
	for id := meet; id != dst; id = reached[1][id].prev {
		f, err := fact(id, reached[1][id])
		if err != nil {
			return nil, err
		}
		chain = append(chain, link{prev: reached[1][id].prev, fact: f})
	}
	ids := []string{src}
	for _, l := range chain {
		ids = append(ids, l.prev, l.fact.Subject, l.fact.Object)
	}
	names, err := q.entities(ids)
	if err != nil {
		return nil, err
	}
	cur := src
	var line strings.Builder
	line.WriteString(name(names, src))
	for i, l := range chain {
		f := l.fact
		next := f.Object
		dir := "forward"
		if f.Object == cur {
			next, dir = f.Subject, "backward"
		}
		step := PathStep{Step: i + 1, From: name(names, cur), FromID: cur, Relation: f.Relation.String(),
			Direction: dir, To: name(names, next), ToID: next, Why: q.why(f)}
		arrow := fmt.Sprintf(" —[%s]→ ", f.Relation)
		if dir == "backward" {
			arrow = fmt.Sprintf(" ←[%s]— ", f.Relation)
		}
		line.WriteString(arrow + name(names, next))
		res.add(step, q.withWhy([]string{fmt.Sprint(i + 1), step.From, strings.TrimSpace(arrow), step.To}, step.Why)...)
		cur = next
	}
	if !q.opts.why {
		res.line = line.String() // as a table, the chain on one line reads best
	}
	return res, nil
}

// NeighborRow is a row of "query neighbors".
type NeighborRow struct {
	Distance int    `json:"distance"`
	Kind     string `json:"kind"`
	Name     string `json:"name"`
	ID       string `json:"id"`
}

// neighbors lists the entities at most depth hops from an entity,
// nearest first and then by ID. direct leaves out articles and places, as
// path does, and what is reached only through them.
func (q *querier) neighbors(nameArg string, depth int, direct bool) (*result, error) {
	if depth < 1 {
		return nil, withCode(ExitUsage, fmt.Errorf("--depth %d: want 1 or more", depth))
	}
	ents, err := q.find(nameArg)
	if err != nil {
		return nil, err
	}
	var rels []graph.Relation // all
	if direct {
		for _, r := range graph.Relations() {
			switch r {
			case graph.Mentions, graph.AuthorOf, graph.PublisherOf, graph.LocatedIn: // to articles and places
			default:
				rels = append(rels, r)
			}
		}
	}
	res := &result{columns: []string{"DISTANCE", "KIND", "NAME"}}
	for _, e := range ents {
		dist := map[string]int{e.ID: 0}
		var found []string
		frontier := []string{e.ID}
		for d := 1; d <= depth && len(frontier) > 0; d++ {
			nbs, err := q.links(frontier, rels...)
			if err != nil {
				return nil, err
			}
			var next []string
			for _, nb := range nbs {
				if _, ok := dist[nb.To]; ok || direct && !traversable(nb.To) {
					continue
				}
				dist[nb.To] = d
				next = append(next, nb.To)
			}
			sort.Strings(next)
			found = append(found, next...)
			frontier = next
		}
		names, err := q.entities(found)
		if err != nil {
			return nil, err
		}
		for _, id := range found {
			n := names[id]
			rec := NeighborRow{Distance: dist[id], Kind: n.Kind.String(), Name: n.Name, ID: id}
			res.add(rec, fmt.Sprint(rec.Distance), rec.Kind, rec.Name)
		}
	}
	return res, nil
}

// SearchRow is a row of "query search".
type SearchRow struct {
	Kind    string `json:"kind"`
	Name    string `json:"name"`
	ID      string `json:"id"`
	Context string `json:"context"`
}

func (o *queryOptions) search(q *querier, args []string) (*result, error) {
	ents, err := q.store.Search(q.ctx, args[0], nil, 20)
	if err != nil {
		return nil, withCode(ExitStore, err)
	}
	if len(ents) == 0 {
		return nil, withCode(ExitNoMatch, fmt.Errorf("no entity matches %q", args[0]))
	}
	res := &result{columns: []string{"KIND", "NAME", "CONTEXT"}}
	for _, e := range ents {
		ctx, err := q.context(e)
		if err != nil {
			return nil, err
		}
		rec := SearchRow{Kind: e.Kind.String(), Name: e.Name, ID: e.ID, Context: ctx}
		res.add(rec, rec.Kind, rec.Name, rec.Context)
	}
	return res, nil
}

// context is one line that tells an entity from its namesakes.
func (q *querier) context(e *graph.Entity) (string, error) {
	switch e.Kind {
	case graph.Event:
		return strings.TrimSpace(e.Date.String() + " " + e.Text), nil
	case graph.Article:
		return strings.TrimSpace(e.Date.String() + " " + e.Text), nil
	case graph.Position:
		return e.Role, nil
	}
	var ids []string
	switch e.Kind {
	case graph.Person:
		facts, err := q.facts(e.ID)
		if err != nil {
			return "", err
		}
		for _, f := range facts {
			if f.Subject == e.ID && f.Relation == graph.HoldsPosition && !f.Former {
				ids = append(ids, f.Object)
			}
		}
	case graph.Organization:
		// an organization may be named in thousands of articles: what it
		// is part of and where, from the neighbor index
		nbs, err := q.links([]string{e.ID}, graph.PartOf, graph.LocatedIn)
		if err != nil {
			return "", err
		}
		for _, nb := range nbs {
			if nb.Forward {
				ids = append(ids, nb.To)
			}
		}
	}
	ids = uniqStrings(ids)
	if len(ids) > 3 {
		ids = ids[:3]
	}
	names, err := q.entities(ids)
	if err != nil {
		return "", err
	}
	var parts []string
	for _, id := range ids {
		parts = append(parts, name(names, id))
	}
	return strings.Join(parts, "; "), nil
}

// SameRow is a row of "query why-same".
type SameRow struct {
	Person   string `json:"person"`
	PersonID string `json:"person_id"`
	ArticleA string `json:"article_a"`
	ArticleB string `json:"article_b"`
	Reason   string `json:"reason"`
}

func (o *queryOptions) whySame(q *querier, args []string) (*result, error) {
	people, err := q.find(args[0], graph.Person)
	if err != nil {
		return nil, err
	}
	res := &result{columns: []string{"PERSON", "ARTICLE A", "ARTICLE B", "REASON"}}
	for _, p := range people {
		ev, err := q.store.Evidence(q.ctx, p.ID)
		if err != nil {
			return nil, withCode(ExitStore, err)
		}
		var ids []string
		for _, e := range ev {
			ids = append(ids, e.A, e.B)
		}
		names, err := q.entities(ids)
		if err != nil {
			return nil, err
		}
		if len(ev) == 0 {
			rec := SameRow{Person: p.Name, PersonID: p.ID, Reason: "named in one article only"}
			res.add(rec, p.Name, "", "", rec.Reason)
		}
		for _, e := range ev {
			rec := SameRow{Person: p.Name, PersonID: p.ID, ArticleA: e.A, ArticleB: e.B, Reason: e.Reason}
			res.add(rec, p.Name, name(names, e.A), name(names, e.B), e.Reason)
		}
	}
	return res, nil
}

// resolveName finds the entities a name the user typed stands for:
// case, accents and word order do not matter. Several candidates are an
// error listing them, unless all is set.
func resolveName(ctx context.Context, store graph.Reader, text string, kinds []graph.Kind, all bool, io *IO) ([]*graph.Entity, error) {
	// an entity's ID, as the candidates of an ambiguous name give it: the
	// one way to name one of two people who share a name
	if k := graph.KindOf(text); k != 0 && (len(kinds) == 0 || slices.Contains(kinds, k)) {
		ents, err := store.Entities(ctx, []string{text})
		switch {
		case err == nil:
			return ents, nil
		case !errors.Is(err, graph.ErrNoEntity):
			return nil, withCode(ExitStore, err)
		}
	}
	ents, err := store.Search(ctx, text, kinds, maxCandidates)
	if err != nil {
		return nil, withCode(ExitStore, err)
	}
	if len(ents) == 0 {
		what := "entity"
		if len(kinds) == 1 {
			what = kinds[0].String()
		}
		return nil, withCode(ExitNoMatch, fmt.Errorf("no %s matches %q", what, text))
	}
	if len(ents) == 1 || all {
		return ents, nil
	}
	// the one entity whose whole name is the text wins; failing that, the
	// one whose name is the text with abbreviations written out ("UBND TP
	// Hà Nội" is "Ủy ban nhân dân thành phố Hà Nội"), which needs the
	// lexicon, slow to load
	exact := exactly(ents, text, graph.Fold)
	if len(exact) != 1 {
		lex, err := lexicon.Default()
		if err != nil {
			lex = nil
		}
		exact = exactly(ents, text, func(s string) string { return spelledOut(lex, s) })
	}
	if len(exact) == 1 {
		return exact, nil
	}
	// each with what tells it from the others, and its ID, whole
	q := &querier{ctx: ctx, store: store}
	rows := make([][]string, len(ents))
	for i, e := range ents {
		c, err := q.context(e)
		if err != nil {
			return nil, err
		}
		rows[i] = []string{"  " + e.Kind.String(), e.Name, c}
	}
	var table strings.Builder
	if err := writeTable(&table, nil, rows); err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSuffix(table.String(), "\n"), "\n")
	width := 0
	for _, l := range lines {
		width = max(width, uniseg.StringWidth(l))
	}
	count := fmt.Sprint(len(ents))
	if len(ents) == maxCandidates {
		count = "at least " + count
	}
	fmt.Fprintf(io.Err, "kg: %q matches %s entities; name one of them, by its name or its ID, or use --all:\n", text, count)
	for i, l := range lines {
		fmt.Fprintf(io.Err, "%s%s  %s\n", l, strings.Repeat(" ", width-uniseg.StringWidth(l)), cellText(ents[i].ID))
	}
	return nil, withCode(ExitUsage, errSilent)
}

// exactly returns the entities one of whose names is text, as fold
// compares them.
func exactly(ents []*graph.Entity, text string, fold func(string) string) []*graph.Entity {
	want := fold(text)
	var out []*graph.Entity
	for _, e := range ents {
		if fold(e.Name) == want {
			out = append(out, e)
			continue
		}
		for _, a := range e.Aliases {
			if fold(a) == want {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// maxCandidates bounds the entities an ambiguous name lists.
const maxCandidates = 50

// spelledOut folds a name (graph.Fold) with its abbreviations written out
// as lex has them, so that "UBND TP" and "Ủy ban nhân dân thành phố"
// compare equal. Without a lexicon, it only folds.
func spelledOut(lex *lexicon.Lexicon, s string) string {
	if lex == nil {
		return graph.Fold(s)
	}
	var words []string
	for _, t := range token.Tokenize(s) {
		if t.Kind == token.Punct {
			continue
		}
		if exp, ok := lex.Abbrevs[t.Key]; ok && t.Text != t.Key {
			words = append(words, exp...)
			continue
		}
		words = append(words, t.Key)
	}
	return graph.Fold(strings.Join(words, " "))
}
