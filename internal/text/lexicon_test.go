package text

import (
	"strings"
	"testing"
)

func TestList(t *testing.T) {
	l, err := NewList("# a header\nAnn f\nAnna f\nBert m\nZoë f\n", true)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key, value string
		ok         bool
	}{
		{"Ann", "f", true},
		{"Anna", "f", true},
		{"Bert", "m", true},
		{"Zoë", "f", true},
		{"An", "", false},
		{"Annabel", "", false},
		{"", "", false},
		{"Zz", "", false},
	}
	for _, tc := range tests {
		v, ok := l.Lookup(tc.key)
		if v != tc.value || ok != tc.ok {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tc.key, v, ok, tc.value, tc.ok)
		}
	}
	if l.Len() != 4 {
		t.Errorf("Len = %d, want 4", l.Len())
	}
	var nilList *List
	if nilList.Has("x") {
		t.Error("a nil list holds nothing")
	}
}

func TestListWholeLines(t *testing.T) {
	l, err := NewList("New York\nNew Zealand\nNewark\n", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"New York", "New Zealand", "Newark"} {
		if !l.Has(w) {
			t.Errorf("no %q", w)
		}
	}
	if l.Has("New") {
		t.Error("a prefix is no entry")
	}
}

func TestListRejectsDisorder(t *testing.T) {
	for _, data := range []string{"b\na\n", "a\na\n", "Ann f\nAnn m\n"} {
		if _, err := NewList(data, true); err == nil {
			t.Errorf("NewList(%q): no error for unsorted or repeated entries", data)
		}
	}
}

func TestEntries(t *testing.T) {
	got := Lines("# comment\n\n  zei \nvoegde toe\n")
	if len(got) != 2 || got[0][0] != "zei" || len(got[1]) != 2 || got[1][1] != "toe" {
		t.Errorf("Lines = %q", got)
	}
	// The lines share one array of fields: appending to one line must
	// not write over the next.
	_ = append(got[0], "x")
	if got[1][0] != "voegde" {
		t.Errorf("appending to line 1 changed line 2: %q", got[1])
	}
}

func TestOutlets(t *testing.T) {
	for _, w := range []string{"BBC", "De Standaard", "NOS", "Wikinews", "The New York Times"} {
		if !Outlets().Has(w) {
			t.Errorf("%q is no outlet", w)
		}
	}
	if Outlets().Has("Mark Rutte") {
		t.Error("a person is an outlet")
	}
}

// A lazy list answers as the list NewList builds, and reports a broken
// list by panicking on its first look-up.
func TestLazyList(t *testing.T) {
	data := "# names\nAnna f\nBram m\nCato f\n"
	eager, err := NewList(data, true)
	if err != nil {
		t.Fatal(err)
	}
	lazy := LazyList(data, true)
	for _, k := range []string{"Anna", "Bram", "Cato", "Dirk", "", "anna"} {
		v1, ok1 := eager.Lookup(k)
		v2, ok2 := lazy.Lookup(k)
		if v1 != v2 || ok1 != ok2 {
			t.Errorf("Lookup(%q): lazy %q %v, eager %q %v", k, v2, ok2, v1, ok1)
		}
	}
	if lazy.Len() != eager.Len() {
		t.Errorf("Len: lazy %d, eager %d", lazy.Len(), eager.Len())
	}
	defer func() {
		if recover() == nil {
			t.Error("an unsorted lazy list did not panic on its first look-up")
		}
	}()
	LazyList("b\na\n", false).Has("a")
}

// A list read through the index AppendIndex wrote answers as the list
// NewList builds, for a keyed list and one of whole lines, and an index
// of the wrong shape panics.
func TestIndexedList(t *testing.T) {
	for _, tc := range []struct {
		data  string
		keyed bool
		keys  []string
	}{
		{"# names\nAnna f\nBram m\nCato f\n", true, []string{"Anna", "Bram", "Cato", "Dirk", "", "anna", "Anna f"}},
		{"New York\nNewark\nZwolle", false, []string{"New York", "New", "Newark", "Zwolle", "Zwoll", "New York\nNewark"}},
		{"# nothing\n", false, []string{"", "a"}},
	} {
		built, err := NewList(tc.data, tc.keyed)
		if err != nil {
			t.Fatal(err)
		}
		idx := string(built.AppendIndex(nil))
		read := IndexedList(tc.data, idx, tc.keyed)
		for _, k := range tc.keys {
			v1, ok1 := built.Lookup(k)
			v2, ok2 := read.Lookup(k)
			if v1 != v2 || ok1 != ok2 {
				t.Errorf("%q: Lookup(%q): indexed %q %v, built %q %v", tc.data, k, v2, ok2, v1, ok1)
			}
		}
		if read.Len() != built.Len() {
			t.Errorf("%q: Len: indexed %d, built %d", tc.data, read.Len(), built.Len())
		}
		if got := string(read.AppendIndex(nil)); got != idx {
			t.Errorf("%q: AppendIndex of an indexed list differs from its index", tc.data)
		}
	}
	if l := IndexedList("a\nb\n", "", false); !l.Has("b") || l.Has("c") {
		t.Error("IndexedList with an empty index does not index its list")
	}
	for _, idx := range []string{"\x01\x00\x00\x00", "\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "\x01\x00\x00\x00\x00\x00"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("IndexedList with an index of %d bytes did not panic", len(idx))
				}
			}()
			IndexedList("a\n", idx, false)
		}()
	}
}

// The index holds only where each line starts, so a look-up must find
// an entry's key exactly: not a key that runs on into the next line or,
// keyed, into the value.
func TestListExactKeys(t *testing.T) {
	keyed, err := NewList("Ann f\nAnna  x\nBert\nCor m", true)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := NewList("New York\nNewark\nZwolle", false)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		l          *List
		key, value string
		ok         bool
	}{
		{keyed, "Ann", "f", true},
		{keyed, "Anna", " x", true}, // the value is the rest after one space
		{keyed, "Bert", "", true},
		{keyed, "Cor", "m", true}, // no line end after the last entry
		{keyed, "Ann f", "", false},
		{keyed, "Bert\nCor", "", false},
		{keyed, "Ann f\nAnna", "", false},
		{keyed, "", "", false},
		{whole, "New York", "", true},
		{whole, "New", "", false},
		{whole, "New York\nNewark", "", false},
		{whole, "Zwolle", "", true},
		{whole, "Zwoll", "", false},
	}
	for _, tc := range tests {
		if v, ok := tc.l.Lookup(tc.key); v != tc.value || ok != tc.ok {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tc.key, v, ok, tc.value, tc.ok)
		}
	}
	if keyed.Len() != 4 || whole.Len() != 3 {
		t.Errorf("Len = %d, %d; want 4, 3", keyed.Len(), whole.Len())
	}
}

// TestListTooLarge: an index slot holds a 24-bit offset, so a list that
// offsets cannot reach is refused, not indexed wrong.
func TestListTooLarge(t *testing.T) {
	if _, err := NewList(strings.Repeat("x", 1<<24), false); err == nil {
		t.Fatal("a list of 16 MiB was indexed")
	}
	if _, err := NewList(strings.Repeat("x", 1<<24-2), false); err != nil {
		t.Fatalf("a list just under 16 MiB: %v", err)
	}
}
