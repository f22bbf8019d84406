package layout

import (
	"strings"
	"unicode"

	"github.com/newsdoc/newsdoc/internal/text"
)

// The Mediargus TXT export: a numbered table of contents ("1. <title>",
// "De Morgen, woensdag 30 november 2011, p. 23, 853w.", a snippet), then
// the full articles, each opening with "30-11-2011, p.23", an optional
// region line, the title, a kicker, the lead, a "Van onze redacteur" or
// "door …" byline, paragraphs with short subheadings and "© <publisher>".
// Each table entry is matched to its article and the two are compared; a
// disagreement is kept as "toc_mismatch" meta.

// tocEntry is one entry of the table of contents.
type tocEntry struct {
	number, title, dateline, snippet Span
	outlet, length                   Span
	day, month, year, page           int
	used                             bool
	extra                            []Span // lines between the title and the dateline, after a blank
}

// mgHeader reads an article header "30-11-2011, p.23": the date and the
// page reference.
func mgHeader(src string, l line) (date, page Span, d, m, y, p int, ok bool) {
	a, b := trim(src, l.Start, l.End)
	t := src[a:b]
	ds, ps, found := strings.Cut(t, ",")
	if !found || !isNumericDate(ds) || !strings.Contains(ds, "-") {
		return
	}
	ps2 := strings.TrimLeft(ps, " ")
	if !strings.HasPrefix(ps2, "p.") {
		return
	}
	n := strings.TrimSpace(ps2[2:])
	if !isDigits(n) {
		return
	}
	// d-m-yyyy: isNumericDate allows two separators and no more.
	df, my, _ := strings.Cut(ds, "-")
	mf, yf, _ := strings.Cut(my, "-")
	d, m, y = atoi(df), atoi(mf), atoi(yf)
	p = atoi(n)
	off := a + len(ds) + 1 + (len(ps) - len(ps2))
	return Span{Start: a, End: a + len(ds)}, Span{Start: off, End: b}, d, m, y, p, true
}

// mgTocDateline reads "De Morgen, woensdag 30 november 2011, p. 23, 853w.".
func mgTocDateline(src string, l line, e *tocEntry) bool {
	a, b := trim(src, l.Start, l.End)
	// Four parts or more, cut at ", ": the outlet, the date (which may
	// hold the separator), the page and the length.
	t := src[a:b]
	i := strings.Index(t, ", ")
	j := strings.LastIndex(t, ", ")
	k := strings.LastIndex(t[:max(j, 0)], ", ")
	if k <= i {
		return false
	}
	outlet, date, page, words := t[:i], t[i+2:k], t[k+2:j], t[j+2:]
	wd := strings.TrimSuffix(words, ".")
	w := strings.TrimSuffix(wd, "w")
	if w == wd || !isDigits(w) || !strings.HasPrefix(page, "p.") || !isDigits(strings.TrimSpace(page[2:])) || !isExportDateLine(date) {
		return false
	}
	e.dateline = Span{Start: a, End: b}
	e.outlet = Span{Start: a, End: a + len(outlet)}
	ws := b - len(words)
	e.length = Span{Start: ws, End: ws + len(wd)}
	e.page = atoi(strings.TrimSpace(page[2:]))
	prev := "" // the word before f
	for f := range strings.FieldsSeq(date) {
		if k := monthNumber(f); k > 0 {
			e.month = k
			if prev != "" {
				e.day = atoi(prev)
			}
		}
		if len(f) == 4 && isDigits(f) {
			e.year = atoi(f)
		}
		prev = f
	}
	return true
}

// dutchMonths numbers the month names the Mediargus table writes.
var dutchMonths = strings.Fields("januari februari maart april mei juni juli augustus september oktober november december")

func monthNumber(w string) int {
	for i, m := range dutchMonths {
		if strings.EqualFold(w, m) {
			return i + 1
		}
	}
	return 0
}

// tocNumber reads "12. " at the start of a line and returns the number's
// span and where the title starts.
func tocNumber(src string, l line) (Span, int, bool) {
	a, b := trim(src, l.Start, l.End)
	i := a
	for i < b && i-a < 4 && src[i] >= '0' && src[i] <= '9' {
		i++
	}
	if i == a || i+1 >= b || src[i] != '.' || src[i+1] != ' ' {
		return Span{}, 0, false
	}
	t, _ := trim(src, i+1, b)
	return Span{Start: a, End: i + 1}, t, true
}

