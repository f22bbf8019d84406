package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestRunDates(t *testing.T) {
	cases := []struct {
		args []string
		in   string
		want string
		code int
	}{
		{[]string{"-lang", "nl"}, "donderdag 5 april 2018 om 14u32\nhallo\n",
			"donderdag 5 april 2018 om 14u32\t2018-04-05T14:32\nhallo\tERROR: dates: offset 0: not a date expression: unexpected \"hallo\" in \"hallo\"\n", 1},
		{[]string{"-ref", "2018-06-06T10:00:00+02:00"}, "vorige week dinsdag\n", "vorige week dinsdag\t2018-05-29\n", 0},
		{[]string{"-lang", "en-US"}, "05/04/18\n", "05/04/18\t2018-05-04\n", 0},
		{[]string{"-tz", "Europe/Brussels"}, "5 april 2018 14:30\n", "5 april 2018 14:30\t2018-04-05T14:30+02:00\n", 0},
		{[]string{"-search", "-lang", "nl"}, "BRUSSEL 05/04/18 - 00u54 De regering\nniets\n",
			"BRUSSEL 05/04/18 - 00u54 De regering\t2018-04-05T00:54\t05/04/18 - 00u54\nniets\tERROR: no date found\n", 1},
		{[]string{"-ref", "gisteren"}, "", "", 2},
		{[]string{"-lang", "fr"}, "", "", 2},
		{[]string{"extra"}, "", "", 2},
	}
	for _, c := range cases {
		var out, errOut bytes.Buffer
		code := runDates(c.args, strings.NewReader(c.in), &out, &errOut)
		if code != c.code || out.String() != c.want {
			t.Errorf("runDates(%q) = %d %q (stderr %q), want %d %q", c.args, code, out.String(), errOut.String(), c.code, c.want)
		}
	}
	var out, errOut bytes.Buffer
	if code := runDates([]string{"-h"}, strings.NewReader(""), &out, &errOut); code != 0 || !strings.Contains(errOut.String(), "Usage: newsdoc dates") {
		t.Errorf("-h: %d %q", code, errOut.String())
	}
}

// TestDatesFlags: -ref in ISO 8601 forms, -tz as an offset, the BOM, blank
// lines, the exit status and -all (items 11 and 12 of issue 9).
func TestDatesFlags(t *testing.T) {
	cases := []struct {
		name   string
		args   []string
		in     string
		want   string
		code   int
		stderr string
	}{
		{"ref date", []string{"-ref", "2016-10-01"}, "gisteren\n", "gisteren\t2016-09-30\n", 0, ""},
		{"ref T minute", []string{"-ref", "2016-10-01T08:00"}, "3 uur geleden\n", "3 uur geleden\t2016-10-01T05:00\n", 0, ""},
		{"ref space minute", []string{"-ref", "2016-10-01 08:00"}, "gisteren\n", "gisteren\t2016-09-30\n", 0, ""},
		{"ref with offset", []string{"-ref", "2016-10-01T08:00+02:00"}, "3 uur geleden\n", "3 uur geleden\t2016-10-01T05:00\n", 0, ""},
		{"ref with -tz", []string{"-ref", "2016-10-01 08:00", "-tz", "+02:00"}, "3 uur geleden\n", "3 uur geleden\t2016-10-01T05:00\n", 0, ""},
		{"tz offset", []string{"-tz", "+02:00"}, "5 april 2018 14:30\n", "5 april 2018 14:30\t2018-04-05T14:30+02:00\n", 0, ""},
		{"tz offset without colon", []string{"-tz", "-0500"}, "5 april 2018 14:30\n", "5 april 2018 14:30\t2018-04-05T14:30-05:00\n", 0, ""},
		{"bad ref", []string{"-ref", "gisteren"}, "", "", 2, `-ref "gisteren": not an ISO 8601 date or time; use e.g. 2016-10-01`},
		{"bad tz", []string{"-tz", "+25:00"}, "", "", 2, "-tz"},
		{"bom", []string{"-lang", "nl"}, "\ufeff5 april 2018\n", "5 april 2018\t2018-04-05\n", 0, ""},
		{"blank lines", []string{"-lang", "nl"}, "5 april 2018\n\n  \n6 april 2018\n", "5 april 2018\t2018-04-05\n\n\n6 april 2018\t2018-04-06\n", 0, ""},
		{"failed line", nil, "5 april 2018\nxyz\n", "5 april 2018\t2018-04-05\nxyz\tERROR: dates: offset 0: not a date expression: unexpected \"xyz\" in \"xyz\"\n", 1, ""},
		{"search all", []string{"-search", "-all", "-lang", "nl"}, "Open op 5 april 2018, dicht op 6 mei 2019.\n",
			"Open op 5 april 2018, dicht op 6 mei 2019.\t2018-04-05\t5 april 2018\nOpen op 5 april 2018, dicht op 6 mei 2019.\t2019-05-06\t6 mei 2019\n", 0, ""},
		{"all without search", []string{"-all"}, "", "", 2, "-all needs -search"},
		{"relative beside explicit", []string{"-ref", "2016-10-01"}, "gisteren, 30 september\ngisteren, 28 september\n",
			"gisteren, 30 september\t2016-09-30\ngisteren, 28 september\t2016-09-28\tWARNING: the relative date gives 2016-09-30; the explicit date is kept\n", 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := runDates(c.args, strings.NewReader(c.in), &out, &errOut)
			if code != c.code || out.String() != c.want || !strings.Contains(errOut.String(), c.stderr) {
				t.Errorf("runDates(%q) = %d %q (stderr %q), want %d %q %q", c.args, code, out.String(), errOut.String(), c.code, c.want, c.stderr)
			}
		})
	}
}

// TestParseRef: a -ref without an offset is in -tz, one with an offset
// keeps it.
func TestParseRef(t *testing.T) {
	plus2 := time.FixedZone("+02:00", 2*3600)
	cases := []struct {
		in   string
		loc  *time.Location
		want time.Time
	}{
		{"2016-10-01", nil, time.Date(2016, 10, 1, 0, 0, 0, 0, time.UTC)},
		{"2016-10-01T08:00", plus2, time.Date(2016, 10, 1, 8, 0, 0, 0, plus2)},
		{"2016-10-01 08:00", plus2, time.Date(2016, 10, 1, 8, 0, 0, 0, plus2)},
		{"2016-10-01T08:00:30Z", plus2, time.Date(2016, 10, 1, 8, 0, 30, 0, time.UTC)},
		{"2016-10-01 08:00-05:00", plus2, time.Date(2016, 10, 1, 13, 0, 0, 0, time.UTC)},
		{"2016-10-01T08:00:00.5+0100", nil, time.Date(2016, 10, 1, 7, 0, 0, 5e8, time.UTC)},
	}
	for _, c := range cases {
		got, err := parseRef(c.in, c.loc)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("parseRef(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
}
