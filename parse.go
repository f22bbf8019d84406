package newsdoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc/internal/dates"
	"github.com/newsdoc/newsdoc/internal/layout"
	"github.com/newsdoc/newsdoc/internal/quotes"
)

// Errors that Parse wraps in a *ParseError. Test for them with errors.Is.
var (
	ErrEmpty    = errors.New("no text")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = errors.New("input too large")
	ErrEncoding = errors.New("undecodable text")
)

// ParseError is a failure to read an input as text. Ordinary content never
// fails to parse: an odd layout gives a best-effort article instead.
type ParseError struct {
	Pos Position // where the problem is; Offset counts bytes of the input
	Err error    // one of the Err… sentinels, or a read error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("newsdoc: %d:%d: %v", e.Pos.Line, e.Pos.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// DefaultMaxSize is the input size limit when Parser.MaxSize is zero.
const DefaultMaxSize = 256 << 20

// Parser holds the settings for parsing. The zero value detects the layout
// and the language and is ready to use. A Parser is not modified by
// parsing and may be used from several goroutines at once.
type Parser struct {
	// Language is the articles' language; language.Und (the zero value)
	// detects Dutch or English per article.
	Language language.Tag
	// Format forces a layout by name ("dump", "lexisnexis", "nexis",
	// "mediargus", "labelled", "plain", "text"); empty detects it.
	Format string
	// Location is the time zone of times the source writes without one.
	// Nil means Brussels time (CET/CEST) for Dutch articles and an unknown
	// zone for others.
	Location *time.Location
	// MaxSize limits the input in bytes; 0 means DefaultMaxSize.
	MaxSize int
	// Indirect adds reported speech without quotation marks to
	// Article.Quotes ("X zei dat …", "volgens X …", "according to X, …"),
	// as kinds Indirect and Mixed. Off by default: most studies count
	// direct quotations.
	Indirect bool
	// Now is the reference time for relative dates in ParseDate and
	// FindDates ("gisteren", "3 days ago"); the zero value makes them an
	// error. Publication dates never use it.
	Now time.Time

	// For the trainer and the candidate goldens: the speaker ranker (nil
	// is the learned one) and a hook that sees every quotation's
	// candidates.
	ranker, speech *quotes.Model
	trace          func(quotes.Trace)
}

// Formats returns the names of the layouts [Parser.Format] accepts, in the
// order detection tries them.
func Formats() []string { return slices.Clone(layout.Formats) }

// Parse parses the first article in src with the zero Parser. Use
// [Parser.Articles] for inputs that hold several articles.
func Parse(src []byte) (*Article, error) { return new(Parser).Parse(src) }

// ParseReader reads all of r and parses its first article.
func ParseReader(r io.Reader) (*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("newsdoc: %w", err)
	}
	return Parse(b)
}

// Parse parses the first article in src.
func (p *Parser) Parse(src []byte) (*Article, error) {
	for a, err := range p.Articles(src) {
		return a, err
	}
	return nil, &ParseError{Pos: Position{Line: 1, Column: 1}, Err: ErrEmpty}
}

// Articles returns the articles in src in order. An error that makes the
// whole input unreadable is yielded once, with a nil article.
func (p *Parser) Articles(src []byte) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		text, enc, err := p.decode(src)
		if err != nil {
			yield(nil, err)
			return
		}
		lt := &lineTable{}
		docs := layout.Parse(text, layout.Options{Format: p.Format})
		for i := range docs {
			a := p.build(text, &docs[i])
			a.Encoding = enc
			a.Index = i
			a.lines = lt
			if !yield(a, nil) {
				return
			}
		}
	}
}

// decode turns the input into UTF-8 text. UTF-8 (with or without a
// byte-order mark) is used as it is, so offsets are offsets into the input;
// UTF-16 with a byte-order mark and, failing UTF-8, Windows-1252 are
// decoded, and offsets then refer to the decoded text.
func (p *Parser) decode(src []byte) (string, string, error) {
	limit := p.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if len(src) > limit {
		return "", "", &ParseError{Pos: posIn(src, limit), Err: ErrTooLarge}
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return "", "", &ParseError{Pos: posIn(src, len(src)), Err: ErrEmpty}
	}
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		enc := "utf-16le"
		e := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
		if src[0] == 0xFE {
			enc = "utf-16be"
			e = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
		}
		out, err := e.NewDecoder().Bytes(src)
		if err != nil {
			return "", "", &ParseError{Pos: posIn(src, 0), Err: fmt.Errorf("%w: %v", ErrEncoding, err)}
		}
		return string(out), enc, nil
	}
	if i := binaryAt(src); i >= 0 {
		return "", "", &ParseError{Pos: posIn(src, i), Err: ErrBinary}
	}
	if utf8.Valid(src) {
		return string(src), "utf-8", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(src)
	if err != nil {
		return "", "", &ParseError{Pos: posIn(src, 0), Err: fmt.Errorf("%w: %v", ErrEncoding, err)}
	}
	return string(out), "windows-1252", nil
}

// binaryAt returns the offset of the first NUL byte or of the control
// byte that makes the input look binary, or -1 for text.
func binaryAt(src []byte) int {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return i
	}
	ctl, first := 0, -1
	n := min(len(src), 8192)
	for i := 0; i < n; i++ {
		c := src[i]
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			if first < 0 {
				first = i
			}
			ctl++
		}
	}
	// A few stray control bytes occur in real exports; many mean binary.
	if ctl*20 > n {
		return first
	}
	return -1
}

func posIn(src []byte, off int) Position {
	line, col := 1, 1
	for i := 0; i < off && i < len(src); i++ {
		if src[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return Position{Offset: off, Line: line, Column: col}
}

// build turns a layout document into an Article.
func (p *Parser) build(src string, d *layout.Doc) *Article {
	a := &Article{
		Source: src,
		Format: d.Format,
		Span:   Span(d.Span),
		Lang:   p.Language,
	}
	a.Headline = field(src, d.Headline)
	for _, s := range d.Authors {
		a.Authors = append(a.Authors, field(src, s))
	}
	a.Section = field(src, d.Section)
	a.Blocks = make([]Block, 0, len(d.Blocks))
	for _, b := range d.Blocks {
		a.Blocks = append(a.Blocks, Block{Kind: BlockKind(b.Kind), Text: src[b.Span.Start:b.Span.End], Span: Span(b.Span)})
	}
	for _, m := range d.Meta {
		a.Meta = append(a.Meta, Meta{Key: m.Key, Value: src[m.Span.Start:m.Span.End], Span: Span(m.Span)})
	}
	if a.Lang == language.Und && d.Lang != "" {
		a.Lang = language.Make(d.Lang) // the layout says so: "LANGUAGE: DUTCH"
	}
	if a.Lang == language.Und {
		a.Lang = detectLang(a)
	}
	loc := p.Location
	if loc == nil && isDutch(a.Lang) {
		loc = dates.Brussels()
	}
	a.Published = p.published(src, d, a.Lang, loc)
	p.findQuotes(a)
	return a
}

func field(src string, s layout.Span) Field {
	if s.IsZero() {
		return Field{}
	}
	return Field{Text: src[s.Start:s.End], Span: Span(s)}
}

func isDutch(t language.Tag) bool {
	base, _ := t.Base()
	return base.String() == "nl"
}
