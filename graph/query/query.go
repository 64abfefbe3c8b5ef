// Package query answers the questions kg is asked of a store: who
// attended an event, which events a person attended, the positions a
// person holds or held, who holds positions in an organization, how two
// entities are connected, what lies around an entity, which entities a
// name matches, and why two mentions were taken for one person.
//
// It reads a store through the small interface graph.Reader, so that any
// store (the SQLite file, a server) answers the same way, and returns
// typed rows: formatting them is the caller's. Every tenure it gives (a
// position's since, until and status) comes from graph.TenuresOf, over
// all the statements of the position in the store, so that positions,
// members and the exports agree.
//
// # Errors
//
// A name that matches nothing is an error wrapping ErrNoMatch; a name
// that matches several entities (and all was not asked) an
// *AmbiguousError listing them; two entities that no chain of facts joins
// within the depth asked, an error wrapping graph.ErrNoPath. Errors of
// the store are returned wrapped, never dropped.
package query

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"kg/graph"
)

// ErrNoMatch: a name matches no entity.
var ErrNoMatch = errors.New("no match")

// NoMatchError is the error of a name that matches no entity; it is
// ErrNoMatch.
type NoMatchError struct {
	Text string
	What string // "entity", or the kind looked for
}

func (e *NoMatchError) Error() string { return fmt.Sprintf("no %s matches %q", e.What, e.Text) }

// Is makes errors.Is(err, ErrNoMatch) true.
func (e *NoMatchError) Is(target error) bool { return target == ErrNoMatch }

// noPathError is the error of two entities no chain joins; it is
// graph.ErrNoPath.
type noPathError struct {
	depth    int
	from, to string
}

func (e *noPathError) Error() string {
	return fmt.Sprintf("no chain of at most %d facts links %s and %s", e.depth, e.from, e.to)
}

func (e *noPathError) Is(target error) bool { return target == graph.ErrNoPath }

// AmbiguousError is the error of a name that several entities match.
type AmbiguousError struct {
	Text       string
	Candidates []Match // each with what tells it from the others
	AtLeast    bool    // more entities match than are listed
}

func (e *AmbiguousError) Error() string {
	n := fmt.Sprint(len(e.Candidates))
	if e.AtLeast {
		n = "at least " + n
	}
	return fmt.Sprintf("%q matches %s entities", e.Text, n)
}

// Options set up an Engine.
type Options struct {
	// Sole says which roles one person holds at a time in an
	// organization (see graph.Sole): the lexicon's SoleRole. With nil
	// (and no LoadSole), no position is, and no holding ends by
	// succession.
	Sole func(role, org string) bool
	// LoadSole, when Sole is nil, gives Sole to the first question that
	// asks for a tenure (positions, members, holders, tenures), so that
	// the others do not load the titles it reads; its error is that
	// question's.
	LoadSole func() (func(role, org string) bool, error)
	// SpellOut folds a name with its abbreviations written out, so that
	// a typed "UBND TP Hà Nội" names "Ủy ban nhân dân thành phố Hà Nội"
	// (its error is that of loading what it needs, asked only of an
	// ambiguous name); nil folds only (graph.Fold).
	SpellOut func(string) (string, error)
}

// Engine answers queries from a store. It remembers what it has read, so
// one Engine serves the queries of one request or command, not a store's
// whole life. It is not safe for concurrent use.
type Engine struct {
	r      graph.Reader
	opts   Options                    // its Sole set by soleRoles once LoadSole has given it
	pairs  map[[2]string][]graph.Fact // FactsBetweenPairs, by pair
	quotes map[graph.Provenance]graph.Quote
}

// soleRoles returns Options.Sole, loading it by LoadSole the first time.
func (e *Engine) soleRoles() (func(role, org string) bool, error) {
	if e.opts.Sole == nil && e.opts.LoadSole != nil {
		sole, err := e.opts.LoadSole()
		if err != nil {
			return nil, err
		}
		e.opts.Sole, e.opts.LoadSole = sole, nil
	}
	return e.opts.Sole, nil
}

