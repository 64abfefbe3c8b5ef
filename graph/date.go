package graph

import (
	"fmt"
	"strconv"
	"strings"
)

// Date is a calendar date whose parts may be unknown (zero): news often
// gives "Sáng 16/5" with no year.
type Date struct {
	Year  int // 0 when unknown
	Month int // 1-12, 0 when unknown
	Day   int // 1-31, 0 when unknown
}

// IsZero reports whether nothing of the date is known.
func (d Date) IsZero() bool { return d == Date{} }

// String writes the date in ISO 8601: "2020-05-16", "2020-05", "2020", or
// "--05-16" when the year is unknown; "" when the date is zero.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Year == 0 && d.Month > 0 && d.Day > 0:
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	case d.Year == 0 && d.Month > 0:
		return fmt.Sprintf("--%02d", d.Month)
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Full reports whether year, month and day are all known: full dates,
// and only they, are ordered by Before as by their String.
func (d Date) Full() bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }

// Before reports whether d is known to be earlier than o, comparing the
// parts both know.
func (d Date) Before(o Date) bool {
	if d.Year != 0 && o.Year != 0 && d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.Month != o.Month {
		return d.Month < o.Month
	}
	return d.Day < o.Day
}

// Valid reports whether the known parts make a possible date.
func (d Date) Valid() bool {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return false
	}
	if d.Day > 0 && d.Month == 0 {
		return false
	}
	if d.Day > 0 {
		days := [...]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[d.Month]
		if d.Month == 2 && d.Year != 0 && !(d.Year%4 == 0 && (d.Year%100 != 0 || d.Year%400 == 0)) {
			days = 28
		}
		return d.Day <= days
	}
	return true
}

// ParseDate reads what Date.String writes.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	var d Date
	var err error
	num := func(p string, n int) int {
		if err != nil {
			return 0
		}
		v, e := strconv.Atoi(p)
		if e != nil || len(p) != n {
			err = fmt.Errorf("parse date %q: bad field %q", s, p)
		}
		return v
	}
	if rest, ok := strings.CutPrefix(s, "--"); ok {
		parts := strings.Split(rest, "-")
		if len(parts) > 2 {
			return Date{}, fmt.Errorf("parse date %q: too many fields", s)
		}
		d.Month = num(parts[0], 2)
		if len(parts) == 2 {
			d.Day = num(parts[1], 2)
		}
	} else {
		parts := strings.Split(s, "-")
		if len(parts) > 3 {
			return Date{}, fmt.Errorf("parse date %q: too many fields", s)
		}
		d.Year = num(parts[0], 4)
		if len(parts) > 1 {
			d.Month = num(parts[1], 2)
		}
		if len(parts) > 2 {
			d.Day = num(parts[2], 2)
		}
	}
	if err != nil {
		return Date{}, err
	}
	if !d.Valid() || d.IsZero() {
		return Date{}, fmt.Errorf("parse date %q: not a date", s)
	}
	return d, nil
}
