package pipeline

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners" // the -runner flag
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"

	"github.com/newsdoc/newsdoc/tables"
)

// defaultRunner runs the pipelines when -runner is not given: Prism, in
// the test process (prism_test.go), except in the beam_light build of CI,
// which links the direct runner only (see cmd/newsdoc-beam/runners_light.go);
// -args -runner=direct picks the direct runner in any build.
var defaultRunner = "direct"

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// corpus lists the project's test articles: the .txt files under the
// root's testdata, without the fuzz corpus, as paths relative to this
// directory.
func corpus(t *testing.T) []string {
	t.Helper()
	var files []string
	root := filepath.Join("..", "..", "testdata")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "fuzz" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".txt") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 10 {
		t.Fatalf("found %d test articles under %s", len(files), root)
	}
	return files
}

func run(t *testing.T, o Options) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	r := *runners.Runner
	if r == "" {
		r = defaultRunner
	}
	if _, err := beam.Run(context.Background(), r, p); err != nil {
		t.Fatalf("on %s: %v", r, err)
	}
	t.Logf("ran on %s", r)
}

// shards reads the n shards of an output, checking that each exists and,
// for CSV, starts with header; it returns their lines (records for CSV,
// each joined by a tab) and, for each, the shard it came from.
func shards(t *testing.T, prefix, name, ext string, n int, header []string) (lines []string, shard []int) {
	t.Helper()
	for i := range n {
		path := ShardName(prefix, name, i, n, ext)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err) // every shard is written, even an empty one
		}
		var recs []string
		if header == nil {
			recs = strings.SplitAfter(string(b), "\n")
			if recs[len(recs)-1] == "" {
				recs = recs[:len(recs)-1]
			}
		} else {
			rs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if len(rs) == 0 || !slices.Equal(rs[0], header) {
				t.Fatalf("%s: does not start with the header %q", path, header)
			}
			for _, r := range rs[1:] {
				recs = append(recs, strings.Join(r, "\t"))
			}
		}
		lines = append(lines, recs...)
		for range recs {
			shard = append(shard, i)
		}
	}
	return lines, shard
}

// cli builds the newsdoc command of the parent module.
func cli(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build newsdoc with")
	}
	bin := filepath.Join(t.TempDir(), "newsdoc")
	cmd := exec.Command(gobin, "build", "-o", bin, "github.com/newsdoc/newsdoc/cmd/newsdoc")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build newsdoc: %v\n%s", err, out)
	}
	return bin
}

func sorted(lines []string) []string {
	lines = slices.Clone(lines)
	slices.Sort(lines)
	return lines
}

