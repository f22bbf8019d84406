package dates

import (
	"strings"
	"unicode"
)

// tense is how a bare weekday ("dinsdag", "on Tuesday") is placed against
// the reference.
type tense int8

const (
	tenseNext    tense = iota // the next such day after the reference (Parse)
	tenseClosest              // the closest such day (running text, no tense)
	tensePast                 // the most recent one, the reference's day included
	tenseFuture               // the next one after the reference
)

// Verb forms that mark a sentence's tense. Present tense is no marker: a
// Dutch present often speaks of the future ("de raad vergadert dinsdag").
var (
	pastWords = wordSet(`zei zeiden was waren had hadden werd werden kwam kwamen ging gingen
		vond vonden stond stonden liet lieten gaf gaven kreeg kregen deed deden sprak spraken
		vertelde vertelden verklaarde verklaarden meldde meldden maakte maakten overleed stierf
		besliste beslisten raakte raakten zag zagen bleek bleef bleven opende sloot
		said was were had did told went came made found gave took saw announced died
		decided opened closed met voted`)
	futureWords = wordSet(`zal zullen zult will shall plans`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// sentenceTense reads the tense of the sentence around s[start:end]: past
// or future when its verbs say so and do not disagree, else closest.
func sentenceTense(s string, start, end int) tense {
	a := strings.LastIndexAny(s[:start], ".!?\n") + 1
	b := strings.IndexAny(s[end:], ".!?\n")
	if b < 0 {
		b = len(s)
	} else {
		b += end
	}
	past, future := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(s[a:start]+" "+s[end:b]), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		switch {
		case pastWords[w]:
			past = true
		case futureWords[w], strings.HasSuffix(w, "'ll"):
			future = true
		case len(w) > 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
			past = true // English regular past: reported, attacked
		case len(w) > 5 && strings.HasPrefix(w, "ge") && (strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t")) && !strings.HasSuffix(w, "heid"):
			past = true // Dutch participle: gezegd, gemeld, gestemd
		}
	}
	switch {
	case past && !future:
		return tensePast
	case future && !past:
		return tenseFuture
	}
	return tenseClosest
}
