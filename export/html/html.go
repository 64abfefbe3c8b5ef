// Package html writes a knowledge graph as one self-contained HTML page:
// kg's graph viewer, with its data and scripts inline, that works offline
// from a file. It also holds the viewer itself (script, style, the
// cytoscape library and the markup), which kg serve serves from the same
// embedded files.
//
// # The viewer
//
// The viewer draws a [View] with cytoscape (vendored from npm, version in
// assets/VERSIONS, licence in assets/cytoscape.LICENSE): pan, zoom,
// expand an entity on click, filter by relation and date range, the path
// between two entities, the evidence of a link (article and sentence) on
// click, and a side panel listing the entities, so that a screen reader
// and a search in the page find them. In a file it reads its View from a
// <script type="application/json"> element; under kg serve it asks the
// server's JSON API.
//
// # Safety
//
// Every text of the graph stays text. The page is written with
// html/template; the View is JSON with <, > and & escaped as \u003c,
// \u003e and \u0026, so that no text can close its element; the script
// inserts texts with textContent, never as markup; and the page carries
// a Content-Security-Policy that runs only its own two scripts (by their
// SHA-256) and fetches nothing.
package html

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"io/fs"
	"slices"

	"kg/graph"
)

//go:embed assets templates
var files embed.FS

// Assets returns the viewer's static files: viewer.js, viewer.css,
// cytoscape.min.js and its licence, cytoscape.LICENSE.
func Assets() fs.FS {
	sub, _ := fs.Sub(files, "assets") // a literal, present directory: cannot fail
	return sub
}

// Templates returns the viewer's markup: templates/viewer.tmpl defines
// the template "viewer", which a page executes with a [Page].
func Templates() fs.FS {
	sub, _ := fs.Sub(files, "templates")
	return sub
}

// Page is the data of the "viewer" template.
type Page struct {
	Title string
	// Mode is "file" (the View is inline) or "server" (ask API).
	Mode string
	// API is the base URL of the JSON API, in server mode.
	API string
	// Focus are the IDs of the entities the page is about.
	Focus []string
	// Nodes are listed in the side panel, as the page first shows them.
	Nodes []Node
	// Relations are the relations offered as filters, and which are
	// shown at first.
	Relations []RelationFilter
}

// RelationFilter is one relation the viewer can show or hide.
type RelationFilter struct {
	Name, Label string
	Shown       bool
}

// Relations returns the relation filters: every relation, shown but for
// those that reach articles (Mentions, AuthorOf, PublisherOf), which
// would outnumber everything else.
func Relations() []RelationFilter {
	var out []RelationFilter
	for _, r := range graph.Relations() {
		out = append(out, RelationFilter{Name: r.String(), Label: r.Label(), Shown: !ReachesArticles(r)})
	}
	return out
}

// ReachesArticles reports whether a relation's object is an article.
func ReachesArticles(r graph.Relation) bool {
	return r == graph.Mentions || r == graph.AuthorOf || r == graph.PublisherOf
}

// Options configures Write.
type Options struct {
	// Title is the page's title; the default names the focus or kg.
	Title string
	// Focus are the IDs of the entities drawn distinctly.
	Focus []string
	// Articles draws the articles too, with the links that reach them.
	Articles bool
	// Article returns an article for the evidence of the facts; nil
	// leaves the evidence out. Errors end the writing.
	Article func(id string) (*graph.ArticleMeta, error)
	// MaxFacts bounds the facts carried with their evidence per edge;
	// the default is 20.
	MaxFacts int
}

const defaultMaxFacts = 20

// Write writes g as a self-contained HTML page to w.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	if g == nil {
		return errors.New("write html: nil graph")
	}
	view, err := viewOf(g, opts)
	if err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	if err := writePage(w, view, opts); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}

