package dates

// The grammar reads an expression as a sequence of elements (a date, a time,
// a weekday, a relative day, a part of the day, ...) in any order, glued by
// connectors (commas, "om", "on", "Gepubliceerd op"). It explores the
// alternatives depth first and keeps the longest reading; on a tie the element
// tried first wins. Ranges are two such sequences around a range word.

type parser struct {
	s         string
	toks      []token
	lang      langMask
	mdy       bool // numeric dates read month first (en-US)
	find      bool // searching running text: be strict about weak words
	rangeSide int8 // 1 left, 2 right side of a range: a bare number may stand for a day or an hour
	leading   bool // leading connectors and lead words are allowed (Parse)
}

// ---- token helpers ----

func (ps *parser) word(p int, k kind) (meaning, bool) {
	if p >= len(ps.toks) {
		return meaning{}, false
	}
	t := &ps.toks[p]
	if t.kind != tWord || t.lex == 0 {
		return meaning{}, false
	}
	e := &lexEntries[t.lex]
	if e.kset&(1<<k) == 0 {
		return meaning{}, false
	}
	for _, m := range e.m {
		if m.kind == k && m.lang&ps.lang != 0 {
			return m, true
		}
	}
	return meaning{}, false
}

func (ps *parser) is(p int, k kind) bool {
	_, ok := ps.word(p, k)
	return ok
}

func (ps *parser) num(p int) (*token, bool) {
	if p >= len(ps.toks) || ps.toks[p].kind != tNum {
		return nil, false
	}
	return &ps.toks[p], true
}

func (ps *parser) punct(p int, ch byte) bool {
	return p < len(ps.toks) && ps.toks[p].kind == tPunct && ps.toks[p].ch == ch
}

func (ps *parser) anyPunct(p int, set string) (byte, bool) {
	if p >= len(ps.toks) || ps.toks[p].kind != tPunct {
		return 0, false
	}
	c := ps.toks[p].ch
	return c, containsByte(set, c)
}

func (ps *parser) tight(p int) bool { return p < len(ps.toks) && !ps.toks[p].sp }

