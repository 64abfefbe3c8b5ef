package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"kg/graph"
)

// Hand-made articles about Nguyễn Văn An: a Phó Chủ tịch UBND tỉnh Quảng
// Trị (articles qt1, qt2), and a namesake, Giám đốc Sở Tài chính Cần Thơ
// (ct1).
const (
	anKey    = "person:nguyễn văn an"
	ubndQT   = "organization:ủy ban nhân dân tỉnh quảng trị"
	posQT    = "position:phó chủ tịch ủy ban nhân dân tỉnh quảng trị"
	quangTri = "place:quảng trị"
	soCT     = "organization:sở tài chính thành phố cần thơ"
	posCT    = "position:giám đốc sở tài chính thành phố cần thơ"
	canTho   = "place:cần thơ"
	daiHoi   = "event:đại hội đảng bộ tỉnh quảng trị"
	ubndCT   = "organization:ủy ban nhân dân thành phố cần thơ"
)

// newArticle builds an extraction with every field set.
func newArticle(hash, source, title string, ents []graph.Entity, facts []graph.Fact) *graph.Extraction {
	ex := &graph.Extraction{
		Article: graph.ArticleMeta{
			Source: source, Hash: hash, Title: title,
			Published: graph.Date{Year: 2020, Month: 5, Day: 16},
			Author:    "Công Thọ", Publisher: "Kinh tế & Đô thị",
			Text: "Sáng 16/5, " + title + ".",
		},
		Entities: ents,
	}
	for i, f := range facts {
		f.AsOf = ex.Article.Published
		f.Prov = graph.Provenance{Article: graph.ArticleID(hash), Start: 10 * i, End: 10*i + 9, Rule: "test/" + f.Relation.String()}
		ex.Facts = append(ex.Facts, f)
	}
	return ex
}

func an(aliases ...string) graph.Entity {
	return graph.Entity{ID: anKey, Kind: graph.Person, Name: "Nguyễn Văn An", Aliases: aliases}
}

func qt1() *graph.Extraction {
	return newArticle(hashOf(1, 1), "samples/qt1.txt", "Đại hội Đảng bộ tỉnh Quảng Trị",
		[]graph.Entity{
			an("ông An"),
			{ID: ubndQT, Kind: graph.Organization, Name: "Ủy ban nhân dân tỉnh Quảng Trị", Aliases: []string{"UBND tỉnh Quảng Trị"}, Class: graph.OrgState},
			{ID: posQT, Kind: graph.Position, Name: "Phó Chủ tịch UBND tỉnh Quảng Trị", Role: "Phó Chủ tịch"},
			{ID: quangTri, Kind: graph.Place, Name: "Quảng Trị"},
			{ID: daiHoi, Kind: graph.Event, Name: "Đại hội Đảng bộ tỉnh Quảng Trị", Date: graph.Date{Year: 2020, Month: 5, Day: 16},
				End: graph.Date{Year: 2020, Month: 5, Day: 18}, Text: "Đại hội"},
		},
		[]graph.Fact{
			{Subject: anKey, Relation: graph.HoldsPosition, Object: posQT},
			{Subject: posQT, Relation: graph.PositionIn, Object: ubndQT},
			{Subject: ubndQT, Relation: graph.LocatedIn, Object: quangTri},
			{Subject: anKey, Relation: graph.SpokeAt, Object: daiHoi},
			{Subject: anKey, Relation: graph.HoldsPosition, Object: "position:bí thư huyện ủy", Former: true}, // an end not listed
		})
}

func qt2() *graph.Extraction {
	return newArticle(hashOf(1, 2), "samples/qt2.txt", "UBND tỉnh Quảng Trị họp phiên thường kỳ",
		[]graph.Entity{
			an(),
			{ID: ubndQT, Kind: graph.Organization, Name: "UBND tỉnh Quảng Trị"},
			{ID: posQT, Kind: graph.Position, Name: "Phó Chủ tịch UBND tỉnh Quảng Trị", Role: "Phó Chủ tịch"},
		},
		[]graph.Fact{
			{Subject: anKey, Relation: graph.HoldsPosition, Object: posQT},
			{Subject: posQT, Relation: graph.PositionIn, Object: ubndQT},
		})
}

