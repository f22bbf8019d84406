package layout

import "strings"

// The LexisNexis "classic" TXT export: an optional cover page, then per
// document a counter line ("3 of 10 DOCUMENTS"), centred outlet, date,
// weekday, time and edition lines (a copyright line may come first), the
// headline, labelled fields ("BYLINE:", "LENGTH:", or the interface
// language's labels), the body and a trailer of labelled fields and the
// copyright notice.

// blocksOf groups the lines of src[start:end] into runs of non-blank lines.
//
// The runs are slices of one list of lines, with the blank lines dropped
// in place, instead of a slice grown per run: two pieces of the scratch in
// all. Each run's capacity ends at its length, so appending to one cannot
// overwrite the next.
func blocksOf(sc *scratch, src string, start, end int) [][]line {
	ls := sc.lines(src, start, end)
	runs := 0
	kept := ls[:0]
	prevBlank := true
	for _, l := range ls {
		if isBlank(src, l) {
			prevBlank = true
			continue
		}
		if prevBlank {
			runs++
			prevBlank = false
		}
		kept = append(kept, l)
	}
	if runs == 0 {
		return nil
	}
	out := sc.runList(runs)
	i := 0
	for j := 1; j <= len(kept); j++ {
		// A run ends where the next line does not follow on directly.
		if j == len(kept) || kept[j].Start != kept[j-1].Next {
			out = append(out, kept[i:j:j])
			i = j
		}
	}
	return out
}

// splitLexis returns the cover page (text before the first counter line)
// and the documents, each starting at its counter line.
func splitLexis(src string) (cover Span, docs []Span) {
	var starts []int
	for off := 0; off < len(src); {
		l := lineAt(src, off)
		if isCounter(src, l) {
			starts = append(starts, off)
		}
		if l.Next == off {
			break
		}
		off = l.Next
	}
	if len(starts) == 0 {
		return Span{}, []Span{{Start: 0, End: len(src)}}
	}
	cover = Span{Start: 0, End: starts[0]}
	for i, s := range starts {
		e := len(src)
		if i+1 < len(starts) {
			e = starts[i+1]
		}
		docs = append(docs, Span{Start: s, End: e})
	}
	return cover, docs
}

func parseLexis(sc *scratch, src string, o Options) []Doc {
	cover, spans := splitLexis(src)
	out := sc.docList(len(spans))
	for _, a := range spans {
		out = append(out, parseLexisDoc(sc, src, a))
		sc.freeLines() // the document's lines are read
	}
	if a, b := trim(src, cover.Start, cover.End); a < b {
		attachCover(src, Span{Start: a, End: b}, &out[0])
	}
	for i := range out {
		markDateline(src, &out[i])
	}
	return out
}

// attachCover keeps the cover page as meta of the first document: its
// labelled lines under their keys, other lines as "cover".
func attachCover(src string, c Span, d *Doc) {
	cd := Doc{sc: d.sc}
	for _, b := range blocksOf(d.sc, src, c.Start, c.End) {
		for _, l := range b {
			if lab, ok := labelOn(src, l, coverKey); ok {
				cd.addLabel(lab)
				continue
			}
			s := trimSpan(src, Span{Start: l.Start, End: l.End})
			if isCopyright(l.text(src)) {
				cd.AddMeta("copyright", s)
			} else {
				cd.AddMeta("cover", s)
			}
		}
	}
	d.Meta = d.sc.joinMeta(cd.Meta, d.Meta)
	d.Span.Start = c.Start
}

// lexisState follows one document through its header. It holds the
// document itself rather than a pointer to it: escape analysis does not
// tell the fields apart, so a pointer moved the document to the heap.
type lexisState struct {
	src     string
	d       Doc
	sawDate bool
	outlet  bool
}

