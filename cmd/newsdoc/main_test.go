package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestParseCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	bad := filepath.Join(dir, "b.txt")
	src := " date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\n00u54 2 Internet Het café is dicht.\n"
	os.WriteFile(good, []byte(src), 0o644)
	os.WriteFile(bad, []byte("x\x00\x01\x02\x03\x04y"), 0o644)

	var out, errb bytes.Buffer
	code := run([]string{"parse", good, bad, filepath.Join(dir, "missing.txt")}, nil, &out, &errb)
	if code != 1 {
		t.Errorf("exit %d, want 1 (one file failed)", code)
	}
	if !strings.Contains(errb.String(), "b.txt: newsdoc: 1:2: binary data") {
		t.Errorf("stderr = %q, want the file and position", errb.String())
	}
	var a map[string]any
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if a["headline"] != "Een kop" || a["published"] != "2018-04-05T00:54+02:00" || a["section"] != "Internet" || a["file"] != good {
		t.Errorf("got %v", a)
	}
	blocks := a["blocks"].([]any)
	b0 := blocks[0].(map[string]any)
	start, end := int(b0["start"].(float64)), int(b0["end"].(float64))
	if src[start:end] != b0["text"] {
		t.Errorf("byte offsets %d-%d do not give the block text", start, end)
	}

	// -runes counts code points: "é" is one.
	out.Reset()
	if code := run([]string{"parse", "-runes", good}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d", code)
	}
	json.Unmarshal(out.Bytes(), &a)
	b0 = a["blocks"].([]any)[0].(map[string]any)
	if got := int(b0["end"].(float64)); got != end-1 {
		t.Errorf("rune end = %d, want %d", got, end-1)
	}

	// stdin, and a directory.
	out.Reset()
	if code := run([]string{"parse"}, strings.NewReader(src), &out, &errb); code != 0 || !strings.Contains(out.String(), `"file":"-"`) {
		t.Errorf("stdin: exit %d, %q", code, out.String())
	}
	out.Reset()
	os.Remove(bad)
	if code := run([]string{"parse", dir}, nil, &out, &errb); code != 0 || strings.Count(out.String(), "\n") != 1 {
		t.Errorf("dir: exit %d, %q", code, out.String())
	}
}

// TestParseAnomalies: a stray byte is reported on stderr with its article
// and position, and flagged in that article only; NUL padding is kept;
// neither fails the run.
func TestParseAnomalies(t *testing.T) {
	art := func(head, body string) string {
		return " date 2019-01 " + head + " Jan Smit\n\n10 januari 2019\n\n07u12 5 Binnenland " + body + "\n"
	}
	clean := art("Café sluit", "Het café van Zoë sluit.") + art("Brug dicht", "De brug is dicht.")
	tests := []struct {
		name      string
		in        string
		stderr    string // a part of stderr; "" wants it empty
		anomalous []bool // per article: has "anomalies"
	}{
		{"clean", clean, "", []bool{false, false}},
		{"stray byte", art("Café sluit", "Het café van Zoë sluit.") + art("Brug dicht", "De brug is dicht\x85"),
			"f.txt:10:36: warning: article 1: 1 bytes not UTF-8, read as Windows-1252 (encoding windows-1252); first at input byte 185", []bool{false, true}},
		{"nul padding", clean + "\x00\x00\x00\x00", "warning: article 1: 4 control bytes kept", []bool{false, true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := filepath.Join(t.TempDir(), "f.txt")
			os.WriteFile(f, []byte(tc.in), 0o644)
			var out, errb bytes.Buffer
			if code := run([]string{"parse", f}, nil, &out, &errb); code != 0 {
				t.Errorf("exit %d (stderr %q)", code, errb.String())
			}
			if tc.stderr == "" && errb.Len() > 0 || !strings.Contains(errb.String(), tc.stderr) {
				t.Errorf("stderr %q, want %q", errb.String(), tc.stderr)
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if len(lines) != len(tc.anomalous) {
				t.Fatalf("%d articles, want %d", len(lines), len(tc.anomalous))
			}
			for i, l := range lines {
				var a map[string]any
				json.Unmarshal([]byte(l), &a)
				if _, has := a["anomalies"]; has != tc.anomalous[i] {
					t.Errorf("article %d: anomalies %v, want %v", i, a["anomalies"], tc.anomalous[i])
				}
				if i == 0 && (a["headline"] != "Café sluit" || a["encoding"] != nil) {
					t.Errorf("article 0: headline %v, encoding %v", a["headline"], a["encoding"])
				}
			}
		})
	}
}

func TestUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"parse", "-h"}, nil, &out, &errb); code != 0 || !strings.Contains(errb.String(), "-runes") {
		t.Errorf("parse -h: exit %d, %q", code, errb.String())
	}
	if code := run([]string{"nope"}, nil, &out, &errb); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
	errb.Reset()
	if code := run([]string{"parse", "-format", "pdf"}, nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), "lexisnexis") {
		t.Errorf("bad -format: exit %d, %q", code, errb.String())
	}
}

