package lexicon

import "strings"

// Trie maps phrases, as sequences of token keys, to values, and finds the
// longest phrase starting at a position of a key sequence.
type Trie[T any] struct {
	next map[string]*Trie[T]
	byID map[int32]*Trie[T] // next by word ID (see Lexicon.WordID), made when a lexicon loads
	val  *T
	key  string // the phrase's keys joined by spaces, where val is set
}

// Match is a phrase found in a key sequence.
type Match[T any] struct {
	Val *T
	Len int    // the number of keys it spans
	Key string // its keys joined by spaces
}

// firstKeys returns the keys phrases start with.
func (t *Trie[T]) firstKeys() []string {
	out := make([]string, 0, len(t.next))
	for k := range t.next {
		out = append(out, k)
	}
	return out
}

// Starts reports whether some phrase of the trie starts with key.
func (t *Trie[T]) Starts(key string) bool { return t.next[key] != nil }

// Add maps the phrase with the given keys to v, and reports false when the
// phrase was already there (v is not stored then).
func (t *Trie[T]) Add(keys []string, v T) bool {
	n := t
	for _, k := range keys {
		if n.next == nil {
			n.next = map[string]*Trie[T]{}
		}
		c := n.next[k]
		if c == nil {
			c = &Trie[T]{}
			n.next[k] = c
		}
		n = c
	}
	if n.val != nil {
		return false
	}
	n.val, n.key = &v, strings.Join(keys, " ")
	return true
}

// Longest returns the value of the longest phrase that starts at keys[i]
// and the number of keys it spans; n is 0 when none matches.
func (t *Trie[T]) Longest(keys []string, i int) (v *T, n int) {
	node := t
	for j := i; j < len(keys) && node != nil; j++ {
		node = node.next[keys[j]]
		if node != nil && node.val != nil {
			v, n = node.val, j-i+1
		}
	}
	return v, n
}

// LongestFunc is Longest over a sequence given by a function, for callers
// whose keys are not in a slice. key returns false past the end.
func (t *Trie[T]) LongestFunc(key func(j int) (string, bool), i int) (v *T, n int) {
	node := t
	for j := i; node != nil; j++ {
		k, ok := key(j)
		if !ok {
			break
		}
		node = node.next[k]
		if node != nil && node.val != nil {
			v, n = node.val, j-i+1
		}
	}
	return v, n
}

// Get returns the value of exactly this phrase.
func (t *Trie[T]) Get(keys []string) (*T, bool) {
	n := t
	for _, k := range keys {
		if n == nil || n.next == nil {
			return nil, false
		}
		n = n.next[k]
	}
	if n == nil || n.val == nil {
		return nil, false
	}
	return n.val, true
}

// All returns the lengths of every phrase that starts at keys[i], longest
// first, with their values.
func (t *Trie[T]) All(keys []string, i int) (vals []*T, lens []int) {
	if i >= len(keys) || t.next[keys[i]] == nil {
		return nil, nil // the common case, without allocating
	}
	node := t
	for j := i; j < len(keys) && node != nil; j++ {
		node = node.next[keys[j]]
		if node != nil && node.val != nil {
			vals = append(vals, node.val)
			lens = append(lens, j-i+1)
		}
	}
	for a, b := 0, len(vals)-1; a < b; a, b = a+1, b-1 {
		vals[a], vals[b] = vals[b], vals[a]
		lens[a], lens[b] = lens[b], lens[a]
	}
	return vals, lens
}

// walk calls f with every key of the trie's phrases.
func (t *Trie[T]) walk(f func(key string)) {
	for k, c := range t.next {
		f(k)
		c.walk(f)
	}
}

// indexIDs makes the trie's maps by word ID.
func (t *Trie[T]) indexIDs(id func(key string) int32) {
	if len(t.next) == 0 {
		return
	}
	t.byID = make(map[int32]*Trie[T], len(t.next))
	for k, c := range t.next {
		t.byID[id(k)] = c
		c.indexIDs(id)
	}
}

// LongestIDs is Longest over word IDs (see Lexicon.WordID), for a trie of
// a loaded Lexicon: an integer is quicker to look up than a string.
func (t *Trie[T]) LongestIDs(ids []int32, i int) (v *T, n int) {
	node := t
	for j := i; j < len(ids) && ids[j] != 0 && node != nil; j++ {
		node = node.byID[ids[j]]
		if node != nil && node.val != nil {
			v, n = node.val, j-i+1
		}
	}
	return v, n
}

// AppendAllIDs is AppendAll over word IDs (see LongestIDs).
func (t *Trie[T]) AppendAllIDs(dst []Match[T], ids []int32, i int) []Match[T] {
	n0 := len(dst)
	node := t
	for j := i; j < len(ids) && ids[j] != 0 && node != nil; j++ {
		node = node.byID[ids[j]]
		if node != nil && node.val != nil {
			dst = append(dst, Match[T]{Val: node.val, Len: j - i + 1, Key: node.key})
		}
	}
	for a, b := n0, len(dst)-1; a < b; a, b = a+1, b-1 {
		dst[a], dst[b] = dst[b], dst[a]
	}
	return dst
}

// AppendAll appends every phrase that starts at keys[i] to dst, longest
// first, and returns the extended slice: All without allocating, for a
// caller that hands in a buffer.
func (t *Trie[T]) AppendAll(dst []Match[T], keys []string, i int) []Match[T] {
	if i >= len(keys) || t.next[keys[i]] == nil {
		return dst
	}
	n0 := len(dst)
	node := t
	for j := i; j < len(keys) && node != nil; j++ {
		node = node.next[keys[j]]
		if node != nil && node.val != nil {
			dst = append(dst, Match[T]{Val: node.val, Len: j - i + 1, Key: node.key})
		}
	}
	for a, b := n0, len(dst)-1; a < b; a, b = a+1, b-1 {
		dst[a], dst[b] = dst[b], dst[a]
	}
	return dst
}
