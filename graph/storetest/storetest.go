// Package storetest is the contract of graph.Store, as tests every store
// runs: what Put stores and how it resolves persons, what every
// graph.Reader method gives back, and how writers and readers share a
// store. A store's tests call Run with a Harness that makes its stores.
//
// The graph a store must give is computed in memory from the articles
// put (Oracle): persons resolved by graph.ResolvePersons, entities
// merged by graph.AddEntity's rule. The articles are invented, in the
// genre's style, and a synthetic corpus (Corpus) stands for a big store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"kg/graph"
)

// Harness makes the stores the suite runs on.
type Harness struct {
	// New returns a new, empty store, and a name that Open takes to open
	// it again. The suite closes the store.
	New func(t *testing.T) (graph.Store, string)
	// Open opens the store named again, as another process would:
	// read-only when asked. The suite closes it.
	Open func(t *testing.T, name string, readOnly bool) (graph.Store, error)
	// Check, when set, checks the store's own structures (indexes,
	// counters) after it was given history and holds current.
	Check func(t *testing.T, s graph.Store, history, current []*graph.Extraction)
}

// Run runs the contract on the stores h makes.
func Run(t *testing.T, h Harness) {
	tests := []struct {
		name string
		test func(*testing.T, *Harness)
	}{
		{"RoundTrip", testRoundTrip},
		{"PutIdempotent", testPutIdempotent},
		{"NamesAcrossBatches", testNamesAcrossBatches},
		{"ReplaceBySource", testReplaceBySource},
		{"Persons", testPersons},
		{"PersonsIncremental", testPersonsIncremental},
		{"CareerMove", testCareerMove},
		{"PutErrors", testPutErrors},
		{"Cancel", testCancel},
		{"ReadOnly", testReadOnly},
		{"Search", testSearch},
		{"Queries", testQueries},
		{"NeighborsOfHomonyms", testNeighborsOfHomonyms},
		{"NeighborsIncremental", testNeighborsIncremental},
		{"HeldAfter", testHeldAfter},
		{"TenureFacts", testTenureFacts},
		{"MentionPositions", testMentionPositions},
		{"FirstFacts", testFirstFacts},
		{"KnownContent", testKnownContent},
		{"NamesakesInPassing", testNamesakesInPassing},
		{"ConcurrentWriters", testConcurrentWriters},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.test(t, &h) })
	}
}

// store makes a new store, closed at the end of the test.
func (h *Harness) store(t *testing.T) (graph.Store, string) {
	t.Helper()
	s, name := h.New(t)
	t.Cleanup(func() { s.Close() })
	return s, name
}