// New returns an engine that reads r.
func New(r graph.Reader, opts Options) *Engine {
	return &Engine{r: r, opts: opts, pairs: map[[2]string][]graph.Fact{}, quotes: map[graph.Provenance]graph.Quote{}}
}

// maxCandidates bounds the entities an ambiguous name lists.
const maxCandidates = 50

// Resolve finds the entities a name the user typed stands for, of the
// given kinds (any when none): case, accents and word order do not
// matter; an entity ID names that entity. When several entities match,
// the one whose whole name (or alias) is the text wins, or failing that
// the one whose name is the text with abbreviations written out; else,
// unless all, an *AmbiguousError lists them.
func (e *Engine) Resolve(ctx context.Context, text string, all bool, kinds ...graph.Kind) ([]*graph.Entity, error) {
	if k := graph.KindOf(text); k != 0 && (len(kinds) == 0 || slices.Contains(kinds, k)) {
		ents, err := e.r.Entities(ctx, []string{text})
		switch {
		case err == nil && len(ents) > 0:
			return ents, nil
		case err != nil && !errors.Is(err, graph.ErrNoEntity):
			return nil, err
		}
	}
	ents, err := e.r.Search(ctx, text, kinds, maxCandidates)
	if err != nil {
		return nil, err
	}
	if len(ents) == 0 {
		what := "entity"
		if len(kinds) == 1 {
			what = kinds[0].String()
		}
		return nil, &NoMatchError{Text: text, What: what}
	}
	if len(ents) == 1 || all {
		return ents, nil
	}
	fold := func(s string) (string, error) { return graph.Fold(s), nil }
	exact, err := exactly(ents, text, fold)
	if err == nil && len(exact) != 1 && e.opts.SpellOut != nil {
		exact, err = exactly(ents, text, e.opts.SpellOut)
	}
	if err != nil {
		return nil, err
	}
	if len(exact) == 1 {
		return exact, nil
	}
	amb := &AmbiguousError{Text: text, AtLeast: len(ents) == maxCandidates}
	contexts, err := e.contexts(ctx, ents)
	if err != nil {
		return nil, err
	}
	for i, ent := range ents {
		amb.Candidates = append(amb.Candidates, Match{Entity: ent, Context: contexts[i]})
	}
	return nil, amb
}

// exactly returns the entities one of whose names is text, as fold
// compares them.
func exactly(ents []*graph.Entity, text string, fold func(string) (string, error)) ([]*graph.Entity, error) {
	want, err := fold(text)
	if err != nil {
		return nil, err
	}
	var out []*graph.Entity
	for _, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			f, err := fold(n)
			if err != nil {
				return nil, err
			}
			if f == want {
				out = append(out, e)
				break
			}
		}
	}
	return out, nil
}

// entities loads entities by ID.
func (e *Engine) entities(ctx context.Context, ids []string) (map[string]*graph.Entity, error) {
	out := map[string]*graph.Entity{}
	if len(ids) == 0 {
		return out, nil
	}
	ents, err := e.r.Entities(ctx, uniq(ids))
	if err != nil {
		return nil, err
	}
	for _, ent := range ents {
		out[ent.ID] = ent
	}
	return out, nil
}

// entity returns the entity of id from m, or one that names it by its ID
// when the store has none (a store changed under the query).
func entity(m map[string]*graph.Entity, id string) *graph.Entity {
	if e, ok := m[id]; ok {
		return e
	}
	return &graph.Entity{ID: id, Kind: graph.KindOf(id), Name: id}
}

// links returns the neighbors of entities by the given relations (all
// when none).
func (e *Engine) links(ctx context.Context, ids []string, rels ...graph.Relation) ([]graph.Neighbor, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return e.r.Neighbors(ctx, ids, rels)
}

