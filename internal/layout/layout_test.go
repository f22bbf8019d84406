package layout

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitByline(t *testing.T) {
	tests := []struct {
		name, in string
		headline string
		authors  []string
	}{
		{"person after quote", `Zuckerberg: "Het is mijn fout" Lieve Van Bastelaere`, `Zuckerberg: "Het is mijn fout"`, []string{"Lieve Van Bastelaere"}},
		{"person", "Nieuw zwembad opent in Gent Peter Lanssens", "Nieuw zwembad opent in Gent", []string{"Peter Lanssens"}},
		{"name in headline too", "Interview met Bart De Wever Lieve Van Bastelaere", "Interview met Bart De Wever", []string{"Lieve Van Bastelaere"}},
		{"two with en", "Parkeerplan goedgekeurd Jan Peeters en Els Van den Broeck", "Parkeerplan goedgekeurd", []string{"Jan Peeters", "Els Van den Broeck"}},
		{"two with and", "Council approves budget Sarah O'Brien and Tom Hughes", "Council approves budget", []string{"Sarah O'Brien", "Tom Hughes"}},
		{"three with commas", "Verkiezingen Anna Smit, Jan de Vries en Ali Yilmaz", "Verkiezingen", []string{"Anna Smit", "Jan de Vries", "Ali Yilmaz"}},
		{"initials", "Storm in de Noordzee J.P. Janssens", "Storm in de Noordzee", []string{"J.P. Janssens"}},
		{"agency", "Van Bronckhorst diep teleurgesteld ANP", "Van Bronckhorst diep teleurgesteld", []string{"ANP"}},
		{"site", "US withdraws troops from Syria Wikinews", "US withdraws troops from Syria", []string{"Wikinews"}},
		{"source after acronym word", "Nederland wil lid worden van VN-Mensenrechtenraad Rijksoverheid", "Nederland wil lid worden van VN-Mensenrechtenraad", []string{"Rijksoverheid"}},
		{"outlet's desk", "Bhalerao powers Vidarbha into final NDTV Sports Desk", "Bhalerao powers Vidarbha into final", []string{"NDTV Sports Desk"}},
		{"outlet's bureau", "Heavy rain inundates Chennai; schools shut on Wednesday The Hindu Bureau", "Heavy rain inundates Chennai; schools shut on Wednesday", []string{"The Hindu Bureau"}},
		{"outlet of three words", "Bus routes axed as operator blames shortage The Moray Quorbel Chronicle", "Bus routes axed as operator blames shortage", []string{"The Moray Quorbel Chronicle"}},
		{"Dutch outlet with its article", "Buschauffeur stapt af Het Westhoeks Nieuwsblad", "Buschauffeur stapt af", []string{"Het Westhoeks Nieuwsblad"}},
		{"outlet with of", "Port strike enters day six The Port of Quorbel Gazette", "Port strike enters day six", []string{"The Port of Quorbel Gazette"}},
		{"place before an outlet without article", "Bosma na honderd jaar terug in Friesland Leeuwarder Courant", "Bosma na honderd jaar terug in Friesland", []string{"Leeuwarder Courant"}},
		{"outlet of three words after a verb", "Ferry breaks down again Quorbel Daily Express", "Ferry breaks down again", []string{"Quorbel Daily Express"}},
		{"outlet with of and no article", "Kiwifruit picking season peaks Bay of Quorbel Sentinel", "Kiwifruit picking season peaks", []string{"Bay of Quorbel Sentinel"}},
		{"outlet with an ampersand", "Streaming deal signed Rights & Quorbel Weekly", "Streaming deal signed", []string{"Rights & Quorbel Weekly"}},
		{"outlet with an abbreviation", "Rents dominate final weekend The St. Quorbel Standard", "Rents dominate final weekend", []string{"The St. Quorbel Standard"}},
		{"Dutch compound outlet", "Aandeel keldert Het Quorbeldagblad", "Aandeel keldert", []string{"Het Quorbeldagblad"}},
		{"known outlet after an adjective", "Honderden huizen ontruimd Limburgs Nieuwsblad", "Honderden huizen ontruimd", []string{"Limburgs Nieuwsblad"}},
		{"article after a place", "Kelders onder water in Quorbelheim Het Quorbels Dagblad", "Kelders onder water in Quorbelheim", []string{"Het Quorbels Dagblad"}},
		{"a compound outlet after a place", "Energiefactuur stijgt met 180 euro Het Quorbels Stadsblad", "Energiefactuur stijgt met 180 euro", []string{"Het Quorbels Stadsblad"}},
		{"a known site after a name", "Tributes paid to actor Quorbel Vane Wikinews", "Tributes paid to actor Quorbel Vane", []string{"Wikinews"}},
		{"too long a run to tell", "Quorbel film sweeps Aotearoa Screen Awards Quorbel Chronicle", "Quorbel film sweeps Aotearoa Screen Awards", []string{"Quorbel Chronicle"}},
		{"article inside a name", "Opvang in voormalig Hotel De Quorbel Gelderse Omroep Nieuws", "Opvang in voormalig Hotel De Quorbel Gelderse", []string{"Omroep Nieuws"}},
		{"outlet with its article", "Talks end without agreement The Quorbel Sentinel", "Talks end without agreement", []string{"The Quorbel Sentinel"}},
		{"outlet's correspondent", "Heatstroke cases rise in Quorbelpur as mercury touches 45.6°C HT Correspondent", "Heatstroke cases rise in Quorbelpur as mercury touches 45.6°C", []string{"HT Correspondent"}},
		{"outlet's news desk", "Kabinet trekt 1,2 miljard uit voor dijken NOS Nieuws", "Kabinet trekt 1,2 miljard uit voor dijken", []string{"NOS Nieuws"}},
		{"desk before the outlet", "Code oranje voor zware windstoten Redactie Omroep Gelderland", "Code oranje voor zware windstoten", []string{"Redactie Omroep Gelderland"}},
		{"capitals with a Mc prefix", "Wolf spotted on ranch in western county JESSE McQUORBEL", "Wolf spotted on ranch in western county", []string{"JESSE McQUORBEL"}},
		{"a government's press office", "Regering trekt 25 miljoen euro uit voor groene speelplaatsen Vlaamse overheid", "Regering trekt 25 miljoen euro uit voor groene speelplaatsen", []string{"Vlaamse overheid"}},
		{"Irish particles", "Parents demand answers after asbestos found in school ceiling Ciarán Mac Giolla Quorbel", "Parents demand answers after asbestos found in school ceiling", []string{"Ciarán Mac Giolla Quorbel"}},
		{"Irish particle", "Theatre company to close as funding bid rejected Siobhán Ní Quorbel", "Theatre company to close as funding bid rejected", []string{"Siobhán Ní Quorbel"}},
		{"hyphenated name", "Regering valt Jean-Marie Dedecker", "Regering valt", []string{"Jean-Marie Dedecker"}},
		{"apostrophe name", "Zaak stopt na 150 jaar Jill D'Hondt", "Zaak stopt na 150 jaar", []string{"Jill D'Hondt"}},
		{"two given names after closing quote", `Zuckerberg: "Het is mijn fout" Anne Marie Verhelst`, `Zuckerberg: "Het is mijn fout"`, []string{"Anne Marie Verhelst"}},
		{"capitals after closing quote", `"Wij gaan door" STAVROS KELEPOURIS`, `"Wij gaan door"`, []string{"STAVROS KELEPOURIS"}},
		{"sentence after quote is no byline", `"Wij gaan door" zegt de minister`, `"Wij gaan door" zegt de minister`, nil},
		{"no author", "Nieuw fietspad langs de Schelde geopend", "Nieuw fietspad langs de Schelde geopend", nil},
		{"no author, acronym end", "Vlaanderen investeert in AI", "Vlaanderen investeert in AI", nil},
		{"function word is no first name", "Waarom dit ertoe doet De Wever", "Waarom dit ertoe doet De Wever", nil},
		{"single word", "Wikinews", "Wikinews", nil},
		{"outlet of two words", "Kabinet valt over stikstof De Telegraaf", "Kabinet valt over stikstof", []string{"De Telegraaf"}},
		{"outlet acronym", "Kamer stemt over begroting NRC", "Kamer stemt over begroting", []string{"NRC"}},
		{"outlet with a digit", "Verstappen wint in Zandvoort AT5", "Verstappen wint in Zandvoort", []string{"AT5"}},
		{"outlet site", "Verstappen geniet van zege Formule1.nl", "Verstappen geniet van zege", []string{"Formule1.nl"}},
		{"outlet in English", "Ceasefire talks resume in Doha Al Jazeera", "Ceasefire talks resume in Doha", []string{"Al Jazeera"}},
		// Ambiguous: the outlet is what the headline is about, or the
		// last word is a unit, not an author's initials.
		{"outlet after a preposition stays", "Interview met De Telegraaf", "Interview met De Telegraaf", nil},
		{"a unit stays", "Prijs van kaas stijgt naar 12 euro per kg", "Prijs van kaas stijgt naar 12 euro per kg", nil},
		{"a unit after a number stays", "Nieuwe record-pompoen weegt 612 kg", "Nieuwe record-pompoen weegt 612 kg", nil},
		{"a word stays", "Oppositie noemt plan een slappe hap", "Oppositie noemt plan een slappe hap", nil},
		{"an acronym after a preposition stays", "Staking treft treinverkeer bij NMBS", "Staking treft treinverkeer bij NMBS", nil},
		{"names in capitals", "Storm closes ports along the coast, again ANNA SMITH, JAN DE VRIES and TOM HALE", "Storm closes ports along the coast, again", []string{"ANNA SMITH", "JAN DE VRIES", "TOM HALE"}},
		{"capitals in the headline stay", "Talks on NATO and EU budget stall", "Talks on NATO and EU budget stall", nil},
		{"acronyms at the end stay", "Ukraine deal praised by NATO and EU", "Ukraine deal praised by NATO and EU", nil},
		{"acronyms after a verb stay", "Ukraine deal praises NATO, EU", "Ukraine deal praises NATO, EU", nil},
		// Flemish sites sign with initials: no vowel, one case.
		{"initials in capitals", "Buurtbewoners vullen de zaal van de gemeenteraad PVK", "Buurtbewoners vullen de zaal van de gemeenteraad", []string{"PVK"}},
		{"initials in lower case", "Burgemeester: “We doen het samen” tjd", "Burgemeester: “We doen het samen”", []string{"tjd"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, as := splitByline(tc.in, 0, len(tc.in), "")
			var got []string
			for _, a := range as {
				got = append(got, tc.in[a.Start:a.End])
			}
			if tc.in[h.Start:h.End] != tc.headline {
				t.Errorf("headline = %q, want %q", tc.in[h.Start:h.End], tc.headline)
			}
			if diff := cmp.Diff(tc.authors, got); diff != "" {
				t.Errorf("authors mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseMetaLine(t *testing.T) {
	tests := []struct {
		name, in             string
		time, count, section string
		rest                 string // text after the meta fields
		ok                   bool
	}{
		{"run in, known section", "00u54 2 Internet Mark Zuckerberg, de baas, zei iets.", "00u54", "2", "Internet", "Mark Zuckerberg, de baas, zei iets.", true},
		{"run in, two-word section", "09u10 0 Tech & Wetenschap Apple stelt een nieuwe iPhone voor.", "09u10", "0", "Tech & Wetenschap", "Apple stelt een nieuwe iPhone voor.", true},
		{"run in, unknown section", "16u39 10 Kortrijk Opmerkelijke actie maandag, aldus de politie.", "16u39", "10", "Kortrijk", "Opmerkelijke actie maandag, aldus de politie.", true},
		{"run in, known section in capitals", "18:47 0 GAA Carrigmore are champions for the first time.", "18:47", "0", "GAA", "Carrigmore are champions for the first time.", true},
		{"own line", "15:32 0 Sport", "15:32", "0", "Sport", "", true},
		{"own line, several words", "13:21 0 Cultuur en media", "13:21", "0", "Cultuur en media", "", true},
		{"no count", "12:00 Politics Late on Sunday, the president spoke.", "12:00", "", "Politics", "Late on Sunday, the president spoke.", true},
		{"no section", "12:00 0 The president spoke on Sunday, aides said.", "12:00", "0", "", "The president spoke on Sunday, aides said.", true},
		{"run in, a section of digits", "08:55 0 112 De politie zoekt getuigen.", "08:55", "0", "112", "De politie zoekt getuigen.", true},
		{"run in, a section of two words", "06:02 0 Local News Port Quorbel council met.", "06:02", "0", "Local News", "Port Quorbel council met.", true},
		{"time only", "8u05", "8u05", "", "", "", true},
		{"not a time", "Het nieuws van vandaag.", "", "", "", "", false},
		{"bad hour", "25u00 0 Sport", "", "", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := lineAt(tc.in, 0)
			m, ok := parseMetaLine(tc.in, l)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			got := []string{tc.in[m.time.Start:m.time.End], tc.in[m.count.Start:m.count.End], tc.in[m.section.Start:m.section.End], tc.in[min(m.rest, len(tc.in)):]}
			want := []string{tc.time, tc.count, tc.section, tc.rest}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("time, count, section, rest mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDateLineEnd: a date line ends before the note of an update, set
// off by a comma or, in capitals, by a space.
func TestDateLineEnd(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"18 september 2024", "18 september 2024"},
		{"September 18, 2024 2:47 PM GMT+2 Updated 4 hours ago", "September 18, 2024 2:47 PM GMT+2"},
		{"29 februari 2024 19:12, aangepast 20:40", "29 februari 2024 19:12"},
		{"Nov. 19, 2019, 6:18 p.m.", "Nov. 19, 2019, 6:18 p.m."},
		{"10 April 2025 | 14:32", "10 April 2025 | 14:32"},
		{"The bridge reopened on Wednesday.", ""},
	} {
		if got := tc.in[:Options{}.dateLineEnd(tc.in)]; got != tc.want {
			t.Errorf("dateLineEnd(%q): %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBlockKinds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Kind
	}{
		{"subheading between paragraphs", "Eerste alinea met een zin.\n\nEen tussenkop\n\nTweede alinea.", []Kind{Paragraph, Subheading, Paragraph}},
		{"short last block is no subheading", "Eerste alinea.\n\nWordt vervolgd", []Kind{Paragraph, Paragraph}},
		{"short sentence is no subheading", "Eerste alinea.\n\nDat is alles.\n\nTweede alinea.", []Kind{Paragraph, Paragraph, Paragraph}},
		{"question subheading", "Alinea.\n\nWat nu?\n\nAlinea.", []Kind{Paragraph, Subheading, Paragraph}},
		{"pull quote", "Alinea.\n\n\"Dat besef dringt nu pas door\" Mark Zuckerberg\n\nAlinea.", []Kind{Paragraph, Pullquote, Paragraph}},
		{"pull quote with curly marks", "Alinea.\n\n‘We gaan door’ Els Van den Broeck", []Kind{Paragraph, Pullquote}},
		{"quote with cue is a paragraph", "Alinea.\n\n\"Nee\", antwoordde hij.\n\nAlinea.", []Kind{Paragraph, Paragraph, Paragraph}},
		{"quote then sentence is a paragraph", "\"We gaan door.\" Keer op keer beloofde Zuckerberg beterschap.", []Kind{Paragraph}},
		{"quoted subheading", "Alinea.\n\n‘Ik voel mij genomen’\n\nAlinea.", []Kind{Paragraph, Subheading, Paragraph}},
		// A quotation split by its attribution is one paragraph of speech.
		{"split quotation", "Alinea.\n\n\"Libraries,\" Chen added, \"are not buildings.\"\n\nAlinea.", []Kind{Paragraph, Paragraph, Paragraph}},
		{"split quotation, Dutch", "Alinea.\n\n\"Het is\", zegt Van Hooijdonk, \"een keuze.\"\n\nAlinea.", []Kind{Paragraph, Paragraph, Paragraph}},
		{"split quotation, curly", "Alinea.\n\n“Het is”, meent Van Hooijdonk, “een keuze”\n\nAlinea.", []Kind{Paragraph, Paragraph, Paragraph}},
		{"split quotation, Dutch marks", "Alinea.\n\n,,Het is'', meent Van Hooijdonk, ,,een keuze''\n\nAlinea.", []Kind{Paragraph, Paragraph, Paragraph}},
		{"sentence inside the marks", "Alinea.\n\n\"We gaan door.\"\n\nAlinea.", []Kind{Paragraph, Paragraph, Paragraph}},
		{"cue after a quotation", "Alinea.\n\n\"Nooit meer\" zei Peeters\n\nAlinea.", []Kind{Paragraph, Paragraph, Paragraph}},
		{"quoted subheading with Dutch marks", "Alinea.\n\n,,Nooit meer''\n\nAlinea.", []Kind{Paragraph, Subheading, Paragraph}},
		{"quoted subheading with an apostrophe", "Alinea.\n\n'We're not done'\n\nAlinea.", []Kind{Paragraph, Subheading, Paragraph}},
		{"subheading with a verb but no mark", "Alinea.\n\nWat de minister zei\n\nAlinea.", []Kind{Paragraph, Subheading, Paragraph}},
		{"multi-line paragraph", "Regel een\nregel twee.\n\nAlinea.", []Kind{Paragraph, Paragraph}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Kind
			for _, b := range splitBlocks(nil, tc.in, 0, len(tc.in)) {
				got = append(got, b.Kind)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("kinds mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"dump", " date 2018-04 Kop Jan Jansen\n\n05 april 2018\n\nTekst.", "dump"},
		{"dump with bom", "\ufeff date 2018-04 Kop Jan Jansen\n\n05 april 2018\n\nTekst.", "dump"},
		{"plain", "Een kop\n\n5 april 2018\n\nTekst van het artikel.", "plain"},
		{"plain with label", "Een kop\n\nNieuwsbericht | 26-02-2018 | 10:23\n\nTekst.", "plain"},
		{"text", "Zomaar een alinea.\n\nEn nog een alinea over 2018.", "text"},
		{"text starting with a date", "5 april 2018\n\nTekst.", "text"},
		// Item 4 of issue 9: a quoted headline and a US date line with
		// "p.m." at the end.
		{"quoted headline, p.m. date line", "‘Meth. We’re on it.’: Spokane ad agencies pitch the state\n\nNov. 19, 2019, 6:18 p.m.\n\nSPOKANE – Two agencies compete.", "plain"},
		{"straight-quoted headline", "\"Meth. We're on it.\": Spokane ad agencies pitch the state\n\nNov. 19, 2019, 6:18 p.m.\n\nTwo agencies compete.", "plain"},
		{"a.m. date line", "Council votes on budget\n\nTuesday, Nov. 19, 2019, 9:05 a.m.\n\nThe council voted.", "plain"},
		{"sentence ending in a.m. is no date line", "Een kop\n\nThe meeting ended at 2019 words past 11 p.m. Then they left.\n\nTekst.", "text"},
	}
	for _, tc := range tests {
		if got := Detect(tc.in, Options{}); got != tc.want {
			t.Errorf("%s: Detect = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func cmpDiff(want, got any) string { return cmp.Diff(want, got) }

func TestIsNumericDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"5-4-2018", true}, {"05/04/2018", true}, {"31.12.1999", true},
		{"5-4/2018", false}, {"123-4-2018", false}, {"5-4-18", false},
		{"5-4-2018-1", false}, {"-4-2018", false}, {"5--2018", false},
		{"a-4-2018", false}, {"5.4.20189", false}, {"", false},
		{"05-4-2018", true}, {"5/04/2018", true}, {"1", false}, {"12", false}, {"/", false},
		{"05x-4-2018", false}, {"5-4.2018", false}, {"05/04/201", false},
	} {
		if got := isNumericDate(tc.in); got != tc.want {
			t.Errorf("isNumericDate(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestByline(t *testing.T) {
	for _, tc := range []struct {
		in      string
		field   bool
		intro   int
		formula bool
	}{
		{"By Sarah Smith", false, 3, false},
		{"DOOR Jan Peeters", false, 5, false},
		{"door\u00a0Jan Peeters", false, 6, false},
		{"van Jan Peeters", false, 0, false},
		{"van Jan Peeters", true, 4, false},
		{"Van onze correspondent in Parijs", false, 0, true},
		{"From our reporter", false, 0, true},
		{"Redactie", false, 0, true},
		{"Bystander", false, 0, false},
		{"by", false, 0, false},
		{"Van onzekere afkomst", false, 0, false},
	} {
		if got := BylineIntro(tc.in, tc.field); got != tc.intro {
			t.Errorf("BylineIntro(%q, %v) = %d, want %d", tc.in, tc.field, got, tc.intro)
		}
		if got := BylineFormula(tc.in); got != tc.formula {
			t.Errorf("BylineFormula(%q) = %v, want %v", tc.in, got, tc.formula)
		}
	}
}

// The body decides two things: a short last word in capitals that the
// body uses again is the headline's, not the writer's initials; and
// after a preposition, the capitalised words before an outlet that the
// body writes too are the headline's.
func TestBylineByBody(t *testing.T) {
	for _, tc := range []struct {
		in, body string
		authors  []string
	}{
		{"Ajax verslaat de koploper PSV", "\n\nIn Amsterdam won Ajax zondag van PSV.", nil},
		{"Buurtbewoners vullen de zaal van de gemeenteraad PVK", "\n\nDe raad vergaderde tot laat.", []string{"PVK"}},
		{"Burgemeester: “We doen het samen” tjd", "\n\nDe burgemeester sprak.", []string{"tjd"}},
		{"Overval op snackbar in Quorbel Haven Quorbel Vandaag", "\n\nIn Quorbel Haven werd een snackbar overvallen.", []string{"Quorbel Vandaag"}},
		{"Overval op snackbar in Quorbel Haven Quorbel Vandaag", "\n\nDe snackbar werd overvallen.", []string{"Haven Quorbel Vandaag"}},
		{"Calls for a bike lane on Beach Road Port Quorbel Standard", "\n\nA cyclist died on Beach Road.", []string{"Port Quorbel Standard"}},
		{"Quorbel film sweeps Aotearoa Screen Awards Quorbel Chronicle", "\n\nIt won at the Aotearoa Screen Awards.", []string{"Quorbel Chronicle"}},
		{"Quorbel wint in extremis tegen Cercle Quorbel Sportkrant", "\n\nCercle Quorbel verloor.", []string{"Sportkrant"}},
		// A compound outlet's name right after a preposition's word, with
		// nothing between: no run of words to search the body for (this
		// read past the line's last word and panicked).
		{"Regisseur Ann Quorbel: “Mijn vader zag hem niet” de Quorbelkrant", "\n\nDe film draait.", []string{"de Quorbelkrant"}},
		{"Ann Quorbel wint de prijs van de Quorbelkrant", "\n\nDe prijs is groot.", nil},
	} {
		_, as := splitByline(tc.in, 0, len(tc.in), tc.body)
		var got []string
		for _, a := range as {
			got = append(got, tc.in[a.Start:a.End])
		}
		if diff := cmp.Diff(tc.authors, got); diff != "" {
			t.Errorf("splitByline(%q) authors mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestHasWord(t *testing.T) {
	for _, tc := range []struct {
		text, w string
		want    bool
	}{
		{"won van PSV.", "PSV", true},
		{"PSV-speler", "PSV", true},
		{"PSVB", "PSV", false},
		{"", "PSV", false},
		{"kg", "kg", true},
		{"kgs", "kg", false},
	} {
		if got := hasWord(tc.text, tc.w); got != tc.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", tc.text, tc.w, got, tc.want)
		}
	}
}

// A line of one name, or of a few joined by commas or a conjunction,
// with perhaps a job after a comma or a bar, is a byline; a line that
// says something is not.
func TestNameLine(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Eline Quorbel", true},
		{"Pieter-Jan van der Vinsha", true},
		{"Eline Quorbel, Health correspondent", true},
		{"Eline Quorbel | Business", true},
		{"Eline Quorbel en Tom Vinsha", true},
		{"Eline Quorbel and Tom van Vinsha", true},
		{"Eline Quorbel, Tom Vinsha en Ann Lee", true},
		{"Eline Quorbel & Tom Vinsha, economieredactie", true},
		{"Eline Quorbel en", false},
		{"Eline Quorbel en Tom", false},
		{"Eline Quorbel, Tom Vinsha en de rest", false},
		{"Eline Quorbel wint de finale", false},
		{"Eline Quorbel,", false},
		{"Quorbel", false},
	} {
		if got := isNameLine(tc.in, Span{Start: 0, End: len(tc.in)}); got != tc.want {
			t.Errorf("isNameLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// FuzzIsNumericDate compares isNumericDate with the shape written out:
// the first of -, / or . anywhere in w, a second one of the same, one
// or two digits before each and four after.
func FuzzIsNumericDate(f *testing.F) {
	for _, s := range []string{"5-4-2018", "05/04/2018", "-4-2018", "5.4.20189", "05x-4-2018"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		want := false
		if i := strings.IndexAny(w, "-/."); i >= 1 && i <= 2 {
			if j := strings.IndexByte(w[i+1:], w[i]); j >= 1 && j <= 2 {
				j += i + 1
				want = isDigits(w[:i]) && isDigits(w[i+1:j]) && len(w)-j-1 == 4 && isDigits(w[j+1:])
			}
		}
		if got := isNumericDate(w); got != want {
			t.Errorf("isNumericDate(%q) = %v, want %v", w, got, want)
		}
	})
}

func TestMayHaveDigits(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{
		{"5 april 2018", 4, true}, {"april 2018", 4, true}, {"april 201", 4, false},
		{"Een kop zonder cijfers", 4, false}, {"", 4, false}, {"1-2-3", 4, false},
		{"١٢٣٤", 4, true}, // Arabic-Indic digits: a byte from 0x80
		{"café 12", 4, true},
	} {
		if got := mayHaveDigits(tc.s, tc.n); got != tc.want {
			t.Errorf("mayHaveDigits(%q, %d) = %v, want %v", tc.s, tc.n, got, tc.want)
		}
	}
}
