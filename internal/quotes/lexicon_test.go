package quotes

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/newsdoc/newsdoc/internal/text"
)

// TestLexicons checks that every embedded list is unique and NFC, so that
// an entry is never silently shadowed or unmatched.
func TestLexicons(t *testing.T) {
	names, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		seen := map[string]bool{}
		for _, e := range entries(n.Name()) {
			line := strings.Join(e, " ")
			if seen[line] {
				t.Errorf("%s: %q twice", n.Name(), line)
			}
			seen[line] = true
			if !norm.NFC.IsNormalString(line) {
				t.Errorf("%s: %q is not NFC", n.Name(), line)
			}
		}
	}
}

func TestPersonNoun(t *testing.T) {
	for _, tc := range []struct {
		lang, w string
		want    bool
	}{
		{"en", "neighbour", true}, {"en", "bystander", true}, {"en", "officer", true},
		{"en", "review", false}, {"en", "party", false}, {"en", "statement", false},
		{"nl", "buurvrouw", true}, {"nl", "overbuurvrouw", true}, {"nl", "buurtbewoner", true},
		{"nl", "iemand", true}, {"nl", "burgemeester", true},
		{"nl", "helft", false}, {"nl", "onderzoek", false}, {"nl", "roman", false},
		{"en", "56-year-old", true}, {"nl", "45-jarige", true}, {"en", "-year-old", false}, {"nl", "jarige", false},
		// Dutch nouns listed with a feminine form (generated from wdutch),
		// alone and as the last part of a compound.
		{"nl", "verdediger", true}, {"nl", "debutant", true}, {"nl", "regisseur", true}, {"nl", "woordvoerster", true},
		{"nl", "vogelliefhebber", true}, {"nl", "clubaanvoerder", true}, {"en", "source", true}, {"nl", "bron", true}, {"nl", "verloskundige", true}, {"nl", "patiënte", true}, {"nl", "beste", false},
		// Nouns the generated lists miss (lexicon/persons_en.txt,
		// persons_nl.txt), compounds with a hyphen, and "-goer".
		{"en", "person", true}, {"en", "commuter", true}, {"en", "passer-by", true},
		{"en", "fourth-grader", true}, {"en", "co-owner", true}, {"en", "festival-goer", true}, {"en", "moviegoer", true},
		{"en", "well-known", false}, {"en", "long-time", false}, {"en", "x-ray", false},
		{"nl", "leerkracht", true}, {"nl", "renner", true}, {"en", "cleaner", true},
		{"nl", "pendelaar", true}, {"nl", "festivalganger", true}, {"nl", "gepensioneerde", true}, {"nl", "persoon", true},
		{"nl", "speurder", true}, {"nl", "hoofdspeurder", true},
		// English closed compounds of a common word and a person noun,
		// and the Dutch "-iër" (personsuffixes.txt).
		{"en", "farmworker", true}, {"en", "homeowner", true}, {"en", "weather", false}, {"en", "computer", false}, {"en", "container", false},
		{"nl", "agrariër", true}, {"nl", "beschuldigde", true}, {"nl", "scholiere", true}, {"nl", "maniere", false},
		{"nl", "computer", false}, {"nl", "wekker", false}, {"nl", "kilometer", false}, {"nl", "elegant", false}, {"nl", "achterin", false},
	} {
		a := &article{lang: tc.lang}
		if got := a.personNoun(tc.w); got != tc.want {
			t.Errorf("%s personNoun(%q) = %v, want %v", tc.lang, tc.w, got, tc.want)
		}
	}
}

