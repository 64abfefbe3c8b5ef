package serve

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"kg/export/html"
	"kg/graph"
)

// Bounds on a neighbourhood: the server never sends the whole graph.
const (
	DefaultMaxNodes = 150 // nodes of a view, unless asked for fewer
	MaxMaxNodes     = 500 // the most a request may ask for
	MaxDepth        = 3   // hops

	// maxDatedArticles: the dates of a link stated by more articles are
	// not read (a link that many articles state spans years anyway); it
	// is kept under any date range.
	maxDatedArticles = 20
)

// Around is a neighbourhood request.
type Around struct {
	ID       string
	Depth    int              // 1 to MaxDepth
	Rels     []graph.Relation // the relations to follow; none: none but the focus is shown
	From, To graph.Date       // keep links stated in this range (zero: open)
	MaxNodes int
}

// neighborhood builds the view of the entities within a.Depth links of
// a.ID, following only a.Rels. The nearest come first and, of one
// distance, those stated by the most articles; past a.MaxNodes the rest
// are counted in View.Hidden and in each node's More, not sent. The date
// range then drops the links stated only outside it, the events dated
// outside it, and what is left unlinked.
func neighborhood(ctx context.Context, r graph.Reader, a Around) (*html.View, error) {
	focusEnts, err := r.Entities(ctx, []string{a.ID})
	if err != nil {
		return nil, err
	}
	if len(focusEnts) == 0 {
		return nil, fmt.Errorf("%q: %w", a.ID, graph.ErrNoEntity)
	}
	focus := focusEnts[0].ID
	view := &html.View{Focus: []string{focus}, Nodes: []html.Node{}, Edges: []html.Edge{}}
	if len(a.Rels) == 0 {
		view.Nodes = append(view.Nodes, html.NodeOf(focusEnts[0]))
		return view, nil
	}
	links := map[string][]graph.Neighbor{} // by From, for every entity asked
	ask := func(ids []string) error {
		var todo []string
		for _, id := range ids {
			if _, ok := links[id]; !ok {
				todo = append(todo, id)
				links[id] = nil
			}
		}
		if len(todo) == 0 {
			return nil
		}
		nbs, err := r.Neighbors(ctx, todo, a.Rels)
		if err != nil {
			return err
		}
		for _, nb := range nbs {
			links[nb.From] = append(links[nb.From], nb)
		}
		return nil
	}
	in := map[string]bool{focus: true}
	order := []string{focus}
	reached := map[string]bool{focus: true}
	frontier := []string{focus}
	for d := 1; d <= a.Depth && len(frontier) > 0 && len(order) < a.MaxNodes; d++ {
		if err := ask(frontier); err != nil {
			return nil, err
		}
		// the links of this distance, most stated first
		weight := map[string]int{}
		for _, id := range frontier {
			for _, nb := range links[id] {
				if !reached[nb.To] {
					weight[nb.To] += nb.Articles
				}
			}
		}
		next := make([]string, 0, len(weight))
		for id := range weight {
			next = append(next, id)
			reached[id] = true
		}
		slices.SortFunc(next, func(x, y string) int { return cmp.Or(cmp.Compare(weight[y], weight[x]), cmp.Compare(x, y)) })
		if room := a.MaxNodes - len(order); len(next) > room {
			view.Hidden += len(next) - room
			next = next[:room]
		}
		for _, id := range next {
			in[id] = true
		}
		order = append(order, next...)
		frontier = next
	}
	// The links of the entities of the last distance are not read: an
	// official's attendances or a province's offices number in the
	// thousands on a big store, and reading them for a whole view took
	// most of its time. Their links to the entities nearer are known;
	// they are marked as not yet explored.
	ents, err := entityMap(ctx, r, order)
	if err != nil {
		return nil, err
	}
	// the edges among them, from the neighbor index; their dates from
	// the facts, but for links stated by so many articles (an office in
	// its province) that reading them would cost more than they tell
	var pairs [][2]string
	more := map[string]int{}
	byID := map[string]*html.Edge{}
	var edges []html.Edge
	for _, id := range order {
		if _, ok := links[id]; !ok {
			continue
		}
		out := map[string]bool{}
		for _, nb := range links[id] {
			switch {
			case !in[nb.To]:
				out[nb.To] = true
			default:
				subject, object := nb.From, nb.To
				if !nb.Forward {
					subject, object = nb.To, nb.From
				}
				edges = append(edges, html.Edge{ID: html.EdgeID(subject, nb.Relation, object), Source: subject, Target: object,
					Relation: nb.Relation.String(), Label: nb.Relation.Label(), Articles: nb.Articles})
				if nb.Articles <= maxDatedArticles {
					pairs = append(pairs, [2]string{subject, object})
				}
			}
		}
		more[id] = len(out)
	}
	slices.SortFunc(edges, func(x, y html.Edge) int { return cmp.Compare(x.ID, y.ID) })
	edges = slices.CompactFunc(edges, func(x, y html.Edge) bool { return x.ID == y.ID })
	for i := range edges {
		byID[edges[i].ID] = &edges[i]
	}
	pairs = slices.Compact(slices.SortedFunc(slices.Values(pairs), func(x, y [2]string) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	}))
	factSets, err := r.FactsBetweenPairs(ctx, pairs)
	if err != nil {
		return nil, err
	}
	var facts []graph.Fact
	for i, fs := range factSets {
		for _, f := range fs {
			if f.Subject == pairs[i][0] && f.Object == pairs[i][1] && slices.Contains(a.Rels, f.Relation) {
				facts = append(facts, f)
			}
		}
	}
	for _, dated := range html.EdgesOf(facts, 0, nil) {
		if e := byID[dated.ID]; e != nil {
			e.First, e.Last, e.Former = dated.First, dated.Last, dated.Former
		}
	}
	dated := !a.From.IsZero() || !a.To.IsZero()
	linked := map[string]bool{focus: true}
	for _, e := range edges {
		if dated && !overlaps(e.First, e.Last, a.From, a.To) {
			continue
		}
		view.Edges = append(view.Edges, e)
	}
	for _, id := range order {
		e := ents[id]
		if e == nil {
			continue
		}
		if dated && id != focus && e.Kind == graph.Event && !e.Date.IsZero() && !overlapsDates(e.Date, e.Date, a.From, a.To) {
			continue
		}
		n := html.NodeOf(e)
		n.More = more[id]
		_, read := links[id]
		n.Unexplored = !read
		view.Nodes = append(view.Nodes, n)
		linked[id] = true
	}
	if dated {
		// drop the edges to dropped nodes, then the nodes left unlinked
		kept := view.Edges[:0]
		touched := map[string]bool{focus: true}
		for _, e := range view.Edges {
			if linked[e.Source] && linked[e.Target] {
				kept = append(kept, e)
				touched[e.Source], touched[e.Target] = true, true
			}
		}
		view.Edges = kept
		nodes := view.Nodes[:0]
		for _, n := range view.Nodes {
			if touched[n.ID] {
				nodes = append(nodes, n)
			}
		}
		view.Nodes = nodes
	}
	return view, nil
}

// overlaps reports whether the dates first–last (as graph.Date writes
// them; empty when unknown) may fall within from–to (zero: open).
func overlaps(first, last string, from, to graph.Date) bool {
	f, err1 := graph.ParseDate(first)
	l, err2 := graph.ParseDate(last)
	if err1 != nil || err2 != nil || f.IsZero() || l.IsZero() {
		return true // undated: kept
	}
	return overlapsDates(f, l, from, to)
}

func overlapsDates(first, last, from, to graph.Date) bool {
	if !from.IsZero() && last.Year != 0 && last.Before(from) {
		return false
	}
	if !to.IsZero() && first.Year != 0 && to.Before(first) {
		return false
	}
	return true
}
