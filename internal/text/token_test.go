package text

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// words renders the tokens of s as their text, punctuation and upper-case
// words marked: "[.]" and "^Jan".
func words(s string) []string {
	var out []string
	for _, t := range Words(nil, s, 0, len(s)) {
		w := s[t.Start:t.End]
		switch {
		case t.Is(Punct):
			w = "[" + w + "]"
		case t.Is(Upper):
			w = "^" + w
		}
		out = append(out, w)
	}
	return out
}

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Hij zei: „Nee.”", []string{"^Hij", "zei", "[:]", "[„]", "^Nee", "[.]", "[”]"}},
		// Inner joiners stay in the word; trailing ones do not.
		{"Jean-Marie zo'n 15.000 AT&T -x", []string{"^Jean-Marie", "zo'n", "15.000", "^AT&T", "[-]", "x"}},
		{"rock’n’roll", []string{"rock’n’roll"}},
		// Initials and titles keep their stop; a sentence-ending acronym
		// and a lower-case word do not.
		{"J. Smith en Dr. Jansen bij de VN. Klaar.", []string{"^J.", "^Smith", "en", "^Dr.", "^Jansen", "bij", "de", "^VN", "[.]", "^Klaar", "[.]"}},
		// Dutch writes its titles in lower case; another word's stop ends a sentence.
		{"zegt dr. Ayo Smit en mr. De Vries. Klaar.", []string{"zegt", "dr.", "^Ayo", "^Smit", "en", "mr.", "^De", "^Vries", "[.]", "^Klaar", "[.]"}},
		{"J.P. Balkenende", []string{"^J.P.", "^Balkenende"}},
		// Dutch elided articles are words of their own.
		{"Aad in 't Veld, 's avonds", []string{"^Aad", "in", "'t", "^Veld", "[,]", "'s", "avonds"}},
		{"'tis", []string{"[']", "tis"}},
		// Zero-width and no-break spaces separate words.
		{"a\u200bb\u00a0c\ufeffd", []string{"a", "b", "c", "d"}},
		{"Ökonomie café", []string{"^Ökonomie", "café"}},
		{"", nil},
	} {
		if diff := cmp.Diff(tc.want, words(tc.in)); diff != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestWordsRange(t *testing.T) {
	s := "xx Een twee yy"
	got := Words(nil, s, 3, 11)
	want := []Token{{Span{3, 6}, Upper}, {Span{7, 11}, 0}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFields(t *testing.T) {
	s := " Door  Jan\u00a0Smit,\tDen Haag "
	var got []string
	for _, f := range Fields(nil, s, 0, len(s)) {
		got = append(got, s[f.Start:f.End])
	}
	if diff := cmp.Diff([]string{"Door", "Jan", "Smit,", "Den", "Haag"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestAppendFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"al klein", "al klein"},
		{"De Vries", "de vries"},
		{"ÉÉN Ökonomie", "één ökonomie"},
		// Runes whose lower case has another length stay as written.
		{"\u212aelvin İstanbul", "\u212aelvin İstanbul"},
		// Eight bytes at a time: the bytes on either side of A-Z stay.
		{"@AZ[`az{ HET KABINET", "@az[`az{ het kabinet"},
		{"ABCDEFGHÉIJKLMNOPQRSTUVWXYZ!", "abcdefghéijklmnopqrstuvwxyz!"},
	} {
		got := string(AppendFold([]byte("x"), tc.in))
		if got != "x"+tc.want {
			t.Errorf("AppendFold(%q) = %q, want %q", tc.in, got, "x"+tc.want)
		}
		if len(got) != 1+len(tc.in) {
			t.Errorf("AppendFold(%q): length %d, want %d", tc.in, len(got)-1, len(tc.in))
		}
	}
}

// foldRef is AppendFold rune by rune, as it was first written.
func foldRef(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// TestAppendFoldBytes folds every ASCII byte at every offset of an
// eight-byte word, and beside a byte outside ASCII.
func TestAppendFoldBytes(t *testing.T) {
	for c := range 128 {
		for off := range 9 {
			for _, tail := range []string{"", "é", "\xff"} {
				s := strings.Repeat("q", off) + string(rune(c)) + "ZzAa@[`{" + tail
				if got, want := string(AppendFold(nil, s)), foldRef(s); got != want {
					t.Fatalf("AppendFold(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

func TestTrim(t *testing.T) {
	s := "\u200b  a b \u00a0"
	a, b := Trim(s, 0, len(s))
	if s[a:b] != "a b" {
		t.Errorf("Trim = %q", s[a:b])
	}
}

// FuzzWords checks that tokens are in order, inside the range, do not
// overlap, and leave out only white space; and that folding keeps every
// offset.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"Hij zei: „Nee.”", "J. Smith 't", "a\u200bb", "\xff'x", "Dr."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := string(AppendFold(nil, s)); got != foldRef(s) {
			t.Fatalf("AppendFold(%q) = %q, want %q", s, got, foldRef(s))
		}
		if got, want := FieldsInto(nil, s), strings.Fields(s); !slices.Equal(got, want) || CountFields(s) != len(want) {
			t.Fatalf("FieldsInto(%q) = %q (%d counted), want %q", s, got, CountFields(s), want)
		}
		prev := 0
		for _, tk := range Words(nil, s, 0, len(s)) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %v after %d in %q", tk.Span, prev, s)
			}
			for _, r := range s[prev:tk.Start] {
				if !IsSpace(r) && r != utf8.RuneError {
					t.Fatalf("%q dropped before %v in %q", s[prev:tk.Start], tk.Span, s)
				}
			}
			prev = tk.End
		}
		if rest := strings.TrimFunc(s[prev:], IsSpace); rest != "" && utf8.ValidString(rest) {
			t.Fatalf("%q dropped at the end of %q", rest, s)
		}
	})
}

func BenchmarkWords(b *testing.B) {
	s := strings.Repeat("Minister De Vries zei dinsdag: „We doen het niet, J. Smith.” ", 200)
	buf := make([]Token, 0, 4096)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		buf = Words(buf[:0], s, 0, len(s))
	}
}

func TestIsQuoteMark(t *testing.T) {
	for _, r := range "\"'“”„‘’‚«»‹›`´" {
		if !IsQuoteMark(r) {
			t.Errorf("IsQuoteMark(%q) = false", r)
		}
	}
	for _, r := range "a.,-–()" {
		if IsQuoteMark(r) {
			t.Errorf("IsQuoteMark(%q) = true", r)
		}
	}
}

// TestFieldsInto checks that the fields are those strings.Fields splits,
// around every kind of space, and bytes that are not UTF-8 inside a field.
func TestFieldsInto(t *testing.T) {
	for _, s := range []string{"", " ", "een", " twee  woorden\t", "a\u00a0b\u2009c\u3000d\u0085e", "\xff \xe2\x80", "x\u200by", "\v\f\r\nz"} {
		if got, want := FieldsInto(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("FieldsInto(%q) = %q, want %q", s, got, want)
		}
		if got, want := CountFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("CountFields(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestAtLeastFields(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, true},
		{"", 1, false},
		{"one", 1, true},
		{"one", 2, false},
		{"  one  two\tthree\n", 3, true},
		{"  one  two\tthree\n", 4, false},
		{"a b c d e f g", 4, true},
	} {
		if got := AtLeastFields(tc.s, tc.n); got != tc.want || got != (CountFields(tc.s) >= tc.n) {
			t.Errorf("AtLeastFields(%q, %d) = %v, want %v", tc.s, tc.n, got, tc.want)
		}
	}
}
