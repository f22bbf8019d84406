// Package pipeline is an Apache Beam pipeline that parses a corpus of news
// articles with newsdoc on any Beam runner (Prism on one machine, Dataflow,
// Flink, Spark) and writes:
//
//   - <prefix>newsdoc-SSSSS-of-NNNNN.jsonl: the article objects, one per
//     line, byte for byte what `newsdoc parse` prints for the same files;
//   - <prefix>articles|blocks|quotes|people-SSSSS-of-NNNNN.csv (or
//     .jsonl): the tidy tables of package tables, every CSV shard with its
//     own header row;
//   - <prefix>speaker_month-00000-of-00001.csv: quotes counted per
//     speaker per month (columns month, speaker, quotes);
//   - <prefix>errors-00000-of-00001.csv: the files that could not be
//     read or parsed (columns file, error), header only when none failed.
//
// An article goes to the same shard number in every sharded output (the
// shard is a hash of its file and index), and each shard is sorted by file
// and index, so a run is reproducible and shard k of quotes joins to shard
// k of articles. Every shard is written, even an empty one.
package pipeline

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // paths without a scheme
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc"
	"github.com/newsdoc/newsdoc/tables"
)

// Options configures a pipeline.
type Options struct {
	// Inputs are file paths or globs (filepath.Glob syntax locally, and
	// the syntax of the file system for gs:// and others), or local
	// directories, read as `newsdoc parse DIR` reads them.
	Inputs []string
	// InputList names a file that lists paths or globs, one a line; blank
	// lines and lines starting with # are skipped. Relative paths are
	// relative to the worker's working directory.
	InputList string
	// Output is the prefix of every output file: "out/" writes
	// out/newsdoc-00000-of-00008.jsonl and so on.
	Output string
	// Shards is the number of files of each sharded output; 0 means
	// DefaultShards. A shard is held in memory while it is sorted.
	Shards int
	// TableFormat is "csv" (the default) or "jsonl".
	TableFormat string

	// The parse settings of `newsdoc parse`: -lang, -format, -indirect,
	// -runes and -source.
	Lang     string
	Format   string
	Indirect bool
	Runes    bool
	Source   bool
}

// DefaultShards is the number of shards when Options.Shards is 0.
const DefaultShards = 8

// Output names: the stem of each output's files.
const (
	DocsName   = "newsdoc"
	CountsName = "speaker_month"
	ErrorsName = "errors"
)

// CountsHeader and ErrorsHeader are the columns of the single-shard CSV
// outputs.
var (
	CountsHeader = []string{"month", "speaker", "quotes"}
	ErrorsHeader = []string{"file", "error"}
)

func (o *Options) check() error {
	if len(o.Inputs) == 0 && o.InputList == "" {
		return errors.New("pipeline: no input: give input paths or globs, or a file that lists them")
	}
	if o.Output == "" {
		return errors.New("pipeline: no output prefix")
	}
	if o.Shards < 0 {
		return fmt.Errorf("pipeline: %d shards", o.Shards)
	}
	if o.TableFormat != "" {
		if _, err := tables.ParseFormat(o.TableFormat); err != nil {
			return fmt.Errorf("pipeline: %w", err)
		}
	}
	switch strings.ToLower(o.Lang) {
	case "", "nl", "en", "en-us", "en-gb": // the languages the CLI accepts
	default:
		return fmt.Errorf("pipeline: language %q: want nl, en, en-US or en-GB", o.Lang)
	}
	if o.Format != "" && !slices.Contains(newsdoc.Formats(), o.Format) {
		return fmt.Errorf("pipeline: format %q: not one of %s", o.Format, strings.Join(newsdoc.Formats(), ", "))
	}
	return nil
}