func ct1() *graph.Extraction {
	return newArticle(hashOf(1, 3), "samples/ct1.txt", "Sở Tài chính Cần Thơ tổng kết năm",
		[]graph.Entity{
			an(),
			{ID: soCT, Kind: graph.Organization, Name: "Sở Tài chính thành phố Cần Thơ", Class: graph.OrgState},
			{ID: ubndCT, Kind: graph.Organization, Name: "UBND thành phố Cần Thơ", Class: graph.OrgState},
			{ID: posCT, Kind: graph.Position, Name: "Giám đốc Sở Tài chính thành phố Cần Thơ", Role: "Giám đốc"},
			{ID: canTho, Kind: graph.Place, Name: "Cần Thơ"},
		},
		[]graph.Fact{
			{Subject: anKey, Relation: graph.HoldsPosition, Object: posCT},
			{Subject: posCT, Relation: graph.PositionIn, Object: soCT},
			{Subject: soCT, Relation: graph.PartOf, Object: ubndCT},
			{Subject: ubndCT, Relation: graph.LocatedIn, Object: canTho},
		})
}

// suffixOf is the cluster suffix ResolvePersons gives a cluster whose
// smallest hash is h.
func suffixOf(h string) string { return "~" + h[:6] }

func TestRoundTrip(t *testing.T) {
	s, path := openTemp(t)
	exs := []*graph.Extraction{qt1(), qt2()}
	res := put(t, s, exs...)
	if got, want := statuses(res), []graph.PutStatus{graph.Added, graph.Added}; !slices.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
	if res[0].Article != graph.ArticleID(exs[0].Article.Hash) || res[0].Source != "samples/qt1.txt" ||
		res[0].Entities != 5 || res[0].Facts != 5 {
		t.Errorf("result %+v", res[0])
	}
	s.Close()

	// Every field, read back by a new process.
	s, err := Open(path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g := load(t, s)
	sameGraph(t, g, oracle(t, exs, exs))

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
	if st.SchemaVers != SchemaVersion || st.SizeBytes == 0 || st.Path != path || st.Articles != 2 {
		t.Errorf("Stats %+v", st)
	}
}

func reflectEqual(a, b graph.Entity) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Name == b.Name && slices.Equal(a.Aliases, b.Aliases) &&
		a.Class == b.Class && a.Role == b.Role && a.Date == b.Date && a.End == b.End && a.Text == b.Text
}

func TestPutIdempotent(t *testing.T) {
	s, path := openTemp(t)
	put(t, s, qt1(), qt2())
	before := load(t, s)
	for range 2 {
		res := put(t, s, qt2(), qt1())
		if got, want := statuses(res), []graph.PutStatus{graph.Unchanged, graph.Unchanged}; !slices.Equal(got, want) {
			t.Errorf("statuses %v, want %v", got, want)
		}
	}
	// The same article twice in a batch is stored once.
	res := put(t, s, ct1(), ct1())
	if got, want := statuses(res), []graph.PutStatus{graph.Added, graph.Unchanged}; !slices.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
	checkStore(t, s, []*graph.Extraction{qt1(), qt2(), ct1()}, []*graph.Extraction{qt1(), qt2(), ct1()})
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	put(t, s2, qt1())
	g := load(t, s2)
	for _, e := range before.Entities() {
		if _, ok := g.Entity(e.ID); !ok {
			t.Errorf("entity %s lost", e.ID)
		}
	}
}

