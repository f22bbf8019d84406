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
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
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
	// startDir holds one copy of each source: the CLI on it costs what a
	// run costs whatever the size of the corpus (process start, package
	// initialisation, the word lists indexed on their first look-up).
	startDir   string
	startFiles int
	startBytes int64
	err        error
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
	c.startDir = filepath.Join(tmpRoot, "start")
	if err := os.Mkdir(c.startDir, 0o755); err != nil {
		return err
	}
	for i, src := range srcs {
		if err := os.WriteFile(filepath.Join(c.startDir, fmt.Sprintf("%06d.txt", i)), src, 0o644); err != nil {
			return err
		}
		c.startFiles++
		c.startBytes += int64(len(src))
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
	var b []byte
	for _, f := range c.files {
		b = readInto(b, f) // as the library figures read
		if utf8.Valid(b) {
			lines += bytes.Count(b, []byte{'\n'})
		}
	}
	return lines
}

// libraryParse reads each file and writes every article as JSON into one
// reused buffer, as the CLI does, on the calling goroutine.
func libraryParse(c *corpus, buf []byte) []byte {
	return libraryParseEvery(c, 0, 1, buf)
}

// librarySkipQuotes is libraryParse with Parser.SkipQuotes: the layout,
// dates and text without the quotations and persons.
func librarySkipQuotes(c *corpus, buf []byte) []byte {
	return libraryParseWith(newsdoc.Parser{SkipQuotes: true}, c, 0, 1, buf)
}

// libraryParseEvery is libraryParse of files k, k+n, k+2n and so on,
// with Parser.Each, the streaming API the CLI uses. Each file is read
// into one buffer, which the next file reuses: Each keeps nothing of its
// input once it returns.
func libraryParseEvery(c *corpus, k, n int, buf []byte) []byte {
	return libraryParseWith(newsdoc.Parser{}, c, k, n, buf)
}

func libraryParseWith(p newsdoc.Parser, c *corpus, k, n int, buf []byte) []byte {
	var in []byte
	for i := k; i < len(c.files); i += n {
		f := c.files[i]
		in = readInto(in, f)
		o := newsdoc.JSONOptions{File: f}
		p.Each(in, func(a *newsdoc.Article) error {
			buf, _ = a.AppendJSON(buf[:0], o)
			return nil
		})
	}
	return buf
}

// readInto reads the file f into buf's storage, grown when too small.
func readInto(buf []byte, f string) []byte {
	fh, err := os.Open(f)
	if err != nil {
		panic(err)
	}
	defer fh.Close()
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		k, err := fh.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+k]
		if err == io.EOF {
			return buf
		}
		if err != nil {
			panic(err)
		}
	}
}

