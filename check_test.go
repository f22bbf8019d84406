package newsdoc

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkSpans checks the span invariants of every article parsed from one
// source: each span lies inside Source on code point boundaries, each text
// equals the source bytes it covers, quotes are ordered and their marks lie
// around their text.
func checkSpans(t testing.TB, src string, as []*Article) {
	t.Helper()
	span := func(what string, s Span, text string) {
		t.Helper()
		if s.Start < 0 || s.Start > s.End || s.End > len(src) {
			t.Fatalf("%s: span %v outside source of %d bytes", what, s, len(src))
		}
		if !utf8.RuneStart(byteAt(src, s.Start)) || !utf8.RuneStart(byteAt(src, s.End)) {
			t.Errorf("%s: span %v cuts a code point", what, s)
		}
		if got := src[s.Start:s.End]; got != text {
			t.Errorf("%s: source[%d:%d] = %q, text %q", what, s.Start, s.End, got, text)
		}
	}
	for _, a := range as {
		if a.Source != src {
			t.Fatalf("article %d: Source differs from the input", a.Index)
		}
		span("article", a.Span, src[a.Span.Start:a.Span.End])
		span("headline", a.Headline.Span, a.Headline.Text)
		span("section", a.Section.Span, a.Section.Text)
		for _, f := range a.Authors {
			span("author", f.Span, f.Text)
		}
		for _, b := range a.Blocks {
			span("block "+b.Kind.String(), b.Span, b.Text)
		}
		for _, m := range a.Meta {
			span("meta "+m.Key, m.Span, m.Value)
		}
		for _, p := range a.People {
			for _, m := range p.Mentions {
				span("person "+p.Name, m, src[m.Start:m.End])
			}
		}
		prev := -1
		for i, q := range a.Quotes {
			if q.Person < -1 || q.Person >= len(a.People) || q.Person >= 0 && a.People[q.Person].Name != q.Speaker {
				t.Errorf("quote %d: person %d does not name speaker %q", i, q.Person, q.Speaker)
			}
			span("quote", q.Span, q.Text)
			span("speaker", q.SpeakerSpan, src[q.SpeakerSpan.Start:q.SpeakerSpan.End])
			span("cue", q.CueSpan, src[q.CueSpan.Start:q.CueSpan.End])
			if q.Span.Start < prev {
				t.Errorf("quote %d starts at %d, before quote %d", i, q.Span.Start, i-1)
			}
			prev = q.Span.Start
			if !q.Open.IsZero() && q.Open.End > q.Span.Start {
				t.Errorf("quote %d: opening mark %v after text %v", i, q.Open, q.Span)
			}
			if !q.Close.IsZero() && q.Close.Start < q.Span.End {
				t.Errorf("quote %d: closing mark %v before text end %v", i, q.Close, q.Span)
			}
			if q.Block < -1 || q.Block >= len(a.Blocks) {
				t.Errorf("quote %d: block %d of %d", i, q.Block, len(a.Blocks))
			}
		}
	}
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0 // the end is always a boundary
	}
	return s[i]
}

// checkNothingLost checks that every byte of the source that is not white
// space belongs to a field, a block or a meta value of some article.
func checkNothingLost(t testing.TB, src string, as []*Article) {
	t.Helper()
	covered := make([]bool, len(src)+1)
	mark := func(s Span) {
		for i := s.Start; i < s.End && i < len(src); i++ {
			covered[i] = true
		}
	}
	for _, a := range as {
		mark(a.Headline.Span)
		mark(a.Section.Span)
		for _, f := range a.Authors {
			mark(f.Span)
		}
		for _, b := range a.Blocks {
			mark(b.Span)
		}
		for _, m := range a.Meta {
			mark(m.Span)
		}
	}
	for i, r := range src {
		if covered[i] || unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' {
			continue
		}
		end := min(len(src), i+40)
		t.Errorf("byte %d (%q) belongs to no field: %q", i, r, strings.TrimSpace(src[i:end]))
		return
	}
}