// viewOf makes the View of a whole graph, with evidence.
func viewOf(g *graph.Graph, opts Options) (*View, error) {
	drawn := map[string]bool{}
	view := &View{Focus: []string{}, Nodes: []Node{}, Edges: []Edge{}}
	for _, e := range g.Entities() {
		if e.Kind == graph.Article && !opts.Articles {
			continue
		}
		drawn[e.ID] = true
		view.Nodes = append(view.Nodes, NodeOf(e))
	}
	for _, id := range opts.Focus {
		if drawn[id] {
			view.Focus = append(view.Focus, id)
		}
	}
	var facts []graph.Fact
	for _, f := range g.Facts() {
		if drawn[f.Subject] && drawn[f.Object] {
			facts = append(facts, f)
		}
	}
	var evidence func(graph.Fact) *Evidence
	var failed error
	if opts.Article != nil {
		articles := map[string]*graph.ArticleMeta{}
		evidence = func(f graph.Fact) *Evidence {
			a, ok := articles[f.Prov.Article]
			if !ok && failed == nil {
				var err error
				if a, err = opts.Article(f.Prov.Article); err != nil && !errors.Is(err, graph.ErrNoArticle) {
					failed = fmt.Errorf("evidence of %s: %w", f.Prov.Article, err)
				}
				articles[f.Prov.Article] = a
			}
			return NewEvidence(f, a)
		}
	}
	maxFacts := opts.MaxFacts
	if maxFacts <= 0 {
		maxFacts = defaultMaxFacts
	}
	view.Edges = EdgesOf(facts, maxFacts, evidence)
	return view, failed
}

// MarshalView writes a view as JSON safe to put inside an HTML element:
// <, > and & are escaped (\u003c, ...), as are U+2028 and U+2029.
func MarshalView(v *View) ([]byte, error) {
	return json.Marshal(v) // json.Marshal escapes all of them
}

// fileData is the data of the file template.
type fileData struct {
	Page
	Data       htmltemplate.JS // the View as JSON: script data, never run
	Style      htmltemplate.CSS
	Library    htmltemplate.JS // cytoscape
	Viewer     htmltemplate.JS
	CSP        string
	NodeCount  int
	EdgeCount  int
	GraphTitle string
}

func writePage(w io.Writer, view *View, opts Options) error {
	data, err := MarshalView(view)
	if err != nil {
		return err
	}
	read := func(name string) ([]byte, error) { return fs.ReadFile(Assets(), name) }
	lib, err := read("cytoscape.min.js")
	if err != nil {
		return err
	}
	viewer, err := read("viewer.js")
	if err != nil {
		return err
	}
	style, err := read("viewer.css")
	if err != nil {
		return err
	}
	tmpl, err := htmltemplate.New("file.tmpl").ParseFS(Templates(), "file.tmpl", "viewer.tmpl")
	if err != nil {
		return err
	}
	title := opts.Title
	if title == "" {
		title = "kg — đồ thị tri thức"
		if len(view.Focus) > 0 {
			for _, n := range view.Nodes {
				if n.ID == view.Focus[0] {
					title = n.Name + " — kg"
				}
			}
		}
	}
	nodes := slices.Clone(view.Nodes)
	slices.SortStableFunc(nodes, compareListed)
	fd := fileData{
		Page: Page{Title: title, Mode: "file", Focus: view.Focus, Nodes: nodes, Relations: Relations()},
		Data: htmltemplate.JS(data), Style: htmltemplate.CSS(style), Library: htmltemplate.JS(lib), Viewer: htmltemplate.JS(viewer),
		CSP:       FileCSP(lib, viewer, style),
		NodeCount: len(view.Nodes), EdgeCount: len(view.Edges), GraphTitle: title,
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, fd); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// compareListed orders the side panel: focus first is left to the
// caller; here by kind, then name.
func compareListed(a, b Node) int {
	if a.Kind != b.Kind {
		return kindRank(a.Kind) - kindRank(b.Kind)
	}
	if a.Name != b.Name {
		if a.Name < b.Name {
			return -1
		}
		return 1
	}
	if a.ID < b.ID {
		return -1
	}
	if a.ID > b.ID {
		return 1
	}
	return 0
}

func kindRank(kind string) int {
	for i, k := range graph.Kinds() {
		if k.String() == kind {
			return i
		}
	}
	return len(graph.Kinds())
}

// LibraryStyle is the one style element cytoscape adds to a page (it
// makes its container a positioned box); a page's CSP allows it by its
// hash, [LibraryStyleHash].
const LibraryStyle = ".__________cytoscape_container { position: relative; }"

// LibraryStyleHash is the CSP source of LibraryStyle.
func LibraryStyleHash() string { return cspHash([]byte(LibraryStyle)) }

// cspHash is the CSP hash source of a script or style.
func cspHash(b []byte) string {
	sum := sha256.Sum256(b)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// FileCSP is the Content-Security-Policy of the HTML file: its own two
// scripts and its style, by hash; no network, no frames, no forms.
func FileCSP(library, viewer, style []byte) string {
	return "default-src 'none'; script-src " + cspHash(library) + " " + cspHash(viewer) +
		"; style-src " + cspHash(style) + " " + LibraryStyleHash() +
		"; img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'"
}
