package quotes

import "math"

// The features of a chosen speaker for the calibrator, which turns the
// ranker's probability into the confidence a user reads: how often a
// choice like this one is right. The ranker's softmax is trained to
// rank, not to be calibrated, and its probability is as high for a
// description tied to the wrong name as for a name in the quotation's
// own clause; the calibrator learns, from out-of-fold choices, which
// kinds of choice its probability overstates.
const (
	cBias      = iota // always 1
	cLogit            // logit of the ranker's probability for the choice
	cRunnerUp         // the probability of the next best candidate
	cOverride         // a rule took another candidate than the ranker's best
	cRulesPick        // the rules' choice, the first proposal
	cCands            // log(number of candidates)
	cOwnCue           // proposed by the quotation's own cue
	cColon            // by a block ending in a colon
	cCarried          // carried over or the last quotation's speaker
	cPrevSent         // by the sentence before
	cOnlyNear         // proposed only for being near or prominent
	cPronoun          // through a pronoun
	cDesc             // a description
	cNamedFor         // a name a description stands for
	cOrg              // an organisation or body
	cOneWord          // a one-word name
	cShort            // the quotation has fewer than four words
	cParaStart        // the quotation opens its block
	nCal
)

var calNames = [nCal]string{"bias", "logit", "runner_up", "override", "rules_pick", "cands", "own_cue", "colon",
	"carried", "prev_sentence", "only_near", "pronoun", "desc", "named_for", "org", "one_word", "short", "para_start"}

// IdentityCalibration returns the calibrator that leaves the ranker's
// probability as it is: the prior a calibrator is trained from.
func IdentityCalibration() *Model {
	m := &Model{names: calNames[:], w: make([]float64, nCal)}
	m.w[cLogit] = 1
	return m
}

// TrainCalibration fits a calibrator to examples of two candidates, a
// wrong choice (zeros) and the choice's calibration features, starting
// from and drawn back to the ranker's own probability.
func TrainCalibration(xs []Example, l2 float64, iters int) *Model {
	return train(IdentityCalibration(), xs, l2, iters, false)
}

// calibration fills f for the choice of cs[best], with raw the ranker's
// probability for it before any temperature, top the ranker's own best
// and desc the description it is named for, or -1.
func calibration(f *[nCal]float64, cs []cand, scores []float64, raw float64, best, top, desc int) {
	clear(f[:])
	c := &cs[best]
	p := min(max(raw, 1e-4), 1-1e-4)
	f[cBias] = 1
	f[cLogit] = math.Log(p / (1 - p))
	if next := nextBest(scores, best, desc); next >= 0 {
		f[cRunnerUp] = probability(scores, next)
	}
	f[cOverride] = b2f(best != top)
	f[cRulesPick] = c.f[fRules]
	f[cCands] = math.Log(float64(len(cs)))
	f[cOwnCue] = b2f(fromCue(c))
	f[cColon] = c.f[fSrc+int(srcColonBlock)]
	f[cCarried] = max(c.f[fSrc+int(srcCarried)], c.f[fSrc+int(srcLast)])
	f[cPrevSent] = c.f[fSrc+int(srcPrevSentence)]
	f[cOnlyNear] = b2f(c.srcs&^backgroundSources == 0) // no source but the background ones
	f[cPronoun] = c.f[fPronoun]
	f[cDesc] = c.f[fDesc]
	f[cNamedFor] = b2f(desc >= 0)
	f[cOrg] = max(c.f[fOrg], c.f[fBody])
	f[cOneWord] = c.f[fOneWord]
	f[cShort] = c.f[fShortQuote]
	f[cParaStart] = c.f[fParaStart]
}

// nextBest returns the index of the best score other than best's and
// desc's, or -1.
func nextBest(scores []float64, best, desc int) int {
	next := -1
	for i, s := range scores {
		if i != best && i != desc && (next < 0 || s > scores[next]) {
			next = i
		}
	}
	return next
}
