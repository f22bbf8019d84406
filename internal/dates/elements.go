package dates

// ---- shared pieces ----

// pivotYear reads a two-digit year: 69..99 are 19xx, 00..68 are 20xx (the
// POSIX strptime and Go time convention).
func pivotYear(y int) int {
	if y >= 69 {
		return 1900 + y
	}
	return 2000 + y
}

// era reads "AD", "A.D.", "n.Chr.", "na Christus" after a year.
func (ps *parser) era(p int) int {
	switch {
	case ps.is(p, kEra):
		return ps.optDot(p + 1)
	case ps.lit(p, "a") && ps.punct(p+1, '.') && ps.lit(p+2, "d"):
		return ps.optDot(p + 3)
	case ps.lit(p, "n") && ps.punct(p+1, '.') && ps.lit(p+2, "chr"):
		return ps.optDot(p + 3)
	case ps.lit(p, "na") && ps.lit(p+1, "christus"):
		return p + 2
	}
	return -1
}

// looksLikeTimeAfter reports whether the number at p starts a time rather than
// being a year or a day: 12:00, 12.30 uur, 10u, 3 pm, 10 o'clock.
func (ps *parser) looksLikeTimeAfter(p int) bool {
	q := p + 1
	if c, ok := ps.anyPunct(q, ":"); ok && c == ':' && ps.tight(q) {
		return true
	}
	if ps.punct(q, '.') && ps.tight(q) {
		if _, ok := ps.num(q + 1); ok && ps.tight(q+1) {
			return true
		}
	}
	if ps.is(q, kHourMark) || ps.lit(q, "o") {
		return true
	}
	if _, e := ps.ampmAt(q, ps.tight(q)); e > 0 {
		return true
	}
	if u, ok := ps.word(q, kUnit); ok && u.val <= unitHour { // 12 uur, 3 minuten
		return true
	}
	return false
}

// yearAt reads a year: four digits, or two digits (pivoted) when allowTwo.
// An era after a year keeps it literal (88 na Christus).
func (ps *parser) yearAt(p int, allowTwo bool) (int, int, bool) {
	t, ok := ps.num(p)
	if !ok || ps.looksLikeTimeAfter(p) {
		return 0, -1, false
	}
	// not glued to more digits: 2012-14, 20.07.2021
	if c, ok := ps.anyPunct(p+1, "-/.:"); ok && ps.tight(p+1) && c != '.' {
		if _, ok := ps.num(p + 2); ok && ps.tight(p+2) {
			return 0, -1, false
		}
	}
	y := int(t.val)
	switch {
	case t.ndig == 4:
	case t.ndig == 2 && allowTwo:
		if e := ps.era(p + 1); e > 0 {
			return y, e, true
		}
		return pivotYear(y), p + 1, true
	default:
		return 0, -1, false
	}
	if e := ps.era(p + 1); e > 0 {
		return y, e, true
	}
	if u, ok := ps.word(p+1, kUnit); ok && u.val == unitYear && u.lang == langEN && !ps.is(p+2, kAgo) {
		return y, p + 2, true // "19 February 2013 year 09:10"
	}
	return y, p + 1, true
}

// dayAt reads a day of the month: 5, 05, 5th, 3e, 31ste, derde, twenty-fourth.
// ord reports an ordinal form; shape-valid days up to 39 are returned so that
// "32 August" is reported as invalid rather than skipped.
func (ps *parser) dayAt(p int) (day, end int, ord, ok bool) {
	if t, isNum := ps.num(p); isNum {
		if t.ndig > 2 || t.val < 1 || t.val > 39 {
			return 0, -1, false, false
		}
		q := p + 1
		if ps.tight(q) && ps.is(q, kOrdSuffix) {
			return int(t.val), q + 1, true, true
		}
		if ps.tight(q) && ps.isAlnum(q) && !ps.is(q, kMonth) {
			return 0, -1, false, false
		}
		return int(t.val), q, false, true
	}
	if m, ok := ps.word(p, kOrd); ok {
		return int(m.val), p + 1, true, true
	}
	if m, ok := ps.word(p, kTens); ok { // twenty-fourth, twenty fourth
		q := p + 1
		if ps.punct(q, '-') {
			q++
		}
		if o, ok := ps.word(q, kOrd); ok && o.val < 10 {
			return int(m.val + o.val), q + 1, true, true
		}
	}
	return 0, -1, false, false
}

// cardAt reads a small number: digits (up to two) or number words, including
// English "twenty-four"/"fifty nine".
func (ps *parser) cardAt(p int) (n, end int, isWord, ok bool) {
	if t, isNum := ps.num(p); isNum {
		if t.ndig > 2 {
			return 0, -1, false, false
		}
		return int(t.val), p + 1, false, true
	}
	if m, ok := ps.word(p, kCard); ok {
		return int(m.val), p + 1, true, true
	}
	if m, ok := ps.word(p, kTens); ok {
		q := p + 1
		if ps.punct(q, '-') {
			q++
		}
		if u, ok := ps.word(q, kCard); ok && u.val < 10 && !ps.lit(q, "a") && !ps.lit(q, "an") {
			return int(m.val + u.val), q + 1, true, true
		}
		return int(m.val), p + 1, true, true
	}
	return 0, -1, false, false
}

