package newsdoc

import (
	"fmt"
	"time"

	"github.com/newsdoc/newsdoc/internal/dates"
)

// Precision is how much of a date the source gave.
type Precision uint8

// The precisions, from coarse to fine.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionHour
	PrecisionMinute
	PrecisionSecond
	PrecisionFraction // sub-second digits were given
)

// Date is a calendar date and time at the precision the source gives. A
// month is not the first of that month and a day is not midnight: fields
// finer than Precision are zero and mean "not given".
//
// The zero Date (PrecisionNone) means no date.
type Date struct {
	Year, Month, Day            int
	Hour, Minute, Second, Nanos int
	Precision                   Precision
	// HasOffset reports whether the UTC offset is known: written in the
	// source, or set from the location of the source (a Dutch or Flemish
	// time of day is Brussels/Amsterdam time).
	HasOffset bool
	Offset    int // seconds east of UTC; valid when HasOffset
	// Raw is the text the date was read from, as written; when a date and a
	// time come from two places they are joined by one space.
	Raw string
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// String formats d as ISO 8601 at its precision: "2018", "2018-04",
// "2018-04-05", "2018-04-05T00" (hour), "2018-04-05T00:54",
// "2018-04-05T00:54:07", "2018-04-05T00:54:07.678", then the offset
// ("+02:00", "Z" for UTC) when known. The zero Date is "".
func (d Date) String() string { return d.value().String() }

func (d Date) value() dates.Value {
	return dates.Value{Year: d.Year, Month: d.Month, Day: d.Day, Hour: d.Hour, Minute: d.Minute, Second: d.Second,
		Nanosecond: d.Nanos, Precision: dates.Precision(d.Precision), HasOffset: d.HasOffset, Offset: d.Offset}
}

func fromValue(v dates.Value, raw string) Date {
	return Date{Year: v.Year, Month: v.Month, Day: v.Day, Hour: v.Hour, Minute: v.Minute, Second: v.Second,
		Nanos: v.Nanosecond, Precision: Precision(v.Precision), HasOffset: v.HasOffset, Offset: v.Offset, Raw: raw}
}

// Time returns d as a time.Time. Fields finer than the precision are zero;
// a date without an offset is returned in UTC, so check HasOffset before
// comparing instants. ok is false for the zero Date.
func (d Date) Time() (t time.Time, ok bool) {
	if d.IsZero() {
		return time.Time{}, false
	}
	loc := time.UTC
	if d.HasOffset {
		loc = time.FixedZone("", d.Offset)
	}
	month, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(month), day, d.Hour, d.Minute, d.Second, d.Nanos, loc), true
}

// MarshalText implements encoding.TextMarshaler with [Date.String].
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// GoString helps test failure messages.
func (d Date) GoString() string { return fmt.Sprintf("newsdoc.Date(%q)", d.String()) }
