package postgres

import (
	"fmt"
	"slices"
)

// probeLimit is the most keys byKey and allByKey look up by index probes;
// more are joined with the table.
const probeLimit = 20000

// keyType is the Go type of a key column, and sqlType gives its SQL type.
type keyType interface{ ~int64 | ~string }

func sqlType[K keyType](keys []K) string {
	var k K
	if _, ok := any(k).(string); ok {
		return "text"
	}
	return "bigint"
}

// byKey returns a query that reads cols of the row of table whose unique
// column key equals each of keys, and its arguments.
//
// Up to probeLimit keys, the query probes the index once per key, as a
// LATERAL subquery with LIMIT 1, which the planner runs once per
// element. The plain form (key = ANY($1)) lets the planner choose from
// the array's length, and for a few thousand keys it chooses a scan of
// the whole table, or of the index with the array searched at each
// entry: 70-200 ms on a store of 100,000 articles where the probes take
// 10-20. The probes grow with the keys, the scan with the table, and
// past probeLimit keys a join of the table with the keys is the faster
// (see joinKeys). Not key = ANY($1), whose planning alone estimates each
// element: for 31,725 article numbers, 36 ms of planning and 50 of
// execution, where the join takes 4 and 28.
func byKey[K keyType](keys []K, cols, table, key string) (string, []any) {
	if len(keys) > probeLimit {
		return joinKeys(keys, cols, table, key)
	}
	return fmt.Sprintf(`SELECT t.* FROM unnest($1::%s[]) AS v(k),
		LATERAL (SELECT %s FROM %s WHERE %s = v.k LIMIT 1) AS t`, sqlType(keys), cols, table, key), []any{keys}
}

// allByKey is byKey for a column that is not unique: every row of each
// key, one index scan per key (OFFSET 0 keeps the subquery a subquery,
// run once per element).
func allByKey[K keyType](keys []K, cols, table, key string) (string, []any) {
	if len(keys) > probeLimit {
		return joinKeys(keys, cols, table, key)
	}
	return fmt.Sprintf(`SELECT t.* FROM unnest($1::%s[]) AS v(k),
		LATERAL (SELECT %s FROM %s WHERE %s = v.k OFFSET 0) AS t`, sqlType(keys), cols, table, key), []any{keys}
}

// joinKeys is the join of byKey and allByKey, of keys made distinct: the
// join gives a row once per repeat of its key. Integer keys are asked in
// order, so that the planner merges them with the order of the key's
// index: without, it may hash the whole table (the 32,018 neighbors of
// the Central Committee: 185 ms with the hash of 195,140 entities, 42
// with the merge, 46 with probes). Text keys are not: their sort, in the
// database's collation, costs more than the hash (31,725 article IDs:
// 97 ms, 72 without the order, 131 with probes).
func joinKeys[K keyType](keys []K, cols, table, key string) (string, []any) {
	keys = slices.Clone(keys)
	slices.Sort(keys)
	keys = slices.Compact(keys)
	typ, order := sqlType(keys), ""
	if typ == "bigint" {
		order = " ORDER BY v.k"
	}
	return fmt.Sprintf(`SELECT %s FROM unnest($1::%s[]) AS v(k) JOIN %s ON %s.%s = v.k%s`,
		cols, typ, table, table, key, order), []any{keys}
}
