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
	f.Add(" date 2023-08 Kop: \u201cQ\u201d de Quorbelkrant\n\n13 augustus 2023\n\nTekst.\n") // an outlet's compound right after "de"
	// One seed per export layout.
	f.Add("Terms: x\n\n      1 of 1 DOCUMENTS\n\n      Courier\n\n      May 1, 2015 Friday\n      Edition 1;\n\nKop\n\nBYLINE: A B\n\nSECTION: X; Pg. 2\n\nLENGTH: 3 words\n\nLONDON (Reuters) - Tekst.\n\nLOAD-DATE: May 2, 2015\n\n   Copyright 2015 C\n   All Rights Reserved\n")
	f.Add("\r\n   Dokument 2 von 3\r\n\r\nLENGTE: 4 words\r\nKOP: K\r\nAUTEUR: PRUIM, FRED\r\nTEKST:\r\nDEN HAAG, dinsdag\r\nTAAL: Dutch\r\n")
	f.Add("Job Number: 1\nDocuments (1)\n\nTitle\nThe Post(London)\nJuly 1, 2019 Monday 9:20 AM GMT\n\nSection:\u00a0A; Version:2\nLength:\u00a01 words\nBody\nP one.\nClassification\nLanguage: ENGLISH\nLoad-Date: July 2, 2019\n\nEnd of Document\n")
	f.Add("1. Titel\n\nDe Morgen, woensdag 30 november 2011, p. 23, 8w.\n\nSnip.\n\n30-11-2011, p.23\n\nA, B\n\nKicker\n\nTitel\n\nLead.\n\nVan onze redacteur\n\nGENT - Tekst.\n\n \u00a9 Corelio\n")
	f.Add("Titel: K\nDatum: 5 april 2018\nDoor Jan Peeters\nURL: https://x\n\nBRUSSEL (Belga) - Tekst.\n\nTitle: L\nDate: 2019\n\nBody.")
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
