package layout

import (
	"strings"
	"testing"
)

// TestLineEnd compares lineEnd with strings.IndexAny at each place of
// each ending in texts longer than the eight-byte steps, beside bytes
// one off from '\n' and '\r' and bytes with the high bit: a word test
// that took a neighbour for an ending, or missed the first of two, would
// show here.
func TestLineEnd(t *testing.T) {
	for _, end := range []string{"\n", "\r", "\r\n", "\n\r", "\x0b\n", "\x0c\r", "\x0e\n", "é\n", "\x8a\r"} {
		for n := 0; n <= 20; n++ {
			for at := 0; at <= n; at++ {
				s := strings.Repeat("a", at) + end + strings.Repeat("\t", n-at)
				want := strings.IndexAny(s, "\r\n")
				if got := lineEnd(s); got != want {
					t.Errorf("lineEnd(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
	for n := 0; n <= 20; n++ {
		s := strings.Repeat("\x0b\x0c", n)
		if got := lineEnd(s); got != len(s) {
			t.Errorf("lineEnd(%q) = %d, want %d", s, got, len(s))
		}
	}
}
