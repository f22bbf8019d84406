package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/newsdoc/newsdoc/internal/dates"
)

const datesUsage = `Usage: newsdoc dates [-lang nl|en|en-US|en-GB] [-ref TIME] [-tz ZONE] [-search [-all]]

Reads one date expression per line on standard input and prints
  input<TAB>result          result in ISO 8601 at the precision the text gave
  input<TAB>ERROR: message  when the line is not one date expression
When a relative date beside an explicit one disagrees with it ("gisteren,
28 september" with -ref 2016-10-01), the explicit date is printed and a
column "WARNING: the relative date gives …" is added; a spoken time on a
12-hour clock with no part of the day ("om half drie": 14:30) gets a
WARNING column too.
With -search each line is running text and the first date expression in it is
reported as input<TAB>result<TAB>matched text (or input<TAB>ERROR: no date found);
with -all as well, every date expression in it, one output line each.
A blank line is copied as a blank line. The exit status is 1 when any line
failed.

A range prints as start/end with an inclusive end. Relative expressions
(gisteren, 3 days ago, a date without a year) need -ref.

Examples:
  echo "donderdag 5 april 2018 om 14u32" | newsdoc dates -lang nl
  echo "vorige week dinsdag" | newsdoc dates -ref 2018-06-06
  newsdoc dates -search -all -tz +02:00 < headlines.txt

Flags:
`

// runDates is the "newsdoc dates" command.
func runDates(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dates", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", `language: nl, en, en-US (numeric dates month first), en-GB; empty reads Dutch and English, day first`)
	ref := fs.String("ref", "", "reference time for relative expressions, ISO 8601: "+refExample+";\nwithout an offset it is in -tz")
	tz := fs.String("tz", "", "zone for times without a zone in the text: an IANA name (Europe/Brussels works\nwithout a zone database) or an offset such as +02:00")
	search := fs.Bool("search", false, "find the first date expression in each line of running text")
	all := fs.Bool("all", false, "with -search, report every date expression in a line")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), datesUsage)
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "newsdoc dates: unexpected argument %q (expressions are read from standard input)\n", rest[0])
		return 2
	}
	if *all && !*search {
		fmt.Fprintln(stderr, "newsdoc dates: -all needs -search")
		return 2
	}
	if err := validLang(*lang); err != nil {
		fmt.Fprintf(stderr, "newsdoc dates: %v\n", err)
		return 2
	}
	o := dates.Options{Lang: *lang}
	if *tz != "" {
		loc, err := loadZone(*tz)
		if err != nil {
			fmt.Fprintf(stderr, "newsdoc dates: -tz: %v\n", err)
			return 2
		}
		o.Location = loc
	}
	if *ref != "" {
		t, err := parseRef(*ref, o.Location)
		if err != nil {
			fmt.Fprintf(stderr, "newsdoc dates: %v\n", err)
			return 2
		}
		o.Ref = t
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	failed := false
	for first := true; sc.Scan(); first = false {
		line := strings.TrimRight(sc.Text(), "\r")
		if first {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" {
			out.WriteString("\n")
			continue
		}
		if *search {
			ms := dates.FindAll(line, o)
			if len(ms) == 0 {
				fmt.Fprintf(out, "%s\tERROR: no date found\n", line)
				failed = true
				continue
			}
			if !*all {
				ms = ms[:1]
			}
			for _, m := range ms {
				fmt.Fprintf(out, "%s\t%s\t%s%s\n", line, m.Result, line[m.Start:m.End], conflictNote(m.Result))
			}
			continue
		}
		r, err := dates.Parse(line, o)
		if err != nil {
			fmt.Fprintf(out, "%s\tERROR: %v\n", line, err)
			failed = true
			continue
		}
		fmt.Fprintf(out, "%s\t%s%s\n", line, r, conflictNote(r))
	}
	if err := sc.Err(); err != nil {
		out.Flush()
		fmt.Fprintf(stderr, "newsdoc dates: reading input: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// conflictNote is the column added when a relative date beside an explicit
// one disagrees with it.
func conflictNote(r dates.Result) string {
	note := ""
	if r.Conflict.Precision != dates.PrecisionNone {
		note += fmt.Sprintf("\tWARNING: the relative date gives %s; the explicit date is kept", r.Conflict)
	}
	if r.Ambiguous {
		note += "\tWARNING: a 12-hour time without a part of the day; the hour is a guess"
	}
	return note
}