// TestCorpusMatchesCLI runs the pipeline over the project's test articles
// and checks that its JSON lines and tables hold the same articles, byte
// for byte, as `newsdoc parse` prints for the same paths, in any order.
func TestCorpusMatchesCLI(t *testing.T) {
	files := corpus(t)
	dir := t.TempDir()
	// Every way in is used: a directory, a glob, and the other files half
	// in a list file, half as paths.
	testdata := filepath.Join("..", "..", "testdata")
	dirIn, globIn := filepath.Join(testdata, "formats"), filepath.Join(testdata, "nl", "*.txt")
	given := []string{dirIn, globIn}
	// newsdoc parse is given the directory too, so that both read the
	// files in it they read by default, and every other file by name.
	cliArgs := []string{dirIn}
	var listed []string
	for i, f := range files {
		if strings.HasPrefix(f, dirIn+string(filepath.Separator)) {
			continue
		}
		cliArgs = append(cliArgs, f)
		if ok, _ := filepath.Match(globIn, f); ok {
			continue
		}
		if i%2 == 0 {
			listed = append(listed, f)
		} else {
			given = append(given, f)
		}
	}
	list := filepath.Join(dir, "files.txt")
	if err := os.WriteFile(list, []byte("# test corpus\n\n"+strings.Join(listed, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const n = 3
	out := filepath.Join(dir, "out") + "/"
	run(t, Options{Inputs: given, InputList: list, Output: out, Shards: n})

	bin := cli(t)
	cmd := exec.Command(bin, "parse")
	cmd.Args = append(cmd.Args, cliArgs...)
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("newsdoc parse: %v", err)
	}
	wantLines := strings.SplitAfter(string(want), "\n")
	wantLines = wantLines[:len(wantLines)-1]
	got, _ := shards(t, out, DocsName, ".jsonl", n, nil)
	if !slices.Equal(sorted(got), sorted(wantLines)) {
		t.Errorf("JSON lines differ from newsdoc parse: %d lines, want %d", len(got), len(wantLines))
		for _, l := range got {
			if !slices.Contains(wantLines, l) {
				t.Errorf("only in the pipeline's: %.300s", l)
			}
		}
		for _, l := range wantLines {
			if !slices.Contains(got, l) {
				t.Errorf("only in newsdoc parse's: %.300s", l)
			}
		}
	}
	// The same articles and quotes, counted, as a reader of the report
	// would check them.
	var articles, quotes int
	for _, l := range wantLines {
		var a struct{ Quotes []struct{ Speaker string } }
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		articles++
		quotes += len(a.Quotes)
	}
	if articles < len(files) || quotes == 0 {
		t.Errorf("%d articles and %d quotes from %d files", articles, quotes, len(files))
	}
	t.Logf("%d files: %d articles, %d quotes, the same in both", len(files), articles, quotes)

	tdir := filepath.Join(dir, "cli-tables")
	cmd = exec.Command(bin, "parse", "-format-out", "csv", "-o", tdir)
	cmd.Args = append(cmd.Args, cliArgs...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("newsdoc parse -format-out csv: %v\n%s", err, out)
	}
	ids := map[string]int{} // article id -> its shard in the articles table
	for tb := range tables.NumTables {
		b, err := os.ReadFile(filepath.Join(tdir, tb.String()+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		rs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var wantRows []string
		for _, r := range rs[1:] {
			wantRows = append(wantRows, strings.Join(r, "\t"))
		}
		got, shard := shards(t, out, tb.String(), ".csv", n, tables.Header(tb))
		if !slices.Equal(sorted(got), sorted(wantRows)) {
			t.Errorf("table %s: %d rows, want the CLI's %d", tb, len(got), len(wantRows))
		}
		// An article's rows are in the same shard number in every table.
		for i, r := range got {
			id, _, _ := strings.Cut(r, "\t")
			if tb == tables.Articles {
				ids[id] = shard[i]
			} else if s, ok := ids[id]; !ok || s != shard[i] {
				t.Errorf("table %s: %s in shard %d, its article in shard %d", tb, id, shard[i], s)
			}
		}
	}
}

// TestCounts checks the quotes per speaker per month on articles made up
// for it: two months, a speaker in both, an undated article, and a
// headline quotation that repeats the body and is not counted again.
func TestCounts(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out") + "/"
	run(t, Options{Inputs: []string{filepath.Join("testdata", "counts", "*.txt")}, Output: out, Shards: 2})
	got, err := os.ReadFile(ShardName(out, CountsName, 0, 1, ".csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := `month,speaker,quotes
,Rosa Lindqvist,1
2021-03,Anna Visser,3
2021-03,Tom Berger,1
2021-04,Anna Visser,1
`
	if string(got) != want {
		t.Errorf("counts:\n%s\nwant:\n%s", got, want)
	}
	errs, err := os.ReadFile(ShardName(out, ErrorsName, 0, 1, ".csv"))
	if err != nil || string(errs) != "file,error\n" {
		t.Errorf("errors: %q, %v; want the header alone", errs, err)
	}
}

// TestErrors checks that a missing file and one that is not text are
// listed in the errors output, and that the run still writes the rest.
func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "image.txt")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	good := filepath.Join("testdata", "counts", "undated.txt")
	out := filepath.Join(dir, "out") + "/"
	run(t, Options{Inputs: []string{bin, missing, good}, Output: out, Shards: 1, TableFormat: "jsonl"})
	rows, _ := shards(t, out, ErrorsName, ".csv", 1, ErrorsHeader)
	if len(rows) != 2 || !strings.HasPrefix(sorted(rows)[0], bin+"\t") || !strings.HasPrefix(sorted(rows)[1], missing+"\t") {
		t.Errorf("errors rows %q, want one for %s and one for %s", rows, bin, missing)
	}
	docs, _ := shards(t, out, DocsName, ".jsonl", 1, nil)
	arts, _ := shards(t, out, tables.Articles.String(), ".jsonl", 1, nil)
	if len(docs) != 1 || len(arts) != 1 || !strings.HasPrefix(arts[0], `{"id":"`+good+`#0",`) {
		t.Errorf("docs %q, articles table %q: want the one article of %s", docs, arts, good)
	}
}

func TestOptions(t *testing.T) {
	for _, o := range []Options{
		{Output: "out/"},
		{Inputs: []string{"a.txt"}},
		{Inputs: []string{"a.txt"}, Output: "out/", Lang: "de"},
		{Inputs: []string{"a.txt"}, Output: "out/", Format: "pdf"},
		{Inputs: []string{"a.txt"}, Output: "out/", TableFormat: "xlsx"},
		{Inputs: []string{"a.txt"}, Output: "out/", Shards: -1},
	} {
		if err := Build(beam.NewPipeline().Root(), o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}
