package postgres

import (
	"context"
	"fmt"

	"kg/graph"
)

// HeldAfter returns, for each query, the statements that may end a
// holding of its position after its date by succession: the facts
// stating the position held on the first full date after it, and those
// whose date is known in part only (see graph.Reader). An unknown ID is
// an error wrapping graph.ErrNoEntity.
func (s *Store) HeldAfter(ctx context.Context, qs []graph.HeldAfterQuery) ([][]graph.Fact, error) {
	out, err := s.heldAfter(ctx, qs)
	if err != nil {
		return nil, fmt.Errorf("statements of %d positions after a date: %w", len(qs), err)
	}
	return out, nil
}

// heldAfterSQL reads, for each position and date, the holding statements
// of the first full date after it (the least such date comes from the
// covering index facts_by_object, the position's entries side by side)
// and those of partial dates. Dates are stored as Date.String writes
// them: a full date is the one of ten characters, and full dates compare
// as text as they do as dates.
const heldAfterSQL = `SELECT ` + factColumns + ` FROM unnest($1::bigint[], $2::text[]) AS v(position, after)
	CROSS JOIN LATERAL (SELECT min(as_of) AS first FROM facts
		WHERE object = v.position AND relation IN ('holds_position', 'elected_to') AND NOT former
			AND length(as_of) = 10 AND as_of > v.after) AS d
	JOIN facts f ON f.object = v.position AND f.relation IN ('holds_position', 'elected_to') AND NOT f.former
		AND (f.as_of = d.first OR (f.as_of <> '' AND length(f.as_of) <> 10))`

func (s *Store) heldAfter(ctx context.Context, qs []graph.HeldAfterQuery) ([][]graph.Fact, error) {
	out := make([][]graph.Fact, len(qs))
	if len(qs) == 0 {
		return out, nil
	}
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	ids := make([]string, len(qs))
	for i, q := range qs {
		if !q.After.Full() {
			return nil, fmt.Errorf("after %q: not a full date", q.After)
		}
		ids[i] = q.Position
	}
	nodes, err := r.nodesOf(ids)
	if err != nil {
		return nil, err
	}
	positions, afters := make([]int64, len(qs)), make([]string, len(qs))
	for i, q := range qs {
		positions[i], afters[i] = nodes[q.Position].n, q.After.String()
	}
	edges, err := r.edges(heldAfterSQL, []any{positions, afters})
	if err != nil {
		return nil, err
	}
	names, err := r.endIDs(edges)
	if err != nil {
		return nil, err
	}
	// An edge answers every query of its position whose first date
	// after is the edge's, and every one when its date is partial.
	byPosition := map[int64][]int{}
	for i, q := range qs {
		byPosition[nodes[q.Position].n] = append(byPosition[nodes[q.Position].n], i)
	}
	first := make([]graph.Date, len(qs))
	for _, e := range edges {
		for _, i := range byPosition[e.object.n] {
			first[i] = qs[i].Next(first[i], e.fact.AsOf)
		}
	}
	for _, e := range edges {
		for _, i := range byPosition[e.object.n] {
			if !qs[i].Answers(e.fact.AsOf, first[i]) {
				continue
			}
			f := e.fact
			f.Subject, f.Object = name(e.subject, names), qs[i].Position
			out[i] = append(out[i], f)
		}
	}
	for i := range out {
		out[i] = sortFacts(out[i])
	}
	return out, nil
}
