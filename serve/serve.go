// Package serve is kg's web application: pages a person can click
// through (search, a page per person, organization, event) and kg's
// interactive graph viewer, over the JSON API the viewer asks, all read
// from a graph.Reader.
//
// # Routes
//
// Pages (HTML, html/template):
//
//	/                  search field, and what the store holds
//	/search?q=TEXT     entities whose names match, as kg query matches them
//	/e?id=ID           an entity's page, with its neighbourhood drawn
//	/static/NAME       the viewer's script, style and library (embedded)
//
// JSON API (GET unless said; errors are {"error": "..."} with a 4xx/5xx):
//
//	/api/search?q=TEXT[&kind=person]     matching entities, best first
//	/api/entity?id=ID                    an entity's page data
//	/api/neighborhood?id=ID[&depth=1..3][&rel=REL...][&from=DATE][&to=DATE][&max=N]
//	                                     a bounded view (see Around)
//	/api/facts?s=ID&r=REL&o=ID           the facts of one link with their evidence
//	/api/path?from=ID&to=ID[&max=6]      the shortest chain of facts
//	POST /api/export?format=svg|jsonld   {"ids": [...]}: the view as a file
//
// # Bounds and safety
//
// A request never reads the whole graph: views are capped at
// [DefaultMaxNodes] nodes (a request may ask up to [MaxMaxNodes]), depth
// at [MaxDepth], evidence at [MaxFacts] facts. Only these routes answer;
// static files come from the embedded FS by exact name. Every page is
// written by html/template and sent with a Content-Security-Policy that
// runs only /static/ scripts, so a name or a sentence holding markup
// stays text.
package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"kg/export/html"
	"kg/graph"
)

// CSP is the Content-Security-Policy of every answer: scripts and styles
// from /static/ only (and the one style element cytoscape adds, by its
// hash), data from this server only.
var CSP = "default-src 'none'; script-src 'self'; style-src 'self' " + html.LibraryStyleHash() +
	"; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// MaxFacts bounds the facts /api/facts sends with their evidence.
const MaxFacts = 50

// Options configures the server.
type Options struct {
	// SVG draws a graph as SVG for /api/export?format=svg; nil answers
	// that format with 501 Not Implemented.
	SVG func(ctx context.Context, w io.Writer, g *graph.Graph, focus []string) error
	// Sole says which roles one person holds at a time in an
	// organization (graph.Sole), for tenures: a successor ends the
	// holding of such a role. nil: none.
	Sole func(role, org string) bool
	// JSONLD writes a graph as JSON-LD for /api/export?format=jsonld.
	JSONLD func(w io.Writer, g *graph.Graph) error
	// Log receives a line for each failed request; nil: none.
	Log *log.Logger
	// Timeout bounds each request's reading of the store; default 10 s.
	Timeout time.Duration
}

// Server answers kg's pages and API. It is an http.Handler, safe for
// concurrent use as long as its Reader is.
type Server struct {
	r       graph.Reader
	answers answerer
	opts    Options
	pages   *pages
	static  fs.FS
	mux     *http.ServeMux
}

// New returns the server of a store.
func New(r graph.Reader, opts Options) (*Server, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = 10 * time.Second
	}
	p, err := newPages()
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	s := &Server{r: r, answers: reader{r, opts.Sole}, opts: opts, pages: p, static: html.Assets(), mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /{$}", s.home)
	s.mux.HandleFunc("GET /search", s.searchPage)
	s.mux.HandleFunc("GET /e", s.entityPage)
	s.mux.HandleFunc("GET /static/{name}", s.staticFile)
	s.mux.HandleFunc("GET /api/search", s.apiSearch)
	s.mux.HandleFunc("GET /api/entity", s.apiEntity)
	s.mux.HandleFunc("GET /api/neighborhood", s.apiNeighborhood)
	s.mux.HandleFunc("GET /api/facts", s.apiFacts)
	s.mux.HandleFunc("GET /api/path", s.apiPath)
	s.mux.HandleFunc("POST /api/export", s.apiExport)
	return s, nil
}

// ServeHTTP sets the headers every answer carries, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", CSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
	defer cancel()
	r = r.WithContext(ctx)
	if _, pattern := s.mux.Handler(r); pattern == "" {
		s.fail(w, r, http.StatusNotFound, errors.New("no such page"))
		return
	}
	s.mux.ServeHTTP(w, r)
}

// wantsJSON: API requests get errors as JSON, pages as HTML.
func wantsJSON(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// fail answers an error; a 5xx is logged.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, code int, err error) {
	if code >= 500 && s.opts.Log != nil {
		s.opts.Log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
	}
	msg := err.Error()
	if code >= 500 {
		msg = http.StatusText(code) + ": " + msg
	}
	if wantsJSON(r) {
		writeJSON(w, code, map[string]string{"error": msg})
		return
	}
	s.pages.render(w, code, "error.tmpl", errorPage{Title: http.StatusText(code), Message: msg})
}

// failStore answers an error of the store: a missing entity is a 404.
func (s *Server) failStore(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, graph.ErrNoEntity), errors.Is(err, graph.ErrNoArticle):
		s.fail(w, r, http.StatusNotFound, errors.New("no such entity"))
	case errors.Is(err, graph.ErrNoPath):
		s.fail(w, r, http.StatusNotFound, err)
	case errors.Is(err, context.DeadlineExceeded):
		s.fail(w, r, http.StatusServiceUnavailable, errors.New("the store took too long"))
	case errors.Is(err, context.Canceled):
		// the client went away: nothing to answer
	default:
		s.fail(w, r, http.StatusInternalServerError, err)
	}
}

// writeJSON writes v as JSON; encoding/json escapes <, > and &.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v) // the client may have gone
}

// staticFile serves one of the viewer's embedded files by exact name.
func (s *Server) staticFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if name == "" || strings.ContainsAny(name, "/\\") || strings.HasPrefix(name, ".") || !fs.ValidPath(name) {
		s.fail(w, r, http.StatusNotFound, errors.New("no such file"))
		return
	}
	data, err := fs.ReadFile(s.static, name)
	if err != nil {
		s.fail(w, r, http.StatusNotFound, errors.New("no such file"))
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "text/plain; charset=utf-8"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, _ = w.Write(data)
}

// param parses an integer parameter within [lo, hi], def when absent.
func param(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%s=%q: want a number from %d to %d", name, v, lo, hi)
	}
	return n, nil
}

// relations parses rel parameters: absent, the default set; "none",
// none; "all", all.
func relations(r *http.Request) ([]graph.Relation, error) {
	vals := r.URL.Query()["rel"]
	if len(vals) == 0 {
		var out []graph.Relation
		for _, f := range html.Relations() {
			if f.Shown {
				rel, _ := graph.ParseRelation(f.Name) // from graph.Relations
				out = append(out, rel)
			}
		}
		return out, nil
	}
	var out []graph.Relation
	for _, v := range vals {
		for _, name := range strings.Split(v, ",") {
			switch name {
			case "none", "":
				continue
			case "all":
				return graph.Relations(), nil
			}
			rel, err := graph.ParseRelation(name)
			if err != nil {
				return nil, err
			}
			out = append(out, rel)
		}
	}
	return out, nil
}

// date parses a date parameter: ISO 8601, as <input type=date> sends.
func date(r *http.Request, name string) (graph.Date, error) {
	v := r.URL.Query().Get(name)
	d, err := graph.ParseDate(v)
	if err != nil {
		return graph.Date{}, fmt.Errorf("%s=%q: want a date as 2020-05-16, 2020-05 or 2020", name, v)
	}
	return d, nil
}
