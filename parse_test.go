package newsdoc

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsdoc/newsdoc/internal/golden"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the .golden files")

func parseAll(t testing.TB, p *Parser, src []byte) []*Article {
	t.Helper()
	var as []*Article
	for a, err := range p.Articles(src) {
		if err != nil {
			t.Fatalf("Articles: %v", err)
		}
		as = append(as, a)
	}
	return as
}

// inputs returns every .txt file under testdata.
func inputs(t testing.TB) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("testdata", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".latin1")) && !strings.Contains(path, "fuzz") {
			files = append(files, path)
		}
		return err
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no test inputs: %v", err)
	}
	return files
}

func TestGolden(t *testing.T) {
	for _, path := range inputs(t) {
		t.Run(path, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			as := parseAll(t, new(Parser), src)
			text := string(src)
			if len(as) > 0 {
				text = as[0].Source // decoded when the input was not UTF-8
			}
			checkSpans(t, text, as)
			checkNothingLost(t, text, as)
			checkGolden(t, path, ".golden", dump(as))
		})
	}
}

// checkGolden compares got with the file beside the input path that has
// the extension ext, or with -update rewrites that file.
func checkGolden(t *testing.T, path, ext, got string) {
	t.Helper()
	golden.Check(t, strings.TrimSuffix(strings.TrimSuffix(path, ".txt"), ".latin1")+ext, got, *update)
}