// Build adds the pipeline to scope s.
func Build(s beam.Scope, o Options) error {
	if err := o.check(); err != nil {
		return err
	}
	shards := o.Shards
	if shards == 0 {
		shards = DefaultShards
	}
	tf := tables.CSV
	if o.TableFormat != "" {
		tf, _ = tables.ParseFormat(o.TableFormat) // checked above
	}

	var patterns []beam.PCollection
	if len(o.Inputs) > 0 {
		patterns = append(patterns, beam.Create(s.Scope("Inputs"), anySlice(o.Inputs)...))
	}
	if o.InputList != "" {
		list := beam.Create(s.Scope("InputList"), o.InputList)
		patterns = append(patterns, beam.ParDo(s.Scope("ReadList"), &listFn{}, list))
	}
	pats := patterns[0]
	if len(patterns) > 1 {
		pats = beam.Flatten(s, patterns...)
	}
	files, missing := beam.ParDo2(s.Scope("Match"), &matchFn{}, pats)
	// Matching a glob yields its files in one bundle; the reshuffle lets
	// the runner spread the parsing of them over its workers.
	files = beam.Reshuffle(s.Scope("Spread"), files)

	outs := beam.ParDoN(s.Scope("Parse"), &parseFn{
		Lang: o.Lang, Format: o.Format, Indirect: o.Indirect, Runes: o.Runes, Source: o.Source, TableFormat: int(tf),
	}, files)
	docs, counts, failed := outs[0], outs[1+tables.NumTables], outs[2+tables.NumTables]

	write(s.Scope("WriteDocs"), docs, o.Output, DocsName, ".jsonl", nil, shards)
	for t := range tables.NumTables {
		var header []string
		if tf == tables.CSV {
			header = tables.Header(t)
		}
		write(s.Scope("WriteTable_"+t.String()), outs[1+int(t)], o.Output, t.String(), tf.Ext(), header, shards)
	}

	total := beam.CombinePerKey(s.Scope("CountQuotes"), sumInts, counts)
	write(s.Scope("WriteCounts"), beam.ParDo(s.Scope("FormatCounts"), formatCount, total), o.Output, CountsName, ".csv", CountsHeader, 1)

	failed = beam.Flatten(s.Scope("Errors"), failed, missing)
	write(s.Scope("WriteErrors"), failed, o.Output, ErrorsName, ".csv", ErrorsHeader, 1)
	return nil
}

func anySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// piece is a part of an output file: Text is one or more whole lines,
// Key and Index order the pieces in their shard and pick the shard.
type piece struct {
	Key   string
	Index int
	Text  string
}

// countKey is the key of the quote counts: the month ("YYYY-MM", ""
// when the article's date does not give it), a NUL, and the speaker (""
// when the quotation has none). A string rather than a struct: the Go SDK
// takes a struct's row coder as not deterministic, which a grouping key
// must be; the month holds no NUL, so the first one splits the two.
func countKey(month, speaker string) string { return month + "\x00" + speaker }

var (
	filesRead   = beam.NewCounter("newsdoc", "files")
	articlesOut = beam.NewCounter("newsdoc", "articles")
	quotesOut   = beam.NewCounter("newsdoc", "quotes")
	fileErrors  = beam.NewCounter("newsdoc", "errors")
	// Articles with bytes read as Windows-1252 or control bytes, which
	// the CLI warns about; the JSON lists them as "anomalies".
	anomalies = beam.NewCounter("newsdoc", "anomalies")
)

// maxList bounds the size of an input list file, which is read whole.
const maxList = 256 << 20

// listFn reads a file of paths or globs, one a line.
type listFn struct{}

func (f *listFn) ProcessElement(ctx context.Context, name string, emit func(string)) error {
	b, err := readAll(ctx, name, maxList+1)
	if err != nil {
		return err // the list is the input: without it the run is pointless
	}
	if len(b) > maxList {
		return fmt.Errorf("%s: input list larger than %d bytes: split it", name, maxList)
	}
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			emit(line)
		}
	}
	return nil
}

// matchFn lists the files a path or glob names; a local directory gives
// the files below it, as `newsdoc parse DIR` reads them. A pattern that
// names no file becomes an errors row rather than failing the run, as the
// CLI reports a missing file and goes on.
type matchFn struct{}

func (f *matchFn) ProcessElement(ctx context.Context, pattern string, emit func(string), missing func(piece)) error {
	fail := func(msg string) {
		fileErrors.Inc(ctx, 1)
		log.Warnf(ctx, "newsdoc: %s: %s", pattern, msg)
		missing(piece{Key: pattern, Text: csvLine([]string{pattern, msg})})
	}
	if !strings.Contains(pattern, "://") {
		if st, err := os.Stat(pattern); err == nil && st.IsDir() {
			walkDir(pattern, emit, fail)
			return nil
		}
	}
	fsys, err := filesystem.New(ctx, pattern)
	if err != nil {
		fail(err.Error())
		return nil
	}
	defer fsys.Close()
	names, err := fsys.List(ctx, pattern)
	if err != nil {
		fail(err.Error())
		return nil
	}
	if len(names) == 0 {
		fail("no such file")
		return nil
	}
	for _, n := range names {
		emit(n)
	}
	return nil
}

// dirExts are the extensions `newsdoc parse` reads in a directory by
// default (its -ext), kept the same so that a directory gives the same
// files to both.
var dirExts = []string{".txt", ".docx", ".rtf", ".xml", ".html", ".htm"}

// walkDir emits the files below a local directory with one of dirExts, as
// `newsdoc parse DIR` reads them; a directory without any is an error.
func walkDir(dir string, emit func(string), fail func(string)) {
	n := 0
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fail(err.Error()) // and go on with the rest, as the CLI does
			return nil
		}
		if !d.IsDir() && slices.Contains(dirExts, strings.ToLower(filepath.Ext(path))) {
			emit(path)
			n++
		}
		return nil
	})
	if n == 0 {
		fail("no files with extension " + strings.Join(dirExts, ","))
	}
}

