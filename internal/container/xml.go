package container

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/ianaindex"

	"github.com/newsdoc/newsdoc/internal/layout"
)

// item is one piece of text read from an XML container: an element's text
// (with its descendants' when the element is a block) or an attribute
// value.
type item struct {
	Doc   int    // the document (article element) it belongs to; -1 outside any
	Name  string // the element's local name
	Attr  string // the attribute's name, or "" for element text
	Under string // the ancestors' local names joined by "/", for containment tests
	Span  layout.Span
}

// xmlConfig says how to walk one XML dialect.
type xmlConfig struct {
	Doc   string              // the element that holds one document
	Block func(string) bool   // elements whose text, with descendants', is one piece
	Attrs map[string][]string // element → attributes kept as text
}

type frame struct {
	name, seg string      // seg: the name with its sibling index, "p[3]"
	counts    []nameCount // children seen so far, for sibling indexes
}

// maxXMLDepth bounds the elements kept on the stack: deeper ones are only
// counted, so that paths and containment tests stay short on hostile
// nesting.
const maxXMLDepth = 256

type nameCount struct {
	name string
	n    int
}

// readXMLDocs reads an XML container of cfg's kind and makes one document
// of each article element it holds with doc.
func readXMLDocs(src string, cfg xmlConfig, limit int, doc func(text string, its []item) layout.Doc) (*Result, error) {
	b, items, enc, err := readXML(src, cfg, limit)
	if err != nil {
		return nil, err
	}
	text := b.sb.String()
	r := &Result{Container: "xml", Encoding: enc, Text: text, Locs: b.locs}
	for _, its := range xmlDocs(items) {
		r.Docs = append(r.Docs, doc(text, its))
	}
	return r, nil
}

// readXML walks src and returns the decoded text and its items. It reads
// the tokens one by one (encoding/xml keeps its own stack, without
// recursion), and does not expand entities a DOCTYPE declares: the
// decoder is not strict, so an unknown entity reference stays as written.
func readXML(src string, cfg xmlConfig, limit int) (*builder, []item, string, error) {
	d := xml.NewDecoder(strings.NewReader(src))
	d.Strict = false
	enc := "utf-8"
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		e, err := ianaindex.IANA.Encoding(label)
		if err != nil || e == nil {
			return nil, fmt.Errorf("unknown encoding %q", label)
		}
		enc = strings.ToLower(label)
		return e.NewDecoder().Reader(in), nil
	}
	b := &builder{limit: limit}
	var items []item
	var stack []frame
	deep := 0
	doc, docs := -1, 0
	docDepth := -1
	// The open block element: its depth and the text collected so far.
	blockDepth := -1
	var text strings.Builder
	var blockItem item
	var blockPath string
	emit := func(it item, s, path string) {
		sp := b.line(s, path)
		if sp.IsZero() {
			return
		}
		it.Span = sp
		items = append(items, it)
	}
	under := func() string {
		var sb strings.Builder
		for _, f := range stack {
			sb.WriteByte('/')
			sb.WriteString(f.name)
		}
		return sb.String()
	}
	for {
		if b.over {
			return b, items, enc, &Error{Container: "xml", Offset: d.InputOffset(), Err: ErrTooLarge}
		}
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			off := d.InputOffset()
			if errors.As(err, &se) {
				err = fmt.Errorf("%w: line %d: %s", ErrCorrupt, se.Line, se.Msg)
			} else {
				err = fmt.Errorf("%w: %v", ErrCorrupt, err)
			}
			if len(items) > 0 {
				// Best effort: keep what was read, and say where the file
				// broke off, as an "error" meta value of the last document.
				if blockDepth >= 0 {
					emit(blockItem, text.String(), blockPath)
					blockDepth = -1
				}
				msg := (&Error{Container: "xml", Offset: off, Path: pathOf(stack), Err: err}).Error()
				emit(item{Doc: items[len(items)-1].Doc, Name: "error"}, msg, "error")
				break
			}
			return b, items, enc, &Error{Container: "xml", Offset: off, Path: pathOf(stack), Err: err}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if len(stack) >= maxXMLDepth {
				deep++
				break
			}
			seg := name
			if n := len(stack); n > 0 {
				if k := siblingIndex(&stack[n-1].counts, name); k > 1 {
					seg += "[" + strconv.Itoa(k) + "]"
				}
			}
			stack = append(stack, frame{name: name, seg: seg})
			path := pathOf(stack)
			if name == cfg.Doc && docDepth < 0 {
				doc, docDepth = docs, len(stack)
				docs++
			}
			if blockDepth >= 0 {
				break
			}
			for _, an := range cfg.Attrs[name] {
				for _, a := range t.Attr {
					if a.Name.Local == an {
						emit(item{Doc: doc, Name: name, Attr: an, Under: under()}, a.Value, path+"/@"+an)
					}
				}
			}
			if cfg.Block(name) {
				blockDepth = len(stack)
				text.Reset()
				blockItem = item{Doc: doc, Name: name, Under: under()}
				blockPath = path
			}
		case xml.EndElement:
			if deep > 0 {
				deep--
				break
			}
			if len(stack) == 0 {
				break
			}
			if blockDepth == len(stack) {
				emit(blockItem, text.String(), blockPath)
				blockDepth = -1
			}
			if docDepth == len(stack) {
				docDepth, doc = -1, -1
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if blockDepth >= 0 {
				if b.limit > 0 && text.Len()+len(t) > b.limit {
					b.over = true
					break
				}
				text.Write(t)
				break
			}
			if len(stack) == 0 {
				break // white space around the root
			}
			top := stack[len(stack)-1]
			emit(item{Doc: doc, Name: top.name, Under: under()}, string(t), pathOf(stack))
		}
	}
	if blockDepth >= 0 { // a truncated file: keep the open block's text
		emit(blockItem, text.String(), blockPath)
	}
	if b.over {
		return b, items, enc, &Error{Container: "xml", Offset: d.InputOffset(), Err: ErrTooLarge}
	}
	return b, items, enc, nil
}

// pathOf is the element path of the top of the stack: "/nitf/body/p[3]".
func pathOf(stack []frame) string {
	var sb strings.Builder
	for _, f := range stack {
		sb.WriteByte('/')
		sb.WriteString(f.seg)
	}
	return sb.String()
}

// siblingIndex counts an element among its parent's children of the same
// name and returns its index, from 1. Only the first 64 names are
// counted; later ones are index 1.
func siblingIndex(counts *[]nameCount, name string) int {
	for i := range *counts {
		if (*counts)[i].name == name {
			(*counts)[i].n++
			return (*counts)[i].n
		}
	}
	if len(*counts) < 64 {
		*counts = append(*counts, nameCount{name, 1})
	}
	return 1
}

// xmlDocs groups items by document. Items outside every document go with
// the nearest document (the first one for a prologue, else the one
// before), so that nothing is lost.
func xmlDocs(items []item) [][]item {
	n := 0
	for _, it := range items {
		n = max(n, it.Doc+1)
	}
	if n == 0 {
		if len(items) == 0 {
			return nil
		}
		return [][]item{items}
	}
	out := make([][]item, n)
	cur := 0
	for _, it := range items {
		if it.Doc >= 0 {
			cur = it.Doc
		}
		out[cur] = append(out[cur], it)
	}
	return out
}

// docSpan is the extent of a document's items.
func docSpan(its []item) layout.Span {
	if len(its) == 0 {
		return layout.Span{}
	}
	s := its[0].Span
	for _, it := range its[1:] {
		s.Start = min(s.Start, it.Span.Start)
		s.End = max(s.End, it.Span.End)
	}
	return s
}