func parseLexisDoc(sc *scratch, src string, a Span) Doc {
	st := lexisState{src: src, d: Doc{Format: "lexisnexis", Span: trimSpan(src, a), sc: sc}}
	d := &st.d
	bs := blocksOf(sc, src, a.Start, a.End)
	// The trailer: the last blocks that are fields or the copyright notice.
	tr := len(bs)
	for tr > 0 && isTrailerBlock(src, bs[tr-1]) {
		tr--
	}
	bodyStart, bodyEnd := -1, a.End
	if tr < len(bs) {
		bodyEnd = bs[tr][0].Start
	}
	fields := false // a labelled field has been read
	headline := false
header:
	for _, b := range bs[:tr] {
		for j := 0; j < len(b); j++ {
			l := b[j]
			centred := isCentred(src, l)
			if isCounter(src, l) {
				d.AddMeta("counter", trimSpan(src, Span{Start: l.Start, End: l.End}))
				continue
			}
			if _, ok := labelOn(src, l, fieldKey); ok && !centred {
				fields = true
				if rest := st.fieldBlock(b[j:]); rest >= 0 {
					bodyStart = rest
					break header
				}
				continue header
			}
			if fields || headline && !centred {
				bodyStart = l.Start
				break header
			}
			if centred {
				j = st.headerLine(b, j)
				continue
			}
			// The headline: this and the following flush lines of the block.
			k := j
			for k+1 < len(b) && !isCentred(src, b[k+1]) {
				if _, ok := labelOn(src, b[k+1], fieldKey); ok {
					break
				}
				k++
			}
			d.Headline = trimSpan(src, Span{Start: l.Start, End: b[k].End})
			headline = true
			j = k
		}
	}
	if bodyStart >= 0 && bodyStart < bodyEnd {
		st.body(bodyStart, bodyEnd)
	}
	for _, b := range bs[tr:] {
		st.trailerBlock(b)
	}
	return *d
}

// body splits src[start:end] into blocks. Some exports put fields between
// the subtitle and the body, or between the body and a highlight; a block
// that opens with a known field label in capitals is read as fields.
func (st *lexisState) body(start, end int) {
	src, d := st.src, &st.d
	run := start
	for _, b := range blocksOf(d.sc, src, start, end) {
		if !isFieldLine(src, b[0]) {
			continue
		}
		d.Blocks = d.sc.joinBlocks(d.Blocks, splitBlocks(d.sc, src, run, b[0].Start))
		if rest := st.fieldBlock(b); rest >= 0 {
			run = rest
		} else {
			run = b[len(b)-1].Next
		}
	}
	d.Blocks = d.sc.joinBlocks(d.Blocks, splitBlocks(d.sc, src, run, end))
}

// isFieldLine reports whether l opens with a known field label in capitals.
func isFieldLine(src string, l line) bool {
	lab, ok := labelOn(src, l, knownFieldKey)
	if !ok || isCentred(src, l) {
		return false
	}
	name := src[lab.Label.Start:lab.Label.End]
	return isUpperCase(name)
}

// isTrailerBlock reports whether a block belongs to a document's trailer:
// labelled fields or a copyright notice.
func isTrailerBlock(src string, b []line) bool {
	if isCounter(src, b[0]) {
		return false
	}
	if _, ok := labelOn(src, b[0], fieldKey); ok {
		return true
	}
	return isCopyright(b[0].text(src))
}

// headerLine reads the centred header line b[j] and returns the index of
// the last line it used.
func (st *lexisState) headerLine(b []line, j int) int {
	src, d := st.src, &st.d
	l := b[j]
	s := trimSpan(src, Span{Start: l.Start, End: l.End})
	t := src[s.Start:s.End]
	switch {
	case isCounter(src, l):
		d.AddMeta("counter", s)
	case isCopyright(t):
		// "All Rights Reserved" may continue the notice on the next line.
		for j+1 < len(b) && strings.Contains(strings.ToLower(b[j+1].text(src)), "reserved") {
			j++
			s.End = trimSpan(src, Span{Start: b[j].Start, End: b[j].End}).End
		}
		d.AddMeta("copyright", s)
	case isWeekdayLine(t) && st.sawDate:
		d.AddMeta("weekday", s)
	case isExportDateLine(t):
		if !st.sawDate {
			d.DateText = s
			st.sawDate = true
		}
		d.AddMeta("date_line", s)
	case st.sawDate && d.TimeText.IsZero() && isClock(strings.Fields(t)[0]):
		d.TimeText = s
		d.AddMeta("time", s)
	default:
		if lab, ok := labelOn(src, l, fieldKey); ok {
			d.addLabel(lab)
			break
		}
		switch {
		case st.sawDate:
			d.AddMeta("edition", s)
		case !st.outlet:
			d.AddMeta("outlet", s)
			st.outlet = true
		default:
			d.AddMeta("header_line", s)
		}
	}
	return j
}

// fieldBlock reads a block of labelled fields; a line without a label
// continues the field above it. It returns the offset where the body
// starts when the block holds the body marker ("TEKST:"), else -1.
func (st *lexisState) fieldBlock(b []line) int {
	src := st.src
	var cur label
	have := false
	flush := func() {
		if have {
			st.field(cur)
		}
		have = false
	}
	for j, l := range b {
		if lab, ok := labelOn(src, l, fieldKey); ok {
			flush()
			if lab.Key == "body_marker" {
				st.d.AddMeta("body_marker", trimSpan(src, Span{Start: lab.Label.Start, End: l.End}))
				if j+1 < len(b) {
					return b[j+1].Start
				}
				return l.Next
			}
			cur, have = lab, true
			continue
		}
		if !have {
			// Text before any label: keep it as a block of its own.
			st.d.Blocks = append(st.d.Blocks, Block{Other, trimSpan(src, Span{Start: l.Start, End: l.End})})
			continue
		}
		if cur.Value.Len() == 0 {
			cur.Value = trimSpan(src, Span{Start: l.Start, End: l.End})
		} else {
			cur.Value.End = trimSpan(src, Span{Start: l.Start, End: l.End}).End
		}
	}
	flush()
	return -1
}

