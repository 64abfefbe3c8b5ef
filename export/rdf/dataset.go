package rdf

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strings"

	"kg/export"
	"kg/graph"
)

// Options configures FromGraph.
type Options struct {
	// Sentence returns the sentence a fact's provenance points at, for
	// kg:sentence; nil, or false, writes none.
	Sentence export.SentenceFunc
	// Tenures are the tenures of the holdings (see Roles); nil computes
	// them from the graph.
	Tenures map[graph.Holding]*graph.Tenure
}

// NamedGraph is a graph of a dataset: its name and its triples, sorted
// and without duplicates.
type NamedGraph struct {
	Name    string // an absolute IRI
	Triples []Triple
}

// Dataset is the graph as RDF: the entities graph (EntitiesGraph) first,
// then one graph per article, named by the article's IRI, in IRI order.
type Dataset struct {
	Graphs []NamedGraph
}

// Each hands the graphs of d to yield in order, and stops at yield's
// first error.
func (d *Dataset) Each(yield func(NamedGraph) error) error {
	for _, g := range d.Graphs {
		if err := yield(g); err != nil {
			return err
		}
	}
	return nil
}

// Len counts the triples of all graphs.
func (d *Dataset) Len() int {
	n := 0
	for _, g := range d.Graphs {
		n += len(g.Triples)
	}
	return n
}

// FromGraph maps g to RDF (the mapping is described in docs/formats.md):
//
//   - the entities graph holds what the articles say together: each
//     entity's type and names, each event's dates, each article's
//     metadata, and each person's Roles (schema:OrganizationRole) with
//     their tenure (Options.Tenures);
//   - the graph of an article holds what its facts say: for each fact, the
//     triple subject kg:RELATION object, an rdf:Statement with the
//     sentence, rule, byte span and date it rests on, and the schema.org
//     links the JSON-LD export writes for it (attendee, organizer,
//     location, ...); for each presence at an event, a kg:Participation
//     with its roles and the positions the article gives the person.
//
// A fact with no article goes to the entities graph; a fact of an unknown
// relation, or whose ends are not both entities of g, is left out.
func FromGraph(g *graph.Graph, opts Options) *Dataset {
	d := &Dataset{}
	Each(g, opts, func(ng NamedGraph) error { // never fails
		d.Graphs = append(d.Graphs, ng)
		return nil
	})
	return d
}

// Each maps g as FromGraph does, handing the graphs to yield one at a
// time, in the same order, and stops at yield's first error: only the
// entities graph and one article's graph are held at once. An empty graph
// is not handed.
func Each(g *graph.Graph, opts Options, yield func(NamedGraph) error) error {
	m := newMapper(g, opts)
	m.writeEntities()
	byGraph := map[string][]int{}
	for i, f := range m.facts {
		name := EntitiesGraph
		if f.Prov.Article != "" {
			name = m.iri(f.Prov.Article)
		}
		byGraph[name] = append(byGraph[name], i)
	}
	for _, i := range byGraph[EntitiesGraph] {
		m.writeFact(m.facts[i])
	}
	if err := m.flush(EntitiesGraph, yield); err != nil {
		return err
	}
	delete(byGraph, EntitiesGraph)
	for _, name := range slices.Sorted(maps.Keys(byGraph)) {
		for _, i := range byGraph[name] {
			m.writeFact(m.facts[i])
		}
		if err := m.flush(name, yield); err != nil {
			return err
		}
	}
	return nil
}

// flush sorts the triples of a graph and hands them to yield.
func (m *mapper) flush(name string, yield func(NamedGraph) error) error {
	ts := m.graphs[name]
	delete(m.graphs, name)
	if len(ts) == 0 {
		return nil
	}
	slices.SortFunc(ts, Triple.Compare)
	ts = slices.CompactFunc(ts, func(a, b Triple) bool { return a == b })
	return yield(NamedGraph{Name: name, Triples: ts})
}

type mapper struct {
	g      *graph.Graph
	opts   Options
	ents   map[string]*graph.Entity
	iris   map[string]string
	graphs map[string][]Triple
	facts  []graph.Fact
	held   map[export.ArticlePerson][]string
}

func newMapper(g *graph.Graph, opts Options) *mapper {
	m := &mapper{g: g, opts: opts, ents: map[string]*graph.Entity{}, iris: map[string]string{},
		graphs: map[string][]Triple{}, facts: g.Facts(), held: export.HeldPositions(g)}
	for _, e := range g.Entities() {
		m.ents[e.ID] = e
	}
	return m
}

func (m *mapper) kind(id string) graph.Kind {
	if e, ok := m.ents[id]; ok {
		return e.Kind
	}
	return 0
}

func (m *mapper) iri(id string) string {
	s, ok := m.iris[id]
	if !ok {
		s = EntityIRI(id)
		m.iris[id] = s
	}
	return s
}

