package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"kg/graph"
)

// Put stores a batch of extractions in one transaction: all of them or
// none. An extraction's identity is its content hash: an article already
// stored with the same hash is Unchanged and nothing of it is written. An
// article from a Source already stored under another hash Replaced that
// article: its facts and mentions are deleted, and the entities no other
// article lists. Otherwise the article is Added. An empty Source replaces
// nothing. The batch is read in order: an extraction may replace one
// earlier in the batch.
//
// Entities other than persons are shared by ID across articles: the
// name graph.Prefer chooses is the name, the others become aliases, and
// the other fields (class, role, dates, text) are chosen the same way;
// all of these stay while the entity does, even when the article that
// gave them is replaced. How the articles are split into batches does
// not change the graph the store gives back. The article itself is
// stored as an entity (kind Article, named by its title, dated by its
// publication, its Text the source). A fact's provenance article is
// always the article of the extraction it came in; a fact repeated in an
// extraction is stored once. Fact ends missing from the extraction's
// entities are created from their IDs, named by their key.
//
// Once the batch is written, the persons of every key it added or removed
// mentions of are resolved again, with the result graph.ResolvePersons
// gives over all the key's mentions in the store. The store keeps each
// key's groups of mentions (rule 1 of ResolvePersons), so that adding
// mentions reads none of the older ones; removing some (Replaced) groups
// the key's mentions again from scratch.
//
// The neighbor index (see Store.Neighbors) is brought up to date in the
// same transaction: the rows of the batch's facts are counted in, those
// of replaced articles out, and the rows of persons whose mentions were
// grouped again follow their groups.
//
// Put writes in bulk, a few statements per batch and table, since a
// statement costs the pure-Go driver several microseconds: batches of
// hundreds of articles ingest fastest. When ctx is done before the batch
// is committed, nothing of it is stored and Put returns ctx.Err().
func (s *Store) Put(ctx context.Context, batch []*graph.Extraction) ([]graph.PutResult, error) {
	out, err := s.put(ctx, batch)
	if err != nil {
		n := fmt.Sprintf("%d articles", len(batch))
		if len(batch) == 1 {
			n = "1 article"
		}
		return nil, fmt.Errorf("put %s in %s: %w", n, s.path, dbError(err))
	}
	return out, nil
}

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
	var w *writer
	select {
	case w = <-s.write:
		defer func() { s.write <- w }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	out, err := w.put(ctx, arts, s.afterStage)
	if err != nil {
		w.cache.Reset(-1) // it may hold what was rolled back
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, dbError(err)
	}
	w.cache.EndBatch()
	return out, nil
}

// put writes a batch in one transaction.
func (w *writer) put(ctx context.Context, arts []*article, stage func(string)) ([]graph.PutResult, error) {
	tx, err := w.conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	var version int64
	if err := tx.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&version); err != nil {
		return nil, fmt.Errorf("data version: %w", err)
	}
	if version != w.cache.Version {
		w.cache.Reset(version) // another process wrote to the store
	}
	p, err := newPutter(ctx, tx, w.stmts, w.cache, stage)
	if err != nil {
		return nil, err
	}
	defer p.close()
	out, err := p.putBatch(arts)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return out, nil
}

// article is an extraction of the batch, with what Put computes of it.
type article struct {
	ex       *graph.Extraction
	ents     []graph.Entity // graph.EntitiesOf
	facts    []factRef      // the facts, without repeats
	persons  []personRef    // graph.MentionsOf
	states   []*entState    // the batch's record of each of ents
	n        int64          // articles.n, once written
	mentions []*mention
}

// factRef is a fact, an index into the extraction's, with its ends as
// indexes into article.ents.
type factRef struct {
	fact            int32
	subject, object int32
}

// personRef is a person mention with its key and context as indexes
// into article.ents.
type personRef struct {
	key     int32
	context [4][]int32
	facts   int // facts of the article about the person
}