// A Dutch noun for a woman from the generated list carries her sex, alone
// and in a compound; its masculine form is used of anyone and carries none.
func TestNounGenderGenerated(t *testing.T) {
	a := &article{lang: "nl"}
	for w, want := range map[string]byte{"woordvoerster": 'f', "clubwoordvoerster": 'f', "debutante": 'f', "woordvoerder": 0, "verdediger": 0} {
		if got := a.nounGender(w); got != want {
			t.Errorf("nounGender(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestPluralPersonNoun(t *testing.T) {
	for _, tc := range []struct {
		lang, w string
		want    bool
	}{
		{"en", "prosecutors", true}, {"en", "officials", true}, {"en", "witnesses", true}, {"en", "deputies", true},
		{"en", "prosecutor", false}, {"en", "boss", false}, {"en", "records", false},
		{"nl", "omwonenden", true}, {"nl", "agenten", true}, {"nl", "getuigen", true},
		{"nl", "buurvrouw", false}, {"nl", "plannen", false},
	} {
		a := &article{lang: tc.lang}
		if got := a.pluralPersonNoun(tc.w); got != tc.want {
			t.Errorf("%s pluralPersonNoun(%q) = %v, want %v", tc.lang, tc.w, got, tc.want)
		}
	}
}

func TestIsPlace(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Antwerpen", true}, {"Antwerpen-Berchem", true}, {"Rotterdam-Zuid", true},
		{"Jean-Pierre", false}, {"Man-kei", false}, {"Analytica-schandaal", false},
	} {
		if got := (&article{}).isPlace(tc.name); got != tc.want {
			t.Errorf("isPlace(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the embedded lists' indexes (lexicon/generated/*.idx)")

// Every embedded generated list indexes, and its embedded index is the
// one NewList builds, so that an edited list with a stale index fails
// here instead of answering wrongly; -update rewrites the indexes. The
// hand-kept Dutch person nouns index too (LazyList would panic on the
// first look-up of a list that is not sorted and unique).
func TestEmbeddedLists(t *testing.T) {
	for _, g := range generatedLists {
		l, err := text.NewList(*g.data, g.keyed)
		if err != nil {
			t.Errorf("%s: %v", g.file, err)
			continue
		}
		if l.Len() == 0 {
			t.Errorf("%s: no entries", g.file)
		}
		idx := l.AppendIndex(nil)
		if *update {
			if err := os.WriteFile(filepath.Join("lexicon", "generated", g.file+".idx"), idx, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if string(idx) != *g.idx {
			t.Errorf("lexicon/generated/%s.idx is not the index of %[1]s.txt: run go test ./internal/quotes -run TestEmbeddedLists -update", g.file)
		}
	}
	if l, err := text.NewList(personsNL, false); err != nil || l.Len() == 0 {
		t.Errorf("persons_nl.txt: %v, %d entries", err, l.Len())
	}
}

func TestOneLine(t *testing.T) {
	for _, s := range []string{"", " ", "de minister", "de  minister", " de minister", "de minister ", "de\nminister", "de\u00a0minister", "de\u2003minister", "één twee", "a"} {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestOverlap(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		// Content words decide: "dat" and "is" do not make an echo.
		{"dat is oneerlijk", "dan vind ik het oneerlijk om te roepen", 1},
		{"dat is oneerlijk", "hebben ze dat geroepen het is makkelijk", 0},
		// A quotation of function words only is compared word for word.
		{"dat is het", "dat is het niet", 1},
		{"wij gaan door", "", 0},
	} {
		if got := overlap(strings.Fields(tc.a), strings.Fields(tc.b)); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("overlap(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// BenchmarkListLookup looks every word of the test articles up, as
// written and lower-cased, in every generated list: most look-ups miss,
// as in a parse, and the large lists do not fit a core's cache.
func BenchmarkListLookup(b *testing.B) {
	files, err := filepath.Glob("../../testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no test articles: %v", err)
	}
	var words []string
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, w := range strings.Fields(string(d)) {
			w = strings.Trim(w, ".,;:\"'()“”‘’")
			words = append(words, w, strings.ToLower(w))
		}
	}
	lists := make([]*text.List, len(generatedLists))
	for i, gl := range generatedLists {
		lists[i] = gl.list()
	}
	b.ReportAllocs()
	b.ResetTimer()
	hits := 0
	for b.Loop() {
		for _, w := range words {
			for _, l := range lists {
				if l.Has(w) {
					hits++
				}
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)*len(lists)), "ns/lookup")
	if hits == 0 {
		b.Fatal("no word found in any list")
	}
}

// The filter of a set answers words of another length, first byte or
// last byte without a look-up, and never turns away a word it holds.
func TestFilter(t *testing.T) {
	s := newSet()
	for _, w := range []string{"abc", "minister", "ze"} {
		s.add(w)
	}
	for _, tc := range []struct {
		w        string
		may, has bool
	}{
		{"abc", true, true},
		{"minister", true, true},
		{"ze", true, true},
		{"abd", false, false},  // last byte
		{"xbc", false, false},  // first byte
		{"abcd", false, false}, // length
		{"axc", true, false},   // passes the filter, not in the set
		{"", false, false},
	} {
		if may, has := s.mayHold(tc.w), s.has(tc.w); may != tc.may || has != tc.has {
			t.Errorf("%q: mayHold %v, has %v; want %v, %v", tc.w, may, has, tc.may, tc.has)
		}
	}
}

// roleOf gives the role a word names, itself, after a hyphen, or as the
// end of a Dutch compound.
func TestRoleOf(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"minister", "minister"},
		{"pvv-leider", "leider"},
		{"ex-pvv-leider", "leider"}, // after the last hyphen
		{"leider-", ""},
		{"fractieleider", "leider"},
		{"dorpsvoorzitter", "voorzitter"},
		{"leider", "leider"},
		{"eider", ""}, // too short for a compound
		{"tafel", ""},
		{"", ""},
	} {
		if got := roleOf(tc.w); got != tc.want {
			t.Errorf("roleOf(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

func TestInitialsOf(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		ok         bool
	}{
		{"Health Service Executive", "HSE", true},
		{"Centraal Bureau voor de Statistiek", "CBS", true},
		{"Auditor-General of Quorbel Vinsha", "AGQV", true}, // hyphenated parts count
		{"Jan-Willem", "JW", true},
		{"Vinsha", "V", false},           // one letter is no acronym
		{"Bureau of the EU", "B", false}, // a word in capitals
		{"Île de Quorbel", "", false},    // no ASCII initial
	} {
		var b [8]byte
		got, ok := initialsOf(b[:0], tc.name)
		if ok != tc.ok || ok && string(got) != tc.want {
			t.Errorf("initialsOf(%q) = %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

func TestSpells(t *testing.T) {
	for _, tc := range []struct {
		acr, long string
		want      bool
	}{
		{"RVP", "Regionaal Vinshaplatform", true},            // P from inside
		{"UQW", "Uitvoeringsdienst Quorbelwerkgevers", true}, // W from inside
		{"NQWA", "Nationale Quorbel- en Warenautoriteit", true},
		{"CBQ", "Centraal Bureau voor de Quorbel", true},   // small words give none
		{"RVP", "Vinshaplatform", false},                   // R opens no word
		{"RP", "Regionaal Vinshaplatform", false},          // Vinshaplatform gives no letter
		{"RVP", "Regionaal Vinshaplatform Quorbel", false}, // nor does Quorbel
		{"RVV", "Regionaal Vinsha", false},                 // V once only
		{"RvV", "Regionaal van Vinsha", false},             // not all capitals: mixedAcronym's
		{"RAAAAAAA", "Raaaaaaa Aaaaaaa Aaaaaa Aaaaa Aaaa Aaa Aa", true},
	} {
		if got := spells(tc.acr, tc.long); got != tc.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tc.acr, tc.long, got, tc.want)
		}
	}
}

func TestMixedAcronym(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"SodM", true},
		{"PvdA", true},
		{"HSE", false},    // all capitals: initialsOf's
		{"Vinsha", false}, // one capital
		{"S.M", false},    // not letters only
		{"Sm", false},     // too short
	} {
		if got := mixedAcronym(tc.w); got != tc.want {
			t.Errorf("mixedAcronym(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	var b [8]byte
	if in, ok := allInitials(b[:0], "Staatstoezicht op de Mijnen"); !ok || string(in) != "SodM" {
		t.Errorf("allInitials = %q, %v; want SodM", in, ok)
	}
}

// An age spelled out and written solid makes a person noun; other
// words that end in "jarige" do not.
func TestPersonSuffixed(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"56-jarige", true},
		{"twelve-year-old", true},
		{"negentienjarige", true},
		{"zestigjarige", true},
		{"vierenzestigjarige", true},
		{"tweeëntwintigjarige", true},
		{"honderdjarige", true},
		{"langjarige", false},
		{"meerjarige", false},
		{"jarige", false},
		{"enjarige", false},
		{"zestigenvierjarige", false},
		{"", false},
	} {
		if got := personSuffixed(tc.w); got != tc.want {
			t.Errorf("personSuffixed(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	// descAge finds a suffix by its last byte in lower case: every
	// suffix must end in a lower-case ASCII letter.
	for _, s := range wordList("personsuffixes.txt") {
		if c := s[len(s)-1]; c < 'a' || c > 'z' {
			t.Errorf("personsuffixes.txt: %q does not end in a lower-case ASCII letter", s)
		}
	}
	for _, tc := range []struct{ desc, want string }{
		{"The 56-Year-Old", "56"},
		{"de 61-JARIGE", "61"},
		{"a twelve-year-old", ""},
		{"de 34-jarige man", "34"},
	} {
		if got := descAge(tc.desc); got != tc.want {
			t.Errorf("descAge(%q) = %q, want %q", tc.desc, got, tc.want)
		}
	}
}

// TestMayParticle: the filter before particleKind's look-ups lets every
// particle through, and particleKind answers as the look-ups alone do,
// for the particles, words one byte longer or shorter, and other words.
func TestMayParticle(t *testing.T) {
	var words []string
	for _, m := range []map[string]bool{lex().particles.m, lex().leadParticles.m} {
		for p := range m {
			if !mayParticle(p) {
				t.Errorf("mayParticle(%q) = false for a particle", p)
			}
			words = append(words, p, p+"s", p[:len(p)-1], "x"+p)
		}
	}
	words = append(words, "", "de", "van", "ter", "vander", "minister", "d’", "'t", "zo")
	for _, w := range words {
		want := partNone
		switch {
		case lex().particles.has(w):
			want = partInside
		case lex().leadParticles.has(w):
			want = partLead
		}
		if got := particleKind(w); got != uint8(want) {
			t.Errorf("particleKind(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestMayIntro: the filter before findIntros' look-ups lets every word
// that opens an introduction through, and turns away other lengths.
func TestMayIntro(t *testing.T) {
	for w := range lex().determiners.m {
		if !mayIntro(w) {
			t.Errorf("mayIntro(%q) = false for a determiner", w)
		}
	}
	for w := range someone.m {
		if !mayIntro(w) {
			t.Errorf("mayIntro(%q) = false for a word for someone", w)
		}
	}
	for _, w := range []string{"", "dezeee", "a-very-long-word"} {
		if mayIntro(w) {
			t.Errorf("mayIntro(%q) = true", w)
		}
	}
}

// TestHasLower: a set's hasLower answers as inLower on its map, for its
// words in every case, with a non-ASCII first or last byte, and others.
func TestHasLower(t *testing.T) {
	s := newSet()
	for _, w := range []string{"van", "d’", "ter", "é", "aé", "éa"} {
		s.add(w)
	}
	for _, w := range []string{"van", "Van", "VAN", "vAn", "d’", "D’", "ter", "TER", "tera", "é", "É", "aé", "AÉ", "éa", "ÉA", "", "v", "vn", "de"} {
		if got, want := s.hasLower(w), inLower(s.m, w); got != want {
			t.Errorf("hasLower(%q) = %v, inLower %v", w, got, want)
		}
	}
	for p := range lex().particles.m {
		if up := strings.ToUpper(p); !lex().particles.hasLower(up) && inLower(lex().particles.m, up) {
			t.Errorf("hasLower(%q) = false for a particle", up)
		}
	}
}
