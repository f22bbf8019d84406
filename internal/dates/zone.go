package dates

import (
	"sync"
	"time"
)

// lastSunday is the day of the month of the last Sunday of y-m.
func lastSunday(y, m int) int {
	last := daysIn(y, m)
	return last - int(civil(y, m, last).Weekday())
}

// nthSunday is the day of the month of the n-th Sunday of y-m.
func nthSunday(y, m, n int) int {
	first := civil(y, m, 1).Weekday()
	return 1 + (7-int(first))%7 + 7*(n-1)
}

// euOffset is the offset of a local time in a zone that follows the EU rule
// (summer time from the last Sunday of March to the last Sunday of October,
// changing at 01:00 UTC), given its standard offset in seconds.
func euOffset(v Value, std int) int {
	local := time.Date(v.Year, time.Month(v.Month), v.Day, v.Hour, v.Minute, v.Second, 0, time.UTC)
	utc := local.Add(-time.Duration(std) * time.Second)
	start := time.Date(v.Year, 3, lastSunday(v.Year, 3), 1, 0, 0, 0, time.UTC)
	end := time.Date(v.Year, 10, lastSunday(v.Year, 10), 1, 0, 0, 0, time.UTC)
	if !utc.Before(start) && utc.Before(end) {
		return std + 3600
	}
	return std
}

// usOffset is the offset of a local time in a zone that follows the US rule
// since 2007 (second Sunday of March 02:00 to first Sunday of November 02:00
// local time), given its standard offset in seconds.
func usOffset(v Value, std int) int {
	local := time.Date(v.Year, time.Month(v.Month), v.Day, v.Hour, v.Minute, v.Second, 0, time.UTC)
	start := time.Date(v.Year, 3, nthSunday(v.Year, 3, 2), 2, 0, 0, 0, time.UTC)
	end := time.Date(v.Year, 11, nthSunday(v.Year, 11, 1), 1, 0, 0, 0, time.UTC)
	if !local.Before(start) && local.Before(end) {
		return std + 3600
	}
	return std
}

var (
	brusselsOnce sync.Once
	brussels     *time.Location
)

// Brussels returns Europe/Brussels. It uses the system time zone database when
// there is one (full history); without one it builds the zone from the EU
// rule (CET/CEST, the rule in force since 1996), so it works in scratch
// containers without importing time/tzdata into every program.
func Brussels() *time.Location {
	brusselsOnce.Do(func() {
		if loc, err := time.LoadLocation("Europe/Brussels"); err == nil {
			brussels = loc
			return
		}
		loc, err := time.LoadLocationFromTZData("Europe/Brussels", euTZif())
		if err != nil {
			loc = time.FixedZone("CET", 3600)
		}
		brussels = loc
	})
	return brussels
}

// euTZif builds a minimal TZif (version 2) file: no transitions, one zone
// type, and a POSIX TZ footer that carries the EU summer-time rule.
func euTZif() []byte {
	const footer = "\nCET-1CEST,M3.5.0,M10.5.0/3\n"
	var b []byte
	be32 := func(v uint32) { b = append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v)) }
	header := func() {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		// isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
		for _, n := range []uint32{0, 0, 0, 0, 1, 4} {
			be32(n)
		}
	}
	block := func() {
		be32(3600)                  // utoff
		b = append(b, 0, 0)         // isdst, desigidx
		b = append(b, "CET\x00"...) // designations
	}
	header()
	block()
	header()
	block()
	b = append(b, footer...)
	return b
}
