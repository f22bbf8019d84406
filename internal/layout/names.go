package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	lexicon "github.com/newsdoc/newsdoc/internal/text"
)

// isNameWord reports whether w is shaped like a capitalised given name or
// surname: "Lieve", "Bastelaere", "Jean-Marie", "D'Hondt", "O’Brien",
// "McCarthy". Acronyms ("VN-Mensenrechtenraad", "ANP") are not.
func isNameWord(w string) bool {
	if w == "" {
		return false
	}
	for part := range strings.SplitSeq(w, "-") {
		if !isNamePart(part) {
			return false
		}
	}
	return true
}

func isNamePart(p string) bool {
	r, n := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(r) {
		return false
	}
	rest := p[n:]
	if rest == "" {
		return false
	}
	second, m := utf8.DecodeRuneInString(rest)
	switch {
	case second == '\'' || second == '’':
		// O'Brien, D'Hondt: a capital must follow the apostrophe.
		return isNamePart(rest[m:])
	case !unicode.IsLower(second):
		return false
	}
	for _, r := range rest {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// isInitials reports whether w is one or more initials: "J.", "J.P.", "A.-M.".
func isInitials(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	prevLetter := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			if prevLetter {
				return false
			}
			prevLetter = true
		case r == '.' || r == '-':
			prevLetter = false
		default:
			return false
		}
	}
	return true
}

func isParticle(w string) bool {
	var b [32]byte
	return lex().particles[string(lexicon.AppendFold(b[:0], w))]
}

// isConjunction reports whether w joins two names in a byline
// (lexicon/conjunctions.txt).
func isConjunction(w string) bool { return lex().conjunctions[w] }

// personBefore finds a person name that ends with toks[end-1]: a surname, the
// particles before it and one given name or initials. It returns the index of
// the name's first token, or -1.
func personBefore(src string, toks []token, end int) int {
	if end < 2 {
		return -1
	}
	text := func(i int) string { return src[toks[i].Start:toks[i].End] }
	last := strings.TrimSuffix(text(end-1), ",")
	if !isNameWord(last) {
		return -1
	}
	i := end - 2
	for i >= 0 && isParticle(text(i)) {
		i--
	}
	if i < 0 {
		return -1
	}
	first := text(i)
	if !isNameWord(first) && !isInitials(first) {
		return -1
	}
	if lex().functionWords[first] {
		return -1
	}
	return i
}

// deskBefore finds an outlet's desk ending with toks[end-1] ("NDTV
// Sports Desk", "The Hindu Bureau", "NOS Nieuws") and returns its first
// token index, or -1: a word of desks.txt, perhaps one capitalised word
// before it, and before those a known source, an acronym, or "The" and a
// capitalised word.
func deskBefore(src string, toks []token, end int) int {
	text := func(i int) string { return src[toks[i].Start:toks[i].End] }
	if end < 2 || !lex().desks[text(end-1)] {
		return -1
	}
	for _, k := range [2]int{end - 1, end - 2} { // the outlet ends before k
		if k < 1 || k < end-1 && !isNameWord(text(k)) {
			continue
		}
		if j := sourceBefore(src, toks, k); j >= 0 {
			return j
		}
		if w := text(k - 1); isAllCapsWord(w) && len(w) >= 2 {
			return k - 1
		}
		if k >= 2 && text(k-2) == "The" && isNameWord(text(k-1)) {
			return k - 2
		}
	}
	return -1
}

