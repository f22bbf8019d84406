// Package bench compares newsdoc's date parser with go-dateparser and
// dateparse on the same inputs. It is a separate module so that the library
// does not depend on them. See README.md.
package bench

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/araddon/dateparse"
	dp "github.com/markusmobius/go-dateparser"
	"github.com/newsdoc/newsdoc/internal/dates"
)

// ref is the reference time for relative inputs.
var ref = time.Date(2018, 6, 6, 10, 15, 0, 0, time.UTC)

// sample is one input with the value a reader takes from it.
type sample struct {
	family, lang, in, want string
}

var samples = []sample{
	{"nl-day-month-year", "nl", "donderdag 5 april 2018", "2018-04-05"},
	{"nl-day-month-year", "nl", "5 apr. 2018", "2018-04-05"},
	{"nl-day-month-year", "nl", "23 MRT. 2022", "2022-03-23"},
	{"nl-day-month-year", "nl", "1 mei 2015 vrijdag", "2015-05-01"},
	{"nl-day-month-year", "nl", "31ste maart 2016", "2016-03-31"},
	{"nl-day-month-year", "nl", "05-mrt-2018", "2018-03-05"},
	{"en-day-month-year", "en", "Thursday, April 5, 2018", "2018-04-05"},
	{"en-day-month-year", "en", "April 5th, 2018", "2018-04-05"},
	{"en-day-month-year", "en", "Sept. 11, 2001", "2001-09-11"},
	{"en-day-month-year", "en", "23 Mar. 2020", "2020-03-23"},
	{"numeric", "nl", "05/04/18", "2018-04-05"},
	{"numeric", "nl", "5-4-2018", "2018-04-05"},
	{"numeric", "nl", "05.04.2018", "2018-04-05"},
	{"numeric", "en-US", "12/25/2018", "2018-12-25"},
	{"iso-rfc", "en", "2017-05-10T00:00:00.000+01:00", "2017-05-10T00:00:00.000+01:00"},
	{"iso-rfc", "en", "2018-04-05 14:30", "2018-04-05T14:30"},
	{"iso-rfc", "en", "Thu, 05 Apr 2018 00:54:00 +0200", "2018-04-05T00:54:00+02:00"},
	{"date-time", "nl", "05-04-18, 00:54", "2018-04-05T00:54"},
	{"date-time", "nl", "5 april 2018 om 14u32", "2018-04-05T14:32"},
	{"date-time", "nl", "05/04/18 - 00u54", "2018-04-05T00:54"},
	{"date-time", "nl", "5 april 2018 14.30 uur", "2018-04-05T14:30"},
	{"date-time", "en", "July 1, 2019 9:20 AM GMT", "2019-07-01T09:20Z"},
	{"date-time", "en", "April 9, 2013 at 6:11 a.m.", "2013-04-09T06:11"},
	{"prefixed", "nl", "Gepubliceerd op 5 april 2018", "2018-04-05"},
	{"prefixed", "en", "Updated: April 5, 2018", "2018-04-05"},
	{"partial", "nl", "april 2018", "2018-04"},
	{"partial", "en", "September 2012", "2012-09"},
	{"relative", "nl", "gisteren", "2018-06-05"},
	{"relative", "nl", "3 dagen geleden", "2018-06-03"},
	{"relative", "nl", "vorige week dinsdag", "2018-05-29"},
	{"relative", "en", "yesterday", "2018-06-05"},
	{"relative", "en", "3 days ago", "2018-06-03"},
	{"relative", "en", "last Tuesday", "2018-06-05"},
	{"time", "nl", "om 17u10", "2018-06-06T17:10"},
	{"time", "en", "at 3:30 pm", "2018-06-06T15:30"},
}

func newsdocParse(s sample) string {
	r, err := dates.Parse(s.in, dates.Options{Lang: s.lang, Ref: ref})
	if err != nil {
		return "error"
	}
	return r.String()
}

