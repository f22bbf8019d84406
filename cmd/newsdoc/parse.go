package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc"
	"github.com/newsdoc/newsdoc/ninjs"
	"github.com/newsdoc/newsdoc/tables"
)

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("parse", flag.ContinueOnError)
	fl.SetOutput(stderr)
	lang := fl.String("lang", "", "language of the articles: nl, en, en-US (numeric dates month first) or en-GB\n(default: detect per article)")
	format := fl.String("format", "", "force a layout: dump, lexisnexis, nexis, mediargus, labelled, plain or text (default: detect)")
	tz := fl.String("tz", "", "time zone of times written without one: an IANA name such as Europe/Brussels, or\nan offset such as +02:00 (default: Brussels for Dutch articles, unknown for others)")
	runes := fl.Bool("runes", false, "write offsets as Unicode code points instead of bytes")
	pretty := fl.Bool("pretty", false, "indent the JSON for reading (one article is then several lines)")
	summary := fl.Bool("summary", false, "print a one-line summary on stderr at the end (default when stderr is a terminal,\nwhich also shows a progress line)")
	source := fl.Bool("source", false, "add each article's own text as \"source\" (offset o is source[o-start])")
	indirect := fl.Bool("indirect", false, "also report reported speech without quotation marks (kinds indirect and mixed)")
	formatOut := fl.String("format-out", "json", "what to write: json (the article objects), ninjs (IPTC ninjs 2.x objects), or with -o\nthe tables articles, blocks, quotes and people as csv or jsonl")
	outDir := fl.String("o", "", "with -format-out csv or jsonl: the directory to write the tables to (made if need be)")
	ext := fl.String("ext", defaultExts, "with a directory, read the files with these extensions: comma-separated, with or\nwithout the dot, any case (empty: all files)")
	fl.Usage = func() {
		fmt.Fprint(stderr, `Usage: newsdoc parse [flags] [FILE|DIR|- ...]

Parses each file (or standard input when none is given, or for "-") and
prints one JSON object per article on standard output (with -format-out
ninjs, one IPTC ninjs object; with -format-out csv or jsonl, the tables
articles, blocks, quotes and people in the directory -o). A directory is read
recursively. Flags may come before or after the files; "--" ends them.
An error is printed on standard error with the file name and position, and
the run goes on with the next file; the exit status is 1 when any file
failed, 2 for bad flags.

Flags:
`)
		fl.PrintDefaults()
	}
	args, err := parseFlags(fl, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	p, err := newParser("parse", *lang, *format)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	p.Indirect = *indirect
	if *tz != "" {
		loc, err := loadZone(*tz)
		if err != nil {
			fmt.Fprintf(stderr, "newsdoc: -tz: %v\n", err)
			return 2
		}
		p.Location = loc
	}
	opts := jsonOptions{JSONOptions: newsdoc.JSONOptions{Runes: *runes, Source: *source}, pretty: *pretty}
	switch *formatOut {
	case "json":
	case "ninjs":
		opts.ninjs = true
	case "csv", "jsonl":
		if *outDir == "" {
			fmt.Fprintf(stderr, "newsdoc parse: -format-out %s writes four files: give their directory with -o DIR\n", *formatOut)
			return 2
		}
		f, _ := tables.ParseFormat(*formatOut)
		tw, err := tables.Create(*outDir, f, tables.Options{Runes: *runes})
		if err != nil {
			fmt.Fprintf(stderr, "newsdoc parse: %v\n", err)
			return 1
		}
		opts.tables = tw
	default:
		fmt.Fprintf(stderr, "newsdoc parse: -format-out %q: want json, ninjs, csv or jsonl\n", *formatOut)
		return 2
	}
	if *outDir != "" && opts.tables == nil {
		fmt.Fprintf(stderr, "newsdoc parse: -o is for -format-out csv or jsonl\n")
		return 2
	}
	w := bufio.NewWriterSize(stdout, 1<<16)
	defer w.Flush()
	failed := false
	if len(args) == 0 {
		args = []string{"-"}
	}
	exts := extList(*ext)
	var files []string
	for _, arg := range args {
		files = append(files, expand(arg, exts, stderr, &failed)...)
	}
	if failed && len(files) == 0 {
		return 1
	}
	term := isTerminal(stderr)
	if !isFlagSet(fl, "summary") {
		*summary = term
	}
	prog := newProgress(stderr, term)
	failed = parseFiles(&p, opts, files, stdin, w, prog) || failed
	w.Flush()
	if opts.tables != nil {
		if err := opts.tables.Close(); err != nil {
			fmt.Fprintf(stderr, "newsdoc parse: %v\n", err)
			failed = true
		}
	}
	prog.finish(*summary)
	if failed {
		return 1
	}
	return 0
}