// TestSkipQuotes: -skip-quotes leaves quotes and people empty and the
// rest as it is; with -indirect, which asks for quotations, it is a
// usage error.
func TestSkipQuotes(t *testing.T) {
	src := "Een kop\n\n5 mei 2020\n\n\"We zoeken verder\", zei burgemeester Anna Smit.\n"
	type out struct {
		Headline string
		Quotes   []struct{ Speaker string }
		People   []struct{ Name string }
	}
	parse := func(args ...string) (out, int, string) {
		var o, errb bytes.Buffer
		code := run(append([]string{"parse"}, args...), strings.NewReader(src), &o, &errb)
		var a out
		if code == 0 {
			if err := json.Unmarshal(o.Bytes(), &a); err != nil {
				t.Fatalf("%q: %v in %q", args, err, o.String())
			}
		}
		return a, code, errb.String()
	}
	full, code, _ := parse()
	if code != 0 || len(full.Quotes) != 1 || full.Quotes[0].Speaker != "Anna Smit" || len(full.People) != 1 {
		t.Fatalf("without -skip-quotes: exit %d, %+v", code, full)
	}
	skipped, code, _ := parse("-skip-quotes")
	if code != 0 || skipped.Headline != full.Headline || len(skipped.Quotes) != 0 || len(skipped.People) != 0 {
		t.Errorf("-skip-quotes: exit %d, %+v", code, skipped)
	}
	if _, code, stderr := parse("-skip-quotes", "-indirect"); code != 2 || !strings.Contains(stderr, "-indirect") {
		t.Errorf("-skip-quotes -indirect: exit %d, %q", code, stderr)
	}
}

// TestParseArgs: flags after file names, "--" and "-" (item 10 of
// issue 9).
func TestParseArgs(t *testing.T) {
	dir := t.TempDir()
	src := " date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\n00u54 2 Internet Het café is dicht.\n"
	f := filepath.Join(dir, "a.txt")
	os.WriteFile(f, []byte(src), 0o644)
	dash := filepath.Join(dir, "-runes")
	os.WriteFile(dash, []byte(src), 0o644)
	tests := []struct {
		name  string
		args  []string
		files []string // the "file" members, in order
		runes bool     // offsets counted in code points
		code  int
	}{
		{"flag after file", []string{f, "-runes"}, []string{f}, true, 0},
		{"flag before file", []string{"-runes", f}, []string{f}, true, 0},
		{"flags around files", []string{"-lang", "nl", f, "-runes", f}, []string{f, f}, true, 0},
		{"double dash ends flags", []string{f, "--", dash}, []string{f, dash}, false, 0},
		{"flag value that looks like a flag end", []string{"-ext", "--", f}, []string{f}, false, 0},
		{"dash is stdin", []string{f, "-"}, []string{f, "-"}, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append([]string{"parse"}, tc.args...), strings.NewReader(src), &out, &errb)
			if code != tc.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tc.code, errb.String())
			}
			var files []string
			for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
				var a struct {
					File   string
					Blocks []struct{ End int }
				}
				json.Unmarshal([]byte(l), &a)
				files = append(files, a.File)
				if want := strings.Index(src, ".\n") + 1; tc.runes {
					want = len([]rune(src[:want]))
					if a.Blocks[0].End != want {
						t.Errorf("end %d, want %d in code points", a.Blocks[0].End, want)
					}
				}
			}
			if strings.Join(files, " ") != strings.Join(tc.files, " ") {
				t.Errorf("files %q, want %q", files, tc.files)
			}
		})
	}
}

