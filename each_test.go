package newsdoc

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEachSameAsArticles parses every test input, and all of them joined
// into one input of many articles, with Each and with Articles: the JSON
// of each article is the same, written inside fn before Each reuses the
// article's memory for a later one.
func TestEachSameAsArticles(t *testing.T) {
	var all [][]byte
	for _, path := range inputs(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, src)
	}
	// The dump layout's articles one after another: many articles, so
	// that the two reused articles are each reused many times.
	var dumps [][]byte
	for _, src := range all {
		if bytes.HasPrefix(src, []byte(" date ")) {
			dumps = append(dumps, src)
		}
	}
	all = append(all, bytes.Join(dumps, nil))
	// And one in UTF-16 with a byte-order mark, which is decoded whole.
	u := []byte{0xFF, 0xFE}
	for _, r := range string(dumps[0]) {
		u = append(u, byte(r), byte(r>>8)) // the samples are in the BMP
	}
	all = append(all, u)
	var p Parser
	for i, src := range all {
		var want []string
		for a, err := range p.Articles(src) {
			if err != nil {
				t.Fatalf("input %d: %v", i, err)
			}
			b, err := a.AppendJSON(nil, JSONOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, string(b))
		}
		var got []string
		err := p.Each(bytes.Clone(src), func(a *Article) error {
			b, err := a.AppendJSON(nil, JSONOptions{})
			got = append(got, string(b))
			return err
		})
		if err != nil {
			t.Fatalf("input %d: %v", i, err)
		}
		if len(got) != len(want) {
			t.Fatalf("input %d: Each gave %d articles, Articles %d", i, len(got), len(want))
		}
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("input %d, article %d: Each and Articles differ:\n%s\n%s", i, k, got[k], want[k])
			}
		}
	}
	if len(dumps) < 10 {
		t.Fatalf("only %d dump inputs to join", len(dumps))
	}
}

// Each stops at fn's first error and returns it; an unreadable input's
// error comes back without fn being called.
func TestEachErrors(t *testing.T) {
	src := []byte(" date 2019-01 Een Redactie\n\n10 januari 2019\n\nEen.\n date 2019-01 Twee Redactie\n\n10 januari 2019\n\nTwee.\n")
	stop := errors.New("stop")
	n := 0
	err := new(Parser).Each(src, func(*Article) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("Each returned %v after %d articles, want stop after 1", err, n)
	}
	err = new(Parser).Each([]byte("  \n"), func(*Article) error {
		t.Error("fn called for an empty input")
		return nil
	})
	if !errors.Is(err, ErrEmpty) {
		t.Errorf("Each on an empty input: %v, want ErrEmpty", err)
	}
}

// Each allocates far less than Articles: the articles' lists are reused.
func TestEachAllocatesLess(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts under the race detector")
	}
	src := []byte(strings.Repeat(" date 2019-01 Storm legt treinverkeer stil Redactie\n\n10 januari 2019\n\n\"Er rijden geen treinen\", zegt woordvoerder Tom Hale van ProRail.\n\nOok de bussen staan stil.\n", 50))
	var p Parser
	var buf []byte
	each := testing.AllocsPerRun(5, func() {
		p.Each(src, func(a *Article) error {
			buf, _ = a.AppendJSON(buf[:0], JSONOptions{})
			return nil
		})
	})
	articles := testing.AllocsPerRun(5, func() {
		for a := range p.Articles(src) {
			buf, _ = a.AppendJSON(buf[:0], JSONOptions{})
		}
	})
	t.Logf("allocations for 50 articles: Each %.0f, Articles %.0f", each, articles)
	if each > articles/2 {
		t.Errorf("Each made %.0f allocations for 50 articles, Articles %.0f: the lists are not reused", each, articles)
	}
}

// Each on several goroutines at once, with one Parser: each call has an
// arena of its own (run with -race).
func TestEachConcurrent(t *testing.T) {
	src := []byte(strings.Repeat(" date 2019-01 Storm legt treinverkeer stil Redactie\n\n10 januari 2019\n\n\"Er rijden geen treinen\", zegt woordvoerder Tom Hale van ProRail.\n", 20))
	var p Parser
	var want []byte
	for a := range p.Articles(src) {
		want, _ = a.AppendJSON(want, JSONOptions{})
	}
	done := make(chan []byte)
	for range 4 {
		go func() {
			var got []byte
			p.Each(src, func(a *Article) error {
				got, _ = a.AppendJSON(got, JSONOptions{})
				return nil
			})
			done <- got
		}()
	}
	for range 4 {
		if got := <-done; !bytes.Equal(got, want) {
			t.Error("Each on several goroutines gave other JSON than Articles")
		}
	}
}

// TestAllocationBudget holds the parse of the test articles to a budget
// of allocations an article, well under the 40 and about twice
// today's 3.9, so that a change that allocates on a hot path (a pointer
// to a loop variable, a closure that escapes: 19.6 at d51abf6) fails
// here, not in a profile later.
func TestAllocationBudget(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts under the race detector")
	}
	files, err := filepath.Glob("testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	var p Parser
	var buf []byte
	total, articles := 0.0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		p.Each(src, func(*Article) error { n++; return nil })
		articles += n
		total += testing.AllocsPerRun(3, func() {
			p.Each(src, func(a *Article) error {
				buf, _ = a.AppendJSON(buf[:0], JSONOptions{})
				return nil
			})
		})
	}
	per := total / float64(articles)
	t.Logf("%d articles of %d files: %.1f allocations an article", articles, len(files), per)
	const budget = 10
	if per > budget {
		t.Errorf("%.1f allocations an article, over the budget of %d", per, budget)
	}
}
