package layout

import (
	"strings"
	"unicode"

	"github.com/newsdoc/newsdoc/internal/text"
)

// The "labelled" layout: a header of "Label: value" lines ("Title:",
// "Datum:", "Auteur:", "URL:", …; lexicon/labelled.txt), a blank line and
// the body. A new header block starts the next article.

func labelledKey(s string) string {
	var b [32]byte
	return exportLex().labelled[string(text.AppendFold(b[:0], s))]
}

// isBylineLine reports whether t is a "Door Jan Peeters" / "By Sarah
// O'Brien" / "Written by political reporter Jan Quorbel" line: the words
// of lexicon/byline.txt, perhaps a job in lower case, then a name, and
// no sentence.
func isBylineLine(t string) bool {
	// The intro first: markBylines tries whole paragraphs, and few open
	// with one, where every test below reads the paragraph.
	n := BylineIntro(t, false)
	if n == 0 || strings.ContainsAny(t, "\n\r") {
		return false
	}
	var fa [10]string
	f, ok := wordsInto(fa[:0], t)
	if !ok || len(f) < 2 || strings.HasSuffix(t, ".") && !isInitials(f[len(f)-1]) {
		return false
	}
	k := text.CountFields(t[:n]) // the first word after the intro
	for j := k; j < len(f) && j < k+3 && lowerJob(f[j]); j++ {
		if j+1 < len(f) && !lowerJob(f[j+1]) {
			k = j + 1 // "By political reporter Jan Quorbel"
		}
	}
	if k >= len(f) {
		return false
	}
	w := strings.TrimSuffix(f[k], ",")
	return isNameWord(w) || isInitials(w) || lex().sources[w] || isUpperCase(w) && len(w) > 1
}

// lowerJob reports whether w may be a word of a job in lower case before
// a name in a byline: "political reporter".
func lowerJob(w string) bool {
	r := firstRune(w)
	return unicode.IsLower(r) && !strings.ContainsAny(w, ",.;:")
}

// isNameLine reports whether src[s.Start:s.End] is one line of a
// person's name, or of a few joined by commas or a conjunction: each a
// given name or initials, then given names, particles and a surname
// ("Pieter-Jan Quorbel", "Joris Van Quorbel", "Mei Ling Quorbel", "Ann
// Quorbel en Tom Vinsha"), perhaps with a job, desk or place after a
// comma or a bar ("Jan Quorbel, Health correspondent", "Jan Quorbel |
// Business").
func isNameLine(src string, s Span) bool {
	// Names and a job are a few words: a paragraph goes no further,
	// and its words would outgrow buf, on the stack.
	const most = 12
	if strings.ContainsAny(src[s.Start:s.End], "\n\r") || text.AtLeastFields(src[s.Start:s.End], most+1) {
		return false
	}
	var buf [most]token
	toks := text.Fields(buf[:0], src, s.Start, s.End)
	word := func(i int) string { return strings.TrimSuffix(src[toks[i].Start:toks[i].End], ",") }
	// name reports whether toks[from:to] is one person's name.
	name := func(from, to int) bool {
		if to-from < 2 || to-from > 4 {
			return false
		}
		if w := word(from); !isNameWord(w) && !isInitials(w) || lex().functionWords[w] || isParticle(w) {
			return false
		}
		if !isNameWord(word(to - 1)) {
			return false
		}
		for i := from + 1; i < to-1; i++ {
			if w := word(i); !isNameWord(w) && !isParticle(w) && !isInitials(w) {
				return false
			}
		}
		return true
	}
	var lb [32]byte
	from := 0
	for i, t := range toks {
		w := src[t.Start:t.End]
		switch {
		case w == "|" || strings.HasSuffix(w, ","):
			if i+1 < len(toks) && notAuthor(src[toks[i+1].Start:s.End]) {
				if w == "|" {
					return name(from, i) // the job, desk or place ends the line
				}
				return name(from, i+1)
			}
			if w == "|" || i+1 == len(toks) || !name(from, i+1) {
				return false
			}
			from = i + 1 // another name: "Ann Quorbel, Tom Vinsha en …"
		case lex().conjunctions[string(text.AppendFold(lb[:0], w))]:
			if !name(from, i) {
				return false
			}
			from = i + 1
		}
	}
	return name(from, len(toks))
}

// isSourceLine reports whether t is the name of a known agency or outlet
// alone, as a credit line: "ANP", "Belga".
func isSourceLine(t string) bool {
	return lex().sources[t] || text.Outlets().Has(t)
}

// isDeskLine reports whether t is one line naming a desk or a job, as
// under a byline: "Western Bureau", "Staff reporter".
func isDeskLine(t string) bool {
	var fa [5]string
	f, ok := wordsInto(fa[:0], t)
	if !ok || len(f) == 0 || strings.ContainsAny(t, "\n.,:;") {
		return false
	}
	return lex().desks[capitalised(f[len(f)-1])] || notAuthor(t) && len(f) > 1
}

// headerLabels counts the label lines that open a block.
func headerLabels(src string, b []line) int {
	n := 0
	for _, l := range b {
		if _, ok := labelOn(src, l, labelledKey); ok {
			n++
		} else if !isBylineLine(l.text(src)) {
			break
		}
	}
	return n
}

