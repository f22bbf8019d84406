package newsdoc_test

import (
	"errors"
	"fmt"

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
	// Output:
	// Parkeerplan goedgekeurd
	// Jan Peeters | 2021-03-16T22:47+01:00 | Binnenland | nl
	// paragraph 85-135
	// subheading 137-151
	// paragraph 153-221
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

func ExampleArticle_Position() {
	a, _ := newsdoc.Parse([]byte(article))
	p := a.Position(a.Blocks[2].Span.Start)
	fmt.Printf("line %d, column %d\n", p.Line, p.Column)
	// Output: line 9, column 1
}

func ExampleParseError() {
	_, err := newsdoc.Parse([]byte("Titel\n\nTekst\x00"))
	var pe *newsdoc.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Pos.Line, pe.Pos.Column, errors.Is(err, newsdoc.ErrBinary))
	}
	fmt.Println(err)
	// Output:
	// 3 6 true
	// newsdoc: 3:6: binary data, not text
}