func (m *mapper) add(g string, s, p string, o Term) {
	m.graphs[g] = append(m.graphs[g], Triple{IRI(s), IRI(p), o})
}

func (m *mapper) names(g, s string, e *graph.Entity, nameProp string) {
	if e.Name != "" {
		m.add(g, s, nameProp, Vietnamese(e.Name))
	}
	for _, a := range e.Aliases {
		m.add(g, s, PropAlternateName, Vietnamese(a))
	}
}

func (m *mapper) date(g, s, p string, d graph.Date) {
	if t, ok := Date(d); ok {
		m.add(g, s, p, t)
	}
}

// writeEntities writes the entities graph.
func (m *mapper) writeEntities() {
	const eg = EntitiesGraph
	for _, e := range m.g.Entities() {
		s := m.iri(e.ID)
		switch e.Kind {
		case graph.Person:
			m.add(eg, s, RDFType, IRI(TypePerson))
			m.names(eg, s, e, PropName)
		case graph.Organization:
			m.add(eg, s, RDFType, IRI(OrgType(e)))
			m.names(eg, s, e, PropName)
		case graph.Position:
			m.add(eg, s, RDFType, IRI(TypePosition))
			m.names(eg, s, e, PropName)
			if e.Role != "" {
				m.add(eg, s, PropRoleName, Vietnamese(e.Role))
			}
		case graph.Event:
			m.add(eg, s, RDFType, IRI(TypeEvent))
			m.names(eg, s, e, PropName)
			m.date(eg, s, PropStartDate, e.Date)
			m.date(eg, s, PropEndDate, e.End)
		case graph.Article:
			m.add(eg, s, RDFType, IRI(TypeArticle))
			m.names(eg, s, e, PropName)
			if e.Name != "" {
				m.add(eg, s, PropHeadline, Vietnamese(e.Name))
			}
			m.date(eg, s, PropDatePublished, e.Date)
			if IsURL(e.Text) {
				m.add(eg, s, PropURL, Typed(e.Text, XSDAnyURI))
			} else if e.Text != "" {
				m.add(eg, s, PropIdentifier, String(e.Text))
			}
		case graph.Place:
			m.add(eg, s, RDFType, IRI(TypePlace))
			m.names(eg, s, e, PropName)
		default:
			m.add(eg, s, RDFType, IRI(TypeThing))
			m.names(eg, s, e, PropName)
		}
	}
	for _, r := range Roles(m.g, m.opts.Tenures) {
		s := m.iri(r.Person)
		m.add(eg, s, PropMemberOf, IRI(r.IRI))
		m.add(eg, r.IRI, RDFType, IRI(r.Type))
		if r.Name != "" {
			m.add(eg, r.IRI, PropName, Vietnamese(r.Name))
		}
		if r.RoleName != "" {
			m.add(eg, r.IRI, PropRoleName, Vietnamese(r.RoleName))
		}
		for _, o := range r.Orgs {
			m.add(eg, r.IRI, PropMemberOf, IRI(m.iri(o)))
		}
		// schema's startDate is the start of the role: only the date an
		// article says it was taken (an election, an appointment); the
		// dates a tenure is stated within are kg's bounds
		m.date(eg, r.IRI, PropStartDate, r.Taken)
		m.date(eg, r.IRI, PropHeldOn, r.Start)
		m.date(eg, r.IRI, PropLeftBy, r.End)
		if r.Ended {
			// left, whether or not by a known date
			m.add(eg, r.IRI, PropFormer, Boolean(true))
		}
	}
}

// writeFact writes a fact into the graph of its article.
func (m *mapper) writeFact(f graph.Fact) {
	pred := Predicate(f.Relation)
	subj, ok1 := m.ents[f.Subject]
	obj, ok2 := m.ents[f.Object]
	if pred == "" || !ok1 || !ok2 {
		return
	}
	g := EntitiesGraph
	if f.Prov.Article != "" {
		g = m.iri(f.Prov.Article)
	}
	s, o := m.iri(f.Subject), m.iri(f.Object)
	m.add(g, s, pred, IRI(o))
	m.statement(g, f, s, pred, o)
	if f.Subject != f.Object {
		m.links(g, f, subj, obj)
	}
}

