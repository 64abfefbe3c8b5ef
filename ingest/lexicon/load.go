package lexicon

import (
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
	"kg/ingest/token"
)

// Lexicon is the whole language data, indexed for matching.
type Lexicon struct {
	Families   map[string]Family   // family names by key
	Titles     Trie[Title]         // position titles
	Orgs       Trie[OrgKind]       // organization heads and names
	Levels     Trie[Level]         // administrative level words
	Places     Trie[Place]         // provinces, cities, countries
	Events     Trie[EventWord]     // event heads
	Abbrevs    map[string][]string // abbreviation key → expansion keys
	AbbrevText map[string][]string // abbreviation key → expansion words as written
	Honorifics Trie[Honorific]     // forms of address, degrees, ranks
	Cues       Trie[Cue]           // relation cues
	Furniture  Trie[struct{}]      // share buttons and widgets
	Credits    Trie[Credit]        // credit line openers
	Media      Trie[Media]         // news outlets
	Stop       Trie[struct{}]      // words that end a lower-case name
	EventStop  Trie[struct{}]      // words that end an event's description
	EventOn    Trie[struct{}]      // verbs that, after a comma, go on with an event's description
	Landmarks  Trie[Landmark]      // nouns before the names of places
	Documents  Trie[Document]      // documents: an event word after one names no event
	NotNames   Trie[struct{}]      // capitalized phrases that are no names (Giáp Thìn, a year)
	Awards     Trie[struct{}]      // nouns of awards, before the names they are named after (Huân chương Hồ Chí Minh)
	Foreign    map[string]bool     // given and family names of other countries, by key
	Particles  map[string]bool     // lower-case words inside foreign names ("van", "bin"), by key
	Ordinals   Trie[int]           // ordinals spelled out ("thứ nhất", "thứ mười hai")
	Display    map[string]string   // canonical spelling of a word or phrase key
	First      map[string]Starts   // what the phrases starting with a word are
	OrgByName  map[string]*OrgKind // organizations by the key of their name
	LevelByKey map[string]*Level   // levels by key
	// LevelAbbrevs: levels by their one- or two-letter abbreviation,
	// written with a stop before a place's name ("P.Vũng Áng", "X. Hoằng
	// Tiến"), as written (capitals)
	LevelAbbrevs map[string]*Level
	ids          map[string]int32 // the words of the tries' phrases, numbered from 1
	soleRoles    map[string]bool  // keys of the roles of sole titles
	sharedIn     map[string]bool  // role key|organization key: a sole role several hold there

	// what stopwords.txt says of function words beyond Stop and EventStop
	Classes map[string]WordClass // the closed classes of function words, by key

	EventTails Trie[struct{}]  // lower-case words in a congress's or session's name
	Anonymous  map[string]bool // signatures of unnamed reporters, by phrase key
	// Compounds: words of two syllables whose second is a stop alone
	// ("chuẩn bị", "thiết bị"), by the keys of both joined by a space
	Compounds map[string]bool
}

// WordID returns the number of a word key in the lexicon's tries, or 0 for
// a word no phrase has: the tries' *IDs methods look up phrases by these
// numbers.
func (l *Lexicon) WordID(key string) int32 { return l.ids[key] }

// SoleRole reports whether one person holds a role (a position's role
// name, such as "Bí thư" or "Giám đốc") at a time in an organization
// (by its name): the role of a title marked sole in titles.txt, unless a
// title marked shared says that organization has several (the Bí thư of
// the Ban Chấp hành Trung ương Đảng are the members of its Secretariat).
func (l *Lexicon) SoleRole(role, org string) bool {
	rk := strings.Join(Keys(role), " ")
	return l.soleRoles[rk] && !l.sharedIn[rk+"|"+strings.Join(Keys(org), " ")]
}

// SoleKey is SoleRole of a role given by its key (the token keys of its
// words joined by spaces), in an organization that says nothing else:
// for the extractor, which has the keys already.
func (l *Lexicon) SoleKey(roleKey string) bool { return l.soleRoles[roleKey] }

// indexed is what indexIDs needs of a trie.
type indexed interface {
	walk(f func(key string))
	indexIDs(id func(key string) int32)
}

// indexIDs numbers the words of every trie's phrases and indexes the
// tries by those numbers.
func (l *Lexicon) indexIDs() {
	tries := []indexed{&l.Titles, &l.Orgs, &l.Levels, &l.Places, &l.Events, &l.Honorifics, &l.Cues,
		&l.Furniture, &l.Credits, &l.Media, &l.Stop, &l.EventStop, &l.Landmarks, &l.Documents, &l.NotNames, &l.Awards}
	l.ids = map[string]int32{}
	for _, t := range tries {
		t.walk(func(k string) {
			if _, ok := l.ids[k]; !ok {
				l.ids[k] = int32(len(l.ids) + 1)
			}
		})
	}
	for _, t := range tries {
		t.indexIDs(l.WordID)
	}
}

