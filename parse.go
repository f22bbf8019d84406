package newsdoc

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"sort"
	"sync"
	"time"
	"unsafe"

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc/internal/container"
	"github.com/newsdoc/newsdoc/internal/layout"
	"github.com/newsdoc/newsdoc/internal/quotes"
)

// Errors that Parse wraps in a *ParseError. Test for them with errors.Is.
var (
	ErrEmpty    = errors.New("no text")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = errors.New("input too large")
	ErrEncoding = errors.New("undecodable text")
	// ErrInternal is a fault in newsdoc itself, which it recovered from:
	// the input it met it in gives this error instead of stopping the
	// program, so that one odd input in a corpus loses only itself.
	// Please report it with the input.
	ErrInternal = errors.New("internal error")
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
	// Containers are always detected; of them, only a DOCX's text is
	// parsed with the forced layout.
	Format string
	// Location is the time zone of times the source writes without one.
	// Nil means Brussels time (CET/CEST) for Dutch text (an article
	// detected or stated as Dutch; in ParseDate and FindDates, Language
	// set to Dutch) and an unknown zone for others.
	Location *time.Location
	// MaxSize limits the input in bytes; 0 means DefaultMaxSize.
	MaxSize int
	// Indirect adds reported speech without quotation marks to
	// Article.Quotes ("X zei dat …", "volgens X …", "according to X, …"),
	// as kinds Indirect and Mixed. Off by default: most studies count
	// direct quotations.
	Indirect bool
	// SkipQuotes leaves Quotes and People empty: no quotation is looked
	// for and no person's name is collected, and Indirect has no effect.
	// For work on the layout, dates and text alone: finding the
	// quotations and their speakers is most of a parse's time, so
	// skipping it makes a parse several times as fast.
	SkipQuotes bool
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
	return p.ArticlesString(string(src))
}

// ArticlesString is [Parser.Articles] for input held in a string. Valid
// UTF-8 is used without a copy, which halves the memory for a large file.
func (p *Parser) ArticlesString(src string) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		p.articles(src, nil, yield)
	}
}

// buildHook, when set by a test, sees each article's text before it is
// built: a test makes it panic to check that the panic is recovered.
var buildHook func(text string)

// Each calls fn with each article of src in order, as [Parser.Articles]
// finds them, and returns the first error fn returns, or the error that
// makes the whole input unreadable. It is for parsing many inputs fast:
// it reads src without copying it and reuses the memory of each article
// for a later one. So the *Article handed to fn, and the slices it holds
// (Blocks, Quotes, People, Meta, Authors), are valid only until fn
// returns, and the strings it holds only while src is left unchanged:
// copy what you keep.
func (p *Parser) Each(src []byte, fn func(*Article) error) error {
	ar := arenas.Get().(*arena)
	defer arenas.Put(ar)
	ar.fn, ar.err = fn, nil
	p.articles(unsafe.String(unsafe.SliceData(src), len(src)), ar, ar.yield)
	err := ar.err
	ar.fn, ar.err = nil, nil // nothing of this call stays with the pool
	return err
}

// arena is the memory Each reuses: one article, as each is handed to fn
// before the next is built (see articleRun).
type arena struct {
	box articleBox
	dec decoded
	// The call's fn and the error that ends it, and yield, made once
	// per arena: a closure made per call was an allocation a file.
	fn    func(*Article) error
	err   error
	yield func(*Article, error) bool
}

// arenas keeps arenas from one Each to the next, so that a corpus of
// small files reuses them too; nothing outlives fn but strings, which
// point into src, not into an arena.
var arenas = sync.Pool{New: func() any {
	ar := new(arena)
	ar.yield = func(a *Article, err error) bool {
		if err == nil {
			err = ar.fn(a)
		}
		ar.err = err
		return err == nil
	}
	return ar
}}

// take returns the article box to build the next article in, emptied but
// for the storage of its lists.
func (ar *arena) take() *articleBox {
	b := &ar.box
	keep := articleLists{b.Blocks[:0], b.Meta[:0], b.Quotes[:0], b.People[:0], b.lists.mentions[:0]}
	*b = articleBox{lists: keep}
	return b
}

