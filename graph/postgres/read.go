package postgres

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/jackc/pgx/v5"

	"kg/graph"
)

// node is a vertex of the resolved graph as the store knows it: an
// entity number, and for a person the cluster of that key.
type node struct {
	n       int64
	cluster string // "" unless a person
}

// edge is a stored fact with its ends as nodes; its Fact has no subject
// and object yet.
type edge struct {
	article         int64
	seq             int32
	subject, object node
	fact            graph.Fact
}

// factQuery selects facts with their ends resolved: a person end is the
// cluster of its key's mention in the fact's article. The first %s joins
// what picks the facts, the second is a WHERE clause.
const factQuery = `SELECT f.article, a.id, f.seq, f.subject, coalesce(gs.cluster, ''), f.relation,
		f.object, coalesce(gob.cluster, ''), f.former, f.as_of, f.span_start, f.span_end, f.rule
	FROM facts f %s
	JOIN articles a ON a.n = f.article
	LEFT JOIN person_mentions ms ON ms.article = f.article AND ms.person = f.subject
	LEFT JOIN person_groups gs ON gs.person = ms.person AND gs.grp = ms.grp
	LEFT JOIN person_mentions mo ON mo.article = f.article AND mo.person = f.object
	LEFT JOIN person_groups gob ON gob.person = mo.person AND gob.grp = mo.grp
	%s`

// reader runs the queries of one read method in its transaction.
type reader struct {
	ctx       context.Context
	tx        pgx.Tx
	relations map[string]graph.Relation
	dates     map[string]graph.Date
	rules     []string           // the rules of the facts read, for rawFact.rule
	ruleIndex map[string]int32   // the index of each in rules
	ids       map[int64]string   // entities not persons, as lookEnds read them
	persons   map[int64]bool     // person keys, as lookEnds read them
	clusters  map[int64][]string // the resolved persons of person keys, as clustersOf read them
	ends      *endCache          // the store's: what lookEnds and endIDs read in other transactions
}

func (s *Store) reader(ctx context.Context) (*reader, error) {
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	r := &reader{ctx: ctx, tx: tx, relations: map[string]graph.Relation{}, dates: map[string]graph.Date{},
		ruleIndex: map[string]int32{}, ids: map[int64]string{}, persons: map[int64]bool{}, clusters: map[int64][]string{},
		ends: s.ends}
	for _, rel := range graph.Relations() {
		r.relations[rel.String()] = rel
	}
	return r, nil
}

func (r *reader) close() { rollback(r.tx) }

func (r *reader) scan(sql string, args []any, f func(pgx.Rows) error) error {
	return dbError(scanRows(r.ctx, r.tx, sql, args, f))
}

// facts reads the facts factQuery picks with join and where.
func (r *reader) facts(join, where string, args []any, f func(*edge) error) error {
	var e edge
	var articleID, rel, asOf string
	var start, end int32
	return r.scan(fmt.Sprintf(factQuery, join, where), args, func(rows pgx.Rows) error {
		if err := rows.Scan(&e.article, &articleID, &e.seq, &e.subject.n, &e.subject.cluster, &rel,
			&e.object.n, &e.object.cluster, &e.fact.Former, &asOf, &start, &end, &e.fact.Prov.Rule); err != nil {
			return err
		}
		var ok bool
		if e.fact.Relation, ok = r.relations[rel]; !ok {
			return fmt.Errorf("article %s: unknown relation %q", articleID, rel)
		}
		d, ok := r.dates[asOf]
		if !ok {
			var err error
			if d, err = graph.ParseDate(asOf); err != nil {
				return fmt.Errorf("article %s: %w", articleID, err)
			}
			r.dates[asOf] = d
		}
		e.fact.AsOf = d
		e.fact.Prov.Article, e.fact.Prov.Start, e.fact.Prov.End = articleID, int(start), int(end)
		return f(&e)
	})
}

// scanEntity reads the columns n, id, kind, name, class, role, date,
// end_date, text.
// entityFields are the columns of entities that scanEntity reads.
const entityFields = "n, id, kind, name, class, role, date, end_date, text"

