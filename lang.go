package newsdoc

import (
	"strings"

	"golang.org/x/text/language"
)

// Frequent short words that tell Dutch from English: chosen so that none is
// a word of both languages ("in", "is", "we" are left out).
const (
	dutchList   = "de het een en van dat die niet op voor met zijn aan er ook als bij uit maar om nog wel naar dan wat zo hij ze zei heeft werd worden wordt door over deze"
	englishList = "the a and of that to for with on was were are be by it his her from this have has had not but they said would which been who their at an or"
)

// langWords maps each word of both lists to its language: +1 Dutch, -1
// English. One lookup a word, and only for words no longer than
// maxLangWord, which most words of a text are not.
var langWords, maxLangWord = func() (map[string]int8, int) {
	m := map[string]int8{}
	longest := 0
	for _, l := range []struct {
		v    int8
		list string
	}{{1, dutchList}, {-1, englishList}} {
		for _, w := range strings.Fields(l.list) {
			m[w] = l.v
			longest = max(longest, len(w))
		}
	}
	return m, longest
}()

// detectLang tells Dutch from English by counting frequent words in the
// headline and the first blocks. It returns language.Und when neither has
// any evidence.
func detectLang(a *Article) language.Tag {
	score := 0 // Dutch words minus English words
	var buf [8]byte
	// Scan ASCII letter runs, folded into buf: no allocation.
	count := func(s string) {
		for i := 0; i < len(s); {
			j := i
			for j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
				j++
			}
			if n := j - i; n > 0 && n <= maxLangWord && (j == len(s) || s[j] < 0x80) && (i == 0 || s[i-1] < 0x80) {
				for k := 0; k < n; k++ {
					buf[k] = s[i+k] | 0x20
				}
				score += int(langWords[string(buf[:n])])
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
	case score > 0:
		return language.Dutch
	case score < 0:
		return language.English
	}
	return language.Und
}
