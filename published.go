package newsdoc

import (
	"strings"
	"time"
	_ "time/tzdata" // Brussels time must work on machines without a zone database

	"github.com/newsdoc/newsdoc/internal/layout"
)

// brussels is the zone of Dutch and Flemish sources (Amsterdam has had the
// same offsets since 1977).
var brussels = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		return nil
	}
	return loc
}()

// published assembles the publication date of d from its date text, its
// time text and its header date, in that order of preference.
func published(src string, d *layout.Doc, lang string, loc *time.Location) Date {
	var out Date
	if !d.DateText.IsZero() {
		out = readDate(src[d.DateText.Start:d.DateText.End])
	}
	if out.IsZero() && !d.Header.IsZero() {
		out = readDate(src[d.Header.Start:d.Header.End])
	}
	if out.IsZero() {
		return out
	}
	if !d.TimeText.IsZero() && out.Precision == PrecisionDay {
		raw := src[d.TimeText.Start:d.TimeText.End]
		if h, m, ok := readClock(raw); ok {
			out.Hour, out.Minute, out.Precision = h, m, PrecisionMinute
			out.Raw += " " + raw
		}
	}
	if out.Precision >= PrecisionHour && !out.HasOffset && loc != nil {
		t := time.Date(out.Year, time.Month(out.Month), out.Day, out.Hour, out.Minute, out.Second, 0, loc)
		_, out.Offset = t.Zone()
		out.HasOffset = true
	}
	return out
}

var monthNames = map[string]int{
	"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
	"augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
	"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
	"jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"okt": 10, "oct": 10, "nov": 11, "dec": 12,
}

// readDate reads the first date in s: "05 april 2018", "Thursday, January
// 10, 2019", "Nieuwsbericht | 26-02-2018 | 10:23", "2018-04". A time on the
// same line is taken too.
func readDate(s string) Date {
	d := Date{Raw: strings.TrimSpace(s)}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '\t' })
	var day, month, year int
	for i, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if m, ok := monthNames[lw]; ok && month == 0 {
			month = m
			if i > 0 && isNum(words[i-1], 1, 2) {
				day = atoi(words[i-1])
			} else if i+1 < len(words) && isNum(strings.TrimRight(words[i+1], "thstndr"), 1, 2) {
				day = atoi(strings.TrimRight(words[i+1], "thstndr"))
			}
			continue
		}
		if isNum(w, 4, 4) && year == 0 {
			year = atoi(w)
			continue
		}
		if p := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' || r == '.' }); len(p) == 3 && year == 0 {
			switch {
			case isNum(p[0], 4, 4) && isNum(p[1], 1, 2) && isNum(p[2], 1, 2):
				year, month, day = atoi(p[0]), atoi(p[1]), atoi(p[2])
			case isNum(p[0], 1, 2) && isNum(p[1], 1, 2) && isNum(p[2], 4, 4):
				day, month, year = atoi(p[0]), atoi(p[1]), atoi(p[2])
			}
			continue
		}
		if p := strings.Split(w, "-"); len(p) == 2 && isNum(p[0], 4, 4) && isNum(p[1], 2, 2) && year == 0 {
			year, month = atoi(p[0]), atoi(p[1])
			continue
		}
		if h, m, ok := readClock(w); ok && d.Precision == PrecisionNone && year != 0 && day != 0 {
			d.Hour, d.Minute, d.Precision = h, m, PrecisionMinute
		}
	}
	if year == 0 || month > 12 || day > 31 {
		return Date{}
	}
	d.Year, d.Month, d.Day = year, month, day
	switch {
	case d.Precision == PrecisionMinute:
	case month == 0:
		d.Precision = PrecisionYear
	case day == 0:
		d.Precision = PrecisionMonth
	default:
		d.Precision = PrecisionDay
	}
	return d
}

func readClock(w string) (h, m int, ok bool) {
	for _, sep := range []byte{'u', 'h', ':'} {
		i := strings.IndexByte(w, sep)
		if i >= 1 && i <= 2 && len(w)-i-1 == 2 && isNum(w[:i], 1, 2) && isNum(w[i+1:], 2, 2) {
			h, m = atoi(w[:i]), atoi(w[i+1:])
			return h, m, h < 24 && m < 60
		}
	}
	return 0, 0, false
}

func isNum(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
