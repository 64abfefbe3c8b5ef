package sqlite

// cache is what Put remembers from one batch to the next within a
// process: the numbers and fields of entities. It reflects
// the store as long as no other connection has written to it, which
// PRAGMA data_version on the store's one write connection tells; a failed
// Put empties it.
type cache struct {
	version  int64 // data_version it reflects; -1: none
	entities map[string]*cachedEntity
	batch    int64 // batches written through it
}

// cachedEntity is an entity's stored fields, and names it is known to
// have in the table names besides its display name: Put skips them.
type cachedEntity struct {
	entityFields
	names []string
	used  int64 // the last batch that named it
}

type entityFields struct {
	n                                      int64
	id, name, class, role, date, end, text string
}

// The bound on the cache: past it, trim keeps the entities the last batch
// named. Ingest asks the Go runtime to keep its heap under 350 MiB (cli's
// relaxGC), and the cache must leave room for two batches in flight and
// a batch's reads: with a bound four times this one, and the cache
// emptied whenever it was full, the heap of an ingest past 600,000
// articles stayed at that limit and collecting garbage took half the
// CPU (perf).
const maxCachedEntities = 1 << 16

func newCache() *cache {
	c := &cache{}
	c.reset(-1)
	return c
}

// reset empties the cache, which then reflects data_version version.
func (c *cache) reset(version int64) {
	c.version = version
	c.entities = map[string]*cachedEntity{}
}

// trim ends a batch: past the bound, the cache keeps only the entities
// the batch named, the ones the next is likeliest to name again; past it
// still, it is emptied.
func (c *cache) trim() {
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
		c.reset(c.version)
	}
}
