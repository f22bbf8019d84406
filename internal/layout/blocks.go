package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitBlocks splits src[start:end] into blocks at blank lines and gives
// each a kind. Lines of one block are joined: a block's span runs from its
// first to its last non-space byte.
func splitBlocks(src string, start, end int) []Block {
	var out []Block
	bs := -1 // start of the current block
	be := -1
	flush := func() {
		if bs >= 0 {
			a, b := trim(src, bs, be)
			if a < b {
				out = append(out, Block{Kind: Paragraph, Span: Span{a, b}})
			}
		}
		bs, be = -1, -1
	}
	for _, l := range lines(src, start, end) {
		if isBlank(src, l) {
			flush()
			continue
		}
		if bs < 0 {
			bs = l.Start
		}
		be = l.End
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
	if strings.ContainsAny(t, "\n\r") || utf8.RuneCountInString(t) > 80 {
		return false
	}
	words := len(strings.Fields(t))
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
		// A quotation used as a subheading: the whole line is the quote.
		return isQuoteMark(firstRune(t)) && words <= 10
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
	toks := strings.Fields(tail)
	if len(toks) == 0 || len(toks) > 5 {
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
