package batchcache

import (
	"fmt"
	"testing"
)

// TestEndBatch: past its bound the cache keeps what the last batch named,
// and is emptied when that alone is past the bound.
func TestEndBatch(t *testing.T) {
	for _, tc := range []struct {
		name         string
		old, last    int // entities named by an earlier batch, by the last
		wantEntities int
	}{
		{"under the bound", 100, 50, 150},
		{"at the bound", Max - 10, 10, Max},
		{"past it: the last batch's kept", Max, 10, 10},
		{"the last batch alone past it", 5, Max + 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New[int]()
			c.Version = 4
			c.batch = 3
			for i := range tc.old {
				c.Put(fmt.Sprint("old", i), 0)
			}
			c.batch = 7
			for i := range tc.last {
				c.Put(fmt.Sprint("last", i), 0)
			}
			c.EndBatch()
			if c.Len() != tc.wantEntities {
				t.Errorf("%d entities after EndBatch, want %d", c.Len(), tc.wantEntities)
			}
			if c.batch != 8 || c.Version != 4 {
				t.Errorf("batch %d, version %d after EndBatch, want 8 and 4", c.batch, c.Version)
			}
			if tc.wantEntities > 0 && tc.wantEntities < tc.old+tc.last && c.Get("last0") == nil {
				t.Error("the last batch's entity was dropped")
			}
		})
	}
}

// TestGetMarks: an entity a batch reads from the cache is one it named,
// kept past the bound as those it put.
func TestGetMarks(t *testing.T) {
	c := New[int]()
	for i := range Max {
		c.Put(fmt.Sprint("e", i), i)
	}
	c.EndBatch()
	if v := c.Get("e7"); v == nil || *v != 7 {
		t.Fatalf("Get(e7) = %v, want 7", v)
	}
	c.Put("new", 0)
	c.EndBatch()
	if c.Len() != 2 || c.Get("e7") == nil || c.Get("e8") != nil {
		t.Errorf("past the bound: %d entities, e7 %v, e8 %v; want e7 and new alone", c.Len(), c.Get("e7"), c.Get("e8"))
	}
	c.Delete("e7")
	if c.Get("e7") != nil {
		t.Error("e7 still cached after Delete")
	}
}
