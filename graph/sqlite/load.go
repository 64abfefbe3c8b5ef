package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"slices"

	"kg/graph"
)

// Graph loads the whole resolved graph: person keys are replaced by the
// IDs of their clusters, in entities and in facts.
func (s *Store) Graph(ctx context.Context) (*graph.Graph, error) {
	g, err := s.graph(ctx)
	if err != nil {
		return nil, fmt.Errorf("load graph from %s: %w", s.path, err)
	}
	return g, nil
}

func (s *Store) graph(ctx context.Context) (*graph.Graph, error) {
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}

	ents := map[int64]*graph.Entity{}
	err = l.scan(`SELECT n, id, kind, name, class, role, date, end_date, text FROM entities WHERE kind <> 'person'`, nil,
		func(r *sql.Rows) error {
			var n int64
			e, err := scanEntity(r, &n)
			ents[n] = e
			return err
		})
	if err != nil {
		return nil, err
	}
	err = l.scan(`SELECT entity, name FROM names`, nil, func(r *sql.Rows) error {
		var n int64
		var name string
		if err := r.Scan(&n, &name); err != nil {
			return err
		}
		if e := ents[n]; e != nil && name != e.Name {
			e.Aliases = append(e.Aliases, name)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	persons := newClusters()
	groups := map[mentionKey]string{} // (person, group) → cluster
	err = l.scan(groupSelect, nil, func(r *sql.Rows) error {
		var person, grp int64
		c, err := persons.scan(r, &person, &grp)
		groups[mentionKey{person, grp}] = c
		return err
	})
	if err != nil {
		return nil, err
	}
	g := graph.New()
	for _, e := range ents {
		g.AddEntity(*e)
	}
	for _, e := range persons.entities() {
		g.AddEntity(*e)
	}

	// Ends of facts: entity IDs, and the cluster of each person key in
	// each article.
	ids := make(map[int64]string, len(ents))
	for n, e := range ents {
		ids[n] = e.ID
	}
	clusters := map[mentionKey]string{} // (person, article) → cluster
	err = l.scan(`SELECT person, article, grp FROM person_mentions`, nil, func(r *sql.Rows) error {
		var person, article, grp int64
		err := r.Scan(&person, &article, &grp)
		clusters[mentionKey{person, article}] = groups[mentionKey{person, grp}]
		return err
	})
	if err != nil {
		return nil, err
	}
	end := func(n, article int64) (string, error) {
		if id, ok := ids[n]; ok {
			return id, nil
		}
		if c, ok := clusters[mentionKey{n, article}]; ok && c != "" {
			return c, nil
		}
		return "", fmt.Errorf("fact end %d in article %d: %w", n, article, graph.ErrNoEntity)
	}
	fr := newFactReader()
	err = l.scan(`SELECT n, id, persons, facts FROM articles`, nil, func(r *sql.Rows) error {
		var a int64
		var id, persons, facts string
		if err := r.Scan(&a, &id, &persons, &facts); err != nil {
			return err
		}
		fs, err := parseFacts(facts)
		if err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		for _, sf := range fs {
			s, err := end(sf.subject, a)
			if err != nil {
				return err
			}
			o, err := end(sf.object, a)
			if err != nil {
				return err
			}
			f, err := fr.fact(edge{article: a, articleID: id, f: sf}, s, o)
			if err != nil {
				return err
			}
			if err := g.AddFact(f); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// loader runs queries in a read transaction.
type loader struct {
	ctx context.Context
	tx  *sql.Tx
}

func (l loader) scan(query string, args []any, f func(*sql.Rows) error) error {
	rows, err := l.tx.QueryContext(l.ctx, query, args...)
	if err != nil {
		return dbError(err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return dbError(rows.Err())
}

// scanEntity reads the columns n, id, kind, name, class, role, date,
// end_date, text.
func scanEntity(r *sql.Rows, n *int64) (*graph.Entity, error) {
	var e graph.Entity
	var kind, class, date, end string
	if err := r.Scan(n, &e.ID, &kind, &e.Name, &class, &e.Role, &date, &end, &e.Text); err != nil {
		return nil, err
	}
	if err := fillEntity(&e, kind, class, date, end); err != nil {
		return nil, err
	}
	return &e, nil
}

func fillEntity(e *graph.Entity, kind, class, date, end string) error {
	var err error
	if e.Kind, err = graph.ParseKind(kind); err != nil {
		return fmt.Errorf("entity %s: %w", e.ID, err)
	}
	if e.Class, err = graph.ParseOrgClass(class); err != nil {
		return fmt.Errorf("entity %s: %w", e.ID, err)
	}
	if e.Date, err = graph.ParseDate(date); err != nil {
		return fmt.Errorf("entity %s: %w", e.ID, err)
	}
	if e.End, err = graph.ParseDate(end); err != nil {
		return fmt.Errorf("entity %s: %w", e.ID, err)
	}
	return nil
}

// mentionKey is a person key's number and an article's or a group's.
type mentionKey struct{ person, other int64 }

// groupSelect reads the groups of person mentions with what their
// clusters' entities need; clusters.scan reads its rows.
const groupSelect = `SELECT g.person, g.grp, g.cluster, g.hash, g.name, g.names,
		e.kind, e.class, e.role, e.date, e.end_date, e.text
	FROM person_groups g JOIN entities e ON e.n = g.person`

// clusters builds the entities of resolved persons from their groups: the
// name in the article with the smallest hash, every other name an alias,
// the other fields those of the key.
type clusters struct {
	byID  map[string]*graph.Entity
	hash  map[string]string // smallest hash so far
	names map[string]map[string]bool
	key   map[string]int64 // cluster → person key
}

func newClusters() *clusters {
	return &clusters{byID: map[string]*graph.Entity{}, hash: map[string]string{},
		names: map[string]map[string]bool{}, key: map[string]int64{}}
}

// scan reads a row of groupSelect and returns the group's cluster.
func (c *clusters) scan(r *sql.Rows, person, grp *int64) (string, error) {
	var id, hash, name, names, kind, class, date, end string
	var e graph.Entity
	if err := r.Scan(person, grp, &id, &hash, &name, &names, &kind, &class, &e.Role, &date, &end, &e.Text); err != nil {
		return "", err
	}
	ns, err := parseNames(names)
	if err != nil {
		return "", err
	}
	set := c.names[id]
	if set == nil {
		set = map[string]bool{}
		c.names[id] = set
		e.ID = id
		if err := fillEntity(&e, kind, class, date, end); err != nil {
			return "", err
		}
		c.byID[id] = &e
		c.key[id] = *person
	}
	for _, n := range ns {
		set[n] = true
	}
	if h, ok := c.hash[id]; !ok || hash < h {
		c.hash[id] = hash
		c.byID[id].Name = name
	}
	return id, nil
}

// entities returns the persons read, with their aliases.
func (c *clusters) entities() map[string]*graph.Entity {
	for id, e := range c.byID {
		e.Aliases = nil
		for n := range c.names[id] {
			if n != e.Name {
				e.Aliases = append(e.Aliases, n)
			}
		}
		slices.Sort(e.Aliases)
	}
	return c.byID
}

// Article returns the metadata and text of an article by entity ID.
func (s *Store) Article(ctx context.Context, id string) (*graph.ArticleMeta, error) {
	var a graph.ArticleMeta
	var published string
	err := s.db.QueryRowContext(ctx, `SELECT source, hash, title, published, author, publisher, t.text
		FROM articles JOIN article_texts t USING (n) WHERE id = ?`, id).
		Scan(&a.Source, &a.Hash, &a.Title, &published, &a.Author, &a.Publisher, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, graph.ErrNoArticle)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, dbError(err))
	}
	if a.Published, err = graph.ParseDate(published); err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return &a, nil
}

// Stats counts what the store holds. Persons are counted once per
// resolved person, not per key.
func (s *Store) Stats(ctx context.Context) (*graph.Stats, error) {
	st, err := s.stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats of %s: %w", s.path, err)
	}
	return st, nil
}

func (s *Store) stats(ctx context.Context) (*graph.Stats, error) {
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx}
	st := &graph.Stats{Entities: map[graph.Kind]int{}, Facts: map[graph.Relation]int{}, Path: s.path}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&st.Articles); err != nil {
		return nil, dbError(err)
	}
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&st.SchemaVers); err != nil {
		return nil, dbError(err)
	}
	err = l.scan(`SELECT kind, count(*) FROM entities WHERE kind <> 'person' GROUP BY kind
		UNION ALL SELECT 'person', count(DISTINCT cluster) FROM person_groups`, nil, func(r *sql.Rows) error {
		var kind string
		var c int
		if err := r.Scan(&kind, &c); err != nil {
			return err
		}
		k, err := graph.ParseKind(kind)
		if err != nil {
			return err
		}
		if c > 0 {
			st.Entities[k] = c
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = l.scan(`SELECT relation, facts FROM relation_counts WHERE facts > 0`, nil, func(r *sql.Rows) error {
		var rel string
		var c int
		if err := r.Scan(&rel, &c); err != nil {
			return err
		}
		k, err := graph.ParseRelation(rel)
		if err != nil {
			return err
		}
		st.Facts[k] = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, p := range []string{s.path, s.path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			st.SizeBytes += fi.Size()
		}
	}
	return st, nil
}
