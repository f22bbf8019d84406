package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDups: the same story in two layouts, its paragraphs reordered and
// a word changed, is one pair; an unrelated article is in none; a
// repeated story within one file pairs with itself.
func TestDups(t *testing.T) {
	p1 := "De gemeenteraad van Gent heeft gisteravond de begroting voor volgend jaar goedgekeurd, ondanks luid protest van de oppositie en de vakbonden."
	p2 := "Volgens schepen Els Maes had de stad geen andere keuze dan te besparen op cultuur, sport en de openbare netheid in alle wijken."
	p3 := "De vakbonden kondigen voor volgende week een staking aan bij de stedelijke diensten en vragen een nieuw overleg met het college."
	dump := func(head, body string) string {
		return " date 2019-01 " + head + " Jan Smit\n\n10 januari 2019\n\n07u12 5 Binnenland " + body + "\n"
	}
	dir := t.TempDir()
	write := func(name, s string) string {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return f
	}
	a := write("a.txt", dump("Gent keurt begroting goed", p1+"\n\n"+p2+"\n\n"+p3)+
		dump("Storm legt treinverkeer stil", "Door de storm rijden er sinds vanochtend geen treinen tussen Gent en Brugge, meldt de spoorwegmaatschappij."))
	b := write("b.txt", "Titel: Begroting Gent goedgekeurd\nDatum: 10 januari 2019\n\n"+
		p3+"\n\n"+p1+"\n\n"+strings.Replace(p2, "netheid", "reinheid", 1)+"\n")

	var out, errb bytes.Buffer
	if code := run([]string{"dups", "-threshold", "0.8", dir}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one pair, got %q", out.String())
	}
	var p dupPair
	if err := json.Unmarshal([]byte(lines[0]), &p); err != nil {
		t.Fatal(err)
	}
	if p.A != a+"#0" || p.B != b+"#0" || p.Jaccard < 0.8 || p.Jaccard >= 1 || p.Estimate < 0.7 || p.SameHeadline ||
		p.HeadlineA != "Gent keurt begroting goed" || p.HeadlineB != "Begroting Gent goedgekeurd" {
		t.Errorf("pair %+v", p)
	}

	// A stricter threshold than the pair's similarity: no pair.
	out.Reset()
	if code := run([]string{"dups", "-threshold", "0.99", dir}, nil, &out, &errb); code != 0 || out.Len() != 0 {
		t.Errorf("-threshold 0.99: exit %d, %q", code, out.String())
	}
	// The same file twice: every article pairs with itself, and the
	// headlines are the same.
	out.Reset()
	if code := run([]string{"dups", a, a}, nil, &out, &errb); code != 0 || strings.Count(out.String(), `"same_headline":true`) != 2 {
		t.Errorf("a file twice: exit %d, %q", code, out.String())
	}
	for _, th := range []string{"0", "1.5", "x"} {
		errb.Reset()
		if code := run([]string{"dups", "-threshold", th, dir}, nil, &out, &errb); code != 2 || errb.Len() == 0 {
			t.Errorf("-threshold %s: exit %d, %q", th, code, errb.String())
		}
	}
}
