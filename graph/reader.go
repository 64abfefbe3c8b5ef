package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// Reader answers questions from a store without loading the whole graph:
// what the query layer (package graph/query), the exports and kg serve
// ask of a store. Every method reads one consistent state of the store;
// an ID that names no entity is an error wrapping ErrNoEntity, an article
// ID that names no article one wrapping ErrNoArticle. A Reader is safe
// for concurrent use: kg serve reads a person's positions and events at
// once.
type Reader interface {
	// Search returns entities whose names (or aliases) match text, as a
	// person types it: case, accents (đ = d) and word order do not
	// matter, and words may be the start of a name's words. Best matches
	// first; kinds restricts the kinds (all when empty); at most limit
	// (no limit when limit <= 0).
	Search(ctx context.Context, text string, kinds []Kind, limit int) ([]*Entity, error)
	// Entities returns the entities of ids (a resolved person's ID for
	// persons), in no particular order; unknown IDs are left out.
	Entities(ctx context.Context, ids []string) ([]*Entity, error)
	// FactsOf returns every fact whose subject or object is id, sorted.
	FactsOf(ctx context.Context, id string) ([]Fact, error)
	// Neighbors returns, for each entity of ids, the entities its facts
	// join it to: one Neighbor per other entity, relation and direction,
	// sorted by CompareNeighbors; rels restricts the relations (all when
	// empty).
	Neighbors(ctx context.Context, ids []string, rels []Relation) ([]Neighbor, error)
	// TopNeighbors returns the entities the facts of id join it to by
	// rels (all when empty), ranked as RankNeighbors ranks Neighbors'
	// links: at most limit of them (all when limit <= 0), and how many
	// there are. An entity that thousands of articles mention need not
	// list them all to give the first hundred.
	TopNeighbors(ctx context.Context, id string, rels []Relation, limit int) ([]Ranked, int, error)
	// FactsBetweenPairs returns, for each pair of entity IDs, the facts
	// whose subject is one of them and object the other, sorted.
	FactsBetweenPairs(ctx context.Context, pairs [][2]string) ([][]Fact, error)
	// FirstFact returns the first fact, as facts sort, of subject,
	// relation and object, and whether there is one: the one fact a
	// chain needs of a link that thousands of articles may state.
	FirstFact(ctx context.Context, subject string, rel Relation, object string) (Fact, bool, error)
	// FirstFacts returns, for each pair (subject, object) of entity IDs,
	// the first fact, as facts sort, whose subject is the pair's first,
	// object its second and relation one of rels; the zero Fact where
	// there is none. An unknown ID is an error wrapping ErrNoEntity.
	FirstFacts(ctx context.Context, pairs [][2]string, rels []Relation) ([]Fact, error)
	// HeldAfter returns, for each of qs, the statements that may end a
	// holding of q.Position after q.After (a full date) by succession,
	// as rule 3 of TenuresOf reads them: the facts that state the
	// position held (HoldsPosition or ElectedTo, not Former) on the
	// first full date after q.After; and every such fact whose date is
	// known in part only, which full dates do not order. Each list is
	// sorted. An unknown ID is an error wrapping ErrNoEntity.
	HeldAfter(ctx context.Context, qs []HeldAfterQuery) ([][]Fact, error)
	// TenureFacts returns, for each pair (person, position), sorted, the
	// statements of the pair that decide the tenure of a position several
	// hold at once: Deciding of the pair's facts (FactsBetweenPairs). A
	// store may read fewer than all of them to give them. An unknown ID
	// is an error wrapping ErrNoEntity.
	TenureFacts(ctx context.Context, pairs [][2]string) ([][]Fact, error)
	// HoldingSources returns, for each pair (person, position), the
	// articles that state the person holds or held the position (the
	// articles of the pair's HoldsPosition and ElectedTo facts whose
	// subject is the person), sorted: a holding's Tenure.Sources, which
	// TenureFacts' statements do not give. An unknown ID is an error
	// wrapping ErrNoEntity.
	HoldingSources(ctx context.Context, pairs [][2]string) ([][]string, error)
	// MentionPositions returns, for each pair (person, article) of
	// entity IDs, the positions the article states the person holds or
	// held (the objects of its HoldsPosition and ElectedTo facts whose
	// subject is the person), sorted by ID: what the positions of a
	// person's mention are (PersonMention.Positions). None when the
	// article does not mention that person. An unknown person is an
	// error wrapping ErrNoEntity, an unknown article one wrapping
	// ErrNoArticle.
	MentionPositions(ctx context.Context, pairs [][2]string) ([][]string, error)
	// ReportPositions returns, for each pair (person, event) of entity
	// IDs, the positions the person's mentions hold in the articles that
	// report the person at the event (a fact of a relation AtEvent from
	// the person to the event): MentionPositions of the person in each of
	// those articles, together, sorted by ID, each once. None when no
	// article reports the person there. An unknown ID is an error
	// wrapping ErrNoEntity.
	ReportPositions(ctx context.Context, pairs [][2]string) ([][]string, error)
	// Around returns the subgraph of entities within depth facts of ids.
	Around(ctx context.Context, ids []string, depth int) (*Graph, error)
	// Evidence returns why a resolved person's mentions were joined, each
	// join with the titles of its two articles.
	Evidence(ctx context.Context, personID string) ([]Evidence, error)
	// Quotes returns, for each provenance, its article's metadata
	// without the text, and the text of its span ("" when the span is
	// not in the text): what a fact's why shows, for many facts at once.
	// An unknown article is an error wrapping ErrNoArticle.
	Quotes(ctx context.Context, provs []Provenance) ([]Quote, error)
	// Article returns the metadata and text of an article by entity ID.
	Article(ctx context.Context, id string) (*ArticleMeta, error)
	// Graph loads the whole resolved graph.
	Graph(ctx context.Context) (*Graph, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (*Stats, error)
}

// HeldAfterQuery asks Reader.HeldAfter for the statements of Position
// held by anyone first after After.
type HeldAfterQuery struct {
	Position string // a position's entity ID
	After    Date   // a full date
}

// Next returns the earlier of first and d when d is a full date after
// q.After, else first: fed every date of a position's holding
// statements from zero, the first full date after q.After.
func (q HeldAfterQuery) Next(first, d Date) Date {
	if d.Full() && q.After.Before(d) && (first.IsZero() || d.Before(first)) {
		return d
	}
	return first
}

// Answers reports whether a statement of q's position dated d is in
// HeldAfter's answer to q, first being q's first full date after (Next):
// it is of that date, or its date is known in part only.
func (q HeldAfterQuery) Answers(d, first Date) bool { return !d.Full() || d == first }

// Neighbor is one link of an entity as Reader.Neighbors returns it: facts
// of a relation between two entities, counted by article.
type Neighbor struct {
	From, To string // entity IDs, a resolved person's ID for persons
	Relation Relation
	Forward  bool // From is the facts' subject, To their object
	Articles int  // the articles that state such a fact
}

// CompareNeighbors orders neighbors by From, Relation, To, forward before
// backward.
func CompareNeighbors(a, b Neighbor) int {
	if c := cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Relation, b.Relation), cmp.Compare(a.To, b.To)); c != 0 {
		return c
	}
	switch {
	case a.Forward == b.Forward:
		return 0
	case a.Forward:
		return -1
	}
	return 1
}

