package layout

import (
	"strings"
	"unicode"

	"github.com/newsdoc/newsdoc/internal/text"
)

// markDateline splits a wire dateline off the first body paragraph:
// "LONDON (Reuters) - …", "WASHINGTON (AP) — …", "FIREBAUGH, Calif. -- …",
// "ROTTERDAM - De politie …", or a paragraph that is only "DEN HAAG,
// dinsdag". The dateline becomes a Dateline block and the paragraph goes on
// after it; its place and agency become meta.
func markDateline(src string, d *Doc) {
	tries := 0
	for i, b := range d.Blocks {
		if b.Kind == Other || b.Kind == Byline || isLead(d, b) {
			continue
		}
		// The dateline opens the first paragraph, or the second after a
		// subtitle line.
		if tries++; tries > 2 || b.Kind != Paragraph && b.Kind != Subheading {
			return
		}
		dl, place, agency, rest, ok := findDateline(src, b.Span)
		if !ok {
			if b.Kind == Subheading {
				continue
			}
			return
		}
		out := d.sc.blockList(len(d.Blocks) + 1)
		out = append(out, d.Blocks[:i]...)
		out = append(out, Block{Dateline, dl})
		if rest.Len() > 0 {
			out = append(out, Block{Paragraph, rest})
		}
		d.Blocks = append(out, d.Blocks[i+1:]...)
		d.AddMeta("dateline_place", place)
		if agency.Len() > 0 {
			d.AddMeta("dateline_agency", agency)
		}
		return
	}
}

// isCapsWord reports whether w is a word in capitals as datelines write
// places: "LONDON", "DEN", "ST.", "SINT-NIKLAAS", "L'AQUILA".
func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return letters > 0
}

// isDash reports whether w is a dateline's dash.
func isDash(w string) bool { return w == "-" || w == "--" || w == "—" || w == "–" }

// findDateline reads a dateline at the start of the block s.
func findDateline(src string, s Span) (dl, place, agency, rest Span, ok bool) {
	// Most paragraphs open with a word in lower case after its capital,
	// which isCapsWord turns away below: they are not split into words.
	if a, _ := trim(src, s.Start, s.End); a+1 < s.End && 'a' <= src[a+1] && src[a+1] <= 'z' {
		return
	}
	// 200 bytes hold at most 100 tokens: an array on the stack, since
	// every paragraph that opens a body is tried.
	var buf [100]token
	toks := text.Fields(buf[:0], src, s.Start, min(s.End, s.Start+200))
	word := func(i int) string { return src[toks[i].Start:toks[i].End] }
	// The place: up to four words in capitals; a comma may end it.
	i := 0
	comma := false
	for i < len(toks) && i < 4 {
		w := word(i)
		bare := strings.TrimSuffix(w, ",")
		if !isCapsWord(bare) || isDash(bare) {
			break
		}
		i++
		if bare != w {
			comma = true
			break
		}
	}
	if i == 0 {
		return
	}
	place = Span{Start: toks[0].Start, End: toks[i-1].End}
	if comma {
		place.End--
	}
	letters := 0
	for _, r := range src[place.Start:place.End] {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return
	}
	// "DEN HAAG, dinsdag" as a paragraph of its own.
	if comma && i+1 == len(toks) && toks[i].End == s.End && isWeekday(word(i)) {
		return s, place, Span{}, Span{}, true
	}
	// ", Calif." or ", Lebanon": a state or country after the place.
	state := false
	if comma && i < len(toks) {
		w := strings.TrimSuffix(word(i), ",")
		if isNameWord(strings.TrimSuffix(w, ".")) || isInitials(w) {
			place.End = toks[i].Start + len(w)
			i++
			state = true
		}
	} else if comma {
		return
	}
	// "(Reuters)", "(AP)", "(ANP)".
	if i < len(toks) && strings.HasPrefix(word(i), "(") {
		j := i
		for j < len(toks) && j < i+3 && !strings.HasSuffix(word(j), ")") {
			j++
		}
		if j == len(toks) || !strings.HasSuffix(word(j), ")") {
			return
		}
		agency = Span{Start: toks[i].Start + 1, End: toks[j].End - 1}
		if a := src[agency.Start:agency.End]; a == "" || strings.ContainsAny(a, "().,") || !unicode.IsUpper(firstRune(a)) {
			return
		}
		i = j + 1
	}
	if i >= len(toks) || !isDash(word(i)) {
		return
	}
	// A lone capitalised word before the dash must be a place, not an
	// acronym in a sentence ("NAVO - en EU-landen"): the text after the
	// dash must start a sentence.
	if i+1 < len(toks) {
		r := firstRune(word(i + 1))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isQuoteMark(r) {
			return
		}
	} else {
		return
	}
	if agency.Len() == 0 && !state && letters < 3 {
		return
	}
	dl = Span{Start: toks[0].Start, End: toks[i].End}
	rest = Span{Start: toks[i+1].Start, End: s.End}
	return dl, place, agency, rest, true
}

// isLead reports whether b is the lead the layout marked: the dateline
// opens the text after it.
func isLead(d *Doc, b Block) bool {
	for _, m := range d.Meta {
		if m.Key == "lead" && m.Span == b.Span {
			return true
		}
	}
	return false
}
