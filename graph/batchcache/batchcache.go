// Package batchcache holds what a store's writer remembers of entities
// from one batch to the next within a process, so that a batch reads
// back from the store only the entities no batch before it named.
//
// A Cache reflects the store at one version, as the store counts the
// writes of others (SQLite's data_version, PostgreSQL's kg_store.writes):
// its writer compares that count with Version before each batch and
// empties the cache when they differ. It is bounded: past Max, the end of
// a batch keeps the entities that batch named, the ones the next is
// likeliest to name again. A Cache is for one writer at a time, as a
// store has.
package batchcache

// Max bounds a Cache. Ingest asks the Go runtime to keep its heap under
// 350 MiB (cli's relaxGC), and the cache must leave room for two batches
// in flight and a batch's reads: with a bound four times this one, and
// the cache emptied whenever it was full, the heap of an ingest past
// 600,000 articles stayed at that limit and collecting garbage took half
// the CPU (perf).
const Max = 1 << 16

// Cache maps the IDs of entities to what the store keeps of them, V.
type Cache[V any] struct {
	Version int64 // the version of the store it reflects; -1: none
	entries map[string]*entry[V]
	batch   int64 // batches ended
}

type entry[V any] struct {
	val  V
	used int64 // the last batch that named it
}

// New returns an empty Cache that reflects no version.
func New[V any]() *Cache[V] {
	c := &Cache[V]{}
	c.Reset(-1)
	return c
}

// Reset empties the cache, which then reflects version.
func (c *Cache[V]) Reset(version int64) {
	c.Version = version
	c.entries = map[string]*entry[V]{}
}

// Get returns what the cache holds of id, nil for nothing, and marks it
// named by the current batch. What it points to is the cache's to keep:
// a change to it changes the cache.
func (c *Cache[V]) Get(id string) *V {
	e := c.entries[id]
	if e == nil {
		return nil
	}
	e.used = c.batch
	return &e.val
}

// Put sets what the cache holds of id, named by the current batch.
func (c *Cache[V]) Put(id string, v V) {
	c.entries[id] = &entry[V]{val: v, used: c.batch}
}

// Delete forgets id.
func (c *Cache[V]) Delete(id string) { delete(c.entries, id) }

// Len is the number of entities the cache holds.
func (c *Cache[V]) Len() int { return len(c.entries) }

// EndBatch ends a batch: past the bound, the cache keeps only the
// entities the batch named; past it still, it is emptied.
func (c *Cache[V]) EndBatch() {
	c.batch++
	if len(c.entries) <= Max {
		return
	}
	kept := map[string]*entry[V]{} // a new map: a map does not shrink
	for id, e := range c.entries {
		if e.used == c.batch-1 {
			kept[id] = e
		}
	}
	c.entries = kept
	if len(c.entries) > Max {
		c.Reset(c.Version)
	}
}
