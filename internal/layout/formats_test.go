package layout

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// fixtures returns the format fixtures by layout directory; the Latin-1
// Mediargus copy is decoded as the root package decodes it.
func fixtures(t testing.TB) map[string]string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/formats/*/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	out := map[string]string{}
	for _, f := range files {
		if !strings.HasSuffix(f, ".txt") {
			continue // goldens and candidate files
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(f, "-latin1.txt") {
			if b, err = charmap.Windows1252.NewDecoder().Bytes(b); err != nil {
				t.Fatal(err)
			}
		}
		out[f] = string(b)
	}
	return out
}

func TestDetectFixtures(t *testing.T) {
	for f, src := range fixtures(t) {
		want := filepath.Base(filepath.Dir(f))
		if got := Detect(src, Options{}); got != want {
			t.Errorf("%s: Detect = %q, want %q", f, got, want)
		}
		for _, d := range Parse(src, Options{}) {
			if d.Format != want && !(want == "text" && d.Format == "text") {
				t.Errorf("%s: doc format %q", f, d.Format)
			}
		}
	}
}

// TestLatin1Mediargus checks the Latin-1 export parses like its UTF-8 copy.
func TestLatin1Mediargus(t *testing.T) {
	fx := fixtures(t)
	utf := Parse(fx["../../testdata/formats/mediargus/nl-toc.txt"], Options{})
	lat := fx["../../testdata/formats/mediargus/nl-toc-latin1.txt"]
	got := Parse(lat, Options{})
	if len(got) != len(utf) {
		t.Fatalf("%d docs, want %d", len(got), len(utf))
	}
	for i, d := range got {
		if h := spanText(lat, d.Headline); !strings.Contains(h, " ") || i == 1 && h != "Café De Zwaan sluit na honderd jaar" {
			t.Errorf("doc %d headline %q", i, h)
		}
		if c, _ := meta(lat, d, "copyright"); !strings.HasPrefix(c, "©") {
			t.Errorf("doc %d copyright %q", i, c)
		}
	}
}

// TestNotConfused: the dump layout, the plain layout and free text never
// pass for each other or for an export, whatever their language.
func TestNotConfused(t *testing.T) {
	tests := []struct{ in, want string }{
		{" date 2018-04 Kop Jan Jansen\n\n05 april 2018\n\n00u54 2 Internet Tekst.", "dump"},
		{" date 2019-01 Storm disrupts rail Reuters\n\n10 January 2019\n\n08:40 0 World Trains stopped.\n\nLENGTH: the line is 40 km.", "dump"},
		{"Een kop\n\n5 april 2018\n\nTekst van het artikel.", "plain"},
		{"A headline\n\nMarch 8, 2010\n\nSource: the council. LENGTH of the road: 4 km.", "plain"},
		{"Een kop\n\nDoor Jan Peeters\n\n5 april 2018\n\nTekst.", "plain"},
		{"Zomaar een alinea.\n\nEn nog een alinea over 2018.", "text"},
		{"Source: a spokesman.\n\nThe council met on Monday.", "text"},
		{"1. Eerste punt\n\n2. Tweede punt, p. 4", "text"},
		{"BARACK OBAMA, PRESIDENT- Thank you.\n\nEnd of story.", "text"},
		{"Title: only one label\n\nBody text.", "text"},
	}
	for _, tc := range tests {
		if got := Detect(tc.in, Options{}); got != tc.want {
			t.Errorf("Detect(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ in, dateline, place, agency string }{
		{"LONDON (Reuters) - Shares fell.", "LONDON (Reuters) -", "LONDON", "Reuters"},
		{"WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) —", "WASHINGTON", "AP"},
		{"FIREBAUGH, Calif. -- Farmers said.", "FIREBAUGH, Calif. --", "FIREBAUGH, Calif.", ""},
		{"DEN HAAG (ANP) - Het kabinet wil meer.", "DEN HAAG (ANP) -", "DEN HAAG", "ANP"},
		{"BRUSSEL (Belga) - De regering.", "BRUSSEL (Belga) -", "BRUSSEL", "Belga"},
		{"ROTTERDAM - De haven groeit.", "ROTTERDAM -", "ROTTERDAM", ""},
		{"LOS ANGELES (CNS) - A fire.", "LOS ANGELES (CNS) -", "LOS ANGELES", "CNS"},
		{"DEN HAAG, dinsdag", "DEN HAAG, dinsdag", "DEN HAAG", ""},
		{"\u00a0 LONDON (Reuters) - Shares fell.", "LONDON (Reuters) -", "LONDON", "Reuters"},
		{"ÉCAUSSINNES (Belga) - De brand.", "ÉCAUSSINNES (Belga) -", "ÉCAUSSINNES", "Belga"},
		{"L'AQUILA - A quake.", "L'AQUILA -", "L'AQUILA", ""},
		// No datelines.
		{"BARACK OBAMA, PRESIDENT- Thank you all.", "", "", ""},
		{"NAVO - en EU-landen willen meer.", "", "", ""},
		{"NATO - and EU members met.", "", "", ""},
		{"De politie - die snel ter plaatse was - zegt.", "", "", ""},
		{"AMSTERDAM is een stad.", "", "", ""},
		{"EU - Het plan.", "", "", ""},
		{"DEN HAAG, dinsdag. Het kabinet.", "", "", ""},
		{"OBAMA: We will.", "", "", ""},
		{"Rotterdam - De haven groeit.", "", "", ""},
		{"\u00a0Rotterdam (ANP) - De haven.", "", "", ""},
	}
	for _, tc := range tests {
		dl, place, agency, rest, ok := findDateline(tc.in, Span{Start: 0, End: len(tc.in)})
		if !ok {
			if tc.dateline != "" {
				t.Errorf("%q: no dateline, want %q", tc.in, tc.dateline)
			}
			continue
		}
		got := []string{spanText(tc.in, dl), spanText(tc.in, place), spanText(tc.in, agency)}
		if diff := cmpDiff([]string{tc.dateline, tc.place, tc.agency}, got); diff != "" {
			t.Errorf("%q: (-want +got)\n%s", tc.in, diff)
		}
		if rest.Len() > 0 && rest.Start <= dl.End {
			t.Errorf("%q: rest %v overlaps %v", tc.in, rest, dl)
		}
	}
}

// genLexis writes n LexisNexis documents in alternating interface
// languages.
func genLexis(n int) string {
	var b strings.Builder
	b.WriteString("Download Request: Current Document: 1\nTerms: haven\nSource: Kranten\n\n")
	months := []string{"January", "February", "March"}
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%30s%d of %d DOCUMENTS\n\n", "", i, n)
		fmt.Fprintf(&b, "%30sCourier %d\n\n", "", i%7)
		fmt.Fprintf(&b, "%28s%s %d, 2010 Monday\n\n", "", months[i%3], i%28+1)
		if i%2 == 0 {
			fmt.Fprintf(&b, "Headline number %d about the harbour\n\n", i)
			fmt.Fprintf(&b, "BYLINE: Reporter %c. Smith\n\nSECTION: NEWS; Pg. %d\n\nLENGTH: %d words\n\n", 'A'+rune(i%26), i%40+1, 100+i)
		} else { // the Dutch interface has the headline as a field
			fmt.Fprintf(&b, "LENGTE: %d woorden\n\nKOP: Kop %d\n\nAUTEUR: JANSEN, PIET\n\nTEKST:\n\n", 100+i, i)
		}
		fmt.Fprintf(&b, "First paragraph of article %d, with a sentence.\n\nSecond paragraph.\n\n", i)
		fmt.Fprintf(&b, "LOAD-DATE: March %d, 2010\n\nLANGUAGE: ENGLISH\n\n%20sCopyright 2010 Courier Group\n\n", i%28+1, "")
	}
	return b.String()
}

func TestLexisThousand(t *testing.T) {
	const n = 1200
	src := genLexis(n)
	if got := Detect(src, Options{}); got != "lexisnexis" {
		t.Fatalf("Detect = %q", got)
	}
	docs := Parse(src, Options{})
	if len(docs) != n {
		t.Fatalf("%d docs, want %d", len(docs), n)
	}
	for i, d := range docs {
		k := i + 1
		g := func(key string) string { v, _ := meta(src, d, key); return v }
		wantHead := fmt.Sprintf("Headline number %d about the harbour", k)
		wantLen := fmt.Sprintf("%d words", 100+k)
		if k%2 == 1 {
			wantHead = fmt.Sprintf("Kop %d", k)
			wantLen = fmt.Sprintf("%d woorden", 100+k)
		}
		got := []string{d.Format, g("counter"), g("outlet"), spanText(src, d.Headline), g("length"), g("load_date"), g("copyright"), fmt.Sprint(len(d.Blocks)), d.Lang}
		want := []string{"lexisnexis", fmt.Sprintf("%d of %d DOCUMENTS", k, n), fmt.Sprintf("Courier %d", k%7), wantHead, wantLen,
			fmt.Sprintf("March %d, 2010", k%28+1), "Copyright 2010 Courier Group", "2", "en"}
		if diff := cmpDiff(want, got); diff != "" {
			t.Fatalf("doc %d (-want +got)\n%s", k, diff)
		}
		if !strings.HasSuffix(spanText(src, d.DateText), "2010 Monday") || len(d.Authors) != 1 {
			t.Fatalf("doc %d: date %q, authors %d", k, spanText(src, d.DateText), len(d.Authors))
		}
	}
	if v, _ := meta(src, docs[0], "search_terms"); v != "haven" {
		t.Errorf("cover search terms %q", v)
	}
}

func benchFixture(b *testing.B, src, format string) {
	if got := Detect(src, Options{}); got != format {
		b.Fatalf("Detect = %q, want %q", got, format)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Parse(src, Options{})
	}
}

func BenchmarkLayouts(b *testing.B) {
	fx := fixtures(b)
	many := func(f string, n int) string { return strings.Repeat(fx["../../testdata/formats/"+f]+"\n\n", n) }
	cases := []struct{ name, src, format string }{
		{"lexisnexis", genLexis(500), "lexisnexis"},
		{"nexis", many("nexis/en-harbour.txt", 200), "nexis"},
		{"mediargus", many("mediargus/nl-toc.txt", 200), "mediargus"},
		{"labelled", many("labelled/en-two-articles.txt", 200), "labelled"},
		{"plain", fx["../../testdata/formats/plain/nl-door.txt"], "plain"},
		{"text", many("text/nl-belga.txt", 200), "text"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) { benchFixture(b, c.src, c.format) })
	}
}

// TestSectionBeforeBar: a plain layout's section may open the byline
// line before a bar; a label before the date line is no section.
func TestSectionBeforeBar(t *testing.T) {
	for _, tc := range []struct {
		name, in, section string
		authors           []string
	}{
		{"a label before the date is none", "Kabinet valt\n\nNieuwsbericht | 19 februari 2025, 17:48\n\nJan Quorbel\n\nHet kabinet is gevallen.\n\nDe Kamer vergadert.", "", []string{"Jan Quorbel"}},
		{"before an agency", "Quorbel wint\n\n20-02-25, 23:14\n\nDarts | Belga\n\nQuorbel heeft gewonnen.\n\nHij was blij.", "Darts", []string{"Belga"}},
		{"before a name", "Quorbel wint\n\n20-02-25, 23:14\n\nSport | Ada Quorbel\n\nQuorbel heeft gewonnen.\n\nHij was blij.", "Sport", []string{"Ada Quorbel"}},
		{"a sentence with a bar is none", "Quorbel wint\n\n20-02-25, 23:14\n\nDe score | twee tegen een\n\nQuorbel heeft gewonnen.\n\nHij was blij.", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := Parse(tc.in, Options{})
			if len(ds) != 1 || ds[0].Format != "plain" {
				t.Fatalf("got %d docs, format %q; want one plain doc", len(ds), ds[0].Format)
			}
			if got := spanText(tc.in, ds[0].Section); got != tc.section {
				t.Errorf("section %q, want %q", got, tc.section)
			}
			var authors []string
			for _, a := range ds[0].Authors {
				authors = append(authors, spanText(tc.in, a))
			}
			if diff := cmpDiff(tc.authors, authors); diff != "" {
				t.Errorf("authors (-want +got)\n%s", diff)
			}
		})
	}
}

// TestHeadlineAndByline: in a text of no known layout, a first line
// shaped like a heading is the headline; there and in the plain layout a
// byline may follow the headline or the date line, with "Door"/"By" or
// as a person's name on its own.
func TestHeadlineAndByline(t *testing.T) {
	tests := []struct {
		name, in, format, headline string
		authors                    []string
	}{
		{"title and body", "Storm closes the harbour\n\nThe harbour closed on Monday.\n\nShips waited outside.", "text", "Storm closes the harbour", nil},
		{"title and byline", "Boeren blokkeren snelweg\n\nDoor Sanne de Wit\n\nHonderden boeren blokkeerden de weg.", "text", "Boeren blokkeren snelweg", []string{"Sanne de Wit"}},
		{"title and a name", "Boeren blokkeren snelweg\n\nSanne de Quorbel\n\nHonderden boeren blokkeerden de weg.", "text", "Boeren blokkeren snelweg", []string{"Sanne de Quorbel"}},
		{"a sentence first", "The harbour closed on Monday.\n\nShips waited outside.", "text", "", nil},
		{"a label first", "ANALYSE\n\nDe haven sloot maandag.\n\nSchepen wachtten.", "text", "", nil},
		{"one block", "Storm closes the harbour", "text", "", nil},
		{"a name under the date", "Kerk krijgt nieuwe bestemming\n\n3 maart 2024, 10:12\nJoris Van Quorbel\n\nDe kerk wordt een bibliotheek.\n\nDe buurt is blij.", "plain", "Kerk krijgt nieuwe bestemming", []string{"Joris Van Quorbel"}},
		{"initials and a surname under the date", "Bridge reopens\n\n8 March 2024 14:30\nJ.P. Quorbel\n\nThe bridge reopened.\n\nTraffic flowed.", "plain", "Bridge reopens", []string{"J.P. Quorbel"}},
		{"three words of a name under the date", "Bridge reopens\n\n8 March 2024 14:30\nMei Ling Quorbel\n\nThe bridge reopened.\n\nTraffic flowed.", "plain", "Bridge reopens", []string{"Mei Ling Quorbel"}},
		{"a name and a job under the date", "Bridge reopens\n\n8 March 2024 14:30\nAda Quorbel, Health correspondent\n\nThe bridge reopened.\n\nTraffic flowed.", "plain", "Bridge reopens", []string{"Ada Quorbel"}},
		{"a name and a section under the date", "Bridge reopens\n\n8 March 2024 14:30\nAda Quorbel | Business\n\nThe bridge reopened.\n\nTraffic flowed.", "plain", "Bridge reopens", []string{"Ada Quorbel"}},
		{"a job before the name", "Bridge reopens\n\n8 March 2024 14:30\nBy political reporter Ada Quorbel\n\nThe bridge reopened.\n\nTraffic flowed.", "plain", "Bridge reopens", []string{"Ada Quorbel"}},
		{"a name above the date", "Buurt in verzet\nWouter Quorbel\n12 maart 2024 17:05\n\nBewoners verzetten zich.\n\nDe raad beslist.", "plain", "Buurt in verzet", []string{"Wouter Quorbel"}},
		{"a name and a sentence under the date", "Bridge reopens\n\n8 March 2024 14:30\nAda Quorbel, who built it, spoke\n\nThe bridge reopened.\n\nTraffic flowed.", "plain", "Bridge reopens", nil},
		{"an agency under the date", "Kabinet valt\n\n3 maart 2024, 11:52\n\nANP\n\nHet kabinet is gevallen.\n\nDe Kamer vergadert.", "plain", "Kabinet valt", []string{"ANP"}},
		{"an unknown word under the date", "Kabinet valt\n\n3 maart 2024, 11:52\n\nQuorbel\n\nHet kabinet is gevallen.\n\nDe Kamer vergadert.", "plain", "Kabinet valt", nil},
		{"a byline over its desk", "Storm nears\n\nTuesday, July 01, 2025\nBY ADA QUORBEL\nWestern Bureau\n\nThe storm neared the coast.\n\nShelters opened.", "plain", "Storm nears", []string{"ADA QUORBEL"}},
		{"a byline over a job", "Storm nears\n\nTuesday, July 01, 2025\nBy Ada Quorbel\nStaff reporter\n\nThe storm neared the coast.\n\nShelters opened.", "plain", "Storm nears", []string{"Ada Quorbel"}},
		{"a byline over a sentence", "Storm nears\n\nTuesday, July 01, 2025\nBy Ada Quorbel\nThe storm neared the coast.\n\nShelters opened.", "plain", "Storm nears", nil},
		{"a place under the date", "Kabinet valt\n\n3 maart 2024\nDen Haag\n\nHet kabinet is gevallen.\n\nDe Kamer vergadert.", "plain", "Kabinet valt", nil},
		{"a name and nothing after it", "Kerk krijgt nieuwe bestemming\n\n3 maart 2024\nJoris Van Quorbel", "plain", "Kerk krijgt nieuwe bestemming", nil},
		{"a sentence under the date", "Kerk krijgt nieuwe bestemming\n\n3 maart 2024\nJoris Quorbel sprak.\n\nDe buurt is blij.", "plain", "Kerk krijgt nieuwe bestemming", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := Parse(tc.in, Options{})
			if len(ds) != 1 || ds[0].Format != tc.format {
				t.Fatalf("got %d docs, format %q; want one %s doc", len(ds), ds[0].Format, tc.format)
			}
			d := ds[0]
			if got := spanText(tc.in, d.Headline); got != tc.headline {
				t.Errorf("headline %q, want %q", got, tc.headline)
			}
			var authors []string
			for _, a := range d.Authors {
				authors = append(authors, spanText(tc.in, a))
			}
			if diff := cmpDiff(tc.authors, authors); diff != "" {
				t.Errorf("authors (-want +got)\n%s", diff)
			}
		})
	}
}

func TestHeaderDate(t *testing.T) {
	tests := []struct {
		in, value string // value "" for no header
	}{
		{" date 2020-09 Kop Jan Smit", "2020-09"},
		{"date 2020 Kop", "2020"},
		{"\ufeff date 2020-09-21 Kop", "2020-09-21"},
		{" date\u00a02020-09\u00a0Kop", "2020-09"},
		{" date\t2020-09\tKop", "2020-09"},
		{" date 2020-09", "2020-09"},
		{" dates 2020-09 Kop", ""},
		{" date 2020-9 Kop", ""},
		{" date 2020-09x Kop", ""},
		{" date\u00a0", ""},
	}
	for _, tc := range tests {
		_, v, ok := headerDate(tc.in, lineAt(tc.in, 0))
		got := ""
		if ok {
			got = tc.in[v.Start:v.End]
		}
		if got != tc.value {
			t.Errorf("headerDate(%q) = %q, want %q", tc.in, got, tc.value)
		}
	}
}