func (p *Parser) articles(src string, ar *arena, yield func(*Article, error) bool) {
	// A panic in newsdoc costs this input, as an ErrInternal error; one
	// in the caller's code, which yield runs (a range loop's body, Each's
	// fn), is the caller's and goes on up. The flags tell them apart.
	var st *articleRun
	inCaller := false
	defer func() {
		if r := recover(); r != nil {
			if inCaller || st != nil && st.inCaller {
				panic(r)
			}
			at := 0
			if st != nil {
				at = st.at
			}
			yield(nil, &ParseError{Pos: posIn(src, min(at, len(src))), Err: fmt.Errorf("%w: %v", ErrInternal, r)})
		}
	}()
	if kind := container.Detect(src); kind != "" {
		p.containerArticles(kind, src, yield, &inCaller) // container.go
		return
	}
	var into *decoded
	if ar != nil {
		into = &ar.dec
	}
	d, anomalies, err := p.decode(src, into)
	if err != nil {
		inCaller = true
		yield(nil, err)
		return
	}
	// The loop's state is one struct: as separate variables captured
	// by the range-over-func body each was an allocation a file.
	st = &articleRun{p: p, d: d, yield: yield, rest: anomalies}
	for doc := range layout.Docs(d.text, layout.Options{Format: p.Format}) {
		if st.held != nil && !st.emit(false) {
			return
		}
		if d.text == src {
			st.at = doc.Span.Start // (offsets into decoded text are not the input's)
		}
		if buildHook != nil {
			buildHook(d.text[doc.Span.Start:doc.Span.End])
		}
		st.held = p.build(d.text, &doc, ar)
		st.held.Index = st.i
		st.held.lines = &d.lines
		st.held.dec = d
		st.i++
	}
	if st.held != nil {
		st.emit(true)
	}
}

// articleRun is the state of one ArticlesString loop. One article is held
// back until the next is found, so that the last one can take the
// anomalies after every article's end.
type articleRun struct {
	p     *Parser
	d     *decoded
	yield func(*Article, error) bool
	rest  []Anomaly // the anomalies not yet given to an article
	held  *Article
	i     int
	// at is the offset of the article being built, for the position of
	// an ErrInternal; inCaller is set while yield runs the caller's code.
	at       int
	inCaller bool
}

func (st *articleRun) emit(last bool) bool {
	a := st.held
	rest := st.rest
	// Each anomaly goes to the first article that does not end before
	// it: a re-decoded byte is reported once, with its article.
	n := len(rest)
	if !last {
		n = sort.Search(len(rest), func(k int) bool { return rest[k].Span.Start >= a.Span.End })
	}
	if n > 0 {
		a.Anomalies = rest[:n:n]
	}
	st.rest = rest[n:]
	a.Encoding = st.d.articleEncoding(a.Span, a.Anomalies)
	st.inCaller = true
	ok := st.yield(a, nil)
	st.inCaller = false
	return ok
}

func posIn(src string, off int) Position {
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
//
// The Article is allocated with room for two authors and two published
// spans, which nearly every article fits: two allocations fewer an
// article. A longer list is allocated on its own by append.
func (p *Parser) build(src string, d *layout.Doc, ar *arena) *Article {
	var box *articleBox
	if ar != nil {
		box = ar.take()
	} else {
		box = new(articleBox)
	}
	box.Article = Article{
		Source: src,
		Format: d.Format,
		Span:   Span(d.Span),
		Lang:   p.Language,
	}
	a := &box.Article
	a.Headline = field(src, d.Headline)
	if len(d.Authors) > 0 {
		a.Authors = box.authors[:0:len(box.authors)]
	}
	for _, s := range d.Authors {
		a.Authors = append(a.Authors, field(src, s))
	}
	a.Section = field(src, d.Section)
	a.Blocks = reuse(box.lists.blocks, len(d.Blocks))
	for _, b := range d.Blocks {
		a.Blocks = append(a.Blocks, Block{Kind: BlockKind(b.Kind), Text: src[b.Span.Start:b.Span.End], Span: Span(b.Span)})
	}
	if len(d.Meta) > 0 {
		a.Meta = reuse(box.lists.meta, len(d.Meta))
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
	a.Published, a.PublishedSpans = p.published(src, d, a.Lang, p.location(a.Lang), box.spans[:0:len(box.spans)])
	if !p.SkipQuotes {
		p.findQuotes(a, &box.lists)
	}
	return a
}

// articleBox is an Article with the backing arrays of its short lists,
// and, when Each reuses it, the storage of its longer ones.
type articleBox struct {
	Article
	authors [2]Field
	spans   [2]Span
	lists   articleLists
}

// articleLists holds emptied lists whose storage a reused article
// builds its own in; nil for an article of its own.
type articleLists struct {
	blocks   []Block
	meta     []Meta
	quotes   []Quote
	people   []Person
	mentions []Span
}

// reuse returns s emptied if it has room for n, else a new slice.
func reuse[T any](s []T, n int) []T {
	if s != nil && cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
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
