package newsdoc_test

import (
	"fmt"

	"github.com/newsdoc/newsdoc"
)

func ExampleNearDuplicates() {
	wire := " date 2019-01 Storm legt treinverkeer stil Redactie\n\n10 januari 2019\n\n07u12 5 Binnenland " +
		"Door de storm rijden er sinds vanochtend geen treinen tussen Gent en Brugge.\n\n" +
		"Een woordvoerder van de spoorwegen zegt dat de hinder minstens tot de middag zal duren.\n"
	// The same story in another paper: another headline, the paragraphs
	// in another order.
	other := "Titel: Geen treinen tussen Gent en Brugge\nDatum: 10 januari 2019\n\n" +
		"Een woordvoerder van de spoorwegen zegt dat de hinder minstens tot de middag zal duren.\n\n" +
		"Door de storm rijden er sinds vanochtend geen treinen tussen Gent en Brugge.\n"
	var prints []*newsdoc.Print
	for _, src := range []string{wire, other} {
		a, err := newsdoc.Parse([]byte(src))
		if err != nil {
			panic(err)
		}
		prints = append(prints, newsdoc.Fingerprint(a))
	}
	for _, p := range newsdoc.NearDuplicates(prints, 0.9) {
		fmt.Printf("%d and %d: Jaccard %.2f\n", p.A, p.B, p.Jaccard)
	}
	// Output:
	// 0 and 1: Jaccard 1.00
}
