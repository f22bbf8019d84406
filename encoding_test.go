package newsdoc

import (
	"errors"
	"strings"
	"testing"
)

// threeArticles is a dump file whose articles are clean UTF-8 with
// accented letters, so that a wrong whole-file decode shows as mojibake.
const threeArticles = " date 2019-01 Café sluit Zoë Peeters\n\n10 januari 2019\n\n07u12 5 Binnenland Het café van Zoë Peeters sluit de deuren. \"Het is genoeg geweest\", zei Peeters.\n" +
	" date 2019-01 Brug dicht Jan Smit\n\n11 januari 2019\n\n08u00 2 Regio De brug over de Leie is dicht. \"Het duurt een week\", zei schepen Jan Smit.\n" +
	" date 2019-01 Markt verhuist Ann Claes\n\n12 januari 2019\n\n09u30 1 Stad De markt verhuist naar het plein. \"We zijn er klaar voor\", zei Claes in het café.\n"

// TestEncodingPerArticle: a byte that is not UTF-8 changes that byte only,
// is reported with its article and its position, and leaves the other
// articles as they were.
func TestEncodingPerArticle(t *testing.T) {
	lastCafe := strings.LastIndex(threeArticles, "café")
	tests := []struct {
		name    string
		in      string
		encs    []string
		bad     int    // the article that lists the anomaly, -1 for none
		at      int    // its input offset
		shift   int    // input length minus source length of its article
		inHead0 string // the first headline after decoding
	}{
		{"clean", threeArticles, []string{"utf-8", "utf-8", "utf-8"}, -1, 0, 0, "Café sluit"},
		// "é" in the last article written as one Windows-1252 byte.
		{"stray byte in last", threeArticles[:lastCafe+3] + "\xe9" + threeArticles[lastCafe+5:],
			[]string{"utf-8", "utf-8", "windows-1252"}, 2, lastCafe + 3, -1, "Café sluit"},
		// A lone byte in UTF-8 text of the first article.
		{"stray byte in first", strings.Replace(threeArticles, "deuren.", "deuren\x85", 1),
			[]string{"utf-8+windows-1252", "utf-8", "utf-8"}, 0, strings.Index(threeArticles, "deuren.") + 6, -2, "Café sluit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			as := parseAll(t, new(Parser), []byte(tc.in))
			if len(as) != 3 {
				t.Fatalf("%d articles, want 3", len(as))
			}
			checkSpans(t, as[0].Source, as)
			checkNothingLost(t, as[0].Source, as)
			if as[0].Headline.Text != tc.inHead0 {
				t.Errorf("headline 0 = %q, want %q", as[0].Headline.Text, tc.inHead0)
			}
			for i, a := range as {
				if a.Encoding != tc.encs[i] {
					t.Errorf("article %d: encoding %q, want %q", i, a.Encoding, tc.encs[i])
				}
				if strings.Contains(a.Text(a.Span), "Ã") {
					t.Errorf("article %d: mojibake %q", i, a.Text(a.Span))
				}
				if len(a.Quotes) == 0 || len(a.Authors) == 0 || a.Lang.String() != "nl" {
					t.Errorf("article %d: %d quotes, %d authors, lang %v", i, len(a.Quotes), len(a.Authors), a.Lang)
				}
				if i != tc.bad && a.Anomalies != nil {
					t.Errorf("article %d: anomalies %v, want none", i, a.Anomalies)
				}
			}
			if tc.bad < 0 {
				return
			}
			a := as[tc.bad]
			if len(a.Anomalies) != 1 || a.Anomalies[0].Kind != Recoded || a.Anomalies[0].Input != (Span{tc.at, tc.at + 1}) {
				t.Fatalf("anomalies = %+v, want one recoded byte at %d", a.Anomalies, tc.at)
			}
			an := a.Anomalies[0]
			if a.InputOffset(an.Span.Start) != tc.at || a.InputOffset(an.Span.End) != tc.at+1 || a.InputOffset(a.Span.End) != a.Span.End+tc.shift {
				t.Errorf("InputOffset(%v) = %d-%d, end %d", an.Span, a.InputOffset(an.Span.Start), a.InputOffset(an.Span.End), a.InputOffset(a.Span.End))
			}
		})
	}
}

