package layout

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/text"
)

// exportWords holds the labels and date words of the press-database
// exports, read from lexicon/exports_*.txt. The label sets of all
// interface languages are merged: an export uses one of them, and the sets
// do not contradict each other.
type exportWords struct {
	counters  [][]string        // token patterns; "{n}" and "{m}" are numbers
	counterN  int               // the most words a counter pattern has
	fields    map[string]string // upper-case label → meta key
	cover     map[string]string // lower-case cover label → meta key
	markers   map[string]string // lower-case marker line → meta key
	languages map[string]string // upper-case language name → code
	months    map[string]bool   // lower case, without a dot
	weekdays  map[string]bool   // lower case
	labelled  map[string]string // lower-case labelled-layout label → key
	labelKeys map[string]string // each key above → key + "_label", made once
}

var exportLex = sync.OnceValue(func() *exportWords {
	w := &exportWords{
		fields:    map[string]string{},
		cover:     map[string]string{},
		markers:   map[string]string{},
		languages: map[string]string{},
		months:    map[string]bool{},
		weekdays:  map[string]bool{},
		labelled:  map[string]string{},
		labelKeys: map[string]string{},
	}
	for _, lang := range []string{"en", "nl", "de", "fr"} {
		section := ""
		for _, l := range wordList("exports_" + lang + ".txt") {
			if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
				section = l[1 : len(l)-1]
				continue
			}
			k, v, _ := strings.Cut(l, " = ")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch section {
			case "counter":
				p := strings.Fields(k)
				if len(p) > maxCounterWords {
					panic("layout: exports_" + lang + ".txt: counter " + strconv.Quote(k) + " has more than " + strconv.Itoa(maxCounterWords) + " words, more than isCounter reads") // a lexicon's error, not input
				}
				w.counters = append(w.counters, p)
				w.counterN = max(w.counterN, len(p))
			case "field":
				w.fields[strings.ToUpper(k)] = v
			case "cover":
				w.cover[strings.ToLower(k)] = v
			case "marker":
				w.markers[strings.ToLower(k)] = v
			case "language":
				w.languages[strings.ToUpper(k)] = v
			case "month":
				w.months[strings.ToLower(k)] = true
			case "weekday":
				w.weekdays[strings.ToLower(k)] = true
			}
		}
	}
	for _, l := range wordList("labelled.txt") {
		k, v, _ := strings.Cut(l, " = ")
		w.labelled[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
	}
	for _, m := range []map[string]string{w.fields, w.cover, w.labelled} {
		for _, k := range m {
			w.labelKeys[k] = k + "_label"
		}
	}
	return w
})

// text returns the line's content.
func (l line) text(src string) string { return src[l.Start:l.End] }

// indent returns the width of the line's leading white space (a tab counts
// as four) and the offset of its first non-space byte.
func indent(src string, l line) (int, int) {
	w := 0
	i := l.Start
	for i < l.End {
		if c := src[i]; c < utf8.RuneSelf { // ASCII, without decoding
			switch {
			case c == '\t':
				w += 4
			case isASCIISpace(c):
				w++
			default:
				return w, i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:l.End])
		switch {
		case r == '\t':
			w += 4
		case isSpace(r):
			w++
		default:
			return w, i
		}
		i += n
	}
	return w, i
}

// isCentred reports whether the line is indented the way LexisNexis centres
// its outlet, date, edition and copyright lines.
func isCentred(src string, l line) bool {
	w, i := indent(src, l)
	return w >= 3 && i < l.End
}

// label is a "LABEL: value" line.
type label struct {
	Label Span // the label with its colon
	Value Span // trimmed; may be empty
	Key   string
}

