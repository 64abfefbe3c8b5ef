package query

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"kg/graph"
)

// Step is one fact of a path, walked From → To: forward when From is the
// fact's subject, backward when it is its object.
type Step struct {
	From, To *graph.Entity
	Fact     graph.Fact
	Forward  bool
}

// Traversable says which entities a path, or Neighbors with direct, may
// pass through: not articles (every entity of an article is mentioned by
// it) nor places (a province links everything in it): such chains say
// nothing.
func Traversable(id string) bool {
	k := graph.KindOf(id)
	return k != graph.Article && k != graph.Place
}

// pathRelations are the relations a path follows.
func pathRelations() []graph.Relation {
	var rels []graph.Relation
	for _, r := range graph.Relations() {
		if r != graph.Mentions && r != graph.LocatedIn {
			rels = append(rels, r)
		}
	}
	return rels
}

// firstChunk is how many entities of a frontier Path reads first.
const firstChunk = 8

// Path finds a shortest chain of at most maxDepth facts between two
// entities, searching from both ends one hop at a time; of chains of one
// length, the first in the order of the facts. No chain is an error
// wrapping graph.ErrNoPath.
func (e *Engine) Path(ctx context.Context, from, to *graph.Entity, maxDepth int) ([]Step, error) {
	if maxDepth <= 0 {
		return nil, fmt.Errorf("path of at most %d facts: want 1 or more", maxDepth)
	}
	src, dst := from.ID, to.ID
	type hop struct {
		prev    string
		rel     graph.Relation
		forward bool // prev is the facts' subject
	}
	rels := pathRelations()
	reached := [2]map[string]hop{{src: {}}, {dst: {}}}
	frontier := [2][]string{{src}, {dst}}
	meet := ""
	if src == dst {
		meet = src
	}
	for depth := 0; meet == "" && depth < maxDepth; depth++ {
		side := depth % 2
		if len(frontier[side]) > len(frontier[1-side]) && len(frontier[1-side]) > 0 {
			side = 1 - side
		}
		// The frontier is read a few entities at a time, more each time,
		// in its order: the first entity that reaches the other side
		// ends the search, so that the rest (a frontier of a hundred
		// organizations may have tens of thousands of neighbors) is not
		// read.
		var next []string
		for i, size := 0, firstChunk; i < len(frontier[side]) && meet == ""; i, size = i+size, 2*size {
			chunk := frontier[side][i:min(i+size, len(frontier[side]))]
			nbs, err := e.links(ctx, chunk, rels...)
			if err != nil {
				return nil, err
			}
			byFrom := map[string][]graph.Neighbor{}
			for _, nb := range nbs {
				byFrom[nb.From] = append(byFrom[nb.From], nb)
			}
			for _, id := range chunk {
				// in the order of the facts: subject, relation, object
				ns := byFrom[id]
				key := func(nb graph.Neighbor) (string, string) {
					if nb.Forward {
						return id, nb.To
					}
					return nb.To, id
				}
				slices.SortStableFunc(ns, func(a, b graph.Neighbor) int {
					as, ao := key(a)
					bs, bo := key(b)
					return cmp.Or(strings.Compare(as, bs), cmp.Compare(a.Relation, b.Relation), strings.Compare(ao, bo))
				})
				for _, nb := range ns {
					other := nb.To
					if _, ok := reached[side][other]; ok || !Traversable(other) && other != dst && other != src {
						continue
					}
					reached[side][other] = hop{id, nb.Relation, nb.Forward}
					next = append(next, other)
					if _, ok := reached[1-side][other]; ok && meet == "" {
						meet = other
					}
				}
				if meet != "" {
					break
				}
			}
		}
		slices.Sort(next)
		frontier[side] = next
		if len(next) == 0 {
			break
		}
	}
	if meet == "" {
		return nil, &noPathError{maxDepth, from.Name, to.Name}
	}
	// the fact of a hop: the first of those it stands for (a hop
	// between two hubs may stand for the facts of thousands of articles)
	fact := func(id string, h hop) (graph.Fact, error) {
		s, o := h.prev, id
		if !h.forward {
			s, o = id, h.prev
		}
		f, ok, err := e.r.FirstFact(ctx, s, h.rel, o)
		if err != nil {
			return graph.Fact{}, err
		}
		if !ok {
			return graph.Fact{}, fmt.Errorf("path: the store has no fact %s %s %s", s, h.rel, o)
		}
		return f, nil
	}
	var chain []graph.Fact
	for id := meet; id != src; id = reached[0][id].prev {
		f, err := fact(id, reached[0][id])
		if err != nil {
			return nil, err
		}
		chain = append(chain, f)
	}
	slices.Reverse(chain)
	for id := meet; id != dst; id = reached[1][id].prev {
		f, err := fact(id, reached[1][id])
		if err != nil {
			return nil, err
		}
		chain = append(chain, f)
	}
	ids := []string{src, dst}
	for _, f := range chain {
		ids = append(ids, f.Subject, f.Object)
	}
	ents, err := e.entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]Step, len(chain))
	cur := src
	for i, f := range chain {
		next, fwd := f.Object, true
		if f.Object == cur {
			next, fwd = f.Subject, false
		}
		out[i] = Step{From: entity(ents, cur), To: entity(ents, next), Fact: f, Forward: fwd}
		cur = next
	}
	return out, nil
}