// Landmark is a noun before the name of a place.
// Document is a noun of documents.txt.
type Document struct {
	// Letter: a letter or a telegram; a sentence opened by "Trong" and it
	// tells what it says ("Trong thư, Tổng Bí thư ...").
	Letter bool
}

type Landmark struct {
	// Area: the name after it is the place itself, not a facility named
	// after it ("điểm cầu Trà Vinh", the connection point of an online
	// conference in Trà Vinh, is in Trà Vinh); what follows may also be
	// an organization ("điểm cầu UBND tỉnh") or a level word.
	Area bool
}

// Family is a family name.
type Family struct {
	Weak      bool // a common word too
	Religious bool // the name of a religious order (Thích), never a place's
}

// Title is a position title.
type Title struct {
	Name     string // the title as written in the file
	Role     string // the role name (defaults to Name)
	RoleKey  string // the key of Role: its words' keys joined by spaces
	Org      string // the organization it implies, if any
	Fixed    bool   // Org is always the organization
	OrgHead  string // a name after the title is an organization with this head
	Absorb   bool   // the role takes the organization's first word
	NeedsOrg bool   // a title only when an organization follows
	Place    bool   // the complement is a place
	Weak     bool   // a title only before a name, organization or place
	Whole    bool   // complete without an organization (Chủ tịch nước)
	Context  string // with no organization: the last one of this class in the article
	Heads    string // the title heads this unit of the organization after it (Văn phòng)
	Unit     string // the title is of this unit of the organization after it, which it does not write (Ban Thường vụ)
	Level    string // the title heads a place of this level, named after it (Trưởng thôn)
	Of       bool   // the organization may follow after "của", kept in the title
	Sole     bool   // one person holds the role at a time in one organization
	Aide     bool   // an aide of the holder of the title after it (Trợ lý Thủ tướng): of that title's organization

	absorbs []string // the keys of the words of absorb=WORDS
}

// Absorbs reports whether the role of an absorb title takes in the first
// word of an organization, the key word ("Trưởng" + "Ban Tổ chức" is the
// Trưởng ban).
func (t *Title) Absorbs(word string) bool { return slices.Contains(t.absorbs, word) }

// Tail says what may follow an organization head.
type Tail uint8

// The tails of organization heads (see data/orgs.txt).
const (
	TailNone  Tail = iota // complete as it is
	TailPlace             // a place, or a bare level word
	TailOrg               // an organization, maybe after a name
	TailName              // a proper name, then maybe a parent or a place
	TailLevel             // a committee of a level: a place name may follow
)

// OrgKind is an organization head, or a whole organization name.
type OrgKind struct {
	Name        string         // as written in the file
	Class       graph.OrgClass //
	Tail        Tail           //
	Level       string         // for TailLevel: the level word
	Transparent bool           // adds nothing to identity (Cơ quan)
	Upper       bool           // only with a capital
	LowerName   bool           // its name may start in lower case
	Of          bool           // the body of another organization, not a part of it
	Local       bool           // with no place named: of the article's province (Sở)
	NamedAfter  bool           // its name may be a person's (Trường THPT Chu Văn An)
	Numbered    bool           // its name may be or end in a number (Sư đoàn 312)
	Seat        bool           // "tại <place>" after its name is part of it (Đại sứ quán Đức tại Hà Nội)
	Branch      bool           // a branch of the organization named before it (VietinBank Chi nhánh X)
	Suffix      bool           // ends a brand's name instead of starting one (VMX Group)
	Lowercase   bool           // written in lower case too, before its place or proper name (công an huyện X)
	EventBoard  bool           // also the name of a board formed for an event, which lower-case words follow (Ban Tổ chức lễ hội)
	Division    bool           // a division of a larger body, which may follow after a comma (Phòng X, Công an tỉnh Y)
	National    bool           // with no place written, the national body, not the article's province's (Bộ đội Biên phòng)
	Canonical   string         // for "A = B" lines: B
	AfterTitle  bool           // a name of the organization only right after a title
}

// Level is an administrative level.
type Level struct {
	Name      string // tỉnh, thành phố, ...
	Rank      int    // 0 country, 1 province, 2 district, 3 commune
	Committee string // the party committee of a place of this level
	Joint     bool   // several places of a level, joined by dashes (liên huyện A - B - C)
	Numbered  bool   // its places may be named by a number (quận 1, phường 5)
	// the keys of the second syllables of words it starts, which in
	// lower case make those words, no level (xã hội, xã viên)
	Words []string
}

// Place is a named place.
type Place struct {
	Name    string // the canonical name
	Level   string // the level word it takes
	Weak    bool   // a common word too
	Country string // for a place of another country: that country (Quảng Đông: Trung Quốc)
}