// labelOn reads "Label: value" at the start of the line. The label is one
// to four words of letters, hyphens and slashes; keyOf maps it to a meta
// key or refuses it with "".
func labelOn(src string, l line, keyOf func(string) string) (label, bool) {
	_, i := indent(src, l)
	end := l.End
	// Only the first 41 bytes can hold the colon: a paragraph of prose
	// is not searched to its end.
	c := strings.IndexByte(src[i:min(end, i+41)], ':')
	if c <= 0 || c > 40 {
		return label{}, false
	}
	colon := i + c
	name := src[i:colon]
	if name[len(name)-1] == ' ' || strings.Count(name, " ") > 3 {
		return label{}, false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '/' && r != '&' {
			return label{}, false
		}
	}
	// The colon must end the line or be followed by white space; "Version:28"
	// inside a value is no label.
	after := colon + 1
	if after < end {
		if r, _ := utf8.DecodeRuneInString(src[after:end]); !isSpace(r) {
			return label{}, false
		}
	}
	key := keyOf(name)
	if key == "" {
		return label{}, false
	}
	a, b := trim(src, after, end)
	return label{Label: Span{Start: i, End: colon + 1}, Value: Span{Start: a, End: b}, Key: key}, true
}

// fieldKey maps a LexisNexis field label to its key. Unknown labels in
// capitals ("PUB-SUBJECT", "NAME") are kept under their own name.
func fieldKey(s string) string {
	var b [32]byte
	if k, ok := exportLex().fields[string(appendUpper(b[:0], s))]; ok {
		return k
	}
	if len(s) < 3 || !isUpperCase(s) || strings.ContainsRune(s, ' ') {
		return ""
	}
	return snake(s)
}

// knownFieldKey maps only the labels of the lexicon; for mixed-case labels
// (Nexis Uni) an unknown word followed by a colon is ordinary text.
func knownFieldKey(s string) string {
	var b [32]byte
	return exportLex().fields[string(appendUpper(b[:0], s))]
}

// appendUpper appends s in upper case to dst.
func appendUpper(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, strings.ToUpper(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isUpperCase reports whether strings.ToUpper(s) == s, without the copy.
func isUpperCase(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false // ToUpper writes U+FFFD for the byte
			}
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

func coverKey(s string) string {
	var b [32]byte
	if k, ok := exportLex().cover[string(text.AppendFold(b[:0], s))]; ok {
		return k
	}
	return ""
}

// snake turns a label into a meta key: "PUB-SUBJECT" → "pub_subject".
func snake(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
			b.WriteByte('_')
		}
	}
	return strings.TrimSuffix(b.String(), "_")
}

// addLabel records a labelled value and its label, so that the label's
// text (which names the interface language) is kept too.
func (d *Doc) addLabel(l label) {
	k, ok := exportLex().labelKeys[l.Key]
	if !ok {
		k = l.Key + "_label" // a key snake made of an unknown label
	}
	d.AddMeta(k, l.Label)
	if l.Value.Len() > 0 {
		d.AddMeta(l.Key, l.Value)
	}
}

