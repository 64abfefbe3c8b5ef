package graph

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

const chung = "person:nguyễn đức chung"

// hash pads a short hex prefix to a full SHA-256 hex string.
func hash(prefix string) string { return prefix + strings.Repeat("0", 64-len(prefix)) }

// mention builds a mention of chung; context items are entity IDs, sorted
// into their lists by kind.
func mention(h string, context ...string) PersonMention {
	m := PersonMention{Article: ArticleID(hash(h)), Hash: hash(h), Key: chung}
	for _, id := range context {
		switch KindOf(id) {
		case Organization:
			m.Orgs = append(m.Orgs, id)
		case Position:
			m.Positions = append(m.Positions, id)
		case Place:
			m.Places = append(m.Places, id)
		case Event:
			m.Events = append(m.Events, id)
		}
	}
	return m
}

const (
	ubndHN   = "organization:ủy ban nhân dân thành phố hà nội"
	hanoi    = "place:hà nội"
	quangTri = "place:quảng trị"
	canTho   = "place:cần thơ"
	ubndQT   = "organization:ủy ban nhân dân tỉnh quảng trị"
	soCT     = "organization:sở tài chính thành phố cần thơ"
	daiHoi   = "event:đại hội đảng bộ"
)

// want is the expected shape of a cluster: its ID suffix, the hash
// prefixes of its mentions, and its evidence as "a b reason" with hash
// prefixes for articles.
type want struct {
	suffix   string
	hashes   []string
	evidence []string
}

func TestResolvePersons(t *testing.T) {
	tests := []struct {
		name     string
		mentions []PersonMention
		want     []want
	}{
		{
			name: "shared organization across articles",
			mentions: []PersonMention{
				mention("b1", ubndHN, hanoi, "position:chủ tịch ubnd thành phố hà nội"),
				mention("a1", ubndHN, hanoi, "position:phó chủ tịch ubnd thành phố hà nội"),
			},
			want: []want{{"", []string{"a1", "b1"}, []string{"a1 b1 shared organization " + ubndHN}}},
		},
		{
			name: "shared place",
			mentions: []PersonMention{
				mention("a1", ubndHN, hanoi),
				mention("b1", "organization:sở y tế hà nội", hanoi),
			},
			want: []want{{"", []string{"a1", "b1"}, []string{"a1 b1 shared place " + hanoi}}},
		},
		{
			name: "shared event",
			mentions: []PersonMention{
				mention("a1", daiHoi),
				mention("b1", daiHoi, ubndHN, hanoi),
			},
			want: []want{{"", []string{"a1", "b1"}, []string{"a1 b1 shared event " + daiHoi}}},
		},
		{
			name: "placeless mention joins; one that says nothing of the person stays apart",
			mentions: []PersonMention{
				mention("a1", ubndHN, hanoi),
				mention("b1", daiHoi),
				mention("c1"),
			},
			want: []want{
				{"", []string{"a1", "b1"}, []string{"a1 b1 " + reasonNoConflict}},
				{"~c10000", []string{"c1"}, nil},
			},
		},
		{
			name: "no places anywhere: one person",
			mentions: []PersonMention{
				mention("c1", "organization:bộ công an"),
				mention("a1", daiHoi),
				mention("b1", daiHoi),
			},
			want: []want{{"", []string{"a1", "b1", "c1"}, []string{
				"a1 b1 shared event " + daiHoi,
				"a1 c1 " + reasonNoConflict,
			}}},
		},
		{
			name: "homonyms in different provinces stay apart",
			mentions: []PersonMention{
				mention("c1", soCT, canTho, "position:giám đốc sở tài chính thành phố cần thơ"),
				mention("a1", ubndQT, quangTri, "position:phó chủ tịch ubnd tỉnh quảng trị"),
			},
			want: []want{
				{"", []string{"a1"}, nil},
				{"~c10000", []string{"c1"}, nil},
			},
		},
		{
			name: "placeless joins the homonym with most mentions",
			mentions: []PersonMention{
				mention("a1", soCT, canTho),
				mention("b1", ubndQT, quangTri),
				mention("b2", ubndQT, quangTri),
				mention("c1", daiHoi),
			},
			want: []want{
				{"", []string{"a1"}, nil},
				{"~b10000", []string{"b1", "b2", "c1"}, []string{
					"b1 b2 shared organization " + ubndQT,
					"b1 c1 " + reasonNoConflict,
				}},
			},
		},
		{
			name: "placeless joins the homonym with the smallest hash on a tie",
			mentions: []PersonMention{
				mention("b1", ubndQT, quangTri),
				mention("a2", soCT, canTho),
				mention("a1", daiHoi),
			},
			want: []want{
				{"", []string{"a1", "a2"}, []string{"a2 a1 " + reasonNoConflict}},
				{"~b10000", []string{"b1"}, nil},
			},
		},
		{
			name: "hash prefixes shared by two clusters are lengthened",
			mentions: []PersonMention{
				mention("0a", ubndHN, hanoi),
				mention("abcdef1", ubndQT, quangTri),
				mention("abcdef2", soCT, canTho),
			},
			want: []want{
				{"", []string{"0a"}, nil},
				{"~abcdef", []string{"abcdef1"}, nil},
				{"~abcdef2", []string{"abcdef2"}, nil},
			},
		},
		{
			name:     "one mention",
			mentions: []PersonMention{mention("a1", ubndHN, hanoi)},
			want:     []want{{"", []string{"a1"}, nil}},
		},
		{
			name:     "none",
			mentions: nil,
			want:     nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ResolvePersons(tt.mentions)
			checkClusters(t, got, tt.want)
			// Order independence: any permutation gives the same clusters.
			r := rand.New(rand.NewPCG(1, 2))
			for range 20 {
				in := slices.Clone(tt.mentions)
				r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
				if again := ResolvePersons(in); !reflect.DeepEqual(again, got) {
					t.Fatalf("shuffled input %v gives\n%+v\nwant\n%+v", hashesOf(in), again, got)
				}
			}
		})
	}
}