func (ps *parser) monthAt(p int) (month int, end int, amb bool, ok bool) {
	m, found := ps.word(p, kMonth)
	if !found {
		return 0, -1, false, false
	}
	if !m.abbr {
		return int(m.val), p + 1, m.amb, true // "in August." ends a sentence
	}
	return int(m.val), ps.optDot(p + 1), m.amb, true
}

func checkDay(st *state) {
	if st.day < 1 || st.day > 31 {
		st.invalid = true
		return
	}
	y := 2000 // leap: a yearless 29 February is checked when the year is known
	if st.hasYear {
		y = st.year
	}
	if st.month < 1 || st.month > 12 || st.day > daysIn(y, st.month) {
		st.invalid = true
	}
}

// ---- ISO and numeric dates ----

// elISO reads year-first numeric dates: 2018-04-05, 2015/05/25, 2015.05.25,
// 2015-3-3, 2014-10, with an optional "T" time (RFC 3339).
func (ps *parser) elISO(p int, st *state) int {
	t, ok := ps.num(p)
	if !ok || t.ndig != 4 || st.hasYear || st.month != 0 {
		return -1
	}
	sep, ok := ps.anyPunct(p+1, "-/.")
	if !ok || !ps.tight(p+1) {
		return -1
	}
	mt, ok := ps.num(p + 2)
	if !ok || !ps.tight(p+2) || mt.ndig > 2 {
		return -1
	}
	st.year, st.hasYear, st.month = int(t.val), true, int(mt.val)
	q := p + 3
	if ps.punct(q, sep) && ps.tight(q) {
		dt, ok := ps.num(q + 1)
		if !ok || !ps.tight(q+1) || dt.ndig > 2 {
			return -1
		}
		st.day = int(dt.val)
		q += 2
		if ps.tight(q) && ps.isAlnum(q) && !ps.lit(q, "t") {
			return -1
		}
		checkDay(st)
	} else {
		if ps.tight(q) && ps.isAlnum(q) {
			return -1
		}
		if st.month < 1 || st.month > 12 {
			st.invalid = true
		}
	}
	// more glued digits: 1-2-3-4
	if ps.punct(q, sep) && ps.tight(q) {
		if _, ok := ps.num(q + 1); ok && ps.tight(q+1) {
			return -1
		}
	}
	st.strong = true
	if st.day != 0 && ps.lit(q, "t") && ps.tight(q) && ps.tight(q+1) {
		if e := ps.timeAt(q+1, st, true); e > 0 {
			return e
		}
	}
	return q
}

// elNumDate reads day-first (or month-first for en-US) numeric dates:
// 05/04/18, 5-4-2018, 05.04.2018, 26. 10.21, 05-mrt-2018, 8/Oct/2012,
// month/year 9/2012, and day/month without a year.
func (ps *parser) elNumDate(p int, st *state) int {
	if st.month != 0 || st.day != 0 || st.hasBare {
		return -1
	}
	a, ok := ps.num(p)
	if !ok || a.ndig > 2 {
		return -1
	}
	if p > 1 && ps.tight(p) {
		if _, ok := ps.anyPunct(p-1, "-/.:,"); ok {
			if _, ok := ps.num(p - 2); ok && ps.tight(p-1) {
				return -1
			}
		}
	}
	sep, ok := ps.anyPunct(p+1, "-/.")
	if !ok || !ps.tight(p+1) {
		return -1
	}
	q := p + 2
	if !ps.tight(q) && sep != '.' {
		return -1
	}
	// month name in the middle: 05-mrt-2018
	if mo, e, _, ok := ps.monthAt(q); ok {
		st.day, st.month = int(a.val), mo
		q = e
		if ps.punct(q, sep) && ps.tight(q) && ps.tight(q+1) {
			if y, e, ok := ps.yearAt(q+1, true); ok {
				st.year, st.hasYear = y, true
				q = e
			}
		}
		checkDay(st)
		st.strong = true
		return q
	}
	b, ok := ps.num(q)
	if !ok {
		return -1
	}
	if b.ndig == 4 { // month/year: 09/2012
		if sep == '.' || a.val < 1 || a.val > 12 || ps.tight(q+1) && ps.isAlnum(q+1) {
			return -1
		}
		if c, ok := ps.anyPunct(q+1, "-/."); ok && c == sep && ps.tight(q+1) {
			return -1
		}
		st.month, st.year, st.hasYear, st.strong = int(a.val), int(b.val), true, true
		return q + 1
	}
	if b.ndig > 2 {
		return -1
	}
	first, second := int(a.val), int(b.val)
	end := q + 1
	hasYear := false
	year := 0
	if ps.punct(end, sep) && ps.tight(end) {
		c, ok := ps.num(end + 1)
		if !ok || !ps.tight(end+1) || (c.ndig != 2 && c.ndig != 4) {
			return -1
		}
		year, hasYear = int(c.val), true
		if ps.find && sep == '.' && c.ndig == 2 && (a.ndig != 2 || b.ndig != 2) {
			return -1 // version numbers: 1.1.30
		}
		if c.ndig == 2 {
			year = pivotYear(year)
		}
		end += 2
		if ps.punct(end, sep) && ps.tight(end) {
			return -1 // 80-32-89-89
		}
	} else {
		// a day and month alone must not be a time (14.30 uur) or the
		// start of a range of days (1-8 september)
		if ps.is(end, kMonth) || ps.is(end, kHourMark) || ps.is(end, kAmPm) || ps.is(end, kUnit) {
			return -1
		}
		if c, ok := ps.anyPunct(end, "-/.:"); ok && ps.tight(end) {
			if _, ok := ps.num(end + 1); ok && ps.tight(end+1) && c != '-' {
				return -1
			}
		}
		if ps.find && sep != '/' {
			return -1 // 1.5 or 10-12 in running text is rarely a date
		}
	}
	if ps.tight(end) && ps.isAlnum(end) {
		return -1
	}
	day, month := first, second
	if ps.mdy {
		day, month = second, first
	}
	if month > 12 && day <= 12 {
		day, month = month, day // unambiguous the other way round
	}
	st.day, st.month = day, month
	if hasYear {
		st.year, st.hasYear = year, true
	}
	checkDay(st)
	st.strong = hasYear || sep == '/'
	return end
}

