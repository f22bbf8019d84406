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
	"time"
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
	skipQuotes := fl.Bool("skip-quotes", false, "find no quotations and no persons (quotes and people stay empty): for the layout, dates\nand text alone, several times as fast")
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
	if *indirect && *skipQuotes {
		fmt.Fprintln(stderr, "newsdoc parse: -indirect asks for quotations that -skip-quotes skips: give one of them")
		return 2
	}
	p.Indirect, p.SkipQuotes = *indirect, *skipQuotes
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

// chunkSize is how much JSON a worker collects before handing it on;
// chunksAhead is how many chunks a file may have waiting to be written.
// Together they bound the output held in memory, whatever the size of a
// file.
const (
	chunkSize   = 64 << 10
	chunksAhead = 4
)

// filesAhead is how many files per worker may be in flight past the one
// being written, up to maxWindow in all: a worker waits for the file
// being written only when it is that far ahead. With 4 a worker, a file
// a few times the size of the others, or a worker the system kept off
// its core for a moment, made the other worker wait about once every
// eight files of the benchmark corpus.
const (
	filesAhead = 16
	maxWindow  = 256
)

// flushEvery is how long written output may wait in the buffer for more
// to join it in one write (see writeReady).
const flushEvery = 2 * time.Millisecond

// memBudget bounds the input bytes of the files parsed at once: a large
// file takes its size (or the large files' share of the budget when
// larger) before it is read, so that a few huge files are not read all
// at once. A file uses about twice its size while parsed (the bytes read
// and their text).
const memBudget = 512 << 20

// smallFileMax is the size up to which a file does not take its memory
// from the budget; at most a window of files is in flight, so small ones
// hold at most window*smallFileMax (see parseFiles).
const smallFileMax = 1 << 20

// reuseMax bounds the read buffer a worker keeps for its next file: a
// corpus of small files reads into one buffer, and one large file does
// not stay in memory after its parse. With JSON or ninjs output nothing
// of a file's text outlives its parse (Each copies it into the output).
const reuseMax = 1 << 20

// chunk is a piece of one file's output: JSON lines, then text for
// stderr (warnings and errors), in the order they arose.
type chunk struct {
	out  []byte
	rows [][tables.NumTables][][]string // with -format-out csv or jsonl
	errs string
}

// parseFiles parses the files on every core and writes their articles in
// file order as they are parsed: the first article of a large file is
// written while the rest is still being read. It reports whether any file
// failed.
//
// The workers take the files in order and write the output themselves
// (see ordered). With a feeder and a writer goroutine, every small file
// took several hand-offs between goroutines, and each could leave a core
// idle until the goroutine handed to was woken.
func parseFiles(p *newsdoc.Parser, opts jsonOptions, files []string, stdin io.Reader, w *bufio.Writer, prog *progress) bool {
	workers := max(1, min(runtime.GOMAXPROCS(0), len(files)))
	window := max(1, min(filesAhead*workers, maxWindow))
	o := newOrdered(len(files), window, w, opts.tables, prog)
	// Small files leave their share of the budget aside (at most window
	// of them are in flight) and take nothing from it, so they never wait
	// for their turn: the turn made a worker wait for the other to open
	// the file before its own, for every file.
	small := min(smallFileMax, memBudget/2/int64(window))
	large := memBudget - int64(window)*small
	mem := newBudget(large)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var buf []byte // each file's bytes, read into the last one's storage (see below)
			for {
				i, ok := o.take()
				if !ok {
					return
				}
				in, size, err := openInput(files[i])
				wt := int64(0)
				switch {
				case err != nil:
					mem.pass(i) // nothing to read
				case size >= 0 && size <= small:
					mem.pass(i)
				default:
					wt = large
					if size >= 0 {
						wt = min(size, large)
					}
					mem.acquireTurn(i, wt)
				}
				var src string
				if err == nil {
					src, buf, err = readOpen(in, files[i], size, stdin, buf)
				}
				failed := true
				if err != nil {
					o.put(i, chunk{errs: fmt.Sprintf("newsdoc: %v\n", err)})
				} else {
					failed = parseOne(p, opts, files[i], src, func(c chunk) { o.put(i, c) }, prog)
				}
				src = ""
				if opts.tables != nil || cap(buf) > reuseMax {
					// Rows keep strings of the file, and a large buffer
					// is not worth holding on to: the next file reads
					// into new memory.
					buf = nil
				}
				if wt > 0 {
					mem.release(wt)
				}
				o.done(i, failed)
			}
		})
	}
	wg.Wait()
	o.finish()
	return o.failed
}

