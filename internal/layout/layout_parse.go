package layout

import (
	"github.com/newsdoc/newsdoc/internal/text"
	"iter"
	"strings"
	"unicode"
)

// Options configures Parse.
type Options struct {
	// Format forces a layout by name (one of Formats); empty detects it.
	Format string
	// IsDateLine reports whether a line is a publication date line. Nil uses
	// a built-in test of its shape.
	IsDateLine func(string) bool
}

func (o Options) isDateLine(s string) bool {
	return o.dateLineEnd(s) > 0
}

// dateLineEnd returns the length of the date in the date line s, or 0:
// all of s, or its part before a separator when that is a date and the
// rest is another ("Posted: Jul 22, 2025 4:00 AM PT | Last Updated: July
// 22, 2025", "Published February 17, 2025 • Updated on …", "Posted Tue 12
// Mar 2024 at 5:30am, updated …"), the first being the publication's.
func (o Options) dateLineEnd(s string) int {
	is := looksLikeDateLine
	if o.IsDateLine != nil {
		is = o.IsDateLine
	}
	if i := updateStart(s, is); i > 0 {
		return i
	}
	if is(s) {
		return len(s)
	}
	for _, sep := range dateSeparators {
		if i := strings.Index(s, sep); i > 0 && is(s[:i]) {
			return i
		}
	}
	return 0
}

// updateStart returns where the note of an update starts in a date line
// s, "…, bijgewerkt 14:05" or "… Updated 4 hours ago", when what comes
// before it is a date line by is; else 0.
func updateStart(s string, is func(string) bool) int {
	// A comma or a space sets off the update's date only before a word
	// of updates.txt, after a space in capitals: a comma is a date's own
	// punctuation too ("Nov. 19, 2019, 6:18 p.m."), and "Sept 18, 2024
	// 2:47 PM Updated 4 hours ago" has none.
	for i := 0; ; {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			return 0
		}
		i += j
		rest := s[i+1:]
		w := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))]
		end := i
		if i > 0 && s[i-1] == ',' {
			end = i - 1
		} else if !unicode.IsUpper(firstRune(w)) {
			w = ""
		}
		var b [32]byte // folded on the stack: the look-up converts nothing
		if w != "" && len(w) <= len(b) && lex().updates[string(text.AppendFold(b[:0], w))] {
			// A separator before the note is neither's: "… | Updated".
			end = len(strings.TrimRight(s[:end], " |•·–-"))
			if end > 0 && is(s[:end]) {
				return end
			}
		}
		i++
	}
}

// dateSeparators set off a date line's second date (an update's).
var dateSeparators = []string{" | ", " • ", " · "}

// Formats lists the layout names Parse knows, in detection order: when two
// layouts score the same, the earlier one wins.
var Formats = []string{"dump", "lexisnexis", "nexis", "mediargus", "labelled", "plain", "text"}

// Detect returns the name of the layout src is most likely in. Each layout
// scores the start of the text on its markers; the best score wins, and
// text that scores on no layout is "text".
//
// The lines of the start are found once and shared by the scorers, and a
// layout whose highest possible score cannot beat the best so far is not
// scored: a file of one article with a dump header is not read five times
// more.
func Detect(src string, o Options) string {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	return detect(sc, src, o)
}

// detect is Detect with the line index in sc's buffer, which it leaves
// free again.
func detect(sc *scratch, src string, o Options) string {
	head := src[:cutAt(src, 1<<16)]
	ls := appendLines(sc.ls[:0], head, 0)
	sc.ls = ls[:0] // kept for the next call, as free
	facts := lineFactsOf(sc.facts[:0], head, ls)
	sc.facts = facts[:0]
	lc := countLines(facts)
	best, score := "text", 0
	for _, f := range Formats {
		if maxScore(f, len(ls)) <= score {
			continue // a tie goes to the earlier layout
		}
		// A bound of 0 is a score of 0, which cannot beat the best either.
		if f != "dump" && f != "plain" && lc.bound(f) <= score {
			continue
		}
		if s := detectScore(f, head, ls, facts, o); s > score {
			best, score = f, s
		}
	}
	return best
}

// A fact is one of the first tests a scorer makes of a line. The facts
// of every line are worked out in one pass and shared: each scorer reads
// every line, and most lines hold nothing it looks for.
type fact uint8

