package newsdoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/text"
)

// checker is the part of testing.TB the checks use, so that a test can
// show that they fail on broken articles.
type checker interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// checkSpans checks the span invariants of every article parsed from one
// source: each span lies inside Source on code point boundaries, each text
// equals the source bytes it covers, quotes are ordered, open and close on
// quotation marks around their text and do not overlap (a reported-speech
// quote may hold a direct one), the speaker span holds a mention of the
// speaker outside the quotation, and the cue span holds the cue words.
func checkSpans(t checker, src string, as []*Article) {
	t.Helper()
	span := func(what string, s Span, text string) {
		t.Helper()
		if s.Start < 0 || s.Start > s.End || s.End > len(src) {
			t.Fatalf("%s: span %v outside source of %d bytes", what, s, len(src))
		}
		if !utf8.RuneStart(byteAt(src, s.Start)) || !utf8.RuneStart(byteAt(src, s.End)) {
			t.Errorf("%s: span %v cuts a code point", what, s)
		}
		if got := src[s.Start:s.End]; got != text {
			t.Errorf("%s: source[%d:%d] = %q, text %q", what, s.Start, s.End, got, text)
		}
	}
	for _, a := range as {
		if a.Source != src {
			t.Fatalf("article %d: Source differs from the input", a.Index)
		}
		span("article", a.Span, src[a.Span.Start:a.Span.End])
		span("headline", a.Headline.Span, a.Headline.Text)
		span("section", a.Section.Span, a.Section.Text)
		for _, f := range a.Authors {
			span("author", f.Span, f.Text)
		}
		for _, b := range a.Blocks {
			span("block "+b.Kind.String(), b.Span, b.Text)
		}
		for _, m := range a.Meta {
			span("meta "+m.Key, m.Span, m.Value)
		}
		var pieces []string
		for _, s := range a.PublishedSpans {
			span("published", s, src[max(0, s.Start):min(len(src), max(0, s.End))])
			pieces = append(pieces, src[s.Start:s.End])
		}
		if got := strings.Join(pieces, " "); got != a.Published.Raw {
			t.Errorf("article %d: published spans hold %q, raw %q", a.Index, got, a.Published.Raw)
		}
		for _, p := range a.People {
			for _, m := range p.Mentions {
				span("person "+p.Name, m, src[m.Start:m.End])
			}
		}
		prev := -1
		for i, q := range a.Quotes {
			if q.Person < -1 || q.Person >= len(a.People) || q.Person >= 0 && a.People[q.Person].Name != q.Speaker {
				t.Errorf("quote %d: person %d does not name speaker %q", i, q.Person, q.Speaker)
			}
			span("quote", q.Span, q.Text)
			if q.Speaker == "" && (q.Person != -1 || !q.SpeakerSpan.IsZero()) {
				t.Errorf("quote %d: no speaker, but person %d at %v", i, q.Person, q.SpeakerSpan)
			}
			if !q.SpeakerSpan.IsZero() {
				span("speaker", q.SpeakerSpan, src[max(0, q.SpeakerSpan.Start):min(len(src), max(0, q.SpeakerSpan.End))])
				if !overlapFree(q.SpeakerSpan, q.Span) {
					t.Errorf("quote %d: speaker span %v inside the quotation %v", i, q.SpeakerSpan, q.Span)
				}
				if why := speakerMention(a, q); why != "" {
					t.Errorf("quote %d: speaker %q at %v %q: %s", i, q.Speaker, q.SpeakerSpan, a.Text(q.SpeakerSpan), why)
				}
			}
			if !q.CueSpan.IsZero() {
				span("cue", q.CueSpan, src[max(0, q.CueSpan.Start):min(len(src), max(0, q.CueSpan.End))])
				if !cueHolds(q.Cue, a.Text(q.CueSpan)) {
					t.Errorf("quote %d: cue %q, but its span %v holds %q", i, q.Cue, q.CueSpan, a.Text(q.CueSpan))
				}
			}
			for _, m := range []struct {
				what string
				s    Span
			}{{"opening", q.Open}, {"closing", q.Close}} {
				if !m.s.IsZero() && !isMark(a.Text(m.s)) {
					t.Errorf("quote %d: %s mark %v is %q, not a quotation mark", i, m.what, m.s, a.Text(m.s))
				}
			}
			if q.Kind != Indirect && q.Kind != Mixed {
				for k := i + 1; k < len(a.Quotes); k++ {
					o := a.Quotes[k]
					if o.Kind != Indirect && o.Kind != Mixed && !overlapFree(q.Span, o.Span) {
						t.Errorf("quotes %d %v and %d %v overlap", i, q.Span, k, o.Span)
					}
				}
			}
			if q.Span.Start < prev {
				t.Errorf("quote %d starts at %d, before quote %d", i, q.Span.Start, i-1)
			}
			prev = q.Span.Start
			if !q.Open.IsZero() && q.Open.End > q.Span.Start {
				t.Errorf("quote %d: opening mark %v after text %v", i, q.Open, q.Span)
			}
			if !q.Close.IsZero() && q.Close.Start < q.Span.End {
				t.Errorf("quote %d: closing mark %v before text end %v", i, q.Close, q.Span)
			}
			if q.Block < -1 || q.Block >= len(a.Blocks) {
				t.Errorf("quote %d: block %d of %d", i, q.Block, len(a.Blocks))
			}
		}
	}
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0 // the end is always a boundary
	}
	return s[i]
}

