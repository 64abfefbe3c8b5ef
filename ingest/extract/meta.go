package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"kg/graph"
	"kg/ingest/lexicon"
	"kg/ingest/token"
)

// separators split the parts of widget lines and credits.
var separators = map[string]bool{"|": true, "•": true, ":": true, "-": true, ",": true, "/": true, "·": true}

// furniture reports whether a line is page furniture: share buttons and
// other widget words, maybe beside a byline ("PV | Chia sẻ Facebook").
func (x *Extractor) furniture(s *sentence) bool {
	ks := s.keys()
	found := false
	for i := 0; i < len(ks); {
		if separators[ks[i]] {
			i++
			continue
		}
		if _, n := x.furnitureAt(s, i); n > 0 {
			found = true
			i += n
			continue
		}
		// another part: it must be a short byline
		j := i
		for j < len(ks) && !separators[ks[j]] {
			if _, n := x.furnitureAt(s, j); n > 0 {
				break
			}
			j++
		}
		if j-i > 4 {
			return false
		}
		i = j
	}
	return found
}

// furnitureAt is Furniture.Longest at word i, asking the trie only when
// a phrase of it starts with the word.
func (x *Extractor) furnitureAt(s *sentence, i int) (*struct{}, int) {
	if s.words[i].first&lexicon.StartsFurniture == 0 {
		return nil, 0
	}
	return x.lex.Furniture.Longest(s.keys(), i)
}

// furnitureCredits takes the bylines out of a furniture line.
func (x *Extractor) furnitureCredits(l *layout, s *sentence) {
	ks := s.keys()
	for i := 0; i < len(ks); {
		if separators[ks[i]] {
			i++
			continue
		}
		if _, n := x.furnitureAt(s, i); n > 0 {
			i += n
			continue
		}
		j := i
		for j < len(ks) && !separators[ks[j]] {
			if _, n := x.furnitureAt(s, j); n > 0 {
				break
			}
			j++
		}
		x.creditName(l, s, i, j, "byline")
		i = j
	}
}

// dateLine reads a line that is only a date ("Thứ Năm, 15/10/2020",
// "25/06/2021 14:20 GMT+7") as the date published.
func (x *Extractor) dateLine(l *layout, s *sentence) bool {
	var found graph.Date
	others := 0
	// "Văn hóa | 16/04/2021 15:20", "Nguồn: LSTV | 02/09/2024": a section
	// or a source, then the date
	from := 0
	for i, w := range s.words {
		if w.kind == token.Punct && w.key == "|" {
			from = i + 1
		}
	}
	if from > 0 && from <= 8 {
		if d := dateAfterBar(s, from); !d.IsZero() {
			if l.published.IsZero() {
				l.published = d
			}
			// a source before the bar is still read as a credit
			_, n := x.lex.Credits.Longest(s.keys(), 0)
			return n == 0
		}
	}
	for i, w := range s.words {
		switch {
		case w.kind == token.Punct:
		case w.kind == token.Number:
			if d, _, ok := numericDate(s.tokText(i)); ok && d.Year != 0 && found.IsZero() {
				found = d
			}
		case w.cls&(clsWeekday|clsDateLine) != 0:
		default:
			others++
		}
	}
	if found.IsZero() || others > 1 {
		return false
	}
	if l.published.IsZero() {
		l.published = found
	}
	return true
}

// parseDateLine reads a publication date given apart from the text
// (RFC 3339, "2020-05-16", "16/05/2020 14:20").
func (x *Extractor) parseDateLine(s string) graph.Date {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return graph.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
		}
	}
	toks := token.Tokenize(token.Normalize(s))
	for _, t := range toks {
		if d, _, ok := numericDate(t.Text); ok && d.Year != 0 {
			return d
		}
	}
	return graph.Date{}
}

