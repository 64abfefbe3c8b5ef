package postgres

import (
	"context"
	"slices"
	"testing"

	"kg/graph"
	"kg/graph/storetest"
)

// TestTopNeighborsWalk checks TopNeighbors both ways it finds the
// articles that mention an entity, walked in the order of their IDs and
// listed, at every limit, and FirstFact both ways it finds the first
// articles that state a link: on a store of organizations that many
// articles mention, some of which they are linked to otherwise too, and
// of the synthetic corpus, whose keys of several persons share links.
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
	// one fact of each subject, relation and object of the hubs, stated
	// by many articles, and of an eighth of the others, persons' of keys
	// of several persons among them
	hubs := map[string]bool{}
	for _, id := range storetest.MostMentioned(g, 2) {
		hubs[id] = true
	}
	var links []graph.Fact
	seen := map[[3]string]bool{}
	for _, f := range g.Facts() {
		k := [3]string{f.Subject, f.Relation.String(), f.Object}
		if !seen[k] && (hubs[f.Subject] || hubs[f.Object] || len(seen)%8 == 0) {
			links = append(links, f)
		}
		seen[k] = true
	}
	// walkArticles itself: the first articles, by ID, of those asked
	t.Run("walkArticles", func(t *testing.T) {
		ns, _ := numbersAndIDs(t, s, `SELECT n, id FROM articles ORDER BY id COLLATE "C"`)
		var every3 []int64 // a third of them, in no order
		for i := len(ns) - 1; i >= 0; i -= 3 {
			every3 = append(every3, ns[i])
		}
		r, err := s.reader(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer r.close()
		got, ok, err := r.walkArticles(every3, 5, func(_, _, _ int64) bool { return true })
		if err != nil || !ok {
			t.Fatal(ok, err)
		}
		var want []int64
		for i := (len(ns) - 1) % 3; i < len(ns) && len(want) < 5; i += 3 {
			want = append(want, ns[i])
		}
		if !slices.Equal(got, want) {
			t.Errorf("walkArticles = %v, want %v (of %d articles)", got, want, len(ns))
		}
	})
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
			walks = 0
			storetest.CheckFirstFacts(t, s, g, links)
			if walks < len(links) {
				t.Errorf("%d walks asked for the first facts of %d links", walks, len(links))
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

// TestFirstFactWalkOfNamesakes checks FirstFact of two persons of one
// key whom one guest received, when the articles it walks to are the
// other person's: it must go on to list them all.
func TestFirstFactWalkOfNamesakes(t *testing.T) {
	ctx := context.Background()
	s, _ := newStore(t)
	const (
		key      = "person:trần văn hải"
		guest    = "person:park min-jun"
		guestPos = "position:đại sứ hàn quốc"
	)
	posts := [2][3]string{{"Giám đốc Sở Y tế tỉnh Lâm Viên", "Sở Y tế tỉnh Lâm Viên", "Lâm Viên"}, {"Chủ tịch UBND tỉnh Hòa Sơn", "UBND tỉnh Hòa Sơn", "Hòa Sơn"}}
	var batch []*graph.Extraction
	for i := range 6 {
		hash := storetest.HashOf(13, i)
		aid := graph.ArticleID(hash)
		post, org, place := posts[i%2][0], posts[i%2][1], posts[i%2][2]
		posID, orgID, placeID := graph.ID(graph.Position, post), graph.ID(graph.Organization, org), graph.ID(graph.Place, place)
		ex := &graph.Extraction{
			Article: graph.ArticleMeta{Source: "samples/hai" + string(rune('0'+i)) + ".txt", Hash: hash, Title: "Đại sứ Hàn Quốc tiếp đoàn công tác",
				Published: graph.Date{Year: 2023, Month: 3, Day: 1 + i}, Text: "Ông Trần Văn Hải, " + post + ", được Đại sứ Hàn Quốc Park Min-jun tiếp."},
			Entities: []graph.Entity{
				{ID: key, Kind: graph.Person, Name: "Trần Văn Hải"},
				{ID: posID, Kind: graph.Position, Name: post},
				{ID: orgID, Kind: graph.Organization, Name: org, Class: graph.OrgState},
				{ID: placeID, Kind: graph.Place, Name: place},
				{ID: guest, Kind: graph.Person, Name: "Park Min-jun"},
				{ID: guestPos, Kind: graph.Position, Name: "Đại sứ Hàn Quốc"},
			},
		}
		for j, f := range []graph.Fact{
			{Subject: key, Relation: graph.HoldsPosition, Object: posID},
			{Subject: posID, Relation: graph.PositionIn, Object: orgID},
			{Subject: orgID, Relation: graph.LocatedIn, Object: placeID},
			{Subject: guest, Relation: graph.HoldsPosition, Object: guestPos},
			{Subject: guest, Relation: graph.Hosted, Object: key}, // not of the namesakes' context
			{Subject: aid, Relation: graph.Mentions, Object: key},
			{Subject: aid, Relation: graph.Mentions, Object: guest},
		} {
			f.AsOf = ex.Article.Published
			f.Prov = graph.Provenance{Article: aid, Start: 10 * j, End: 10*j + 9, Rule: "test/" + f.Relation.String()}
			ex.Facts = append(ex.Facts, f)
		}
		batch = append(batch, ex)
	}
	if _, err := s.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	g, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var links []graph.Fact
	persons := map[string]bool{}
	for _, f := range g.Facts() {
		if f.Relation == graph.Hosted && !persons[f.Object] {
			persons[f.Object] = true
			links = append(links, f)
		}
	}
	if len(persons) != 2 {
		t.Fatalf("the guest hosted %d persons, want the 2 namesakes", len(persons))
	}
	walks := 0
	s.mentionWalk = func(_, _, _ int64) bool {
		walks++
		return true
	}
	s.walkedArticles = 1
	storetest.CheckFirstFacts(t, s, g, links)
	if walks == 0 {
		t.Error("no walk asked")
	}
}