// field stores one labelled field.
func (st *lexisState) field(l label) {
	src, d := st.src, &st.d
	switch l.Key {
	case "headline":
		if d.Headline.IsZero() && l.Value.Len() > 0 {
			d.AddMeta("headline_label", l.Label)
			d.Headline = l.Value
			return
		}
	case "section":
		if d.Section.IsZero() && l.Value.Len() > 0 {
			d.AddMeta("section_label", l.Label)
			d.Section = l.Value
			if p := pageIn(src, l.Value); p.Len() > 0 {
				d.AddMeta("page", p)
			}
			return
		}
	case "byline":
		if d.Authors == nil {
			d.Authors = authorSpans(src, l.Value)
		}
	case "language":
		if d.Lang == "" {
			v := src[l.Value.Start:l.Value.End]
			if i := strings.IndexAny(v, ";/,"); i >= 0 {
				v = v[:i]
			}
			d.Lang = exportLex().languages[strings.ToUpper(strings.TrimSpace(v))]
		}
	}
	d.addLabel(l)
}

// pageIn finds the page reference in a section value: "FEATURES; Pg. 6",
// "ECONOMIE; Blz. 9", "S. 7 Ausg. 167", "Cover Story; Pg.22".
func pageIn(src string, s Span) Span {
	v := src[s.Start:s.End]
	for _, p := range []string{"Pg.", "Blz.", "S.", "p."} {
		i := strings.Index(v, p)
		if i < 0 || i > 0 && v[i-1] != ' ' {
			continue
		}
		j := i + len(p)
		for j < len(v) && v[j] == ' ' {
			j++
		}
		k := j
		for k < len(v) && v[k] >= '0' && v[k] <= '9' {
			k++
		}
		if k > j {
			return Span{Start: s.Start + i, End: s.Start + k}
		}
	}
	return Span{}
}

// trailerBlock reads one block of the trailer.
func (st *lexisState) trailerBlock(b []line) {
	src, d := st.src, &st.d
	if _, ok := labelOn(src, b[0], fieldKey); ok {
		// A body marker here ("TEKST:") starts a body that must be kept.
		if rest := st.fieldBlock(b); rest >= 0 && rest < b[len(b)-1].End {
			st.body(rest, b[len(b)-1].End)
		}
		return
	}
	s := trimSpan(src, Span{Start: b[0].Start, End: b[len(b)-1].End})
	if isCopyright(b[0].text(src)) {
		d.AddMeta("copyright", s)
		return
	}
	d.AddMeta("trailer", s)
}

// lexisScore counts the markers of the classic export: counter lines,
// capitalised field labels at the start of a line (the length field most),
// and cover-page labels.
func lexisScore(src string, ls []line, facts []lineFacts) int {
	score, cover := 0, 0
	for i, l := range ls {
		if !facts[i].has(factLabel | factCount) {
			continue // neither a counter nor a label
		}
		switch {
		case facts[i].has(factCount) && isCounter(src, l): // (a counter is a line mayCount takes)
			score += 4
		case !isCentred(src, l):
			if lab, ok := labelOn(src, l, knownFieldKey); ok && isUpperCase(src[lab.Label.Start:lab.Label.End]) {
				if lab.Key == "length" {
					score += 3
				} else {
					score++
				}
			} else if _, ok := labelOn(src, l, coverKey); ok && cover < 3 {
				// A cover page has a few of these; more are another layout's.
				cover++
				score++
			}
		}
	}
	if score < 4 { // one stray "Source:" line is no export
		return 0
	}
	return score
}

// mayLabel reports whether the trimmed line src[a:b] can be read by
// labelOn: its first colon is within 40 bytes of the start, and not the
// first byte. Only that much of the line is searched.
func mayLabel(src string, a, b int) bool {
	return strings.IndexByte(src[a:min(b, a+41)], ':') > 0
}

// mayCount reports whether the trimmed line src[a:b] can be a counter
// line (isCounter): 60 bytes at most, with a digit.
func mayCount(src string, a, b int) bool {
	return b-a <= 60 && hasDigit(src[a:b])
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
