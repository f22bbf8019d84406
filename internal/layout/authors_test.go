package layout

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAuthorSpans(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"By Ross Quill and Rita Vane", []string{"Ross Quill", "Rita Vane"}},
		{"Door Jan Peeters, Els Wouters", []string{"Jan Peeters", "Els Wouters"}},
		{"PRUIM, FRED", []string{"PRUIM, FRED"}},
		{"Daan Hout in Brussel", []string{"Daan Hout"}},
		// A job, desk or newsroom after the name is no author.
		{"By Rupert Cole, Arts Correspondent", []string{"Rupert Cole"}},
		{"By Marie Tremblay, CBC News", []string{"Marie Tremblay"}},
		{"Door Jan Peeters, redacteur", []string{"Jan Peeters"}},
		{"Jan Quorbel, correspondent Oost-Afrika", []string{"Jan Quorbel"}},
		{"Jan Quorbel, economieredactie", []string{"Jan Quorbel"}},
		{"Ada Quorbel, The Northern Quorbel", []string{"Ada Quorbel"}},
		{"Ada Quorbel, Abuja", []string{"Ada Quorbel"}},
		{"By Ada Quorbel, Maple Quorbel Newswire", []string{"Ada Quorbel"}},
		{"Ada Quorbel | Business", []string{"Ada Quorbel"}},
		{"By political reporter Ada Quorbel", []string{"Ada Quorbel"}},
		{"Written by Ada Quorbel", []string{"Ada Quorbel"}},
		// A second name after a comma stays an author; so do initials.
		{"Ada Quorbel, Kathryn Vane", []string{"Ada Quorbel", "Kathryn Vane"}},
		{"Ada Quorbel, K.V.", []string{"Ada Quorbel", "K.V."}},
		{"Van onze correspondent", nil},
	} {
		var got []string
		for _, s := range authorSpans(tc.in, Span{Start: 0, End: len(tc.in)}) {
			got = append(got, tc.in[s.Start:s.End])
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("authorSpans(%q) (-want +got)\n%s", tc.in, diff)
		}
	}
}
