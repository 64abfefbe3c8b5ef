package document

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Format is an input format.
type Format uint8

// The formats. FormatAuto goes by the file's extension, then by its
// content.
const (
	FormatAuto  Format = iota
	FormatText         // plain text, one article per file
	FormatHTML         // a news page, one article per file
	FormatJSONL        // JSON Lines, one article per line
)

func (f Format) String() string {
	switch f {
	case FormatText:
		return "txt"
	case FormatHTML:
		return "html"
	case FormatJSONL:
		return "jsonl"
	}
	return "auto"
}

// ParseFormat reads a format's name as a user gives it: "txt" (or
// "text"), "html" (or "htm"), "jsonl" (or "ndjson"), "" or "auto".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return FormatAuto, nil
	case "txt", "text":
		return FormatText, nil
	case "html", "htm":
		return FormatHTML, nil
	case "jsonl", "ndjson", "jsonlines":
		return FormatJSONL, nil
	}
	return FormatAuto, fmt.Errorf("unknown format %q: want txt, html or jsonl", s)
}

// DefaultMaxArticleBytes is the default limit on one article's size:
// longer than any news report (a congress's full political report runs
// to a few hundred KiB), and small enough that extracting it stays
// within the memory ingest is meant to use. Extraction holds the whole
// article, at 150 to 200 bytes of memory per byte of text (measured on
// 4 MB articles): 1 MiB costs up to 200 MiB per worker.
const DefaultMaxArticleBytes = 1 << 20

// StdinPath is the path that stands for standard input; errors and
// Document.Source name it "<stdin>".
const (
	StdinPath = "-"
	stdinName = "<stdin>"
)

// Options says how to read.
type Options struct {
	// MaxArticleBytes bounds one article: a text or HTML file, or one
	// JSON Lines record. Larger ones are skipped with ErrTooLarge, without
	// being read whole. 0 means DefaultMaxArticleBytes.
	MaxArticleBytes int64
	// Format forces a format for every input; FormatAuto detects it.
	Format Format
	// Fields names the fields of JSON Lines records.
	Fields Fields
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

func (o Options) withDefaults() Options {
	if o.MaxArticleBytes <= 0 {
		o.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	return o
}

// Read reads every article from paths, in order, one at a time, with
// memory bounded by the largest article (Options.MaxArticleBytes),
// however many articles and however large a JSON Lines file:
//
//   - a file: its format from Options.Format, else its extension (.txt,
//     .html/.htm, .jsonl/.ndjson/.json), else its content; a .gz file is
//     decompressed first;
//   - a directory: every file of a known extension under it, recursively,
//     in lexical order, skipping hidden files and directories;
//   - "-": standard input;
//   - a pattern with * ? or [ that names no file as it is: the files it
//     matches (for shells that do not expand it).
//
// A problem with one input is yielded as an [*InputError] (see the Err*
// values) and reading goes on with the next input, or the next record of
// a JSON Lines file:
//
//	for doc, err := range document.Read(ctx, paths, opts) {
//		if err != nil {
//			fmt.Fprintln(stderr, err) // "a.png: binary, not text: looks like a PNG image"
//			continue
//		}
//		...
//	}
//
// When ctx is done, Read yields ctx.Err() and stops.
func Read(ctx context.Context, paths []string, opts Options) iter.Seq2[*Document, error] {
	opts = opts.withDefaults()
	return func(yield func(*Document, error) bool) {
		r := &reader{ctx: ctx, opts: opts, yield: yield}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// reader is one run of Read.
type reader struct {
	ctx   context.Context
	opts  Options
	yield func(*Document, error) bool
}

// emit hands on a document or an error; false means stop.
func (r *reader) emit(doc *Document, err error) bool {
	return r.yield(doc, err)
}

func (r *reader) fail(path string, err error) bool {
	return r.emit(nil, inputError(path, 0, err))
}

// canceled yields the context's error when it is done.
func (r *reader) canceled() bool {
	if err := r.ctx.Err(); err != nil {
		r.yield(nil, err)
		return true
	}
	return false
}

func (r *reader) path(p string) bool {
	if r.canceled() {
		return false
	}
	if p == StdinPath {
		return r.stream(stdinName, bufio.NewReaderSize(r.opts.Stdin, 64<<10), r.opts.Format, false)
	}
	fi, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(p, "*?[") {
			return r.glob(p)
		}
		return r.fail(p, err)
	}
	if fi.IsDir() {
		return r.dir(p)
	}
	return r.file(p, fi)
}

func (r *reader) glob(pattern string) bool {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return r.fail(pattern, err)
	}
	if len(matches) == 0 {
		return r.fail(pattern, ErrNoMatch)
	}
	for _, m := range matches {
		fi, err := os.Stat(m)
		switch {
		case err != nil:
			if !r.fail(m, err) {
				return false
			}
		case fi.IsDir():
			if !r.dir(m) {
				return false
			}
		default:
			if !r.file(m, fi) {
				return false
			}
		}
	}
	return true
}

func (r *reader) dir(root string) bool {
	found, stop, rootErr := 0, false, false
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if r.canceled() {
			stop = true
			return filepath.SkipAll
		}
		if err != nil {
			rootErr = rootErr || p == root
			if !r.fail(p, err) {
				stop = true
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || formatByName(d.Name()) == FormatAuto {
			return nil
		}
		fi, err := os.Stat(p) // follows a symbolic link
		if err != nil {
			found++
			if !r.fail(p, err) {
				stop = true
				return filepath.SkipAll
			}
			return nil
		}
		if !fi.Mode().IsRegular() {
			return nil
		}
		found++
		if !r.file(p, fi) {
			stop = true
			return filepath.SkipAll
		}
		return nil
	})
	if stop {
		return false
	}
	if err != nil {
		return r.fail(root, err)
	}
	if found == 0 && !rootErr {
		return r.fail(root, fmt.Errorf("%w: no .txt, .html or .jsonl file in the directory", ErrNoArticles))
	}
	return true
}

func (r *reader) file(path string, fi fs.FileInfo) bool {
	format := r.opts.Format
	if format == FormatAuto {
		format = formatByName(path)
	}
	compressed := strings.EqualFold(filepath.Ext(path), ".gz")
	// One article per file: a file over the limit is not opened.
	if (format == FormatText || format == FormatHTML) && !compressed && fi.Size() > r.opts.MaxArticleBytes {
		return r.fail(path, tooLarge("file", fi.Size(), r.opts.MaxArticleBytes))
	}
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, err)
	}
	defer f.Close()
	return r.stream(path, bufio.NewReaderSize(f, 64<<10), format, compressed)
}