func parseMediargus(sc *scratch, src string, o Options) []Doc {
	ls := sc.lines(src, 0, len(src))
	// The table of contents runs up to the first article header.
	first := len(ls)
	var heads []int
	for i, l := range ls {
		if _, _, _, _, _, _, ok := mgHeader(src, l); ok {
			if first == len(ls) {
				first = i
			}
			heads = append(heads, i)
		}
	}
	// An entry opens with a numbered line: their count bounds the table.
	numbered := 0
	for _, l := range ls[:first] {
		if _, _, ok := tocNumber(src, l); ok {
			numbered++
		}
	}
	toc := sc.tocList(numbered)
	var loose []Span // table text outside any entry
	cur := -1        // the entry being read, in toc
	for i := 0; i < first; i++ {
		l := ls[i]
		if isBlank(src, l) {
			continue
		}
		if num, t, ok := tocNumber(src, l); ok {
			// An entry needs its dateline within the next lines.
			var e tocEntry
			n := len(toc)
			for j := i + 1; j < first && j <= i+4; j++ {
				if mgTocDateline(src, ls[j], &e) {
					e.number = num
					e.title = trimSpan(src, Span{Start: t, End: ls[j-1].End})
					for k := i + 1; k < j; k++ { // a title over several lines
						if isBlank(src, ls[k]) {
							e.title.End = trimSpan(src, Span{Start: t, End: ls[k-1].End}).End
							// Lines after the blank, before the dateline,
							// are kept with the entry.
							for ; k < j; k++ {
								if !isBlank(src, ls[k]) {
									e.extra = append(e.extra, trimSpan(src, Span{Start: ls[k].Start, End: ls[k].End}))
								}
							}
							break
						}
					}
					toc = append(toc, e)
					cur = len(toc) - 1
					i = j
					break
				}
			}
			if len(toc) > n {
				continue
			}
		}
		s := trimSpan(src, Span{Start: l.Start, End: l.End})
		if cur >= 0 {
			if c := &toc[cur]; c.snippet.Len() == 0 {
				c.snippet = s
			} else {
				c.snippet.End = s.End
			}
			continue
		}
		loose = append(loose, s)
	}
	// Match each article with a table entry: the next unused one when its
	// date and page agree, else the one at the same position when the
	// counts agree (the disagreement is then recorded).
	arts := sc.docList(len(heads))
	pos := 0
	for k, h := range heads {
		end := len(src)
		if k+1 < len(heads) {
			end = ls[heads[k+1]].Start
		}
		var e *tocEntry
		for j := pos; j < len(toc) && j < pos+3; j++ {
			if mgAgrees(src, &toc[j], ls[h]) {
				e, pos = &toc[j], j+1
				break
			}
		}
		if e == nil && len(toc) == len(heads) {
			e, pos = &toc[k], k+1
		}
		title := ""
		if e != nil {
			title = src[e.title.Start:e.title.End]
		}
		d := parseMgArticle(sc, src, ls[h], end, title)
		if e != nil {
			e.used = true
			attachToc(src, e, &d, ls[h])
		}
		arts = append(arts, d)
	}
	// Entries without an article are documents of their own, before the
	// articles.
	unused := 0
	for i := range toc {
		if !toc[i].used {
			unused++
		}
	}
	out := sc.docList(unused + len(arts))
	for i := range toc {
		if e := &toc[i]; !e.used {
			d := Doc{Format: "mediargus", Span: Span{Start: e.number.Start, End: max(e.snippet.End, e.dateline.End)}, Headline: e.title, sc: sc}
			d.AddMeta("toc_number", e.number)
			d.AddMeta("toc_dateline", e.dateline)
			d.AddMeta("outlet", e.outlet)
			d.AddMeta("length", e.length)
			if e.snippet.Len() > 0 {
				d.AddMeta("toc_snippet", e.snippet)
			}
			for _, x := range e.extra {
				d.AddMeta("toc_text", x)
			}
			out = append(out, d)
		}
	}
	out = append(out, arts...)
	if len(out) == 0 {
		d := Doc{Format: "mediargus", Span: trimSpan(src, Span{Start: 0, End: len(src)}), sc: sc}
		d.Blocks = splitBlocks(sc, src, 0, len(src))
		return []Doc{d}
	}
	if len(loose) > 0 {
		c := sc.metaList(len(loose) + len(out[0].Meta))
		for _, s := range loose {
			c = append(c, Field{"cover", s})
		}
		out[0].Meta = append(c, out[0].Meta...)
		out[0].Span.Start = min(out[0].Span.Start, loose[0].Start)
	}
	return out
}

