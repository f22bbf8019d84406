package container

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsdoc/newsdoc/internal/layout"
)

// A Nexis Uni DOCX export: word/document.xml holds the cover page and then
// the documents, each starting on a new page (a page break run or a
// paragraph with pageBreakBefore). Hyperlink targets are in
// word/_rels/document.xml.rels.

const (
	docxBody = "word/document.xml"
	docxRels = "word/_rels/document.xml.rels"
)

// hasZipMember reports whether the zip in src has a member called name,
// from the central directory; a damaged zip answers false.
func hasZipMember(src, name string) bool {
	z, err := zip.NewReader(strings.NewReader(src), int64(len(src)))
	if err != nil {
		return false
	}
	for _, f := range z.File {
		if f.Name == name {
			return true
		}
	}
	return false
}

// readMember returns a zip member's content, reading at most limit bytes
// whatever the headers claim: the cap on a zip bomb.
func readMember(z *zip.Reader, name string, limit int) (string, error) {
	for _, f := range z.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return "", &Error{Container: "docx", Path: name, Err: fmt.Errorf("%w: %v", ErrCorrupt, err)}
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, int64(limit)+1))
		if len(b) > limit {
			return "", &Error{Container: "docx", Path: name, Offset: int64(limit), Err: ErrTooLarge}
		}
		if err != nil {
			return "", &Error{Container: "docx", Path: name, Offset: int64(len(b)), Err: fmt.Errorf("%w: %v", ErrCorrupt, err)}
		}
		return string(b), nil
	}
	return "", errNoMember
}

var errNoMember = errors.New("no such member")

// ReadDOCX reads the paragraphs of a Word document as lines of text, one
// paragraph a line, with run texts joined, tabs as tabs and line breaks as
// line feeds. Page breaks cut the text into parts, which a text layout
// ("nexis" for a Nexis Uni export) parses one by one; a part without "End of Document" (the cover
// page) joins the part after it.
func ReadDOCX(src string, limit int) (*Result, error) {
	z, err := zip.NewReader(strings.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, &Error{Container: "docx", Err: fmt.Errorf("%w: %v", ErrCorrupt, err)}
	}
	body, err := readMember(z, docxBody, limit)
	if err == errNoMember {
		return nil, &Error{Container: "docx", Path: docxBody, Err: fmt.Errorf("%w: no %s", ErrCorrupt, docxBody)}
	}
	if err != nil {
		return nil, err
	}
	links := map[string]string{}
	if rels, err := readMember(z, docxRels, limit); err == nil {
		links = readRels(rels)
	} else if err != errNoMember {
		return nil, err
	}
	return docxText(body, links, limit)
}

// readRels maps relationship ids to their targets.
func readRels(s string) map[string]string {
	out := map[string]string{}
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "Relationship" {
			var id, target string
			for _, a := range t.Attr {
				switch a.Name.Local {
				case "Id":
					id = a.Value
				case "Target":
					target = a.Value
				}
			}
			if id != "" {
				out[id] = target
			}
		}
	}
}

