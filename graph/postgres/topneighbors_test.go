package postgres

import (
	"context"
	"testing"

	"kg/graph/storetest"
)

// TestTopNeighborsWalk checks TopNeighbors both ways it finds the
// articles that mention an entity, walked in the order of their IDs and
// listed, at every limit: on a store of organizations that many
// articles mention, some of which they are linked to otherwise too, and
// of the synthetic corpus.
func TestTopNeighborsWalk(t *testing.T) {
	ctx := context.Background()
	s, _ := newStore(t)
	hub := storetest.Hub(60)
	if _, err := s.Put(ctx, hub); err != nil {
		t.Fatal(err)
	}
	c := storetest.NewCorpus(1)
	if _, err := s.Put(ctx, c.Batch(0, 200)); err != nil {
		t.Fatal(err)
	}
	g, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	every := func(total int) []int {
		out := []int{0}
		for l := 1; l <= total+1; l++ {
			out = append(out, l)
		}
		return out
	}
	for _, tt := range []struct {
		name string
		walk bool
	}{{"walked", true}, {"listed", false}} {
		t.Run(tt.name, func(t *testing.T) {
			walks := 0
			s.mentionWalk = func(_, _, _ int64) bool {
				walks++
				return tt.walk
			}
			cuts := storetest.CheckTopNeighbors(t, s, g, storetest.MostMentioned(g, 4), every)
			if walks == 0 || cuts == 0 {
				t.Errorf("%d walks asked, %d ranks cut between links of one article: want some of each", walks, cuts)
			}
		})
	}
}

// TestMentionWalk checks when TopNeighbors walks the mentions: for an
// entity that a third of the archive mentions, not for one that a
// hundredth does.
func TestMentionWalk(t *testing.T) {
	for _, tt := range []struct {
		links, want, articles int64
		walk                  bool
	}{
		{32017, 102, 100000, true},
		{1000, 102, 100000, false},
		{20000, 102, 1000000, false},
		{100000, 102, 1000000, true},
		{50, 10, 0, false}, // a store never analyzed
	} {
		if got := mentionWalk(tt.links, tt.want, tt.articles); got != tt.walk {
			t.Errorf("mentionWalk(%d, %d, %d) = %v, want %v", tt.links, tt.want, tt.articles, got, tt.walk)
		}
	}
}
