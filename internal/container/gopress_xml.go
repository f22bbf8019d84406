package container

import (
	"strings"

	"github.com/newsdoc/newsdoc/internal/layout"
)

// GoPress Academic XML (articles.published/article.published): head/id
// carries the publisher group (scope), the publication day (pubdate, an
// xs:dateTime that is always midnight), the outlet (title) and the issue
// id; head/meta/edition the regional editions; body.head the page, the
// headline (headline/hl1/p) and byline/author/personname/namelast, which
// holds the byline, often with a caption and a photo credit; body.content
// the lead and body.p/p paragraphs; body.end/tagline/authortagline/p the
// author line at the end.

var gopressConfig = xmlConfig{
	Doc: "article.published",
	Block: func(name string) bool {
		switch name {
		case "p", "namelast", "namefirst", "edition", "lead":
			return true
		}
		return false
	},
	Attrs: map[string][]string{
		"id":        {"scope", "pubdate", "title", "issue"},
		"body.head": {"pageNumber"},
	},
}

// ReadGoPressXML reads a GoPress Academic XML export.
func ReadGoPressXML(src string, limit int) (*Result, error) {
	return readXMLDocs(src, gopressConfig, limit, gopressDoc)
}

func gopressDoc(text string, its []item) layout.Doc {
	d := layout.Doc{Format: "gopress", Span: docSpan(its)}
	var author layout.Span
	for _, it := range its {
		s := it.Span
		switch {
		case it.Name == "id" && it.Attr == "pubdate":
			// The day is all a GoPress pubdate says: its time is always
			// midnight, so only the date part is read.
			v := text[s.Start:s.End]
			if len(v) >= 10 && (len(v) == 10 || isMidnight(v[10:])) {
				d.DateText = layout.Span{Start: s.Start, End: s.Start + 10}
			} else {
				d.DateText = s
			}
			d.AddMeta("pubdate", s)
		case it.Name == "id" && it.Attr == "title":
			d.AddMeta("outlet", s)
		case it.Name == "id" && it.Attr == "scope":
			d.AddMeta("publisher", s)
		case it.Name == "id" && it.Attr == "issue":
			d.AddMeta("issue", s)
		case it.Name == "body.head" && it.Attr == "pageNumber":
			d.AddMeta("page", s)
		case it.Name == "edition":
			d.AddMeta("edition", s)
			if d.Section.IsZero() {
				d.Section = s
			}
		case it.Name == "p" && strings.Contains(it.Under, "/headline"):
			if d.Headline.IsZero() {
				d.Headline = s
			} else {
				d.AddMeta("subtitle", s)
			}
		case it.Name == "namelast" || it.Name == "namefirst":
			// The byline as one string; authorNames splits off the
			// caption and the credit where it can.
			if author.IsZero() {
				author = s
			} else {
				author.End = s.End
			}
			d.AddMeta("byline", s)
		case it.Name == "lead" || it.Name == "p" && strings.Contains(it.Under, "/lead"):
			d.AddMeta("lead", s)
			d.Blocks = append(d.Blocks, layout.Block{Kind: layout.Paragraph, Span: s})
		case (it.Name == "p" || it.Name == "body.p") && strings.Contains(it.Under, "/body.content"):
			// Paragraphs, also as text straight in body.p.
			for _, p := range paragraphs(text, s) {
				k := layout.Paragraph
				if isShortHeading(text[p.Start:p.End]) {
					k = layout.Subheading
				}
				d.Blocks = append(d.Blocks, layout.Block{Kind: k, Span: p})
			}
		case it.Name == "p" && strings.Contains(it.Under, "/body.end"):
			d.Blocks = append(d.Blocks, layout.Block{Kind: layout.Byline, Span: s})
			d.AddMeta("authortagline", s)
		default:
			key := it.Name
			if it.Attr != "" {
				key += "_" + it.Attr
			}
			d.AddMeta(key, s)
		}
	}
	if !author.IsZero() {
		d.Authors = authorNames(text, author)
	}
	return d
}

// isMidnight reports whether the rest of an xs:dateTime after the date is
// a midnight time, with or without fraction and offset.
func isMidnight(rest string) bool {
	if !strings.HasPrefix(rest, "T00:00") {
		return false
	}
	rest = strings.TrimPrefix(rest, "T00:00")
	rest = strings.TrimPrefix(rest, ":00")
	if strings.HasPrefix(rest, ".") {
		rest = strings.TrimLeft(rest[1:], "0")
	}
	return rest == "" || rest == "Z" || rest[0] == '+' || rest[0] == '-'
}

// isShortHeading: a short paragraph without end punctuation is a
// subheading in GoPress bodies.
func isShortHeading(t string) bool {
	t = strings.TrimFunc(t, isSpace)
	if t == "" || words(t) > 6 {
		return false
	}
	return !strings.ContainsAny(t[len(t)-1:], ".!?:;,\"'”’)") && !strings.ContainsAny(t, "\n")
}

// authorNames splits a GoPress byline ("Name - caption - CREDIT") at its
// " - " separators and keeps the first part, the byline proper; a byline
// without separators is one author.
func authorNames(text string, s layout.Span) []layout.Span {
	v := text[s.Start:s.End]
	if i := strings.Index(v, " - "); i > 0 {
		s.End = s.Start + len(strings.TrimRightFunc(v[:i], isSpace))
	}
	return []layout.Span{s}
}