// TestParseExt: -ext compares without case, with or without the dot, as a
// list; a directory that gives no file says so and fails (item 9).
func TestParseExt(t *testing.T) {
	dir := t.TempDir()
	src := " date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\nTekst.\n"
	for _, n := range []string{"a.TXT", "b.txt", "c.Nexis", "d.doc"} {
		os.WriteFile(filepath.Join(dir, n), []byte(src), 0o644)
	}
	tests := []struct {
		ext    string
		n      int
		code   int
		stderr string
	}{
		{".txt", 2, 0, ""},
		{"txt", 2, 0, ""},
		{"TXT", 2, 0, ""},
		{"txt,nexis", 3, 0, ""},
		{".txt, .NEXIS", 3, 0, ""},
		{"", 4, 0, ""},
		{"pdf", 0, 1, "no files with extension .pdf"},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		code := run([]string{"parse", "-ext", tc.ext, dir}, nil, &out, &errb)
		if n := strings.Count(out.String(), "\n"); n != tc.n || code != tc.code || !strings.Contains(errb.String(), tc.stderr) {
			t.Errorf("-ext %q: %d articles, exit %d, stderr %q; want %d, %d, %q", tc.ext, n, code, errb.String(), tc.n, tc.code, tc.stderr)
		}
	}
}

// TestSmallGaps: help COMMAND, version, one -lang rule for parse and
// dates, and UTF-16 without a byte-order mark (item 13 of issue 9).
func TestSmallGaps(t *testing.T) {
	utf16 := filepath.Join(t.TempDir(), "u.txt")
	var b []byte
	for _, c := range "Een kop\n\n5 april 2018\n\nTekst van het artikel.\n" {
		b = append(b, byte(c), 0)
	}
	os.WriteFile(utf16, b, 0o644)
	tests := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"help", "parse"}, 0, "Usage: newsdoc parse", ""},
		{[]string{"help", "dates"}, 0, "Usage: newsdoc dates", ""},
		{[]string{"help"}, 0, "newsdoc version", ""},
		{[]string{"help", "nope"}, 2, "", `unknown command "nope"`},
		{[]string{"version"}, 0, "newsdoc ", ""},
		{[]string{"parse", "-lang", "fr", "x"}, 2, "", `-lang "fr": want nl, en, en-US or en-GB`},
		{[]string{"dates", "-lang", "fr"}, 2, "", `-lang "fr": want nl, en, en-US or en-GB`},
		{[]string{"parse", "-lang", "en-US", utf16}, 1, "", "UTF-16LE without a byte-order mark"},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		code := run(tc.args, strings.NewReader(""), &out, &errb)
		if code != tc.code || !strings.Contains(out.String(), tc.stdout) || !strings.Contains(errb.String(), tc.stderr) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want %d, %q, %q", tc.args, code, out.String(), errb.String(), tc.code, tc.stdout, tc.stderr)
		}
	}
}

