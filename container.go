package newsdoc

import (
	"errors"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc/internal/container"
	"github.com/newsdoc/newsdoc/internal/layout"
)

// ErrContainer is wrapped by the errors of reading a container (DOCX,
// XML, RTF, HTML) that is malformed beyond a best-effort reading.
var ErrContainer = container.ErrCorrupt

// containerArticles parses src as the container kind container.Detect
// named. Spans index the text the container reader builds, which becomes
// Source; each block's Loc says where its text is in the container.
func (p *Parser) containerArticles(kind, src string, yield func(*Article, error) bool, inCaller *bool) {
	// yield runs the caller's code: a panic from there is theirs.
	call := func(a *Article, err error) bool {
		*inCaller = true
		ok := yield(a, err)
		*inCaller = false
		return ok
	}
	limit := p.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if len(src) > limit {
		call(nil, &ParseError{Pos: Position{Offset: limit}, Err: ErrTooLarge})
		return
	}
	var r *container.Result
	var err error
	switch kind {
	case "docx":
		r, err = container.ReadDOCX(src, limit)
	case "gopress-xml":
		r, err = container.ReadGoPressXML(src, limit)
	case "nitf":
		r, err = container.ReadNITF(src, limit)
	case "rtf":
		r, err = container.ReadRTF(src, limit)
	case "html":
		r, err = container.ReadHTML(src, limit)
	}
	if err != nil {
		var ce *container.Error
		pos := Position{Line: 1, Column: 1}
		if errors.As(err, &ce) {
			pos.Offset = int(ce.Offset)
			if kind != "docx" { // a DOCX offset is inside a zip member
				pos = posIn(src, pos.Offset)
			}
		}
		if errors.Is(err, container.ErrTooLarge) {
			err = errors.Join(ErrTooLarge, err)
		}
		call(nil, &ParseError{Pos: pos, Err: err})
		return
	}
	docs := r.Docs
	if docs == nil {
		docs = layoutDocs(r, p.Format)
	}
	if len(docs) == 0 || strings.TrimSpace(r.Text) == "" {
		call(nil, &ParseError{Pos: Position{Line: 1, Column: 1}, Err: ErrEmpty})
		return
	}
	dec := &decoded{text: r.Text, encoding: r.Container}
	lt := &lineTable{}
	for i := range docs {
		d := &docs[i]
		a := p.build(r.Text, d, nil)
		a.Format = r.Container + "/" + d.Format
		a.Encoding = r.Encoding
		a.Index = i
		a.lines = lt
		a.dec = dec
		for k := range a.Blocks {
			a.Blocks[k].Loc = r.LocAt(a.Blocks[k].Span.Start)
		}
		if a.Published.IsZero() && !d.DateText.IsZero() {
			a.Published, a.PublishedSpans = p.uiDate(r.Text, d.DateText, a.Lang)
		}
		if !call(a, nil) {
			return
		}
	}
}

// layoutDocs parses each part of a container's text with the text layout
// detected on the whole text (or forced by format), shifting the spans into the whole
// text, and hands each extra meta value to the document holding it.
func layoutDocs(r *container.Result, format string) []layout.Doc {
	if format == "" {
		// One layout for the whole export: the cover page and the
		// documents are parts of one file.
		format = layout.Detect(r.Text, layout.Options{})
	}
	parts := r.Parts
	if parts == nil {
		parts = []layout.Span{{Start: 0, End: len(r.Text)}}
	}
	var out []layout.Doc
	for _, part := range parts {
		for _, d := range layout.Parse(r.Text[part.Start:part.End], layout.Options{Format: format}) {
			out = append(out, shiftDoc(d, part.Start))
		}
	}
	for i := range out {
		out[i].Blocks = splitBlocks(r, out[i].Blocks)
	}
	for _, x := range r.Extra {
		k := 0
		for i := range out {
			if out[i].Span.Start <= x.At {
				k = i
			}
		}
		if len(out) > 0 {
			out[k].Meta = append(out[k].Meta, x.Meta)
		}
	}
	return out
}