// TestNamesAcrossBatches stores an organization under a longer name in
// each batch: every name stays, as one batch of all three gives.
func TestNamesAcrossBatches(t *testing.T) {
	var exs []*graph.Extraction
	for i, name := range []string{"UBND", "UBND tỉnh", "UBND tỉnh Quảng Trị"} {
		exs = append(exs, newArticle(hashOf(9, i), fmt.Sprintf("samples/n%d.txt", i), "Họp "+name,
			[]graph.Entity{{ID: ubndQT, Kind: graph.Organization, Name: name}, {ID: quangTri, Kind: graph.Place, Name: "Quảng Trị"}},
			[]graph.Fact{{Subject: ubndQT, Relation: graph.LocatedIn, Object: quangTri}}))
	}
	for _, split := range [][]int{{3}, {1, 1, 1}, {2, 1}} {
		t.Run(fmt.Sprint(split), func(t *testing.T) {
			s, _ := openTemp(t)
			from := 0
			for _, n := range split {
				put(t, s, exs[from:from+n]...)
				from += n
			}
			checkStore(t, s, exs, exs)
		})
	}
}

func TestReplaceBySource(t *testing.T) {
	s, _ := openTemp(t)
	put(t, s, qt1(), qt2())

	// qt1 corrected: the event and the former position are gone, An is
	// now called by another name.
	v2 := newArticle(hashOf(1, 11), "samples/qt1.txt", "Đại hội Đảng bộ tỉnh Quảng Trị (cập nhật)",
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
	for _, id := range []string{daiHoi, quangTri, "position:bí thư huyện ủy", graph.ArticleID(qt1().Article.Hash)} {
		if _, ok := g.Entity(id); ok {
			t.Errorf("entity %s of the replaced article is still there", id)
		}
	}
	for _, id := range []string{anKey, ubndQT, posQT, graph.ArticleID(v2.Article.Hash)} {
		if _, ok := g.Entity(id); !ok {
			t.Errorf("entity %s is gone", id)
		}
	}
	if _, err := s.Article(context.Background(), graph.ArticleID(qt1().Article.Hash)); !errors.Is(err, graph.ErrNoArticle) {
		t.Errorf("replaced article: %v, want ErrNoArticle", err)
	}
	if found, err := s.Search(context.Background(), "Đại hội Đảng bộ", []graph.Kind{graph.Event}, 0); err != nil || len(found) > 0 {
		t.Errorf("search finds the replaced article's event: %v, %v", found, err)
	}
	// Aliases seen once stay with the entity (ông An, UBND tỉnh Quảng
	// Trị): the oracle rebuilt from the current articles lacks them.
	e, _ := g.Entity(ubndQT)
	if !slices.Contains(e.Aliases, "UBND tỉnh Quảng Trị") {
		t.Errorf("aliases of %s: %v", ubndQT, e.Aliases)
	}
	for _, f := range g.Facts() {
		if f.Prov.Article == graph.ArticleID(qt1().Article.Hash) {
			t.Errorf("fact of the replaced article: %+v", f)
		}
	}
	// Back to the first version, in a batch that also replaces it again.
	res = put(t, s, qt1(), v2, qt1())
	if got, want := statuses(res), []graph.PutStatus{graph.Replaced, graph.Replaced, graph.Replaced}; !slices.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
	checkStore(t, s, []*graph.Extraction{qt1(), qt2(), v2, qt1()}, []*graph.Extraction{qt2(), qt1()})
}

func TestPersons(t *testing.T) {
	// The cluster with the smallest hash keeps the key.
	qt := min(qt1().Article.Hash, qt2().Article.Hash)
	ct := ct1().Article.Hash
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
		{"same person in two articles", [][]*graph.Extraction{{qt1(), qt2()}}, []string{anKey}},
		{"homonyms in one batch", [][]*graph.Extraction{{qt1(), ct1(), qt2()}}, both},
		{"homonyms, Cần Thơ first", [][]*graph.Extraction{{ct1()}, {qt2()}, {qt1()}}, both},
		{"homonyms, one a batch", [][]*graph.Extraction{{qt2()}, {ct1()}, {qt1()}}, both},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTemp(t)
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
				a, b := qt1().Article.Hash, qt2().Article.Hash
				if b < a {
					a, b = b, a
				}
				want := []graph.Evidence{{A: graph.ArticleID(a), B: graph.ArticleID(b),
					Reason: "shared organization " + ubndQT}}
				if !slices.Equal(ev, want) {
					t.Errorf("evidence %v, want %v", ev, want)
				}
			}
			checkStore(t, s, all, all)
		})
	}
}

