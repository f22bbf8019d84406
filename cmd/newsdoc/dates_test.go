package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunDates(t *testing.T) {
	cases := []struct {
		args []string
		in   string
		want string
		code int
	}{
		{[]string{"-lang", "nl"}, "donderdag 5 april 2018 om 14u32\nhallo\n",
			"donderdag 5 april 2018 om 14u32\t2018-04-05T14:32\nhallo\tERROR: dates: offset 0: not a date expression: unexpected \"hallo\" in \"hallo\"\n", 0},
		{[]string{"-ref", "2018-06-06T10:00:00+02:00"}, "vorige week dinsdag\n", "vorige week dinsdag\t2018-05-29\n", 0},
		{[]string{"-lang", "en-US"}, "05/04/18\n", "05/04/18\t2018-05-04\n", 0},
		{[]string{"-tz", "Europe/Brussels"}, "5 april 2018 14:30\n", "5 april 2018 14:30\t2018-04-05T14:30+02:00\n", 0},
		{[]string{"-search", "-lang", "nl"}, "BRUSSEL 05/04/18 - 00u54 De regering\nniets\n",
			"BRUSSEL 05/04/18 - 00u54 De regering\t2018-04-05T00:54\t05/04/18 - 00u54\nniets\tERROR: no date found\n", 0},
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
