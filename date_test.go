package newsdoc

import (
	"errors"
	"testing"
	"time"

	"golang.org/x/text/language"
)

func TestParseDate(t *testing.T) {
	ref := time.Date(2018, 4, 5, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		p    Parser
		in   string
		want string
		prec Precision
		err  error
	}{
		{"day", Parser{}, "05 april 2018", "2018-04-05", PrecisionDay, nil},
		{"month stays a month", Parser{}, "april 2018", "2018-04", PrecisionMonth, nil},
		{"flemish time", Parser{}, "5 april 2018 om 00u54", "2018-04-05T00:54", PrecisionMinute, nil},
		{"flemish time in Brussels", Parser{Location: brusselsForTest(t)}, "5 april 2018 om 00u54", "2018-04-05T00:54+02:00", PrecisionMinute, nil},
		{"winter time in Brussels", Parser{Location: brusselsForTest(t)}, "5 januari 2018 00u54", "2018-01-05T00:54+01:00", PrecisionMinute, nil},
		{"zone in the text wins", Parser{Location: brusselsForTest(t)}, "July 1, 2019 9:20 AM GMT", "2019-07-01T09:20Z", PrecisionMinute, nil},
		{"iso first", Parser{Language: language.Dutch}, "2017-05-10T00:00:00.000+01:00", "2017-05-10T00:00:00.000+01:00", PrecisionFraction, nil},
		{"day first in Dutch", Parser{Language: language.Dutch}, "05/04/18", "2018-04-05", PrecisionDay, nil},
		{"month first in US English", Parser{Language: language.AmericanEnglish}, "04/05/18", "2018-04-05", PrecisionDay, nil},
		{"relative", Parser{Now: ref}, "gisteren", "2018-04-04", PrecisionDay, nil},
		{"range", Parser{}, "13-15 juli 2020", "2020-07-13/2020-07-15", PrecisionDay, nil},
		{"relative without now", Parser{}, "gisteren", "", 0, ErrNoReference},
		{"not a date", Parser{}, "een mooie dag", "", 0, ErrNotDate},
		{"impossible", Parser{}, "31 februari 2018", "", 0, ErrDateRange},
		{"half a date is no date", Parser{}, "5 april 2018 en nog wat", "", 0, ErrNotDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, err := tc.p.ParseDate(tc.in)
			if tc.err != nil {
				var de *DateError
				if !errors.Is(err, tc.err) || !errors.As(err, &de) {
					t.Fatalf("ParseDate(%q) error = %v, want %v in a *DateError", tc.in, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			if w.String() != tc.want || w.Start.Precision != tc.prec {
				t.Errorf("ParseDate(%q) = %s (%s), want %s (%s)", tc.in, w, w.Start.Precision, tc.want, tc.prec)
			}
			if w.Start.Raw != tc.in {
				t.Errorf("raw = %q, want the input", w.Start.Raw)
			}
		})
	}
}

func brusselsForTest(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		t.Skip("no zone database")
	}
	return loc
}

func TestFindDates(t *testing.T) {
	p := Parser{Language: language.Dutch}
	text := "Op 5 april 2018 om 00u54 zei hij dat het do niet zou gebeuren, en ook niet in mei."
	ws := p.FindDates(text)
	if len(ws) != 1 {
		t.Fatalf("FindDates = %v, want one date", ws)
	}
	if got := text[ws[0].Span.Start:ws[0].Span.End]; got != "5 april 2018 om 00u54" || ws[0].String() != "2018-04-05T00:54+02:00" {
		t.Errorf("found %q = %s", got, ws[0])
	}
}

// TestDatesTogether: FindDates and ParseDate read a relative date beside an
// explicit one, and say when they disagree (item 5 of issue 9).
func TestDatesTogether(t *testing.T) {
	p := Parser{Now: time.Date(2016, 10, 1, 9, 0, 0, 0, time.UTC)}
	ws := p.FindDates("De burgemeester zei gisteren, 30 september, dat de werken klaar zijn.")
	if len(ws) != 1 || ws[0].String() != "2016-09-30" || !ws[0].Conflict.IsZero() {
		t.Errorf("FindDates = %v", ws)
	}
	w, err := p.ParseDate("gisteren, 28 september")
	if err != nil || w.String() != "2016-09-28" || w.Conflict.String() != "2016-09-30" {
		t.Errorf("ParseDate = %v (conflict %v), %v; want 2016-09-28 with conflict 2016-09-30", w, w.Conflict, err)
	}
}

// TestAmbiguousHour: the public When says when an hour is a guess (item 17).
func TestAmbiguousHour(t *testing.T) {
	p := Parser{Language: language.Dutch, Location: time.UTC}
	for _, c := range []struct {
		in, want  string
		ambiguous bool
	}{
		{"1 oktober 2016 om half drie", "2016-10-01T14:30Z", true},
		{"1 oktober 2016 om half drie 's nachts", "2016-10-01T02:30Z", false},
	} {
		w, err := p.ParseDate(c.in)
		if err != nil || w.String() != c.want || w.Ambiguous != c.ambiguous {
			t.Errorf("ParseDate(%q) = %s ambiguous=%v (%v)", c.in, w, w.Ambiguous, err)
		}
	}
}