func hashesOf(ms []PersonMention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, strings.TrimRight(m.Hash, "0"))
	}
	return out
}

func checkClusters(t *testing.T, got []Cluster, want []want) {
	t.Helper()
	short := func(article string) string {
		return strings.TrimRight(strings.TrimPrefix(article, "article:"), "0")
	}
	if len(got) != len(want) {
		t.Fatalf("got %d clusters %+v, want %d", len(got), got, len(want))
	}
	for i, c := range got {
		if c.ID != chung+want[i].suffix {
			t.Errorf("cluster %d: ID %q, want %q", i, c.ID, chung+want[i].suffix)
		}
		if h := hashesOf(c.Mentions); !slices.Equal(h, want[i].hashes) {
			t.Errorf("cluster %d: mentions %v, want %v", i, h, want[i].hashes)
		}
		var ev []string
		for _, e := range c.Evidence {
			ev = append(ev, short(e.A)+" "+short(e.B)+" "+e.Reason)
		}
		if !slices.Equal(ev, want[i].evidence) {
			t.Errorf("cluster %d: evidence\n%q\nwant\n%q", i, ev, want[i].evidence)
		}
	}
}

func TestResolvePersonsStableIDs(t *testing.T) {
	// Adding an article whose hash is larger than every cluster's smallest
	// renames nothing.
	base := []PersonMention{
		mention("10", ubndQT, quangTri),
		mention("20", soCT, canTho),
	}
	before := ResolvePersons(base)
	after := ResolvePersons(append(slices.Clone(base), mention("30", soCT, canTho), mention("40", daiHoi)))
	if len(before) != 2 || len(after) != 2 {
		t.Fatalf("got %d then %d clusters, want 2 and 2", len(before), len(after))
	}
	for i := range before {
		if before[i].ID != after[i].ID {
			t.Errorf("cluster %d renamed from %q to %q", i, before[i].ID, after[i].ID)
		}
	}
	if n := len(after[1].Mentions); n != 3 {
		t.Errorf("the placeless mention joined the wrong cluster: %+v", after)
	}
}

func TestResolvePersonsKeys(t *testing.T) {
	other := mention("05")
	other.Key = "person:đinh tiến dũng"
	got := ResolvePersons([]PersonMention{mention("a1", daiHoi), other, mention("b1", daiHoi)})
	var ids []string
	for _, c := range got {
		ids = append(ids, c.ID)
	}
	if want := []string{chung, "person:đinh tiến dũng"}; !slices.Equal(ids, want) {
		t.Errorf("IDs %q, want %q", ids, want)
	}
}

