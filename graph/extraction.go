package graph

// ArticleMeta describes one article: where it came from and what it says
// about itself.
type ArticleMeta struct {
	Source    string // path or URL it was read from
	Hash      string // hex SHA-256 of Text: the article's identity
	Title     string // headline
	Published Date   // date published, when known
	Author    string // byline, as written
	Publisher string // outlet, as written
	Text      string // the normalized text that provenance spans index
}

// ArticleID is the entity ID of the article with the given content hash.
func ArticleID(hash string) string {
	if len(hash) > 16 {
		hash = hash[:16]
	}
	return ID(Article, hash)
}

// Extraction is what the extractor finds in one article: its entities and
// the facts between them. Entity IDs are final except for persons, whose
// IDs name their normalized name; a store resolves them across articles
// (two people who share a name may become two entities).
type Extraction struct {
	Article  ArticleMeta
	Entities []Entity
	Facts    []Fact
	// Known says the article was not extracted, a store holding its
	// content (Article.Hash) when the ingest asked (Writer.HasContent):
	// only Article.Hash and Source are set. Put leaves it alone
	// (Unchanged), or, when its content is no longer stored (a new
	// version of its source replaced it since), writes nothing and
	// reports it Missing, for the ingest to extract it.
	Known bool
}
