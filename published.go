package newsdoc

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc/internal/dates"
	"github.com/newsdoc/newsdoc/internal/layout"
)

// Errors that ParseDate wraps in a *DateError.
var (
	ErrNotDate     = dates.ErrSyntax   // the text is not a date expression
	ErrNoReference = dates.ErrRelative // a relative date ("gisteren") with a zero Parser.Now
	ErrDateRange   = dates.ErrRange    // a date or time that does not exist (31 februari)
)

// DateError reports a date expression that could not be read.
type DateError struct {
	Input  string
	Offset int // byte offset in Input of what was not understood
	Err    error
}

func (e *DateError) Error() string {
	return fmt.Sprintf("newsdoc: date %q: offset %d: %v", e.Input, e.Offset, e.Err)
}

func (e *DateError) Unwrap() error { return e.Err }

// When is a date, or a range of dates, read from text.
type When struct {
	Span  Span // where it was found in the text searched; the whole input for ParseDate
	Start Date
	End   Date // zero unless the text gives a range ("13-15 juli", "8pm - 11")
	// Conflict is zero unless the text gives a relative date beside an
	// explicit one ("gisteren, 30 september", "yesterday, September 30")
	// and, against Parser.Now, the two disagree. Start is then the
	// explicit date and Conflict the relative reading. Where they agree,
	// Start is the date and Conflict is zero.
	Conflict Date
	// Ambiguous reports a time of day written on a 12-hour clock with no
	// part of the day ("om half drie", "om drie uur"): an hour from 1 to 6
	// is read as the afternoon's (14:30), 7 to 11 as the morning's, and
	// either may be wrong. "'s nachts", "'s middags", "p.m." decide it.
	Ambiguous bool
}

// String formats w as ISO 8601, a range as "start/end".
func (w When) String() string {
	if w.End.IsZero() {
		return w.Start.String()
	}
	return w.Start.String() + "/" + w.End.String()
}

// ParseDate reads s as one date expression, in Dutch or English, with the
// zero Parser: "05 april 2018", "donderdag 5 apr. 2018 om 14u32", "Thursday,
// April 5, 2018 9:20 AM GMT", "05/04/18 - 00u54", "2018-04".
func ParseDate(s string) (When, error) { return new(Parser).ParseDate(s) }

// ParseDate reads s as one date expression. Relative expressions
// ("gisteren", "3 days ago") are read against p.Now; a time without a zone
// gets the offset of p.Location at that time, by the same rule as in
// articles (see [Parser.Location]): with a nil Location, Brussels time when
// p.Language is Dutch, else none.
// A bare weekday read on its own ("dinsdag") is the next such day after
// p.Now; in running text use [Parser.FindDates], which reads the tense.
func (p *Parser) ParseDate(s string) (When, error) {
	r, err := dates.Parse(s, p.dateOptions(p.Language, p.location(p.Language)))
	if err != nil {
		var de *dates.Error
		if errors.As(err, &de) {
			return When{}, &DateError{Input: s, Offset: de.Offset, Err: de.Err}
		}
		return When{}, &DateError{Input: s, Err: err}
	}
	a, b := trimSpace(s)
	return when(r, s[a:b], Span{a, b}), nil
}

// FindDates returns the date expressions in running text s, in order.
// Words that are also ordinary words ("do", "may", "march") are not dates
// on their own. A bare weekday ("Hij zei dinsdag dat …", "on Tuesday") is
// the closest such day in the tense of its sentence: in a past-tense
// sentence the most recent one (p.Now's day included), in a future one
// ("zal", "will") the next one, and otherwise the closest. For news, set
// p.Now to the publication time.
func (p *Parser) FindDates(s string) []When {
	var out []When
	for _, m := range dates.FindAll(s, p.dateOptions(p.Language, p.location(p.Language))) {
		out = append(out, when(m.Result, s[m.Start:m.End], Span{m.Start, m.End}))
	}
	return out
}