// TestControlBytes: NUL padding and stray control bytes are kept and
// reported; input that is binary or UTF-16 without a byte-order mark
// still fails.
func TestControlBytes(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr error
		runs    []Span // the control runs, in input offsets
	}{
		{"trailing nul padding", threeArticles + strings.Repeat("\x00", 300), nil,
			[]Span{{len(threeArticles), len(threeArticles) + 300}}},
		{"nul inside", "Titel\n\nTekst\x00met nul", nil, []Span{{12, 13}}},
		{"escape and bell", "Titel\n\n5 mei 2020\n\nTekst\x1b[0m en \x07.", nil, []Span{{24, 25}, {32, 33}}},
		{"only nul", strings.Repeat("\x00", 64), ErrBinary, nil},
		{"utf-16le without bom", "T\x00i\x00t\x00e\x00l\x00\n\x00\n\x00T\x00e\x00k\x00s\x00t\x00", ErrEncoding, nil},
		{"utf-16be without bom", "\x00T\x00i\x00t\x00e\x00l\x00\n\x00\n\x00T\x00e\x00k\x00s\x00t", ErrEncoding, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var as []*Article
			for a, err := range new(Parser).Articles([]byte(tc.in)) {
				if err != nil {
					if !errors.Is(err, tc.wantErr) || tc.wantErr == nil {
						t.Fatalf("error %v, want %v", err, tc.wantErr)
					}
					if errors.Is(err, ErrEncoding) && !strings.Contains(err.Error(), "byte-order mark") {
						t.Errorf("error %q gives no hint", err)
					}
					return
				}
				as = append(as, a)
			}
			if tc.wantErr != nil {
				t.Fatalf("no error, want %v", tc.wantErr)
			}
			checkSpans(t, as[0].Source, as)
			checkNothingLost(t, as[0].Source, as)
			var got []Span
			for _, a := range as {
				for _, an := range a.Anomalies {
					if an.Kind != Control {
						t.Errorf("anomaly %+v, want control", an)
					}
					got = append(got, an.Input)
				}
			}
			if !equalSpans(got, tc.runs) {
				t.Errorf("control runs %v, want %v", got, tc.runs)
			}
			if as[0].Source != tc.in {
				t.Errorf("source changed")
			}
		})
	}
}

func equalSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestInputOffsetMixed: with re-decoded bytes and control bytes in one
// input, every offset of Source maps back to the input byte it came from.
func TestInputOffsetMixed(t *testing.T) {
	// Enough text that four control bytes do not make it binary.
	filler := strings.Repeat("Een gewone zin van het artikel. ", 4)
	// Five re-decoded runs and three controls before them: the runs' slice has
	// room to spare, which a merge must not overwrite.
	in := "Kop \x00 \xe9\n\n5 mei 2020\n\n" + filler + "Tekst caf\xe9 met \x01 en Zo\xc3\xab en \xe8\xe9 d\xe9 \xe0 \x00\x00 einde.\n"
	as := parseAll(t, new(Parser), []byte(in))
	a := as[0]
	kinds := map[AnomalyKind]int{}
	for _, x := range as {
		for _, an := range x.Anomalies {
			kinds[an.Kind]++
		}
	}
	if kinds[Recoded] != 5 || kinds[Control] != 3 {
		t.Errorf("anomalies %v, want 5 recoded runs and 3 control runs", kinds)
	}
	// Each character of Source starts at the input byte InputOffset names:
	// the same byte for ASCII and UTF-8, the Windows-1252 byte otherwise.
	for off, r := range a.Source {
		i := a.InputOffset(off)
		if i < 0 || i >= len(in) {
			t.Fatalf("InputOffset(%d) = %d, outside the input", off, i)
		}
		if r < 0x80 && in[i] != byte(r) {
			t.Errorf("offset %d (%q): input byte %d is %q", off, r, i, in[i])
		}
	}
	if got := a.InputOffset(len(a.Source)); got != len(in) {
		t.Errorf("InputOffset(end) = %d, want %d", got, len(in))
	}
}

// nextControl, which tests eight bytes at a time, finds what a byte by
// byte scan finds, at every offset of inputs mixing text, line ends and
// control bytes at every alignment.
func TestNextControl(t *testing.T) {
	alphabet := []byte("ab \n\r\t\x00\x01\x1f\x20\x7f\xc3\xa9")
	naive := func(s string, i int) int {
		for ; i < len(s); i++ {
			if isControl(s[i]) {
				return i
			}
		}
		return len(s)
	}
	seed := uint32(1)
	for n := 0; n < 2000; n++ {
		b := make([]byte, n%41)
		for i := range b {
			seed = seed*1664525 + 1013904223
			b[i] = alphabet[seed>>24%uint32(len(alphabet))]
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			if got, want := nextControl(s, i), naive(s, i); got != want {
				t.Fatalf("nextControl(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
