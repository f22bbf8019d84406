package newsdoc

import (
	"testing"

	"github.com/newsdoc/newsdoc/internal/dates"
	"github.com/newsdoc/newsdoc/internal/layout"
	"github.com/newsdoc/newsdoc/internal/quotes"
)

// TestEnumTwins: the public enums are converted from their internal twins
// by number (BlockKind(b.Kind), QuoteKind(q.Kind), Precision(v.Precision)),
// so each pair must keep the same values in the same order, and the same
// names (item 22 of issue 9).
func TestEnumTwins(t *testing.T) {
	blocks := []struct {
		pub BlockKind
		in  layout.Kind
	}{
		{Paragraph, layout.Paragraph}, {Subheading, layout.Subheading}, {Pullquote, layout.Pullquote},
		{Dateline, layout.Dateline}, {Byline, layout.Byline}, {Other, layout.Other},
	}
	for i, b := range blocks {
		if uint8(b.pub) != uint8(b.in) || b.pub.String() != b.in.String() || int(b.pub) != i {
			t.Errorf("block kind %d: public %d %q, internal %d %q", i, b.pub, b.pub, b.in, b.in)
		}
	}
	// No kind on one side only.
	n := len(blocks)
	if BlockKind(n).String() != "unknown" || layout.Kind(n).String() != "unknown" {
		t.Errorf("block kind %d: public %q, internal %q; want both unknown", n, BlockKind(n), layout.Kind(n))
	}

	qs := []struct {
		pub QuoteKind
		in  quotes.Kind
	}{
		{Direct, quotes.Direct}, {Indirect, quotes.Indirect}, {Mixed, quotes.Mixed},
		{PullQuote, quotes.PullQuote}, {Headline, quotes.HeadlineQuote},
	}
	for i, q := range qs {
		if uint8(q.pub) != uint8(q.in) || int(q.pub) != i {
			t.Errorf("quote kind %d: public %d (%s), internal %d", i, q.pub, q.pub, q.in)
		}
	}
	if QuoteKind(len(qs)).String() != "unknown" {
		t.Errorf("quote kind %d has a name but no internal twin", len(qs))
	}

	ps := []struct {
		pub Precision
		in  dates.Precision
	}{
		{PrecisionNone, dates.PrecisionNone}, {PrecisionYear, dates.PrecisionYear}, {PrecisionMonth, dates.PrecisionMonth},
		{PrecisionDay, dates.PrecisionDay}, {PrecisionHour, dates.PrecisionHour}, {PrecisionMinute, dates.PrecisionMinute},
		{PrecisionSecond, dates.PrecisionSecond}, {PrecisionFraction, dates.PrecisionFraction},
	}
	for i, p := range ps {
		if uint8(p.pub) != uint8(p.in) || int(p.pub) != i {
			t.Errorf("precision %d: public %d, internal %d (%s)", i, p.pub, p.in, p.in)
		}
	}
}