// jsonOptions are the library's options and the command's own.
type jsonOptions struct {
	newsdoc.JSONOptions
	pretty bool           // indented, for reading
	ninjs  bool           // IPTC ninjs objects instead of ours
	tables *tables.Writer // the tables instead of JSON on stdout
}

// chunkSize is how much JSON a worker collects before handing it to the
// writer; chunksAhead is how many chunks a file may have waiting. Together
// they bound the output held in memory, whatever the size of a file.
const (
	chunkSize   = 64 << 10
	chunksAhead = 4
)

// memBudget bounds the input bytes of the files parsed at once: a file
// takes its size (or the whole budget when larger) before it is read, so
// that a few huge files are not read all at once. A file uses about twice
// its size while parsed (the bytes read and their text).
const memBudget = 512 << 20

// chunk is a piece of one file's output: JSON lines, then text for
// stderr (warnings and errors), in the order they arose.
type chunk struct {
	out  []byte
	rows [][tables.NumTables][][]string // with -format-out csv or jsonl
	errs string
}

// fileJob is one file's stream of chunks; failed is set before chunks is
// closed.
type fileJob struct {
	chunks chan chunk
	failed bool
}

// parseFiles parses the files on every core and writes their articles in
// file order as they are parsed: the first article of a large file is
// written while the rest is still being read. It reports whether any file
// failed.
func parseFiles(p *newsdoc.Parser, opts jsonOptions, files []string, stdin io.Reader, w *bufio.Writer, stderr *progress) bool {
	workers := max(1, min(runtime.GOMAXPROCS(0), len(files)))
	jobs := make([]*fileJob, len(files))
	for i := range jobs {
		jobs[i] = &fileJob{chunks: make(chan chunk, chunksAhead)}
	}
	mem := newBudget(memBudget)
	// At most 4 files per worker are in flight: a file takes its slot
	// before it is handed out, in order, and its memory in order too (see
	// budget.acquireTurn), so the file written next always has both and
	// the writer never waits on a later file.
	slots := make(chan struct{}, 4*workers)
	// Buffered, so that the feeder runs ahead of the workers instead of
	// meeting one for every file: with many small files each meeting was
	// a goroutine switch. The feeder only counts: a file's size comes
	// from the worker's fstat of the open file, not from an os.Stat here,
	// which was a second stat a file on the one goroutine all files pass.
	next := make(chan int, cap(slots))
	go func() {
		for i := range files {
			slots <- struct{}{}
			next <- i
		}
		close(next)
	}()
	for range workers {
		go func() {
			for i := range next {
				j := jobs[i]
				f, size, err := openInput(files[i])
				wt := int64(0) // a file that did not open reads nothing
				if err == nil {
					wt = int64(memBudget)
					if size >= 0 {
						wt = min(size, memBudget)
					}
				}
				mem.acquireTurn(i, wt)
				var src string
				if err == nil {
					src, err = readOpen(f, files[i], size, stdin)
				}
				if err != nil {
					j.chunks <- chunk{errs: fmt.Sprintf("newsdoc: %v\n", err)}
					j.failed = true
				} else {
					j.failed = parseOne(p, opts, files[i], src, j.chunks, stderr)
				}
				src = ""
				mem.release(wt)
				close(j.chunks)
			}
		}()
	}
	failed := false
	for _, j := range jobs {
		for {
			// Flush only when the next chunk is not ready: the reader gets
			// every article the moment the writer would otherwise wait, and
			// a run of small files costs one write per 64 KiB, not one per
			// file.
			var c chunk
			var ok bool
			select {
			case c, ok = <-j.chunks:
			default:
				w.Flush()
				c, ok = <-j.chunks
			}
			if !ok {
				break
			}
			w.Write(c.out)
			stderr.articles.Add(int64(bytes.Count(c.out, []byte{'\n'}) + len(c.rows)))
			for _, r := range c.rows {
				if err := opts.tables.WriteRows(r); err != nil {
					io.WriteString(stderr, fmt.Sprintf("newsdoc: %v\n", err))
					j.failed = true
				}
			}
			if c.errs != "" {
				w.Flush() // keep stderr in step with stdout on a terminal
				io.WriteString(stderr, c.errs)
			}
			putChunkBuf(c.out)
		}
		<-slots
		failed = failed || j.failed
		stderr.files.Add(1)
		if j.failed {
			stderr.errors.Add(1)
		}
	}
	return failed
}

// chunkBufs recycles the output buffers of chunks: the writer returns each
// after writing it. Allocating one per chunk made a run of small files
// allocate 80 KiB a file, and the garbage collector, not the parse, set
// the pace on two cores.
var chunkBufs = sync.Pool{New: func() any { b := make([]byte, 0, chunkSize+chunkSize/4); return &b }}

