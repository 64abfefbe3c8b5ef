package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"slices"
)

// TruthPerson is a line of truth.jsonl: a person of the world, what they
// held and the articles that name them.
type TruthPerson struct {
	ID        string          `json:"id"`
	Name      string          `json:"name"`
	Kind      string          `json:"kind"` // official, foreign or reporter
	Gender    string          `json:"gender,omitempty"`
	Province  string          `json:"province"` // "" for national officials and foreigners
	Positions []TruthPosition `json:"positions"`
	Articles  []string        `json:"articles"` // file paths under the output folder, or URLs for jsonl
	// for citizens, who hold no post: what reports call them (elder, kin
	// of a fallen soldier, voter, defendant), their birth year and where
	// they live ("xã Tân Lạc, huyện Phú Điền")
	Standing  string `json:"standing,omitempty"`
	Born      int    `json:"born,omitempty"`
	Residence string `json:"residence,omitempty"`
}

// TruthPosition is a title a person held, from a day until another (the
// day they left; "" when they still held it when the world ends).
type TruthPosition struct {
	Title string `json:"title"` // as a report writes it in full: Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị
	Role  string `json:"role"`
	Org   string `json:"org"`
	From  string `json:"from"`
	Until string `json:"until"`
}

// Homonym is a name several people share.
type Homonym struct {
	Name   string   `json:"name"`
	People []string `json:"people"` // their IDs
}

// truthOf returns what the ground truth says of a person.
func (w *World) truthOf(p *Person, articles []string) TruthPerson {
	t := TruthPerson{ID: p.ID(), Name: p.Name, Kind: p.Kind.String(), Positions: []TruthPosition{}, Articles: articles}
	if t.Articles == nil {
		t.Articles = []string{}
	}
	if p.Kind != Reporter {
		t.Gender = "male"
		if p.Female {
			t.Gender = "female"
		}
	}
	if p.Province != nil {
		t.Province = p.Province.Name
	}
	if p.Kind == Citizen {
		t.Standing, t.Born, t.Residence = p.Standing.String(), p.Born, p.Residence()
	}
	c := &gen{w: w} // canonical: full names, places named
	for _, term := range p.Terms {
		until := ""
		if term.Until <= worldEnd {
			until = term.Until.ISO()
		}
		for _, ti := range term.Post.Titles {
			t.Positions = append(t.Positions, TruthPosition{
				Title: c.title(ti, true), Role: ti.Role, Org: c.orgName(ti.Org, true),
				From: term.From.ISO(), Until: until,
			})
		}
	}
	return t
}

// writeTruth writes truth.jsonl: one line per person, in ID order.
// articles[i] lists the articles naming person i.
func (w *World) writeTruth(out io.Writer, articles [][]string) error {
	bw := bufio.NewWriterSize(out, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i, p := range w.People {
		if err := enc.Encode(w.truthOf(p, articles[i])); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// homonymList returns the names several people share, sorted.
func (w *World) homonymList() []Homonym {
	byName := map[string][]string{}
	for _, p := range w.People {
		byName[p.Name] = append(byName[p.Name], p.ID())
	}
	out := []Homonym{}
	for name, ids := range byName {
		if len(ids) > 1 {
			out = append(out, Homonym{Name: name, People: ids})
		}
	}
	slices.SortFunc(out, func(a, b Homonym) int {
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
	return out
}

// marshalIndent writes JSON for people to read, without escaping "&".
func marshalIndent(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