// TestPersonsIncremental ingests a synthetic corpus in batches, with
// revisions that replace articles, and checks after each batch that the
// store's persons are those graph.ResolvePersons finds over the articles
// it holds.
func TestPersonsIncremental(t *testing.T) {
	s, path := openTemp(t)
	base, rev := corpus{seed: 7}, corpus{seed: 8}
	current := map[string]*graph.Extraction{} // by source
	var order []string
	apply := func(exs []*graph.Extraction) {
		for _, ex := range exs {
			if old, ok := current[ex.Article.Source]; ok && old.Article.Hash == ex.Article.Hash {
				continue
			}
			if _, ok := current[ex.Article.Source]; ok {
				order = slices.DeleteFunc(order, func(s string) bool { return s == ex.Article.Source })
			}
			current[ex.Article.Source] = ex
			order = append(order, ex.Article.Source)
		}
	}
	list := func() []*graph.Extraction {
		var out []*graph.Extraction
		for _, src := range order {
			out = append(out, current[src])
		}
		return out
	}
	revision := func(i int) *graph.Extraction {
		ex := rev.extraction(i)
		ex.Article.Source = base.extraction(i).Article.Source
		return ex
	}
	steps := [][]*graph.Extraction{
		base.batch(0, 60),
		base.batch(60, 120),
		{revision(3), revision(70), base.extraction(121), revision(5)},
		base.batch(100, 160), // 100-119 unchanged
		{base.extraction(3), revision(3), base.extraction(3)},
	}
	var history []*graph.Extraction
	for i, step := range steps {
		if i == 3 { // a new process: the cache is cold
			s.Close()
			var err error
			if s, err = Open(path); err != nil {
				t.Fatal(err)
			}
			defer s.Close()
		}
		put(t, s, step...)
		apply(step)
		history = append(history, step...)
		checkStore(t, s, history, list())
		if t.Failed() {
			t.Fatalf("after step %d", i)
		}
	}
}

func TestNotAStore(t *testing.T) {
	dir := t.TempDir()
	sqliteFile := func(name, setup string) string {
		path := filepath.Join(dir, name)
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(setup); err != nil {
			t.Fatal(err)
		}
		db.Close()
		return path
	}
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("Đại hội Đảng bộ tỉnh Quảng Trị\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short")
	if err := os.WriteFile(short, []byte("SQLite format 3\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
	}{
		{"text", text},
		{"short", short},
		{"other sqlite", sqliteFile("other.db", "CREATE TABLE t (x); INSERT INTO t VALUES (1)")},
		{"other application", sqliteFile("app.db", "PRAGMA application_id = 42; CREATE TABLE t (x)")},
		{"empty sqlite", sqliteFile("empty.db", "PRAGMA user_version = 0; VACUUM")},
		{"directory", dir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, tt.path)
			for _, opts := range [][]Option{nil, {ReadOnly()}} {
				s, err := Open(tt.path, opts...)
				if err == nil {
					s.Close()
					t.Fatalf("Open %v succeeded", opts)
				}
				if !errors.Is(err, graph.ErrNotStore) {
					t.Errorf("Open: %v, want ErrNotStore", err)
				}
				if !strings.HasPrefix(err.Error(), "open store "+tt.path+": ") {
					t.Errorf("error %q does not say what was done", err)
				}
			}
			if after := snapshot(t, tt.path); after != before {
				t.Errorf("file changed:\n%s\n%s", before, after)
			}
		})
	}
}

