package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// family groups the marks that pair with each other.
type family uint8

const (
	double family = iota + 1 // " “ ” „ ,, '' « »
	single                   // ' ‘ ’ ‚ ‹ ›
)

type role uint8

const (
	opens role = 1 << iota
	closes
)

// mark is one quotation mark found in the text.
type mark struct {
	Span
	fam  family
	role role // opens, closes or both (direction unknown)
}

// pair is a matched opening and closing mark. close is zero when the
// quotation is not closed within its segment.
type pair struct {
	open, close Span
	depth       int // 0 for a top-level quotation
}

func runeBefore(src string, i, start int) rune {
	if i <= start {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(src[start:i])
	return r
}

func runeAfter(src string, i, end int) rune {
	if i >= end {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(src[i:end])
	return r
}

func isOpenContext(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '-' || r == '–' || r == '—' || r == '/' ||
		r == '“' || r == '„' || r == '‘' || r == '«' || r == '‹' || r == '"' || r == '\'' || r == ':'
}

func isCloseContext(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '(' && r != '[' && r != '-' || r == '’' || r == '”'
}

// markByte marks the bytes a mark starts with: the double quote, the
// apostrophe, the comma, 0xC2 («») and 0xE2 (the typographic marks).
var markByte = [256]bool{'"': true, '\'': true, ',': true, 0xC2: true, 0xE2: true}

// scanMarks finds the quotation marks in src[start:end], telling
// apostrophes apart: a mark between letters (auto's, don't, Ra’ad) or
// before an elided article or year ('s avonds, 't, '90s) is not a mark.
// The marks are appended to ms.
func scanMarks(ms []mark, src string, start, end int) []mark {
	for i := start; i < end; {
		if !markByte[src[i]] {
			i++ // most bytes: one look-up
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:end])
		prev, next := runeBefore(src, i, start), runeAfter(src, i+n, end)
		sp := Span{Start: i, End: i + n}
		switch r {
		case '"':
			ms = append(ms, mark{sp, double, direction(prev, next)})
		case '“':
			// After „, the German pairing „…“ closes with “: a “ with a
			// word before it and a space or punctuation after it, when
			// the last double mark opened with „.
			d := opens
			if k := len(ms) - 1; k >= 0 && ms[k].fam == double && ms[k].role == opens && src[ms[k].Start:ms[k].End] == "„" &&
				!isOpenContext(prev) && isCloseContext(next) {
				d = closes
			}
			ms = append(ms, mark{sp, double, d})
		case '„', '«':
			ms = append(ms, mark{sp, double, opens})
		case '”':
			// Some feeds use ” for both marks.
			d := closes
			if isOpenContext(prev) && !unicode.IsSpace(next) && next != ',' && next != '.' {
				d = opens
			}
			ms = append(ms, mark{sp, double, d})
		case '»':
			ms = append(ms, mark{sp, double, closes})
		case ',':
			// The Dutch opening mark ,, (two commas).
			if i+1 < end && src[i+1] == ',' && !unicode.IsSpace(runeAfter(src, i+2, end)) {
				ms = append(ms, mark{Span{Start: i, End: i + 2}, double, opens})
				n = 2
			}
		case '\'', '’':
			// The Dutch closing mark '' (two apostrophes), and its
			// typographic form ’’, which AP and Dutch papers also close
			// “…’’ and „…’’ with.
			if i+2*n <= end && src[i+n:i+2*n] == src[i:i+n] {
				ms = append(ms, mark{Span{Start: i, End: i + 2*n}, double, closes})
				n *= 2
				break
			}
			if isApostrophe(src, i, n, start, end) {
				break
			}
			d := direction(prev, next)
			if r == '’' && d == opens|closes {
				d = closes
			}
			ms = append(ms, mark{sp, single, d})
		case '‘', '‚', '‹':
			if r == '‘' && i+2*n <= end && src[i+n:i+2*n] == src[i:i+n] {
				ms = append(ms, mark{Span{Start: i, End: i + 2*n}, double, opens}) // ‘‘, as ,, opens
				n *= 2
				break
			}
			if isApostrophe(src, i, n, start, end) {
				break
			}
			ms = append(ms, mark{sp, single, opens})
		case '›':
			ms = append(ms, mark{sp, single, closes})
		}
		i += n
	}
	return ms
}

// direction infers whether a straight mark opens or closes from its
// neighbours.
func direction(prev, next rune) role {
	// A mark before a comma or full stop closes, even after a space:
	// `… a drummer' ", he recalled`.
	o := isOpenContext(prev) && !unicode.IsSpace(next) && !strings.ContainsRune(",.;:!?)]", next)
	c := isCloseContext(next) && !unicode.IsSpace(prev)
	switch {
	case o && !c:
		return opens
	case c && !o:
		return closes
	}
	return opens | closes
}

// isApostrophe reports whether the single mark at src[i:i+n] is an
// apostrophe rather than a quotation mark.
func isApostrophe(src string, i, n, start, end int) bool {
	prev, next := runeBefore(src, i, start), runeAfter(src, i+n, end)
	if unicode.IsLetter(prev) && unicode.IsLetter(next) {
		return true // auto's, don't, zo'n, Ra’ad
	}
	if unicode.IsDigit(prev) && unicode.IsLower(next) {
		return true // 1990's, D66'er
	}
	if unicode.IsUpper(prev) && unicode.IsDigit(next) {
		return true // NU'91, a name written with a year
	}
	if prev == '.' && next == 's' && i-2 >= start && src[i-2] >= 'A' && src[i-2] <= 'Z' && !unicode.IsLetter(runeAfter(src, i+n+1, end)) {
		return true // "Kevin B.'s advocate": the genitive of an initial
	}
	if !isOpenContext(prev) {
		return false
	}
	// 's avonds, 't, 'n, 'em, '90s: an elision at a word start.
	rest := src[i+n : end]
	word := 0
	for word < len(rest) && word < 4 {
		c := rest[word]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			break
		}
		word++
	}
	after := runeAfter(src, i+n+word, end)
	if unicode.IsLetter(after) || after == '\'' && word > 1 {
		return false
	}
	if elisions.has(rest[:word]) {
		// 'n' in rock 'n' roll: the closing one is between space and n.
		return true
	}
	if word == 2 && rest[0] >= '0' && rest[0] <= '9' && rest[1] >= '0' && rest[1] <= '9' {
		return true // '90s, '18
	}
	return false
}