const (
	factBlank fact = 1 << iota
	factLabel      // mayLabel: a colon within the first 41 bytes, not the first
	factCount      // mayCount: at most 60 bytes, with a digit
	factComma      // a comma, which Mediargus headers and datelines hold
	factShort      // 1 to 20 bytes, trimmed: a Nexis marker's length
)

// lineFacts is the facts of a line and its bounds without the space
// around it.
type lineFacts struct {
	a, b int
	f    fact
}

// has reports whether the line has one of the facts in f.
func (lf lineFacts) has(f fact) bool { return lf.f&f != 0 }

// lineFactsOf appends the facts of each line of ls to dst.
func lineFactsOf(dst []lineFacts, src string, ls []line) []lineFacts {
	for _, l := range ls {
		a, b := trim(src, l.Start, l.End)
		lf := lineFacts{a: a, b: b}
		switch {
		case a == b:
			lf.f = factBlank
		default:
			if mayLabel(src, a, b) {
				lf.f |= factLabel
			}
			if mayCount(src, a, b) {
				lf.f |= factCount
			}
			if strings.IndexByte(src[l.Start:l.End], ',') >= 0 {
				lf.f |= factComma
			}
			if b-a <= 20 {
				lf.f |= factShort
			}
		}
		dst = append(dst, lf)
	}
	return dst
}

// maxScore bounds what detectScore can give a layout on n lines: 100 for a
// dump header, 5 for plain, and for the others the most one line can add
// (a Lexis counter line 4, a Nexis end marker 4, a Mediargus header 3, a
// labelled header line 4) times n.
func maxScore(format string, n int) int {
	switch format {
	case "dump":
		return 100
	case "lexisnexis", "nexis", "labelled":
		return 4 * n
	case "mediargus":
		return 3 * n
	case "plain":
		return 5
	}
	return 0
}

// lineCounts counts the lines of a text by what a layout's marker line
// must hold, for bounds tighter than maxScore's: a dump header scores 100,
// and on a short article four points a line can beat it, but four points
// a line that holds a colon or a digit mostly cannot.
//
// A label line is one with a colon where labelOn can find it (mayLabel),
// and a counter a short line with a digit (mayCount).
type lineCounts struct {
	colon        int // label lines
	colonOrDigit int // lines a Lexis scorer reads: labels and counters
	comma        int // lines with a comma: Mediargus headers and datelines
	short        int // non-blank lines of at most 20 bytes: Nexis markers
	colonLong    int // longer label lines: Nexis labels
}

func countLines(facts []lineFacts) lineCounts {
	var c lineCounts
	for _, lf := range facts {
		colon := lf.has(factLabel)
		if colon {
			c.colon++
		}
		if lf.has(factLabel | factCount) {
			c.colonOrDigit++
		}
		if lf.has(factComma) {
			c.comma++
		}
		if lf.has(factShort) {
			c.short++
		} else if colon {
			c.colonLong++
		}
	}
	return c
}

// bound is the most detectScore can give layout f on lines counted as c:
// lexisScore adds at most 4 a line with a colon or a digit (it skips the
// others); nexisScore 4 a marker line (20 bytes at most) and 2 a label
// line (a colon); mediargusScore 3 a line with a comma; labelledScore 4 a
// label line. Below a scorer's own threshold the score is 0.
func (c lineCounts) bound(f string) int {
	b, least := 0, 1
	switch f {
	case "lexisnexis":
		b, least = 4*c.colonOrDigit, 4
	case "nexis":
		b, least = 4*c.short+2*c.colonLong, 4
	case "mediargus":
		b, least = 3*c.comma, 6
	case "labelled":
		b, least = 4*c.colon, 8
	default:
		return 1 << 30
	}
	if b < least {
		return 0
	}
	return b
}

// cutAt returns a line boundary at or before n, so a marker is not cut.
func cutAt(src string, n int) int {
	if n >= len(src) {
		return len(src)
	}
	for i := n; i > 0; i-- {
		if src[i-1] == '\n' {
			return i
		}
	}
	return n
}

