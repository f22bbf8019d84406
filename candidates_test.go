package newsdoc

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc/internal/quotes"
)

// formatTraces renders each quotation's candidates for review: the
// chosen one starred, its probability and score, the generators that
// proposed it and its non-zero features.
func formatTraces(src string, traces []quotes.Trace) string {
	var b strings.Builder
	names := quotes.FeatureNames()
	for _, tr := range traces {
		text := []rune(src[tr.Text.Start:tr.Text.End])
		if len(text) > 50 {
			text = append(text[:50], '…')
		}
		fmt.Fprintf(&b, "quote %d-%d %q", tr.Text.Start, tr.Text.End, string(text))
		if tr.Speech != nil {
			fmt.Fprintf(&b, " speech %.2f", tr.SpeechP)
			sn := quotes.SpeechNames()
			for j, v := range tr.Speech {
				if v != 0 && j > 0 {
					fmt.Fprintf(&b, " %s=%.3g", sn[j], v)
				}
			}
		}
		if !tr.Kept {
			b.WriteString(" (not speech)")
		}
		b.WriteString("\n")
		for i, c := range tr.Candidates {
			mark := " "
			if i == tr.Chosen {
				mark = "*"
			}
			var fs []string
			for j, v := range c.Features {
				if v != 0 && !strings.HasPrefix(names[j], "src_") {
					fs = append(fs, fmt.Sprintf("%s=%.3g", names[j], v))
				}
			}
			fmt.Fprintf(&b, "  %s %.2f %6.2f %q [%s] %s\n", mark, c.P, c.Score, c.Speaker, strings.Join(c.Sources, " "), strings.Join(fs, " "))
		}
	}
	return b.String()
}

// TestCandidates pins every quotation's candidate speakers, their
// features and scores, for each test article: a change to a generator, a
// feature or the learned weights shows as a visible reordering in the
// .cands files, not as a speaker that silently flips. Rewrite them with
// go test -run TestCandidates -update, and read the diff.
func TestCandidates(t *testing.T) {
	for _, path := range inputs(t) {
		t.Run(path, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var traces []quotes.Trace
			p := &Parser{trace: func(tr quotes.Trace) { traces = append(traces, tr) }}
			var b strings.Builder
			for a, err := range p.Articles(src) {
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprintf(&b, "article %d\n", a.Index)
				b.WriteString(formatTraces(a.Source, traces))
				traces = traces[:0]
			}
			checkGolden(t, path, ".cands", b.String())
		})
	}
}