// checkNothingLost checks that every byte of the source that is not white
// space belongs to a field, a block or a meta value of some article.
func checkNothingLost(t testing.TB, src string, as []*Article) {
	t.Helper()
	covered := make([]bool, len(src)+1)
	mark := func(s Span) {
		for i := s.Start; i < s.End && i < len(src); i++ {
			covered[i] = true
		}
	}
	for _, a := range as {
		mark(a.Headline.Span)
		mark(a.Section.Span)
		for _, f := range a.Authors {
			mark(f.Span)
		}
		for _, b := range a.Blocks {
			mark(b.Span)
		}
		for _, m := range a.Meta {
			mark(m.Span)
		}
	}
	for i, r := range src {
		if covered[i] || unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' {
			continue
		}
		end := min(len(src), i+40)
		t.Errorf("byte %d (%q) belongs to no field: %q", i, r, strings.TrimSpace(src[i:end]))
		return
	}
}

func overlapFree(a, b Span) bool { return a.End <= b.Start || b.End <= a.Start }

// isMark reports whether s is one quotation mark as the quotes package
// pairs them.
func isMark(s string) bool {
	switch s {
	case "\"", "'", "“", "”", "„", "‘", "’", "‚", "«", "»", "‹", "›", ",,", "''", "’’", "‘‘", "`", "´":
		return true
	}
	return false
}

// Pronouns that may stand for a named speaker, possessives too: "His
// answer:", "Zijn reactie:" speak for their owner.
var pronouns = map[string]bool{
	"hij": true, "zij": true, "ze": true, "hem": true, "haar": true, "zich": true, "zijn": true, "hun": true,
	"he": true, "she": true, "him": true, "her": true, "they": true, "them": true, "his": true, "their": true,
}

// Determiners that open a role or description ("de minister", "a
// spokeswoman"): the first words of the library's own lexicon, read
// from the file so that the two cannot drift apart.
var determiners = lexiconWords("determiners.txt")

// Role nouns, which Dutch also writes bare ("volgens burgemeester
// X"), read from the library's lexicon as determiners are.
var roleNouns = lexiconWords("roles.txt")

// lexiconWords returns the first words of the lines of one of the
// library's lexicon files.
func lexiconWords(file string) map[string]bool {
	b, err := os.ReadFile(filepath.Join("internal", "quotes", "lexicon", file))
	if err != nil {
		panic(err)
	}
	m := map[string]bool{}
	for l := range strings.SplitSeq(string(b), "\n") {
		if w, _, _ := strings.Cut(l, " "); w != "" && !strings.HasPrefix(w, "#") {
			m[w] = true
		}
	}
	return m
}

