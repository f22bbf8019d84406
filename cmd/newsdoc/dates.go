package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsdoc/newsdoc/internal/dates"
)

const datesUsage = `Usage: newsdoc dates [-lang nl|en|en-US|en-GB] [-ref TIME] [-tz ZONE] [-search]

Reads one date expression per line on standard input and prints
  input<TAB>result          result in ISO 8601 at the precision the text gave
  input<TAB>ERROR: message  when the line is not one date expression
With -search each line is running text and the first date expression in it is
reported as input<TAB>result<TAB>matched text (or input<TAB>ERROR: no date found).

A range prints as start/end with an inclusive end. Relative expressions
(gisteren, 3 days ago, a date without a year) need -ref.

Examples:
  echo "donderdag 5 april 2018 om 14u32" | newsdoc dates -lang nl
  echo "vorige week dinsdag" | newsdoc dates -ref 2018-06-06T10:00:00+02:00
  newsdoc dates -search -tz Europe/Brussels < headlines.txt

Flags:
`

// runDates is the "newsdoc dates" command.
func runDates(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dates", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", `language: nl, en, en-US (numeric dates month first), en-GB; empty reads Dutch and English, day first`)
	ref := fs.String("ref", "", "reference time for relative expressions, RFC 3339 (2018-06-06T10:00:00+02:00)")
	tz := fs.String("tz", "", "IANA zone for times without a zone in the text (Europe/Brussels works without a zone database)")
	search := fs.Bool("search", false, "find the first date expression in each line of running text")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), datesUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "newsdoc dates: unexpected argument %q (expressions are read from standard input)\n", fs.Arg(0))
		return 2
	}
	o := dates.Options{Lang: *lang}
	switch strings.ToLower(*lang) {
	case "", "nl", "en", "en-us", "en-gb":
	default:
		fmt.Fprintf(stderr, "newsdoc dates: unknown -lang %q (want nl, en, en-US or en-GB)\n", *lang)
		return 2
	}
	if *ref != "" {
		t, err := time.Parse(time.RFC3339Nano, *ref)
		if err != nil {
			fmt.Fprintf(stderr, "newsdoc dates: -ref: %v\n", err)
			return 2
		}
		o.Ref = t
	}
	if *tz != "" {
		loc, err := loadZone(*tz)
		if err != nil {
			fmt.Fprintf(stderr, "newsdoc dates: -tz: %v\n", err)
			return 2
		}
		o.Location = loc
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if *search {
			if m, ok := dates.Find(line, o); ok {
				fmt.Fprintf(out, "%s\t%s\t%s\n", line, m.Result, line[m.Start:m.End])
			} else {
				fmt.Fprintf(out, "%s\tERROR: no date found\n", line)
			}
			continue
		}
		r, err := dates.Parse(line, o)
		if err != nil {
			fmt.Fprintf(out, "%s\tERROR: %v\n", line, err)
			continue
		}
		fmt.Fprintf(out, "%s\t%s\n", line, r)
	}
	if err := sc.Err(); err != nil {
		out.Flush()
		fmt.Fprintf(stderr, "newsdoc dates: reading input: %v\n", err)
		return 1
	}
	return 0
}
