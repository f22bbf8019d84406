package layout

import (
	"github.com/newsdoc/newsdoc/internal/text"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitBlocks splits src[start:end] into blocks at blank lines and gives
// each a kind. Lines of one block are joined: a block's span runs from its
// first to its last non-space byte.
func splitBlocks(sc *scratch, src string, start, end int) []Block {
	// Blank lines between blocks are mostly "\n\n": their count sizes the
	// list, which otherwise grew through four or five copies an article.
	var out []Block
	if start < end {
		out = sc.blockList(strings.Count(src[start:end], "\n\n") + 1)
	}
	bs := -1 // start of the current block
	be := -1
	flush := func() {
		if bs >= 0 {
			a, b := trim(src, bs, be)
			if a < b {
				out = append(out, Block{Kind: Paragraph, Span: Span{Start: a, End: b}})
			}
		}
		bs, be = -1, -1
	}
	// The lines are read one by one rather than listed first: an article
	// is split once and its lines are not needed again.
	for off := start; off < end; {
		l := lineAt(src[:end], off)
		if isBlank(src, l) {
			flush()
		} else {
			if bs < 0 {
				bs = l.Start
			}
			be = l.End
		}
		if l.Next == off {
			break
		}
		off = l.Next
	}
	flush()
	classify(src, out)
	return out
}

// classify sets the kind of each block from its shape and its neighbours.
func classify(src string, bs []Block) {
	for i := range bs {
		t := src[bs[i].Span.Start:bs[i].Span.End]
		switch {
		case isPullquote(t):
			bs[i].Kind = Pullquote
		case i+1 < len(bs) && isSubheading(t):
			// A subheading needs text after it to head.
			bs[i].Kind = Subheading
		}
	}
}

// isSubheading reports whether t is shaped like a subheading: one short line
// that does not end a sentence.
func isSubheading(t string) bool {
	// The length first, counted no further than it matters: most blocks
	// are paragraphs of many lines' worth.
	if len(t) > 80 && (len(t) > 80*utf8.UTFMax || utf8.RuneCountInString(t) > 80) || strings.ContainsAny(t, "\n\r") {
		return false
	}
	words := text.CountFields(t)
	if words == 0 || words > 10 {
		return false
	}
	last := lastRune(t)
	switch {
	case last == '.' || last == ',' || last == ';' || last == ':':
		return false
	case last == '?' || last == '!':
		return words <= 6
	case isQuoteMark(last):
		// A quotation used as a subheading: the whole line is one quote,
		// not a sentence of speech.
		return (isQuoteMark(firstRune(t)) || strings.HasPrefix(t, ",,")) && words <= 10 && !isSpeech(t)
	}
	if isSpeech(t) {
		return false
	}
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == ')'
}

// isPullquote reports whether t is one quotation followed by the speaker's
// name and nothing else: `"…" Mark Zuckerberg`.
func isPullquote(t string) bool {
	open := firstRune(t)
	if open != '"' && open != '“' && open != '„' && open != '‘' && open != '\'' && open != '«' && !strings.HasPrefix(t, ",,") {
		return false
	}
	// The last closing mark of the block ends the quotation.
	end := strings.LastIndexAny(t, "\"”’'»")
	if end <= 1 {
		return false
	}
	_, n := utf8.DecodeRuneInString(t[end:])
	tail := strings.TrimSpace(t[end+n:])
	if tail == "" {
		return false
	}
	tail = strings.TrimPrefix(strings.TrimPrefix(tail, "-"), "–")
	tail = strings.TrimSpace(tail)
	var buf [5]string
	toks, ok := wordsInto(buf[:0], tail)
	if !ok || len(toks) == 0 {
		return false
	}
	// Every word of the tail is part of a name.
	names := 0
	for _, w := range toks {
		w = strings.TrimSuffix(w, ",")
		switch {
		case isNameWord(w) || isInitials(w):
			names++
		case isParticle(w):
		default:
			return false
		}
	}
	return names >= 1 && isNameWord(strings.TrimSuffix(toks[len(toks)-1], ","))
}

// isSpeech reports whether a short block is speech rather than a heading:
// a quotation split by its attribution (`"Libraries," Chen added, "are not
// buildings."`), a quotation ending a sentence inside its marks, or a
// quotation mark with a reporting verb.
func isSpeech(t string) bool {
	rs := []rune(t)
	marks := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == ',' && i+1 < len(rs) && rs[i+1] == ',', r == '\'' && i+1 < len(rs) && rs[i+1] == '\'':
			marks++ // the Dutch ,,…'' marks count once each
			i++
		case r == '\'' || r == '’':
			// An apostrophe between letters (we're, auto's) is no mark.
			if i == 0 || i+1 == len(rs) || !unicode.IsLetter(rs[i-1]) || !unicode.IsLetter(rs[i+1]) {
				marks++
			}
		case isQuoteMark(r):
			marks++
		}
	}
	if marks == 0 {
		return false
	}
	if isQuoteMark(rs[0]) || strings.HasPrefix(t, ",,") {
		if marks > 2 {
			return true // more than one quotation: split by the speaker
		}
		if n := len(rs); n >= 2 && isQuoteMark(rs[n-1]) && (rs[n-2] == '.' || rs[n-2] == ',' || rs[n-2] == '\'' && n >= 3 && rs[n-3] == '.') {
			return true // a sentence ends inside the marks
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if lex().speechCues[w] {
			return true
		}
	}
	return false
}
