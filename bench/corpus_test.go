package bench

// The corpus benchmark: the whole parse (read, parse, JSON) against a bare
// read of the same files, in one run, so that the ratio does not depend on
// the machine. The corpus is the project's own testdata copied until it
// reaches corpusMin bytes, written to a temporary directory and never
// committed.
//
//	go test -run TestCorpus -v .          # the table, with ratios
//	go test -run '^$' -bench Corpus .     # the same as benchmarks

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc"
)

const corpusMin = 3 << 20

type corpus struct {
	dir      string   // the copies, one file each
	files    []string // their paths, in the order the CLI reads them
	bytes    int64
	articles int
	cli      string // the newsdoc binary, built from this checkout
	err      error
}

var (
	corpusOnce sync.Once
	theCorpus  corpus
	tmpRoot    string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if tmpRoot != "" {
		os.RemoveAll(tmpRoot)
	}
	os.Exit(code)
}

// loadCorpus builds the corpus and the CLI once per test binary.
func loadCorpus(tb testing.TB) *corpus {
	tb.Helper()
	corpusOnce.Do(func() { theCorpus.err = buildCorpus(&theCorpus) })
	if theCorpus.err != nil {
		tb.Fatal(theCorpus.err)
	}
	return &theCorpus
}

func buildCorpus(c *corpus) error {
	var srcs [][]byte
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "fuzz" {
			return filepath.SkipDir // fuzz inputs are not articles
		}
		if !d.IsDir() && strings.HasSuffix(path, ".txt") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			srcs = append(srcs, b)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(srcs) == 0 {
		return fmt.Errorf("no .txt files under ../testdata")
	}
	tmpRoot, err = os.MkdirTemp("", "newsdoc-corpus-")
	if err != nil {
		return err
	}
	c.dir = filepath.Join(tmpRoot, "corpus")
	if err := os.Mkdir(c.dir, 0o755); err != nil {
		return err
	}
	for i := 0; c.bytes < corpusMin; i++ {
		src := srcs[i%len(srcs)]
		// Zero-padded names: the CLI reads a directory in lexical order.
		name := filepath.Join(c.dir, fmt.Sprintf("%06d.txt", i))
		if err := os.WriteFile(name, src, 0o644); err != nil {
			return err
		}
		c.files = append(c.files, name)
		c.bytes += int64(len(src))
		for _, err := range new(newsdoc.Parser).Articles(src) {
			if err == nil {
				c.articles++
			}
		}
	}
	c.cli = filepath.Join(tmpRoot, "newsdoc")
	out, err := exec.Command("go", "build", "-o", c.cli, "github.com/newsdoc/newsdoc/cmd/newsdoc").CombinedOutput()
	if err != nil {
		return fmt.Errorf("building the CLI: %v\n%s", err, out)
	}
	return nil
}

// bareRead is the baseline: read each file, check it is UTF-8 and count its
// lines, the least any parser must do.
func bareRead(c *corpus) int {
	lines := 0
	for _, f := range c.files {
		b, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		if utf8.Valid(b) {
			lines += bytes.Count(b, []byte{'\n'})
		}
	}
	return lines
}

// libraryParse reads each file and writes every article as JSON into one
// reused buffer, as the CLI does, on the calling goroutine.
func libraryParse(c *corpus, buf []byte) []byte {
	var p newsdoc.Parser
	for _, f := range c.files {
		b, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		o := newsdoc.JSONOptions{File: f}
		for a, err := range p.Articles(b) {
			if err != nil {
				continue
			}
			buf, _ = a.AppendJSON(buf[:0], o)
		}
	}
	return buf
}

// runCLI runs "newsdoc parse" on the corpus directory with GOMAXPROCS set
// to procs, output discarded.
func runCLI(tb testing.TB, c *corpus, procs int) {
	cmd := exec.Command(c.cli, "parse", c.dir)
	cmd.Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", procs))
	cmd.Stdout = io.Discard
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("newsdoc parse: %v\n%s", err, stderr.Bytes())
	}
}

// perArticle reports the figures per article and per input byte.
func perArticle(b *testing.B, c *corpus) {
	b.ReportMetric(float64(c.articles)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func benchBare(b *testing.B) {
	c := loadCorpus(b)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	for b.Loop() {
		bareRead(c)
	}
	perArticle(b, c)
}

func benchLibrary(b *testing.B) {
	c := loadCorpus(b)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	var buf []byte
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		buf = libraryParse(c, buf)
	}
	runtime.ReadMemStats(&after)
	perArticle(b, c)
	n := float64(b.N)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n/float64(c.articles), "allocs/article")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n/float64(c.bytes), "B/inputB")
}

func benchCLI(procs int) func(b *testing.B) {
	return func(b *testing.B) {
		c := loadCorpus(b)
		b.SetBytes(c.bytes)
		for b.Loop() {
			runCLI(b, c, procs)
		}
		perArticle(b, c)
	}
}

func BenchmarkCorpus(b *testing.B) {
	b.Run("bare", benchBare)
	b.Run("library", benchLibrary)
	b.Run("cli-1", benchCLI(1))
	b.Run("cli-2", benchCLI(2))
}

// TestCorpus runs the corpus benchmarks in one process and prints them
// with their ratios. Under -short it only checks that each runs once, so
// that CI exercises the code without timing it.
func TestCorpus(t *testing.T) {
	c := loadCorpus(t)
	if testing.Short() {
		bareRead(c)
		libraryParse(c, nil)
		runCLI(t, c, 1)
		return
	}
	runtime.GOMAXPROCS(1) // the library figure is one core; the CLI sets its own
	defer runtime.GOMAXPROCS(runtime.NumCPU())
	type row struct {
		name string
		r    testing.BenchmarkResult
	}
	var rows []row
	for _, r := range []struct {
		name string
		f    func(*testing.B)
	}{{"bare read", benchBare}, {"library, 1 core", benchLibrary}, {"cli, 1 core", benchCLI(1)}, {"cli, 2 cores", benchCLI(2)}} {
		rows = append(rows, row{r.name, testing.Benchmark(r.f)})
	}
	mbps := func(r testing.BenchmarkResult) float64 {
		return float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
	}
	t.Logf("corpus: %d files, %d articles, %.2f MB; %d cores available", len(c.files), c.articles, float64(c.bytes)/1e6, runtime.NumCPU())
	for _, r := range rows {
		t.Logf("%-16s %8.1f MB/s %9.0f articles/s  %s", r.name, mbps(r.r), r.r.Extra["articles/s"], extras(r.r))
	}
	bare := mbps(rows[0].r)
	t.Logf("library / bare read: %.3f (%.1f%%)", mbps(rows[1].r)/bare, 100*mbps(rows[1].r)/bare)
	t.Logf("cli 1 core / bare read: %.3f", mbps(rows[2].r)/bare)
	t.Logf("cli 2 cores / 1 core: %.2fx", mbps(rows[3].r)/mbps(rows[2].r))
}

func extras(r testing.BenchmarkResult) string {
	var s []string
	if v, ok := r.Extra["allocs/article"]; ok {
		s = append(s, fmt.Sprintf("%.1f allocs/article", v))
	}
	if v, ok := r.Extra["B/inputB"]; ok {
		s = append(s, fmt.Sprintf("%.2f B allocated/input B", v))
	}
	return strings.Join(s, ", ")
}
