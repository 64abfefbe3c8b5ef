package postgres

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"kg/graph"
)

// Put stores a batch of extractions in one transaction: all of them or
// none, with the rules of the SQLite store (see graph/sqlite's Put): an
// article already stored with the same hash is Unchanged; one from a
// Source already stored under another hash Replaced that article, whose
// facts and mentions are deleted, with the entities no other article
// lists; otherwise it is Added. Entities merge by graph.AddEntity's rule,
// so that the store's contents do not depend on the order of the
// articles; the persons of every key the batch added or removed mentions
// of are resolved again, with the result graph.ResolvePersons gives over
// all the key's mentions in the store.
//
// Put waits for the turn of other writers (other processes or this one)
// up to the lock timeout. When ctx is done before the batch is committed,
// nothing of it is stored and Put returns ctx.Err(). When the connection
// is lost, the error wraps ErrUnreachable: the batch was stored whole or
// not at all, and putting it again is safe (its articles come back
// Unchanged if it was).
func (s *Store) Put(ctx context.Context, batch []*graph.Extraction) ([]graph.PutResult, error) {
	out, err := s.put(ctx, batch)
	if err != nil {
		n := fmt.Sprintf("%d articles", len(batch))
		if len(batch) == 1 {
			n = "1 article"
		}
		return nil, fmt.Errorf("put %s in %s: %w", n, s.name, err)
	}
	return out, nil
}

// maxAttempts bounds how often a batch is tried again after a
// serialization failure or a deadlock.
const maxAttempts = 8

func (s *Store) put(ctx context.Context, batch []*graph.Extraction) ([]graph.PutResult, error) {
	if s.readOnly {
		return nil, fmt.Errorf("opened for reading only: %w", graph.ErrReadOnly)
	}
	if len(batch) == 0 {
		return nil, nil
	}
	arts, err := prepare(batch)
	if err != nil {
		return nil, err
	}
	s.write.Lock()
	defer s.write.Unlock()
	for attempt := 1; ; attempt++ {
		out, err := s.putOnce(ctx, arts)
		switch {
		case err == nil:
			return out, nil
		case ctx.Err() != nil:
			return nil, ctx.Err()
		case retryable(err) && attempt < maxAttempts:
			time.Sleep(time.Duration(attempt*attempt) * 10 * time.Millisecond)
			continue
		}
		return nil, writeError(err)
	}
}

// writeError is dbError for writes: a role refused the privilege to
// write finds the store read-only.
func writeError(err error) error {
	if isCode(err, codePrivilege) {
		return fmt.Errorf("%w: %w", graph.ErrReadOnly, err)
	}
	return dbError(err)
}

// putOnce writes a batch in one transaction, in the writers' turn.
func (s *Store) putOnce(ctx context.Context, arts []*article) ([]graph.PutResult, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer rollback(tx)
	if s.lock > 0 {
		if _, err := tx.Exec(ctx, fmt.Sprintf("SET LOCAL lock_timeout = %d", s.lock.Milliseconds())); err != nil {
			return nil, fmt.Errorf("lock timeout: %w", err)
		}
	}
	var version int
	var writes int64
	if err := tx.QueryRow(ctx, `SELECT schema_version, writes FROM kg_store WHERE id = 1 FOR UPDATE`).Scan(&version, &writes); err != nil {
		if isCode(err, codeLockNotAvailable) {
			return nil, fmt.Errorf("another kg has been writing for %v: %w", s.lock, graph.ErrLocked)
		}
		return nil, fmt.Errorf("take the writers' turn: %w", err)
	}
	if version != SchemaVersion {
		return nil, fmt.Errorf("schema version %d, this kg writes %d: %w", version, SchemaVersion, graph.ErrNewerStore)
	}
	if writes != s.cache.Version {
		s.cache.Reset(writes) // another writer wrote since
	}
	p := newPutter(ctx, tx, s.afterStage, s.names, s.cache)
	out, err := p.putBatch(arts)
	if err != nil {
		return nil, err
	}
	if _, err := tx.Exec(ctx, `UPDATE kg_store SET writes = writes + 1 WHERE id = 1`); err != nil {
		return nil, fmt.Errorf("count the batch: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	s.names.add(p.named)
	remember(s.cache, writes+1, p.order, p.deleted)
	return out, nil
}

// article is an extraction of the batch, with what Put computes of it
// before it talks to the database.
type article struct {
	ex      *graph.Extraction
	ents    []graph.Entity // graph.EntitiesOf
	facts   []factRef      // graph.StoredFacts
	persons []personRef    // graph.MentionsOf
}

// factRef is a fact with its ends as indexes into article.ents.
type factRef struct {
	graph.Fact
	subject, object int
}

// personRef is a person mention with its key and context as indexes
// into article.ents.
type personRef struct {
	key     int
	context [4][]int
	facts   int // facts of the article about the person
}

// prepare checks the extractions of a batch and computes what Put needs
// of each, on every core.
func prepare(batch []*graph.Extraction) ([]*article, error) {
	arts := make([]*article, len(batch))
	errs := make([]error, len(batch))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(batch)) {
		wg.Go(func() {
			for i := range next {
				arts[i], errs[i] = prepareOne(batch[i])
			}
		})
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("extraction %d: %w", i, err)
		}
	}
	return arts, nil
}

