package dates

import (
	"embed"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// kind is what a lexicon word means to the grammar.
type kind uint8

const (
	kNone       kind = iota
	kMonth           // val 1..12
	kWeekday         // val 1..7 (Monday first); val2 a part of the day for glued forms (donderdagavond)
	kRelDay          // val days from today; val2 a part of the day for glued forms (vanavond)
	kDayPrefix       // only used to build glued forms
	kDayPart         // val 1 morning, 2 afternoon, 3 evening, 4 night
	kDayPartAdv      // 's avonds
	kTonight         // today at part val
	kNow             // nu, now
	kUnit            // val unitSecond..unitYear
	kCard            // cardinal number word
	kTens            // twenty, twintig
	kOrd             // ordinal word
	kOrdSuffix       // 1st, 3e
	kAgo             // geleden, ago
	kFuture          // over (nl), in (en): "in 3 days"
	kMod             // val -1 last, 1 next, 2 coming, 0 this
	kLastOrd         // laatste/last in "last Sunday of March"
	kAt              // om, at, circa
	kOn              // op, on
	kIn              // in, tijdens
	kOf              // van, of
	kThe             // de, the
	kFrom            // vanaf, from
	kBetween         // tussen, between
	kRangeTo         // tot, to, until
	kAnd             // en, and
	kHourMark        // uur, u, h, oclock
	kHalf            // half
	kQuarter         // kwart, quarter
	kPast            // over, past
	kBefore          // voor, to
	kAfter           // na, after
	kLead            // gepubliceerd, updated
	kEra             // AD
	kNoon            // val hour: noon 12, midnight 0
	kAmPm            // val 1 am, 2 pm
	kZone            // val minutes east
	kZoneEU          // val standard minutes east, EU summer time
	kZoneUS          // val standard minutes east, US summer time
	kindCount
)

var kindNames = map[string]kind{
	"month": kMonth, "weekday": kWeekday, "relday": kRelDay, "dayprefix": kDayPrefix,
	"daypart": kDayPart, "daypartadv": kDayPartAdv, "tonight": kTonight, "now": kNow,
	"unit": kUnit, "card": kCard, "tens": kTens, "ord": kOrd, "ordsuffix": kOrdSuffix,
	"ago": kAgo, "future": kFuture, "mod": kMod, "lastord": kLastOrd, "at": kAt, "on": kOn,
	"in": kIn, "of": kOf, "the": kThe, "from": kFrom, "between": kBetween, "rangeto": kRangeTo,
	"and": kAnd, "hourmark": kHourMark, "half": kHalf, "quarter": kQuarter, "past": kPast,
	"before": kBefore, "after": kAfter, "lead": kLead, "era": kEra, "noon": kNoon,
	"ampm": kAmPm, "zone": kZone, "zoneeu": kZoneEU, "zoneus": kZoneUS,
}

// Units of relative expressions, coarse ones last.
const (
	unitSecond = 1 + iota
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitMonth
	unitYear
)

type langMask uint8

const (
	langNL  langMask = 1
	langEN  langMask = 2
	langAll          = langNL | langEN
	// German and French month and weekday names are read only when
	// Options.Lang asks for them, for the dates of export layouts.
	langDE langMask = 4
	langFR langMask = 8
)

type meaning struct {
	kind kind
	lang langMask
	amb  bool // also an ordinary word: not a date on its own in running text
	abbr bool // an abbreviation: a dot after it belongs to it
	val  int16
	val2 int8
}

// entry is every meaning of one folded word.
type entry struct {
	m    []meaning
	kset uint64 // bit per kind present, for quick tests
}

var (
	lexIndex   map[string]int32 // folded word -> index into lexEntries (+1)
	lexEntries []entry
)

func init() { loadLexicon() }

func loadLexicon() {
	lexIndex = make(map[string]int32, 1024)
	lexEntries = append(lexEntries[:0], entry{}) // index 0 = no entry
	for _, f := range []struct {
		name string
		lang langMask
	}{{"lexicon/nl.txt", langNL}, {"lexicon/en.txt", langEN}, {"lexicon/common.txt", langAll | langDE | langFR},
		{"lexicon/de.txt", langDE}, {"lexicon/fr.txt", langFR}} {
		data, err := lexiconFS.ReadFile(f.name)
		if err != nil {
			panic("dates: " + err.Error())
		}
		// One string for the file and one fields buffer for every line:
		// this runs when a process starts.
		ln := 0
		var fields []string
		for line := range strings.Lines(string(data)) {
			ln++
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			fields = fields[:0]
			for f := range strings.FieldsSeq(line) {
				fields = append(fields, f)
			}
			if len(fields) == 0 {
				continue
			}
			k, ok := kindNames[fields[0]]
			if !ok || len(fields) < 3 {
				panic("dates: bad lexicon line " + f.name + ":" + strconv.Itoa(ln))
			}
			v, err := strconv.Atoi(fields[1])
			if err != nil {
				panic("dates: bad lexicon value " + f.name + ":" + strconv.Itoa(ln))
			}
			for i, w := range fields[2:] {
				amb := strings.HasSuffix(w, "?")
				w = strings.TrimSuffix(w, "?")
				addWord(w, meaning{kind: k, lang: f.lang, amb: amb, abbr: i > 0, val: int16(v)})
			}
		}
	}
	buildCompounds()
}

func addWord(w string, m meaning) {
	w = strings.ToLower(w)
	i, ok := lexIndex[w]
	if !ok {
		lexEntries = append(lexEntries, entry{})
		i = int32(len(lexEntries) - 1)
		lexIndex[w] = i
	}
	e := &lexEntries[i]
	for _, old := range e.m {
		if old == m {
			return
		}
	}
	e.m = append(e.m, m)
	e.kset |= 1 << m.kind
}

// buildCompounds adds the words Dutch glues together from listed parts, so the
// lists stay short: day prefix or weekday + part of the day (vanavond,
// gisterenmiddag, donderdagavond), and tens + units numbers and ordinals
// (vierentwintig, vierentwintigste, tweeëntwintig).
func buildCompounds() {
	var prefixes, weekdays, parts, units, tens []struct {
		w string
		m meaning
	}
	for w, i := range lexIndex {
		for _, m := range lexEntries[i].m {
			if m.lang != langNL {
				continue
			}
			item := struct {
				w string
				m meaning
			}{w, m}
			switch {
			case m.kind == kDayPrefix:
				prefixes = append(prefixes, item)
			case m.kind == kWeekday && !m.amb && len(w) > 4:
				weekdays = append(weekdays, item)
			case m.kind == kDayPart:
				parts = append(parts, item)
			case m.kind == kCard && m.val < 10 && w != "één":
				units = append(units, item)
			case m.kind == kTens:
				tens = append(tens, item)
			}
		}
	}
	for _, pt := range parts {
		for _, pf := range prefixes {
			addWord(pf.w+pt.w, meaning{kind: kRelDay, lang: langNL, val: pf.m.val, val2: int8(pt.m.val)})
		}
		for _, wd := range weekdays {
			addWord(wd.w+pt.w, meaning{kind: kWeekday, lang: langNL, val: wd.m.val, val2: int8(pt.m.val)})
		}
	}
	for _, t := range tens {
		for _, u := range units {
			n := t.m.val + u.m.val
			glue := "en"
			if strings.HasSuffix(u.w, "e") {
				addWord(u.w+"ë"+"n"+t.w, meaning{kind: kCard, lang: langNL, val: n})
				addWord(u.w+"ë"+"n"+t.w+"ste", meaning{kind: kOrd, lang: langNL, val: n})
			}
			addWord(u.w+glue+t.w, meaning{kind: kCard, lang: langNL, val: n})
			addWord(u.w+glue+t.w+"ste", meaning{kind: kOrd, lang: langNL, val: n})
		}
	}
}

// lookupWord finds the lexicon entry of a word, folding case into a stack
// buffer so that no string is allocated.
func lookupWord(w string) int32 {
	var buf [32]byte
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if n >= len(buf) {
				return 0
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return 0
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return lexIndex[string(buf[:n])]
}

// IsWeekday reports whether w, in any case, names a day of the week in
// Dutch or English, and whether as an abbreviation ("Tue", "di"): for
// other stages that must not take a dateline's weekday for a name. Glued
// forms ("dinsdagavond") and abbreviations that are also ordinary words
// ("Sun", "wed") are not reported.
func IsWeekday(w string) (ok, abbr bool) {
	for _, m := range lexEntries[lookupWord(w)].m {
		if m.kind == kWeekday && m.lang&langAll != 0 && m.val2 == 0 && !m.amb {
			return true, m.abbr
		}
	}
	return false, false
}

// IsMonth reports whether w, in any case, names a month in Dutch or
// English, and whether as an abbreviation ("Mar", "mrt"). Forms that are
// also ordinary words or names count ("May", "Jan"): a caller tells them
// apart by a number beside them, as in "12 Mar 2024".
func IsMonth(w string) (ok, abbr bool) {
	for _, m := range lexEntries[lookupWord(w)].m {
		if m.kind == kMonth && m.lang&langAll != 0 {
			return true, m.abbr
		}
	}
	return false, false
}

// IsMonthName reports whether w, in any case, is the full name of a month
// in a language the lexicon knows ("May", "mei", "April"): for other
// stages that must not take a date's month for a person's given name.
func IsMonthName(w string) bool {
	for _, m := range lexEntries[lookupWord(w)].m {
		if m.kind == kMonth && !m.abbr {
			return true
		}
	}
	return false
}