// EventClass is the kind of an event.
type EventClass uint8

// The event classes (see data/events.txt).
const (
	EventOther EventClass = iota
	Congress
	Conference
	Session
	Ceremony
	Seminar
	Meeting
	Reception
	Visit
	Competition
	Exhibition
	Festival
	Inspection // a site inspection or survey ("khảo sát", "kiểm tra")
	Tribute    // incense or flowers offered at a memorial ("dâng hương")
	Handover   // something handed over without a ceremony ("trao học bổng")
	Trial      // a court hearing ("phiên tòa sơ thẩm", "xét xử phúc thẩm")
)

var eventClassNames = [...]string{"other", "congress", "conference", "session", "ceremony",
	"seminar", "meeting", "reception", "visit", "competition", "exhibition", "festival",
	"inspection", "tribute", "handover", "trial"}

func (c EventClass) String() string {
	if int(c) < len(eventClassNames) {
		return eventClassNames[c]
	}
	return "event(" + strconv.Itoa(int(c)) + ")"
}

// EventWord is the head of an event name.
type EventWord struct {
	Name  string
	Class EventClass
	Upper bool // only with a capital
	Part  bool // a part of a larger event
	Verb  bool // a verb that names the event with its object
	// Activity: a verb that is an event only when someone does it ("Bộ
	// trưởng khảo sát dự án ..."), named by the verb and what follows
	Activity bool
	Counted  bool // only before a count ("trao 30 suất học bổng")
	Mourning bool // a funeral: the person it names after it is the deceased
}

// Honorific is a word before a name that is not a position.
type Honorific struct {
	Name   string
	Gender string
	Rank   bool // a degree or a rank, not a form of address
	// Saint: a baptismal name before a Vietnamese name ("Đức cha Giuse
	// Nguyễn Văn A"); it is how the person is addressed and no part of
	// the name, and stands only before a family name
	Saint bool
}

// CueRel is what a cue says.
type CueRel uint8

// The relations cues express.
const (
	CueAttended CueRel = iota + 1
	CuePresided
	CueSpoke
	CueElected
	CueHosted
	CueOrganized
	CueNone // a word that starts like a cue and is none: "dự án" is no "dự"
	// CueHolds says its subject holds the position that follows ("được
	// giao trọng trách", "giữ cương vị"); CueHeld that the subject held it
	// before ("khi ấy là", "kinh qua"). Neither says what anyone did at an
	// event.
	CueHolds
	CueHeld
	// CueReplaced: the person after it held, before, the position the
	// clause gives its subject ("thay ông X"), and was not at the event.
	CueReplaced
	// CueRelieved: the people after "đối với" held, until now, the
	// position named after it ("miễn nhiệm chức danh T đối với ông X").
	CueRelieved
	// CueDied: the subject died ("từ trần", "qua đời"); the funerals the
	// article tells are theirs, and they attend none of its events.
	CueDied
	// CueAbsent: the subject was not at the event ("vắng mặt"), or sent
	// something in their stead ("gửi thư chúc mừng").
	CueAbsent
	// CueSent: the person after it sent what it names, a letter or
	// flowers, and was not at the event ("Thư chúc mừng của X").
	CueSent
	// CuePress: the sentence quotes what one told the press ("trao đổi
	// với phóng viên", "trả lời phỏng vấn"): no speech at the event.
	CuePress
)

// Position reports whether a cue states a position, not a part in an
// event.
func (c *Cue) Position() bool {
	return c.Rel == CueHolds || c.Rel == CueHeld || c.Rel == CueReplaced || c.Rel == CueRelieved
}

// TellsPart reports whether a cue says what its people did at an event:
// not who organized it (read apart), who died, was away, sent something
// or spoke to the press, nor a position.
func (c *Cue) TellsPart() bool {
	switch c.Rel {
	case CueOrganized, CueDied, CueAbsent, CueSent, CuePress:
		return false
	}
	return !c.Position()
}

var cueNames = map[string]CueRel{"attended": CueAttended, "presided": CuePresided,
	"spoke": CueSpoke, "elected": CueElected, "hosted": CueHosted, "organized": CueOrganized, "none": CueNone,
	"holds": CueHolds, "held": CueHeld, "replaced": CueReplaced, "relieved": CueRelieved, "died": CueDied, "absent": CueAbsent,
	"sent": CueSent, "press": CuePress}

// Cue is a word that says what people did at an event.
type Cue struct {
	Phrase string
	Rel    CueRel
	Before bool // applies to the people before it
	Verb   bool // of a CueNone: a verb ("dự kiến"), which ends an event's name
	Team   bool // names who travel with a delegation ("cùng đi", "tháp tùng")
	// Complement: the cue takes a clause with a subject of its own ("X cảm
	// ơn tỉnh đã đón tiếp đoàn"): the cues of that clause are not said of
	// the people before it.
	Complement bool
	// Address: of an organized cue, said of a person, the person's
	// address at the event ("đồng chí X khai mạc Đại hội": the opening
	// address); said of a body, it organized the event.
	Address bool
}