// firstLines puts the first non-blank lines of ls that start before limit
// into out, cut at limit, and returns how many it found: the lines
// nonBlankLines(src, 0, limit) would begin with, without making them all.
func firstLines(src string, ls []line, limit int, out []line) int {
	n := 0
	for _, l := range ls {
		if n == len(out) || l.Start >= limit {
			break
		}
		if l.End > limit {
			l.End, l.Next = limit, limit
		}
		if !isBlank(src, l) {
			out[n] = l
			n++
		}
	}
	return n
}

// detectScore scores src, split into the lines ls, for one layout; 0
// means it does not match. facts[i] is what lineFactsOf found of ls[i].
func detectScore(format, src string, ls []line, facts []lineFacts, o Options) int {
	limit := min(len(src), 4096)
	switch format {
	case "dump":
		var first [1]line
		if firstLines(src, ls, limit, first[:]) == 1 {
			if _, _, ok := headerDate(src, first[0]); ok {
				return 100
			}
		}
	case "lexisnexis":
		return lexisScore(src, ls, facts)
	case "nexis":
		return nexisScore(src, ls, facts)
	case "mediargus":
		return mediargusScore(src, ls, facts)
	case "labelled":
		return labelledScore(src, ls, facts)
	case "plain":
		// A headline line, then a date line (within the first lines).
		var buf [3]line
		first := buf[:firstLines(src, ls, limit, buf[:])]
		if len(first) >= 2 && !o.isDateLine(src[first[0].Start:first[0].End]) {
			for _, l := range first[1:] {
				if o.isDateLine(src[l.Start:l.End]) {
					return 5
				}
			}
		}
	}
	return 0
}

// Parse finds the articles in src and their structure. Each Doc owns its
// slices.
func Parse(src string, o Options) []Doc {
	var out []Doc
	for d := range Docs(src, o) {
		out = append(out, d.owned())
	}
	return out
}

// Docs yields the articles in src and their structure, in order. A dump
// (the one layout that holds thousands of articles a file) is read one
// article at a time, so the first comes before the last is found.
//
// A yielded Doc's Blocks and Meta are valid only until the next iteration:
// they are pieces of buffers reused for the next documents and files.
// Copy what must outlive it, or use Parse.
func Docs(src string, o Options) iter.Seq[Doc] {
	return func(yield func(Doc) bool) {
		sc := scratchPool.Get().(*scratch)
		defer scratchPool.Put(sc)
		parseDocs(sc, src, o, yield)
	}
}

// parseDocs is Docs with the buffers of sc, which it leaves reset.
func parseDocs(sc *scratch, src string, o Options, yield func(Doc) bool) {
	sc.reset()
	defer sc.reset()
	format := o.Format
	if format == "" {
		format = detect(sc, src, o)
	}
	var docs []Doc
	switch format {
	case "dump":
		for a := range dumpSpans(src) {
			sc.reset() // the document before this one has been copied
			if !yield(parseDump(sc, src, a, o)) {
				return
			}
		}
		return
	case "lexisnexis":
		docs = parseLexis(sc, src, o)
	case "nexis":
		docs = parseNexis(sc, src, o)
	case "mediargus":
		docs = parseMediargus(sc, src, o)
	case "labelled":
		docs = parseLabelled(sc, src, o)
	case "plain":
		d := parsePlain(sc, src, Span{Start: 0, End: len(src)}, o)
		markBylines(src, &d)
		markDateline(src, &d)
		docs = []Doc{d}
	default:
		d := Doc{Format: "text", Span: trimSpan(src, Span{Start: 0, End: len(src)}), sc: sc}
		d.Blocks = splitBlocks(sc, src, 0, len(src))
		// A first line shaped like a heading, set off from the text
		// below it, is the headline: the one convention every plain
		// copy of an article keeps ("Title", blank line, body).
		// A label in capitals ("ANALYSE") is a kicker, not a headline.
		if len(d.Blocks) > 1 && d.Blocks[0].Kind == Subheading && !isLabel(src[d.Blocks[0].Span.Start:d.Blocks[0].Span.End]) {
			d.Headline = d.Blocks[0].Span
			d.Blocks = d.Blocks[1:]
			markBylines(src, &d)
		}
		markDateline(src, &d)
		docs = []Doc{d}
	}
	for _, d := range docs {
		if !yield(d) {
			return
		}
	}
}

