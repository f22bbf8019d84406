package dates

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/internal/sharedtest"
)

// The conformance suite lives outside the project (shared/conformance/dates,
// rows written by other projects under their own licences); it is read at
// test time and never copied. See its README for the columns.

func conformanceDir(t *testing.T) string {
	return sharedtest.Dir(t, "conformance", "dates")
}

func readTSV(t *testing.T, path string) []map[string]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var head []string
	var rows []map[string]string
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if head == nil {
			head = cols
			continue
		}
		row := map[string]string{}
		for i, h := range head {
			if i < len(cols) {
				row[h] = cols[i]
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// suiteOptions maps a suite row to Options: the suite's plain "en" rows read
// numeric dates month first, so they run as en-US; a base is the reference
// time in its own offset.
func suiteOptions(t *testing.T, lang, base string) Options {
	o := Options{Lang: lang}
	if lang == "en" {
		o.Lang = "en-US"
	}
	if base != "" {
		v, err := ParseISO(base)
		if err != nil {
			t.Fatalf("base %q: %v", base, err)
		}
		loc := time.UTC
		if v.HasOffset {
			loc = time.FixedZone("", v.Offset)
		}
		o.Ref = time.Date(v.Year, time.Month(max(v.Month, 1)), max(v.Day, 1), v.Hour, v.Minute, v.Second, v.Nanosecond, loc)
	}
	return o
}

// normISO makes hour, minute and second grain comparable: the suite writes
// hour grain as "T15:00" and some sources give whole minutes as ":00"; a
// zero seconds or minutes field at the end says nothing more.
func normISO(s string) string {
	i := strings.IndexByte(s, 'T')
	if i < 0 {
		return s
	}
	date, rest := s[:i], s[i+1:]
	zone := ""
	if j := strings.IndexAny(rest, "Z+-"); j >= 0 {
		rest, zone = rest[:j], rest[j:]
	}
	if !strings.Contains(rest, ".") {
		rest = strings.TrimSuffix(rest, ":00")
		if len(rest) == 5 {
			rest = strings.TrimSuffix(rest, ":00")
		}
	}
	return date + "T" + rest + zone
}

func normResult(s string) string {
	parts := strings.Split(s, "/")
	for i, p := range parts {
		parts[i] = normISO(p)
	}
	return strings.Join(parts, "/")
}

type tally struct{ pass, total int }

func (t tally) rate() float64 {
	if t.total == 0 {
		return 1
	}
	return float64(t.pass) / float64(t.total)
}

func TestConformance(t *testing.T) {
	dir := conformanceDir(t)
	verbose := os.Getenv("DATES_CONFORMANCE_VERBOSE") != ""
	tallies := map[string]*tally{}
	count := func(key string, ok bool) {
		if tallies[key] == nil {
			tallies[key] = &tally{}
		}
		tallies[key].total++
		if ok {
			tallies[key].pass++
		}
	}
	for _, row := range readTSV(t, filepath.Join(dir, "cases.tsv")) {
		lang, input, want, base, match := row["lang"], row["input"], row["expected"], row["base"], row["match"]
		o := suiteOptions(t, lang, base)
		kind := "absolute"
		switch {
		case strings.Contains(want, "/"):
			kind = "range"
		case base != "":
			kind = "relative"
		}
		got, how := "", "parse"
		if strings.TrimSpace(input) == match {
			r, err := Parse(input, o)
			if err != nil {
				got = "error: " + err.Error()
			} else {
				got = r.String()
			}
		} else {
			how = "find"
			if m, ok := Find(input, o); ok {
				got = m.Result.String()
			} else {
				got = "not found"
			}
		}
		ok := normResult(got) == normResult(want)
		count(lang+" "+kind, ok)
		count(kind, ok)
		if !ok && verbose {
			t.Logf("FAIL %s %-9s %s %q base=%s want %s got %s", lang, kind, how, input, base, want, got)
		}
	}
	for _, row := range readTSV(t, filepath.Join(dir, "negatives.tsv")) {
		lang, input, base, mode := row["lang"], row["input"], row["base"], row["chrono_mode"]
		o := suiteOptions(t, lang, base)
		m, found := Find(input, o)
		key := "negatives"
		if mode == "chrono.strict" {
			key = "negatives strict"
		}
		count(key, !found)
		count(lang+" "+key, !found)
		if found && verbose {
			t.Logf("FAIL %s %s %q found %q = %s", lang, key, input, input[m.Start:m.End], m.Result)
		}
	}
	keys := make([]string, 0, len(tallies))
	for k := range tallies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		tl := tallies[k]
		t.Logf("%-26s %4d/%-4d %5.1f%%", k, tl.pass, tl.total, 100*tl.rate())
	}
	// Floors just under the rates reached, so that a regression fails.
	floors := map[string]float64{
		"absolute":         0.99,
		"relative":         0.91,
		"range":            0.86,
		"negatives":        0.98,
		"negatives strict": 0.95,
	}
	for k, floor := range floors {
		if tl := tallies[k]; tl != nil && tl.rate() < floor {
			t.Errorf("%s: pass rate %.1f%% below the floor %.1f%%", k, 100*tl.rate(), 100*floor)
		}
	}
}
