package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"kg/export/html"
	"kg/export/jsonld"
	"kg/graph"
	"kg/graph/sqlite"
	"kg/ingest"
	"kg/ingest/document"
)

// hostileText is testdata/hostile.txt with its marks replaced: a
// right-to-left override and its end, and a 10,000-character word.
func hostileText(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile("testdata/hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.NewReplacer("{RLO}", "\u202e", "{PDF}", "\u202c", "{LONG}", "Ngô"+strings.Repeat("X", 10000)).Replace(string(src)))
}

// newStore ingests the test articles (and the hostile one) into a new
// store in a temporary folder.
func newStore(t testing.TB) *sqlite.Store {
	t.Helper()
	dir := t.TempDir()
	arts, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(arts) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	hostile := filepath.Join(dir, "hostile.txt")
	if err := os.WriteFile(hostile, hostileText(t), 0o644); err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(filepath.Join(dir, "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	sum, err := ingest.Run(context.Background(), store, ingest.Files(append(arts, hostile), document.Options{}), ingest.Options{})
	if err != nil || sum.Added != len(arts)+1 {
		t.Fatalf("ingest: %+v, %v", sum, err)
	}
	return store
}

// newServer serves a test store.
func newServer(t testing.TB) (*httptest.Server, *sqlite.Store) {
	t.Helper()
	store := newStore(t)
	srv, err := New(store, Options{JSONLD: func(w io.Writer, g *graph.Graph) error { return jsonld.Write(w, g, jsonld.Options{}) }})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts, store
}

// get fetches a URL, returning the status, headers and body.
func get(t testing.TB, u string) (int, http.Header, string) {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, res.Header, string(body)
}

// getJSON fetches a URL that must answer 200 and decodes its JSON.
func getJSON(t testing.TB, u string, v any) {
	t.Helper()
	code, _, body := get(t, u)
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", u, code, body)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v in %s", u, err, body)
	}
}

// idOf finds the ID of the one entity of a kind a search names.
func idOf(t testing.TB, base, query string, kind graph.Kind) string {
	t.Helper()
	var hits []Hit
	getJSON(t, base+"/api/search?"+url.Values{"q": {query}, "kind": {kind.String()}}.Encode(), &hits)
	if len(hits) == 0 {
		t.Fatalf("no %s matches %q", kind, query)
	}
	return hits[0].ID
}

func TestPages(t *testing.T) {
	ts, _ := newServer(t)
	person := idOf(t, ts.URL, "dang quoc khai", graph.Person)
	event := idOf(t, ts.URL, "chuyen doi so", graph.Event)
	org := idOf(t, ts.URL, "ubnd tinh ninh binh", graph.Organization)
	position := idOf(t, ts.URL, "chu tich ubnd tinh ninh binh", graph.Position)
	for _, tc := range []struct {
		name, path string
		code       int
		want       []string
	}{
		{"home", "/", 200, []string{"bài báo", `action="/search"`}},
		{"search", "/search?q=khai", 200, []string{"Đặng Quốc Khải", `href="/e?id=person`}},
		{"search nothing", "/search?q=zzzz", 200, []string{"Không tìm thấy"}},
		{"person", "/e?" + url.Values{"id": {person}}.Encode(), 200, []string{
			"Đặng Quốc Khải", "Chủ tịch UBND tỉnh Ninh Bình", `class="kg-timeline"`, "Hội nghị tổng kết công tác chuyển đổi số năm 2022",
			"chủ trì", `data-focus="person:`, `src="/static/viewer.js"`}},
		{"event", "/e?" + url.Values{"id": {event}}.Encode(), 200, []string{
			"2023-01-15", "UBND tỉnh Ninh Bình", "Vũ Minh Trọng", "phát biểu", "Giám đốc Sở Thông tin và Truyền thông tỉnh Ninh Bình"}},
		{"organization", "/e?" + url.Values{"id": {org}}.Encode(), 200, []string{
			"Thành viên", "Lưu Thị Hạnh Dung", "Phó Chủ tịch UBND tỉnh Ninh Bình", "Văn phòng UBND tỉnh Ninh Bình"}},
		{"position", "/e?" + url.Values{"id": {position}}.Encode(), 200, []string{"Người giữ chức", "Đặng Quốc Khải"}},
		{"no entity", "/e?id=person:nobody", 404, []string{"no such entity"}},
		{"no id", "/e", 400, []string{"parameter missing"}},
		{"static", "/static/viewer.js", 200, []string{"textContent"}},
		{"licence", "/static/cytoscape.LICENSE", 200, []string{"Cytoscape Consortium"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, h, body := get(t, ts.URL+tc.path)
			if code != tc.code {
				t.Fatalf("GET %s: %d, want %d: %s", tc.path, code, tc.code, body)
			}
			if h.Get("Content-Security-Policy") != CSP || h.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("GET %s: headers %v", tc.path, h)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s: no %q in\n%s", tc.path, w, body)
				}
			}
		})
	}
}

