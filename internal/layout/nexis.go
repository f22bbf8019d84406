package layout

import (
	"strings"

	"github.com/newsdoc/newsdoc/internal/text"
)

// The Nexis Uni export (DOCX saved as text): a cover page (request time,
// job number, numbered list of titles, search terms), then per document
// the title, the outlet, the date line ("July 1, 2019 Monday 9:20 AM GMT"),
// a copyright line, labelled fields ("Section:", "Length:", "Byline:",
// each followed by a no-break space), "Body", the paragraphs, an optional
// "Classification" block of fields, "Load-Date:" and "End of Document".

// markerKey returns the meta key of a line that is only a structural
// marker ("Body", "End of Document"), or "".
func markerKey(src string, l line) string {
	a, b := trim(src, l.Start, l.End)
	return markerOf(src, a, b)
}

// markerOf is markerKey of the trimmed line src[a:b].
func markerOf(src string, a, b int) string {
	if b-a > 20 {
		return ""
	}
	var buf [32]byte
	return exportLex().markers[string(text.AppendFold(buf[:0], src[a:b]))]
}

// splitNexis cuts src after each "End of Document" line.
func splitNexis(src string) []Span {
	var out []Span
	start := 0
	for off := 0; off < len(src); {
		l := lineAt(src, off)
		if markerKey(src, l) == "end_marker" {
			out = append(out, Span{Start: start, End: l.Next})
			start = l.Next
		}
		if l.Next == off {
			break
		}
		off = l.Next
	}
	if a, b := trim(src, start, len(src)); a < b || len(out) == 0 {
		out = append(out, Span{Start: start, End: len(src)})
	}
	return out
}

func parseNexis(sc *scratch, src string, o Options) []Doc {
	spans := splitNexis(src)
	out := sc.docList(len(spans))
	for i, a := range spans {
		d, cover := parseNexisDoc(sc, src, a)
		if c := trimSpan(src, cover); c.Len() > 0 {
			if i == 0 {
				attachCover(src, c, &d)
			} else {
				d.Blocks = sc.joinBlocks(append(sc.blockList(len(d.Blocks)+1), Block{Other, c}), d.Blocks)
				d.Span.Start = c.Start
			}
		}
		markDateline(src, &d)
		out = append(out, d)
		sc.freeLines() // the document's lines are read
	}
	return out
}

// nexisLabel reads a field label; Nexis Uni writes labels in mixed case.
func nexisLabel(src string, l line) (label, bool) { return labelOn(src, l, knownFieldKey) }

