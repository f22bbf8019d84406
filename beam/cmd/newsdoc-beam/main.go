// Command newsdoc-beam parses a corpus of news articles with newsdoc on an
// Apache Beam runner and writes the articles as sharded JSON lines, the
// tidy tables, and quote counts per speaker per month (see package
// pipeline and beam/README.md).
//
//	newsdoc-beam --input='corpus/*.txt' --output=out/
//	newsdoc-beam --input_list=files.txt --output=gs://bucket/run1/ \
//	    --runner=dataflow --project=P --region=R --staging_location=gs://bucket/staging
//
// Without --runner the pipeline runs on Prism, in this process. Every
// runner flag of the Beam Go SDK is accepted (--runner, --endpoint,
// --environment_type, --project, …).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"

	// Paths without a scheme; gs:// and the runners are in runners.go.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/newsdoc/newsdoc"
	"github.com/newsdoc/newsdoc/beam/pipeline"
)

// listFlag collects a flag given several times, or once with commas.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

func main() {
	var o pipeline.Options
	var inputs listFlag
	flag.Var(&inputs, "input", "files or globs to parse (repeat the flag, or separate with commas)")
	flag.StringVar(&o.InputList, "input_list", "", "a file listing files or globs to parse, one a line")
	flag.StringVar(&o.Output, "output", "", "prefix of the output files, such as out/ or gs://bucket/run1/ (required)")
	flag.IntVar(&o.Shards, "shards", pipeline.DefaultShards, "files per sharded output; each shard is sorted in memory on one worker")
	flag.StringVar(&o.TableFormat, "table_format", "csv", "format of the tables: csv or jsonl")
	flag.StringVar(&o.Lang, "lang", "", "language of the articles: nl, en, en-US or en-GB (default: detect per article)")
	flag.StringVar(&o.Format, "format", "", "force a layout: "+strings.Join(newsdoc.Formats(), ", ")+" (default: detect)")
	flag.BoolVar(&o.Indirect, "indirect", false, "also report reported speech without quotation marks")
	flag.BoolVar(&o.Runes, "runes", false, "write offsets as Unicode code points instead of bytes")
	flag.BoolVar(&o.Source, "source", false, "add each article's own text to its JSON object as \"source\"")
	flag.Parse()
	// Init after flag.Parse: on a worker it takes over the process and
	// never returns.
	beam.Init()
	o.Inputs = inputs

	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, o); err != nil {
		fmt.Fprintf(os.Stderr, "newsdoc-beam: %v\n", err)
		os.Exit(2)
	}
	runner := *runners.Runner
	if runner == "" {
		runner = defaultRunner
	}
	ctx := context.Background()
	res, err := beam.Run(ctx, runner, p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "newsdoc-beam: %v\n", err)
		os.Exit(1)
	}
	if res == nil || *jobopts.Async {
		return // a job left running: its counters are on the runner's page
	}
	c, ok := counts(res)
	errsFile := pipeline.ShardName(o.Output, pipeline.ErrorsName, 0, 1, ".csv")
	if !ok {
		fmt.Fprintf(os.Stderr, "newsdoc-beam: the runner reported no counters; %s lists the inputs that failed\n", errsFile)
		return
	}
	fmt.Fprintf(os.Stderr, "newsdoc-beam: %d files, %d articles, %d quotes counted, %d errors\n", c["files"], c["articles"], c["quotes"], c["errors"])
	if n := c["anomalies"]; n > 0 {
		fmt.Fprintf(os.Stderr, "newsdoc-beam: %d articles with bytes not UTF-8 or control bytes (see \"anomalies\" in their JSON)\n", n)
	}
	// Like `newsdoc parse`, a run with files that failed ends with status
	// 1, after writing everything else.
	if c["errors"] > 0 {
		fmt.Fprintf(os.Stderr, "newsdoc-beam: see %s\n", errsFile)
		os.Exit(1)
	}
}

// counts returns the pipeline's counters by name, and whether the runner
// reported any. A counter is reported per step that uses it: they are
// summed.
func counts(res beam.PipelineResult) (c map[string]int64, ok bool) {
	// Some runners' results hold no metrics at all, and Metrics then
	// dereferences a nil pointer: that is "none reported", not a failure.
	defer func() {
		if recover() != nil {
			c, ok = nil, false
		}
	}()
	c = map[string]int64{}
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Namespace() == "newsdoc" {
			c[r.Name()] += r.Result()
			ok = true
		}
	}
	return c, ok
}
