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
	"sort"
	"time"

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc"
)

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("parse", flag.ContinueOnError)
	fl.SetOutput(stderr)
	lang := fl.String("lang", "", "language of the articles: nl or en (default: detect per article)")
	format := fl.String("format", "", "force a layout: dump, plain or text (default: detect)")
	tz := fl.String("tz", "", "time zone of times written without one, an IANA name such as Europe/Brussels\n(default: Brussels for Dutch articles, unknown for others)")
	runes := fl.Bool("runes", false, "write offsets as Unicode code points instead of bytes")
	source := fl.Bool("source", false, "add each file's full text as \"source\"")
	indirect := fl.Bool("indirect", false, "also report reported speech without quotation marks (kinds indirect and mixed)")
	ext := fl.String("ext", ".txt", "with a directory, read the files whose names end with this (empty: all)")
	fl.Usage = func() {
		fmt.Fprint(stderr, `Usage: newsdoc parse [flags] [FILE|DIR ...]

Parses each file (or standard input when none is given) and prints one JSON
object per article on standard output. A directory is read recursively.
An error is printed on standard error with the file name and position, and
the run goes on with the next file; the exit status is 1 when any file
failed, 2 for bad flags.

Flags:
`)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var p newsdoc.Parser
	if *lang != "" {
		t, err := language.Parse(*lang)
		if err != nil {
			fmt.Fprintf(stderr, "newsdoc: -lang: %v\n", err)
			return 2
		}
		p.Language = t
	}
	p.Format = *format
	p.Indirect = *indirect
	if *tz != "" {
		loc, err := time.LoadLocation(*tz)
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
	parse := func(name string, src []byte) {
		opts.File = name
		for a, err := range p.Articles(src) {
			if err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", name, err)
				failed = true
				return
			}
			b, err := a.AppendJSON(nil, opts)
			if err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", name, err)
				failed = true
				return
			}
			w.Write(b)
			w.WriteByte('\n')
		}
	}
	if fl.NArg() == 0 {
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "-: %v\n", err)
			return 1
		}
		parse("-", src)
	}
	for _, arg := range fl.Args() {
		for _, name := range expand(arg, *ext, stderr, &failed) {
			src, err := os.ReadFile(name)
			if err != nil {
				fmt.Fprintf(stderr, "newsdoc: %v\n", err)
				failed = true
				continue
			}
			parse(name, src)
		}
	}
	if failed {
		return 1
	}
	return 0
}

// expand lists the files an argument names: itself, or the files below a
// directory whose names end with ext, in lexical order.
func expand(arg, ext string, stderr io.Writer, failed *bool) []string {
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
	err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Fprintf(stderr, "newsdoc: %v\n", err)
			*failed = true
			return nil
		}
		if !d.IsDir() && (ext == "" || filepath.Ext(path) == ext) {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "newsdoc: %v\n", err)
		*failed = true
	}
	sort.Strings(out)
	return out
}
