package layout

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// bylineWords is lexicon/byline.txt: the phrases that open a byline, by
// what follows them.
var bylineWords = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, e := range wordList("byline.txt") {
		kind, phrase, ok := strings.Cut(e, " ")
		if !ok {
			panic("layout: byline.txt: no phrase in " + e) // a build error, not input
		}
		m[kind] = append(m[kind], phrase)
	}
	return m
})

// BylineIntro returns the length in bytes of the word that opens the
// byline s and introduces its names ("By ", "door "), with the space
// after it, or 0 when none does. With field set, s is known to be a
// byline, and a word too common to mark one in running text counts too
// ("van Jan Peeters"). Case is ignored.
func BylineIntro(s string, field bool) int {
	if n := openingPhrase(s, bylineWords()["intro"]); n > 0 || !field {
		return n
	}
	return openingPhrase(s, bylineWords()["field"])
}

// BylineFormula reports whether the byline s is a formula that names no
// one: "Van onze correspondent", "From our reporter", "Redactie".
func BylineFormula(s string) bool {
	return openingPhrase(s, bylineWords()["none"]) > 0 || openingPhraseAll(s, bylineWords()["none"])
}

// openingPhrase returns the length of the phrase of ps that opens s,
// case ignored, with the white space after it, or 0; a phrase must end
// at a space.
func openingPhrase(s string, ps []string) int {
	for _, p := range ps {
		if len(s) <= len(p) || !strings.EqualFold(s[:len(p)], p) {
			continue
		}
		n := len(p)
		for n < len(s) {
			r, size := utf8.DecodeRuneInString(s[n:])
			if !isSpace(r) {
				break
			}
			n += size
		}
		if n > len(p) && n < len(s) {
			return n
		}
	}
	return 0
}

// openingPhraseAll reports whether s, trimmed, is one of the phrases ps.
func openingPhraseAll(s string, ps []string) bool {
	s = strings.TrimSpace(s)
	for _, p := range ps {
		if strings.EqualFold(s, p) {
			return true
		}
	}
	return false
}
