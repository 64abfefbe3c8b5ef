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
		for in, err := range inputs(ctx, paths) {
			switch {
			case err != nil:
				if !yield(nil, err) {
					return
				}
				r.done += in.size()
			case in.info == nil:
				cr := &countingReader{r: opts.Stdin}
				if !r.stream(stdinName, bufio.NewReaderSize(cr, 64<<10), opts.Format, false, r.exactAt(), r.approxAt(&cr.n, -1)) {
					return
				}
				r.done += cr.n
			default:
				if !r.file(in.path, in.info) {
					return
				}
				r.done += in.info.Size()
			}
		}
	}
}

// Inventory is what Survey finds the paths of a Read hold.
type Inventory struct {
	Files int   // files to read, standard input aside
	Bytes int64 // their sizes, as stored
	// Articles is the number of articles, when every input holds one
	// (text and HTML files); -1 when not known without reading: a JSON
	// Lines file, a file whose content tells its format, standard input.
	Articles int
	Stdin    bool // standard input is among the inputs (its size is unknown)
}

// Survey counts what Read would read from paths, without opening a file:
// the files the paths name or hold, and their sizes. Inputs that are no
// file are left out (Read reports them).
func Survey(ctx context.Context, paths []string, opts Options) Inventory {
	var inv Inventory
	for in, err := range inputs(ctx, paths) {
		switch {
		case err != nil:
			continue
		case in.info == nil:
			inv.Stdin = true
			inv.Articles = -1
			continue
		}
		inv.Files++
		inv.Bytes += in.info.Size()
		format := opts.Format
		if format == FormatAuto {
			format = formatByName(in.path)
		}
		if inv.Articles >= 0 && (format == FormatText || format == FormatHTML) {
			inv.Articles++
		} else {
			inv.Articles = -1
		}
	}
	return inv
}

// input is one input of a Read: a file, or standard input (info nil).
type input struct {
	path string
	info fs.FileInfo
}

// size is the input's size as stored; 0 when not known.
func (in input) size() int64 {
	if in.info == nil || !in.info.Mode().IsRegular() {
		return 0
	}
	return in.info.Size()
}

// inputs yields the inputs paths name, in the order Read reads them (see
// Read), and a problem with one as an [*InputError] (with the input when
// it is a file). When ctx is done it yields ctx.Err() and stops.
func inputs(ctx context.Context, paths []string) iter.Seq2[input, error] {
	return func(yield func(input, error) bool) {
		w := &walker{ctx: ctx, yield: yield}
		for _, p := range paths {
			if !w.path(p) {
				return
			}
		}
	}
}

// walker is one run of inputs.
type walker struct {
	ctx   context.Context
	yield func(input, error) bool
}

func (w *walker) fail(path string, err error) bool {
	return w.yield(input{path: path}, inputError(path, 0, err))
}

// canceled yields the context's error when it is done.
func (w *walker) canceled() bool {
	if err := w.ctx.Err(); err != nil {
		w.yield(input{}, err)
		return true
	}
	return false
}

func (w *walker) path(p string) bool {
	if w.canceled() {
		return false
	}
	if p == StdinPath {
		return w.yield(input{path: p}, nil)
	}
	fi, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(p, "*?[") {
			return w.glob(p)
		}
		return w.fail(p, err)
	}
	if fi.IsDir() {
		return w.dir(p)
	}
	return w.yield(input{path: p, info: fi}, nil)
}

func (w *walker) glob(pattern string) bool {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return w.fail(pattern, err)
	}
	if len(matches) == 0 {
		return w.fail(pattern, ErrNoMatch)
	}
	for _, m := range matches {
		fi, err := os.Stat(m)
		switch {
		case err != nil:
			if !w.fail(m, err) {
				return false
			}
		case fi.IsDir():
			if !w.dir(m) {
				return false
			}
		default:
			if !w.yield(input{path: m, info: fi}, nil) {
				return false
			}
		}
	}
	return true
}

func (w *walker) dir(root string) bool {
	found, stop, rootErr := 0, false, false
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if w.canceled() {
			stop = true
			return filepath.SkipAll
		}
		if err != nil {
			rootErr = rootErr || p == root
			if !w.fail(p, err) {
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
			if !w.fail(p, err) {
				stop = true
				return filepath.SkipAll
			}
			return nil
		}
		if !fi.Mode().IsRegular() {
			return nil
		}
		found++
		if !w.yield(input{path: p, info: fi}, nil) {
			stop = true
			return filepath.SkipAll
		}
		return nil
	})
	if stop {
		return false
	}
	if err != nil {
		return w.fail(root, err)
	}
	if found == 0 && !rootErr {
		return w.fail(root, fmt.Errorf("%w: no .txt, .html or .jsonl file in the directory", ErrNoArticles))
	}
	return true
}

// reader is one run of Read.
type reader struct {
	ctx   context.Context
	opts  Options
	yield func(*Document, error) bool
	done  int64 // bytes of the inputs read to their end
}

// emit hands on a document or an error; false means stop.
func (r *reader) emit(doc *Document, err error) bool {
	return r.yield(doc, err)
}

func (r *reader) fail(path string, err error) bool {
	return r.emit(nil, inputError(path, 0, err))
}

// exactAt gives Read's position (Document.ReadBytes) for an offset in a
// stream that is the input as stored.
func (r *reader) exactAt() func(int64) int64 {
	return func(offset int64) int64 { return r.done + offset }
}

// approxAt gives Read's position for a stream decoded from the input
// (decompressed, converted), whose offsets are not the input's: as far as
// the input has been read (*read bytes, buffers included), at most its
// size (-1: unknown).
func (r *reader) approxAt(read *int64, size int64) func(int64) int64 {
	return func(int64) int64 {
		if size >= 0 {
			return r.done + min(*read, size)
		}
		return r.done + *read
	}
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
	cr := &countingReader{r: f}
	return r.stream(path, bufio.NewReaderSize(cr, 64<<10), format, compressed, r.exactAt(), r.approxAt(&cr.n, fi.Size()))
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// stream reads one input. format may be FormatAuto: the content decides.
// exact and approx give Document.ReadBytes (see exactAt, approxAt).
func (r *reader) stream(path string, br *bufio.Reader, format Format, compressed bool, exact, approx func(int64) int64) bool {
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
		return r.stream(path, bufio.NewReaderSize(zr, 64<<10), format, true, approx, approx)
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
		at := exact
		if bytes.HasPrefix(head, []byte("\xFF\xFE")) || bytes.HasPrefix(head, []byte("\xFE\xFF")) {
			rd = transform.NewReader(br, unicode.BOMOverride(unicode.UTF8.NewDecoder()))
			at = approx
		} else if bytes.IndexByte(head, 0) >= 0 {
			return r.fail(path, fmt.Errorf("%w: %s", ErrBinary, hasNUL))
		}
		for doc, err := range ReadJSONLines(r.ctx, rd, path, r.opts) {
			if err != nil && err == r.ctx.Err() {
				r.yield(nil, err)
				return false
			}
			if doc != nil {
				doc.ReadBytes = at(doc.ReadBytes)
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
	doc.ReadBytes = approx(0) // all of it has been read
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
