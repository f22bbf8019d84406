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

// langTable holds the words of both lists packed into integers (see
// packWord) in an open-addressing hash table, with their language: +1
// Dutch, -1 English. A look-up multiplies and shifts the key and mostly
// reads one slot, where a binary search over the 70 keys took seven
// unpredictable steps; no string is made or hashed. The key 0 (no word)
// marks an empty slot.
var langTable = func() (t [langSlots]struct {
	key uint64
	v   int8
}) {
	for _, l := range []struct {
		v    int8
		list string
	}{{1, dutchList}, {-1, englishList}} {
		for _, w := range strings.Fields(l.list) {
			k := packWord(w)
			h := langSlot(k)
			for t[h].key != 0 {
				if t[h].key == k {
					panic("lang: " + w + " is in both lists")
				}
				h = (h + 1) % langSlots
			}
			t[h].key, t[h].v = k, l.v
		}
	}
	return t
}()

// langSlots is the size of langTable: under a third full.
const langSlots = 256

// langSlot is the home slot of key k in langTable (Fibonacci hashing).
func langSlot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 56 }

// langValue returns the language of the packed word k: +1 Dutch, -1
// English, 0 neither.
func langValue(k uint64) int {
	for h := langSlot(k); ; h = (h + 1) % langSlots {
		switch langTable[h].key {
		case k:
			return int(langTable[h].v)
		case 0:
			return 0
		}
	}
}

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
				score += langValue(packWord(s[i:j]))
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
