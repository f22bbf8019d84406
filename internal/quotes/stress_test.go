package quotes

import (
	"strings"
	"testing"
	"time"
)

// TestLinearTime guards against quadratic blow-ups on long blocks full of
// marks, names and pronouns: ten times the text may take at most about
// twenty times as long.
func TestLinearTime(t *testing.T) {
	unit := `Jan Peeters zei: "Dit is het plan", en Anna de Vries zei "nee" tegen hij. ' " „ ‘ `
	timeOf := func(n int) time.Duration {
		src := strings.Repeat(unit+"\n\n", n)
		segs := segments(src)
		start := time.Now()
		Find(src, segs, Options{})
		return time.Since(start)
	}
	timeOf(50) // warm up
	small, big := timeOf(200), timeOf(2000)
	t.Logf("200 units: %v, 2000 units: %v", small, big)
	if big > 30*small+50*time.Millisecond {
		t.Errorf("10× the input took %v against %v: not linear", big, small)
	}
}
