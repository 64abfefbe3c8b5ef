package sqlite

// cache is what Put remembers from one batch to the next within a
// process: the numbers and fields of entities. It reflects
// the store as long as no other connection has written to it, which
// PRAGMA data_version on the store's one write connection tells; a failed
// Put empties it.
type cache struct {
	version  int64 // data_version it reflects; -1: none
	entities map[string]*cachedEntity
}

// cachedEntity is an entity's stored fields, and names it is known to
// have in the table names besides its display name: Put skips them.
type cachedEntity struct {
	entityFields
	names []string
}

type entityFields struct {
	n                                      int64
	id, name, class, role, date, end, text string
}

// The bound on the cache: past it it is emptied after the batch. Ingest
// asks the Go runtime to keep its heap under 350 MiB (cli's relaxGC):
// with a bound four times this, the cache of an ingest of 260,000
// articles filled most of it, and garbage collection took 40% of the
// CPU (perf).
const maxCachedEntities = 1 << 18

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

// trim empties the cache when it grew past its bounds.
func (c *cache) trim() {
	if len(c.entities) > maxCachedEntities {
		c.reset(c.version)
	}
}