// ordered writes the output of the files in file order. There is no
// writer goroutine: a worker leaves its chunks here, and whichever worker
// finds the file being written with something ready, and no one else
// writing, writes all that is ready, outside the lock.
type ordered struct {
	mu      sync.Mutex
	cond    *sync.Cond // room in a file's chunks, or in the window
	waiting int        // workers in cond.Wait
	n       int        // files
	next    int        // the file the next take hands out
	head    int        // the file being written; all before it are written
	files   []fileOut  // the window of files from head, file i at i%len
	writing bool       // a worker is writing; the others leave their chunks
	failed  bool       // a file failed

	unflushed bool        // written since the last flush
	flushed   time.Time   // the last flush
	flushDue  bool        // the timer asks for a flush
	timer     *time.Timer // flushLate, when timerSet
	timerSet  bool
	closed    bool // finish was called

	w      *bufio.Writer
	tables *tables.Writer
	prog   *progress
}

// fileOut is one file's output waiting to be written.
type fileOut struct {
	chunks []chunk
	done   bool // all its chunks are in
	failed bool
}

func newOrdered(n, window int, w *bufio.Writer, tw *tables.Writer, prog *progress) *ordered {
	o := &ordered{n: n, files: make([]fileOut, window), w: w, tables: tw, prog: prog}
	o.cond = sync.NewCond(&o.mu)
	return o
}

func (o *ordered) wait() {
	o.waiting++
	o.cond.Wait()
	o.waiting--
}

func (o *ordered) wake() {
	if o.waiting > 0 {
		o.cond.Broadcast()
	}
}

// take hands out the next file, once it is within the window of the file
// being written; false when there are none left.
func (o *ordered) take() (int, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	i := o.next
	if i >= o.n {
		return 0, false
	}
	o.next++
	for i >= o.head+len(o.files) {
		o.wait()
	}
	return i, true
}

// put adds a chunk of file i, once the file has room for it.
func (o *ordered) put(i int, c chunk) {
	o.mu.Lock()
	f := &o.files[i%len(o.files)]
	for len(f.chunks) >= chunksAhead {
		o.wait()
	}
	f.chunks = append(f.chunks, c)
	o.writeReady()
}

// done marks file i complete: all its chunks are in.
func (o *ordered) done(i int, failed bool) {
	o.mu.Lock()
	f := &o.files[i%len(o.files)]
	f.done = true
	f.failed = f.failed || failed // the tables may have failed it already
	o.writeReady()
}

// ready reports whether the file being written has something to write.
func (o *ordered) ready() bool {
	if o.head >= o.n {
		return false
	}
	f := &o.files[o.head%len(o.files)]
	return len(f.chunks) > 0 || f.done
}

// writeReady, called with o.mu held, writes what is ready in file order
// unless another worker is at it, and unlocks o.mu.
//
// It flushes when nothing more is ready, unless it flushed less than
// flushEvery ago: then a timer flushes, if no later pass has. Flushing
// whenever nothing was ready made a write system call for every small
// file; the reader still gets every article within flushEvery.
func (o *ordered) writeReady() {
	if o.writing || !o.ready() && !(o.flushDue && o.unflushed) {
		o.mu.Unlock()
		return
	}
	o.writing = true
	for {
		if o.ready() {
			o.writeHead()
			continue
		}
		if !o.unflushed {
			break
		}
		if since := time.Since(o.flushed); !o.flushDue && since < flushEvery {
			if !o.timerSet {
				o.timerSet = true
				if o.timer == nil {
					o.timer = time.AfterFunc(flushEvery-since, o.flushLate)
				} else {
					o.timer.Reset(flushEvery - since)
				}
			}
			break
		}
		// Flushed unlocked; then looked at again, since chunks may have
		// come in meanwhile.
		o.flushDue = false
		o.mu.Unlock()
		o.w.Flush()
		o.mu.Lock()
		o.unflushed = false
		o.flushed = time.Now()
	}
	o.writing = false
	o.wake() // finish may be waiting
	o.mu.Unlock()
}