// CreditRole is what a credit line names.
type CreditRole uint8

// The credit roles.
const (
	CreditSource CreditRole = iota + 1 // the outlet the article comes from
	CreditAuthor                       // the writer
	CreditPhoto                        // the photographer
	CreditBoth                         // writer and photographer
)

// Credit opens a credit line.
type Credit struct{ Role CreditRole }

// Media is a news outlet.
type Media struct{ Name string }

// Starts says which lexicons have a phrase starting with a word: a bit
// per lexicon, so that a reader can pass over a word no phrase starts
// with without looking in each trie.
type Starts uint32

// The bits of Starts.
const (
	StartsTitle Starts = 1 << iota
	StartsOrg
	StartsEvent
	StartsLevel
	StartsPlace
	StartsHonorific
	StartsCue
	StartsLandmark
	StartsFamily
	StartsStop
	StartsEventStop
	StartsFurniture
	StartsCredit
	StartsMedia
	StartsDocument
)

// StartsOf returns the lexicons that have a phrase starting with key.
func (l *Lexicon) StartsOf(key string) Starts { return l.First[key] }

func (l *Lexicon) indexFirst() {
	l.First = map[string]Starts{}
	add := func(keys []string, b Starts) {
		for _, k := range keys {
			l.First[k] |= b
		}
	}
	add(l.Titles.firstKeys(), StartsTitle)
	add(l.Orgs.firstKeys(), StartsOrg)
	add(l.Events.firstKeys(), StartsEvent)
	add(l.Levels.firstKeys(), StartsLevel)
	add(l.Places.firstKeys(), StartsPlace)
	add(l.Honorifics.firstKeys(), StartsHonorific)
	add(l.Cues.firstKeys(), StartsCue)
	add(l.Landmarks.firstKeys(), StartsLandmark)
	add(l.Documents.firstKeys(), StartsDocument)
	add(l.Stop.firstKeys(), StartsStop)
	add(l.EventStop.firstKeys(), StartsEventStop)
	add(l.Furniture.firstKeys(), StartsFurniture)
	add(l.Credits.firstKeys(), StartsCredit)
	add(l.Media.firstKeys(), StartsMedia)
	for k := range l.Families {
		l.First[k] |= StartsFamily
	}
}

// Default loads the lexicon built into kg.
func Default() (*Lexicon, error) { return Load(Embedded()) }

// Load reads a lexicon from the files of fsys (see FORMATS.md for their
// names and formats).
func Load(fsys fs.FS) (*Lexicon, error) { return load(layers{base: fsys}) }

// load reads a lexicon from the files of its layers; with files, only
// those of them (the others must still be lexicon files).
func load(src layers, files ...string) (*Lexicon, error) {
	l := &Lexicon{
		Families:     map[string]Family{},
		Foreign:      map[string]bool{},
		Particles:    map[string]bool{},
		Abbrevs:      map[string][]string{},
		AbbrevText:   map[string][]string{},
		Display:      map[string]string{},
		Classes:      map[string]WordClass{},
		Anonymous:    map[string]bool{},
		Compounds:    map[string]bool{},
		OrgByName:    map[string]*OrgKind{},
		LevelByKey:   map[string]*Level{},
		LevelAbbrevs: map[string]*Level{},
		soleRoles:    map[string]bool{},
		sharedIn:     map[string]bool{},
	}
	steps := []struct {
		file string
		add  func(*Entry) error
	}{
		{"families.txt", l.addFamily},
		{"levels.txt", l.addLevel},
		{"places.txt", l.addPlace},
		{"abbreviations.txt", l.addAbbrev},
		{"titles.txt", l.addTitle},
		{"orgs.txt", l.addOrg},
		{"events.txt", l.addEvent},
		{"honorifics.txt", l.addHonorific},
		{"cues.txt", l.addCue},
		{"furniture.txt", l.addFurniture},
		{"credits.txt", l.addCredit},
		{"media.txt", l.addMedia},
		{"stopwords.txt", l.addFunctionWord},
		{"eventtails.txt", phrases(&l.EventTails)},
		{"anonymous.txt", l.addAnonymous},
		{"landmarks.txt", l.addLandmark},
		{"documents.txt", l.addDocument},
		{"notnames.txt", phrases(&l.NotNames)},
		{"awards.txt", phrases(&l.Awards)},
		{"foreignnames.txt", l.addForeign},
		{"ordinals.txt", l.addOrdinal},
	}
	names := make([]string, len(steps))
	for i, s := range steps {
		names[i] = s.file
	}
	if err := src.check(names); err != nil {
		return nil, err
	}
	// what a file's lines name is checked once the whole file is read
	checks := map[string]func(*Entry) error{"orgs.txt": l.checkOrg}
	for _, s := range steps {
		if len(files) > 0 && !slices.Contains(files, s.file) {
			continue
		}
		entries, err := src.read(s.file)
		if err != nil {
			return nil, err
		}
		check := checks[s.file]
		for i := range entries {
			if err := s.add(&entries[i]); err != nil {
				return nil, fmt.Errorf("lexicon %s:%d: %w", entries[i].File, entries[i].Line, err)
			}
		}
		for i := range entries {
			if check == nil {
				break
			}
			if err := check(&entries[i]); err != nil {
				return nil, fmt.Errorf("lexicon %s:%d: %w", entries[i].File, entries[i].Line, err)
			}
		}
	}
	l.indexFirst()
	l.indexIDs()
	return l, nil
}

