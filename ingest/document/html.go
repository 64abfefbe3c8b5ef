package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// ParseHTML reads one article from a news page as saved from a browser
// or a crawler. It keeps the headline, the date line and the byline (as
// Meta blocks), the body paragraphs and the photo captions, in page
// order, and drops what is not the article: scripts, styles, menus,
// headers and footers outside the article, asides, forms, and share,
// social, related-news, comment, tag and advertisement boxes. The body is
// the <article> holding the most paragraph text, else the element whose
// paragraphs hold the most text.
//
// The page's metadata (Open Graph, article:published_time, author,
// canonical link, JSON-LD NewsArticle) fills Title, Published, Author,
// Publisher and URL. The charset comes from a byte order mark or
// <meta charset>/http-equiv; undeclared, it is detected as [Decode] does.
//
// Errors are those of [Decode], [ErrEmpty] for a page with no article
// text, and [ErrBadHTML].
func ParseHTML(data []byte, source string) (*Document, error) {
	text, enc, err := decodeHTML(data)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// x/net/html refuses pages nested more than 512 deep.
		return nil, fmt.Errorf("%w: %v", ErrBadHTML, err)
	}
	doc := extractPage(root)
	if doc == nil {
		return nil, fmt.Errorf("%w: no article text in the page", ErrEmpty)
	}
	doc.Source = source
	doc.Encoding = enc
	return doc, nil
}

// decodeHTML converts a page to UTF-8. A declared charset is believed
// unless the page is valid UTF-8 anyway (saved pages keep a stale
// declaration) or it declares Windows-1252 (or Latin-1, its alias): that
// is what old TCVN3 and VNI pages declared while their fonts drew
// Vietnamese, so Vietnamese encodings are tried first.
func decodeHTML(data []byte) (string, string, error) {
	if bytes.HasPrefix(data, []byte("\xFF\xFE")) || bytes.HasPrefix(data, []byte("\xFE\xFF")) || bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		return Decode(data)
	}
	e, name := charset.Lookup(declaredCharset(data))
	switch {
	case e == nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") || utf8.Valid(data):
		// A <meta> that says UTF-16 was read as ASCII: it is wrong.
		return Decode(data)
	case name == "windows-1252":
		if text, enc, err := Decode(data); err == nil || !errors.Is(err, ErrEncoding) {
			return text, enc, err
		}
	}
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("%w: bad %s", ErrEncoding, name)
	}
	return string(out), name, nil
}

// declaredCharset finds <meta charset> or <meta http-equiv=Content-Type
// content="...; charset=..."> in the first KiB, as browsers do.
func declaredCharset(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 1024)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, content string
			var httpEquiv bool
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(v), "content-type")
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if cs != "" {
				return strings.TrimSpace(cs)
			}
			if httpEquiv {
				if _, after, ok := strings.Cut(strings.ToLower(content), "charset="); ok {
					return strings.Trim(after, " \"';")
				}
			}
		}
	}
}

// page is what the reader learns of a page.
type page struct {
	title, ogTitle, siteName, url, ogURL string
	published, author, appName           string
	ld                                   ldArticle
	pText                                map[*html.Node]int // paragraph text under a node
	totalText                            int
}

// The walkers recurse over the tree; deeper nodes are ignored, keeping
// the stack bounded whatever the input. x/net/html already refuses pages
// nested more than 512 deep.
const maxDepth = 1024