// ---- dates with month names ----

// elNamedDate reads dates with a month name in any customary order:
// 5 april 2018, 5 apr. 2018, 31ste maart, 3e van maart, the 1st of March,
// April 5th, 2018, Apr. 5, 2018, februari 15, Feb13, sep 2012, June of 2022,
// 2018 March 18, 2024-August, a month alone, and a day alone (the 15th).
func (ps *parser) elNamedDate(p int, st *state) int {
	if st.month != 0 || st.day != 0 || st.dayOnly || st.hasBare || st.ordKind != 0 {
		return -1
	}
	// day first
	if d, q, ord, ok := ps.dayAt(p); ok {
		r := q
		sep := byte(0)
		if c, ok := ps.anyPunct(r, "-/."); ok && ps.tight(r) && ps.is(r+1, kMonth) {
			sep = c
			r++
		} else if ps.is(r, kOf) || ps.is(r, kThe) && ps.is(r+1, kMonth) {
			r++
		}
		if mo, e, amb, ok := ps.monthAt(r); ok && (ps.tight(r) || ord || !ps.tight(q) || ps.toks[r].sp) {
			if ps.find && amb && !ps.toks[r].upper {
				return -1
			}
			st.day, st.month = d, mo
			r = e
			y := r
			if sep != 0 {
				if ps.punct(y, sep) && ps.tight(y) {
					y++
				}
			} else if ps.punct(y, ',') {
				y++
			}
			if yr, e, ok := ps.yearAt(y, true); ok && y != r || ok && (sep == 0) {
				st.year, st.hasYear = yr, true
				r = e
			}
			checkDay(st)
			st.strong = true
			return r
		}
		// a day alone needs an ordinal: the 15th, op de eerste
		if ord && (ps.prevIs(p, kThe) || !ps.is(p, kOrd) || ps.rangeSide != 0) {
			if ps.is(q, kOf) && ps.is(q+1, kThe) && ps.is(q+2, kUnit) { // of the month
				q += 3
			}
			st.day, st.dayOnly = d, true
			if d > 31 {
				st.invalid = true
			}
			return q
		}
	}
	// year first: 2018 March 18, 2024 Aug, 2024-August, 2012/Aug/10
	if t, ok := ps.num(p); ok && t.ndig == 4 && !st.hasYear {
		q := p + 1
		if e := ps.era(q); e > 0 {
			q = e
		}
		sep := byte(0)
		if c, ok := ps.anyPunct(q, "-/"); ok && ps.tight(q) && ps.tight(q+1) {
			sep = c
			q++
		}
		if mo, e, _, ok := ps.monthAt(q); ok {
			st.year, st.hasYear, st.month = int(t.val), true, mo
			q = e
			r := q
			if sep != 0 && ps.punct(r, sep) && ps.tight(r) {
				r++
			}
			if d, e, _, ok := ps.dayAt(r); ok && (sep == 0 || r != q) {
				st.day = d
				q = e
				checkDay(st)
			}
			st.strong = true
			return q
		}
		return -1
	}
	// month first
	mo, q, amb, ok := ps.monthAt(p)
	if !ok {
		return -1
	}
	if ps.find && amb && !ps.toks[p].upper && !ps.prevIs(p, kIn) {
		return -1
	}
	st.month = mo
	if ps.punct(q, ']') || ps.punct(q, ')') { // [Sept] 04, 2014
		q++
	}
	r := q
	sep := byte(0)
	if c, ok := ps.anyPunct(r, ",-/"); ok {
		sep = c
		r++
	} else if ps.is(r, kOf) {
		r++
	}
	// month and year: sep 2012, June of 2022, Aug 96
	if t, ok := ps.num(r); ok && (t.ndig == 4 || t.ndig == 2 && t.val > 39) {
		if y, e, ok := ps.yearAt(r, true); ok {
			st.year, st.hasYear, st.strong = y, true, true
			return e
		}
	}
	if ps.is(r, kThe) {
		r++
	}
	if d, e, _, ok := ps.dayAt(r); ok && !ps.looksLikeTimeAfter(r) && (sep != ',' || ps.toks[r].kind == tNum) {
		st.day = d
		q = e
		y := q
		if c, ok := ps.anyPunct(y, ",-/"); ok && (c == ',' || c == sep && sep != ',') {
			y++
		} else if ok {
			y = -1 // July 13-15: a range, not a year
		}
		if y >= 0 {
			if yr, e, ok := ps.yearAt(y, true); ok {
				st.year, st.hasYear = yr, true
				q = e
			}
		}
		checkDay(st)
		st.strong = true
		return q
	}
	// the month alone; in running text only after "in" (in mei, during March)
	st.strong = !ps.find || ps.prevIs(p, kIn)
	return q
}