// labelledScore: two or more label lines at the start of the text.
// The blocks are runs of non-blank lines of ls, read in place.
func labelledScore(src string, ls []line, facts []lineFacts) int {
	score := 0
	for i := 0; i < len(ls); {
		if facts[i].has(factBlank) {
			i++
			continue
		}
		j := i + 1
		for j < len(ls) && !facts[j].has(factBlank) {
			j++
		}
		n := headerLabels(src, ls[i:j])
		switch {
		case score == 0 && n < 2:
			return 0 // the first block is no header
		case score == 0:
			score = 4 * n
		case n >= 2:
			// Each further header block adds to the score: files of many
			// articles.
			score += 4
		}
		i = j
	}
	return score
}

func parseLabelled(sc *scratch, src string, o Options) []Doc {
	bs := blocksOf(sc, src, 0, len(src))
	var starts []int
	for i, b := range bs {
		if headerLabels(src, b) >= 2 || i == 0 {
			starts = append(starts, i)
		}
	}
	out := sc.docList(len(starts))
	for k, s := range starts {
		end := len(src)
		if k+1 < len(starts) {
			end = bs[starts[k+1]][0].Start
		}
		out = append(out, parseLabelledDoc(sc, src, bs[s], end))
	}
	if len(out) == 0 {
		return []Doc{{Format: "labelled"}}
	}
	return out
}

// parseLabelledDoc reads the header block h and the body up to end.
func parseLabelledDoc(sc *scratch, src string, h []line, end int) Doc {
	d := Doc{Format: "labelled", Span: trimSpan(src, Span{Start: h[0].Start, End: end}), sc: sc}
	var cur label
	have := false
	flush := func() {
		if !have {
			return
		}
		have = false
		switch cur.Key {
		case "headline":
			if d.Headline.IsZero() {
				d.AddMeta("headline_label", cur.Label)
				d.Headline = cur.Value
				return
			}
		case "section":
			if d.Section.IsZero() {
				d.AddMeta("section_label", cur.Label)
				d.Section = cur.Value
				return
			}
		case "date":
			if d.DateText.IsZero() {
				d.DateText = cur.Value
			}
		case "byline":
			if d.Authors == nil {
				d.Authors = authorSpans(src, cur.Value)
			}
		case "language":
			v := strings.ToLower(src[cur.Value.Start:cur.Value.End])
			if len(v) == 2 {
				d.Lang = v
			}
		}
		d.addLabel(cur)
	}
	body := end
	for i, l := range h {
		if lab, ok := labelOn(src, l, labelledKey); ok {
			flush()
			cur, have = lab, true
			continue
		}
		s := trimSpan(src, Span{Start: l.Start, End: l.End})
		if isBylineLine(l.text(src)) {
			flush()
			d.AddMeta("byline", s)
			if d.Authors == nil {
				d.Authors = authorSpans(src, s)
			}
			continue
		}
		if have && i > 0 {
			// A wrapped value.
			if cur.Value.Len() == 0 {
				cur.Value = s
			} else {
				cur.Value.End = s.End
			}
			continue
		}
		body = l.Start // no header: all body
		break
	}
	flush()
	if body == end {
		body = h[len(h)-1].Next
	}
	d.Blocks = splitBlocks(sc, src, min(body, end), end)
	markDateline(src, &d)
	return d
}

// markBylines turns "Door X" / "By X" blocks before the body into
// bylines, and so a block that is one person's name and nothing else
// ("Eline Quorbel" on its own line above or under the date) or a known
// agency's ("ANP").
func markBylines(src string, d *Doc) {
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if i > 2 || b.Kind != Other && i > 0 && d.Blocks[i-1].Kind != Other {
			return
		}
		// A line between the headline and the date (Other), or the
		// first block after them with the body after it.
		head := b.Kind == Other || i+1 < len(d.Blocks)
		if t := src[b.Span.Start:b.Span.End]; isBylineLine(t) || head && (isNameLine(src, b.Span) || isSourceLine(t)) {
			b.Kind = Byline
			d.Authors = append(d.Authors, authorSpans(src, b.Span)...)
			return
		}
		// A section before the byline: "Darts | Belga", "Sport | Ada
		// Quorbel".
		if sec, rest, ok := sectionBefore(src, b.Span); ok && head && !strings.ContainsAny(src[b.Span.Start:b.Span.End], "\n\r") &&
			(isNameLine(src, rest) || isSourceLine(src[rest.Start:rest.End])) {
			b.Kind = Byline
			d.Authors = append(d.Authors, authorSpans(src, rest)...)
			if d.Section.IsZero() {
				d.Section = sec
			}
			return
		}
		// A byline over its desk: "BY ADA QUORBEL\nWestern Bureau".
		if first, desk, ok := strings.Cut(src[b.Span.Start:b.Span.End], "\n"); ok && isBylineLine(first) && isDeskLine(desk) {
			b.Kind = Byline
			d.Authors = append(d.Authors, authorSpans(src, Span{Start: b.Span.Start, End: b.Span.Start + len(strings.TrimRight(first, "\r"))})...)
			return
		}
	}
}
