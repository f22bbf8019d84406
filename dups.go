package newsdoc

import (
	"math"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// NumHashes is the number of MinHash values in a [Print].
const NumHashes = 128

// ShingleSize is the number of words in a shingle.
const ShingleSize = 5

// Print is an article's fingerprint for finding near-duplicates: the
// word shingles of its body and their MinHash signature.
//
// The body is the article's paragraphs, subheadings and pull quotes;
// datelines and bylines are left out, as the same wire story carries
// another in each paper. Words are runs of letters and digits, compared
// without case. A shingle is ShingleSize consecutive words within one
// block (a shorter block is one shingle), so that reordering the
// paragraphs leaves the set as it is.
type Print struct {
	// MinHash holds, for each of NumHashes hash functions, the least hash
	// of the shingles: two prints agree at a position with probability
	// the Jaccard similarity of their shingle sets.
	MinHash [NumHashes]uint32
	// Shingles are the distinct shingle hashes, sorted; empty for an
	// article without body text.
	Shingles []uint32
}

// minhash parameters: h_i(x) = high 32 bits of (a_i*x + b_i) mod 2^64,
// with odd a_i; fixed so that prints are comparable across runs.
var mhA, mhB = func() (a, b [NumHashes]uint64) {
	s := uint64(0x6e657773646f6321) // "newsdoc!"
	for i := range NumHashes {
		a[i] = splitmix(&s) | 1
		b[i] = splitmix(&s)
	}
	return
}()

func splitmix(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	z := *s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// Fingerprint returns the print of a's body.
func Fingerprint(a *Article) *Print {
	var shingles []uint64
	var words []uint64
	for _, b := range a.Blocks {
		if b.Kind == Dateline || b.Kind == Byline {
			continue
		}
		words = wordHashes(words[:0], b.Text)
		shingles = appendShingles(shingles, words)
	}
	slices.Sort(shingles)
	shingles = slices.Compact(shingles)
	p := &Print{Shingles: make([]uint32, 0, len(shingles))}
	for i := range p.MinHash {
		p.MinHash[i] = math.MaxUint32
	}
	for _, x := range shingles {
		p.Shingles = append(p.Shingles, uint32(x>>32))
		for i := range p.MinHash {
			if h := uint32((mhA[i]*x + mhB[i]) >> 32); h < p.MinHash[i] {
				p.MinHash[i] = h
			}
		}
	}
	// Two shingles may share their high 32 bits; keep the set a set.
	slices.Sort(p.Shingles)
	p.Shingles = slices.Compact(p.Shingles)
	return p
}

// wordHashes appends the FNV-1a hash of each word of s, lower-cased.
func wordHashes(dst []uint64, s string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			for r > 0 { // the rune's bytes, low first
				h = (h ^ uint64(r&0xff)) * prime
				r >>= 8
			}
			in = true
			continue
		}
		if in {
			dst = append(dst, h)
			h, in = offset, false
		}
	}
	if in {
		dst = append(dst, h)
	}
	return dst
}

// appendShingles appends the hash of each run of ShingleSize words, or
// of all the words when there are fewer.
func appendShingles(dst, words []uint64) []uint64 {
	if len(words) == 0 {
		return dst
	}
	k := min(ShingleSize, len(words))
	for i := 0; i+k <= len(words); i++ {
		h := uint64(k)
		for _, w := range words[i : i+k] {
			h = bits.RotateLeft64(h, 13) ^ w
			h *= 0x9e3779b97f4a7c15
		}
		dst = append(dst, h^h>>29)
	}
	return dst
}

// Estimate returns the share of MinHash values p and q agree on, an
// estimate of their Jaccard similarity (within about ±0.09 at 0.5, less
// near 0 and 1, with 128 values). It is 0 when either has no body.
func (p *Print) Estimate(q *Print) float64 {
	if len(p.Shingles) == 0 || len(q.Shingles) == 0 {
		return 0
	}
	n := 0
	for i := range p.MinHash {
		if p.MinHash[i] == q.MinHash[i] {
			n++
		}
	}
	return float64(n) / NumHashes
}

// Jaccard returns the Jaccard similarity of the shingle sets of p and q:
// the size of their intersection over that of their union. It is 0 when
// either has no body.
func (p *Print) Jaccard(q *Print) float64 {
	a, b := p.Shingles, q.Shingles
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

// Pair is two near-duplicate prints, by their indexes (A < B).
type Pair struct {
	A, B     int
	Estimate float64 // MinHash estimate of the Jaccard similarity
	Jaccard  float64 // exact Jaccard similarity of the shingle sets
}

// NearDuplicates returns the pairs of prints whose shingle sets have a
// Jaccard similarity of at least threshold, ordered by A then B.
//
// It does not compare every pair: the MinHash values are cut into bands,
// and only prints that agree on a whole band are compared. The band size
// is chosen from threshold so that a pair at the threshold is missed
// rarely (at 0.9, 16 bands of 8: a pair at 0.9 is missed with
// probability 1e-4, one at 0.5 is compared with probability 0.06). The
// time is about linear in the number of prints plus the pairs that
// share a band.
func NearDuplicates(prints []*Print, threshold float64) []Pair {
	pairs, _ := nearDuplicates(prints, threshold)
	return pairs
}

// bandRows returns the rows per band for threshold: the most rows (the
// fewest false candidates) whose S-curve midpoint (1/b)^(1/r) stays well
// below threshold, so that recall is high.
func bandRows(threshold float64) int {
	for _, r := range []int{16, 8, 4, 2} {
		b := NumHashes / r
		if math.Pow(1/float64(b), 1/float64(r)) <= threshold*0.8 {
			return r
		}
	}
	return 1
}

// nearDuplicates also returns the number of candidate pairs compared.
func nearDuplicates(prints []*Print, threshold float64) ([]Pair, int) {
	r := bandRows(threshold)
	seen := make(map[uint64]struct{})
	var pairs []Pair
	buckets := make(map[uint64][]int32, len(prints))
	for band := 0; band < NumHashes/r; band++ {
		clear(buckets)
		for i, p := range prints {
			if len(p.Shingles) == 0 {
				continue
			}
			h := uint64(band) + 1
			for _, v := range p.MinHash[band*r : band*r+r] {
				h = (bits.RotateLeft64(h, 17) ^ uint64(v)) * 0x9e3779b97f4a7c15
			}
			buckets[h] = append(buckets[h], int32(i))
		}
		for _, ids := range buckets {
			for x := 0; x < len(ids); x++ {
				for y := x + 1; y < len(ids); y++ {
					a, b := ids[x], ids[y]
					key := uint64(a)<<32 | uint64(b)
					if _, ok := seen[key]; ok {
						continue
					}
					seen[key] = struct{}{}
					j := prints[a].Jaccard(prints[b])
					if j >= threshold {
						pairs = append(pairs, Pair{A: int(a), B: int(b), Estimate: prints[a].Estimate(prints[b]), Jaccard: j})
					}
				}
			}
		}
	}
	slices.SortFunc(pairs, func(p, q Pair) int {
		if p.A != q.A {
			return p.A - q.A
		}
		return p.B - q.B
	})
	return pairs, len(seen)
}