// elOrdInMonth reads "laatste maandag in maart", "first Tuesday of October
// 2014", "derde dag in oktober", "last day of october".
func (ps *parser) elOrdInMonth(p int, st *state) int {
	if st.month != 0 || st.day != 0 || st.ordKind != 0 || st.wday != 0 {
		return -1
	}
	n := 0
	if m, ok := ps.word(p, kOrd); ok && m.val <= 5 {
		n = int(m.val)
	} else if ps.is(p, kLastOrd) {
		n = -1
	} else {
		return -1
	}
	q := p + 1
	if w, ok := ps.word(q, kWeekday); ok && w.val2 == 0 {
		st.ordKind, st.ordW = 1, int8(w.val)
	} else if u, ok := ps.word(q, kUnit); ok && u.val == unitDay {
		st.ordKind = 2
	} else {
		return -1
	}
	q++
	if !ps.is(q, kIn) && !ps.is(q, kOf) {
		return -1
	}
	q++
	if ps.is(q, kThe) {
		q++
	}
	mo, e, _, ok := ps.monthAt(q)
	if !ok {
		return -1
	}
	st.ordN, st.month = int8(n), mo
	q = e
	if y, e, ok := ps.yearAt(q, false); ok {
		st.year, st.hasYear = y, true
		q = e
	}
	st.strong = true
	return q
}

// elYear reads a year on its own: 2018, in 2014, 2014 AD. In running text only
// after "in": a bare four-digit number is more often a count.
func (ps *parser) elYear(p int, st *state) int {
	if st.hasYear {
		return -1
	}
	t, ok := ps.num(p)
	if !ok || t.ndig != 4 {
		return -1
	}
	y, e, ok := ps.yearAt(p, false)
	if !ok || (e == p+1 && (y < 1000 || y > 2999)) || ps.prevIs(p, kAt) {
		return -1
	}
	if ps.tight(e) && ps.isAlnum(e) {
		return -1
	}
	st.year, st.hasYear = y, true
	st.strong = !ps.find || ps.prevIs(p, kIn) || st.month != 0
	return e
}

// elShift reads an offset after a full date: "2023-12-29 -10days", "+2 weeks".
func (ps *parser) elShift(p int, st *state) int {
	if !st.hasYear || st.day == 0 || st.ago || st.hasTime {
		return -1
	}
	c, ok := ps.anyPunct(p, "+-")
	if !ok || !ps.tight(p+1) {
		return -1
	}
	t, ok := ps.num(p + 1)
	if !ok || t.ndig > 4 {
		return -1
	}
	u, ok := ps.word(p+2, kUnit)
	if !ok || u.val < unitDay {
		return -1
	}
	sign := 1
	if c == '-' {
		sign = -1
	}
	st.addAmount(int(t.val)*2, int(u.val), sign)
	st.ago = true
	return p + 3
}

// ---- weekdays, relative days, parts of the day ----

func (ps *parser) elWeekday(p int, st *state) int {
	if st.wday != 0 {
		return -1
	}
	m, ok := ps.word(p, kWeekday)
	if !ok {
		return -1
	}
	st.wday, st.wdayAmb = int8(m.val), m.amb
	if m.val2 != 0 {
		if st.daypart != 0 {
			return -1
		}
		st.daypart = m.val2
	}
	st.strong = st.strong || !m.amb && (!m.abbr || !ps.find)
	if !m.abbr {
		return p + 1
	}
	return ps.optDot(p + 1)
}

func (ps *parser) elRelDay(p int, st *state) int {
	if st.hasRelDay || st.now || st.hasWMode || st.month != 0 || st.hasPeriod {
		return -1
	}
	if m, ok := ps.word(p, kRelDay); ok {
		st.hasRelDay, st.relDay, st.strong = true, int8(m.val), true
		if m.val2 != 0 {
			if st.daypart != 0 {
				return -1
			}
			st.daypart = m.val2
		}
		return p + 1
	}
	if m, ok := ps.word(p, kTonight); ok {
		if st.daypart != 0 {
			return -1
		}
		st.hasRelDay, st.relDay, st.daypart, st.strong = true, 0, int8(m.val), true
		return p + 1
	}
	if ps.is(p, kNow) {
		st.now = true
		st.strong = !ps.find // "nu" is an everyday word in Dutch prose
		return p + 1
	}
	return -1
}

