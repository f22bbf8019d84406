package quotes

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestLinearTime guards against quadratic blow-ups on long inputs full of
// marks, names and pronouns: four times the text may take about four times
// as long, not sixteen. The best of five runs, and a ratio rather than an
// absolute time, so that a loaded machine does not fail it.
func TestLinearTime(t *testing.T) {
	inputs := map[string]func(n int) string{
		"sentences": func(n int) string {
			return strings.Repeat(`Jan Peeters zei: "Dit is het plan", en Anna de Vries zei "nee" tegen hij. ' " „ ‘ `+"\n\n", n)
		},
		// One sentence of thousands of quotations: every quotation looks
		// back to the start of its sentence.
		"one sentence": func(n int) string { return strings.Repeat(`"woord" en `, n*8) },
		// Every "the governor said" reads the persons tied to the noun.
		"roles": func(n int) string {
			return strings.Repeat(`Governor Ann Quorbel spoke. The governor said prices rose. "Fuel feeds everything," she said. Justice Tom Vinsha agreed. "Delay is no formality," the judge said.`+"\n\n", n)
		},
		// A participle phrase that opens one long sentence of
		// quotations; "the union" looks back for a body named so; Dutch
		// compounds before names.
		"participles": func(n int) string {
			return "Describing the plan " + strings.Repeat(`as "reckless" and "cruel", the Westland Teachers Union, `, n) + "said. " +
				strings.Repeat(`Zorgverzekeraar Quorbel Kruis meldt "ja", aldus de bewindsman. "No," the union said. `, n)
		},
		// One word of thousands of letters, capitalised before a name, in
		// Dutch, where compounds are split: each split point must not
		// hash the rest of the word.
		"long word": func(n int) string {
			return "Zorg" + strings.Repeat("verzekeraar", n*4) + " Quorbel Kruis zegt \"ja\". De " + strings.Repeat("woordvoerster", n*4) + " zei \"nee\"."
		},
		// Every pronoun after "the 46-year-old" and every "the 46-year-old
		// said" ask whom the article gave that age, over all the aged
		// names; parents, couples and double surnames look around names.
		"ages": func(n int) string {
			return strings.Repeat(`Tom Hale, 45, was charged. Interviewed under caution, the 46-year-old told officers he had "looked down". "I did not see him," he said. Her parents, Luc and Ann Quorbel-van Dam, came. Ann Quorbel wept. "We miss her," her husband said. `, n)
		},
		// Every "the accused said" looks back for a suspect's name, an
		// initial for a surname, past all the names since the one.
		"suspects": func(n int) string {
			return "Kevin Q. stood trial. " + strings.Repeat("Ann Vinsha testified.\n\n\"I was scared,\" the accused said.\n\n", n)
		},
		// Every quotation asks which organisation "the company" is, over
		// all the organisations named before it.
		"the company": func(n int) string {
			return strings.Repeat(`Shares of Vinsha Robotics rose. "We grew," the company said.`+"\n\n", n)
		},
		// One long sentence of names in relative clauses after names,
		// statements, double surnames and bodies joined by "and": the
		// mechanisms that look around a name or a document noun.
		"clauses": func(n int) string {
			return strings.Repeat(`Ann Quorbel-de Vinsha, whose son Tom Hale and Farrowdale Nurses and Midwives Union (FNMU) met, said in a statement "yes", `, n) + "."
		},
		// Bodies with lists of fields, titles before names, descriptions
		// with two phrases of place.
		"lists": func(n int) string {
			return strings.Repeat(`The Ministry for Agriculture, Fisheries and Animal Rights said so. Port MEC Tom Vinsha agreed. "Yes," said the MEC. A woman from a shop in Quorbel Street said "no". `, n)
		},
		// Acronyms of names spelled out, all different: each is looked
		// up among the names.
		"acronyms": func(n int) string {
			var b strings.Builder
			for i := range n {
				x, y := string(rune('A'+i%26)), string(rune('A'+i/26%26))
				fmt.Fprintf(&b, "The %sorth %sivers Board met. \"We act,\" the %sB said.\n\n", x, y, x+y)
			}
			return b.String()
		},
		// Middle names alone, after names of three words each.
		"middles": func(n int) string {
			var b strings.Builder
			for i := range n {
				fmt.Fprintf(&b, "Grace A%d Vinsha spoke. \"Yes,\" A%d said.\n\n", i, i)
			}
			return b.String()
		},
		// Surnames shaped like adjectives of place, all different.
		"se-surnames": func(n int) string {
			var b strings.Builder
			for i := range n {
				fmt.Fprintf(&b, "Hilde Van Q%dse spoke. \"Yes,\" zegt Van Q%dse.\n\n", i, i)
			}
			return b.String()
		},
		"statements": func(n int) string {
			return strings.Repeat(`The Quorbel Association said in a statement that it would act. "We act," the statement said. Van der Quorbel agreed.`+"\n\n", n)
		},
	}
	for name, gen := range inputs {
		t.Run(name, func(t *testing.T) {
			timeOf := func(n int) time.Duration {
				src := gen(n)
				segs := segments(src)
				best := time.Duration(1 << 62)
				for range 5 {
					start := time.Now()
					Find(src, segs, Options{})
					best = min(best, time.Since(start))
				}
				return best
			}
			timeOf(50) // warm up
			small, big := timeOf(500), timeOf(2000)
			t.Logf("500 units: %v, 2000 units: %v", small, big)
			if big > 10*small+20*time.Millisecond {
				t.Errorf("4× the input took %v against %v: not linear", big, small)
			}
		})
	}
}