// creditLine reads a line that starts with a credit ("Theo TTXVN", "Ảnh:
// Doãn Tấn/TTXVN", "Tin, ảnh: TTXVN") from word i.
func (x *Extractor) creditLine(l *layout, s *sentence, i int) bool {
	ks := s.keys()
	c, n := x.lex.Credits.Longest(ks, i)
	if n == 0 {
		return false
	}
	j := i + n
	hasColon := j < len(ks) && ks[j] == ":"
	if hasColon {
		j++
	}
	rest := 0
	for k := j; k < len(ks); k++ {
		if s.words[k].kind != token.Punct {
			rest++
		}
	}
	if rest == 0 || rest > 8 {
		return false
	}
	if !hasColon && c.Role != lexicon.CreditSource {
		return false
	}
	if !hasColon && !s.words[j].upper {
		return false // "Theo kế hoạch, ..." is a sentence
	}
	rule := map[lexicon.CreditRole]string{lexicon.CreditSource: "credit-source", lexicon.CreditAuthor: "credit-author",
		lexicon.CreditPhoto: "credit-photo", lexicon.CreditBoth: "credit-author"}[c.Role]
	x.creditNames(l, s, j, len(ks), rule)
	return true
}

// creditNames records the names of a credit in words [i, j), split at
// separators and "và" ("Ảnh: Minh Khuê - Thu Trà", "Theo TTXVN").
func (x *Extractor) creditNames(l *layout, s *sentence, i, j int, rule string) {
	ks := s.keys()
	cut := func(k string) bool {
		return separators[k] || k == "và" || k == "(" || k == ")" || k == "."
	}
	for k := i; k < j; {
		if cut(ks[k]) {
			k++
			continue
		}
		e := k
		for e < j && !cut(ks[e]) {
			e++
		}
		// "M.KHUÊ": initials and a given name, stops and all
		g := e
		for g < j && !separators[ks[g]] && ks[g] != "và" && ks[g] != "(" && ks[g] != ")" {
			g++
		}
		if start, end := s.span(k, g); g > e && initialedName(strings.TrimSuffix(l.text[start:end], ".")) {
			l.persons = append(l.persons, credit{name: strings.TrimSuffix(l.text[start:end], "."), start: start, end: end, rule: rule})
			k = g
			continue
		}
		// "Chinhphu.vn", "VOV.VN": an outlet's address or short name, stops
		// and all
		if _, n := x.lex.Media.Longest(ks[k:g], 0); g > e && (n == g-k || webAddress(ks[k:g])) {
			x.creditName(l, s, k, g, rule)
			k = g
			continue
		}
		x.creditName(l, s, k, e, rule)
		k = e
	}
}

// creditName records the name in words [i, j) of a credit: an outlet when
// the lexicon knows it or it is a "Báo ..." name, else a person when it is
// two to four capitalized words; anonymous signatures (PV) are dropped.
func (x *Extractor) creditName(l *layout, s *sentence, i, j int, rule string) {
	if i >= j {
		return
	}
	ks := s.keys()[i:j]
	joined := strings.Join(ks, " ")
	if x.lex.Anonymous[joined] {
		return
	}
	start, end := s.span(i, j)
	if m, n := x.lex.Media.Longest(ks, 0); n == len(ks) {
		l.outlets = append(l.outlets, credit{name: m.Name, start: start, end: end, org: true, rule: rule})
		return
	}
	if o, n := x.lex.Orgs.Longest(ks, 0); n > 0 && n < len(ks) && o.Class == graph.OrgMedia && allUpper(s.words[i+n:j]) {
		l.outlets = append(l.outlets, credit{name: token.Canon(l.text[start:end]), start: start, end: end, org: true, rule: rule})
		return
	}
	if x.gluedNames(l, s, i, j, rule) {
		return
	}
	if j-i == 4 && rule != "credit-source" && allUpper(s.words[i:j]) && allLetters(s, i, j) && !x.familyName(ks[0]) && x.familyName(ks[2]) {
		// "Thực hiện: Bích Liên Vũ Hiếu": two reporters signing by their
		// given names, the second with the family name, run together
		for _, k := range []int{i, i + 2} {
			a, b := s.span(k, k+2)
			l.persons = append(l.persons, credit{name: token.Canon(l.text[a:b]), start: a, end: b, rule: rule})
		}
		return
	}
	if j-i >= 2 && j-i <= 4 && allUpper(s.words[i:j]) && allLetters(s, i, j) {
		if x.knownPlace(ks) {
			return // "Hà Nội": a place, signing nothing
		}
		if rule == "credit-source" && !x.familyName(ks[0]) {
			// "Theo Người Xứ Lạng": a source is an outlet unless it reads
			// as a Vietnamese person's name
			l.outlets = append(l.outlets, credit{name: token.Canon(l.text[start:end]), start: start, end: end, org: true, rule: rule})
			return
		}
		l.persons = append(l.persons, credit{name: token.Canon(l.text[start:end]), start: start, end: end, rule: rule})
		return
	}
	if j-i == 1 && initialedName(s.tokText(i)) {
		// "Ảnh: M.KHUÊ", "N.T.Hương": a writer's initials and given name
		l.persons = append(l.persons, credit{name: l.text[start:end], start: start, end: end, rule: rule})
		return
	}
	if webAddress(ks) {
		// an outlet signing with its address: "(Baothaibinh.com.vn)"
		l.outlets = append(l.outlets, credit{name: l.text[start:end], start: start, end: end, org: true, rule: rule})
		return
	}
	if j-i == 1 && s.words[i].upper && rule != "byline" && !initials(s.tokText(i)) {
		// a one-word outlet signature: "TTXVN", "Kinhtedothi"
		l.outlets = append(l.outlets, credit{name: l.text[start:end], start: start, end: end, org: true, rule: rule})
	}
}

