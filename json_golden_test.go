package newsdoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdoc/newsdoc/internal/golden"
)

// TestJSONGolden pins the JSON bytes of every test input, with each option,
// so that a change to the writer that changes one byte is seen.
func TestJSONGolden(t *testing.T) {
	var got bytes.Buffer
	for _, path := range inputs(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range []JSONOptions{{File: path}, {File: path, Runes: true, Source: true}} {
			for _, a := range parseAll(t, &Parser{Indirect: o.Runes}, src) {
				b, err := a.AppendJSON(nil, o)
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				got.Write(b)
				got.WriteByte('\n')
			}
		}
	}
	golden.Check(t, "testdata/json.golden", got.String(), *update)
}

// FuzzJSON checks the hand-written writer against appendJSONRef, the
// encoding/json writer it replaced: the same bytes, which encoding/json
// decodes to the same value. The article is parsed from the input, then
// given members that hold arbitrary bytes, a repeated meta key and an
// arbitrary confidence, which parsing alone seldom produces.
func FuzzJSON(f *testing.F) {
	for _, path := range inputs(f) {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "byline", 0.5, false)
	}
	f.Add([]byte("a <b> & \"c\"\x01\x7f\u2028\u2029\xff\n"), "k\t\"", 1e-7, true)
	f.Add([]byte("x"), "", 1e21, false)
	f.Add([]byte("x"), "k", math.NaN(), false)
	f.Fuzz(func(t *testing.T, in []byte, key string, conf float64, runes bool) {
		var as []*Article
		for a, err := range new(Parser).Articles(in) {
			if errors.Is(err, ErrInternal) {
				t.Fatal(err) // a panic inside, which Articles recovered
			}
			if err != nil {
				return
			}
			as = append(as, a)
		}
		for _, a := range as {
			s := Span{a.Span.Start, a.Span.End}
			text := a.Source[s.Start:s.End] + string(in) + key
			a.Meta = append(a.Meta, Meta{key, text, s}, Meta{key, key, s}, Meta{key + "_2", "", s})
			a.Authors = append(a.Authors, Field{key, s})
			a.Quotes = append(a.Quotes, Quote{Text: text, Span: s, Speaker: key, Confidence: conf, Person: -1})
			a.People = append(a.People, Person{Name: text, Mentions: []Span{s, s}})
			o := JSONOptions{File: key, Runes: runes, Source: true}
			got, err := a.AppendJSON([]byte("prefix"), o)
			want, wantErr := appendJSONRef(a, []byte("prefix"), o)
			if (err != nil) != (wantErr != nil) {
				t.Fatalf("error %v, want %v", err, wantErr)
			}
			if err != nil {
				continue
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("JSON differs:\n got %s\nwant %s", got, want)
			}
			var gv, wv any
			if err := json.Unmarshal(got[len("prefix"):], &gv); err != nil {
				t.Fatalf("encoding/json cannot decode %s: %v", got, err)
			}
			json.Unmarshal(want[len("prefix"):], &wv)
			if diff := cmp.Diff(wv, gv); diff != "" {
				t.Fatalf("decoded value differs (-want +got):\n%s", diff)
			}
		}
	})
}