func TestMentionsOf(t *testing.T) {
	const (
		pos    = "position:phó chủ tịch ubnd tỉnh quảng trị"
		soTC   = "organization:sở tài chính tỉnh quảng trị"
		posTC  = "position:giám đốc sở tài chính tỉnh quảng trị"
		hoang  = "person:hoàng nam"
		nobody = "person:lê văn"
	)
	h := hash("ab")
	ex := &Extraction{
		Article: ArticleMeta{Hash: h},
		Entities: []Entity{
			{ID: chung, Kind: Person, Name: "Nguyễn Đức Chung"},
			{ID: nobody, Kind: Person, Name: "Lê Văn"},
		},
		Facts: []Fact{
			{Subject: chung, Relation: HoldsPosition, Object: pos},
			{Subject: chung, Relation: HoldsPosition, Object: pos}, // twice
			{Subject: pos, Relation: PositionIn, Object: ubndQT},
			{Subject: ubndQT, Relation: LocatedIn, Object: quangTri},
			{Subject: chung, Relation: Attended, Object: daiHoi},
			{Subject: daiHoi, Relation: LocatedIn, Object: canTho}, // an event's place is not the person's
			{Subject: hoang, Relation: ElectedTo, Object: posTC},
			{Subject: posTC, Relation: PositionIn, Object: soTC},
			{Subject: soTC, Relation: PartOf, Object: ubndQT},
			{Subject: ubndQT, Relation: PartOf, Object: soTC}, // a cycle
			{Subject: hoang, Relation: SpokeAt, Object: daiHoi},
		},
	}
	art := ArticleID(h)
	want := []PersonMention{
		{Article: art, Hash: h, Key: hoang, Orgs: []string{soTC, ubndQT}, Positions: []string{posTC}, Places: []string{quangTri}, Events: []string{daiHoi}},
		{Article: art, Hash: h, Key: nobody},
		{Article: art, Hash: h, Key: chung, Orgs: []string{soTC, ubndQT}, Positions: []string{pos}, Places: []string{quangTri}, Events: []string{daiHoi}},
	}
	got := MentionsOf(ex)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MentionsOf:\n%+v\nwant\n%+v", got, want)
	}
	if MentionsOf(nil) != nil {
		t.Error("MentionsOf(nil) is not nil")
	}
}

func BenchmarkResolvePersons(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	places := []string{hanoi, quangTri, canTho, "place:huế"}
	var ms []PersonMention
	for i := range 2000 {
		h := ""
		for range 8 {
			h += string("0123456789abcdef"[r.IntN(16)])
		}
		m := mention(h, places[i%len(places)], daiHoi+string(rune('a'+i%7)))
		ms = append(ms, m)
	}
	b.ResetTimer()
	for b.Loop() {
		ResolvePersons(ms)
	}
}

