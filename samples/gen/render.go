package main

import (
	"fmt"
	"html"
	"strings"
)

// Format is an output format.
type Format uint8

// The output formats.
const (
	FormatTxt   Format = iota + 1 // one .txt file per article, as saved from a site
	FormatJSONL                   // one corpus.jsonl, an article per line
	FormatHTML                    // one .html page per article, with the site around it
)

func parseFormat(s string) (Format, error) {
	switch s {
	case "txt":
		return FormatTxt, nil
	case "jsonl":
		return FormatJSONL, nil
	case "html":
		return FormatHTML, nil
	}
	return 0, fmt.Errorf("unknown format %q: want txt, jsonl or html", s)
}

// Path is where article n is written, under the output folder: folders
// of a thousand articles each.
func Path(n int, f Format) string {
	ext := ".txt"
	if f == FormatHTML {
		ext = ".html"
	}
	return fmt.Sprintf("%04d/%06d%s", (n-1)/1000, n, ext)
}

// URL is the article's address (a reserved domain: no real site).
func (a *Article) URL() string {
	return fmt.Sprintf("https://tin.kg.example/%s/%06d.html", a.Published.Format("2006/01/02"), a.N)
}

// published writes the date published as RFC 3339 in Vietnam's time.
func (a *Article) published() string { return a.Published.Format("2006-01-02T15:04:05") + "+07:00" }

// Text writes the article as plain text saved from a site: the headline,
// the date line and byline, paragraphs between blank lines, captions
// indented by a space.
func (a *Article) Text() []byte {
	var b strings.Builder
	b.Grow(2600)
	b.WriteString(a.Title)
	b.WriteString("\n\n")
	meta := false
	for _, l := range a.Lines {
		switch l.Kind {
		case LineDate, LineByline, LineShare, LineSection:
			b.WriteString(l.Text)
			b.WriteByte('\n')
			meta = true
			continue
		}
		if meta {
			b.WriteByte('\n')
			meta = false
		}
		if l.Kind == LineCaption {
			b.WriteByte(' ')
		}
		b.WriteString(l.Text)
		b.WriteString("\n\n")
	}
	return []byte(strings.TrimRight(b.String(), "\n") + "\n")
}

// JSON writes the article as a line of JSON Lines, without the newline:
// {"url","title","published","author","text"}, the text holding the body
// (captions indented by a space, as in text files) and the headline,
// date and byline being fields of their own.
func (a *Article) JSON() []byte {
	b := make([]byte, 0, 2600)
	b = append(b, `{"url":`...)
	b = appendJSONString(b, a.URL())
	b = append(b, `,"title":`...)
	b = appendJSONString(b, a.Title)
	b = append(b, `,"published":`...)
	b = appendJSONString(b, a.published())
	b = append(b, `,"author":`...)
	b = appendJSONString(b, a.Author)
	b = append(b, `,"text":"`...)
	first := true
	for _, l := range a.Lines {
		switch l.Kind {
		case LineBody, LineCredit, LineCaption:
		default:
			continue
		}
		if !first {
			b = append(b, `\n\n`...)
		}
		first = false
		if l.Kind == LineCaption {
			b = append(b, ' ')
		}
		b = appendJSONChars(b, l.Text)
	}
	return append(b, `"}`...)
}

// appendJSONString appends s as a JSON string. s is valid UTF-8; only
// quotes, backslashes and control characters need escaping.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendJSONChars(b, s)
	return append(b, '"')
}

func appendJSONChars(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[last:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		last = i + 1
	}
	return append(b, s[last:]...)
}

// HTML writes the article as a news site's page: the article in
// <article>, with a menu, share buttons, related links and scripts
// around it for a reader to strip.
func (a *Article) HTML() []byte {
	esc := html.EscapeString
	var b strings.Builder
	b.Grow(5000)
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	w("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
	w("<title>", esc(a.Title), " - ", esc(a.Outlet), "</title>\n")
	w("<link rel=\"canonical\" href=\"", a.URL(), "\">\n")
	w("<meta property=\"og:title\" content=\"", esc(a.Title), "\">\n")
	w("<meta property=\"og:site_name\" content=\"", esc(a.Outlet), "\">\n")
	w("<meta property=\"article:published_time\" content=\"", a.published(), "\">\n")
	w("<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>\n")
	w("</head>\n<body>\n")
	w("<header class=\"site-header\"><a class=\"logo\" href=\"/\">", esc(a.Outlet), "</a>\n")
	w("<nav class=\"menu\"><ul><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/thoi-su\">Thời sự</a></li><li><a href=\"/chinh-tri\">Chính trị</a></li><li><a href=\"/kinh-te\">Kinh tế</a></li><li><a href=\"/xa-hoi\">Xã hội</a></li></ul></nav>\n</header>\n")
	w("<main>\n<article>\n")
	var date, byline, section string
	for _, l := range a.Lines {
		switch l.Kind {
		case LineDate:
			date = l.Text
		case LineByline:
			byline = l.Text
		case LineSection:
			section = l.Text
		}
	}
	if section != "" {
		w("<div class=\"category\"><a href=\"#\">", esc(section), "</a></div>\n")
	}
	w("<h1>", esc(a.Title), "</h1>\n")
	if date == "" {
		date = a.Published.Format("02/01/2006 15:04")
	}
	w("<div class=\"article-meta\"><time datetime=\"", a.published(), "\">", esc(date), "</time>")
	if byline != "" {
		w(" <span class=\"author\">", esc(byline), "</span>")
	}
	w("</div>\n")
	w("<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Zalo</a> <a href=\"#\">Twitter</a></div>\n")
	w("<div class=\"article-body\">\n")
	img := 0
	for _, l := range a.Lines {
		switch l.Kind {
		case LineBody:
			w("<p>", esc(l.Text), "</p>\n")
		case LineCaption:
			img++
			w(fmt.Sprintf("<figure><img src=\"/images/%06d-%d.jpg\" alt=\"\">", a.N, img), "<figcaption>", esc(l.Text), "</figcaption></figure>\n")
		case LineCredit:
			w("<p class=\"credit\"><strong>", esc(l.Text), "</strong></p>\n")
		}
	}
	w("</div>\n</article>\n")
	w("<aside class=\"related-news\"><h3>Tin liên quan</h3><ul><li><a href=\"#\">Tin khác cùng chuyên mục</a></li></ul></aside>\n")
	w("</main>\n<footer class=\"site-footer\"><p>© ", esc(a.Outlet), ". Giấy phép hoạt động báo chí điện tử.</p></footer>\n")
	w("<script src=\"/js/app.js\"></script>\n</body>\n</html>\n")
	return []byte(b.String())
}
