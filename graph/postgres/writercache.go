package postgres

import (
	"kg/graph"
	"kg/graph/batchcache"
)

// entityCache is what Put remembers from one batch to the next within a
// process: the numbers and stored fields of the entities its batches
// named, as the table entities holds them after the batch. A batch then
// reads from the table only the entities the cache does not hold: at
// 100,000 articles a batch of 1,000 found 6,300 of its entities stored,
// read back whole every time.
//
// It reflects the store as long as no other writer has written: each
// batch counts itself in kg_store.writes, in its transaction, and a batch
// that finds another count than the one the cache reflects (its Version)
// empties it first. A batch that fails leaves the cache as it was (the
// store is too); one whose commit fails with an unknown outcome leaves it
// reflecting the count before, which the next batch then finds changed if
// it committed. A batch that deleted entities empties it.
type entityCache = batchcache.Cache[cachedEntity]

// cachedEntity is an entity's number and stored fields (no aliases).
type cachedEntity struct {
	n int64
	e graph.Entity
}

func newEntityCache() *entityCache { return batchcache.New[cachedEntity]() }

// remember records in c a committed batch, after which kg_store.writes is
// writes: the entities it named, as stored, or nothing when it deleted
// entities.
func remember(c *entityCache, writes int64, named []*entState, deleted bool) {
	if deleted {
		c.Reset(writes)
		return
	}
	c.Version = writes
	for _, st := range named {
		e := *st.merged
		e.Aliases = nil
		c.Put(st.id, cachedEntity{n: st.n, e: e})
	}
	c.EndBatch()
}