// checkOrg checks what an organization line names once the whole file is
// read: the organization of an "A = B" line, the level of a committee.
func (l *Lexicon) checkOrg(e *Entry) error {
	if e.Value != "" {
		if _, ok := l.OrgByName[strings.Join(Keys(e.Value), " ")]; !ok {
			return fmt.Errorf("%q names %q, which has no line of its own", e.Phrase, e.Value)
		}
	}
	if lv := e.Attrs["level"]; lv != "" {
		if _, ok := l.LevelByKey[strings.Join(Keys(lv), " ")]; !ok {
			return fmt.Errorf("%q: unknown level %q", e.Phrase, lv)
		}
	}
	return nil
}

// allowed checks that an entry has only the given fields.
func allowed(e *Entry, fields ...string) error {
	for k := range e.Attrs {
		ok := false
		for _, f := range fields {
			if k == f {
				ok = true
			}
		}
		if !ok {
			return fmt.Errorf("%q: unknown field %q", e.Phrase, k)
		}
	}
	return nil
}

func dup(e *Entry) error { return fmt.Errorf("%q is listed twice", e.Phrase) }

// display remembers the spelling of a phrase as the file writes it.
func (l *Lexicon) display(phrase string) {
	k := strings.Join(Keys(phrase), " ")
	if _, ok := l.Display[k]; !ok {
		l.Display[k] = phrase
	}
}

func (l *Lexicon) addForeign(e *Entry) error {
	if err := allowed(e, "particle"); err != nil {
		return err
	}
	keys := Keys(e.Phrase)
	if len(keys) != 1 {
		return fmt.Errorf("%q: a foreign name here is one word", e.Phrase)
	}
	if e.Has("particle") {
		// "van", "bin": Vietnamese syllables often, but only ever read
		// between two capitalized words of a foreign name
		if l.Particles[keys[0]] {
			return dup(e)
		}
		l.Particles[keys[0]] = true
		return nil
	}
	if token.IsSyllable(keys[0]) {
		return fmt.Errorf("%q is a Vietnamese syllable: it would start Vietnamese names and places too", e.Phrase)
	}
	if l.Foreign[keys[0]] {
		return dup(e)
	}
	l.Foreign[keys[0]] = true
	return nil
}

func (l *Lexicon) addFamily(e *Entry) error {
	if err := allowed(e, "weak", "religious"); err != nil {
		return err
	}
	keys := Keys(e.Phrase)
	if len(keys) != 1 {
		return fmt.Errorf("%q: a family name is one syllable", e.Phrase)
	}
	if _, ok := l.Families[keys[0]]; ok {
		return dup(e)
	}
	l.Families[keys[0]] = Family{Weak: e.Has("weak"), Religious: e.Has("religious")}
	return nil
}

func (l *Lexicon) addLevel(e *Entry) error {
	if err := allowed(e, "rank", "committee", "joint", "numbered", "abbrev", "words"); err != nil {
		return err
	}
	rank, err := strconv.Atoi(e.Attrs["rank"])
	if err != nil {
		return fmt.Errorf("%q: rank: %w", e.Phrase, err)
	}
	lv := Level{Name: e.Phrase, Rank: rank, Committee: e.Attrs["committee"], Joint: e.Has("joint"), Numbered: e.Has("numbered")}
	if w := e.Attrs["words"]; w != "" {
		for _, s := range strings.Split(w, ";") {
			k := Keys(s)
			if len(k) != 1 {
				return fmt.Errorf("%q: words=%q: want syllables split by semicolons", e.Phrase, w)
			}
			lv.Words = append(lv.Words, k[0])
		}
	}
	if !l.Levels.Add(Keys(e.Phrase), lv) {
		return dup(e)
	}
	p, _ := l.Levels.Get(Keys(e.Phrase))
	l.LevelByKey[strings.Join(Keys(e.Phrase), " ")] = p
	if a := e.Attrs["abbrev"]; a != "" {
		if a != strings.ToUpper(a) || len(a) > 3 || strings.ContainsAny(a, ". ") {
			return fmt.Errorf("%q: abbrev=%q: want one to three capitals, no stop", e.Phrase, a)
		}
		if l.LevelAbbrevs[a] != nil {
			return fmt.Errorf("%q: abbrev=%q is another level's", e.Phrase, a)
		}
		l.LevelAbbrevs[a] = p
	}
	l.display(e.Phrase)
	return nil
}

