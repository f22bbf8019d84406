package container

import (
	"strings"

	"github.com/newsdoc/newsdoc/internal/layout"
)

// NITF 3.x (IPTC): head (title, meta, docdata with doc-id, date.issue,
// date.release, key-list/keyword, doc.copyright; pubdata), body.head
// (hedline/hl1 and hl2, byline, dateline with location and story.date,
// abstract), body.content (p, hl2, block, bq with credit, media with
// media-caption, lists, tables) and body.end (tagline).

var nitfConfig = xmlConfig{
	Doc: "nitf",
	Block: func(name string) bool {
		switch name {
		case "p", "hl1", "hl2", "byline", "dateline", "li", "dt", "dd", "td", "th",
			"media-caption", "credit", "tagline", "title", "pre", "note", "fn":
			return true
		}
		return false
	},
	Attrs: map[string][]string{
		"doc-id":        {"id-string"},
		"date.issue":    {"norm"},
		"date.release":  {"norm"},
		"story.date":    {"norm"},
		"keyword":       {"key"},
		"pubdata":       {"name", "date.publication", "position.section", "position.sequence", "edition.name"},
		"meta":          {"name", "content"},
		"doc.copyright": {"holder", "year"},
	},
}

// ReadNITF reads an NITF 3.x document (one document per file; a file that
// holds several nitf elements gives one document each).
func ReadNITF(src string, limit int) (*Result, error) {
	return readXMLDocs(src, nitfConfig, limit, nitfDoc)
}

func nitfDoc(text string, its []item) layout.Doc {
	d := layout.Doc{Format: "nitf", Span: docSpan(its)}
	var issue, release, story, pubDate layout.Span
	fromTitle := false
	for _, it := range its {
		s := it.Span
		in := func(anc string) bool { return strings.Contains(it.Under+"/", "/"+anc+"/") }
		switch {
		case it.Attr == "norm":
			switch it.Name {
			case "date.issue":
				issue = s
			case "date.release":
				release = s
			case "story.date":
				story = s
			}
			d.AddMeta(strings.ReplaceAll(it.Name, ".", "_"), s)
		case it.Name == "pubdata":
			switch it.Attr {
			case "name":
				d.AddMeta("outlet", s)
			case "date.publication":
				pubDate = s
				d.AddMeta("date_publication", s)
			case "position.section":
				d.Section = s
			case "position.sequence":
				d.AddMeta("page", s)
			default:
				d.AddMeta(strings.ReplaceAll(it.Attr, ".", "_"), s)
			}
		case it.Name == "keyword":
			d.AddMeta("keyword", s)
		case it.Name == "doc-id":
			d.AddMeta("doc_id", s)
		case it.Name == "meta":
			d.AddMeta("meta_"+it.Attr, s)
		case it.Name == "hl1":
			if d.Headline.IsZero() || fromTitle {
				fromTitle = false
				d.Headline = s
			} else {
				d.AddMeta("headline", s)
			}
		case it.Name == "hl2" && in("hedline"):
			d.AddMeta("subtitle", s)
		case it.Name == "byline":
			d.AddMeta("byline", s)
			d.Authors = append(d.Authors, bylineNames(text, s))
		case it.Name == "dateline":
			d.AddMeta("dateline", s)
		case it.Name == "title" && in("head"):
			d.AddMeta("title", s)
			if d.Headline.IsZero() {
				d.Headline, fromTitle = s, true // until an hl1 comes
			}
		case in("abstract"):
			d.AddMeta("lead", s)
			d.Blocks = append(d.Blocks, layout.Block{Kind: layout.Paragraph, Span: s})
		case in("body.content"):
			k := layout.Paragraph
			switch {
			case it.Name == "hl2":
				k = layout.Subheading
			case it.Name == "credit" && in("bq"):
				k = layout.Byline
			case in("bq"):
				k = layout.Pullquote
			case it.Name == "media-caption" || in("media") || in("table") || it.Name != "p" && it.Name != "li":
				k = layout.Other
			}
			d.Blocks = append(d.Blocks, layout.Block{Kind: k, Span: s})
		case it.Name == "tagline" || in("body.end"):
			d.AddMeta("tagline", s)
		default:
			key := strings.ReplaceAll(it.Name, ".", "_")
			if it.Attr != "" {
				key += "_" + strings.ReplaceAll(it.Attr, ".", "_")
			}
			d.AddMeta(key, s)
		}
	}
	for _, s := range []layout.Span{issue, pubDate, story, release} {
		if !s.IsZero() {
			d.DateText = nitfDay(text, s)
			break
		}
	}
	return d
}

// nitfDay narrows an NITF date ("20131010T000000+0100") to its day when
// the time is midnight: NITF writes a day without a time that way.
func nitfDay(text string, s layout.Span) layout.Span {
	v := text[s.Start:s.End]
	if len(v) >= 15 && v[8] == 'T' && strings.HasPrefix(v[9:], "000000") {
		return layout.Span{Start: s.Start, End: s.Start + 8}
	}
	return s
}

// bylineNames drops a leading "By", "Door" or "van" from a byline.
func bylineNames(text string, s layout.Span) layout.Span {
	s.Start += layout.BylineIntro(text[s.Start:s.End], true)
	return s
}