// gluedNames records the names of a credit written with hyphens and no
// spaces between them ("Minh Khuê-Thu Trà", "T.Thụ-N.Quang"): each part a
// name of two words or more, or initials and a given name. A hyphen
// inside one name ("Park Wan-su", "Y-Moan") leaves a part that is none.
func (x *Extractor) gluedNames(l *layout, s *sentence, i, j int, rule string) bool {
	start, end := s.span(i, j)
	text := l.text[start:end]
	if !strings.Contains(text, "-") || strings.Contains(text, " -") || strings.Contains(text, "- ") {
		return false
	}
	parts := strings.Split(text, "-")
	for _, part := range parts {
		if !creditPerson(part) {
			return false
		}
	}
	at := start
	for _, part := range parts {
		l.persons = append(l.persons, credit{name: token.Canon(part), start: at, end: at + len(part), rule: rule})
		at += len(part) + 1
	}
	return true
}

// creditPerson reports whether a part of a glued credit is a person's
// name: two to four capitalized words of letters, or initials and a
// given name.
func creditPerson(part string) bool {
	words := strings.Fields(part)
	if len(words) == 1 {
		return initialedName(words[0])
	}
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !isLetter(c) {
				return false
			}
		}
	}
	return true
}

// initialedName reports whether a signature is initials then a given
// name, "M.KHUÊ", "N.T.Hương", "T. Tâm": one or two letters before each
// full stop (a space may follow it), then a word of three letters or more.
func initialedName(t string) bool {
	k := strings.LastIndexByte(t, '.')
	if k <= 0 {
		return false
	}
	parts := strings.Split(t[:k], ".")
	for i, p := range parts {
		parts[i] = strings.TrimLeft(p, " ")
	}
	if !initialGroups(parts) {
		return false
	}
	name := strings.TrimLeft(t[k+1:], " ")
	if utf8.RuneCountInString(name) < 3 {
		return false
	}
	for _, r := range name {
		if !isLetter(r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// knownPlace reports whether keys are the whole name of a known place.
func (x *Extractor) knownPlace(ks []string) bool {
	_, n := x.lex.Places.Longest(ks, 0)
	return n == len(ks)
}

// familyName reports whether a key is a Vietnamese family name.
func (x *Extractor) familyName(k string) bool {
	_, ok := x.lex.Families[k]
	return ok
}

// initials reports whether a signature is a writer's initials ("H.V",
// "N.T.H."): letters, one or two at a time, between full stops.
func initials(t string) bool {
	parts := strings.Split(strings.TrimSuffix(t, "."), ".")
	return len(parts) >= 2 && initialGroups(parts)
}

// initialGroups reports whether each part of a signature split at its
// stops is an initial: one or two letters.
func initialGroups(parts []string) bool {
	for _, p := range parts {
		if n := utf8.RuneCountInString(p); n == 0 || n > 2 {
			return false
		}
	}
	return true
}

// webAddress reports whether keys are a site's address: a name, then
// dot-separated parts ending in a top-level domain ("baothaibinh . com .
// vn").
func webAddress(ks []string) bool {
	if len(ks) < 3 || len(ks)%2 == 0 || !topLevel[ks[len(ks)-1]] {
		return false
	}
	for k := 1; k < len(ks); k += 2 {
		if ks[k] != "." {
			return false
		}
	}
	return true
}

// topLevel holds the top-level domains of the outlets kg reads.
var topLevel = map[string]bool{"vn": true, "com": true, "net": true, "org": true, "info": true}

func allUpper(ws []word) bool {
	for _, w := range ws {
		if !w.upper || w.kind != token.Word {
			return false
		}
	}
	return len(ws) > 0
}

func allLetters(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		for _, r := range s.tokText(k) {
			if !(r == '-' || isLetter(r)) {
				return false
			}
		}
	}
	return true
}

// metaLine reads a short line before the body: a byline (a name), an
// outlet, or a section name ("Xây dựng Đảng", "Thời sự - Chính trị").
func (x *Extractor) metaLine(l *layout, s *sentence) bool {
	n := 0
	for _, w := range s.words {
		if w.kind != token.Punct {
			n++
		}
	}
	last := s.toks[len(s.toks)-1]
	if n == 0 {
		return true
	}
	if n > 7 || last.Is(".") || last.Is(":") || last.Is(";") {
		return false
	}
	all := len(s.words)
	ks := s.keys()
	if m, k := x.lex.Media.Longest(ks, 0); k == all {
		start, end := s.span(0, all)
		l.outlets = append(l.outlets, credit{name: m.Name, start: start, end: end, org: true, rule: "meta-outlet"})
		return true
	}
	if x.lex.Anonymous[strings.Join(ks, " ")] {
		return true
	}
	if n >= 2 && n <= 4 && allUpper(s.words) && allLetters(s, 0, all) {
		start, end := s.span(0, all)
		l.persons = append(l.persons, credit{name: token.Canon(l.text[start:end]), start: start, end: end, rule: "byline"})
		return true
	}
	return n <= 5 // a section name or a label
}

// signature reads the last line of an article when it signs it: an outlet
// ("Báo Ninh Bình"), an anonymous reporter (PV) or a person.
func (x *Extractor) signature(l *layout, s *sentence) bool {
	n := 0
	for _, w := range s.words {
		if w.kind != token.Punct {
			n++
		}
	}
	ks := s.keys()
	if k := slices.Index(ks, "("); k >= 2 && k <= 4 && ks[len(ks)-1] == ")" && n > 5 {
		// "Thu Hà (Trung tâm VH-TT huyện Yên Sơn)": the writer, then
		// where the writer works, which the line names as text does
		x.creditNames(l, s, 0, k, "signature")
		return false
	}
	if n == 0 || n > 5 {
		return false
	}
	if x.lex.Anonymous[strings.Join(ks, " ")] {
		return true
	}
	before := len(l.outlets) + len(l.persons)
	// "Minh Hương/VOV.VN": the writer, then the outlet
	if k := slices.Index(ks, "/"); k > 0 && k < len(ks)-1 {
		x.creditName(l, s, 0, k, "byline")
		x.creditName(l, s, k+1, len(ks), "signature")
		return len(l.outlets)+len(l.persons) > before
	}
	if webAddress(ks) {
		x.creditName(l, s, 0, len(s.words), "signature")
	} else {
		x.creditNames(l, s, 0, len(s.words), "signature")
	}
	return len(l.outlets)+len(l.persons) > before
}

// captionCredit takes a credit off the end of a caption ("... tại Đại hội.
// Ảnh: Doãn Tấn/TTXVN") and returns where the caption text ends.
func (x *Extractor) captionCredit(l *layout, s *sentence) int {
	ks := s.keys()
	for i := range ks {
		if s.words[i].first&lexicon.StartsCredit == 0 {
			continue
		}
		c, n := x.lex.Credits.Longest(ks, i)
		if n == 0 || c.Role == lexicon.CreditSource || i+n >= len(ks) || ks[i+n] != ":" {
			continue
		}
		if i > 0 && !(s.isPunct(i-1) || s.words[i].upper) {
			continue
		}
		if x.creditLine(l, s, i) {
			start := s.toks[s.words[i].tok].Start
			if i > 0 && s.is(i-1, "(") {
				start = s.toks[s.words[i-1].tok].Start
			}
			return start
		}
	}
	return s.end
}

// dateline takes the outlet or place sign off the start of the lead
// ("Kinhtedothi - Sáng 16/5, ...", "(BBNĐT) Trong hai ngày ...") and returns
// where the lead's text starts.
func (x *Extractor) dateline(l *layout, s *sentence) int {
	ks := s.keys()
	if len(ks) < 4 {
		return s.start
	}
	// "(X)" or "(X) -"
	if ks[0] == "(" {
		for e := 1; e < len(ks) && e <= 7; e++ {
			if ks[e] == ")" {
				x.creditName(l, s, 1, e, "dateline")
				next := e + 1
				if next < len(ks) && ks[next] == "-" {
					next++
				}
				return s.toks[s.words[min(next, len(ks)-1)].tok].Start
			}
		}
		return s.start
	}
	// "LSO-Sáng nay ...": an outlet's code in capitals joined to the first
	// word by a hyphen
	if t := s.toks[s.words[0].tok]; s.words[0].kind == token.Word {
		if h := strings.IndexByte(t.Text, '-'); h >= 2 && h < len(t.Text)-1 && codeWord(t.Text[:h]) && startsUpper(t.Text[h+1:]) {
			start := t.Start
			l.outlets = append(l.outlets, credit{name: t.Text[:h], start: start, end: start + h, org: true, rule: "dateline"})
			return start + h + 1
		}
	}
	// "X - " within the first four words, X capitalized
	for e := 1; e < len(ks) && e <= 4; e++ {
		if ks[e] != "-" {
			if !s.words[e].upper && s.words[e].kind != token.Punct {
				break
			}
			continue
		}
		if !allUpper(s.words[:e]) {
			break
		}
		if _, n := x.lex.Honorifics.Longest(ks, 0); n > 0 {
			break // "Ông X – Chủ tịch … – phát biểu": a name and its title
		}
		if _, n := x.lex.Titles.Longest(ks, e+1); n > 0 {
			break // "Nguyễn Văn A - Bí thư Huyện ủy": a title follows a name
		}
		if pl, n := x.lex.Places.Longest(ks, 0); n == e {
			// a place dateline: "HÀ NỘI - "
			l.dateline = x.lexPlace(pl, pl.Level, 0, 0)
			return s.toks[s.words[e+1].tok].Start
		}
		if _, n := x.lex.Media.Longest(ks, 0); n < e && expandedToken(s, 0, e) {
			// "HĐND - Tại Kỳ họp thứ 5, ...": a body's short name, the
			// section the report is filed under, signs nothing
			return s.toks[s.words[e+1].tok].Start
		}
		before := len(l.outlets)
		x.creditName(l, s, 0, e, "dateline")
		if len(l.outlets) == before && e == 1 {
			start, end := s.span(0, 1)
			l.outlets = append(l.outlets, credit{name: l.text[start:end], start: start, end: end, org: true, rule: "dateline"})
		}
		return s.toks[s.words[e+1].tok].Start
	}
	return s.start
}

// expandedToken reports whether words [i, j) are the lexicon's expansion
// of one abbreviation, the whole of it ("HĐND").
func expandedToken(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if !s.words[k].exp || s.words[k].tok != s.words[i].tok {
			return false
		}
	}
	return j > i && (j >= len(s.words) || s.words[j].tok != s.words[i].tok)
}

// codeWord reports whether w is an outlet's code: two letters or more,
// all capitals ("LSO", "QĐND").
func codeWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// dateAfterBar returns the date that the words of s from word i hold
// with at most a time beside it, or the zero date.
func dateAfterBar(s *sentence, i int) graph.Date {
	var found graph.Date
	others := 0
	for k := i; k < len(s.words); k++ {
		w := s.words[k]
		switch {
		case w.kind == token.Punct:
		case w.kind == token.Number:
			if d, _, ok := numericDate(s.tokText(k)); ok && d.Year != 0 && found.IsZero() {
				found = d
			}
		case w.cls&(clsWeekday|clsDateLine) != 0:
		default:
			others++
		}
	}
	if others > 0 {
		return graph.Date{}
	}
	return found
}