// parseFn parses one file and emits its articles as JSON lines, as table
// rows, and as (month, speaker) counts; a file that cannot be read or
// parsed gives an errors row.
type parseFn struct {
	Lang, Format            string
	Indirect, Runes, Source bool
	TableFormat             int

	p *newsdoc.Parser
}

func (f *parseFn) Setup() {
	f.p = &newsdoc.Parser{Format: f.Format, Indirect: f.Indirect}
	if f.Lang != "" {
		f.p.Language = language.Make(f.Lang)
	}
}

func (f *parseFn) ProcessElement(ctx context.Context, name string,
	docs, articles, blocks, quotes, people func(piece), counts func(string, int), failed func(piece)) {
	filesRead.Inc(ctx, 1)
	fail := func(err error) {
		fileErrors.Inc(ctx, 1)
		log.Warnf(ctx, "newsdoc: %s: %v", name, err)
		failed(piece{Key: name, Text: csvLine([]string{name, err.Error()})})
	}
	maxSize := f.p.MaxSize
	if maxSize == 0 {
		maxSize = newsdoc.DefaultMaxSize
	}
	// One byte over the limit is enough for the parser to report the file
	// as too large, without reading all of a huge file.
	src, err := readAll(ctx, name, int64(maxSize)+1)
	if err != nil {
		fail(err)
		return
	}
	emitTables := [tables.NumTables]func(piece){articles, blocks, quotes, people}
	jo := newsdoc.JSONOptions{File: name, Runes: f.Runes, Source: f.Source}
	to := tables.Options{Runes: f.Runes}
	for a, err := range f.p.Articles(src) {
		if err != nil {
			fail(err)
			return
		}
		line, err := a.AppendJSON(nil, jo)
		if err != nil {
			fail(err)
			return
		}
		articlesOut.Inc(ctx, 1)
		if len(a.Anomalies) > 0 {
			anomalies.Inc(ctx, 1)
		}
		docs(piece{Key: name, Index: a.Index, Text: string(append(line, '\n'))})
		rows := tables.Rows(a, name, to)
		for t, rs := range rows {
			if len(rs) > 0 {
				emitTables[t](piece{Key: name, Index: a.Index, Text: formatRows(tables.Table(t), rs, tables.Format(f.TableFormat))})
			}
		}
		month := ""
		if a.Published.Precision >= newsdoc.PrecisionMonth {
			month = fmt.Sprintf("%04d-%02d", a.Published.Year, a.Published.Month)
		}
		for _, q := range a.Quotes {
			// Headline and pull quotes mostly repeat a quotation of the
			// body; counting them would count one statement twice.
			if q.Kind == newsdoc.Headline || q.Kind == newsdoc.PullQuote {
				continue
			}
			quotesOut.Inc(ctx, 1)
			counts(countKey(month, q.Speaker), 1)
		}
	}
}

// readAll reads at most limit bytes of the named file through the Beam
// file system its scheme names (local paths, gs://, s3:// when linked).
func readAll(ctx context.Context, name string, limit int64) ([]byte, error) {
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(io.LimitReader(r, limit))
}

// formatRows writes the rows of one article for table t as CSV records or
// JSON lines, as the CLI's tables.Writer does.
func formatRows(t tables.Table, rows [][]string, f tables.Format) string {
	if f == tables.JSONL {
		var b []byte
		for _, r := range rows {
			b = tables.AppendJSON(b, t, r)
		}
		return string(b)
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.WriteAll(rows) // a bytes.Buffer does not fail
	return buf.String()
}

func csvLine(r []string) string { return formatRows(0, [][]string{r}, tables.CSV) }

func sumInts(a, b int) int { return a + b }

// formatCount makes a counts row; the key sorts by month, then speaker.
func formatCount(key string, n int) piece {
	month, speaker, _ := strings.Cut(key, "\x00")
	return piece{Key: key, Text: csvLine([]string{month, speaker, fmt.Sprint(n)})}
}

func init() {
	// The DoFns are registered by type, for reflective calls, rather than
	// with register.DoFnNxM: each of those generic registrations took
	// about 8 s to compile, the whole CI budget of this module for six of
	// them, to save a reflective call per file or piece, which is nothing
	// beside parsing an article. The emitters, iterators and functions
	// keep their generic registration, which is cheap to compile.
	beam.RegisterDoFn(reflect.TypeOf((*listFn)(nil)).Elem())
	beam.RegisterDoFn(reflect.TypeOf((*matchFn)(nil)).Elem())
	beam.RegisterDoFn(reflect.TypeOf((*parseFn)(nil)).Elem())
	register.Emitter1[string]()
	register.Emitter1[piece]()
	register.Emitter2[string, int]()
	register.Function2x1(sumInts)
	register.Function2x1(formatCount)
}
