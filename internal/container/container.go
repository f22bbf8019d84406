// Package container reads the files news arrives in when it is not plain
// text: Nexis Uni DOCX, GoPress Academic XML and RTF, NITF XML and HTML
// pages. Each reader builds a decoded text (what the root package calls
// Article.Source) and says where every piece of it came from in the
// container, so that spans index the text and a user can still go back to
// the file.
//
// Readers whose container carries the fields (GoPress XML, NITF, HTML,
// GoPress RTF) return the documents' structure directly; the DOCX reader
// returns text for a text layout ("nexis") to parse.
//
// Every text node of a container lands in the decoded text, and every
// piece of decoded text is a field, a block or a meta value of some
// document: nothing is lost.
package container

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/newsdoc/newsdoc/internal/layout"
	"github.com/newsdoc/newsdoc/internal/text"
)

// Errors the readers wrap in an *Error. Test for them with errors.Is.
var (
	// ErrTooLarge: the decompressed or decoded content passes the limit
	// (a zip bomb, or a file over Parser.MaxSize).
	ErrTooLarge = errors.New("container too large")
	// ErrCorrupt: the container is malformed beyond a best-effort reading
	// (a zip without word/document.xml, XML that is not well formed before
	// any article was read).
	ErrCorrupt = errors.New("malformed container")
)

// Error is a failure to read a container.
type Error struct {
	Container string // "docx", "xml", "rtf", "html"
	Offset    int64  // byte offset in the input (for a zip: in the member Path)
	Path      string // the zip member or XML element path, when known
	Err       error
}

