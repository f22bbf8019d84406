package container

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/layout"
)

// GoPress Academic RTF ("Read later" → RTF), one article a file: the
// title (fs26), "De Morgen* - 23 Mar. 2020 -  11" (outlet, '*', the date
// in the interface language, the page), "* DM Magazine" (section or
// edition, often a bare '*'), an empty spacer, an italic lead, paragraphs
// with short subheadings, the author line last, and a small end marker.

// ReadRTF reads an RTF file: a GoPress article when its source line is
// there, else a headline and paragraphs.
func ReadRTF(src string, limit int) (*Result, error) {
	text, paras, cp, err := readRTFParas(src, limit)
	if err != nil {
		return nil, err
	}
	r := &Result{Container: "rtf", Encoding: cp, Text: text}
	for i, p := range paras {
		r.Locs = append(r.Locs, Loc{p.Start, "par " + strconv.Itoa(i)})
	}
	if strings.TrimFunc(text, isSpace) == "" {
		return r, nil
	}
	r.Docs = []layout.Doc{gopressRTFDoc(text, paras)}
	return r, nil
}

// gopressSource matches "De Morgen* - 23 Mar. 2020 -  11": the outlet, the
// date and the page (which may be missing).
var gopressSource = regexp.MustCompile(`^(.+?)\*?\s+-\s+(\d{1,2}\s+\p{L}+\.?\s+\d{4})\s+-\s*(\S*)\s*$`)

type rtfLine struct {
	rtfPara
	s layout.Span // trimmed
}

func gopressRTFDoc(text string, paras []rtfPara) layout.Doc {
	var ls []rtfLine // the non-empty paragraphs
	for _, p := range paras {
		a, b := trimSpan(text, p.Start, p.End)
		if a < b {
			ls = append(ls, rtfLine{p, layout.Span{Start: a, End: b}})
		}
	}
	d := layout.Doc{Format: "gopress"}
	if len(ls) == 0 {
		return d
	}
	d.Span = layout.Span{Start: ls[0].s.Start, End: ls[len(ls)-1].s.End}
	t := func(l rtfLine) string { return text[l.s.Start:l.s.End] }
	src := -1
	for i := 1; i < len(ls) && i < 6; i++ {
		if gopressSource.MatchString(t(ls[i])) {
			src = i
			break
		}
	}
	body := 1
	if src < 0 {
		d.Format = "text"
	} else {
		body = src + 1
		m := gopressSource.FindStringSubmatchIndex(t(ls[src]))
		at := ls[src].s.Start
		d.AddMeta("source_line", ls[src].s)
		d.AddMeta("outlet", layout.Span{Start: at + m[2], End: at + m[3]})
		d.DateText = layout.Span{Start: at + m[4], End: at + m[5]}
		if m[7] > m[6] {
			d.AddMeta("page", layout.Span{Start: at + m[6], End: at + m[7]})
		}
		if body < len(ls) && strings.HasPrefix(t(ls[body]), "*") {
			l := ls[body]
			d.AddMeta("section_line", l.s)
			if a, b := trimSpan(text, l.s.Start+1, l.s.End); a < b {
				d.Section = layout.Span{Start: a, End: b}
			}
			body++
		}
	}
	// The title: everything before the source line (one paragraph without
	// one).
	d.Headline = ls[0].s
	if src > 0 {
		d.Headline.End = ls[src-1].s.End
	}
	rest := ls[body:]
	// The end marker: a last paragraph in a smaller font than the body.
	if n := len(rest); n >= 2 && rest[n-1].FontSize > 0 && rest[n-2].FontSize > 0 && rest[n-1].FontSize < rest[n-2].FontSize {
		d.AddMeta("end_marker", rest[n-1].s)
		rest = rest[:n-1]
	}
	for i, l := range rest {
		s := l.s
		v := text[s.Start:s.End]
		switch {
		case i == 0 && l.Italic:
			d.AddMeta("lead", s)
			d.Blocks = append(d.Blocks, layout.Block{Kind: layout.Paragraph, Span: s})
		case i == len(rest)-1 && i > 0 && isAuthorLine(v):
			d.Blocks = append(d.Blocks, layout.Block{Kind: layout.Byline, Span: s})
			d.Authors = append(d.Authors, s)
		case isShortHeading(v):
			d.Blocks = append(d.Blocks, layout.Block{Kind: layout.Subheading, Span: s})
		default:
			d.Blocks = append(d.Blocks, layout.Block{Kind: layout.Paragraph, Span: s})
		}
	}
	return d
}

// isAuthorLine: GoPress ends an article with its author line, short and
// without end punctuation ("STAVROS KELEPOURIS EN ANN DE BOECK", "peter van
// maldegem"), or initials in brackets ("(JVH)").
func isAuthorLine(v string) bool {
	if strings.HasPrefix(v, "(") && strings.HasSuffix(v, ")") && words(v) <= 3 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(v)
	if strings.ContainsRune(".!?:;\"”’'", last) || strings.ContainsAny(v, "\n") {
		return false
	}
	// Names in capitals may run long with the photographer's credit
	// ("TOM PEETERS ILLUSTRATIES CHARLOTTE DUMORTIER").
	if strings.ToUpper(v) == v && words(v) <= 20 {
		return true
	}
	return words(v) <= 8
}

func trimSpan(text string, a, b int) (int, int) {
	v := text[a:b]
	l := strings.TrimLeftFunc(v, isSpace)
	a += len(v) - len(l)
	r := strings.TrimRightFunc(l, isSpace)
	return a, a + len(r)
}