func (l *Lexicon) addPlace(e *Entry) error {
	if err := allowed(e, "level", "alias", "weak", "weak-alias", "country"); err != nil {
		return err
	}
	lv := e.Attrs["level"]
	if _, ok := l.LevelByKey[strings.Join(Keys(lv), " ")]; !ok {
		return fmt.Errorf("%q: unknown level %q", e.Phrase, lv)
	}
	p := Place{Name: e.Phrase, Level: lv, Weak: e.Has("weak"), Country: e.Attrs["country"]}
	names := []string{e.Phrase}
	if a := e.Attrs["alias"]; a != "" {
		names = append(names, strings.Split(a, ";")...)
	}
	for _, n := range names {
		if !l.Places.Add(Keys(n), p) {
			return fmt.Errorf("%q is listed twice", n)
		}
	}
	if a := e.Attrs["weak-alias"]; a != "" {
		w := p
		w.Weak = true
		for _, n := range strings.Split(a, ";") {
			if !l.Places.Add(Keys(n), w) {
				return fmt.Errorf("%q is listed twice", n)
			}
		}
	}
	l.display(e.Phrase)
	return nil
}

func (l *Lexicon) addAbbrev(e *Entry) error {
	if err := allowed(e); err != nil {
		return err
	}
	if e.Value == "" {
		return fmt.Errorf("%q: an abbreviation needs \"= expansion\"", e.Phrase)
	}
	keys := Keys(e.Phrase)
	if len(keys) != 1 {
		return fmt.Errorf("%q: an abbreviation is one token", e.Phrase)
	}
	if _, ok := l.Abbrevs[keys[0]]; ok {
		return dup(e)
	}
	var exp, text []string
	for _, t := range token.Tokenize(e.Value) {
		if t.Key != "," && t.Key != "-" {
			exp = append(exp, t.Key)
			text = append(text, t.Text)
		}
	}
	l.Abbrevs[keys[0]] = exp
	l.AbbrevText[keys[0]] = text
	return nil
}

func (l *Lexicon) addTitle(e *Entry) error {
	if err := allowed(e, "org", "role", "fixed", "orghead", "absorb", "needs-org", "place", "weak", "whole", "context", "heads", "unit", "level", "of", "sole", "shared", "aide"); err != nil {
		return err
	}
	t := Title{
		Name: e.Phrase, Role: roleOf(e), Org: e.Attrs["org"], Fixed: e.Has("fixed"),
		OrgHead: e.Attrs["orghead"], Absorb: e.Has("absorb"), NeedsOrg: e.Has("needs-org"),
		Place: e.Has("place"), Weak: e.Has("weak"), Whole: e.Has("whole"), Context: e.Attrs["context"],
		Heads: e.Attrs["heads"], Unit: e.Attrs["unit"], Level: e.Attrs["level"], Of: e.Has("of"), Sole: e.Has("sole"), Aide: e.Has("aide"), absorbs: Keys(e.Attrs["absorb"]),
	}
	if t.Heads != "" && !strings.HasSuffix(e.Phrase, " "+t.Heads) {
		return fmt.Errorf("%q: heads=%s does not end the title", e.Phrase, t.Heads)
	}
	if t.Level != "" && !strings.HasSuffix(e.Phrase, " "+t.Level) {
		return fmt.Errorf("%q: level=%s does not end the title", e.Phrase, t.Level)
	}
	if t.Context != "" {
		if _, err := graph.ParseOrgClass(t.Context); err != nil {
			return fmt.Errorf("%q: context: %w", e.Phrase, err)
		}
	}
	t.RoleKey = strings.Join(Keys(t.Role), " ")
	if t.Fixed && t.Org == "" {
		return fmt.Errorf("%q: fixed without org=", e.Phrase)
	}
	if !l.Titles.Add(Keys(e.Phrase), t) {
		return dup(e)
	}
	switch {
	case t.Sole && e.Has("shared"):
		return fmt.Errorf("%q: both sole and shared", e.Phrase)
	case e.Has("shared") && (t.Org == "" || !t.Fixed):
		return fmt.Errorf("%q: shared needs org= and fixed", e.Phrase)
	}
	l.markSole(t.RoleKey, e)
	l.display(e.Phrase)
	l.display(t.Role)
	return nil
}

