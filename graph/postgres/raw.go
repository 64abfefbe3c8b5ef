package postgres

import (
	"encoding/binary"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// The readers of many rows (the facts of a busy entity: tens of
// thousands) decode the values pgx received (Rows.RawValues) themselves:
// Rows.Scan allocates a string for each text column of each row, and the
// rows so read hold pointers the collector must follow. The decoders take
// either format PostgreSQL may send a column in: binary, which pgx asks
// for integers and booleans, or text.

// rawInt decodes an integer column (smallint, integer or bigint).
func rawInt(fd pgconn.FieldDescription, b []byte) (int64, error) {
	if b == nil {
		return 0, fmt.Errorf("column %s: NULL", fd.Name)
	}
	if fd.Format == pgx.TextFormatCode {
		n, err := strconv.ParseInt(string(b), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("column %s: %w", fd.Name, err)
		}
		return n, nil
	}
	switch len(b) {
	case 8:
		return int64(binary.BigEndian.Uint64(b)), nil
	case 4:
		return int64(int32(binary.BigEndian.Uint32(b))), nil
	case 2:
		return int64(int16(binary.BigEndian.Uint16(b))), nil
	}
	return 0, fmt.Errorf("column %s: an integer of %d bytes", fd.Name, len(b))
}

// rawBool decodes a boolean column.
func rawBool(fd pgconn.FieldDescription, b []byte) (bool, error) {
	switch {
	case len(b) != 1:
		return false, fmt.Errorf("column %s: not a boolean", fd.Name)
	case fd.Format == pgx.TextFormatCode:
		return b[0] == 't', nil
	}
	return b[0] != 0, nil
}