func dpConfig(lang string) *dp.Configuration {
	cfg := &dp.Configuration{CurrentTime: ref, DefaultTimezone: time.UTC}
	switch lang {
	case "nl":
		cfg.Languages = []string{"nl"}
		cfg.DateOrder = dp.DMY
	case "en-US":
		cfg.Languages = []string{"en"}
		cfg.DateOrder = dp.MDY
	default:
		cfg.Languages = []string{"en"}
		cfg.DateOrder = dp.DMY
	}
	return cfg
}

func goDateparserParse(s sample, cfg *dp.Configuration) string {
	d, err := dp.Parse(cfg, s.in)
	if err != nil {
		return "error"
	}
	return formatLike(d.Time, s.want)
}

func dateparseParse(s sample) string {
	t, err := dateparse.ParseIn(s.in, time.UTC, dateparse.PreferMonthFirst(s.lang == "en-US"))
	if err != nil {
		return "error"
	}
	return formatLike(t, s.want)
}

// formatLike prints t at the precision of want, with an offset when want has
// one. The other parsers return a time.Time without a precision, so they get
// the benefit of the doubt on the precision.
func formatLike(t time.Time, want string) string {
	layouts := []string{"2006", "2006-01", "2006-01-02", "2006-01-02T15", "2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02T15:04:05.000"}
	body, zone := want, ""
	if i := strings.IndexByte(want, 'T'); i >= 0 {
		if j := strings.IndexAny(want[i:], "Z+-"); j >= 0 {
			body, zone = want[:i+j], want[i+j:]
		}
	}
	layout := layouts[0]
	for _, l := range layouts {
		if len(l) == len(body) {
			layout = l
		}
	}
	if zone != "" {
		layout += "Z07:00"
	}
	return t.Format(layout)
}

// TestCorrectnessTable prints each parser's reading next to the expected one
// (go test -v -run TestCorrectnessTable).
func TestCorrectnessTable(t *testing.T) {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "input\twant\tnewsdoc\tgo-dateparser\tdateparse")
	var ok [3]int
	for _, s := range samples {
		got := [3]string{newsdocParse(s), goDateparserParse(s, dpConfig(s.lang)), dateparseParse(s)}
		row := []string{s.in, s.want}
		for i, g := range got {
			mark := "✗"
			if g == s.want {
				mark = "✓"
				ok[i]++
			}
			row = append(row, mark+" "+g)
		}
		fmt.Fprintln(w, strings.Join(row, "\t"))
	}
	fmt.Fprintf(w, "correct\t%d\t%d\t%d\t%d\n", len(samples), ok[0], ok[1], ok[2])
	w.Flush()
	if ok[0] != len(samples) {
		t.Errorf("newsdoc read %d of %d samples right", ok[0], len(samples))
	}
}

func families() []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range samples {
		if !seen[s.family] {
			seen[s.family] = true
			out = append(out, s.family)
		}
	}
	return out
}

func bench(b *testing.B, parse func(s sample) string) {
	for _, fam := range families() {
		var set []sample
		n := 0
		for _, s := range samples {
			if s.family == fam {
				set = append(set, s)
				n += len(s.in)
			}
		}
		b.Run(fam, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(n / len(set)))
			i := 0
			for b.Loop() {
				parse(set[i%len(set)])
				i++
			}
		})
	}
}

func BenchmarkNewsdoc(b *testing.B) {
	bench(b, func(s sample) string {
		dates.Parse(s.in, dates.Options{Lang: s.lang, Ref: ref})
		return ""
	})
}

func BenchmarkGoDateparser(b *testing.B) {
	cfgs := map[string]*dp.Configuration{}
	for _, l := range []string{"nl", "en", "en-US"} {
		cfgs[l] = dpConfig(l)
	}
	bench(b, func(s sample) string {
		dp.Parse(cfgs[s.lang], s.in)
		return ""
	})
}

func BenchmarkDateparse(b *testing.B) {
	bench(b, func(s sample) string {
		dateparse.ParseIn(s.in, time.UTC, dateparse.PreferMonthFirst(s.lang == "en-US"))
		return ""
	})
}