// docxText walks document.xml. Paragraphs are w:p anywhere in the body
// (table cells included); a paragraph inside another (a text box) is cut
// at the inner one's start.
func docxText(body string, links map[string]string, limit int) (*Result, error) {
	d := xml.NewDecoder(strings.NewReader(body))
	d.Strict = false
	r := &Result{Container: "docx", Encoding: "utf-8"}
	var sb strings.Builder
	var para strings.Builder
	pi := 0          // paragraph index
	inText := false  // inside w:t (or w:delText, which is not shown, so skipped)
	depthP := 0      // open w:p elements
	var breaks []int // offsets in sb where a page break falls
	pageBefore := false
	type link struct {
		at     int
		target string
	}
	var pending []link // hyperlinks of the current paragraph, by position in para
	var found []link
	var cut *Error // where a damaged document.xml broke off
	flush := func() {
		if pageBefore {
			// A page break reads as a blank line, which the text layouts
			// take as the end of what came before.
			if sb.Len() > 0 {
				sb.WriteByte('\n')
			}
			breaks = append(breaks, sb.Len())
			pageBefore = false
		}
		t := para.String()
		para.Reset()
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		start := sb.Len()
		r.Locs = append(r.Locs, Loc{start, docxBody + "#p" + strconv.Itoa(pi)})
		sb.WriteString(t)
		for _, l := range pending {
			found = append(found, link{start + l.at, l.target})
		}
		pending = pending[:0]
		pi++
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if sb.Len() > 0 || para.Len() > 0 {
				// Best effort: a truncated document keeps its start, and
				// says where it broke off.
				cut = &Error{Container: "docx", Path: docxBody, Offset: d.InputOffset(), Err: fmt.Errorf("%w: %v", ErrCorrupt, err)}
				break
			}
			return nil, &Error{Container: "docx", Path: docxBody, Offset: d.InputOffset(), Err: fmt.Errorf("%w: %v", ErrCorrupt, err)}
		}
		if sb.Len()+para.Len() > limit {
			return nil, &Error{Container: "docx", Path: docxBody, Offset: d.InputOffset(), Err: ErrTooLarge}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				if depthP > 0 {
					flush()
				}
				depthP++
			case "t":
				inText = true
			case "tab":
				// A tab stop in paragraph properties has a position; a
				// tab character has none.
				if depthP > 0 && attr(t, "pos") == "" {
					para.WriteByte('\t')
				}
			case "br", "cr":
				if attr(t, "type") == "page" {
					if para.Len() > 0 {
						flush()
					}
					pageBefore = true
				} else {
					para.WriteByte('\n')
				}
			case "pageBreakBefore":
				if v := attr(t, "val"); v == "" || v == "1" || v == "true" || v == "on" {
					pageBefore = true
				}
			case "hyperlink":
				if id := attr(t, "id"); id != "" && links[id] != "" {
					pending = append(pending, link{para.Len(), links[id]})
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "p":
				if depthP > 0 {
					depthP--
					flush()
				}
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		}
	}
	if para.Len() > 0 {
		flush()
	}
	// Hyperlink targets go after the text, one a line, each kept as a
	// "link" meta value of the document that holds the link.
	text := sb.String()
	docEnd := len(text)
	var tail strings.Builder
	tail.WriteString(text)
	for _, l := range found {
		tail.WriteByte('\n')
		start := tail.Len()
		r.Locs = append(r.Locs, Loc{start, docxRels})
		tail.WriteString(l.target)
		if t := strings.TrimFunc(l.target, isSpace); t != "" {
			r.Extra = append(r.Extra, Extra{At: l.at, Meta: layout.Field{Key: "link", Span: layout.Span{Start: start, End: tail.Len()}}})
		}
	}
	if cut != nil {
		tail.WriteByte('\n')
		start := tail.Len()
		r.Locs = append(r.Locs, Loc{start, "error"})
		tail.WriteString(cut.Error())
		r.Extra = append(r.Extra, Extra{At: max(docEnd-1, 0), Meta: layout.Field{Key: "error", Span: layout.Span{Start: start, End: tail.Len()}}})
	}
	r.Text = tail.String()
	r.Parts = docxParts(text[:docEnd], breaks)
	return r, nil
}

// docxParts cuts text at page breaks: each document of a Nexis Uni export
// starts on a new page. The cover page (a first part without "End of
// Document") stays with the first document, as the text layout expects,
// and a part with no text joins the next.
func docxParts(text string, breaks []int) []layout.Span {
	var out []layout.Span
	start := 0
	first := true
	for _, b := range append(breaks, len(text)) {
		if b <= start || b > len(text) {
			continue
		}
		part := text[start:b]
		if b < len(text) && (strings.TrimFunc(part, isSpace) == "" || first && !strings.Contains(strings.ToLower(part), "end of document")) {
			first = first && strings.TrimFunc(part, isSpace) == ""
			continue
		}
		out = append(out, layout.Span{Start: start, End: b})
		start = b
		first = false
	}
	if start < len(text) || len(out) == 0 {
		out = append(out, layout.Span{Start: start, End: len(text)})
	}
	return out
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