func shiftDoc(d layout.Doc, by int) layout.Doc {
	sh := func(s layout.Span) layout.Span {
		if s.IsZero() {
			return s
		}
		return layout.Span{Start: s.Start + by, End: s.End + by}
	}
	d.Span = sh(d.Span)
	d.Headline, d.DateText, d.TimeText, d.Header, d.Section = sh(d.Headline), sh(d.DateText), sh(d.TimeText), sh(d.Header), sh(d.Section)
	for i := range d.Authors {
		d.Authors[i] = sh(d.Authors[i])
	}
	for i := range d.Blocks {
		d.Blocks[i].Span = sh(d.Blocks[i].Span)
	}
	for i := range d.Meta {
		d.Meta[i].Span = sh(d.Meta[i].Span)
	}
	return d
}

// uiDate reads a date the container writes in a language other than the
// article's: GoPress writes "23 Mar. 2020" in the language of the web
// interface the export was made with, and NITF writes "20131010".
func (p *Parser) uiDate(src string, s layout.Span, lang language.Tag) (Date, []Span) {
	if d, spans := compactISO(src, s); !d.IsZero() {
		return d, spans
	}
	text := src[s.Start:s.End]
	for _, l := range []string{"en", "nl", "fr", "de"} {
		q := *p
		q.Language = language.Make(l)
		q.Location = p.location(lang)
		q.Now = time.Time{}
		if w, err := q.ParseDate(text); err == nil && w.Span == (Span{0, len(text)}) {
			w.Start.Raw = text
			return w.Start, []Span{Span(s)}
		}
	}
	return Date{}, nil
}

// compactISO reads the basic ISO 8601 form NITF uses ("20131010",
// "20131010T143000+0100"), which the date grammar does not.
func compactISO(src string, s layout.Span) (Date, []Span) {
	v := src[s.Start:s.End]
	for _, f := range []struct {
		layout string
		prec   Precision
		zone   bool
	}{
		{"20060102T150405Z0700", PrecisionSecond, true},
		{"20060102T150405", PrecisionSecond, false},
		{"20060102T1504Z0700", PrecisionMinute, true},
		{"20060102", PrecisionDay, false},
	} {
		t, err := time.Parse(f.layout, v)
		if err != nil {
			continue
		}
		d := Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: f.prec, Raw: v}
		if f.prec > PrecisionDay {
			d.Hour, d.Minute, d.Second = t.Hour(), t.Minute(), t.Second()
		}
		if f.zone {
			d.HasOffset, d.Offset = true, offsetOf(t)
		}
		return d, []Span{Span(s)}
	}
	return Date{}, nil
}

func offsetOf(t time.Time) int {
	_, off := t.Zone()
	return off
}

// splitBlocks cuts blocks at the container's paragraph boundaries: a text
// layout joins lines without a blank line between them into one block,
// but each DOCX paragraph is a block of its own.
func splitBlocks(r *container.Result, bs []layout.Block) []layout.Block {
	var out []layout.Block
	for _, b := range bs {
		start := b.Span.Start
		i := sort.Search(len(r.Locs), func(i int) bool { return r.Locs[i].Offset > b.Span.Start })
		for ; i < len(r.Locs) && r.Locs[i].Offset < b.Span.End; i++ {
			if s := trimmed(r.Text, start, r.Locs[i].Offset); s.Len() > 0 {
				out = append(out, layout.Block{Kind: b.Kind, Span: s})
			}
			start = r.Locs[i].Offset
		}
		if s := trimmed(r.Text, start, b.Span.End); s.Len() > 0 {
			out = append(out, layout.Block{Kind: b.Kind, Span: s})
		}
	}
	return out
}

func trimmed(src string, a, b int) layout.Span {
	v := src[a:b]
	l := strings.TrimLeftFunc(v, unicode.IsSpace)
	a += len(v) - len(l)
	return layout.Span{Start: a, End: a + len(strings.TrimRightFunc(l, unicode.IsSpace))}
}
