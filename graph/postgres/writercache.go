package postgres

import "kg/graph"

// entityCache is what Put remembers from one batch to the next within a
// process: the numbers and stored fields of the entities its batches
// named, as the table entities holds them after the batch. A batch then
// reads from the table only the entities the cache does not hold: at
// 100,000 articles a batch of 1,000 found 6,300 of its entities stored,
// read back whole every time.
//
// It reflects the store as long as no other writer has written: each
// batch counts itself in kg_store.writes, in its transaction, and a batch
// that finds another count than the one the cache reflects empties it
// first. A batch that fails leaves the cache as it was (the store is too);
// one whose commit fails with an unknown outcome leaves it reflecting the
// count before, which the next batch then finds changed if it committed.
// A batch that deleted entities empties it.
type entityCache struct {
	writes   int64 // kg_store.writes it reflects; -1: none
	entities map[string]*cachedEntity
	batch    int64 // batches written through it
}

// cachedEntity is an entity's number and stored fields (no aliases).
type cachedEntity struct {
	n    int64
	e    graph.Entity
	used int64 // the last batch that named it
}

// maxCachedEntities bounds the cache: past it, trim keeps the entities
// the last batch named (as the SQLite store's cache does, whose comment
// says why the bound is not higher).
const maxCachedEntities = 1 << 16

func newEntityCache() *entityCache {
	c := &entityCache{}
	c.reset(-1)
	return c
}

// reset empties the cache, which then reflects the count writes.
func (c *entityCache) reset(writes int64) {
	c.writes = writes
	c.entities = map[string]*cachedEntity{}
}

// get returns the entity of id as stored, when the cache holds it, and
// marks it named by the current batch.
func (c *entityCache) get(id string) (*cachedEntity, bool) {
	e, ok := c.entities[id]
	if ok {
		e.used = c.batch
	}
	return e, ok
}

// commit records a committed batch, after which kg_store.writes is
// writes: the entities it named, as stored, or nothing when it deleted
// entities.
func (c *entityCache) commit(writes int64, named []*entState, deleted bool) {
	if deleted {
		c.reset(writes)
		return
	}
	c.writes = writes
	for _, st := range named {
		e := *st.merged
		e.Aliases = nil
		c.entities[st.id] = &cachedEntity{n: st.n, e: e, used: c.batch}
	}
	c.batch++
	if len(c.entities) <= maxCachedEntities {
		return
	}
	kept := map[string]*cachedEntity{} // a new map: a map does not shrink
	for id, e := range c.entities {
		if e.used == c.batch-1 {
			kept[id] = e
		}
	}
	c.entities = kept
	if len(c.entities) > maxCachedEntities {
		c.reset(writes)
	}
}
