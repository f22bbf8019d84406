package quotes

import (
	"math"
	"slices"
	"testing"
)

// The feature tables and their names stay in step: every feature has a
// name of its own.
func TestFeatureNames(t *testing.T) {
	for _, names := range [][]string{FeatureNames(), SpeechNames()} {
		seen := map[string]bool{}
		for i, n := range names {
			if n == "" || seen[n] {
				t.Errorf("feature %d: name %q empty or repeated", i, n)
			}
			seen[n] = true
		}
	}
}

func TestModelText(t *testing.T) {
	m, err := ParseModel(featureNames[:], "# comment\nrules 1.5\ndist -0.25\ntemperature nl 1.2\n")
	if err != nil {
		t.Fatal(err)
	}
	w := m.Weights()
	if w["rules"] != 1.5 || w["dist"] != -0.25 || w["given"] != 0 || m.Temperature("nl") != 1.2 || m.Temperature("en") != 1 {
		t.Errorf("parsed %v, temperature nl %v", w, m.Temperature("nl"))
	}
	back, err := ParseModel(featureNames[:], m.String())
	if err != nil || !slices.Equal(back.w, m.w) || back.Temperature("nl") != 1.2 {
		t.Errorf("round trip: %v, %v", back, err)
	}
	for _, bad := range []string{"nosuch 1\n", "rules\n", "rules x\n", "temperature nl -1\n"} {
		if _, err := ParseModel(featureNames[:], bad); err == nil {
			t.Errorf("ParseModel(%q): no error", bad)
		}
	}
}

// The trainer learns what separates the right candidate on data made for
// it: the right one is always the nearest, whatever the rules chose.
func TestTrainRanker(t *testing.T) {
	var xs []Example
	for i := range 40 {
		near, far := make([]float64, nFeatures), make([]float64, nFeatures)
		near[fDist], far[fDist] = 1, 4
		// The rules choose the far one half of the time.
		if i%2 == 0 {
			far[fRules] = 1
		} else {
			near[fRules] = 1
		}
		xs = append(xs, Example{Features: [][]float64{far, near}, Gold: 1})
	}
	m := TrainRanker(xs, 0.01, 300)
	if m.Weights()["dist"] >= 0 {
		t.Errorf("dist weight %v: the nearer should score higher", m.Weights()["dist"])
	}
	for _, x := range xs {
		if m.score(x.Features[1]) <= m.score(x.Features[0]) {
			t.Fatalf("the nearer candidate does not win: %v", m.Weights())
		}
	}
}

// A yes-or-no decision: the speech classifier learns a feature that
// decides it, starting from the rules' weights.
func TestTrainSpeech(t *testing.T) {
	var xs []Example
	for i := range 40 {
		f := make([]float64, nSpeech)
		f[sBias], f[sRules] = 1, 1
		gold := 1
		if i%2 == 0 {
			f[sNaming] = 1 // "known as '…'": never speech here
			gold = 0
		}
		xs = append(xs, Example{Features: [][]float64{make([]float64, nSpeech), f}, Gold: gold})
	}
	m := TrainSpeech(xs, 0.01, 300)
	for _, x := range xs {
		p := sigmoid(m.score(x.Features[1]))
		if (p >= 0.5) != (x.Gold == 1) || math.IsNaN(p) {
			t.Fatalf("p = %v for gold %d: weights %v", p, x.Gold, m.Weights())
		}
	}
}

// The calibrator learns which kind of choice the ranker's probability
// overstates: here every choice has probability 0.98, those from the
// quotation's own cue are all right, the others right three times in
// four.
func TestTrainCalibration(t *testing.T) {
	var xs []Example
	for i := range 80 {
		f := make([]float64, nCal)
		f[cBias], f[cLogit] = 1, math.Log(0.98/0.02)
		gold := 1
		if i%2 == 0 {
			f[cOwnCue] = 1
		} else if i%8 == 1 {
			gold = 0
		}
		xs = append(xs, Example{Features: [][]float64{make([]float64, nCal), f}, Gold: gold})
	}
	if p := IdentityCalibration().prob(xs[0].Features[1]); math.Abs(p-0.98) > 1e-9 {
		t.Fatalf("identity calibration gives %v for 0.98", p)
	}
	m := TrainCalibration(xs, 0.01, 600)
	cue, other := m.prob(xs[0].Features[1]), m.prob(xs[1].Features[1])
	if !(cue > 0.95 && other < 0.9 && other > 0.6) {
		t.Errorf("calibrated: own cue %.3f, other %.3f; weights %v", cue, other, m.Weights())
	}
}

// A ranker's calibrators are written and read with its weights.
func TestCalibrationText(t *testing.T) {
	cal := IdentityCalibration()
	cal.w[cOwnCue] = 0.5
	m := RulesRanker().WithCalibration("nl", cal)
	back, err := ParseModel(featureNames[:], m.String())
	if err != nil {
		t.Fatal(err)
	}
	if c := back.Calibration("nl"); c == nil || !slices.Equal(c.w, cal.w) || back.Calibration("en") != nil {
		t.Errorf("round trip: %v", back.String())
	}
	if _, err := ParseModel(featureNames[:], "calibration nl nosuch 1\n"); err == nil {
		t.Error("an unknown calibration feature: no error")
	}
}