// TestOnlyOwnRoutes asks for files and pages the server has not.
func TestOnlyOwnRoutes(t *testing.T) {
	ts, _ := newServer(t)
	for _, p := range []string{
		"/static/", "/static/../serve.go", "/static/%2e%2e/serve.go", "/static/..%2fserve.go", "/static/viewer.js/x",
		"/static/.hidden", "/etc/passwd", "/serve.go", "/templates/layout.tmpl", "/static/assets/viewer.js",
		"/api/", "/api/nothing", "/e/../../etc/passwd", "/static/%00", "/index.html",
	} {
		code, _, body := get(t, ts.URL+p)
		if code != http.StatusNotFound || strings.Contains(body, "package serve") {
			t.Errorf("GET %s: %d, want 404: %.200s", p, code, body)
		}
	}
	res, err := http.Post(ts.URL+"/api/search?q=a", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode < 400 {
		t.Errorf("POST /api/search: %d, want an error", res.StatusCode)
	}
}

func TestAPI(t *testing.T) {
	ts, _ := newServer(t)
	khai := idOf(t, ts.URL, "Đặng Quốc Khải", graph.Person)
	phuc := idOf(t, ts.URL, "trinh van phuc", graph.Person)
	event := idOf(t, ts.URL, "chuyen doi so", graph.Event)

	t.Run("entity", func(t *testing.T) {
		var d EntityData
		getJSON(t, ts.URL+"/api/entity?"+url.Values{"id": {event}}.Encode(), &d)
		roles := map[string][]string{}
		for _, a := range d.Attendees {
			roles[a.Person.Name] = a.Roles
			if a.Person.Name == "Vũ Minh Trọng" && (len(a.Positions) != 1 || a.Positions[0].Name != "Giám đốc Sở Thông tin và Truyền thông tỉnh Ninh Bình") {
				t.Errorf("positions then of Vũ Minh Trọng: %+v", a.Positions)
			}
		}
		if fmt.Sprint(roles["Đặng Quốc Khải"]) != "[chủ trì dự]" || len(d.Attendees) != 4 || len(d.Organizers) != 1 {
			t.Errorf("attendees %+v, organizers %+v", roles, d.Organizers)
		}
		getJSON(t, ts.URL+"/api/entity?"+url.Values{"id": {khai}}.Encode(), &d)
		if len(d.Positions) != 1 || d.Positions[0].Since != "2023-01-15" || d.Positions[0].Status != "current" || len(d.Events) != 2 {
			t.Errorf("positions %+v, events %+v", d.Positions, d.Events)
		}
	})

	t.Run("neighborhood", func(t *testing.T) {
		var v html.View
		getJSON(t, ts.URL+"/api/neighborhood?"+url.Values{"id": {khai}, "depth": {"2"}}.Encode(), &v)
		if len(v.Focus) != 1 || v.Focus[0] != khai || len(v.Nodes) < 8 || len(v.Edges) < 8 || v.Hidden != 0 {
			t.Fatalf("view: focus %v, %d nodes, %d edges, %d hidden", v.Focus, len(v.Nodes), len(v.Edges), v.Hidden)
		}
		in := map[string]bool{}
		for _, n := range v.Nodes {
			in[n.ID] = true
		}
		for _, e := range v.Edges {
			if !in[e.Source] || !in[e.Target] {
				t.Errorf("edge %s leaves the view", e.ID)
			}
		}
		// the cap: 3 nodes, the rest counted
		getJSON(t, ts.URL+"/api/neighborhood?"+url.Values{"id": {khai}, "depth": {"2"}, "max": {"3"}}.Encode(), &v)
		if len(v.Nodes) != 3 || v.Hidden == 0 || v.Nodes[0].More == 0 {
			t.Errorf("capped view: %d nodes, %d hidden, focus more %d", len(v.Nodes), v.Hidden, v.Nodes[0].More)
		}
		// one relation
		getJSON(t, ts.URL+"/api/neighborhood?"+url.Values{"id": {khai}, "rel": {"holds_position"}}.Encode(), &v)
		if len(v.Nodes) != 2 || len(v.Edges) != 1 || v.Edges[0].Relation != "holds_position" || v.Edges[0].First != "2023-01-15" {
			t.Errorf("holds_position view: %+v", v)
		}
		// dates: only the session of July 2023 is left
		getJSON(t, ts.URL+"/api/neighborhood?"+url.Values{"id": {khai}, "rel": {"attended"}, "from": {"2023-06-01"}}.Encode(), &v)
		if len(v.Nodes) != 2 || !strings.Contains(v.Nodes[1].Name, "Kỳ họp") {
			t.Errorf("dated view: %+v", v.Nodes)
		}
		for _, bad := range []string{"depth=9", "max=0", "rel=nothing", "from=2023-13-01", ""} {
			code, _, body := get(t, ts.URL+"/api/neighborhood?id="+url.QueryEscape(khai)+"&"+bad)
			if bad == "" {
				code, _, body = get(t, ts.URL+"/api/neighborhood")
			}
			if code != http.StatusBadRequest || !strings.Contains(body, `"error"`) {
				t.Errorf("neighborhood %q: %d %s", bad, code, body)
			}
		}
	})

	t.Run("facts", func(t *testing.T) {
		var res Facts
		getJSON(t, ts.URL+"/api/facts?"+url.Values{"s": {khai}, "r": {"presided"}, "o": {event}}.Encode(), &res)
		if len(res.Facts) != 1 {
			t.Fatalf("facts: %+v", res)
		}
		ev := res.Facts[0].Evidence
		if ev.Sentence != "Hội nghị do Chủ tịch UBND tỉnh Ninh Bình Đặng Quốc Khải chủ trì." ||
			ev.Headline != "Ninh Bình tổng kết công tác chuyển đổi số năm 2022" || ev.Published != "2023-01-15" ||
			!strings.Contains(ev.Before, "Sáng 15/1/2023") || !strings.HasPrefix(ev.After, " Tham dự có") || ev.End-ev.Start != len(ev.Sentence) {
			t.Errorf("evidence: %+v", ev)
		}
	})

	t.Run("path", func(t *testing.T) {
		var v html.View
		getJSON(t, ts.URL+"/api/path?"+url.Values{"from": {khai}, "to": {phuc}}.Encode(), &v)
		if len(v.Path) != 3 || v.Path[0] != khai || v.Path[2] != phuc || !strings.HasPrefix(v.Path[1], "event:") || len(v.Edges) != 2 {
			t.Errorf("path: %v, edges %+v", v.Path, v.Edges)
		}
		code, _, _ := get(t, ts.URL+"/api/path?"+url.Values{"from": {khai}, "to": {idOf(t, ts.URL, "pham dinh nghi", graph.Person)}}.Encode())
		if code != http.StatusNotFound {
			t.Errorf("path to another province: %d, want 404", code)
		}
	})

	t.Run("export", func(t *testing.T) {
		body, _ := json.Marshal(exportRequest{IDs: []string{khai, event}})
		res, err := http.Post(ts.URL+"/api/export?format=jsonld", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(string(data), "Đặng Quốc Khải") || !strings.Contains(string(data), "@context") {
			t.Errorf("export jsonld: %d %.300s", res.StatusCode, data)
		}
		res, err = http.Post(ts.URL+"/api/export?format=svg", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusNotImplemented {
			t.Errorf("export svg without a renderer: %d", res.StatusCode)
		}
	})
}

// TestHostileStaysText reads the pages of the hostile article: its
// markup comes back escaped, never as markup.
func TestHostileStaysText(t *testing.T) {
	ts, _ := newServer(t)
	event := idOf(t, ts.URL, "hoi nghi window", graph.Event)
	for _, p := range []string{
		"/e?" + url.Values{"id": {event}}.Encode(),
		"/search?" + url.Values{"q": {`"</title><script>window.pwned=1</script>`}}.Encode(),
		"/search?q=nam+dinh",
	} {
		code, _, body := get(t, ts.URL+p)
		if code != 200 {
			t.Fatalf("GET %s: %d", p, code)
		}
		for _, bad := range []string{"<script>window", "</title><", "<img src=x"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: %q unescaped in the page", p, bad)
			}
		}
		if !strings.Contains(body, "&lt;script&gt;window.pwned=1&lt;/script&gt;") {
			t.Errorf("GET %s: the hostile name is not there as text", p)
		}
	}
	var v html.View
	getJSON(t, ts.URL+"/api/neighborhood?"+url.Values{"id": {event}, "depth": {"2"}, "rel": {"all"}}.Encode(), &v)
	code, _, raw := get(t, ts.URL+"/api/neighborhood?"+url.Values{"id": {event}}.Encode())
	if code != 200 || strings.Contains(raw, "<") || !strings.Contains(raw, `\u003cscript\u003e`) {
		t.Errorf("the JSON holds a raw <: %.300s", raw)
	}
	long := false
	for _, n := range v.Nodes {
		long = long || len(n.Name) > 10000
	}
	if !long {
		t.Error("the organization of a 10,000-character name is not in the view")
	}
}

// TestConcurrent sends 50 requests at once, of every kind.
func TestConcurrent(t *testing.T) {
	ts, _ := newServer(t)
	khai := idOf(t, ts.URL, "Đặng Quốc Khải", graph.Person)
	phuc := idOf(t, ts.URL, "trinh van phuc", graph.Person)
	paths := []string{
		"/", "/search?q=ninh+binh", "/e?" + url.Values{"id": {khai}}.Encode(), "/static/cytoscape.min.js",
		"/api/search?q=khai", "/api/entity?" + url.Values{"id": {phuc}}.Encode(),
		"/api/neighborhood?" + url.Values{"id": {khai}, "depth": {"3"}}.Encode(),
		"/api/path?" + url.Values{"from": {khai}, "to": {phuc}}.Encode(),
	}
	const n = 50
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := paths[i%len(paths)]
			res, err := http.Get(ts.URL + p)
			if err != nil {
				errs <- err
				return
			}
			defer res.Body.Close()
			body, err := io.ReadAll(res.Body)
			if err != nil || res.StatusCode != 200 || len(body) == 0 {
				errs <- fmt.Errorf("GET %s: %d, %d bytes, %v", p, res.StatusCode, len(body), err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
