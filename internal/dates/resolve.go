package dates

import (
	"fmt"
	"time"
)

var (
	errTimeNoDay   = fmt.Errorf("%w: a time of day needs a day", ErrSyntax)
	errNoDate      = fmt.Errorf("%w: nothing that fixes a date", ErrSyntax)
	errMixedDates  = fmt.Errorf("%w: two dates that do not fit together", ErrSyntax)
	errWeekdayYear = fmt.Errorf("%w: the weekday does not fall on that date within six years of the reference", ErrRange)
)

// civil is a calendar day without a zone; arithmetic goes through UTC so no
// daylight-saving shift can move it.
func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// resolve turns what the elements said into a Value.
func resolve(st *state, o *Options) (Value, bool, error) {
	if st.invalid {
		return Value{}, false, ErrRange
	}
	if st.hasBare {
		return Value{}, false, ErrSyntax
	}
	rel := false
	var ref, refDay time.Time
	needRef := func() bool {
		if o.Ref.IsZero() {
			return false
		}
		rel = true
		ref = o.Ref
		y, m, d := ref.Date()
		refDay = civil(y, int(m), d)
		return true
	}
	var v Value
	var day time.Time // the day when precision is day or finer
	prec := PrecisionNone
	timeOnly := false

	explicit := st.month != 0 || st.hasYear || st.day != 0 || st.dayOnly || st.ordKind != 0
	switch {
	case st.now:
		if explicit || st.hasTime || st.hasRelDay || st.ago || st.hasPeriod || st.wday != 0 {
			return v, false, errMixedDates
		}
		if !needRef() {
			return v, false, ErrRelative
		}
		y, m, d := ref.Date()
		v = Value{Year: y, Month: int(m), Day: d, Hour: ref.Hour(), Minute: ref.Minute(), Second: ref.Second(), Precision: PrecisionSecond}
		if ns := ref.Nanosecond(); ns != 0 {
			v.Nanosecond, v.Precision = ns, PrecisionFraction
		}
		return v, true, nil
	case st.ago && st.hasYear && st.day != 0 && !st.hasTime:
		// a full date shifted by an offset: 2023-12-29 -10days
		t := civil(st.year, st.month, st.day).AddDate(st.agoY, st.agoMo, st.agoD)
		return Value{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: PrecisionDay}, false, nil
	case st.ago:
		if explicit || st.hasTime || st.hasRelDay || st.hasPeriod || st.wday != 0 {
			return v, false, errMixedDates
		}
		if !needRef() {
			return v, false, ErrRelative
		}
		t := ref.AddDate(st.agoY, st.agoMo, st.agoD).Add(time.Duration(st.agoSec) * time.Second)
		y, m, d := t.Date()
		v = Value{Year: y, Month: int(m), Day: d}
		switch st.agoUnit {
		case unitYear:
			v.Month, v.Day, v.Precision = 0, 0, PrecisionYear
		case unitMonth:
			v.Day, v.Precision = 0, PrecisionMonth
		case unitWeek, unitDay:
			v.Precision = PrecisionDay
		case unitHour, unitMinute:
			v.Hour, v.Minute, v.Precision = t.Hour(), t.Minute(), PrecisionMinute
		default:
			v.Hour, v.Minute, v.Second, v.Precision = t.Hour(), t.Minute(), t.Second(), PrecisionSecond
		}
		return v, true, nil
	case st.ordKind != 0:
		if st.hasRelDay || st.hasPeriod {
			return v, false, errMixedDates
		}
		y := st.year
		if !st.hasYear {
			if !needRef() {
				return v, false, ErrRelative
			}
			y = refDay.Year()
			if st.month < int(refDay.Month()) {
				y++
			}
		}
		d := 0
		last := daysIn(y, st.month)
		switch {
		case st.ordKind == 2 && st.ordN < 0:
			d = last
		case st.ordKind == 2:
			d = int(st.ordN)
		case st.ordN < 0:
			wl := isoWeekday(civil(y, st.month, last))
			d = last - (wl-int(st.ordW)+7)%7
		default:
			w1 := isoWeekday(civil(y, st.month, 1))
			d = 1 + (int(st.ordW)-w1+7)%7 + 7*(int(st.ordN)-1)
		}
		if d > last {
			return v, false, ErrRange
		}
		day, prec = civil(y, st.month, d), PrecisionDay
	case explicit:
		// "vorige week 30 september" stays an error: a week or a month
		// does not check a date the way a day or a year does.
		if st.hasPeriod && !st.hasRelDay && st.period != unitYear && st.period != unitDay {
			return v, false, errMixedDates
		}
		// A relative day or year beside an explicit date ("gisteren, 30
		// september", "vorig jaar, op 12/09/2015"): the explicit date is
		// read here; Parse compares the two (see relativeAside).
		switch {
		case st.hasYear && st.month != 0 && st.day != 0:
			day, prec = civil(st.year, st.month, st.day), PrecisionDay
			if st.day > daysIn(st.year, st.month) {
				return v, false, ErrRange
			}
		case st.hasYear && st.month != 0:
			v.Year, v.Month, prec = st.year, st.month, PrecisionMonth
		case st.hasYear && st.day == 0 && !st.dayOnly:
			v.Year, prec = st.year, PrecisionYear
		case st.hasYear:
			return v, false, errNoDate
		case st.month != 0 && st.day != 0:
			if !needRef() {
				return v, false, ErrRelative
			}
			// the year that puts the day closest to the reference; with a
			// weekday ("zaterdag 12 maart"), the closest year in which the
			// day falls on it, up to six years away
			best, found := time.Time{}, false
			span := 1
			if st.wday != 0 {
				span = 6
			}
			for y := refDay.Year() - span; y <= refDay.Year()+span; y++ {
				if st.day > daysIn(y, st.month) {
					continue
				}
				if st.wday != 0 && isoWeekday(civil(y, st.month, st.day)) != int(st.wday) {
					continue
				}
				c := civil(y, st.month, st.day)
				if !found || absDur(c.Sub(refDay)) < absDur(best.Sub(refDay)) {
					best, found = c, true
				}
			}
			if !found && st.wday != 0 {
				return v, false, errWeekdayYear
			}
			if !found || best.Year() != refDay.Year() && st.month == 2 && st.day == 29 && st.wday == 0 {
				return v, false, ErrRange
			}
			day, prec = best, PrecisionDay
		case st.month != 0:
			if !needRef() {
				return v, false, ErrRelative
			}
			y := refDay.Year()
			if st.hasPeriod { // volgend jaar maart
				y += int(st.periodOff)
			} else if st.month < int(refDay.Month()) {
				y++ // the next such month, this one included
			}
			v.Year, v.Month, prec = y, st.month, PrecisionMonth
		default: // a day of the month alone: the next such day
			if !needRef() {
				return v, false, ErrRelative
			}
			y, m := refDay.Year(), int(refDay.Month())
			if st.day < refDay.Day() {
				m++
			}
			for i := 0; i < 12; i++ {
				c := civil(y, m, 1)
				if st.day <= daysIn(c.Year(), int(c.Month())) {
					day, prec = civil(c.Year(), int(c.Month()), st.day), PrecisionDay
					break
				}
				m++
			}
			if prec == PrecisionNone {
				return v, false, ErrRange
			}
		}
	case st.hasRelDay:
		if st.hasPeriod || st.hasWMode {
			return v, false, errMixedDates
		}
		if !needRef() {
			return v, false, ErrRelative
		}
		day, prec = refDay.AddDate(0, 0, int(st.relDay)), PrecisionDay
	case st.wday != 0:
		if st.hasPeriod && st.period != unitWeek {
			return v, false, errMixedDates
		}
		if !needRef() {
			return v, false, ErrRelative
		}
		diff := int(st.wday) - isoWeekday(refDay)
		d := diff
		switch {
		case st.hasPeriod: // vorige week dinsdag: that day in the week before
			d = diff + 7*int(st.periodOff)
		case st.hasWMode && st.wmode == -1: // afgelopen dinsdag: the last one before today
			if d >= 0 {
				d -= 7
			}
		case st.hasWMode && st.wmode == 0 && st.wmodeNL: // deze dinsdag: in this week
		case st.hasWMode && st.wmode == 0: // this Tuesday: the next one, today included
			if d < 0 {
				d += 7
			}
		case st.hasWMode || o.tense == tenseNext || o.tense == tenseFuture:
			// komende dinsdag, next Tuesday, and a bare weekday read on
			// its own or in a future sentence: the next one after today
			if d <= 0 {
				d += 7
			}
		case o.tense == tensePast: // "hij zei dinsdag": the last one, today included
			if d > 0 {
				d -= 7
			}
		default: // running text without a tense: the closest one
			if d > 3 {
				d -= 7
			} else if d < -3 {
				d += 7
			}
		}
		day, prec = refDay.AddDate(0, 0, d), PrecisionDay
	case st.hasPeriod:
		if !needRef() {
			return v, false, ErrRelative
		}
		off := int(st.periodOff)
		switch st.period {
		case unitDay:
			day, prec = refDay.AddDate(0, 0, off), PrecisionDay
		case unitWeek:
			day, prec = refDay.AddDate(0, 0, 7*off), PrecisionDay
		case unitMonth:
			t := civil(refDay.Year(), int(refDay.Month())+off, 1)
			v.Year, v.Month, prec = t.Year(), int(t.Month()), PrecisionMonth
		default:
			v.Year, prec = refDay.Year()+off, PrecisionYear
		}
	case st.hasTime:
		if !needRef() {
			return v, false, ErrRelative
		}
		day, prec, timeOnly = refDay, PrecisionDay, true
	default:
		return v, false, errNoDate
	}
	if prec >= PrecisionDay {
		v.Year, v.Month, v.Day = day.Year(), int(day.Month()), day.Day()
	}
	v.Precision = prec
	if !st.hasTime {
		return v, rel, nil
	}
	if prec < PrecisionDay {
		return Value{}, false, errTimeNoDay
	}
	h := hour24(st)
	if timeOnly && st.daypart == 0 {
		// A time alone is the next such time from the reference; a 12-hour
		// reading (3 uur, 3:30 in English) may be the afternoon one.
		refSec := ref.Hour()*3600 + ref.Minute()*60 + ref.Second()
		cands := [2]int{h, -1}
		if st.clock12 && h < 12 {
			cands[1] = h + 12
		}
		pick, pickDay := -1, 0
		for _, c := range cands {
			if c < 0 {
				continue
			}
			s := c*3600 + st.min*60 + st.sec
			dd := 0
			if s < refSec {
				dd = 1
			}
			if pick < 0 || dd < pickDay || dd == pickDay && c < pick {
				pick, pickDay = c, dd
			}
		}
		h = pick
		if pickDay == 1 {
			day = day.AddDate(0, 0, 1)
			v.Year, v.Month, v.Day = day.Year(), int(day.Month()), day.Day()
		}
	}
	if !timeOnly && st.clock12 && st.daypart == 0 && h >= 1 && h <= 11 {
		// A spoken hour on a 12-hour clock ("om half drie", "om drie uur")
		// with no part of the day: in news an hour up to 6 is far more
		// often the afternoon's. Either way the reading is a guess, and
		// says so.
		st.ambiguous = true
		if h <= 6 {
			h += 12
		}
	}
	v.Hour, v.Minute, v.Second, v.Nanosecond, v.Precision = h, st.min, st.sec, st.nsec, st.tprec
	switch {
	case st.zoneKind == zoneFixed:
		v.HasOffset, v.Offset = true, st.zoneMin*60
	case st.zoneKind == zoneEU:
		v.HasOffset, v.Offset = true, euOffset(v, st.zoneMin*60)
	case st.zoneKind == zoneUS:
		v.HasOffset, v.Offset = true, usOffset(v, st.zoneMin*60)
	case o.Location != nil:
		t := time.Date(v.Year, time.Month(v.Month), v.Day, v.Hour, v.Minute, v.Second, v.Nanosecond, o.Location)
		_, off := t.Zone()
		v.HasOffset, v.Offset = true, off
	}
	return v, rel, nil
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// valueKey orders values of any precision by their first instant (ignoring
// offsets, which both sides of a range share in practice).
func valueKey(v Value) int64 {
	m, d := v.Month, v.Day
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return civil(v.Year, m, d).Unix()*1e9 + int64(v.Hour*3600+v.Minute*60+v.Second)*1e9 + int64(v.Nanosecond)
}

// relativeAside returns the state of the relative part written beside an
// explicit date ("gisteren" in "gisteren, 30 september", "vorig jaar" in
// "vorig jaar, op 12/09/2015"), and whether there is one.
func relativeAside(st *state) (state, bool) {
	explicit := st.month != 0 || st.hasYear || st.day != 0 || st.dayOnly || st.ordKind != 0
	if !explicit || !(st.hasRelDay || st.hasPeriod && (st.period == unitYear && (st.hasYear || st.day != 0) || st.period == unitDay)) {
		return state{}, false
	}
	var r state
	r.hasRelDay, r.relDay = st.hasRelDay, st.relDay
	if !st.hasRelDay {
		r.hasPeriod, r.period, r.periodOff = true, st.period, st.periodOff
	}
	return r, true
}

// agree reports whether two readings name the same time at the coarser
// precision of the two (day at most: a time is not compared).
func agree(a, b Value) bool {
	p := min(a.Precision, b.Precision, PrecisionDay)
	switch {
	case a.Year != b.Year:
		return false
	case p >= PrecisionMonth && a.Month != b.Month:
		return false
	case p >= PrecisionDay && a.Day != b.Day:
		return false
	}
	return true
}
