package layout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// detectRef is Detect as it was before it shared one line index and
// skipped layouts that cannot win: every layout scored on lines of its
// own. Detect must agree with it on every input.
func detectRef(src string, o Options) string {
	head := src[:cutAt(src, 1<<16)]
	all := (*scratch)(nil).lines(head, 0, len(head))
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
			s = lexisScore(head, all)
		case "nexis":
			s = nexisScore(head, all)
		case "mediargus":
			s = mediargusScore(head, all)
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
	})
}