// scanEntity reads a row of entityColumns, and of more columns into more.
func scanEntity(r pgx.Rows, n *int64, more ...any) (*graph.Entity, error) {
	var e graph.Entity
	var kind, class, date, end string
	if err := r.Scan(append([]any{n, &e.ID, &kind, &e.Name, &class, &e.Role, &date, &end, &e.Text}, more...)...); err != nil {
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

// groupQuery reads the groups of person mentions with what their
// clusters' entities need; clusters.scan reads its rows. %s is a join
// that picks the groups.
const groupQuery = `SELECT g.person, g.grp, g.cluster, g.hash, g.name, g.names,
		e.kind, e.class, e.role, e.date, e.end_date, e.text
	FROM person_groups g %s JOIN entities e ON e.n = g.person`

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

// scan reads a row of groupQuery and returns the group's key, number
// and cluster.
func (c *clusters) scan(r pgx.Rows) (int64, int64, string, error) {
	var person, grp int64
	var id, hash, name, names, kind, class, date, end string
	var e graph.Entity
	if err := r.Scan(&person, &grp, &id, &hash, &name, &names, &kind, &class, &e.Role, &date, &end, &e.Text); err != nil {
		return 0, 0, "", err
	}
	ns, err := parseNames(names)
	if err != nil {
		return 0, 0, "", err
	}
	set := c.names[id]
	if set == nil {
		set = map[string]bool{}
		c.names[id] = set
		e.ID = id
		if err := fillEntity(&e, kind, class, date, end); err != nil {
			return 0, 0, "", err
		}
		c.byID[id] = &e
		c.key[id] = person
	}
	for _, n := range ns {
		set[n] = true
	}
	if h, ok := c.hash[id]; !ok || hash < h {
		c.hash[id] = hash
		c.byID[id].Name = name
	}
	return person, grp, id, nil
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

// Graph loads the whole resolved graph: person keys are replaced by the
// IDs of their clusters, in entities and in facts.
func (s *Store) Graph(ctx context.Context) (*graph.Graph, error) {
	g, err := s.graph(ctx)
	if err != nil {
		return nil, fmt.Errorf("load graph from %s: %w", s.name, err)
	}
	return g, nil
}

func (s *Store) graph(ctx context.Context) (*graph.Graph, error) {
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	ents := map[int64]*graph.Entity{}
	err = r.scan(`SELECT `+entityFields+` FROM entities WHERE kind <> 'person'`, nil,
		func(rows pgx.Rows) error {
			var n int64
			e, err := scanEntity(rows, &n)
			ents[n] = e
			return err
		})
	if err != nil {
		return nil, err
	}
	err = r.scan(`SELECT entity, name FROM names`, nil, func(rows pgx.Rows) error {
		var n int64
		var name string
		if err := rows.Scan(&n, &name); err != nil {
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
	err = r.scan(fmt.Sprintf(groupQuery, ""), nil, func(rows pgx.Rows) error {
		_, _, _, err := persons.scan(rows)
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
	id := func(nd node) (string, error) {
		if nd.cluster != "" {
			return nd.cluster, nil
		}
		if e := ents[nd.n]; e != nil {
			return e.ID, nil
		}
		return "", fmt.Errorf("fact end %d: %w", nd.n, graph.ErrNoEntity)
	}
	err = r.facts("", "", nil, func(e *edge) error {
		f := e.fact
		var err error
		if f.Subject, err = id(e.subject); err != nil {
			return fmt.Errorf("article %s: %w", f.Prov.Article, err)
		}
		if f.Object, err = id(e.object); err != nil {
			return fmt.Errorf("article %s: %w", f.Prov.Article, err)
		}
		return g.AddFact(f)
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// Article returns the metadata and text of an article by entity ID.
func (s *Store) Article(ctx context.Context, id string) (*graph.ArticleMeta, error) {
	var a graph.ArticleMeta
	var published string
	err := s.pool.QueryRow(ctx, `SELECT source, hash, title, published, author, publisher, text FROM articles WHERE id = $1`, id).
		Scan(&a.Source, &a.Hash, &a.Title, &published, &a.Author, &a.Publisher, &a.Text)
	if errors.Is(err, pgx.ErrNoRows) {
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

// Quotes returns each provenance's article and the text of its span (see
// graph.Reader) in one statement: the span is cut on the server, from the
// text's bytes in UTF-8 (the spans are byte offsets, as Go counts them),
// and the articles' texts are not sent.
func (s *Store) Quotes(ctx context.Context, provs []graph.Provenance) ([]graph.Quote, error) {
	out, err := s.quotes(ctx, provs)
	if err != nil {
		return nil, fmt.Errorf("quotes of %d facts: %w", len(provs), err)
	}
	return out, nil
}

func (s *Store) quotes(ctx context.Context, provs []graph.Provenance) ([]graph.Quote, error) {
	out := make([]graph.Quote, len(provs))
	if len(provs) == 0 {
		return out, nil
	}
	ids := make([]string, len(provs))
	starts, ends := make([]int32, len(provs)), make([]int32, len(provs))
	for i, p := range provs {
		ids[i] = p.Article
		starts[i], ends[i] = -1, -1 // no span: the quote's sentence is ""
		if p.Start >= 0 && p.End <= math.MaxInt32 {
			starts[i], ends[i] = int32(p.Start), int32(p.End)
		}
	}
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	found := make([]bool, len(provs))
	err = r.scan(`SELECT v.i, a.source, a.hash, a.title, a.published, a.author, a.publisher,
			CASE WHEN v.s >= 0 AND v.s < v.e AND v.e <= octet_length(a.text)
				THEN substring(convert_to(a.text, 'UTF8') FROM v.s + 1 FOR v.e - v.s) END
		FROM unnest($1::text[], $2::int[], $3::int[]) WITH ORDINALITY AS v(id, s, e, i),
		LATERAL (SELECT * FROM articles WHERE id = v.id LIMIT 1) AS a`, []any{ids, starts, ends},
		func(rows pgx.Rows) error {
			var i int64
			var q graph.Quote
			var published string
			var span []byte
			if err := rows.Scan(&i, &q.Article.Source, &q.Article.Hash, &q.Article.Title, &published,
				&q.Article.Author, &q.Article.Publisher, &span); err != nil {
				return err
			}
			var err error
			if q.Article.Published, err = graph.ParseDate(published); err != nil {
				return fmt.Errorf("article %s: %w", ids[i-1], err)
			}
			q.Sentence = string(span)
			out[i-1], found[i-1] = q, true
			return nil
		})
	if err != nil {
		return nil, err
	}
	for i, ok := range found {
		if !ok {
			return nil, fmt.Errorf("article %s: %w", ids[i], graph.ErrNoArticle)
		}
	}
	return out, nil
}

// Stats counts what the store holds. Persons are counted once per
// resolved person, not per key. SizeBytes is the database's size, as
// pg_database_size gives it (0 where the engine does not tell).
func (s *Store) Stats(ctx context.Context) (*graph.Stats, error) {
	st, err := s.stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats of %s: %w", s.name, err)
	}
	return st, nil
}

func (s *Store) stats(ctx context.Context) (*graph.Stats, error) {
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	st := &graph.Stats{Entities: map[graph.Kind]int{}, Facts: map[graph.Relation]int{}, Path: s.name}
	err = r.tx.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT schema_version FROM kg_store WHERE id = 1)`).
		Scan(&st.Articles, &st.SchemaVers)
	if err != nil {
		return nil, dbError(err)
	}
	err = r.scan(`SELECT kind, count(*) FROM entities WHERE kind <> 'person' GROUP BY kind
		UNION ALL SELECT 'person', count(DISTINCT cluster) FROM person_groups`, nil, func(rows pgx.Rows) error {
		var kind string
		var c int
		if err := rows.Scan(&kind, &c); err != nil {
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
	err = r.scan(`SELECT relation, facts FROM relation_counts WHERE facts > 0`, nil, func(rows pgx.Rows) error {
		var rel string
		var c int
		if err := rows.Scan(&rel, &c); err != nil {
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
	r.close()
	// Not every engine has it: a failure only leaves the size unknown.
	_ = s.pool.QueryRow(ctx, `SELECT pg_database_size(current_database())`).Scan(&st.SizeBytes)
	return st, nil
}
