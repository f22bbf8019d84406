package quotes

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// generatedFiles are the lists that lexicon/gen writes.
var generatedFiles = []string{
	"common_en.txt", "common_nl.txt", "ambiguous_en.txt", "ambiguous_nl.txt",
	"given.txt", "surnames.txt", "sex_en.txt",
	"places_en.txt", "places_nl.txt", "demonyms_en.txt",
}

// readGenerated returns the entries of one generated list, header lines
// left out, failing the test when the header is missing.
func readGenerated(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("lexicon", "generated", name))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "# ") || !strings.HasSuffix(string(b), "\n") {
		t.Fatalf("%s: want a # header and a final newline", name)
	}
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func TestGeneratedWellFormed(t *testing.T) {
	for _, name := range generatedFiles {
		lines := readGenerated(t, name)
		if len(lines) == 0 {
			t.Errorf("%s: no entries", name)
		}
		for i, l := range lines {
			switch {
			case l == "" || strings.TrimSpace(l) != l:
				t.Errorf("%s: entry %d is empty or padded: %q", name, i+1, l)
			case !norm.NFC.IsNormalString(l):
				t.Errorf("%s: %q is not NFC", name, l)
			case i > 0 && lines[i-1] >= l:
				t.Errorf("%s: %q after %q: not sorted and unique", name, l, lines[i-1])
			}
		}
	}
}

func TestGeneratedGivenNames(t *testing.T) {
	given := map[string]string{}
	for _, l := range readGenerated(t, "given.txt") {
		name, sex, ok := strings.Cut(l, " ")
		if !ok || name == "" || (sex != "m" && sex != "f" && sex != "x") {
			t.Errorf("given.txt: bad entry %q", l)
		}
		given[name] = sex
	}
	// sex_en.txt settles or overrules given.txt, for names it lists.
	for _, l := range readGenerated(t, "sex_en.txt") {
		name, sex, ok := strings.Cut(l, " ")
		if !ok || (sex != "m" && sex != "f") || given[name] == "" || given[name] == sex {
			t.Errorf("sex_en.txt: bad entry %q (given.txt: %q)", l, given[name])
		}
	}
}

func TestGeneratedEntries(t *testing.T) {
	// The lists are sorted (TestGeneratedWellFormed), so a binary search
	// finds an entry without building large maps.
	lists := map[string][]string{}
	for _, name := range generatedFiles {
		lists[name] = readGenerated(t, name)
	}
	for _, c := range []struct {
		file, entry string
		want        bool
	}{
		{"given.txt", "Anna f", true},
		{"given.txt", "Peter m", true},
		{"given.txt", "Emma f", true},
		{"given.txt", "Thomas m", true},
		{"sex_en.txt", "Grace f", true}, // either in given.txt
		{"sex_en.txt", "Barry m", true},
		{"sex_en.txt", "Anna f", false}, // given.txt says so already
		{"common_en.txt", "the", true},
		{"common_en.txt", "however", true},
		{"common_en.txt", "sometimes", true},
		{"common_en.txt", "speaking", true},
		// Listed capitalised too: may be names.
		{"common_en.txt", "bill", false},
		{"ambiguous_en.txt", "bill", true},
		{"ambiguous_en.txt", "bush", true},
		{"ambiguous_nl.txt", "bos", true},
		// Capitalised only as a symbol (In, He), which is no name.
		{"common_en.txt", "in", true},
		{"common_en.txt", "he", true},
		{"common_nl.txt", "wanneer", true},
		{"common_nl.txt", "verder", true},
		{"common_nl.txt", "woordvoerder", true},
		{"surnames.txt", "de Vries", true},
		{"surnames.txt", "Smith", true},
		{"surnames.txt", "Peeters", true},
		{"surnames.txt", "De Smet", true},
		{"places_nl.txt", "Nederland", true},
		{"places_nl.txt", "België", true},
		{"places_nl.txt", "Den Haag", true},
		{"places_en.txt", "Germany", true},
		{"places_en.txt", "Netherlands", true},
		{"demonyms_en.txt", "Dutch", true},
		{"demonyms_en.txt", "Belgian", true},
	} {
		if _, got := slices.BinarySearch(lists[c.file], c.entry); got != c.want {
			t.Errorf("%s has %q: %v, want %v", c.file, c.entry, got, c.want)
		}
	}
}