// dump renders articles as a deterministic text, one item a line, with
// positions as line:col-line:col (start-end).
func dump(as []*Article) string {
	var b strings.Builder
	for _, a := range as {
		pos := func(s Span) string {
			p, q := a.Position(s.Start), a.Position(s.End)
			return fmt.Sprintf("%d:%d-%d:%d (%d-%d)", p.Line, p.Column, q.Line, q.Column, s.Start, s.End)
		}
		fmt.Fprintf(&b, "article %d format=%s lang=%s encoding=%s %s\n", a.Index, a.Format, a.Lang, a.Encoding, pos(a.Span))
		if !a.Headline.Span.IsZero() {
			fmt.Fprintf(&b, "headline %s %q\n", pos(a.Headline.Span), a.Headline.Text)
		}
		for _, f := range a.Authors {
			fmt.Fprintf(&b, "author %s %q\n", pos(f.Span), f.Text)
		}
		fmt.Fprintf(&b, "published %q precision=%s raw=%q\n", a.Published.String(), a.Published.Precision, a.Published.Raw)
		if !a.Section.Span.IsZero() {
			fmt.Fprintf(&b, "section %s %q\n", pos(a.Section.Span), a.Section.Text)
		}
		for _, m := range a.Meta {
			fmt.Fprintf(&b, "meta %s %s %q\n", m.Key, pos(m.Span), m.Value)
		}
		for i, bl := range a.Blocks {
			fmt.Fprintf(&b, "block %d %s %s %q\n", i, bl.Kind, pos(bl.Span), bl.Text)
		}
		for _, q := range a.Quotes {
			closed := "closed"
			if q.Close.IsZero() {
				closed = "unclosed"
			}
			fmt.Fprintf(&b, "quote %s block=%d %s %s %q speaker=%q", q.Kind, q.Block, closed, pos(q.Span), q.Text, q.Speaker)
			if !q.SpeakerSpan.IsZero() {
				fmt.Fprintf(&b, " at %s %q", pos(q.SpeakerSpan), a.Text(q.SpeakerSpan))
			}
			fmt.Fprintf(&b, " cue=%q", q.Cue)
			if !q.CueSpan.IsZero() {
				fmt.Fprintf(&b, " at %s", pos(q.CueSpan))
			}
			fmt.Fprintf(&b, " person=%d confidence=%.2f\n", q.Person, q.Confidence)
		}
		for i, p := range a.People {
			fmt.Fprintf(&b, "person %d %q", i, p.Name)
			for _, m := range p.Mentions {
				fmt.Fprintf(&b, " %s", pos(m))
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// TestSample pins the facts the project started from, independent of the
// golden file.
func TestSample(t *testing.T) {
	src, err := os.ReadFile("testdata/nl/000_f75badb320d87a69.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Headline.Text, `Zuckerberg na privacyschandaal: "Het is allemaal mijn fout"`; got != want {
		t.Errorf("headline = %q, want %q", got, want)
	}
	if len(a.Authors) != 1 || a.Authors[0].Text != "Lieve Van Bastelaere" {
		t.Errorf("authors = %v", a.Authors)
	}
	brussels, _ := time.LoadLocation("Europe/Brussels")
	want := time.Date(2018, 4, 5, 0, 54, 0, 0, brussels)
	if got, ok := a.Published.Time(); !ok || !got.Equal(want) || a.Published.Precision != PrecisionMinute {
		t.Errorf("published = %v, want %v at minute precision", a.Published, want)
	}
	if a.Section.Text != "Internet" {
		t.Errorf("section = %q", a.Section.Text)
	}
	if v, _ := a.MetaValue("count"); v != "2" {
		t.Errorf("meta count = %q, want 2", v)
	}
	kinds := map[BlockKind]int{}
	for _, b := range a.Blocks {
		kinds[b.Kind]++
	}
	if len(a.Blocks) != 9 || kinds[Paragraph] != 6 || kinds[Subheading] != 2 || kinds[Pullquote] != 1 {
		t.Errorf("blocks: %d, kinds %v; want 9: 6 paragraphs, 2 subheadings, 1 pull quote", len(a.Blocks), kinds)
	}
	if a.Lang != language.Dutch {
		t.Errorf("lang = %v", a.Lang)
	}
	// Nine quotations, all Mark Zuckerberg's: the headline, seven in the
	// body and the pull quote; the single-quoted scare quotes are not
	// speech.
	kindsQ := map[QuoteKind]int{}
	var cues []string
	for _, q := range a.Quotes {
		kindsQ[q.Kind]++
		if q.Speaker != "Mark Zuckerberg" {
			t.Errorf("quote %q: speaker %q", q.Text, q.Speaker)
		}
		if q.Cue != "" && q.Cue != ":" {
			cues = append(cues, q.Cue)
		}
		for _, scare := range []string{"slechteriken", "fake nieuws", "fake news"} {
			if q.Text == scare {
				t.Errorf("scare quote %q reported as speech", scare)
			}
		}
	}
	if len(a.Quotes) != 9 || kindsQ[Headline] != 1 || kindsQ[PullQuote] != 1 || kindsQ[Direct] != 7 {
		t.Errorf("%d quotes, kinds %v; want 9: 1 headline, 1 pull quote, 7 direct", len(a.Quotes), kindsQ)
	}
	if diff := cmp.Diff([]string{"zei", "antwoordde", "voegde … toe", "gaf … toe"}, cues); diff != "" {
		t.Errorf("cues mismatch (-want +got):\n%s", diff)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		wantErr error
		line    int
	}{
		{"empty", nil, ErrEmpty, 1},
		{"only space", []byte(" \n\t\r\n"), ErrEmpty, 3},
		{"only nul padding", bytes.Repeat([]byte{0}, 100), ErrBinary, 1},
		{"binary", bytes.Repeat([]byte{1, 2, 3, 4, 0x89, 'P', 'N', 'G'}, 100), ErrBinary, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(tc.in)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Parse error = %v, want %v", err, tc.wantErr)
			}
			if a != nil {
				t.Errorf("got an article with the error")
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Pos.Line != tc.line {
				t.Errorf("error %v: want a *ParseError at line %d", err, tc.line)
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	p := Parser{MaxSize: 10}
	_, err := p.Parse([]byte("Een kop\n\nEen tekst die te lang is."))
	var pe *ParseError
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &pe) || pe.Pos.Offset != 10 {
		t.Fatalf("err = %v, want ErrTooLarge at offset 10", err)
	}
}

// TestBestEffort covers inputs that are odd but text: each must parse,
// keep every byte, and never panic.
func TestBestEffort(t *testing.T) {
	sample, err := os.ReadFile("testdata/nl/000_f75badb320d87a69.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		in       []byte
		enc      string
		headline string
	}{
		{"header only", []byte(" date 2018-04 Alleen een kop Jan Jansen\n"), "utf-8", "Alleen een kop"},
		{"no date line", []byte(" date 2018-04 Kop zonder datum Jan Jansen\n\nEen alinea.\n"), "utf-8", "Kop zonder datum"},
		{"truncated", sample[:len(sample)/2], "utf-8", `Zuckerberg na privacyschandaal: "Het is allemaal mijn fout"`},
		{"cut in a code point", []byte(" date 2018-04 Kop Jan Jansen\n\n05 april 2018\n\nDe caf\xc3"), "windows-1252", "Kop"},
		{"bom", append([]byte("\xef\xbb\xbf"), sample...), "utf-8", `Zuckerberg na privacyschandaal: "Het is allemaal mijn fout"`},
		{"crlf", bytes.ReplaceAll(sample, []byte("\n"), []byte("\r\n")), "utf-8", `Zuckerberg na privacyschandaal: "Het is allemaal mijn fout"`},
		{"cr only", bytes.ReplaceAll(sample, []byte("\n"), []byte("\r")), "utf-8", `Zuckerberg na privacyschandaal: "Het is allemaal mijn fout"`},
		{"latin-1", []byte(" date 2011-11 Caf\xe9 sluit de deuren Jan Jansen\n\n30 november 2011\n\nHet caf\xe9 is dicht.\n"), "windows-1252", "Café sluit de deuren"},
		{"utf-16le", utf16le(" date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\nTekst.\n"), "utf-16le", "Een kop"},
		{"free text", []byte("Zomaar wat tekst zonder kop of datum.\nNog een regel."), "utf-8", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			as := parseAll(t, new(Parser), tc.in)
			if len(as) == 0 {
				t.Fatal("no article")
			}
			src := as[0].Source
			checkSpans(t, src, as)
			checkNothingLost(t, src, as)
			if as[0].Encoding != tc.enc {
				t.Errorf("encoding = %q, want %q", as[0].Encoding, tc.enc)
			}
			if as[0].Headline.Text != tc.headline {
				t.Errorf("headline = %q, want %q", as[0].Headline.Text, tc.headline)
			}
		})
	}
}

func utf16le(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s { // ASCII only in the tests
		b = append(b, byte(r), 0)
	}
	return b
}

// TestLarge parses a 50 MB file of concatenated articles.
func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	one, err := os.ReadFile("testdata/nl/000_f75badb320d87a69.txt")
	if err != nil {
		t.Fatal(err)
	}
	one = append(one, '\n')
	src := bytes.Repeat(one, 50<<20/len(one)+1)
	n := 0
	for a, err := range new(Parser).Articles(src) {
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline.Text == "" || len(a.Blocks) != 9 {
			t.Fatalf("article %d: headline %q, %d blocks", a.Index, a.Headline.Text, len(a.Blocks))
		}
		n++
	}
	if want := 50<<20/len(one) + 1; n != want {
		t.Errorf("%d articles, want %d", n, want)
	}
}

func TestPosition(t *testing.T) {
	a, err := Parse([]byte("Kop\n\n5 mei 2020\n\nEerste alinea.\nTweede regel."))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		off  int
		want Position
	}{
		{0, Position{0, 1, 1}},
		{3, Position{3, 1, 4}},
		{4, Position{4, 2, 1}},
		{5, Position{5, 3, 1}},
		{32, Position{32, 6, 1}},
	}
	for _, tc := range tests {
		if got := a.Position(tc.off); got != tc.want {
			t.Errorf("Position(%d) = %+v, want %+v", tc.off, got, tc.want)
		}
	}
}

// TestSharedTables reads positions and code-point offsets of the articles
// of one input from several goroutines: the tables they share are built on
// first use, by whichever goroutine comes first (run it with -race).
func TestSharedTables(t *testing.T) {
	src, err := os.ReadFile("testdata/formats/lexisnexis/en-classic.txt")
	if err != nil {
		t.Fatal(err)
	}
	var as []*Article
	for a, err := range new(Parser).Articles(src) {
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, a)
	}
	if len(as) < 2 {
		t.Fatalf("%d articles, want several", len(as))
	}
	want := make([][]byte, len(as))
	for i, a := range as {
		want[i], _ = a.AppendJSON(nil, JSONOptions{Runes: true})
	}
	// The same again on a fresh parse, from one goroutine per article.
	as = as[:0]
	for a := range new(Parser).Articles(src) {
		as = append(as, a)
	}
	var wg sync.WaitGroup
	for i, a := range as {
		wg.Go(func() {
			end := a.Position(a.Span.End)
			if got := as[0].Position(a.Span.End); got != end {
				t.Errorf("article %d: Position(%d) = %+v from article 0, %+v from its own", i, a.Span.End, got, end)
			}
			if got, _ := a.AppendJSON(nil, JSONOptions{Runes: true}); string(got) != string(want[i]) {
				t.Errorf("article %d: JSON with code points differs from a parse read in turn", i)
			}
		})
	}
	wg.Wait()
}

func TestLanguageOption(t *testing.T) {
	src := []byte(" date 2020-01 Kop Jan Jansen\n\n1 januari 2020\n\n12:00 0 Nieuws De tekst van het artikel.\n")
	a, err := (&Parser{Language: language.English}).Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if a.Lang != language.English || a.Published.HasOffset {
		t.Errorf("lang %v, published %v: want English and no offset", a.Lang, a.Published)
	}
	loc := time.FixedZone("X", 3600*5)
	a, err = (&Parser{Location: loc}).Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.String(); got != "2020-01-01T12:00+05:00" {
		t.Errorf("published with Location = %s", got)
	}
}

func TestIndirectOption(t *testing.T) {
	src := []byte("Een kop\n\n5 mei 2020\n\nVolgens burgemeester Anna Smit is het plan te duur voor de stad. \"We zoeken verder\", zei ze.\n")
	for _, indirect := range []bool{false, true} {
		as := parseAll(t, &Parser{Indirect: indirect}, src)
		checkSpans(t, string(src), as)
		kinds := map[QuoteKind]int{}
		for _, q := range as[0].Quotes {
			kinds[q.Kind]++
			if q.Speaker != "Anna Smit" {
				t.Errorf("Indirect=%v: %s quote %q by %q", indirect, q.Kind, q.Text, q.Speaker)
			}
		}
		want := map[QuoteKind]int{Direct: 1}
		if indirect {
			want[Indirect] = 1
		}
		if diff := cmp.Diff(want, kinds); diff != "" {
			t.Errorf("Indirect=%v: kinds mismatch (-want +got):\n%s", indirect, diff)
		}
	}
}

// TestSkipQuotes: with SkipQuotes an article has no quotations and no
// persons, and every other field is what a full parse gives; Indirect
// does not bring the quotations back.
func TestSkipQuotes(t *testing.T) {
	quoted := 0
	for _, path := range inputs(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		full := parseAll(t, new(Parser), src)
		for _, p := range []*Parser{{SkipQuotes: true}, {SkipQuotes: true, Indirect: true}} {
			skipped := parseAll(t, p, src)
			if len(skipped) != len(full) {
				t.Fatalf("%s: %d articles with SkipQuotes, %d without", path, len(skipped), len(full))
			}
			for i, a := range skipped {
				if len(a.Quotes) != 0 || len(a.People) != 0 {
					t.Errorf("%s #%d: SkipQuotes gave %d quotes, %d persons", path, i, len(a.Quotes), len(a.People))
				}
				want := *full[i]
				if len(want.Quotes) > 0 {
					quoted++
				}
				want.Quotes, want.People = nil, nil
				if diff := cmp.Diff(&want, a, cmpopts.IgnoreUnexported(Article{}), cmpopts.EquateComparable(language.Tag{})); diff != "" {
					t.Errorf("%s #%d: SkipQuotes changed more than the quotes (-full +skipped):\n%s", path, i, diff)
				}
			}
		}
	}
	if quoted == 0 {
		t.Fatal("no test input has a quotation: the test shows nothing")
	}
}

// TestLinear guards against super-linear time on hostile inputs: four
// times the input may take at most ten times as long.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	pieces := []string{"a ", `"`, "'", ". ", "\n", "\n\n", "Jan ", "zei ", "1. ", ", ", "2018 ", "DEN HAAG (ANP) - ", ":", "„", "”", "‘", "’"}
	rng := uint32(1)
	mixed := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			rng = rng*1664525 + 1013904223
			b.WriteString(pieces[rng>>16%uint32(len(pieces))])
		}
		return b.String()
	}
	inputs := map[string]func(n int) string{
		"marks on one line": func(n int) string { return strings.Repeat(`"a" 'b' ,,c'' „d” zei hij. `, n/30) },
		"random pieces":     mixed,
		"names":             func(n int) string { return strings.Repeat("Jan Van De Berg Peeters zei: ", n/28) },
		"dump headers": func(n int) string {
			return strings.Repeat(" date 2018-04 Kop \"x\" Jan Smit\n\n5 april 2018\n\n00u54 2 Internet Tekst.\n", n/64)
		},
	}
	for name, gen := range inputs {
		t.Run(name, func(t *testing.T) {
			// The best of five runs at n and at 4n: a linear parse takes
			// about four times as long, a quadratic one sixteen; ten
			// leaves room for a busy machine. Ratios, not absolute times,
			// and the runs alternate, so that a busy spell slows both.
			timeOf := func(src []byte) time.Duration {
				start := time.Now()
				for range new(Parser).Articles(src) {
				}
				return time.Since(start)
			}
			timeOf([]byte(gen(10_000))) // warm up
			smallSrc, bigSrc := []byte(gen(75_000)), []byte(gen(300_000))
			small, big := time.Duration(1<<62), time.Duration(1<<62)
			for range 5 {
				small = min(small, timeOf(smallSrc))
				big = min(big, timeOf(bigSrc))
			}
			if big > 10*small+20*time.Millisecond {
				t.Errorf("300 kB took %v, 75 kB %v: not linear", big, small)
			}
		})
	}
}