func when(r dates.Result, raw string, s Span) When {
	w := When{Span: s, Start: fromValue(r.Start, raw)}
	if r.Conflict.Precision != dates.PrecisionNone {
		w.Conflict = fromValue(r.Conflict, raw)
	}
	w.Ambiguous = r.Ambiguous
	if r.IsRange {
		w.End = fromValue(r.End, raw)
	}
	return w
}

func trimSpace(s string) (int, int) {
	a := len(s) - len(strings.TrimLeft(s, " \t\r\n"))
	b := len(strings.TrimRight(s, " \t\r\n"))
	if b < a {
		b = a
	}
	return a, b
}

// location is the zone of times written without one, in a text of
// language lang: p.Location, or when it is nil Brussels time for Dutch
// (Belgian and Dutch news use it) and none for other languages.
func (p *Parser) location(lang language.Tag) *time.Location {
	if p.Location == nil && isDutch(lang) {
		return dates.Brussels()
	}
	return p.Location
}

func (p *Parser) dateOptions(lang language.Tag, loc *time.Location) dates.Options {
	o := dates.Options{Ref: p.Now, Location: loc}
	if lang != language.Und {
		o.Lang = lang.String()
	}
	return o
}

// published reads the publication date of d: its date text, with its time
// text added, or else the coarser header date.
// It also returns the spans of the text it was read from, in source order.
//
// The spans are appended to buf (empty, with room the caller provides);
// nil is returned when there are none.
func (p *Parser) published(src string, d *layout.Doc, lang language.Tag, loc *time.Location, buf []Span) (Date, []Span) {
	o := p.dateOptions(lang, loc)
	o.Ref = time.Time{} // a publication date is never relative to now
	var out Date
	var spans []Span
	dateEnd := d.DateText.End // where the date read ends
	if !d.DateText.IsZero() {
		text := src[d.DateText.Start:d.DateText.End]
		if r, ok := dates.Read(text, o); ok {
			out = fromValue(r.Start, text)
			spans = append(buf, Span(d.DateText))
		} else if m, ok := dates.Find(text, o); ok {
			out = fromValue(m.Result.Start, text[m.Start:m.End])
			dateEnd = d.DateText.Start + m.End
			spans = append(buf, Span{d.DateText.Start + m.Start, dateEnd})
		}
	}
	if out.IsZero() && !d.Header.IsZero() {
		text := src[d.Header.Start:d.Header.End]
		if r, ok := dates.Read(text, o); ok {
			out = fromValue(r.Start, text)
			spans = append(buf, Span(d.Header))
		}
	}
	if d.TimeText.IsZero() && out.Precision == PrecisionDay && !d.DateText.IsZero() {
		// A time later on the date line: "Nieuwsbericht | 26-02-2018 | 10:23".
		end := dateEnd
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		rest := src[dateEnd:end]
		for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == '|' || r == ',' || r == ';' }) {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			if r, ok := dates.Read(out.Raw+" "+part, o); ok && r.Start.Precision > dates.PrecisionDay {
				out = fromValue(r.Start, out.Raw+" "+part)
				at := dateEnd + strings.Index(rest, part)
				if spans == nil {
					spans = buf
				}
				spans = append(spans, Span{at, at + len(part)})
				break
			}
		}
	}
	if !d.TimeText.IsZero() && out.Precision == PrecisionDay {
		// The date and the time stand apart ("05 april 2018" … "00u54"):
		// read them as one expression.
		t := src[d.TimeText.Start:d.TimeText.End]
		raw := out.Raw + " " + t
		if r, ok := dates.Read(raw, o); ok && r.Start.Precision > dates.PrecisionDay {
			out = fromValue(r.Start, raw)
			if spans == nil {
				spans = buf
			}
			spans = append(spans, Span(d.TimeText))
			// A stable sort by start, with no closure or reflection.
			slices.SortStableFunc(spans, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
		}
	}
	return out, spans
}