// isLabel reports whether a line is a label of three words or fewer with
// no lower-case letter.
func isLabel(s string) bool {
	return text.CountFields(s) <= 3 && !strings.ContainsFunc(s, unicode.IsLower)
}

// sectionBefore splits a line that opens with a section's name and a bar,
// "Darts | Belga", into the name and the rest: one to three capitalised
// words (or "&") with no digit. (A label before the date line, as in
// "Nieuwsbericht | 09-05-2015", is no section: the annotated articles
// leave such a page's section empty.)
func sectionBefore(src string, s Span) (sec, rest Span, ok bool) {
	i := strings.Index(src[s.Start:s.End], " | ")
	if i <= 0 {
		return Span{}, Span{}, false
	}
	sec = trimSpan(src, Span{Start: s.Start, End: s.Start + i})
	rest = trimSpan(src, Span{Start: s.Start + i + 3, End: s.End})
	var fa [4]string
	f, fits := wordsInto(fa[:0], src[sec.Start:sec.End])
	if !fits || len(f) == 0 || len(f) > 3 || rest.Start >= rest.End || hasDigit(src[sec.Start:sec.End]) {
		return Span{}, Span{}, false
	}
	for _, w := range f {
		if !unicode.IsUpper(firstRune(w)) && w != "&" {
			return Span{}, Span{}, false
		}
	}
	return sec, rest, true
}

// parsePlain reads "headline, blank line, date line, blank line, body".
// Lines before the date line other than the first are kept as blocks of
// kind Other so nothing is lost.
func parsePlain(sc *scratch, src string, a Span, o Options) Doc {
	d := Doc{Format: "plain", Span: trimSpan(src, a), sc: sc}
	ls := nonBlankLines(sc, src, a.Start, a.End)
	if len(ls) == 0 {
		return d
	}
	d.Headline = trimSpan(src, Span{Start: ls[0].Start, End: ls[0].End})
	off := ls[0].Next
	for i := 1; i < min(len(ls), 4); i++ {
		if n := o.dateLineEnd(src[ls[i].Start:ls[i].End]); n > 0 {
			for _, l := range ls[1:i] {
				d.Blocks = append(d.Blocks, Block{Other, trimSpan(src, Span{Start: l.Start, End: l.End})})
			}
			s := trimSpan(src, Span{Start: ls[i].Start, End: ls[i].End})
			d.DateText = trimSpan(src, Span{Start: ls[i].Start, End: ls[i].Start + n})
			d.AddMeta("date_line", s)
			off = ls[i].Next
			break
		}
	}
	d.Blocks = sc.joinBlocks(d.Blocks, splitBlocks(sc, src, off, a.End))
	return d
}

// looksLikeDateLine is a shape test for a date line: short, with a year or a
// numeric date, and no sentence in it.
func looksLikeDateLine(s string) bool {
	s = strings.TrimSpace(s)
	// A final full stop ends a sentence, unless it ends an abbreviation
	// of the time ("6:18 p.m.", "9 a.m.", "14 u.", "p.").
	if s == "" || len(s) > 80 || strings.HasSuffix(s, ".") && !hasTimeSuffix(s) || !mayHaveDigits(s, 4) {
		return false
	}
	var fa [16]string
	words := text.FieldsInto(fa[:0], s)
	if len(words) > 10 {
		return false
	}
	digits := 0
	year := false
	for _, w := range words {
		w = strings.Trim(w, ",.|")
		n := 0
		for _, r := range w {
			if unicode.IsDigit(r) {
				n++
			}
		}
		digits += n
		if n == 4 && len(w) == 4 || strings.Count(w, "-") == 2 || strings.Count(w, "/") == 2 || strings.Count(w, ".") == 2 {
			year = true
		}
	}
	return year && digits >= 4
}

// mayHaveDigits reports whether s may hold n digits (unicode.IsDigit):
// it has n ASCII digits, or a byte from 0x80, which may start another
// script's. Most lines a date line is looked for in have none.
func mayHaveDigits(s string, n int) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80:
			return true
		case '0' <= c && c <= '9':
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

func hasTimeSuffix(s string) bool {
	// strings.ToLower(s) ends in suf when s does, case aside: only the
	// letters of suf itself are lowered to them.
	for _, suf := range []string{"p.", "a.m.", "p.m.", " u."} {
		if len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf) {
			return true
		}
	}
	return false
}
