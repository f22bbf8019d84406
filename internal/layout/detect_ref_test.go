package layout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// detectRef is Detect as it was before it shared one line index and the
// facts of its lines and skipped layouts that cannot win: every layout
// scored on every line. Detect must agree with it on every input.
func detectRef(src string, o Options) string {
	head := src[:cutAt(src, 1<<16)]
	all := (*scratch)(nil).lines(head, 0, len(head))
	facts := unfiltered(head, all)
	best, score := "text", 0
	for _, f := range Formats {
		s := 0
		switch f {
		case "dump":
			ls := nonBlankLines(nil, head, 0, min(len(head), 4096))
			if len(ls) > 0 {
				if _, _, ok := headerDate(head, ls[0]); ok {
					s = 100
				}
			}
		case "lexisnexis":
			s = lexisScore(head, all, facts)
		case "nexis":
			s = nexisScore(head, all, facts)
		case "mediargus":
			s = mediargusScore(head, all, facts)
		case "labelled":
			bs := blocksOf(nil, head, 0, len(head))
			if len(bs) > 0 {
				if n := headerLabels(head, bs[0]); n >= 2 {
					s = 4 * n
					for _, b := range bs[1:] {
						if headerLabels(head, b) >= 2 {
							s += 4
						}
					}
				}
			}
		case "plain":
			ls := nonBlankLines(nil, head, 0, min(len(head), 4096))
			if len(ls) >= 2 && !o.isDateLine(head[ls[0].Start:ls[0].End]) {
				for _, l := range ls[1:min(len(ls), 3)] {
					if o.isDateLine(head[l.Start:l.End]) {
						s = 5
						break
					}
				}
			}
		}
		if s > score {
			best, score = f, s
		}
	}
	return best
}

// unfiltered is lineFactsOf with each test that lets a scorer skip a
// line taken as passed: the scorers then read every line that is not
// blank, as each did on its own before the facts were shared, so a fact
// that skipped a line a scorer counts would show as a difference.
func unfiltered(src string, ls []line) []lineFacts {
	var fs []lineFacts
	for _, l := range ls {
		lf := lineFacts{f: factLabel | factCount | factComma | factShort}
		if lf.a, lf.b = trim(src, l.Start, l.End); lf.a == lf.b {
			lf.f = factBlank
		}
		fs = append(fs, lf)
	}
	return fs
}

func TestDetectSameAsRef(t *testing.T) {
	var files []string
	filepath.WalkDir("../../testdata", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".txt") {
			files = append(files, path)
		}
		return err
	})
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		// Also the text repeated, so that a long dump or export meets
		// layouts whose bound does not rule them out.
		for _, s := range []string{src, strings.Repeat(src+"\n\n", 40)} {
			if got, want := Detect(s, Options{}), detectRef(s, Options{}); got != want {
				t.Errorf("%s (%d bytes): Detect = %q, before = %q", f, len(s), got, want)
			}
		}
	}
}

// scoresDiffer reports the first layout that src scores differently with
// its lines' facts than with every line read (unfiltered): a fact that
// skips a line a scorer counts changes a score long before it changes
// which layout wins.
func scoresDiffer(src string) (format string, got, want int) {
	head := src[:cutAt(src, 1<<16)]
	ls := appendLines(nil, head, 0)
	facts, all := lineFactsOf(nil, head, ls), unfiltered(head, ls)
	for _, f := range Formats {
		got, want := detectScore(f, head, ls, facts, Options{}), detectScore(f, head, ls, all, Options{})
		if got != want {
			return f, got, want
		}
	}
	return "", 0, 0
}

func TestDetectScoresFacts(t *testing.T) {
	srcs := []string{
		"      1 of 2 DOCUMENTS\n\nLENGTH: 3 words\n\n   SECTION: News; Pg. 4\n",
		"Body\nEnd of Document\n\nLoad-Date: May 3, 2018\nClassification\n",
		"Het Nieuwsblad, 30-11-2011, p. 23\nDe Standaard, 1-12-2011, p. 4\n",
		// A counter of more than 30 bytes, a comma past the 30th byte.
		"      1234567 van 12345678 DOCUMENTEN\n\nLENGTE: 3 woorden\n",
		"1. Kop\n\nGazet van Antwerpen Regio Mechelen Stad, woensdag 30 november 2011, p. 23, 612w.\n\nTekst.\n\n" +
			"2. Kop\n\nGazet van Antwerpen Regio Mechelen Stad, dinsdag 29 november 2011, p. 13, 245w.\n\nTekst.\n",
		"Titel: K\nDatum: 5 april 2018\nAuteur: X\n\nTekst.\n",
	}
	for _, f := range inputs(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	for _, src := range srcs {
		if f, got, want := scoresDiffer(src); f != "" {
			t.Errorf("%.40q: %s scores %d with the lines' facts, %d reading every line", src, f, got, want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add(" date 2018-04 Kop\n\n05 april 2018\n\n00u54 2 Tekst.\n")
	f.Add("Kop\n\nNieuwsbericht | 26-02-2018 | 10:23\n\nTekst.")
	f.Add("Titel: K\nDatum: 5 april 2018\n\nTekst.\n\nTitle: L\nDate: 2019\n\nBody.")
	f.Add("      1 of 2 DOCUMENTS\n\nLENGTH: 3 words\n\n      2 of 2 DOCUMENTS\r\n\r\nLENGTH: 4 words\n")
	f.Add("30-11-2011, p.23\n\n1-12-2011, p. 4\n\nEnd of Document\n")
	f.Fuzz(func(t *testing.T, src string) {
		if got, want := Detect(src, Options{}), detectRef(src, Options{}); got != want {
			t.Errorf("Detect = %q, before = %q", got, want)
		}
		if f, got, want := scoresDiffer(src); f != "" {
			t.Errorf("%s scores %d with the lines' facts, %d reading every line", f, got, want)
		}
	})
}