// Near is an entity some hops away from another.
type Near struct {
	Entity   *graph.Entity
	Distance int
	// Articles counts the articles that state the links reaching it
	// from the hop before, once for each relation.
	Articles int
}

// Neighbors lists the entities at most depth hops from an entity: nearest
// first, then the most linked (by Articles), then by ID; at most limit of
// them (all when limit <= 0), with how many there are in all. Only those
// listed are read whole, so that the first hundred around an entity named
// in tens of thousands of articles do not read the others. direct leaves
// out articles and places, as Path does, and what is reached only through
// them.
func (e *Engine) Neighbors(ctx context.Context, from *graph.Entity, depth int, direct bool, limit int) ([]Near, int, error) {
	if depth < 1 {
		return nil, 0, fmt.Errorf("neighbors within %d hops: want 1 or more", depth)
	}
	var rels []graph.Relation // all
	if direct {
		for _, r := range graph.Relations() {
			switch r {
			case graph.Mentions, graph.AuthorOf, graph.PublisherOf, graph.LocatedIn: // to articles and places
			default:
				rels = append(rels, r)
			}
		}
	}
	var found []graph.Ranked
	var dist []int // of each found
	total := 0
	if depth == 1 && !direct {
		// the store ranks them: it need not list the thousands of
		// articles that mention an entity to give the first hundred
		top, n, err := e.r.TopNeighbors(ctx, from.ID, rels, limit)
		if err != nil {
			return nil, 0, err
		}
		found, total = top, n
		dist = make([]int, len(top))
		for i := range dist {
			dist[i] = 1
		}
	} else {
		// hop by hop, each ranked as the store ranks one
		seen := map[string]bool{from.ID: true}
		frontier := []string{from.ID}
		for d := 1; d <= depth && len(frontier) > 0; d++ {
			nbs, err := e.links(ctx, frontier, rels...)
			if err != nil {
				return nil, 0, err
			}
			hop, _ := graph.RankNeighbors(from.ID, nbs, 0)
			frontier = frontier[:0]
			for _, r := range hop {
				if seen[r.ID] || direct && !Traversable(r.ID) {
					continue
				}
				seen[r.ID] = true
				frontier = append(frontier, r.ID)
				found, dist = append(found, r), append(dist, d)
			}
		}
		total = len(found)
		if limit > 0 && len(found) > limit {
			found, dist = found[:limit], dist[:limit]
		}
	}
	ids := make([]string, len(found))
	for i, r := range found {
		ids[i] = r.ID
	}
	ents, err := e.entities(ctx, ids)
	if err != nil {
		return nil, 0, err
	}
	out := make([]Near, len(found))
	for i, r := range found {
		out[i] = Near{Entity: entity(ents, r.ID), Distance: dist[i], Articles: r.Articles}
	}
	return out, total, nil
}

// Match is an entity a name matches, with one line that tells it from
// its namesakes.
type Match struct {
	Entity  *graph.Entity
	Context string
}

