package lexicon

// The grammar's word lists that are not tied to a kind of mention:
// function words (stopwords.txt), the tails of congress and session names
// (eventtails.txt) and anonymous signatures (anonymous.txt).

import "fmt"

// WordClass is a set of the closed classes of function words a word is
// in (see data/stopwords.txt).
type WordClass uint16

// The closed classes of function words.
const (
	ClassHardStop WordClass = 1 << iota // ends a name even right after a capitalized syllable
	ClassPlural                         // stands before a title of several people (các, hai)
	ClassCopula                         // joins a title to its list (là, gồm)
	ClassConj                           // joins list entries (và, cùng, kiêm)
	ClassLocative                       // a weak place may follow (tại, ở, của)
	ClassDayPart                        // may stand before a date (sáng, ngày)
	ClassWeekday                        // a word of a weekday's name (thứ, hai, chủ nhật)
	ClassGeneric                        // makes the event word after it a common noun (các, nhiều)
	ClassAdverb                         // may stand between a subject and its verb (đã, cũng)
	ClassDateLine                       // may stand beside the date of a date line (GMT, cập nhật)
	ClassFormer                         // before a title its holder held before (nguyên, cựu)
	ClassNew                            // before a title its holder has just taken (tân)
)

// wordClasses are the fields of stopwords.txt that name a class.
var wordClasses = map[string]WordClass{"hard": ClassHardStop, "plural": ClassPlural,
	"copula": ClassCopula, "conj": ClassConj, "locative": ClassLocative, "daypart": ClassDayPart,
	"weekday": ClassWeekday, "generic": ClassGeneric, "adverb": ClassAdverb, "dateline": ClassDateLine,
	"former": ClassFormer, "new": ClassNew}

// addFunctionWord reads a line of stopwords.txt: a phrase and its roles.
// A line with no field is a stop; stop and hard (a stop that ends a name
// even after a capitalized syllable) put the phrase in Stop, event-stop
// in EventStop, event-on in EventOn; the classes are for one word.
func (l *Lexicon) addFunctionWord(e *Entry) error {
	if err := allowed(e, "stop", "hard", "event-stop", "plural", "copula", "conj", "locative",
		"daypart", "weekday", "generic", "adverb", "dateline", "former", "new", "compound", "event-on"); err != nil {
		return err
	}
	if e.Has("event-on") {
		if !l.EventOn.Add(Keys(e.Phrase), struct{}{}) {
			return dup(e)
		}
		if len(e.Attrs) == 1 {
			return nil // no other role: no stop
		}
	}
	keys := Keys(e.Phrase)
	if e.Has("compound") {
		if len(keys) != 2 || len(e.Attrs) != 1 {
			return fmt.Errorf("%q: a compound is a word of two syllables, with no other role", e.Phrase)
		}
		k := keys[0] + " " + keys[1]
		if l.Compounds[k] {
			return dup(e)
		}
		l.Compounds[k] = true
		return nil
	}
	_, inStop := l.Stop.Get(keys)
	_, inEventStop := l.EventStop.Get(keys)
	_, inClasses := l.Classes[phraseKey(e.Phrase)]
	if inStop || inEventStop || inClasses {
		return dup(e) // one line gives all the roles of a word
	}
	var class WordClass
	for f, c := range wordClasses {
		if e.Has(f) {
			class |= c
		}
	}
	if class != 0 && len(keys) != 1 {
		return fmt.Errorf("%q: a class is for one word", e.Phrase)
	}
	if len(e.Attrs) == 0 || e.Has("stop") || e.Has("hard") {
		l.Stop.Add(keys, struct{}{})
	}
	if e.Has("event-stop") {
		l.EventStop.Add(keys, struct{}{})
	}
	if class != 0 {
		l.Classes[keys[0]] = class
	}
	return nil
}

// addAnonymous reads a line of anonymous.txt: a signature that names no
// one.
func (l *Lexicon) addAnonymous(e *Entry) error {
	if err := allowed(e); err != nil {
		return err
	}
	k := phraseKey(e.Phrase)
	if l.Anonymous[k] {
		return dup(e)
	}
	l.Anonymous[k] = true
	return nil
}
