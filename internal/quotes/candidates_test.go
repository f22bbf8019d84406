package quotes

import (
	"math"
	"math/bits"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// traces runs Analyze with the rules' models and returns every
// quotation's trace.
func traces(src, lang string) []Trace {
	var out []Trace
	Analyze(src, segments(src), Options{Lang: language.Make(lang), Ranker: RulesRanker(), Speech: RulesSpeech(), Trace: func(t Trace) { out = append(out, t) }})
	return out
}

// candidate returns the candidate named speaker of the quotation whose
// text is quote.
func candidate(t *testing.T, src string, ts []Trace, quote, speaker string) (Candidate, bool) {
	t.Helper()
	for _, tr := range ts {
		if src[tr.Text.Start:tr.Text.End] != quote {
			continue
		}
		for _, c := range tr.Candidates {
			if c.Speaker == speaker {
				return c, true
			}
		}
		return Candidate{}, false
	}
	t.Fatalf("no quotation %q in %q", quote, src)
	return Candidate{}, false
}

// Each generator on a sentence written for it: the speaker it must
// propose for the quotation, and whether it is the rules' choice.
func TestGenerators(t *testing.T) {
	tests := []struct {
		source, lang, in, quote, speaker string
		first                            bool // the rules' choice
	}{
		{"cue_after", "en", `"We will rebuild," said Anna Kowalski.`, "We will rebuild,", "Anna Kowalski", true},
		// A description that opens its sentence reaches to its verb, and
		// a pronoun or a definite description that stands for it gets
		// the whole phrase.
		{"cue_after", "en", `Parents waited outside. A father of three young pupils said he felt let down. "Nobody told us anything," he said.`, "Nobody told us anything,", "A father of three young pupils", true},
		// (the cue's "the 58-year-old", an age the article gives no one
		// named, stands for her: the rules' choice)
		{"subject", "en", "Tom Hale left.\n\nA woman who has sold fish on Dock Street for twenty years said trade was slow. \"It is quiet,\" the 58-year-old added.", "It is quiet,", "A woman who has sold fish on Dock Street for twenty years", true},
		{"subject", "en", "Tom Hale left.\n\nA spokeswoman for the county later said roads were shut. \"It is bad,\" she added.", "It is bad,", "A spokeswoman for the county", true},
		{"cue_after", "en", `A woman who said she saw the fire called the police. "It was huge," she said.`, "It was huge,", "A woman who said she saw the fire", true},
		{"subject", "en", "Tom Hale left.\n\nA senior official at the trade ministry, who declined to be named, said prices were stable. \"We are watching closely,\" he said.", "We are watching closely,", "A senior official at the trade ministry", true},
		{"cue_after", "en", "Tom Hale spoke first.\n\nA Leeds woman who took her father to hospital said she waited. \"It was awful,\" she said.", "It was awful,", "A Leeds woman who took her father to hospital", true},
		{"cue_after", "nl", `Een agent die ter plaatse was, zag de auto. "Het was een klap", zei hij.`, "Het was een klap", "Een agent die ter plaatse was", true},
		// A colon after an apposition that ends in a place: the person it describes.
		{"cue_before", "nl", "Het debat liep uit.\n\nUitbater Luris Quorbel, eigenaar van een hotel aan de Vinshabuitensingel: \"Mijn gasten blijven weg.\"", "Mijn gasten blijven weg.", "Luris Quorbel", true},
		// A role noun's introduction keeps its extent where the cue reads it.
		{"cue_before", "en", "The association spoke.\n\nA spokeswoman for the state's Agriculture Minister said support packages \"remain under review\" for now.", "remain under review", "A spokeswoman for the state's Agriculture Minister", true},
		// A thing of hers speaks for her.
		{"cue_before", "en", "Controller Lisa Quorbel urged people to leave. Her message was blunt: \"Do not wait to be told.\"", "Do not wait to be told.", "Lisa Quorbel", true},
		// An apposition after an introduction names the one described.
		{"subject", "nl", "Tom Claes opende de zaal.\n\nEen achterkleindochter van de schilderes, de 62-jarige Hilde Quorbel uit Brugge, leende drie werken uit. \"Mijn grootmoeder sprak er vaak over.\"", "Mijn grootmoeder sprak er vaak over.", "Hilde Quorbel", true},
		// A Dutch title in lower case before the name after the verb.
		{"cue_after", "nl", "Het aantal gevallen stijgt. \"We zien een patroon\", zegt dr. Ayo Quorbel-Smit van de GGD.", "We zien een patroon", "Ayo Quorbel-Smit", true},
		// An apposition before the verb names no subject.
		{"cue_before", "en", `Flood money was cut. Anna Quorbel, the Labour MP for Vinsha Vale, said ministers had "broken faith".`, "broken faith", "Anna Quorbel", true},
		// "according to" after the quotation names its source, also a
		// few words on.
		{"cue_after", "en", `Ann Foley vetoed it. Backers are "three votes short" in the House, according to Minority Leader Tom Quorbel, a Democrat.`, "three votes short", "Tom Quorbel", true},
		// "according to" after the quotation names its source.
		{"cue_after", "en", `Tom Hale spoke first. The closure is "a blow for the whole valley," according to state Sen. Ruth Baker, who represents the area.`, "a blow for the whole valley,", "Ruth Baker", true},
		// "het" as the article of a body's name, not the impersonal "klinkt het".
		{"cue_after", "nl", "\"Ik weet van niets\", zei Els Wouters.\n\n\"Er zijn meer verdachten\", laat het OM weten.", "Er zijn meer verdachten", "OM", true},
		{"cue_after", "nl", "\"Ik weet van niets\", zei Els Wouters.\n\n\"We zoeken verder\", zegt het ministerie.", "We zoeken verder", "het ministerie", true},
		// A comma before the verb: inverted, and a role phrase before the
		// name in apposition.
		{"cue_after", "en", `Tom Hale spoke. Hale was "in charge of the port" during the strike in Lisbon, said another official, former harbour trade adviser Ruth Baker.`, "in charge of the port", "Ruth Baker", true},
		{"cue_after", "nl", `"We bouwen opnieuw", zegt burgemeester Els Wouters.`, "We bouwen opnieuw", "Els Wouters", true},
		{"cue_before", "en", `Mayor Tom Hale said: "The bridge stays closed."`, "The bridge stays closed.", "Tom Hale", true},
		{"cue_before", "nl", `Volgens Lien Claes is het plan "een gemiste kans".`, "een gemiste kans", "Lien Claes", true},
		{"cue_after", "en", `Nikos Dendias spoke. The issue is the "main difference" between Greece and Turkey, he said.`, "main difference", "Nikos Dendias", true},
		{"cue_before", "nl", `Directeur Hans Spigt van Jeugdzorg Nederland: "Wij zijn bezorgd."`, "Wij zijn bezorgd.", "Hans Spigt", true},
		{"colon_block", "nl", "Het antwoord van schepen Jan Maes:\n\n\"Dit kan zo niet verder.\"", "Dit kan zo niet verder.", "Jan Maes", true},
		{"prev_sentence", "en", `Carla Mendez left the hall. "It was a long night."`, "It was a long night.", "Carla Mendez", true},
		{"carried", "en", "Paul Grant said: \"The first part goes on\n\n\"and it ends here.\"", "and it ends here.", "Paul Grant", true},
		{"persons", "en", `In a speech, Ruth Baker called the deal "a disgrace to all of us".`, "a disgrace to all of us", "Ruth Baker", true},
		{"prev_persons", "nl", `Piet Smit stond op. "Ik ga weg", zei de man.`, "Ik ga weg", "Piet Smit", false},
		{"recent", "en", `Lisa Stone and Mark Ode met. Later the deal fell through. "We tried," said the mayor.`, "We tried,", "Mark Ode", false},
		{"salient", "en", "H: Lisa Stone quits\n\nLisa Stone quits the board. Lisa Stone leaves today.\n\n\"Goodbye,\" said the chair.", "Goodbye,", "Lisa Stone", false},
		{"tied", "nl", `De 56-jarige Ronald Veenstra koos. "Ik ben tevreden", zei de 56-jarige.`, "Ik ben tevreden", "Ronald Veenstra", true},
		{"tied", "nl", `"Eerst", zei een vrouw die verderop woont. "Het was een knal", zei de vrouw.`, "Het was een knal", "een vrouw die verderop woont", true},
		{"impersonal", "nl", `"Eerste deel", zei Els Wouters. "Tweede deel, dat is waar het om gaat", klinkt het.`, "Tweede deel, dat is waar het om gaat", "Els Wouters", true},
		{"unknown", "en", `Ann Foley spoke. "No," he said.`, "No,", "", true},
		{"last", "en", "\"We will stay,\" said Ann Foley.\n\nThe vote was close. \"It is our town.\"", "It is our town.", "Ann Foley", true},
		{"nearest", "en", "Tom Hale came in. Ann Foley left.\n\n\"It is our town.\"", "It is our town.", "Ann Foley", true},
		{"pullquote", "nl", "Tom Claes sprak.\n\nP: \"We blijven hier\" Tom Claes\n\nDe zaal applaudisseerde.", "We blijven hier", "Tom Claes", true},
		{"echo", "nl", "H: 'Het plan gaat door'\n\n\"Het plan gaat zeker door\", zei Els Wouters.", "Het plan gaat door", "Els Wouters", true},
		{"bodies", "en", `The Electoral Commission was blunt. "It was an attempt to mislead voters," the statement said.`, "It was an attempt to mislead voters,", "Electoral Commission", false},
		{"top", "nl", "H: 'Alles komt zeker goed'\n\n\"We beginnen morgen\", zei Els Wouters. \"Het wordt een lange week\", zei ze.", "Alles komt zeker goed", "Els Wouters", true},
		{"bodies", "en", `The Ministry of Foreign Affairs was blunt. "It was a grave error," the statement said.`, "It was a grave error,", "Ministry of Foreign Affairs", false},
		{"bodies", "nl", `Het Ministerie van Buitenlandse Zaken was duidelijk. "Dit is onaanvaardbaar", aldus de verklaring.`, "Dit is onaanvaardbaar", "Ministerie van Buitenlandse Zaken", false},
		{"cue_before", "en", `Federal prosecutors alleged that the guards "slept on duty."`, "slept on duty.", "Federal prosecutors", true},
		{"cue_before", "nl", `Omwonenden zeggen dat het kruispunt "al jaren onveilig" is.`, "al jaren onveilig", "Omwonenden", true},
		{"cue_before", "en", `Tom Hale spoke last. Audience members laughed when he urged voters, "Look at what I delivered."`, "Look at what I delivered.", "Tom Hale", true},
		{"cue_after", "en", "The Syrian Kurdala claimed the attack.\n\n\"We hit the base,\" Kurdala spokesman Omar Haddad said.", "We hit the base,", "Omar Haddad", true},
		{"cue_after", "nl", `Bram Peeters scoorde twee keer. "Dit is niet terecht", aldus de kapitein van de Rode Leeuwen.`, "Dit is niet terecht", "de kapitein", true},
		{"cue_before", "en", `Actor Tom Hale, who paid for Ann Foley to study, stated "She was a gentle soul."`, "She was a gentle soul.", "Tom Hale", true},
		{"cue_before", "nl", `Burgemeester Els Wouters, die Jan Maes al jaren kent, verklaarde: "Hij was een harde werker."`, "Hij was een harde werker.", "Els Wouters", true},
		{"cue_before", "nl", `Els Wouters was er niet. Samen met haar advocaat Jan Maes liet zij weten dat het vonnis "onrechtvaardig" is.`, "onrechtvaardig", "Els Wouters", true},
		{"cue_before", "en", `Ann Foley was absent. With her lawyer Tom Hale beside her she said the ruling was "unfair".`, "unfair", "Ann Foley", true},
		{"cue_before", "nl", `AVROTROS gaf een verklaring. De omroep zegt dat het "een vergissing" was.`, "een vergissing", "AVROTROS", true},
		{"tied", "nl", `Minister van Justitie en Veiligheid Ann de Wit sprak. "Dit mag niet", zei de minister.`, "Dit mag niet", "Ann de Wit", true},
		{"cue_after", "en", `"We expect growth to slow," Ann Foley, the president of the Federal Reserve Bank of Ruritania, said in a speech.`, "We expect growth to slow,", "Ann Foley", true},
		{"cue_after", "nl", `"Het is een droom om hieraan te werken", zegt hoofd van het atelier bij het museum, Els Wouters.`, "Het is een droom om hieraan te werken", "Els Wouters", true},
		{"cue_after", "nl", `Een vrouw die verderop woont, schrok wakker. "Het was laat." "Dit was geen vuurwerk", zegt ze.`, "Dit was geen vuurwerk", "Een vrouw die verderop woont", true},
		{"tied", "en", `The bill was criticised by Paul Hale, the archbishop of the city. Calling it a "culture of death" the archbishop said "We need to pray."`, "We need to pray.", "Paul Hale", true},
		{"subject", "nl", `Een andere fietser heeft niks gezien. "Ik hoorde alleen een klap."`, "Ik hoorde alleen een klap.", "Een andere fietser", true},
		{"subject", "nl", `Een man die om de hoek woont heeft het gezien. "Het ging heel snel."`, "Het ging heel snel.", "Een man die om de hoek woont", true},
		{"subject", "nl", `Iemand die bij het station werkt, stond te kijken: "Ik schrok me rot."`, "Ik schrok me rot.", "Iemand die bij het station werkt", true},
		{"subject", "en", `A neighbour heard the blast. "I thought it was thunder."`, "I thought it was thunder.", "A neighbour", true},
		{"head_colon", "nl", "H: Wouters: 'Het plan gaat door'\n\nEls Wouters sprak. \"We gaan door met het plan\", zei ze.", "Het plan gaat door", "Els Wouters", true},
	}
	for _, tc := range tests {
		t.Run(tc.source+"/"+tc.speaker, func(t *testing.T) {
			ts := traces(tc.in, tc.lang)
			c, ok := candidate(t, tc.in, ts, tc.quote, tc.speaker)
			if !ok {
				t.Fatalf("%q: no candidate %q", tc.quote, tc.speaker)
			}
			if !slices.Contains(c.Sources, tc.source) {
				t.Errorf("%q: %q proposed by %q, not by %s", tc.quote, tc.speaker, c.Sources, tc.source)
			}
			if first := c.Features[fRules] == 1; first != tc.first {
				t.Errorf("%q: %q is the rules' choice: %v, want %v", tc.quote, tc.speaker, first, tc.first)
			}
		})
	}
}

// A description that opens the sentence before is proposed only when it
// introduces a person: an indefinite phrase whose head noun is one.
func TestSubjectNotProposed(t *testing.T) {
	for _, tc := range []struct{ lang, in, quote, speaker string }{
		{"en", `A review found no faults. "We are relieved."`, "We are relieved.", "A review"},
		{"nl", `De tweede helft was beter. "We hebben goed gespeeld."`, "We hebben goed gespeeld.", "De tweede helft"},
		{"nl", `Een onderzoek toont dat aan. "Dat wisten we al."`, "Dat wisten we al.", "Een onderzoek"},
	} {
		ts := traces(tc.in, tc.lang)
		if c, ok := candidate(t, tc.in, ts, tc.quote, tc.speaker); ok && slices.Contains(c.Sources, "subject") {
			t.Errorf("%q: %q proposed as the subject", tc.in, tc.speaker)
		}
	}
}

// A reporting clause after a question that introduces the next
// quotation is not the question's.
func TestCueAfterQuestionNotNext(t *testing.T) {
	in := `Tom Hale and Ann Foley spoke. "Is it over?" Ann Foley said, "We go on."`
	ts := traces(in, "en")
	if c, ok := candidate(t, in, ts, "Is it over?", "Ann Foley"); ok && slices.Contains(c.Sources, "cue_after") {
		t.Errorf("%q: %q proposed by the next quotation's cue", in, c.Speaker)
	}
}

// An inverted reporting clause right after a quotation is that one's,
// not the cue before the next, which has its own clause.
func TestPrevClauseNotCueBefore(t *testing.T) {
	in := "De rechter hoorde Ruben K. 'Voor het werk', antwoordde K. 'Om tien uur?', reageerde de rechter."
	if c, ok := candidate(t, in, traces(in, "nl"), "Om tien uur?", "Ruben K."); ok && slices.Contains(c.Sources, "cue_before") {
		t.Errorf("%q: %q proposed by the clause before", in, c.Speaker)
	}
}

// A word of a name is no reporting verb: "States" in "the United States".
func TestCueNotInName(t *testing.T) {
	in := `Tom Hale spoke first. The report feared "a steady replacement of workers" by migrants moving to the United States.`
	for _, tr := range traces(in, "en") {
		for _, c := range tr.Candidates {
			if slices.Contains(c.Sources, "cue_after") {
				t.Errorf("%q: %q proposed by a cue after it", in[tr.Text.Start:tr.Text.End], c.Speaker)
			}
		}
	}
}

// A capitalised word that opens a sentence after a doubled closing mark
// is no name: it is never proposed.
func TestSentenceAfterDoubledMark(t *testing.T) {
	in := "The Commission warned that ‘‘voters deserve better.’’ Critically, however, it pointed out that it has \"a limited role\" here."
	for _, tr := range traces(in, "en") {
		for _, c := range tr.Candidates {
			if c.Speaker == "Critically" {
				t.Errorf("%q: %q proposed by %q", in[tr.Text.Start:tr.Text.End], c.Speaker, c.Sources)
			}
		}
	}
}

// Each feature on a candidate built for it.
func TestFeatures(t *testing.T) {
	tests := []struct {
		name, lang, in, quote, speaker string
		feature                        int
		want                           float64
	}{
		{"pronoun", "en", `Ann Foley spoke. "No," she said.`, "No,", "Ann Foley", fPronoun, 1},
		{"role", "nl", `Minister Els Wouters sprak. "Het klopt", zei de minister.`, "Het klopt", "Els Wouters", fRole, 1},
		{"description", "en", `"It failed," a spokeswoman said.`, "It failed,", "a spokeswoman", fDesc, 1},
		{"indefinite", "en", `"It failed," a spokeswoman said.`, "It failed,", "a spokeswoman", fIndefinite, 1},
		{"body", "nl", `"Het klopt niet", zegt de politie.`, "Het klopt niet", "de politie", fBody, 1},
		{"role noun", "en", `"It failed," the minister said.`, "It failed,", "the minister", fRoleNoun, 1},
		{"a body's word before a noun for a person is no body", "en", `"It failed," the union spokesman said.`, "It failed,", "the union spokesman", fBody, 0},
		{"given name", "en", `"It failed," said Carla Mendez.`, "It failed,", "Carla Mendez", fGiven, 1},
		{"one word", "en", `"It failed," said Mendez.`, "It failed,", "Mendez", fOneWord, 1},
		{"same as last", "en", `"One," said Carla Mendez. Later she came back. "Two," Mendez said.`, "Two,", "Carla Mendez", fSameLast, 1},
		{"after the quotation", "en", `"It failed," said Carla Mendez.`, "It failed,", "Carla Mendez", fAfter, 1},
		{"before the quotation", "en", `Carla Mendez said: "It failed."`, "It failed.", "Carla Mendez", fAfter, 0},
		{"distance", "en", `"It failed," said Carla Mendez.`, "It failed,", "Carla Mendez", fDist, math.Log1p(6)},
		{"short quotation", "en", `Carla Mendez called it "absurd".`, "absurd", "Carla Mendez", fShortQuote, 1},
		{"opens the block", "en", `"It failed," said Carla Mendez.`, "It failed,", "Carla Mendez", fParaStart, 1},
		{"gender of the fullest name", "en", `Ann Hawk Doyle took over. Hawk Doyle said she would stay. "We have work to do," she said.`, "We have work to do,", "Ann Hawk Doyle", fGenderAgrees, 1},
		{"sex of a description's noun", "en", "Judge Ann Foley sentenced David and Louise Kemp.\n\nDavid Kemp was also charged.\n\nThe father said \"I am sorry for all of it.\"", "I am sorry for all of it.", "David Kemp", fGenderAgrees, 1},
		{"sex of a description's noun, clash", "en", "Judge Ann Foley sentenced David and Louise Kemp.\n\nDavid Kemp was also charged.\n\nThe father said \"I am sorry for all of it.\"", "I am sorry for all of it.", "Louise Kemp", fGenderClashes, 1},
		{"he is no organisation", "en", `Tom Hale met the Electoral Commission. "It is over," he said.`, "It is over,", "Electoral Commission", fGenderClashes, 1},
		{"the outlet a description names is no description", "nl", `De NOS meldde het eerst. Toen sprak Karel Smet met de NOS. De omroep zegt dat Smet "te laat" was.`, "te laat", "NOS", fDesc, 0},
		{"named after the cue", "nl", `Jan Smit werd gehoord. De rechtbank noemde Smit "een betrouwbare getuige".`, "een betrouwbare getuige", "Jan Smit", fAfterCue, 1},
		{"named before the cue", "nl", `Jan Smit werd gehoord. De rechtbank noemde Smit "een betrouwbare getuige".`, "een betrouwbare getuige", "De rechtbank", fAfterCue, 0},
		{"named in the quotation", "nl", "Jente Vinsha won. Femke Quorbel werd tweede.\n\n\"Jente was sterker\", zei de 27-jarige.", "Jente was sterker", "Jente Vinsha", fInQuote, 1},
		{"by the surname", "en", "Ann Foley won. Carla Mendez came second.\n\n\"Foley was stronger,\" the 27-year-old said.", "Foley was stronger,", "Ann Foley", fInQuote, 1},
		{"not named in the quotation", "nl", "Jente Vinsha won. Femke Quorbel werd tweede.\n\n\"Jente was sterker\", zei de 27-jarige.", "Jente was sterker", "Femke Quorbel", fInQuote, 0},
		{"the rules' choice in Dutch", "nl", `"Het klopt niet", zegt Jan Smit.`, "Het klopt niet", "Jan Smit", fRulesNL, 1},
		{"the rules' choice in English", "en", `"It is wrong," said Ann Foley.`, "It is wrong,", "Ann Foley", fRulesNL, 0},
		{"place", "en", `Storms hit Scotland. "It is bad," Scotland said.`, "It is bad,", "Scotland", fPlace, 1},
		{"the gender of the quotation's own cue", "en", "Tom Hale spoke. \"We are ready,\" he said. \"It is over,\" Hale's lawyer, Carla Mendez, told the judges.", "It is over,", "Carla Mendez", fGenderClashes, 0},
		{"the gender of a pronoun before, with no cue", "en", "Carla Mendez and Tom Hale came. He smiled. \"It is over.\"", "It is over.", "Carla Mendez", fGenderClashes, 1},
		{"a given name no list knows, its surname used alone", "nl", `Ookje Vandaleur sprak. Later zei Vandaleur "het klopt niet".`, "het klopt niet", "Ookje Vandaleur", fGiven, 1},
		{"a given name no list knows, its surname never alone", "nl", `Ookje Vandaleur sprak. Later zei ze "het klopt niet".`, "het klopt niet", "Ookje Vandaleur", fGiven, 0},
		{"antecedent", "nl", `Karel Smet won de rit. Daarna sprak Pieter Claes. "Ik ben trots", zei de debutant.`, "Ik ben trots", "Pieter Claes", fAntecedent, 1},
		{"antecedent, named earlier", "nl", `Karel Smet won de rit. Daarna sprak Pieter Claes. "Ik ben trots", zei de debutant.`, "Ik ben trots", "Karel Smet", fAntecedent, 0},
		{"antecedent of the noun's sex", "en", "Judge Ann Foley sentenced David and Louise Kemp.\n\nThe mother said \"I am sorry for all of it.\"", "I am sorry for all of it.", "Louise Kemp", fAntecedent, 1},
		{"no antecedent for a resolved description", "nl", `De NOS meldde het eerst. Toen sprak Karel Smet met de NOS. De omroep zegt dat Smet "te laat" was.`, "te laat", "Karel Smet", fAntecedent, 0},
		{"no antecedent for a name", "en", `Tom Hale arrived. "It is over," said Carla Mendez.`, "It is over,", "Tom Hale", fAntecedent, 0},
		{"most named, for a description", "en", `Tom Hale won. Hale thanked Ann Foley. Hale left. "It is over," the actor said.`, "It is over,", "Tom Hale", fTopForDesc, 1},
		{"a verb coordinated with the last quotation's shares its subject", "en", "Tom Hale found the ring. \"I cried,\" he said.\n\nQuorbel Council, which runs the site, said it was \"really thrilled\" and joked that the soil was \"clearly very fertile\".", "clearly very fertile", "Quorbel Council", fSrc + int(srcCueBefore), 1},
		{"... in Dutch", "nl", "Tom Claes vond de ring. \"Ik huilde\", zei hij.\n\nDe gemeente Quorbel, die het terrein beheert, zei \"heel blij\" te zijn en grapte dat de grond \"duidelijk erg vruchtbaar\" is.", "duidelijk erg vruchtbaar", "Quorbel", fSrc + int(srcCueBefore), 1},
		{"... not with its own subject after it", "nl", "Tom Claes vond de ring. De gemeente Quorbel zei \"heel blij\" te zijn en zei hij dat de grond \"duidelijk erg vruchtbaar\" is.", "duidelijk erg vruchtbaar", "Quorbel", fSrc + int(srcCueBefore), 0},
		{"most named, not for a name", "en", `Tom Hale won. Hale thanked Ann Foley. Hale left. "It is over," Ann Foley said.`, "It is over,", "Tom Hale", fTopForDesc, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := traces(tc.in, tc.lang)
			c, ok := candidate(t, tc.in, ts, tc.quote, tc.speaker)
			if !ok {
				t.Fatalf("%q: no candidate %q", tc.quote, tc.speaker)
			}
			if got := c.Features[tc.feature]; math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("%q, %q: %s = %v, want %v", tc.quote, tc.speaker, featureNames[tc.feature], got, tc.want)
			}
		})
	}
}

// The speech features on quotations written for them.
func TestSpeechFeatures(t *testing.T) {
	tests := []struct {
		name, in, quote string
		feature         int
		want            float64
	}{
		{"utterance", `Ann Foley spoke. "No," she said.`, "No,", sUtterance, 1},
		{"one word inside a sentence", `Ann Foley called it "absurd" on Monday.`, "absurd", sPartialWord, 1},
		{"coordinated", `Ann Foley called it "null and void" and "absurd".`, "absurd", sCoordinated, 1},
		{"not coordinated", `Ann Foley called it "null and void" on Monday.`, "null and void", sCoordinated, 0},
		{"unattributed", `The plan was "a mess" all along.`, "a mess", sUnattributed, 1},
		{"attributed", `Ann Foley said it was "a mess" all along.`, "a mess", sUnattributed, 0},
		{"title", `Tom Hale left "Dancing with the Stars" on Monday.`, "Dancing with the Stars", sTitle, 1},
		{"naming", `A process known as "the big squeeze" began.`, "the big squeeze", sNaming, 1},
		{"a nickname", `The man, who had the nickname "the Mechanic" locally, sold bikes.`, "the Mechanic", sNaming, 1},
		{"known, a place, as", `Tom Quorbel, a former forward still known in Canberra as "the Bulldozer", spoke.`, "the Bulldozer", sNaming, 1},
		{"known as with a clause between", `He was known, and feared, as "the Bulldozer".`, "the Bulldozer", sNaming, 0},
		{"a work", `The crowd sang the anthem "Land of the Hills" twice.`, "Land of the Hills", sNaming, 1},
		{"a work set off by a comma", `Her best-known painting, "Fishwives on the Pier", was restored.`, "Fishwives on the Pier", sNaming, 1},
		{"after a determiner", `They praised the "three amigos" again.`, "three amigos", sAfterDet, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, tr := range traces(tc.in, "en") {
				if tc.in[tr.Text.Start:tr.Text.End] != tc.quote {
					continue
				}
				if tr.Speech == nil {
					t.Fatalf("%q: no speech features", tc.quote)
				}
				if got := tr.Speech[tc.feature]; got != tc.want {
					t.Errorf("%q: %s = %v, want %v", tc.quote, speechNames[tc.feature], got, tc.want)
				}
				return
			}
			t.Fatalf("no quotation %q in %q", tc.quote, tc.in)
		})
	}
}

