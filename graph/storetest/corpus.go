package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"

	"kg/graph"
)

// Corpus makes synthetic extractions shaped like kg's: about 60 entities
// and 80 facts an article, drawn from pools with a long tail, so that some
// people and organizations appear in thousands of articles. About one
// name in 20 is shared by two people in different provinces.
type Corpus struct {
	seed uint64
}

// NewCorpus returns the corpus of a seed: the same seed, the same
// articles.
func NewCorpus(seed uint64) Corpus { return Corpus{seed: seed} }

var (
	families = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	middles  = []string{"Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân", "Hồng", "Công", "Đình", "Bá", "Thế", "Kim", "Anh", "Tiến", "Hải", "Trọng", "Duy"}
	givens   = []string{"An", "Bình", "Chung", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Minh", "Nam", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Yến", "Lợi", "Toản", "Huệ"}
	roles    = []string{"Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Giám đốc", "Phó Giám đốc", "Trưởng ban", "Chánh Văn phòng"}
	orgTypes = []string{"Ủy ban nhân dân", "Hội đồng nhân dân", "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Đảng bộ", "Ban Tuyên giáo", "Mặt trận Tổ quốc", "Công an", "Sở Xây dựng"}
	events   = []string{"Đại hội", "Hội nghị", "Lễ kỷ niệm", "Kỳ họp", "Hội thảo"}
)

const (
	provinces  = 63
	orgCount   = provinces * 10 // each type in each province
	people     = 12000
	eventCount = 8000
)

func province(i int) string { return fmt.Sprintf("Tỉnh Số %d", i) }

func (c Corpus) placeID(p int) string { return graph.ID(graph.Place, strings.ToLower(province(p))) }

// Org returns organization o of the corpus.
func (c Corpus) Org(o int) graph.Entity {
	name := orgTypes[o%len(orgTypes)] + " " + province(o/len(orgTypes))
	return graph.Entity{ID: graph.ID(graph.Organization, strings.ToLower(name)), Kind: graph.Organization, Name: name, Class: graph.OrgState}
}

// Person returns the name and home organization of person p. Persons
// p and p+people/20*... share names on purpose: names are drawn from
// fewer combinations for the first twentieth.
func (c Corpus) Person(p int) (string, int) {
	n := p
	if p%20 == 0 {
		n = p + 1 // a homonym of p+1, living elsewhere
	}
	name := families[n%len(families)] + " " + middles[(n/len(families))%len(middles)] + " " + givens[(n/(len(families)*len(middles)))%len(givens)] + fmt.Sprint(n/(len(families)*len(middles)*len(givens)))
	home := (p * 7919) % orgCount
	return name, home
}

// HashOf returns the content hash of article i of a corpus of seed.
func HashOf(seed uint64, i int) string {
	h := sha256.Sum256(fmt.Appendf(nil, "%d/%d", seed, i))
	return hex.EncodeToString(h[:])
}

// Extraction returns article i of the corpus.
func (c Corpus) Extraction(i int) *graph.Extraction {
	r := rand.New(rand.NewPCG(c.seed, uint64(i)))
	zipf := rand.NewZipf(r, 1.1, 4, people-1)
	hash := HashOf(c.seed, i)
	aid := graph.ArticleID(hash)
	ex := &graph.Extraction{Article: graph.ArticleMeta{
		Source:    fmt.Sprintf("synthetic/%05d.txt", i),
		Hash:      hash,
		Title:     fmt.Sprintf("Bài số %d về hoạt động của tỉnh", i),
		Published: graph.Date{Year: 2020 + i%5, Month: 1 + i%12, Day: 1 + i%28},
		Author:    "Phóng viên",
		Publisher: "Báo Tổng hợp",
		Text:      strings.Repeat("Trong nhiệm kỳ qua, Đảng bộ đã vượt nhiều khó khăn, thách thức. ", 50),
	}}
	asOf := ex.Article.Published
	seen := map[string]bool{}
	addE := func(e graph.Entity) {
		if !seen[e.ID] {
			seen[e.ID] = true
			ex.Entities = append(ex.Entities, e)
		}
	}
	span := 0
	addF := func(s string, rel graph.Relation, o string) {
		span += 40
		ex.Facts = append(ex.Facts, graph.Fact{Subject: s, Relation: rel, Object: o, AsOf: asOf,
			Prov: graph.Provenance{Article: aid, Start: span, End: span + 35, Rule: "synthetic/" + rel.String()}})
	}
	addOrg := func(o int) string {
		e := c.Org(o)
		if !seen[e.ID] {
			addE(e)
			p := o / len(orgTypes)
			addE(graph.Entity{ID: c.placeID(p), Kind: graph.Place, Name: province(p)})
			addF(e.ID, graph.LocatedIn, c.placeID(p))
			if o%len(orgTypes) != 0 { // part of the province's people's committee
				parent := c.Org(o - o%len(orgTypes))
				addE(parent)
				addF(e.ID, graph.PartOf, parent.ID)
			}
		}
		return e.ID
	}
	var evs []string
	for range 4 {
		ev := r.IntN(eventCount)
		name := fmt.Sprintf("%s số %d", events[ev%len(events)], ev)
		id := graph.ID(graph.Event, strings.ToLower(name))
		if seen[id] {
			continue
		}
		addE(graph.Entity{ID: id, Kind: graph.Event, Name: name, Text: events[ev%len(events)], Date: asOf})
		evs = append(evs, id)
		addF(addOrg(r.IntN(orgCount)), graph.Organized, id)
	}
	for range 15 {
		p := int(zipf.Uint64())
		name, home := c.Person(p)
		id := graph.ID(graph.Person, strings.ToLower(name))
		if seen[id] {
			continue
		}
		addE(graph.Entity{ID: id, Kind: graph.Person, Name: name})
		if r.IntN(4) > 0 {
			org := addOrg(home)
			role := roles[p%len(roles)]
			pos := graph.Entity{ID: graph.ID(graph.Position, strings.ToLower(role+" "+c.Org(home).Name)), Kind: graph.Position,
				Name: role + " " + c.Org(home).Name, Role: role}
			addE(pos)
			addF(id, graph.HoldsPosition, pos.ID)
			addF(pos.ID, graph.PositionIn, org)
		}
		if len(evs) > 0 {
			addF(id, graph.Attended, evs[r.IntN(len(evs))])
			addF(id, graph.SpokeAt, evs[r.IntN(len(evs))])
		}
	}
	for _, ev := range evs {
		addF(aid, graph.Mentions, ev)
	}
	return ex
}

// Batch returns articles from to to-1.
func (c Corpus) Batch(from, to int) []*graph.Extraction {
	out := make([]*graph.Extraction, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, c.Extraction(i))
	}
	return out
}
