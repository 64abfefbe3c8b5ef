package serve

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"kg/export/html"
	"kg/graph"
)

// screenshots names a folder where the browser tests leave their
// screenshots, for the README: go test ./serve -run Browser -args
// -screenshots ../docs
var screenshots = flag.String("screenshots", "", "write the browser tests' screenshots to this folder")

// chromium finds Debian's chromium, or the program $KG_CHROMIUM names.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("KG_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium is not installed (apt-get install chromium): the browser tests are skipped")
	return ""
}

// browser starts a headless chromium of its own (a temporary profile, no
// background traffic) and collects the errors its pages report: console
// errors, uncaught exceptions, CSP violations and failed loads.
type browser struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1400, 900),
	}
	b := &browser{}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc, chromedp.WithListener(b.listen))
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
	})
	// the first run starts the browser, with no timeout of its own
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("chromium at %s does not start: %v", path, err)
	}
	b.ctx = ctx
	return b
}

// listen keeps the errors of the page.
func (b *browser) listen(ev any) {
	var msg string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			msg = "console: " + strings.Join(parts, " ")
		}
	case *runtime.EventExceptionThrown:
		msg = "exception: " + ev.ExceptionDetails.Text
		if ex := ev.ExceptionDetails.Exception; ex != nil {
			msg += " " + ex.Description
		}
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError {
			msg = "log: " + ev.Entry.Text + " " + ev.Entry.URL
		}
	}
	if msg != "" {
		b.mu.Lock()
		b.errors = append(b.errors, msg)
		b.mu.Unlock()
	}
}

// do runs browser actions, failing the test on an error.
func (b *browser) do(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// value runs an action that returns a value.
func value[T any](b *browser, t *testing.T, what string, action chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, action)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// noErrors fails the test for each error the pages reported.
func (b *browser) noErrors(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range b.errors {
		t.Errorf("the page reported: %s", e)
	}
	b.errors = nil
}

// ready waits for the viewer to draw its first view.
func ready() chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(`#kg-viewer[data-ready="true"]`))
}

// count evaluates the number of elements of the graph a selector finds.
func count(b *browser, t *testing.T, selector string) int {
	t.Helper()
	return value(b, t, "count "+selector, chromedp.Evaluate[int](fmt.Sprintf(`document.getElementById('kg-viewer').kg.cy.elements(%q).length`, selector)))
}

// clickElement clicks, with the mouse, where the graph draws the element
// a JavaScript expression of cy picks (a node's center, an edge's
// midpoint).
func clickElement(b *browser, t *testing.T, pick string) {
	t.Helper()
	// A click on a node expands it when the server answers, and the
	// layout then moves the nodes: an element located before that is
	// clicked where it no longer is. The viewer says "Đang ..." (doing)
	// until what it asked for comes back.
	waitFor(b, t, "the viewer to finish what it does", `!document.getElementById('kg-status').textContent.startsWith('Đang')`)
	// cytoscape reads where its canvas is after the scroll events.
	b.do(t, "scroll to the graph", chromedp.ScrollIntoView(chromedp.ID("kg-canvas")), chromedp.Sleep(300*time.Millisecond))
	// The graph may reach below the window's bottom edge, where a click
	// lands nowhere: the view is panned to bring the element to the
	// middle of the part of the canvas the window shows.
	js := fmt.Sprintf(`(function () {
		var cy = document.getElementById('kg-viewer').kg.cy;
		var el = %s;
		var at = function () { return el.isNode() ? el.renderedPosition() : el.renderedMidpoint(); };
		var r = document.getElementById('kg-canvas').getBoundingClientRect();
		var top = Math.max(r.top, 0), bottom = Math.min(r.bottom, window.innerHeight);
		var p = at();
		cy.panBy({x: r.width / 2 - p.x, y: (top + bottom) / 2 - r.top - p.y});
		p = at();
		return {X: r.left + p.x, Y: r.top + p.y};
	})()`, pick)
	pos := value(b, t, "locate "+pick, chromedp.Evaluate[struct{ X, Y float64 }](js))
	b.do(t, "click "+pick, chromedp.MouseClickXY(pos.X, pos.Y))
}