// roleOf is the role of a title's entry: its role=, else the title.
func roleOf(e *Entry) string {
	if r := e.Attrs["role"]; r != "" {
		return r
	}
	return e.Phrase
}

// markSole records for SoleRole the role, of key rk, of a title's entry
// marked sole or shared.
func (l *Lexicon) markSole(rk string, e *Entry) {
	switch {
	case e.Has("sole"):
		l.soleRoles[rk] = true
	case e.Has("shared"):
		l.sharedIn[rk+"|"+strings.Join(Keys(e.Attrs["org"]), " ")] = true
	}
}

var tails = map[string]Tail{"none": TailNone, "place": TailPlace, "org": TailOrg, "name": TailName}

func (l *Lexicon) addOrg(e *Entry) error {
	if e.Value != "" {
		if err := allowed(e, "after-title", "upper"); err != nil {
			return err
		}
		o := OrgKind{Name: e.Phrase, Canonical: e.Value, AfterTitle: e.Has("after-title"), Upper: e.Has("upper")}
		if !l.Orgs.Add(Keys(e.Phrase), o) {
			return dup(e)
		}
		p, _ := l.Orgs.Get(Keys(e.Phrase))
		l.OrgByName[strings.Join(Keys(e.Phrase), " ")] = p
		return nil
	}
	if err := allowed(e, "class", "tail", "level", "transparent", "upper", "lower-name", "of", "local", "named-after", "numbered", "seat", "branch", "suffix",
		"lowercase", "event-board", "division", "national"); err != nil {
		return err
	}
	class, err := graph.ParseOrgClass(e.Attrs["class"])
	if err != nil {
		return fmt.Errorf("%q: %w", e.Phrase, err)
	}
	o := OrgKind{Name: e.Phrase, Class: class, Level: e.Attrs["level"], Transparent: e.Has("transparent"),
		Upper: e.Has("upper"), LowerName: e.Has("lower-name"), Of: e.Has("of"), Local: e.Has("local"), NamedAfter: e.Has("named-after"),
		Numbered: e.Has("numbered"), Seat: e.Has("seat"), Branch: e.Has("branch"),
		Suffix: e.Has("suffix"), Lowercase: e.Has("lowercase"), EventBoard: e.Has("event-board"),
		Division: e.Has("division"), National: e.Has("national")}
	switch t, ok := tails[e.Attrs["tail"]]; {
	case o.Level != "":
		o.Tail = TailLevel
	case !ok:
		return fmt.Errorf("%q: tail=%q: want none, place, org or name", e.Phrase, e.Attrs["tail"])
	default:
		o.Tail = t
	}
	if !l.Orgs.Add(Keys(e.Phrase), o) {
		return dup(e)
	}
	p, _ := l.Orgs.Get(Keys(e.Phrase))
	l.OrgByName[strings.Join(Keys(e.Phrase), " ")] = p
	l.display(e.Phrase)
	return nil
}

var eventClasses = map[string]EventClass{"congress": Congress, "conference": Conference,
	"session": Session, "ceremony": Ceremony, "seminar": Seminar, "meeting": Meeting,
	"reception": Reception, "visit": Visit, "competition": Competition,
	"exhibition": Exhibition, "festival": Festival, "inspection": Inspection,
	"tribute": Tribute, "handover": Handover, "trial": Trial}

func (l *Lexicon) addEvent(e *Entry) error {
	if err := allowed(e, "class", "upper", "part", "verb", "activity", "counted", "mourning"); err != nil {
		return err
	}
	c, ok := eventClasses[e.Attrs["class"]]
	if !ok {
		return fmt.Errorf("%q: unknown class %q", e.Phrase, e.Attrs["class"])
	}
	w := EventWord{Name: e.Phrase, Class: c, Upper: e.Has("upper"), Part: e.Has("part"), Verb: e.Has("verb"),
		Activity: e.Has("activity"), Counted: e.Has("counted"), Mourning: e.Has("mourning")}
	if w.Counted && !w.Activity {
		return fmt.Errorf("%q: counted is said only of an activity", e.Phrase)
	}
	if !l.Events.Add(Keys(e.Phrase), w) {
		return dup(e)
	}
	l.display(e.Phrase)
	return nil
}

func (l *Lexicon) addHonorific(e *Entry) error {
	if err := allowed(e, "gender", "rank", "saint"); err != nil {
		return err
	}
	h := Honorific{Name: e.Phrase, Gender: e.Attrs["gender"], Rank: e.Has("rank"), Saint: e.Has("saint")}
	if !l.Honorifics.Add(Keys(e.Phrase), h) {
		return dup(e)
	}
	return nil
}

