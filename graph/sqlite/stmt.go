package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

// The statements of Put. A statement costs the driver several
// microseconds beyond its rows, so Put writes rows by the hundred in one
// statement, and keeps its statements prepared from one batch to the
// next.

// close releases the statements of the transaction.
func (p *putter) close() {
	for _, st := range p.inTx {
		st.Close()
	}
}

// stmt returns the statement k in the transaction, preparing it once for
// the writer's connection (for the transaction only when there are no
// prepared statements to keep): text builds its SQL.
func (p *putter) stmt(k chunkKey, text func() string) (*sql.Stmt, error) {
	if st, ok := p.inTx[k]; ok {
		return st, nil
	}
	if p.prepared == nil {
		// A migration: the tables it creates are not there for another
		// connection to prepare statements on.
		st, err := p.tx.PrepareContext(p.ctx, text())
		if err != nil {
			return nil, err
		}
		p.inTx[k] = st
		return st, nil
	}
	base, ok := p.prepared.byKey[k]
	if !ok {
		var err error
		if base, err = p.prepared.db.PrepareContext(p.ctx, text()); err != nil {
			return nil, err
		}
		p.prepared.byKey[k] = base
	}
	st := p.tx.StmtContext(p.ctx, base)
	p.inTx[k] = st
	return st, nil
}

func (p *putter) plain(query string) (*sql.Stmt, error) {
	return p.stmt(chunkKey{query: query}, func() string { return query })
}

// exec runs a statement; what says what it does, for errors.
func (p *putter) exec(what, query string, args ...any) error {
	st, err := p.plain(query)
	if err == nil {
		_, err = st.ExecContext(p.ctx, args...)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// query runs a query and calls f on each row.
func (p *putter) query(what, query string, args []any, f func(*sql.Rows) error) error {
	st, err := p.plain(query)
	if err == nil {
		err = scanRows(p.ctx, st, args, f)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// chunked runs query over rows of width values given flat in args, in
// statements of up to 500 rows: query holds one %s, where the rows go as
// "(?, ?), (?, ?)". f, when not nil, reads the rows the statements return
// (RETURNING, or a SELECT ... IN (%s) with width 1). The rows past the
// last 500 go in statements of 256, 128, ... rows, so that the
// statements prepared are few and kept from one batch to the next.
func (p *putter) chunked(what, query string, width int, args []any, f func(*sql.Rows) error) error {
	full := min(500, 32000/width)
	for start := 0; start < len(args); {
		rows := (len(args) - start) / width
		if rows < full {
			rows = 1 << (bits.Len(uint(rows)) - 1)
		} else {
			rows = full
		}
		part := args[start : start+rows*width]
		start += rows * width
		k := chunkKey{query, width, rows}
		st, err := p.stmt(k, func() string {
			row := "(" + strings.Repeat("?, ", width-1) + "?)"
			return fmt.Sprintf(query, strings.Repeat(row+", ", rows-1)+row)
		})
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if f == nil {
			if _, err := st.ExecContext(p.ctx, part...); err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
			continue
		}
		if err := scanRows(p.ctx, st, part, f); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	return nil
}

// scanRows runs a query and calls f on each row.
func scanRows(ctx context.Context, st *sql.Stmt, args []any, f func(*sql.Rows) error) error {
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// chunkKey names a statement: a query, and for chunked the width and
// number of its rows.
type chunkKey struct {
	query       string
	width, rows int
}

// statements are the statements Put prepared, kept with the write
// connection.
type statements struct {
	db    *sql.DB
	byKey map[chunkKey]*sql.Stmt
}

func (s *statements) close() error {
	var errs []error
	for _, st := range s.byKey {
		errs = append(errs, st.Close())
	}
	return errors.Join(errs...)
}
