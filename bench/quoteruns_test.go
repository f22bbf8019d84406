package bench

import (
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc"
)

// TestQuoteRuns times a whole parse of paragraphs made of runs of
// quotation marks, at n and 4n marks (up to 100,000): linear time gives a
// ratio near 4, quadratic near 16. It fails above 10, with the slack of
// TestLinear in the root package for a busy machine: ratios, not
// absolute times (go test -run QuoteRuns -v prints them).
func TestQuoteRuns(t *testing.T) {
	shapes := []struct {
		name string
		unit string // one unit holds the marks counted by per
		per  int
	}{
		{"bare marks", `"`, 1},
		{"quoted words", `"ja" `, 2},
		{"mixed marks", `„ja” ‘nee’ «oui» 'x' `, 8},
	}
	timeOf := func(unit string, units int) time.Duration {
		src := []byte("Kop\n\n" + strings.Repeat(unit, units) + "\n")
		best := time.Duration(0)
		for range 2 {
			start := time.Now()
			if _, err := newsdoc.Parse(src); err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); best == 0 || d < best {
				best = d
			}
		}
		return best
	}
	for _, s := range shapes {
		for _, n := range []int{12_500, 25_000} {
			small, big := timeOf(s.unit, n/s.per), timeOf(s.unit, 4*n/s.per)
			t.Logf("%-13s %6d marks %8.3fs  %6d marks %8.3fs  ratio %.1f (linear 4, quadratic 16)",
				s.name, n, small.Seconds(), 4*n, big.Seconds(), big.Seconds()/small.Seconds())
			if big > 10*small+20*time.Millisecond {
				t.Errorf("%s: %d marks took %v, %d marks %v: not linear", s.name, 4*n, big, n, small)
			}
		}
	}
}
