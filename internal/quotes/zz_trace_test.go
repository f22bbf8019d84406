package quotes

import (
	"fmt"
	"os"
	"testing"

	"golang.org/x/text/language"
)

func TestZZTrace(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("SRCF"))
	src := string(b)
	Find(src, segments(src), Options{Lang: language.Make(os.Getenv("LANG2")), Trace: func(tr Trace) {
		fmt.Printf("QUOTE %q kept=%v chosen=%d\n", src[tr.Text.Start:tr.Text.End], tr.Kept, tr.Chosen)
		for _, c := range tr.Candidates {
			fmt.Printf("   %-30q p=%.2f %v\n", c.Speaker, c.P, c.Sources)
		}
	}})
}
