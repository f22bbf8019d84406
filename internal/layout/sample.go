package layout

import (
	"iter"
	"strings"

	"github.com/newsdoc/newsdoc/internal/text"
)

// The "dump" layout of the project's sample: a header line
// " date YYYY-MM <headline> <authors>", a date line, an optional meta line
// "<time> [count] <section>" that may run into the first paragraph, then
// blocks separated by blank lines. Several articles may follow each other.

// headerDate matches the start of a dump header line and returns the span of
// "date" through the date value, and the span of the value alone.
func headerDate(src string, l line) (whole, value Span, ok bool) {
	i, _ := trim(src, l.Start, l.End) // also skips a byte-order mark
	if !strings.HasPrefix(src[i:l.End], "date") || blankAt(src[:l.End], i+len("date")) == 0 {
		return Span{}, Span{}, false
	}
	j := i + len("date")
	for n := blankAt(src[:l.End], j); n > 0; n = blankAt(src[:l.End], j) {
		j += n
	}
	k := j
	for k < l.End && (src[k] >= '0' && src[k] <= '9' || src[k] == '-') {
		k++
	}
	v := src[j:k]
	// YYYY, YYYY-MM or YYYY-MM-DD.
	if !(len(v) == 4 || len(v) == 7 && v[4] == '-' || len(v) == 10 && v[4] == '-' && v[7] == '-') || !isDigits(v[:4]) {
		return Span{}, Span{}, false
	}
	if k < l.End && blankAt(src[:l.End], k) == 0 {
		return Span{}, Span{}, false
	}
	return Span{Start: i, End: k}, Span{Start: j, End: k}, true
}

// blankAt returns the length of the space, tab or no-break space at
// src[i], or 0: a header copied from a web page may carry a no-break
// space where the layout has a space.
func blankAt(src string, i int) int {
	switch {
	case i >= len(src):
		return 0
	case src[i] == ' ' || src[i] == '\t':
		return 1
	case strings.HasPrefix(src[i:], "\u00a0"):
		return len("\u00a0")
	}
	return 0
}

// dumpSpans yields the articles of a dump file, each as soon as the next
// header line (or the end) is found: each begins at a header line. Text
// before the first header is an article too, so nothing is lost.
func dumpSpans(src string) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		start := -1
		for off := 0; off < len(src); {
			l := lineAt(src, off)
			if _, _, ok := headerDate(src, l); ok {
				switch {
				case start >= 0:
					if !yield(Span{Start: start, End: off}) {
						return
					}
				case off > 0:
					// Text before the first header is an article of
					// its own, unless it is only white space.
					if a, b := trim(src, 0, off); a < b {
						if !yield(Span{Start: 0, End: off}) {
							return
						}
					}
				}
				start = off
			}
			if l.Next == off {
				break
			}
			off = l.Next
		}
		if start < 0 {
			if a, b := trim(src, 0, len(src)); a >= b {
				return
			}
			start = 0
		}
		yield(Span{Start: start, End: len(src)})
	}
}

// parseDump parses one article of the dump layout in src[a.Start:a.End].
func parseDump(sc *scratch, src string, a Span, o Options) Doc {
	d := Doc{Format: "dump", Span: trimSpan(src, a), sc: sc}
	off := a.Start
	ls := nonBlankLines(sc, src, a.Start, a.End)
	if len(ls) == 0 {
		return d
	}
	// Header line.
	first := ls[0]
	if whole, value, ok := headerDate(src, first); ok {
		d.Header = value
		d.AddMeta("header_date", whole)
		d.Headline, d.Authors = splitByline(src, whole.End, first.End, src[first.End:a.End])
		if n := len(d.Authors); n > 0 {
			// The byline as written, with its "en", "and" or commas.
			d.AddMeta("byline", trimSpan(src, Span{Start: d.Authors[0].Start, End: first.End})) // to the line end: a trailing comma too
		}
		off = first.Next
		ls = ls[1:]
	} else {
		// Not a header: the whole chunk is body text (text before the first
		// header of a file).
		d.Format = "text"
		d.Blocks = splitBlocks(sc, src, off, a.End)
		return d
	}
	// Date line.
	if len(ls) > 0 && o.isDateLine(src[ls[0].Start:ls[0].End]) {
		s := trimSpan(src, Span{Start: ls[0].Start, End: ls[0].End})
		d.DateText = s
		d.AddMeta("date_line", s)
		off = ls[0].Next
		ls = ls[1:]
	}
	// Meta line.
	if len(ls) > 0 {
		if m, ok := parseMetaLine(src, ls[0]); ok {
			d.TimeText = m.time
			d.AddMeta("time", m.time)
			if !m.count.IsZero() {
				d.AddMeta("count", m.count)
			}
			if !m.section.IsZero() {
				d.Section = m.section
			}
			off = m.rest
			if m.rest >= ls[0].End {
				off = ls[0].Next
			}
		}
	}
	d.Blocks = splitBlocks(sc, src, off, a.End)
	return d
}

