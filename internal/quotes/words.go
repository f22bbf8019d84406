package quotes

import (
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsdoc/newsdoc/internal/text"
)

// tok is a word or a punctuation character of a segment.
type tok struct {
	Span
	text  string // as written
	lower string // lower case, for lexicon look-ups
	punct bool
	cap   bool  // starts with an upper-case letter
	quote int32 // index+1 of the quotation whose text holds it; 0 outside
	mark  bool  // a quotation mark
	shut  bool  // a closing quotation mark
	sent  bool  // the first word of a sentence
	sid   int32 // the sentence's number in the article
	name  uint8 // nameYes or nameNo once markNames has run
	ord   uint8 // for a capitalised word opening a sentence: ordYes or ordNo, whether the word list has it
	part  uint8 // particle kind: partNone, partInside, partLead
	// a word ending in s before a glued apostrophe that is no quotation
	// mark, and a lower-case word: "Dennis’ moeder", "James' lawyer"
	poss bool
}

// possessive reports whether t is a possessive: "Haines's", "Dennis’"
// (whose apostrophe is a token of its own).
func possessive(t tok) bool { return t.poss || isPossessive(t.text) }

// Whether a token may be part of a name, as markNames records it.
const (
	nameYes = 1 + iota
	nameNo
)

// Whether a word opening a sentence is an ordinary word, as markNames
// records it: the look-up in a large list is made once a token.
const (
	ordYes = 1 + iota
	ordNo
)

// tokenize sets each segment's tokens from the shared tokenizer's words:
// all of them in one buffer, their text and lower-case form substrings of
// the article and its folded copy, so that no word allocates.
func (a *article) tokenize() {
	// The segments folded into one string: the article's text may be a
	// whole file of articles, so only the segments are folded.
	n := 0
	for _, s := range a.segs {
		n += s.Span.Len()
	}
	// The buffer is the pooled article's: nothing that outlives the
	// article points into it (results are slices of the source), and
	// reset cleared every map keyed by its words.
	folded := slices.Grow(a.foldBuf[:0], n)
	for _, s := range a.segs {
		folded = text.AppendFold(folded, a.src[s.Span.Start:s.Span.End])
	}
	a.foldBuf = folded
	low := unsafe.String(unsafe.SliceData(folded), len(folded)) // not written again until the next article
	a.low, a.shift = low, a.shift[:0]
	buf := a.toks[:0]
	ends := a.ends[:0]
	off := 0 // where the segment starts in low
	for _, s := range a.segs {
		a.tokWords = text.Words(a.tokWords[:0], a.src, s.Span.Start, s.Span.End)
		d := s.Span.Start - off
		a.shift = append(a.shift, d)
		// Grown once a segment and written in place: an append a token
		// tested the capacity and built the token aside first.
		n := len(buf)
		buf = slices.Grow(buf, len(a.tokWords))[:n+len(a.tokWords)]
		for j, w := range a.tokWords {
			l := low[w.Start-d : w.End-d]
			part := uint8(partNone)
			if mayParticle(l) {
				part = particleKind(l) // (the test before it spares most words the call)
				if part != partNone && !w.Is(text.Upper) && lex().upperParticles.has(l) {
					part = partNone
				}
			}
			buf[n+j] = tok{
				Span:  w.Span,
				text:  a.src[w.Start:w.End],
				lower: l,
				punct: w.Is(text.Punct),
				cap:   w.Is(text.Upper),
				part:  part,
			}
		}
		ends = append(ends, len(buf))
		off += s.Span.Len()
	}
	start := 0
	for i := range a.segs {
		a.segs[i].toks = buf[start:ends[i]:ends[i]]
		start = ends[i]
	}
	a.toks, a.ends = buf, ends
}

// lowerSpan returns the lower-case form of span s of segment si, from
// the folded copy that tokenize made.
func (a *article) lowerSpan(si int, s Span) string {
	d := a.shift[si]
	return a.low[s.Start-d : s.End-d]
}

// isTitle reports whether a word is an abbreviated title with its full
// stop that stands before a name: "Dr.", "Sen.", not "Jr.".
func isTitle(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	suffix, ok := lex().titles.get(w[:len(w)-1])
	return ok && !suffix
}

// dotlessTitle reports whether w is a title written without its dot, as
// British English writes "Ms", "Dr"; not a suffix ("Jr").
func dotlessTitle(w string) bool {
	suffix, ok := lex().titles.get(w)
	return ok && !suffix
}