func TestParseReader(t *testing.T) {
	src := " date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\nTekst van het artikel.\n"
	a, err := ParseReader(iotest.OneByteReader(strings.NewReader(src)))
	if err != nil || a.Headline.Text != "Een kop" {
		t.Fatalf("ParseReader = %v, %v", a, err)
	}
	boom := errors.New("boom")
	if _, err := ParseReader(iotest.ErrReader(boom)); !errors.Is(err, boom) {
		t.Errorf("read error = %v, want it wrapped", err)
	}
}

// A date line that gives the publication and an update, joined by " | ",
// a bullet or a comma before "updated", is a date line: the publication's
// date is read.
func TestDateLineWithUpdate(t *testing.T) {
	for _, tc := range []struct{ in, headline, published string }{
		{"Town votes for strict building rules\n\nPosted: Jul 22, 2025 4:00 AM PT | Last Updated: July 22, 2025\n\nBy Tom Hale\n\nThe town voted.\n",
			"Town votes for strict building rules", "2025-07-22T04:00-07:00"},
		{"Ferry breaks down again\n\nPublished: 04:15 BST, 6 May 2025 | Updated: 09:32 BST, 6 May 2025\n\nHundreds were stranded.\n",
			"Ferry breaks down again", "2025-05-06T04:15+01:00"},
		{"Neighbor wakes family as fire spreads\n\nPublished February 17, 2025 • Updated on February 17, 2025 at 6:48 pm\n\nA family of five made it out.\n",
			"Neighbor wakes family as fire spreads", "2025-02-17"},
		// A comma sets off the update only before a word for one.
		{"Reef study finds hardy algae\n\nPosted Tue 12 Mar 2024 at 5:30am, updated Tue 12 Mar 2024 at 9:02am\n\nScientists grew corals in tanks.\n",
			"Reef study finds hardy algae", "2024-03-12T05:30"},
		{"Brand in loods\n\n3 maart 2024, bijgewerkt 4 maart 2024\n\nDe brandweer rukte uit.\n",
			"Brand in loods", "2024-03-03"},
		{"Storm hits coast\n\nNov. 19, 2019, 6:18 p.m.\n\nWinds rose.\n",
			"Storm hits coast", "2019-11-19T18:18"},
	} {
		a, err := new(Parser).Parse([]byte(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline.Text != tc.headline || a.Published.String() != tc.published {
			t.Errorf("%q: headline %q, published %s; want %q, %s", tc.in, a.Headline.Text, a.Published, tc.headline, tc.published)
		}
	}
}