// outletBefore finds an outlet's name ending with toks[end-1] and returns
// its first token index, or -1. The name ends in a word of
// outletends.txt or a compound ending in one ("Het Quorbels Stadsblad";
// "… tegen Cercle Brugge Sportkrant", where the compound may be the name
// alone), and takes in the capitalised words before it, joined by a word
// of outletjoins.txt ("Bay of Quorbel Sentinel"):
//   - after a word in lower case that is no preposition, up to three,
//     since a headline seldom ends in a capitalised word there: "…
//     cracks Continental Press Agency";
//   - up to an article that opens the name, two words or fewer before
//     its last ("… shortage The Moray Firth Chronicle"), unless a
//     preposition comes before the article ("Interview met De Quorbel
//     Courant");
//   - after a preposition, all but the preposition's object, which is
//     the longest run of the words that the body writes too, and at
//     least one ("… terug in Friesland Leeuwarder Courant");
//   - in a longer run, all but the words the body writes too, which the
//     headline ends with ("… on Beach Road Port Quorbel Standard"); with
//     none, the run is not told apart.
func outletBefore(src string, toks []token, end int, body string) int {
	text := func(i int) string { return src[toks[i].Start:toks[i].End] }
	if end < 3 {
		return -1
	}
	last := text(end - 1)
	compound := !lex().outletEnds[last] && endsInOutletWord(last) // "Stadsblad", "Sportkrant"
	if !lex().outletEnds[last] && !compound {
		return -1
	}
	k := end - 1 // the name starts at k so far
	words := 0
	for ; ; words++ {
		if k == 0 || words > 8 {
			return -1 // the whole line, or too long a run to tell
		}
		w := text(k - 1)
		switch {
		case isArticle(w):
			if words > 2 || k >= 2 && lex().functionWords[capitalised(text(k-2))] {
				return -1
			}
			return k - 1
		case isNameWord(w) || isAllCapsWord(w) || isAbbreviation(w) && isNameWord(text(k)):
			k--
			continue
		case k >= 2 && lex().outletJoins[w] && isNameWord(text(k-2)):
			k -= 2
			continue
		}
		break
	}
	long := words > 3 // more words than an outlet's name has before its last
	if long || lex().functionWords[capitalised(text(k-1))] {
		// The preposition's object, or the headline's end before a long
		// run: the words the body writes too; else the first after a
		// preposition, and nothing after a long run.
		i, from := k+1, end-2
		if compound {
			from = end - 1
		}
		if long {
			i = k
		}
		for j := from; j > k; j-- {
			if containsPhrase(body, src[toks[k].Start:toks[j-1].End]) {
				i = j
				break
			}
		}
		if i == k || i >= end || long && end-1-i > 3 {
			return -1 // (nothing after the preposition but the compound: "… gezien” de Volkskrant")
		}
		k = i
	}
	if k >= end-1 && !compound {
		return -1 // one word and no article: a person's or the headline's
	}
	return k
}

// containsPhrase reports whether s has phrase as whole words.
func containsPhrase(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(phrase)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		i = a + 1
	}
}

// isArticle reports whether w is a definite article that may open an
// outlet's name (lexicon/outletarticles.txt).
func isArticle(w string) bool { return lex().outletArticles[w] }

// isAbbreviation reports whether w is a short capitalised abbreviation
// inside a name: "St.", "Ft.", "Mt.".
func isAbbreviation(w string) bool {
	return len(w) >= 3 && len(w) <= 4 && w[len(w)-1] == '.' && isNamePart(w[:len(w)-1])
}

// endsInOutletWord reports whether w is a compound that ends in a word of
// outletends.txt: "Zakendagblad", "Kustkrant".
func endsInOutletWord(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsLower(r) && len(w)-i >= 4 && lex().outletEndsLower[w[i:]] {
			return true
		}
	}
	return false
}

// sourceBefore finds a known source name ending with toks[end-1] and returns
// its first token index, or -1.
func sourceBefore(src string, toks []token, end int) int {
	// Sources are at most a few words; try the longest first.
	for n := 4; n >= 1; n-- {
		if end-n < 0 {
			continue
		}
		s := src[toks[end-n].Start:toks[end-1].End]
		// A source of the bylines or an outlet the stages share ("De
		// Telegraaf", "Al Jazeera"), unless a preposition ties it to the
		// headline: "Interview met NRC".
		if (lex().sources[s] || lexicon.Outlets().Has(s)) &&
			(end-n == 0 || !lex().functionWords[capitalised(src[toks[end-n-1].Start:toks[end-n-1].End])]) {
			return end - n
		}
	}
	return -1
}

