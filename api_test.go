package newsdoc

import (
	"bytes"
	"encoding/json"
	"testing"

	"golang.org/x/text/language"
)

// TestAPIPitfalls covers item 21 of issue 9: one JSON schema for an
// Article value and a pointer, clamped Text and Position, one rule for a
// nil Location, and -1 for a quote without a person.
func TestAPIPitfalls(t *testing.T) {
	src := []byte(" date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\n00u54 2 Internet \"Het is zo\", zei een woordvoerder. \"Klopt\", zei Jan Peeters.\n")
	a, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("MarshalJSON value and pointer", func(t *testing.T) {
		byPtr, err1 := json.Marshal(a)
		byVal, err2 := json.Marshal(*a)
		if err1 != nil || err2 != nil || !bytes.Equal(byPtr, byVal) {
			t.Errorf("json.Marshal(*a) = %s\njson.Marshal(a) = %s", byVal, byPtr)
		}
		inSlice, _ := json.Marshal([]Article{*a})
		if !bytes.Equal(inSlice, append(append([]byte("["), byPtr...), ']')) {
			t.Errorf("[]Article gives another schema: %s", inSlice)
		}
	})

	t.Run("Text clamps", func(t *testing.T) {
		n := len(a.Source)
		tests := []struct {
			s    Span
			want string
		}{
			{Span{3, 1 << 20}, a.Source[3:]},
			{Span{-4, 5}, a.Source[:5]},
			{Span{10, 2}, ""},
			{Span{n + 5, n + 9}, ""},
			{Span{2, 6}, a.Source[2:6]},
		}
		for _, tc := range tests {
			if got := a.Text(tc.s); got != tc.want {
				t.Errorf("Text(%v) = %q, want %q", tc.s, got, tc.want)
			}
		}
	})

	t.Run("Position clamps", func(t *testing.T) {
		end := a.Position(len(a.Source))
		tests := []struct {
			off  int
			want Position
		}{
			{-5, Position{0, 1, 1}},
			{0, Position{0, 1, 1}},
			{len(a.Source) + 100, end},
		}
		for _, tc := range tests {
			if got := a.Position(tc.off); got != tc.want {
				t.Errorf("Position(%d) = %+v, want %+v", tc.off, got, tc.want)
			}
		}
	})

	t.Run("nil Location, one rule", func(t *testing.T) {
		p := Parser{Language: language.Dutch}
		w, err := p.ParseDate("05 april 2018 00u54")
		if err != nil {
			t.Fatal(err)
		}
		if w.String() != a.Published.String() || w.String() != "2018-04-05T00:54+02:00" {
			t.Errorf("ParseDate = %s, article published %s; want both 2018-04-05T00:54+02:00", w, a.Published)
		}
		en := Parser{Language: language.English}
		if w, _ := en.ParseDate("5 April 2018 00:54"); w.Start.HasOffset {
			t.Errorf("English ParseDate = %s, want no offset", w)
		}
	})

	t.Run("Person -1 without a person", func(t *testing.T) {
		if len(a.Quotes) != 2 {
			t.Fatalf("%d quotes, want 2", len(a.Quotes))
		}
		var j struct{ Quotes []struct{ Person int } }
		b, _ := json.Marshal(a)
		json.Unmarshal(b, &j)
		for i, q := range a.Quotes {
			named := q.Speaker == "Jan Peeters"
			if named && (q.Person < 0 || a.People[q.Person].Name != q.Speaker) || !named && q.Person != -1 {
				t.Errorf("quote %d by %q: person %d", i, q.Speaker, q.Person)
			}
			if j.Quotes[i].Person != q.Person {
				t.Errorf("quote %d: JSON person %d, Person %d", i, j.Quotes[i].Person, q.Person)
			}
		}
	})
}
