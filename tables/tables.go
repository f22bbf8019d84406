// Package tables writes parsed articles as tidy tables, one row per unit,
// for R (readr, data.table, quanteda) and Python (pandas, csv):
//
//   - articles: one row per article, keyed by id;
//   - blocks: one row per body block, keyed by (article_id, block);
//   - quotes: one row per quotation, keyed by (article_id, quote);
//   - people: one row per person named, keyed by (article_id, person).
//
// An article's id is its file and its index within the file joined by
// "#" ("corpus/2018.txt#3"): the same input gives the same ids on every
// run and on every machine that reads the same paths. Quote, block and
// person numbers are the indexes of the article's JSON object (see the
// newsdoc package), so a quotes row joins to its speaker in people on
// (article_id, person) and to its paragraph in blocks on (article_id,
// block).
//
// The tables come as CSV (RFC 4180, UTF-8, a header row, written with
// encoding/csv) or as JSON lines with the same columns; a value that is
// not known is an empty cell in CSV and null in JSON.
package tables

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc"
)

// Table names one of the four tables.
type Table int

// The tables, in the order [Writer] holds them.
const (
	Articles Table = iota
	Blocks
	Quotes
	People
)

// NumTables is the number of tables.
const NumTables Table = 4

var tableNames = [NumTables]string{"articles", "blocks", "quotes", "people"}

// String returns the table's name, which is also its file name without
// the extension.
func (t Table) String() string {
	if t >= 0 && t < NumTables {
		return tableNames[t]
	}
	return "table(" + strconv.Itoa(int(t)) + ")"
}

// Format is how the tables are written.
type Format int

// The formats.
const (
	CSV   Format = iota // RFC 4180, extension .csv
	JSONL               // one JSON object per row, extension .jsonl
)

// Ext returns the file extension of the format, with the dot.
func (f Format) Ext() string {
	if f == JSONL {
		return ".jsonl"
	}
	return ".csv"
}

// ErrFormat is returned for a format name that is not known.
var ErrFormat = errors.New("tables: unknown format")

// ParseFormat reads a format name: "csv" or "jsonl".
func ParseFormat(s string) (Format, error) {
	switch s {
	case "csv":
		return CSV, nil
	case "jsonl":
		return JSONL, nil
	}
	return 0, fmt.Errorf("%w %q (want csv or jsonl)", ErrFormat, s)
}

type column struct {
	name string
	num  bool // a number in JSON; a string otherwise
}

// MetaKeys are the meta keys that get a column of their own in the
// articles table, as meta_<key>: those most layouts give. The article's
// JSON object keeps every key.
var MetaKeys = []string{"byline", "outlet", "edition", "page", "length", "load_date", "dateline_place", "dateline_agency", "copyright", "url"}

var columns = [NumTables][]column{
	Articles: append([]column{{"id", false}, {"file", false}, {"index", true}, {"format", false}, {"lang", false},
		{"headline", false}, {"authors", false}, {"published", false}, {"precision", false}, {"section", false},
		{"words", true}}, metaColumns()...),
	Blocks: {{"article_id", false}, {"block", true}, {"kind", false}, {"text", false}, {"start", true}, {"end", true}},
	Quotes: {{"article_id", false}, {"quote", true}, {"kind", false}, {"text", false}, {"speaker", false}, {"person", true},
		{"cue", false}, {"confidence", true}, {"block", true}, {"start", true}, {"end", true}},
	People: {{"article_id", false}, {"person", true}, {"name", false}, {"mentions", true}},
}

func metaColumns() []column {
	cs := make([]column, len(MetaKeys))
	for i, k := range MetaKeys {
		cs[i] = column{"meta_" + k, false}
	}
	return cs
}

// Header returns the column names of table t, in order.
func Header(t Table) []string {
	h := make([]string, len(columns[t]))
	for i, c := range columns[t] {
		h[i] = c.name
	}
	return h
}

// AuthorSep joins an article's authors in the authors column; split on it
// to get them back.
const AuthorSep = "; "

// ArticleID returns the id of the index-th article of file.
func ArticleID(file string, index int) string { return file + "#" + strconv.Itoa(index) }

// Options configures the rows.
type Options struct {
	// Runes writes offsets as Unicode code point counts, as R and Python
	// index strings, instead of bytes.
	Runes bool
}

