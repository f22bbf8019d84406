package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
}

// Whether a token may be part of a name, as markNames records it.
const (
	nameYes = 1 + iota
	nameNo
)

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize splits src[start:end] into words and punctuation. A word keeps
// inner apostrophes, hyphens and dots (zo'n, Jean-Marie, J.P., 15.000).
func tokenize(src string, start, end int) []tok {
	ts := make([]tok, 0, (end-start)/4+8)
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(src[i:end])
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			i += n
		case isWordRune(r):
			j := i + n
			for j < end {
				r2, m := utf8.DecodeRuneInString(src[j:end])
				if isWordRune(r2) {
					j += m
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&' {
					r3, _ := utf8.DecodeRuneInString(src[min(j+m, end):end])
					if j+m < end && isWordRune(r3) {
						j += m
						continue
					}
				}
				break
			}
			// An initial keeps its dot: "J." in "J. Smith", "Mr." too.
			// An acronym ending a sentence ("de VN.") does not.
			if j < end && src[j] == '.' && (j-i == 1 || isTitleAbbrev(src[i:j]) || strings.Contains(src[i:j], ".")) && unicode.IsUpper(r) {
				j++
			}
			w := src[i:j]
			ts = append(ts, tok{Span: Span{i, j}, text: w, lower: lower(w), cap: unicode.IsUpper(r)})
			i = j
		case (r == '\'' || r == '’') && elision(src[:end], i, n):
			// "'t", "'s", "'n": a Dutch article cut short, a word of its
			// own ("Aad in 't Veld", "'s avonds").
			ts = append(ts, tok{Span: Span{i, i + n + 1}, text: src[i : i+n+1], lower: lower(src[i : i+n+1])})
			i += n + 1
		default:
			w := src[i : i+n]
			ts = append(ts, tok{Span: Span{i, i + n}, text: w, lower: w, punct: true})
			i += n
		}
	}
	return ts
}

// elision reports whether the apostrophe of n bytes at src[i] opens a
// Dutch elided article: after a space, one of t, s, n, then no letter.
func elision(src string, i, n int) bool {
	if i > 0 && src[i-1] != ' ' || i+n+1 > len(src) {
		return false
	}
	switch src[i+n] {
	case 't', 's', 'n':
	default:
		return false
	}
	if i+n+1 == len(src) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[i+n+1:])
	return !isWordRune(r) && r != '\'' && r != '’'
}

func isTitleAbbrev(w string) bool {
	_, ok := lex().titles[w]
	return ok
}

// isTitle reports whether a word is an abbreviated title with its full
// stop that stands before a name: "Dr.", "Sen.", not "Jr.".
func isTitle(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	suffix, ok := lex().titles[w[:len(w)-1]]
	return ok && !suffix
}

func isSentenceEnd(t tok) bool {
	return t.punct && (t.text == "." || t.text == "!" || t.text == "?")
}

// isAllCaps reports whether w is an acronym-like word: AVROTROS, NMBS.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isParticle reports whether toks[k] is a particle inside a name: "van",
// "De", "'t"; a leading one ("in") only before another ("in 't Veld").
func isParticle(toks []tok, k int) bool {
	l := toks[k].lower
	if len(l) > maxParticle {
		return false // most words: no map lookups
	}
	if lex().particles[l] {
		return true
	}
	return lex().leadParticles[l] && k+1 < len(toks) && lex().particles[toks[k+1].lower]
}

// maxParticle is the length in bytes of the longest particle.
var maxParticle = func() int {
	n := 0
	for p := range lex().particles {
		n = max(n, len(p))
	}
	for p := range lex().leadParticles {
		n = max(n, len(p))
	}
	return n
}()

// lower folds w to lower case, without allocating when it already is.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
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
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