// lit reports whether token p is the word w (lower case ASCII), any case.
func (ps *parser) lit(p int, w string) bool {
	if p >= len(ps.toks) || ps.toks[p].kind != tWord {
		return false
	}
	t := ps.toks[p]
	s := ps.s[t.start:t.end]
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

func (ps *parser) isAlnum(p int) bool {
	return p >= 0 && p < len(ps.toks) && ps.toks[p].kind != tPunct
}

// optDot skips a dot glued to an abbreviation.
func (ps *parser) optDot(p int) int {
	if ps.punct(p, '.') && ps.tight(p) {
		return p + 1
	}
	return p
}

// prevIs reports whether the word before token p has kind k (look-behind for
// context such as "in 2014" or "om half vier").
func (ps *parser) prevIs(p int, k kind) bool {
	return p > 0 && ps.is(p-1, k)
}

// ---- connectors ----

// connector reports whether token p only glues elements together.
func (ps *parser) connector(p int, st *state) bool {
	if p >= len(ps.toks) {
		return false
	}
	t := &ps.toks[p]
	if t.kind == tPunct {
		return containsByte(",.-:;()[]\"'@/", t.ch) && !(t.ch == '/' && st.nElems == 0)
	}
	if t.kind != tWord {
		return false
	}
	for _, k := range [...]kind{kAt, kOn, kIn, kOf, kThe, kFrom, kLead, kAfter} {
		if ps.is(p, k) {
			return true
		}
	}
	if ps.is(p, kBetween) {
		st.between = true
		return true
	}
	// Dutch "voor" (before) is a connector; English "to" is a range word.
	if m, ok := ps.word(p, kBefore); ok && m.lang == langNL {
		return true
	}
	// "Laatste update", "Last updated"
	if (ps.is(p, kLastOrd) || ps.is(p, kMod)) && ps.is(p+1, kLead) {
		return true
	}
	return false
}

func (ps *parser) skipConnectors(p int, st *state) int {
	for ps.connector(p, st) {
		p++
	}
	return p
}

// ---- sequence search ----

// numElements is the number of element kinds tried, in order of preference.
const numElements = 14

// element tries element kind k at p. A switch rather than a table of method
// values: calls through func values make st escape to the heap.
func (ps *parser) element(k int, p int, st *state) int {
	switch k {
	case 0:
		return ps.elISO(p, st)
	case 1:
		return ps.elOrdInMonth(p, st)
	case 2:
		return ps.elRelative(p, st)
	case 3:
		return ps.elTime(p, st)
	case 4:
		return ps.elNumDate(p, st)
	case 5:
		return ps.elNamedDate(p, st)
	case 6:
		return ps.elWeekday(p, st)
	case 7:
		return ps.elRelDay(p, st)
	case 8:
		return ps.elDayPart(p, st)
	case 9:
		return ps.elYear(p, st)
	case 10:
		return ps.elNoon(p, st)
	case 11:
		return ps.elZone(p, st)
	case 12:
		return ps.elShift(p, st)
	case 13:
		return ps.elBare(p, st)
	}
	return -1
}

// seq returns the end of the longest sequence of elements from p (-1 if none)
// and the state it built.
func (ps *parser) seq(p int, st state, depth int) (int, state) {
	bestEnd, best := -1, st
	if st.nElems > 0 {
		bestEnd = p
	}
	if depth > 12 || p >= len(ps.toks) || ps.rangeSide == 1 && st.hasBare {
		return bestEnd, best // a bare number ends the left side of a range
	}
	starts := [2]int{p, -1}
	if st.nElems > 0 || ps.leading {
		st2 := st
		if q := ps.skipConnectors(p, &st2); q != p {
			starts[1] = q
			if st2.between {
				st.between = true
			}
		}
	}
	for _, q := range starts {
		if q < 0 || q >= len(ps.toks) {
			continue
		}
		for k := 0; k < numElements; k++ {
			st2 := st
			e := ps.element(k, q, &st2)
			if e <= q {
				continue
			}
			st2.nElems++
			end, res := ps.seq(e, st2, depth+1)
			if end > bestEnd || end == bestEnd && best.invalid && !res.invalid {
				bestEnd, best = end, res
			}
		}
	}
	return bestEnd, best
}

// rangeConn reads a range word at p and returns the position after it.
func (ps *parser) rangeConn(p int, between bool) int {
	switch {
	case ps.punct(p, '-'):
		return p + 1
	case ps.lit(p, "t") && ps.punct(p+1, '/') && ps.lit(p+2, "m"):
		return p + 3
	case ps.is(p, kRangeTo):
		if ps.is(p+1, kAnd) && ps.lit(p+2, "met") { // tot en met
			return p + 3
		}
		return p + 1
	case between && ps.is(p, kAnd):
		return p + 1
	}
	return -1
}

// parsed is the best reading at one position.
type parsed struct {
	end     int
	l, r    state
	isRange bool
}

// top reads the longest expression (single or range) that starts at p.
func (ps *parser) top(p int) (parsed, bool) {
	var res parsed
	end, st := ps.seq(p, state{}, 0)
	res.end, res.l = end, st
	// A range can only be longer where the single reading failed, is
	// invalid, or stops at a range word.
	if end > 0 && !st.invalid && (end == len(ps.toks) || ps.rangeConn(end, true) < 0 && !ps.connector(end, &state{})) {
		if st.hasBare {
			return res, false
		}
		return res, true
	}
	ps.rangeSide = 1
	endL, stL := ps.seq(p, state{}, 0)
	if endL > 0 {
		if c := ps.rangeConn(endL, stL.between); c > 0 {
			leading := ps.leading
			ps.leading = true // "from ... to the 15th"
			ps.rangeSide = 2
			endR, stR := ps.seq(c, state{between: false}, 0)
			ps.leading = leading
			if endR > res.end {
				l, r := stL, stR
				if mergeRange(&l, &r) {
					res = parsed{end: endR, l: l, r: r, isRange: true}
				} else if !l.invalid && !r.invalid {
					// the bare number fit neither side: not a range
				}
			}
		}
	}
	ps.rangeSide = 0
	if res.end < 0 {
		return res, false
	}
	if !res.isRange && res.l.hasBare {
		return res, false
	}
	return res, true
}

// mergeRange lets each side of a range borrow what it lacks from the other:
// "13 - 15 juli", "3-4pm", "9:30 - 11:00 on Thursday".
func mergeRange(l, r *state) bool {
	rDated := r.hasDate()
	if l.hasBare && r.hasBare && (l.hasDate() || l.daypart != 0 || r.daypart != 0) && !l.bareOrd && !r.bareOrd && l.bare <= 24 && r.bare <= 24 {
		// van 9 tot 11 on a given day, 10 - 11 at night: hours
		l.hour, l.tprec, l.hasTime, l.hasBare = l.bare, PrecisionHour, true, false
		r.hour, r.tprec, r.hasTime, r.hasBare = r.bare, PrecisionHour, true, false
	}
	if l.hasBare {
		switch {
		case r.day != 0 || r.dayOnly:
			l.day, l.dayOnly, l.hasBare = l.bare, true, false
		case r.hasTime && !l.bareOrd && l.bare <= 24:
			l.hour, l.min, l.tprec, l.hasTime, l.hasBare = l.bare, 0, PrecisionHour, true, false
		default:
			return false
		}
	}
	if r.hasBare {
		switch {
		case l.day != 0 || l.dayOnly:
			r.day, r.dayOnly, r.hasBare = r.bare, true, false
		case l.hasTime && !r.hasTime && !r.bareOrd && r.bare <= 24:
			r.hour, r.min, r.tprec, r.hasTime, r.hasBare = r.bare, 0, PrecisionHour, true, false
		default:
			return false
		}
	}
	// days without a month borrow the other side's month and year
	if l.dayOnly && l.month == 0 && r.month != 0 {
		l.month, l.dayOnly = r.month, false
		if !l.hasYear && r.hasYear {
			l.year, l.hasYear = r.year, true
		}
	}
	if r.dayOnly && r.month == 0 && l.month != 0 {
		r.month, r.dayOnly = l.month, false
		if !r.hasYear && l.hasYear {
			r.year, r.hasYear = l.year, true
			r.inherited = true
		}
	}
	if l.month != 0 && !l.hasYear && r.hasYear && r.month != 0 {
		l.year, l.hasYear = r.year, true
	}
	if r.month != 0 && !r.hasYear && l.hasYear {
		r.year, r.hasYear = l.year, true
		r.inherited = true
	}
	// Thu Oct 26, 10:00 - 11:00:09 2023: a side with only a year
	if r.hasYear && r.month == 0 && l.month != 0 && !l.hasYear {
		l.year, l.hasYear = r.year, true
		r.month, r.day, r.dayOnly, r.wday = l.month, l.day, l.dayOnly, l.wday
	}
	if l.hasYear && l.month == 0 && r.month != 0 && !r.hasYear {
		r.year, r.hasYear = l.year, true
		l.month, l.day, l.dayOnly, l.wday = r.month, r.day, r.dayOnly, r.wday
	}
	// a side without any date takes the other's
	if !l.hasDate() && r.hasDate() {
		copyDate(l, r)
	} else if !r.hasDate() && l.hasDate() {
		copyDate(r, l)
		r.inherited = true
	}
	// a side without a time takes the other's (22-23 Feb at 7pm)
	if l.hasTime != r.hasTime {
		if l.hasTime {
			copyTime(r, l)
		} else {
			copyTime(l, r)
		}
	}
	if l.hasTime && r.hasTime {
		if l.daypart == 0 && l.ampm == 0 {
			l.daypart = r.daypart
		}
		if r.daypart == 0 && r.ampm == 0 {
			r.daypart = l.daypart
		}
		if l.zoneKind == 0 {
			l.zoneKind, l.zoneMin = r.zoneKind, r.zoneMin
		}
		if r.zoneKind == 0 {
			r.zoneKind, r.zoneMin = l.zoneKind, l.zoneMin
		}
		lh, rh := hour24(l), hour24(r)
		switch {
		case l.ampm == 0 && r.ampm != 0 && l.hour <= 12 && l.daypart == 0:
			if r.ampm == 2 && l.hour < 12 && l.hour+12 <= rh {
				l.ampm = 2
			} else {
				l.ampm = 1
			}
		case r.ampm == 0 && r.daypart == 0 && r.hour < 12 && (l.ampm == 2 || lh > rh && !rDated) && r.hour+12 > lh:
			r.hour += 12
		}
	}
	return true
}

func copyDate(dst, src *state) {
	dst.year, dst.month, dst.day, dst.hasYear, dst.dayOnly = src.year, src.month, src.day, src.hasYear, src.dayOnly
	dst.wday, dst.wmode, dst.hasWMode, dst.wmodeNL = src.wday, src.wmode, src.hasWMode, src.wmodeNL
	dst.hasRelDay, dst.relDay = src.hasRelDay, src.relDay
	dst.hasPeriod, dst.period, dst.periodOff = src.hasPeriod, src.period, src.periodOff
	dst.ordKind, dst.ordN, dst.ordW = src.ordKind, src.ordN, src.ordW
}

func copyTime(dst, src *state) {
	dst.hasTime, dst.hour, dst.min, dst.sec, dst.nsec, dst.tprec = true, src.hour, src.min, src.sec, src.nsec, src.tprec
	dst.ampm, dst.clock12, dst.zoneKind, dst.zoneMin = src.ampm, src.clock12, src.zoneKind, src.zoneMin
	if dst.daypart == 0 {
		dst.daypart = src.daypart
	}
}

// hour24 is the hour of st on a 24-hour clock, from am/pm or the part of day.
func hour24(st *state) int {
	h := st.hour
	switch st.ampm {
	case 1:
		if h == 12 {
			h = 0
		}
		return h
	case 2:
		if h < 12 {
			h += 12
		}
		return h
	}
	switch st.daypart {
	case 2, 3:
		if h < 12 {
			h += 12
		}
	case 4:
		if h >= 6 && h < 12 {
			h += 12
		}
	case 1:
		if h == 12 {
			h = 0
		}
	}
	return h
}
