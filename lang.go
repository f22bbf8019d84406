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
	count := func(s string) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
		}) {
			w = strings.ToLower(w)
			if dutchWords[w] {
				nl++
			}
			if englishWords[w] {
				en++
			}
		}
	}
	count(a.Headline.Text)
	seen := 0
	for _, b := range a.Blocks {
		if seen > 4000 {
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