func prepareOne(ex *graph.Extraction) (*article, error) {
	if err := graph.CheckExtraction(ex); err != nil {
		return nil, err
	}
	ents, index, err := graph.EntitiesOf(ex)
	if err != nil {
		return nil, err
	}
	a := &article{ex: ex, ents: ents}
	counts := make([]int, len(ents))
	for _, f := range graph.StoredFacts(ex) {
		r := factRef{Fact: f, subject: index[f.Subject], object: index[f.Object]}
		a.facts = append(a.facts, r)
		counts[r.subject]++
		if r.object != r.subject {
			counts[r.object]++
		}
	}
	for _, pm := range graph.MentionsOf(ex) {
		r := personRef{key: index[pm.Key]}
		r.facts = counts[r.key]
		for i, l := range [][]string{pm.Orgs, pm.Positions, pm.Places, pm.Events} {
			for _, id := range l {
				r.context[i] = append(r.context[i], index[id])
			}
		}
		a.persons = append(a.persons, r)
	}
	return a, nil
}

// putter writes one batch inside its transaction.
type putter struct {
	ctx   context.Context
	tx    pgx.Tx
	stage func(string) // test hook, called after each stage

	ents    map[string]*entState // the batch's entities, by ID
	byN     map[int64]*entState  // and by number, once known
	order   []*entState          // first seen first
	facts   map[int64]int        // entity number → change of entities.facts
	rels    map[string]int       // change of relation_counts
	rebuild map[int64]bool       // person keys that lost mentions
	gone    map[int64]bool       // entities listed by a deleted article
	pending map[int64][]*mention // new mentions, by person key
	known   *nameCache           // names stored by earlier batches
	named   []nameKey            // names the batch stores
	cache   *entityCache         // entities as earlier batches stored them
	deleted bool                 // the batch deleted entities
	nb      *nbDeltas            // changes to the neighbor index
}

// entState is what the batch knows of an entity.
type entState struct {
	id     string
	n      int64
	stored *graph.Entity // as stored before the batch, nil when new
	merged *graph.Entity // with what the batch says
	names  []string      // every name the batch gives it
	facts  int           // facts of the batch about it
}

func newPutter(ctx context.Context, tx pgx.Tx, stage func(string), known *nameCache, cache *entityCache) *putter {
	return &putter{
		ctx: ctx, tx: tx, stage: stage, known: known, cache: cache,
		ents: map[string]*entState{}, byN: map[int64]*entState{}, facts: map[int64]int{}, rels: map[string]int{},
		rebuild: map[int64]bool{}, gone: map[int64]bool{}, pending: map[int64][]*mention{},
		nb: newNBDeltas(),
	}
}