func extractPage(root *html.Node) *Document {
	p := &page{pText: map[*html.Node]int{}}
	p.readHead(root, 0)
	p.totalText = p.countText(root, 0)
	removeJunk(root, p, false, 0)

	body := p.articleRoot(root)
	var e emitter
	e.walk(body, Paragraph, 0)
	e.flush()
	blocks := e.blocks

	// The headline: the first h1 of the article, else of the page, else
	// the page's title.
	headline := -1
	for i, b := range blocks {
		if b.Kind == Headline {
			if headline < 0 {
				headline = i
			} else {
				blocks[i].Kind = Paragraph // a second h1: an intertitle
			}
		}
	}
	var lead []Block
	var h1 *html.Node
	if headline < 0 {
		title := strings.ToLower(p.titleText())
		h1 = findOutside(root, nil, nil, func(n *html.Node) bool {
			if !isH1(n) {
				return false
			}
			t := strings.ToLower(blockText(n))
			return t != "" && (title == "" || strings.Contains(title, t) || strings.Contains(t, title))
		})
		if h1 != nil {
			lead = append(lead, Block{Kind: Headline, Text: blockText(h1)})
		} else if t := p.titleText(); t != "" {
			lead = append(lead, Block{Kind: Headline, Text: t})
		}
	} else if headline > 0 {
		lead = append(lead, blocks[headline])
		blocks = append(blocks[:headline:headline], blocks[headline+1:]...)
	}
	// A date line and byline outside the body come after the headline.
	// Only those after the page's h1 count: a date before it is today's
	// date in the site's header.
	var hasDate, hasAuthor bool
	for _, b := range blocks {
		if b.Kind == Meta {
			hasDate = hasDate || hasDigit(b.Text)
			hasAuthor = hasAuthor || !hasDigit(b.Text)
		}
	}
	if h1 == nil {
		h1 = findFirst(root, isH1)
	}
	for _, m := range []struct {
		have  bool
		match func(*html.Node) bool
	}{{hasDate, isDateElement}, {hasAuthor, isAuthorElement}} {
		if m.have {
			continue
		}
		if n := findOutside(root, h1, body, m.match); n != nil {
			if t := blockText(n); t != "" {
				lead = append(lead, Block{Kind: Meta, Text: t})
			}
		}
	}
	blocks = append(lead, blocks...)

	text := 0
	for _, b := range blocks {
		if b.Kind != Headline && b.Kind != Meta {
			text += len(b.Text)
		}
	}
	if text == 0 {
		return nil
	}
	doc := &Document{Blocks: blocks}
	if blocks[0].Kind == Headline {
		doc.Title = blocks[0].Text
	}
	doc.URL = firstOf(p.url, p.ogURL, p.ld.URL)
	doc.Published = firstOf(p.published, p.ld.Published)
	doc.Author = firstOf(p.author, p.ld.Author)
	_, site := p.splitTitle()
	doc.Publisher = firstOf(p.siteName, p.ld.Publisher, p.appName, site)
	if doc.Published == "" || doc.Author == "" {
		for _, b := range blocks {
			if b.Kind != Meta {
				continue
			}
			if doc.Published == "" && hasDigit(b.Text) {
				doc.Published = b.Text
			} else if doc.Author == "" && !hasDigit(b.Text) {
				doc.Author = b.Text
			}
		}
	}
	if doc.Title == "" {
		doc.Title = firstOf(p.ld.Headline, p.titleText())
	}
	return doc
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v = collapseSpace(Clean(v)); v != "" {
			return v
		}
	}
	return ""
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// readHead collects the metadata: <title>, <meta>, <link rel=canonical>,
// JSON-LD.
func (p *page) readHead(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Title:
			if p.title == "" {
				p.title = textOf(n)
			}
		case atom.Meta:
			key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			val := attr(n, "content")
			if val == "" {
				val = attr(n, "datetime")
			}
			switch key {
			case "og:title":
				p.ogTitle = orKeep(p.ogTitle, val)
			case "og:site_name":
				p.siteName = orKeep(p.siteName, val)
			case "og:url":
				p.ogURL = orKeep(p.ogURL, val)
			case "application-name":
				p.appName = orKeep(p.appName, val)
			case "article:published_time", "og:published_time", "datepublished", "pubdate",
				"publishdate", "publish-date", "dc.date.issued", "dc.date", "date", "parsely-pub-date", "sailthru.date":
				p.published = orKeep(p.published, val)
			case "author", "article:author", "dc.creator", "parsely-author", "sailthru.author":
				if !strings.Contains(val, "://") { // article:author is often a profile URL
					p.author = orKeep(p.author, val)
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				p.url = orKeep(p.url, attr(n, "href"))
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				p.ld.read(n.FirstChild.Data)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.readHead(c, depth+1)
	}
}

func orKeep(old, val string) string {
	if old != "" {
		return old
	}
	return strings.TrimSpace(val)
}

// titleText is the page's title without the site's name: "Headline -
// Báo Bắc Giang" → "Headline". Only a last part that names the site is
// cut, since headlines themselves contain " - ".
func (p *page) titleText() string {
	t, _ := p.splitTitle()
	return t
}

// splitTitle cuts the page's title into the headline and the site's name.
func (p *page) splitTitle() (headline, site string) {
	t := firstOf(p.ogTitle, p.title, p.ld.Headline)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		if last := strings.TrimSpace(t[i+len(sep):]); isSiteName(last, p.siteName) {
			return strings.TrimSpace(t[:i]), last
		}
	}
	return t, ""
}

// siteNamePrefixes start the names of Vietnamese news sites.
var siteNamePrefixes = []string{"báo ", "tạp chí ", "cổng thông tin", "trang thông tin", "trang tin", "đài ", "thông tấn"}

