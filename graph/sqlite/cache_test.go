package sqlite

import (
	"fmt"
	"testing"
)

// TestCacheTrim: past its bound the cache keeps what the last batch named,
// and is emptied when that alone is past the bound.
func TestCacheTrim(t *testing.T) {
	for _, tc := range []struct {
		name         string
		old, last    int // entities named by an earlier batch, by the last
		wantEntities int
	}{
		{"under the bound", 100, 50, 150},
		{"at the bound", maxCachedEntities - 10, 10, maxCachedEntities},
		{"past it: the last batch's kept", maxCachedEntities, 10, 10},
		{"the last batch alone past it", 5, maxCachedEntities + 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newCache()
			c.batch = 7
			for i := range tc.old {
				c.entities[fmt.Sprint("old", i)] = &cachedEntity{used: 3}
			}
			for i := range tc.last {
				c.entities[fmt.Sprint("last", i)] = &cachedEntity{used: 7}
			}
			c.trim()
			if len(c.entities) != tc.wantEntities {
				t.Errorf("%d entities after trim, want %d", len(c.entities), tc.wantEntities)
			}
			if c.batch != 8 {
				t.Errorf("batch %d after trim, want 8", c.batch)
			}
			if tc.wantEntities > 0 && tc.wantEntities < tc.old+tc.last && c.entities["last0"] == nil {
				t.Error("the last batch's entity was dropped")
			}
		})
	}
}