// Rows returns the rows of article a, read from file, for each table, as
// the cells are written in CSV: "" for a value not known.
func Rows(a *newsdoc.Article, file string, o Options) [NumTables][][]string {
	var rows [NumTables][][]string
	off := offsets(a, o.Runes)
	id := ArticleID(file, a.Index)
	itoa := strconv.Itoa
	lang := a.Lang.String()
	if lang == "und" {
		lang = ""
	}
	authors := make([]string, len(a.Authors))
	for i, au := range a.Authors {
		authors[i] = au.Text
	}
	precision := ""
	if !a.Published.IsZero() {
		precision = a.Published.Precision.String()
	}
	words := 0
	for _, b := range a.Blocks {
		words += len(strings.Fields(b.Text))
	}
	art := []string{id, file, itoa(a.Index), a.Format, lang, a.Headline.Text, strings.Join(authors, AuthorSep),
		a.Published.String(), precision, a.Section.Text, itoa(words)}
	for _, k := range MetaKeys {
		v, _ := a.MetaValue(k)
		art = append(art, v)
	}
	rows[Articles] = [][]string{art}
	for i, b := range a.Blocks {
		rows[Blocks] = append(rows[Blocks], []string{id, itoa(i), b.Kind.String(), b.Text, itoa(off(b.Span.Start)), itoa(off(b.Span.End))})
	}
	for i, q := range a.Quotes {
		person, block := "", ""
		if q.Person >= 0 {
			person = itoa(q.Person)
		}
		if q.Block >= 0 { // -1 is the headline, which is no block
			block = itoa(q.Block)
		}
		rows[Quotes] = append(rows[Quotes], []string{id, itoa(i), q.Kind.String(), q.Text, q.Speaker, person, q.Cue,
			strconv.FormatFloat(q.Confidence, 'f', 4, 64), block, itoa(off(q.Span.Start)), itoa(off(q.Span.End))})
	}
	for i, p := range a.People {
		rows[People] = append(rows[People], []string{id, itoa(i), p.Name, itoa(len(p.Mentions))})
	}
	return rows
}

// offsets returns the function that writes an offset: itself, or its
// count of code points in Source.
func offsets(a *newsdoc.Article, runes bool) func(int) int {
	if !runes {
		return func(i int) int { return i }
	}
	// Counting from the article's start keeps a file of many articles
	// linear: only the article's own prefix is counted per offset, plus
	// its start once.
	base := utf8.RuneCountInString(a.Source[:a.Span.Start])
	return func(i int) int {
		if i < a.Span.Start {
			return utf8.RuneCountInString(a.Source[:i])
		}
		return base + utf8.RuneCountInString(a.Source[a.Span.Start:min(i, len(a.Source))])
	}
}

// Writer writes the four tables to four writers.
type Writer struct {
	format Format
	opts   Options
	w      [NumTables]io.Writer
	csv    [NumTables]*csv.Writer
	files  []*os.File
	header bool
}

// NewWriter returns a Writer of the tables to w, indexed by [Table]. In
// CSV the header rows are written with the first article.
func NewWriter(w [NumTables]io.Writer, f Format, o Options) *Writer {
	tw := &Writer{format: f, opts: o, w: w, header: f == CSV}
	if f == CSV {
		for i := range w {
			tw.csv[i] = csv.NewWriter(w[i])
		}
	}
	return tw
}

// Create makes dir if need be and returns a Writer of the tables to
// files in it: articles.csv, blocks.csv, quotes.csv and people.csv (or
// .jsonl), replacing any there. Close flushes and closes them.
func Create(dir string, f Format, o Options) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var ws [NumTables]io.Writer
	var files []*os.File
	for t := range NumTables {
		fh, err := os.Create(filepath.Join(dir, t.String()+f.Ext()))
		if err != nil {
			for _, fh := range files {
				fh.Close()
			}
			return nil, err
		}
		files = append(files, fh)
		ws[t] = fh
	}
	tw := NewWriter(ws, f, o)
	tw.files = files
	return tw, nil
}

// Write writes the rows of article a, read from file.
func (w *Writer) Write(a *newsdoc.Article, file string) error {
	return w.WriteRows(Rows(a, file, w.opts))
}

// WriteRows writes rows made by [Rows]; a program that makes rows on
// several goroutines writes them here in the order it wants.
func (w *Writer) WriteRows(rows [NumTables][][]string) error {
	if w.header {
		w.header = false
		for t := range NumTables {
			if err := w.csv[t].Write(Header(t)); err != nil {
				return err
			}
		}
	}
	for t := range NumTables {
		for _, r := range rows[t] {
			if err := w.writeRow(t, r); err != nil {
				return fmt.Errorf("tables: %s: %w", t, err)
			}
		}
	}
	return nil
}

func (w *Writer) writeRow(t Table, r []string) error {
	if w.format == CSV {
		return w.csv[t].Write(r)
	}
	_, err := w.w[t].Write(AppendJSON(nil, t, r))
	return err
}

// AppendJSON appends row r of table t as one JSON line: an object with
// the table's columns in order, numbers as numbers, empty cells as null.
func AppendJSON(dst []byte, t Table, r []string) []byte {
	dst = append(dst, '{')
	for i, c := range columns[t] {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = strconv.AppendQuote(dst, c.name)
		dst = append(dst, ':')
		switch {
		case r[i] == "":
			dst = append(dst, "null"...)
		case c.num:
			dst = append(dst, r[i]...)
		default:
			b, _ := json.Marshal(r[i]) // a string always marshals
			dst = append(dst, b...)
		}
	}
	return append(dst, '}', '\n')
}

// Flush writes buffered CSV to the underlying writers.
func (w *Writer) Flush() error {
	if w.format != CSV {
		return nil
	}
	var errs []error
	for _, c := range w.csv {
		c.Flush()
		errs = append(errs, c.Error())
	}
	return errors.Join(errs...)
}

// Close flushes, and closes the files of a Writer made by [Create]. A
// Writer that wrote no article still writes the CSV header rows, so that
// every table can be read.
func (w *Writer) Close() error {
	if w.header {
		w.WriteRows([NumTables][][]string{})
	}
	errs := []error{w.Flush()}
	for _, f := range w.files {
		errs = append(errs, f.Close())
	}
	return errors.Join(errs...)
}