func sameTitle(src string, e *tocEntry, d *Doc) bool {
	return d.Headline.Len() > 0 && sameWords(src[e.title.Start:e.title.End], src[d.Headline.Start:d.Headline.End])
}

// sameWords reports whether a and b hold the same words (runs of
// non-space, as strings.Fields cuts them): joining the words of each
// with one space and comparing made two strings a comparison.
func sameWords(a, b string) bool {
	for {
		a = strings.TrimLeftFunc(a, unicode.IsSpace)
		b = strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		i, j := wordEnd(a), wordEnd(b)
		if a[:i] != b[:j] {
			return false
		}
		a, b = a[i:], b[j:]
	}
}

// wordEnd returns the length of the word s opens with.
func wordEnd(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return i
	}
	return len(s)
}

// mgAgrees reports whether the entry's date and page are those of the
// article header h.
func mgAgrees(src string, e *tocEntry, h line) bool {
	_, _, dd, m, y, p, ok := mgHeader(src, h)
	return ok && dd == e.day && m == e.month && y == e.year && p == e.page
}

// attachToc keeps the entry's text with its article and records where the
// two disagree.
func attachToc(src string, e *tocEntry, d *Doc, h line) {
	// At most eight fields and the extra lines, before the article's own.
	m := d.sc.metaList(8 + len(e.extra) + len(d.Meta))
	m = append(m,
		Field{"toc_number", e.number},
		Field{"toc_title", e.title},
		Field{"toc_dateline", e.dateline},
		Field{"outlet", e.outlet},
		Field{"length", e.length})
	if e.snippet.Len() > 0 {
		m = append(m, Field{"toc_snippet", e.snippet})
	}
	for _, x := range e.extra {
		m = append(m, Field{"toc_text", x})
	}
	if !sameTitle(src, e, d) {
		m = append(m, Field{"toc_mismatch", e.title})
	}
	if !mgAgrees(src, e, h) {
		m = append(m, Field{"toc_mismatch", e.dateline})
	}
	d.Meta = append(m, d.Meta...)
}

// isRegionLine reports whether t lists editions: "Antwerpen, Limburg,
// Oost-Vlaanderen, Vlaams-Brabant/Brussel".
func isRegionLine(t string) bool {
	if !strings.Contains(t, ", ") || strings.ContainsAny(t, ".!?:;\"") {
		return false // one part, or a sentence
	}
	for p := range strings.SplitSeq(t, ", ") {
		for w := range strings.FieldsFuncSeq(p, func(r rune) bool { return r == '/' || r == ' ' }) {
			if !isNameWord(w) && !isParticle(w) {
				return false
			}
		}
	}
	return true
}

// isBylineFormula reports whether t is a byline line: "Van onze
// redacteur", "Van onze correspondent in Parijs", "door sarah theerlynck".
func isBylineFormula(t string) bool {
	if strings.ContainsAny(t, "\n\r") || text.CountFields(t) > 8 {
		return false
	}
	return BylineIntro(t, false) > 0 || BylineFormula(t)
}

