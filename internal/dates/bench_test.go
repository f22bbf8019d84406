package dates

import (
	"strings"
	"testing"
)

var benchFamilies = []struct {
	name, lang, in string
	rel            bool
}{
	{"DayMonthYear", "nl", "donderdag 5 april 2018", false},
	{"English", "en", "Thursday, April 5th, 2018", false},
	{"Numeric", "nl", "05/04/18 - 00u54", false},
	{"ISO", "", "2017-05-10T00:00:00.000+01:00", false},
	{"RFC2822", "en", "Thu, 05 Apr 2018 00:54:00 +0200", false},
	{"Prefixed", "nl", "Gepubliceerd op 5 april 2018 om 14u32", false},
	{"Time", "nl", "om circa 15u", true},
	{"Relative", "nl", "vorige week dinsdag", true},
	{"Ago", "en", "3 days ago", true},
	{"Range", "nl", "van 3 tot 5 mei", true},
}

func BenchmarkParse(b *testing.B) {
	for _, f := range benchFamilies {
		o := Options{Lang: f.lang}
		if f.rel {
			o.Ref = refWed
		}
		if _, err := Parse(f.in, o); err != nil {
			b.Fatalf("%s: %v", f.in, err)
		}
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(f.in)))
			for b.Loop() {
				Parse(f.in, o)
			}
		})
	}
}

func BenchmarkFindArticle(b *testing.B) {
	text := strings.Repeat("De regering heeft gisteren beslist dat de maatregel blijft. ", 20) +
		"Gepubliceerd op 5 april 2018 om 14u32. " + strings.Repeat("Meer nieuws volgt later. ", 20)
	o := Options{Lang: "nl", Ref: refWed}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindAll(text, o)
	}
}
