package layout

import (
	"slices"
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

// TestAppendLines compares appendLines with lines read one by one with
// lineAt, from each offset of texts with and without carriage returns:
// a text with none takes a path of its own.
func TestAppendLines(t *testing.T) {
	for _, s := range []string{"", "a", "\n", "a\n", "a\nb", "a\n\nb\n", "\n\n", "ab\ncd\n\n", "a\r\nb\n", "a\rb\rc", "a\r\n\r\nb"} {
		for off := 0; off <= len(s); off++ {
			var want []line
			for o := off; o < len(s); {
				l := lineAt(s, o)
				want = append(want, l)
				o = l.Next
			}
			got := appendLines(nil, s, off)
			if !slices.Equal(got, want) {
				t.Errorf("appendLines(%q, %d) = %v, want %v", s, off, got, want)
			}
		}
	}
}

func TestIsBylineLine(t *testing.T) {
	for s, want := range map[string]bool{
		"By Jan Quorbel":                    true,
		"Door Ann Vinsha":                   true,
		"By political reporter Jan Quorbel": true,
		"Jan Quorbel":                       false, // no intro
		"By Jan\nQuorbel":                   false, // two lines
		"By":                                false,
		"By the way, the council met on Tuesday and voted twice on the plan.": false, // prose
		"Door de regen viel de wedstrijd stil.":                               false,
	} {
		if got := isBylineLine(s); got != want {
			t.Errorf("isBylineLine(%q) = %v, want %v", s, got, want)
		}
	}
}