// TestParseSource: -source gives each article its own text, not the whole
// file, and offsets index it after subtracting start (item 6 of issue 9).
func TestParseSource(t *testing.T) {
	src := []byte(threeArticleDump)
	for _, runes := range []bool{false, true} {
		args := []string{"parse", "-source"}
		if runes {
			args = append(args, "-runes")
		}
		var out, errb bytes.Buffer
		if code := run(args, bytes.NewReader(src), &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if len(lines) != 3 {
			t.Fatalf("%d articles", len(lines))
		}
		total := 0
		for i, l := range lines {
			var a struct {
				Start, End int
				Headline   string
				Source     string
				Blocks     []struct {
					Text       string
					Start, End int
				}
			}
			if err := json.Unmarshal([]byte(l), &a); err != nil {
				t.Fatal(err)
			}
			total += len(a.Source)
			if !strings.Contains(a.Source, a.Headline) || strings.Count(a.Source, "date 2019") != 1 {
				t.Errorf("article %d: source %q is not its own text", i, a.Source)
			}
			text := []rune(a.Source)
			for _, b := range a.Blocks {
				var got string
				if runes {
					got = string(text[b.Start-a.Start : b.End-a.Start])
				} else {
					got = a.Source[b.Start-a.Start : b.End-a.Start]
				}
				if got != b.Text {
					t.Errorf("runes=%v article %d: source[%d-%d:%d-%d] = %q, want %q", runes, i, b.Start, a.Start, b.End, a.Start, got, b.Text)
				}
			}
		}
		if total > len(src) {
			t.Errorf("sources hold %d bytes, the input %d", total, len(src))
		}
	}
}

const threeArticleDump = " date 2019-01 Café sluit Zoë Peeters\n\n10 januari 2019\n\n07u12 5 Binnenland Het café van Zoë sluit.\n\nDe tweede alinea.\n" +
	" date 2019-01 Brug dicht Jan Smit\n\n11 januari 2019\n\n08u00 2 Regio De brug is dicht.\n" +
	" date 2019-01 Markt verhuist Ann Claes\n\n12 januari 2019\n\n09u30 1 Stad De markt verhuist naar het café.\n"

// firstWrite records the first Write it gets and counts the rest.
type firstWrite struct {
	first []byte
	total int
}

func (w *firstWrite) Write(p []byte) (int, error) {
	if w.first == nil {
		w.first = append([]byte{}, p...)
	}
	w.total += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// TestParseStreams: the articles of a large file are written as they are
// parsed, not after the whole file (item 7 of issue 9).
func TestParseStreams(t *testing.T) {
	f := filepath.Join(t.TempDir(), "big.txt")
	const n = 2000
	os.WriteFile(f, bytes.Repeat([]byte(threeArticleDump), n/3), 0o644)
	var out firstWrite
	var errb bytes.Buffer
	if code := run([]string{"parse", f}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if out.total != n/3*3 {
		t.Fatalf("%d articles written, want %d", out.total, n/3*3)
	}
	if k := bytes.Count(out.first, []byte("\n")); k == 0 || k > n/10 {
		t.Errorf("the first write held %d of %d articles; want the first few", k, out.total)
	}
}

// TestProgress: silent when stderr is not a terminal unless -summary; on
// a terminal a progress line and a summary by default (item 8 of issue 9).
func TestProgress(t *testing.T) {
	f := filepath.Join(t.TempDir(), "a.txt")
	// Enough articles that the run lasts many ticks of the progress line,
	// on a loaded machine too: with 600 it once ended before the first.
	os.WriteFile(f, bytes.Repeat([]byte(threeArticleDump), 2000), 0o644)
	const summary = "newsdoc: 1 files, 6000 articles, "
	tests := []struct {
		name     string
		terminal bool
		args     []string
		want     []string // parts of stderr
		empty    bool
	}{
		{"piped", false, []string{f}, nil, true},
		{"piped with -summary", false, []string{"-summary", f}, []string{summary, " MB/s), 0 errors, 0 warnings\n"}, false},
		{"terminal", true, []string{f}, []string{"\r", summary}, false},
		{"terminal without summary", true, []string{"-summary=false", f}, nil, false},
	}
	defer func(old func(io.Writer) bool, every time.Duration) { isTerminal, progressEvery = old, every }(isTerminal, progressEvery)
	progressEvery = time.Millisecond
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			isTerminal = func(io.Writer) bool { return tc.terminal }
			var out, errb bytes.Buffer
			if code := run(append([]string{"parse"}, tc.args...), nil, &out, &errb); code != 0 {
				t.Fatalf("exit %d", code)
			}
			if tc.empty && errb.Len() > 0 {
				t.Errorf("stderr %q, want nothing", errb.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(errb.String(), w) {
					t.Errorf("stderr %q, want %q in it", errb.String(), w)
				}
			}
			if !tc.terminal && strings.Contains(errb.String(), "\r") {
				t.Errorf("progress line when piped: %q", errb.String())
			}
			// The progress line is redrawn with \r; only the summary ends
			// with a newline.
			if tc.name == "terminal without summary" && strings.Contains(errb.String(), "warnings\n") {
				t.Errorf("summary despite -summary=false: %q", errb.String())
			}
			// A progress line drawn is cleared at the end. Whether one
			// is drawn at all depends on how fast the run is against the
			// ticker, so only a drawn line is checked.
			if e := errb.String(); tc.name == "terminal without summary" && strings.Contains(e, "\r") && !strings.HasSuffix(e, "\r\033[K") {
				t.Errorf("progress line not cleared: %q", e)
			}
		})
	}
}

// TestBudgetTurns: files take their memory in file order, whichever worker
// asks first, so a later file cannot take what the next one to be written
// waits for.
func TestBudgetTurns(t *testing.T) {
	b := newBudget(10)
	got1, got2 := make(chan struct{}), make(chan struct{})
	go func() { b.acquireTurn(2, 1); close(got2) }()
	go func() { b.acquireTurn(1, 10); close(got1) }()
	b.acquireTurn(0, 5)
	time.Sleep(20 * time.Millisecond)
	select {
	case <-got2:
		t.Fatal("file 2 took memory before file 1, whose turn it was")
	default:
	}
	b.release(5) // file 1 can take all 10; file 2 waits for it
	<-got1
	time.Sleep(20 * time.Millisecond)
	select {
	case <-got2:
		t.Fatal("file 2 took memory that file 1 holds")
	default:
	}
	b.release(10)
	<-got2
}

// TestParseOrder: with more files than the window, files larger than
// their share of chunks, and files that fail, on more workers than
// cores, the output is each file's output in file order, stderr too.
func TestParseOrder(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	dir := t.TempDir()
	var files []string
	for i := range 3*filesAhead*4 + 5 {
		f := filepath.Join(dir, fmt.Sprintf("%03d.txt", i))
		var src []byte
		switch {
		case i%17 == 3:
			src = []byte("x\x00\x01\x02\x03\x04y") // fails
		case i%10 == 0:
			src = bytes.Repeat([]byte(threeArticleDump), 150) // several chunks
		default:
			src = []byte(threeArticleDump[:len(threeArticleDump)*(1+i%3)/3])
		}
		os.WriteFile(f, src, 0o644)
		files = append(files, f)
	}
	var wantOut, wantErr bytes.Buffer
	for _, f := range files {
		run([]string{"parse", f}, nil, &wantOut, &wantErr)
	}
	var out, errb bytes.Buffer
	if code := run(append([]string{"parse"}, files...), nil, &out, &errb); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !bytes.Equal(out.Bytes(), wantOut.Bytes()) {
		t.Errorf("stdout differs from the files' outputs in order (%d bytes, want %d)", out.Len(), wantOut.Len())
	}
	if errb.String() != wantErr.String() {
		t.Errorf("stderr %q, want %q", errb.String(), wantErr.String())
	}
}

// TestBudgetPass: a file that passes its turn does not wait for the
// files before it, and the turn moves past it once they have had theirs.
func TestBudgetPass(t *testing.T) {
	b := newBudget(10)
	b.pass(1) // before file 0's turn
	got2 := make(chan struct{})
	go func() { b.acquireTurn(2, 4); close(got2) }()
	time.Sleep(20 * time.Millisecond)
	select {
	case <-got2:
		t.Fatal("file 2 took memory before file 0 had its turn")
	default:
	}
	b.acquireTurn(0, 6)
	<-got2 // file 1 passed, so file 2's turn follows file 0's
}
