package serve

import (
	"bytes"
	"cmp"
	"context"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"kg/export/html"
	"kg/graph"
)

//go:embed templates
var templateFiles embed.FS

// maxListed bounds each list of an entity's page.
const maxListed = 200

// pages are the HTML pages, each a layout, the viewer and one page
// template.
type pages struct {
	byName map[string]*htmltemplate.Template
}

func newPages() (*pages, error) {
	p := &pages{byName: map[string]*htmltemplate.Template{}}
	funcs := htmltemplate.FuncMap{
		"entityURL": func(id string) string { return "/e?" + url.Values{"id": {id}}.Encode() },
		"kindName":  kindName,
		"short":     short,
	}
	for _, name := range []string{"home.tmpl", "search.tmpl", "entity.tmpl", "error.tmpl"} {
		t := htmltemplate.New(name).Funcs(funcs)
		t, err := t.ParseFS(templateFiles, "templates/layout.tmpl", "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", name, err)
		}
		if t, err = t.ParseFS(html.Templates(), "viewer.tmpl"); err != nil {
			return nil, fmt.Errorf("page %s: %w", name, err)
		}
		p.byName[name] = t
	}
	return p, nil
}

// render writes a page; a template error (a bug) is a bare 500.
func (p *pages) render(w http.ResponseWriter, code int, name string, data any) {
	var buf bytes.Buffer
	if err := p.byName[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		http.Error(w, "500 internal error: page "+name, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

var kindNames = map[graph.Kind]string{
	graph.Person: "người", graph.Organization: "tổ chức", graph.Position: "chức vụ",
	graph.Event: "sự kiện", graph.Article: "bài báo", graph.Place: "địa điểm",
}

// kindName is a kind's Vietnamese name, for a kind or its String.
func kindName(kind any) string {
	switch k := kind.(type) {
	case graph.Kind:
		if n, ok := kindNames[k]; ok {
			return n
		}
		return k.String()
	case string:
		if kk, err := graph.ParseKind(k); err == nil {
			return kindName(kk)
		}
		return k
	}
	return fmt.Sprint(kind)
}

// short cuts a text to n characters for a title or a label.
func short(n int, s string) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

type errorPage struct {
	Title, Message string
}

type homePage struct {
	Title string
	Stats *graph.Stats
	Kinds []kindCount
}

type kindCount struct {
	Kind  string
	Count int
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	st, err := s.r.Stats(r.Context())
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	page := homePage{Title: "kg", Stats: st}
	for _, k := range graph.Kinds() {
		page.Kinds = append(page.Kinds, kindCount{kindName(k), st.Entities[k]})
	}
	s.pages.render(w, http.StatusOK, "home.tmpl", page)
}

type searchPage struct {
	Title string
	Query string
	Hits  []Hit
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	hits, err := s.search(r.Context(), q, nil)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	s.pages.render(w, http.StatusOK, "search.tmpl", searchPage{Title: "Tìm: " + short(60, q), Query: q, Hits: hits})
}

// Ref names an entity in a page's data.
type Ref struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	Name string `json:"name"`
	Date string `json:"date,omitempty"`
}

func refOf(e *graph.Entity) Ref {
	return Ref{ID: e.ID, Kind: e.Kind.String(), Name: e.Name, Date: e.Date.String()}
}

func refsOf(ents []*graph.Entity) []Ref {
	out := make([]Ref, 0, len(ents))
	for _, e := range ents {
		out = append(out, refOf(e))
	}
	return out
}

// PositionItem is a row of a person's positions.
type PositionItem struct {
	Position     Ref    `json:"position"`
	Role         string `json:"role,omitempty"`
	Organization *Ref   `json:"organization,omitempty"`
	Since        string `json:"since,omitempty"`
	LastStated   string `json:"last_stated,omitempty"`
	Status       string `json:"status"` // current or former
	Articles     int    `json:"articles"`
}

// EventItem is a row of a person's events.
type EventItem struct {
	Event Ref      `json:"event"`
	Roles []string `json:"roles"` // Vietnamese labels of the relations
}

// MemberItem is a row of an organization's members.
type MemberItem struct {
	Organization Ref    `json:"organization"`
	Position     Ref    `json:"position"`
	Person       Ref    `json:"person"`
	Since        string `json:"since,omitempty"`
	Status       string `json:"status"`
}

// AttendeeItem is a row of an event's attendees.
type AttendeeItem struct {
	Person    Ref      `json:"person"`
	Roles     []string `json:"roles"`
	Positions []Ref    `json:"positions"` // held then
}

// EntityData is an entity's page: what /api/entity answers and /e shows.
// Lists hold at most maxListed rows; Truncated names those cut.
type EntityData struct {
	Entity     Ref            `json:"entity"`
	Aliases    []string       `json:"aliases,omitempty"`
	Detail     string         `json:"detail,omitempty"` // role, kind of event, source of an article
	End        string         `json:"end,omitempty"`    // an event's last day
	Positions  []PositionItem `json:"positions,omitempty"`
	Events     []EventItem    `json:"events,omitempty"`
	Members    []MemberItem   `json:"members,omitempty"`
	Parts      []Ref          `json:"parts,omitempty"`   // organizations part of this one
	PartOf     []Ref          `json:"part_of,omitempty"` // organizations this one is part of
	Organizers []Ref          `json:"organizers,omitempty"`
	Attendees  []AttendeeItem `json:"attendees,omitempty"`
	Holders    []MemberItem   `json:"holders,omitempty"` // a position's holders
	Places     []Ref          `json:"places,omitempty"`
	Located    []Ref          `json:"located,omitempty"` // what a place holds
	Mentioned  []Ref          `json:"mentioned,omitempty"`
	Article    *ArticleItem   `json:"article,omitempty"`
	Truncated  []string       `json:"truncated,omitempty"`

	Timeline *timeline `json:"-"`
}

// ArticleItem is an article's metadata.
type ArticleItem struct {
	Headline  string `json:"headline"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	Author    string `json:"author,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Link      string `json:"-"` // Source, when it is an http(s) URL
}

func status(former bool) string {
	if former {
		return "former"
	}
	return "current"
}

// cut keeps at most maxListed items, noting the list when it cuts.
func cut[T any](d *EntityData, name string, items []T) []T {
	if len(items) > maxListed {
		d.Truncated = append(d.Truncated, fmt.Sprintf("%s: %d of %d shown", name, maxListed, len(items)))
		return items[:maxListed]
	}
	return items
}

// linked returns the entities joined to id by rel, forward (id is the
// subject) or backward, sorted by name.
func (s *Server) linked(ctx context.Context, id string, rel graph.Relation, forward bool) ([]*graph.Entity, error) {
	nbs, err := s.r.Neighbors(ctx, []string{id}, []graph.Relation{rel})
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, nb := range nbs {
		if nb.Forward == forward {
			ids = append(ids, nb.To)
		}
	}
	m, err := entityMap(ctx, s.r, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*graph.Entity, 0, len(m))
	for _, e := range m {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *graph.Entity) int {
		return strings.Compare(a.Name+"\x00"+a.ID, b.Name+"\x00"+b.ID)
	})
	return out, nil
}

// entityData gathers an entity's page.
func (s *Server) entityData(ctx context.Context, e *graph.Entity) (*EntityData, error) {
	d := &EntityData{Entity: refOf(e), Aliases: e.Aliases, End: e.End.String()}
	var err error
	switch e.Kind {
	case graph.Person:
		// The positions and the events of a busy person are each read
		// from thousands of statements: at once, on two connections
		// (the busiest person's page: 97-109 ms one after the other).
		var rows []PositionRow
		var events []EventRow
		var posErr, evErr error
		var wg sync.WaitGroup
		wg.Go(func() { rows, posErr = s.answers.Positions(ctx, e.ID) })
		events, evErr = s.answers.Events(ctx, e.ID)
		wg.Wait()
		if err := cmp.Or(posErr, evErr); err != nil {
			return nil, err
		}
		for _, p := range rows {
			item := PositionItem{Position: refOf(p.Position), Role: p.Position.Role, Since: p.Since.String(),
				LastStated: p.LastStated.String(), Status: status(p.Former), Articles: p.Articles}
			if p.Organization != nil {
				org := refOf(p.Organization)
				item.Organization = &org
			}
			d.Positions = append(d.Positions, item)
		}
		d.Positions = cut(d, "positions", d.Positions)
		d.Timeline = newTimeline(d.Positions)
		for _, ev := range events {
			d.Events = append(d.Events, EventItem{Event: refOf(ev.Event), Roles: roleLabels(ev.Roles)})
		}
		d.Events = cut(d, "events", d.Events)
	case graph.Organization:
		members, err := s.answers.Members(ctx, e.ID)
		if err != nil {
			return nil, err
		}
		for _, m := range members {
			d.Members = append(d.Members, MemberItem{Organization: refOf(m.Organization), Position: refOf(m.Position),
				Person: refOf(m.Person), Since: m.Since.String(), Status: status(m.Former)})
		}
		d.Members = cut(d, "members", d.Members)
		parts, err := s.linked(ctx, e.ID, graph.PartOf, false)
		if err != nil {
			return nil, err
		}
		d.Parts = cut(d, "parts", refsOf(parts))
		parents, err := s.linked(ctx, e.ID, graph.PartOf, true)
		if err != nil {
			return nil, err
		}
		d.PartOf = cut(d, "part_of", refsOf(parents))
		places, err := s.linked(ctx, e.ID, graph.LocatedIn, true)
		if err != nil {
			return nil, err
		}
		d.Places = cut(d, "places", refsOf(places))
	case graph.Event:
		d.Detail = e.Text
		orgs, err := s.linked(ctx, e.ID, graph.Organized, false)
		if err != nil {
			return nil, err
		}
		d.Organizers = cut(d, "organizers", refsOf(orgs))
		atts, err := s.answers.Attendees(ctx, e.ID)
		if err != nil {
			return nil, err
		}
		for _, a := range atts {
			d.Attendees = append(d.Attendees, AttendeeItem{Person: refOf(a.Person), Roles: roleLabels(a.Roles), Positions: refsOf(a.Positions)})
		}
		d.Attendees = cut(d, "attendees", d.Attendees)
		places, err := s.linked(ctx, e.ID, graph.LocatedIn, true)
		if err != nil {
			return nil, err
		}
		d.Places = cut(d, "places", refsOf(places))
	case graph.Position:
		d.Detail = e.Role
		orgs, err := s.linked(ctx, e.ID, graph.PositionIn, true)
		if err != nil {
			return nil, err
		}
		d.PartOf = refsOf(orgs)
		d.Holders, err = s.holders(ctx, e)
		if err != nil {
			return nil, err
		}
		d.Holders = cut(d, "holders", d.Holders)
	case graph.Place:
		located, err := s.linked(ctx, e.ID, graph.LocatedIn, false)
		if err != nil {
			return nil, err
		}
		d.Located = cut(d, "located", refsOf(located))
	case graph.Article:
		a, err := s.r.Article(ctx, e.ID)
		if err != nil {
			return nil, err
		}
		d.Article = &ArticleItem{Headline: a.Title, Published: a.Published.String(), Source: a.Source, Author: a.Author, Publisher: a.Publisher}
		if u, err := url.Parse(a.Source); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			d.Article.Link = u.String()
		}
		mentioned, err := s.linked(ctx, e.ID, graph.Mentions, true)
		if err != nil {
			return nil, err
		}
		d.Mentioned = cut(d, "mentioned", refsOf(mentioned))
	}
	return d, err
}

