package newsdoc_test

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc"
)

const article = ` date 2021-03 Parkeerplan goedgekeurd Jan Peeters

16 maart 2021

22u47 3 Binnenland De gemeenteraad heeft het parkeerplan goedgekeurd.

Oppositie boos

"Dit plan jaagt de klanten weg", zegt oppositieleider Tom Vermeulen.
`

func Example() {
	a, err := newsdoc.Parse([]byte(article))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline.Text)
	fmt.Println(a.Authors[0].Text, "|", a.Published, "|", a.Section.Text, "|", a.Lang)
	for _, b := range a.Blocks {
		fmt.Printf("%s %d-%d\n", b.Kind, b.Span.Start, b.Span.End)
	}
	for _, q := range a.Quotes {
		fmt.Printf("%q said %s (%s)\n", q.Text, q.Speaker, q.Cue)
	}
	// Output:
	// Parkeerplan goedgekeurd
	// Jan Peeters | 2021-03-16T22:47+01:00 | Binnenland | nl
	// paragraph 85-135
	// subheading 137-151
	// paragraph 153-221
	// "Dit plan jaagt de klanten weg" said Tom Vermeulen (zegt)
}

func ExampleParser() {
	p := newsdoc.Parser{Language: language.English}
	a, err := p.Parse([]byte("Council approves budget\n\nTuesday, March 3, 2020\n\nThe council approved the budget.\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Format, a.Headline.Text, a.Published, a.Published.Precision)
	// Output:
	// plain Council approves budget 2020-03-03 day
}

// With SkipQuotes the parse leaves out quotations and persons, for work
// on the layout, dates and text alone.
func ExampleParser_skipQuotes() {
	p := newsdoc.Parser{SkipQuotes: true}
	a, err := p.Parse([]byte(article))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline.Text, "|", a.Published, "|", len(a.Blocks), "blocks,", len(a.Quotes), "quotes,", len(a.People), "persons")
	// Output:
	// Parkeerplan goedgekeurd | 2021-03-16T22:47+01:00 | 3 blocks, 0 quotes, 0 persons
}

func ExampleParser_Articles() {
	src := []byte(" date 2019-01 Storm legt treinverkeer stil Redactie\n\n10 januari 2019\n\nEr rijden geen treinen door de storm.\n" +
		" date 2019-01 Storm disrupts rail services Reuters\n\n10 January 2019\n\nNo trains run because of the storm.\n")
	for a, err := range new(newsdoc.Parser).Articles(src) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(a.Index, a.Lang, a.Headline.Text, "/", a.Authors[0].Text)
	}
	// Output:
	// 0 nl Storm legt treinverkeer stil / Redactie
	// 1 en Storm disrupts rail services / Reuters
}

func ExampleParser_Each() {
	src := []byte(" date 2019-01 Storm legt treinverkeer stil Redactie\n\n10 januari 2019\n\nEr rijden geen treinen door de storm.\n" +
		" date 2019-01 Storm disrupts rail services Reuters\n\n10 January 2019\n\nNo trains run because of the storm.\n")
	var out []byte
	err := new(newsdoc.Parser).Each(src, func(a *newsdoc.Article) error {
		// The article is reused once fn returns: write it out now.
		out = fmt.Appendf(out, "%d %s %s\n", a.Index, a.Lang, a.Headline.Text)
		return nil
	})
	fmt.Print(string(out), err)
	// Output:
	// 0 nl Storm legt treinverkeer stil
	// 1 en Storm disrupts rail services
	// <nil>
}

func ExampleArticle_Position() {
	a, _ := newsdoc.Parse([]byte(article))
	p := a.Position(a.Blocks[2].Span.Start)
	fmt.Printf("line %d, column %d\n", p.Line, p.Column)
	// Output: line 9, column 1
}

func ExampleParseError() {
	// A PNG image: control bytes throughout.
	png := bytes.Repeat([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 50)
	_, err := newsdoc.Parse(png)
	var pe *newsdoc.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Pos.Line, pe.Pos.Column, errors.Is(err, newsdoc.ErrBinary))
	}
	fmt.Println(err)
	// Output:
	// 2 1 true
	// newsdoc: 2:1: binary data, not text
}

func ExampleParseDate() {
	for _, s := range []string{"05 april 2018", "donderdag 5 apr. 2018 om 14u32", "2018-04", "July 1, 2019 Monday 9:20 AM GMT"} {
		w, err := newsdoc.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(w, w.Start.Precision)
	}
	_, err := newsdoc.ParseDate("gisteren")
	fmt.Println(errors.Is(err, newsdoc.ErrNoReference))
	// Output:
	// 2018-04-05 day
	// 2018-04-05T14:32 minute
	// 2018-04 month
	// 2019-07-01T09:20Z minute
	// true
}

func ExampleParser_FindDates() {
	p := newsdoc.Parser{
		Language: language.Dutch,
		Now:      time.Date(2018, 4, 5, 12, 0, 0, 0, time.UTC),
		Location: time.FixedZone("CEST", 2*3600),
	}
	text := "Het debat van gisteren werd verdaagd tot 19 april om 14.30 uur."
	for _, w := range p.FindDates(text) {
		fmt.Printf("%q %s\n", text[w.Span.Start:w.Span.End], w)
	}
	// Output:
	// "gisteren" 2018-04-04
	// "19 april om 14.30 uur" 2018-04-19T14:30+02:00
}
