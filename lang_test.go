package newsdoc

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestDetectLangWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want language.Tag
	}{
		{"Hij zei dat het WORDT gedaan", language.Dutch},
		{"They said it would be THE end", language.English},
		{"Thee deze", language.Dutch},                    // "thee" is no English word
		{"Worden, worde, wordenx, thes", language.Dutch}, // only whole words count
		{"xyz café 123", language.Und},
	} {
		a := &Article{Headline: Field{Text: tc.text}}
		if got := detectLang(a); got != tc.want {
			t.Errorf("detectLang(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, w := range strings.Fields(dutchList + " " + englishList) {
		if len(w) > maxLangWord {
			t.Errorf("%q is longer than maxLangWord %d", w, maxLangWord)
		}
	}
}