// holders are the people who hold or held a position, with the tenures
// kg query gives.
func (s *Server) holders(ctx context.Context, pos *graph.Entity) ([]MemberItem, error) {
	held, err := s.answers.Holders(ctx, pos)
	if err != nil {
		return nil, err
	}
	out := make([]MemberItem, 0, len(held))
	for _, h := range held {
		out = append(out, MemberItem{Position: refOf(pos), Person: refOf(h.Person), Since: h.Tenure.Since.String(), Status: status(h.Tenure.Former)})
	}
	return out, nil
}

func roleLabels(rs []graph.Relation) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		out = append(out, r.Label())
	}
	return out
}

type entityPage struct {
	Title  string
	Data   *EntityData
	Kind   string
	Viewer html.Page
}

func (s *Server) entityPage(w http.ResponseWriter, r *http.Request) {
	e, err := s.entityOf(r, "id")
	if err != nil {
		s.failEntity(w, r, err)
		return
	}
	d, err := s.entityData(r.Context(), e)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	page := entityPage{Title: short(80, e.Name), Data: d, Kind: e.Kind.String(),
		Viewer: html.Page{Mode: "server", API: "/api", Focus: []string{e.ID}, Relations: html.Relations()}}
	s.pages.render(w, http.StatusOK, "entity.tmpl", page)
}
