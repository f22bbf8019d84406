package newsdoc

import (
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"
)

// FuzzParse checks that no input panics, that every span holds, that
// nothing is lost, and that parsing is deterministic.
func FuzzParse(f *testing.F) {
	for _, path := range inputs(f) {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(" date 2018-04 \"Kop\" Jan\n\n\n00u54"))
	f.Add([]byte("\xef\xbb\xbf date 2018-04 Kop J.\r\n\r\n05 apr 2018\r\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var as []*Article
		for a, err := range new(Parser).Articles(in) {
			if errors.Is(err, ErrInternal) {
				t.Fatal(err) // a panic inside, which Articles recovered
			}
			if err != nil {
				return // unreadable input: an error, not a panic
			}
			as = append(as, a)
		}
		if len(as) == 0 {
			t.Fatal("no article and no error")
		}
		src := as[0].Source
		checkSpans(t, src, as)
		checkNothingLost(t, src, as)
		var again []*Article
		for a := range new(Parser).Articles(in) {
			again = append(again, a)
		}
		if diff := cmp.Diff(as, again, cmpopts.IgnoreUnexported(Article{}), cmpopts.EquateComparable(language.Tag{})); diff != "" {
			t.Errorf("second parse differs:\n%s", diff)
		}
	})
}

var sink *Article

func BenchmarkParse(b *testing.B) {
	for _, path := range inputs(b) {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(path[len("testdata/"):], func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				for a := range new(Parser).Articles(src) {
					sink = a
				}
			}
		})
	}
}
