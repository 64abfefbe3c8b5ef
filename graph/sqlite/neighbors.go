package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// The neighbor index (table neighbors, see schemaV2): one row per
// distinct (subject, relation, object) of the facts, a person end being
// its key and the group of its mention, with the number of articles that
// state it; an article's own mentions are on its row instead
// (articles.mentions).
//
// Put keeps the index up to date in its stage "neighbors", once the
// persons of the batch are resolved:
//
//   - an added article counts one for each distinct row of its facts, its
//     persons in the groups resolution put them in;
//   - a deleted article counts one less for its facts between entities
//     that are not persons (its persons lost a mention, see below);
//   - the rows of a group that joined another (groups only join as
//     mentions are added) move to that group;
//   - the rows of a person key that lost mentions, whose groups are
//     formed again from scratch, are deleted and counted again from the
//     articles that mention the key.

// nbKey is a row of the neighbor index.
type nbKey struct {
	subject, sgrp int64
	object, ogrp  int64
	relation      graph.Relation
}

// nbCount is a change of a row's count, and the article that last
// counted it, so that an article counts a row once.
type nbCount struct {
	delta int
	last  int64
}

// nbDeltas are changes to the neighbor index.
type nbDeltas map[nbKey]nbCount

// ownMention reports whether a fact of an article (its entity number) is
// one of its own mentions, which the article's row lists.
func ownMention(article, subject int64, rel graph.Relation) bool {
	return rel == graph.Mentions && subject == article
}

// articleEntity returns the entity number of an article from its list of
// entities (articles.ends), which starts with it (see graph.EntitiesOf).
func articleEntity(ends string) (int64, error) {
	first, _, _ := strings.Cut(ends, " ")
	n, err := strconv.ParseInt(first, 10, 64)
	if err != nil {
		return 0, errors.New("bad entity list")
	}
	return n, nil
}

// count counts an article (its entity number) in the row of a fact that
// is not one of its own mentions, once per article.
func (d nbDeltas) count(article int64, k nbKey, delta int) {
	c := d[k]
	if c.last == article {
		return
	}
	c.delta += delta
	c.last = article
	d[k] = c
}

// add changes the count of k.
func (d nbDeltas) add(k nbKey, delta int) {
	c := d[k]
	c.delta += delta
	d[k] = c
}

// unstate counts the facts of a deleted article out of the index: those
// between entities that are not persons, the others being counted again
// with their persons (putter.neighbors).
func (p *putter) unstate(o oldArticle, facts []storedFact, persons []int64) error {
	article, err := articleEntity(o.ends)
	if err != nil {
		return fmt.Errorf("article %d: %w", o.n, err)
	}
	for i := range facts {
		f := &facts[i]
		if slices.Contains(persons, f.subject) || slices.Contains(persons, f.object) {
			continue
		}
		rel, err := parseRelation(f.relation)
		if err != nil {
			return fmt.Errorf("article %d: %w", o.n, err)
		}
		if !ownMention(article, f.subject, rel) {
			p.nb.count(article, nbKey{subject: f.subject, relation: rel, object: f.object}, -1)
		}
	}
	return nil
}

// neighbors brings the neighbor index up to date with the batch.
func (p *putter) neighbors(arts []*article) error {
	if err := p.moveNeighbors(); err != nil {
		return err
	}
	for _, a := range arts {
		grp := make(map[int32]int64, len(a.persons)) // entity index → group
		for i, r := range a.persons {
			grp[r.key] = a.mentions[i].group.Root().Grp
		}
		an := a.states[0].n // the article's entity (see graph.EntitiesOf)
		for _, r := range a.facts {
			s, o := a.states[r.subject].n, a.states[r.object].n
			rel := a.ex.Facts[r.fact].Relation
			if p.rebuild[s] || p.rebuild[o] || ownMention(an, s, rel) {
				continue // counted again below, or on the article's row
			}
			p.nb.count(an, nbKey{subject: s, sgrp: grp[r.subject], relation: rel, object: o, ogrp: grp[r.object]}, 1)
		}
	}
	if err := p.applyNeighbors(p.nb); err != nil {
		return err
	}
	p.nb = nbDeltas{}
	if len(p.rebuild) == 0 {
		return nil
	}

	// The rows of keys that lost mentions, counted again.
	keys := make([]any, 0, len(p.rebuild))
	for _, n := range sortedKeys(p.rebuild) {
		keys = append(keys, n)
	}
	for _, q := range []string{`DELETE FROM neighbors WHERE subject IN (%s)`, `DELETE FROM neighbors WHERE object IN (%s)`} {
		if err := p.chunked("uncount neighbors", q, 1, keys, nil); err != nil {
			return err
		}
	}
	articles := map[int64]bool{}
	err := p.chunked("find articles", `SELECT DISTINCT article FROM person_mentions WHERE person IN (%s)`, 1, keys,
		func(r *sql.Rows) error {
			var a int64
			err := r.Scan(&a)
			articles[a] = true
			return err
		})
	if err != nil {
		return err
	}
	d := nbDeltas{}
	touches := func(s, o int64) bool { return p.rebuild[s] || p.rebuild[o] }
	if err := p.countArticles(sortedKeys(articles), touches, d, nil); err != nil {
		return err
	}
	return p.applyNeighbors(d)
}

