package postgres

import (
	"fmt"
	"testing"

	"kg/graph"
	"kg/graph/batchcache"
)

// TestEntityCacheBound: past its bound, the cache keeps the entities the
// last batch named, those it stored and those it read from the cache; a
// batch that deleted entities empties it.
func TestEntityCacheBound(t *testing.T) {
	c := newEntityCache()
	batch := func(from, to int) []*entState {
		var out []*entState
		for i := from; i < to; i++ {
			id := fmt.Sprintf("place:p%d", i)
			out = append(out, &entState{id: id, n: int64(i), merged: &graph.Entity{ID: id, Kind: graph.Place, Name: "P", Aliases: []string{"Q"}}})
		}
		return out
	}
	remember(c, 1, batch(0, batchcache.Max), false)
	// the second batch reads place:p7 from the cache, and stores 10 more
	if e := c.Get("place:p7"); e == nil || e.n != 7 || e.e.Aliases != nil || c.Version != 1 {
		t.Fatalf("after one batch: place:p7 %+v, writes %d; want number 7, no aliases, writes 1", e, c.Version)
	}
	remember(c, 2, batch(batchcache.Max, batchcache.Max+10), false)
	p7, p8 := c.Get("place:p7") != nil, c.Get("place:p8") != nil
	if c.Len() != 11 || !p7 || p8 {
		t.Errorf("past the bound: %d entities, place:p7 %v, place:p8 %v; want the 11 the last batch named, place:p7 among them", c.Len(), p7, p8)
	}
	remember(c, 3, batch(0, 5), true)
	if c.Len() != 0 || c.Version != 3 {
		t.Errorf("after a batch that deleted entities: %d entities, writes %d; want none, 3", c.Len(), c.Version)
	}
}
