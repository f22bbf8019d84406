package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsdoc/newsdoc/internal/dates"
)

// parseFlags parses args with flags anywhere among the other arguments,
// as Go tools do: "parse a.txt -runes" sets -runes. "--" ends the flags;
// everything after it is an argument, and "-" is an argument (standard
// input).
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		used := args[:len(args)-len(left)]
		if n := len(used); n > 0 && used[n-1] == "--" && !isFlagValue(fs, used[:n-1]) {
			return append(rest, left...), nil
		}
		if len(left) == 0 {
			return rest, nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// isFlagValue reports whether the argument after used is the value of the
// last flag in used ("-ext --"), not a flag of its own.
func isFlagValue(fs *flag.FlagSet, used []string) bool {
	if len(used) == 0 {
		return false
	}
	last := used[len(used)-1]
	if !strings.HasPrefix(last, "-") || strings.Contains(last, "=") || last == "--" {
		return false
	}
	f := fs.Lookup(strings.TrimLeft(last, "-"))
	if f == nil {
		return false
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return false
	}
	return true
}

// loadZone reads -tz: an IANA zone name or a fixed UTC offset ("+02:00",
// "+0200", "-05", "Z", "UTC"). Europe/Brussels also works on machines
// without a zone database.
func loadZone(name string) (*time.Location, error) {
	switch name {
	case "Europe/Brussels":
		return dates.Brussels(), nil
	case "Z", "UTC", "utc":
		return time.UTC, nil
	}
	if name != "" && (name[0] == '+' || name[0] == '-') {
		if off, ok := parseOffset(name[1:]); ok {
			if name[0] == '-' {
				off = -off
			}
			return time.FixedZone(name, off), nil
		}
		return nil, fmt.Errorf("%q is not a UTC offset (want e.g. +02:00 or -0500)", name)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("unknown zone %q (want an IANA name such as Europe/Amsterdam, or an offset such as +02:00)", name)
	}
	return loc, nil
}

// parseOffset reads "02:00", "0200" or "02" as seconds.
func parseOffset(s string) (int, bool) {
	s = strings.Replace(s, ":", "", 1)
	if len(s) != 2 && len(s) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, false
	}
	h, m := n, 0
	if len(s) == 4 {
		h, m = n/100, n%100
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	return h*3600 + m*60, true
}

// refLayouts are the ISO 8601 forms -ref accepts, with the zone part
// tried separately.
var refLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
}

const refExample = "2016-10-01, 2016-10-01T08:00, 2016-10-01 08:00 or 2018-06-06T10:00:00+02:00"

// parseRef reads -ref: an ISO 8601 date, or date and time, with or
// without a UTC offset; without one the time is in loc (UTC when nil).
func parseRef(s string, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	s = strings.TrimSpace(s)
	for _, l := range refLayouts {
		for _, z := range []string{"Z07:00", "Z0700", ""} {
			if z == "" {
				if t, err := time.ParseInLocation(l, s, loc); err == nil {
					return t, nil
				}
				continue
			}
			if t, err := time.Parse(l+z, s); err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("-ref %q: not an ISO 8601 date or time; use e.g. %s", s, refExample)
}

// validLang checks -lang for both commands: one rule, one message.
func validLang(s string) error {
	switch strings.ToLower(s) {
	case "", "nl", "en", "en-us", "en-gb":
		return nil
	}
	return fmt.Errorf("-lang %q: want nl, en, en-US or en-GB", s)
}
