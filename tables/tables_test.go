package tables

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdoc/newsdoc"
	"github.com/newsdoc/newsdoc/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the .golden files")

// goldenInputs are a few of the repository's articles: Dutch and English,
// one file of two articles, a Windows-1252 export with meta columns, and
// a wire story with a dateline.
var goldenInputs = []string{
	"testdata/nl/fietspad.txt",
	"testdata/en/council.txt",
	"testdata/multi/two-articles.txt",
	"testdata/formats/mediargus/nl-toc-latin1.txt",
	"testdata/formats/text/nl-belga.txt",
}

type parsed struct {
	file string // as named in the tables: relative to the repository
	as   []*newsdoc.Article
}

func parseFiles(t *testing.T, files []string) []parsed {
	t.Helper()
	var out []parsed
	for _, f := range files {
		src, err := os.ReadFile(filepath.Join("..", f))
		if err != nil {
			t.Fatal(err)
		}
		p := parsed{file: f}
		for a, err := range new(newsdoc.Parser).Articles(src) {
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			p.as = append(p.as, a)
		}
		out = append(out, p)
	}
	return out
}

// allInputs returns every article file of the repository's testdata.
func allInputs(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".txt") && !strings.Contains(path, "fuzz") {
			files = append(files, strings.TrimPrefix(path, "../"))
		}
		return err
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	return files
}

