package document

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Fields names the fields of a JSON Lines record. An empty name means the
// usual names for that field, tried in order, the first present and not
// empty winning:
//
//	Text       text, content, body, article, maintext
//	Title      title, headline
//	URL        url, link, canonical_url, source_url
//	Published  published, date, published_at, publish_date, datePublished, date_publish, time
//	Author     author, authors, byline
//	Publisher  publisher, source, site, site_name, domain
//
// A name given is the only one tried.
type Fields struct {
	Text, Title, URL, Published, Author, Publisher string
}

// defaultFields are the names tried for each field when Fields leaves it
// empty (listed in the doc of Fields).
var defaultFields = map[string][]string{
	"text":      {"text", "content", "body", "article", "maintext"},
	"title":     {"title", "headline"},
	"url":       {"url", "link", "canonical_url", "source_url"},
	"published": {"published", "date", "published_at", "publish_date", "datePublished", "date_publish", "time"},
	"author":    {"author", "authors", "byline"},
	"publisher": {"publisher", "source", "site", "site_name", "domain"},
}

// ReadJSONLines reads a JSON Lines stream, one article per line:
//
//	{"url": "...", "title": "...", "published": "...", "author": "...", "text": "...", "publisher": "..."}
//
// It streams: memory holds one record at a time, however long the
// stream. A record longer than opts.MaxArticleBytes is skipped without
// being held ([ErrTooLarge]); a line that is not a JSON object
// ([ErrBadJSON]) or has no text ([ErrEmpty]) is reported; reading goes on
// after each. Errors are [*InputError]s naming path and line; an error
// reading r ends the stream.
//
// The text is split into blocks as [ParseText] does; the title is the
// headline (the text's first line when it repeats the title). Text that
// is HTML (<p>, <br>) is read as a page fragment. Source is the URL when
// the record has one, so that a corrected record replaces the old one,
// else "path:LINE". Document.ReadBytes is the offset in r of the end of
// the record's line.
func ReadJSONLines(ctx context.Context, r io.Reader, path string, opts Options) iter.Seq2[*Document, error] {
	opts = opts.withDefaults()
	return func(yield func(*Document, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		var buf []byte
		var offset int64 // bytes of r read through the current line
		first := true
		for line := 1; ; line++ {
			if line%64 == 0 && ctx.Err() != nil {
				yield(nil, ctx.Err())
				return
			}
			var size int64
			buf = buf[:0]
			var err error
			for {
				var chunk []byte
				chunk, err = br.ReadSlice('\n')
				size += int64(len(chunk))
				if size <= opts.MaxArticleBytes {
					buf = appendDoubling(buf, chunk)
				}
				if err != bufio.ErrBufferFull {
					break
				}
			}
			if err != nil && err != io.EOF {
				yield(nil, inputError(path, line, fmt.Errorf("read: %w", err)))
				return
			}
			offset += size
			switch {
			case size > opts.MaxArticleBytes:
				if !yield(nil, inputError(path, line, tooLarge("record", size, opts.MaxArticleBytes))) {
					return
				}
			case len(bytes.TrimSpace(buf)) > 0:
				if line == 1 {
					buf = bytes.TrimPrefix(buf, []byte("\xEF\xBB\xBF"))
				}
				if first && notJSONLines(buf) {
					yield(nil, inputError(path, line, fmt.Errorf("%w: not JSON Lines (a JSON array, or an object printed over several lines); JSON Lines has one object per line", ErrBadJSON)))
					return
				}
				first = false
				doc, rerr := opts.record(buf, path, line)
				if rerr != nil {
					doc, rerr = nil, inputError(path, line, rerr)
				} else {
					doc.ReadBytes = offset
				}
				if !yield(doc, rerr) {
					return
				}
			}
			if err == io.EOF {
				return
			}
			if cap(buf) > 1<<20 {
				buf = nil // do not keep one long record's buffer for the rest
			}
		}
	}
}

// appendDoubling is append that doubles the capacity when it grows, so
// that gathering a long line costs twice its size, not the five times of
// append's gentler growth for large slices.
func appendDoubling(buf, b []byte) []byte {
	if need := len(buf) + len(b); need > cap(buf) {
		nb := make([]byte, len(buf), max(2*cap(buf), need))
		copy(nb, buf)
		buf = nb
	}
	return append(buf, b...)
}

// notJSONLines reports whether the first line of a file shows it is a
// JSON array or an indented object: reading on would report every line.
func notJSONLines(first []byte) bool {
	t := bytes.TrimSpace(first)
	return bytes.Equal(t, []byte("{")) || bytes.HasPrefix(t, []byte("["))
}

// record reads one line of JSON Lines.
func (o *Options) record(line []byte, path string, n int) (*Document, error) {
	var enc string
	if !utf8.Valid(line) {
		// JSON is UTF-8, but dumps made from old databases are not.
		text, e, err := Decode(line)
		if err != nil {
			return nil, err
		}
		line, enc = []byte(text), e
	}
	line = bytes.TrimRight(line, "\r\n")
	var rec map[string]any
	if err := json.Unmarshal(line, &rec); err != nil {
		var ute *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &ute):
			return nil, fmt.Errorf("%w: a record is an object, not %s", ErrBadJSON, ute.Value)
		case errors.As(err, &se):
			return nil, fmt.Errorf("%w: %v (at byte %d of the line)", ErrBadJSON, err, se.Offset)
		}
		return nil, fmt.Errorf("%w: %v", ErrBadJSON, err)
	}
	get := func(name, key string) (string, string) {
		names := defaultFields[key]
		if name != "" {
			names = []string{name}
		}
		sep := ", "
		if key == "text" {
			sep = "\n"
		}
		for _, k := range names {
			if s := strings.TrimSpace(jsonText(rec[k], sep)); s != "" {
				return s, k
			}
		}
		return "", names[0]
	}
	text, textField := get(o.Fields.Text, "text")
	title, _ := get(o.Fields.Title, "title")
	url, _ := get(o.Fields.URL, "url")
	published, _ := get(o.Fields.Published, "published")
	author, _ := get(o.Fields.Author, "author")
	publisher, _ := get(o.Fields.Publisher, "publisher")
	if text == "" {
		return nil, fmt.Errorf("%w: no text in field %q", ErrEmpty, textField)
	}
	if enc == "" {
		if t, e, ok := readMojibake(text); ok {
			text, enc = t, e
			if t, _, ok := readMojibake(title); ok {
				title = t
			}
		}
	}
	doc := &Document{
		URL:       firstOf(url),
		Title:     firstOf(title),
		Published: firstOf(published),
		Author:    firstOf(author),
		Publisher: firstOf(publisher),
		Encoding:  enc,
	}
	doc.Source = doc.URL
	if doc.Source == "" {
		doc.Source = path + ":" + strconv.Itoa(n)
	}
	if looksLikeHTML(text) {
		root, err := html.Parse(strings.NewReader(text))
		if err == nil {
			if page := extractPage(root); page != nil {
				doc.Blocks = page.Blocks
				if doc.Title != "" && doc.Blocks[0].Kind != Headline {
					doc.Blocks = append([]Block{{Kind: Headline, Text: doc.Title}}, doc.Blocks...)
				}
				return doc, nil
			}
		}
	}
	doc.Blocks = splitLines(Clean(text), doc.Title)
	if len(doc.Blocks) == 0 || len(doc.Blocks) == 1 && doc.Title != "" {
		return nil, fmt.Errorf("%w: no text in field %q", ErrEmpty, textField)
	}
	return doc, nil
}

// jsonText reads a field's value as text: a string, a number, a list of
// those joined by sep, a thing's "name".
func jsonText(v any, sep string) string {
	switch v := v.(type) {
	case []any:
		var parts []string
		for _, x := range v {
			if s := jsonText(x, sep); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, sep)
	case bool, nil:
		return ""
	}
	return jsonString(v)
}

// looksLikeHTML reports whether a record's text is markup rather than
// lines.
func looksLikeHTML(s string) bool {
	head := s[:validCut(s, 4096)]
	if !strings.Contains(head, "<") {
		return false
	}
	head = strings.ToLower(head)
	return strings.Contains(head, "<p>") || strings.Contains(head, "<p ") || strings.Contains(head, "<br") ||
		strings.Contains(head, "</div>") || strings.Contains(head, "</p>")
}
