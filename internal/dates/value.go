package dates

import (
	"errors"
	"fmt"
	"strconv"
)

// Precision says how much of a Value the text gave.
type Precision uint8

// Precisions, coarse to fine.
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

var precisionNames = [...]string{"none", "year", "month", "day", "hour", "minute", "second", "fraction"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// Value is one point in time at the precision the text gave. Fields finer than
// Precision are zero. An offset is only kept for values with a time of day: a
// zone on a bare date says nothing about which day it is.
type Value struct {
	Year, Month, Day, Hour, Minute, Second, Nanosecond int
	Precision                                          Precision
	HasOffset                                          bool // the offset is known (from the text, or from Options.Location)
	Offset                                             int  // seconds east of UTC; valid when HasOffset
}

// String formats v as ISO 8601 at its precision: "2018", "2018-04",
// "2018-04-05", "2018-04-05T15" (hour), "2018-04-05T00:54",
// "2018-04-05T00:54:07", "2018-04-05T00:54:07.678". Fractions print 3, 6 or 9
// digits, the fewest that are exact. A known offset is appended as "+02:00",
// or "Z" when it is zero (whatever zone name the text used). ParseISO reads
// every string String makes back to the same Value.
func (v Value) String() string {
	var buf [40]byte
	return string(v.appendISO(buf[:0]))
}

// AppendISO appends String's text to b, for writers that would otherwise
// make a string only to copy it.
func (v Value) AppendISO(b []byte) []byte { return v.appendISO(b) }

func (v Value) appendISO(b []byte) []byte {
	if v.Precision == PrecisionNone {
		return b
	}
	b = appendInt(b, v.Year, 4)
	if v.Precision >= PrecisionMonth {
		b = append(b, '-')
		b = appendInt(b, v.Month, 2)
	}
	if v.Precision >= PrecisionDay {
		b = append(b, '-')
		b = appendInt(b, v.Day, 2)
	}
	if v.Precision >= PrecisionHour {
		b = append(b, 'T')
		b = appendInt(b, v.Hour, 2)
	}
	if v.Precision >= PrecisionMinute {
		b = append(b, ':')
		b = appendInt(b, v.Minute, 2)
	}
	if v.Precision >= PrecisionSecond {
		b = append(b, ':')
		b = appendInt(b, v.Second, 2)
	}
	if v.Precision >= PrecisionFraction {
		b = append(b, '.')
		ns, digits := v.Nanosecond, 9
		switch {
		case ns%1e6 == 0:
			ns, digits = ns/1e6, 3
		case ns%1e3 == 0:
			ns, digits = ns/1e3, 6
		}
		b = appendInt(b, ns, digits)
	}
	if v.HasOffset && v.Precision >= PrecisionHour {
		b = appendOffset(b, v.Offset)
	}
	return b
}

func appendOffset(b []byte, off int) []byte {
	if off == 0 {
		return append(b, 'Z')
	}
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	b = append(b, sign)
	b = appendInt(b, off/3600, 2)
	b = append(b, ':')
	b = appendInt(b, off/60%60, 2)
	if s := off % 60; s != 0 {
		b = append(b, ':')
		b = appendInt(b, s, 2)
	}
	return b
}

func appendInt(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for n > 0 || i == len(tmp) {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
	}
	for w := len(tmp) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}

// MidnightAsDay returns v at day precision when its time of day is exactly
// midnight, dropping the offset. Feeds such as GoPress write a date without a
// time as "2013-10-10T00:00:00.000+01:00"; a caller who knows that can recover
// the day the feed meant. Other values are returned unchanged.
func (v Value) MidnightAsDay() Value {
	if v.Precision <= PrecisionDay || v.Hour != 0 || v.Minute != 0 || v.Second != 0 || v.Nanosecond != 0 {
		return v
	}
	return Value{Year: v.Year, Month: v.Month, Day: v.Day, Precision: PrecisionDay}
}

// Result is what one date expression means: a point, or an inclusive range.
type Result struct {
	Start    Value
	End      Value // zero unless IsRange
	IsRange  bool
	Relative bool // resolved against Options.Ref
	// Conflict is zero unless the text gives a relative date beside an
	// explicit one ("gisteren, 30 september") and the two disagree; it is
	// then the relative reading, and Start the explicit one.
	Conflict Value
	// Ambiguous reports a time of day read on a 12-hour clock with no
	// part of the day or am/pm ("om half drie", "om drie uur", "at 3:30"):
	// an hour from 1 to 6 is taken as the afternoon's, 7 to 11 as the
	// morning's, and either may be wrong.
	Ambiguous bool
}

// String is Start.String(), or "start/end" for a range (inclusive end).
func (r Result) String() string {
	var buf [80]byte
	b := r.Start.appendISO(buf[:0])
	if r.IsRange {
		b = append(b, '/')
		b = r.End.appendISO(b)
	}
	return string(b)
}

// Sentinel errors; every error from this package is an *Error wrapping one.
var (
	ErrSyntax   = errors.New("not a date expression")
	ErrRelative = errors.New("relative expression without a reference time")
	ErrRange    = errors.New("date or time out of range")
)

// Error reports what part of the input was not understood.
type Error struct {
	Input  string
	Offset int // byte offset in Input of what was not understood
	Err    error
}

func (e *Error) Error() string {
	return fmt.Sprintf("dates: offset %d: %v in %q", e.Offset, e.Err, e.Input)
}

// Unwrap gives the sentinel (possibly wrapped with detail).
func (e *Error) Unwrap() error { return e.Err }

// ParseISO reads the ISO 8601 / RFC 3339 forms String writes, at any
// precision ("2018", "2018-04", "2018-04-05T15", "2018-04-05T00:54:07.678+02:00"),
// plus a space instead of "T" and offsets written "+0200". It keeps what is
// written: midnight stays a time (see Value.MidnightAsDay).
func ParseISO(s string) (Value, error) {
	var v Value
	fail := func(i int) (Value, error) {
		return Value{}, &Error{Input: s, Offset: i, Err: ErrSyntax}
	}
	i := 0
	num := func(n int) (int, bool) {
		if i+n > len(s) {
			return 0, false
		}
		x := 0
		for k := 0; k < n; k++ {
			c := s[i+k]
			if c < '0' || c > '9' {
				return 0, false
			}
			x = x*10 + int(c-'0')
		}
		i += n
		return x, true
	}
	var ok bool
	if v.Year, ok = num(4); !ok {
		return fail(i)
	}
	v.Precision = PrecisionYear
	steps := []struct {
		sep  string
		dst  *int
		prec Precision
	}{
		{"-", &v.Month, PrecisionMonth},
		{"-", &v.Day, PrecisionDay},
		{"T ", &v.Hour, PrecisionHour},
		{":", &v.Minute, PrecisionMinute},
		{":", &v.Second, PrecisionSecond},
	}
	for _, st := range steps {
		if i >= len(s) || !containsByte(st.sep, s[i]) {
			break
		}
		i++
		if *st.dst, ok = num(2); !ok {
			return fail(i)
		}
		v.Precision = st.prec
	}
	if v.Precision == PrecisionSecond && i < len(s) && (s[i] == '.' || s[i] == ',') {
		i++
		start, ns, scale := i, 0, 100000000
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			ns += int(s[i]-'0') * scale
			scale /= 10
			i++
		}
		if i == start || i-start > 9 {
			return fail(start)
		}
		v.Nanosecond, v.Precision = ns, PrecisionFraction
	}
	if v.Precision >= PrecisionHour && i < len(s) {
		switch s[i] {
		case 'Z', 'z':
			i++
			v.HasOffset = true
		case '+', '-':
			neg := s[i] == '-'
			i++
			h, ok := num(2)
			if !ok {
				return fail(i)
			}
			if i < len(s) && s[i] == ':' {
				i++
			}
			m, ok := num(2)
			if !ok {
				return fail(i)
			}
			sec := 0
			if i < len(s) && s[i] == ':' {
				i++
				if sec, ok = num(2); !ok {
					return fail(i)
				}
			}
			off := h*3600 + m*60 + sec
			if neg {
				off = -off
			}
			v.Offset, v.HasOffset = off, true
		}
	}
	if i != len(s) {
		return fail(i)
	}
	if !validValue(v) {
		return Value{}, &Error{Input: s, Offset: 0, Err: ErrRange}
	}
	return v, nil
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func validValue(v Value) bool {
	if v.Precision >= PrecisionMonth && (v.Month < 1 || v.Month > 12) {
		return false
	}
	if v.Precision >= PrecisionDay && (v.Day < 1 || v.Day > daysIn(v.Year, v.Month)) {
		return false
	}
	if v.Hour > 23 || v.Minute > 59 || v.Second > 59 {
		return false
	}
	if v.HasOffset && (v.Offset > 18*3600 || v.Offset < -18*3600) {
		return false
	}
	return true
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