// elisions holds the words an apostrophe elides (lexicon/elisions.txt).
var elisions = wordSet("elisions.txt")

// pairMarks matches the marks of one segment. Unmatched opening marks that
// remain at the end are returned in open, outermost first. The pairs are
// appended to pairs, and stack's storage holds the open marks.
func pairMarks(ms []mark, pairs []pair, stack []mark) (_ []pair, open []mark) {
	stack = stack[:0]
	for _, m := range ms {
		// Look a few levels down only: deeper nesting is noise, and a
		// long run of stray marks must not make this quadratic.
		top := -1
		for k := len(stack) - 1; k >= 0 && k >= len(stack)-8; k-- {
			if stack[k].fam == m.fam {
				top = k
				break
			}
		}
		closeIt := m.role&closes != 0 && top >= 0
		if m.role == opens|closes && top >= 0 && top != len(stack)-1 {
			// A straight mark of the outer family while an inner
			// quotation of the other family is open: it opens a nested
			// quotation only when it is not at a word end.
			closeIt = true
		}
		if closeIt {
			o := stack[top]
			pairs = append(pairs, pair{open: o.Span, close: m.Span, depth: top})
			stack = stack[:top]
			continue
		}
		if m.role&opens != 0 {
			stack = append(stack, m)
		}
		// A closing mark with nothing to close is a stray mark (or an
		// apostrophe after a plural: students'); it is left alone.
	}
	return pairs, stack
}
