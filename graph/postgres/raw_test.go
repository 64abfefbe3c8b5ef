package postgres

import (
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// TestRawValues decodes integers and booleans in both formats a server
// may send them in, and refuses what is neither.
func TestRawValues(t *testing.T) {
	text := pgconn.FieldDescription{Name: "c", Format: pgx.TextFormatCode}
	bin := pgconn.FieldDescription{Name: "c", Format: pgx.BinaryFormatCode}
	ints := []struct {
		fd   pgconn.FieldDescription
		b    []byte
		want int64
		ok   bool
	}{
		{text, []byte("-42"), -42, true},
		{text, []byte("9007199254740993"), 9007199254740993, true},
		{text, []byte("4x"), 0, false},
		{bin, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe}, -2, true},
		{bin, []byte{0, 0, 1, 0}, 256, true},
		{bin, []byte{0xff, 0xfd}, -3, true},
		{bin, []byte{1, 2, 3}, 0, false},
		{bin, nil, 0, false},
	}
	for _, c := range ints {
		got, err := rawInt(c.fd, c.b)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("rawInt(format %d, %v) = %d, %v; want %d, ok %v", c.fd.Format, c.b, got, err, c.want, c.ok)
		}
	}
	bools := []struct {
		fd       pgconn.FieldDescription
		b        []byte
		want, ok bool
	}{
		{text, []byte("t"), true, true},
		{text, []byte("f"), false, true},
		{bin, []byte{1}, true, true},
		{bin, []byte{0}, false, true},
		{bin, []byte{}, false, false},
		{text, []byte("true"), false, false},
	}
	for _, c := range bools {
		got, err := rawBool(c.fd, c.b)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("rawBool(format %d, %q) = %v, %v; want %v, ok %v", c.fd.Format, c.b, got, err, c.want, c.ok)
		}
	}
}
