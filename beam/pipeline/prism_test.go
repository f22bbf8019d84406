//go:build !beam_light

package pipeline

import _ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

// Prism is Beam's local runner and the one ptest and beamx default to.
func init() { defaultRunner = "prism" }