// parseMgArticle parses one article from its header line to end.
//
// title is the table entry's title, compared word by word; "" when the
// article has no entry.
func parseMgArticle(sc *scratch, src string, h line, end int, title string) Doc {
	if sameWords(title, "") {
		title = "" // no word to look for
	}
	d := Doc{Format: "mediargus", Span: trimSpan(src, Span{Start: h.Start, End: end}), sc: sc}
	date, page, _, _, _, _, _ := mgHeader(src, h)
	d.DateText = date
	d.AddMeta("date_line", trimSpan(src, Span{Start: h.Start, End: h.End}))
	d.AddMeta("page", page)
	bs := blocksOf(sc, src, h.Next, end)
	// The copyright notice closes the article.
	bodyEnd := end
	var copyright Span
	if n := len(bs); n > 0 && isCopyright(bs[n-1][0].text(src)) {
		copyright = trimSpan(src, Span{Start: bs[n-1][0].Start, End: bs[n-1][len(bs[n-1])-1].End})
		bodyEnd = bs[n-1][0].Start
		bs = bs[:n-1]
	}
	i := 0
	blockSpan := func(b []line) Span { return trimSpan(src, Span{Start: b[0].Start, End: b[len(b)-1].End}) }
	if len(bs) > 1 && len(bs[0]) == 1 && isRegionLine(bs[0][0].text(src)) {
		d.AddMeta("region", blockSpan(bs[0]))
		i++
	}
	// The title: the block the table names, among the first three; blocks
	// above it are the kicker. Without a table entry, the first block.
	t := i
	var above, below Span // kicker and subtitle lines in the title's block
	for k := i; k < len(bs) && k < i+3 && title != ""; k++ {
		b := bs[k]
		if sameWords(src[b[0].Start:b[len(b)-1].End], title) {
			t = k
			break
		}
		if n := len(b); n > 1 && sameWords(b[0].text(src), title) {
			t = k
			below = trimSpan(src, Span{Start: b[1].Start, End: b[n-1].End})
			bs[k] = b[:1]
			break
		}
		if n := len(b); n > 1 && sameWords(b[n-1].text(src), title) {
			t = k
			above = trimSpan(src, Span{Start: b[0].Start, End: b[n-2].End})
			bs[k] = b[n-1:]
			break
		}
	}
	if t < len(bs) {
		for ; i < t; i++ {
			d.AddMeta("kicker", blockSpan(bs[i]))
		}
		if above.Len() > 0 {
			d.AddMeta("kicker", above)
		}
		d.Headline = blockSpan(bs[t])
		if below.Len() > 0 {
			d.AddMeta("subtitle", below)
		}
		i = t + 1
	}
	bodyStart := bodyEnd
	if i < len(bs) {
		bodyStart = bs[i][0].Start
	}
	body := splitBlocks(sc, src, bodyStart, bodyEnd)
	// Kicker and lead: the blocks before a byline formula, or the first
	// block when there is no formula.
	f := -1
	for k := 0; k < len(body) && k < 4; k++ {
		if isBylineFormula(src[body[k].Span.Start:body[k].Span.End]) {
			f = k
			break
		}
	}
	lead := -1
	switch {
	case f == 2:
		d.AddMeta("subtitle", body[0].Span)
		body = body[1:]
		f, lead = 1, 0
	case f == 1:
		lead = 0
	case f < 0 && len(body) > 1 && body[0].Kind == Paragraph:
		lead = 0
	}
	if lead >= 0 {
		d.AddMeta("lead", body[lead].Span)
	}
	if f >= 0 {
		body[f].Kind = Byline
		d.AddMeta("byline", body[f].Span)
		if t := src[body[f].Span.Start:body[f].Span.End]; len(t) >= 5 && strings.EqualFold(t[:5], "door ") {
			d.Authors = authorSpans(src, body[f].Span)
		}
	}
	d.Blocks = body
	if copyright.Len() > 0 {
		d.AddMeta("copyright", copyright)
	}
	markDateline(src, &d)
	return d
}

// mediargusScore counts table datelines and article headers.
func mediargusScore(src string, ls []line, facts []lineFacts) int {
	score := 0
	var e tocEntry
	for i, l := range ls {
		if !facts[i].has(factComma) {
			continue // headers and table datelines have "date, p. n"
		}
		if _, _, _, _, _, _, ok := mgHeader(src, l); ok {
			score += 3
		} else if strings.Contains(l.text(src), ", p. ") && mgTocDateline(src, l, &e) {
			score += 3
		}
	}
	if score < 6 {
		return 0
	}
	return score
}
