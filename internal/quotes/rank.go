package quotes

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

// Ranker scores candidate speakers: a linear model over the candidate
// features, whose softmax over a quotation's candidates is the chosen
// speaker's confidence.
type Ranker struct {
	w [nFeatures]float64
}

func (rk *Ranker) score(f *[nFeatures]float64) float64 {
	s := 0.0
	for i, x := range f {
		s += rk.w[i] * x
	}
	return s
}

// Weights returns the ranker's weights by FeatureNames.
func (rk *Ranker) Weights() []float64 { return append([]float64(nil), rk.w[:]...) }

//go:embed ranker.txt
var rankerText string

// DefaultRanker returns the ranker learned from the annotated articles
// (internal/quotes/ranker.txt, written by the trainer).
var DefaultRanker = sync.OnceValue(func() *Ranker {
	rk, err := ParseRanker(rankerText)
	if err != nil {
		panic("quotes: embedded ranker: " + err.Error()) // a build error, not input
	}
	return rk
})

// RulesRanker returns the ranker that always takes the rules' choice,
// the first proposal: the baseline the learned ranker is measured
// against, and the one training traces are made with.
func RulesRanker() *Ranker {
	rk := &Ranker{}
	rk.w[fRules] = 1
	return rk
}

// ParseRanker reads weights written by Ranker.String: one "feature
// weight" pair a line, # comments. Features it does not list weigh 0.
func ParseRanker(text string) (*Ranker, error) {
	index := map[string]int{}
	for i, n := range featureNames {
		index[n] = i
	}
	rk := &Ranker{}
	for n, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Fields(l)
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want a feature and a weight", n+1)
		}
		i, ok := index[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown feature %q", n+1, f[0])
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", n+1, err)
		}
		rk.w[i] = w
	}
	return rk, nil
}

// String writes the weights in the form ParseRanker reads.
func (rk *Ranker) String() string {
	var b strings.Builder
	for i, n := range featureNames {
		fmt.Fprintf(&b, "%s %s\n", n, strconv.FormatFloat(rk.w[i], 'f', 4, 64))
	}
	return b.String()
}

// Example is one quotation for training: its candidates' features and
// the index of the right one.
type Example struct {
	Features [][]float64
	Gold     int
}

// Train fits a ranker to examples by maximising the conditional
// likelihood of the right candidate (a softmax over each quotation's
// candidates) with an L2 penalty, by full-batch gradient ascent with
// per-weight step sizes (AdaGrad). It is deterministic.
func Train(xs []Example, l2 float64, iters int) *Ranker {
	rk := &Ranker{}
	var g, acc [nFeatures]float64
	const step = 0.5
	for range iters {
		g = [nFeatures]float64{}
		for _, x := range xs {
			scores := make([]float64, len(x.Features))
			for i, f := range x.Features {
				for j, v := range f {
					scores[i] += rk.w[j] * v
				}
			}
			p := softmax(scores)
			for i, f := range x.Features {
				d := -p[i]
				if i == x.Gold {
					d += 1
				}
				for j, v := range f {
					g[j] += d * v
				}
			}
		}
		for j := range g {
			g[j] = g[j]/float64(len(xs)) - l2*rk.w[j]
			acc[j] += g[j] * g[j]
			if acc[j] > 0 {
				rk.w[j] += step * g[j] / math.Sqrt(acc[j])
			}
		}
	}
	return rk
}
