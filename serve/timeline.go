package serve

import (
	"kg/graph"
)

// timeline is a person's positions drawn as bars over the years, in SVG
// whose coordinates the page's template writes as attributes (no inline
// style, which the CSP forbids).
type timeline struct {
	Width, Height int
	Years         []tick
	Bars          []bar
}

type tick struct {
	X    int
	Year int
}

type bar struct {
	Y, X, W int
	Label   string
	Dates   string
	Former  bool
}

// Sizes of the timeline, in SVG user units.
const (
	timelineWidth = 900
	labelWidth    = 330
	rowHeight     = 22
	axisHeight    = 24
)

// newTimeline lays out the dated positions; nil when none is dated.
func newTimeline(rows []PositionItem) *timeline {
	type span struct {
		from, to graph.Date
		row      PositionItem
	}
	var spans []span
	first, last := 0, 0
	for _, r := range rows {
		from, err1 := graph.ParseDate(r.Since)
		to, err2 := graph.ParseDate(r.LastStated)
		if err1 != nil || err2 != nil || from.Year == 0 {
			continue
		}
		if to.Year == 0 {
			to = from
		}
		spans = append(spans, span{from, to, r})
		if first == 0 || from.Year < first {
			first = from.Year
		}
		if to.Year > last {
			last = to.Year
		}
	}
	if len(spans) == 0 {
		return nil
	}
	last++ // to the end of the last year
	if last-first < 2 {
		first--
	}
	plot := timelineWidth - labelWidth - 10
	x := func(d graph.Date) int {
		f := float64(d.Year - first)
		if d.Month > 0 {
			f += float64(d.Month-1) / 12
		}
		return labelWidth + int(f*float64(plot)/float64(last-first))
	}
	t := &timeline{Width: timelineWidth, Height: axisHeight + rowHeight*len(spans)}
	step := max(1, (last-first)/8)
	for y := first; y <= last; y += step {
		t.Years = append(t.Years, tick{X: x(graph.Date{Year: y}), Year: y})
	}
	for i, sp := range spans {
		x0, x1 := x(sp.from), x(graph.Date{Year: sp.to.Year, Month: sp.to.Month + 1})
		if sp.to.Month == 0 {
			x1 = x(graph.Date{Year: sp.to.Year + 1})
		}
		label := sp.row.Position.Name
		if sp.row.Organization != nil && sp.row.Role != "" {
			label = sp.row.Role + " · " + sp.row.Organization.Name
		}
		dates := sp.row.Since
		if sp.row.LastStated != "" && sp.row.LastStated != sp.row.Since {
			dates += " – " + sp.row.LastStated
		}
		t.Bars = append(t.Bars, bar{Y: axisHeight + i*rowHeight, X: x0, W: max(4, x1-x0), Label: short(48, label),
			Dates: dates, Former: sp.row.Status == "former"})
	}
	return t
}
