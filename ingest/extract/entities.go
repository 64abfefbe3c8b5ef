package extract

import (
	"strings"

	"kg/graph"
	"kg/ingest/lexicon"
)

// personEnt is a person of the article, with every mention of them.
type personEnt struct {
	name, key string
	id        string // its entity ID, once made
	gender    string
	foreign   bool
	positions []*holding
	first     int // order of first mention
	credit    string
	creditAt  [2]int
	// evidence that the name is a person's, whatever is said of them
	addressed bool      // a form of address stood before it ("ông", "bà", "Đại tá")
	shaped    bool      // the shape of a foreign name ("Lars Berg", "Park Wan-su")
	sent      *sentence // the sentence that names them first
	aliases   []string  // other names the article gives them ("pháp danh Thích Phước Ngọc")
}

// named reports whether the name alone says it is a person's: a
// Vietnamese name (a family name, then given names), the shape of a
// foreign name ("Lars Berg", "Park Wan-su"), or a name of two words or
// more after a form of address ("ông Hans Keller"). Other
// capitalized runs are kept only when something is said of them (a
// position, a credit, an event): a brand, a team or a heading in capitals
// looks like a foreign name.
func (e *personEnt) named() bool {
	return !e.foreign || e.shaped || e.addressed && strings.Contains(e.key, " ")
}

// holding is a person's position as a sentence states it.
type holding struct {
	pos     *posEnt
	former  bool
	elected bool
	sent    *sentence
	rule    string
}

// posEnt is a position: a role in an organization (or of a place).
type posEnt struct {
	key, name string
	role      string
	roleKey   string
	org       *orgEnt
	sent      *sentence
	bare      bool   // a role alone: no organization, no place
	id        string // its entity ID, once made
}

// orgEnt is an organization of the article.
type orgEnt struct {
	key, name string
	id        string // its entity ID, once made
	aliases   map[string]bool
	class     graph.OrgClass
	partOf    map[*orgEnt]*sentence
	place     *placeEnt
	sent      *sentence // where it is first named
	outlet    bool
}

// placeEnt is a place of the article.
type placeEnt struct {
	key, name string
	level     string
	aliases   map[string]bool
	province  *placeEnt // for a district or a commune: the province it is in
	id        string    // its entity ID, once made
}

// eventEnt is an event of the article.
type eventEnt struct {
	key        string
	id         string // its entity ID, made with its key
	name       string
	nameScore  int
	named      *eventRef // the mention the name comes from
	aliases    []string
	head       string
	verb       string // the verb that named it ("hội kiến"), if any
	group      int
	mentions   []*eventRef
	lastSent   *sentence // the sentence that named it last
	instance   string    // of a hearing: "sơ thẩm", "phúc thẩm", as named
	ordinal    int
	term       string
	termY      int
	date, end  graph.Date
	dateSent   *sentence
	organizers map[*orgEnt]orgBy
	place      *placeEnt
	placeSent  *sentence
	first      *sentence // the sentence that names it first
	headline   bool      // named in the headline
	partsOnly  bool
	apart      bool // held apart from the main event ("Cùng ngày, ...")
	told       bool // a numbered session or congress told with its date: kept with no one at it
}

// keyHead is the word that names the kind of the event for its key:
// "đại hội" for every congress, "kỳ họp" for every session.
func (e *eventEnt) keyHead() string {
	switch e.group {
	case int(lexicon.Congress):
		return "Đại hội"
	case int(lexicon.Session):
		return "Kỳ họp"
	}
	return e.head
}

// orgBy records how an organizer was found.
type orgBy struct {
	sent *sentence
	rule string
}

// participation is a person's part in an event as a sentence states it.
type participation struct {
	person *personEnt
	event  *eventEnt
	rel    graph.Relation
	sent   *sentence
	rule   string
}