// write writes the tables of ps in format f and returns them by table.
func write(t *testing.T, ps []parsed, f Format, o Options) [NumTables]string {
	t.Helper()
	var bufs [NumTables]bytes.Buffer
	var ws [NumTables]io.Writer
	for i := range bufs {
		ws[i] = &bufs[i]
	}
	w := NewWriter(ws, f, o)
	for _, p := range ps {
		for _, a := range p.as {
			if err := w.Write(a, p.file); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	var out [NumTables]string
	for i := range bufs {
		out[i] = bufs[i].String()
	}
	return out
}

func TestGolden(t *testing.T) {
	ps := parseFiles(t, goldenInputs)
	for _, f := range []Format{CSV, JSONL} {
		got := write(t, ps, f, Options{})
		for tb := range NumTables {
			name := filepath.Join("testdata", tb.String()+f.Ext()+".golden")
			golden.Check(t, name, got[tb], *update)
		}
	}
}

// TestCSVShape: every table is RFC 4180 as encoding/csv reads it back,
// with the header row first and as many cells in every row.
func TestCSVShape(t *testing.T) {
	got := write(t, parseFiles(t, allInputs(t)), CSV, Options{})
	for tb := range NumTables {
		r := csv.NewReader(strings.NewReader(got[tb]))
		r.FieldsPerRecord = len(Header(tb))
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", tb, err)
		}
		if !slices.Equal(recs[0], Header(tb)) {
			t.Errorf("%s: header %q", tb, recs[0])
		}
		if len(recs) < 2 {
			t.Errorf("%s: no rows", tb)
		}
		if !utf8.ValidString(got[tb]) {
			t.Errorf("%s: not UTF-8", tb)
		}
	}
	// No article: the header rows still make readable tables.
	empty := write(t, nil, CSV, Options{})
	for tb := range NumTables {
		if empty[tb] != strings.Join(Header(tb), ",")+"\n" {
			t.Errorf("%s without articles: %q", tb, empty[tb])
		}
	}
}

// TestRoundTrip reads the tables back and joins every row to the article
// it came from: ids find the article, offsets give the texts, a quote's
// person gives its speaker in people. Both byte and code point offsets.
func TestRoundTrip(t *testing.T) {
	ps := parseFiles(t, allInputs(t))
	byID := map[string]*newsdoc.Article{}
	for _, p := range ps {
		for _, a := range p.as {
			byID[ArticleID(p.file, a.Index)] = a
		}
	}
	for _, runes := range []bool{false, true} {
		got := write(t, ps, CSV, Options{Runes: runes})
		var tabs [NumTables][]map[string]string
		for tb := range NumTables {
			recs, err := csv.NewReader(strings.NewReader(got[tb])).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs[1:] {
				m := map[string]string{}
				for i, h := range recs[0] {
					m[h] = r[i]
				}
				tabs[tb] = append(tabs[tb], m)
			}
		}
		if len(tabs[Articles]) != len(byID) {
			t.Fatalf("%d article rows for %d articles", len(tabs[Articles]), len(byID))
		}
		// The files keep a CRLF inside a text as it is (Python reads it
		// back), but encoding/csv's reader drops the CR: compare without.
		crlf := strings.NewReplacer("\r\n", "\n")
		slice := func(a *newsdoc.Article, start, end string) string {
			s, _ := strconv.Atoi(start)
			e, _ := strconv.Atoi(end)
			if runes {
				r := []rune(a.Source)
				return crlf.Replace(string(r[s:e]))
			}
			return crlf.Replace(a.Source[s:e])
		}
		for _, r := range tabs[Articles] {
			a := byID[r["id"]]
			if a == nil || r["file"]+"#"+r["index"] != r["id"] {
				t.Fatalf("article row %v joins to no article", r)
			}
			if r["headline"] != crlf.Replace(a.Headline.Text) || r["published"] != a.Published.String() || r["section"] != a.Section.Text {
				t.Errorf("%s: row %v does not match the article", r["id"], r)
			}
			if v, ok := a.MetaValue("byline"); r["meta_byline"] != v || (!ok && v != "") {
				t.Errorf("%s: meta_byline %q, want %q", r["id"], r["meta_byline"], v)
			}
		}
		for _, r := range tabs[Blocks] {
			a := byID[r["article_id"]]
			i, _ := strconv.Atoi(r["block"])
			if a == nil || crlf.Replace(a.Blocks[i].Text) != r["text"] || slice(a, r["start"], r["end"]) != r["text"] {
				t.Errorf("block row %v does not join back", r)
			}
		}
		people := map[[2]string]string{}
		for _, r := range tabs[People] {
			people[[2]string{r["article_id"], r["person"]}] = r["name"]
		}
		nq := 0
		for _, r := range tabs[Quotes] {
			a := byID[r["article_id"]]
			if a == nil || slice(a, r["start"], r["end"]) != r["text"] {
				t.Errorf("quote row %v does not join back", r)
				continue
			}
			if r["person"] != "" && people[[2]string{r["article_id"], r["person"]}] != r["speaker"] {
				t.Errorf("quote row %v: person is %q", r, people[[2]string{r["article_id"], r["person"]}])
			}
			if r["block"] == "" && r["kind"] != "headline" {
				t.Errorf("quote row %v: no block", r)
			}
			nq++
		}
		if nq == 0 {
			t.Errorf("no quote rows")
		}
	}
}

// TestJSONL: each line is an object with the table's columns in order,
// numbers as numbers and empty cells as null, and says the same as the
// CSV row.
func TestJSONL(t *testing.T) {
	ps := parseFiles(t, goldenInputs)
	c := write(t, ps, CSV, Options{})
	j := write(t, ps, JSONL, Options{})
	for tb := range NumTables {
		recs, _ := csv.NewReader(strings.NewReader(c[tb])).ReadAll()
		lines := strings.Split(strings.TrimSuffix(j[tb], "\n"), "\n")
		if len(lines) != len(recs)-1 {
			t.Fatalf("%s: %d JSON lines, %d CSV rows", tb, len(lines), len(recs)-1)
		}
		for i, l := range lines {
			dec := json.NewDecoder(strings.NewReader(l))
			dec.UseNumber()
			var keys []string
			vals := map[string]any{}
			dec.Token()
			for dec.More() {
				k, _ := dec.Token()
				var v any
				if err := dec.Decode(&v); err != nil {
					t.Fatalf("%s line %d: %v", tb, i, err)
				}
				keys = append(keys, k.(string))
				vals[k.(string)] = v
			}
			if !slices.Equal(keys, Header(tb)) {
				t.Fatalf("%s line %d: keys %v", tb, i, keys)
			}
			for k, h := range keys {
				cell := recs[i+1][k]
				switch v := vals[h].(type) {
				case nil:
					if cell != "" {
						t.Errorf("%s line %d: %s is null, CSV %q", tb, i, h, cell)
					}
				case json.Number:
					if v.String() != cell || !columns[tb][k].num {
						t.Errorf("%s line %d: %s is %v, CSV %q", tb, i, h, v, cell)
					}
				case string:
					if v != cell || columns[tb][k].num {
						t.Errorf("%s line %d: %s is %q, CSV %q", tb, i, h, v, cell)
					}
				}
			}
		}
	}
}

// TestPythonCSV loads the tables with Python's csv module, as a user's
// script would: every row has the header's columns, and Python counts
// the rows Go wrote. Skipped without python3, except in CI.
func TestPythonCSV(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("python3 is needed in CI: %v", err)
		}
		t.Skip("no python3")
	}
	dir := t.TempDir()
	w, err := Create(dir, CSV, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, p := range parseFiles(t, allInputs(t)) {
		for _, a := range p.as {
			rows := Rows(a, p.file, Options{})
			for tb := range NumTables {
				want[tb.String()] += len(rows[tb])
			}
			if err := w.WriteRows(rows); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	const script = `
import csv, json, os, sys
out = {}
for name in ["articles", "blocks", "quotes", "people"]:
    with open(os.path.join(sys.argv[1], name + ".csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if None in r or None in r.values():
            sys.exit(name + ": a row with the wrong number of cells")
    out[name] = len(rows)
json.dump(out, sys.stdout)
`
	cmd := exec.Command(py, "-c", script, dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v: %s", err, stderr.String())
	}
	got := map[string]int{}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("python3 printed %q: %v", b, err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows read by Python (-Go +Python):\n%s", diff)
	}
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
		ok   bool
	}{{"csv", CSV, true}, {"jsonl", JSONL, true}, {"tsv", 0, false}, {"", 0, false}} {
		f, err := ParseFormat(tc.in)
		if (err == nil) != tc.ok || f != tc.want {
			t.Errorf("ParseFormat(%q) = %v, %v", tc.in, f, err)
		}
		if err != nil && !errors.Is(err, ErrFormat) {
			t.Errorf("ParseFormat(%q): %v does not wrap ErrFormat", tc.in, err)
		}
	}
}