// elDayPart reads 's avonds, in de ochtend, in the afternoon, at night, and a
// bare part of the day after a day (donderdag ochtend, Tuesday morning).
func (ps *parser) elDayPart(p int, st *state) int {
	if st.daypart != 0 {
		return -1
	}
	q := p
	switch {
	case ps.punct(q, '\'') && ps.lit(q+1, "s"):
		q += 2
	case ps.lit(q, "s") && ps.is(q+1, kDayPartAdv):
		q++
	}
	if m, ok := ps.word(q, kDayPartAdv); ok {
		st.daypart = int8(m.val)
		return q + 1
	}
	q = p
	if ps.is(q, kIn) || ps.is(q, kAt) {
		q++
		if ps.is(q, kThe) {
			q++
		}
	} else if ps.is(q, kBetween) && ps.is(q+1, kThe) && ps.lit(q+2, "middag") { // tussen de middag
		st.daypart, st.hasRelDay, st.relDay, st.strong = 2, true, 0, !st.hasRelDay
		return q + 3
	}
	m, ok := ps.word(q, kDayPart)
	if !ok {
		return -1
	}
	if q == p && !st.hasDate() && !st.hasTime {
		return -1 // "avond" alone is no date
	}
	st.daypart = int8(m.val)
	return q + 1
}

// ---- relative expressions ----

// amountAt reads an amount for "N units ago": 5, vijf, een, a, half, een half.
// Halves are returned in half units.
func (ps *parser) amountAt(p int) (halves, end int, ok bool) {
	if ps.is(p, kHalf) {
		return 1, p + 1, true
	}
	if t, isNum := ps.num(p); isNum && t.ndig <= 4 {
		return int(t.val) * 2, p + 1, true
	}
	n, e, _, ok := ps.cardAt(p)
	if !ok {
		return 0, -1, false
	}
	if n == 1 && ps.is(e, kHalf) { // een half uur
		return 1, e + 1, true
	}
	return n * 2, e, true
}

// unitAt reads a unit word, or the "u" of "1u geleden".
func (ps *parser) unitAt(p int) (int, bool) {
	if m, ok := ps.word(p, kUnit); ok {
		return int(m.val), true
	}
	if ps.lit(p, "u") && ps.tight(p) {
		return unitHour, true
	}
	return 0, false
}

func (st *state) addAmount(halves, unit, sign int) bool {
	switch unit {
	case unitYear:
		if halves%2 != 0 {
			return false
		}
		st.agoY += sign * halves / 2
	case unitMonth:
		if halves%2 != 0 {
			return false
		}
		st.agoMo += sign * halves / 2
	case unitWeek:
		if halves%2 != 0 {
			return false
		}
		st.agoD += sign * 7 * halves / 2
	case unitDay:
		if halves%2 != 0 {
			st.agoSec += sign * 43200
		}
		st.agoD += sign * halves / 2
	case unitHour:
		st.agoSec += sign * 1800 * halves
	case unitMinute:
		st.agoSec += sign * 30 * halves
	case unitSecond:
		if halves%2 != 0 {
			return false
		}
		st.agoSec += sign * halves / 2
	}
	if st.agoUnit == 0 || int8(unit) < st.agoUnit {
		st.agoUnit = int8(unit)
	}
	return true
}

// elRelative reads "5 dagen geleden", "3 min 49 sec ago", "in 3 days",
// "over een week", "vorige dinsdag", "next Friday", "vorige week",
// "volgend jaar", "deze maand", "deze avond".
func (ps *parser) elRelative(p int, st *state) int {
	if st.ago || st.hasPeriod || st.hasWMode || st.now {
		return -1
	}
	// amounts with a unit, then ago / before them "in" / "over"
	future := ps.is(p, kFuture)
	q := p
	if future {
		q++
	}
	var tmp state
	n := 0
	for n < 4 {
		h, e, ok := ps.amountAt(q)
		if !ok {
			break
		}
		u, ok := ps.unitAt(e)
		if !ok {
			break
		}
		sign := -1
		if future {
			sign = 1
		}
		if !tmp.addAmount(h, u, sign) {
			return -1
		}
		q = e + 1
		n++
		if ps.punct(q, ',') || ps.is(q, kAnd) {
			if _, _, ok := ps.amountAt(q + 1); ok {
				q++
			}
		}
	}
	if n > 0 {
		if !future {
			if !ps.is(q, kAgo) {
				return -1
			}
			q++
		}
		st.ago, st.agoY, st.agoMo, st.agoD, st.agoSec, st.agoUnit = true, tmp.agoY, tmp.agoMo, tmp.agoD, tmp.agoSec, tmp.agoUnit
		st.strong = true
		return q
	}
	// modifier + weekday, unit or part of the day
	m, ok := ps.word(p, kMod)
	if !ok {
		return -1
	}
	q = p + 1
	if w, ok := ps.word(q, kWeekday); ok && st.wday == 0 && !st.hasRelDay {
		st.wday, st.hasWMode, st.wmode, st.wmodeNL = int8(w.val), true, int8(m.val), m.lang == langNL
		if w.val2 != 0 {
			st.daypart = w.val2
		}
		st.strong = true
		return ps.optDot(q + 1)
	}
	if u, ok := ps.word(q, kUnit); ok && u.val >= unitDay {
		off := int8(m.val)
		if off == 2 {
			off = 1
		}
		st.hasPeriod, st.period, st.periodOff, st.strong = true, int8(u.val), off, true
		return q + 1
	}
	if d, ok := ps.word(q, kDayPart); ok && m.val == 0 && st.daypart == 0 && !st.hasRelDay {
		st.hasRelDay, st.relDay, st.daypart, st.strong = true, 0, int8(d.val), true
		return q + 1
	}
	return -1
}

