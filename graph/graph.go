package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
	"sort"
	"unicode/utf8"

	dg "github.com/dominikbraun/graph"
)

// Errors returned by Graph methods; test with errors.Is.
var (
	// ErrNoEntity: an ID names no entity of the graph.
	ErrNoEntity = errors.New("no such entity")
	// ErrNoPath: two entities are not connected (within the depth asked).
	ErrNoPath = errors.New("no path")
)

// Graph is a resolved knowledge graph: entities and the facts between
// them. Facts are kept as they are; an undirected projection into
// github.com/dominikbraun/graph, one edge per connected pair carrying the
// indexes of its facts, serves traversal. A Graph is not safe for
// concurrent writes.
type Graph struct {
	entities map[string]*Entity
	facts    []Fact
	seen     map[uint64][]int32 // fact hash → indexes in facts, to keep one of each
	seed     maphash.Seed
	proj     dg.Graph[string, string] // built on first traversal
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{entities: map[string]*Entity{}, seen: map[uint64][]int32{}, seed: maphash.MakeSeed()}
}

// hash returns a hash of every field of a fact.
func (g *Graph) hash(f *Fact) uint64 {
	var h maphash.Hash
	h.SetSeed(g.seed)
	h.WriteString(f.Subject)
	h.WriteByte(0)
	h.WriteString(f.Object)
	h.WriteByte(0)
	h.WriteString(f.Prov.Article)
	h.WriteByte(0)
	h.WriteString(f.Prov.Rule)
	var b [8]byte
	for _, v := range []int{int(f.Relation), f.Prov.Start, f.Prov.End} {
		binary.LittleEndian.PutUint64(b[:], uint64(v))
		h.Write(b[:])
	}
	return h.Sum64()
}

// Prefer reports whether a should replace b as a field of an entity that
// several sources describe (its name, role, dates, text): any value beats
// none; a longer one (in runes) beats a shorter one, as a name written out
// in full says more ("Ủy ban nhân dân thành phố Hà Nội" against "UBND TP
// Hà Nội"); between equals, the smaller in byte order. The result does not
// depend on the order the sources come in.
func Prefer(a, b string) bool {
	switch {
	case a == b || a == "":
		return false
	case b == "":
		return true
	}
	if la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b); la != lb {
		return la > lb
	}
	return a < b
}

// AddEntity adds an entity, or merges it into the entity already there
// with the same ID: each field keeps the value Prefer chooses, and the
// names not chosen are aliases.
func (g *Graph) AddEntity(e Entity) {
	g.proj = nil
	if old, ok := g.entities[e.ID]; ok {
		name := old.Name
		if Prefer(e.Name, name) {
			name = e.Name
		}
		old.Aliases = mergeNames(name, append(old.Aliases, old.Name), e.Name, e.Aliases)
		old.Name = name
		if Prefer(e.Role, old.Role) {
			old.Role = e.Role
		}
		if Prefer(e.Text, old.Text) {
			old.Text = e.Text
		}
		if !e.Date.IsZero() && (old.Date.IsZero() || Prefer(e.Date.String(), old.Date.String())) {
			old.Date = e.Date
		}
		if !e.End.IsZero() && (old.End.IsZero() || Prefer(e.End.String(), old.End.String())) {
			old.End = e.End
		}
		if old.Class == OrgOther || e.Class != OrgOther && Prefer(e.Class.String(), old.Class.String()) {
			old.Class = e.Class
		}
		return
	}
	c := e
	c.Aliases = mergeNames(c.Name, nil, "", e.Aliases)
	g.entities[e.ID] = &c
}