// reopen opens the store named again, closed at the end of the test.
func (h *Harness) reopen(t *testing.T, name string, readOnly bool) graph.Store {
	t.Helper()
	s, err := h.Open(t, name, readOnly)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func testRoundTrip(t *testing.T, h *Harness) {
	s, name := h.store(t)
	exs := []*graph.Extraction{QT1(), QT2()}
	res := put(t, s, exs...)
	if got, want := statuses(res), []graph.PutStatus{graph.Added, graph.Added}; !slices.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
	if res[0].Article != graph.ArticleID(exs[0].Article.Hash) || res[0].Source != "samples/qt1.txt" ||
		res[0].Entities != 5 || res[0].Facts != 5 {
		t.Errorf("result %+v", res[0])
	}
	s.Close()

	// Every field, read back by another process.
	s = h.reopen(t, name, true)
	g := load(t, s)
	SameGraph(t, g, Oracle(t, exs, exs))
	want := map[string]graph.Entity{
		anKey: {ID: anKey, Kind: graph.Person, Name: "Nguyễn Văn An", Aliases: []string{"ông An"}},
		ubndQT: {ID: ubndQT, Kind: graph.Organization, Name: "Ủy ban nhân dân tỉnh Quảng Trị",
			Aliases: []string{"UBND tỉnh Quảng Trị"}, Class: graph.OrgState},
		posQT: {ID: posQT, Kind: graph.Position, Name: "Phó Chủ tịch UBND tỉnh Quảng Trị", Role: "Phó Chủ tịch"},
		daiHoi: {ID: daiHoi, Kind: graph.Event, Name: "Đại hội Đảng bộ tỉnh Quảng Trị", Date: graph.Date{Year: 2020, Month: 5, Day: 16},
			End: graph.Date{Year: 2020, Month: 5, Day: 18}, Text: "Đại hội"},
		"position:bí thư huyện ủy": {ID: "position:bí thư huyện ủy", Kind: graph.Position, Name: "bí thư huyện ủy"},
		graph.ArticleID(exs[0].Article.Hash): {ID: graph.ArticleID(exs[0].Article.Hash), Kind: graph.Article,
			Name: "Đại hội Đảng bộ tỉnh Quảng Trị", Date: graph.Date{Year: 2020, Month: 5, Day: 16}, Text: "samples/qt1.txt"},
	}
	for id, w := range want {
		e, ok := g.Entity(id)
		if !ok {
			t.Errorf("no entity %s", id)
			continue
		}
		if !reflectEqual(*e, w) {
			t.Errorf("entity %s:\n got %+v\nwant %+v", id, *e, w)
		}
	}
	former := graph.Fact{Subject: anKey, Relation: graph.HoldsPosition, Object: "position:bí thư huyện ủy", Former: true,
		AsOf: graph.Date{Year: 2020, Month: 5, Day: 16},
		Prov: graph.Provenance{Article: graph.ArticleID(exs[0].Article.Hash), Start: 40, End: 49, Rule: "test/holds_position"}}
	if !slices.Contains(g.Facts(), former) {
		t.Errorf("fact %+v lost; facts of An: %+v", former, g.FactsOf(anKey))
	}
	meta, err := s.Article(context.Background(), graph.ArticleID(exs[0].Article.Hash))
	if err != nil {
		t.Fatal(err)
	}
	if *meta != exs[0].Article {
		t.Errorf("Article:\n got %+v\nwant %+v", *meta, exs[0].Article)
	}
	if _, err := s.Article(context.Background(), "article:nope"); !errors.Is(err, graph.ErrNoArticle) {
		t.Errorf("Article of an unknown ID: %v, want ErrNoArticle", err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.SchemaVers == 0 || st.Path == "" || st.Articles != 2 {
		t.Errorf("Stats %+v", st)
	}
}

func testPutIdempotent(t *testing.T, h *Harness) {
	s, name := h.store(t)
	put(t, s, QT1(), QT2())
	before := load(t, s)
	for range 2 {
		res := put(t, s, QT2(), QT1())
		if got, want := statuses(res), []graph.PutStatus{graph.Unchanged, graph.Unchanged}; !slices.Equal(got, want) {
			t.Errorf("statuses %v, want %v", got, want)
		}
	}
	// The same article twice in a batch is stored once.
	res := put(t, s, CT1(), CT1())
	if got, want := statuses(res), []graph.PutStatus{graph.Added, graph.Unchanged}; !slices.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
	all := []*graph.Extraction{QT1(), QT2(), CT1()}
	h.checkStore(t, s, all, all)
	s.Close()
	s2 := h.reopen(t, name, false)
	put(t, s2, QT1())
	g := load(t, s2)
	for _, e := range before.Entities() {
		if _, ok := g.Entity(e.ID); !ok && e.Kind != graph.Person {
			t.Errorf("entity %s lost", e.ID)
		}
	}
	h.checkStore(t, s2, all, all)
}

// testNamesAcrossBatches stores an organization under a longer name in
// each batch: every name stays, as one batch of all three gives.
func testNamesAcrossBatches(t *testing.T, h *Harness) {
	var exs []*graph.Extraction
	for i, name := range []string{"UBND", "UBND tỉnh", "UBND tỉnh Quảng Trị"} {
		exs = append(exs, newArticle(HashOf(9, i), fmt.Sprintf("samples/n%d.txt", i), "Họp "+name,
			[]graph.Entity{{ID: ubndQT, Kind: graph.Organization, Name: name}, {ID: quangTri, Kind: graph.Place, Name: "Quảng Trị"}},
			[]graph.Fact{{Subject: ubndQT, Relation: graph.LocatedIn, Object: quangTri}}))
	}
	for _, split := range [][]int{{3}, {1, 1, 1}, {2, 1}} {
		t.Run(fmt.Sprint(split), func(t *testing.T) {
			s, _ := h.store(t)
			from := 0
			for _, n := range split {
				put(t, s, exs[from:from+n]...)
				from += n
			}
			h.checkStore(t, s, exs, exs)
		})
	}
}

func testReplaceBySource(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	put(t, s, QT1(), QT2())

	// qt1 corrected: the event and the former position are gone, An is
	// now called by another name.
	v2 := newArticle(HashOf(1, 11), "samples/qt1.txt", "Đại hội Đảng bộ tỉnh Quảng Trị (cập nhật)",
		[]graph.Entity{
			{ID: anKey, Kind: graph.Person, Name: "Nguyễn Văn An"},
			{ID: ubndQT, Kind: graph.Organization, Name: "Ủy ban nhân dân tỉnh Quảng Trị"},
			{ID: posQT, Kind: graph.Position, Name: "Phó Chủ tịch UBND tỉnh Quảng Trị"},
		},
		[]graph.Fact{
			{Subject: anKey, Relation: graph.HoldsPosition, Object: posQT},
			{Subject: posQT, Relation: graph.PositionIn, Object: ubndQT},
		})
	res := put(t, s, v2)
	if res[0].Status != graph.Replaced {
		t.Errorf("status %v, want replaced", res[0].Status)
	}
	g := load(t, s)
	for _, id := range []string{daiHoi, quangTri, "position:bí thư huyện ủy", graph.ArticleID(QT1().Article.Hash)} {
		if _, ok := g.Entity(id); ok {
			t.Errorf("entity %s of the replaced article is still there", id)
		}
	}
	for _, id := range []string{anKey, ubndQT, posQT, graph.ArticleID(v2.Article.Hash)} {
		if _, ok := g.Entity(id); !ok {
			t.Errorf("entity %s is gone", id)
		}
	}
	if _, err := s.Article(context.Background(), graph.ArticleID(QT1().Article.Hash)); !errors.Is(err, graph.ErrNoArticle) {
		t.Errorf("replaced article: %v, want ErrNoArticle", err)
	}
	if found, err := s.Search(context.Background(), "Đại hội Đảng bộ", []graph.Kind{graph.Event}, 0); err != nil || len(found) > 0 {
		t.Errorf("search finds the replaced article's event: %v, %v", found, err)
	}
	// Aliases seen once stay with the entity.
	e, _ := g.Entity(ubndQT)
	if !slices.Contains(e.Aliases, "UBND tỉnh Quảng Trị") {
		t.Errorf("aliases of %s: %v", ubndQT, e.Aliases)
	}
	for _, f := range g.Facts() {
		if f.Prov.Article == graph.ArticleID(QT1().Article.Hash) {
			t.Errorf("fact of the replaced article: %+v", f)
		}
	}
	// Back to the first version, in a batch that also replaces it again.
	res = put(t, s, QT1(), v2, QT1())
	if got, want := statuses(res), []graph.PutStatus{graph.Replaced, graph.Replaced, graph.Replaced}; !slices.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
	h.checkStore(t, s, []*graph.Extraction{QT1(), QT2(), v2, QT1()}, []*graph.Extraction{QT2(), QT1()})
}

func testPersons(t *testing.T, h *Harness) {
	// The cluster with the smallest hash keeps the key.
	qt := min(QT1().Article.Hash, QT2().Article.Hash)
	ct := CT1().Article.Hash
	qtID, ctID := anKey, anKey+suffixOf(ct)
	if ct < qt {
		qtID, ctID = anKey+suffixOf(qt), anKey
	}
	both := []string{qtID, ctID}
	slices.Sort(both)
	tests := []struct {
		name    string
		batches [][]*graph.Extraction
		persons []string
	}{
		{"same person in two articles", [][]*graph.Extraction{{QT1(), QT2()}}, []string{anKey}},
		{"homonyms in one batch", [][]*graph.Extraction{{QT1(), CT1(), QT2()}}, both},
		{"homonyms, Cần Thơ first", [][]*graph.Extraction{{CT1()}, {QT2()}, {QT1()}}, both},
		{"homonyms, one a batch", [][]*graph.Extraction{{QT2()}, {CT1()}, {QT1()}}, both},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := h.store(t)
			all := putBatches(t, s, tt.batches)
			g := load(t, s)
			var persons []string
			for _, e := range g.Entities(graph.Person) {
				persons = append(persons, e.ID)
			}
			if !slices.Equal(persons, tt.persons) {
				t.Errorf("persons %v, want %v", persons, tt.persons)
			}
			if len(tt.persons) == 2 {
				if fs := g.Between(ctID, posCT); len(fs) != 1 {
					t.Errorf("Cần Thơ's An holds %v", g.FactsOf(ctID))
				}
				if fs := g.Between(qtID, posCT); len(fs) != 0 {
					t.Errorf("Quảng Trị's An holds the Cần Thơ position: %v", fs)
				}
				ev, err := s.Evidence(context.Background(), qtID)
				if err != nil {
					t.Fatal(err)
				}
				a, b := QT1().Article, QT2().Article
				if b.Hash < a.Hash {
					a, b = b, a
				}
				want := []graph.Evidence{{A: graph.ArticleID(a.Hash), B: graph.ArticleID(b.Hash),
					Reason: "shared organization " + ubndQT, TitleA: a.Title, TitleB: b.Title}}
				if !slices.Equal(ev, want) {
					t.Errorf("evidence %v, want %v", ev, want)
				}
			}
			h.checkStore(t, s, all, all)
		})
	}
}

// testPersonsIncremental ingests a synthetic corpus in batches, with
// revisions that replace articles, and checks after each batch that the
// store's persons are those graph.ResolvePersons finds over the articles
// it holds.
func testPersonsIncremental(t *testing.T, h *Harness) {
	s, name := h.store(t)
	base, rev := Corpus{seed: 7}, Corpus{seed: 8}
	var cur current
	revision := func(i int) *graph.Extraction {
		ex := rev.Extraction(i)
		ex.Article.Source = base.Extraction(i).Article.Source
		return ex
	}
	steps := [][]*graph.Extraction{
		base.Batch(0, 60),
		base.Batch(60, 120),
		{revision(3), revision(70), base.Extraction(121), revision(5)},
		base.Batch(100, 160), // 100-119 unchanged
		{base.Extraction(3), revision(3), base.Extraction(3)},
	}
	for i, step := range steps {
		if i == 3 { // another process: nothing remembered
			s.Close()
			s = h.reopen(t, name, false)
		}
		put(t, s, step...)
		cur.add(step)
		h.checkStore(t, s, cur.history, cur.now())
		if t.Failed() {
			t.Fatalf("after step %d", i)
		}
	}
}

// current follows what a store holds: the last extraction of each
// source, in the order sources came.
type current struct {
	history []*graph.Extraction
	bySrc   map[string]*graph.Extraction
	order   []string
}

func (c *current) add(exs []*graph.Extraction) {
	if c.bySrc == nil {
		c.bySrc = map[string]*graph.Extraction{}
	}
	c.history = append(c.history, exs...)
	for _, ex := range exs {
		if old, ok := c.bySrc[ex.Article.Source]; ok && old.Article.Hash == ex.Article.Hash {
			continue
		}
		if _, ok := c.bySrc[ex.Article.Source]; ok {
			c.order = slices.DeleteFunc(c.order, func(s string) bool { return s == ex.Article.Source })
		}
		c.bySrc[ex.Article.Source] = ex
		c.order = append(c.order, ex.Article.Source)
	}
}

func (c *current) now() []*graph.Extraction {
	var out []*graph.Extraction
	for _, src := range c.order {
		out = append(out, c.bySrc[src])
	}
	return out
}

// testCareerMove checks that the store joins a rare name's posts in two
// provinces when one follows the other, as graph.ResolvePersons does,
// whichever article comes first, and keeps them apart at the same time.
func testCareerMove(t *testing.T, h *Harness) {
	const huong = "person:nguyễn thị thanh hương"
	post := func(i int, year int, pos, org, place, name string) *graph.Extraction {
		ex := newArticle(HashOf(7, i), fmt.Sprintf("samples/career%d.txt", i), "Tin "+name,
			[]graph.Entity{
				{ID: huong, Kind: graph.Person, Name: "Nguyễn Thị Thanh Hương"},
				{ID: org, Kind: graph.Organization, Name: name, Class: graph.OrgState},
				{ID: pos, Kind: graph.Position, Name: "Chủ tịch " + name, Role: "Chủ tịch"},
				{ID: place, Kind: graph.Place, Name: name},
			},
			[]graph.Fact{
				{Subject: huong, Relation: graph.HoldsPosition, Object: pos},
				{Subject: pos, Relation: graph.PositionIn, Object: org},
				{Subject: org, Relation: graph.LocatedIn, Object: place},
			})
		ex.Article.Published = graph.Date{Year: year, Month: 6, Day: 1}
		return ex
	}
	qt := func(i, year int) *graph.Extraction {
		return post(i, year, posQT, ubndQT, quangTri, "UBND tỉnh Quảng Trị")
	}
	ct := func(i, year int) *graph.Extraction {
		return post(i, year, "position:chủ tịch ubnd thành phố cần thơ", ubndCT, canTho, "UBND thành phố Cần Thơ")
	}
	tests := []struct {
		name    string
		batches [][]*graph.Extraction
		persons int
	}{
		{"one post after the other", [][]*graph.Extraction{{qt(1, 2019), qt(2, 2020)}, {ct(3, 2024)}}, 1},
		{"the later post first", [][]*graph.Extraction{{ct(3, 2024)}, {qt(2, 2020)}, {qt(1, 2019)}}, 1},
		{"two posts at once", [][]*graph.Extraction{{qt(1, 2019), qt(2, 2024)}, {ct(3, 2021)}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := h.store(t)
			all := putBatches(t, s, tt.batches)
			if got := len(load(t, s).Entities(graph.Person)); got != tt.persons {
				t.Errorf("%d persons, want %d", got, tt.persons)
			}
			h.checkStore(t, s, all, all)
		})
	}
}

func testPutErrors(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	bad := QT1()
	bad.Facts = append(bad.Facts, graph.Fact{Subject: anKey, Relation: graph.Relation(99), Object: posQT})
	noHash := QT2()
	noHash.Article.Hash = ""
	noKind := QT2()
	noKind.Facts = append(noKind.Facts, graph.Fact{Subject: anKey, Relation: graph.Attended, Object: "somewhere"})
	for _, ex := range []*graph.Extraction{bad, noHash, noKind, nil} {
		if _, err := s.Put(context.Background(), []*graph.Extraction{QT2(), ex}); err == nil {
			t.Errorf("Put of a bad extraction succeeded")
		} else if !strings.HasPrefix(err.Error(), "put 2 articles in ") {
			t.Errorf("error %q does not say what was done", err)
		}
	}
	if st, _ := s.Stats(context.Background()); st.Articles != 0 {
		t.Errorf("a failed batch stored %d articles", st.Articles)
	}
}

// testCancel puts a batch with a context already done: nothing is
// stored, and the error says so.
func testCancel(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	put(t, s, QT1())
	before := load(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Put(ctx, []*graph.Extraction{QT2(), CT1()}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Put: %v, want context.Canceled", err)
	}
	SameGraph(t, load(t, s), before)
	put(t, s, QT2(), CT1())
	all := []*graph.Extraction{QT1(), QT2(), CT1()}
	h.checkStore(t, s, all, all)
}

func testReadOnly(t *testing.T, h *Harness) {
	s, name := h.store(t)
	put(t, s, QT1())
	r := h.reopen(t, name, true)
	if _, err := r.Put(context.Background(), []*graph.Extraction{QT2()}); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("Put on a read-only store: %v, want ErrReadOnly", err)
	}
	if g := load(t, r); g.Len() == 0 {
		t.Error("read-only store reads nothing")
	}
}

// testConcurrentWriters puts the two halves of a corpus from two stores
// opened on one database at once, batch by batch: the same graph as one
// writer's, whatever the order the batches took turns in.
func testConcurrentWriters(t *testing.T, h *Harness) {
	base, rev := Corpus{seed: 31}, Corpus{seed: 32}
	exs := base.Batch(0, 160)
	// Revisions in both halves, after the articles they replace.
	for _, i := range []int{4, 91} { // each in the half of the article it replaces
		r := rev.Extraction(i)
		r.Article.Source = exs[i].Article.Source
		exs = append(exs, r)
	}
	halves := [2][]*graph.Extraction{}
	for i, ex := range exs {
		halves[i%2] = append(halves[i%2], ex)
	}
	one, _ := h.store(t)
	for _, b := range chunk2(exs[:160], 20) {
		put(t, one, b...)
	}
	put(t, one, exs[160:]...)
	want := load(t, one)

	_, name := h.store(t)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for w, half := range halves {
		s := h.reopen(t, name, false)
		wg.Go(func() {
			for _, b := range chunk2(half, 10) {
				if _, err := s.Put(context.Background(), b); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	// A reader reads meanwhile.
	reader := h.reopen(t, name, true)
	wg.Go(func() {
		for range 5 {
			if _, err := reader.Stats(context.Background()); err != nil {
				t.Errorf("reader during writes: %v", err)
				return
			}
		}
	})
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatalf("writer: %v", err)
		}
	}
	s := h.reopen(t, name, true)
	got := load(t, s)
	// Which version of a revised article a store holds depends on which
	// came last: the revision, in both.
	SameGraph(t, got, want)
	ws, err := one.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	gs, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if gs.Articles != ws.Articles || fmt.Sprint(gs.Entities) != fmt.Sprint(ws.Entities) || fmt.Sprint(gs.Facts) != fmt.Sprint(ws.Facts) {
		t.Errorf("Stats of two writers %+v, of one %+v", gs, ws)
	}
}

// chunk2 splits exs into batches of n.
func chunk2(exs []*graph.Extraction, n int) [][]*graph.Extraction {
	var out [][]*graph.Extraction
	for i := 0; i < len(exs); i += n {
		out = append(out, exs[i:min(i+n, len(exs))])
	}
	return out
}

// testNamesakesInPassing: a common name named in passing in many articles
// (each a person of its own), some of which say something of it, and a
// rare name likewise, whose articles' hashes share their first six
// characters in few ways, so that the clusters' IDs need longer ones to
// tell them apart; added in batches of every size, the store must give
// the persons graph.ResolvePersons gives, whichever groups it reads at
// each batch.
func testNamesakesInPassing(t *testing.T, h *Harness) {
	s, _ := h.store(t)
	r := rand.New(rand.NewPCG(21, 5))
	const place = "place:tỉnh hà giang"
	article := func(i int) *graph.Extraction {
		hash := fmt.Sprintf("c0ffe%d%016x%016x%016x%010x", r.IntN(3), r.Uint64(), r.Uint64(), r.Uint64(), r.Uint64()>>24)
		name := "Trần Văn Hùng"
		if i%4 == 0 {
			name = "Tôn Thất Minh Khôi"
		}
		person := graph.ID(graph.Person, strings.ToLower(name))
		aid := graph.ArticleID(hash)
		ents := []graph.Entity{{ID: person, Kind: graph.Person, Name: name}}
		facts := []graph.Fact{{Subject: aid, Relation: graph.Mentions, Object: person}}
		switch r.IntN(6) {
		case 0: // a post
			pos := graph.Entity{ID: "position:trưởng thôn nà lầu", Kind: graph.Position, Name: "Trưởng thôn Nà Lầu", Role: "Trưởng thôn"}
			ents = append(ents, pos)
			facts = append(facts, graph.Fact{Subject: person, Relation: graph.HoldsPosition, Object: pos.ID})
		case 1: // a place
			ents = append(ents, graph.Entity{ID: place, Kind: graph.Place, Name: "Hà Giang"})
			facts = append(facts, graph.Fact{Subject: person, Relation: graph.LocatedIn, Object: place})
		}
		ex := newArticle(hash, fmt.Sprintf("samples/passing%d.txt", i), "Người dân xã Nà Lầu đón Tết", ents, facts)
		ex.Article.Published = graph.Date{Year: 2018 + i%6, Month: 1 + i%12, Day: 1 + i%27}
		for k := range ex.Facts {
			ex.Facts[k].AsOf = ex.Article.Published
		}
		return ex
	}
	var cur current
	for i := 0; i < 90; {
		var batch []*graph.Extraction
		for range 1 + r.IntN(12) {
			batch = append(batch, article(i))
			i++
		}
		put(t, s, batch...)
		cur.add(batch)
		h.checkStore(t, s, cur.history, cur.now())
		if t.Failed() {
			t.Fatalf("after article %d", i)
		}
	}
}
