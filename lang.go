package newsdoc

import (
	"strings"

	"golang.org/x/text/language"
)

// Frequent short words that tell Dutch from English: chosen so that none is
// a word of both languages ("in", "is", "we" are left out).
var (
	dutchWords   = wordSet("de het een en van dat die niet op voor met zijn aan er ook als bij uit maar om nog wel naar dan wat zo hij ze zei heeft werd worden wordt door over deze")
	englishWords = wordSet("the a and of that to for with on was were are be by it his her from this have has had not but they said would which been who their at an or")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// detectLang tells Dutch from English by counting frequent words in the
// headline and the first blocks. It returns language.Und when neither has
// any evidence.
func detectLang(a *Article) language.Tag {
	nl, en := 0, 0
	// Scan ASCII letter runs, folded into a small buffer: no allocation.
	count := func(s string) {
		var buf [8]byte
		for i := 0; i < len(s); {
			j := i
			for j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
				j++
			}
			if n := j - i; n > 0 && n <= len(buf) && (j == len(s) || s[j] < 0x80) && (i == 0 || s[i-1] < 0x80) {
				for k := 0; k < n; k++ {
					buf[k] = s[i+k] | 0x20
				}
				if dutchWords[string(buf[:n])] {
					nl++
				}
				if englishWords[string(buf[:n])] {
					en++
				}
			}
			if j == i {
				j++
			}
			i = j
		}
	}
	count(a.Headline.Text)
	seen := 0
	for _, b := range a.Blocks {
		if seen > 1500 { // enough words to tell two languages apart
			break
		}
		count(b.Text)
		seen += len(b.Text)
	}
	switch {
	case nl > en:
		return language.Dutch
	case en > nl:
		return language.English
	}
	return language.Und
}
