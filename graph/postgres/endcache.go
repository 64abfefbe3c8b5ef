package postgres

import "sync"

// endCache remembers, for the readers of every transaction of a Store,
// the IDs and kinds of the entity numbers they looked up: what the
// events of a person with their statements look up twice (2,183 numbers,
// 6 ms each time), once for the events and once for the statements.
//
// A number's ID and kind never change, and a number is never given again:
// an entity deleted takes its number with it. A reader asks only for
// numbers its snapshot holds, so an entry is never wrong for it, however
// old the entry.
type endCache struct {
	mu      sync.Mutex
	ids     map[int64]string // entities not persons
	persons map[int64]bool   // person keys
}

// maxCachedEnds bounds the cache: past it, it starts again empty.
const maxCachedEnds = 1 << 18

func newEndCache() *endCache {
	return &endCache{ids: map[int64]string{}, persons: map[int64]bool{}}
}

// fill copies into ids and persons what the cache knows of ns, and
// returns the numbers it does not know.
func (c *endCache) fill(ns []int64, ids map[int64]string, persons map[int64]bool) []int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	var todo []int64
	for _, n := range ns {
		if id, ok := c.ids[n]; ok {
			ids[n] = id
		} else if c.persons[n] {
			persons[n] = true
		} else {
			todo = append(todo, n)
		}
	}
	return todo
}

// add remembers the ID of an entity that is not a person (person false),
// or that n is a person key.
func (c *endCache) add(n int64, id string, person bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.ids)+len(c.persons) >= maxCachedEnds {
		c.ids, c.persons = map[int64]string{}, map[int64]bool{}
	}
	if person {
		c.persons[n] = true
	} else {
		c.ids[n] = id
	}
}