// titleTok reports whether t is a title before a name, with its dot or
// without, or an honorific written in full: "Dr.", "Ms", "Hajiya".
func titleTok(t tok) bool {
	return isTitle(t.text) || dotlessTitle(t.text) || honorifics.has(t.lower)
}

func isSentenceEnd(t tok) bool {
	return t.punct && (t.text == "." || t.text == "!" || t.text == "?")
}

// isAllCaps reports whether w is an acronym-like word: AVROTROS, NMBS.
func isAllCaps(w string) bool {
	letters := 0
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			// ASCII without the unicode tables, as most words are.
			switch {
			case c >= 'a' && c <= 'z':
				return false
			case c >= 'A' && c <= 'Z':
				letters++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
		i += n
	}
	return letters >= 2
}

// isParticle reports whether toks[k] is a particle inside a name: "van",
// "De", "'t"; a leading one ("in") only before another ("in 't Veld").
func isParticle(toks []tok, k int) bool {
	p := toks[k].part
	return p == partInside || p == partLead && k+1 < len(toks) && toks[k+1].part == partInside
}

// What kind of name particle a token is, worked out once by tokenize:
// names are read again and again.
const (
	partNone   = iota
	partInside // "van", "De", "'t"
	partLead   // "in", only before another
)

// particleKind returns the particle kind of the lower-case word l.
func particleKind(l string) uint8 {
	switch {
	case !mayParticle(l):
		return partNone // most words: no map lookups
	case lex().particles.has(l):
		return partInside
	case lex().leadParticles.has(l):
		return partLead
	}
	return partNone
}

// maxParticle is the length in bytes of the longest particle.
var maxParticle = func() int {
	n := 0
	for p := range lex().particles.m {
		n = max(n, len(p))
	}
	for p := range lex().leadParticles.m {
		n = max(n, len(p))
	}
	return n
}()

// mayParticle reports whether some particle starts with l's first byte
// and is as long as l.
func mayParticle(l string) bool { return particleLens.may(l) }

// particleLens are the first bytes and lengths of the particles.
var particleLens = func() (f firstLens) {
	for _, m := range []map[string]bool{lex().particles.m, lex().leadParticles.m} {
		for p := range m {
			f.add(p)
		}
	}
	return f
}()

// lower folds w to lower case, without allocating when it already is.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			// Folded as the tokens are (text.AppendFold), so that a key
			// made from a name equals one made from its tokens.
			return string(text.AppendFold(make([]byte, 0, len(w)), w))
		}
	}
	return w
}

// inLower reports whether set holds w in lower case, without allocating
// for the short ASCII words that names and lexicon entries mostly are.
func inLower(set map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return set[lower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return set[lower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])] // the compiler does not copy for a map index
}

// countWords counts the white-space separated words of s.
var countWords = text.CountFields

// atLeastWords reports whether s has n words or more, reading no further.
var atLeastWords = text.AtLeastFields

// isMarkText reports whether the punctuation token w is a quotation mark
// character.
func isMarkText(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && text.IsQuoteMark(r)
}

// isInitials reports whether a name is a person's initials alone, as
// court reporting writes suspects and witnesses: "K.V.", "R. M.", not an
// abbreviation of a place or body (lexicon/abbreviations.txt).
func isInitials(name string) bool {
	var b [16]byte
	k, ok := dottedLetters(b[:0], name)
	return ok && !abbreviations.has(string(k))
}

// dottedLetters reports whether name is two capitals or more, each with
// a full stop ("A.C.", "R. M."), and appends them to k in lower case with
// their stops: before a surname they are initials whatever else they
// abbreviate ("mr. A.C. Boerhaave").
func dottedLetters(k []byte, name string) ([]byte, bool) {
	letters := 0
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == ' ':
			continue
		case c >= 'A' && c <= 'Z' && i+1 < len(name) && name[i+1] == '.':
			letters++
		case c != '.':
			return k, false
		}
		if len(k) == cap(k) {
			return k, false
		}
		k = append(k, c|0x20) // ASCII lower case; '.' is unchanged
	}
	return k, letters >= 2
}

// abbreviations holds the dotted abbreviations that are not initials
// (lexicon/abbreviations.txt).
var abbreviations = wordSet("abbreviations.txt")

// isInitial reports whether w is one initial: a capital and a full stop.
func isInitial(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}