// mergeNames returns the sorted union of aliases and extra names, leaving
// out the display name.
func mergeNames(name string, aliases []string, extra string, more []string) []string {
	set := map[string]bool{}
	for _, list := range [][]string{aliases, more, {extra}} {
		for _, a := range list {
			if a != "" && a != name {
				set[a] = true
			}
		}
	}
	if len(set) == 0 {
		return nil
	}
	out := make([]string, 0, len(set))
	for a := range set {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// AddFact adds a fact between two entities of the graph. Adding the same
// fact twice (same provenance too) keeps one.
func (g *Graph) AddFact(f Fact) error {
	for _, id := range []string{f.Subject, f.Object} {
		if _, ok := g.entities[id]; !ok {
			return fmt.Errorf("add fact %s %s %s: %q: %w", f.Subject, f.Relation, f.Object, id, ErrNoEntity)
		}
	}
	k := g.hash(&f)
	for _, i := range g.seen[k] {
		if g.facts[i] == f {
			return nil
		}
	}
	g.seen[k] = append(g.seen[k], int32(len(g.facts)))
	g.facts = append(g.facts, f)
	g.proj = nil
	return nil
}

// Entity returns the entity with the given ID.
func (g *Graph) Entity(id string) (*Entity, bool) {
	e, ok := g.entities[id]
	return e, ok
}

// Len returns the number of entities.
func (g *Graph) Len() int { return len(g.entities) }

// Entities returns the entities of the given kinds (all kinds when none
// is given), sorted by ID.
func (g *Graph) Entities(kinds ...Kind) []*Entity {
	out := make([]*Entity, 0, len(g.entities))
	for _, e := range g.entities {
		if len(kinds) == 0 || slices.Contains(kinds, e.Kind) {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Facts returns every fact, sorted.
func (g *Graph) Facts() []Fact {
	out := slices.Clone(g.facts)
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out
}

// FactsOf returns the facts whose subject or object is id, sorted.
func (g *Graph) FactsOf(id string) []Fact {
	var out []Fact
	for _, f := range g.facts {
		if f.Subject == id || f.Object == id {
			out = append(out, f)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out
}

// Edge is the projection of all the facts between two entities.
type Edge struct {
	A, B  string // A < B
	Facts []Fact // sorted
}

// Relations returns the distinct relations of the edge's facts, in order.
func (e Edge) Relations() []Relation {
	var out []Relation
	for _, f := range e.Facts {
		if !slices.Contains(out, f.Relation) {
			out = append(out, f.Relation)
		}
	}
	slices.Sort(out)
	return out
}

// Edges returns one edge per connected pair of entities, sorted.
func (g *Graph) Edges() []Edge {
	byPair := map[[2]string][]Fact{}
	for _, f := range g.facts {
		a, b := f.Subject, f.Object
		if b < a {
			a, b = b, a
		}
		byPair[[2]string{a, b}] = append(byPair[[2]string{a, b}], f)
	}
	out := make([]Edge, 0, len(byPair))
	for p, fs := range byPair {
		sort.Slice(fs, func(i, j int) bool { return fs[i].Less(fs[j]) })
		out = append(out, Edge{A: p[0], B: p[1], Facts: fs})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	return out
}

// projection returns the undirected traversal graph, building it once.
func (g *Graph) projection() dg.Graph[string, string] {
	if g.proj != nil {
		return g.proj
	}
	p := dg.New(dg.StringHash)
	for id := range g.entities {
		_ = p.AddVertex(id) // IDs are unique: cannot fail
	}
	for i, f := range g.facts {
		if f.Subject == f.Object {
			continue
		}
		err := p.AddEdge(f.Subject, f.Object, dg.EdgeData([]int{i}))
		if errors.Is(err, dg.ErrEdgeAlreadyExists) {
			e, _ := p.Edge(f.Subject, f.Object)
			idx, _ := e.Properties.Data.([]int)
			_ = p.UpdateEdge(f.Subject, f.Object, dg.EdgeData(append(idx, i)))
		}
	}
	g.proj = p
	return p
}

// neighbors returns the sorted neighbors of each vertex.
func (g *Graph) neighbors() map[string][]string {
	adj, _ := g.projection().AdjacencyMap() // never fails on an in-memory graph
	out := make(map[string][]string, len(adj))
	for v, m := range adj {
		ns := make([]string, 0, len(m))
		for n := range m {
			ns = append(ns, n)
		}
		sort.Strings(ns)
		out[v] = ns
	}
	return out
}

// Between returns the facts joining two entities, sorted.
func (g *Graph) Between(a, b string) []Fact {
	e, err := g.projection().Edge(a, b)
	if err != nil {
		return nil
	}
	idx, _ := e.Properties.Data.([]int)
	out := make([]Fact, 0, len(idx))
	for _, i := range idx {
		out = append(out, g.facts[i])
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out
}

// Within returns the IDs of the entities at most depth hops from id, with
// their distance, nearest first and then by ID.
func (g *Graph) Within(id string, depth int, skip func(*Entity) bool) ([]string, error) {
	if _, ok := g.entities[id]; !ok {
		return nil, fmt.Errorf("%q: %w", id, ErrNoEntity)
	}
	adj := g.neighbors()
	dist := map[string]int{id: 0}
	out := []string{id}
	for frontier := []string{id}; len(frontier) > 0; {
		var next []string
		for _, v := range frontier {
			if dist[v] >= depth {
				continue
			}
			for _, n := range adj[v] {
				if _, ok := dist[n]; ok || (skip != nil && skip(g.entities[n])) {
					continue
				}
				dist[n] = dist[v] + 1
				next = append(next, n)
			}
		}
		sort.Strings(next)
		out = append(out, next...)
		frontier = next
	}
	return out, nil
}

// Path returns a shortest chain of entities from a to b, at most maxDepth
// hops long (no limit when maxDepth <= 0). Among chains of equal length it
// returns the first in the order of entity IDs, so the answer is stable.
// skip, when not nil, names entities the chain may not pass through.
func (g *Graph) Path(a, b string, maxDepth int, skip func(*Entity) bool) ([]string, error) {
	for _, id := range []string{a, b} {
		if _, ok := g.entities[id]; !ok {
			return nil, fmt.Errorf("%q: %w", id, ErrNoEntity)
		}
	}
	adj := g.neighbors()
	prev := map[string]string{a: ""}
	depth := 0
	for frontier := []string{a}; len(frontier) > 0; depth++ {
		if _, ok := prev[b]; ok {
			break
		}
		if maxDepth > 0 && depth >= maxDepth {
			break
		}
		var next []string
		for _, v := range frontier {
			for _, n := range adj[v] {
				if _, ok := prev[n]; ok {
					continue
				}
				if n != b && skip != nil && skip(g.entities[n]) {
					continue
				}
				prev[n] = v
				next = append(next, n)
			}
		}
		frontier = next
	}
	if _, ok := prev[b]; !ok {
		return nil, fmt.Errorf("%s to %s: %w", a, b, ErrNoPath)
	}
	var path []string
	for v := b; v != ""; v = prev[v] {
		path = append(path, v)
		if v == a {
			break
		}
	}
	slices.Reverse(path)
	return path, nil
}

// Subgraph returns the graph induced by the given entities: those
// entities and the facts among them.
func (g *Graph) Subgraph(ids []string) *Graph {
	keep := map[string]bool{}
	s := New()
	for _, id := range ids {
		if e, ok := g.entities[id]; ok && !keep[id] {
			keep[id] = true
			s.AddEntity(*e)
		}
	}
	for _, f := range g.facts {
		if keep[f.Subject] && keep[f.Object] {
			_ = s.AddFact(f) // both ends are in s
		}
	}
	return s
}