// snapshot describes a file's bytes, and its SQLite sidecars.
func snapshot(t *testing.T, path string) string {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.IsDir() {
		return "dir"
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := fmt.Sprintf("%x", b)
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + side); err == nil {
			out += " " + side
		}
	}
	return out
}

func TestSchemaVersions(t *testing.T) {
	setVersion := func(t *testing.T, path string, v int) {
		t.Helper()
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("newer", func(t *testing.T) {
		s, path := openTemp(t)
		put(t, s, qt1())
		s.Close()
		setVersion(t, path, SchemaVersion+1)
		before := snapshot(t, path)
		for _, opts := range [][]Option{nil, {ReadOnly()}} {
			if _, err := Open(path, opts...); !errors.Is(err, graph.ErrNewerStore) {
				t.Errorf("Open %v: %v, want ErrNewerStore", opts, err)
			}
		}
		if after := snapshot(t, path); after != before {
			t.Errorf("the newer store changed: %s / %s", before[len(before)-20:], after[len(after)-20:])
		}
	})
	t.Run("older", func(t *testing.T) {
		// A kg store of version 0: application ID, no schema.
		path := filepath.Join(t.TempDir(), "old.db")
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 0; VACUUM", applicationID)); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if _, err := Open(path, ReadOnly()); err == nil || !strings.Contains(err.Error(), "migrate") {
			t.Errorf("read-only Open of an old store: %v, want a request to migrate", err)
		}
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		put(t, s, qt1())
		st, err := s.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.SchemaVers != SchemaVersion {
			t.Errorf("schema version %d after migration, want %d", st.SchemaVers, SchemaVersion)
		}
	})
	t.Run("missing", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "none.db")
		if _, err := Open(path, ReadOnly()); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("read-only Open of a missing file: %v, want ErrNotExist", err)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Error("read-only Open created the file")
		}
	})
	t.Run("empty file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "empty.db")
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	})
}