func isSiteName(s, siteName string) bool {
	ls := strings.ToLower(s)
	if siteName != "" && strings.EqualFold(s, strings.TrimSpace(siteName)) {
		return true
	}
	if !strings.Contains(s, " ") && len(s) <= 30 {
		return true // "VnExpress", "Kinhtedothi.vn", "TTXVN"
	}
	if strings.HasSuffix(ls, ".vn") || strings.HasSuffix(ls, ".com") || strings.HasSuffix(ls, ".net") {
		return true
	}
	for _, pre := range siteNamePrefixes {
		if strings.HasPrefix(ls, pre) {
			return true
		}
	}
	return false
}

// ldArticle is the part of a JSON-LD NewsArticle the reader uses.
type ldArticle struct {
	Headline, Published, Author, Publisher, URL string
}

func (a *ldArticle) read(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	a.visit(v, 0)
}

func (a *ldArticle) visit(v any, depth int) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			a.visit(x, depth+1)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			a.visit(g, depth+1)
		}
		if !isArticleType(v["@type"]) || a.Headline != "" {
			return
		}
		a.Headline = jsonString(v["headline"])
		a.Published = jsonString(v["datePublished"])
		a.Author = jsonString(v["author"])
		a.Publisher = jsonString(v["publisher"])
		a.URL = firstOf(jsonString(v["url"]), jsonString(v["mainEntityOfPage"]))
	}
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "ReportageNews" || t == "BlogPosting"
	case []any:
		for _, x := range t {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

// jsonString reads a JSON-LD value as text: a string, a thing's name (or
// @id), a list of those joined by ", ".
func jsonString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return fmt.Sprint(v)
	case map[string]any:
		if s := jsonString(v["name"]); s != "" {
			return s
		}
		return jsonString(v["@id"])
	case []any:
		var parts []string
		for _, x := range v {
			if s := jsonString(x); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf is the text under n, whitespace collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return collapseSpace(Clean(b.String()))
}

// blockText is the text of an element as blocks would give it, joined.
func blockText(n *html.Node) string {
	var e emitter
	e.walk(n, Paragraph, 0)
	e.flush()
	var parts []string
	for _, b := range e.blocks {
		parts = append(parts, b.Text)
	}
	return strings.Join(parts, " ")
}

// Junk: what is dropped before looking for the article.

// junkTags never hold article text.
var junkTags = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Nav: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
	atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true,
	atom.Map: true, atom.Dialog: true, atom.Img: true, atom.Picture: true,
	atom.Source: true, atom.Link: true, atom.Meta: true, atom.Label: true,
}

// junkRoles are ARIA roles of page furniture.
var junkRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alert": true,
}

// junkClassParts are substrings of class or id (lowercased, "-" and "_"
// removed) that mark boxes around the article, in English and in the
// Vietnamese that the sites' templates use.
var junkClassParts = []string{
	"share", "social", "related", "comment", "menu", "breadcrumb", "tags", "taglist",
	"hashtag", "advert", "banner", "sidebar", "popup", "modal", "cookie", "newsletter",
	"subscribe", "navbar", "navigation", "toolbar", "sponsor", "promo", "recommend",
	"morenews", "readmore", "othernews", "mostread", "mostview", "trending", "login", "search",
	"rating", "vote", "print", "fontsize", "zalo", "facebook", "twitter",
	"lienquan", "quangcao", "binhluan", "chiase", "tinkhac", "xemthem", "tinmoi", "docnhieu",
	"cungchuyenmuc", "tieudiem", "tuongtac",
}

// junkClassTokens are whole class tokens (split at space, "-" and "_")
// too short to match as substrings: "ad" is in "head", "qc" in nothing.
var junkClassTokens = map[string]bool{
	"ad": true, "ads": true, "adv": true, "qc": true, "tag": true, "nav": true,
	"hidden": true, "hide": true, "sr": true, "logo": true, "widget": true,
}

