//go:build !beam_light

package main

// The runners --runner can name, and the gs:// file system. Imported one
// by one rather than through beamx, which adds exec/optimized (generated
// call shims, about 20 s to compile) and the deprecated direct runner.
import (
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"
)

// defaultRunner runs the pipeline when --runner is not given.
const defaultRunner = "prism"