// ---- times ----

func (ps *parser) elTime(p int, st *state) int {
	if st.hasTime {
		return -1
	}
	return ps.timeAt(p, st, false)
}

func (ps *parser) elNoon(p int, st *state) int {
	if st.hasTime {
		return -1
	}
	m, ok := ps.word(p, kNoon)
	if !ok {
		return -1
	}
	st.hasTime, st.hour, st.tprec = true, int(m.val), PrecisionHour
	st.strong = st.strong || !ps.find || ps.prevIs(p, kAt)
	return p + 1
}

// ampmAt reads am/pm: am, PM, a.m., p.m., a m, and glued single letters (3p).
func (ps *parser) ampmAt(p int, glued bool) (int8, int) {
	m, ok := ps.word(p, kAmPm)
	if !ok {
		return 0, -1
	}
	t := ps.toks[p]
	if t.end-t.start == 2 {
		return int8(m.val), ps.optDot(p + 1)
	}
	q := ps.optDot(p + 1)
	if ps.lit(q, "m") {
		return int8(m.val), ps.optDot(q + 1)
	}
	if glued && !ps.find {
		return int8(m.val), q
	}
	return 0, -1
}

// zoneAt reads a zone after a time: CET, GMT+2, utc+02:45, +0200, -05:30, (JST).
func (ps *parser) zoneAt(p int, st *state, iso bool) int {
	q := p
	named := false
	if m, ok := ps.word(q, kZone); ok && (!m.amb || !ps.find) {
		st.zoneKind, st.zoneMin, named = zoneFixed, int(m.val), true
		q++
	} else if m, ok := ps.word(q, kZoneEU); ok {
		st.zoneKind, st.zoneMin, named = zoneEU, int(m.val), true
		q++
	} else if m, ok := ps.word(q, kZoneUS); ok {
		st.zoneKind, st.zoneMin, named = zoneUS, int(m.val), true
		q++
	}
	if c, ok := ps.anyPunct(q, "+-"); ok && (named || ps.toks[q].sp || iso) {
		if t, ok := ps.num(q + 1); ok && ps.tight(q+1) {
			h, mi, e := 0, 0, q+2
			switch {
			case t.ndig == 4:
				h, mi = int(t.val)/100, int(t.val)%100
			case t.ndig <= 2:
				h = int(t.val)
				if ps.punct(e, ':') && ps.tight(e) {
					if mt, ok := ps.num(e + 1); ok && mt.ndig == 2 && ps.tight(e+1) {
						mi, e = int(mt.val), e+2
					}
				} else if !named {
					h = -1
				}
			default:
				h = -1
			}
			if h >= 0 && h <= 14 && mi < 60 {
				off := h*60 + mi
				if c == '-' {
					off = -off
				}
				st.zoneKind, st.zoneMin = zoneFixed, off
				q = e
			}
		}
	}
	if q == p {
		return p
	}
	if ps.punct(q, '(') && ps.punct(q+2, ')') && (ps.is(q+1, kZone) || ps.is(q+1, kZoneEU) || ps.is(q+1, kZoneUS)) {
		q += 3
	}
	return q
}

// elZone reads a zone name standing apart from a time ("2020, EST"); it only
// counts if a time of day is given.
func (ps *parser) elZone(p int, st *state) int {
	if st.zoneKind != 0 || st.nElems == 0 {
		return -1
	}
	if !ps.is(p, kZone) && !ps.is(p, kZoneEU) && !ps.is(p, kZoneUS) {
		return -1
	}
	return ps.zoneAt(p, st, false)
}