func getChunkBuf() []byte { return (*chunkBufs.Get().(*[]byte))[:0] }

func putChunkBuf(b []byte) {
	if cap(b) > 4*chunkSize {
		return // one huge article (or -pretty) should not pin its buffer
	}
	chunkBufs.Put(&b)
}

// budget is a counting semaphore of bytes.
type budget struct {
	mu   sync.Mutex
	cond *sync.Cond
	free int64
	turn int // the file whose acquireTurn goes next
}

func newBudget(n int64) *budget {
	b := &budget{free: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquireTurn takes n bytes for file i once files 0 to i-1 have taken
// theirs: files are handed out in order but sized by the workers, and a
// later file must not take the memory the file written next is waiting
// for (its worker could not give it back before the writer reaches it).
// Every file calls it once, with 0 when there is nothing to read.
func (b *budget) acquireTurn(i int, n int64) {
	b.mu.Lock()
	for b.turn != i || b.free < n {
		b.cond.Wait()
	}
	b.free -= n
	b.turn++
	b.mu.Unlock()
	b.cond.Broadcast() // the next file may be waiting for its turn
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// parseOne parses one file and sends its JSON lines, with the warnings
// and errors for stderr, to out in chunks as the articles are parsed. It
// reports whether the file failed; warnings (anomalies) do not fail it.
func parseOne(p *newsdoc.Parser, opts jsonOptions, name string, src string, out chan<- chunk, prog *progress) (failed bool) {
	var c chunk
	var notes strings.Builder
	noted := 0
	opts.File = name
	c.out = getChunkBuf()
	flush := func() {
		c.errs = notes.String()
		out <- c
		c = chunk{out: getChunkBuf()}
		notes.Reset()
	}
	defer func() {
		if noted > maxNotes {
			fmt.Fprintf(&notes, "%s: %d more articles with anomalies (see \"anomalies\" in the output)\n", name, noted-maxNotes)
		}
		if len(c.out) > 0 || len(c.rows) > 0 || notes.Len() > 0 {
			c.errs = notes.String()
			out <- c
		} else {
			putChunkBuf(c.out)
		}
	}()
	for a, err := range p.ArticlesString(src) {
		if err != nil {
			fmt.Fprintf(&notes, "%s: %v\n", name, err)
			return true
		}
		prog.bytes.Add(int64(a.Span.Len()))
		if len(a.Anomalies) > 0 {
			prog.warnings.Add(1)
		}
		noted = noteAnomalies(&notes, name, a, noted)
		var jerr error
		switch {
		case opts.tables != nil:
			c.rows = append(c.rows, tables.Rows(a, name, tables.Options{Runes: opts.Runes}))
			if len(c.rows) >= chunkSize/1024 || notes.Len() > 0 || a.Index == 0 {
				flush()
			}
			continue
		case opts.ninjs || opts.pretty:
			var line []byte
			if opts.ninjs {
				line, jerr = ninjs.Append(nil, a, opts.JSONOptions)
			} else {
				line, jerr = a.AppendJSON(nil, opts.JSONOptions)
			}
			if jerr == nil && opts.pretty {
				var ind bytes.Buffer
				jerr = json.Indent(&ind, line, "", "  ")
				line = ind.Bytes()
			}
			c.out = append(c.out, line...)
		default:
			c.out, jerr = a.AppendJSON(c.out, opts.JSONOptions)
		}
		if jerr != nil {
			fmt.Fprintf(&notes, "%s: %v\n", name, jerr)
			return true
		}
		c.out = append(c.out, '\n')
		if len(c.out) >= chunkSize || notes.Len() > 0 || a.Index == 0 {
			flush()
		}
	}
	return false
}

// maxNotes bounds the anomaly lines per file: a whole file in Windows-1252
// needs one line, not one per article.
const maxNotes = 5

// noteAnomalies writes one warning line for an article whose input had
// bytes re-decoded or control bytes, and returns the count of such
// articles so far.
func noteAnomalies(w *strings.Builder, name string, a *newsdoc.Article, noted int) int {
	if len(a.Anomalies) == 0 {
		return noted
	}
	noted++
	if noted > maxNotes {
		return noted
	}
	recoded, control := 0, 0
	for _, an := range a.Anomalies {
		if an.Kind == newsdoc.Recoded {
			recoded += an.Input.Len()
		} else {
			control += an.Span.Len()
		}
	}
	first := a.Anomalies[0]
	pos := a.Position(first.Span.Start)
	fmt.Fprintf(w, "%s:%d:%d: warning: article %d", name, pos.Line, pos.Column, a.Index)
	if recoded > 0 {
		fmt.Fprintf(w, ": %d bytes not UTF-8, read as Windows-1252 (encoding %s)", recoded, a.Encoding)
	}
	if control > 0 {
		fmt.Fprintf(w, ": %d control bytes kept", control)
	}
	fmt.Fprintf(w, "; first at input byte %d\n", first.Input.Start)
	return noted
}

// readInput reads a file, or standard input for "-", into a string: the
// parser uses valid UTF-8 as it is, so the file is held in memory once.
func readInput(name string, stdin io.Reader) (string, error) {
	if name == "-" {
		var b strings.Builder
		if _, err := io.Copy(&b, stdin); err != nil {
			return "", fmt.Errorf("-: %w", err)
		}
		return b.String(), nil
	}
	// Read into a slice sized from the file and make it a string without a
	// copy (nothing else holds the slice); io.Copy into a strings.Builder
	// took a 32 KiB buffer per file.
	b, err := os.ReadFile(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Op == "read" {
			return "", fmt.Errorf("%s: %w", name, pe.Err)
		}
		return "", err
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), nil
}

// openInput opens a file for readOpen, with its size from the open file
// (-1 when unknown); "-" is standard input and is not opened.
func openInput(name string) (*os.File, int64, error) {
	if name == "-" {
		return nil, -1, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, -1, err
	}
	size := int64(-1)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	return f, size, nil
}

// readOpen reads and closes a file openInput opened, as readInput reads a
// file, with the size already known: one fstat a file instead of a stat
// and an fstat.
func readOpen(f *os.File, name string, size int64, stdin io.Reader) (string, error) {
	if f == nil {
		return readInput(name, stdin)
	}
	defer f.Close()
	// One byte more than the size, so that the read that returns EOF
	// needs no growth; as os.ReadFile does, at least 512.
	n := 512
	if size >= 0 && int64(int(size)) == size && int(size) >= n {
		n = int(size) + 1
	}
	b := make([]byte, 0, n)
	for {
		k, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if err != nil {
			if err == io.EOF {
				break
			}
			var pe *fs.PathError
			if errors.As(err, &pe) && pe.Op == "read" {
				return "", fmt.Errorf("%s: %w", name, pe.Err)
			}
			return "", err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), nil
}

// extList reads -ext: comma-separated extensions, with or without the
// dot, compared without case; nil means every file.
func extList(s string) []string {
	var out []string
	for _, e := range strings.Split(s, ",") {
		e = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(e), "."))
		if e != "" {
			out = append(out, "."+e)
		}
	}
	return out
}

func hasExt(path string, exts []string) bool {
	if exts == nil {
		return true
	}
	return slices.Contains(exts, strings.ToLower(filepath.Ext(path)))
}

// expand lists the files an argument names: itself ("-" is standard
// input), or the files below a directory with one of exts, in lexical
// order. A directory that gives no file is reported and fails the run.
func expand(arg string, exts []string, stderr io.Writer, failed *bool) []string {
	if arg == "-" {
		return []string{arg}
	}
	st, err := os.Stat(arg)
	if err != nil {
		fmt.Fprintf(stderr, "newsdoc: %v\n", err)
		*failed = true
		return nil
	}
	if !st.IsDir() {
		return []string{arg}
	}
	var out []string
	var walkErr error
	err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			walkErr = err
			fmt.Fprintf(stderr, "newsdoc: %v\n", err)
			*failed = true
			return nil
		}
		if !d.IsDir() && hasExt(path, exts) {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "newsdoc: %v\n", err)
		*failed = true
	}
	sort.Strings(out)
	if len(out) == 0 && walkErr == nil {
		fmt.Fprintf(stderr, "newsdoc: %s: no files with extension %s (set -ext, or -ext '' for every file)\n", arg, strings.Join(exts, ","))
		*failed = true
	}
	return out
}

// isFlagSet reports whether the command line set the flag.
func isFlagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// newParser makes the Parser of a command from its -lang and -format
// flags, or says which flag is wrong.
func newParser(cmd, lang, format string) (newsdoc.Parser, error) {
	var p newsdoc.Parser
	if err := validLang(lang); err != nil {
		return p, fmt.Errorf("newsdoc %s: %v", cmd, err)
	}
	if lang != "" {
		p.Language = language.Make(lang)
	}
	if format != "" && !slices.Contains(newsdoc.Formats(), format) {
		return p, fmt.Errorf("newsdoc %s: -format %q: not one of %s", cmd, format, strings.Join(newsdoc.Formats(), ", "))
	}
	p.Format = format
	return p, nil
}