// isCounter reports whether the line is a document counter such as
// "3 of 10 DOCUMENTS" or "Dokument 234 von 456".
func isCounter(src string, l line) bool {
	a, b := trim(src, l.Start, l.End)
	if b-a > 60 || a == b || !hasDigit(src[a:b]) {
		return false // every counter has numbers; most lines have none
	}
	// Split into an array on the stack, as Detect asks this of every
	// line with a digit; a line of more words than any pattern (most
	// such lines are prose) is not split further.
	var buf [maxCounterWords]string
	lex := exportLex()
	f, fits := fieldsUpTo(buf[:0:lex.counterN], src[a:b])
	if !fits {
		return false
	}
	for _, p := range lex.counters {
		if len(p) != len(f) {
			continue
		}
		ok := true
		for i, w := range p {
			if w == "{n}" || w == "{m}" {
				ok = isDigits(f[i])
			} else {
				ok = strings.EqualFold(w, f[i])
			}
			if !ok {
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// maxCounterWords is the most words a counter pattern may have: isCounter
// splits a line into an array of that many on the stack.
const maxCounterWords = 8

// fieldsUpTo appends the words of s, as strings.Fields splits them, to
// dst up to its capacity, and reports whether they all fit: a line of
// more words than the caller can use is not read to its end.
func fieldsUpTo(dst []string, s string) ([]string, bool) {
	start := -1
	for i, r := range s {
		var space bool
		if r < utf8.RuneSelf {
			space = isASCIISpace(byte(r))
		} else {
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		case !space && start < 0:
			if len(dst) == cap(dst) {
				return dst, false
			}
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst, true
}

// isASCIISpace is unicode.IsSpace for an ASCII byte.
func isASCIISpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

// wordOf appends w to dst in lower case, without the punctuation that
// dates put around words.
func wordOf(dst []byte, w string) []byte { return text.AppendFold(dst, strings.Trim(w, ".,;:()")) }

// isMonth and isWeekday test one word of a date line.
func isMonth(w string) bool {
	var b [32]byte
	return exportLex().months[string(wordOf(b[:0], w))]
}

func isWeekday(w string) bool {
	var b [32]byte
	return exportLex().weekdays[string(wordOf(b[:0], w))]
}

// isExportDateLine reports whether s is a publication date line of an
// export: a month name or a numeric date, a year, and no more than a few
// other words (weekday, time, zone). "Bahrain Telecommunications Report Q1
// 2009" has a year but no month and is not one.
func isExportDateLine(s string) bool {
	// A year or a numeric date is four ASCII digits at least: a line
	// with fewer is not split into words.
	if !mayHaveDigits(s, 4) {
		return false
	}
	var fa [9]string
	f, ok := wordsInto(fa[:0], s)
	if !ok || len(f) == 0 {
		return false
	}
	month, year, numeric := false, false, false
	other := 0
	for _, w := range f {
		t := strings.Trim(w, ".,;")
		switch {
		case isMonth(w):
			month = true
		case len(t) == 4 && isDigits(t):
			year = true
		case isNumericDate(t):
			numeric = true
		case isDigits(t) && len(t) <= 2, isWeekday(w), isClock(t), t == "AM" || t == "PM":
		default:
			other++
		}
	}
	return (month && year || numeric) && other <= 3
}

// isNumericDate reports whether w is a day-month-year date: "30-11-2011",
// "30/11/2011", "30.11.2011".
func isNumericDate(w string) bool {
	// d(d) sep d(d) sep dddd, with one separator, -, / or .: the first
	// separator is the second or the third byte, so only those are read
	// (a search of the whole word for any of three bytes cost more than
	// the rest of the test).
	i := -1
	switch {
	case w == "" || dateSep(w[0]):
		return false
	case len(w) > 1 && dateSep(w[1]):
		i = 1
	case len(w) > 2 && dateSep(w[2]):
		i = 2
	}
	if i < 1 || len(w) < i+7 {
		return false
	}
	sep := w[i]
	j := strings.IndexByte(w[i+1:], sep) + i + 1
	return j > i+1 && j <= i+3 && len(w)-j-1 == 4 && isDigits(w[:i]) && isDigits(w[i+1:j]) && isDigits(w[j+1:])
}

func dateSep(c byte) bool { return c == '-' || c == '/' || c == '.' }

// isWeekdayLine reports whether the line is only a weekday ("woensdag").
func isWeekdayLine(s string) bool {
	var fa [1]string
	f, ok := wordsInto(fa[:0], s)
	return ok && len(f) == 1 && isWeekday(f[0])
}

// isCopyright reports whether s opens a copyright notice.
func isCopyright(s string) bool {
	s = strings.TrimLeftFunc(s, isSpace)
	return strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c)") || strings.HasPrefix(s, "(C)") ||
		len(s) >= 9 && strings.EqualFold(s[:9], "copyright")
}

// notAuthor reports whether a part of a byline after a name is an outlet,
// a job or a place: "CBC News", "The Quorbel Press", "Arts
// Correspondent", "correspondent Centraal-Europa", "economieredactie",
// "Abuja". A name has two words at least; one word in capitals may be
// initials or an agency ("ANP").
func notAuthor(s string) bool {
	if text.Outlets().Has(s) {
		return true
	}
	var fb [8]string
	f, _ := wordsInto(fb[:0], s)
	if len(f) == 0 {
		return false
	}
	if isArticle(f[0]) || len(f) == 1 && isNameWord(f[0]) {
		return true
	}
	var lb [32]byte
	for _, w := range [2]string{f[0], f[len(f)-1]} {
		if len(w) > len(lb) {
			continue
		}
		lw := text.AppendFold(lb[:0], w)
		if lex().bylineJobs[string(lw)] {
			return true
		}
		for i := 1; i+6 <= len(lw); i++ {
			if lex().bylineJobs[string(lw[i:])] && lw[i-1] != '-' {
				return true // a compound: "economieredactie"
			}
		}
	}
	return false
}

// authorSpans splits a byline value into names: "Ross Ihaka and Robert
// Gentleman", "Mattha Busby (now), Andrew Sparrow (earlier)", "BY STEPHEN
// POLLARD", "Daniel Boffey in Brussels", "PRUIM, FRED" (surname first).
// Formulas such as "Van onze correspondent" give no name.
func authorSpans(src string, s Span) []Span {
	if BylineFormula(src[s.Start:s.End]) {
		return nil
	}
	// Cut at separators: commas, semicolons, "and", "en", "und", "et", "&".
	type part struct{ a, b int }
	// Stack arrays for the usual byline of a few words: authorSpans runs
	// for every byline.
	var pbuf [8]part
	var tbuf [32]token
	var lb [32]byte // a word in lower case
	parts := pbuf[:0]
	toks := text.Fields(tbuf[:0], src, s.Start, s.End)
	start := s.Start
	for i, t := range toks {
		w := src[t.Start:t.End]
		switch {
		case lex().conjunctions[string(text.AppendFold(lb[:0], w))] || w == "AND" || w == "EN":
			parts = append(parts, part{start, t.Start})
			start = t.End
		case strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";"):
			parts = append(parts, part{start, t.End - 1})
			start = t.End
		case w == "|": // "Jan Quorbel | Business"
			parts = append(parts, part{start, t.Start})
			start = t.End
		}
		_ = i
	}
	parts = append(parts, part{start, s.End})
	// "PRUIM, FRED": one surname and one given name.
	if len(parts) == 2 && len(toks) == 2 && strings.HasSuffix(src[toks[0].Start:toks[0].End], ",") {
		return []Span{s}
	}
	var out []Span // nil when no name is found: callers test for nil
	for _, p := range parts {
		a, b := trim(src, p.a, p.b)
		// Leading "By", "Door", "Von", "Par", "van".
		if n := BylineIntro(src[a:b], true); n > 0 {
			a += n
			// A job in lower case before the name: "By political
			// reporter Jan Quorbel".
			ts := text.Fields(tbuf[:0], src, a, b)
			for i := 0; i < len(ts)-1 && i < 3 && lowerJob(src[ts[i].Start:ts[i].End]); i++ {
				if !lowerJob(src[ts[i+1].Start:ts[i+1].End]) {
					a = ts[i+1].Start
				}
			}
		}
		// A trailing "(…)" or " in <Place>" is no part of the name.
		if i := strings.IndexByte(src[a:b], '('); i > 0 {
			b = a + i
		}
		ts := text.Fields(tbuf[:0], src, a, b) // toks is not read again
		for i := 1; i < len(ts); i++ {
			if w := src[ts[i].Start:ts[i].End]; w == "in" || w == "uit" || w == "aus" || w == "à" {
				b = ts[i-1].End
				break
			}
		}
		a, b = trim(src, a, b)
		if a < b && len(out) > 0 && notAuthor(src[a:b]) {
			continue // "…, CBC News", "…, Arts Correspondent"
		}
		if a < b {
			if out == nil {
				out = make([]Span, 0, len(parts))
			}
			out = append(out, Span{Start: a, End: b})
		}
	}
	return out
}