// timeAt reads a time of day at p: 14:30, 14:30:05.123, 00u54, 17h10, 15u,
// 14.30 uur, 17 uur, 14 uur 15, 3pm, 2.30pm, 12:54 a.m., 330 p.m., 3 o'clock,
// and clock phrases (half vier, kwart over twee, ten thirty am), with a zone.
func (ps *parser) timeAt(p int, st *state, iso bool) int {
	if e := ps.clockWords(p, st); e > 0 {
		return e
	}
	t, ok := ps.num(p)
	if !ok {
		return -1
	}
	if p > 1 && ps.tight(p) {
		if c, ok := ps.anyPunct(p-1, ":"); ok && c == ':' {
			if pt, ok := ps.num(p - 2); ok && !iso && ps.tight(p-1) && pt.ndig <= 2 {
				return -1
			}
		}
	}
	h, mi, sec, ns := int(t.val), 0, 0, 0
	prec := PrecisionHour
	q := p + 1
	colon, uurForm := false, false
	hasMarker := false
	switch {
	case t.ndig <= 2 && ps.punct(q, ':') && ps.tight(q) && ps.tight(q+1) && ps.twoDigits(q+1):
		mi, prec, colon = int(ps.toks[q+1].val), PrecisionMinute, true
		q += 2
		if ps.punct(q, ':') && ps.tight(q) && ps.tight(q+1) && ps.twoDigits(q+1) {
			sec, prec = int(ps.toks[q+1].val), PrecisionSecond
			q += 2
			if c, ok := ps.anyPunct(q, ".,"); ok && ps.tight(q) && ps.tight(q+1) {
				if ft, ok := ps.num(q + 1); ok && ft.ndig <= 9 {
					ns = fraction(ps.s[ft.start:ft.end])
					prec = PrecisionFraction
					q += 2
				}
				_ = c
			}
		}
	case t.ndig <= 2 && ps.punct(q, '.') && ps.tight(q) && ps.tight(q+1) && ps.twoDigits(q+1):
		// 14.30 only with uur/am/pm after it, or right after a date
		r := q + 2
		if !(ps.is(r, kHourMark) || ps.is(r, kAmPm) || ps.lit(r, "uur") || st.day != 0 && !st.hasTime) {
			return -1
		}
		mi, prec, colon = int(ps.toks[q+1].val), PrecisionMinute, true
		q += 2
	case t.ndig <= 2 && (ps.lit(q, "u") || ps.lit(q, "h")) && ps.tight(q):
		// Belgian and French notation: 00u54, 17h10, 15u, 19h
		q++
		hasMarker = true
		if ps.tight(q) && ps.twoDigits(q) {
			mi, prec = int(ps.toks[q].val), PrecisionMinute
			q++
		}
		if ps.tight(q) && ps.isAlnum(q) {
			return -1
		}
	case (t.ndig == 3 || t.ndig == 4) && ps.is(q, kAmPm):
		h, mi, prec = int(t.val)/100, int(t.val)%100, PrecisionMinute
	case t.ndig <= 2 && ps.lit(q, "uur"):
		q++
		uurForm, hasMarker = true, true
		if mt, ok := ps.num(q); ok && mt.ndig <= 2 && !ps.looksLikeTimeAfter(q) && !ps.is(q+1, kMonth) {
			mi, prec = int(mt.val), PrecisionMinute
			q++
			if u, ok := ps.word(q, kUnit); ok && u.val == unitMinute {
				q++
			}
		}
	case t.ndig <= 2 && ps.is(q, kAmPm):
	case t.ndig <= 2 && (ps.is(q, kHourMark) || ps.lit(q, "o")):
	case t.ndig <= 2 && ps.prevIs(p, kAt) && ps.twoDigits(q) && !ps.tight(q) && !ps.looksLikeTimeAfter(q) && ps.lang&langEN != 0 && !ps.find:
		mi, prec, uurForm = int(ps.toks[q].val), PrecisionMinute, true // at 3 15
		q++
	case t.ndig == 4 && ps.prevIs(p, kAt) && !ps.tight(q) && t.val%100 < 60 && t.val/100 < 24:
		h, mi, prec, hasMarker = int(t.val)/100, int(t.val)%100, PrecisionMinute, true // at 1030
	case t.ndig <= 2 && t.val <= 12 && ps.dayPartFollows(q):
		hasMarker = true // 11 at night, 6 in the morning
	default:
		return -1
	}
	if t.ndig > 4 {
		return -1
	}
	// u/h/uur after a colon time: 17:30u, 18:30h, 17:30 uur
	if colon && (ps.lit(q, "u") || ps.lit(q, "h")) && ps.tight(q) {
		q++
		hasMarker = true
	} else if colon && ps.lit(q, "uur") {
		q++
		hasMarker = true
	}
	// o'clock
	if ps.lit(q, "o") && (ps.lit(q+1, "clock") || ps.punct(q+1, '\'') && ps.lit(q+2, "clock")) {
		if ps.lit(q+1, "clock") {
			q += 2
		} else {
			q += 3
		}
		hasMarker = true
	} else if m, ok := ps.word(q, kHourMark); ok && m.lang == langEN && ps.lit(q, "oclock") {
		q++
		hasMarker = true
	}
	if ap, e := ps.ampmAt(q, q == p+1 || ps.tight(q)); e > 0 {
		st.ampm = ap
		q = e
		hasMarker = true
	}
	if !colon && !hasMarker && prec == PrecisionHour {
		return -1
	}
	switch {
	case st.ampm != 0 && (h > 12 || h == 0 && prec == PrecisionHour):
		st.invalid = true
	case h > 23 || mi > 59 || sec > 59:
		st.invalid = true
	}
	st.hasTime, st.hour, st.min, st.sec, st.nsec, st.tprec = true, h, mi, sec, ns, prec
	// A time without am/pm may be read on a 12-hour clock: in English always,
	// in Dutch only the spoken "3 uur"; 15:00-style times are 24-hour, and
	// so is an hour written with a leading zero ("04:15 BST").
	st.clock12 = st.ampm == 0 && h <= 12 && (uurForm || colon && ps.lang&langNL == 0) && !(t.ndig == 2 && t.val < 10)
	st.strong = true
	return ps.zoneAt(q, st, iso || prec >= PrecisionSecond)
}

// dayPartFollows reports whether a part of the day follows at p: in the
// morning, at night, tonight, 's avonds.
func (ps *parser) dayPartFollows(p int) bool {
	switch {
	case ps.is(p, kTonight):
		return true
	case ps.punct(p, '\'') && ps.lit(p+1, "s"):
		return ps.is(p+2, kDayPartAdv)
	case ps.is(p, kIn) || ps.is(p, kAt):
		if ps.is(p+1, kThe) {
			p++
		}
		return ps.is(p+1, kDayPart)
	}
	return false
}

func (ps *parser) twoDigits(p int) bool {
	t, ok := ps.num(p)
	return ok && t.ndig == 2
}

