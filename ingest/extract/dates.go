package extract

import (
	"strconv"
	"strings"

	"kg/graph"
	"kg/ingest/token"
)

// dateRef is a date or a span of days found in a sentence.
type dateRef struct {
	date graph.Date
	end  graph.Date // last day, for "10 và 11-2", "10-11/2"
	i, j int        // words [i, j)
}

// numericDate reads "16/5", "28-2", "05/12/2023", "2020-05-16" and the
// ranges "10-11/2" and "10-11/2/2020". ok is false for anything else,
// including numbers that are not dates ("2020-2025", "938/NQ").
func numericDate(s string) (d, end graph.Date, ok bool) {
	if len(s) > 10 && strings.Count(s, "-") == 2 { // 2020-05-16
		if p, err := graph.ParseDate(s); err == nil && p.Day > 0 && p.Year > 0 {
			return p, graph.Date{}, true
		}
		return d, end, false
	}
	sep := "/"
	if !strings.Contains(s, "/") {
		sep = "-"
	}
	parts := strings.Split(s, sep)
	if len(parts) < 2 || len(parts) > 3 {
		return d, end, false
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if i == 0 && sep == "/" && strings.Contains(p, "-") { // 10-11/2
			a, b, _ := strings.Cut(p, "-")
			x, err1 := strconv.Atoi(a)
			y, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || len(a) > 2 || len(b) > 2 || x >= y {
				return d, end, false
			}
			nums[0] = x
			end.Day = y
			continue
		}
		n, err := strconv.Atoi(p)
		if err != nil || p == "" {
			return d, end, false
		}
		if (i < 2 && len(p) > 2) || (i == 2 && len(p) != 4) {
			return d, end, false
		}
		nums[i] = n
	}
	d = graph.Date{Day: nums[0], Month: nums[1]}
	if len(nums) == 3 {
		d.Year = nums[2]
	}
	if d.Day < 1 || d.Month < 1 || !d.Valid() || (d.Year != 0 && d.Year < 1900) {
		return graph.Date{}, graph.Date{}, false
	}
	if end.Day != 0 {
		end.Month, end.Year = d.Month, d.Year
		if !end.Valid() {
			return graph.Date{}, graph.Date{}, false
		}
	}
	return d, end, true
}

