package postgres

import "fmt"

// probeLimit is the most keys byKey and allByKey look up by index probes;
// more are left to the planner.
const probeLimit = 20000

// byKey returns a query that reads cols of the row of table whose unique
// column key equals each of the n elements of the array $1 (of SQL type
// typ).
//
// Up to probeLimit keys, the query probes the index once per element, as
// a LATERAL subquery with LIMIT 1, which the planner runs once per
// element. The plain forms (key = ANY($1), or a join with unnest($1))
// let the planner choose from the array's length, and for a few thousand
// keys it chooses a scan of the whole table, or of the index with the
// array searched at each entry: 70-200 ms on a store of 100,000 articles
// where the probes take 10-20. The probes grow with the keys, the scan
// with the table: for 32,000 keys the scan is the faster (45 ms where
// the probes take 70-150), and past probeLimit the plain form is used.
func byKey(n int, cols, table, key, typ string) string {
	if n > probeLimit {
		return fmt.Sprintf(`SELECT %s FROM %s WHERE %s = ANY($1)`, cols, table, key)
	}
	return fmt.Sprintf(`SELECT t.* FROM unnest($1::%s[]) AS v(k),
		LATERAL (SELECT %s FROM %s WHERE %s = v.k LIMIT 1) AS t`, typ, cols, table, key)
}

// allByKey is byKey for a column that is not unique: every row of each
// key, one index scan per key (OFFSET 0 keeps the subquery a subquery,
// run once per element).
func allByKey(n int, cols, table, key, typ string) string {
	if n > probeLimit {
		return fmt.Sprintf(`SELECT %s FROM %s WHERE %s = ANY($1)`, cols, table, key)
	}
	return fmt.Sprintf(`SELECT t.* FROM unnest($1::%s[]) AS v(k),
		LATERAL (SELECT %s FROM %s WHERE %s = v.k OFFSET 0) AS t`, typ, cols, table, key)
}