// isJunk reports whether n is page furniture. inArticle: whether n is
// inside <article>, where <header> and <footer> hold the headline, date
// and byline rather than the site's menus.
func isJunk(n *html.Node, inArticle bool) bool {
	if junkTags[n.DataAtom] {
		return true
	}
	switch n.DataAtom {
	case atom.Header, atom.Footer:
		if !inArticle {
			return true
		}
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") || junkRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	return junkClass(attr(n, "class") + " " + attr(n, "id"))
}

func junkClass(s string) bool {
	s = strings.ToLower(s)
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' }) {
		if junkClassTokens[tok] {
			return true
		}
	}
	squeezed := strings.Map(func(r rune) rune {
		if r == '-' || r == '_' {
			return -1
		}
		return r
	}, s)
	for _, part := range junkClassParts {
		if strings.Contains(squeezed, part) {
			return true
		}
	}
	return false
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// countText stores, for each node, the length of paragraph text under
// it, so that removeJunk spares a "junk" box that holds most of the page's
// text (a wrapper with a "has-share-bar" class) and articleRoot can
// compare candidates.
func (p *page) countText(n *html.Node, depth int) int {
	if depth > maxDepth {
		return 0
	}
	total := 0
	if n.Type == html.TextNode && n.Parent != nil && n.Parent.DataAtom != atom.Script && n.Parent.DataAtom != atom.Style {
		if nearestBlock(n.Parent) != nil && nearestBlock(n.Parent).DataAtom == atom.P {
			total = len(strings.TrimSpace(n.Data))
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += p.countText(c, depth+1)
	}
	if total > 0 {
		p.pText[n] = total
	}
	return total
}

// wrapsArticle reports whether a box that looks like junk by its class
// holds most of the page's paragraph text: then it is the article's
// wrapper ("container has-share-bar"), whatever its class says.
func (p *page) wrapsArticle(n *html.Node) bool {
	if junkTags[n.DataAtom] || n.DataAtom == atom.Header || n.DataAtom == atom.Footer {
		return false
	}
	return 2*p.pText[n] > p.totalText
}

// removeJunk removes the furniture under n.
func removeJunk(n *html.Node, p *page, inArticle bool, depth int) {
	var next *html.Node
	for c := n.FirstChild; c != nil; c = next {
		next = c.NextSibling
		if depth >= maxDepth {
			n.RemoveChild(c)
			continue
		}
		switch c.Type {
		case html.CommentNode, html.DoctypeNode:
			n.RemoveChild(c)
			continue
		case html.ElementNode:
		default:
			continue
		}
		if isJunk(c, inArticle) && !p.wrapsArticle(c) {
			n.RemoveChild(c)
			continue
		}
		removeJunk(c, p, inArticle || c.DataAtom == atom.Article, depth+1)
	}
}

// articleRoot picks the element that holds the article's body.
func (p *page) articleRoot(root *html.Node) *html.Node {
	// Score each element by the paragraph text of its children, as
	// readability tools do: the parent of the paragraphs wins.
	score := map[*html.Node]int{}
	var best *html.Node
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P && n.Parent != nil {
			l := len(textOf(n))
			if l >= 25 {
				score[n.Parent] += l
				if gp := n.Parent.Parent; gp != nil {
					score[gp] += l / 2
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	for n, s := range score {
		if best == nil || s > score[best] || s == score[best] && before(n, best) {
			best = n
		}
	}
	if best == nil {
		// No paragraphs: the page's text is in divs and line breaks.
		if a := findFirst(root, func(n *html.Node) bool { return n.DataAtom == atom.Article }); a != nil {
			return a
		}
		if b := findFirst(root, func(n *html.Node) bool { return n.DataAtom == atom.Body }); b != nil {
			return b
		}
		return root
	}
	for a := best; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article {
			return a
		}
	}
	return best
}

// before reports whether a comes before b in the document: a tie-break
// that keeps the choice deterministic.
func before(a, b *html.Node) bool {
	pa, pb := pathTo(a), pathTo(b)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if pa[i] != pb[i] {
			return pa[i] < pb[i]
		}
	}
	return len(pa) < len(pb)
}

func pathTo(n *html.Node) []int {
	var path []int
	for ; n.Parent != nil; n = n.Parent {
		i := 0
		for c := n.Parent.FirstChild; c != n; c = c.NextSibling {
			i++
		}
		path = append(path, i)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

func findFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	return findOutside(n, nil, nil, match)
}

// findOutside finds the first element matching, in document order, that
// comes after the element after (when not nil) and is not under skip.
func findOutside(n, after, skip *html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	seen := after == nil
	var walk func(*html.Node, int) bool
	walk = func(n *html.Node, depth int) bool {
		if n == skip && skip != nil || depth > maxDepth {
			return false
		}
		if n == after {
			seen = true
			return false
		}
		if seen && n.Type == html.ElementNode && match(n) {
			found = n
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	walk(n, 0)
	return found
}

func isH1(n *html.Node) bool { return n.DataAtom == atom.H1 }

// maxMetaLen bounds a date line or byline: a longer "date" element is
// a paragraph that happens to have a date class.
const maxMetaLen = 160

func classOf(n *html.Node) string {
	return strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "itemprop") + " " + attr(n, "rel"))
}

// isDateElement: <time>, or a short element whose class or id says date,
// with a digit in its text.
func isDateElement(n *html.Node) bool {
	c := classOf(n)
	if n.DataAtom != atom.Time && !containsAny(c, "date", "time", "publish", "ngay", "thoigian", "thoi-gian") ||
		strings.Contains(c, "update") {
		return false
	}
	t := textOf(n)
	return hasDigit(t) && len(t) <= maxMetaLen
}

// isAuthorElement: a short element whose class or id says byline.
func isAuthorElement(n *html.Node) bool {
	if !containsAny(classOf(n), "author", "byline", "tacgia", "tac-gia", "writer", "reporter") {
		return false
	}
	t := textOf(n)
	return t != "" && len(t) <= maxMetaLen
}

func containsAny(s string, parts ...string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func isCaptionElement(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption || n.DataAtom == atom.Figure {
		return true
	}
	c := classOf(n)
	if strings.Contains(c, "caption") || strings.Contains(c, "chuthich") || strings.Contains(c, "chu-thich") {
		return true
	}
	if !strings.Contains(c, "desc") {
		return false
	}
	// "desc" is a caption next to a picture, the summary elsewhere.
	for a := n.Parent; a != nil; a = a.Parent {
		ac := classOf(a)
		if a.DataAtom == atom.Figure || strings.Contains(ac, "photo") || strings.Contains(ac, "image") ||
			strings.Contains(ac, "img") || strings.Contains(ac, "picture") || strings.Contains(ac, "media") {
			return true
		}
	}
	return false
}

// blockTags break text into blocks.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Caption: true,
}

func nearestBlock(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && blockTags[n.DataAtom] {
			return n
		}
	}
	return nil
}

// emitter turns a subtree into blocks: the text between two block
// boundaries is one block, of the kind of the element it is in.
type emitter struct {
	blocks []Block
	buf    strings.Builder
	kind   BlockKind
	inP    bool // in a <p>
}

// nextIsBr and prevIsBr look past white space for a neighboring <br>.
func nextIsBr(n *html.Node) bool {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		return s.Type == html.ElementNode && s.DataAtom == atom.Br
	}
	return false
}

func prevIsBr(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		return s.Type == html.ElementNode && s.DataAtom == atom.Br
	}
	return false
}

func (e *emitter) flush() {
	if e.buf.Len() == 0 {
		return
	}
	t := collapseSpace(Clean(e.buf.String()))
	e.buf.Reset()
	if t == "" {
		return
	}
	k := e.kind
	if k == Meta && len(t) > maxMetaLen {
		k = Paragraph
	}
	e.blocks = append(e.blocks, Block{Kind: k, Text: t})
}

func (e *emitter) walk(n *html.Node, kind BlockKind, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		if e.buf.Len() == 0 {
			if strings.TrimSpace(n.Data) == "" {
				return
			}
			e.kind = kind
		}
		e.buf.WriteString(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if n.DataAtom == atom.Br {
		// Inside a paragraph a lone <br> breaks the line, not the
		// paragraph (nor the sentence); two in a row, or a <br> in a div
		// of an old page, separate paragraphs.
		if e.inP && !nextIsBr(n) && !prevIsBr(n) {
			e.buf.WriteByte(' ')
		} else {
			e.flush()
		}
		return
	}
	if junkTags[n.DataAtom] {
		return
	}
	block := blockTags[n.DataAtom]
	if block {
		e.flush()
		kind = classify(n, kind)
		if n.DataAtom == atom.P {
			defer func(inP bool) { e.inP = inP }(e.inP)
			e.inP = true
		}
	} else if k := classify(n, kind); k != kind && (k == Meta || k == Caption) {
		// An inline date or byline (<span class="date">) is a block of its own.
		e.flush()
		kind, block = k, true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		e.walk(c, kind, depth+1)
	}
	if block {
		e.flush()
	}
}

// classify says what kind of block n's text is, given the kind of the
// element around it.
func classify(n *html.Node, outer BlockKind) BlockKind {
	if n.Type != html.ElementNode {
		return outer
	}
	if outer == Caption || outer == Meta {
		return outer
	}
	switch {
	case n.DataAtom == atom.H1:
		return Headline
	case isCaptionElement(n):
		return Caption
	case isDateElement(n), isAuthorElement(n):
		return Meta
	case outer == Headline:
		return Headline
	}
	return Paragraph
}
