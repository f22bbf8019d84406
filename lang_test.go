package newsdoc

import (
	"os"
	"slices"
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
	for _, w := range append(slices.Clone(dutchWords), englishWords...) {
		if len(w) > maxLangWord {
			t.Errorf("%q is longer than maxLangWord %d", w, maxLangWord)
		}
	}
}

// TestLangLists: the lexicons build a table (the package would not start
// otherwise), and a list the table cannot hold is refused, not read
// wrong: a word too long to pack or not ASCII letters, a word in both
// lists, a word twice in one.
func TestLangLists(t *testing.T) {
	if _, err := buildLangTable(dutchWords, englishWords); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ nl, en []string }{
		{[]string{"de", "verwachten"}, nil}, // nine letters and more
		{[]string{"café"}, nil},
		{[]string{"s-hertogenbosch"}, nil},
		{[]string{""}, nil},
		{[]string{"de", "het"}, []string{"the", "de"}},
		{nil, []string{"the", "the"}},
	} {
		if _, err := buildLangTable(tc.nl, tc.en); err == nil {
			t.Errorf("buildLangTable(%q, %q) took them", tc.nl, tc.en)
		}
	}
}

// langScoreRef is langScore written plainly: each run of ASCII letters
// with no byte of a longer character beside it, lower-cased, looked up
// in a map of the two lists.
func langScoreRef(s string) int {
	words := map[string]int{}
	for _, w := range dutchWords {
		words[w] = 1
	}
	for _, w := range englishWords {
		words[w] = -1
	}
	letter := func(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
	score := 0
	for i := 0; i < len(s); {
		if !letter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && letter(s[j]) {
			j++
		}
		if (i == 0 || s[i-1] < 0x80) && (j == len(s) || s[j] < 0x80) {
			score += words[strings.ToLower(s[i:j])]
		}
		i = j
	}
	return score
}

func TestLangScore(t *testing.T) {
	srcs := []string{"", "de", "De.", "THE", "éde", "deé", "de\x80", "a-the,het", "wordenx worden", "`de{the@het[", "Thee deze"}
	for _, path := range inputs(t) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	for _, s := range srcs {
		if got, want := langScore(s), langScoreRef(s); got != want {
			t.Errorf("langScore(%.40q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzLangScore(f *testing.F) {
	f.Add("Hij zei dat het WORDT gedaan; they said it.")
	f.Add("`de{the@het[ éde deé")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := langScore(s), langScoreRef(s); got != want {
			t.Errorf("langScore(%q) = %d, want %d", s, got, want)
		}
	})
}
