package cli

import (
	"cmp"
	"errors"
	"fmt"
	"strings"

	"github.com/rivo/uniseg"
	"github.com/spf13/cobra"

	"kg/graph"
	"kg/graph/query"
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
row the article and the sentence it rests on; "why" is then an object
{article, article_id, sentence} in JSON. Each command's help lists its JSON
fields.

A position one person holds at a time (a Bí thư, a Chủ tịch, a Giám đốc of
one organization: titles marked "sole" in the lexicon) ends for its holder
when a later article names another holder; a statement that a post was held
before ("nguyên", "cựu", "từng") ends it too, and never starts it.`

type queryOptions struct {
	*global
	io     *IO
	format string
	why    bool
	all    bool
}

// querySpec describes one query command.
type querySpec struct {
	use, short, long, example string
	args                      int
	run                       func(q *querier, args []string) (*result, error)
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
  kg query search "hà nội" --format json --limit 50`,
	})
	pf := c.PersistentFlags()
	pf.StringVar(&o.format, "format", formatTable, "output format: table, json or csv")
	pf.BoolVar(&o.why, "why", false, "add the article and sentence each row rests on")
	pf.BoolVar(&o.all, "all", false, "when a name matches several entities, answer for all of them")
	var pathDepth, depth, limit, nearLimit int
	var direct bool
	path := o.sub(querySpec{use: "path A B", args: 2,
		short: "The shortest chain of facts linking two entities",
		long: `The shortest chain of facts linking two entities, at most --depth facts long,
through people, positions, organizations and events (not through articles or
places, which link everything they name). As a table, the chain is one line.

JSON fields: step, from, from_id, relation, direction ("forward" when "from"
is the fact's subject, else "backward"), to, to_id, why.`,
		example: `  kg query path "Vũ Đăng Định" "Nguyễn Đức Chung"
  kg query path "Vũ Đăng Định" "UBND thành phố Hà Nội" --why --format json`,
		run: func(q *querier, args []string) (*result, error) { return q.path(args[0], args[1], pathDepth) }})
	path.Flags().IntVar(&pathDepth, "depth", 6, "longest chain to look for, in facts")
	path.Flags().IntVar(&pathDepth, "max-depth", 6, "the name --depth had before (kept for scripts)")
	_ = path.Flags().MarkHidden("max-depth")
	neighbors := o.sub(querySpec{use: "neighbors NAME", args: 1,
		short: "Everything within some hops of an entity",
		long: `Everything within --depth hops of an entity: nearest first, then the most
linked (ARTICLES counts the articles that state its links from the hop
before, once for each relation), then by ID. --direct leaves out articles
and places, and what only they link to (as path does). At most --limit
rows: a body named in tens of thousands of articles has as many
neighbors; standard error says how many there are when some are left out.

JSON fields: distance, kind, name, id, articles.`,
		example: `  kg query neighbors "Nguyễn Đức Chung"
  kg query neighbors "Nguyễn Đức Chung" --depth 2 --direct --format csv`,
		run: func(q *querier, args []string) (*result, error) {
			return q.neighbors(args[0], depth, direct, nearLimit)
		}})
	neighbors.Flags().IntVar(&depth, "depth", 1, "how many hops")
	neighbors.Flags().IntVar(&nearLimit, "limit", 100, "at most this many rows; 0 for all")
	neighbors.Flags().BoolVar(&direct, "direct", false, "leave out articles and places, and what only they link to (as path does)")
	search := o.sub(querySpec{use: "search TEXT", args: 1,
		short: "Entities whose names match, best first",
		long: `Entities of every kind whose names match TEXT, best first, with one line
that tells each from its namesakes: a person's current positions, an
organization's parent and place, an event's date. At most --limit rows (20
by default; 0 for all); standard error says when more match.

JSON fields: kind, name, id, context.`,
		example: `  kg query search "hà nội"
  kg query search "nguyen van" --limit 100 --format csv`,
		run: func(q *querier, args []string) (*result, error) { return q.search(args[0], limit) }})
	search.Flags().IntVar(&limit, "limit", 20, "at most this many rows; 0 for all")
	c.AddCommand(
		o.sub(querySpec{use: "attendees EVENT", args: 1,
			short: "The people at an event, with their role and position then",
			long: `The people at an event, those who presided first, then those who hosted,
spoke, were elected and attended, with the positions they held then (those
the articles reporting their presence state, else the last stated before
the event).

JSON fields: event, event_id, date, person, person_id, roles ("presided",
"hosted", "spoke", "elected", "attended"), positions, why.`,
			example: `  kg query attendees "dai hoi dang bo"
  kg query attendees "event:đại hội … @ 2020-05-16" --why`,
			run: func(q *querier, args []string) (*result, error) { return q.attendees(args[0]) }}),
		o.sub(querySpec{use: "events PERSON", args: 1,
			short: "The events a person attended, with date and role",
			long: `The events a person attended, earliest first, with the roles they took.

JSON fields: event, event_id, date, roles, why.`,
			example: `  kg query events "nguyen duc chung"
  kg query events "Nguyễn Đức Chung" --why --format json`,
			run: func(q *querier, args []string) (*result, error) { return q.events(args[0]) }}),
		o.sub(querySpec{use: "positions PERSON", args: 1,
			short: "The positions a person holds or held, as a timeline",
			long: `The positions a person holds or held, earliest first: since (the first
date an article states it as held), the last date stated, and the status:
"former" when an article says it was held before, or when a later article
names another holder of a post one person holds at a time (until is then
the date of that article, which --why shows), else "current". SOURCE names
the articles that state it: in a table the first two, after their number;
in CSV all of their titles; in JSON (sources) all of their IDs.

JSON fields: person, person_id, position, position_id, role, organization,
organization_id, since, until, last_stated, status ("current" or "former"),
successor, successor_id, sources, why.`,
			example: `  kg query positions "Phùng Khải Lợi"
  kg query positions "Phùng Khải Lợi" --why --format json`,
			run: func(q *querier, args []string) (*result, error) { return q.positions(args[0]) }}),
		o.sub(querySpec{use: "members ORGANIZATION", args: 1,
			short: "Who holds positions in an organization and its parts",
			long: `Who holds or held positions in an organization and its parts (three
levels down), by organization, position and person, with the same since,
until and status as positions gives.

JSON fields: organization, organization_id, position, position_id, person,
person_id, since, until, status, why.`,
			example: `  kg query members "UBND thanh pho Ha Noi"
  kg query members "Tỉnh ủy Lạng Sơn" --format csv`,
			run: func(q *querier, args []string) (*result, error) { return q.members(args[0]) }}),
		path, neighbors, search,
		o.sub(querySpec{use: "why-same PERSON", args: 1,
			short: "The evidence that joined a person's mentions across articles",
			long: `The evidence that joined a person's mentions across articles: for each
join, the two articles and the reason (a shared organization, position,
place or event; a rare name with nothing in conflict; posts that follow one
another in time).

JSON fields: person, person_id, article_a, article_b, reason.`,
			example: `  kg query why-same "Nguyễn Đức Chung"`,
			run:     func(q *querier, args []string) (*result, error) { return q.whySame(args[0]) }}),
	)
	return c
}