// fetch reads the facts joining each pair of entities at once, for
// between to give.
func (e *Engine) fetch(ctx context.Context, pairs [][2]string) error {
	var todo [][2]string
	asked := map[[2]string]bool{}
	for _, p := range pairs {
		if _, ok := e.pairs[p]; !ok && !asked[p] {
			asked[p] = true
			todo = append(todo, p)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	facts, err := e.r.FactsBetweenPairs(ctx, todo)
	if err != nil {
		return err
	}
	if len(facts) != len(todo) {
		return fmt.Errorf("facts between %d pairs: %d answers", len(todo), len(facts))
	}
	for i, p := range todo {
		e.pairs[p] = facts[i]
	}
	return nil
}

// between returns the facts joining two entities.
func (e *Engine) between(ctx context.Context, a, b string) ([]graph.Fact, error) {
	k := [2]string{a, b}
	if err := e.fetch(ctx, [][2]string{k}); err != nil {
		return nil, err
	}
	return e.pairs[k], nil
}

// Why is where a fact comes from: its article and sentence.
type Why struct {
	Article   string     // headline
	ArticleID string     //
	Source    string     // path or URL the article was read from
	Published graph.Date // date published, when known
	Sentence  string     // the sentence that states the fact
	Start     int        // its byte span in the article's text
	End       int
}

// Why returns the provenance of a fact. An article the store lacks is an
// error, as is any error of the store.
func (e *Engine) Why(ctx context.Context, f graph.Fact) (*Why, error) {
	ws, err := e.Whys(ctx, []graph.Fact{f})
	if err != nil {
		return nil, err
	}
	return ws[0], nil
}

// Whys returns the provenance of each fact, as Why does, reading the
// store once for all those it has not read (Reader.Quotes): the events of
// a person who attended thousands, with the statement of each, read
// thousands of articles one by one.
func (e *Engine) Whys(ctx context.Context, facts []graph.Fact) ([]*Why, error) {
	var todo []graph.Provenance
	for _, f := range facts {
		if _, ok := e.quotes[f.Prov]; !ok {
			e.quotes[f.Prov] = graph.Quote{} // asked once
			todo = append(todo, f.Prov)
		}
	}
	if len(todo) > 0 {
		qs, err := e.r.Quotes(ctx, todo)
		if err != nil {
			for _, p := range todo {
				delete(e.quotes, p)
			}
			if len(facts) == 1 {
				f := facts[0]
				return nil, fmt.Errorf("why %s %s %s: %w", f.Subject, f.Relation, f.Object, err)
			}
			return nil, fmt.Errorf("why of %d facts: %w", len(facts), err)
		}
		if len(qs) != len(todo) {
			return nil, fmt.Errorf("quotes of %d facts: %d answers", len(todo), len(qs))
		}
		for i, p := range todo {
			e.quotes[p] = qs[i]
		}
	}
	out := make([]*Why, len(facts))
	for i, f := range facts {
		q := e.quotes[f.Prov]
		out[i] = &Why{Article: q.Article.Title, ArticleID: f.Prov.Article, Source: q.Article.Source, Published: q.Article.Published,
			Sentence: q.Sentence, Start: f.Prov.Start, End: f.Prov.End}
	}
	return out, nil
}

func uniq(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return slices.Compact(out)
}

// RoleRank orders the parts people take at an event: presided, hosted,
// spoke, was elected, attended.
func RoleRank(r graph.Relation) int {
	switch r {
	case graph.Presided:
		return 0
	case graph.Hosted:
		return 1
	case graph.SpokeAt:
		return 2
	case graph.ElectedAt:
		return 3
	}
	return 4
}

// RoleName is how answers name a relation to an event.
func RoleName(r graph.Relation) string {
	switch r {
	case graph.Presided:
		return "presided"
	case graph.Hosted:
		return "hosted"
	case graph.SpokeAt:
		return "spoke"
	case graph.ElectedAt:
		return "elected"
	}
	return "attended"
}

// atEvent lists the relations that put a person at an event.
func atEvent() []graph.Relation {
	var out []graph.Relation
	for _, r := range graph.Relations() {
		if r.AtEvent() {
			out = append(out, r)
		}
	}
	return out
}

// joinNames joins the names of entities.
func joinNames(ents []*graph.Entity, sep string) string {
	names := make([]string, len(ents))
	for i, e := range ents {
		names[i] = e.Name
	}
	return strings.Join(names, sep)
}
