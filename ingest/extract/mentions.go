package extract

import (
	"kg/ingest/lexicon"
)

// placeRef is a place named in a sentence, or left implicit ("UBND
// tỉnh": the article's province).
type placeRef struct {
	level    string // canonical level word ("tỉnh", "thành phố"), "" when unknown
	name     string // canonical name; "" while implicit
	nameKey  string
	implicit bool // a bare level word, or none: the article gives the place
	landmark bool // a square, a street, a building: not an administrative place
	known    bool // in the lexicon
	abroad   bool // of another country, which follows it: "thành phố Viêng Chăn (Lào)"
	i, j     int  // words; i == j when the place is only implied
}

// key identifies the place: level and name keys.
func (p *placeRef) key() string {
	if p.nameKey == "" {
		return ""
	}
	if p.level == "" {
		return p.nameKey
	}
	// levels are written in the lexicon as their keys are: "thành phố"
	return p.level + " " + p.nameKey
}

// orgRef is an organization named in a sentence.
type orgRef struct {
	kind      *lexicon.OrgKind // the head (for aliases: the canonical organization's)
	canonical string           // the canonical name when written under another name
	headKey   string           // keys of the head
	nameKey   string           // keys of the proper name after the head (Tài chính)
	child     *orgRef          // the organization after the head (Văn phòng [UBND tỉnh])
	place     *placeRef        // the place after the head (UBND [tỉnh Bắc Ninh])
	parent    *orgRef          // "của"/"thuộc" or a following organization (Ban X [của Quốc hội])
	seat      *placeRef        // "tại <place>" that names it (Đại sứ quán Đức [tại Hà Nội])
	ownEnd    int              // before "thuộc <parent>": where its own words end (0: at j)
	shared    bool             // child is the next body's ("Đảng ủy, Ban Giám đốc [Công an tỉnh]")
	committee bool             // a bare "Ban Thường vụ": of the article's party committee
	own       bool             // a bare "Đảng bộ": the one the article is about
	fixed     string           // written inside a title (Tỉnh ủy viên): the lexicon name
	i, j      int              // words; i == j when implied
	// filled at the discourse stage
	fill  string  // words appended to the display name (the implicit place)
	fillK string  // their keys
	done  bool    // resolved: ent is the answer
	ent   *orgEnt // the article's entity, once resolved
}

// placeLevel is the level of the organization's place, "" when it has
// none.
func (o *orgRef) placeLevel() string {
	if o.place == nil {
		return ""
	}
	return o.place.level
}

// innermost returns the organization whose place ends the phrase.
func (o *orgRef) innermost() *orgRef {
	for o.child != nil {
		o = o.child
	}
	return o
}

// titleRef is a position title.
type titleRef struct {
	t        *lexicon.Title
	role     string // display role name
	roleKey  string
	org      *orgRef
	implied  bool      // org is the lexicon's default (Thủ tướng → Chính phủ), not written
	foreign  bool      // its holder is a foreigner: no Vietnamese body by default
	place    *placeRef // for titles of a place (Thị trưởng thành phố Asan)
	placeEnd int       // the end of "Nhật Bản tại Việt Nam", after place
	former   bool      // nguyên, cựu
	isNew    bool      // tân
	term     string    // khóa XIX, nhiệm kỳ 2016-2021
	lower    bool      // written without a capital
	of       bool      // the organization follows after "của", kept in the name
	given    bool      // given by a predicate: elected, appointed, held (được bầu giữ chức T)
	context  string    // the class of the organization "nhà trường" after it refers to
	i, j     int
	person   *personRef // the person it was attached to
	resolved bool       // attached (or resolved to a person)
}

// personRef is a person's name.
type personRef struct {
	name    string // as written, tone marks placed canonically
	key     string
	gender  string
	short   bool // a one-word reference after an honorific ("ông Chung")
	foreign bool
	shaped  bool // the shape of a foreign name says it is a person's (see parsePerson)
	hon     bool // after an honorific
	i, j    int
	ent     *personEnt // resolved at the discourse stage
}

// eventRef is an event named in a sentence.
type eventRef struct {
	w       *lexicon.EventWord
	orgs    []*orgRef // organizations in the name (the holder, the parties)
	places  []*placeRef
	ordinal int    // lần thứ XIX → 19
	term    string // nhiệm kỳ 2020-2025, khóa XVI
	termY   int    // the term's first year
	object  *item  // for verb heads (tiếp X): the person or organization received
	bare    bool   // the head alone ("Đại hội", "hội nghị")
	nameEnd int    // for verbs: where the words that name the event end
	// activity: a verb told of its subject (see parseActivity); whole: a
	// headline that names the event in full
	activity, whole bool
	team            bool // an activity of a delegation ("<leader> và đoàn công tác kiểm tra ...")
	retells         bool // the body's first telling of a headline's inspection: it names the event
	destI, destJ    int  // where the doer went before the activity ("tới công trường X, kiểm tra ..."): it names the event
	i, j            int
	ent             *eventEnt // resolved at the discourse stage
}

// itemKind is the kind of a unit of a parsed sentence.
type itemKind uint8

const (
	iWord itemKind = iota
	iPunct
	iPerson
	iTitle
	iOrg
	iPlace
	iEvent
	iDate
	iTerm
	iCue
	iHon
	iPlural
	iCopula
	iConj
)

// item is a unit of a parsed sentence.
type item struct {
	kind   itemKind
	i, j   int // words
	key    string
	person *personRef
	title  *titleRef
	org    *orgRef
	place  *placeRef
	event  *eventRef
	date   *dateRef
	cue    *lexicon.Cue
	hon    *lexicon.Honorific
	term   string
}