func (p *putter) after(stage string) error {
	if p.stage != nil {
		p.stage(stage)
	}
	return p.ctx.Err()
}

// putBatch writes the batch, stage by stage.
func (p *putter) putBatch(arts []*article) ([]graph.PutResult, error) {
	out, keep, err := p.decide(arts)
	if err != nil {
		return nil, err
	}
	if err := p.after("decide"); err != nil {
		return nil, err
	}
	states, err := p.entities(keep)
	if err != nil {
		return nil, err
	}
	if err := p.after("entities"); err != nil {
		return nil, err
	}
	if err := p.articles(keep, states); err != nil {
		return nil, err
	}
	if err := p.after("articles"); err != nil {
		return nil, err
	}
	if err := p.counts(); err != nil {
		return nil, err
	}
	if err := p.neighbors(); err != nil {
		return nil, err
	}
	if err := p.resolve(); err != nil {
		return nil, err
	}
	if err := p.after("persons"); err != nil {
		return nil, err
	}
	if err := p.collect(); err != nil {
		return nil, err
	}
	return out, p.after("done")
}

// exec runs a statement; what says what it does, for errors.
func (p *putter) exec(what, sql string, args ...any) error {
	if _, err := p.tx.Exec(p.ctx, sql, args...); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// query runs a query and calls scan on each row.
func (p *putter) query(what, sql string, args []any, scan func(pgx.Rows) error) error {
	if err := scanRows(p.ctx, p.tx, sql, args, scan); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// copyRows writes rows into a table with COPY.
func (p *putter) copyRows(what, table string, cols []string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := p.tx.CopyFrom(p.ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// querier is what scanRows reads from: a transaction or the pool.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

func scanRows(ctx context.Context, q querier, sql string, args []any, scan func(pgx.Rows) error) error {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// decide gives each extraction its status, deletes the articles the batch
// replaces and returns the articles to write.
func (p *putter) decide(arts []*article) ([]graph.PutResult, []*article, error) {
	var hashes, sources []string
	seen := map[string]bool{}
	for _, a := range arts {
		if h := a.ex.Article.Hash; !seen[h] {
			seen[h] = true
			hashes = append(hashes, h)
		}
		if s := a.ex.Article.Source; s != "" && !seen["\x00"+s] {
			seen["\x00"+s] = true
			sources = append(sources, s)
		}
	}
	stored := map[string]bool{}
	err := p.query("find hashes", `SELECT hash FROM articles WHERE hash = ANY($1)`, []any{hashes}, func(r pgx.Rows) error {
		var h string
		err := r.Scan(&h)
		stored[h] = true
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	type old struct {
		n    int64
		hash string
	}
	olds := map[string][]old{}
	err = p.query("find sources", `SELECT n, hash, source FROM articles WHERE source = ANY($1) ORDER BY n`, []any{sources},
		func(r pgx.Rows) error {
			var o old
			var source string
			err := r.Scan(&o.n, &o.hash, &source)
			olds[source] = append(olds[source], o)
			return err
		})
	if err != nil {
		return nil, nil, err
	}

	out := make([]graph.PutResult, len(arts))
	var keep []*article
	var removed []int64
	added := map[string]bool{}   // hashes the batch adds
	bySource := map[string]int{} // source → its article in keep
	for i, a := range arts {
		meta := a.ex.Article
		out[i] = graph.PutResult{Article: graph.ArticleID(meta.Hash), Source: meta.Source,
			Entities: len(a.ex.Entities), Facts: len(a.ex.Facts), Status: graph.Added}
		if stored[meta.Hash] || added[meta.Hash] {
			out[i].Status = graph.Unchanged
			continue
		}
		if a.ex.Known {
			out[i].Status = graph.Missing // not extracted, and its content is gone since
			continue
		}
		if s := meta.Source; s != "" {
			if j, ok := bySource[s]; ok && keep[j] != nil {
				delete(added, keep[j].ex.Article.Hash)
				keep[j] = nil
				out[i].Status = graph.Replaced
			}
			for _, o := range olds[s] {
				removed = append(removed, o.n)
				delete(stored, o.hash)
				out[i].Status = graph.Replaced
			}
			delete(olds, s)
			bySource[s] = len(keep)
		}
		added[meta.Hash] = true
		keep = append(keep, a)
	}
	if err := p.remove(removed); err != nil {
		return nil, nil, err
	}
	return out, slices.DeleteFunc(keep, func(a *article) bool { return a == nil }), nil
}

// remove deletes stored articles, their facts and mentions, and counts
// them out.
func (p *putter) remove(ns []int64) error {
	if len(ns) == 0 {
		return nil
	}
	err := p.query("read replaced facts", `SELECT article, subject, relation, object FROM facts WHERE article = ANY($1)`, []any{ns},
		func(r pgx.Rows) error {
			var a, s, o int64
			var rel string
			if err := r.Scan(&a, &s, &rel, &o); err != nil {
				return err
			}
			p.nb.count(a, s, rel, o, -1)
			p.rels[rel]--
			p.facts[s]--
			if o != s {
				p.facts[o]--
			}
			return nil
		})
	if err != nil {
		return err
	}
	// The persons whose groups are formed again, and the entities that
	// may be left unreferenced.
	for _, mark := range []struct {
		what, query string
		set         map[int64]bool
	}{
		{"read replaced mentions", `SELECT person FROM person_mentions WHERE article = ANY($1)`, p.rebuild},
		{"read replaced entities", `SELECT entity FROM article_entities WHERE article = ANY($1)`, p.gone},
	} {
		err = p.query(mark.what, mark.query, []any{ns}, func(r pgx.Rows) error {
			var n int64
			err := r.Scan(&n)
			mark.set[n] = true
			return err
		})
		if err != nil {
			return err
		}
	}
	for _, q := range []string{
		`DELETE FROM facts WHERE article = ANY($1)`,
		`DELETE FROM person_mentions WHERE article = ANY($1)`,
		`DELETE FROM article_entities WHERE article = ANY($1)`,
		`DELETE FROM articles WHERE n = ANY($1)`,
	} {
		if err := p.exec("delete replaced articles", q, ns); err != nil {
			return err
		}
	}
	return nil
}

// entities stores the entities of the articles, new or merged into the
// stored ones, and numbers them. It returns each article's entities'
// states, in the order of article.ents.
func (p *putter) entities(arts []*article) ([][]*entState, error) {
	states := make([][]*entState, len(arts))
	for i, a := range arts {
		states[i] = make([]*entState, len(a.ents))
		for j := range a.ents {
			e := &a.ents[j]
			st := p.ents[e.ID]
			if st == nil {
				st = &entState{id: e.ID}
				p.ents[e.ID] = st
				p.order = append(p.order, st)
			}
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				if name != "" && !slices.Contains(st.names, name) {
					st.names = append(st.names, name)
				}
			}
			states[i][j] = st
		}
		for _, f := range a.facts {
			states[i][f.subject].facts++
			if f.object != f.subject {
				states[i][f.object].facts++
			}
		}
	}
	// The stored entities first, then what the batch says, by
	// graph.AddEntity's rule; those the cache holds are not read.
	merged := graph.New()
	ids := make([]string, 0, len(p.ents))
	for id, st := range p.ents {
		if c := p.cache.Get(id); c != nil {
			e := c.e
			st.n, st.stored = c.n, &e
			merged.AddEntity(e)
		} else {
			ids = append(ids, id)
		}
	}
	var err error
	if len(ids) > 0 {
		err = p.query("find entities", `SELECT `+entityFields+` FROM entities WHERE id = ANY($1)`,
			[]any{ids}, func(r pgx.Rows) error {
				var n int64
				e, err := scanEntity(r, &n)
				if err != nil {
					return err
				}
				st := p.ents[e.ID]
				st.n, st.stored = n, e
				merged.AddEntity(*e)
				return nil
			})
	}
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		for _, e := range a.ents {
			merged.AddEntity(e)
		}
	}

	var add entityColumns
	var changed entityColumns
	for _, st := range p.order {
		st.merged, _ = merged.Entity(st.id)
		switch {
		case st.stored == nil:
			add.append(0, st.merged, st.facts)
		case !sameFields(st.stored, st.merged):
			changed.append(st.n, st.merged, 0)
		}
		if st.stored != nil && st.facts != 0 {
			p.facts[st.n] += st.facts
		}
	}
	err = p.query("insert entities", `INSERT INTO entities (id, kind, name, class, role, date, end_date, text, facts)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[])
		RETURNING id, n`, add.args(), func(r pgx.Rows) error {
		var id string
		var n int64
		err := r.Scan(&id, &n)
		p.ents[id].n = n
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(changed.ids) > 0 {
		err = p.exec("update entities", `UPDATE entities SET name = v.name, class = v.class, role = v.role,
			date = v.date, end_date = v.end_date, text = v.text
			FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
				AS v(n, name, class, role, date, end_date, text)
			WHERE entities.n = v.n`, changed.ns, changed.names, changed.classes, changed.roles, changed.dates, changed.ends, changed.texts)
		if err != nil {
			return nil, err
		}
	}
	for _, st := range p.order {
		p.byN[st.n] = st
	}
	return states, p.names()
}

// sameFields reports whether two entities have the same stored fields.
func sameFields(a, b *graph.Entity) bool {
	return a.Name == b.Name && a.Class == b.Class && a.Role == b.Role && a.Date == b.Date && a.End == b.End && a.Text == b.Text
}

// entityColumns are the columns of entities to write, as arrays.
type entityColumns struct {
	ns                                                    []int64
	ids, kinds, names, classes, roles, dates, ends, texts []string
	facts                                                 []int64
}

func (c *entityColumns) append(n int64, e *graph.Entity, facts int) {
	c.ns = append(c.ns, n)
	c.ids = append(c.ids, e.ID)
	c.kinds = append(c.kinds, e.Kind.String())
	c.names = append(c.names, e.Name)
	c.classes = append(c.classes, e.Class.String())
	c.roles = append(c.roles, e.Role)
	c.dates = append(c.dates, e.Date.String())
	c.ends = append(c.ends, e.End.String())
	c.texts = append(c.texts, e.Text)
	c.facts = append(c.facts, int64(facts))
}

func (c *entityColumns) args() []any {
	return []any{c.ids, c.kinds, c.names, c.classes, c.roles, c.dates, c.ends, c.texts, c.facts}
}

// names stores the names the batch gives its entities that the store
// does not hold yet, and their words. known, when not nil, holds names
// already stored: entity numbers are never reused and names go only with
// their entity, so that a name once stored stays as long as its number
// means anything.
func (p *putter) names() error {
	var ents []int64
	var names, folded []string
	var counts []int32
	for _, st := range p.order {
		for _, name := range st.names {
			if p.known.has(st.n, name) {
				continue
			}
			ws := words(name)
			ents = append(ents, st.n)
			names = append(names, name)
			folded = append(folded, joinWords(ws))
			counts = append(counts, int32(len(ws)))
		}
	}
	if len(ents) == 0 {
		return nil
	}
	var wNames []int64
	var wWords []string
	var wCounts []int32
	err := p.query("insert names", `INSERT INTO names (entity, name, folded, words)
		SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[]) ON CONFLICT DO NOTHING
		RETURNING n, folded, words`, []any{ents, names, folded, counts}, func(r pgx.Rows) error {
		var n int64
		var f string
		var count int32
		if err := r.Scan(&n, &f, &count); err != nil {
			return err
		}
		for _, w := range distinct(strings.Fields(f)) { // the words, as folded joined them
			wNames = append(wNames, n)
			wWords = append(wWords, w)
			wCounts = append(wCounts, count)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, n := range ents {
		p.named = append(p.named, nameKey{n, names[i]})
	}
	if len(wNames) == 0 {
		return nil
	}
	return p.exec("insert name words", `INSERT INTO name_words (word, name, words)
		SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[])`, wWords, wNames, wCounts)
}

func joinWords(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}

// articles writes the articles with their facts, and prepares their
// person mentions.
func (p *putter) articles(arts []*article, states [][]*entState) error {
	if len(arts) == 0 {
		return nil
	}
	var ids, hashes, sources, titles, published, authors, publishers, texts []string
	byHash := map[string]int{}
	for i, a := range arts {
		m := a.ex.Article
		byHash[m.Hash] = i
		ids = append(ids, graph.ArticleID(m.Hash))
		hashes = append(hashes, m.Hash)
		sources = append(sources, m.Source)
		titles = append(titles, m.Title)
		published = append(published, m.Published.String())
		authors = append(authors, m.Author)
		publishers = append(publishers, m.Publisher)
		texts = append(texts, m.Text)
	}
	ns := make([]int64, len(arts))
	err := p.query("insert articles", `INSERT INTO articles (id, hash, source, title, published, author, publisher, text)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
		RETURNING hash, n`, []any{ids, hashes, sources, titles, published, authors, publishers, texts},
		func(r pgx.Rows) error {
			var h string
			var n int64
			err := r.Scan(&h, &n)
			ns[byHash[h]] = n
			return err
		})
	if err != nil {
		return err
	}

	var facts, listed [][]any
	dates := map[graph.Date]string{} // Date.String is slow
	for i, a := range arts {
		an := ns[i]
		st := states[i]
		for seq, f := range a.facts {
			rel := f.Relation.String()
			asOf, ok := dates[f.AsOf]
			if !ok {
				asOf = f.AsOf.String()
				dates[f.AsOf] = asOf
			}
			facts = append(facts, []any{an, int32(seq), st[f.subject].n, rel, st[f.object].n, f.Former, asOf,
				int32(f.Prov.Start), int32(f.Prov.End), f.Prov.Rule})
			p.rels[rel]++
			p.nb.count(an, st[f.subject].n, rel, st[f.object].n, 1)
		}
		for _, e := range st {
			listed = append(listed, []any{an, e.n})
		}
		date := graph.DatedString(a.ex.Article.Published.String())
		for _, r := range a.persons {
			e := &a.ents[r.key]
			m := &mention{GroupMention: graph.GroupMention{Article: an, Hash: a.ex.Article.Hash, Date: date,
				Names: append([]string{e.Name}, e.Aliases...)}, facts: r.facts}
			for l, idx := range r.context {
				for _, j := range idx {
					m.Context[l] = append(m.Context[l], st[j].n)
				}
				slices.Sort(m.Context[l])
				m.Context[l] = slices.Compact(m.Context[l])
			}
			key := st[r.key].n
			p.pending[key] = append(p.pending[key], m)
		}
	}
	if err := p.copyRows("insert facts", "facts",
		[]string{"article", "seq", "subject", "relation", "object", "former", "as_of", "span_start", "span_end", "rule"}, facts); err != nil {
		return err
	}
	return p.copyRows("list entities", "article_entities", []string{"article", "entity"}, listed)
}

// counts writes what the batch changed of the counts of facts, by entity
// and by relation.
func (p *putter) counts() error {
	var ns, deltas []int64
	for n, d := range p.facts {
		if d != 0 {
			ns = append(ns, n)
			deltas = append(deltas, int64(d))
		}
	}
	if len(ns) > 0 {
		err := p.exec("count facts", `UPDATE entities SET facts = entities.facts + v.d
			FROM unnest($1::bigint[], $2::bigint[]) AS v(n, d) WHERE entities.n = v.n`, ns, deltas)
		if err != nil {
			return err
		}
	}
	var rels []string
	var counts []int64
	for _, r := range graph.Relations() {
		if d := p.rels[r.String()]; d != 0 {
			rels = append(rels, r.String())
			counts = append(counts, int64(d))
		}
	}
	if len(rels) == 0 {
		return nil
	}
	return p.exec("count relations", `INSERT INTO relation_counts (relation, facts)
		SELECT * FROM unnest($1::text[], $2::bigint[])
		ON CONFLICT (relation) DO UPDATE SET facts = relation_counts.facts + excluded.facts`, rels, counts)
}

// collect deletes the entities of deleted articles that nothing refers to
// any more: no article lists them, no person group is of them.
func (p *putter) collect() error {
	if len(p.gone) == 0 {
		return nil
	}
	gone := make([]int64, 0, len(p.gone))
	for n := range p.gone {
		gone = append(gone, n)
	}
	slices.Sort(gone)
	var unused []int64
	err := p.query("find unused entities", `SELECT n FROM entities e WHERE n = ANY($1)
		AND NOT EXISTS (SELECT 1 FROM article_entities a WHERE a.entity = e.n)
		AND NOT EXISTS (SELECT 1 FROM person_groups g WHERE g.person = e.n)`, []any{gone}, func(r pgx.Rows) error {
		var n int64
		err := r.Scan(&n)
		unused = append(unused, n)
		return err
	})
	if err != nil || len(unused) == 0 {
		return err
	}
	p.deleted = true
	// The words of their names, found by the words and the names' counts
	// of words (the key of name_words).
	var wNames []int64
	var wWords []string
	var wCounts []int32
	err = p.query("read unused names", `SELECT n, name, words FROM names WHERE entity = ANY($1)`, []any{unused}, func(r pgx.Rows) error {
		var n int64
		var name string
		var count int32
		if err := r.Scan(&n, &name, &count); err != nil {
			return err
		}
		for _, w := range distinct(words(name)) {
			wNames = append(wNames, n)
			wWords = append(wWords, w)
			wCounts = append(wCounts, count)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = p.exec("delete unused words", `DELETE FROM name_words w USING unnest($1::text[], $2::int[], $3::bigint[]) AS v(word, words, name)
		WHERE w.word = v.word AND w.words = v.words AND w.name = v.name`, wWords, wCounts, wNames)
	if err != nil {
		return err
	}
	for _, q := range []string{
		`DELETE FROM names WHERE entity = ANY($1)`,
		`DELETE FROM entities WHERE n = ANY($1)`,
	} {
		if err := p.exec("delete unused entities", q, unused); err != nil {
			return err
		}
	}
	return nil
}

// isCode reports whether err is a PostgreSQL error of SQLSTATE code.
func isCode(err error, code string) bool {
	var pe interface{ SQLState() string }
	return errors.As(err, &pe) && pe.SQLState() == code
}

// nameKey is a name of an entity.
type nameKey struct {
	entity int64
	name   string
}

// nameCache remembers names a writer stored, so that the next batches
// send only new ones. It may miss names others stored (they are then
// sent, and skipped by ON CONFLICT); it never holds a name that is not
// stored for that number.
type nameCache struct {
	known map[nameKey]bool
}

// maxCachedNames bounds the cache: past it, it starts again empty.
const maxCachedNames = 1 << 21

func (c *nameCache) has(n int64, name string) bool { return c.known[nameKey{n, name}] }

// add remembers names a committed batch stored.
func (c *nameCache) add(keys []nameKey) {
	if len(c.known)+len(keys) > maxCachedNames {
		c.known = map[nameKey]bool{}
	}
	for _, k := range keys {
		c.known[k] = true
	}
}

// HasContent reports, for each content hash, whether the store holds an
// article of that content (see graph.Writer): one probe of the hashes'
// index each.
func (s *Store) HasContent(ctx context.Context, hashes []string) ([]bool, error) {
	out := make([]bool, len(hashes))
	if len(hashes) == 0 {
		return out, nil
	}
	have := map[string]bool{}
	q, args := byKey(hashes, "hash", "articles", "hash")
	err := scanRows(ctx, s.pool, q, args, func(r pgx.Rows) error {
		var h string
		err := r.Scan(&h)
		have[h] = true
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("look up %d contents: %w", len(hashes), dbError(err))
	}
	for i, h := range hashes {
		out[i] = have[h]
	}
	return out, nil
}
