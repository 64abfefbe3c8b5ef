package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"kg/export/html"
	"kg/graph"
)

// Bounds of the API's other answers.
const (
	maxSearch    = 20  // entities a search answers
	maxQueryLen  = 200 // bytes of a search text
	maxExportIDs = MaxMaxNodes
	maxPathDepth = 8
)

// Hit is an entity a search found.
type Hit struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Name    string `json:"name"`
	Context string `json:"context,omitempty"` // what tells it from namesakes
}

// search finds entities by name, best first.
func (s *Server) search(ctx context.Context, text string, kinds []graph.Kind) ([]Hit, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return []Hit{}, nil
	}
	if len(text) > maxQueryLen {
		text = text[:runeStart(text, maxQueryLen)]
	}
	ents, err := s.r.Search(ctx, text, kinds, maxSearch)
	if err != nil {
		return nil, err
	}
	hits := make([]Hit, 0, len(ents))
	for _, e := range ents {
		hits = append(hits, Hit{ID: e.ID, Kind: e.Kind.String(), Name: e.Name, Context: contextOf(e)})
	}
	return hits, nil
}

// runeStart moves i back to the start of the rune it is in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xc0 == 0x80 {
		i--
	}
	return i
}

// contextOf is what the entity itself says that tells it from others.
func contextOf(e *graph.Entity) string {
	switch e.Kind {
	case graph.Event, graph.Article:
		return strings.TrimSpace(e.Date.String() + " " + e.Text)
	case graph.Position:
		return e.Role
	}
	return ""
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	var kinds []graph.Kind
	for _, k := range r.URL.Query()["kind"] {
		kind, err := graph.ParseKind(k)
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
		kinds = append(kinds, kind)
	}
	hits, err := s.search(r.Context(), r.URL.Query().Get("q"), kinds)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, hits)
}

// entityOf loads the entity a request's id parameter names.
func (s *Server) entityOf(r *http.Request, name string) (*graph.Entity, error) {
	id := r.URL.Query().Get(name)
	if id == "" {
		return nil, fmt.Errorf("%s: %w", name, errMissing)
	}
	ents, err := s.r.Entities(r.Context(), []string{id})
	if err != nil {
		return nil, err
	}
	if len(ents) == 0 {
		return nil, fmt.Errorf("%q: %w", id, graph.ErrNoEntity)
	}
	return ents[0], nil
}

var errMissing = errors.New("parameter missing")

// failEntity answers an error of entityOf.
func (s *Server) failEntity(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, errMissing) {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	s.failStore(w, r, err)
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	e, err := s.entityOf(r, "id")
	if err != nil {
		s.failEntity(w, r, err)
		return
	}
	page, err := s.entityData(r.Context(), e)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *Server) apiNeighborhood(w http.ResponseWriter, r *http.Request) {
	a, err := aroundOf(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	view, err := neighborhood(r.Context(), s.r, a)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, view)
}

// aroundOf reads a neighbourhood request.
func aroundOf(r *http.Request) (Around, error) {
	a := Around{ID: r.URL.Query().Get("id")}
	if a.ID == "" {
		return a, fmt.Errorf("id: %w", errMissing)
	}
	var err error
	if a.Depth, err = param(r, "depth", 1, 1, MaxDepth); err != nil {
		return a, err
	}
	if a.MaxNodes, err = param(r, "max", DefaultMaxNodes, 1, MaxMaxNodes); err != nil {
		return a, err
	}
	if a.Rels, err = relations(r); err != nil {
		return a, err
	}
	if a.From, err = date(r, "from"); err != nil {
		return a, err
	}
	if a.To, err = date(r, "to"); err != nil {
		return a, err
	}
	return a, nil
}

// Facts is the answer of /api/facts.
type Facts struct {
	Facts []html.Fact `json:"facts"`
	More  int         `json:"more,omitempty"` // facts left out
}