func (e *Error) Error() string {
	if e.Path != "" {
		return fmt.Sprintf("%s: %s: offset %d: %v", e.Container, e.Path, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s: offset %d: %v", e.Container, e.Offset, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Loc marks where the decoded text from Offset up to the next Loc's
// Offset came from: an XML element path ("/nitf/body/body.content/p[3]"),
// a DOCX paragraph ("word/document.xml#p12") or an RTF paragraph ("par 7").
type Loc struct {
	Offset int
	Path   string
}

// Result is a read container.
type Result struct {
	Container string // "docx", "xml", "rtf", "html"
	Encoding  string // the encoding the container's text was in
	Text      string // the decoded text every span indexes
	Locs      []Loc  // in Offset order
	// Docs holds the documents the reader found itself; nil means a text
	// layout parses Text (DOCX: "nexis" for a Nexis Uni export).
	Docs []layout.Doc
	// Parts cut Text into the pieces the text layout parses one by one
	// (DOCX: the documents between page breaks); nil means all of Text.
	Parts []layout.Span
	// Extra holds meta values outside the parts (DOCX hyperlink targets),
	// each with the offset of the text it belongs to.
	Extra []Extra
}

// Extra is a meta value kept outside the text a layout parses.
type Extra struct {
	At   int // offset in Text of the text it belongs to
	Meta layout.Field
}

// LocAt returns the container location of offset off in r.Text.
func (r *Result) LocAt(off int) string {
	i := sort.Search(len(r.Locs), func(i int) bool { return r.Locs[i].Offset > off }) - 1
	if i < 0 {
		return ""
	}
	return r.Locs[i].Path
}

// Detect names the container src is in: "docx", "rtf", "nitf",
// "gopress-xml", "html", or "" for text. It reads magic bytes and the root
// element only.
func Detect(src string) string {
	if strings.HasPrefix(src, "PK\x03\x04") {
		if hasZipMember(src, docxBody) {
			return "docx"
		}
		return ""
	}
	s := strings.TrimPrefix(src, "\xef\xbb\xbf")
	s = strings.TrimLeft(s[:min(len(s), 1<<16)], " \t\r\n")
	if strings.HasPrefix(s, `{\rtf`) {
		return "rtf"
	}
	if !strings.HasPrefix(s, "<") {
		return ""
	}
	switch root := rootElement(s); root {
	case "nitf":
		return "nitf"
	case "articles.published", "article.published":
		return "gopress-xml"
	case "html", "!doctype html", "head", "body":
		return "html"
	}
	return ""
}

// rootElement returns the lower-cased name of the first element of the
// markup in s, skipping the XML declaration, processing instructions and
// comments; "!doctype html" for an HTML doctype.
func rootElement(s string) string {
	for len(s) > 0 {
		s = strings.TrimLeft(s, " \t\r\n")
		switch {
		case strings.HasPrefix(s, "<?"):
			i := strings.Index(s, "?>")
			if i < 0 {
				return ""
			}
			s = s[i+2:]
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s, "-->")
			if i < 0 {
				return ""
			}
			s = s[i+3:]
		case strings.HasPrefix(s, "<!"):
			i := strings.IndexByte(s, '>')
			if i < 0 {
				return ""
			}
			if j := strings.IndexByte(s, '['); j >= 0 && j < i {
				// An internal subset: its declarations hold '>'.
				k := strings.Index(s[j:], "]")
				if k < 0 {
					return ""
				}
				i = strings.IndexByte(s[j+k:], '>')
				if i < 0 {
					return ""
				}
				i += j + k
			}
			if f := strings.Fields(strings.ToLower(s[2:i])); len(f) >= 2 && f[0] == "doctype" {
				if f[1] == "html" {
					return "!doctype html"
				}
			}
			s = s[i+1:]
		case strings.HasPrefix(s, "<"):
			end := 1
			for end < len(s) && !strings.ContainsRune(" \t\r\n/>", rune(s[end])) {
				end++
			}
			name := strings.ToLower(s[1:end])
			if i := strings.IndexByte(name, ':'); i >= 0 {
				name = name[i+1:]
			}
			return name
		default:
			return ""
		}
	}
	return ""
}

// builder accumulates the decoded text with the location of each piece.
type builder struct {
	sb    strings.Builder
	locs  []Loc
	limit int
	over  bool
}

// line appends s on a line of its own, noting where it came from, and
// returns its trimmed span (zero when s is only white space, which is then
// not written).
func (b *builder) line(s, path string) layout.Span {
	s = strings.TrimFunc(s, isSpace)
	if s == "" {
		return layout.Span{}
	}
	if b.limit > 0 && b.sb.Len()+len(s) > b.limit {
		b.over = true
		return layout.Span{}
	}
	if b.sb.Len() > 0 {
		b.sb.WriteByte('\n')
	}
	start := b.sb.Len()
	if n := len(b.locs); n == 0 || b.locs[n-1].Path != path {
		b.locs = append(b.locs, Loc{start, path})
	}
	b.sb.WriteString(s)
	return layout.Span{Start: start, End: b.sb.Len()}
}

// isSpace is white space, with the no-break and zero-width characters
// scraped and exported text carries.
// isSpace is the shared text layer's: white space, no-break and
// zero-width characters.
var isSpace = text.IsSpace

// paragraphs splits the text src at s into its blank-line-separated parts,
// each trimmed: a GoPress <p> may hold several paragraphs.
func paragraphs(src string, s layout.Span) []layout.Span {
	var out []layout.Span
	start := s.Start
	flush := func(end int) {
		a, b := text.Trim(src, start, end)
		if a < b {
			out = append(out, layout.Span{Start: a, End: b})
		}
	}
	for i := s.Start; i < s.End; i++ {
		if src[i] != '\n' {
			continue
		}
		// A blank line: only white space up to the next line feed.
		j := i + 1
		for j < s.End && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r') {
			j++
		}
		if j < s.End && src[j] == '\n' {
			flush(i)
			start = j + 1
			i = j
		}
	}
	flush(s.End)
	return out
}

// collapse returns s with runs of white space made one space; for
// attribute-like values only.
func collapse(s string) string { return strings.Join(strings.FieldsFunc(s, isSpace), " ") }

// words counts the words of s.
func words(s string) int { return len(strings.FieldsFunc(s, isSpace)) }