// prepare checks the extractions of a batch and computes what Put needs
// of each that the store does not tell, on every core.
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
	a := &article{ex: ex, ents: ents, facts: make([]factRef, 0, len(ex.Facts))}
	// A fact's provenance article is the article's; repeats are dropped.
	aid := graph.ArticleID(ex.Article.Hash)
	seen := make(map[graph.Fact]struct{}, len(ex.Facts))
	for i, f := range ex.Facts {
		f.Prov.Article = aid
		if _, ok := seen[f]; !ok {
			seen[f] = struct{}{}
			a.facts = append(a.facts, factRef{int32(i), int32(index[f.Subject]), int32(index[f.Object])})
		}
	}
	facts := make([]int, len(ents))
	for _, f := range a.facts {
		facts[f.subject]++
		if f.object != f.subject {
			facts[f.object]++
		}
	}
	for _, pm := range graph.MentionsOf(ex) {
		r := personRef{key: int32(index[pm.Key])}
		r.facts = facts[r.key]
		for i, l := range [][]string{pm.Orgs, pm.Positions, pm.Places, pm.Events} {
			for _, id := range l {
				r.context[i] = append(r.context[i], int32(index[id]))
			}
		}
		a.persons = append(a.persons, r)
	}
	return a, nil
}

// oldArticle is a stored article a batch replaces.
type oldArticle struct {
	n                    int64
	hash                 string
	ends, persons, facts string
}

// putter writes one batch inside its transaction.
type putter struct {
	ctx      context.Context
	tx       *sql.Tx
	prepared *statements            // prepared for the writer's connection
	inTx     map[chunkKey]*sql.Stmt // those, in the transaction
	cache    *cache
	stage    func(string) // test hook, called after each stage

	ents    map[string]*entState // by ID: the entities of the batch
	byN     map[int64]*entState  // by number: those, and those of deleted articles
	pending map[int64][]*mention // new mentions, by person key
	rebuild map[int64]bool       // person keys that lost mentions
	gone    map[int64]bool       // entities listed by a deleted article
	rels    map[string]int       // change of relation_counts
	nb      nbDeltas             // change of the neighbor index
	moved   map[mentionKey]int64 // (person key, group) → the group it joined
	names0  int64                // names.n before the batch: later ones are not in names_fts yet
	art0    int64                // articles.n before the batch: later ones are not in ends_fts yet
}

// entState is what the batch knows and changes of an entity.
type entState struct {
	n          int64
	id         string
	stored     bool // it was in the store before the batch
	kind       string
	name       string // the display name
	storedName string // the display name before the batch, in names already
	class      string
	role       string
	date       string
	end        string
	text       string
	dirty      bool     // a stored field above changed
	names      []string // names seen in the batch, in order
	facts      int      // change of entity_facts.facts
}

