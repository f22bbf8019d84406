package newsdoc

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

func bodyArticle(paras ...string) *Article {
	a := &Article{}
	for _, p := range paras {
		a.Blocks = append(a.Blocks, Block{Kind: Paragraph, Text: p})
	}
	return a
}

func TestFingerprint(t *testing.T) {
	p1 := "De gemeenteraad keurde gisteren de begroting goed, ondanks protest van de oppositie."
	p2 := "Volgens de burgemeester is er geen andere keuze: de stad moet besparen op alle diensten."
	p3 := "De vakbonden kondigen voor volgende week een staking aan in het stadhuis en de scholen."
	base := Fingerprint(bodyArticle(p1, p2, p3))
	tests := []struct {
		name     string
		a        *Article
		min, max float64 // the exact Jaccard with base
	}{
		{"same", bodyArticle(p1, p2, p3), 1, 1},
		{"case and punctuation", bodyArticle(strings.ToUpper(p1), strings.ReplaceAll(p2, ":", " --"), p3), 1, 1},
		{"paragraphs reordered", bodyArticle(p3, p1, p2), 1, 1},
		{"dateline added", &Article{Blocks: append([]Block{{Kind: Dateline, Text: "BRUSSEL (Belga) -"}}, bodyArticle(p1, p2, p3).Blocks...)}, 1, 1},
		{"one word changed", bodyArticle(p1, strings.Replace(p2, "besparen", "snoeien", 1), p3), 0.7, 0.8}, // 5 of 30 shingles: 25/35
		{"paragraph dropped", bodyArticle(p1, p2), 0.6, 0.7},                                               // 19/30
		{"other text", bodyArticle("Het regent in Gent.", "Morgen schijnt de zon weer boven de Leie."), 0, 0},
		{"no body", &Article{}, 0, 0},
	}
	for _, tc := range tests {
		p := Fingerprint(tc.a)
		j := base.Jaccard(p)
		if j < tc.min || j > tc.max {
			t.Errorf("%s: Jaccard %.3f, want %.2f to %.2f", tc.name, j, tc.min, tc.max)
		}
		if j != p.Jaccard(base) {
			t.Errorf("%s: Jaccard is not symmetric", tc.name)
		}
		if e := base.Estimate(p); e < j-0.2 || e > j+0.2 {
			t.Errorf("%s: estimate %.3f far from Jaccard %.3f", tc.name, e, j)
		}
	}
}

// corpus generates n articles of made-up words (4 to 8 paragraphs of 25
// to 60 words) and plants a near-duplicate of every tenth one, made by
// changing a few words, deleting a few, or reordering the paragraphs, or
// by all three. It returns the articles and the planted pairs.
func corpus(n int, seed uint64) ([]*Article, [][2]int) {
	r := rand.New(rand.NewPCG(seed, 1))
	syll := []string{"ka", "lo", "mer", "ten", "vi", "dra", "sun", "pol", "ek", "rin", "ba", "tor", "u", "ne", "gas", "fi", "wol", "an", "de", "stro"}
	vocab := make([]string, 20000)
	for i := range vocab {
		var w strings.Builder
		for range 1 + r.IntN(3) {
			w.WriteString(syll[r.IntN(len(syll))])
		}
		vocab[i] = w.String()
	}
	para := func() []string {
		ws := make([]string, 25+r.IntN(36))
		for i := range ws {
			// A skewed choice, as in text: some words are frequent.
			ws[i] = vocab[int(float64(len(vocab))*r.Float64()*r.Float64())]
		}
		return ws
	}
	var as []*Article
	var planted [][2]int
	for len(as) < n {
		var paras [][]string
		for range 4 + r.IntN(5) {
			paras = append(paras, para())
		}
		as = append(as, articleOf(paras))
		if len(as)%10 != 1 || len(as) == n {
			continue
		}
		// The near-duplicate.
		cp := make([][]string, len(paras))
		for i, p := range paras {
			cp[i] = append([]string(nil), p...)
		}
		kind := r.IntN(4)
		if kind == 0 || kind == 3 { // edits
			for range 1 + r.IntN(6) { // from Jaccard 0.98 down to about 0.75
				p := cp[r.IntN(len(cp))]
				p[r.IntN(len(p))] = vocab[r.IntN(len(vocab))]
			}
		}
		if kind == 1 || kind == 3 { // deletions
			p := cp[r.IntN(len(cp))]
			i := r.IntN(len(p) - 3)
			cp[slicesIndex(cp, p)] = append(p[:i:i], p[i+1+r.IntN(2):]...)
		}
		if kind == 2 || kind == 3 { // reordering
			r.Shuffle(len(cp), func(i, j int) { cp[i], cp[j] = cp[j], cp[i] })
		}
		planted = append(planted, [2]int{len(as) - 1, len(as)})
		as = append(as, articleOf(cp))
	}
	return as, planted
}

