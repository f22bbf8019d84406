package newsdoc

import (
	"sort"
	"sync/atomic"

	"golang.org/x/text/language"
)

// Span is a half-open byte range into [Article.Source]: the text it covers
// is Source[Start:End]. The zero Span is empty and means "absent".
type Span struct {
	Start int // offset of the first byte, from 0
	End   int // offset just past the last byte
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// Field is a piece of text from the source with its span. Text always
// equals Source[Span.Start:Span.End].
type Field struct {
	Text string
	Span Span
}

// Meta is a metadata value the parser kept verbatim: a line or part of a
// line whose meaning the layout gives (Key) but that has no field of its
// own in [Article]. Value equals Source[Span.Start:Span.End].
type Meta struct {
	Key   string
	Value string
	Span  Span
}

// BlockKind is the kind of a body block.
type BlockKind uint8

// The block kinds. Other holds text the layout could not place, kept so
// that nothing is lost.
const (
	Paragraph BlockKind = iota
	Subheading
	Pullquote
	Dateline
	Byline
	Other
)

var blockKindNames = [...]string{"paragraph", "subheading", "pullquote", "dateline", "byline", "other"}

// String returns the kind's name as used in JSON: "paragraph", "subheading",
// "pullquote", "dateline", "byline" or "other".
func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "unknown"
}

// Block is one unit of an article's body, in reading order. Text equals
// Source[Span.Start:Span.End]: a paragraph that spans several lines keeps
// its line breaks.
type Block struct {
	Kind BlockKind
	Text string
	Span Span
	// Loc is where the block's text is in the container the article was
	// read from, for going back to the file: an XML element path
	// ("/nitf/body/body.content/p[3]"; an index appears from the second
	// sibling of a name on), a DOCX paragraph ("word/document.xml#p12",
	// counted from 0 over the body's paragraphs), an RTF paragraph
	// ("par 7") or an HTML element path. Empty for text input.
	Loc string
}

// Article is one parsed news article.
//
// Every span indexes Source, which holds the whole input the article was
// read from (a file may hold many articles; they share one Source). An
// Article is not modified after it is returned and is safe to read from
// several goroutines.
type Article struct {
	// Source is the input text as UTF-8. It equals the input bytes unless
	// the input had to be decoded (UTF-16, or bytes that are not UTF-8);
	// all offsets refer to Source, and [Article.InputOffset] maps them
	// back to the input. For a container (DOCX, XML, RTF, HTML) Source is
	// the text its reader built, InputOffset is -1, and [Block.Loc] points
	// into the file instead.
	Source string
	// Encoding is how this article's part of the input was read:
	// "utf-8", "utf-16le", "utf-16be", "windows-1252" (every non-ASCII
	// character of the article was a byte that is not UTF-8, read as
	// Windows-1252) or "utf-8+windows-1252" (UTF-8 with some such bytes;
	// Anomalies lists them). For a container it is the encoding of the
	// container's text ("utf-8", or the RTF code page such as
	// "windows-1252"), and Source is the text the container reader decoded.
	Encoding string
	// Anomalies lists the runs of this article's input that were
	// re-decoded or hold control bytes, in source order; nil for clean
	// text. A run between two articles is listed with the one after it.
	Anomalies []Anomaly

	Index  int    // the article's number within its source, from 0
	Format string // the layout it was read as: "dump", "plain", "text"
	Span   Span   // the article's extent in Source

	Lang      language.Tag // stated by the caller or detected; language.Und if unknown
	Headline  Field
	Authors   []Field
	Published Date // zero when the article gives no date
	// PublishedSpans are the pieces of text Published was read from, in
	// source order: the date, and the time when it stands apart.
	PublishedSpans []Span
	Section        Field
	Blocks         []Block
	Quotes         []Quote
	People         []Person // the persons the article names (not its bylines), in order of first mention
	// Meta keeps every other piece of the layout verbatim, in source order:
	// the header's date, the date line, the time and count of a meta line.
	Meta []Meta

	lines *lineTable // shared by the articles of one source
	dec   *decoded   // shared by the articles of one source
}

// InputOffset returns the offset in the input bytes of offset off in
// Source: off itself for UTF-8 input, shifted past the re-decoded bytes
// before it otherwise. For UTF-16 input it returns -1.
func (a *Article) InputOffset(off int) int {
	if a.dec == nil {
		return off
	}
	if a.dec.encoding != "utf-8" {
		return -1
	}
	return a.dec.inputOffset(off)
}

// lineTable holds line start offsets, built on first use so that parsing
// does not pay for positions nobody asks for. Two goroutines asking at
// once may both build them; one copy is kept. A pointer rather than a
// sync.Once and a slice: it is part of every input's decoded, 32 bytes
// smaller.
type lineTable struct {
	starts atomic.Pointer[[]int]
}

// get returns the line starts of src, the text the table is for.
func (lt *lineTable) get(src string) []int {
	if p := lt.starts.Load(); p != nil {
		return *p
	}
	s := lineStarts(src)
	lt.starts.CompareAndSwap(nil, &s)
	return *lt.starts.Load()
}

// Text returns the source text s covers. A span that reaches outside
// Source is clamped to it (and an inverted one is empty), so Text never
// panics: Text(Span{3, 1 << 20}) is Source[3:].
func (a *Article) Text(s Span) string {
	start := min(max(s.Start, 0), len(a.Source))
	end := min(max(s.End, start), len(a.Source))
	return a.Source[start:end]
}

// MetaValue returns the value of the first Meta entry with the given key.
func (a *Article) MetaValue(key string) (string, bool) {
	for _, m := range a.Meta {
		if m.Key == key {
			return m.Value, true
		}
	}
	return "", false
}

// Position is a location in Source as a person reads it. Line and Column
// start at 1; Column counts bytes, like go/token.
type Position struct {
	Offset int // byte offset, from 0
	Line   int
	Column int
}

// Position returns the line and column of byte offset off in Source. An
// offset outside Source is clamped to it: Position(-5) is line 1, column
// 1, offset 0, and an offset past the end is the end.
func (a *Article) Position(off int) Position {
	off = min(max(off, 0), len(a.Source))
	if a.lines == nil {
		return positionIn(lineStarts(a.Source), off)
	}
	return positionIn(a.lines.get(a.Source), off)
}

func lineStarts(src string) []int {
	ls := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

func positionIn(lines []int, off int) Position {
	i := sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return Position{Offset: off, Line: i + 1, Column: off - lines[i] + 1}
}