// TestOwnClauseKept: whatever a ranker prefers, the name or pronoun that
// the quotation's own reporting clause gives is the speaker; a ranker
// that favours the last speaker may choose where there is no such clause.
func TestOwnClauseKept(t *testing.T) {
	m, err := ParseModel(FeatureNames(), "same_last 10\nsrc_last 10\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"\"Eerst dit\", zei Jan Smit.\n\n\"Daarna dat\", zegt Piet Claes.\n\n\"En dan nog iets.\"",
			[]string{"Eerst dit | Jan Smit | zei", "Daarna dat | Piet Claes | zegt", "En dan nog iets. | Piet Claes | "}},
		// A body that speaks as itself is its own clause's subject too,
		// not the name after the verb.
		{"\"Eerst dit\", zei Jan Smit.\n\nDe rechtbank noemde Smit \"een betrouwbare getuige\".",
			[]string{"Eerst dit | Jan Smit | zei", "een betrouwbare getuige | De rechtbank | noemde"}},
	} {
		var got []string
		for _, q := range Find(tc.in, segments(tc.in), Options{Ranker: m, Speech: RulesSpeech()}) {
			got = append(got, summary(tc.in, q))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got)\n%s", tc.in, diff)
		}
	}
}

// The speaker chosen with the shipped models, where a mechanism decides
// it whatever the weights.
func TestChosenSpeaker(t *testing.T) {
	for _, tc := range []struct{ lang, in, want string }{
		// A definite description stands for the person a description
		// introduced at the start of a sentence, with nobody named since,
		// not for the person named before: the whole introduction is the
		// speaker.
		{"en", "Tom Hale left.\n\nA woman who has sold fish on Dock Street for twenty years said trade was slow. \"It is quiet,\" the 58-year-old added.",
			"It is quiet, | A woman who has sold fish on Dock Street for twenty years | added"},
		{"nl", "Tom Claes vertrok.\n\nEen man die al dertig jaar een bakkerij aan de Markt heeft zegt dat de klanten wegblijven. \"Het is stil\", zegt de 61-jarige.",
			"Het is stil | Een man die al dertig jaar een bakkerij aan de Markt heeft | zegt"},
		// A description after a fronted adverbial that names nobody is
		// its sentence's subject: the pronoun after it is the one
		// described, not the person named before.
		{"en", "Dr Quinta Marrable said little would change.\n\nOn Keel Street, a baker who asked not to be named said she had cut her use of water. \"We manage,\" she said.",
			"We manage, | a baker who asked not to be named | said"},
		{"en", "Dr Quinta Marrable said little would change.\n\nA person familiar with the plans said talks had been held. \"It is on the table,\" the person said.",
			"It is on the table, | A person familiar with the plans | said"},
		{"nl", "Burgemeester Harm Teuwsen noemde de actie begrijpelijk.\n\nEen pendelaar die urenlang vaststond op de ringweg had er begrip voor. \"Ik was te laat\", lacht hij.",
			"Ik was te laat | Een pendelaar die urenlang vaststond op de ringweg | lacht"},
		// In English a given name takes the sex US births give it, over
		// the Dutch one ("Jan" is a woman's name here).
		{"en", "Sue Vinsha, the council's cabinet member, said the library would close. Jan Quorbel, who has volunteered there for years, said the building mattered.\n\n\"You see the same faces every week,\" she said.",
			"You see the same faces every week, | Jan Quorbel | said"},
		{"en", "Vice-chancellor Anna Quorbel said the fund was empty.\n\nShe met student leaders, including secretary-general Lerato Vinsha, for four hours. \"We have made progress,\" she told journalists.",
			"We have made progress, | Anna Quorbel | told"},
		// A verb coordinated right after a quotation that is no speech
		// shares the subject of the clause before that quotation.
		{"en", "Denise Quorbel said Harold Vinsha had taken money from the railway. Vinsha called the claim \"garbage\" and said the donations were \"a matter of public record.\"",
			"a matter of public record. | Harold Vinsha | called"},
		// After a fronted phrase of a preposition that names a person,
		// the description before the verb is the subject; a firm's name
		// that opens a sentence keeps its first word.
		{"en", "Sunrise Vinsha Limited will lay off 450 workers, the company has said.\n\nIn a statement signed by its head of communications, Mrs Ngozi Quorbel, the company said the decision was \"painful but unavoidable\".",
			"painful but unavoidable | Sunrise Vinsha Limited | said"},
		// After a fronted phrase that is no subject, the name after the
		// Dutch verb is its subject; after a subject that is no name, it
		// is the object.
		{"nl", "Minister Ingrid Vinsha heeft het project uitgesteld.\n\nIn een fel debat verweet Kamerlid Rutger Quorbel de minister dat ze 'het Noorden opnieuw laat zitten'.",
			"het Noorden opnieuw laat zitten | Rutger Quorbel | verweet"},
		{"nl", "Advocaat Jan Vinsha sprak van een schande.\n\nDe rechtbank noemde Nabil Q. „een betrouwbaar verklarende getuige”.",
			"een betrouwbaar verklarende getuige | De rechtbank | noemde"},
		// "verwijten" and "erop wijzen" report what their subject says.
		{"nl", "Burgemeester Nadia Vinsha heeft het project verdedigd.\n\nGemeenteraadslid Leen Quorbel (Groen) verweet burgemeester Nadia Vinsha dat die het project «op het laatste moment nog duurder» had gemaakt.",
			"op het laatste moment nog duurder | Leen Quorbel | verweet"},
		{"nl", "K. schudde zijn hoofd.\n\nZijn advocaat, mr. Thijs Quorbel, wees erop dat de vrouw bij een tweede verhoor „veel minder stellig” was.",
			"veel minder stellig | Thijs Quorbel | wees erop"},
		// A relative clause on a person with a reporting verb of its own
		// (a Dutch separable verb written whole there): the person
		// speaks, not the sentence's subject; unless the clause has a
		// subject of its own ("who he said had").
		{"nl", "Anna Vinsha sprak woensdag met de minister, Mahamat Quorbel, die de gemeenschap opriep om \"eindelijk de ogen te openen\".",
			"eindelijk de ogen te openen | Mahamat Quorbel | opriep"},
		{"en", "Anna Vinsha met the envoy, Tom Quorbel, who urged donors to \"act before the rains\".",
			"act before the rains | Tom Quorbel | urged"},
		{"en", "Fire chief Gareth Vinsha spoke first.\n\nHe praised the warden, Margaret Quorbel, who he said had \"refused to leave until every resident was out\".",
			"refused to leave until every resident was out | Gareth Vinsha | praised"},
		// An apposition with an age before the name names the one
		// described.
		{"en", "Tom Hale, a pollster, said turnout would be low.\n\nA first-time voter, 18-year-old Sofia Quorbel, said she would vote. \"Everybody is nice at the door,\" she said.",
			"Everybody is nice at the door, | Sofia Quorbel | said"},
		// A body that opens the clause before a phrase set off by commas
		// that opens with a preposition is the subject, not the person
		// named in that phrase.
		{"en", "A rescuer said two more people were found.\n\nThe Vinsha State Building Agency (VSBA), in a statement signed by its spokesperson, Mrs Adaeze Quorbel, said the building had been marked for a test.\n\n\"The owner was served a notice,\" the statement read.",
			"The owner was served a notice, | Vinsha State Building Agency | said"},
		// Not a report inside a report: a place after the cue, and a
		// participle after a comma.
		{"en", "Germany's development minister, Katrin Quorbel, said Berlin would add 45 million euros, adding: \"This is not charity.\"",
			"This is not charity. | Katrin Quorbel | said"},
		// A report inside a report: the inner cue's new subject speaks.
		{"en", "The prosecutor, Alison Quorbel, opened the case.\n\nShe said a lorry driver travelling the other way had described seeing the van \"wandering like it was on autopilot\".",
			"wandering like it was on autopilot | a lorry driver | described"},
		// The subject of a restrictive relative clause speaks in it:
		// "scenes that one steward called “…”".
		{"en", "Organisers of Fleadh Vinsha said the crowd was the biggest yet.\n\nThe final night saw the Quorbel Players win, sparking scenes that one steward called \"a wedding and a funeral rolled into one\".",
			"a wedding and a funeral rolled into one | one steward | called"},
		// A club's name after "en" right before the verb is the subject
		// of a clause of its own, not the body that opens the sentence.
		{"nl", "Sjoerd Hoekstra sprak van een zware dag.\n\nBuurclub vv Vinsha bood velden aan, en SC Quorbel liet via sociale media weten „in gedachten bij de club” te zijn.",
			"in gedachten bij de club | SC Quorbel | liet … weten"},
		// A pronoun that opens the sentence before stays its subject over
		// "and" before a verb and a relative clause on an object: the
		// person named in that clause is not the one who speaks.
		{"nl", "Burgemeester Anna Quorbel noemt het ongeluk erg. Ze bezocht de plek en sprak met passagiers, onder wie Jikke Vinsha. „Het is een wonder”, zei ze.",
			"Het is een wonder | Anna Quorbel | zei"},
		{"en", "Mayor Anna Quorbel called the crash a disaster. She visited the site and spoke to passengers, among whom was Jikke Vinsha. \"It is a miracle,\" she said.",
			"It is a miracle, | Anna Quorbel | said"},
		// A body's name that opens with an ordinary word and "of" and
		// ends in a body's word is one name, not a person "Bay".
		{"en", "Chairman Tom Hale said the trust had waited years. \"It is ours,\" he said.\n\nBay of Vinsha Regional Council said in a statement it \"welcomed the research\" and would act.",
			"welcomed the research | Bay of Vinsha Regional Council | said"},
		// A relative clause on a definite description names someone
		// else than the one described: the pronoun after it stands for
		// the person named before the description.
		{"en", "Actor Mikkel Vinsha-Rowe has revealed he nearly quit.\n\nThe 41-year-old, who played the detective Tom Quorbel for a decade, told the paper he had written to his agent. \"It was over,\" he said.",
			"It was over, | Mikkel Vinsha-Rowe | said"},
		{"en", "Actor Mikkel Vinsha-Rowe has revealed he nearly quit.\n\nThe trader, who gave his name only as Tom, told the paper he had written to the council. \"It was over,\" he said.",
			"It was over, | Tom | said"},
		// A pronoun that opens the sentence of the person named last
		// stands for someone else than that person: "She told Judge X"
		// is not the judge.
		{"en", "Counsel for the group, Hinemoa Vinsha, said the firms knew.\n\n“They knew the risk,” Vinsha said.\n\nShe told Judge Ruaraidh Quorbel that debris had blocked two bridges.\n\n“That is what this case is about,” she said.",
			"That is what this case is about, | Hinemoa Vinsha | said"},
		// A fronted phrase of place is no subject, nor its name: the
		// description after its comma speaks.
		{"en", "Tom Hale spoke first.\n\nOutside City Hall, a man who has run the corner shop for 30 years said: \"Fix the drains first.\"",
			"Fix the drains first. | a man who has run the corner shop for 30 years | said"},
		// "alleged" after a determiner is an adjective, not the verb; the
		// name the relative clause gives is the speaker's.
		{"en", "Tom Hale spoke first.\n\nSpeaking outside the courtroom, one of the alleged victims, who gave her name only as Mrs. Quorbel, said, \"I have been going to that site since 2022.\"",
			"I have been going to that site since 2022. | Quorbel | said"},
		// "the agency" is a body the article names, not the news agency
		// the dateline gives.
		{"en", "KELSO, Ohio (AP) — Storms hit the town on Monday.\n\nThe Vinsha Health Unit warned residents. \"Stay indoors until the storm passes,\" the agency said.",
			"Stay indoors until the storm passes, | Vinsha Health Unit | said"},
		// A body's word alone is no name: the ordinary word that opens
		// the sentence before it is part of the body's name.
		{"en", "Tom Hale found the dog on Monday.\n\nCats Trust said the case showed why chips were \"absolutely vital\".",
			"absolutely vital | Cats Trust | said"},
		// A role with its field in lower case before the name ties the
		// role: "Officier van justitie mr. X" is "de officier".
		{"nl", "Officier van justitie mr. Evelien Quorbel noemde de overval brutaal.\n\nVerdachte Dennis K. zweeg in de zaal. „Vijf jaar is hier het minimum”, aldus de officier.",
			"Vijf jaar is hier het minimum | Evelien Quorbel | aldus"},
		// "de partij" refers back to the party the article names.
		{"nl", "Burgemeester Tom Vinsha is tevreden.\n\nBij de VNP is de ontgoocheling groot. De partij bleef de grootste. „De kiezer heeft ons de grootste gemaakt”, laat de partij weten.",
			"De kiezer heeft ons de grootste gemaakt | VNP | laat … weten"},
		// "the statement said" after "X's office said in a statement":
		// the office issued it, as the article writes it.
		{"en", "Governor Ellen Vinsha signed the bill on Monday.\n\nThe bill passed on a voice vote. Vinsha's office said in a statement that the governor had pushed for the money.\n\n\"The governor has asked for this for five years,\" the statement said.",
			"The governor has asked for this for five years, | Vinsha's office | said"},
		// A body's word that opens the sentence before the preposition of
		// its name is the name's: "Department of Health", not "Health".
		{"en", "Tom Hale spoke first.\n\nDepartment of Health officials said the ward would reopen \"within a fortnight\".",
			"within a fortnight | Department of Health | said"},
		// A noun for a person of a listed place after "een" is a
		// description, no name.
		{"nl", "Tom Vinsha sprak eerst.\n\nEen Amelander die dagelijks met de boot naar zijn werk gaat, zegt het niet lang meer vol te houden. ‘Ik sta om half zes op.’",
			"Ik sta om half zes op. | Een Amelander die dagelijks met de boot naar zijn werk gaat | zegt"},
		// The same where that word is also a given name: "Port of …".
		{"nl", "Tom Vinsha sprak eerst.\n\nPort of Kelso laat weten dat de cluster \"sterk genoeg blijft\".",
			"sterk genoeg blijft | Port of Kelso | laat weten"},
		// A body's document speaks for the body: "the commission's order".
		{"en", "The Vinsha Energy Commission said new limits would apply from Monday. Tom Quorbel, a trader, was worried. \"It is necessary to act now,\" the commission's order said.",
			"It is necessary to act now, | Vinsha Energy Commission | said"},
		// A heading with no verb: the person, then the body with its
		// lower-case noun and its place.
		{"nl", "Directeur Hakan Vinsha van basisschool De Klimop in Genk: \"Wij zitten onder het gemiddelde.\"",
			"Wij zitten onder het gemiddelde. | Hakan Vinsha | :"},
		// A noun for a body refers back to the body the sentence before
		// opens with, before the body the article names most; a Dutch
		// compound of a body's word is such a noun.
		{"nl", "Het Vinsha Fonds betaalt mee. Het Vinsha Fonds is tevreden.\n\nQuorbel, de koepel van woningcorporaties, noemt het bedrag „te laag”. „Wij willen het dubbele”, laat de organisatie weten.",
			"Wij willen het dubbele | Quorbel | laat … weten"},
		{"nl", "Een student zegt dat het lang duurt.\n\nVinsha Rail, eigenaar van het station, wijst naar de gemeente. 'De kelder is van de stad', laat het spoorbedrijf weten.",
			"De kelder is van de stad | Vinsha Rail | laat … weten"},
		// "the commissioner" is the person the article gave the title, not
		// the body before it in "Kelso County Commissioner"; "an Interpol
		// spokesperson" stays Interpol's word.
		{"en", "The Kelso County Commissioner for Roads, Dr. Tom Quorbel, who visited the site, said the bridge was safe.\n\nThe commissioner added that repairs \"would be finished by May\", and left.",
			"would be finished by May | Tom Quorbel | added"},
		// A role with its portfolio is the person the article gave that
		// portfolio, not the last person with the role.
		{"nl", "Het kabinet twist over het geld dat minister Karim Vinsha (Defensie) wil.\n\nMinister van Financiën Lotte Quorbel hield de boot af.\n\nMinister Vinsha zelf koos zijn woorden. „We moeten snel zijn”, zei Vinsha.\n\nOok Lotte Quorbel bleef kalm. „Over het doel zijn we het eens”, zei de minister van Financiën.",
			"Over het doel zijn we het eens | Lotte Quorbel | zei"},
		// Particles on both sides of a double surname; the first part
		// after its particles stands for the whole.
		{"nl", "Huisarts Marieke van der Quorbel-de Vinsha is boos. “Dit is onverantwoord”, zegt Van der Quorbel.",
			"Dit is onverantwoord | Marieke van der Quorbel-de Vinsha | zegt"},
		{"nl", "Huisarts Marieke van der Quorbel-de Vinsha is boos.\n\n“We hebben geen keus”, zegt Marieke.",
			"We hebben geen keus | Marieke van der Quorbel-de Vinsha | zegt"},
		// A surname alone is the double surname whose second part opens
		// with a particle; a capitalised particle leads two more words;
		// a particle is glued to its surname by an apostrophe.
		{"nl", "Wethouder Mirjam Quorbel-ter Vinsha (Sport) legt zich erbij neer. ‘Ik voer het uit’, zegt Quorbel.",
			"Ik voer het uit | Mirjam Quorbel-ter Vinsha | zegt"},
		{"nl", "Prof. dr. Lieve Van den Bossche, rector van de universiteit, ziet risico's. ‘Dat is te duur’, zegt Van den Bossche.",
			"Dat is te duur | Lieve Van den Bossche | zegt"},
		{"nl", "Het museum heropent. ‘Het bruist’, aldus prof. dr. Machteld d’Quorbel, voorzitter van de raad van toezicht.",
			"Het bruist | Machteld d’Quorbel | aldus"},
		// An organisation's name with "and" or "&" is one name; an
		// acronym stands for the name the article spells out.
		{"en", "Staffing is short.\n\nThe Farrowdale Nurses and Midwives Union said: \"The figures were predictable.\"",
			"The figures were predictable. | Farrowdale Nurses and Midwives Union | said"},
		{"nl", "Het is druk in de zorg.\n\nVakbond Quorbel Zorg & Welzijn zegt: \"Dit is een noodsignaal.\"",
			"Dit is een noodsignaal. | Quorbel Zorg & Welzijn | zegt"},
		{"en", "More children are waiting, according to the Regional Care Authority.\n\nThe RCA said the rise was due to a shortage of nurses. \"Every effort is being made,\" the RCA said.",
			"Every effort is being made, | Regional Care Authority | said"},
		// "klinkt het" after a sentence whose subject is someone else
		// than the last speaker: that subject.
		{"nl", "Ook ploegleider Koen Quorbel, die Van de Vinsha al begeleidt sinds zijn eerste jaren, was in de wolken. \"Jarne is een werker.\"\n\nVan de Vinsha zelf houdt de voeten op de grond. \"Het WK is nog ver weg\", klinkt het.",
			"Het WK is nog ver weg | Van de Vinsha | klinkt het"},
		// A noun set off before a name is tied to it.
		{"nl", "De beelden tonen hoe de verdachte, Dennis van der Q., een mes trekt.\n\nRechter Jeroen Vinsha vroeg hem waarom. „Ik weet het niet”, antwoordde de verdachte zacht.",
			"Ik weet het niet | Dennis van der Q. | antwoordde"},
		// An acronym and a place are one name.
		{"nl", "Boerenorganisatie QVO Nederland is minder enthousiast. “Weer een jaar onzekerheid”, zegt QVO Nederland.",
			"Weer een jaar onzekerheid | QVO Nederland | zegt"},
		// Before a colon, the person of "van de" a body speaks.
		{"nl", "De bouw ligt stil.\n\nHoogleraar Rianne Quorbel van de Radboud Universiteit: “Een jaar extra lost dat niet op.”",
			"Een jaar extra lost dat niet op. | Rianne Quorbel | :"},
		// A description after an adverb that opens the sentence is its
		// subject; "zijn" before a noun is his, inside the clause.
		{"nl", "Vervoerder Bert Quorbel klaagt over wachttijden.\n\nOok een chauffeur die op een parkeerplaats zijn rusttijd neemt, kent het probleem. Hij wil niet met zijn naam in de krant. “Wachten, altijd wachten.”",
			"Wachten, altijd wachten. | een chauffeur die op een parkeerplaats zijn rusttijd neemt | "},
		// An abbreviated title makes its bearer's noun: "Sen." is "the
		// senator" (lexicon/honorifics.txt).
		{"en", "Sen. Bo Quorbel, R-Mont., pressed Dennis Vinsha on a plan to let airports switch to remote towers.\n\n\"So your answer is to take the tower away,\" the senator asked.",
			"So your answer is to take the tower away, | Bo Quorbel | asked"},
		// An adverb that opens the clause is no preposition: the
		// description after it is the reporting verb's subject.
		{"nl", "Schepen Sofie Quorbel is tevreden. «Het werkt», zegt ze.\n\nOok een buurtbewoonster die al dertig jaar aan het plein woont, reageert opgelucht. «Vorige maand ben ik gestruikeld.»",
			"Vorige maand ben ik gestruikeld. | een buurtbewoonster die al dertig jaar aan het plein woont | reageert"},
		// "Een van hen" is who its apposition says.
		{"nl", "De minister sprak met cursisten. Een van hen, een 52-jarige chauffeur die vorig jaar een boek uitlas, vertelde over zijn ervaringen. ‘Ik heb het dertig jaar verstopt.’",
			"Ik heb het dertig jaar verstopt. | een 52-jarige chauffeur die vorig jaar een boek uitlas | vertelde"},
		// "the union leader" is a person, not the union.
		{"en", "The state chairman of the Farrowdale Union of Teachers, Comrade Abdul Quorbel-Vinsha, said the union had exhausted every avenue.\n\n\"Our members cannot eat promises,\" the union leader said.",
			"Our members cannot eat promises, | Abdul Quorbel-Vinsha | said"},
		// A preposition of place after a description's noun takes a
		// named place or body, not a plain noun phrase.
		{"en", "Farmers are worried.\n\nA senior official in the State Agriculture Department, who did not wish to be named, said the department would \"study the paper carefully\".",
			"study the paper carefully | A senior official in the State Agriculture Department | said"},
		{"nl", "Er wordt veel ingebroken.\n\n\"Ik slaap slecht\", zegt een buurman in de Quorbelstraat.",
			"Ik slaap slecht | een buurman in de Quorbelstraat | zegt"},
		{"nl", "De gemeente zwijgt.\n\n\"We bekijken het\", laat een woordvoerder in een reactie weten.",
			"We bekijken het | een woordvoerder | laat … weten"},
		// A noun set off before a name after a body's name is tied to
		// it; a possessive determiner too, past a title; a synonym of
		// the tied noun stands for the same person (synonyms.txt).
		{"en", "The Farrowdale Regional Council mayor, Tom Quorbel-Lowe, said 140 homes had been flooded.\n\n\"Mary Street is under water,\" the mayor said.",
			"Mary Street is under water, | Tom Quorbel-Lowe | said"},
		{"nl", "„Dat wist ik niet”, antwoordde Jelle Q.\n\nZijn advocaat, mr. Auke Vinsha, vroeg vrijspraak. „Mijn cliënt is geen heilige”, aldus de raadsman.",
			"Mijn cliënt is geen heilige | Auke Vinsha | aldus"},
		// A function word right after a determiner is the phrase's
		// adjective, not the clause's edge: "the former Samoa
		// international" is a description, not Samoa.
		{"en", "Flood peak\n\nThe Farrowdale Regional Council mayor, Tom Quorbel-Lowe, said about 140 homes had been flooded.\n\n\"Mary Street is under water,\" the mayor said.\n\nThe Mystics coach, Daniel Vinsha, was philosophical. \"One goal,\" the former Samoa international told reporters.",
			"One goal, | Daniel Vinsha | told"},
		// A Dutch compound ending in a body's word takes a preposition
		// and an article into its name; its first word alone stands
		// for it.
		{"nl", "Volgens de Rijksdienst voor het Cultureel Erfgoed is onderhoud nodig. „Het risico is reëel”, stelt de Rijksdienst in een toelichting.",
			"Het risico is reëel | Rijksdienst voor het Cultureel Erfgoed | stelt"},
		// A verb of manner between a person and a colon.
		{"en", "Crewe manager Jerome Okonkwo-Vinsha was furious.\n\nSeason-ticket holder Martin Quorbel, 61, said: \"That is the worst decision I have seen.\"\n\nAsked if he feared a charge, Okonkwo-Vinsha shrugged: \"Let them charge me.\"",
			"Let them charge me. | Jerome Okonkwo-Vinsha | :"},
		// An irregular past form after a plain word ends a relative
		// clause or a participle phrase: the main clause's verb
		// (lexicon/generated/past_en.txt).
		{"en", "The judge set a date.\n\nOutside, a retired teacher who said she had paid taxes in the county for 40 years held a sign. \"I want the money back,\" the woman said.",
			"I want the money back, | a retired teacher who said she had paid taxes in the county for 40 years | said"},
		{"en", "Tom Hale spoke first.\n\nA fourth-grader holding a hand-drawn sign stood on a chair. \"Where am I going to go?\" she asked.",
			"Where am I going to go? | A fourth-grader holding a hand-drawn sign | asked"},
		// A person named after "van" a body is the body's, not the
		// subject.
		{"nl", "Het veer vaart niet.\n\nDirecteur Maarten Quorbel van Westerschelde Ferry erkent dat de situatie slecht is. ‘Wij hebben drie vacatures.’",
			"Wij hebben drie vacatures. | Maarten Quorbel | erkent"},
		// After "De advocaat van X", the apposition names the subject.
		{"nl", "Het parket eiste een celstraf.\n\nDe advocaat van Patrick D., meester Bart Vinsha, vroeg de vrijspraak. «Mijn cliënt betwist niets.»",
			"Mijn cliënt betwist niets. | Bart Vinsha | vroeg"},
		// A sentence's article is no part of a body's name; a name with
		// a relative clause up to a colon speaks.
		{"nl", "Studenten protesteren.\n\nDe Eigenaarsbond, die particuliere verhuurders vertegenwoordigt: “Wie meer kamers wil, moet bouwen.”",
			"Wie meer kamers wil, moet bouwen. | Eigenaarsbond | :"},
		// A one-word Dutch compound for a body is a body the sentence
		// names ("Fietsersbond").
		{"nl", "Gedeputeerde Hanneke Quorbel presenteerde de plannen.\n\nDe Fietsersbond is blij met de plannen, maar wil meer. ‘Een route is zo sterk als het zwakste stuk’, stelt de bond.",
			"Een route is zo sterk als het zwakste stuk | Fietsersbond | stelt"},
		// A company named after a family is no person of that name.
		{"nl", "De fietsen van Rijwielfabriek Van der Zwaag worden in het noorden verkocht. Directeur Sjoerd van der Zwaag is somber.\n\n“Dan betaal je de onderdelen wel”, zegt Van der Zwaag.",
			"Dan betaal je de onderdelen wel | Sjoerd van der Zwaag | zegt"},
		// An acronym stands for the person given the title it
		// abbreviates, whole or its last words.
		{"en", "Deputy Public Prosecutor Nur Syafiqah Quorbel told the court that the checks were never done.\n\n“The conduct put the public at risk,” the DPP said.",
			"The conduct put the public at risk, | Nur Syafiqah Quorbel | said"},
		{"en", "The port managing director Capt Hamisi Vinsha said ships wait for days.\n\n“We need more cranes,” the MD said.",
			"We need more cranes, | Hamisi Vinsha | said"},
		// A body's name holds the list of its fields; an acronym right
		// before a name is a title; a second phrase of place after a
		// description's first one belongs to it.
		{"en", "The fish market moves.\n\nThe Ministry for Agriculture, Fisheries and Animal Rights said the move was needed. “Nobody wants to lose the town's character,” the ministry said.",
			"Nobody wants to lose the town's character, | Ministry for Agriculture, Fisheries and Animal Rights | said"},
		// A pronoun's sex is checked against the mention's own given
		// name, not only against the fullest name with its surname.
		{"en", "Tomas Quorbel-Vinsha was at work when the fire started. A neighbour who saw the smoke ran over with a ladder.\n\n“I heard her screaming,” the neighbour said.\n\nMarisol Quorbel-Vinsha said she would never be able to thank him enough. “He handed my babies down to me,” she said.",
			"He handed my babies down to me, | Marisol Quorbel-Vinsha | said"},
		{"en", "Engine checks ground jets\n\nChief executive Nadia Marsh told reporters the summer was hard. The checks were ordered by engine maker Vinsha Aero after it found a defect.\n\nMarsh said the airline would seek compensation from Vinsha. “We are in talks, and I will not negotiate in public,” she said.",
			"We are in talks, and I will not negotiate in public, | Nadia Marsh | said"},
		// A phrase headed by a noun for a body, with a body's name set
		// off after it, is that body, before or after the quotation.
		{"en", "Slash floods valley\n\nResidents cleaned up on Monday. “We are not out of the woods,” said farmer Tomas Quorbel.\n\nThe company that manages most of the pine plantations above the valley, Kereru Forest Holdings, said in a statement that it was “deeply disappointed” that logs had again left its sites.",
			"deeply disappointed | Kereru Forest Holdings | said"},
		{"en", "Care worker wins\n\nMaricel Vinsha, 44, said she had loved her job. “I only wanted someone to listen,” she said.\n\nHer union, GMB Scotland, said the case should be “a wake-up call for the whole sector”.",
			"a wake-up call for the whole sector | GMB Scotland | said"},
		{"en", "Care worker wins\n\nMaricel Vinsha, 44, said she had loved her job. “I only wanted someone to listen,” she said.\n\n“This should be a wake-up call for the whole sector,” her union, GMB Scotland, said.",
			"This should be a wake-up call for the whole sector, | GMB Scotland | said"},
		// A noun set off before a name may take a phrase of what it
		// serves, after a possessive name and before a title without its
		// dot; the noun, modified by a body's word, stands for the name.
		{"en", "Matatu strike\n\nVinsha County's executive for mobility and works, Ms Halima Quorbel, defended the charge.\n\nOwners' chairman Samuel Langat said the strike would go on.\n\n“The city cannot keep subsidising private businesses,” said the county executive.",
			"The city cannot keep subsidising private businesses, | Halima Quorbel | said"},
		// ", who is also principal of …," ties the role to the name.
		{"en", "Fees delayed\n\nHeads association chairman Kip Rotich, who is also principal of a national school, said the delays were the norm.\n\nA teacher, Mary Vinsha, said she had waited months.\n\n“We have raised this at every forum,” the principal said.",
			"We have raised this at every forum, | Kip Rotich | said"},
		// A Dutch noun ending in -ing is no English participle: "de
		// jongeling" is a description, which the person named before
		// outranks.
		{"nl", "Kwik wint titel\n\nVolgens de bond zaten er 4.800 toeschouwers in de zaal.\n\nIlyas Vinsha, die pas dit seizoen bij de eerste ploeg kwam, kreeg na de wedstrijd een telefoontje van zijn grootmoeder in Tanger. 'Ze had alles op haar gsm gevolgd', lachte de jongeling.",
			"Ze had alles op haar gsm gevolgd | Ilyas Vinsha | lachte"},
		{"nl", "Broers sprinten\n\nArne D'hoore was de sterkste op de laatste beklimming, maar kreeg de broers niet uit zijn wiel. \"Ik moest alles alleen doen,\" klonk het bij de Vlaming.",
			"Ik moest alles alleen doen, | Arne D'hoore | klonk het bij"},
		// A possessive whose apostrophe follows its s ("Thomas’") owns
		// the noun; the name set beside it is the subject.
		{"nl", "Schipper veroordeeld\n\nThomas’ moeder, Anjali Quorbel-Ramdin, maakte gebruik van haar spreekrecht. “Ik heb mijn zoon uitgezwaaid op de kade.”",
			"Ik heb mijn zoon uitgezwaaid op de kade. | Anjali Quorbel-Ramdin | "},
		// Verbs of mood report speech too (cues_nl.txt: baalde, foeterde,
		// jubelde).
		{"nl", "Den Bosch kampioen\n\nCoach Maarten Quorbel sprak van een bevrijding: „We zijn vaak weggezet.”\n\nBij Amsterdam was de teleurstelling groot. „Twee keer een strafcorner weggeven, dat mag niet”, baalde Amsterdam-coach Erik-Jan Vinsha.",
			"Twee keer een strafcorner weggeven, dat mag niet | Erik-Jan Vinsha | baalde"},
		// A preposition that opens the sentence governs the name after
		// it: "Namens ZLTO" is no subject.
		{"nl", "Zoetwaterbuffers\n\nHet waterschap wil de vergunning snel verlenen.\n\nNamens ZLTO reageert regiovoorzitter Marc Vinsha positief: 'Dit is waar onze leden al jaren om vragen.'",
			"Dit is waar onze leden al jaren om vragen. | Marc Vinsha | reageert"},
		// A reporting verb after a comma, with a person after it that
		// ends the sentence, is inverted: the name before the comma is
		// the object of what is reported.
		{"nl", "Nieuwe directeur\n\nMourad Quorbel wordt de nieuwe directeur van het cultuurcentrum.\n\nDe keuze voor Quorbel was unaniem, benadrukt burgemeester Alexander Vinsha. 'Er waren 31 kandidaten. Hij sprong er meteen uit.'",
			"Er waren 31 kandidaten. Hij sprong er meteen uit. | Alexander Vinsha | benadrukt"},
		{"en", "New director named\n\nMourad Quorbel will lead the arts centre from May.\n\nThe choice of Quorbel was unanimous, said Mayor Alexander Vinsha. \"There were 31 candidates. He stood out at once.\"",
			"There were 31 candidates. He stood out at once. | Alexander Vinsha | said"},
		// A body's name may open with capitalised adjectives before an
		// adjective of place.
		{"nl", "Kwik wint titel\n\nDe ploeg won met twee punten verschil.\n\nVolgens de Koninklijke Belgische Korfbalbond zaten er 4.800 toeschouwers in de zaal, 'een record voor een zaalfinale'.",
			"een record voor een zaalfinale | Koninklijke Belgische Korfbalbond | Volgens"},
		// A surname written like a reporting verb, after a given name or
		// a title in running text.
		{"en", "Fees delayed\n\nPrincipals say the money is late.\n\nMs Fatuma Said, who heads a school in Likoni, said many students are poor. \"When the money does not come, there is nowhere else to go,\" said Ms Said.",
			"When the money does not come, there is nowhere else to go, | Fatuma Said | said"},
		// Filipino particles (particles.txt: dela, delos).
		{"en", "Care worker wins\n\nMaricel Dela Vinsha had worked at the home for six years.\n\n\"I only wanted someone to listen,\" Ms Dela Vinsha said.",
			"I only wanted someone to listen, | Maricel Dela Vinsha | said"},
		// "the statement said": its issuer may be a one-word name right
		// before a reporting verb ("CalMac said").
		{"en", "Ferry chaos\n\nIain Quorbel, who runs a haulage firm, said his drivers waited for days. \"Nobody could run a business like that,\" he said.\n\nIn a statement, CalMac said it \"fully recognises the impact\" on islanders. \"Our crews have worked around the clock,\" the statement said.",
			"Our crews have worked around the clock, | CalMac | said"},
		// A description refers back to the person who opens a sentence
		// of its own block, not to an introduction before that.
		{"nl", "Oplichter bekent\n\nEen 27-jarige man uit Quorbeek stond dinsdag terecht voor oplichting.\n\nDe officier van justitie eiste een jaar cel.\n\nVinsha K. gaf alles toe. „Het spijt me echt”, zei de man.",
			"Het spijt me echt | Vinsha K. | zei"},
		{"en", "Bill stalls\n\nA Senate aide familiar with the talks said Ann Vinsha and Tom Quorbel would try to strip the clause. \"The path just got narrower,\" the aide said.",
			"The path just got narrower, | A Senate aide familiar with the talks | said"},
		// "senior" is a noun for a person too, but a name and a noun
		// after it head the description.
		{"en", "Banners removed\n\nTraders protested, said Ann Vinsha, who runs a shop.\n\nA senior QMC official, requesting anonymity, said political banners would go \"in the next phase\".",
			"in the next phase | A senior QMC official | said"},
		// "The cricket club" is the body whose name ends in both words,
		// though it was named after "at".
		{"en", "Treasurer jailed\n\nThe treasurer stole from the bar at Vinshaby Cricket Club for six years.\n\nAfter the hearing, Detective Ann Hale, of West Quorbel Police, said the fraud was calculated. The cricket club said in a statement that it was “relieved to draw a line under it”.",
			"relieved to draw a line under it | Vinshaby Cricket Club | said"},
		// A person whose phrase ends in a place after "in" speaks, not
		// the place.
		{"en", "Star dims\n\nAstronomers found a star that dims every 90 days, said lead author Mei Quorbel.\n\n\"We crossed out every explanation,\" co-author Tomasz Vinshaski of the Quorbel Astronomical Center in Warsaw said in an interview.",
			"We crossed out every explanation, | Tomasz Vinshaski | said"},
		// A role written with a capital after "the" is the role, tied
		// to the person who holds it.
		{"en", "Houseboats idle\n\nOwners protested on Monday. District Collector Vinsha Quorbelan said she would meet them.\n\n\"Nobody wants the boats idle,\" the Collector told reporters.",
			"Nobody wants the boats idle, | Vinsha Quorbelan | told"},
		// Where the sentence that names the statement names no one, its
		// subject does: a description tied to the body's name, or
		// people the article does not name.
		{"en", "Chapel to close\n\nThe Anglican Diocese of Quorbel owns the chapel. Engineer Tomas Vinsha said the ground had moved. \"It is not safe,\" he said.\n\nThe diocese said in a statement that it was sad. \"We will find a way to reopen it,\" the statement said.",
			"We will find a way to reopen it, | Anglican Diocese of Quorbel | said"},
		{"en", "Balloon lands in pool\n\nTomas Vinsha watched from his yard. \"It came down slowly,\" he said.\n\nFestival officials said in a statement that pilots choose safe sites. \"Residents have always been gracious,\" the statement said.",
			"Residents have always been gracious, | Festival officials | said"},
		// The subject of that sentence's verb says who first: a pronoun
		// (not the project named after it), or a description after a
		// fronted phrase (not a person named before).
		{"en", "Rates rise\n\nFinance Director Ann Vinsha disputed the claim. In a written statement, she said the grant had been committed to the Quorbel pump station project.\n\n\"Every dollar is accounted for,\" the statement said.",
			"Every dollar is accounted for, | Ann Vinsha | said"},
		{"en", "Mule jailed\n\nTomas Vinsha, 31, was jailed for nine months. He showed no emotion.\n\nIn a statement after the hearing, the police said they took a serious view of such cases.\n\n\"Never lend your bank account to others,\" the statement added.",
			"Never lend your bank account to others, | the police | added"},
		// A free relative's verb reports through its own subject, not
		// the sentence's.
		{"en", "Obituary\n\nAnn Vinsha, who has died aged 87, chaired the committee with what one colleague called \"the manner of a customs officer\".",
			"the manner of a customs officer | one colleague | called"},
		{"en", "Obituary\n\nTom Quorbel met Ann Vinsha in 1970. She ran the committee with what he described as \"the manner of a customs officer\".",
			"the manner of a customs officer | Tom Quorbel | described"},
		// A name before a role of two words and a person's name is the
		// person's body, no person a pronoun stands for.
		{"en", "Late draw\n\nA late header rescued a 2-2 draw at Vinshabrae Park.\n\nVinshabrae chief executive Morag Quorbel, who watched from the stand, was calm. Speaking outside, she said the club would \"look at the footage\".",
			"look at the footage | Morag Quorbel | said"},
		// A name inside a clause about a place, set off by commas, is no
		// antecedent for a pronoun after it; one inside a clause about a
		// person that names him is.
		{"en", "Stage six\n\nBartłomiej Vinshak won the stage. Jan-Willem van der Quorbel lost time.\n\nVinshak now leads the race by 31 seconds.\n\nAsked whether he could defend the lead in Sunday's time trial, where van der Quorbel had been expected to gain time, he shrugged. \"I am not a specialist,\" he said.",
			"I am not a specialist, | Bartłomiej Vinshak | said"},
		{"en", "Tents\n\nTomasz Vinshak, a council member, said the tents would stay.\n\nA man in his 30s, who gave his name only as Quorbel, said he had heard the news. \"It changes little for me,\" he said.",
			"It changes little for me, | Quorbel | said"},
		// The first of two Spanish surnames, written alone, is the
		// person's: the description after it stands for him.
		{"en", "Stage six\n\nJuan Esteban Vinshero Quorbelas was second. Marguerite Lefèvre-Tull, a director, said the plan worked. \"We waited,\" she said.\n\nVinshero, who moved up to second overall, was calm. \"Bartek was the strongest,\" the 24-year-old said.",
			"Bartek was the strongest, | Juan Esteban Vinshero Quorbelas | said"},
		// A sentence that opens with a person's surname alone, whose sex
		// no name tells, has its subject: the pronoun after it is hers,
		// not that of a woman named later in it.
		{"en", "Qualifier\n\nZorvella Quorbelan scored twice on Tuesday.\n\nCaptain Shanice Vinsha, who was winning her 100th cap, was close to tears. \"I have no words,\" she said.\n\nQuorbelan, the 22-year-old who plays her club football in the United States, said she had not hesitated when Vinsha handed her the ball. \"I knew where I was going,\" she said.",
			"I knew where I was going, | Zorvella Quorbelan | said"},
		// A description's complement may hold four plain words.
		{"en", "Sand\n\nActivists are angry. A member of a local river conservation group, which has filed a petition, said the state had \"known about this for years\".",
			"known about this for years | A member of a local river conservation group | said"},
		// A name given in quotation marks before the cue leaves the
		// clause its subject.
		{"en", "Closures\n\nThe campaign group Keep the Glens Learning said it would seek advice.\n\nIts organiser, Hamish Quorbel, a retired headteacher known throughout the glens simply as “Tosh”, said: “This is not over.”",
			"This is not over. | Hamish Quorbel | said"},
		// A capitalised role is tied as a lower-case one, and a role's
		// portfolio is part of the subject before the verb.
		{"en", "Bill passes\n\nThe Environment Secretary, Helen Quorbel-Price, told MPs the bill would pass. Tom Vinsha, chief executive of Vale Water, got a bonus.\n\n\"I do not know Mr Vinsha,\" the Secretary of State added.",
			"I do not know Mr Vinsha, | Helen Quorbel-Price | added"},
		{"en", "Bill passes\n\nThe Housing Minister, Helen Quorbel-Price, told MPs the bill would pass. Tom Vinsha, a developer, objected.\n\n\"We will build,\" the Minister for Housing said.",
			"We will build, | Helen Quorbel-Price | said"},
		// A capitalised role with its portfolio, set off before the
		// name, and a title in brackets before it, tie the role.
		{"en", "Rents\n\nThe Minister for Housing, Niamh Quorbel, who sat beside the Taoiseach, shook her head as Ger Vinsha spoke.\n\nSpeaking afterwards, the minister said a rent freeze would \"choke off supply\".",
			"choke off supply | Niamh Quorbel | said"},
		{"en", "Wages\n\nThe Minister of Labour, Dr (Mrs) Folake Quorbel, struck a cautious note. She said governors could not pay.\n\n\"We are not negotiating alone,\" the minister said.\n\nThe offer is the maximum, according to the Minister of Finance, Dr Yusuf Vinsha, who briefed reporters.",
			"We are not negotiating alone, | Folake Quorbel | said"},
		// A lead that names no one gives its roles to the person who
		// opens the next block; a later lead does not.
		{"en", "H: Housing row\n\nThe Taoiseach has insisted the housing plan is \"working, but slowly\", after new figures.\n\nAodhán Quorbel was facing pressure in the Dáil on Wednesday.",
			"working, but slowly | Aodhán Quorbel | insisted"},
		{"en", "H: Housing row\n\nAodhán Quorbel spoke first.\n\nThe Taoiseach has insisted the housing plan is \"working, but slowly\", after new figures.\n\nMáire Vinsha was facing pressure in the Dáil on Wednesday.",
			"working, but slowly | Aodhán Quorbel | insisted"},
		// A partisan noun that is a word of a party's name does not head
		// the description that opens the sentence before: the name in
		// apposition is the pronoun's.
		{"en", "Bill passes\n\nHelen Quorbel-Price spoke first. \"We act,\" she said.\n\nThe Liberal Democrats' health spokeswoman, Anjali Vinsha-Rhodes, said the bill fell short.\n\n\"A ban is a start,\" she said.",
			"A ban is a start, | Anjali Vinsha-Rhodes | said"},
		// "Harrie" is a man's name, which a generated list had as a
		// woman's: "hij" is his, not the alderwoman's.
		{"nl", "Azc\n\nRaadslid Harrie Quorbel, wiens partij tegenstemde, verweet wethouder Ine Vinsha „achterkamertjespolitiek”. „De wethouder zat al maanden aan tafel”, zei hij.",
			"De wethouder zat al maanden aan tafel | Harrie Quorbel | zei"},
		// A pronoun after "waarin" is in a relative clause: it may stand
		// for the subject named before it in its sentence.
		{"nl", "Bedreigd\n\nHet plan krijgt steun van gedeputeerde Anouk Vinsha van het Interprovinciaal Overleg. „Fijn”, zegt ze.\n\nIn een video vertelt raadslid Jasper Quorbel over de periode waarin hij elders moest wonen. Hij vertelt: „Mijn dochter vroeg waarom er een politieauto stond.”",
			"Mijn dochter vroeg waarom er een politieauto stond. | Jasper Quorbel | vertelt"},
		// A people's adjective in a role's description keeps it from a
		// person whose title gives another people's.
		{"nl", "Top\n\nDe Belgische premier Anne-Sophie Quorbel, die samen met haar Poolse collega Małgorzata Vinsha het voortouw nam, toonde zich opgelucht. “Het lukt”, zei ze.\n\nVinsha was scherper richting Boedapest. “Wie de veiligheid gijzelt, moet niet verbaasd zijn”, zei de Poolse premier.",
			"Wie de veiligheid gijzelt, moet niet verbaasd zijn | Małgorzata Vinsha | zei"},
		// A title without its dot between a title and the name leaves
		// the title's initials to the name.
		{"en", "Talks stall\n\nDelegations agreed to open corridors, Foreign Affairs Cabinet Secretary Dr Wanjiru Quorbel said.\n\nSpeaking at a briefing, the CS described the agreement as \"a modest but real step\".",
			"a modest but real step | Wanjiru Quorbel | described"},
		// A description that opens the sentence before the pronoun's
		// stands for the name set off after a clause on its noun.
		{"en", "Wards\n\nAroha Quorbel of Ngāti Vinsha said the iwi had been invited. \"We did the work,\" she said.\n\nThe minister she was referring to, Simon Vinsha-Clarke, was not present. In a statement issued on Tuesday he said the bill was about \"restoring the right of communities\".",
			"restoring the right of communities | Simon Vinsha-Clarke | said"},
		// A name after a title that opens the sentence is its subject,
		// over a titled name later in it.
		{"en", "Stage\n\nVeteran actor Rajendran Vinshamy, 67, plays Mr Quorbel, the shop owner who lends the family money.\n\nHe first read the novel as a student. \"I think I got a C,\" he said.",
			"I think I got a C, | Rajendran Vinshamy | said"},
		// A description that opens the sentence before stands for the
		// person the article tied its noun to, over one named since.
		{"en", "Trial\n\nThe witness, Chioma Quorbel, took the stand. Justice Ann Vinsha presided.\n\nThe witness said she paid Tom Hale in three instalments. \"I called him fifty times,\" she said.",
			"I called him fifty times, | Chioma Quorbel | said"},
		// A pronoun beside a verb of answering is the one a question was
		// put to in the sentence before.
		{"en", "Ferries\n\nConvener Morag Vinsha said islanders had heard it all before.\n\nThe convener closed the session by asking Ms Gillian Quorbel whether she would still be in post. \"That is for the board,\" she replied.",
			"That is for the board, | Gillian Quorbel | replied"},
		// The one told is not whom a definite description after it
		// stands for; the one who told is.
		{"en", "Jailed\n\nCraig Quorbel, 37, attacked his former partner in August.\n\nSentencing him on Thursday, Lord Vinsha told Quorbel his actions had been savage.\n\n\"You went to that flat armed with a knife,\" the judge said.",
			"You went to that flat armed with a knife, | Lord Vinsha | said"},
		// A team's name before a role and a person's name is no person
		// a pronoun stands for.
		{"en", "Hockey\n\nThe Winnipeg Blizzard drew 2-2 with the Lakers.\n\nBlizzard coach Sandrine Quorbel was frustrated that her team could not find a second goal. \"We had enough chances,\" she said.",
			"We had enough chances, | Sandrine Quorbel | said"},
		// A description a preposition governs introduces no one a later
		// definite description stands for.
		{"nl", "Sluiting\n\n«Ik ben 51», zegt Rocco Quorbel. Samira Vinsha van de vakbond was boos.\n\nEen arbeidster van de nachtploeg hoorde het nieuws via een collega. «Ik lag te slapen», zei de vrouw.",
			"Ik lag te slapen | Een arbeidster van de nachtploeg | zei"},
		// A long question fronted before the main clause is no part of
		// its subject.
		{"en", "Draw\n\nTynemouth boss Graham Quorbel felt his side deserved the points.\n\nAsked whether the referee should have awarded a free-kick for a push on goalkeeper Sophie Vinsha in the build-up to the equaliser, the Tynemouth manager was blunt: \"Everybody saw it.\"",
			"Everybody saw it. | Graham Quorbel | :"},
		// A verb coordinated with one before it shares its subject, not
		// that verb's object.
		{"en", "Semi-final\n\nBrooke Quorbel-Vance beat qualifier Nadia Vinsha 6-2 6-1 and warned: \"She's got nothing to lose.\"",
			"She's got nothing to lose. | Brooke Quorbel-Vance | warned"},
		// A person asked about in a fronted question is no candidate of
		// the quotation's sentence.
		{"en", "Takeover\n\nChief executive Margaret Quorbel said the deal was right.\n\nFund manager Rosalind Vinsha wrote that the board had \"sold too early\" and urged a vote against.\n\nAsked about Vinsha's criticism, the chief executive said: \"Every shareholder is entitled to their view.\"",
			"Every shareholder is entitled to their view. | Margaret Quorbel | said"},
		// "Comrade" is a form of address, no word of the name.
		{"en", "Strike\n\nComrade Festus Quorbel, who sat beside him, nodded. \"A bag of rice is now N80,000,\" Comrade Quorbel said.",
			"A bag of rice is now N80,000, | Festus Quorbel | said"},
		// The subject of a clause a parenthetical report interrupts is
		// not the pronoun's.
		{"en", "Kauri\n\nProfessor Rebecca Vinsha leads the trial.\n\nAroha Quorbel, who injects trees with volunteers, said the work was slow. Professor Vinsha, she added, had been \"out there in the mud with us\".",
			"out there in the mud with us | Aroha Quorbel | added"},
		// A name in a question fronted to the sentence before is not the
		// pronoun's either; the subject after the question is.
		{"en", "Caps\n\nProfessor Mei-Lin Vinsha said the minister had never explained the numbers.\n\nAsked about Professor Vinsha's criticism on the radio, Ms Claire Quorbel said universities had been consulted.\n\n\"I understand vice-chancellors are disappointed,\" she said.",
			"I understand vice-chancellors are disappointed, | Claire Quorbel | said"},
		{"en", "Film\n\nAsked what was next, Hemi Quorbel said he had begun writing a sequel, but that it would wait. \"First we sleep,\" he said.",
			"First we sleep, | Hemi Quorbel | said"},
		// A Dutch name after a lower-case article is no person's: the
		// description stands for the rider named before it.
		{"nl", "Ronde\n\nDe koers brak open op de Oude Kwaremont. Thijmen ter Quorbel werd tweede.\n\nTer Quorbel moest lossen op de Kwaremont, maar kwam op de Vinshaberg nog terug. ‘Ik had hem bijna’, gaf de Brabander toe.",
			"Ik had hem bijna | Thijmen ter Quorbel | gaf … toe"},
		// A description ends on its noun, before a participle.
		{"en", "Unit closes\n\nA board paper published last month warned that \"a small number of women may face delays\".",
			"a small number of women may face delays | A board paper | warned"},
		// A name in a question put to the subject is not the pronoun's.
		{"en", "Coalition talks\n\n\"We will decide on Friday,\" said Sipho Quorbel, who was mobbed by supporters.\n\nAsked whether the party would back Thandiwe Vinsha, he said the party \"has not decided\".",
			"has not decided | Sipho Quorbel | said"},
		// "waar" opens a relative clause too: its "hij" may stand for
		// the subject before it.
		{"nl", "Transfer\n\nTrainer Dick Quorbel is minder blij. Hij moet het zonder zijn spits doen.\n\nIlias Vinsha zelf nam op Instagram afscheid van de club waar hij op zijn achtste binnenkwam. \"Hanzestad is mijn thuis\", schrijft hij.",
			"Hanzestad is mijn thuis | Ilias Vinsha | schrijft"},
		// "liet verstaan" reports as "liet weten" does.
		{"nl", "Kinderopvang\n\nMinister Hilde Quorbel-Claes verdedigde de besparing in het parlement. Kinderopvang Vinsha reageerde kritisch.\n\nDe minister liet na afloop verstaan dat ze ‘openstaat voor bijsturingen’.",
			"openstaat voor bijsturingen | Hilde Quorbel-Claes | liet … verstaan"},
		// An indefinite description with a role the article gave a
		// person before it introduces no one the definite one stands for.
		{"nl", "Bezoek\n\nMinister van Buitenlandse Zaken Caroline Quorbel-Vinsha heeft donderdag het kamp bezocht. Het is het eerste bezoek van een Belgische minister aan de regio in vijf jaar.\n\n„Wie dit gezien heeft, kan niet meer wegkijken”, zei de minister.",
			"Wie dit gezien heeft, kan niet meer wegkijken | Caroline Quorbel-Vinsha | zei"},
		// A description of someone in office does not stand for a
		// person whose surname the article gives as an initial, as it
		// does for a suspect or a witness; another role may.
		{"nl", "Hamer\n\nDe officier eiste dinsdag acht jaar tegen Ruben K. (41). Hij sloeg zijn buurvrouw Ilse V. met een hamer. Ze overleefde het.\n\nDe officier las haar verklaring voor. „Dit was geen opwelling”, stelde de officier.",
			"Dit was geen opwelling | de officier | stelde"},
		{"nl", "Hamer\n\nDe rechtbank hoorde dinsdag Ruben K. (41).\n\nDe voorzitter vroeg waarom hij een hamer had. 'Voor het werk', antwoordde K. 'Om tien uur 's avonds?', reageerde de voorzitter.",
			"Om tien uur 's avonds? | de voorzitter | reageerde"},
		{"nl", "Matchfixing\n\nDe rechtbank hoorde dinsdag Ruben K. (41). Hij speelde jaren in doel bij Vinsha.\n\nDe voorzitter vroeg hoe hij was benaderd. „Na een training”, antwoordde de oud-keeper.",
			"Na een training | Ruben K. | antwoordde"},
		// A definite description refers back, not to a person the
		// article names only later.
		{"nl", "Opvang mag open\n\nDe voorzieningenrechter in Arnhem heeft dinsdag een kort geding afgewezen. «De gemeente heeft de buurt tijdig geïnformeerd», oordeelde de voorzieningenrechter.\n\nAdvocaat Bart-Jan Quorbel van de omwonenden is teleurgesteld. Quorbel overweegt een bodemprocedure. Volgens Quorbel maken zijn cliënten zich zorgen om het verkeer.",
			"De gemeente heeft de buurt tijdig geïnformeerd | de voorzieningenrechter | oordeelde"},
		// A name beside a noun for a thing is no person a pronoun stands
		// for; after a fronted phrase a clause is no apposition.
		{"nl", "Trainer ontslagen\n\nFC Vinsha heeft de trainer ontslagen.\n\nTechnisch directeur Marjolein Quorbel maakte het besluit bekend in de perszaal van De Vinshof, het stadion dat in Amersfoort \"de Keet\" wordt genoemd. \"We hebben lang vertrouwen gehouden in de staf,\" zei ze.",
			"We hebben lang vertrouwen gehouden in de staf, | Marjolein Quorbel | zei"},
		// A definite description that opens the sentence before is the
		// subject a pronoun goes on with: the person named before it,
		// not the one its sentence names later.
		{"nl", "Vinsha wint\n\nThibaut Vinsha heeft zaterdag de Omloop gewonnen. De 24-jarige renner uit Zottegem liet op de Muur de Deense favoriet Mikkel Quorbel staan. 'Dit is een jongensdroom', zei hij na afloop.",
			"Dit is een jongensdroom | Thibaut Vinsha | zei"},
		{"en", "Vinsha wins\n\nThibaut Vinsha won the race on Saturday. The 24-year-old rider left the Danish favourite Mikkel Quorbel behind on the climb. \"This is a dream,\" he said.",
			"This is a dream, | Thibaut Vinsha | said"},
		// An acronym written with the small words' letters in lower case
		// stands for the words in brackets before it.
		{"nl", "Gaswinning\n\nHet advies van het Staatstoezicht op de Vinshamijnen (SodV), dat de krant vorige week publiceerde, was helder. Het SodV zelf liet weten „verheugd” te zijn.",
			"verheugd | Staatstoezicht op de Vinshamijnen | liet weten"},
		// A description put after a fronted word and a copula is the
		// subject, and "de man" after it, with nobody named since, is
		// that one; not the man named before.
		{"nl", "Parkeren\n\nTom Vinsha vreest voor zijn omzet. \"Dan ben ik ze kwijt,\" zegt hij.\n\nOpgelucht is dan weer een buurtbewoner die anoniem wil blijven. \"Ik sta elke ochtend te wachten,\" zegt de man.",
			"Ik sta elke ochtend te wachten, | een buurtbewoner die anoniem wil blijven | zegt"},
		// So is one that "volgens" names as the source of its sentence.
		{"nl", "Proces\n\nDe advocaat van Piet Quorbel vroeg vrijspraak.\n\nVolgens een oud-medewerker, die eerder werd gehoord, heerste er angst. Wie vragen stelde, kreeg „een uitbrander”, verklaarde de man.",
			"een uitbrander | een oud-medewerker | verklaarde"},
		// But a pronoun or a name before the copula is the subject:
		// the description after it says what that one is.
		{"nl", "Parkeren\n\nTom Vinsha woont er al lang. Hij is ook een buurtbewoner die anoniem wil blijven. \"Ik sta elke ochtend te wachten,\" zegt de man.",
			"Ik sta elke ochtend te wachten, | Tom Vinsha | zegt"},
		// Of two the article gives one role, the role stands for the
		// one named last before the quotation, not for the one whose
		// title came last.
		{"nl", "Commissie\n\nKamerlid Bart Quorbel had weinig begrip. Kamerlid Tom Vinsha pleitte voor cellen in het buitenland. \"Het kan werken\", zei Vinsha.\n\nNa afloop bleef Quorbel strijdvaardig. \"We blijven vragen stellen\", zei het Kamerlid.",
			"We blijven vragen stellen | Bart Quorbel | zei"},
		{"en", "Committee\n\nSenator Bart Quorbel was unimpressed. Senator Tom Vinsha argued for more cells. \"It can work,\" Vinsha said.\n\nAfterwards Quorbel was defiant. \"We will keep asking,\" the senator said.",
			"We will keep asking, | Bart Quorbel | said"},
		// A surname written first that is an ordinary word too, alone
		// at a sentence's start, is the person: "Li" of "Li Quorbel".
		{"nl", "Onderzoek\n\n\"Het werkt\", zegt eerste auteur Li Quorbel.\n\nBodemkundige Sophie Vinsha noemt het goed. \"Maar methaan stijgt\", zegt ze.\n\nLi erkent dat. \"Daarom meten we door\", zegt ze.",
			"Daarom meten we door | Li Quorbel | zegt"},
		// A reporting verb inside a relative clause whose pronoun is its
		// object: the phrase after the pronoun speaks, not the sentence's
		// subject.
		{"en", "Sentencing\n\nDistrict Judge Ann Quorbel heard the case. Tom Vinsha has repaid $2,400, which the judge described as \"a small sum\".",
			"a small sum | Ann Quorbel | described"},
		// Two people share a word, one as a surname written first: the
		// title's sex tells which "Tan" is meant.
		{"en", "Results\n\nChief executive Tan Wei Quorbel spoke first. \"We knew rates would fall,\" Ms Tan said.\n\nBut Kelvin Tan, an analyst, disagreed. \"Margins will shrink,\" Mr Tan said.\n\nMs Tan said: \"We will look.\"",
			"We will look. | Tan Wei Quorbel | said"},
		{"en", "Results\n\nChief executive Tan Wei Quorbel spoke first. \"We knew rates would fall,\" Ms Tan said.\n\nBut Kelvin Tan, an analyst, disagreed. \"Margins will shrink,\" Mr Tan said.",
			"Margins will shrink, | Kelvin Tan | said"},
		// The person a subject opens with speaks, not the body after
		// "of the"; a body named after a person with "bin" is one name.
		{"en", "Findings\n\n\"We saw it move,\" mission investigator Yasmin Vinsha of the Quorbel Space Centre told a news conference.",
			"We saw it move, | Yasmin Vinsha | told"},
		{"en", "Findings\n\n\"We saw it move,\" Yasmin Vinsha of the Khalid bin Quorbel Space Centre said.",
			"We saw it move, | Yasmin Vinsha | said"},
		{"en", "Funding\n\nKhalid bin Rashid Al-Quorbel opened the lab.\n\n\"We will fund it,\" the Khalid bin Quorbel Space Centre said in a statement.",
			"We will fund it, | Khalid bin Quorbel Space Centre | said"},
		// A name that modifies the noun for the person at the sentence's
		// start: the person the article gives that party, whose initials
		// stand in brackets after her name.
		{"en", "Council\n\nCllr Ann Vinsha (QP) spoke first. \"It is wrong,\" she said.\n\nCllr Mary Ravel said there would be eight bays. The Quorbel Party councillor replied: \"Eight. For a town.\"",
			"Eight. For a town. | Ann Vinsha | replied"},
		// A person named as the object of a preposition, after the
		// title that names him, is no antecedent.
		{"en", "Match\n\nTom Vinsha held his nerve. Vinsha finished the match with a boundary off Red Force captain Jan Quorbel.\n\n\"I was not watching the scoreboard,\" the 23-year-old said.",
			"I was not watching the scoreboard, | Tom Vinsha | said"},
		{"nl", "Debat\n\nJan Vinsha sprak lang. Daarna reageerde Vinsha op minister Piet Quorbel.\n\n„Dat is onzin”, zei de 40-jarige.",
			"Dat is onzin | Jan Vinsha | zei"},
		// A sentence opened by a title and the name it gives: the
		// pronoun after it goes on with that name, not with the man
		// named a paragraph before.
		{"nl", "Wedstrijd\n\nRuud ten Quorbel gebruikte de interland om te experimenteren, zoals hij het zelf noemde. \"Nee\", zei Ten Quorbel.\n\nDe Poolse bondscoach Andrzej Vinsha was na afloop tevreden over zijn ploeg. \"We hebben goed gespeeld\", vertelde hij via een tolk.",
			"We hebben goed gespeeld | Andrzej Vinsha | vertelde"},
		// Or by a description and the name set beside it after its
		// complement: the pronoun is hers, not the woman named before.
		{"nl", "Zitting\n\nRechter Ingrid Vinsha-Vos vroeg of hij spijt had. „Ja”, zei Ricardo S.\n\nDe advocaat van S., mr. Annelies de Jong-Ravel, vroeg de rechtbank om rekening te houden met haar cliënt. Hij is in behandeling. „Een celstraf zet dat op het spel,” zei ze.",
			"Een celstraf zet dat op het spel, | Annelies de Jong-Ravel | zei"},
		// The second half of a split quotation goes with the first: the
		// cue between them names a description, not the body the
		// sentence before is about.
		{"nl", "Storm\n\nVinsha Waterbeheer verwacht veel hinder. Of de dijk dichtgaat, is niet bekend. “Dat besluiten we zelf,” zei een woordvoerder, “maar reken er niet op dat je er vanavond overheen kunt.”",
			"maar reken er niet op dat je er vanavond overheen kunt. | een woordvoerder | zei"},
		// A title of two words before an honorific and the name is the
		// role the description names, not a name that modifies it.
		{"en", "Tributes\n\nPrime Minister Dr Anand Vinsha led tributes, describing Quorbel as a treasure. Aldric Quorbel recorded 300 songs.\n\n\"He never spared any government,\" the Prime Minister said in a statement.",
			"He never spared any government, | Anand Vinsha | said"},
		{"en", "Bill\n\nThe bill was criticised by archbishop Monsignor Paul Hale. Calling it a \"culture of death\" the archbishop said \"We need to pray.\"",
			"We need to pray. | Paul Hale | said"},
		// An acronym and the region its body serves are one name; an
		// acronym and a person's name stay two.
		{"en", "Winter\n\nNHS Vinsha Valley said in a statement that the hospital had \"exceptionally high demand\".",
			"exceptionally high demand | NHS Vinsha Valley | said"},
		{"en", "Winter\n\nBBC Taco Quorbel said the hospital had \"exceptionally high demand\".",
			"exceptionally high demand | Taco Quorbel | said"},
		// "The civic body" refers back to the body named before, whose
		// name a possessive ended before its acronym in brackets.
		{"en", "Dengue\n\nAccording to data from the Vinsha Municipal Corporation's (VMC) health department, 386 cases were reported. Six deaths were recorded, though the civic body said only two had been \"confirmed by the death audit committee\".",
			"confirmed by the death audit committee | Vinsha Municipal Corporation | said"},
		// An indefinite description set beside a name is that person's
		// apposition, no one new, and the age it gives is his.
		{"en", "Trial\n\nShe testified in the trial of Tom Quorbel, a 34-year-old estate agent, who denies fraud. Detective Sam Vinsha said the money was moved.\n\nWhen called to plead, the 34-year-old told the court that he was \"only a marketer\" for the estate.",
			"only a marketer | Tom Quorbel | told"},
		// A participle's clause that opens the sentence before a colon
		// is no subject: the main clause's is, not the pronoun inside.
		{"en", "Theatre\n\nTan Hwee Quorbel directed the play. \"It is hard,\" she said.\n\nAsked what he hoped audiences would take from it, Mr Vinsha was characteristically modest: \"I hope they go home and phone their sisters.\"",
			"I hope they go home and phone their sisters. | Vinsha | :"},
		// A club's letters after its name are part of it.
		{"nl", "Hockey\n\n„Fien wordt maandag verder onderzocht”, laat Royal Vinsha HC weten.",
			"Fien wordt maandag verder onderzocht | Royal Vinsha HC | laat … weten"},
		// But a senior counsel's letters are no part of a person's name.
		{"en", "Court\n\nProsecuting counsel Brian Mac Vinsha SC said the offending had been \"deliberate and sustained\".",
			"deliberate and sustained | Brian Mac Vinsha | said"},
		// A Flemish noun for a town's inhabitant is no name.
		{"nl", "Koers\n\nTom Ravel won de sprint. Robbe Quorbel, die vijfde werd, reageerde koel. „Hij moet zelf maar sneller rijden”, zei de 23-jarige Vinshazaan.",
			"Hij moet zelf maar sneller rijden | Robbe Quorbel | zei"},
		// A description after an inverted cue ends at its noun for the
		// person: an adverb after it is no part of it.
		{"nl", "Wedstrijd\n\nHet werd 1-2. „Ik hoefde alleen mijn hoofd ertegen te zetten”, zei de spits bescheiden.",
			"Ik hoefde alleen mijn hoofd ertegen te zetten | de spits | zei"},
		// An acronym in capitals whose letters a compound gives from
		// inside stands for the words before it too.
		{"nl", "Aanmelden\n\nHet Regionaal Vinshaplatform (RVP) kreeg veel klachten. \"We moeten niet panikeren,\" aldus het RVP.",
			"We moeten niet panikeren, | Regionaal Vinshaplatform | aldus"},
		// "dat" after a common-gender noun opens the clause the verb
		// reports, no relative clause; the body named before as a
		// compound that ends in the noun speaks.
		{"nl", "Inspectie\n\nDe Quorbelinspectie bezocht de school.\n\nIn het rapport schrijft de inspectie dat in het afgelopen jaar een op de vijf lessen uitviel. „Leerlingen vervelen zich.”",
			"Leerlingen vervelen zich. | Quorbelinspectie | schrijft"},
		// Or a hyphenated one: "de raad" for "PO-Raad".
		{"nl", "Staking\n\nOok de KQ-Raad roert zich.\n\n„Elke stakingsdag is een verloren dag”, zegt de raad.",
			"Elke stakingsdag is een verloren dag | KQ-Raad | zegt"},
		// A determiner after a Dutch noun for a body opens another phrase.
		{"nl", "Tekort\n\nHet lerarentekort speelt volgens het bestuur een grote rol. „Er komt geen enkele reactie.”",
			"Er komt geen enkele reactie. | het bestuur | volgens"},
		// A thing of the owner's before a colon speaks for the owner, not
		// for the person it is about.
		{"nl", "Matchfixing\n\nOfficier van justitie Marloes Quorbel hield haar requisitoir. „Dit is verraad”, zei ze.\n\nQuorbel eiste tegen Dennis L. drie jaar cel. Tegen Ricardo V. eiste ze acht maanden. Haar conclusie over V.: „Hij heeft open kaart gespeeld.”",
			"Hij heeft open kaart gespeeld. | Marloes Quorbel | :"},
		// The same over a sentence that names no one, and with a
		// capitalised inhabitants' noun as the description's head.
		{"nl", "Vinsha naar halve finales\n\nROTTERDAM (ANP) - Bas Vinsha heeft de halve finales bereikt. De 26-jarige Leidenaar versloeg vrijdagavond de als vierde geplaatste Pool Jakub Quorbelski in drie sets. Het is voor het eerst sinds 2019 dat een Nederlander bij de laatste vier zit.\n\n\"Ik weet niet wat er gebeurd is,\" zei hij na afloop.",
			"Ik weet niet wat er gebeurd is, | Bas Vinsha | zei"},
		// "pressed", "scoffed": reporting verbs (cues_en.txt).
		{"en", "Trial\n\n\"It was dark, advocate. I was afraid,\" Tom Quorbel replied.\n\n\"Afraid of a man walking away from you?\" Ms Vinsha pressed.",
			"Afraid of a man walking away from you? | Vinsha | pressed"},
		// "The company" is the firm named with its legal form, not a
		// person with an initial whom no list knows.
		{"en", "Profit falls\n\nQuorbel-based Vinsha Spinning Mills Ltd on Thursday reported a fall in profit.\n\nUnion leader P. Tamarind said 400 workers had lost their contracts. \"Nobody talks about the families,\" he said.\n\nThe company said in a statement that it had \"not retrenched any permanent employee\".",
			"not retrenched any permanent employee | Vinsha Spinning Mills Ltd | said"},
		// A dateline's place is no subject: the clause opens after the
		// dash that ends it.
		{"en", "Talks\n\nVINSHA, April 3 (Quorbel News) - Mediators said on Wednesday that talks had made \"significant progress,\" but that gaps remain.",
			"significant progress, | Mediators | said"},
		// A body's noun alone as that verb's subject issued it.
		{"en", "Shooting\n\nTomas Vinsha was shot on Friday.\n\nIn an initial statement on Saturday morning, police said officers had come under attack.\n\n\"One suspect was fatally injured,\" the statement said.",
			"One suspect was fatally injured, | police | said"},
		// A pronoun inside a clause about someone else tells nothing of
		// the sex of the person named before it.
		{"en", "Obituary\n\nSiobhán Vinsha, who has died aged 81, was a physicist.\n\n\"She was fierce,\" said Declan Quorbel, her colleague.\n\nDr Wei-Jie Tamarind, one of more than 40 students she supervised, described her as \"the reason I stayed\".\n\n\"I arrived knowing nobody,\" he said.",
			"I arrived knowing nobody, | Wei-Jie Tamarind | said"},
		// A description named in apposition after a phrase of place or
		// body introduces no one unnamed.
		{"en", "Rates\n\nA professor of economics at the University of Quorbel, Prof. Tunde Vinsha, said the committee had \"little choice\". \"The naira has lost value,\" he told our correspondent.",
			"The naira has lost value, | Tunde Vinsha | told"},
		// A year after a preposition is no part of the subject.
		{"en", "Obituary\n\nAnn Vinsha wrote four novels. Critics were not kind. A reviewer in 1979 dismissed her second novel as \"sentimental nostalgia\".",
			"sentimental nostalgia | A reviewer | dismissed"},
		// One word after a body's field and "and" is another field, even
		// a word for a body; a title's office is a body's name, with the
		// name before it and a place after it.
		{"en", "Crash\n\nPedestrian deaths are rising. The city's Department of Transportation and Mobility said it would look at the road. \"We are reviewing lighting,\" the department said.",
			"We are reviewing lighting, | Department of Transportation and Mobility | said"},
		{"en", "Clerk jailed\n\nThe clerk must report to prison in May.\n\nIn a statement after the hearing, the U.S. Attorney’s Office for the District of Minnesota said: “Public officials who steal will be held accountable.”",
			"Public officials who steal will be held accountable. | U.S. Attorney’s Office for the District of Minnesota | said"},
		// An acronym and two ordinary words, the last a word for a body,
		// are one body's name.
		{"en", "Heatwave\n\nTemperatures reached 44 degrees on Monday.\n\nSA Power Networks said it would cut supply only \"as a last resort\".",
			"as a last resort | SA Power Networks | said"},
		// A country's acronym before such a name is the body's (a given
		// name, "Forest", opens the rest); not before a person's name.
		{"en", "Wildfire\n\nCrews gained ground near Quorbel on Tuesday.\n\n\"We have the northern flank under control,\" the U.S. Forest Service said in a statement.",
			"We have the northern flank under control, | U.S. Forest Service | said"},
		{"en", "Wildfire\n\nCrews gained ground near Quorbel on Tuesday.\n\n\"We have the northern flank under control,\" U.S. Senator Vinsha Quorbel said.",
			"We have the northern flank under control, | Vinsha Quorbel | said"},
		// A legal form ends a firm's name; an inhabitants' noun with an
		// ending no surname has is no name after "De"; a role word that
		// particles made a surname is one wherever it stands.
		{"nl", "Windpark\n\nDe gemeenteraad stemde in.\n\nOntwikkelaar Kempenwind BV laat in een reactie weten dat de turbines \"ruim binnen de normen\" blijven.",
			"ruim binnen de normen | Kempenwind BV | laat … weten"},
		{"nl", "Darts\n\nJelle De Meester heeft voor de grootste verrassing gezorgd. De Antwerpenaar won in de tweede ronde. \"Ik heb nog nooit zo hard getrild,\" zei De Meester na afloop.",
			"Ik heb nog nooit zo hard getrild, | Jelle De Meester | zei"},
		{"nl", "Darts\n\nJelle De Meester won zijn partij.\n\nIn de derde ronde wacht de Pool Tomasz Zielinski. De Meester: \"Wie het ook wordt, ik heb niets te verliezen.\"",
			"Wie het ook wordt, ik heb niets te verliezen. | Jelle De Meester | :"},
		// The one a noun for another is "of" is no pronoun's or next
		// sentence's person when that other is named too.
		{"nl", "Rechtszaak\n\nDe verdachte Damian K. zweeg. Jesse Quorbel (17) kwam bij het ongeluk om het leven.\n\nDe moeder van Jesse, Marga Quorbel-Hendriksen, las een slachtofferverklaring voor. “Jesse wilde dierenarts worden,” zei ze met trillende stem. Ze keek de verdachte daarbij recht aan: “Jij hebt ons alles afgenomen.”",
			"Jij hebt ons alles afgenomen. | Marga Quorbel-Hendriksen | :"},
		// An introduction with a name inside it, after the verb, is read
		// as findIntros read it.
		{"en", "Budget veto\n\nThe governor vetoed the grants on Friday.\n\n\"Nobody in that building is going to spend political capital to override her,\" said a longtime Capitol lobbyist who represents several county governments.",
			"Nobody in that building is going to spend political capital to override her, | a longtime Capitol lobbyist who represents several county governments | said"},
		// ", and" after a quotation opens a clause of its own, whose
		// verb reports nothing of it.
		{"en", "Flooding\n\nRoads were closed on Friday.\n\nThe Meteorological Service of Jamaica said a trough was expected to bring “periods of moderate to heavy showers” across the island until Saturday, and a flash-flood warning remains in effect for low-lying areas.",
			"periods of moderate to heavy showers | Meteorological Service of Jamaica | said"},
		// More nouns for a text that speaks for its issuer
		// (documents.txt: advisory, bulletin, notice, report, …).
		{"en", "Typhoon aftermath\n\nMaria Quorbel runs a water station. \"If the diesel runs out, we lose water too,\" she said.\n\nThe Vinsha Electric Cooperative said in an advisory that 1,300 poles were toppled. \"We ask for the patience of our member-consumers,\" the advisory said.",
			"We ask for the patience of our member-consumers, | Vinsha Electric Cooperative | said"},
		// A body's name after the nouns that open the sentence is the
		// subject of the verb after it.
		{"en", "Typhoon\n\nRelief goods arrived on Monday, Rowena Quorbel told reporters.\n\nState weather bureau PAGASA said a low-pressure area could develop but was \"unlikely to directly affect Bicol.\"",
			"unlikely to directly affect Bicol. | PAGASA | said"},
		// A source set off by a comma before a clause with its own
		// reporting verb: the clause's subject speaks.
		{"en", "Shooting\n\n\"Now I have to drive that boy home myself,\" said Bernice Quorbel, who raised him.\n\nAccording to the complaint, one of the teens told detectives he fired because \"they was reaching, so I thought they had something.\"",
			"they was reaching, so I thought they had something. | one of the teens | told"},
		// A gendered noun set off before a name gives its sex, which the
		// lists of given names may not know.
		{"en", "Tributes\n\nTributes have been paid to Denis “Dinny” Quorbel, the fisherman who died on Tuesday.\n\nMr Quorbel fished out of the harbour for more than 50 years.\n\nHis wife of 52 years, Máire Quorbel, said the family had been overwhelmed. \"He would be mortified by all the fuss,\" she said.\n\nHis daughter, Aoife Quorbel-Okafor, travelled home from Toronto.",
			"He would be mortified by all the fuss, | Máire Quorbel | said"},
		// "volgens" and an article's noun for a person, before the
		// clause's verb and subject: the noun is the source, and no title
		// of the name after that verb.
		{"nl", "Rechtszaak\n\nDamian K. (24) stond terecht. Zijn advocaat, mr. Youssef Vinsha, pleitte voor een taakstraf. “Mijn cliënt is geen crimineel,” aldus Vinsha.\n\nDe raadsman zette ook vraagtekens bij het onderzoek. Volgens de advocaat reed K. op het moment van de aanrijding geen 95, maar “hooguit tachtig, zoals daar is toegestaan”.",
			"hooguit tachtig, zoals daar is toegestaan | Youssef Vinsha | Volgens"},
		// More Dutch nouns for the people of a region (demonyms_nl.txt).
		{"nl", "Darts\n\nJelle Vinsha won met 3-2.\n\nWessel ter Braak, die vorig jaar nog in de halve finale stond, was kapot. “Ik heb mijn kansen laten liggen,” zei de Drent.",
			"Ik heb mijn kansen laten liggen, | Wessel ter Braak | zei"},
		// A sentence that names no one between a person's sentence and a
		// quotation in one paragraph leaves the quotation to that person.
		{"nl", "Hoogspanningslijn\n\n\"Dit dossier is slecht gecommuniceerd,\" aldus burgemeester Marleen Quorbel.\n\nOok landbouwer Dirk Vinsha is ongerust. Zijn akkers worden door de lijn doorsneden. \"Mijn grootvader heeft deze grond gekocht in 1952. Daar word je niet vrolijk van.\"",
			"Mijn grootvader heeft deze grond gekocht in 1952. Daar word je niet vrolijk van. | Dirk Vinsha | "},
		// Letters after a name give its role (postnominals.txt).
		{"en", "Driver jailed\n\nConnor Vinsha, 26, admitted causing death by careless driving.\n\nImran Quorbel KC, defending, said Vinsha was \"genuinely remorseful\". \"He knows that nothing he says can undo what he did,\" the barrister said.",
			"He knows that nothing he says can undo what he did, | Imran Quorbel | said"},
		// A quotation before another in one sentence that is no speech,
		// with no reporting verb between, leaves its clause to the next;
		// one with a verb between does not ("Smith called it an
		// “interesting” case; Miller said “…”" is Miller's).
		{"en", "Plant to close\n\nShares fell, said Irene Vinsha, an analyst at Kestrel Capital.\n\nThe New Brunswick government said in a statement that it was \"disappointed\" by the decision and would work with the company \"to connect every affected worker with training.\"",
			"to connect every affected worker with training. | New Brunswick government | said"},
		{"en", "Ship lost\n\nTom Smith and Doug Miller spoke to reporters. Smith called the disappearance an \"interesting\" case; Miller said \"It is a little hard to say what is going on\".",
			"It is a little hard to say what is going on | Doug Miller | said"},
		// "health" ends a body's name, and the place before it stays in it.
		{"en", "Ice storm\n\n\"Knock on their door,\" said councillor Anna Quorbel.\n\nOttawa Public Health warned people not to run generators indoors.\n\n\"Carbon monoxide has no smell and no colour.\"",
			"Carbon monoxide has no smell and no colour. | Ottawa Public Health | warned"},
		// A capitalised title with the body it serves, then the name.
		{"en", "Heat rules\n\nWorkers must rest every hour.\n\n“We must make sure that those who build our city are not paying for it with their health,” said Senior Minister of State for Manpower Koh Poh Leng during a visit.",
			"We must make sure that those who build our city are not paying for it with their health, | Koh Poh Leng | said"},
		// One ordinary word before a capitalised role is the title's, no
		// name ("The Labour MP Ann Quorbel"), so "One MP" is no "Labour".
		{"en", "March\n\nThe Labour MP Ann Quorbel spoke at the rally. Protesters marched to Parliament Square.\n\nNot everyone agreed there should be another vote. One MP told the BBC, \"We know that many people wanted to stay.\"",
			"We know that many people wanted to stay. | One MP | told"},
		// The Irish title of a council's chair is a role word (roles.txt).
		{"en", "Wind farm row\n\nCouncillors debated the plan for three hours.\n\n\"We will have this debate properly,\" said Cathaoirleach Tomás Vinsha.",
			"We will have this debate properly, | Tomás Vinsha | said"},
		// A body's name takes a second phrase of its own.
		{"en", "Krill move south\n\nThe Commission for the Conservation of Antarctic Marine Living Resources said it would \"consider the findings carefully\".",
			"consider the findings carefully | Commission for the Conservation of Antarctic Marine Living Resources | said"},
		// "it" stands for the body a sentence before has as its subject.
		{"en", "Man jailed for attack\n\nKyle Vinsha, 29, admitted the assault at Dundee Sheriff Court.\n\nSheriff Alastair Quorbel told Vinsha: “Paramedics are entitled to work without being attacked.”\n\n“Only a custodial sentence is appropriate,” the sheriff added.\n\nThe Scottish Ambulance Service said it welcomed the sentence. “Violence against our staff will never be tolerated,” it said.",
			"Violence against our staff will never be tolerated, | Scottish Ambulance Service | said"},
		{"en", "Tenants lose appeal\n\nJudge Mira Vinsha dismissed the case on Friday. “The notice was lawful,” she said. “The tenants had months to act,” the judge added.\n\nIn a statement, the Quorbel Housing Trust said it was relieved. “We can now start the repairs,” it said.",
			"We can now start the repairs, | Quorbel Housing Trust | said"},
		// A given name in a body's name, after "and" or in its list of
		// fields, opens no person's name unless a name follows it.
		{"en", "Waiting lists grew again.\n\nA Department of Health and Social Care spokesperson said: “We are looking at the figures closely.”",
			"We are looking at the figures closely. | Department of Health and Social Care | said"},
		{"en", "Chapels may close.\n\nThe Ministry for Housing, Communities and Faith said the plan was final. “No chapel will be sold this year,” the ministry said.",
			"No chapel will be sold this year, | Ministry for Housing, Communities and Faith | said"},
		{"en", "Western Cape mobility MEC Hendrik Quorbel said he had written to the union.\n\n“Every day costs this province money,” said the MEC.",
			"Every day costs this province money, | Hendrik Quorbel | said"},
		{"nl", "Het college verhoogt de belastingen.\n\nEen uitbaatster van een kledingzaak in de Statiestraat is boos. “Dit kan ik niet betalen”, zegt ze.",
			"Dit kan ik niet betalen | Een uitbaatster van een kledingzaak in de Statiestraat | zegt"},
		// In Dutch, a description after a fronted phrase of place and
		// the verb is the subject; "grijnsde" reports speech.
		{"nl", "Directeur Gert-Jan Quorbel is somber. ,,De vis komt niet meer van Urkers”, zegt hij.\n\nOp de kade kijkt een oudere man, pet op het hoofd, naar de lege vakken. ,,Mijn vader was visser”, zegt hij.",
			"Mijn vader was visser | een oudere man | zegt"},
		{"nl", "Directeur Gert-Jan Quorbel is somber.\n\nLangs de kant stond een oudere vrouw met een thermoskan koffie. „Vroeger was het ijs dikker”, grijnsde ze.",
			"Vroeger was het ijs dikker | een oudere vrouw met een thermoskan koffie | grijnsde"},
		{"nl", "Advocate Vinske Quorbel pleitte voor een straf.\n\nIn de zaal zat ook een oudere vrouw die haar pols brak. „Ik wil niet dat hij alles kwijtraakt”, zei ze.",
			"Ik wil niet dat hij alles kwijtraakt | een oudere vrouw die haar pols brak | zei"},
		// "Counsel for X, NAME, said": the apposition names the subject,
		// whose noun opens the sentence.
		{"en", "The judge heard the evidence.\n\nCounsel for Uisce Eireann, Brian Mac Giolla Quorbel SC, said the utility accepted the charge. \"My client does not come to this court with excuses.\"",
			"My client does not come to this court with excuses. | Brian Mac Giolla Quorbel | said"},
		// A name that modifies a noun for a thing names no person.
		{"en", "Referee attacked\n\nBeatrice Quorbel said she would return once her ribs had healed. Asked whether she would take charge of a Kericho Highlands match again, she laughed. \"If they give it to me, I will go,\" she said.",
			"If they give it to me, I will go, | Beatrice Quorbel | said"},
		// An acronym in an apposition is a title ("the Sinn Fein TD"); a
		// numeral after a name belongs to it.
		{"en", "Parking charges rise.\n\nBut Padraig Quorbel, the Sinn Fein TD for Cork East, said the charges were a tax on being sick.\n\n\"People have no choice but to drive,\" the Sinn Fein TD said.",
			"People have no choice but to drive, | Padraig Quorbel | said"},
		{"en", "The sea is rising.\n\nThe paramount chief, Nene Tsatsu Quorbel III, welcomed the plan. \"The sea has taken enough,\" Quorbel said.",
			"The sea has taken enough, | Nene Tsatsu Quorbel III | said"},
		// Initials open a name; a middle name alone stands for the one
		// person with it; a surname shaped like an adjective of place,
		// seen after a particle, is a name where it opens a sentence.
		{"en", "The road caved in.\n\nBBMP chief engineer B.R. Venkatesh Quorbel said the pipe had burst. \"We will fill it tonight,\" he said.",
			"We will fill it tonight, | B.R. Venkatesh Quorbel | said"},
		{"en", "The deal was signed.\n\nFarmers' leader Grace Apio Vinsha said the price was fair. \"We waited years,\" Apio said.",
			"We waited years, | Grace Apio Vinsha | said"},
		{"nl", "Na 41 jaar stopt Hilde Van Nieuwenhuyse (66) als stadsbeiaardier. Zondag speelt ze haar laatste concert.\n\nHoe is het begonnen? Van Nieuwenhuyse: \"Als kind woonde ik om de hoek.\"",
			"Als kind woonde ik om de hoek. | Hilde Van Nieuwenhuyse | :"},
		// A place's possessive before a role noun set off before a name
		// ties the noun to it.
		{"en", "Councillor Denise Vinsha voted for the merger. \"It is time,\" she said.\n\nWestville's mayor, Lloyd Quorbel, does not vote except to break a tie. He said residents had made their view clear.\n\n\"The numbers were good,\" the mayor said.",
			"The numbers were good, | Lloyd Quorbel | said"},
		// A title before a name, and after "the", is a role noun (new in
		// roles.txt: bishop, grandmaster, …).
		{"en", "The chapel is a library now.\n\nBishop Kwame Quorbel opened it on Saturday. The building was a chapel.\n\n\"Books are a kind of prayer,\" the Bishop said.",
			"Books are a kind of prayer, | Kwame Quorbel | said"},
		// An age, an adjective and a noun for a person head one
		// description.
		{"en", "Bishop Kwame Quorbel opened the library.\n\nAmong the crowd was a 68-year-old retired nurse who attended the ceremony. \"I was baptised here,\" she said.",
			"I was baptised here, | a 68-year-old retired nurse who attended the ceremony | said"},
		// An acronym and an ordinary word that ends the name are one
		// body's name; an acronym before a given name is not.
		{"en", "Whales fall silent near ships.\n\nNOAA Fisheries, which oversees the recovery plan, said it would review the findings. \"We will study this closely,\" NOAA Fisheries said.",
			"We will study this closely, | NOAA Fisheries | said"},
		{"nl", "De verkoop daalt. Brancheorganisatie RAI Vereniging is somber. \"Dit is een zwaar jaar\", zegt RAI Vereniging.",
			"Dit is een zwaar jaar | RAI Vereniging | zegt"},
		// A surname that ends like a body's compound ("-huis") takes no
		// "van het …" into the name; a Dutch relative clause keeps its
		// reporting verb before the comma; "arap" is a particle.
		{"nl", "Vogelgriep\n\nViroloog Sanne Quorbelhuis van het Wageningen Bioveterinary Research is bezorgd. \"Het virus verspreidt zich snel\", zegt Quorbelhuis.",
			"Het virus verspreidt zich snel | Sanne Quorbelhuis | zegt"},
		{"nl", "In de kathedraal werken steenhouwers.\n\nEen vrijwillige gids die er al twintig jaar rondleidingen geeft, kijkt toe. \"Dit is uniek\", zegt hij.",
			"Dit is uniek | Een vrijwillige gids die er al twintig jaar rondleidingen geeft | zegt"},
		{"en", "The race was run in mud.\n\nCoach Peter arap Quorbel watched from the finish. \"She ran like a veteran,\" arap Quorbel said.",
			"She ran like a veteran, | Peter arap Quorbel | said"},
		// Two given names before one surname share it.
		{"en", "Her neighbours, Craig and Leanne Quorbel, say the trees were there first.\n\nSpeaking from his driveway, Craig, 44, told reporters: \"We have offered to trim them.\"",
			"We have offered to trim them. | Craig Quorbel | told"},
		// "the person" refers back to "a person familiar with …".
		{"en", "Maple Quorbel agreed to buy Northline Vinsha.\n\nA person familiar with the matter, who was not authorised to speak, said talks had run for a year. Chief executive Tom Hale declined to comment. \"It was close,\" the person said.",
			"It was close, | A person familiar with the matter | said"},
		// A run that ends in a noun for a place names no person; one
		// that ends in a party's member describes one.
		{"en", "Jasmeet Vinsha, a fire information officer, spoke first.\n\nAsked whether the fire could reach Quorbel Lake itself, she said: \"Not in the next day.\"",
			"Not in the next day. | Jasmeet Vinsha | said"},
		{"en", "Assembly Speaker Tomas Quorbel said hearings would start next week. Asked whether the bill would pass, the Vinsha Democrat laughed.\n\n\"Ask me in ten days,\" the 58-year-old said.",
			"Ask me in ten days, | Tomas Quorbel | said"},
		{"en", "More children are waiting, according to the Regional Care Authority.\n\nThe RCA said the rise was due to a shortage of nurses at Farrowdale Children's Hospital (FCH) at Quorbel. \"Every effort is being made,\" it said.",
			"Every effort is being made, | Regional Care Authority | said"},
		// "the statement said": whoever issued it (lexicon/documents.txt).
		{"en", "Marcus Quorbel said the coach drove him to practice. \"He never once made me feel I owed him,\" Quorbel said.\n\nThe Farrowdale Minor Hockey Association said in a statement that it would hold a moment of silence. \"Walter was the heart of this association,\" the statement said.",
			"Walter was the heart of this association, | Farrowdale Minor Hockey Association | said"},
		// A name inside a relative clause set off after another's is
		// not the nearest person a description stands for.
		{"en", "Eleanor Vinsha, who chaired the review, said the trust had failed families.\n\nPriya Quorbel, whose son Arlo died 40 hours after he was born, said the findings were right.\n\n\"Nobody listened to me,\" the 36-year-old told the paper.",
			"Nobody listened to me, | Priya Quorbel | told"},
		// ... not a weekday named in the statement's sentence; a body
		// whose name holds a possessive before its office.
		{"en", "Marcus Quorbel said the coach drove him to practice. \"He never once made me feel I owed him,\" Quorbel said.\n\nThe Farrowdale County Prosecutor’s Office said in a statement on Tuesday that the fine stood. \"Public money is not private money,\" the statement said.",
			"Public money is not private money, | Farrowdale County Prosecutor’s Office | said"},
		{"en", "Marcus Quorbel said she taught hundreds. \"She never stopped,\" Quorbel said.\n\nIn a statement on Tuesday, the Farrowdale Trad Society said she had died peacefully. \"She would have had something to say about the tuning,\" the statement said.",
			"She would have had something to say about the tuning, | Farrowdale Trad Society | said"},
		// A reporting verb right after "who" is the relative clause's.
		{"en", "Tom Hale left.\n\n\"Rents only go up,\" said one man who told the council he had rented there for 30 years.",
			"Rents only go up, | one man who told the council he had rented there for 30 years | said"},
		// A person named after the introduction is the one meant.
		{"en", "A woman who sells fish said trade was slow. Her neighbour Tom Hale agreed. \"It is quiet,\" the 58-year-old added.",
			"It is quiet, | Tom Hale | added"},
		// A pronoun after a description that opens its sentence is not
		// resolved through an earlier pronoun of the person named before.
		{"en", "Chief executive Ann Foley spoke first. \"We grow,\" she said.\n\nA spokeswoman for the company said more jobs would follow. \"We are hiring now,\" she said.",
			"We are hiring now, | A spokeswoman for the company | said"},
		// English has no inversion: a pronoun after a reporting verb
		// opens its object clause and stands for the verb's subject.
		{"en", "Bartosz Ode spoke first: \"She deserved it.\"\n\nLinh Tran-Quorbel said she is at work on a second novel. \"It is set in Leeds,\" she said.",
			"It is set in Leeds, | Linh Tran-Quorbel | said"},
		// An age tells who "the 34-year-old" is, however far back.
		{"en", "Liam Quorbel, 34, from Leeds, admitted the charge.\n\nHis barrister, Ann Foley, said he was ashamed. \"He knows it,\" she said.\n\n\"I am so sorry,\" the 34-year-old shouted.",
			"I am so sorry, | Liam Quorbel | shouted"},
		{"nl", "Oud-wethouder Marcel Vinsha (61) is veroordeeld. Zijn advocate Els Wouters was kort. \"We gaan in beroep\", zei ze.\n\n\"Ik heb spijt\", zei de 61-jarige.",
			"Ik heb spijt | Marcel Vinsha | zei"},
		// "the Liberal Democrat" stands for the member named.
		{"en", "The local MP, Ann Quorbel, said the case showed a failure. \"Nothing will change,\" the Liberal Democrat said.",
			"Nothing will change, | Ann Quorbel | said"},
		// "the Labour MP" stands for the MP, not for the seat.
		{"en", "Ann Quorbel, the Labour MP for Vinsha Vale, spoke.\n\n\"I will keep asking,\" the Labour MP added.",
			"I will keep asking, | Ann Quorbel | added"},
		// A kin noun in apposition gives the name its sex: "ze" is not
		// her husband's.
		{"nl", "Hodan Quorbel schreef het boek. Haar man, Abdi Vinshaboz, las elk hoofdstuk. \"Hij was streng\", lacht ze.",
			"Hij was streng | Hodan Quorbel | lacht"},
		// A surname like an adjective of place, once seen after a given
		// name, is a name alone too.
		{"nl", "\"Het kost veel\", zegt Annelies Wouterse, directeur.\n\nVolgens Wouterse moeten treinen soms uren omrijden. \"Dan mis je je slot.\"",
			"Dan mis je je slot. | Annelies Wouterse | Volgens"},
		// A participle phrase, a long relative clause and a plural
		// possessive are part of the description that introduces someone.
		{"en", "Tom Hale left.\n\nA driver waiting at the depot in Vinshaby said: \"We are cold.\"",
			"We are cold. | A driver waiting at the depot in Vinshaby | said"},
		{"en", "Tom Hale left.\n\n\"It was worth it,\" said a girl who had waited outside since six in the morning to see the band.",
			"It was worth it, | a girl who had waited outside since six in the morning to see the band | said"},
		{"en", "Tom Hale left.\n\nA spokeswoman for the Vinsha Tenants’ Union said rents were \"out of control\".",
			"out of control | A spokeswoman for the Vinsha Tenants’ Union | said"},
		// A Welsh particle inside a name.
		{"en", "Rhian ap Quorbel, the council's cabinet member, said: \"We cannot rush it.\"",
			"We cannot rush it. | Rhian ap Quorbel | said"},
		// A double surname shortened to its first part is the same
		// person.
		{"nl", "Minister Els Quorbel-Vinsha wil meer leraren.\n\n\"Elke lege klas is er een te veel\", zegt Quorbel tegen de krant.",
			"Elke lege klas is er een te veel | Els Quorbel-Vinsha | zegt"},
		// A noun for a person of a city that no list has stands for the
		// person named, as a role does.
		{"nl", "Trainer Els Wouters was tevreden. Jorne Quorbel maakte het winnende doelpunt.\n\n\"Mijn vader zat op de tribune\", vertelde de jonge Vinshelaar.",
			"Mijn vader zat op de tribune | Jorne Quorbel | vertelde"},
		// A name before a role noun and a name is the team's or body's:
		// "he" is the captain.
		{"en", "Vinsha Pradesh captain Rajat Quorbel rued a collapse. \"We were in the game,\" he said.",
			"We were in the game, | Rajat Quorbel | said"},
		// A noun that opens the sentence before the name that is the
		// subject of the cue before a partial quotation.
		{"nl", "\"Dat is het echte probleem. De netbeheerder laat ons wachten.\"\n\nNetbeheerder Quorbex laat in een reactie weten dat het \"met man en macht\" werkt aan het net. Volgens Quorbex wachten er driehonderd bedrijven.",
			"met man en macht | Quorbex | laat … weten"},
		// A description's postmodifier ends before a preposition that
		// opens an adverbial.
		{"nl", "De raad vergaderde.\n\n'Het college neemt alles mee', liet een woordvoerder van de gemeente na afloop weten.",
			"Het college neemt alles mee | een woordvoerder van de gemeente | liet … weten"},
		// A definite description of a relative with its complement
		// introduces someone new, as an indefinite one does.
		{"nl", "Beklaagde Tom Vinsha kreeg een rijverbod.\n\nDe dochter van het slachtoffer zat in de zaal. \"Mijn vader fietst niet meer\", zei ze.",
			"Mijn vader fietst niet meer | De dochter van het slachtoffer | zei"},
		{"en", "Judge Ann Quorbel jailed him for two years.\n\nThe mother of one of the girls told reporters after the hearing: \"She still will not cross the road.\"",
			"She still will not cross the road. | The mother of one of the girls | told"},
		// A possessive description names no other body the article
		// names with the same noun; a body a possessive owns speaks.
		{"en", "Deputies from the Vinsha County Sheriff's Office closed the road.\n\n\"We stand ready to help,\" the governor's office said in a statement.",
			"We stand ready to help, | the governor's office | said"},
		{"en", "Tom Quorbel was jailed.\n\nIn a statement, the FBI’s Vinsha field office said the sentence \"sends a clear message\".",
			"sends a clear message | FBI’s Vinsha field office | said"},
		// "The company" is the organisation the article names most, a
		// name a given name opens included.
		{"en", "Shares of Altura Robotics rose. Altura Robotics raised its forecast.\n\nKenji Quorbel, an analyst at Wakeline Capital, was pleased.\n\nThe company said in a statement that new rules would have \"no material impact\" on results.",
			"no material impact | Altura Robotics | said"},
		// A title makes its bearer the noun it implies: "the judge".
		{"en", "\"Delay is no formality,\" Justice Anjali Quorbel-Vinsha observed.\n\nProsecutor Tom Hale opposed the plea. \"He will flee,\" he told the court.\n\n\"At this pace, the trial will never end,\" the judge said.",
			"At this pace, the trial will never end, | Anjali Quorbel-Vinsha | said"},
		// A double given name of two listed ones makes a person.
		{"nl", "Een chauffeur die in zijn cabine sliep, sloeg alarm. \"Ik werd wakker\", vertelt hij.\n\nHet bedrijf zit al jaren op het terrein. Eigenaar Henk-Jan ter Horst kwam midden in de nacht naar Tiel. \"Dit is ons werk\", zei Ter Horst dinsdag, terwijl hij naar de resten keek.\n\nHij wil snel verder. \"De klanten wachten niet.\"",
			"De klanten wachten niet. | Henk-Jan ter Horst | "},
		// A pronoun after a sentence a role noun opens stands for the
		// person the article ties to the role, over one named before.
		{"en", "Governor Ann Quorbel said the committee voted to hold. Analyst Lisa Vinsha had expected a cut.\n\nThe governor said the bank would watch fuel prices, which rose in early May. \"Fuel feeds into everything,\" she said.",
			"Fuel feeds into everything, | Ann Quorbel | said"},
		// A role noun before a name no list knows makes it a person's,
		// over the body named after it.
		{"nl", "Waterschappen reageren opgelucht. \"Dit is het signaal\", zegt dijkgraaf Vinske ter Brugge van Waterschap Quorbel Delta.",
			"Dit is het signaal | Vinske ter Brugge | zegt"},
		// The one who speaks to an outlet before a colon.
		{"nl", "Trainer Tom Quorbel sprak van een nederlaag. Quorbel tegen ESPN: \"We geven het weg.\"",
			"We geven het weg. | Tom Quorbel | :"},
		// "Het instituut" is the body the article names most.
		{"nl", "Het KNMI publiceert volgende maand een rapport. Het instituut noemt de opwarming \"onmiskenbaar\".",
			"onmiskenbaar | KNMI | noemt"},
		// A compound noun for a body before its name is no part of it.
		{"nl", "Tom Quorbel teelt tulpen.\n\nBrancheorganisatie QVBN laat weten het onderzoek \"zeer serieus\" te nemen.",
			"zeer serieus | QVBN | laat weten"},
		// A pronoun inside a relative clause is no subject; a definite
		// description with its clause introduces someone.
		{"nl", "Ricardo V. stak zijn buurman neer.\n\nDe psychiater die hem onderzocht, noemde het risico \"hoog tot zeer hoog\".",
			"hoog tot zeer hoog | De psychiater die hem onderzocht | noemde"},
		{"en", "Tom Quorbel, 34, was granted bail. Magistrate Ann Vinsha set strict conditions.\n\nThe 34-year-old's sister told reporters that the family was relieved. \"We believe in his innocence,\" she said.",
			"We believe in his innocence, | The 34-year-old's sister | said"},
		// A name set beside a description is the speaker's.
		{"en", "Residents blamed the drains. \"Every year it is the same,\" said a resident of Vinshaville, Mr. Kunle Quorbel.",
			"Every year it is the same, | Kunle Quorbel | said"},
		// A company's first word alone is the company; "the United
		// States" is one place, though "states" reports speech.
		{"en", "Children were treated in Spain and the United States in a trial sponsored by Quorbex Therapeutics.\n\nDr Ann Vinsha led it. The results appear in the Vinsha Medical Journal.\n\nQuorbex said it planned to apply in the United States. \"We are encouraged,\" the company said in a statement.",
			"We are encouraged, | Quorbex Therapeutics | said"},
		// A demonym with a people's adjective is a description.
		{"nl", "Uitblinker was Bilal Quorbel, die twee keer scoorde. \"Ik voelde het\", aldus de Marokkaanse Belg.",
			"Ik voelde het | Bilal Quorbel | aldus"},
		// An English noun for a person of a country is a description.
		{"en", "Midfielder Stefan Quorbel scored twice.\n\n\"We stopped playing,\" said the Swede.",
			"We stopped playing, | Stefan Quorbel | said"},
		// A currency sign does not end a relative clause.
		{"en", "Tom Hale left.\n\n\"It was robbery,\" said a trustee who stole more than $150,000 from the fund.",
			"It was robbery, | a trustee who stole more than $150,000 from the fund | said"},
		// Initials are a person's, the way court reporting names
		// suspects; the pronoun after them is theirs.
		{"nl", "Thomas Vinsha nam het woord. K.V. las daarna een brief voor.\n\n\"Ik heb spijt\", zei hij.",
			"Ik heb spijt | K.V. | zei"},
		// Dutch "ze" beside a singular verb is she, not they.
		{"nl", "Minister Hendrika Wouters sprak de Kamer toe.\n\nKamerlid Joost Hamelink vroeg de minister om een garantie. \"Dat ga ik niet beloven\", zei ze.",
			"Dat ga ik niet beloven | Hendrika Wouters | zei"},
		// A given name alone is the full name of the one person with it,
		// though another shares the surname.
		{"en", "Coach Hal Brennan will retire. His wife, Joanne, was there.\n\nJoanne Brennan, who has seen every game, laughed. \"He will reorganise my kitchen,\" she said.",
			"He will reorganise my kitchen, | Joanne Brennan | said"},
		// "klinkt het op …" names the source when the phrase is a body
		// or a person's.
		{"nl", "De gemeente zwijgt. \"Dat klopt\", klinkt het op het kabinet van de minister.",
			"Dat klopt | het kabinet | klinkt het op"},
		// Two words that share their end make one body's name, which
		// may open with an adjective of place.
		{"nl", "De Vlaamse Zuivel- en Eierraad (VZER) meldt dat alles in orde is: \"Er is niets gevonden.\"",
			"Er is niets gevonden. | Vlaamse Zuivel- en Eierraad | meldt"},
		// A reporting verb after "and" in a relative clause is the
		// clause's: the description runs on to the main verb.
		{"en", "A fisherman who has two boats in the harbour and asked that his name not be used said the season was poor.\n\n\"It was bad,\" he said.",
			"It was bad, | A fisherman who has two boats in the harbour and asked that his name not be used | said"},
		// A noun for a person after a plain word heads a compound.
		{"en", "A senior staff nurse at the city hospital, who declined to be named, said she was worried.\n\n\"We are rushed,\" she said.",
			"We are rushed, | A senior staff nurse at the city hospital | said"},
		// ... but not after a verb: "told reporters".
		{"en", "Tom Hale left. A witness told reporters she saw smoke. \"It was thick,\" the witness said.",
			"It was thick, | A witness | said"},
		// "the union" is the body named last whose name ends in the noun.
		{"en", "The Westland Teachers Union said in a statement that it had written to the Education Ministry.\n\n\"Terms must be respected,\" the union said.",
			"Terms must be respected, | Westland Teachers Union | said"},
		// A quotation inside a participle phrase that opens its sentence
		// is the words of the main clause's subject.
		{"en", "Magistrate Anjali Vinsha heard the case. Defence lawyer Ravi Quorbel asked for bail. Observing that the case affected \"the trust of every citizen\", the magistrate adjourned the hearing.",
			"the trust of every citizen | Anjali Vinsha | Observing"},
		// Dutch "dat" after a neuter noun opens a relative clause, which
		// keeps its verbs before the comma.
		{"nl", "Een lid van de raad dat anoniem wil blijven, zegt: \"Het is een schande.\"",
			"Het is een schande. | Een lid van de raad dat anoniem wil blijven | zegt"},
		{"nl", "Een verzorgende die niet met haar naam in de krant wil, zegt: \"Het is zwaar.\"",
			"Het is zwaar. | Een verzorgende die niet met haar naam in de krant wil | zegt"},
		// A word no list knows before a given name is a given name too.
		{"en", "Residents' forum secretary Ashwath Narayan Quorbel, who was in court, welcomed the order.\n\n\"This is the first time,\" Quorbel said.",
			"This is the first time, | Ashwath Narayan Quorbel | said"},
		// ... but an honorific is no part of the name.
		{"en", "The chairman, Alhaji Musa Danladi Quorbel, spoke.\n\n\"Nobody consulted us,\" Alhaji Quorbel said.",
			"Nobody consulted us, | Musa Danladi Quorbel | said"},
		// A Dutch compound noun opening the sentence is no part of the
		// body's name after it.
		{"nl", "Zorgverzekeraar Quorbel Kruis, de grootste in de regio, laat weten: \"Niemand blijft zonder huisarts.\"",
			"Niemand blijft zonder huisarts. | Quorbel Kruis | laat weten"},
		// A surname in the form of an adjective of place after a given
		// name, before a verb.
		{"nl", "Trainer Bram Vandenquorbelsche was na afloop boos. “Dat is naïef”, fulmineerde Vandenquorbelsche.",
			"Dat is naïef | Bram Vandenquorbelsche | fulmineerde"},
		// A role that opens its sentence ties the name after it; one word
		// for the role stands for another.
		{"nl", "Staatssecretaris Ruben Quorbel wil de regels snel invoeren. Gert Vinsha is kritisch. \"Dat is krap, maar haalbaar\", aldus de bewindsman.",
			"Dat is krap, maar haalbaar | Ruben Quorbel | aldus"},
		// A region by its adjective ends a description.
		{"nl", "Ook bij de notarissen groeit de onrust. Een notaris uit het Leuvense, die liever anoniem blijft, ziet meer verkopen. ‘Zo schuiven ze het door.’",
			"Zo schuiven ze het door. | Een notaris uit het Leuvense | "},
		// A participle after an English "be" stays in its clause.
		{"en", "Oysters died. \"There is nothing moving,\" said a hatchery technician who asked not to be named.\n\nThe department is investigating.",
			"There is nothing moving, | a hatchery technician who asked not to be named | said"},
		// A place before a body's name with an organisation word and a
		// preposition is part of the name.
		{"en", "The Louisiana Department of Agriculture and Forestry told reporters it was \"reviewing each one.\"",
			"reviewing each one. | Louisiana Department of Agriculture and Forestry | told"},
		// Words before a body's name modify it; the body speaks.
		{"en", "In a statement, the national Department of Water and Sanitation said it would \"support the municipality\".",
			"support the municipality | Department of Water and Sanitation | said"},
		// A description with a name set beside it introduces no unnamed
		// person: the pronoun is the named one.
		{"en", "Tom Hale left. A textile dealer, Hajiya Aisha Quorbel, said traders had taken loans.\n\n\"Where do I keep my goods?\" she asked.",
			"Where do I keep my goods? | Aisha Quorbel | asked"},
		{"en", "Tom Hale left. A mother of four, Mrs Ada Quorbel, said her shop was hit.\n\n\"A stone came through the roof,\" she said.",
			"A stone came through the roof, | Ada Quorbel | said"},
		{"en", "Tom Hale left. A veterinary surgeon called by the defence, Fergal Quorbel, told the court that bulls were docile.\n\n“A bull with calves is a different animal,” he said.",
			"A bull with calves is a different animal, | Fergal Quorbel | said"},
		// Names joined by "&" are a firm's, no person a pronoun stands
		// for, though one side is a given name or a place.
		{"nl", "Twaalf jaar werkte Hanne Quorbel (38) als verpleegkundige. Deze week verschijnt bij uitgeverij Vinsha & Zoon haar roman.\n\n‘Ik begon te schrijven’, zegt ze aan de keukentafel.",
			"Ik begon te schrijven | Hanne Quorbel | zegt"},
		{"en", "Mr Quorbel spoke. In a statement, Hartley & Vinsha said the decision had been “extremely difficult”.",
			"extremely difficult | Hartley & Vinsha | said"},
		// Ordinary words between two capitalised role words belong to
		// the title: "Chief Financial Officer".
		{"en", "Chief Financial Officer Meera Quorbel said margins narrowed.\n\n\"We're carrying more stock,\" she said.",
			"We're carrying more stock, | Meera Quorbel | said"},
		{"en", "Treasurer Anthony Quorbel declined to confirm it.\n\nPressed on the comments, the Treasurer said every minister was \"entitled to advocate\".",
			"entitled to advocate | Anthony Quorbel | said"},
		{"en", "Dame Rosalind Quorbel, chief investment officer of the fund, spoke.\n\n'Our members don't have a flag,' Quorbel said.",
			"Our members don't have a flag, | Rosalind Quorbel | said"},
		// A name and nouns before a person noun: the one so described.
		{"en", "Halvorsen Group agreed to buy Caldera Freight. Caldera chief executive Nadia Quorbel will join the board.\n\n\"Nobody is going anywhere,\" the Caldera chief executive added.",
			"Nobody is going anywhere, | Nadia Quorbel | added"},
		// A Dutch body's name opens with its lower-case noun and holds
		// its fields.
		{"nl", "\"Daar wordt naar gekeken\", reageert het ministerie van Klimaat en Groene Groei.",
			"Daar wordt naar gekeken | ministerie van Klimaat en Groene Groei | reageert"},
		{"nl", "Volgens het ministerie van Volksgezondheid, Welzijn en Sport is \"alles onder controle\".",
			"alles onder controle | ministerie van Volksgezondheid, Welzijn en Sport | Volgens"},
		// ... but a person's name ends the fields.
		{"nl", "Minister van Justitie Ann Quorbel zei: \"Dit is ernstig.\"",
			"Dit is ernstig. | Ann Quorbel | zei"},
		// An indefinite description's head comes before any preposition.
		{"nl", "Haar moeder kreeg een bericht van iemand die zich voordeed als haar zoon.\n\nHaar zoon Erik Quorbel ontdekte het bedrog. \"Ze vroeg of mijn telefoon werkte\", zegt hij.",
			"Ze vroeg of mijn telefoon werkte | Erik Quorbel | zegt"},
		// A body's name with a preposition keeps a given name in it
		// ("Marine"): no person, and no pronoun stands for it.
		{"en", "The study was led by Ji-woo Quorbel of the Institute of Marine Science.\n\nDr Quorbel, the lead author, was cautious. \"It might turn out fine,\" she said.",
			"It might turn out fine, | Ji-woo Quorbel | said"},
		// ... but a person named after the fields of a title is a person.
		{"en", "Minister of State for Housing Siobhán Ní Quorbel rejected the claim.\n\n\"There is no pride in this,\" she said.",
			"There is no pride in this, | Siobhán Ní Quorbel | said"},
		// A place that opens with a particle is no part of the name
		// before it.
		{"nl", "Minister Ilse Quorbel-Hamstra van Volksgezondheid lichtte het plan toe.\n\n\"Er zijn mensen die niet gaan\", zei Quorbel-Hamstra in Den Haag.",
			"Er zijn mensen die niet gaan | Ilse Quorbel-Hamstra | zei"},
		// "verwacht" reports speech; "Cr" is a councillor's title.
		{"nl", "Meteoroloog Jelle Quorbel volgt het weer. \"Het blijft warm\", verwacht Quorbel.",
			"Het blijft warm | Jelle Quorbel | verwacht"},
		{"en", "Western Downs deputy mayor Kaylee Quorbel said the council had raised concerns.\n\n\"It is not under control,\" Cr Quorbel said.",
			"It is not under control, | Kaylee Quorbel | said"},
		// A plural possessive inside a body's name joined by "and".
		{"en", "The Westland Nurses and Midwives' Union said the pause was \"entirely predictable\".",
			"entirely predictable | Westland Nurses and Midwives' Union | said"},
		// A noun opening the sentence before a person's name is no part
		// of it.
		{"nl", "Of Quorbel Transport over een jaar nog bestaat, weet de directeur niet. Transporteur Gerrit-Jan Quorbel is somber. „Vraag het me volgend jaar”, zegt de transporteur.",
			"Vraag het me volgend jaar | Gerrit-Jan Quorbel | zegt"},
		// A description takes a body's whole name, its fields too.
		{"en", "A spokesperson for the Ministry of Housing, Communities and Local Government said councils would receive \"an increase\".",
			"an increase | A spokesperson for the Ministry of Housing, Communities and Local Government | said"},
		// A place or a name and a noun for a body: the body, by the name
		// the article gave it before.
		{"en", "Irene Vinsha spoke. The New Brunswick government said in a statement that it was \"disappointed by the decision\".",
			"disappointed by the decision | New Brunswick government | said"},
		{"en", "Irene Vinsha spoke.\n\n\"We are disappointed by the decision,\" said the New Brunswick government.",
			"We are disappointed by the decision, | New Brunswick government | said"},
		{"en", "Moors Sports Club denied wrongdoing. Tom Vinsha spoke. The Moors club said in a short statement that it would \"abide by the decision\".",
			"abide by the decision | Moors Sports Club | said"},
		// An indefinite role introduces someone new, not the one named
		// before with that role.
		{"nl", "\"Het systeem lag plat\", zegt woordvoerder Sanne Quorbel van PayVinsha.\n\nOok De Nederlandsche Bank (DNB) wil weten wat er misging. \"We hebben contact met het bedrijf\", zegt een woordvoerder van DNB.",
			"We hebben contact met het bedrijf | een woordvoerder van DNB | zegt"},
		// A Dutch relative clause keeps its verb before the sentence's end.
		{"nl", "In een supermarkt bleven karren achter. \"Mensen konden niks\", vertelt een medewerker die niet met zijn naam in het nieuws wil.",
			"Mensen konden niks | een medewerker die niet met zijn naam in het nieuws wil | vertelt"},
		// A Dutch compound for a body opening the sentence is no part of
		// the name after it; the article before a body's name neither.
		{"nl", "Het schaakclubje moet weg. Woningcorporatie Quorbelhuis, eigenaar van het pand, wil het gebouw slopen: \"Het is op.\"",
			"Het is op. | Quorbelhuis | "},
		{"nl", "De Provincie Quorbelland laat een nieuwe veerboot bouwen. \"Dit is een mijlpaal\", meldt de provincie.",
			"Dit is een mijlpaal | Provincie Quorbelland | meldt"},
		{"en", "Cashew farmers protested. \"We cannot sell at this price,\" said Mzee Saidi Mohamedi Quorbel, who has farmed for forty years.",
			"We cannot sell at this price, | Saidi Mohamedi Quorbel | said"},
		// A description that names someone after "van" is the one
		// described, its sentence's subject.
		{"nl", "Ricardo Quorbel overleed vorig jaar. Een broer van Quorbel zei na afloop dat de familie op een zware straf hoopt. \"Twaalf jaar is te weinig.\"",
			"Twaalf jaar is te weinig. | Een broer van Quorbel | zei"},
		// A possessive phrase with a name set beside it: the name.
		{"en", "Jake Quorbel kicked five goals. Quorbel’s mother, Noelene, who made the trip from Geraldton for the game, said she had “cried the whole last quarter”.",
			"cried the whole last quarter | Noelene | said"},
		// A name set off inside a relative clause stays in it; one right
		// before the verb names the subject.
		{"en", "Waits were long. Priya Quorbel, whose 86-year-old father, Ravi, waited 38 hours in a corridor, said the family had been left “frightened and helpless”.",
			"frightened and helpless | Priya Quorbel | said"},
		{"en", "The streetcar braked hard. Another rider, who gave only her first name, Carmen, said the car \"jumped like it hit a wall.\"",
			"jumped like it hit a wall. | Carmen | said"},
		// A given name shaped like an adjective of place before a particle;
		// a double surname whose second part opens with particles; a
		// surname the lists write with a lower-case particle.
		{"nl", "Energiecoöperatie Drachten is teleurgesteld. 'Wij hadden een plan', zegt Sytse de Quorbel van de coöperatie.",
			"Wij hadden een plan | Sytse de Quorbel | zegt"},
		{"nl", "Bij de stichting was de opluchting groot. 'We zijn opgelucht', zegt voorzitter Tjitske Quorbel-van der Meer.",
			"We zijn opgelucht | Tjitske Quorbel-van der Meer | zegt"},
		// A name before a noun for a person introduces someone unnamed,
		// but a body's spokesperson is the body's, as the annotated
		// articles have it.
		{"en", "Councillor Simone Vinsha spoke for the city.\n\nA University of Manitoba student waiting for the 75 said she sympathized with the drivers. \"They deserve to feel safe,\" she said.",
			"They deserve to feel safe, | A University of Manitoba student waiting for the 75 | said"},
		{"en", "Tom Vinsha spoke. An Interpol spokesperson said the case was \"under review\".",
			"under review | Interpol | said"},
		// A person after a title, though a name stands before it.
		{"en", "Crews found heavy flames. \"Our priority was everyone,\" Gastonia Fire Capt. Antoine Quorbel said.",
			"Our priority was everyone, | Antoine Quorbel | said"},
		{"en", "\"We respect the process,\" said Coun. Simone Quorbel, who chairs the committee.",
			"We respect the process, | Simone Quorbel | said"},
		{"en", "The fire grew. \"This is a fast fire,\" Oregon State Fire Marshal Renata Quorbel said.",
			"This is a fast fire, | Renata Quorbel | said"},
		// A name after a noun for a body is the body's; a surname glued
		// to its particle is no adjective of place.
		{"nl", "De christelijke onderwijsvakbond QVC spreekt van \"een noodgreep\".",
			"een noodgreep | QVC | spreekt"},
		{"nl", "Directeur Kristof D'Quorbelse van het Sint-Jozefsinstituut is milder. \"Het zijn gemotiveerde mensen\", zegt hij.",
			"Het zijn gemotiveerde mensen | Kristof D'Quorbelse | zegt"},
		// "het parket" is the parket named before with its place.
		{"nl", "Het parket van Oost-Vlaanderen stuurde een branddeskundige.\n\nHet OCMW vond een noodwoning. Het OCMW betaalt de huur. “Er is geen kwaad opzet”, laat het parket weten.",
			"Er is geen kwaad opzet | parket van Oost-Vlaanderen | laat … weten"},
		// A relative clause never ends on the word that joins a second
		// one.
		{"en", "The blast shook the town. \"It sounded like a freight train,\" said a truck driver who was waiting to unload at the site and who asked not to be named because he was not authorized to speak.",
			"It sounded like a freight train, | a truck driver who was waiting to unload at the site | said"},
		// A club's name before a person noun: the description, which
		// stands for the person named.
		{"en", "Harbourside manager Tom Reid praised his side. \"We were magnificent,\" said the Harbourside boss.",
			"We were magnificent, | Tom Reid | said"},
		// A Dutch verb after a fronted clause and its comma, and an
		// adverb between an inverted verb and its subject.
		{"nl", "Raadslid Pieke Vinsha (GL) stemde tegen. Wethouder Gerrit Haaksma wil de molens niet.\n\nPolitiek ligt dat gevoelig, erkent ook de wethouder. \"Niemand wil dat.\"",
			"Niemand wil dat. | Gerrit Haaksma | erkent"},
		{"nl", "Wethouder Gerrit Haaksma wil de molens niet. Raadslid Pieke Vinsha (GL) stemde tegen.\n\n\"Het kan niet anders\", zegt nu ook Haaksma.",
			"Het kan niet anders | Gerrit Haaksma | zegt"},
		// A form of address after a possessive stands for the role
		// (address.txt): the judge named before.
		{"en", "Justice Helen Quorbel said the attack was unprovoked. \"The victim was no threat to anyone,\" Her Honour said.",
			"The victim was no threat to anyone, | Helen Quorbel | said"},
		// A title between a preposition of affiliation and the name it
		// ties to a noun: the apposition names the speaker.
		{"en", "Declan Vinsha pleaded guilty.\n\nCounsel for Mr Vinsha, Ronan Quorbel SC, said his client had been \"consumed by an addiction\".",
			"consumed by an addiction | Ronan Quorbel | said"},
		// A second quotation of a sentence whose reporting clause came
		// before the first, with no reporting verb between.
		{"en", "Declan Vinsha pleaded guilty.\n\nJudge Aoife Quorbel said the theft was \"a calculated betrayal\" of a family who had treated Mr Vinsha \"as one of their own\".",
			"as one of their own | Aoife Quorbel | said"},
		// Another bearer of a surname is not its first bearer's sex; a
		// title tells a man ("Mr", sextitles_en.txt), and the owner of a
		// noun for the person named beside it is not that person.
		{"en", "Sione Vakata, 58, died in hospital.\n\nIn a statement, Mr Vakata's widow, Mele Vakata, described the moment she was told.\n\n\"I had to tell our girls,\" she said.",
			"I had to tell our girls, | Mele Vakata | said"},
		{"en", "Euan Quorbel fell.\n\nMr Quorbel’s friend, Ravinder Vinsha, said the pair had waited.\n\n\"We talked about stopping,\" he said.",
			"We talked about stopping, | Ravinder Vinsha | said"},
		// The Dutch "mr." is a lawyer's degree: no man.
		{"nl", "Joost Vinsha wacht.\n\nOfficier van justitie mr. Evelien Quorbel eiste twee jaar cel. \"Dit was roekeloos\", zei ze.",
			"Dit was roekeloos | Evelien Quorbel | zei"},
		// "oefenmeester" is a synonym of "trainer" (synonyms.txt).
		{"nl", "Trainer Kees Vinsha zag zijn ploeg verliezen. De trainer bracht in de slotfase Noah Quorbel in, maar dat hielp niet. \"We waren te braaf\", legde de oefenmeester uit.",
			"We waren te braaf | Kees Vinsha | legde … uit"},
		// A body after "in de" is no surname's: "zei Vinsha in de Kamer".
		{"nl", "D66-leider Lotte Vinsha reageerde positief. 'Dit biedt ruimte', zei Vinsha in de Kamer.",
			"Dit biedt ruimte | Lotte Vinsha | zei"},
		// A description whose relative clause gives the name its person
		// goes by (pseudonym.txt, namegiven.txt): the name speaks.
		{"en", "Tom Hale spoke first.\n\nA woman sleeping near the door, who gave her name only as Quorbel, said she had left three times. \"You get good at it,\" she said.",
			"You get good at it, | Quorbel | said"},
		{"en", "Tom Hale spoke first.\n\nAnother trader, who gave his name only as Alhaji Vinsha, said they were not asked. \"We would not close,\" he said.",
			"We would not close, | Vinsha | said"},
		// A description's capitalised modifier picks the tie that has it
		// beside the name: "the Denver coach" over the last speaker, the
		// Memphis coach.
		{"en", "Memphis won after a timeout from Denver coach Stefan Quorbel.\n\nMemphis coach Wendell Vinsha said the defence made the difference. \"We challenged them,\" Vinsha said.\n\nQuorbel was blunt. \"We got what we deserved,\" the Denver coach said.",
			"We got what we deserved, | Stefan Quorbel | said"},
		// A body's name after a fronted phrase and before its relative
		// clause is the subject; a place there would not be.
		{"en", "Claire Vinsha, the festival director, praised the film. \"It is one of the best debuts,\" Vinsha said.\n\nIn a statement, Screen Tasmania, which helped fund the film, said it showed \"what is possible when filmmakers have control\".",
			"what is possible when filmmakers have control | Screen Tasmania | said"},
		// A place after a description's preposition is not its subject:
		// "the 31-year-old from Polokwane said" is the 31-year-old.
		{"en", "Lebogang Vinsha, 31, was sixth in the men's race.\n\n\"Hearing my name like that, I cannot describe it,\" the 31-year-old from Polokwane said.",
			"Hearing my name like that, I cannot describe it, | Lebogang Vinsha | said"},
		// A pronoun is the person named in the sentence before whose
		// sex is known to be its own, before a name of unknown sex named
		// first: "Caldera Vinsha" is a firm.
		{"en", "Tom Hale spoke first.\n\nCaldera Vinsha, the haulier, was fined after manager Nadia Quorbel admitted the breach. \"We got it wrong,\" she said.",
			"We got it wrong, | Nadia Quorbel | said"},
		// "division" is a body's word: "Vinsha Division of Fire" is one
		// body's name, not a person "Vinsha Division".
		{"en", "Tom Hale lives on Elm Street.\n\nVinsha Division of Fire said the blaze started in the kitchen and that it was \"a total loss\".",
			"a total loss | Vinsha Division of Fire | said"},
		// "the agency" is the body named so, not the news agency.
		{"en", "LONDON, April 8 (Reuters) - A baby food maker recalled 14 batches on Tuesday, Reuters reported.\n\nThe Vinsha Standards Agency told parents not to use them. \"If you are worried, call your doctor,\" the agency said.",
			"If you are worried, call your doctor, | Vinsha Standards Agency | said"},
		// "Assistant" is a role's word (roles.txt), no name after an
		// acronym: "SES Assistant Commissioner Nerida Quorbel".
		{"en", "The river peaked overnight.\n\nSES Assistant Commissioner Nerida Quorbel said crews had carried out 64 rescues. \"If it's flooded, forget it,\" she said.",
			"If it's flooded, forget it, | Nerida Quorbel | said"},
		// "TD" is a role: "the Dublin Bay North TD" is no place.
		{"en", "Declan Vinsha, a Labour TD, spoke. Mary Quorbel answered him.\n\n\"I have constituents sharing a house,\" the Dublin Bay North TD said.",
			"I have constituents sharing a house, | Declan Vinsha | said"},
		// A compound role in -hoofd (rolesuffixes.txt) before a name.
		{"nl", "Rayonhoofd Jildou Vinsha ging met haar ploeg het ijs op. \"Bij de brug is het zwak\", vertelt de rayonhoofd.",
			"Bij de brug is het zwak | Jildou Vinsha | vertelt"},
		// A heading with no verb before a colon: the person, not the
		// body or the place after the name.
		{"nl", "Burgemeester Hub Vinsha is tevreden.\n\nCafé-eigenares Truus Quorbel van De Gouden Tak aan de Markt: \"Wij schenken nu in plastic.\"",
			"Wij schenken nu in plastic. | Truus Quorbel | :"},
		// "klinkt" with a subject says how a thing sounds
		// (impersonal.txt); the pronoun after the fronted clause speaks.
		{"nl", "Radioloog Liesbeth Vinsha is tevreden. \"Het vond er elf.\"\n\nDat laatste klinkt pijnlijk, geeft ze toe. \"Maar dat is de realiteit.\"",
			"Maar dat is de realiteit. | Liesbeth Vinsha | geeft … toe"},
		// "het bedrijf" is the body named after a noun that ends in it,
		// over a body the article names more often.
		{"nl", "Op de Veluwe staan beken droog. De Veluwe lijdt, en de Veluwe droogt verder uit.\n\nDrinkwaterbedrijf Vinsha zegt dat het de zorgen begrijpt. \"Wij nemen dit serieus\", schrijft het bedrijf.",
			"Wij nemen dit serieus | Vinsha | schrijft"},
		// A body's name joined by "des" (orgjoin.txt): its spokesman's
		// description holds it whole.
		{"nl", "Het Leger des Heils opent een opvang. \"We zijn blij\", zegt een woordvoerder van het Leger des Heils.",
			"We zijn blij | een woordvoerder van het Leger des Heils | zegt"},
		// A party in brackets between the name and its place in a colon
		// heading: the person, not the place.
		{"nl", "De brandweer bluste de brand.\n\nDistrictsburgemeester Zeynep Vinsha (Groen) van Borgerhout: \"Het district zoekt huisvesting.\"",
			"Het district zoekt huisvesting. | Zeynep Vinsha | :"},
		// A portfolio after a role's "van" is no part of the name; an
		// acronym opens a body's name at a sentence start.
		{"nl", "Het eigen risico daalt later. \"Ik doe geen belofte die ik niet kan waarmaken\", zei minister van Volksgezondheid Hanneke Quorbel-de Vinsha.",
			"Ik doe geen belofte die ik niet kan waarmaken | Hanneke Quorbel-de Vinsha | zei"},
		{"nl", "De melkprijs daalt.\n\nLTO Nederland noemt de verlaging \"een flinke tegenvaller voor de sector\".",
			"een flinke tegenvaller voor de sector | LTO Nederland | noemt"},
		// A people's noun after a compass point is a description, no
		// name: "de West-Vlaming".
		{"nl", "Ook ploegleider Kurt Vinsha was in de wolken. \"Hij werkt harder dan wie ook\", zei de West-Vlaming.",
			"Hij werkt harder dan wie ook | Kurt Vinsha | zei"},
		// A place's name after a role word is no person: "leider Genk"
		// is the club, not whom "de 21-jarige Ghanees" stands for.
		{"nl", "Invaller Kwame Vinsha besliste de wedstrijd. Club komt tot op een punt van leider Genk.\n\n\"Ik kom erin en die zit erin\", lachte de 21-jarige Ghanees na afloop.",
			"Ik kom erin en die zit erin | Kwame Vinsha | lachte"},
		// ... not after a subject's relative clause.
		{"nl", "Wethouder Gerrit Haaksma is tevreden.\n\nEen chauffeur die er al jaren rijdt, bevestigt dat beeld. \"Het is rustig.\"",
			"Het is rustig. | Een chauffeur die er al jaren rijdt | bevestigt"},
		// An acronym opening a sentence is a name, though the word list
		// has it in lower case; "de vervoerder" refers back to a body.
		{"nl", "Een kabelbrand legt het spoor stil. Machinist Jorien Vinsha zag de rook.\n\nNS adviseert reizigers om thuis te blijven. \"Ga alleen als het echt moet\", laat de vervoerder weten.",
			"Ga alleen als het echt moet | NS | laat … weten"},
		// A compound noun before a place alone opens a body's name.
		{"nl", "Het stroomnet raakt vol. Minister Els Vinsha zoekt een oplossing.\n\nNetbeheer Nederland waarschuwt: \"Dit gaat jaren duren.\"",
			"Dit gaat jaren duren. | Netbeheer Nederland | waarschuwt"},
		// A relative of someone named, by a possessive: the description
		// speaks, and a pronoun after it is theirs; a relative named
		// after the noun is that name.
		{"en", "Kalani Vinsha kicked four goals on debut.\n\n\"I couldn't look,\" Vinsha's mother said.",
			"I couldn't look, | Vinsha's mother | said"},
		{"en", "Kalani Vinsha kicked four goals on debut.\n\nVinsha's mother, who drove five hours to watch, said she had covered her eyes.\n\n\"I couldn't look,\" she said.",
			"I couldn't look, | Vinsha's mother | said"},
		{"en", "Maureen Quorbel swung a frozen leg of lamb at the burglars.\n\nMaureen's son Gary, 49, who lives above the pub, said he was woken by the shouting.\n\n\"Mum was in her slippers,\" he said.",
			"Mum was in her slippers, | Gary | said"},
		{"en", "Kalani Vinsha kicked four goals on debut.\n\n\"I couldn't look,\" Vinsha's granddaughter said.",
			"I couldn't look, | Vinsha's granddaughter | said"},
		// A relative clause set off by commas is no part of the
		// description that speaks.
		{"en", "Dean Quorbel ran into the house.\n\nEdna's grandson, who did not want to be named, said the family were \"in bits\".",
			"in bits | Edna's grandson | said"},
		// A part of a woman's double surname that is her husband's,
		// named in full, stays his.
		{"nl", "Dirigent Sjoerd Vinsha is overleden.\n\n‘Hij was nooit thuis’, zegt zijn weduwe Tryntsje Vinsha-Quorbel.\n\nIn 2016 stopte Vinsha met dirigeren. In mei zei hij nog dat hij ‘nooit mooier’ had horen zingen.",
			"nooit mooier | Sjoerd Vinsha | zei"},
		// A place named by a definite noun belongs to the description;
		// an indefinite one does not ("een woordvoerder in een reactie").
		{"nl", "Op een school in Houthalen bleven 23 leerlingen thuis.\n\nEen moeder aan de schoolpoort: “Mijn zoon is gevaccineerd.”",
			"Mijn zoon is gevaccineerd. | Een moeder aan de schoolpoort | :"},
		// A name after an event's word names the event, not a person
		// who could speak.
		{"nl", "Veldrijder Jente Vinsha won in Loenhout.\n\nVinsha krijgt nu rust. Op 1 januari staat hij aan de start van de GP Sven Quorbel in Baal. \"Vroeg in bed, denk ik\", zegt hij.",
			"Vroeg in bed, denk ik | Jente Vinsha | zegt"},
		// Words joined by "en" before an acronym that spells them are
		// one body's name, which the acronym stands for.
		{"nl", "De heffing treft kleine vervoerders.\n\nBrancheorganisatie Transport en Logistiek Vinsha (TLV) deelt de zorgen.\n\n“Het is te duur”, stelt TLV in een reactie.",
			"Het is te duur | Transport en Logistiek Vinsha | stelt"},
		// A description stands for the person just named, but not for
		// one named as the object of "van", "with" or in apposition to
		// such an object.
		{"nl", "Spits Yassin Vinsha scoorde twee keer voor de thuisploeg.\n\nTwaalf minuten voor tijd was het opnieuw de jonge spits die toesloeg, na een steekpass van Dani Quorbel.\n\n\"Die tweede raakte ik verkeerd\", gaf de aanvaller toe.",
			"Die tweede raakte ik verkeerd | Yassin Vinsha | gaf … toe"},
		// "spreken van": a plural subject, a group no one named stands
		// for.
		{"nl", "Banen weg\n\nTegelfabriek Quorbelit schrapt 140 van de 520 banen in Maasmechelen. De vakbonden spreken van ‘een zwarte dag voor de regio’.",
			"een zwarte dag voor de regio | De vakbonden | spreken"},
		// A role word before a word for a body opens the body's name
		// ("Premier League"), which no pronoun stands for; "simply"
		// may stand before a name given.
		{"en", "Palace\n\nQuorbel Rovers manager Inaki Vinsha says his side are better than their position.\n\nRovers have won two of their last ten Premier League matches and sit 15th.\n\nSpeaking on Thursday, the Spaniard said the results were unfair.\n\n\"We are a mid-table team,\" he said.",
			"We are a mid-table team, | Inaki Vinsha | said"},
		{"en", "Market demolished\n\nTraders protested on Monday. One of them, who gave his name simply as Chinedu, said, \"They loaded engines into their vans.\"",
			"They loaded engines into their vans. | Chinedu | said"},
		// A place whose name holds lower-case words ends a description
		// whole.
		{"nl", "Huisartsenpost dicht\n\nDe post sluit 's nachts. ‘Dan ben je aan je lot overgelaten’, zegt een 71-jarige inwoner van Bergen op Zoom, die zijn naam liever niet in de krant ziet.",
			"Dan ben je aan je lot overgelaten | een 71-jarige inwoner van Bergen op Zoom | zegt"},
		// Verbs of manner report speech too: "glunderde", "beamed".
		{"nl", "Wielrennen\n\nSeppe Van Quorbel won de koers. Jonas Vinsha werd derde.\n\n\"Ik heb gevlamd\", glunderde Van Quorbel na de finish.",
			"Ik heb gevlamd | Seppe Van Quorbel | glunderde"},
		{"en", "Cycling\n\nTom Quorbel won the race. Jonas Vinsha was third.\n\n\"I went all in,\" beamed Quorbel at the finish.",
			"I went all in, | Tom Quorbel | beamed"},
		// An opponent, the object of "tegen", is not the one a
		// description that follows stands for.
		{"nl", "Schaatsen\n\nVinske Quorbel won de 1500 meter. \"Ik had het niet verwacht\", zei Quorbel na afloop.\n\nQuorbel reed in de laatste rit tegen Anna de Vries-Hale en ging vanaf de start in de aanval. \"Ik wist dat ik zou lijden\", vertelde de Noord-Hollandse.",
			"Ik wist dat ik zou lijden | Vinske Quorbel | vertelde"},
		// A plural description is a group: no one person named before
		// stands for it.
		{"en", "Later bells\n\nSchools that started later saw fewer absences, said lead author Samuel Vinsha. \"The effect held in every district,\" he said.\n\nThe researchers acknowledged the limits of their design. \"This is an observational study,\" the authors wrote.",
			"This is an observational study, | the authors | wrote"},
		// An acronym alone stands for the acronym and the place the
		// article writes it with.
		{"nl", "Mestregels\n\nBoerenorganisatie QBO Nederland is boos over de plannen.\n\nQBO noemt de regeling „een druppel op een gloeiende plaat”.",
			"een druppel op een gloeiende plaat | QBO Nederland | noemt"},
		// Two persons speak as one: each by the name the article gives,
		// and a surname written once for both stays so.
		{"nl", "Camperverbod\n\nDe raad stemde in.\n\n„Het is raar als iemand gratis staat”, zeggen Jos en Anneke de Quorbel van minicamping De Hoeve.",
			"Het is raar als iemand gratis staat | Jos en Anneke de Quorbel | zeggen"},
		{"nl", "Camperverbod\n\nDe raad stemde in.\n\n„Het is raar als iemand gratis staat”, zeggen Vinske de Quorbel en echtgenoot Jos Hale.",
			"Het is raar als iemand gratis staat | Vinske de Quorbel en Jos Hale | zeggen"},
		// An acronym in brackets stands for the words before it, however
		// the name runs cut them.
		{"nl", "Tekort aan pillen\n\nApotheker Ann Vinsha maakt zich zorgen.\n\nHet College ter Toetsing van Quorbelmiddelen (CTQ) staat invoer uit Duitsland toe. “Daarmee overbruggen we het ergste”, aldus het CTQ.",
			"Daarmee overbruggen we het ergste | College ter Toetsing van Quorbelmiddelen | aldus"},
		// "hield … voor": the prosecutor puts it to the suspect.
		{"nl", "Schipper voor de rechter\n\nSchipper Henk Quorbel stond terecht.\n\n“U had mensen aan boord”, hield officier van justitie mr. Vinsha de Wit de verdachte voor.",
			"U had mensen aan boord | Vinsha de Wit | hield … voor"},
		// A club's letters end its name.
		{"en", "Warriors beat Vinsha City 2-1.\n\nVinsha City FC said in a statement that the striker had \"a suspected hamstring strain\".",
			"a suspected hamstring strain | Vinsha City FC | said"},
		// "het" before a capitalised word is its article, not the
		// impersonal subject.
		{"nl", "De vakbonden kondigen een actiedag aan. Minister Lotte Vinsha betreurt dat.\n\nDe werkgevers reageren koel. \"Een staking lost niets op\", laat het Verbond van Vinshase Ondernemingen weten.",
			"Een staking lost niets op | Verbond van Vinshase Ondernemingen | laat … weten"},
		// Someone introduced by a description and named later, by the
		// same noun or a synonym in apposition, speaks under the name.
		{"en", "Waits at hospitals grew again.\n\nAn emergency consultant at a large hospital described a long shift. \"You walk past the same faces,\" the consultant said.\n\nThe doctor, Omar Vinsha, who has worked there for years, said he agreed to be named.",
			"You walk past the same faces, | Omar Vinsha | said"},
		// ... not by another noun.
		{"en", "The river rose overnight.\n\nA woman who lives nearby said the water rose fast. \"It came in minutes,\" the woman said.\n\nThe minister, Ann Quorbel, visited the street.",
			"It came in minutes, | A woman who lives nearby | said"},
		// A name in apposition after a description with its
		// postmodifiers, after an inverted verb.
		{"en", "Hunters joined the search for the kidnapped travellers. The driver, who gave his name only as Emeka, said the road was blocked.\n\n\"We will not allow it,\" said the chairman of the Vinsha State chapter of the hunters' association, Alhaji Musa Quorbel.",
			"We will not allow it, | Musa Quorbel | said"},
		// "Madam" tells a woman, whatever the name's first word says.
		{"en", "The trial covers 42 stalls. A hawker said she liked it.\n\nMadam Tan Hui Vinsha, 61, who has sold noodles there for 23 years, said the heat was bad.\n\n\"It is like an oven,\" she said.",
			"It is like an oven, | Tan Hui Vinsha | said"},
		// A sport before a place names the sport's national body, even
		// at a sentence's start, where the sport is an ordinary word.
		{"en", "The Kenyan won in Munich.\n\nAthletics Kenya congratulated her, calling the run \"a show of depth\".",
			"a show of depth | Athletics Kenya | calling"},
		// ... not another club's boss named later.
		{"en", "Harbourside manager Tom Reid praised his side. \"We were magnificent,\" said the Harbourside boss.\n\nQuayside boss Sam Ode was left frustrated.",
			"We were magnificent, | Tom Reid | said"},
		// "accused" reports what its subject said, past a relative
		// clause, not the person quoted before.
		{"en", "Sam Ode, the trust's chair, said the vote was fair. \"We listened,\" Ode said.\n\nKira Vinsha, who leads the Keep Quorbel Open group, accused the trust of being \"deaf to the town\".",
			"deaf to the town | Kira Vinsha | accused"},
		// "laten weten" after an auxiliary is a reporting verb.
		{"nl", "Wethouder Anja Quorbel sprak eerst. \"We gaan door\", zei ze.\n\nGedeputeerde Tom Vinsha (Energie) had vorige week nog laten weten dat de provincie \"elke megawatt nodig heeft\".",
			"elke megawatt nodig heeft | Tom Vinsha | laten weten"},
		// So is a participle after one.
		{"nl", "Wethouder Anja Quorbel sprak eerst. \"We gaan door\", zei ze.\n\nDirecteur Tom Vinsha heeft inmiddels toegegeven dat het plan \"niet goed genoeg\" was.",
			"niet goed genoeg | Tom Vinsha | toegegeven"},
		// A Dutch subject after the verb, after a fronted part, may be a
		// determiner's phrase: here a body's noun for the body named.
		{"nl", "Tom Claes zei eerst iets. \"Ja\", zei hij.\n\nBij recyclingbedrijf Quorbel Metaal & Kunststof brak brand uit.\n\nIn een korte verklaring laat het bedrijf weten \"diep geschrokken\" te zijn.",
			"diep geschrokken | Quorbel Metaal & Kunststof | laat … weten"},
		// ... and a quotation coordinated with that one shares it, though
		// the body was chosen for the noun.
		{"nl", "Tom Claes zei eerst iets. \"Ja\", zei hij.\n\nBij recyclingbedrijf Quorbel Metaal & Kunststof brak brand uit.\n\nIn een korte verklaring laat het bedrijf weten \"diep geschrokken\" te zijn en \"volledig mee te werken\" aan het onderzoek.",
			"volledig mee te werken | Quorbel Metaal & Kunststof | laat … weten"},
		// An adverb may open the sentence that a description opens.
		{"nl", "Tom Claes zei eerst iets. \"Ja\", zei hij.\n\nOok een bewoonster van de vijfde verdieping kon via de ladder naar beneden. \"Ik heb hoogtevrees, maar dat maakte niet uit.\"",
			"Ik heb hoogtevrees, maar dat maakte niet uit. | een bewoonster van de vijfde verdieping | "},
		{"en", "Tom Hale spoke first. \"Yes,\" he said.\n\nAlso a woman from the fifth floor was carried down a ladder. \"I am afraid of heights, but it did not matter.\"",
			"I am afraid of heights, but it did not matter. | a woman from the fifth floor | "},
		// A possessive that is also a named person's surname, before a
		// noun for a person, is the possessive.
		{"nl", "Brandweerman Wim ter Haar zei eerst iets. \"Ja\", zei hij.\n\nEen buurvrouw zag de vlammen. \"Het was een vuurzee\", vertelt ze. Haar man was minder onder de indruk: \"Dit is de derde keer.\"",
			"Dit is de derde keer. | Haar man | :"},
		// A pronoun does not stand for a possessor before it in its
		// own sentence.
		{"en", "Engineer Pieter Vinsha said the pumps had failed twice. \"It is neglect,\" he said.\n\nCity spokesperson Tom Quorbel said tankers had been sent. Asked about Vinsha's claims, he said: \"We will not comment on that.\"",
			"We will not comment on that. | Tom Quorbel | said"},
		// After "klonk het", a role tied to a person opening the sentence
		// before, in the block, speaks, not the last source.
		{"nl", "Gouverneur Sara Quorbel riep een crisiscel bijeen.\n\n\"De bekkens zijn vol\", aldus woordvoerder Bert Vinsha.\n\nDe gouverneur vraagt inwoners om thuis te blijven. \"Rijd niet door het water\", klonk het.",
			"Rijd niet door het water | Sara Quorbel | klonk het"},
		// A pronoun after a sentence that names no one but holds a
		// quotation stands for that quotation's speaker.
		{"nl", "Minister Hester Quorbel had de motie ontraden. \"Het kost te veel\", zei Quorbel.\n\nKamerlid Ruben Vinsha diende de motie in. \"Huurders hebben lucht nodig\", zei Vinsha.\n\nDe minister zei na afloop dat ze de motie \"serieus zal wegen\". Of ze hem uitvoert, wilde ze niet zeggen. \"Ik ga eerst met de gemeenten om tafel.\"",
			"Ik ga eerst met de gemeenten om tafel. | Hester Quorbel | "},
		// A Dutch noun for a body ends its phrase before a verb.
		{"nl", "Bakker Koen Quorbel is boos. \"Het is slecht\", zegt hij.\n\nVolgens de brandweer wijst niets op brandstichting, maar is \"op dit moment nog niets uitgesloten\".",
			"op dit moment nog niets uitgesloten | de brandweer | Volgens"},
		// A title before a surname's particle tells the sex.
		{"en", "Gwyn ap Quorbel found the coins. The coroner, Paul Vinsha, said it was treasure.\n\nMr ap Quorbel, 58, a retired postman, said he had been detecting for years. \"I found buttons,\" he told the BBC.",
			"I found buttons, | Gwyn ap Quorbel | told"},
		// A name after a preposition in a clause before a colon is no
		// subject; the pronoun after the verb is.
		{"nl", "Wannes Vinsha won de cross. \"Ik had goede benen\", zei hij.\n\nSem Quorbel werd derde. Over Vinsha was hij lovend: \"Die jongen was vandaag gewoon de sterkste.\"",
			"Die jongen was vandaag gewoon de sterkste. | Sem Quorbel | :"},
		// A synonym of the role noun tied to a person stands for that person.
		{"nl", "Spits Tom Quorbel scoorde twee keer. \"Heerlijk\", zei hij.\n\nKeeper Bram Vinsha hield zijn ploeg met twee reddingen op de been, onder meer op een schot van middenvelder Dani Quorbel-Ras. \"Daar word ik voor betaald\", grijnsde de doelman.",
			"Daar word ik voor betaald | Bram Vinsha | grijnsde"},
		// English "they" stands for a body too.
		{"en", "Sam Ode, the singer's manager, spoke first. \"We are ready,\" Ode said.\n\nThe firm that runs the awards, Vinsha Quorbel Productions, denies that anything has been agreed.\n\n\"Any deal must be made with her team,\" they said.",
			"Any deal must be made with her team, | Vinsha Quorbel Productions | said"},
		// A name that goes on with the father's is cut short to the
		// given names before him.
		{"en", "Ms Siti Nurul binte Quorbel, 37, said her mother had been called by a man in uniform.\n\n\"She believed him,\" said Ms Siti Nurul, a teacher.",
			"She believed him, | Siti Nurul binte Quorbel | said"},
		// A title with a portfolio before the subject's name keeps the
		// pronoun the subject's, over a woman named in its relative
		// clause.
		{"en", "Ann Vinsha, who led the choir for forty years, has died. She was 84.\n\nAssociate Education Minister Tuiata Quorbel, who was taught by Vinsha in the 1990s, paid tribute online.\n\nShe wrote: \"Your voice carried us.\"",
			"Your voice carried us. | Tuiata Quorbel | wrote"},
		// A suspect's name with an initial that opens the sentence after
		// an introduction names the one introduced.
		{"nl", "Het OM eiste dinsdag een celstraf tegen een 41-jarige bakker uit Quorbeek. Jan-Pieter V. zou jarenlang meel hebben verkocht dat niet van hem was.\n\nDe 41-jarige gaf ter zitting toe dat er „fouten zijn gemaakt”.",
			"fouten zijn gemaakt | Jan-Pieter V. | gaf … toe"},
		// An age spelled out introduces someone as digits do.
		{"nl", "Advocaat Tom Quorbel pleitte voor werkstraffen.\n\nAlleen de jongste, een negentienjarige uit Vinshem, nam het woord. 'Het spijt me echt', zei hij.",
			"Het spijt me echt | een negentienjarige uit Vinshem | zei"},
		// A body's noun after "volgens" ends its phrase before a verb that
		// is also one ("staat"); and a court, which speaks as such, is no
		// reference back to another body the article names.
		{"nl", "Tom Quorbel kreeg vijf jaar cel. Het slachtoffer werd verzorgd in het UZ Vinsha.\n\nVolgens de rechtbank staat vast dat Quorbel ‘met volle kracht’ uithaalde.",
			"met volle kracht | de rechtbank | Volgens"},
		// The Flemish form of address for a lawyer makes its bearer "de
		// advocaat".
		{"nl", "Jens Vinsha (19) stond terecht voor oplichting.\n\nMeester Leen Quorbel verdedigt hem. Ze sprak lang met voorzitter Ann Dries. 'Hij wist van niets', zei de advocate.",
			"Hij wist van niets | Leen Quorbel | zei"},
		// A description goes on over a body's name that opens in lower
		// case, with its fields.
		{"nl", "Het tekort aan leraren groeit.\n\n\"Dit lossen we niet in één jaar op\", zegt een woordvoerder van het ministerie van Onderwijs, Cultuur en Wetenschap.",
			"Dit lossen we niet in één jaar op | een woordvoerder van het ministerie van Onderwijs, Cultuur en Wetenschap | zegt"},
		// A name in apposition to the description that opens a sentence
		// is named since an introduction, as one opening it is.
		{"nl", "De rechtbank veroordeelde een 34-jarige man uit Quorbeek. De man belde bij ouderen aan.\n\nDe verdachte, Rachid V., erkende een deel van de feiten. „Ik schaam me”, zei de 34-jarige.",
			"Ik schaam me | Rachid V. | zei"},
		// A clause of time opens a clause of its own: the pronoun in it
		// stands for the subject before it, and the subject of a
		// sentence that opens with a pronoun stays that pronoun's.
		{"en", "Newcastle coach Mick Quorbel was angry. The panel, chaired by judge Geoffrey Vinsha, ruled quickly. \"It was careless,\" Vinsha said.\n\nQuorbel did not hold back when he spoke to reporters.\n\n\"I've watched that tackle 30 times,\" he said.",
			"I've watched that tackle 30 times, | Mick Quorbel | said"},
		{"nl", "Marloes Quorbel heeft een slimme deurbel. Ze hoorde pas van het lek toen haar buurvrouw Fenna Vinsha haar een bericht stuurde. \"Ik heb de stekker eruit getrokken\", zegt ze.",
			"Ik heb de stekker eruit getrokken | Marloes Quorbel | zegt"},
		// The part an actor plays is no one who speaks.
		{"nl", "De film ging gisteren in première.\n\nDe hoofdrol is voor Mohamed Vinsha, die de stugge schipperszoon Remi speelt. “Het was zwaar werk”, zegt de 27-jarige.",
			"Het was zwaar werk | Mohamed Vinsha | zegt"},
		// A definite description of another person that opens a sentence
		// after an introduction makes that person the subject a pronoun
		// goes on with.
		{"nl", "Kenneth V. (41) staat terecht voor moord. Volgens Nathalie Quorbel bestrijkt de mast ook zijn wijk. Een eigen deskundige moet dat volgende week toelichten.\n\nDe beschuldigde, in donker pak, volgde de zitting met gebogen hoofd. Aan het einde kreeg hij nog het woord. Zijn boodschap: ‘Ik heb dit niet gedaan.’",
			"Ik heb dit niet gedaan. | Kenneth V. | :"},
		// What someone says, before a colon, is theirs: the one it is
		// "of" speaks.
		{"nl", "Tom Quorbel kreeg vijf jaar cel.\n\nDe rechtbank ging daar niet in mee. De conclusie van de rechtbank: „Hij wist wat hij deed.”",
			"Hij wist wat hij deed. | de rechtbank | :"},
		// A description set off before the name, with a plural
		// possessive in it, is the name's: "he" is the one it names.
		{"en", "In the corridor, Musa Quorbel waited.\n\nThe president of the doctors' union, Ibrahim Vinsha, said it was over.\n\n\"We do not want to strike,\" he told reporters.",
			"We do not want to strike, | Ibrahim Vinsha | told"},
		{"en", "In the corridor, Musa Quorbel waited.\n\nThe president of the chapter of the Association of Resident Doctors, Dr. Ibrahim Vinsha, said it was over.\n\n\"We do not want to strike,\" he told reporters.",
			"We do not want to strike, | Ibrahim Vinsha | told"},
		// A statement that the group around a person issued is theirs:
		// the kin speak, not the one they speak of.
		{"en", "Ian Quorbel, 58, died on Sunday.\n\nIn a statement, Mr Quorbel’s family described him as a gentle man.\n\n“Ian rode that road thousands of times,” the statement said.",
			"Ian rode that road thousands of times, | Mr Quorbel’s family | said"},
		{"en", "Ian Quorbel, 58, died on Sunday.\n\n“He rode that road thousands of times,” Quorbel's family said.",
			"He rode that road thousands of times, | Quorbel's family | said"},
		// A clause that ", and" opens after a list of places has its own
		// subject: the body, not a place listed before it.
		{"en", "Curfews were set for the Dunmore, Vinsha and Upper Kerrow districts, and the Valley Water Board warned that wells could run \"dry by August\" if no rain fell.",
			"dry by August | Valley Water Board | warned"},
		{"en", "Officers arrested Tom Vinsha on Friday, and the council said it would review the case \"as a matter of urgency\".",
			"as a matter of urgency | the council | said"},
		// A definite description modified otherwise than the indefinite
		// one with its head noun is someone else: "the Dutch-born chef"
		// is not "a young sous chef".
		{"en", "A celebrity chef shouted at a young sous chef in front of her colleagues, a tribunal heard.\n\nBut former pastry chef Ada Quorbel, 34, backed the claim. She said she left in 2022.\n\n\"He had favourites,\" the Dutch-born chef told the hearing.",
			"He had favourites, | Ada Quorbel | told"},
		// A passive reporting verb: its agent after the quotation speaks;
		// with none, its subject does not, nor does the subject of a
		// clause a later verb reports.
		{"en", "The plan was branded \"a shambles\" by Labour.",
			"a shambles | Labour | branded"},
		{"en", "The scheme has been branded \"a shambles\" in the press.",
			"a shambles |  | branded"},
		{"en", "The plan was branded \"too little, too late\" by opposition parties, as the minister insisted the changes would help.",
			"too little, too late |  | "},
		// After a comma, "as" opens a clause whose subject speaks.
		{"en", "Rents will be capped next year, as the Minister for Housing insisted the changes would give tenants \"some certainty\".\n\nMinister Ada Quorbel told the house the cap would be reviewed.",
			"some certainty | Ada Quorbel | insisted"},
		// A noun for a person after a possessive noun and a comma is the
		// name's, also where the name ends the sentence: "the
		// spokesman" later is that person.
		{"en", "Landlords are angry.\n\n\"Every month we lose members,\" said the group's spokesman, Tom Vinsha.\n\nTenant Ada Quorbel disagreed. \"They exaggerate,\" she said.\n\nMinister Bert Lomas spoke in Galway.\n\n\"We will fight this,\" the spokesman said.",
			"We will fight this, | Tom Vinsha | said"},
		{"en", "Landlords are angry.\n\nThe union's spokeswoman, Ada Quorbel, said it would strike.\n\nMinister Bert Lomas spoke in Galway. \"We will not give in,\" he said.\n\n\"We will fight this,\" the spokeswoman said.",
			"We will fight this, | Ada Quorbel | said"},
		// A participle after the main clause's comma has that clause's
		// subject, not the person it names as object.
		{"en", "Coach Dale Cormack was angry.\n\nHe also defended Sam Fifita, saying the 24-year-old was \"not a dirty player\" and had apologised.",
			"not a dirty player | Dale Cormack | saying"},
		{"en", "Dale Cormack defended Sam Fifita, saying he was \"not a dirty player\" and had apologised.",
			"not a dirty player | Dale Cormack | saying"},
		{"en", "Her main rival, Musa Quorbel of the Peoples Party, dismissed the plan.\n\n\"We have heard it all before,\" Quorbel said.\n\nThe PP candidate, a businessman who ran for the seat in 2021, said his first task would be an audit.\n\n\"I will publish every contract,\" he said.",
			"I will publish every contract, | Musa Quorbel | said"},
		// A full name whose surname opens a double surname with the same
		// given name is that person, under the double surname; another
		// given name keeps its own.
		{"nl", "Lotte Quorbel schrijft roman over haar grootvader\n\nDrie jaar lang reed schrijfster Lotte Quorbel-Mertens (46) naar Genk. \"Ik was bang,\" zegt Lotte.",
			"Ik was bang, | Lotte Quorbel-Mertens | zegt"},
		{"nl", "Sjoerd Quorbel is overleden.\n\nZijn weduwe Tryntsje Quorbel-Bouma was er. \"Ik mis hem,\" zei Quorbel.",
			"Ik mis hem, | Sjoerd Quorbel | zei"},
		// A spokesperson's noun after a name that no given name opens
		// speaks for that body, as "an Interpol spokesperson" does.
		{"en", "Quorbel Water said on Tuesday that a pipe had burst.\n\n\"We understand the frustration of residents,\" a Quorbel Water spokesperson said.",
			"We understand the frustration of residents, | Quorbel Water | said"},
		// A role before an English portfolio with "of", an article in it
		// and titles after it ties the role to the name.
		{"en", "Singer Alphonso Quorbel has died.\n\nMinister of Culture and the Arts Senator Dr. Rishi Vinsha-Lomas said in a statement that Quorbel had been brave.\n\n\"The nation owes him a debt,\" the minister said.",
			"The nation owes him a debt, | Rishi Vinsha-Lomas | said"},
		{"en", "Singer Alphonso Quorbel has died.\n\nOn Monday, Minister of Health Ann Vinsha visited the family.\n\n\"The nation owes him a debt,\" the minister said.",
			"The nation owes him a debt, | Ann Vinsha | said"},
		// A name after a noun for a fictional character is no one to
		// quote, nor is its apposition someone new.
		{"nl", "Schrijfster Lotte Quorbel (46) zit op een terras in Oostende.\n\nHoofdpersonage Mira, een vertaalster van in de veertig, erft een hotel. ‘Het is geen autobiografie,’ benadrukt de schrijfster.",
			"Het is geen autobiografie, | Lotte Quorbel | benadrukt"},
		// A noun for a work after a reporting verb and its article is the
		// verb's object, no title: the quotation judges it.
		{"en", "Director Rawiri Vinsha made the film in 2021.\n\nCritic Jonathan Quorbel called the film \"lovingly made but overlong\".",
			"lovingly made but overlong | Jonathan Quorbel | called"},
		// An English participle after the comma shares the clause of the
		// quotation before it, as a coordinated verb does.
		{"en", "Director Rawiri Vinsha made the play in 2021.\n\nCritic Jonathan Quorbel said the show was \"far too long\", arguing that the second act \"belongs in another play\".",
			"belongs in another play | Jonathan Quorbel | arguing"},
		// A possessive pronoun and a noun for a spouse: the one named
		// with the pronoun's referent under the same surname.
		{"nl", "Marloes en Dirk-Jan Quorbel uit Apeldoorn zaten in een hotel. 'Om drie uur werden we gewekt', vertelt Marloes Quorbel aan de telefoon.\n\nHaar man vult aan: 'Het personeel was heel rustig.'",
			"Het personeel was heel rustig. | Dirk-Jan Quorbel | vult aan"},
		{"en", "Ann and Tom Vinsha were asleep when the fire started. \"We ran,\" Ann Vinsha said.\n\nHer husband added: \"The staff were calm.\"",
			"The staff were calm. | Tom Vinsha | added"},
		// A group of kin speaks as one: no person it stands for.
		{"nl", "Zanger Rik Quorbel is zondag overleden. Dat heeft zijn familie maandag bekendgemaakt.\n\n“Papa is rustig ingeslapen, met zijn kleinkinderen aan zijn bed”, laat de familie weten.",
			"Papa is rustig ingeslapen, met zijn kleinkinderen aan zijn bed | de familie | laat … weten"},
		// A quotation that opens with a pronoun for the one person the
		// sentence before names is about that person, not theirs; not
		// where the sentence describes someone else too.
		{"nl", "Vader Ibrahim Quorbel zegt juist ‘alleen maar goede ervaringen’ te hebben. Zijn zoon Moussa zit in groep 7. ‘Hij komt op woensdag thuis met verhalen over robots. Dat had hij nooit gedaan.’",
			"Hij komt op woensdag thuis met verhalen over robots. Dat had hij nooit gedaan. | Ibrahim Quorbel | "},
		{"en", "Tom Vinsha runs the ward.\n\nMs Ada Quorbel says her cousin, also a nurse, has gone to Canada instead. \"She looked at the headlines and left. I understand why she went.\"",
			"She looked at the headlines and left. I understand why she went. | Ada Quorbel | says"},
		// A preposition's object in a phrase fronted before the subject
		// is no subject: the apposition after it names the speaker.
		{"en", "Prosecuting, Ada Vinsha said the road was dry.\n\nIn a victim statement read to the court by Ms Vinsha, Mr Quorbel's widow, Karen Quorbel, said she had been \"hollowed out\" by his death.",
			"hollowed out | Karen Quorbel | said"},
		// A pronoun after a sentence whose subject, after a fronted
		// phrase, is a description with an age the article gave someone
		// named in full stands for that person.
		{"en", "Dariusz Quorbel, 46, admitted causing death by careless driving. Thomas Vinsha, 58, died at the scene.\n\nProsecuting, Ada Lomas said Mr Vinsha could have done nothing.\n\nInterviewed under caution, the 46-year-old told officers he had \"looked down for a second\" to read a message.\n\n\"I didn't see him. I swear I didn't see him,\" he said in the interview.",
			"I didn't see him. I swear I didn't see him, | Dariusz Quorbel | said"},
		// A given name and a surname are the name with the double surname
		// that opens with it and has that given name, though others bear
		// the surname.
		{"nl", "Ria Quorbel (64) zwaait af\n\nHet is kwart voor zeven als Ria Quorbel-van Dam haar pasje langs de deur haalt.\n\nQuorbel begon in 1981. „Het was zwaar”, zegt Quorbel.\n\nHaar dochter Mirjam Quorbel (36) werkt op de intensive care.",
			"Het was zwaar | Ria Quorbel-van Dam | zegt"},
		// "The authority", "the council" refer back to a body named so.
		{"en", "Mayor Ann Vinsha backs the levy. The Quorbel Area Transit Authority runs the buses.\n\n\"We do not take positions in political campaigns,\" the transit authority said.",
			"We do not take positions in political campaigns, | Quorbel Area Transit Authority | said"},
		// A party named by an ordinary word is a name at a sentence start.
		{"en", "A Health Department spokesperson said: \"Pharmacies are vital.\"\n\nLabour described the figures as \"a damning verdict on 13 years of neglect\".",
			"a damning verdict on 13 years of neglect | Labour | described"},
		{"nl", "Minister Ann Vinsha verdedigde het plan.\n\nVooruit reageerde verbolgen op het plan: „Dit is een kaakslag voor elke huurder.”",
			"Dit is een kaakslag voor elke huurder. | Vooruit | reageerde"},
		// Names set after a noun for parents: the woman is "the mother",
		// the man "the father".
		{"nl", "Jordy Q. stond terecht voor de dood van Lien Vinsha.\n\nOp de eerste rij zaten de ouders van Lien, Luc Vinsha en Christine Quorbel. Hun advocate, meester Hilde Lomas, las een brief voor.\n\n‘Lien was ons enige kind,’ schrijft de moeder in de brief.",
			"Lien was ons enige kind, | Christine Quorbel | schrijft"},
		{"en", "The trial heard from her parents, Tom and Ann Quorbel. Their lawyer, Mary Vinsha, read a letter.\n\n\"She was our only child,\" the mother wrote.",
			"She was our only child, | Ann Quorbel | wrote"},
		{"en", "The trial heard from her parents Tom and Ann Quorbel. Their lawyer, Mark Vinsha, read a letter.\n\n\"We miss her every day,\" the father said.",
			"We miss her every day, | Tom Quorbel | said"},
		// ", of" sets off an apposition, no clause of its own.
		{"en", "Lead author Chen Yiling, of the Purple Mountain Observatory in Nanjing, said the water was in the inner disc. \"We see thirty times as much water as we predicted,\" she said.",
			"We see thirty times as much water as we predicted, | Chen Yiling | said"},
		// "ze" beside a singular verb of any kind is she, not they: the
		// man named since is not the speaker.
		{"nl", "Schrijfster Ann Vinsha debuteert met een roman. ‘Ik schreef het in een jaar’, zegt ze.\n\nCriticus Tom Quorbel noemt het boek sterk. Hij prijst de stijl.\n\nOf haar vader het boek las? Ze zwijgt even. ‘Nog niet.’",
			"Nog niet. | Ann Vinsha | "},
		{"nl", "Schrijfster Ann Vinsha debuteert met een roman. ‘Ik schreef het in een jaar’, zegt ze.\n\nCriticus Tom Quorbel noemt het boek sterk. Hij prijst de stijl.\n\nOf haar vader het boek las? Dan zwijgt ze even. ‘Nog niet.’",
			"Nog niet. | Ann Vinsha | "},
		// A body's word, or any noun, that opens a sentence before a
		// place the sentence's subject is part of the body's name; a
		// title is not.
		{"en", "A man was arrested in Quorbel.\n\nPolice Scotland said the inquiry had been \"thorough and complete\".",
			"thorough and complete | Police Scotland | said"},
		{"en", "The ferries are old.\n\nTransport Scotland, which owns the vessels, said the work was \"on track\".",
			"on track | Transport Scotland | said"},
		{"nl", "Het water stijgt.\n\nWaterschap Limburg zegt dat de buffers \"goed hebben gewerkt\".",
			"goed hebben gewerkt | Waterschap Limburg | zegt"},
		{"nl", "Het stormt.\n\nVeiligheidsregio Zeeland roept inwoners op. De boodschap van de veiligheidsregio: „Blijf binnen.”",
			"Blijf binnen. | Veiligheidsregio Zeeland | :"},
		{"en", "Rupert Hale runs a restaurant in Quorbel.\n\nMr Hale said the claim had \"nothing to do with it\".",
			"nothing to do with it | Rupert Hale | said"},
		// A title that opens a sentence before a surname and an age is
		// the title, not a given name: "Ms Quorbel" is Ann Quorbel.
		{"en", "She was cycling with a friend, retired teacher Ann Quorbel, who was not hurt.\n\nMs Quorbel, 61, said she heard the van. \"There was a bang,\" she told the court.",
			"There was a bang, | Ann Quorbel | told"},
		// A name that ends in a plural noun is a firm's, which no "she"
		// stands for.
		{"en", "Ngozi Quorbel does not like to wait. At ten she walks into the boardroom of Vinsha Petrochemicals and sits down.\n\n\u201cBecause everybody says you can't,\u201d she says.",
			"Because everybody says you can't, | Ngozi Quorbel | says"},
		// A description's place takes a compass point before it and its
		// region after a comma; a verb inside a relative clause set off
		// by commas is no cue.
		{"en", "\"We are broke,\" said a farmer in north Quorbel.", "We are broke, | a farmer in north Quorbel | said"},
		{"en", "A parent in Ikorodu, Lagos, said the paper had leaked. \"My daughter studied for this,\" she said.",
			"My daughter studied for this, | A parent in Ikorodu, Lagos | said"},
		{"en", "One private vet, who asked not to be named, said morale was \"as low as I have seen it\".",
			"as low as I have seen it | One private vet | said"},
		// A noun set off before a name takes modifiers in lower case
		// between it and its article: "The transport minister, X," ties
		// X to "the minister", not the shadow minister named later.
		{"en", "The transport minister, Ann Quorbel, has defended the cut.\n\nGiving evidence on Tuesday, the minister said the fund had become \"a scheme that runs empty buses\".\n\nHer comments drew a response from Tom Vinsha, Labour's shadow transport minister.",
			"a scheme that runs empty buses | Ann Quorbel | said"},
		// A people's adjective before a noun for a person is no body
		// that speaks through it ("an Interpol spokesperson" is): the
		// description stands for the person named before.
		{"en", "Before dawn each day, Umm Quorbel joins a line of women.\n\n\"Sometimes it comes at six,\" said the 52-year-old Syrian mother of six, who fled Homs in 2013.",
			"Sometimes it comes at six, | Umm Quorbel | said"},
		// After "the", a name that ends in a plural noun is a team's,
		// whatever given name it opens with.
		{"en", "Harbour host the Hunter Quorbel Rangers on Saturday, a match Dragan Vinsha described as a test.\n\nHe said the players had to \"start earning it\".",
			"start earning it | Dragan Vinsha | said"},
		// A fronted phrase of a preposition, with a word set off after
		// it, is passed over for the subject: the sergeant goes on, not
		// the counsel named in the phrase; a relative clause after a
		// name is no such phrase.
		{"en", "Det Sgt Tom Quorbel told the court the money was gone.\n\nUnder cross-examination by Conor Vinsha SC, defending, the sergeant agreed that she had made full admissions.\n\n\u201cShe was co-operative from the very first day,\u201d he said.",
			"She was co-operative from the very first day, | Tom Quorbel | said"},
		{"nl", "Jelle Quorbel gaf de assist op Emeka Vinsha. Trainer Thibaut Lomas was tevreden. „Emeka werkt hard”, zei hij.\n\nDe 24-jarige Nigeriaan zelf hield het bescheiden. „Jelle deed het moeilijke werk”, glimlachte de spits.\n\nOok Quorbel, die als aanvoerder al aan zijn achtste seizoen bij de club bezig is, wilde de held van de avond niet uithangen. „Dit is een overwinning van de groep,” zei hij.",
			"Dit is een overwinning van de groep, | Jelle Quorbel | zei"},
		// The one a report's lead describes is the one the next
		// sentence names, set off by a comma.
		{"en", "A 34-year-old former treasurer of a football club who stole €200,000 from its accounts has been jailed for four years.\n\nAnn Quorbel, of Tullamore, pleaded guilty to theft.\n\nHer counsel, Tom Vinsha, said she had repaid some of the money.\n\n\u201cI am so sorry to every member,\u201d the 34-year-old told the court.",
			"I am so sorry to every member, | Ann Quorbel | told"},
		// "De beschuldigde" stands for the one whose surname the article
		// gives as an initial, not for the person named last.
		{"nl", "Op het proces staat Kevin Q. terecht voor de dood van Dimitri Vinsha.\n\nHet slachtoffer werd in de haven gevonden. Zijn moeder Martine Vinsha-Lomas zat op de eerste rij.\n\n\"Ik was in paniek\", zei de beschuldigde.",
			"Ik was in paniek | Kevin Q. | zei"},
		// Who answers is not who asked.
		{"nl", "Op het proces staat Kevin Q. terecht.\n\nVoorzitster Ann Vinsha confronteerde de beschuldigde met zijn verklaring. \"Wat is het nu?\", vroeg Vinsha.\n\n\"Ik was in paniek\", antwoordde de beschuldigde.",
			"Ik was in paniek | Kevin Q. | antwoordde"},
		// The one spoken to, after "tot" before a colon, is not the
		// speaker: the person named before in the sentence is.
		{"nl", "Minister Ingrid Quorbel verdedigde het plan.\n\nAan het eind van de avond richtte Quorbel zich nog eens tot Youssef Vinsha: \u201eU doet alsof ik dit voor mijn plezier doe.\u201d",
			"U doet alsof ik dit voor mijn plezier doe. | Ingrid Quorbel | :"},
		// A Dutch compound of a role stands for the one the article gave
		// the role as a word of its own, not for another compound of it.
		{"nl", "\u201cZonder hem was ze er niet meer\u201d, zegt kapitein Stijn Quorbel van Brandweerzone Centrum.\n\nDe buurman, Jonas Vinsha, vertelt het verhaal. \u201cIk heb niet nagedacht\u201d, zegt Vinsha.\n\n\u201cDe brand is in de keuken ontstaan\u201d, aldus de brandweerkapitein.",
			"De brand is in de keuken ontstaan | Stijn Quorbel | aldus"},
		// "omschrijven" and "beschrijven" report as "describe" does.
		{"nl", "Inspecteur Jelle Vinsha sprak hem als eerste. \"Hij was kalm\", aldus de inspecteur.\n\nPsychiater Olivier Quorbel, die hem onderzocht, omschreef hem als \"intelligent, maar vlak\".",
			"intelligent, maar vlak | Olivier Quorbel | omschreef"},
		// More verbs that report: "kaatste terug".
		{"nl", "Minister Ann Quorbel verdedigde het plan.\n\n\u201eU zit hier voor de huurder\u201d, riep Kamerlid Tom Vinsha. De minister kaatste terug: \u201eIk zit hier voor allebei.\u201d", "Ik zit hier voor allebei. | Ann Quorbel | kaatste"},
		// A clause that opens with a title, a name and its body, set off
		// by a comma, has that subject, whatever apposition follows: the
		// verb after it is no inverted one.
		{"nl", "Schrijver Auke S. Quorbel is overleden. In 2009 zei hij: ‘Dat doet pijn.’\n\nBurgemeester Jelle de Vinsha-Lomas van Smallingerland, de gemeente waartoe Drachten behoort, noemde Quorbel ‘een van de grote zonen van Drachten’.",
			"een van de grote zonen van Drachten | Jelle de Vinsha-Lomas | noemde"},
		// A relative named through a possessive of the pronoun's sex,
		// in a phrase that does not open the sentence, is not whom the
		// pronoun stands for: "her" and "she" are the same woman.
		{"en", "Dora Quorbel, 52, lost her brother in the fire.\n\nOn Monday, standing with her husband Pete Quorbel, 55, and daughter Ivy, 14, she said: \"Nobody came.\"",
			"Nobody came. | Dora Quorbel | said"},
		{"nl", "Lies Vinsha (48) verloor haar broer bij de brand.\n\nMaandag, naast haar man Joop Vinsha en dochter Eva, zei ze: \"Niemand kwam.\"",
			"Niemand kwam. | Lies Vinsha | zei"},
		// But a relative who opens the sentence is its subject.
		{"en", "Nora Vinsha died on Friday. Her daughter, Ivy Quorbel, said her mother had never missed a match because she believed she was lucky.\n\n\"She kept the ticket stubs,\" she said.",
			"She kept the ticket stubs, | Ivy Quorbel | said"},
		// A name between a determiner and a lower-case noun for a body
		// or an event modifies the noun: no person.
		{"en", "Ann Vinsha, 70, coached the choir for thirty years. In 1990 the choir won the national Matai Roa festival.\n\n\"We sang every night,\" she said.",
			"We sang every night, | Ann Vinsha | said"},
		// A sentence with both a he and a her after a name does not tell
		// the name's sex.
		{"en", "Hemi Vinsha taught at the school for 31 years.\n\nTahi Quorbel, who joined the choir at 13, said he had changed the course of her life.\n\n\"I was a shy kid,\" she said.",
			"I was a shy kid, | Tahi Quorbel | said"},
		// A Dutch diminutive ends in -e but is a noun, not an inflected
		// adjective before one: the word after it is the verb.
		{"nl", "De moeder van het meisje las in de rechtszaal een verklaring voor. \"Mijn dochter wilde dierenarts worden\", zei ze.",
			"Mijn dochter wilde dierenarts worden | De moeder van het meisje | zei"},
		// A definite description refers back: a person named in the
		// sentence before, not one the article ties to its noun only
		// further on, nor the body before that tie's noun.
		{"en", "Ten days after the title, Kendall Ainsley Vinsha still has not listened to the recording.\n\n\"I can't. Not yet,\" the 47-year-old arranger said on Monday.\n\nCrusaders arranger Dane Quorbel-Phillip was gracious in defeat.",
			"I can't. Not yet, | Kendall Ainsley Vinsha | said"},
		{"en", "Ten days after the title, Kendall Ainsley Vinsha still has not listened to the recording.\n\n\"I can't. Not yet,\" the 47-year-old arranger said on Monday.\n\nTunapuna Crusaders arranger Dane Quorbel-Phillip was gracious in defeat.",
			"I can't. Not yet, | Kendall Ainsley Vinsha | said"},
		// A one-word name set in quotation marks after a person's full
		// name, after a word for being called, is that person's.
		{"nl", "Rosa Quorbel (78), voor het hele dorp gewoon 'Roske', tapt al vijftig jaar.\n\nBurgemeester Hilde Vinsha kent het café goed. \"Het is een instituut\", zegt ze.\n\nRoske haalt haar schouders op. \"Ik tap gewoon\", zegt ze.",
			"Ik tap gewoon | Rosa Quorbel | zegt"},
		{"en", "Thomas Quorbel, 81, known to everyone as 'Bazza', ran the shop for fifty years.\n\nCouncillor Dan Vinsha praised him. \"He is an institution,\" he said.\n\nBazza shrugged. \"I just opened the door,\" he said.",
			"I just opened the door, | Thomas Quorbel | said"},
		// "herinnert … zich" reports, its subject after it.
		{"nl", "Ruud Vinsha speelde twintig jaar cello bij de strenge pedagoog Piet Lacombe.\n\n‘Als Ruud iets zei, luisterde iedereen’, herinnert altviolist Wen-Li Quorbel zich.",
			"Als Ruud iets zei, luisterde iedereen | Wen-Li Quorbel | herinnert … zich"},
		// A reporting clause set off by a comma right after a short
		// quotation reports the whole sentence, the clause before it
		// included.
		{"nl", "Ruud Vinsha was cellist.\n\nVinsha vond dat zelf ‘een beetje gênant’, zegt zijn weduwe, de pianiste Marijke Quorbel (76).",
			"een beetje gênant | Marijke Quorbel | zegt"},
		{"en", "Tom Vinsha played the cello.\n\nVinsha found it 'a bit silly', his widow, the pianist Mary Quorbel, said.",
			"a bit silly | Mary Quorbel | said"},
		// "Her answer:" is the one a question was put to.
		{"en", "The session was moderated by Ritu Vinsha.\n\nVinsha asked Mira Quorbel whether she had worried about it. Her answer: \"Every day.\"",
			"Every day. | Mira Quorbel | :"},
		{"nl", "Het gesprek werd geleid door Ritu Vinsha.\n\nVinsha vroeg Mira Quorbel of ze daarover had getwijfeld. Haar antwoord: \"Elke dag.\"",
			"Elke dag. | Mira Quorbel | :"},
		// A relative of someone named in the genitive, named in
		// apposition, speaks: the Dutch genitive takes a plain -s.
		{"nl", "Tom van Vinsha vond de bacterie in de dijk.\n\nDat het daar gebeurde, vindt Van Vinshas moeder, Jannie Quorbel (81), nog altijd ‘een beetje wonderlijk’.",
			"een beetje wonderlijk | Jannie Quorbel | vindt"},
		// "who identified herself only as X": the name given speaks.
		{"en", "A seller, Mrs. Ada Vinsha, said traders had heard of it on the radio.\n\nAnother trader, who identified herself only as Mama Quorbel, said: \"Nobody sleeps with the door open.\"",
			"Nobody sleeps with the door open. | Mama Quorbel | said"},
		// A place after a lower-case noun for a body names the body with
		// it: the police of the town speak, not the town.
		{"nl", "Aan de Kerkstraat in Zwolle-Zuid is een man neergeschoten.\n\nDe schoten vielen om tien uur. ‘We hebben hulzen gevonden’, zegt een woordvoerder van de politie Zwolle.",
			"We hebben hulzen gevonden | politie Zwolle | zegt"},
		{"nl", "De raad vergaderde.\n\n‘We kijken ernaar’, zegt een woordvoerder van de gemeente Utrecht.",
			"We kijken ernaar | gemeente Utrecht | zegt"},
		// A name and the alias the person goes by are one name: two
		// people of the same initials are told apart by it.
		{"nl", "Vier leden namen het woord. K.V., alias ’Mug’, las een brief voor.\n\nPraeses K.V., alias ’Zwaan’, trad hem daarin bij. Hij wilde dat de familie het wist. «Het is onze fout en ik draag dat.»",
			"Het is onze fout en ik draag dat. | K.V. alias Zwaan | "},
		{"en", "Two brothers spoke. Marcus Quorbel, aka ‘Bulldog’, thanked the crowd. His brother Leon stood by.\n\n“We never gave up,” said Marcus Quorbel, aka Bulldog.",
			"We never gave up, | Marcus Quorbel aka Bulldog | said"},
		// A clergyman's title is a role, tied to the name it opens.
		{"nl", "Bakker Piet Vinsha is op 81-jarige leeftijd overleden.\n\nPastoor Jan-Willem Quorbel leidt zaterdag de uitvaart. Hij leerde Vinsha kennen in 2011. ‘Piet was een stille man’, zegt de pastoor.",
			"Piet was een stille man | Jan-Willem Quorbel | zegt"},
		// A nickname inside a name stands for the whole name.
		{"nl", "Voor het eerst in zeventig jaar zag Maria ‘Mia’ Quorbel-Vinsha (89) haar zus terug.\n\n«Ik dacht dat ze dood was», zegt Mia.",
			"Ik dacht dat ze dood was | Maria Quorbel-Vinsha | zegt"},
		// A capitalised word that names nothing before a spokesperson
		// leaves the description an introduction "the spokesperson"
		// refers back to.
		{"en", "Tom Hale left.\n\nOne older man at the back got up and left.\n\nA Garda spokesperson said there had been no arrests. \"We will engage with all parties,\" the spokesperson said.",
			"We will engage with all parties, | A Garda spokesperson | said"},
		// But not over a person named just before the description.
		{"en", "Tom Reid stole goats from a 72-year-old farmer in Bull Quorbel.\n\nOutside the court, Joe Vinsha, who has farmed goats for 40 years, said he was satisfied.\n\nThe 72-year-old said he had lost 30 animals. \"Now I sleep with one eye open,\" he said.",
			"Now I sleep with one eye open, | Joe Vinsha | said"},
		// After a body's spokesperson, "the spokesperson" is the body, as
		// the description is.
		{"en", "Tom Hale left.\n\nOne older man at the back got up and left.\n\nAn Interpol spokesperson said the notice stood. \"It is valid,\" the spokesperson said.",
			"It is valid, | Interpol | said"},
		{"en", "Dr Ann Vinsha died in the crash.\n\nAn Interpol spokeswoman said the notice stood. \"It is valid,\" she said.",
			"It is valid, | Interpol | said"},
		// A description after a fronted clause opens its sentence, and
		// the pronoun after it refers back through it to the one
		// introduced by its noun, over one introduced since.
		{"en", "A local baker, who asked not to be named, said trade was slow.\n\nA police spokesperson said there had been no arrests.\n\nAsked afterwards whether anything had changed, the baker shrugged. \"Some listened,\" he said.",
			"Some listened, | A local baker | said"},
	} {
		qs := Find(tc.in, segments(tc.in), Options{Lang: language.Make(tc.lang)})
		if len(qs) == 0 {
			t.Fatalf("%q: no quotation", tc.in)
		}
		if got := summary(tc.in, qs[len(qs)-1]); got != tc.want { // the last
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// After "klinkt het" a preposition other than "bij" names a source only
// with a phrase for a body or a person: "op het kabinet", not "op de
// persconferentie", which proposes no candidate.
func TestSourcePreps(t *testing.T) {
	for _, tc := range []struct {
		in, phrase string
		want       bool
	}{
		{"“Ja”, klinkt het op het kabinet.", "het kabinet", true},
		{"“Ja”, klinkt het vanuit de gemeente.", "de gemeente", true},
		{"“Ja”, klinkt het op de persconferentie.", "de persconferentie", false},
		{"“Ja”, klinkt het bij de buren.", "de buren", true},
	} {
		found := false
		Find(tc.in, segments(tc.in), Options{Lang: language.Dutch, Trace: func(tr Trace) {
			for _, c := range tr.Candidates {
				found = found || c.Speaker == tc.phrase
			}
		}})
		if found != tc.want {
			t.Errorf("%q: %q among the candidates: %v, want %v", tc.in, tc.phrase, found, tc.want)
		}
	}
}

// TestIntros lists the unnamed people each input introduces, as
// findIntros reads them: the phrase as written, from its determiner.
func TestIntros(t *testing.T) {
	for _, tc := range []struct {
		lang, in string
		want     []string
	}{
		// The head comes before any preposition: the message is no one.
		{"nl", "Haar moeder kreeg een bericht van iemand die zich voordeed als haar zoon.", []string{"iemand die zich voordeed als haar zoon"}},
		// A relative with an age between the possessive and the noun.
		{"en", "In mitigation, Vinsha's 19-year-old daughter wrote a letter to the court.", []string{"Vinsha's 19-year-old daughter"}},
		// An indefinite phrase set off right after an introduction is its
		// apposition, no one new.
		{"en", "Another voter, a retired teacher from Spanish Town, said the list was wrong.", []string{"Another voter"}},
		// A phrase after a pronoun and a linking verb says what its
		// subject is; a Dutch subject after its verb is introduced.
		{"en", "She is not, she insists, someone given to despair.", nil},
		{"nl", "Hij is een man die zijn woorden weegt.", nil},
		{"nl", "Boos is een monteur die al 22 jaar bij het bedrijf werkt.", []string{"een monteur die al 22 jaar bij het bedrijf werkt"}},
		{"en", "A senior staff nurse at the city hospital, who declined to be named, said she was worried.", []string{"A senior staff nurse at the city hospital"}},
		{"en", "Oysters died, said a hatchery technician who asked not to be named.", []string{"a hatchery technician who asked not to be named"}},
		// Auxiliaries before a reporting verb are the verb's, not the
		// subject's; a number after a name modifies the noun too.
		{"en", "A Co Mayo farmer has been ordered to pay damages.", []string{"A Co Mayo farmer"}},
		{"en", "A Year 13 student at the school, who did not want to be named, said she supported her teachers.", []string{"A Year 13 student at the school"}},
		// "aan" (descprep.txt) and "on" (postmod.txt) take a named place
		// into a description, and no other phrase.
		{"nl", "Een omwonende aan de Vinshaweg kijkt vanuit haar keukenraam uit op de plek.", []string{"Een omwonende aan de Vinshaweg"}},
		{"nl", "Een woordvoerder aan de telefoon wilde niets kwijt.", []string{"Een woordvoerder"}},
		{"en", "A resident on Quorbel Street said the noise was constant.", []string{"A resident on Quorbel Street"}},
		// A form of "to be" after a relative clause's words is the main
		// clause's: "… since 1995 | was just …"; not after a pronoun.
		{"en", "A Cowboys member who has had a season ticket since 1995 was just as relieved.", []string{"A Cowboys member who has had a season ticket since 1995"}},
		{"en", "A neighbour who said he was asleep heard the crash.", []string{"A neighbour who said he was asleep"}},
		// A participle with a separable prefix ends a Dutch relative
		// clause (separable_nl.txt).
		{"nl", "\"Ik kom al dertig jaar naar Oss,\" zegt een supporter die met zijn zoon was meegereisd.", []string{"een supporter die met zijn zoon was meegereisd"}},
		// A partitive after the preposition: "een van de", "one of the".
		{"nl", "Een dochter van een van de slachtoffers las een verklaring voor.", []string{"Een dochter van een van de slachtoffers"}},
		{"en", "A teacher at one of the schools said the toilets were closed.", []string{"A teacher at one of the schools"}},
		// Two auxiliaries after the clause's words are the main clause's
		// verb.
		{"en", "A courier who was reading a message when he hit a parked car has been fined.", []string{"A courier who was reading a message when he hit a parked car"}},
		// An indefinite phrase set off after a definite description that
		// opens the sentence is its apposition, no one new.
		{"en", "The Labour candidate, a teacher who ran for the seat in 2021, said the count was slow.", nil},
		// Up to three plain words after a preposition's article.
		{"en", "One nurse on an acute medical ward, who asked not to be named, told the BBC she had worked late.", []string{"One nurse on an acute medical ward"}},
		// A Dutch auxiliary with no verb of the clause before it is the
		// clause's own; the clause ends at a conjunction.
		{"nl", "De brand werd ontdekt door een buurman die wakker werd van het lawaai van de dieren.", []string{"een buurman die wakker werd van het lawaai van de dieren"}},
		{"nl", "\"We lopen op ons tandvlees\", zegt een verpleegkundige die anoniem wil blijven omdat ze bang is.", []string{"een verpleegkundige die anoniem wil blijven"}},
		// A Dutch subject phrase: an inflected adjective before its
		// noun, and a word that ends like a finite verb after it.
		{"nl", "Een leerkracht van een andere school binnen de stichting, die anoniem wil blijven, herkent dat.", []string{"Een leerkracht van een andere school"}},
		{"nl", "Een collega van de afdeling longziekten herkent dat beeld.", []string{"Een collega van de afdeling longziekten"}},
		// A cluster of verbs ends a Dutch relative clause at its comma or
		// the sentence's end.
		{"nl", "\"Ik zag niets meer\", zegt een chauffeur die door de brandweer uit zijn wagen moest worden gehaald.", []string{"een chauffeur die door de brandweer uit zijn wagen moest worden gehaald"}},
		// A Dutch adjective of place between the article and the noun.
		{"nl", "Een Hengelose huisarts, die niet met naam in de krant wil, herkent het probleem.", []string{"Een Hengelose huisarts"}},
		// An -ing participle with a preposition's phrase right after it,
		// a second one, and a relative clause after them.
		{"en", "\"It is a bad joke,\" said a woman waiting for a bus at Quorbel Station who did not want to give her name.", []string{"a woman waiting for a bus at Quorbel Station who did not want to give her name"}},
		{"en", "One woman renting on Vinsha Street, who asked not to be named, said she was priced out.", []string{"One woman renting on Vinsha Street"}},
		// Two relative clauses joined by "and who", past twenty tokens.
		{"en", "A woman who has been on the council's housing list for eleven years and who attended the meeting with her two small children said she was tired.", []string{"A woman who has been on the council's housing list for eleven years and who attended the meeting with her two small children"}},
		// A name set beside the description: nobody unnamed.
		{"en", "A textile dealer, Hajiya Aisha Quorbel, said traders had taken loans.", nil},
		// A noun for a person that is an adjective too, before another
		// noun, introduces no one; before a verb it does.
		{"en", "Ada Quorbel arrived from a private hospital in Kerala and read an official statement.", nil},
		{"en", "Traders protested against plans to move them to a temporary site, and a domestic flight was late.", nil},
		{"en", "A private said the unit had moved.", []string{"A private"}},
	} {
		a := &article{}
		a.prepare(tc.in, segments(tc.in), language.Make(tc.lang))
		var got []string
		for _, in := range a.intros {
			got = append(got, in.sp.name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: intros %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestWeakName: which names, with no given name the lists know, still
// look like a person's.
func TestWeakName(t *testing.T) {
	a := &article{lang: "nl"}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"De Ruiter", true},       // the surname list writes "de Ruiter"
		{"Tsjerk de Vries", true}, // a place after a particle is a surname
		{"Jeugdzorg Nederland", false},
		{"Den Haag", false},
		{"Health New Zealand", false},
	} {
		if got := a.weakName(tc.name); got != tc.want {
			t.Errorf("weakName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestNeuterSpan: "it" found through a body named in the block before
// has its own span, not a token of that block at its index.
func TestNeuterSpan(t *testing.T) {
	src := "Plant opposed\n\nThe firm Thar Vinsha Energy Ltd said it would appeal. Its shares fell.\n\n“The company remains committed to the community,” it said."
	qs := Find(src, segments(src), Options{Lang: language.English})
	if len(qs) != 1 {
		t.Fatalf("%d quotations, want 1", len(qs))
	}
	q := qs[0]
	if q.Speaker != "Thar Vinsha Energy Ltd" || src[q.SpeakerSpan.Start:q.SpeakerSpan.End] != "it" {
		t.Errorf("speaker %q at %q, want Thar Vinsha Energy Ltd at \"it\"", q.Speaker, src[q.SpeakerSpan.Start:q.SpeakerSpan.End])
	}
}

// orgRef reads a determiner, at most two adjectives and a noun that
// refers back to an organisation.
func TestOrgRef(t *testing.T) {
	for _, tc := range []struct {
		desc string
		want bool
	}{
		{"de organisatie", true},
		{"the company", true},
		{"de Mechelse afdeling", true},
		{"the largest union", true},
		{"de Europese Vinsha afdeling", false}, // a name inside
		{"de zeer grote oude afdeling", false}, // too long
		{"de minister", false},
		{"organisatie", false},
		{"het spoorbedrijf", true}, // a compound of a body's word
		{"de filmmaker", false},    // a maker is no body's word
		{"the subgroup", true},
	} {
		if got := orgRef(tc.desc); got != tc.want {
			t.Errorf("orgRef(%q) = %v, want %v", tc.desc, got, tc.want)
		}
	}
}

// A quotation in the first person singular does not go on the words of a
// body quoted last; one in the first person plural may.
func TestFirstPersonNotBody(t *testing.T) {
	const body = "Vervoer en Opslag Federatie"
	for _, tc := range []struct {
		quote string
		last  bool
	}{
		{"Mijn marge is 2 procent.", false},
		{"Onze marge is 2 procent.", true},
	} {
		in := "In een verklaring schrijft " + body + " dat de sector \"niet nog een keer met lege handen\" wil staan.\n\nJan Vinsha runt een transportbedrijf. \"" + tc.quote + "\""
		c, ok := candidate(t, in, traces(in, "nl"), tc.quote, body)
		if got := ok && c.Features[fSrc+int(srcLast)] == 1; got != tc.last {
			t.Errorf("%q: %s proposed as the last speaker: %v, want %v", tc.quote, body, got, tc.last)
		}
	}
}

// TestSourceMasks compares the masks with the arrays they are made from,
// on every set of one or two sources.
func TestSourceMasks(t *testing.T) {
	for s1 := range nSources {
		for s2 := s1; s2 < nSources; s2++ {
			c := cand{srcs: 1<<s1 | 1<<s2}
			cue, n := cueSource[s1] || cueSource[s2], 0
			for _, s := range slices.Compact([]source{s1, s2}) {
				if !background[s] {
					n++
				}
			}
			if got := fromCue(&c); got != cue {
				t.Errorf("fromCue(%s, %s) = %v, want %v", sourceNames[s1], sourceNames[s2], got, cue)
			}
			if got := bits.OnesCount32(c.srcs &^ backgroundSources); got != n {
				t.Errorf("%s, %s: %d sources in the foreground, want %d", sourceNames[s1], sourceNames[s2], got, n)
			}
		}
	}
	for _, b := range []bool{false, true} {
		if got, want := b2f(b), map[bool]float64{false: 0, true: 1}[b]; got != want {
			t.Errorf("b2f(%v) = %v, want %v", b, got, want)
		}
	}
}
