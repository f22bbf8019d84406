// Package layout finds the structure of news articles in text: where each
// article starts, which lines are headline, byline, date and meta lines, and
// how the body splits into blocks. It reports byte spans only; reading dates,
// languages and quotations is left to the root package.
//
// Layouts (Doc.Format): "dump" (the project's sample), "lexisnexis"
// (LexisNexis classic TXT, any interface language), "nexis" (Nexis Uni DOCX
// text), "mediargus" (Mediargus TXT with its table of contents),
// "labelled" ("Title:" / "Datum:" header lines), "plain" (headline, date
// line, body) and "text" (anything else).
//
// Meta keys, each a verbatim span of the input:
//
//	header_date, date_line, time, count, weekday  dates and times as written
//	outlet, edition, header_line, region          who published it, where
//	counter                                       "3 of 10 DOCUMENTS"
//	byline                                        the byline as written
//	length, page, load_date, language             export fields
//	publication_type, journal_code, graphic       export fields
//	dateline, highlight, document_type, subject,  export fields; unknown
//	  organization, person, geographic, …           capitalised labels keep
//	                                                their own name
//	<key>_label                                   the label of a labelled value
//	                                              ("LENGTE:", "Byline:")
//	copyright, trailer                            notices after the body
//	request, request_time, send_to, search_terms, export cover page
//	  sources, project_id, job_number,
//	  client_matter, search_type, narrowed_by,
//	  cover
//	body_marker, classification_marker,           structural marker lines
//	  end_marker
//	kicker, subtitle, lead                        display text around the
//	                                              headline (lead is also a block)
//	toc_number, toc_title, toc_dateline, toc_text, a Mediargus table entry
//	  toc_snippet, toc_mismatch                     and where it disagrees
//	dateline_place, dateline_agency               inside a wire dateline
//	source, url, date, tags, subtitle             labelled-layout fields
package layout

import "github.com/newsdoc/newsdoc/internal/text"

// Span is a half-open byte range [Start, End) into the parsed text.
type Span = text.Span

// Kind is the kind of a body block.
type Kind uint8

const (
	Paragraph Kind = iota
	Subheading
	Pullquote
	Dateline
	Byline
	Other
)

var kindNames = [...]string{"paragraph", "subheading", "pullquote", "dateline", "byline", "other"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Block is one unit of the body.
type Block struct {
	Kind Kind
	Span Span
}

// Field is a raw metadata value; its text is src[Span.Start:Span.End].
type Field struct {
	Key  string
	Span Span
}

// Doc is the structure of one article.
type Doc struct {
	Format   string
	Span     Span   // the article's extent in the text
	Headline Span   // zero when the layout has none
	Authors  []Span // each author or source name in the byline
	// DateText and TimeText are the spans the publication date and time are
	// read from; they may lie on different lines. Header is a coarser date
	// (the sample layout's "date YYYY-MM") used when DateText is empty.
	DateText Span
	TimeText Span
	Header   Span
	Section  Span
	Lang     string // a language the layout states, else ""
	Blocks   []Block
	Meta     []Field // every other piece of text, verbatim

	sc *scratch // where Meta grows; nil once the Doc owns its slices
}

// AddMeta appends a metadata field. The first one makes room for eight:
// most layouts add four to eight, and growing 1, 2, 4, 8 took four
// allocations. A full list moves to a piece of the scratch twice its size.
func (d *Doc) AddMeta(key string, s Span) {
	if len(d.Meta) == cap(d.Meta) {
		d.Meta = append(d.sc.metaList(max(8, 2*len(d.Meta))), d.Meta...)
	}
	d.Meta = append(d.Meta, Field{key, s})
}

// owned returns d with its own copies of the slices that point into the
// scratch, for a Doc kept past the next one.
func (d Doc) owned() Doc {
	d.Blocks = clone(d.Blocks)
	d.Meta = clone(d.Meta)
	d.sc = nil
	return d
}

// clone copies s into a new array; nil stays nil.
func clone[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}
