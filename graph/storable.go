package graph

import (
	"errors"
	"fmt"
	"slices"
)

// Rules every store follows when it stores an extraction, kept here so
// that stores give one graph for the same articles.

// CheckExtraction checks what a store needs of an extraction to read it
// back: a content hash, valid dates, known kinds, relations and
// organization classes, facts with both ends.
func CheckExtraction(ex *Extraction) error {
	if ex == nil {
		return errors.New("nil extraction")
	}
	if ex.Article.Hash == "" {
		return errors.New("no content hash")
	}
	if !ex.Article.Published.Valid() {
		return fmt.Errorf("published date %+v is not a date", ex.Article.Published)
	}
	for _, e := range ex.Entities {
		if e.ID == "" {
			return fmt.Errorf("entity %q: no ID", e.Name)
		}
		if !slices.Contains(Kinds(), e.Kind) {
			return fmt.Errorf("entity %s: unknown kind %d", e.ID, e.Kind)
		}
		if !e.Date.Valid() || !e.End.Valid() {
			return fmt.Errorf("entity %s: bad date", e.ID)
		}
		if _, err := ParseOrgClass(e.Class.String()); err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
	}
	for i, f := range ex.Facts {
		if _, err := ParseRelation(f.Relation.String()); err != nil {
			return fmt.Errorf("fact %d: %w", i, err)
		}
		if f.Subject == "" || f.Object == "" {
			return fmt.Errorf("fact %d: no subject or object", i)
		}
		if !f.AsOf.Valid() {
			return fmt.Errorf("fact %d: bad date", i)
		}
	}
	return nil
}

// EntitiesOf returns the entities a store keeps of an extraction, one per
// ID in the order first seen, with the index of each ID: the article
// itself (kind Article, named by its title, dated by its publication,
// its Text the source), the extraction's entities (an ID listed twice
// merged: names become aliases, empty fields are filled), then the fact
// ends the extraction did not list, named by their key. A fact end whose
// ID names no kind is an error.
func EntitiesOf(ex *Extraction) ([]Entity, map[string]int, error) {
	meta := ex.Article
	out := make([]Entity, 1, len(ex.Entities)+8)
	out[0] = Entity{
		ID: ArticleID(meta.Hash), Kind: Article,
		Name: meta.Title, Date: meta.Published, Text: meta.Source,
	}
	index := make(map[string]int, len(ex.Entities)+8)
	index[out[0].ID] = 0
	add := func(e Entity) {
		i, ok := index[e.ID]
		if !ok {
			index[e.ID] = len(out)
			out = append(out, e)
			return
		}
		o := &out[i]
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if a != "" && a != o.Name && !slices.Contains(o.Aliases, a) {
				o.Aliases = append(o.Aliases, a)
			}
		}
		if o.Name == "" {
			o.Name = e.Name
		}
		if o.Class == OrgOther {
			o.Class = e.Class
		}
		if o.Role == "" {
			o.Role = e.Role
		}
		if o.Date.IsZero() {
			o.Date = e.Date
		}
		if o.End.IsZero() {
			o.End = e.End
		}
		if o.Text == "" {
			o.Text = e.Text
		}
	}
	for _, e := range ex.Entities {
		add(e)
	}
	for i, f := range ex.Facts {
		for _, id := range []string{f.Subject, f.Object} {
			if _, ok := index[id]; ok {
				continue
			}
			k := KindOf(id)
			if k == 0 {
				return nil, nil, fmt.Errorf("fact %d: %q is not among the entities and its ID names no kind", i, id)
			}
			e := Entity{ID: id, Kind: k}
			e.Name = e.Key()
			add(e)
		}
	}
	return out, index, nil
}

// StoredFacts returns the facts a store keeps of an extraction: each
// fact's provenance article is the extraction's article, and a fact
// repeated is kept once, in the order first seen.
func StoredFacts(ex *Extraction) []Fact {
	aid := ArticleID(ex.Article.Hash)
	out := make([]Fact, 0, len(ex.Facts))
	seen := make(map[Fact]struct{}, len(ex.Facts))
	for _, f := range ex.Facts {
		f.Prov.Article = aid
		if _, ok := seen[f]; !ok {
			seen[f] = struct{}{}
			out = append(out, f)
		}
	}
	return out
}
