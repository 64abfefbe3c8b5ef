package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"kg/graph"
	"kg/graph/sqlite"
	"kg/ingest/document"
	"kg/ingest/extract"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// TestResolution ingests generated articles into a store and compares the
// people the store makes with the world's: a person of the world whose
// mentions land in several nodes is split; a node that holds mentions of
// several people of the world (homonyms, by construction in other
// provinces with nothing in common) is a wrong merge. The corpus has
// people named in up to hundreds of articles and about 2% homonyms, and
// citizens who hold no post (elders, voters, defendants) named in a few
// articles each. GEN_RESOLVE_DEBUG=1 lists the articles of each node of
// a split person.
//
// GEN_RESOLVE_N sets the number of articles (default 1000).
func TestResolution(t *testing.T) {
	n := 1000
	if s := os.Getenv("GEN_RESOLVE_N"); s != "" {
		fmt.Sscan(s, &n)
	}
	if testing.Short() {
		n = 300
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	w := testWorld(t, provincesFor(n))
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	x := extract.New(lex)
	ctx := context.Background()
	// truth: (article, name key) → the world's person
	truth := map[[2]string]*Person{}
	articleN := map[string]int{} // article ID → n, for the debug output
	var batch []*graph.Extraction
	for i := 1; i <= n; i++ {
		a := w.Article(1, i)
		doc, err := document.ParseText(a.Text(), Path(i, FormatTxt))
		if err != nil {
			t.Fatal(err)
		}
		ex := x.Extract(doc)
		art := graph.ArticleID(ex.Article.Hash)
		articleN[art] = i
		for _, m := range a.Mentions {
			truth[[2]string{art, token.Key(m.Person.Name)}] = m.Person
		}
		batch = append(batch, ex)
		if len(batch) == 200 || i == n {
			if _, err := store.Put(ctx, batch); err != nil {
				t.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	g, err := store.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// node → world people it holds; world person → nodes
	holds := map[string]map[*Person]bool{}
	nodes := map[*Person]map[string]bool{}
	for _, f := range g.Facts() {
		if graph.KindOf(f.Object) != graph.Person || f.Relation != graph.Mentions {
			continue
		}
		e, _ := g.Entity(f.Object)
		p := truth[[2]string{f.Subject, token.Key(e.Name)}]
		if p == nil {
			continue // not an official of the world (a reporter, a misreading)
		}
		if holds[e.ID] == nil {
			holds[e.ID] = map[*Person]bool{}
		}
		holds[e.ID][p] = true
		if nodes[p] == nil {
			nodes[p] = map[string]bool{}
		}
		nodes[p][e.ID] = true
	}
	var merged []string
	for id, ps := range holds {
		if len(ps) > 1 {
			merged = append(merged, id)
		}
	}
	// People with a post and people without (citizens) are counted
	// apart: a citizen is named with nothing but a form of address, a
	// birth year or a residence, and a resolver may fail them alone.
	var split, splitCitizens []string
	named, namedCitizens := 0, 0
	for p, ids := range nodes {
		if p.Kind == Citizen {
			namedCitizens++
		} else {
			named++
		}
		if len(ids) > 1 {
			if p.Kind == Citizen {
				splitCitizens = append(splitCitizens, fmt.Sprintf("%s (%d nodes)", p.Name, len(ids)))
			} else {
				split = append(split, fmt.Sprintf("%s (%d nodes)", p.Name, len(ids)))
			}
			if os.Getenv("GEN_RESOLVE_DEBUG") != "" {
				for id := range ids {
					var arts []string
					for _, f := range g.Facts() {
						if f.Object == id && f.Relation == graph.Mentions {
							arts = append(arts, strconv.Itoa(articleN[f.Subject]))
						}
					}
					t.Logf("  %s %s: %v", p.Name, id, arts)
				}
			}
		}
	}
	sort.Strings(merged)
	sort.Strings(split)
	sort.Strings(splitCitizens)
	homonyms := 0
	for _, h := range w.Homonyms {
		named := 0
		for _, p := range h {
			if nodes[p] != nil {
				named++
			}
		}
		if named > 1 {
			homonyms++
		}
	}
	t.Logf("%d articles: %d people of the world named, %d nodes; %d homonym groups named; %d wrong merges %v; %d of %d people with a post split %v; %d of %d citizens split %v",
		n, len(nodes), len(holds), homonyms, len(merged), merged, len(split), named, split, len(splitCitizens), namedCitizens, splitCitizens)
	// The bounds are what resolution must keep: no more than one wrong
	// merge in ten homonym groups; no more than 4% of the people with a
	// post split (seed 1, 1000 articles: 14 of 466, most of them named
	// once with their role in lower case, as one article in ten writes
	// it, or after a sentence ending in "TP.": the extractor gives them
	// no title there, so nothing ties them to their other mentions); no
	// more than 3% of citizens split: a citizen named in several
	// articles has there the same name, birth year and residence, and
	// no namesake in the world (seed 1: none split).
	if len(merged) > homonyms/10+1 {
		t.Errorf("%d wrong merges of homonyms (of %d groups): %v", len(merged), homonyms, merged)
	}
	if len(split)*100 > 4*named {
		t.Errorf("%d of %d people with a post split over several nodes: %v", len(split), named, split)
	}
	if len(splitCitizens)*100 > 3*namedCitizens {
		t.Errorf("%d of %d citizens (no post; the same name, birth year and residence in each article) split over several nodes: %v", len(splitCitizens), namedCitizens, splitCitizens)
	}
}
