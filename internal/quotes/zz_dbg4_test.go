package quotes

import (
	"fmt"
	"os"
	"testing"

	"golang.org/x/text/language"
)

func TestZZDbg4(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("SRCF"))
	src := string(b)
	a := &article{}
	a.prepare(src, segments(src), language.Make(os.Getenv("LANG2")))
	for _, m := range a.people.mentions {
		fmt.Printf("mention %q key=%q org=%v person=%d canon=%q g=%q kg=%q\n", m.name, m.key, m.org, m.person, a.people.canon(m.name), m.gender, a.people.gender[m.key])
	}
}

func TestZZIntros(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("SRCF"))
	src := string(b)
	a := &article{}
	a.prepare(src, segments(src), language.Make(os.Getenv("LANG2")))
	for _, in := range a.intros {
		fmt.Printf("intro %q head=%s subject=%v\n", in.sp.name, in.head, in.subject)
	}
	fmt.Println("personNoun leerkracht", a.personNoun("leerkracht"))
}

func TestZZTies(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("SRCF"))
	src := string(b)
	a := &article{}
	a.prepare(src, segments(src), language.Make(os.Getenv("LANG2")))
	for _, kt := range a.people.ties {
		fmt.Printf("tie %q -> %q\n", kt.noun, kt.tie.name)
	}
}

func TestZZToks(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("SRCF"))
	src := string(b)
	a := &article{}
	a.prepare(src, segments(src), language.Make(os.Getenv("LANG2")))
	for _, s := range a.segs {
		for _, t := range s.toks {
			fmt.Printf("%q ", t.text)
		}
		fmt.Println()
	}
}