func TestReadOnly(t *testing.T) {
	s, path := openTemp(t)
	put(t, s, qt1())
	r, err := Open(path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.Put(context.Background(), []*graph.Extraction{qt2()}); err == nil {
		t.Error("Put on a read-only store succeeded")
	}
	if g := load(t, r); g.Len() == 0 {
		t.Error("read-only store reads nothing")
	}
}

func TestLocking(t *testing.T) {
	a, path := openTemp(t)
	put(t, a, qt1())
	b, err := Open(path, WithLockTimeout(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	r, err := Open(path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	// a holds the write lock, in the middle of a Put.
	holding, release := make(chan struct{}), make(chan struct{})
	a.afterStage = func(stage string) {
		if stage == "articles" {
			close(holding)
			<-release
		}
	}
	var wg sync.WaitGroup
	var aErr error
	wg.Go(func() { _, aErr = a.Put(context.Background(), []*graph.Extraction{qt2()}) })
	<-holding

	// Opening the store does not wait for the writer.
	start := time.Now()
	c, err := Open(path, WithLockTimeout(time.Minute))
	if err != nil {
		t.Fatalf("Open during a write: %v", err)
	}
	c.Close()
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Open waited %v for the writer", d)
	}

	start = time.Now()
	_, err = b.Put(context.Background(), []*graph.Extraction{ct1()})
	if !errors.Is(err, graph.ErrLocked) {
		t.Errorf("second writer: %v, want ErrLocked", err)
	}
	if d := time.Since(start); d < 100*time.Millisecond || d > 5*time.Second {
		t.Errorf("second writer gave up after %v, want about 100ms", d)
	}
	// Readers read meanwhile, what was committed.
	st, err := r.Stats(context.Background())
	if err != nil {
		t.Fatalf("reader during a write: %v", err)
	}
	if st.Articles != 1 {
		t.Errorf("reader sees %d articles, want 1", st.Articles)
	}
	close(release)
	wg.Wait()
	if aErr != nil {
		t.Fatal(aErr)
	}
	a.afterStage = nil
	// b writes once the lock is free, after a wrote behind its back.
	put(t, b, ct1())
	all := []*graph.Extraction{qt1(), qt2(), ct1()}
	checkStore(t, b, all, all)
	put(t, a, qt1()) // a's cache must see b's write
	checkStore(t, a, all, all)
}

func TestCancel(t *testing.T) {
	for _, stage := range []string{"decide", "entities", "articles", "persons", "neighbors", "done"} {
		t.Run(stage, func(t *testing.T) {
			s, path := openTemp(t)
			put(t, s, qt1())
			before := snapshotGraph(t, s)
			ctx, cancel := context.WithCancel(context.Background())
			s.afterStage = func(st string) {
				if st == stage {
					cancel()
				}
			}
			_, err := s.Put(ctx, []*graph.Extraction{qt2(), ct1()})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("Put: %v, want context.Canceled", err)
			}
			s.afterStage = nil
			if after := snapshotGraph(t, s); after != before {
				t.Errorf("store changed:\n%s\n%s", before, after)
			}
			r, err := Open(path, ReadOnly())
			if err != nil {
				t.Fatal(err)
			}
			if after := snapshotGraph(t, r); after != before {
				t.Errorf("store changed for another process:\n%s\n%s", before, after)
			}
			r.Close()
			put(t, s, qt2(), ct1())
			all := []*graph.Extraction{qt1(), qt2(), ct1()}
			checkStore(t, s, all, all)
		})
	}
}

func snapshotGraph(t *testing.T, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	g := load(t, s)
	for _, e := range g.Entities() {
		fmt.Fprintf(&b, "%+v\n", *e)
	}
	for _, f := range g.Facts() {
		fmt.Fprintf(&b, "%+v\n", f)
	}
	return b.String()
}

func TestPutErrors(t *testing.T) {
	s, _ := openTemp(t)
	bad := qt1()
	bad.Facts = append(bad.Facts, graph.Fact{Subject: anKey, Relation: graph.Relation(99), Object: posQT})
	noHash := qt2()
	noHash.Article.Hash = ""
	noKind := qt2()
	noKind.Facts = append(noKind.Facts, graph.Fact{Subject: anKey, Relation: graph.Attended, Object: "somewhere"})
	for _, ex := range []*graph.Extraction{bad, noHash, noKind, nil} {
		if _, err := s.Put(context.Background(), []*graph.Extraction{qt2(), ex}); err == nil {
			t.Errorf("Put of a bad extraction succeeded")
		} else if !strings.HasPrefix(err.Error(), "put 2 articles in ") {
			t.Errorf("error %q does not say what was done", err)
		}
	}
	if st, _ := s.Stats(context.Background()); st.Articles != 0 {
		t.Errorf("a failed batch stored %d articles", st.Articles)
	}
}

// TestCareerMove checks that the store joins a rare name's posts in two
// provinces when one follows the other, as graph.ResolvePersons does,
// whichever article comes first, and keeps them apart at the same time.
func TestCareerMove(t *testing.T) {
	const huong = "person:nguyễn thị thanh hương"
	post := func(i int, year int, pos, org, place, name string) *graph.Extraction {
		ex := newArticle(hashOf(7, i), fmt.Sprintf("samples/career%d.txt", i), "Tin "+name,
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
			s, _ := openTemp(t)
			all := putBatches(t, s, tt.batches)
			if got := len(load(t, s).Entities(graph.Person)); got != tt.persons {
				t.Errorf("%d persons, want %d", got, tt.persons)
			}
			checkStore(t, s, all, all)
		})
	}
}