// splitByline splits a header's "<headline> <authors>" run, which has no
// separator, into the headline and a trailing list of names. When no
// plausible name ends the run, the headline keeps it all: a name is never
// invented from a headline word.
func splitByline(src string, start, end int, body string) (Span, []Span) {
	var buf [64]token // a header line's words, on the stack
	toks := lexicon.Fields(buf[:0], src, start, end)
	if len(toks) < 2 {
		return trimSpan(src, Span{Start: start, End: end}), nil
	}
	var authors []Span
	n := len(toks)
	for n > 1 {
		j := deskBefore(src, toks, n)
		if j < 0 {
			j = sourceBefore(src, toks, n)
			if j >= 2 && lex().deskLeads[src[toks[j-1].Start:toks[j-1].End]] {
				j-- // "Redactie Omroep Gelderland"
			}
		}
		if i := outletBefore(src, toks, n, body); i >= 0 && (j < 0 || i < j && (isArticle(src[toks[i].Start:toks[i].End]) || j == n-1 && lex().outletEnds[src[toks[j].Start:toks[j].End]])) {
			// An unknown outlet, or a known one's longer name: "Het
			// Westhoeks Nieuwsblad", "Limburgs Nieuwsblad".
			j = i
		}
		if j < 0 {
			j = personBefore(src, toks, n)
		}
		if j < 1 { // a byline can never be the whole line
			break
		}
		if j >= 2 && src[toks[j-1].Start:toks[j-1].End] == "The" {
			// "… without agreement The Ottawa Sentinel": an outlet's
			// article, which no headline ends with and no person's name
			// opens with.
			j--
		}
		nameEnd := toks[n-1].End
		if src[nameEnd-1] == ',' {
			nameEnd--
		}
		authors = append(authors, Span{Start: toks[j].Start, End: nameEnd})
		n = j
		// Another author before this one: "A en B", "A, B".
		if n > 1 && isConjunction(src[toks[n-1].Start:toks[n-1].End]) {
			if k := personOrSource(src, toks, n-1); k >= 1 {
				n--
				continue
			}
			break
		}
		if prev := src[toks[n-1].Start:toks[n-1].End]; strings.HasSuffix(prev, ",") {
			if k := personOrSource(src, toks, n); k >= 1 {
				continue
			}
		}
		break
	}
	if len(authors) == 0 {
		// A headline that ends with a closing quote mark ends there: the
		// capitalised words after it are the byline, even a name the rules
		// above do not know ("…fout" Wouter Verhelst-Ooms).
		if a, ok := bylineAfterQuote(src, toks); ok {
			return trimSpan(src, Span{Start: start, End: a.Start}), []Span{a}
		}
		if as, ok := capitalsByline(src, toks); ok {
			return trimSpan(src, Span{Start: start, End: as[0].Start}), as
		}
		if a, ok := initialsByline(src, toks, body); ok {
			return trimSpan(src, Span{Start: start, End: a.Start}), []Span{a}
		}
		return trimSpan(src, Span{Start: start, End: end}), nil
	}
	// After a closing quote mark, a longer run of name words is one name:
	// "…fout" Anne Marie Verhelst.
	if len(authors) == 1 {
		if a, ok := bylineAfterQuote(src, toks); ok && a.Start < authors[0].Start && a.End == authors[0].End {
			return trimSpan(src, Span{Start: start, End: a.Start}), []Span{a}
		}
	}
	// Found from the end backwards; put them in reading order.
	for i, j := 0, len(authors)-1; i < j; i, j = i+1, j-1 {
		authors[i], authors[j] = authors[j], authors[i]
	}
	return trimSpan(src, Span{Start: start, End: toks[n].Start}), authors
}

