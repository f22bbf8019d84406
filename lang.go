package newsdoc

import (
	_ "embed"
	"fmt"

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc/internal/text"
)

// Frequent short words that tell Dutch from English, one lexicon per
// language.
var (
	//go:embed lexicon/lang_nl.txt
	dutchLexicon string
	//go:embed lexicon/lang_en.txt
	englishLexicon string

	dutchWords, englishWords = text.Entries(dutchLexicon), text.Entries(englishLexicon)
)

// langTable holds the words of both lists packed into integers (see
// packWord) in an open-addressing hash table, with their language: +1
// Dutch, -1 English. A look-up multiplies and shifts the key and mostly
// reads one slot, where a binary search over the 70 keys took seven
// unpredictable steps; no string is made or hashed. The key 0 (no word)
// marks an empty slot.
var langTable = func() [langSlots]langEntry {
	t, err := buildLangTable(dutchWords, englishWords)
	if err != nil {
		panic("lang: " + err.Error()) // a lexicon's error, not input
	}
	return t
}()

type langEntry struct {
	key uint64
	v   int8
}

// buildLangTable builds langTable from the Dutch and English words. It
// fails on a word packWord cannot hold, a word listed twice (in one list
// or both) and a word further than one slot from home, which langValue
// would not find.
func buildLangTable(nl, en []string) (t [langSlots]langEntry, err error) {
	for _, l := range []struct {
		v     int8
		words []string
	}{{1, nl}, {-1, en}} {
		for _, w := range l.words {
			if !isPackable(w) {
				return t, fmt.Errorf("%q is not a word of 1 to 8 ASCII letters", w)
			}
			k := packWord(w)
			h := langSlot(k)
			for t[h].key != 0 {
				if t[h].key == k {
					return t, fmt.Errorf("%q is listed twice", w)
				}
				h = (h + 1) % langSlots
			}
			if h != langSlot(k) && h != (langSlot(k)+1)%langSlots {
				return t, fmt.Errorf("%q is not in its home slot or the next: langValue reads only those", w)
			}
			t[h].key, t[h].v = k, l.v
		}
	}
	return t, nil
}

// langSlots is the size of langTable: a tenth full or less, so that no
// key is further than one slot from home.
const (
	langBits  = 10
	langSlots = 1 << langBits
)

// langSlot is the home slot of key k in langTable (Fibonacci hashing).
func langSlot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - langBits) }

// langValue returns the language of the packed word k: +1 Dutch, -1
// English, 0 neither.
//
// A key is in its home slot or the next (the table is built so), and both
// are read with no branch on what they hold: whether a word is in the
// lists is as hard to foretell as a coin toss.
func langValue(k uint64) int {
	h := langSlot(k)
	a, b := &langTable[h], &langTable[(h+1)%langSlots]
	return int(a.v)&-b2i(a.key == k) | int(b.v)&-b2i(b.key == k)
}

// b2i is 1 for true, 0 for false; the compiler makes it a flag set, not a
// branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// maxLangWord is the length of the longest word in the lists ("worden"):
// longer words are not looked up.
var maxLangWord = func() int {
	n := 0
	for _, w := range dutchWords {
		n = max(n, len(w))
	}
	for _, w := range englishWords {
		n = max(n, len(w))
	}
	return n // at most 8, what packWord holds: langTable checks each word
}()

// isPackable reports whether w is 1 to 8 ASCII letters, a word packWord
// packs without loss.
func isPackable(w string) bool {
	if w == "" || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !asciiLetter[w[i]] {
			return false
		}
	}
	return true
}

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
	score := langScore(a.Headline.Text)
	seen := 0
	for _, b := range a.Blocks {
		if seen > 1500 { // enough words to tell two languages apart
			break
		}
		score += langScore(b.Text)
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

// langScore counts the Dutch words of s less the English ones: runs of
// ASCII letters with no byte of a longer character beside them, looked
// up without a string made. Each run is skipped to and read in a loop
// of its own, packed as it is read: a loop that went byte by byte and
// decided at each what it was in mispredicted a branch or two a word.
func langScore(s string) int {
	score := 0
	for i := 0; i < len(s); {
		for i < len(s) && !asciiLetter[s[i]] {
			i++
		}
		start := i
		var k uint64 // packWord of the run, while it is short enough to fit
		for i < len(s) && asciiLetter[s[i]] {
			k = k<<8 | uint64(s[i]|0x20)
			i++
		}
		if n := i - start; n > 0 && n <= maxLangWord && (i == len(s) || s[i] < 0x80) && (start == 0 || s[start-1] < 0x80) {
			score += langValue(k)
		}
	}
	return score
}

// asciiLetter marks the bytes of the ASCII letters.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()
