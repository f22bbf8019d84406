package layout

import (
	"strings"

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
// O'Brien" line: the word, then a name, and no sentence.
func isBylineLine(t string) bool {
	if strings.ContainsAny(t, "\n\r") {
		return false
	}
	var fa [10]string // markBylines tries whole paragraphs: let them go early
	f, ok := wordsInto(fa[:0], t)
	if !ok || len(f) < 2 || strings.HasSuffix(t, ".") && !isInitials(f[len(f)-1]) {
		return false
	}
	if BylineIntro(t, false) != len(f[0])+1 {
		return false // not one word of lexicon/byline.txt and a space
	}
	w := strings.TrimSuffix(f[1], ",")
	return isNameWord(w) || isInitials(w) || lex().sources[w] || isUpperCase(w) && len(w) > 1
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
func labelledScore(src string, ls []line, blank []bool) int {
	score := 0
	for i := 0; i < len(ls); {
		if blank[i] {
			i++
			continue
		}
		j := i + 1
		for j < len(ls) && !blank[j] {
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

// markBylines turns "Door X" / "By X" blocks before the body into bylines.
func markBylines(src string, d *Doc) {
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if i > 2 || b.Kind != Other && i > 0 && d.Blocks[i-1].Kind != Other {
			return
		}
		if isBylineLine(src[b.Span.Start:b.Span.End]) {
			b.Kind = Byline
			d.Authors = append(d.Authors, authorSpans(src, b.Span)...)
			return
		}
	}
}
