package newsdoc

import (
	"bytes"
	"os"
	"sync"
	"testing"
)

// jsonOf parses src with p and returns every article's JSON, one a line.
func jsonOf(t testing.TB, p *Parser, src []byte) []byte {
	var out []byte
	for a, err := range p.Articles(src) {
		if err != nil {
			t.Fatal(err)
		}
		var jerr error
		if out, jerr = a.AppendJSON(out, JSONOptions{}); jerr != nil {
			t.Fatal(jerr)
		}
		out = append(out, '\n')
	}
	return out
}

// TestNoSharedScratch: the buffers an article is built from (the lists
// sized ahead in layout, the arrays an Article carries, the persons'
// shared mention array, the dates read without errors) belong to one
// article. Every input is parsed by several goroutines at once, in
// different orders, with one Parser, while the articles of earlier parses
// are kept; every result must equal a fresh parse's, and the kept
// articles must not change afterwards.
func TestNoSharedScratch(t *testing.T) {
	files := inputs(t)
	srcs := make([][]byte, len(files))
	want := make([][]byte, len(files))
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs[i] = b
		want[i] = jsonOf(t, new(Parser), b)
	}
	var p Parser
	var wg sync.WaitGroup
	kept := make([][]*Article, 4)
	for g := range kept {
		wg.Go(func() {
			for k := range 3 * len(srcs) {
				i := (k*(g+1) + g) % len(srcs) // each goroutine its own order
				if got := jsonOf(t, &p, srcs[i]); !bytes.Equal(got, want[i]) {
					t.Errorf("%s: parse %d on goroutine %d differs from a fresh parse", files[i], k, g)
					return
				}
				if k < len(srcs) {
					for a, err := range p.Articles(srcs[i]) {
						if err == nil {
							kept[g] = append(kept[g], a)
						}
					}
				}
			}
		})
	}
	wg.Wait()
	// The kept articles, re-encoded after all the other parses, are still
	// what a fresh parse gives.
	for g, as := range kept {
		var got []byte
		for _, a := range as {
			got, _ = a.AppendJSON(got, JSONOptions{})
			got = append(got, '\n')
		}
		var exp []byte
		for k := range len(srcs) {
			exp = append(exp, want[(k*(g+1)+g)%len(srcs)]...)
		}
		if !bytes.Equal(got, exp) {
			t.Errorf("goroutine %d: kept articles changed after later parses", g)
		}
	}
}

// BenchmarkParseJSON is BenchmarkParse with the JSON written into a
// reused buffer, as the CLI does: the whole parse, per input file.
func BenchmarkParseJSON(b *testing.B) {
	var all [][]byte
	total := 0
	for _, path := range inputs(b) {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var p Parser
	var buf []byte
	for b.Loop() {
		for _, src := range all {
			for a, err := range p.Articles(src) {
				if err == nil {
					buf, _ = a.AppendJSON(buf[:0], JSONOptions{})
				}
			}
		}
	}
}
