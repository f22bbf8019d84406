package text

import (
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"
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

func TestLoadList(t *testing.T) {
	fsys := fstest.MapFS{
		"lex/common_nl.txt": {Data: []byte("de\nhet\n")},
		"lex/common_en.txt": {Data: []byte("the\n")},
		"lex/names.txt":     {Data: []byte("Anna f\n")},
	}
	nl, err := LoadList(fsys, "lex", "common", language.MustParse("nl-BE"), false)
	if err != nil || !nl.Has("het") || nl.Has("the") {
		t.Errorf("nl-BE list: %v, %v", nl, err)
	}
	names, err := LoadList(fsys, "lex", "names", language.Und, true)
	if err != nil || !names.Has("Anna") {
		t.Errorf("names: %v, %v", names, err)
	}
	if _, err := LoadList(fsys, "lex", "common", language.French, false); err == nil {
		t.Error("no error for a language with no list")
	}
}

func TestEntries(t *testing.T) {
	got := Lines("# comment\n\n  zei \nvoegde toe\n")
	if len(got) != 2 || got[0][0] != "zei" || len(got[1]) != 2 || got[1][1] != "toe" {
		t.Errorf("Lines = %q", got)
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