// parseDate reads a date at word i: "[Sáng|ngày] 16/5[/2020]", "ngày 3
// tháng 7 [năm 2021]", "10 và 11-2" (two days), "Thứ Năm, 15/10/2020".
// A bare "16/5" with no day-part word before it is a date only when
// loose is set (date lines and the lead of an article).
func (s *sentence) parseDate(i int, loose bool) (*dateRef, int) {
	j := i
	prefixed := false
	for j < len(s.words) && (s.words[j].cls&clsDayPart != 0 || j > i && s.words[j].key == "nay") && s.words[j].kind != token.Number {
		j++ // "Sáng nay 27.7": "nay" after a part of the day
		prefixed = true
	}
	if j >= len(s.words) {
		return nil, 0
	}
	if prefixed && s.words[j].key == "(" {
		// "Sáng nay (30/6)", "Hôm nay (5-9)": the day a relative word
		// names, in parentheses
		if d, m := s.parseDate(j+1, true); d != nil && j+1+m < len(s.words) && s.words[j+1+m].key == ")" {
			n := j + 2 + m - i
			return &dateRef{date: d.date, end: d.end, i: i, j: i + n}, n
		}
		return nil, 0
	}
	// "ngày 3 tháng 7 năm 2021"
	if w := s.words[j]; w.kind == token.Number && j+2 < len(s.words) && s.words[j+1].key == "tháng" {
		day, err1 := strconv.Atoi(w.key)
		month, err2 := strconv.Atoi(s.words[j+2].key)
		if err1 == nil && err2 == nil {
			d := graph.Date{Day: day, Month: month}
			n := j + 3 - i
			if j+4 < len(s.words) && s.words[j+3].key == "năm" {
				if y, err := strconv.Atoi(s.words[j+4].key); err == nil && y > 1900 && y < 2200 {
					d.Year = y
					n += 2
				}
			}
			if d.Valid() && d.Day > 0 {
				return &dateRef{date: d, i: i, j: i + n}, n
			}
		}
	}
	if !prefixed && !loose {
		return nil, 0
	}
	// "10 và 11-2": a day, "và" or "-", then a full date; "12, 13 và
	// 14/10/2020": days listed before it.
	last := j
	for last+2 < len(s.words) && s.words[last].kind == token.Number && s.words[last+1].key == "," && s.words[last+2].kind == token.Number {
		last += 2
	}
	if w := s.words[j]; w.kind == token.Number && last+2 < len(s.words) && (s.words[last+1].key == "và" || s.words[last+1].key == "-") {
		if first, err := strconv.Atoi(w.key); err == nil && first >= 1 && first <= 31 {
			if d, _, ok := numericDate(s.tokText(last + 2)); ok && first < d.Day {
				start := graph.Date{Year: d.Year, Month: d.Month, Day: first}
				return &dateRef{date: start, end: d, i: i, j: last + 3}, last + 3 - i
			}
		}
	}
	if s.words[j].kind != token.Number || s.words[j].exp {
		return nil, 0
	}
	if prefixed {
		// after "Ngày", "Sáng": "26.12" and "17 – 9", as some outlets
		// write the day and the month
		if d, ok := dottedDate(s.tokText(j)); ok {
			return &dateRef{date: d, i: i, j: j + 1}, j + 1 - i
		}
		if j+2 < len(s.words) && (s.words[j+1].key == "–" || s.words[j+1].key == "-") && s.words[j+2].kind == token.Number {
			if d, _, ok := numericDate(s.tokText(j) + "/" + s.tokText(j+2)); ok && !strings.Contains(s.tokText(j+2), "/") {
				return &dateRef{date: d, i: i, j: j + 3}, j + 3 - i
			}
		}
	}
	d, end, ok := numericDate(s.tokText(j))
	if !ok {
		return nil, 0
	}
	return &dateRef{date: d, end: end, i: i, j: j + 1}, j + 1 - i
}

// dottedDate reads "26.12" and "26.12.2023": a day and a month, maybe a
// year, joined by full stops.
func dottedDate(t string) (graph.Date, bool) {
	if strings.ContainsAny(t, "/-,") || strings.Count(t, ".") < 1 || strings.Count(t, ".") > 2 {
		return graph.Date{}, false
	}
	d, _, ok := numericDate(strings.ReplaceAll(t, ".", "/"))
	return d, ok
}

// inferYear completes a date that lacks its year: from the article's own
// date (an event reported on 19/1/2024 that happened "18/1" is of 2024; one
// of "30/12" is of 2023), else from a term's first year (a congress of the
// 2020-2025 term is held in 2020).
func inferYear(d graph.Date, published graph.Date, termStart int) graph.Date {
	if d.Year != 0 || d.Month == 0 {
		return d
	}
	switch {
	case published.Year != 0:
		d.Year = published.Year
		if published.Month != 0 && (d.Month > published.Month || d.Month == published.Month && published.Day != 0 && d.Day > published.Day) {
			d.Year--
		}
	case termStart != 0:
		d.Year = termStart
	}
	return d
}

// pastMarkers stand before a month named as the time of something past
// ("Kỳ họp thứ 9 hồi tháng 12/2023 ..."); elsewhere "tháng 9/2023" may
// be part of a name ("Phiên họp Chính phủ thường kỳ tháng 9/2023").
var pastMarkers = map[string]bool{"hồi": true, "vào": true, "từ": true}

// monthDate reads "tháng 12/2023" at word i: a month of a year.
func (p *parser) monthDate(i int) (*dateRef, int) {
	if !p.is(i, "tháng") || i+1 >= p.n() || p.s.words[i+1].kind != token.Number {
		return nil, 0
	}
	m, y, ok := strings.Cut(p.s.tokText(i+1), "/")
	if !ok {
		return nil, 0
	}
	month, err1 := strconv.Atoi(m)
	year, err2 := strconv.Atoi(y)
	if err1 != nil || err2 != nil || month < 1 || month > 12 || year < 1900 || year > 2200 {
		return nil, 0
	}
	return &dateRef{date: graph.Date{Year: year, Month: month}, i: i, j: i + 2}, 2
}