// statement writes the rdf:Statement of a fact with its provenance.
func (m *mapper) statement(g string, f graph.Fact, s, pred, o string) {
	st := StatementIRI(f)
	m.add(g, st, RDFType, IRI(RDFStatement))
	m.add(g, st, RDFSubject, IRI(s))
	m.add(g, st, RDFPredicate, IRI(pred))
	m.add(g, st, RDFObject, IRI(o))
	if f.Prov.Article != "" {
		m.add(g, st, PropArticle, IRI(m.iri(f.Prov.Article)))
	}
	if f.Prov.Rule != "" {
		m.add(g, st, PropRule, String(f.Prov.Rule))
	}
	m.date(g, st, PropAsOf, f.AsOf)
	if f.Former {
		m.add(g, st, PropFormer, Boolean(true))
	}
	if f.Prov.Article == "" || f.Prov.End <= f.Prov.Start {
		return
	}
	// The sentence is a node of its own: the several facts of one
	// sentence share it, and its text is written once.
	sent := SentenceIRI(m.iri(f.Prov.Article), f.Prov.Start, f.Prov.End)
	m.add(g, st, PropSentence, IRI(sent))
	m.add(g, sent, RDFType, IRI(TypeSentence))
	m.add(g, sent, PropStart, Integer(f.Prov.Start))
	m.add(g, sent, PropEnd, Integer(f.Prov.End))
	if m.opts.Sentence != nil {
		if text, ok := m.opts.Sentence(f.Prov); ok && text != "" {
			m.add(g, sent, PropText, Vietnamese(text))
		}
	}
}

// SentenceIRI is the IRI of the sentence at a byte span of an article,
// whose IRI is given.
func SentenceIRI(articleIRI string, start, end int) string {
	return fmt.Sprintf("%s/sentence/%d-%d", articleIRI, start, end)
}

// links writes the schema.org links of a fact, as the JSON-LD export
// does, and the participation of a presence at an event.
func (m *mapper) links(g string, f graph.Fact, subj, obj *graph.Entity) {
	s, o := m.iri(subj.ID), m.iri(obj.ID)
	sk, ok := subj.Kind, obj.Kind
	agent := sk == graph.Person || sk == graph.Organization
	switch r := f.Relation; {
	case r.AtEvent() && agent && ok == graph.Event:
		m.add(g, o, PropAttendee, IRI(s))
		p := ParticipationIRI(o, subj.ID)
		m.add(g, o, PropParticipation, IRI(p))
		m.add(g, p, RDFType, IRI(TypeParticipation))
		m.add(g, p, PropAgent, IRI(s))
		m.add(g, p, PropRole, IRI(Predicate(r)))
		if sk == graph.Person {
			for _, pos := range m.held[export.ArticlePerson{Article: f.Prov.Article, Person: subj.ID}] {
				m.add(g, p, PropHeldPosition, IRI(RoleIRI(s, pos)))
			}
		}
	case r == graph.Organized && agent && ok == graph.Event:
		m.add(g, o, PropOrganizer, IRI(s))
	case r == graph.PartOf && sk == graph.Organization && ok == graph.Organization:
		m.add(g, s, PropParentOrganization, IRI(o))
	case (r == graph.PartOf || r == graph.LocatedIn) && sk == graph.Place && ok == graph.Place:
		m.add(g, s, PropContainedInPlace, IRI(o))
	case r == graph.LocatedIn && (sk == graph.Organization || sk == graph.Event) && ok == graph.Place:
		m.add(g, s, PropLocation, IRI(o))
	case r == graph.AuthorOf && agent && ok == graph.Article:
		m.add(g, o, PropAuthor, IRI(s))
	case r == graph.PublisherOf && agent && ok == graph.Article:
		m.add(g, o, PropPublisher, IRI(s))
	case r == graph.Mentions && sk == graph.Article && ok == graph.Event:
		m.add(g, s, PropAbout, IRI(o))
		m.add(g, o, PropSubjectOf, IRI(s))
	case r == graph.Mentions && sk == graph.Article && ok != graph.Position:
		m.add(g, s, PropMentions, IRI(o))
	}
	// An event is the subject of the articles that state facts about it,
	// whether or not the extractor recorded a mention.
	if sk != graph.Event && ok != graph.Event {
		return
	}
	a, found := m.ents[f.Prov.Article]
	if !found || a.Kind != graph.Article || a.ID == subj.ID || a.ID == obj.ID {
		return
	}
	for _, ev := range [...]*graph.Entity{subj, obj} {
		if ev.Kind == graph.Event {
			m.add(g, m.iri(a.ID), PropAbout, IRI(m.iri(ev.ID)))
			m.add(g, m.iri(ev.ID), PropSubjectOf, IRI(m.iri(a.ID)))
		}
	}
}

// StatementIRI is the IRI of the rdf:Statement of a fact: a hash of all
// its fields, so that the same fact has the same IRI in every export.
func StatementIRI(f graph.Fact) string {
	h := sha256.New()
	for _, s := range [...]string{f.Subject, f.Object, f.Prov.Article, f.Prov.Rule} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	var b [8]byte
	for _, v := range [...]int{int(f.Relation), f.Prov.Start, f.Prov.End, f.AsOf.Year, f.AsOf.Month, f.AsOf.Day} {
		binary.LittleEndian.PutUint64(b[:], uint64(v))
		h.Write(b[:])
	}
	if f.Former {
		h.Write([]byte{1})
	}
	return EntityPrefix + "fact:" + hex.EncodeToString(h.Sum(nil)[:8])
}

// IsURL reports whether an article's source is a web address rather than
// a file path.
func IsURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")
}
