package layout

import (
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// inputs returns every .txt file under testdata outside testdata/fuzz.
func inputs(t *testing.T) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "fuzz" {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, ".txt") {
			out = append(out, path)
		}
		return nil
	})
	if err != nil || len(out) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	return out
}

// collect parses src with the buffers of sc, copying each Doc before the
// next is made, as the root package does.
func collect(sc *scratch, src string) []Doc {
	var out []Doc
	parseDocs(sc, src, Options{}, func(d Doc) bool {
		out = append(out, d.owned())
		return true
	})
	return out
}

// TestScratchReuse parses every input after every other with one scratch
// and compares the documents with those of a fresh scratch: a buffer
// reused while still read, or read stale, makes them differ.
func TestScratchReuse(t *testing.T) {
	files := inputs(t)
	srcs := make([]string, len(files))
	want := make([][]Doc, len(files))
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs[i] = string(b)
		want[i] = collect(new(scratch), srcs[i])
	}
	sc := new(scratch)
	for i := range files {
		for j := range files {
			collect(sc, srcs[i]) // leaves sc's buffers full of file i
			if diff := cmp.Diff(want[j], collect(sc, srcs[j]), cmp.AllowUnexported(Doc{})); diff != "" {
				t.Fatalf("%s after %s differs from a fresh parse (-want +got):\n%s", files[j], files[i], diff)
			}
		}
	}
}

// TestDocsInterleaved reads two files' documents in turns: each Docs call
// must have buffers of its own, and a Doc copied before the next
// iteration must stay as it was.
func TestDocsInterleaved(t *testing.T) {
	files := inputs(t)
	for _, pair := range [][2]string{
		{files[0], files[len(files)-1]},
		{"../../testdata/formats/mediargus/nl-toc.txt", "../../testdata/formats/lexisnexis/en-classic.txt"},
		{"../../testdata/multi/two-articles.txt", "../../testdata/formats/nexis/en-harbour.txt"},
	} {
		var srcs [2]string
		var want [2][]Doc
		for k, f := range pair {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			srcs[k] = string(b)
			want[k] = Parse(srcs[k], Options{})
		}
		var got [2][]Doc
		var next [2]func() (Doc, bool)
		for k := range srcs {
			n, stop := iter.Pull(Docs(srcs[k], Options{}))
			defer stop()
			next[k] = n
		}
		for live := true; live; {
			live = false
			for k := range next {
				if d, ok := next[k](); ok {
					got[k] = append(got[k], d.owned())
					live = true
				}
			}
		}
		for k := range pair {
			if diff := cmp.Diff(want[k], got[k], cmp.AllowUnexported(Doc{})); diff != "" {
				t.Errorf("%s read beside %s differs (-want +got):\n%s", pair[k], pair[1-k], diff)
			}
		}
	}
}

// TestParseOwns checks that the Docs Parse returns keep their slices when
// other text is parsed after them.
func TestParseOwns(t *testing.T) {
	files := inputs(t)
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	first := Parse(string(b), Options{})
	keep := make([]Doc, len(first))
	for i, d := range first {
		keep[i] = d
		keep[i].Blocks, keep[i].Meta = slices.Clone(d.Blocks), slices.Clone(d.Meta)
	}
	for _, f := range files[1:] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		Parse(string(b), Options{})
	}
	if diff := cmp.Diff(keep, first, cmp.AllowUnexported(Doc{})); diff != "" {
		t.Errorf("Parse's documents changed by later parses (-want +got):\n%s", diff)
	}
}
