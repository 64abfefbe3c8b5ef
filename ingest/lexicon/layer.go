package lexicon

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// LoadDir loads the lexicon built into kg with the files of the folder
// dir laid over it (see LoadLayered); dir "" is the built-in lexicon alone.
func LoadDir(dir string) (*Lexicon, error) {
	if dir == "" {
		return Default()
	}
	fi, err := os.Stat(dir)
	switch {
	case err != nil:
		return nil, fmt.Errorf("lexicon folder: %w", err)
	case !fi.IsDir():
		return nil, fmt.Errorf("lexicon folder %s: not a folder", dir)
	}
	return LoadLayered(Embedded(), os.DirFS(dir), dir)
}

// LoadTitlesDir is LoadDir of the titles alone: a lexicon that knows
// titles and roles only (SoleRole), for the questions asked of a store,
// in a fraction of the time of the whole.
func LoadTitlesDir(dir string) (*Lexicon, error) {
	src := layers{base: Embedded()}
	if dir != "" {
		fi, err := os.Stat(dir)
		switch {
		case err != nil:
			return nil, fmt.Errorf("lexicon folder: %w", err)
		case !fi.IsDir():
			return nil, fmt.Errorf("lexicon folder %s: not a folder", dir)
		}
		src.user, src.dir = os.DirFS(dir), dir
	}
	return load(src, "titles.txt")
}

// LoadSoleRolesDir loads what SoleRole needs (the titles marked sole or
// shared) and nothing else, with the titles.txt of the user's folder dir
// laid over kg's own as LoadTitlesDir does ("" for none): for the
// questions of tenure, which ask SoleRole only. Without a folder it
// reads the built-in titles only as far as those two fields, in a
// fraction of LoadTitlesDir's time; with one, all of LoadTitlesDir's
// checks apply.
func LoadSoleRolesDir(dir string) (*Lexicon, error) {
	if dir != "" {
		return LoadTitlesDir(dir)
	}
	return soleOnly(Embedded())
}

// soleOnly reads the sole and shared titles of base's titles.txt.
func soleOnly(base fs.FS) (*Lexicon, error) {
	entries, _, err := readFile(base, "titles.txt", "titles.txt")
	if err != nil {
		return nil, err
	}
	l := &Lexicon{soleRoles: map[string]bool{}, sharedIn: map[string]bool{}}
	for i := range entries {
		if e := &entries[i]; e.Has("sole") || e.Has("shared") {
			l.markSole(strings.Join(Keys(roleOf(e)), " "), e)
		}
	}
	return l, nil
}

// LoadLayered loads the lexicon of base with the files of user laid over
// it, a user file adding to the base file of the same name (see
// FORMATS.md):
//   - an entry whose phrase is the phrase of a base entry (compared as
//     token keys: case and tone placement do not matter) replaces that
//     entry, fields and all; other entries are added;
//   - an entry with the field "remove" removes the base entry of its
//     phrase, which must exist;
//   - a file whose first entry is preceded by a line "#replace" replaces
//     the base file whole.
//
// A user file of a name the lexicon does not read is refused. dir is how
// errors name user's folder: "lexicon DIR/titles.txt:3: ...".
func LoadLayered(base, user fs.FS, dir string) (*Lexicon, error) {
	return load(layers{base: base, user: user, dir: dir})
}

// removeField marks an entry of a user file that removes a base entry.
const removeField = "remove"

// layers are the files a lexicon is read from: base, and maybe a user's
// folder over it.
type layers struct {
	base fs.FS
	user fs.FS  // nil for none
	dir  string // how errors name user's folder
}

// shown returns how errors name the user's file name.
func (ly layers) shown(name string) string { return filepath.Join(ly.dir, name) }

// check refuses the user's files of names not in names: a misspelled
// name would be silently ignored. Hidden files (an editor's) are passed
// over.
func (ly layers) check(names []string) error {
	if ly.user == nil {
		return nil
	}
	des, err := fs.ReadDir(ly.user, ".")
	if err != nil {
		return fmt.Errorf("lexicon folder %s: %w", ly.dir, err)
	}
	for _, de := range des {
		if strings.HasPrefix(de.Name(), ".") || slices.Contains(names, de.Name()) {
			continue
		}
		return fmt.Errorf("lexicon %s: not a lexicon file (the files are %s)", ly.shown(de.Name()), strings.Join(names, ", "))
	}
	return nil
}

// read returns the entries of the file name: the base file's, with the
// user's file of that name laid over them.
func (ly layers) read(name string) ([]Entry, error) {
	var over []Entry
	if ly.user != nil {
		var replace bool
		var err error
		over, replace, err = readFile(ly.user, name, ly.shown(name))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			over = nil
		case err != nil:
			return nil, err
		case replace:
			for i := range over {
				if over[i].Has(removeField) {
					return nil, fmt.Errorf("lexicon %s:%d: %q: %s in a file that replaces the built-in one", over[i].File, over[i].Line, over[i].Phrase, removeField)
				}
			}
			return over, nil
		}
	}
	entries, replace, err := readFile(ly.base, name, name)
	if err != nil {
		return nil, err
	}
	if replace {
		return nil, fmt.Errorf("lexicon %s: %s is for the files of a --lexicon folder", name, replaceDirective)
	}
	if len(over) == 0 {
		return entries, nil
	}
	return lay(entries, over)
}

// lay lays the entries of a user's file over those of a base file.
func lay(base, over []Entry) ([]Entry, error) {
	at := make(map[string]int, len(base)) // phrase key → index in base
	for i := range base {
		at[phraseKey(base[i].Phrase)] = i
	}
	removed := make([]bool, len(base))
	seen := map[string]int{} // phrase key → line in the user's file
	out := base[:len(base):len(base)]
	for _, e := range over {
		k := phraseKey(e.Phrase)
		if line, ok := seen[k]; ok {
			return nil, fmt.Errorf("lexicon %s:%d: %q is listed twice (line %d)", e.File, e.Line, e.Phrase, line)
		}
		seen[k] = e.Line
		i, inBase := at[k]
		switch {
		case e.Has(removeField) && (len(e.Attrs) > 1 || e.Value != ""):
			return nil, fmt.Errorf("lexicon %s:%d: %q: %s takes no other field", e.File, e.Line, e.Phrase, removeField)
		case e.Has(removeField) && !inBase:
			return nil, fmt.Errorf("lexicon %s:%d: %q: nothing to remove: the built-in file has no such entry", e.File, e.Line, e.Phrase)
		case e.Has(removeField):
			removed[i] = true
		case inBase:
			out[i] = e
		default:
			out = append(out, e)
		}
	}
	kept := out[:0]
	for i, e := range out {
		if i >= len(removed) || !removed[i] {
			kept = append(kept, e)
		}
	}
	return kept, nil
}

// phraseKey is the key two entries with the same phrase share.
func phraseKey(phrase string) string { return strings.Join(Keys(phrase), " ") }
