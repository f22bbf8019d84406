package main

import (
	"bufio"
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

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc"
)

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("parse", flag.ContinueOnError)
	fl.SetOutput(stderr)
	lang := fl.String("lang", "", "language of the articles: nl, en, en-US (numeric dates month first) or en-GB\n(default: detect per article)")
	format := fl.String("format", "", "force a layout: dump, lexisnexis, nexis, mediargus, labelled, plain or text (default: detect)")
	tz := fl.String("tz", "", "time zone of times written without one: an IANA name such as Europe/Brussels, or\nan offset such as +02:00 (default: Brussels for Dutch articles, unknown for others)")
	runes := fl.Bool("runes", false, "write offsets as Unicode code points instead of bytes")
	source := fl.Bool("source", false, "add each article's own text as \"source\" (offset o is source[o-start])")
	indirect := fl.Bool("indirect", false, "also report reported speech without quotation marks (kinds indirect and mixed)")
	ext := fl.String("ext", ".txt", "with a directory, read the files with these extensions: comma-separated, with or\nwithout the dot, any case (empty: all files)")
	fl.Usage = func() {
		fmt.Fprint(stderr, `Usage: newsdoc parse [flags] [FILE|DIR|- ...]

Parses each file (or standard input when none is given, or for "-") and
prints one JSON object per article on standard output. A directory is read
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
	var p newsdoc.Parser
	if err := validLang(*lang); err != nil {
		fmt.Fprintf(stderr, "newsdoc parse: %v\n", err)
		return 2
	}
	if *lang != "" {
		p.Language = language.Make(*lang)
	}
	if *format != "" && !slices.Contains(newsdoc.Formats(), *format) {
		fmt.Fprintf(stderr, "newsdoc: -format %q: not one of %s\n", *format, strings.Join(newsdoc.Formats(), ", "))
		return 2
	}
	p.Format = *format
	p.Indirect = *indirect
	if *tz != "" {
		loc, err := loadZone(*tz)
		if err != nil {
			fmt.Fprintf(stderr, "newsdoc: -tz: %v\n", err)
			return 2
		}
		p.Location = loc
	}
	w := bufio.NewWriterSize(stdout, 1<<16)
	defer w.Flush()
	opts := newsdoc.JSONOptions{Runes: *runes, Source: *source}
	failed := false
	if len(args) == 0 {
		args = []string{"-"}
	}
	exts := extList(*ext)
	var files []string
	for _, arg := range args {
		files = append(files, expand(arg, exts, stderr, &failed)...)
	}
	// Files are parsed on every core; the output keeps the files' order.
	type result struct {
		out    []byte
		errs   string
		failed bool
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), len(files)))
	results := make([]chan result, len(files))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	// At most 4 files per worker are in flight, so memory stays bounded on
	// large corpora; a file takes its slot before it is handed out, in
	// order, so the file written next always has one.
	slots := make(chan struct{}, 4*workers)
	next := make(chan int)
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
				src, err := readInput(files[i], stdin)
				if err != nil {
					results[i] <- result{errs: fmt.Sprintf("newsdoc: %v\n", err), failed: true}
					continue
				}
				out, errs, bad := parseOne(&p, opts, files[i], src)
				results[i] <- result{out, errs, bad}
			}
		}()
	}
	for i := range files {
		r := <-results[i]
		<-slots
		w.Write(r.out)
		fmt.Fprint(stderr, r.errs)
		failed = failed || r.failed
	}
	if failed {
		return 1
	}
	return 0
}

// parseOne parses one file into JSON lines, and the text of its errors.
// Warnings (anomalies) come first in errs and do not fail the file; failed
// says whether it failed.
func parseOne(p *newsdoc.Parser, opts newsdoc.JSONOptions, name string, src []byte) (out []byte, errs string, failed bool) {
	var notes strings.Builder
	noted := 0
	opts.File = name
	for a, err := range p.Articles(src) {
		if err != nil {
			return out, notes.String() + fmt.Sprintf("%s: %v\n", name, err), true
		}
		noted = noteAnomalies(&notes, name, a, noted)
		var jerr error
		out, jerr = a.AppendJSON(out, opts)
		if jerr != nil {
			return out, notes.String() + fmt.Sprintf("%s: %v\n", name, jerr), true
		}
		out = append(out, '\n')
	}
	if noted > maxNotes {
		fmt.Fprintf(&notes, "%s: %d more articles with anomalies (see \"anomalies\" in the output)\n", name, noted-maxNotes)
	}
	return out, notes.String(), false
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

// readInput reads a file, or standard input for "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("-: %w", err)
		}
		return b, nil
	}
	return os.ReadFile(name)
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
