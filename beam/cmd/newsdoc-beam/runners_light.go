//go:build beam_light

package main

// A build for CI only (-tags beam_light): the command with the direct
// runner alone. Every portable runner (Prism, Dataflow, Flink, Spark)
// links the GCS, gRPC xDS, OpenTelemetry and Docker client packages, some
// 400 packages that took CI three minutes to compile and vet from a cold
// cache; the direct runner needs none of them.
import _ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"

const defaultRunner = "direct"
