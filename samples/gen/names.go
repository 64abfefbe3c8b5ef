package main

// The structure of the world's organizations. The names of people and
// places, the outlets, the sectors and how reports spell titles are in
// the data files (data.go).

// sector is a field of government: a provincial department (Sở) and a
// ministry (Bộ) carry its name.
type sector struct {
	Name  string // "Giáo dục và Đào tạo"
	Topic topic  // what its events are about
	Core  bool   // every province has this Sở in the world
	Dept  bool   // provinces have a Sở of it (Ngoại giao has none)
	// Abbrevs are how reports abbreviate the name (GD&ĐT), the usual
	// one first.
	Abbrevs []string
}

// partyBoards are the boards of a party committee whose heads sit on its
// standing committee.
var partyBoards = []struct {
	Name, Role string
	Topic      topic
}{
	{"Ban Tổ chức", "Trưởng ban", topicParty},
	{"Ban Tuyên giáo", "Trưởng ban", topicParty},
	{"Ban Dân vận", "Trưởng ban", topicParty},
	{"Ủy ban Kiểm tra", "Chủ nhiệm", topicParty},
	{"Ban Nội chính", "Trưởng ban", topicParty},
}

// A nameStyle says how the people of a country are named and referred
// to (foreign.txt, countries.txt).
type nameStyle struct {
	first, second []string
	women         map[string]bool // the women's first names
	short         int             // which part a later reference uses: 0 first, 1 second
}

// country is a country whose ambassador the world has.
type country struct {
	Name  string
	Style *nameStyle
}
