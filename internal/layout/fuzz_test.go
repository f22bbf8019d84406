package layout

import (
	"testing"
	"unicode"
)

// FuzzParse checks the layout invariants on any text: spans inside the
// input and ordered, and every non-space byte covered.
func FuzzParse(f *testing.F) {
	f.Add(" date 2018-04 Kop \"Q\" Jan Van Dam en Els Smit\n\n05 april 2018\n\n00u54 2 Tech & Wetenschap Tekst.\n\nKop\n\n\"Q\" Jan\n")
	f.Add("Kop\n\nNieuwsbericht | 26-02-2018 | 10:23\n\nTekst.")
	f.Add("\ufeff date 2018 K\r\n\r\n12:00\r\n")
	f.Fuzz(func(t *testing.T, src string) {
		for _, format := range append([]string{""}, Formats...) {
			docs := Parse(src, Options{Format: format})
			covered := make([]bool, len(src))
			mark := func(what string, s Span) {
				if s.Start < 0 || s.Start > s.End || s.End > len(src) {
					t.Fatalf("%s span %v outside %d bytes", what, s, len(src))
				}
				for i := s.Start; i < s.End; i++ {
					covered[i] = true
				}
			}
			for _, d := range docs {
				mark("doc", d.Span)
				mark("headline", d.Headline)
				mark("section", d.Section)
				for _, a := range d.Authors {
					mark("author", a)
				}
				prev := 0
				for _, b := range d.Blocks {
					if b.Span.Start < prev {
						t.Fatalf("blocks out of order")
					}
					prev = b.Span.End
					mark("block", b.Span)
				}
				for _, m := range d.Meta {
					mark("meta", m.Span)
				}
			}
			for i, r := range src {
				if !covered[i] && !isSpace(r) && r != unicode.ReplacementChar {
					t.Fatalf("format %q: byte %d (%q) lost", format, i, r)
				}
			}
		}
	})
}