// moveNeighbors moves the rows of the groups that joined another in the
// batch to that group.
func (p *putter) moveNeighbors() error {
	if len(p.moved) == 0 {
		return nil
	}
	groups := make([]any, 0, 2*len(p.moved))
	for _, g := range slices.SortedFunc(maps.Keys(p.moved), func(a, b mentionKey) int {
		return cmp.Or(cmp.Compare(a.person, b.person), cmp.Compare(a.other, b.other))
	}) {
		groups = append(groups, g.person, g.other)
	}
	rows := map[nbKey]int{} // a row may have both ends in moved groups
	for _, q := range []string{
		`SELECT nb.subject, nb.sgrp, nb.relation, nb.object, nb.ogrp, nb.articles
			FROM (VALUES %s) v JOIN neighbors nb ON nb.subject = v.column1 AND nb.sgrp = v.column2`,
		`SELECT nb.subject, nb.sgrp, nb.relation, nb.object, nb.ogrp, nb.articles
			FROM (VALUES %s) v JOIN neighbors nb ON nb.object = v.column1 AND nb.ogrp = v.column2`,
	} {
		err := p.chunked("read neighbors", q, 2, groups, func(r *sql.Rows) error {
			k, n, err := scanNeighbor(r)
			rows[k] = n
			return err
		})
		if err != nil {
			return err
		}
	}
	for k, n := range rows {
		if p.rebuild[k.subject] || p.rebuild[k.object] {
			continue
		}
		to := k
		if g, ok := p.moved[mentionKey{k.subject, k.sgrp}]; ok {
			to.sgrp = g
		}
		if g, ok := p.moved[mentionKey{k.object, k.ogrp}]; ok {
			to.ogrp = g
		}
		p.nb.add(k, -n)
		p.nb.add(to, n)
	}
	return nil
}

// scanNeighbor reads the columns subject, sgrp, relation, object, ogrp,
// articles.
func scanNeighbor(r *sql.Rows) (nbKey, int, error) {
	var k nbKey
	var rel string
	var n int
	if err := r.Scan(&k.subject, &k.sgrp, &rel, &k.object, &k.ogrp, &n); err != nil {
		return k, 0, err
	}
	var err error
	k.relation, err = parseRelation(rel)
	return k, n, err
}

// parseRelation is graph.ParseRelation for the names the store writes.
func parseRelation(s string) (graph.Relation, error) {
	for _, r := range graph.Relations() {
		if r.String() == s {
			return r, nil
		}
	}
	return 0, fmt.Errorf("unknown relation %q", s)
}

// countArticles counts into d the facts of the stored articles ns that
// touch accepts (every fact when nil), their persons in the groups of
// their mentions, but their own mentions. mentions, when not nil, is
// given the own mentions of each article (articles.n).
func (p *putter) countArticles(ns []int64, touches func(subject, object int64) bool, d nbDeltas, mentions func(article int64, ends []int64)) error {
	rels := map[string]graph.Relation{}
	for _, r := range graph.Relations() {
		rels[r.String()] = r
	}
	const chunk = 500
	for start := 0; start < len(ns); start += chunk {
		list := jsonInts(ns[start:min(start+chunk, len(ns))])
		groups := map[mentionKey]int64{} // (person, article) → group
		err := p.query("read mentions", `SELECT person, article, grp FROM person_mentions
			WHERE article IN (SELECT value FROM json_each(?))`, []any{list}, func(r *sql.Rows) error {
			var k mentionKey
			var g int64
			err := r.Scan(&k.person, &k.other, &g)
			groups[k] = g
			return err
		})
		if err != nil {
			return err
		}
		err = p.query("read facts", `SELECT n, ends, persons, facts FROM articles WHERE n IN (SELECT value FROM json_each(?))`,
			[]any{list}, func(r *sql.Rows) error {
				var a int64
				var ends, persons, facts string
				if err := r.Scan(&a, &ends, &persons, &facts); err != nil {
					return err
				}
				an, err := articleEntity(ends)
				if err != nil {
					return fmt.Errorf("article %d: %w", a, err)
				}
				ps, err := parseInts(persons)
				if err != nil {
					return fmt.Errorf("article %d: %w", a, err)
				}
				var bad error
				group := func(n int64) int64 {
					if !slices.Contains(ps, n) {
						return 0
					}
					g, ok := groups[mentionKey{n, a}]
					if !ok && bad == nil {
						bad = fmt.Errorf("article %d: person %d has no mention", a, n)
					}
					return g
				}
				var own []int64
				err = scanFacts(facts, touches, func(f *storedFact) {
					rel, ok := rels[f.relation]
					switch {
					case !ok:
						if bad == nil {
							bad = fmt.Errorf("article %d: unknown relation %q", a, f.relation)
						}
					case ownMention(an, f.subject, rel):
						own = append(own, f.object)
					default:
						d.count(an, nbKey{subject: f.subject, sgrp: group(f.subject), relation: rel,
							object: f.object, ogrp: group(f.object)}, 1)
					}
				})
				if err != nil {
					return fmt.Errorf("article %d: %w", a, err)
				}
				if mentions != nil {
					mentions(a, own)
				}
				return bad
			})
		if err != nil {
			return err
		}
	}
	return nil
}

