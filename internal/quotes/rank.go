package quotes

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Model is a linear model over named features: the speaker ranker
// (candidate features, a softmax over each quotation's candidates) and the
// speech classifier (speech features, a logistic function). Its weights
// are learned from annotated articles and embedded as text.
type Model struct {
	names []string
	w     []float64
	// temps divides a ranker's scores before the softmax, per language,
	// so that its probabilities are calibrated: fitted on out-of-fold
	// scores by the trainer. 1 where not given.
	temps map[string]float64
	// calib maps a ranker's probability for its choice, with the
	// choice's calibration features, to the confidence, per language:
	// fitted on out-of-fold choices by the trainer. Where a language has
	// none, the confidence is the probability.
	calib map[string]*Model
}

// Temperature returns the calibration temperature for a language.
func (m *Model) Temperature(lang string) float64 {
	if t, ok := m.temps[lang]; ok && t > 0 {
		return t
	}
	return 1
}

// WithTemperature returns a copy of m whose scores are divided by t for
// articles in lang.
func (m *Model) WithTemperature(lang string, t float64) *Model {
	c := m.clone()
	c.temps[lang] = t
	return c
}

// Calibration returns the calibrator for a language, or nil.
func (m *Model) Calibration(lang string) *Model { return m.calib[lang] }

// WithCalibration returns a copy of m whose confidences in articles in
// lang are cal's.
func (m *Model) WithCalibration(lang string, cal *Model) *Model {
	c := m.clone()
	c.calib[lang] = cal
	return c
}

func (m *Model) clone() *Model {
	c := &Model{names: m.names, w: m.w, temps: map[string]float64{}, calib: map[string]*Model{}}
	for k, v := range m.temps {
		c.temps[k] = v
	}
	for k, v := range m.calib {
		c.calib[k] = v
	}
	return c
}

// prob is a logistic model's probability for features f.
func (m *Model) prob(f []float64) float64 { return sigmoid(m.score(f)) }

func (m *Model) score(f []float64) float64 {
	s := 0.0
	for i, x := range f {
		s += m.w[i] * x
	}
	return s
}

// Weights returns the model's weights, by feature name.
func (m *Model) Weights() map[string]float64 {
	out := make(map[string]float64, len(m.names))
	for i, n := range m.names {
		out[n] = m.w[i]
	}
	return out
}

var (
	//go:embed ranker.txt
	rankerText string
	//go:embed speech.txt
	speechText string
	//go:embed speech_en.txt
	speechEn string
	//go:embed speech_nl.txt
	speechNl string
)

// DefaultRanker returns the speaker ranker learned from the annotated
// articles (ranker.txt, written by the trainer).
var DefaultRanker = sync.OnceValue(func() *Model { return mustModel(featureNames[:], rankerText) })

// DefaultSpeech returns the speech classifier learned from the annotated
// articles of a language, "nl" or "en" (speech_nl.txt, speech_en.txt),
// or from both for any other (speech.txt). Languages differ in what they
// quote: Dutch news marks more single words and phrases as speech.
func DefaultSpeech(lang string) *Model {
	switch lang {
	case "en":
		return speechModels().en
	case "nl":
		return speechModels().nl
	}
	return speechModels().any
}

var speechModels = sync.OnceValue(func() struct{ en, nl, any *Model } {
	return struct{ en, nl, any *Model }{mustModel(speechNames[:], speechEn), mustModel(speechNames[:], speechNl), mustModel(speechNames[:], speechText)}
})

func mustModel(names []string, text string) *Model {
	m, err := ParseModel(names, text)
	if err != nil {
		panic("quotes: embedded model: " + err.Error()) // a build error, not input
	}
	return m
}

// RulesRanker returns the ranker that always takes the rules' choice, the
// first proposal: the baseline the learned ranker is measured against,
// and the one training traces are made with.
func RulesRanker() *Model {
	m := &Model{names: featureNames[:], w: make([]float64, nFeatures)}
	m.w[fRules] = 1
	return m
}

// RulesSpeech returns the speech classifier that follows the rules'
// decision alone.
func RulesSpeech() *Model {
	m := &Model{names: speechNames[:], w: make([]float64, nSpeech)}
	m.w[sRules], m.w[sBias] = 2, -1
	return m
}