// writeHead writes what is ready of the file being written, or moves on
// from it when it is done; called with o.mu held by the writer.
func (o *ordered) writeHead() {
	f := &o.files[o.head%len(o.files)]
	if len(f.chunks) == 0 { // done
		o.failed = o.failed || f.failed
		o.prog.files.Add(1)
		if f.failed {
			o.prog.errors.Add(1)
		}
		*f = fileOut{chunks: f.chunks}
		o.head++
		o.wake() // the window moved
		return
	}
	cs := f.chunks
	f.chunks = nil
	o.wake() // f has room again
	o.mu.Unlock()
	failed := o.write(cs)
	o.mu.Lock()
	// Only the writer moves head, so f is still the file written.
	f.failed = f.failed || failed
	if f.chunks == nil {
		f.chunks = cs[:0] // reuse the slice
	}
	o.unflushed = true
}

// flushLate flushes the output left in the buffer when no pass has
// flushed it since.
func (o *ordered) flushLate() {
	o.mu.Lock()
	o.timerSet = false
	if o.closed || !o.unflushed {
		o.mu.Unlock()
		return
	}
	o.flushDue = true
	o.writeReady()
}

// finish stops the timer and waits for the writer, once every file is
// done; the caller flushes what is left.
func (o *ordered) finish() {
	o.mu.Lock()
	o.closed = true
	if o.timer != nil {
		o.timer.Stop()
	}
	for o.writing {
		o.wait()
	}
	o.mu.Unlock()
}

// write writes chunks of one file and reports whether writing the tables
// failed.
func (o *ordered) write(cs []chunk) (failed bool) {
	for i, c := range cs {
		o.w.Write(c.out)
		o.prog.articles.Add(int64(bytes.Count(c.out, []byte{'\n'}) + len(c.rows)))
		for _, r := range c.rows {
			if err := o.tables.WriteRows(r); err != nil {
				io.WriteString(o.prog, fmt.Sprintf("newsdoc: %v\n", err))
				failed = true
			}
		}
		if c.errs != "" {
			o.w.Flush() // keep stderr in step with stdout on a terminal
			io.WriteString(o.prog, c.errs)
		}
		putChunkBuf(c.out)
		cs[i] = chunk{}
	}
	return failed
}

// chunkBufs recycles the output buffers of chunks: each is returned once
// written. Allocating one per chunk made a run of small files allocate
// 80 KiB a file, and the garbage collector, not the parse, set the pace
// on two cores.
var chunkBufs = sync.Pool{New: func() any { b := make([]byte, 0, chunkSize+chunkSize/4); return &b }}

func getChunkBuf() []byte { return (*chunkBufs.Get().(*[]byte))[:0] }

func putChunkBuf(b []byte) {
	if cap(b) > 4*chunkSize {
		return // one huge article (or -pretty) should not pin its buffer
	}
	chunkBufs.Put(&b)
}

// budget is a counting semaphore of bytes, taken in file order.
type budget struct {
	mu      sync.Mutex
	cond    *sync.Cond
	waiting int // in cond.Wait
	free    int64
	turn    int          // the first file that has not had its turn
	passed  map[int]bool // files after turn that have had theirs (pass)
}