func (l *Lexicon) addCue(e *Entry) error {
	if err := allowed(e, "rel", "before", "verb", "team", "complement", "address"); err != nil {
		return err
	}
	rel, ok := cueNames[e.Attrs["rel"]]
	if !ok {
		return fmt.Errorf("%q: unknown rel %q", e.Phrase, e.Attrs["rel"])
	}
	if !l.Cues.Add(Keys(e.Phrase), Cue{Phrase: e.Phrase, Rel: rel, Before: e.Has("before"), Verb: e.Has("verb"), Team: e.Has("team"), Complement: e.Has("complement"),
		Address: e.Has("address")}) {
		return dup(e)
	}
	return nil
}

func (l *Lexicon) addFurniture(e *Entry) error {
	if err := allowed(e); err != nil {
		return err
	}
	if !l.Furniture.Add(Keys(e.Phrase), struct{}{}) {
		return dup(e)
	}
	return nil
}

var creditRoles = map[string]CreditRole{"source": CreditSource, "author": CreditAuthor,
	"photo": CreditPhoto, "both": CreditBoth}

func (l *Lexicon) addCredit(e *Entry) error {
	if err := allowed(e, "role"); err != nil {
		return err
	}
	r, ok := creditRoles[e.Attrs["role"]]
	if !ok {
		return fmt.Errorf("%q: unknown role %q", e.Phrase, e.Attrs["role"])
	}
	if !l.Credits.Add(Keys(e.Phrase), Credit{Role: r}) {
		return dup(e)
	}
	return nil
}

func (l *Lexicon) addMedia(e *Entry) error {
	if err := allowed(e, "alias"); err != nil {
		return err
	}
	names := []string{e.Phrase}
	if a := e.Attrs["alias"]; a != "" {
		names = append(names, strings.Split(a, ";")...)
	}
	for _, n := range names {
		if !l.Media.Add(Keys(n), Media{Name: e.Phrase}) {
			return fmt.Errorf("%q is listed twice", n)
		}
	}
	return nil
}

// phrases returns an adder of plain phrases to t.
func phrases(t *Trie[struct{}]) func(e *Entry) error {
	return func(e *Entry) error {
		if err := allowed(e); err != nil {
			return err
		}
		if !t.Add(Keys(e.Phrase), struct{}{}) {
			return dup(e)
		}
		return nil
	}
}

// StopAt reports whether a stop phrase starts at keys[i].
func (l *Lexicon) StopAt(keys []string, i int) bool {
	if i >= len(keys) || l.First[keys[i]]&StartsStop == 0 || l.inCompound(keys, i) {
		return false
	}
	_, n := l.Stop.Longest(keys, i)
	return n > 0
}

// EventOnAt reports whether a verb that goes on with an event's
// description after a comma starts at keys[i] ("Hội nghị tổng kết, đánh
// giá ..."): the words of it, or 0.
func (l *Lexicon) EventOnAt(keys []string, i int) int {
	if i >= len(keys) {
		return 0
	}
	_, n := l.EventOn.Longest(keys, i)
	return n
}

// EventStopAt reports whether an event-ending phrase starts at keys[i].
func (l *Lexicon) EventStopAt(keys []string, i int) bool {
	if i >= len(keys) || l.First[keys[i]]&StartsEventStop == 0 || l.inCompound(keys, i) {
		return false
	}
	_, n := l.EventStop.Longest(keys, i)
	return n > 0
}

// inCompound reports whether keys[i] is the second syllable of a
// compound word of stopwords.txt ("bị" of "chuẩn bị"), which is no stop.
func (l *Lexicon) inCompound(keys []string, i int) bool {
	return i > 0 && len(l.Compounds) > 0 && l.Compounds[keys[i-1]+" "+keys[i]]
}

func (l *Lexicon) addDocument(e *Entry) error {
	if err := allowed(e, "letter"); err != nil {
		return err
	}
	if !l.Documents.Add(Keys(e.Phrase), Document{Letter: e.Has("letter")}) {
		return dup(e)
	}
	return nil
}

func (l *Lexicon) addLandmark(e *Entry) error {
	if err := allowed(e, "area"); err != nil {
		return err
	}
	if !l.Landmarks.Add(Keys(e.Phrase), Landmark{Area: e.Has("area")}) {
		return dup(e)
	}
	return nil
}

// addOrdinal reads "mười hai = 12": an ordinal's words and its number.
func (l *Lexicon) addOrdinal(e *Entry) error {
	if err := allowed(e); err != nil {
		return err
	}
	v, err := strconv.Atoi(e.Value)
	if err != nil || v <= 0 {
		return fmt.Errorf("%q: the number after \"=\" is %q, not a positive whole number", e.Phrase, e.Value)
	}
	if !l.Ordinals.Add(Keys(e.Phrase), v) {
		return dup(e)
	}
	return nil
}