// ownMentions writes an article's own mentions as articles.mentions
// lists them.
func ownMentions(ends []int64) string {
	slices.Sort(ends)
	return string(appendInts(nil, slices.Compact(ends)))
}

// applyNeighbors writes changes to the neighbor index, in the order of
// its key, and deletes the rows left at no article.
func (p *putter) applyNeighbors(d nbDeltas) error {
	keys := make([]nbKey, 0, len(d))
	for k, c := range d {
		if c.delta != 0 {
			keys = append(keys, k)
		}
	}
	// Relations sort by name in the table.
	var rank [256]uint8
	names := graph.Relations()
	slices.SortFunc(names, func(a, b graph.Relation) int { return cmp.Compare(a.String(), b.String()) })
	for i, r := range names {
		rank[r] = uint8(i)
	}
	slices.SortFunc(keys, func(a, b nbKey) int {
		switch {
		case a.subject != b.subject:
			return cmp.Compare(a.subject, b.subject)
		case a.sgrp != b.sgrp:
			return cmp.Compare(a.sgrp, b.sgrp)
		case a.relation != b.relation:
			return cmp.Compare(rank[a.relation], rank[b.relation])
		case a.object != b.object:
			return cmp.Compare(a.object, b.object)
		}
		return cmp.Compare(a.ogrp, b.ogrp)
	})
	rows := make([]any, 0, 6*len(keys))
	var fewer []any // subjects of rows that lost articles
	for _, k := range keys {
		c := d[k]
		rows = append(rows, k.subject, k.sgrp, k.relation.String(), k.object, k.ogrp, c.delta)
		if c.delta < 0 && (len(fewer) == 0 || fewer[len(fewer)-1] != k.subject) {
			fewer = append(fewer, k.subject)
		}
	}
	// An update of the rows there, then an insert of the others: an
	// upsert would need a statement journal (see writePragmas).
	err := p.chunked("count neighbors", `UPDATE OR FAIL neighbors SET articles = articles + v.column6 FROM (VALUES %s) AS v
		WHERE neighbors.subject = v.column1 AND neighbors.sgrp = v.column2 AND neighbors.relation = v.column3
			AND neighbors.object = v.column4 AND neighbors.ogrp = v.column5`, 6, rows, nil)
	if err != nil {
		return err
	}
	err = p.chunked("count neighbors", `INSERT OR IGNORE INTO neighbors (subject, sgrp, relation, object, ogrp, articles)
		VALUES %s`, 6, rows, nil)
	if err != nil {
		return err
	}
	// Only those can be left at 0; by subject, the start of the key.
	return p.chunked("delete neighbors", `DELETE FROM neighbors WHERE subject IN (%s) AND articles <= 0`, 1, fewer, nil)
}

// fillNeighbors builds the neighbor index of a store of schema 1, and
// lists the articles' own mentions, from the articles' facts (migration
// to schema 2).
func fillNeighbors(ctx context.Context, tx *sql.Tx) error {
	p, err := newPutter(ctx, tx, nil, newCache(), nil)
	if err != nil {
		return err
	}
	defer p.close()
	var ns []int64
	err = p.query("list articles", `SELECT n FROM articles ORDER BY n`, nil, func(r *sql.Rows) error {
		var n int64
		err := r.Scan(&n)
		ns = append(ns, n)
		return err
	})
	if err != nil {
		return err
	}
	// A few thousand articles at a time, so that memory stays bounded
	// whatever the size of the store.
	const chunk = 5000
	for start := 0; start < len(ns); start += chunk {
		d := nbDeltas{}
		var lists []any
		err := p.countArticles(ns[start:min(start+chunk, len(ns))], nil, d, func(a int64, own []int64) {
			if len(own) > 0 {
				lists = append(lists, a, ownMentions(own))
			}
		})
		if err != nil {
			return fmt.Errorf("index neighbors: %w", err)
		}
		if err := p.applyNeighbors(d); err != nil {
			return fmt.Errorf("index neighbors: %w", err)
		}
		err = p.chunked("list mentions", `UPDATE OR FAIL articles SET mentions = v.column2 FROM (VALUES %s) AS v
			WHERE articles.n = v.column1`, 2, lists, nil)
		if err != nil {
			return fmt.Errorf("index neighbors: %w", err)
		}
	}
	return nil
}