// libraryArticles is libraryParse with Parser.Articles, which copies the
// input and gives each article memory of its own; the files are read as
// libraryParseEvery reads them.
func libraryArticles(c *corpus, buf []byte) []byte {
	var p newsdoc.Parser
	var in []byte
	for _, f := range c.files {
		in = readInto(in, f)
		b := in
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

// libraryParseOn2 is libraryParse on two goroutines, each with its own
// parser and buffer and every other file: what the library gives on two
// cores with nothing shared, the most the CLI could reach.
func libraryParseOn2(c *corpus) {
	var wg sync.WaitGroup
	for k := range 2 {
		wg.Go(func() { libraryParseEvery(c, k, 2, nil) })
	}
	wg.Wait()
}

// runCLI runs "newsdoc parse" on the corpus directory with GOMAXPROCS set
// to procs, output discarded.
func runCLI(tb testing.TB, c *corpus, procs int) {
	runCLIOn(tb, c, c.dir, procs)
}

// runCLIOn runs "newsdoc parse dir" with GOMAXPROCS set to procs. Its
// output goes straight to the null device and its stderr to a file: a
// pipe would make this process read them, on a core the CLI is measured
// on.
func runCLIOn(tb testing.TB, c *corpus, dir string, procs int) {
	cmd := exec.Command(c.cli, "parse", dir)
	cmd.Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", procs))
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer null.Close()
	cmd.Stdout = null
	stderr, err := os.CreateTemp(tmpRoot, "stderr-")
	if err != nil {
		tb.Fatal(err)
	}
	defer os.Remove(stderr.Name())
	defer stderr.Close()
	cmd.Stderr = stderr
	if err := cmd.Run(); err != nil {
		msg, _ := os.ReadFile(stderr.Name())
		tb.Fatalf("newsdoc parse: %v\n%s", err, msg)
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
	cpu0 := cpuTime()
	for b.Loop() {
		bareRead(c)
	}
	b.ReportMetric(float64(c.bytes)*float64(b.N)/(cpuTime()-cpu0).Seconds()/1e6, "MB/cpu-s")
	perArticle(b, c)
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchLibrary(b *testing.B) { benchLib(b, libraryParse) }

func benchLibraryArticles(b *testing.B) { benchLib(b, libraryArticles) }

func benchLibrarySkipQuotes(b *testing.B) { benchLib(b, librarySkipQuotes) }

func benchLib(b *testing.B, parse func(*corpus, []byte) []byte) {
	c := loadCorpus(b)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	var buf []byte
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := cpuTime()
	for b.Loop() {
		buf = parse(c, buf)
	}
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&after)
	perArticle(b, c)
	// Throughput per second of CPU time used, which a busy machine
	// disturbs less than throughput per second of wall time.
	b.ReportMetric(float64(c.bytes)*float64(b.N)/cpu.Seconds()/1e6, "MB/cpu-s")
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
	b.Run("library-articles", benchLibraryArticles)
	b.Run("library-skip-quotes", benchLibrarySkipQuotes)
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
		libraryArticles(c, nil)
		librarySkipQuotes(c, nil)
		libraryParseOn2(c)
		runCLI(t, c, 1)
		runCLIOn(t, c, c.startDir, 2)
		return
	}
	runtime.GOMAXPROCS(1) // the library figure is one core; the CLI sets its own
	defer runtime.GOMAXPROCS(runtime.NumCPU())
	bare := testing.Benchmark(benchBare)
	lib := testing.Benchmark(benchLibrary)
	libA := testing.Benchmark(benchLibraryArticles)
	libS := testing.Benchmark(benchLibrarySkipQuotes)
	mbps := func(r testing.BenchmarkResult) float64 {
		return float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
	}
	t.Logf("corpus: %d files, %d articles, %.2f MB; %d cores available", len(c.files), c.articles, float64(c.bytes)/1e6, runtime.NumCPU())
	t.Logf("%-16s %8.1f MB/s %9.0f articles/s  %.1f MB/cpu-s", "bare read", mbps(bare), bare.Extra["articles/s"], bare.Extra["MB/cpu-s"])
	t.Logf("%-16s %8.1f MB/s %9.0f articles/s  %.1f MB/cpu-s  %.1f allocs/article, %.2f B allocated/input B", "library, Each",
		mbps(lib), lib.Extra["articles/s"], lib.Extra["MB/cpu-s"], lib.Extra["allocs/article"], lib.Extra["B/inputB"])
	t.Logf("%-16s %8.1f MB/s %9.0f articles/s  %.1f MB/cpu-s  %.1f allocs/article, %.2f B allocated/input B", "library, Articles",
		mbps(libA), libA.Extra["articles/s"], libA.Extra["MB/cpu-s"], libA.Extra["allocs/article"], libA.Extra["B/inputB"])
	t.Logf("%-16s %8.1f MB/s %9.0f articles/s  %.1f MB/cpu-s  %.1f allocs/article, %.2f B allocated/input B", "library, Each, SkipQuotes",
		mbps(libS), libS.Extra["articles/s"], libS.Extra["MB/cpu-s"], libS.Extra["allocs/article"], libS.Extra["B/inputB"])
	t.Logf("library / bare read: %.3f (%.1f%%); in CPU time %.3f", mbps(lib)/mbps(bare), 100*mbps(lib)/mbps(bare), lib.Extra["MB/cpu-s"]/bare.Extra["MB/cpu-s"])
	t.Logf("library with SkipQuotes / without: %.2fx; with SkipQuotes / bare read: %.3f", mbps(libS)/mbps(lib), mbps(libS)/mbps(bare))

	// The CLI on 1 and 2 cores, on the corpus and on the start directory,
	// the library on one and two goroutines, and two copies of a CPU-bound
	// loop, interleaved in rounds: on a shared machine the mean mostly
	// measures the neighbours, so the best of each is kept, and the loop,
	// timed before and after each round, says in which rounds a second
	// core was there to be had.
	const rounds = 7
	var (
		cli, start [3][]time.Duration
		lib1, lib2 []time.Duration
		loop       []float64
	)
	timed := func(f func()) time.Duration {
		t0 := time.Now()
		f()
		return time.Since(t0)
	}
	for range rounds {
		before := spinScaling()
		for procs := 1; procs <= 2; procs++ {
			start[procs] = append(start[procs], timed(func() { runCLIOn(t, c, c.startDir, procs) }))
			cli[procs] = append(cli[procs], timed(func() { runCLI(t, c, procs) }))
		}
		runtime.GOMAXPROCS(1)
		lib1 = append(lib1, timed(func() { libraryParse(c, nil) }))
		runtime.GOMAXPROCS(2)
		lib2 = append(lib2, timed(func() { libraryParseOn2(c) }))
		runtime.GOMAXPROCS(1)
		loop = append(loop, min(before, spinScaling())) // a neighbour may have come or gone
	}
	mb := float64(c.bytes) / 1e6
	for procs := 1; procs <= 2; procs++ {
		d := slices.Min(cli[procs])
		t.Logf("cli, %d core(s)    %8.1f MB/s %9.0f articles/s  (best of %d)", procs, mb/d.Seconds(), float64(c.articles)/d.Seconds(), rounds)
	}
	t.Logf("cli 1 core / bare read: %.3f", mb/slices.Min(cli[1]).Seconds()/mbps(bare))
	ratios := make([]float64, rounds)
	for i := range ratios {
		ratios[i] = cli[1][i].Seconds() / cli[2][i].Seconds()
	}
	t.Logf("cli 2 cores / 1 core: %.2fx best of %d; per round %.2f-%.2fx, median %.2fx",
		slices.Min(cli[1]).Seconds()/slices.Min(cli[2]).Seconds(), rounds, slices.Min(ratios), slices.Max(ratios), median(ratios))
	// What every run costs whatever the corpus is serial, and bounds the
	// ratio on a corpus of this size (Amdahl): so it is given, and the
	// ratio without it.
	s1, s2 := slices.Min(start[1]), slices.Min(start[2])
	t.Logf("cli start (%d files, one of each source, %.0f KB): %.1f ms on 1 core, %.1f ms on 2 (best of %d), %.0f%% of the 1-core run; cli 2 cores / 1 core less the start: %.2fx",
		c.startFiles, float64(c.startBytes)/1e3, s1.Seconds()*1e3, s2.Seconds()*1e3, rounds, 100*s1.Seconds()/slices.Min(cli[1]).Seconds(),
		(slices.Min(cli[1])-s1).Seconds()/(slices.Min(cli[2])-s2).Seconds())
	t.Logf("library in one process, 2 goroutines / 1: %.2fx best of %d (the most the CLI could reach with nothing shared)",
		slices.Min(lib1).Seconds()/slices.Min(lib2).Seconds(), rounds)
	t.Logf("a CPU-bound loop on 2 cores / 1 core, before and after each round: median %.2fx, lowest %.2fx (well under 2: another process held a core)",
		median(loop), slices.Min(loop))
	var free []float64
	for i, l := range loop {
		if l >= 1.8 {
			free = append(free, ratios[i])
		}
	}
	if len(free) > 0 {
		t.Logf("cli 2 cores / 1 core in the %d rounds where the loop reached 1.8x: median %.2fx", len(free), median(free))
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// spinScaling returns how much faster two goroutines finish two units of
// pure CPU work than one goroutine does, once: a round's measure of
// whether a second core was free.
func spinScaling() float64 {
	prev := runtime.GOMAXPROCS(2)
	defer runtime.GOMAXPROCS(prev)
	unit := func() uint64 {
		x := uint64(1)
		for i := range 20_000_000 {
			x = x*6364136223846793005 + uint64(i)
		}
		return x
	}
	start := time.Now()
	spinSink += unit() + unit()
	one := time.Since(start)
	start = time.Now()
	var wg sync.WaitGroup
	var r [2]uint64
	for i := range 2 {
		wg.Go(func() { r[i] = unit() })
	}
	wg.Wait()
	spinSink += r[0] + r[1]
	return one.Seconds() / time.Since(start).Seconds()
}

var spinSink uint64
