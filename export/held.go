package export

import "kg/graph"

// ArticlePerson is an article and a person of it.
type ArticlePerson struct {
	Article, Person string // entity IDs
}

// HeldPositions returns, for each article and person, the positions the
// article says the person holds (HoldsPosition, not Former), sorted by
// ID. They are the positions a person held at the events the article
// reports: the title an article gives someone is the one of its day.
func HeldPositions(g *graph.Graph) map[ArticlePerson][]string {
	out := map[ArticlePerson][]string{}
	for _, f := range g.Facts() { // sorted: positions come in ID order
		if f.Relation != graph.HoldsPosition || f.Former ||
			graph.KindOf(f.Subject) != graph.Person || graph.KindOf(f.Object) != graph.Position {
			continue
		}
		s, ok1 := g.Entity(f.Subject)
		o, ok2 := g.Entity(f.Object)
		if !ok1 || !ok2 || s.Kind != graph.Person || o.Kind != graph.Position {
			continue
		}
		k := ArticlePerson{f.Prov.Article, f.Subject}
		if n := len(out[k]); n == 0 || out[k][n-1] != f.Object {
			out[k] = append(out[k], f.Object)
		}
	}
	return out
}