// Search returns the entities whose names match text, best first: at
// most limit (no limit when limit <= 0), and whether more match.
func (e *Engine) Search(ctx context.Context, text string, limit int) ([]Match, bool, error) {
	fetch := limit
	if limit > 0 {
		fetch = limit + 1
	}
	ents, err := e.r.Search(ctx, text, nil, fetch)
	if err != nil {
		return nil, false, err
	}
	more := limit > 0 && len(ents) > limit
	if more {
		ents = ents[:limit]
	}
	contexts, err := e.contexts(ctx, ents)
	if err != nil {
		return nil, false, err
	}
	out := make([]Match, len(ents))
	for i, ent := range ents {
		out[i] = Match{Entity: ent, Context: contexts[i]}
	}
	return out, more, nil
}

// Context is one line that tells an entity from its namesakes: an
// event's or article's date and kind, a position's role, a person's
// current positions, an organization's parent and place (three at most).
func (e *Engine) Context(ctx context.Context, ent *graph.Entity) (string, error) {
	c, err := e.contexts(ctx, []*graph.Entity{ent})
	if err != nil {
		return "", err
	}
	return c[0], nil
}

// contexts returns the Context of each entity, reading the store for all
// of them at once.
func (e *Engine) contexts(ctx context.Context, ents []*graph.Entity) ([]string, error) {
	var persons, orgs []string
	for _, ent := range ents {
		switch ent.Kind {
		case graph.Person:
			persons = append(persons, ent.ID)
		case graph.Organization:
			orgs = append(orgs, ent.ID)
		}
	}
	related := map[string][]string{} // entity ID → what tells it apart, by ID
	// a person's current positions: those of the facts that say the
	// person holds them (not held before), read between the person and
	// each position rather than from all the person's facts
	held, err := e.links(ctx, persons, graph.HoldsPosition)
	if err != nil {
		return nil, err
	}
	var pairs [][2]string
	for _, nb := range held {
		if nb.Forward {
			pairs = append(pairs, [2]string{nb.From, nb.To})
		}
	}
	if err := e.fetch(ctx, pairs); err != nil {
		return nil, err
	}
	for _, p := range pairs {
		if slices.ContainsFunc(e.pairs[p], func(f graph.Fact) bool {
			return f.Subject == p[0] && f.Relation == graph.HoldsPosition && f.Object == p[1] && !f.Former
		}) {
			related[p[0]] = append(related[p[0]], p[1])
		}
	}
	// an organization may be named in thousands of articles: what it is
	// part of and where, from the neighbor index
	nbs, err := e.links(ctx, orgs, graph.PartOf, graph.LocatedIn)
	if err != nil {
		return nil, err
	}
	for _, nb := range nbs {
		if nb.Forward {
			related[nb.From] = append(related[nb.From], nb.To)
		}
	}
	var all []string
	for id, ids := range related {
		ids = uniq(ids)
		if len(ids) > 3 {
			ids = ids[:3]
		}
		related[id] = ids
		all = append(all, ids...)
	}
	names, err := e.entities(ctx, all)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(ents))
	for i, ent := range ents {
		switch ent.Kind {
		case graph.Event, graph.Article:
			out[i] = strings.TrimSpace(ent.Date.String() + " " + ent.Text)
			continue
		case graph.Position:
			out[i] = ent.Role
			continue
		}
		list := make([]*graph.Entity, len(related[ent.ID]))
		for k, id := range related[ent.ID] {
			list[k] = entity(names, id)
		}
		out[i] = joinNames(list, "; ")
	}
	return out, nil
}

// WhySame returns the evidence that joined a person's mentions across
// articles, one per join; none for a person named in one article.
func (e *Engine) WhySame(ctx context.Context, person *graph.Entity) ([]graph.Evidence, error) {
	return e.r.Evidence(ctx, person.ID)
}

// Names returns the entities of ids, by ID (an ID the store lacks names
// itself).
func (e *Engine) Names(ctx context.Context, ids []string) (map[string]*graph.Entity, error) {
	ents, err := e.entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		ents[id] = entity(ents, id)
	}
	return ents, nil
}