// nonBlankLines returns the lines of src[start:end] that hold text.
// The blank lines are dropped in place: one piece for both lists.
func nonBlankLines(sc *scratch, src string, start, end int) []line {
	ls := sc.lines(src, start, end)
	out := ls[:0]
	for _, l := range ls {
		if !isBlank(src, l) {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil // as before: callers test len, but nil keeps the old result
	}
	return out
}

type metaLine struct {
	time, count, section Span
	rest                 int // where the text after the meta fields starts
}

// isClock reports whether w is a time of day as the dump layout writes it:
// "00u54", "0u54", "17h10", "00:54".
func isClock(w string) bool {
	for _, sep := range []byte{'u', 'h', ':', '.'} {
		i := strings.IndexByte(w, sep)
		if i < 1 || i > 2 || len(w)-i-1 != 2 {
			continue
		}
		if isDigits(w[:i]) && isDigits(w[i+1:]) {
			h := atoi(w[:i])
			m := atoi(w[i+1:])
			return h < 24 && m < 60
		}
	}
	return false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// parseMetaLine reads "<time> [count] [section]" at the start of l. The
// section is a known section name (longest first), or else one capitalised
// word; on a line of its own, the whole rest of the line.
func parseMetaLine(src string, l line) (metaLine, bool) {
	var buf [64]token // the line's words, on the stack: one meta line an article
	toks := text.Fields(buf[:0], src, l.Start, l.End)
	if len(toks) == 0 || !isClock(src[toks[0].Start:toks[0].End]) {
		return metaLine{}, false
	}
	m := metaLine{time: Span{Start: toks[0].Start, End: toks[0].End}, rest: l.End}
	i := 1
	if i < len(toks) && isDigits(src[toks[i].Start:toks[i].End]) {
		m.count = Span{Start: toks[i].Start, End: toks[i].End}
		i++
	}
	if i >= len(toks) {
		return m, true
	}
	restStart := toks[i].Start
	rest := src[restStart:l.End]
	// A short rest without sentence punctuation is the section alone.
	if len(toks)-i <= 4 && !strings.ContainsAny(rest, ".!?,;:\"“”‘’") {
		m.section = trimSpan(src, Span{Start: restStart, End: l.End})
		return m, true
	}
	for _, s := range lex().sections {
		if strings.HasPrefix(rest, s) && (len(rest) == len(s) || isSpace(firstRune(rest[len(s):]))) {
			m.section = Span{Start: restStart, End: restStart + len(s)}
			m.rest, _ = trim(src, m.section.End, l.End)
			return m, true
		}
	}
	w := src[toks[i].Start:toks[i].End]
	if isSectionWord(w) && i+1 < len(toks) {
		m.section = Span{Start: toks[i].Start, End: toks[i].End}
		m.rest = toks[i+1].Start
		return m, true
	}
	// No section: the paragraph starts right after the time and count.
	m.rest = restStart
	return m, true
}

// isSectionWord reports whether w can be an unknown section name: one
// capitalised word that is not a sentence's first function word.
func isSectionWord(w string) bool {
	return isNameWord(w) && !lex().functionWords[w]
}
