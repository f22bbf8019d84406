package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"runtime"
	"sync"

	"github.com/newsdoc/newsdoc"
)

// dupPair is one line of dups' output.
type dupPair struct {
	A            string  `json:"a"`
	B            string  `json:"b"`
	Estimate     float64 `json:"estimate"`
	Jaccard      float64 `json:"jaccard"`
	SameHeadline bool    `json:"same_headline"`
	HeadlineA    string  `json:"headline_a"`
	HeadlineB    string  `json:"headline_b"`
}

func runDups(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("dups", flag.ContinueOnError)
	fl.SetOutput(stderr)
	threshold := fl.Float64("threshold", 0.9, "the least Jaccard similarity of the bodies' word 5-shingles for a pair, above 0 and at most 1")
	lang := fl.String("lang", "", "language of the articles: nl or en (default: detect per article)")
	format := fl.String("format", "", "force a layout (default: detect); see newsdoc parse -h")
	ext := fl.String("ext", ".txt", "with a directory, read the files with these extensions (comma-separated; empty: all)")
	fl.Usage = func() {
		fmt.Fprint(stderr, `Usage: newsdoc dups [flags] [FILE|DIR|- ...]

Finds near-duplicate articles across the files: the same story with small
edits, cuts or its paragraphs in another order, or the same article in two
exports. Prints one JSON object per pair:

  {"a": ID, "b": ID, "estimate": MINHASH, "jaccard": EXACT,
   "same_headline": BOOL, "headline_a": …, "headline_b": …}

where an ID is FILE#INDEX (as in the tables of parse -format-out csv), a
before b in the order read, and jaccard is the exact similarity of the two
bodies' sets of five-word shingles (estimate its MinHash estimate). Pairs
are found through MinHash bands, without comparing every pair; but n copies
of one article are n(n-1)/2 pairs.

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
	if !(*threshold > 0 && *threshold <= 1) {
		fmt.Fprintf(stderr, "newsdoc dups: -threshold %v: want a number above 0 and at most 1\n", *threshold)
		return 2
	}
	p, err := newParser("dups", *lang, *format)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	p.SkipQuotes = true // a print is made of the blocks alone
	if len(args) == 0 {
		args = []string{"-"}
	}
	failed := false
	exts := extList(*ext)
	var files []string
	for _, arg := range args {
		files = append(files, expand(arg, exts, stderr, &failed)...)
	}

	// Only the print and the headline of each article are kept, so that
	// a large corpus fits in memory.
	type entry struct {
		id, headline string
		print        *newsdoc.Print
	}
	perFile := make([][]entry, len(files))
	errs := make([]string, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, min(runtime.GOMAXPROCS(0), len(files))) {
		wg.Go(func() {
			for i := range next {
				src, err := readInput(files[i], stdin)
				if err != nil {
					errs[i] = fmt.Sprintf("newsdoc: %v\n", err)
					continue
				}
				for a, err := range p.ArticlesString(src) {
					if err != nil {
						errs[i] = fmt.Sprintf("%s: %v\n", files[i], err)
						break
					}
					perFile[i] = append(perFile[i], entry{fmt.Sprintf("%s#%d", files[i], a.Index), a.Headline.Text, newsdoc.Fingerprint(a)})
				}
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	var all []entry
	for i, es := range perFile {
		if errs[i] != "" {
			io.WriteString(stderr, errs[i])
			failed = true
		}
		all = append(all, es...)
	}
	prints := make([]*newsdoc.Print, len(all))
	for i, e := range all {
		prints[i] = e.print
	}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	round := func(f float64) float64 { return math.Round(f*1e4) / 1e4 }
	for _, pr := range newsdoc.NearDuplicates(prints, *threshold) {
		a, b := all[pr.A], all[pr.B]
		enc.Encode(dupPair{a.id, b.id, round(pr.Estimate), round(pr.Jaccard), a.headline == b.headline, a.headline, b.headline})
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "newsdoc dups: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}