func TestClusterIDs(t *testing.T) {
	tests := []struct {
		name   string
		groups []PersonGroup
		want   []string
	}{
		{"none", nil, []string{}},
		{"one", []PersonGroup{{Size: 3, Hash: "b2", Placed: true}}, []string{chung}},
		{"placeless join the biggest placed", []PersonGroup{
			{Size: 1, Hash: "a1", Said: true},
			{Size: 2, Hash: "c3", Placed: true, Said: true},
			{Size: 5, Hash: "b2", Placed: true, Said: true},
			{Size: 1, Hash: "d4", Said: true},
		}, []string{chung, chung + "~c3", chung, chung}}, // a1 joined b2's cluster: the smallest hash
		{"ties go to the smallest hash", []PersonGroup{
			{Size: 2, Hash: "c3", Placed: true, Said: true},
			{Size: 2, Hash: "b2", Placed: true, Said: true},
			{Size: 1, Hash: "a1", Said: true},
		}, []string{chung + "~c3", chung, chung}},
		{"no places: one person", []PersonGroup{{Size: 1, Hash: "b2", Said: true}, {Size: 4, Hash: "c3", Said: true}}, []string{chung, chung}},
		{"nothing said of a common name: each stays apart", []PersonGroup{
			{Size: 1, Hash: "a1"},
			{Size: 2, Hash: "b2", Placed: true, Said: true},
			{Size: 1, Hash: "c3"},
		}, []string{chung, chung + "~b2", chung + "~c3"}}, // the smallest hash keeps the key
		{"nothing said, no group of which something is", []PersonGroup{{Size: 1, Hash: "b2"}, {Size: 1, Hash: "c3"}}, []string{chung, chung + "~c3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ClusterIDs(chung, tt.groups)
			if !slices.Equal(got, tt.want) {
				t.Errorf("ClusterIDs = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRareName checks that the mentions of a rare name join even when one
// says nothing of the person, and those of a common name do not.
func TestRareName(t *testing.T) {
	const rare = "person:nguyễn thị thanh hương"
	groups := []PersonGroup{{Size: 1, Hash: "a1"}, {Size: 2, Hash: "b2", Placed: true, Said: true}}
	if got, want := ClusterIDs(rare, groups), []string{rare, rare}; !slices.Equal(got, want) {
		t.Errorf("rare name: ClusterIDs = %q, want %q", got, want)
	}
	for key, want := range map[string]bool{rare: true, chung: false, "person:hans keller": false, "person:pedro de la cruz": true} {
		if got := RareName(key); got != want {
			t.Errorf("RareName(%q) = %v, want %v", key, got, want)
		}
	}
}

// TestMentionsOfAuthor checks that a writer is known by the outlet that
// publishes the article.
func TestMentionsOfAuthor(t *testing.T) {
	const (
		art    = "article:0a"
		writer = "person:minh khuê"
		outlet = "organization:báo lạng sơn"
	)
	ex := &Extraction{
		Article:  ArticleMeta{Hash: "0a"},
		Entities: []Entity{{ID: writer, Kind: Person, Name: "Minh Khuê"}, {ID: outlet, Kind: Organization, Name: "Báo Lạng Sơn"}},
		Facts: []Fact{
			{Subject: writer, Relation: AuthorOf, Object: art},
			{Subject: outlet, Relation: PublisherOf, Object: art},
		},
	}
	ms := MentionsOf(ex)
	if len(ms) != 1 || !slices.Equal(ms[0].Orgs, []string{outlet}) {
		t.Errorf("MentionsOf = %+v, want the writer with the outlet %s", ms, outlet)
	}
}

// TestCareerMoves checks rule 4: a rare name whose posts in two provinces
// follow one another in time is one person; posts at the same time, or
// a common name, stay two.
func TestCareerMoves(t *testing.T) {
	const rare = "person:nguyễn thị thanh hương"
	dated := func(h, date string, context ...string) PersonMention {
		m := mention(h, context...)
		m.Key, m.Date = rare, date
		return m
	}
	tests := []struct {
		name     string
		mentions []PersonMention
		clusters int
		reason   string
	}{
		{"one post after the other", []PersonMention{
			dated("a1", "2021-03-02", ubndHN, hanoi),
			dated("b1", "2025-10-14", ubndQT, quangTri),
		}, 1, reasonCareer},
		{"two posts at the same time", []PersonMention{
			dated("a1", "2021-03-02", ubndHN, hanoi),
			dated("a2", "2023-01-05", ubndHN, hanoi),
			dated("b1", "2022-06-01", ubndQT, quangTri),
		}, 2, ""},
		{"a post with no year", []PersonMention{
			dated("a1", "2021-03-02", ubndHN, hanoi),
			dated("b1", "", ubndQT, quangTri),
		}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ResolvePersons(tt.mentions)
			if len(got) != tt.clusters {
				t.Fatalf("got %d clusters, want %d: %+v", len(got), tt.clusters, got)
			}
			if tt.reason != "" && (len(got[0].Evidence) != 1 || got[0].Evidence[0].Reason != tt.reason) {
				t.Errorf("evidence %+v, want %q", got[0].Evidence, tt.reason)
			}
		})
	}
	// a common name in two places stays two persons, whatever the dates
	a, b := mention("a1", ubndHN, hanoi), mention("b1", ubndQT, quangTri)
	a.Date, b.Date = "2021-03-02", "2025-10-14"
	if got := ResolvePersons([]PersonMention{a, b}); len(got) != 2 {
		t.Errorf("common name: got %d clusters, want 2", len(got))
	}
	groups := []PersonGroup{
		{Size: 2, Hash: "b2", Placed: true, Said: true, First: "2019-01-01", Last: "2020-12-31"},
		{Size: 1, Hash: "a1", Placed: true, Said: true, First: "2024-05-01", Last: "2024-05-01"},
	}
	if got, want := ClusterIDs(rare, groups), []string{rare, rare}; !slices.Equal(got, want) {
		t.Errorf("ClusterIDs = %q, want %q", got, want)
	}
}
