package sqlite

import "kg/graph/batchcache"

// cache is what Put remembers from one batch to the next within a
// process: the numbers and fields of entities. It reflects the store as
// long as no other connection has written to it, which PRAGMA
// data_version on the store's one write connection tells (its Version);
// a failed Put empties it.
type cache = batchcache.Cache[cachedEntity]

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

func newCache() *cache { return batchcache.New[cachedEntity]() }
