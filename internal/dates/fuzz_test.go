package dates

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"05 april 2018", "donderdag 5 april 2018 om 14u32", "Thu, 05 Apr 2018 00:54:00 +0200",
	"2017-05-10T00:00:00.000+01:00", "van 3 tot 5 mei", "8pm - 11", "vorige week dinsdag",
	"3 min 49 sec geleden", "half vier", "05/04/18 - 00u54", "I may be here", "1.1.30",
	"February 20 - 29, 2022", "12:61u", "Gepubliceerd op 5 april 2018", "–—’∙", "2024 AD August",
}

// FuzzParseDate: no panic, and every result prints as ISO that reads back to
// the same values.
func FuzzParseDate(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "nl")
		f.Add(s, "en-US")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		for _, o := range []Options{{Lang: lang}, {Lang: lang, Ref: refWed}} {
			r, err := Parse(s, o)
			// Read, Parse without the error value, agrees with it.
			if rr, ok := Read(s, o); ok != (err == nil) || rr != r {
				t.Fatalf("Read(%q) = %v, %v; Parse = %v, %v", s, rr, ok, r, err)
			}
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("Parse(%q): error %T", s, err)
				}
				continue
			}
			checkRoundTrip(t, s, r)
		}
	})
}

// FuzzFind: no panic, spans inside the input on rune boundaries, in order and
// not overlapping, and results that round-trip.
func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("Het gebeurde " + s + " in Gent.")
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range FindAll(s, Options{Ref: refSat}) {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("bad span %d-%d in %q (previous end %d)", m.Start, m.End, s, prev)
			}
			if !onBoundary(s, m.Start) || !onBoundary(s, m.End) {
				t.Fatalf("span %d-%d not on rune boundaries in %q", m.Start, m.End, s)
			}
			checkRoundTrip(t, s, m.Result)
			prev = m.End
		}
	})
}

// onBoundary reports whether decoding s rune by rune (invalid bytes count as
// one rune each) stops at byte offset i.
func onBoundary(s string, i int) bool {
	for j := 0; j < len(s); {
		if j == i {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
	}
	return i == len(s)
}