// capitalsByline reads a byline written in capitals after a headline
// that is not ("… Trump, Ukraine LISA MASCARO, MARY CLARE JALONICK and
// ERIC TUCKER"): a run of words in capitals, commas and "and"/"en"
// between names, of two words or more, split into its names.
func capitalsByline(src string, toks []token) ([]Span, bool) {
	n := len(toks)
	i, words := n, 0
	for i > 0 {
		w := src[toks[i-1].Start:toks[i-1].End]
		switch {
		case isAllCapsWord(strings.TrimSuffix(w, ",")):
			words++
		case isConjunction(w) && i < n:
		default:
			goto done
		}
		i--
	}
done:
	// The headline before it has a word that is not in capitals, and
	// the run opens with a name word.
	if words < 2 || i < 2 || isConjunction(src[toks[i].Start:toks[i].End]) {
		return nil, false
	}
	if prev := strings.TrimRight(src[toks[i-1].Start:toks[i-1].End], ",.:;!?"); isAllCapsWord(prev) || prev == "" || lex().functionWords[capitalised(prev)] {
		return nil, false // "… talks with NATO and EU"
	}
	var as []Span
	from := i
	for k := i; k < n; k++ {
		w := src[toks[k].Start:toks[k].End]
		switch {
		case isConjunction(w):
			if k > from {
				as = append(as, Span{Start: toks[from].Start, End: toks[k-1].End})
			}
			from = k + 1
		case strings.HasSuffix(w, ","):
			as = append(as, Span{Start: toks[from].Start, End: toks[k].End - 1})
			from = k + 1
		}
	}
	if from < n {
		as = append(as, Span{Start: toks[from].Start, End: toks[n-1].End})
	}
	for _, a := range as {
		if !strings.Contains(src[a.Start:a.End], " ") {
			return nil, false // a name has a given name and a surname: "NATO, EU" are none
		}
	}
	return as, len(as) > 0
}

// initialsByline reads the last word of a header line as the writer's
// initials, as Flemish sites sign ("… gemeenteraad LXB", "… gelijk” kg"):
// two to four letters in one case and no vowel, so no word ("hap",
// "all"), after a word that is no number ("100 kg") and no function word
// ("op tv", "in NYC"), and that the article's body does not use: "Ajax
// verslaat PSV" names the club again below.
func initialsByline(src string, toks []token, body string) (Span, bool) {
	n := len(toks)
	if n < 4 {
		return Span{}, false
	}
	w := src[toks[n-1].Start:toks[n-1].End]
	if len(w) < 2 || len(w) > 4 {
		return Span{}, false
	}
	upper, lower := true, true
	for i := 0; i < len(w); i++ {
		c := w[i]
		upper = upper && c >= 'A' && c <= 'Z'
		lower = lower && c >= 'a' && c <= 'z'
		if strings.IndexByte("aeiouyAEIOUY", c) >= 0 {
			return Span{}, false
		}
	}
	prev := strings.TrimRight(src[toks[n-2].Start:toks[n-2].End], ",")
	if !upper && !lower || prev == "" || prev[0] >= '0' && prev[0] <= '9' || lex().functionWords[capitalised(prev)] || hasWord(body, w) {
		return Span{}, false
	}
	return toks[n-1], true
}

// hasWord reports whether text holds w as a word of its own.
func hasWord(text, w string) bool {
	for i := 0; i+len(w) <= len(text); {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, after := j == 0 || !isWordByte(text[j-1]), j+len(w) == len(text) || !isWordByte(text[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func personOrSource(src string, toks []token, end int) int {
	if j := sourceBefore(src, toks, end); j >= 0 {
		return j
	}
	return personBefore(src, toks, end)
}

// bylineAfterQuote finds a run of one to four name words after a token
// that ends with a closing quotation mark.
func bylineAfterQuote(src string, toks []token) (Span, bool) {
	for i := len(toks) - 2; i >= 0 && i >= len(toks)-5; i-- {
		w := src[toks[i].Start:toks[i].End]
		last := lastRune(w)
		if last != '"' && last != '”' && last != '’' && last != '\'' && last != '»' {
			continue
		}
		names := 0
		for _, t := range toks[i+1:] {
			x := src[t.Start:t.End]
			switch {
			case isNameWord(x) || isInitials(x) || isAllCapsWord(x):
				names++
			case isParticle(x):
			default:
				return Span{}, false
			}
		}
		if names == 0 {
			return Span{}, false
		}
		return Span{Start: toks[i+1].Start, End: toks[len(toks)-1].End}, true
	}
	return Span{}, false
}

// isAllCapsWord reports whether w is written in capitals, as some bylines
// are: "STAVROS KELEPOURIS".
func isAllCapsWord(w string) bool {
	// "McALLISTER", "MacDONALD": a name's prefix keeps its lower case.
	for _, p := range lex().namePrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 2 {
			w = rest
			break
		}
	}
	letters := 0
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '-' && r != '\'' {
			return false
		}
		letters++
	}
	return letters >= 2
}

// capitalised returns w with its first letter in upper case, the form the
// function-word list keeps.
func capitalised(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
