package newsdoc

import (
	"cmp"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Frequent short words that tell Dutch from English: chosen so that none is
// a word of both languages ("in", "is", "we" are left out).
const (
	dutchList   = "de het een en van dat die niet op voor met zijn aan er ook als bij uit maar om nog wel naar dan wat zo hij ze zei heeft werd worden wordt door over deze"
	englishList = "the a and of that to for with on was were are be by it his her from this have has had not but they said would which been who their at an or"
)

// langKeys holds the words of both lists packed into integers (see
// packWord), sorted, and langVals their language: +1 Dutch, -1 English.
// A lookup is a binary search over 80 integers, with no string made or
// hashed.
var langKeys, langVals = func() ([]uint64, []int8) {
	type entry struct {
		key uint64
		v   int8
	}
	var es []entry
	for _, l := range []struct {
		v    int8
		list string
	}{{1, dutchList}, {-1, englishList}} {
		for _, w := range strings.Fields(l.list) {
			es = append(es, entry{packWord(w), l.v})
		}
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	keys, vals := make([]uint64, len(es)), make([]int8, len(es))
	for i, e := range es {
		keys[i], vals[i] = e.key, e.v
	}
	return keys, vals
}()

// maxLangWord is the length of the longest word in the lists ("worden"):
// longer words are not looked up.
var maxLangWord = func() int {
	n := 0
	for _, w := range strings.Fields(dutchList + " " + englishList) {
		n = max(n, len(w))
	}
	return min(n, 8) // what packWord holds
}()

// packWord packs a word of at most 8 ASCII letters, lower-cased, into an
// integer: a byte a letter, so that different words differ.
func packWord(w string) uint64 {
	var k uint64
	for i := 0; i < len(w); i++ {
		k = k<<8 | uint64(w[i]|0x20)
	}
	return k
}

// detectLang tells Dutch from English by counting frequent words in the
// headline and the first blocks. It returns language.Und when neither has
// any evidence.
func detectLang(a *Article) language.Tag {
	score := 0 // Dutch words minus English words
	// Scan ASCII letter runs and look each short one up: no allocation.
	count := func(s string) {
		for i := 0; i < len(s); {
			j := i
			for j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
				j++
			}
			if n := j - i; n > 0 && n <= maxLangWord && (j == len(s) || s[j] < 0x80) && (i == 0 || s[i-1] < 0x80) {
				if k, ok := slices.BinarySearch(langKeys, packWord(s[i:j])); ok {
					score += int(langVals[k])
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
	case score > 0:
		return language.Dutch
	case score < 0:
		return language.English
	}
	return language.Und
}