// parseNexisDoc parses one document; cover is the text before its title
// (the cover page, for the first document).
func parseNexisDoc(sc *scratch, src string, a Span) (Doc, Span) {
	st := lexisState{src: src, d: Doc{Format: "nexis", Span: trimSpan(src, a), sc: sc}}
	d := &st.d
	ls := nonBlankLines(sc, src, a.Start, a.End)
	// The first field or the "Body" marker; the date line is above it, the
	// outlet above that, and the title above the outlet.
	first := len(ls)
	for i, l := range ls {
		if _, ok := nexisLabel(src, l); ok || markerKey(src, l) == "body_marker" {
			first = i
			break
		}
	}
	date := -1
	for i := min(first, len(ls)) - 1; i >= 0 && i >= first-4; i-- {
		if isExportDateLine(ls[i].text(src)) {
			date = i
			break
		}
	}
	cover := Span{Start: a.Start, End: a.Start}
	next := 0 // the first line after the title, outlet and date
	if date >= 1 {
		// The title: the lines above the outlet up to a blank line.
		t := date - 1
		for t-1 >= 0 && ls[t].Start-ls[t-1].Next == 0 {
			t--
		}
		if t < date-1 {
			d.Headline = trimSpan(src, Span{Start: ls[t].Start, End: ls[date-2].End})
		}
		d.AddMeta("outlet", trimSpan(src, Span{Start: ls[date-1].Start, End: ls[date-1].End}))
		cover = Span{Start: a.Start, End: ls[t].Start}
		next = date
	}
	if date >= 0 {
		d.DateText = trimSpan(src, Span{Start: ls[date].Start, End: ls[date].End})
		d.AddMeta("date_line", d.DateText)
		next = date + 1
	}
	// The trailer, read backwards: fields, markers and blank lines.
	tr := len(ls)
	for tr > next {
		l := ls[tr-1]
		if _, ok := nexisLabel(src, l); ok || markerKey(src, l) != "" && markerKey(src, l) != "body_marker" {
			tr--
			continue
		}
		break
	}
	// Header fields up to "Body".
	i := next
	for ; i < tr; i++ {
		l := ls[i]
		if k := markerKey(src, l); k == "body_marker" {
			d.AddMeta(k, trimSpan(src, Span{Start: l.Start, End: l.End}))
			i++
			break
		}
		if lab, ok := nexisLabel(src, l); ok {
			st.field(lab)
			continue
		}
		s := trimSpan(src, Span{Start: l.Start, End: l.End})
		if isCopyright(l.text(src)) {
			d.AddMeta("copyright", s)
			continue
		}
		if i == next && date < 0 && d.Headline.IsZero() {
			d.Headline = s
			continue
		}
		break
	}
	// "Classification" opens the trailer even when text follows it.
	for j := i; j < tr; j++ {
		if markerKey(src, ls[j]) == "classification_marker" {
			tr = j
			break
		}
	}
	if i < tr {
		end := ls[tr-1].End
		d.Blocks = sc.joinBlocks(d.Blocks, lineBlocks(sc, src, ls[i].Start, end))
	}
	st.nexisTrailer(ls[max(tr, i):])
	return *d, cover
}

// nexisTrailer reads the fields and markers after the body.
func (st *lexisState) nexisTrailer(ls []line) {
	src := st.src
	var cur label
	have := false
	for _, l := range ls {
		if lab, ok := nexisLabel(src, l); ok {
			if have {
				st.field(cur)
			}
			cur, have = lab, true
			continue
		}
		if k := markerKey(src, l); k != "" {
			if have {
				st.field(cur)
				have = false
			}
			st.d.AddMeta(k, trimSpan(src, Span{Start: l.Start, End: l.End}))
			continue
		}
		s := trimSpan(src, Span{Start: l.Start, End: l.End})
		if have {
			if cur.Value.Len() == 0 {
				cur.Value = s
			} else {
				cur.Value.End = s.End
			}
			continue
		}
		st.d.AddMeta("trailer", s)
	}
	if have {
		st.field(cur)
	}
}

// nexisScore counts the markers of a Nexis Uni export.
func nexisScore(src string, ls []line, facts []lineFacts) int {
	score := 0
	for i, l := range ls {
		lf := facts[i]
		marker := ""
		if lf.has(factShort) { // (markerOf reads no longer line; no marker is blank)
			marker = markerOf(src, lf.a, lf.b)
		}
		switch marker {
		case "end_marker":
			score += 4
		case "body_marker", "classification_marker":
			score++
		case "":
			if !lf.has(factLabel) {
				continue // neither label below can be read
			}
			if lab, ok := nexisLabel(src, l); ok {
				if strings.HasPrefix(src[lab.Label.End:], "\u00a0") {
					score += 2
				}
			} else if _, ok := labelOn(src, l, coverKey); ok {
				score++
			}
		}
	}
	if score < 4 {
		return 0
	}
	return score
}

// lineBlocks makes each non-blank line of src[start:end] a block: a DOCX
// saved as text has one paragraph a line and no blank lines between them.
func lineBlocks(sc *scratch, src string, start, end int) []Block {
	ls := nonBlankLines(sc, src, start, end)
	var out []Block
	if len(ls) > 0 {
		out = sc.blockList(len(ls))
	}
	for _, l := range ls {
		out = append(out, Block{Paragraph, trimSpan(src, Span{Start: l.Start, End: l.End})})
	}
	classify(src, out)
	return out
}