func fraction(digits string) int {
	ns, scale := 0, 100000000
	for i := 0; i < len(digits) && i < 9; i++ {
		ns += int(digits[i]-'0') * scale
		scale /= 10
	}
	return ns
}

// clockWords reads times said in words: half vier (3:30), kwart over twee,
// 10 voor half 4, twintig over 3, drie uur, quarter past 3, half past three pm,
// ten thirty am, at three twenty.
func (ps *parser) clockWords(p int, st *state) int {
	q := p
	mins, ok := 0, false
	// minutes before/after the hour
	if ps.is(q, kQuarter) {
		mins, ok, q = 15, true, q+1
	} else if ps.is(q, kHalf) && (ps.is(q+1, kPast) || ps.is(q+1, kBefore)) {
		mins, ok, q = 30, true, q+1
	} else if n, e, _, isN := ps.cardAt(q); isN && n > 0 && n < 30 {
		r := e
		if u, ok := ps.word(r, kUnit); ok && u.val == unitMinute {
			r++
		}
		if ps.is(r, kPast) || ps.is(r, kBefore) {
			mins, ok, q = n, true, r
		}
	}
	h, m := 0, 0
	isNL := true
	marker := false
	q0dir := q
	if ok {
		dir := 1
		if ps.is(q, kBefore) && !ps.is(q, kPast) {
			dir = -1
		}
		q++
		halfAnchor := false
		if ps.is(q, kHalf) {
			halfAnchor = true
			q++
		}
		hh, e, ok := ps.hourAt(q)
		if !ok {
			return -1
		}
		h, q = hh, e
		base := 0
		if halfAnchor {
			h, base = h-1, 30
		}
		m = base + dir*mins
		if m < 0 {
			h, m = h-1, m+60
		}
		if m >= 60 {
			h, m = h+1, m-60
		}
		if h < 0 {
			h += 24
		}
	} else if ps.is(q, kHalf) {
		// nl "half vier" is 3:30, en "half three" is 3:30 as well but said
		// from the hour before: the hour word's language decides.
		hh, e, ok := ps.hourAt(q + 1)
		if !ok {
			return -1
		}
		m = 30
		h = hh
		if w, found := ps.word(q+1, kCard); !found && ps.lang&langNL != 0 || found && w.lang == langNL {
			h = hh - 1
		}
		q = e
		_ = isNL
	} else if n, e, isWord, ok2 := ps.cardAt(q); ok2 && isWord && n >= 1 && n <= 24 {
		// ten thirty am, drie uur, at three twenty
		h, q = n, e
		if mm, e2, w2, ok := ps.cardAt(q); ok && w2 && mm < 60 && !ps.is(q, kHalf) {
			m, q = mm, e2
		}
	} else {
		return -1
	}
	if ps.lit(q, "uur") {
		q++
		marker = true
	}
	if ps.lit(q, "o") && ps.lit(q+1, "clock") {
		q += 2
		marker = true
	} else if ps.lit(q, "oclock") {
		q++
		marker = true
	}
	if ap, e := ps.ampmAt(q, false); e > 0 {
		st.ampm = ap
		q = e
		marker = true
	}
	if ok && !marker && !ps.prevIs(p, kAt) {
		if w, _ := ps.word(q0dir, kBefore); w.lang == langEN || ps.is(q0dir, kPast) && !ps.is(q0dir, kFuture) {
			if _, isNum := ps.num(p); isNum {
				return -1 // "13 to 15 July" is a range, not 14:47
			}
		}
	}
	if !ok && !marker && m == 0 && !ps.is(p, kHalf) {
		return -1 // "drie" alone is a number
	}
	if !ok && !marker && !ps.prevIs(p, kAt) && !ps.is(p, kHalf) {
		return -1
	}
	if h > 23 || m > 59 || st.ampm != 0 && h > 12 {
		st.invalid = true
	}
	st.hasTime, st.hour, st.min, st.tprec = true, h, m, PrecisionMinute
	if m == 0 {
		st.tprec = PrecisionHour
	}
	st.clock12 = st.ampm == 0 && h <= 12
	st.strong = st.strong || !ps.find || marker || ps.prevIs(p, kAt)
	return ps.zoneAt(q, st, false)
}

// hourAt reads an hour for clock phrases: 4, vier, three, 3pm.
func (ps *parser) hourAt(p int) (int, int, bool) {
	n, e, _, ok := ps.cardAt(p)
	if !ok || n < 0 || n > 24 {
		return 0, -1, false
	}
	if ps.tight(e) && ps.isAlnum(e) && !ps.is(e, kAmPm) {
		return 0, -1, false
	}
	return n, e, true
}

// elBare reads a bare number or ordinal on one side of a range (13 - 15 juli,
// 8pm - 11); the other side decides whether it is a day or an hour.
func (ps *parser) elBare(p int, st *state) int {
	if ps.rangeSide == 0 || ps.rangeSide == 2 && st.nElems > 0 || st.hasBare || st.day != 0 || st.dayOnly || st.hasTime {
		return -1
	}
	if d, e, ord, ok := ps.dayAt(p); ok && (!ps.tight(e) || !ps.isAlnum(e)) {
		st.hasBare, st.bare, st.bareOrd = true, d, ord
		return e
	}
	return -1
}