func newBudget(n int64) *budget {
	b := &budget{free: n, passed: map[int]bool{}}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquireTurn takes n bytes for file i once files 0 to i-1 have had
// their turn (acquireTurn or pass): files are handed out in order but
// sized by the workers, and a later file must not take the memory the
// file written next is waiting for (its worker could not give it back
// before the output reaches it). Every file calls acquireTurn or pass
// once.
func (b *budget) acquireTurn(i int, n int64) {
	b.mu.Lock()
	for b.turn != i || b.free < n {
		b.waiting++
		b.cond.Wait()
		b.waiting--
	}
	b.free -= n
	b.endTurn()
	b.mu.Unlock()
}

// pass is the turn of a file that takes nothing (a small file, or one
// that did not open). It does not wait for the files before it: nothing
// it holds can keep them waiting.
func (b *budget) pass(i int) {
	b.mu.Lock()
	if i == b.turn {
		b.endTurn()
	} else {
		b.passed[i] = true
	}
	b.mu.Unlock()
}

// endTurn ends the turn of file b.turn and of those after it that passed.
func (b *budget) endTurn() {
	b.turn++
	for b.passed[b.turn] {
		delete(b.passed, b.turn)
		b.turn++
	}
	if b.waiting > 0 {
		b.cond.Broadcast() // the next file may be waiting for its turn
	}
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.free += n
	if b.waiting > 0 {
		b.cond.Broadcast()
	}
	b.mu.Unlock()
}

// parseOne parses one file and hands its JSON lines, with the warnings
// and errors for stderr, to out in chunks as the articles are parsed. It
// reports whether the file failed; warnings (anomalies) do not fail it.
func parseOne(p *newsdoc.Parser, opts jsonOptions, name string, src string, out func(chunk), prog *progress) (failed bool) {
	var c chunk
	var notes strings.Builder
	noted := 0
	opts.File = name
	c.out = getChunkBuf()
	flush := func() {
		c.errs = notes.String()
		out(c)
		c = chunk{out: getChunkBuf()}
		notes.Reset()
	}
	defer func() {
		if noted > maxNotes {
			fmt.Fprintf(&notes, "%s: %d more articles with anomalies (see \"anomalies\" in the output)\n", name, noted-maxNotes)
		}
		if len(c.out) > 0 || len(c.rows) > 0 || notes.Len() > 0 {
			c.errs = notes.String()
			out(c)
		} else {
			putChunkBuf(c.out)
		}
	}()
	// Each reuses each article's memory for the next: everything kept of
	// an article is written out, or copied into rows, before it returns.
	// Nothing writes src, which it reads in place.
	err := p.Each(unsafe.Slice(unsafe.StringData(src), len(src)), func(a *newsdoc.Article) error {
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
			return nil
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
			return jerr
		}
		c.out = append(c.out, '\n')
		if len(c.out) >= chunkSize || notes.Len() > 0 || a.Index == 0 {
			flush()
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(&notes, "%s: %v\n", name, err)
		return true
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
func openInput(name string) (*input, int64, error) {
	if name == "-" {
		return nil, -1, nil
	}
	return openFile(name)
}

// readOpen reads and closes a file openInput opened, as readInput reads a
// file, with the size already known: one fstat a file instead of a stat
// and an fstat. It reads into buf's storage when that is large enough,
// and returns the storage it used for the next file.
func readOpen(in *input, name string, size int64, stdin io.Reader, buf []byte) (string, []byte, error) {
	if in == nil {
		s, err := readInput(name, stdin)
		return s, buf, err
	}
	defer in.Close()
	// One byte more than the size, so that the read that returns EOF
	// needs no growth; as os.ReadFile does, at least 512.
	n := 512
	if size >= 0 && int64(int(size)) == size && int(size) >= n {
		n = int(size) + 1
	}
	b := buf[:0]
	if cap(b) < n {
		b = make([]byte, 0, n)
	}
	for {
		k, err := in.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if err != nil {
			if err == io.EOF {
				break
			}
			var pe *fs.PathError
			if errors.As(err, &pe) && pe.Op == "read" {
				err = pe.Err
			}
			return "", b, fmt.Errorf("%s: %w", name, err)
		}
		if size > 0 && int64(len(b)) == size && len(b) < cap(b) {
			// A regular file that read short at the size fstat gave has
			// been read: the read that returns EOF would be a fifth
			// system call a file.
			break
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), b, nil
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