// stream reads one input. format may be FormatAuto: the content decides.
func (r *reader) stream(path string, br *bufio.Reader, format Format, compressed bool) bool {
	head, err := br.Peek(512)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return r.fail(path, fmt.Errorf("read: %w", err))
	}
	if len(head) == 0 {
		return r.fail(path, fmt.Errorf("%w: no text", ErrEmpty))
	}
	if bytes.HasPrefix(head, []byte("\x1F\x8B")) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.fail(path, fmt.Errorf("gzip: %w", err))
		}
		defer zr.Close()
		if format == FormatAuto {
			format = formatByName(strings.TrimSuffix(path, filepath.Ext(path)))
		}
		return r.stream(path, bufio.NewReaderSize(zr, 64<<10), format, true)
	}
	if what := magicOf(head); what != "" {
		return r.fail(path, fmt.Errorf("%w: %s", ErrBinary, what))
	}
	if format == FormatAuto {
		format = sniffFormat(head)
	}
	limit := r.opts.MaxArticleBytes
	if format == FormatJSONL {
		var rd io.Reader = br
		if bytes.HasPrefix(head, []byte("\xFF\xFE")) || bytes.HasPrefix(head, []byte("\xFE\xFF")) {
			rd = transform.NewReader(br, unicode.BOMOverride(unicode.UTF8.NewDecoder()))
		} else if bytes.IndexByte(head, 0) >= 0 {
			return r.fail(path, fmt.Errorf("%w: %s", ErrBinary, hasNUL))
		}
		for doc, err := range ReadJSONLines(r.ctx, rd, path, r.opts) {
			if err != nil && err == r.ctx.Err() {
				r.yield(nil, err)
				return false
			}
			if !r.emit(doc, err) {
				return false
			}
		}
		return true
	}
	data, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		return r.fail(path, fmt.Errorf("read: %w", err))
	}
	if int64(len(data)) > limit {
		what := "input"
		if compressed {
			what = "decompressed file"
		}
		return r.fail(path, fmt.Errorf("%w: %s of more than %s, the limit for one article", ErrTooLarge, what, sizeString(limit)))
	}
	var doc *Document
	if format == FormatHTML {
		doc, err = ParseHTML(data, path)
	} else {
		doc, err = ParseText(data, path)
	}
	if err != nil {
		return r.fail(path, err)
	}
	return r.emit(doc, nil)
}

// formatByName knows a format by the file's extension (under a .gz);
// FormatAuto when it does not.
func formatByName(name string) Format {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	switch filepath.Ext(name) {
	case ".txt", ".text":
		return FormatText
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".jsonl", ".ndjson", ".jsonlines", ".json":
		return FormatJSONL
	}
	return FormatAuto
}

// sniffFormat knows a format by the first bytes of the content.
func sniffFormat(head []byte) Format {
	if bytes.HasPrefix(head, []byte("\xFF\xFE")) || bytes.HasPrefix(head, []byte("\xFE\xFF")) {
		head = bytes.ReplaceAll(head[2:], []byte{0}, nil) // UTF-16, ASCII part
	}
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return FormatJSONL
	case bytes.HasPrefix(head, []byte("<")):
		lower := bytes.ToLower(head)
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<h1", "<!--"} {
			if bytes.Contains(lower, []byte(tag)) {
				return FormatHTML
			}
		}
	}
	return FormatText
}
