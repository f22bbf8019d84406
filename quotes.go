package newsdoc

import (
	"sync"

	"github.com/newsdoc/newsdoc/internal/quotes"
)

// segScratch holds the segment lists handed to quotes.Analyze, which reads
// them during the call and keeps nothing of them in what it returns.
var segScratch = sync.Pool{New: func() any { return new([]quotes.Segment) }}

// resultScratch holds the storage of quotes.AnalyzeInto's results, which
// findQuotes copies out.
var resultScratch = sync.Pool{New: func() any { return new(quotes.Result) }}

// findQuotes fills a.Quotes from the headline and the body blocks.
// The lists go into ls's storage where it has room (see Parser.Each).
func (p *Parser) findQuotes(a *Article, ls *articleLists) {
	sc := segScratch.Get().(*[]quotes.Segment)
	defer segScratch.Put(sc)
	segs := (*sc)[:0]
	segs = append(segs, quotes.Segment{Span: quotes.Span(a.Headline.Span), Kind: quotes.Headline})
	for _, b := range a.Blocks {
		k := quotes.Paragraph
		switch b.Kind {
		case Subheading:
			k = quotes.Subheading
		case Pullquote:
			k = quotes.Pullquote
		case Byline:
			k = quotes.Byline
		case Paragraph:
		default:
			k = quotes.Other
		}
		segs = append(segs, quotes.Segment{Span: quotes.Span(b.Span), Kind: k})
	}
	*sc = segs
	// The results are copied into the article's own types below, so
	// their storage goes back to the pool for the next article.
	res := resultScratch.Get().(*quotes.Result)
	defer resultScratch.Put(res)
	quotes.AnalyzeInto(res, a.Source, segs, quotes.Options{Lang: a.Lang, Indirect: p.Indirect, Ranker: p.ranker, Speech: p.speech, Trace: p.trace})
	qs, people := res.Quotes, res.Persons
	if len(people) > 0 {
		a.People = reuse(ls.people, len(people))
		// The mentions of all the persons share one array, each person's
		// slice capped at its end: one allocation instead of one a person.
		n := 0
		for _, p := range people {
			n += len(p.Mentions)
		}
		all := reuse(ls.mentions, n)[:n]
		ls.mentions = all
		for _, p := range people {
			ms := all[:len(p.Mentions):len(p.Mentions)]
			all = all[len(p.Mentions):]
			for i, m := range p.Mentions {
				ms[i] = Span(m)
			}
			a.People = append(a.People, Person{Name: p.Name, Mentions: ms})
		}
	}
	if len(qs) == 0 {
		return
	}
	a.Quotes = reuse(ls.quotes, len(qs))
	for _, q := range qs {
		a.Quotes = append(a.Quotes, Quote{
			Text:        a.Source[q.Text.Start:q.Text.End],
			Span:        Span(q.Text),
			Open:        Span(q.Open),
			Close:       Span(q.Close),
			Kind:        QuoteKind(q.Kind),
			Speaker:     q.Speaker,
			SpeakerSpan: Span(q.SpeakerSpan),
			Cue:         q.Cue,
			CueSpan:     Span(q.CueSpan),
			Block:       q.Segment - 1,
			Person:      q.Person,
			Confidence:  q.Confidence,
		})
	}
}
