package postgres

import "fmt"

// byKey returns a query that reads cols of the row of table whose unique
// column key equals each element of the array $1 (of SQL type typ):
// one index probe per element, as a LATERAL subquery with LIMIT 1,
// which the planner runs once per element.
//
// The plain forms (key = ANY($1), or a join with unnest($1)) let the
// planner pick from the array's length, and for a few thousand keys it
// picks a scan of the whole table, or of the whole index with the array
// searched for each entry, hundreds of milliseconds on a store of
// 100,000 articles where the probes take ten.
func byKey(cols, table, key, typ string) string {
	return fmt.Sprintf(`SELECT t.* FROM unnest($1::%s[]) AS v(k),
		LATERAL (SELECT %s FROM %s WHERE %s = v.k LIMIT 1) AS t`, typ, cols, table, key)
}

// allByKey is byKey for a column that is not unique: every row of each
// key, one index scan per key (OFFSET 0 keeps the subquery a subquery,
// run once per element).
func allByKey(cols, table, key, typ string) string {
	return fmt.Sprintf(`SELECT t.* FROM unnest($1::%s[]) AS v(k),
		LATERAL (SELECT %s FROM %s WHERE %s = v.k OFFSET 0) AS t`, typ, cols, table, key)
}