func newPutter(ctx context.Context, tx *sql.Tx, prepared *statements, c *cache, stage func(string)) (*putter, error) {
	p := &putter{
		ctx: ctx, tx: tx, prepared: prepared, inTx: map[chunkKey]*sql.Stmt{}, cache: c, stage: stage,
		ents: map[string]*entState{}, byN: map[int64]*entState{},
		pending: map[int64][]*mention{}, rebuild: map[int64]bool{}, gone: map[int64]bool{},
		rels: map[string]int{}, nb: nbDeltas{}, moved: map[mentionKey]int64{},
	}
	err := tx.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(n), 0) FROM names), (SELECT coalesce(max(n), 0) FROM articles)`).
		Scan(&p.names0, &p.art0)
	if err != nil {
		return nil, fmt.Errorf("last rows: %w", err)
	}
	return p, nil
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
	if err := p.entities(keep); err != nil {
		return nil, err
	}
	if err := p.after("entities"); err != nil {
		return nil, err
	}
	if err := p.articles(keep); err != nil {
		return nil, err
	}
	if err := p.after("articles"); err != nil {
		return nil, err
	}
	if err := p.counts(); err != nil {
		return nil, err
	}
	if err := p.resolve(); err != nil {
		return nil, err
	}
	if err := p.after("persons"); err != nil {
		return nil, err
	}
	if err := p.neighbors(keep); err != nil {
		return nil, err
	}
	if err := p.after("neighbors"); err != nil {
		return nil, err
	}
	if err := p.index(); err != nil {
		return nil, err
	}
	if err := p.collect(); err != nil {
		return nil, err
	}
	return out, p.after("done")
}

// decide gives each extraction its status, deletes the articles the batch
// replaces and returns the articles to write.
func (p *putter) decide(arts []*article) ([]graph.PutResult, []*article, error) {
	var hashes, sources []any
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
	err := p.chunked("find hashes", `SELECT hash FROM articles WHERE hash IN (%s)`, 1, hashes, func(r *sql.Rows) error {
		var h string
		err := r.Scan(&h)
		stored[h] = true
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	olds := map[string][]oldArticle{}
	err = p.chunked("find sources", `SELECT n, hash, source, ends, persons, facts FROM articles
		WHERE source IN (%s) AND source <> ''`, 1, sources, // "<> ''" lets the partial index serve
		func(r *sql.Rows) error {
			var o oldArticle
			var source string
			err := r.Scan(&o.n, &o.hash, &source, &o.ends, &o.persons, &o.facts)
			olds[source] = append(olds[source], o)
			return err
		})
	if err != nil {
		return nil, nil, err
	}

	out := make([]graph.PutResult, len(arts))
	var keep []*article
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
				if err := p.remove(o); err != nil {
					return nil, nil, err
				}
				delete(stored, o.hash)
				out[i].Status = graph.Replaced
			}
			delete(olds, s)
			bySource[s] = len(keep)
		}
		added[meta.Hash] = true
		keep = append(keep, a)
	}
	return out, slices.DeleteFunc(keep, func(a *article) bool { return a == nil }), nil
}

// remove deletes a stored article, its mentions and its facts.
func (p *putter) remove(o oldArticle) error {
	for f := range strings.FieldsSeq(o.ends) {
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return fmt.Errorf("article %d: bad entity list", o.n)
		}
		p.gone[n] = true
	}
	facts, err := parseFacts(o.facts)
	if err != nil {
		return fmt.Errorf("article %d: %w", o.n, err)
	}
	for _, f := range facts {
		p.rels[f.relation]--
		p.stateN(f.subject).facts--
		if f.object != f.subject {
			p.stateN(f.object).facts--
		}
	}
	persons, err := parseInts(o.persons)
	if err != nil {
		return fmt.Errorf("article %d: %w", o.n, err)
	}
	for _, n := range persons {
		p.rebuild[n] = true
	}
	if err := p.unstate(o, facts, persons); err != nil {
		return err
	}
	if err := p.exec("delete mentions", `DELETE FROM person_mentions WHERE article = ?`, o.n); err != nil {
		return err
	}
	if err := p.exec("unindex article", `INSERT INTO ends_fts (ends_fts, rowid, ends) VALUES ('delete', ?, ?)`, o.n, o.ends); err != nil {
		return err
	}
	if err := p.exec("delete text", `DELETE FROM article_texts WHERE n = ?`, o.n); err != nil {
		return err
	}
	return p.exec("delete article", `DELETE FROM articles WHERE n = ?`, o.n)
}

// stateN returns the batch's record of entity n, creating an empty one.
func (p *putter) stateN(n int64) *entState {
	st := p.byN[n]
	if st == nil {
		st = &entState{n: n, stored: true}
		p.byN[n] = st
	}
	return st
}

// entities stores the entities of the articles, new or merged into the
// stored ones, and numbers them.
func (p *putter) entities(arts []*article) error {
	var order []*entState // first seen first
	for _, a := range arts {
		a.states = make([]*entState, len(a.ents))
		for i := range a.ents {
			e := &a.ents[i]
			st := p.ents[e.ID]
			if st == nil {
				st = &entState{id: e.ID, kind: e.Kind.String(), name: e.Name}
				p.ents[e.ID] = st
				order = append(order, st)
			}
			st.merge(e)
			a.states[i] = st
		}
		for _, f := range a.facts {
			a.states[f.subject].facts++
			if f.object != f.subject {
				a.states[f.object].facts++
			}
		}
	}
	// The stored fields, from the cache or the store, then what the batch
	// fills in.
	stored := func(c *cachedEntity) {
		st := p.ents[c.id]
		seen := *st
		st.n, st.stored, st.name, st.storedName, st.dirty = c.n, true, c.name, c.name, false
		st.class, st.role, st.date, st.end, st.text = c.class, c.role, c.date, c.end, c.text
		st.fill(seen)
	}
	var ids []any
	for _, st := range order {
		if c := p.cache.Get(st.id); c != nil {
			stored(c)
		} else {
			ids = append(ids, st.id)
		}
	}
	err := p.chunked("find entities", `SELECT n, id, name, class, role, date, end_date, text FROM entities WHERE id IN (%s)`, 1, ids,
		func(r *sql.Rows) error {
			var c cachedEntity
			if err := r.Scan(&c.n, &c.id, &c.name, &c.class, &c.role, &c.date, &c.end, &c.text); err != nil {
				return err
			}
			stored(&c)
			return nil
		})
	if err != nil {
		return err
	}

	var add []any
	for _, st := range order {
		if !st.stored {
			add = append(add, st.id, st.kind, st.name, st.class, st.role, st.date, st.end, st.text)
		}
	}
	err = p.chunked("insert entities", `INSERT OR FAIL INTO entities (id, kind, name, class, role, date, end_date, text)
		VALUES %s RETURNING id, n`, 8, add, func(r *sql.Rows) error {
		var id string
		var n int64
		err := r.Scan(&id, &n)
		p.ents[id].n = n
		return err
	})
	if err != nil {
		return err
	}
	var counts []any
	for _, st := range order {
		if !st.stored {
			counts = append(counts, st.n, st.facts)
		}
	}
	if err := p.chunked("count facts", `INSERT OR FAIL INTO entity_facts (n, facts) VALUES %s`, 2, counts, nil); err != nil {
		return err
	}
	var names []any
	article := graph.Article.String()
	for _, st := range order {
		if old := p.byN[st.n]; old != nil {
			st.facts += old.facts // counted by a deleted article
		}
		if !st.stored {
			st.facts = 0 // inserted with its count
		}
		p.byN[st.n] = st
		old := p.cache.Get(st.id)
		var known []string // names stored, but the display name
		if old != nil {
			known = old.names
		}
		for _, name := range st.names {
			if st.stored && name == st.storedName || slices.Contains(known, name) {
				continue // stored with the entity, or by an earlier batch
			}
			w := words(name)
			names = append(names, st.n, name, strings.Join(w, " "), len(w))
			if name != st.name {
				known = append(known, name)
			}
		}
		if st.kind == article && old == nil {
			// Named by one article only: no later batch looks it up, and
			// caching it would fill the cache with articles.
			continue
		}
		f := entityFields{n: st.n, id: st.id, name: st.name,
			class: st.class, role: st.role, date: st.date, end: st.end, text: st.text}
		if old == nil || old.entityFields != f {
			p.cache.Put(st.id, cachedEntity{entityFields: f, names: known})
		} else {
			old.names = known
		}
	}
	return p.chunked("insert names", `INSERT OR IGNORE INTO names (entity, name, folded, words) VALUES %s`, 4, names, nil)
}

// merge takes in what an extraction says of the entity. When two
// articles say different things of a field, the same one wins whatever
// the order they come in (see graph.Prefer): the store's contents depend on its
// articles, not on the order they were ingested.
func (st *entState) merge(e *graph.Entity) {
	st.addName(e.Name)
	for _, a := range e.Aliases {
		st.addName(a)
	}
	if graph.Prefer(e.Name, st.name) {
		st.name, st.dirty = e.Name, true
	}
	other := graph.OrgOther.String()
	if e.Class != graph.OrgOther {
		if c := e.Class.String(); st.class == "" || st.class == other || graph.Prefer(c, st.class) {
			st.class, st.dirty = c, true
		}
	} else if st.class == "" {
		st.class, st.dirty = other, true
	}
	if e.Role != "" && graph.Prefer(e.Role, st.role) {
		st.role, st.dirty = e.Role, true
	}
	if !e.Date.IsZero() {
		if d := e.Date.String(); graph.Prefer(d, st.date) {
			st.date, st.dirty = d, true
		}
	}
	if !e.End.IsZero() {
		if d := e.End.String(); graph.Prefer(d, st.end) {
			st.end, st.dirty = d, true
		}
	}
	if e.Text != "" && graph.Prefer(e.Text, st.text) {
		st.text, st.dirty = e.Text, true
	}
}

func (st *entState) addName(n string) {
	if n != "" && !slices.Contains(st.names, n) {
		st.names = append(st.names, n)
	}
}

// fill takes in what the batch says (o) over what the store held (st),
// by the same rule as merge.
func (st *entState) fill(o entState) {
	set := func(f *string, v, zero string) {
		if v != "" && v != *f && (*f == "" || *f == zero || v != zero && graph.Prefer(v, *f)) {
			*f = v
			st.dirty = true
		}
	}
	set(&st.name, o.name, "")
	set(&st.class, o.class, graph.OrgOther.String())
	set(&st.role, o.role, "")
	set(&st.date, o.date, "")
	set(&st.end, o.end, "")
	set(&st.text, o.text, "")
	for _, n := range o.names {
		if !slices.Contains(st.names, n) {
			st.names = append(st.names, n)
		}
	}
}

// articles writes the articles with their facts, and prepares their
// person mentions.
func (p *putter) articles(arts []*article) error {
	var rows []any
	byHash := map[string]*article{}
	dates := map[graph.Date]string{} // Date.String is slow
	mentions := graph.Mentions.String()
	for _, a := range arts {
		meta := a.ex.Article
		ends := make([]byte, 0, 8*len(a.ents))
		for i, st := range a.states {
			if i > 0 {
				ends = append(ends, ' ')
			}
			ends = strconv.AppendInt(ends, st.n, 10)
		}
		// seq is the fact's index among the extraction's facts without
		// repeats.
		facts := make([]storedFact, len(a.facts))
		for i, r := range a.facts {
			f := &a.ex.Facts[r.fact]
			rel := f.Relation.String()
			asOf, ok := dates[f.AsOf]
			if !ok {
				asOf = f.AsOf.String()
				dates[f.AsOf] = asOf
			}
			facts[i] = storedFact{seq: i, subject: a.states[r.subject].n, relation: rel, object: a.states[r.object].n,
				former: f.Former, asOf: asOf, start: f.Prov.Start, end: f.Prov.End, rule: f.Prov.Rule}
			p.rels[rel]++
		}
		persons := make([]int64, 0, len(a.persons))
		for _, r := range a.persons {
			m := &mention{GroupMention: graph.GroupMention{Hash: meta.Hash, Date: graph.DatedString(meta.Published.String())}, facts: r.facts}
			for i, l := range r.context {
				for _, e := range l {
					m.Context[i] = append(m.Context[i], a.states[e].n)
				}
				slices.Sort(m.Context[i])
				m.Context[i] = slices.Compact(m.Context[i])
			}
			e := &a.ents[r.key]
			m.Names = append([]string{e.Name}, e.Aliases...)
			pn := a.states[r.key].n
			persons = append(persons, pn)
			p.pending[pn] = append(p.pending[pn], m)
			a.mentions = append(a.mentions, m)
		}
		byHash[meta.Hash] = a
		var loops, own []int64
		for _, f := range facts {
			if f.subject == f.object && !slices.Contains(loops, f.subject) {
				loops = append(loops, f.subject)
			}
			if f.relation == mentions && f.subject == a.states[0].n { // the article's (see graph.EntitiesOf)
				own = append(own, f.object)
			}
		}
		rows = append(rows, graph.ArticleID(meta.Hash), meta.Hash, meta.Source, meta.Title, meta.Published.String(),
			meta.Author, meta.Publisher, string(ends), string(appendInts(nil, persons)), string(appendInts(nil, loops)),
			string(appendFacts(nil, facts)), ownMentions(own))
	}
	// Articles are big: fewer a statement.
	const width = 12
	for start := 0; start < len(rows); start += 50 * width {
		err := p.chunked("insert articles", `INSERT OR FAIL INTO articles
			(id, hash, source, title, published, author, publisher, ends, persons, loops, facts, mentions) VALUES %s
			RETURNING hash, n`, width, rows[start:min(len(rows), start+50*width)], func(r *sql.Rows) error {
			var h string
			var n int64
			err := r.Scan(&h, &n)
			a := byHash[h]
			a.n = n
			for _, m := range a.mentions {
				m.Article = n
			}
			return err
		})
		if err != nil {
			return err
		}
	}
	texts := make([]any, 0, 2*len(arts))
	for _, a := range arts {
		texts = append(texts, a.n, a.ex.Article.Text)
	}
	for start := 0; start < len(texts); start += 50 * 2 {
		err := p.chunked("insert texts", `INSERT OR FAIL INTO article_texts (n, text) VALUES %s`, 2, texts[start:min(len(texts), start+100)], nil)
		if err != nil {
			return err
		}
	}
	return nil
}

// counts writes what the batch changed of the entities and of the counts
// of relations.
func (p *putter) counts() error {
	var full, facts []any
	for _, n := range sortedKeys(p.byN) {
		st := p.byN[n]
		if st.dirty && st.stored {
			full = append(full, n, st.name, st.class, st.role, st.date, st.end, st.text)
		}
		if st.facts != 0 {
			facts = append(facts, n, st.facts)
		}
	}
	err := p.chunked("update entities", `UPDATE OR FAIL entities SET name = v.column2, class = v.column3, role = v.column4,
		date = v.column5, end_date = v.column6, text = v.column7
		FROM (VALUES %s) AS v WHERE entities.n = v.column1`, 7, full, nil)
	if err != nil {
		return err
	}
	err = p.chunked("count facts", `UPDATE OR FAIL entity_facts SET facts = facts + v.column2
		FROM (VALUES %s) AS v WHERE entity_facts.n = v.column1`, 2, facts, nil)
	if err != nil {
		return err
	}
	var rels []any
	for _, r := range graph.Relations() {
		if d := p.rels[r.String()]; d != 0 {
			rels = append(rels, r.String(), d)
		}
	}
	// An update of the rows there, then an insert of the others: an
	// upsert would need a statement journal (see writePragmas).
	err = p.chunked("count relations", `UPDATE OR FAIL relation_counts SET facts = facts + v.column2
		FROM (VALUES %s) AS v WHERE relation_counts.relation = v.column1`, 2, rels, nil)
	if err != nil {
		return err
	}
	return p.chunked("count relations", `INSERT OR IGNORE INTO relation_counts (relation, facts) VALUES %s`, 2, rels, nil)
}

// index adds the batch's articles and names to the FTS indexes.
func (p *putter) index() error {
	if err := p.exec("index articles", `INSERT INTO ends_fts (rowid, ends) SELECT n, ends FROM articles WHERE n > ?`, p.art0); err != nil {
		return err
	}
	return p.exec("index names", `INSERT INTO names_fts (rowid, folded) SELECT n, folded FROM names WHERE n > ?`, p.names0)
}

// collect deletes the entities of deleted articles that nothing refers to
// any more.
func (p *putter) collect() error {
	for _, n := range sortedKeys(p.gone) {
		var refs int
		err := p.tx.QueryRowContext(p.ctx, `SELECT
			(SELECT count(*) FROM (SELECT 1 FROM ends_fts WHERE ends_fts MATCH ?1 LIMIT 1)) +
			(SELECT count(*) FROM (SELECT 1 FROM person_groups WHERE person = ?2 LIMIT 1))`,
			strconv.Quote(strconv.FormatInt(n, 10)), n).Scan(&refs)
		if err != nil {
			return fmt.Errorf("find references: %w", err)
		}
		if refs > 0 {
			continue
		}
		for _, q := range []string{
			`INSERT INTO names_fts (names_fts, rowid, folded) SELECT 'delete', n, folded FROM names WHERE entity = ?`,
			`DELETE FROM names WHERE entity = ?`,
		} {
			if err := p.exec("delete entity", q, n); err != nil {
				return err
			}
		}
		if err := p.exec("delete entity", `DELETE FROM entity_facts WHERE n = ?`, n); err != nil {
			return err
		}
		err = p.query("delete entity", `DELETE FROM entities WHERE n = ? RETURNING id`, []any{n}, func(r *sql.Rows) error {
			var id string
			err := r.Scan(&id)
			p.cache.Delete(id)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func sortedKeys[V any](m map[int64]V) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// HasContent reports, for each content hash, whether the store holds an
// article of that content (see graph.Writer). It reads in a transaction
// of its own, beside a Put in progress (WAL: readers do not wait for the
// writer).
func (s *Store) HasContent(ctx context.Context, hashes []string) ([]bool, error) {
	out := make([]bool, len(hashes))
	if len(hashes) == 0 {
		return out, nil
	}
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, fmt.Errorf("look up %d contents: %w", len(hashes), err)
	}
	defer tx.Rollback()
	list, _ := json.Marshal(hashes) // strings always marshal
	have := map[string]bool{}
	l := loader{ctx: ctx, tx: tx}
	err = l.scan(`SELECT hash FROM articles WHERE hash IN (SELECT value FROM json_each(?))`, []any{string(list)}, func(r *sql.Rows) error {
		var h string
		err := r.Scan(&h)
		have[h] = true
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("look up %d contents: %w", len(hashes), err)
	}
	for i, h := range hashes {
		out[i] = have[h]
	}
	return out, nil
}
