package layout

import (
	"embed"
	"strings"
	"sync"

	lexicon "github.com/newsdoc/newsdoc/internal/text"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// wordList reads one embedded list: one entry a line, # comments.
func wordList(name string) []string {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic("layout: missing embedded lexicon " + name) // a build error, not input
	}
	return lexicon.Entries(string(b))
}

type lexicons struct {
	particles    map[string]bool // lower case
	sources      map[string]bool
	namePrefixes []string
	desks        map[string]bool
	outletEnds   map[string]bool // last words of an outlet's name: "Chronicle", "Nieuwsblad"
	// the same in lower case, as they end a compound: "Zakendagblad"
	outletEndsLower map[string]bool
	deskLeads       map[string]bool // desk words that may also open one: "Redactie Omroep Gelderland"
	functionWords   map[string]bool
	sections        []string // longest first
	speechCues      map[string]bool
	conjunctions    map[string]bool
	outletArticles  map[string]bool // "The", "De", "Het"
	outletJoins     map[string]bool // "of", "&"
	bylineJobs      map[string]bool
	updates         map[string]bool // first words of an update's date after a comma
}

var lex = sync.OnceValue(func() *lexicons {
	l := &lexicons{
		particles:       map[string]bool{},
		sources:         map[string]bool{},
		desks:           map[string]bool{},
		outletEnds:      map[string]bool{},
		outletEndsLower: map[string]bool{},
		deskLeads:       map[string]bool{},
		functionWords:   map[string]bool{},
		speechCues:      map[string]bool{},
		conjunctions:    map[string]bool{},
		outletArticles:  map[string]bool{},
		outletJoins:     map[string]bool{},
		bylineJobs:      map[string]bool{},
		updates:         map[string]bool{},
	}
	for _, w := range wordList("updates.txt") {
		l.updates[w] = true
	}
	for _, w := range wordList("bylinejobs.txt") {
		l.bylineJobs[w] = true
	}
	for _, w := range wordList("conjunctions.txt") {
		l.conjunctions[w] = true
	}
	for _, w := range wordList("outletarticles.txt") {
		l.outletArticles[w] = true
	}
	for _, w := range wordList("outletjoins.txt") {
		l.outletJoins[w] = true
	}
	for _, w := range wordList("speech_cues.txt") {
		l.speechCues[w] = true
	}
	for _, w := range wordList("particles.txt") {
		l.particles[strings.ToLower(w)] = true
	}
	for _, w := range wordList("sources.txt") {
		l.sources[w] = true
	}
	for _, w := range wordList("outletends.txt") {
		l.outletEnds[w] = true
		l.outletEndsLower[strings.ToLower(w)] = true
	}
	l.namePrefixes = wordList("nameprefixes.txt")
	for _, e := range wordList("desks.txt") {
		f := strings.Fields(e)
		l.desks[f[0]] = true
		if len(f) > 1 && f[1] == "lead" {
			l.deskLeads[f[0]] = true
		}
	}
	for _, w := range wordList("function_words.txt") {
		l.functionWords[w] = true
	}
	seen := map[string]bool{}
	for _, name := range []string{"sections_nl.txt", "sections_en.txt"} {
		for _, w := range wordList(name) {
			if !seen[w] {
				seen[w] = true
				l.sections = append(l.sections, w)
			}
		}
	}
	// Longest first, so "Tech & Wetenschap" wins over "Tech".
	sortByLenDesc(l.sections)
	return l
})

func sortByLenDesc(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
