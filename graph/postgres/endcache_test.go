package postgres

import (
	"maps"
	"slices"
	"testing"
)

func TestEndCache(t *testing.T) {
	c := newEndCache()
	c.add(1, "organization:a", false)
	c.add(2, "", true)
	ids, persons := map[int64]string{}, map[int64]bool{}
	todo := c.fill([]int64{1, 2, 3}, ids, persons)
	if !slices.Equal(todo, []int64{3}) || !maps.Equal(ids, map[int64]string{1: "organization:a"}) || !maps.Equal(persons, map[int64]bool{2: true}) {
		t.Errorf("fill(1, 2, 3) = %v, ids %v, persons %v; want [3], {1: organization:a}, {2: true}", todo, ids, persons)
	}
	for n := int64(10); n < 10+maxCachedEnds; n++ {
		c.add(n, "place:x", false)
	}
	if todo := c.fill([]int64{1, 2}, map[int64]string{}, map[int64]bool{}); len(todo) != 2 {
		t.Errorf("past %d entries, the cache still knows %v of 1 and 2", maxCachedEnds, 2-len(todo))
	}
	if n := len(c.ids) + len(c.persons); n > maxCachedEnds {
		t.Errorf("the cache holds %d entries, more than %d", n, maxCachedEnds)
	}
}
