package postgres

import (
	"cmp"
	"slices"

	"kg/graph"
)

// The neighbor index (table neighbors, see schemaV3): one row per
// distinct (subject, relation, object) of the facts but mentions, a
// person end being its key, with the number of articles that state it.
// Put counts an added article one in each distinct row of its facts, a
// deleted one one less, in the batch's transaction: writers take turns
// (the lock row of kg_store), so that no two batches count at once.

// nbKey is a row of the neighbor index.
type nbKey struct {
	subject  int64
	relation string
	object   int64
}

// nbDeltas are the changes a batch makes to the neighbor index, and the
// rows each article counted, so that an article counts a row once.
type nbDeltas struct {
	delta   map[nbKey]int
	counted map[nbArticle]bool
}

type nbArticle struct {
	article int64
	key     nbKey
}

func newNBDeltas() *nbDeltas {
	return &nbDeltas{delta: map[nbKey]int{}, counted: map[nbArticle]bool{}}
}

// indexed reports whether the neighbor index holds facts of a relation.
func indexed(relation string) bool { return relation != graph.Mentions.String() }

// count counts an article's fact into its row (delta 1 for an added
// article, -1 for a deleted one), once per article and row.
func (d *nbDeltas) count(article, subject int64, relation string, object int64, delta int) {
	if !indexed(relation) {
		return
	}
	k := nbKey{subject, relation, object}
	if a := (nbArticle{article, k}); !d.counted[a] {
		d.counted[a] = true
		d.delta[k] += delta
	}
}

// neighbors writes the batch's changes to the neighbor index, in the
// order of its key, and deletes the rows left at no article.
func (p *putter) neighbors() error {
	keys := make([]nbKey, 0, len(p.nb.delta))
	for k, d := range p.nb.delta {
		if d != 0 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	slices.SortFunc(keys, func(a, b nbKey) int {
		return cmp.Or(cmp.Compare(a.subject, b.subject), cmp.Compare(a.relation, b.relation), cmp.Compare(a.object, b.object))
	})
	var subjects, objects, deltas []int64
	var rels []string
	var fewer nbColumns // rows that lost articles
	for _, k := range keys {
		d := p.nb.delta[k]
		subjects = append(subjects, k.subject)
		rels = append(rels, k.relation)
		objects = append(objects, k.object)
		deltas = append(deltas, int64(d))
		if d < 0 {
			fewer.subjects = append(fewer.subjects, k.subject)
			fewer.rels = append(fewer.rels, k.relation)
			fewer.objects = append(fewer.objects, k.object)
		}
	}
	err := p.exec("count neighbors", `INSERT INTO neighbors (subject, relation, object, articles)
		SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[])
		ON CONFLICT (subject, relation, object) DO UPDATE SET articles = neighbors.articles + excluded.articles`,
		subjects, rels, objects, deltas)
	if err != nil || len(fewer.subjects) == 0 {
		return err
	}
	return p.exec("delete neighbors", `DELETE FROM neighbors nb
		USING unnest($1::bigint[], $2::text[], $3::bigint[]) AS v(subject, relation, object)
		WHERE nb.subject = v.subject AND nb.relation = v.relation AND nb.object = v.object AND nb.articles <= 0`,
		fewer.subjects, fewer.rels, fewer.objects)
}

// nbColumns are keys of the neighbor index, as arrays.
type nbColumns struct {
	subjects, objects []int64
	rels              []string
}
