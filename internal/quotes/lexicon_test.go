package quotes

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestLexicons checks that every embedded list is unique and NFC, so that
// an entry is never silently shadowed or unmatched.
func TestLexicons(t *testing.T) {
	names, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		seen := map[string]bool{}
		for _, e := range entries(n.Name()) {
			line := strings.Join(e, " ")
			if seen[line] {
				t.Errorf("%s: %q twice", n.Name(), line)
			}
			seen[line] = true
			if !norm.NFC.IsNormalString(line) {
				t.Errorf("%s: %q is not NFC", n.Name(), line)
			}
		}
	}
}
