package postgres

import (
	"fmt"
	"testing"

	"kg/graph"
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
	c.commit(1, batch(0, maxCachedEntities), false)
	// the second batch reads place:p7 from the cache, and stores 10 more
	if e, ok := c.get("place:p7"); !ok || e.n != 7 || e.e.Aliases != nil || c.writes != 1 {
		t.Fatalf("after one batch: place:p7 %+v, %v, writes %d; want number 7, no aliases, writes 1", e, ok, c.writes)
	}
	c.commit(2, batch(maxCachedEntities, maxCachedEntities+10), false)
	_, p7 := c.entities["place:p7"]
	_, p8 := c.entities["place:p8"]
	if len(c.entities) != 11 || !p7 || p8 {
		t.Errorf("past the bound: %d entities, place:p7 %v, place:p8 %v; want the 11 the last batch named, place:p7 among them", len(c.entities), p7, p8)
	}
	c.commit(3, batch(0, 5), true)
	if len(c.entities) != 0 || c.writes != 3 {
		t.Errorf("after a batch that deleted entities: %d entities, writes %d; want none, 3", len(c.entities), c.writes)
	}
}
