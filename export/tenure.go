package export

import "kg/graph"

// Tenure is what the facts between one person and one position say about
// the time the person holds it. Articles only state a position as held
// or as held before ("nguyên", "từng") on the day they are published, so
// a tenure is a pair of bounds, not the dates of taking and leaving office.
type Tenure struct {
	// Since is the earliest date the position is stated as held; zero
	// when no such statement is dated.
	Since graph.Date
	// Ended reports whether the latest statement says the position was
	// held before. Of two statements of the same date the former one wins;
	// an undated "held before" loses to a dated "held" and wins otherwise.
	Ended bool
	// EndedBy is the earliest date, not before the last statement that
	// the position is held, on which it is stated as ended: the position
	// was left by then. Zero when not Ended or undated.
	EndedBy graph.Date
}

// TenureOf reads the HoldsPosition and ElectedTo facts among facts (other
// relations are ignored). A fact with Former set says the position was
// held before; any other says it is held as of the fact's AsOf date.
func TenureOf(facts []graph.Fact) Tenure {
	var (
		t                 Tenure
		current, former   bool
		lastCur, firstOld graph.Date
	)
	for _, f := range facts {
		if f.Relation != graph.HoldsPosition && f.Relation != graph.ElectedTo {
			continue
		}
		if f.Former {
			former = true
			continue
		}
		current = true
		if !f.AsOf.IsZero() && (t.Since.IsZero() || f.AsOf.Before(t.Since)) {
			t.Since = f.AsOf
		}
		if lastCur.IsZero() || lastCur.Before(f.AsOf) {
			lastCur = f.AsOf
		}
	}
	if !former {
		return t
	}
	for _, f := range facts {
		if !f.Former || (f.Relation != graph.HoldsPosition && f.Relation != graph.ElectedTo) {
			continue
		}
		// A former statement dated before the last current one is
		// overruled by it (held before, then again).
		if current && !lastCur.IsZero() && (f.AsOf.IsZero() || f.AsOf.Before(lastCur)) {
			continue
		}
		t.Ended = true
		if !f.AsOf.IsZero() && (firstOld.IsZero() || f.AsOf.Before(firstOld)) {
			firstOld = f.AsOf
		}
	}
	t.EndedBy = firstOld
	return t
}