// speakerMention says what is wrong with a quote's speaker span, or "".
// The speaker is the canonical name, often fuller than the mention, so
// the span must hold one of the person's mentions, a word of the
// speaker's name, a pronoun, a role opened by a determiner or a
// possessive ("Smith's lawyer", tied to the lawyer's name), or a bare
// role noun tied to a name ("volgens burgemeester").
func speakerMention(a *Article, q Quote) string {
	said := strings.Join(strings.Fields(a.Text(q.SpeakerSpan)), " ")
	if q.Person >= 0 {
		for _, m := range a.People[q.Person].Mentions {
			if m == q.SpeakerSpan {
				return ""
			}
		}
	}
	words := strings.Fields(strings.ToLower(said))
	if len(words) == 1 && (pronouns[words[0]] || roleNouns[words[0]]) {
		return ""
	}
	if len(words) > 1 && (determiners[words[0]] || strings.HasSuffix(words[0], "'s") || strings.HasSuffix(words[0], "’s")) {
		return ""
	}
	norm := func(w string) string {
		return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	var name []string
	for _, n := range strings.Fields(strings.ToLower(q.Speaker)) {
		name = append(name, norm(n))
	}
	// Canonical names may drop or reorder words of the mention ("De 0"
	// for "0 De", "A and 0 B" for "A and B"), or a part of a double
	// surname ("Alleyne" for "Alleyne-Forde"), or a nickname between
	// marks that touch the words around it (`A"B"C` is A C): one word in
	// common is enough.
	for _, w := range words {
		parts := append(strings.Split(norm(w), "-"), norm(w))
		parts = append(parts, strings.FieldsFunc(w, text.IsQuoteMark)...)
		for _, part := range parts {
			if !strings.ContainsFunc(part, unicode.IsLetter) {
				continue
			}
			for _, n := range name {
				if n == part {
					return ""
				}
			}
		}
	}
	if len(words) == 1 && abbreviates(said, q.Speaker) {
		return ""
	}
	return "neither a mention, a word of the name, a pronoun nor a role"
}

// abbreviates reports whether acr, one word of two or more letters with
// capitals only or capitals first ("HSE", "SodM"), is an acronym of name
// as the library reads acronyms: its letters, in order, among the name's,
// the first opening a word of it. A speaker named by an acronym is given
// the name the article spells it out as ("the HSE" is the Health Service
// Executive), which letters from inside compounds may spell ("LOP" is
// the Lokaal Overlegplatform).
func abbreviates(acr, name string) bool {
	letters := 0
	for i, r := range acr {
		if !unicode.IsLetter(r) || i == 0 && !unicode.IsUpper(r) {
			return false
		}
		letters++
	}
	if letters < 2 {
		return false
	}
	want := []rune(strings.ToLower(acr))
	lower := strings.ToLower(name)
	for i, r := range lower {
		if r != want[0] || i > 0 && !unicode.IsSpace(rune(lower[i-1])) && lower[i-1] != '-' {
			continue
		}
		k := 1
		for _, c := range lower[i+utf8.RuneLen(r):] {
			if k < len(want) && c == want[k] {
				k++
			}
		}
		if k == len(want) {
			return true
		}
	}
	return false
}

// cueHolds reports whether a cue span's text holds the cue: the same
// words, or for a split cue ("voegde … toe") its first and last words
// around others ("voegde hij eraan toe").
func cueHolds(cue, text string) bool {
	text = strings.Join(strings.Fields(text), " ")
	parts := strings.Split(cue, " … ")
	if len(parts) == 1 {
		return text == cue
	}
	return len(text) > len(cue)-len(" … ") && strings.HasPrefix(text, parts[0]+" ") && strings.HasSuffix(text, " "+parts[len(parts)-1])
}

// failures records what the checks report.
type failures struct{ n int }

func (f *failures) Helper()                        {}
func (f *failures) Errorf(string, ...any)          { f.n++ }
func (f *failures) Fatalf(format string, a ...any) { f.n++; panic(f) }

// TestChecksCanFail breaks parsed articles in the ways checkSpans must
// catch, and checks that it reports each (item 22 of issue 9): a check
// that cannot fail guards nothing.
func TestChecksCanFail(t *testing.T) {
	src := []byte("Een kop\n\n5 mei 2020\n\nBurgemeester Anna Smit is boos. \"Dit kan niet\", zei Smit. \"We gaan door\", voegde ze eraan toe.\n\n\"Geen commentaar\", zei woordvoerder Tom Claes van de stad.\n")
	clean := parseAll(t, new(Parser), src)
	if len(clean[0].Quotes) != 3 {
		t.Fatalf("%d quotes, want 3: %+v", len(clean[0].Quotes), clean[0].Quotes)
	}
	var f failures
	checkSpans(&f, clean[0].Source, clean)
	if f.n != 0 {
		t.Fatalf("the clean article fails %d checks", f.n)
	}
	breakers := map[string]func(a *Article){
		"speaker span on the cue": func(a *Article) { a.Quotes[0].SpeakerSpan = a.Quotes[0].CueSpan },
		"speaker span on another word": func(a *Article) {
			i := strings.Index(a.Source, "boos")
			a.Quotes[0].SpeakerSpan = Span{i, i + 4}
		},
		"speaker span inside the quote":  func(a *Article) { a.Quotes[1].SpeakerSpan = a.Quotes[1].Span },
		"speaker span on another person": func(a *Article) { a.Quotes[2].SpeakerSpan = a.Quotes[0].SpeakerSpan },
		"cue span on the speaker":        func(a *Article) { a.Quotes[0].CueSpan = a.Quotes[0].SpeakerSpan },
		"split cue cut short":            func(a *Article) { a.Quotes[1].CueSpan.End -= 4 },
		"opening mark on a letter":       func(a *Article) { a.Quotes[0].Open.Start++; a.Quotes[0].Open.End++ },
		"closing mark missing":           func(a *Article) { a.Quotes[2].Close = Span{a.Quotes[2].Close.Start - 1, a.Quotes[2].Close.Start} },
		"overlapping quotes": func(a *Article) {
			a.Quotes[1].Span.Start = a.Quotes[0].Span.End - 2
			a.Quotes[1].Text = a.Source[a.Quotes[1].Span.Start:a.Quotes[1].Span.End]
		},
		"person without speaker": func(a *Article) { a.Quotes[2].Speaker = ""; a.Quotes[2].SpeakerSpan = Span{}; a.Quotes[2].Person = 0 },
	}
	for name, brk := range breakers {
		t.Run(name, func(t *testing.T) {
			as := parseAll(t, new(Parser), src)
			brk(as[0])
			var f failures
			func() {
				defer func() {
					if r := recover(); r != nil && r != any(&f) {
						panic(r)
					}
				}()
				checkSpans(&f, as[0].Source, as)
			}()
			if f.n == 0 {
				t.Errorf("checkSpans did not notice")
			}
		})
	}
}

func TestAbbreviates(t *testing.T) {
	for _, c := range []struct {
		acr, name string
		want      bool
	}{
		{"HSE", "Health Service Executive", true},
		{"LOP", "Lokaal Overlegplatform", true},
		{"SodM", "Staatstoezicht op de Mijnen", true},
		{"CBG", "College ter Beoordeling van Geneesmiddelen", true},
		{"AA", "A Aye", true},
		{"WHO", "World Health Organization", true},
		{"HSE", "Service Health Executive", false}, // letters out of order
		{"XYZ", "Health Service Executive", false},
		{"EO", "Health Service Executive", false},  // E opens "Executive", which has no O after it
		{"H", "Health", false},                     // one letter is no acronym
		{"hse", "Health Service Executive", false}, // lower case is a word, not an acronym
		{"H5E", "Health Service Executive", false},
	} {
		if got := abbreviates(c.acr, c.name); got != c.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", c.acr, c.name, got, c.want)
		}
	}
}