// ParseModel reads the weights of a model over the features names, as
// Model.String writes them: one "feature weight" pair a line, # comments,
// "temperature LANG T" lines, and "calibration LANG FEATURE WEIGHT" lines
// for a language's calibrator. Features it does not list weigh 0.
func ParseModel(names []string, text string) (*Model, error) {
	calIndex := map[string]int{}
	for i, n := range calNames {
		calIndex[n] = i
	}
	index := map[string]int{}
	for i, n := range names {
		index[n] = i
	}
	m := &Model{names: names, w: make([]float64, len(names))}
	for n, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Fields(l)
		if len(f) == 3 && f[0] == "temperature" {
			t, err := strconv.ParseFloat(f[2], 64)
			if err != nil || t <= 0 {
				return nil, fmt.Errorf("line %d: bad temperature %q", n+1, f[2])
			}
			if m.temps == nil {
				m.temps = map[string]float64{}
			}
			m.temps[f[1]] = t
			continue
		}
		if len(f) == 4 && f[0] == "calibration" {
			i, ok := calIndex[f[2]]
			w, err := strconv.ParseFloat(f[3], 64)
			if !ok || err != nil {
				return nil, fmt.Errorf("line %d: bad calibration weight %q %q", n+1, f[2], f[3])
			}
			if m.calib == nil {
				m.calib = map[string]*Model{}
			}
			c := m.calib[f[1]]
			if c == nil {
				c = &Model{names: calNames[:], w: make([]float64, nCal)}
				m.calib[f[1]] = c
			}
			c.w[i] = w
			continue
		}
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
		m.w[i] = w
	}
	return m, nil
}

// String writes the weights in the form ParseModel reads.
func (m *Model) String() string {
	var b strings.Builder
	for i, n := range m.names {
		fmt.Fprintf(&b, "%s %s\n", n, strconv.FormatFloat(m.w[i], 'f', 4, 64))
	}
	langs := make([]string, 0, len(m.temps))
	for l := range m.temps {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		fmt.Fprintf(&b, "temperature %s %s\n", l, strconv.FormatFloat(m.temps[l], 'f', 3, 64))
	}
	langs = langs[:0]
	for l := range m.calib {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		c := m.calib[l]
		for i, n := range c.names {
			fmt.Fprintf(&b, "calibration %s %s %s\n", l, n, strconv.FormatFloat(c.w[i], 'f', 4, 64))
		}
	}
	return b.String()
}

// Example is one decision for training: its candidates' features and the
// index of the right one. A yes-or-no decision is two candidates, the
// first all zeros. For the ranker, Gold -1 says that no candidate is
// right: the speaker is someone no generator proposed.
type Example struct {
	Features [][]float64
	Gold     int
	Weight   float64 // how much the example counts; 0 counts as 1
}

// TrainRanker fits a speaker ranker to examples, starting from the rules'
// ranker and drawn back to it: with few examples, it departs from the
// rules only where the data agree.
//
// Beside the candidates, the ranker's softmax has a null option of score
// 0, "none of these": it is right for the examples with Gold -1, and
// keeps a lone or weak candidate from a confidence of 1.
func TrainRanker(xs []Example, l2 float64, iters int) *Model {
	return train(RulesRanker(), xs, l2, iters, true)
}

// TrainSpeech fits a speech classifier to examples of two candidates, no
// speech (zeros) and the quotation's speech features, starting from and
// drawn back to the rules' decision.
func TrainSpeech(xs []Example, l2 float64, iters int) *Model {
	return train(RulesSpeech(), xs, l2, iters, false)
}

// train maximises the conditional likelihood of the right candidate (a
// softmax over each example's candidates, and the null option if asked) with an L2 penalty on the
// distance from the prior's weights, by full-batch gradient ascent with
// per-weight step sizes (AdaGrad). It is deterministic.
func train(prior *Model, xs []Example, l2 float64, iters int, null bool) *Model {
	names := prior.names
	m := &Model{names: names, w: slices.Clone(prior.w)}
	g := make([]float64, len(names))
	acc := make([]float64, len(names))
	// Candidates' features are mostly zero: kept as their nonzero entries,
	// in order, a pass sums the same terms about ten times faster.
	type entry struct {
		j int
		v float64
	}
	var entries []entry
	ends := make([][]int, len(xs)) // per example, where each candidate's entries end
	total := 0.0
	for xi, x := range xs {
		for _, f := range x.Features {
			for j, v := range f {
				if v != 0 {
					entries = append(entries, entry{j, v})
				}
			}
			ends[xi] = append(ends[xi], len(entries))
		}
		total += weight(x)
	}
	var scores []float64
	const step = 0.5
	for range iters {
		clear(g)
		at := 0
		for xi, x := range xs {
			scores = scores[:0]
			from := at
			for _, end := range ends[xi] {
				s := 0.0
				for _, e := range entries[from:end] {
					s += m.w[e.j] * e.v
				}
				scores = append(scores, s)
				from = end
			}
			if null {
				scores = append(scores, 0)
			}
			p := softmax(scores)
			from = at
			for i, end := range ends[xi] {
				d := -p[i]
				if i == x.Gold {
					d++
				}
				d *= weight(x)
				for _, e := range entries[from:end] {
					g[e.j] += d * e.v
				}
				from = end
			}
			at = from
		}
		for j := range g {
			g[j] = g[j]/max(total, 1) - l2*(m.w[j]-prior.w[j])
			acc[j] += g[j] * g[j]
			if acc[j] > 0 {
				m.w[j] += step * g[j] / math.Sqrt(acc[j])
			}
		}
	}
	return m
}

// weight is how much x counts in training.
func weight(x Example) float64 {
	if x.Weight == 0 {
		return 1
	}
	return x.Weight
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
