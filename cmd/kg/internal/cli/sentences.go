package cli

import (
	"context"
	"errors"

	"kg/graph"
)

// articleReader reads an article's text from a store.
type articleReader interface {
	Article(ctx context.Context, id string) (*graph.ArticleMeta, error)
}

// sentences gives exporters the sentence of each fact, reading each
// article's text from the store once. A text that cannot be read is
// remembered, and err reports it after the export: an export that lost
// sentences fails rather than pass for whole.
type sentences struct {
	ctx   context.Context
	store articleReader
	texts map[string]string
	first error
}

func newSentences(ctx context.Context, store articleReader) *sentences {
	return &sentences{ctx: ctx, store: store, texts: map[string]string{}}
}

// of is an export.SentenceFunc.
func (s *sentences) of(p graph.Provenance) (string, bool) {
	if p.Article == "" || p.End <= p.Start {
		return "", false
	}
	text, ok := s.texts[p.Article]
	if !ok {
		a, err := s.store.Article(s.ctx, p.Article)
		switch {
		case errors.Is(err, graph.ErrNoArticle):
		case err != nil:
			if s.first == nil {
				s.first = err
			}
		default:
			text = a.Text
		}
		s.texts[p.Article] = text
	}
	if p.Start < 0 || p.End > len(text) {
		return "", false
	}
	return text[p.Start:p.End], true
}

func (s *sentences) err() error {
	if s.first != nil {
		return withCode(ExitStore, s.first)
	}
	return nil
}
