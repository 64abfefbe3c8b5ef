package document

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

// The problems [Read] reports for one input. Each comes wrapped in an
// [*InputError] naming the file (and the line, for a JSON Lines record), so
// a caller prints it on one line and maps it to an exit code with
// [errors.Is]; the other inputs are still read.
var (
	// ErrEmpty: the file, page or record holds no text (nothing, or only
	// whitespace, or a page with no article text).
	ErrEmpty = errors.New("empty")
	// ErrBinary: the input is not text: NUL bytes, control characters, or
	// the magic number of an image, archive or document format (the
	// message says which).
	ErrBinary = errors.New("binary, not text")
	// ErrTooLarge: one article is larger than Options.MaxArticleBytes; it is
	// skipped without being read whole.
	ErrTooLarge = errors.New("too large")
	// ErrEncoding: the bytes are not UTF-8 and no known Vietnamese
	// encoding (Windows-1258, TCVN3, VNI) reads them as Vietnamese; the
	// message names the best guess.
	ErrEncoding = errors.New("not UTF-8 and not a known Vietnamese encoding")
	// ErrBadHTML: a page the HTML parser gives up on (elements nested
	// more than 512 deep); HTML is otherwise read however broken.
	ErrBadHTML = errors.New("bad HTML")
	// ErrBadJSON: a JSON Lines record is not a JSON object.
	ErrBadJSON = errors.New("bad JSON")
	// ErrNoArticles: a directory holds no file of a known format.
	ErrNoArticles = errors.New("no articles")
	// ErrNoMatch: a pattern (with * ? [) matches no file.
	ErrNoMatch = errors.New("no file matches the pattern")
)

// InputError is a problem with one input: a file, standard input, or one
// record of a JSON Lines file. Err is one of the Err* values above
// (wrapped with details) or the operating system's error.
type InputError struct {
	Path string // the file as named on the command line or found in a directory; "<stdin>" for standard input
	Line int    // 1-based line of a JSON Lines record; 0 when the error is about the whole input
	Err  error
}

func (e *InputError) Error() string {
	loc := e.Path
	if e.Line > 0 {
		loc += ":" + strconv.Itoa(e.Line)
	}
	// *fs.PathError repeats the path: "a.txt: open a.txt: permission denied".
	var pe *fs.PathError
	if errors.As(e.Err, &pe) && pe.Path == e.Path {
		return loc + ": " + pe.Op + ": " + pe.Err.Error()
	}
	return loc + ": " + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

func inputError(path string, line int, err error) *InputError {
	return &InputError{Path: path, Line: line, Err: err}
}

// tooLarge says how large an input is against the limit.
func tooLarge(what string, size, limit int64) error {
	return fmt.Errorf("%w: %s of %s, the limit for one article is %s", ErrTooLarge, what, sizeString(size), sizeString(limit))
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