// allPairs returns every pair of prints that share a shingle, with its
// exact Jaccard similarity, from an index of the shingles: exact like
// comparing every pair, and fast enough for a test.
func allPairs(prints []*Print) []Pair {
	index := map[uint32][]int{}
	for i, p := range prints {
		for _, s := range p.Shingles {
			index[s] = append(index[s], i)
		}
	}
	shared := map[[2]int]int{}
	for _, ids := range index {
		for x := range ids {
			for _, y := range ids[x+1:] {
				shared[[2]int{ids[x], y}]++
			}
		}
	}
	var out []Pair
	for k, n := range shared {
		a, b := prints[k[0]], prints[k[1]]
		out = append(out, Pair{A: k[0], B: k[1], Jaccard: float64(n) / float64(len(a.Shingles)+len(b.Shingles)-n)})
	}
	return out
}

func slicesIndex(ps [][]string, p []string) int {
	for i := range ps {
		if &ps[i][0] == &p[0] {
			return i
		}
	}
	return -1
}

func articleOf(paras [][]string) *Article {
	a := &Article{}
	for _, p := range paras {
		a.Blocks = append(a.Blocks, Block{Kind: Paragraph, Text: strings.Join(p, " ") + "."})
	}
	return a
}

// recall returns the share of planted pairs at Jaccard >= threshold that
// pairs holds, and how many there were.
func recall(prints []*Print, planted [][2]int, pairs []Pair, threshold float64) (float64, int) {
	found := map[[2]int]bool{}
	for _, p := range pairs {
		found[[2]int{p.A, p.B}] = true
	}
	pos, hit := 0, 0
	for _, pl := range planted {
		if prints[pl[0]].Jaccard(prints[pl[1]]) >= threshold {
			pos++
			if found[pl] {
				hit++
			}
		}
	}
	return float64(hit) / float64(max(pos, 1)), pos
}

// TestNearDuplicates: on a generated corpus the pairs found are those a
// comparison of every pair finds (at least 95% of them, and nothing
// else), and far fewer pairs are compared than every pair.
func TestNearDuplicates(t *testing.T) {
	as, planted := corpus(3000, 1)
	prints := make([]*Print, len(as))
	for i, a := range as {
		prints[i] = Fingerprint(a)
	}
	truth := allPairs(prints)
	for _, threshold := range []float64{0.9, 0.8, 0.5} {
		pairs, compared := nearDuplicates(prints, threshold)
		var all []Pair // every pair at threshold or above: the ground truth
		for _, p := range truth {
			if p.Jaccard >= threshold {
				all = append(all, p)
			}
		}
		found := map[[2]int]bool{}
		for _, p := range pairs {
			found[[2]int{p.A, p.B}] = true
			if p.Jaccard < threshold || p.A >= p.B {
				t.Errorf("%.1f: pair %+v", threshold, p)
			}
		}
		hit := 0
		for _, p := range all {
			if found[[2]int{p.A, p.B}] {
				hit++
			}
		}
		if len(all) < 100 || float64(hit) < 0.95*float64(len(all)) || len(pairs) != hit {
			t.Errorf("%.1f: found %d of %d pairs, and %d others", threshold, hit, len(all), len(pairs)-hit)
		}
		if n := len(prints); compared > 20*n {
			t.Errorf("%.1f: compared %d pairs for %d prints", threshold, compared, n)
		}
		rec, pos := recall(prints, planted, pairs, threshold)
		t.Logf("threshold %.1f: %d pairs (%d planted above it), recall %.3f, %d compared", threshold, len(pairs), pos, rec, compared)
	}
}

// BenchmarkNearDuplicates fingerprints 10^5 generated articles with
// planted near-duplicates and finds the pairs at Jaccard >= 0.9,
// reporting the recall of the planted pairs at that similarity
// (go test -bench NearDuplicates -run '^$' -benchtime 1x .).
func BenchmarkNearDuplicates(b *testing.B) {
	as, planted := corpus(100_000, 2)
	var size int64
	for _, a := range as {
		for _, bl := range a.Blocks {
			size += int64(len(bl.Text))
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		prints := make([]*Print, len(as))
		for i, a := range as {
			prints[i] = Fingerprint(a)
		}
		fp := time.Since(start)
		pairs, compared := nearDuplicates(prints, 0.9)
		b.StopTimer()
		rec, pos := recall(prints, planted, pairs, 0.9)
		b.ReportMetric(rec, "recall")
		b.ReportMetric(float64(pos), "planted≥0.9")
		b.ReportMetric(float64(len(pairs)), "pairs")
		b.ReportMetric(float64(compared), "compared")
		b.ReportMetric(fp.Seconds(), "fingerprint-s")
		b.StartTimer()
	}
}