// waitFor polls a JavaScript condition.
func waitFor(b *browser, t *testing.T, what, js string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !value(b, t, what, chromedp.Evaluate[bool](js)) {
		if time.Now().After(deadline) {
			if *screenshots != "" {
				_ = os.WriteFile(filepath.Join(*screenshots, "timeout.png"), value(b, t, "screenshot", chromedp.CaptureScreenshot()), 0o644)
			}
			t.Fatalf("timed out waiting for %s (%s); status %q", what, js, text(b, t, "#kg-status"))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// screenshot takes the page, checks it is not blank (many pixels that
// are not white) and, with -screenshots, keeps it.
func screenshot(b *browser, t *testing.T, name string) {
	t.Helper()
	buf := value(b, t, "screenshot", chromedp.CaptureScreenshot())
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if n, total := inked(img); n < total/50 {
		t.Errorf("screenshot %s is blank: %d of %d pixels not white", name, n, total)
	}
	if *screenshots != "" {
		if err := os.WriteFile(filepath.Join(*screenshots, name), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// inked counts the pixels that are not (nearly) white.
func inked(img image.Image) (n, total int) {
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr < 0xf000 || cg < 0xf000 || cb < 0xf000 {
				n++
			}
		}
	}
	return n, r.Dx() * r.Dy()
}

func text(b *browser, t *testing.T, sel string) string {
	t.Helper()
	return value(b, t, "text of "+sel, chromedp.TextContent(chromedp.CSS(sel)))
}

// TestBrowserServe clicks through kg serve as a person would: search a
// name, open the person, expand an entity of the graph, click a link and
// read its sentence.
func TestBrowserServe(t *testing.T) {
	b := newBrowser(t)
	ts, _ := newServer(t)

	b.do(t, "home", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.ID("kg-q")))
	b.do(t, "search", chromedp.SendKeys(chromedp.ID("kg-q"), "dang quoc khai"), chromedp.Submit(chromedp.ID("kg-q")),
		chromedp.WaitVisible(chromedp.CSS("#kg-hits a")))
	if got := text(b, t, "#kg-hits a"); got != "Đặng Quốc Khải" {
		t.Fatalf("first hit %q", got)
	}
	b.do(t, "open the person", chromedp.Click(chromedp.CSS("#kg-hits a")), ready())
	if got := text(b, t, "#kg-name"); got != "Đặng Quốc Khải" {
		t.Errorf("page of %q", got)
	}
	if n := count(b, t, "node.focus"); n != 1 {
		t.Errorf("%d focused nodes, want 1", n)
	}
	before := count(b, t, "node")
	if before < 3 {
		t.Fatalf("%d nodes drawn", before)
	}
	// the session of the council: its other attendees and organizer
	clickElement(b, t, `cy.nodes('[kind = "event"]').filter(function (n) { return n.data('name').indexOf('Kỳ họp') === 0; })[0]`)
	waitFor(b, t, "the expansion", fmt.Sprintf(`document.getElementById('kg-viewer').kg.cy.nodes().length > %d`, before))
	if !strings.Contains(text(b, t, "#kg-entities"), "Trịnh Văn Phúc") {
		t.Error("the expansion did not list Trịnh Văn Phúc in the side panel")
	}
	clickElement(b, t, `cy.edges('[relation = "presided"]').filter(function (e) { return e.data('source').indexOf('person:đặng') === 0; })[0]`)
	b.do(t, "evidence", chromedp.WaitVisible(chromedp.CSS("#kg-detail mark")))
	if got := text(b, t, "#kg-detail mark"); !strings.Contains(got, "Đặng Quốc Khải chủ trì") {
		t.Errorf("the sentence shown is %q", got)
	}
	screenshot(b, t, "serve-person.png")

	// the path between the two chairmen, chosen in the details panel
	clickElement(b, t, `cy.nodes('.focus')[0]`)
	b.do(t, "end A", chromedp.Click(chromedp.Search(`//aside[@id="kg-detail"]//button[text()="Làm đầu A"]`)))
	clickElement(b, t, `cy.nodes('[name = "Trịnh Văn Phúc"]')[0]`)
	// the panel of the first end has the same buttons: wait for the
	// second's, or "end B" may click the first's
	waitFor(b, t, "the second end's panel", `document.getElementById('kg-detail').textContent.indexOf('Trịnh Văn Phúc') >= 0 && document.getElementById('kg-detail').textContent.indexOf('Làm đầu B') >= 0`)
	b.do(t, "end B", chromedp.Click(chromedp.Search(`//aside[@id="kg-detail"]//button[text()="Làm đầu B"]`)))
	b.do(t, "find the path", chromedp.Click(chromedp.ID("kg-path-go")))
	waitFor(b, t, "the path", `document.getElementById('kg-viewer').kg.cy.nodes('.onpath').length === 3`)
	if got := text(b, t, "#kg-status"); !strings.Contains(got, "Đặng Quốc Khải → Kỳ họp") || !strings.HasSuffix(got, "→ Trịnh Văn Phúc") {
		t.Errorf("the path reads %q", got)
	}
	b.noErrors(t)
}

// TestBrowserHostile opens the pages of the hostile article: its names
// and sentences show as text, and none of its scripts runs.
func TestBrowserHostile(t *testing.T) {
	b := newBrowser(t)
	ts, _ := newServer(t)
	event := idOf(t, ts.URL, "hoi nghi window", graph.Event)
	for _, p := range []string{
		"/search?" + url.Values{"q": {`"</title><script>window.pwned=1</script>`}}.Encode(),
		"/e?" + url.Values{"id": {event}}.Encode(),
	} {
		b.do(t, "open "+p, chromedp.Navigate(ts.URL+p), chromedp.WaitReady(chromedp.CSS("body")))
		if strings.HasPrefix(p, "/e") {
			b.do(t, "viewer", ready())
			if got := text(b, t, "#kg-name"); !strings.Contains(got, "<script>window.pwned=1</script>") {
				t.Errorf("the event's name shows as %q", got)
			}
			clickElement(b, t, `cy.edges('[relation = "spoke_at"]')[0]`)
			b.do(t, "evidence", chromedp.WaitVisible(chromedp.CSS("#kg-detail mark")))
			if got := text(b, t, "#kg-detail mark"); !strings.Contains(got, `"<script>window.pwned=4</script>"`) {
				t.Errorf("the hostile sentence shows as %q", got)
			}
			title := value(b, t, "title", chromedp.Title())
			if !strings.Contains(title, "</title><script>") {
				t.Errorf("title %q", title)
			}
		}
		pwned := value(b, t, "pwned", chromedp.Evaluate[string](`typeof window.pwned`))
		if pwned != "undefined" {
			t.Errorf("%s: a hostile script ran: window.pwned is %s", p, pwned)
		}
		injected := value(b, t, "injected", chromedp.Evaluate[int](`document.querySelectorAll('img[src=x], script:not([src])').length`))
		if injected != 0 {
			t.Errorf("%s: %d hostile elements in the page", p, injected)
		}
	}
	b.noErrors(t)
}

// TestBrowserFile opens the HTML export from a file, with the network
// off: the same viewer, its data inline.
func TestBrowserFile(t *testing.T) {
	b := newBrowser(t)
	store := newStore(t)
	ctx := context.Background()
	ents, err := store.Search(ctx, "Đặng Quốc Khải", []graph.Kind{graph.Person}, 1)
	if err != nil || len(ents) != 1 {
		t.Fatalf("search: %v %v", ents, err)
	}
	focus := ents[0].ID
	g, err := store.Around(ctx, []string{focus}, 3)
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	err = html.Write(&page, g, html.Options{Focus: []string{focus},
		Article: func(id string) (*graph.ArticleMeta, error) { return store.Article(ctx, id) }})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "kg.html")
	if err := os.WriteFile(path, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	b.do(t, "network off", chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		if _, err := cdp.Call(ctx, target, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, target, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, target, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{Offline: true}}})
		return err
	}))
	b.do(t, "open the file", chromedp.Navigate("file://"+path), ready())
	before := count(b, t, "node")
	if before < 3 || count(b, t, "node.focus") != 1 {
		t.Fatalf("%d nodes drawn, focus %d", before, count(b, t, "node.focus"))
	}
	listed := value(b, t, "side panel", chromedp.Evaluate[int](`document.querySelectorAll('#kg-entities button').length`))
	if listed != count(b, t, "node:visible") {
		t.Errorf("%d entities listed, %d drawn", listed, count(b, t, "node:visible"))
	}
	clickElement(b, t, `cy.nodes('[kind = "event"]').filter(function (n) { return n.data('name').indexOf('Kỳ họp') === 0; })[0]`)
	waitFor(b, t, "the expansion", fmt.Sprintf(`document.getElementById('kg-viewer').kg.cy.nodes().length > %d`, before))
	clickElement(b, t, `cy.edges('[relation = "presided"]')[0]`)
	b.do(t, "evidence", chromedp.WaitVisible(chromedp.CSS("#kg-detail mark")))
	if got := text(b, t, "#kg-detail mark"); !strings.Contains(got, "chủ trì") {
		t.Errorf("the sentence shown is %q", got)
	}
	screenshot(b, t, "export-html.png")
	b.noErrors(t)
}
