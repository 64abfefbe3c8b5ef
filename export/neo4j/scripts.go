package neo4j

import (
	"fmt"
	"strings"
)

// importScript is a shell script running neo4j-admin on the files.
func importScript(files []File) []byte {
	var b strings.Builder
	b.WriteString(`#!/bin/sh
# Imports this folder into a new Neo4j database (Neo4j 5; stop the
# database first): DATABASE defaults to neo4j.
set -e
cd "$(dirname "$0")"
neo4j-admin database import full "${1:-neo4j}" --overwrite-destination=true \
  --multiline-fields=true --array-delimiter=U+001F \
`)
	for _, f := range files {
		switch {
		case strings.HasPrefix(f.Name, "nodes-"):
			fmt.Fprintf(&b, "  --nodes=%s \\\n", f.Name)
		case strings.HasPrefix(f.Name, "rels-"):
			fmt.Fprintf(&b, "  --relationships=%s \\\n", f.Name)
		}
	}
	b.WriteString("  \"$@\"\n")
	return []byte(b.String())
}

// cypher is the LOAD CSV script that loads the same files into a running
// database, column by column as the importer would.
func cypher[N, R, O any](nodes []*table[N], rels []*table[R], roles *table[O]) []byte {
	var b strings.Builder
	b.WriteString(`// Loads the CSV files of this folder into a running Neo4j 5 database:
// copy them into the database's import folder, then run
//   cypher-shell -f load.cypher
// Empty fields are left out; arrays are split at U+001F.
CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
`)
	for _, t := range nodes {
		fmt.Fprintf(&b, "\nLOAD CSV WITH HEADERS FROM 'file:///%s' AS row\nCALL {\n  WITH row\n  CREATE (n:Entity:%s)\n  SET ", t.file, t.label)
		var sets []string
		for _, c := range t.columns {
			if c.name() != "" {
				sets = append(sets, "n."+c.name()+" = "+convert(c.header, c.typ()))
			}
		}
		b.WriteString(strings.Join(sets, ",\n      "))
		b.WriteString("\n} IN TRANSACTIONS OF 10000 ROWS;\n")
	}
	relStatement := func(file, typ string, names, headers, types []string) {
		fmt.Fprintf(&b, "\nLOAD CSV WITH HEADERS FROM 'file:///%s' AS row\nCALL {\n  WITH row\n", file)
		b.WriteString("  MATCH (a:Entity {id: row.`:START_ID`}), (z:Entity {id: row.`:END_ID`})\n")
		fmt.Fprintf(&b, "  CREATE (a)-[r:%s]->(z)\n  SET ", typ)
		var sets []string
		for i, n := range names {
			if n != "" {
				sets = append(sets, "r."+n+" = "+convert(headers[i], types[i]))
			}
		}
		b.WriteString(strings.Join(sets, ",\n      "))
		b.WriteString("\n} IN TRANSACTIONS OF 10000 ROWS;\n")
	}
	for _, t := range rels {
		names, headers, types := columnsOf(t.columns)
		relStatement(t.file, t.label, names, headers, types)
	}
	names, headers, types := columnsOf(roles.columns)
	relStatement(roles.file, roles.label, names, headers, types)
	return []byte(b.String())
}

func columnsOf[T any](cols []column[T]) (names, headers, types []string) {
	for _, c := range cols {
		names = append(names, c.name())
		headers = append(headers, c.header)
		types = append(types, c.typ())
	}
	return names, headers, types
}

// convert is the Cypher expression of a column's value: null when empty,
// else converted to the column's type.
func convert(header, typ string) string {
	v := "row.`" + header + "`"
	nz := "CASE " + v + " WHEN '' THEN null ELSE " + v + " END"
	switch typ {
	case "date":
		return "date(" + nz + ")"
	case "int":
		return "toInteger(" + nz + ")"
	case "boolean":
		return "toBoolean(" + nz + ")"
	case "string[]":
		return "split(" + nz + ", '\\u001F')"
	}
	return nz
}