// Ranked is an entity linked to another, with the articles that state
// the links between them, summed over relations and directions.
type Ranked struct {
	ID       string
	Articles int
}

// FirstOf returns the first of facts (sorted as Fact.Less sorts them)
// whose subject and object are those given and whose relation is one of
// rels: what FirstFacts answers for the pair; the zero Fact for none.
func FirstOf(facts []Fact, subject, object string, rels []Relation) Fact {
	for _, f := range facts {
		if f.Subject == subject && f.Object == object && slices.Contains(rels, f.Relation) {
			return f
		}
	}
	return Fact{}
}

// RankNeighbors ranks the entities that links (Neighbors of one entity,
// from) lead to, but from itself: the most articles first, then by ID.
// It returns the first limit of them (all when limit <= 0), and how
// many there are.
func RankNeighbors(from string, links []Neighbor, limit int) ([]Ranked, int) {
	at := map[string]int{}
	var out []Ranked
	for _, nb := range links {
		if nb.To == from {
			continue
		}
		if i, ok := at[nb.To]; ok {
			out[i].Articles += nb.Articles
			continue
		}
		at[nb.To] = len(out)
		out = append(out, Ranked{ID: nb.To, Articles: nb.Articles})
	}
	slices.SortFunc(out, CompareRanked)
	if limit > 0 && len(out) > limit {
		return out[:limit:limit], len(out)
	}
	return out, len(out)
}

// CompareRanked orders ranked entities: the most articles first, then by
// ID.
func CompareRanked(a, b Ranked) int {
	return cmp.Or(cmp.Compare(b.Articles, a.Articles), strings.Compare(a.ID, b.ID))
}

// Quote is a provenance as Reader.Quotes reads it.
type Quote struct {
	Article  ArticleMeta // without its Text
	Sentence string      // the text of the span
}

// QuoteOf returns the quote of a provenance in an article: its metadata
// without the text, and the span's text, "" when the span is not in it.
func QuoteOf(a *ArticleMeta, p Provenance) Quote {
	q := Quote{Article: *a}
	q.Article.Text = ""
	if p.Start >= 0 && p.End <= len(a.Text) && p.Start < p.End {
		q.Sentence = a.Text[p.Start:p.End]
	}
	return q
}