func (s *Server) apiFacts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	subject, object := q.Get("s"), q.Get("o")
	if subject == "" || object == "" {
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("s and o: %w", errMissing))
		return
	}
	var rel graph.Relation
	if name := q.Get("r"); name != "" {
		var err error
		if rel, err = graph.ParseRelation(name); err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
	}
	ents, err := s.r.Entities(r.Context(), []string{subject, object})
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	if len(ents) < 2 && subject != object {
		s.fail(w, r, http.StatusNotFound, errors.New("no such entity"))
		return
	}
	sets, err := s.r.FactsBetweenPairs(r.Context(), [][2]string{{subject, object}})
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	var facts []graph.Fact
	for _, f := range sets[0] {
		if f.Subject == subject && f.Object == object && (rel == 0 || f.Relation == rel) {
			facts = append(facts, f)
		}
	}
	// the latest statements first: what the graph says now
	slices.SortStableFunc(facts, func(a, b graph.Fact) int {
		if a.AsOf != b.AsOf {
			if a.AsOf.Before(b.AsOf) {
				return 1
			}
			return -1
		}
		return 0
	})
	res := Facts{Facts: []html.Fact{}}
	if len(facts) > MaxFacts {
		res.More = len(facts) - MaxFacts
		facts = facts[:MaxFacts]
	}
	articles := map[string]*graph.ArticleMeta{}
	for _, f := range facts {
		a, ok := articles[f.Prov.Article]
		if !ok {
			a, err = s.r.Article(r.Context(), f.Prov.Article)
			if err != nil && !errors.Is(err, graph.ErrNoArticle) {
				s.failStore(w, r, err)
				return
			}
			articles[f.Prov.Article] = a
		}
		res.Facts = append(res.Facts, html.FactOf(f, html.NewEvidence(f, a)))
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) apiPath(w http.ResponseWriter, r *http.Request) {
	from, err := s.entityOf(r, "from")
	if err != nil {
		s.failEntity(w, r, err)
		return
	}
	to, err := s.entityOf(r, "to")
	if err != nil {
		s.failEntity(w, r, err)
		return
	}
	depth, err := param(r, "max", 6, 1, maxPathDepth)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	view, err := s.pathView(r.Context(), from.ID, to.ID, depth)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, view)
}

// pathView is the view of the shortest chain of facts from a to b: its
// entities, and the links it goes by with all their facts' dates.
func (s *Server) pathView(ctx context.Context, a, b string, maxDepth int) (*html.View, error) {
	chain, err := s.answers.Path(ctx, a, b, maxDepth)
	if err != nil {
		return nil, err
	}
	ids := []string{a}
	var pairs [][2]string
	cur := a
	for _, f := range chain {
		next := f.Object
		if f.Object == cur {
			next = f.Subject
		}
		ids = append(ids, next)
		pairs = append(pairs, [2]string{f.Subject, f.Object})
		cur = next
	}
	sets, err := s.r.FactsBetweenPairs(ctx, pairs)
	if err != nil {
		return nil, err
	}
	var facts []graph.Fact
	for i, f := range chain {
		for _, g := range sets[i] {
			if g.Subject == f.Subject && g.Object == f.Object && g.Relation == f.Relation {
				facts = append(facts, g)
			}
		}
	}
	ents, err := entityMap(ctx, s.r, ids)
	if err != nil {
		return nil, err
	}
	view := &html.View{Focus: []string{}, Path: ids, Edges: html.EdgesOf(facts, 0, nil)}
	for _, id := range ids {
		view.Nodes = append(view.Nodes, html.NodeOf(pick(ents, id)))
	}
	return view, nil
}

// exportRequest is the body of POST /api/export.
type exportRequest struct {
	IDs   []string `json:"ids"`
	Focus []string `json:"focus"`
}

func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if format != "svg" && format != "jsonld" {
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("format=%q: want svg or jsonld", format))
		return
	}
	var req exportRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	if err := dec.Decode(&req); err != nil {
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("body: want {\"ids\": [...]}: %w", err))
		return
	}
	if len(req.IDs) == 0 || len(req.IDs) > maxExportIDs {
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("ids: want 1 to %d entity IDs, got %d", maxExportIDs, len(req.IDs)))
		return
	}
	// the view's entities and the facts among them
	g, err := s.r.Around(r.Context(), req.IDs, 0)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	var buf bytes.Buffer
	switch format {
	case "svg":
		if s.opts.SVG == nil {
			s.fail(w, r, http.StatusNotImplemented, errors.New("this server draws no SVG (kg-svg was not found beside kg)"))
			return
		}
		err = s.opts.SVG(r.Context(), &buf, g, req.Focus)
		w.Header().Set("Content-Type", "image/svg+xml")
		w.Header().Set("Content-Disposition", `attachment; filename="kg.svg"`)
	case "jsonld":
		if s.opts.JSONLD == nil {
			s.fail(w, r, http.StatusNotImplemented, errors.New("this server writes no JSON-LD"))
			return
		}
		err = s.opts.JSONLD(&buf, g)
		w.Header().Set("Content-Type", "application/ld+json")
		w.Header().Set("Content-Disposition", `attachment; filename="kg.jsonld"`)
	}
	if err != nil {
		w.Header().Del("Content-Disposition")
		s.failStore(w, r, err)
		return
	}
	_, _ = w.Write(buf.Bytes())
}