// sub makes a query command.
func (o *queryOptions) sub(s querySpec) *cobra.Command {
	return &cobra.Command{
		Use:     s.use,
		Short:   s.short,
		Long:    s.long,
		Example: s.example,
		Args:    cobra.ExactArgs(s.args),
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) >= s.args {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return completeEntityNames(o.global)(c, args, toComplete)
		},
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(o.format); err != nil {
				return err
			}
			store, err := o.open(true)
			if err != nil {
				return err
			}
			defer store.Close()
			q, err := o.querier(c, store)
			if err != nil {
				return err
			}
			res, err := s.run(q, args)
			if err != nil {
				return q.fail(err)
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

// querier answers one command's query and formats its rows.
type querier struct {
	c    *cobra.Command
	e    *query.Engine
	opts *queryOptions
}

// querier makes the querier of a command: the engine reads the store,
// knows the sole roles of the lexicon's titles, and writes names out
// with its abbreviations.
func (o *queryOptions) querier(c *cobra.Command, store graph.Reader) (*querier, error) {
	// The titles are read by the questions of tenures only, and read
	// then: loading them is half the work of a small question's process.
	// A folder of the user's is read now, so that its errors come first.
	loadSole := func() (func(role, org string) bool, error) {
		titles, err := o.titles()
		if err != nil {
			return nil, err
		}
		return titles.SoleRole, nil
	}
	if o.lexiconFolder() != "" {
		if _, err := o.titles(); err != nil {
			return nil, err
		}
	}
	spell := func(s string) (string, error) {
		lex, err := o.lexicon()
		if err != nil {
			return "", err
		}
		return spelledOut(lex, s), nil
	}
	e := query.New(store, query.Options{LoadSole: loadSole, SpellOut: spell})
	return &querier{c: c, e: e, opts: o}, nil
}

// fail maps a query's error to what the user reads and the exit status.
func (q *querier) fail(err error) error {
	var amb *query.AmbiguousError
	var ex *exitError
	switch {
	case errors.As(err, &ex):
		return err
	case errors.As(err, &amb):
		q.listCandidates(amb)
		return withCode(ExitUsage, errSilent)
	case errors.Is(err, query.ErrNoMatch), errors.Is(err, graph.ErrNoPath):
		return withCode(ExitNoMatch, err)
	}
	return withCode(ExitStore, storeHint(err))
}

// listCandidates writes the entities an ambiguous name matches, each with
// what tells it from the others and its whole ID.
func (q *querier) listCandidates(amb *query.AmbiguousError) {
	rows := make([][]string, len(amb.Candidates))
	for i, m := range amb.Candidates {
		rows[i] = []string{"  " + m.Entity.Kind.String(), m.Entity.Name, m.Context}
	}
	var table strings.Builder
	_ = writeTable(&table, nil, rows)
	lines := strings.Split(strings.TrimSuffix(table.String(), "\n"), "\n")
	width := 0
	for _, l := range lines {
		width = max(width, uniseg.StringWidth(l))
	}
	count := fmt.Sprint(len(amb.Candidates))
	if amb.AtLeast {
		count = "at least " + count
	}
	w := q.opts.io.Err
	fmt.Fprintf(w, "kg: %q matches %s entities; name one of them, by its name or its ID, or use --all:\n", amb.Text, count)
	for i, l := range lines {
		if i < len(amb.Candidates) {
			fmt.Fprintf(w, "%s%s  %s\n", l, strings.Repeat(" ", width-uniseg.StringWidth(l)), cellText(amb.Candidates[i].Entity.ID))
		}
	}
}

// find resolves a name to entities of the given kinds.
func (q *querier) find(name string, kinds ...graph.Kind) ([]*graph.Entity, error) {
	return q.e.Resolve(q.c.Context(), name, q.opts.all, kinds...)
}

// Why is the provenance of a row.
type Why struct {
	Article   string `json:"article"`
	ArticleID string `json:"article_id"`
	Sentence  string `json:"sentence"`
}

// why returns the provenance of a fact, or nil without --why.
// prefetchWhy reads the provenance of facts at once, for --why: the
// rows of a busy entity would each read their article.
func (q *querier) prefetchWhy(facts []graph.Fact) error {
	if !q.opts.why || len(facts) == 0 {
		return nil
	}
	_, err := q.e.Whys(q.c.Context(), facts)
	return err
}

func (q *querier) why(f graph.Fact) (*Why, error) {
	if !q.opts.why {
		return nil, nil
	}
	w, err := q.e.Why(q.c.Context(), f)
	if err != nil {
		return nil, err
	}
	return &Why{Article: w.Article, ArticleID: w.ArticleID, Sentence: w.Sentence}, nil
}

// withWhy adds the why columns to a row.
func withWhy(cells []string, w *Why) []string {
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

func names(ents []*graph.Entity) []string {
	out := make([]string, len(ents))
	for i, e := range ents {
		out[i] = e.Name
	}
	return out
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

func (q *querier) attendees(name string) (*result, error) {
	evs, err := q.find(name, graph.Event)
	if err != nil {
		return nil, err
	}
	res := &result{columns: q.columns("EVENT", "DATE", "PERSON", "ROLE", "POSITION")}
	for _, ev := range evs {
		// The statement of each presence is read for --why only: a large
		// event has thousands of reports.
		attendees := q.e.AttendeeRoles
		if q.opts.why {
			attendees = q.e.Attendees
		}
		atts, err := attendees(q.c.Context(), ev)
		if err != nil {
			return nil, err
		}
		if err := q.prefetchWhy(attendanceFacts(atts)); err != nil {
			return nil, err
		}
		for _, a := range atts {
			w, err := q.why(a.Fact)
			if err != nil {
				return nil, err
			}
			rec := AttendeeRow{Event: ev.Name, EventID: ev.ID, Date: ev.Date.String(), Person: a.Person.Name,
				PersonID: a.Person.ID, Roles: a.RoleNames(), Positions: names(a.Positions), Why: w}
			res.add(rec, withWhy([]string{ev.Name, rec.Date, rec.Person, strings.Join(rec.Roles, ", "), strings.Join(rec.Positions, "; ")}, w)...)
		}
	}
	return res, nil
}

// holdingFacts returns the statements that show holdings (Evidence).
func holdingFacts(held []query.Holding) []graph.Fact {
	out := make([]graph.Fact, len(held))
	for i := range held {
		out[i] = held[i].Evidence()
	}
	return out
}

// attendanceFacts returns the statements of presences.
func attendanceFacts(atts []query.Attendance) []graph.Fact {
	out := make([]graph.Fact, len(atts))
	for i, a := range atts {
		out[i] = a.Fact
	}
	return out
}

// EventRow is a row of "query events".
type EventRow struct {
	Event   string   `json:"event"`
	EventID string   `json:"event_id"`
	Date    string   `json:"date,omitempty"`
	Roles   []string `json:"roles"`
	Why     *Why     `json:"why,omitempty"`
}

func (q *querier) events(name string) (*result, error) {
	people, err := q.find(name, graph.Person)
	if err != nil {
		return nil, err
	}
	res := &result{columns: q.columns("PERSON", "DATE", "EVENT", "ROLE")}
	for _, p := range people {
		// The statement of each presence is read for --why only: a busy
		// person attended thousands of events.
		events := q.e.EventRoles
		if q.opts.why {
			events = q.e.Events
		}
		atts, err := events(q.c.Context(), p)
		if err != nil {
			return nil, err
		}
		if err := q.prefetchWhy(attendanceFacts(atts)); err != nil {
			return nil, err
		}
		for _, a := range atts {
			w, err := q.why(a.Fact)
			if err != nil {
				return nil, err
			}
			rec := EventRow{Event: a.Event.Name, EventID: a.Event.ID, Date: a.Event.Date.String(), Roles: a.RoleNames(), Why: w}
			res.add(rec, withWhy([]string{p.Name, rec.Date, rec.Event, strings.Join(rec.Roles, ", ")}, w)...)
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
	Until          string   `json:"until,omitempty"`
	LastStated     string   `json:"last_stated,omitempty"`
	Status         string   `json:"status"`
	Successor      string   `json:"successor,omitempty"`
	SuccessorID    string   `json:"successor_id,omitempty"`
	Sources        []string `json:"sources"`
	Why            *Why     `json:"why,omitempty"`
}

func (q *querier) positions(name string) (*result, error) {
	people, err := q.find(name, graph.Person)
	if err != nil {
		return nil, err
	}
	res := &result{columns: q.columns("PERSON", "SINCE", "UNTIL", "POSITION", "ORGANIZATION", "STATUS", "SOURCE")}
	for _, p := range people {
		held, err := q.e.Positions(q.c.Context(), p)
		if err != nil {
			return nil, err
		}
		if err := q.prefetchWhy(holdingFacts(held)); err != nil {
			return nil, err
		}
		var ids []string
		for _, h := range held {
			ids = append(ids, sourcesShown(h.Tenure.Sources, q.opts.format)...)
			if h.Tenure.Successor != "" {
				ids = append(ids, h.Tenure.Successor)
			}
		}
		ents, err := q.e.Names(q.c.Context(), ids)
		if err != nil {
			return nil, err
		}
		for _, h := range held {
			t := h.Tenure
			w, err := q.why(h.Evidence())
			if err != nil {
				return nil, err
			}
			rec := PositionRow{Person: p.Name, PersonID: p.ID, Position: h.Position.Name, PositionID: h.Position.ID,
				Role: h.Position.Role, Since: t.Since.String(), LastStated: t.LastStated.String(), Status: t.Status(),
				Sources: t.Sources, Why: w}
			if t.Former {
				rec.Until = t.Until.String()
			}
			if t.Successor != "" {
				rec.Successor, rec.SuccessorID = ents[t.Successor].Name, t.Successor
			}
			if h.Organization != nil {
				rec.Organization, rec.OrganizationID = h.Organization.Name, h.Organization.ID
			}
			shown := sourcesShown(t.Sources, q.opts.format)
			titles := make([]string, len(shown))
			for i, a := range shown {
				titles[i] = ents[a].Name
			}
			cell := strings.Join(titles, "; ")
			if n := len(t.Sources); n > len(shown) {
				cell = fmt.Sprintf("%d articles: %s", n, cell)
			}
			res.add(rec, withWhy([]string{p.Name, rec.Since, rec.Until, rec.Position, rec.Organization, rec.Status, cell}, w)...)
		}
	}
	return res, nil
}

// tableSources is how many sources a table row of positions names: a
// cell is cut at maxCell columns, which two titles fill.
const tableSources = 2

// sourcesShown returns the sources of a holding whose titles a format
// writes: none in JSON, which gives their IDs; the first few in a table,
// whose cell then starts with their number; all in CSV. A person named in
// thousands of articles then does not have every title read for a
// table that shows two.
func sourcesShown(sources []string, format string) []string {
	switch format {
	case formatJSON:
		return nil
	case formatTable:
		return sources[:min(len(sources), tableSources)]
	}
	return sources
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
	Until          string `json:"until,omitempty"`
	Status         string `json:"status"`
	Why            *Why   `json:"why,omitempty"`
}

func (q *querier) members(name string) (*result, error) {
	orgs, err := q.find(name, graph.Organization)
	if err != nil {
		return nil, err
	}
	res := &result{columns: q.columns("ORGANIZATION", "POSITION", "PERSON", "SINCE", "UNTIL", "STATUS")}
	seen := map[[3]string]bool{}
	for _, org := range orgs {
		held, err := q.e.Members(q.c.Context(), org)
		if err != nil {
			return nil, err
		}
		if err := q.prefetchWhy(holdingFacts(held)); err != nil {
			return nil, err
		}
		for _, h := range held {
			k := [3]string{h.Organization.ID, h.Position.ID, h.Person.ID}
			if seen[k] { // with --all, an organization may be a part of another
				continue
			}
			seen[k] = true
			w, err := q.why(h.Evidence())
			if err != nil {
				return nil, err
			}
			t := h.Tenure
			rec := MemberRow{Organization: h.Organization.Name, OrganizationID: h.Organization.ID, Position: h.Position.Name,
				PositionID: h.Position.ID, Person: h.Person.Name, PersonID: h.Person.ID, Since: t.Since.String(), Status: t.Status(), Why: w}
			if t.Former {
				rec.Until = t.Until.String()
			}
			res.add(rec, withWhy([]string{rec.Organization, rec.Position, rec.Person, rec.Since, rec.Until, rec.Status}, w)...)
		}
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

func (q *querier) path(a, b string, maxDepth int) (*result, error) {
	if maxDepth <= 0 {
		flag := "--depth"
		if q.c.Flags().Changed("max-depth") {
			flag = "--max-depth"
		}
		return nil, withCode(ExitUsage, fmt.Errorf("%s %d: want 1 or more", flag, maxDepth))
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
	steps, err := q.e.Path(q.c.Context(), from[0], to[0], maxDepth)
	if err != nil {
		return nil, err
	}
	facts := make([]graph.Fact, len(steps))
	for i, s := range steps {
		facts[i] = s.Fact
	}
	if err := q.prefetchWhy(facts); err != nil {
		return nil, err
	}
	res := &result{columns: q.columns("STEP", "FROM", "RELATION", "TO")}
	var line strings.Builder
	line.WriteString(from[0].Name)
	for i, s := range steps {
		w, err := q.why(s.Fact)
		if err != nil {
			return nil, err
		}
		step := PathStep{Step: i + 1, From: s.From.Name, FromID: s.From.ID, Relation: s.Fact.Relation.String(),
			Direction: "forward", To: s.To.Name, ToID: s.To.ID, Why: w}
		arrow := fmt.Sprintf(" —[%s]→ ", s.Fact.Relation)
		if !s.Forward {
			step.Direction = "backward"
			arrow = fmt.Sprintf(" ←[%s]— ", s.Fact.Relation)
		}
		line.WriteString(arrow + s.To.Name)
		res.add(step, withWhy([]string{fmt.Sprint(i + 1), step.From, strings.TrimSpace(arrow), step.To}, w)...)
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
	Articles int    `json:"articles"`
}

func (q *querier) neighbors(name string, depth int, direct bool, limit int) (*result, error) {
	switch {
	case depth < 1:
		return nil, withCode(ExitUsage, fmt.Errorf("--depth %d: want 1 or more", depth))
	case limit < 0:
		return nil, withCode(ExitUsage, fmt.Errorf("--limit %d: want 0 (all) or more", limit))
	}
	ents, err := q.find(name)
	if err != nil {
		return nil, err
	}
	res := &result{columns: []string{"DISTANCE", "KIND", "NAME", "ARTICLES"}}
	for _, e := range ents {
		near, total, err := q.e.Neighbors(q.c.Context(), e, depth, direct, limit)
		if err != nil {
			return nil, err
		}
		if total > len(near) {
			hops := "1 hop"
			if depth > 1 {
				hops = fmt.Sprintf("%d hops", depth)
			}
			fmt.Fprintf(q.opts.io.Err, "kg: %d entities lie within %s of %s; the %d nearest and most linked are shown; --limit N shows more, --limit 0 all\n",
				total, hops, e.Name, len(near))
		}
		for _, n := range near {
			rec := NeighborRow{Distance: n.Distance, Kind: n.Entity.Kind.String(), Name: n.Entity.Name, ID: n.Entity.ID, Articles: n.Articles}
			res.add(rec, fmt.Sprint(rec.Distance), rec.Kind, rec.Name, fmt.Sprint(rec.Articles))
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

func (q *querier) search(text string, limit int) (*result, error) {
	if limit < 0 {
		return nil, withCode(ExitUsage, fmt.Errorf("--limit %d: want 0 (all) or more", limit))
	}
	matches, more, err := q.e.Search(q.c.Context(), text, limit)
	if err != nil {
		return nil, err
	}
	if len(matches) == 0 {
		return nil, &query.NoMatchError{Text: text, What: "entity"}
	}
	if more {
		fmt.Fprintf(q.opts.io.Err, "kg: more entities match than the %d shown; --limit N shows more, --limit 0 all\n", limit)
	}
	res := &result{columns: []string{"KIND", "NAME", "CONTEXT"}}
	for _, m := range matches {
		rec := SearchRow{Kind: m.Entity.Kind.String(), Name: m.Entity.Name, ID: m.Entity.ID, Context: m.Context}
		res.add(rec, rec.Kind, rec.Name, rec.Context)
	}
	return res, nil
}

// SameRow is a row of "query why-same".
type SameRow struct {
	Person   string `json:"person"`
	PersonID string `json:"person_id"`
	ArticleA string `json:"article_a"`
	ArticleB string `json:"article_b"`
	Reason   string `json:"reason"`
}

func (q *querier) whySame(name string) (*result, error) {
	people, err := q.find(name, graph.Person)
	if err != nil {
		return nil, err
	}
	res := &result{columns: []string{"PERSON", "ARTICLE A", "ARTICLE B", "REASON"}}
	for _, p := range people {
		ev, err := q.e.WhySame(q.c.Context(), p)
		if err != nil {
			return nil, err
		}
		// Tables show the articles' headlines, which the evidence
		// carries; JSON gives their IDs.
		title := func(id, t string) string { return cmp.Or(t, id) }
		if q.opts.format == formatJSON {
			title = func(id, _ string) string { return id }
		}
		if len(ev) == 0 {
			rec := SameRow{Person: p.Name, PersonID: p.ID, Reason: "named in one article only"}
			res.add(rec, p.Name, "", "", rec.Reason)
		}
		for _, e := range ev {
			rec := SameRow{Person: p.Name, PersonID: p.ID, ArticleA: e.A, ArticleB: e.B, Reason: e.Reason}
			res.add(rec, p.Name, title(e.A, e.TitleA), title(e.B, e.TitleB), e.Reason)
		}
	}
	return res, nil
}

// spelledOut folds a name (graph.Fold) with its abbreviations written out
// as lex has them, so that "UBND TP" and "Ủy ban nhân dân thành phố"
// compare equal.
func spelledOut(lex *lexicon.Lexicon, s string) string {
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
