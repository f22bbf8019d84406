package newsdoc

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestJSONGolden pins the JSON bytes of every test input, with each option,
// so that a change to the writer that changes one byte is seen.
func TestJSONGolden(t *testing.T) {
	const golden = "testdata/json.golden"
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
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got.String()); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
	}
}
