package dates

// state collects what the elements of one expression said. The grammar
// copies it by value while it explores alternatives, so it holds no pointers.
type state struct {
	year, month, day int
	hasYear          bool
	dayOnly          bool // a day of the month without a month (the 15th)

	wday     int8 // 1..7, Monday first
	wdayAmb  bool
	wmode    int8 // with hasWMode: -1 last, 1 next, 2 coming, 0 this
	hasWMode bool
	wmodeNL  bool // "deze" (this week) rather than "this" (next such day)

	hasTime   bool
	hour, min int
	sec, nsec int
	tprec     Precision
	ampm      int8 // 1 am, 2 pm
	clock12   bool // hour may be read on a 12-hour clock (3 uur, 3:30 in English)
	ambiguous bool // set by resolve: the hour was read on a 12-hour clock by guess
	daypart   int8 // 1 morning, 2 afternoon, 3 evening, 4 night
	zoneKind  int8 // zoneFixed, zoneEU, zoneUS
	zoneMin   int

	hasRelDay bool
	relDay    int8
	now       bool

	ago                 bool
	agoY, agoMo, agoD   int
	agoSec              int
	agoUnit             int8 // finest unit given
	hasPeriod           bool
	period, periodOff   int8 // unit and offset: "vorige maand" = unitMonth, -1
	ordKind, ordN, ordW int8 // nth weekday (ordKind 1) or day (2) of a month; ordN -1 = last

	hasBare   bool // a bare number on one side of a range: a day or an hour
	bare      int
	bareOrd   bool
	invalid   bool // looked like a date but is none (31 February)
	strong    bool // enough to report from running text
	between   bool // "tussen"/"between" seen: "en"/"and" joins a range
	nElems    int8
	inherited bool // range end that took its date from the start
}

const (
	zoneFixed = 1 + iota
	zoneEU
	zoneUS
)

func (st *state) hasDate() bool {
	return st.month != 0 || st.hasYear || st.day != 0 || st.dayOnly || st.hasRelDay ||
		st.wday != 0 || st.hasPeriod || st.ordKind != 0 || st.ago || st.now
}
