package quotes

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// persons returns the names Analyze reports as persons in src.
func persons(src, lang string) []string {
	_, ps := Analyze(src, segments(src), Options{Lang: language.Make(lang)})
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// The mention recogniser on names, places and ordinary capitalised words
// kept apart from the annotated articles: every name here is made up or
// a common one, every sentence written for this test.
func TestMentions(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want, not      []string
	}{
		{"given name and surname", "en", "Yesterday Carla Mendez opened the hall.", []string{"Carla Mendez"}, nil},
		{"place before a name", "en", "The first minister of Scotland Nicola Brennan spoke first.", []string{"Nicola Brennan"}, []string{"Scotland Nicola Brennan"}},
		{"ordinary word at a sentence start", "en", "Sometimes the council meets twice. Speaking to reporters, Tom Hale left.", []string{"Tom Hale"}, []string{"Sometimes", "Speaking"}},
		{"Dutch ordinary word at a sentence start", "nl", "Wanneer de raad vergadert, is Els Wouters er. Verder zwijgt ze.", []string{"Els Wouters"}, []string{"Wanneer", "Verder"}},
		{"a word that is also a given name", "nl", "Kort samengevat wil Lien Claes een nieuw plan.", []string{"Lien Claes"}, []string{"Kort"}},
		{"places and peoples are no persons", "en", "Storms hit North America and the Latin American coast, said Ann Foley.", []string{"Ann Foley"}, []string{"North America", "Latin American"}},
		{"rooms and bodies are no persons", "en", "They met in the Cabinet Room with the Joint Chiefs. Paul Grant chaired.", []string{"Paul Grant"}, []string{"Cabinet Room", "Joint Chiefs"}},
		{"particles", "nl", "Dat zegt Piet in 't Hout van de vakbond, samen met Els van den Broek.", []string{"Piet in 't Hout", "Els van den Broek"}, nil},
		{"city before a name", "en", `"It is urgent," London Sadiq Khan said.`, []string{"Sadiq Khan"}, []string{"London Sadiq Khan"}},
		{"a country's person noun after the sentence's article", "nl", "De Pool Wojtal Vinsha werd derde. Tom Quorbel reed mee.", []string{"Wojtal Vinsha", "Tom Quorbel"}, []string{"De Pool Wojtal Vinsha", "Pool Wojtal Vinsha"}},
		{"another's surname inside one name", "en", "Professor Euan Vinsha-Keir died. His sister, Catriona Vinsha-Keir Quorbel, wept.",
			[]string{"Euan Vinsha-Keir", "Catriona Vinsha-Keir Quorbel"}, []string{"Catriona Vinsha-Keir"}},
		{"two surnames side by side", "en", "Professor Dick Vinsha spoke. Professor Tom Quorbel too. Then Quorbel Vinsha shook hands.",
			[]string{"Dick Vinsha", "Tom Quorbel"}, []string{"Quorbel Vinsha"}},
		{"a Kalenjin father particle", "en", "The head of education, Dr Kiprono Arap Quorbel Vinsha, says it works.", []string{"Kiprono Arap Quorbel Vinsha"}, []string{"Kiprono"}},
		{"a work's title after its noun", "en", "Ann Vinsha starred in the 2019 film Quorbel Boy Returns. The book Michelle Ravel wrote sold well.", []string{"Ann Vinsha", "Michelle Ravel"}, []string{"Quorbel Boy Returns"}},
		{"a Dutch work's title after a compound", "nl", "Ann Vinsha speelde in de speelfilm Quorbel Keert Terug.", []string{"Ann Vinsha"}, []string{"Quorbel Keert Terug"}},
		{"a person after from", "en", "The other no vote came from Angela Quorbel, who was elected in May. Visitors came from Vinsha Bay.", []string{"Angela Quorbel"}, []string{"Vinsha Bay"}},
		{"a word no list knows before a given name, after of", "en", "He spoke at the trial of Tundevinsha Olumide Quorbel in May.", []string{"Tundevinsha Olumide Quorbel"}, []string{"Olumide Quorbel"}},
		{"organisation after a name", "nl", "Directeur Hans Spigt van Jeugdzorg Nederland sprak.", []string{"Hans Spigt"}, []string{"Jeugdzorg Nederland"}},
		{"title before a name", "en", "Sen. Ben Marsh, a Republican, objected.", []string{"Ben Marsh"}, []string{"Sen. Ben Marsh"}},
		{"a body's word after a place that is a given name too", "en", "The Nelson Quorbel Bay Municipality said no. Tom Hale spoke.", []string{"Tom Hale"}, []string{"Quorbel Bay Municipality", "Nelson Quorbel Bay Municipality"}},
		{"a region of India is a place", "en", "Tamil Nadu head coach Ravi Quorbel was blunt: \"We were poor.\"", []string{"Ravi Quorbel"}, []string{"Tamil Nadu"}},
		{"a particle that counts only with a capital", "nl", "Sitedirecteur Veerle Op de Quorbel sprak. Er kwam kritiek van de Kamer op De Vinsha.", []string{"Veerle Op de Quorbel", "De Vinsha"}, []string{"Op de Quorbel", "Kamer op De Vinsha"}},
		{"a body's name goes on over \"&\" after its body word", "nl", "Onderzoeker Koen Quorbel van Vinsha University & Research noemt het goed.", []string{"Koen Quorbel"}, []string{"& Research", "Research"}},
		{"role before a name at a sentence's start", "en", "Skipper Ravi Quorbel, who made 74, stayed on.", []string{"Ravi Quorbel"}, []string{"Skipper Ravi Quorbel"}},
		{"suffix after a surname", "en", "Robert Downey Jr. praised him. Later Downey left.", []string{"Robert Downey Jr."}, []string{"Jr.", "Robert Downey"}},
		{"hyphenated given name", "en", "Amnesty director Man-kei Tam spoke.", []string{"Man-kei Tam"}, nil},
		{"compound noun is no name", "nl", "Het Analytica-schandaal raakte Mark Smit.", []string{"Mark Smit"}, []string{"Analytica-schandaal"}},
		{"role word as surname", "en", "That is what analyst Ken Doctor wrote.", []string{"Ken Doctor"}, nil},
		{"weekday and month are no persons", "en", "Lisa Stone spoke on Tuesday. The law takes effect on 1 April.", []string{"Lisa Stone"}, []string{"Tuesday", "April"}},
		{"a given name alone", "en", "Katya held up a sign.", []string{"Katya"}, nil},
		{"a title of sex before words no list holds", "en", "Madam Zuriati Aqilah Quorbel Vinsha, 58, who lives nearby, said the drains were blocked.", []string{"Zuriati Aqilah Quorbel Vinsha"}, nil},
		{"an age written out before a name", "en", "Nine-year-old Tilda Quorbel sang. Eleven-year-old Maud had a speech ready.", []string{"Tilda Quorbel", "Maud"},
			[]string{"Nine-year-old Tilda Quorbel", "Eleven-year-old Maud"}},
		{"English name ending in -se", "en", "Zach Parise scored twice.", []string{"Zach Parise"}, nil},
		{"German article at a sentence start", "de", "Der Hafen wächst. Anna Vogt sagte das.", []string{"Anna Vogt"}, []string{"Der Hafen"}},
		{"a Dutch compound that ends in a body's word", "nl", "Rijkswaterstaat sluit de weg. Woordvoerder Lotte Vinsha van Rijkswaterstaat Oost-Nederland legt het uit.", []string{"Lotte Vinsha"}, []string{"Rijkswaterstaat", "Rijkswaterstaat Oost-Nederland"}},
		{"a given name that is also a reporting verb", "nl", "Dat zegt trainer Said Vinsha van de club.", []string{"Said Vinsha"}, []string{"Vinsha"}},
		{"an object pronoun before a verb that is also a body's noun", "nl", "Naast haar staat Anna Quorbel (67), die al jaren helpt.", []string{"Anna Quorbel"}, nil},
		{"an Irish county and a hotel", "en", "The meeting in Ballyglass, Co Vinsha, was about the former Quorbel Hotel. Tom Hale spoke.", []string{"Tom Hale"}, []string{"Co Vinsha", "Vinsha", "Quorbel Hotel"}},
		{"an office's area in brackets inside a title", "en", "Superintendent of Police (Quorbel Rural) Priya Vinsha said the talks went well.", []string{"Priya Vinsha"}, []string{"Quorbel Rural"}},
		{"a surname like a reporting verb after particles", "nl", "Tom Hale won.\n\n‘We waren niet goed,’ gaf trainer Erwin van der Stelt toe.", []string{"Erwin van der Stelt"}, []string{"Erwin"}},
		{"a publisher and a label whose first word is a given name", "en", "The novel was published by a small press, Ellen Books. Her album came out on Rosa Records. Tom Hale spoke.", []string{"Tom Hale"}, []string{"Ellen Books", "Rosa Records"}},
		{"a union's unit between a title and a name", "en", "The Chairman of the drivers' union, Quorbel Unit, Comrade Tajudeen Vinsha, urged calm.", []string{"Tajudeen Vinsha"}, []string{"Quorbel Unit"}},
		{"a given name that ends in a body's word", "nl", "Minister Koenraad De Quorbel noemt de cijfers zorgwekkend.\n\nKoenraad Vinsha knikte.", []string{"Koenraad De Quorbel", "Koenraad Vinsha"}, []string{"Vinsha"}},
		{"a school, a station and a cape", "en", "His coach at Spanish Town Technical High, Mrs Paulette Quorbel, said so. He joined Caledonian Radio in 1962. A Cape Vinsha dancer came too.", []string{"Paulette Quorbel"}, []string{"Spanish Town Technical High", "Town Technical High", "Caledonian Radio", "Cape Vinsha"}},
		{"a Malaysian title is no part of the name", "en", "The group's chairman, Datuk Seri Ahmad Quorbel bin Ismail, said the offer was fair.", []string{"Ahmad Quorbel bin Ismail"}, []string{"Datuk Seri Ahmad Quorbel bin Ismail", "Seri Ahmad Quorbel bin Ismail"}},
		{"an unknown word opening an English sentence before a given name is the name's", "en", "Zorvika Mathew Quorbel, 34, arrived in Wales in 2022.", []string{"Zorvika Mathew Quorbel"}, []string{"Mathew Quorbel"}},
		{"a title set off after a noun for a work", "en", "The resulting album, Quorbel Kitchen, sold well. In the film, Ann Vinsha plays a nurse.", []string{"Ann Vinsha"}, []string{"Quorbel Kitchen"}},
		{"a character in a novel", "en", "The protagonist Jack Vinsha inherits a hotel. Ann Quorbel wrote the book.", []string{"Ann Quorbel"}, []string{"Jack Vinsha"}},
		{"a people's adjective", "en", "Huia Quorbel was born in 1933.\n\nThe film follows her classes in te reo Māori. It will be broadcast on Whakaata Māori later this year.", []string{"Huia Quorbel"}, []string{"Māori", "Whakaata Māori"}},
		{"a Malay patronymic", "en", "District Judge Siti Vinsha binte Quorbel said it was plain. Later Aziz bin Quorbel spoke.", []string{"Siti Vinsha binte Quorbel", "Aziz bin Quorbel"}, []string{"Siti Vinsha"}},
		{"a suffix is no word of the name before a place", "en", "Everyone got out, said Rev. Odell Quorbel Jr., the pastor.", []string{"Odell Quorbel Jr."}, []string{"Quorbel Jr."}},
		{"a competition named after a person", "en", "Ann Vinsha coaches the Billie Jean King Cup squad. Tom Quorbel won the Australian Open.", []string{"Ann Vinsha", "Tom Quorbel"}, []string{"Billie Jean", "Cup", "Billie Jean King Cup", "Australian Open"}},
		{"a father's given name and surname", "en", "Chairman Khalid bin Vinsha Al-Quorbel spoke. Elder Kamau wa Quorbel listened.", []string{"Khalid bin Vinsha Al-Quorbel", "Kamau wa Quorbel"}, []string{"Khalid", "Kamau"}},
		{"a given name after a particle is the father's", "en", "Minister for the Environment Vinshal bin Abdul Quorbel said so.", []string{"Vinshal bin Abdul Quorbel"}, []string{"Abdul Quorbel", "Environment Vinshal"}},
		{"a clause after a fronted name is no apposition", "en", "According to Tom Quorbel, the manifesto if written by him could matter.", []string{"Tom Quorbel"}, nil},
		{"a listed surname that ends like an inhabitants' noun", "nl", "Advocaat Jeroen de Molenaar sprak. Ook Ellen van der Vinsha-Molenaar was er.", []string{"Jeroen de Molenaar", "Ellen van der Vinsha-Molenaar"}, []string{"Jeroen", "Ellen"}},
		{"a name after a noun for a part of a town", "nl", "De brug verbindt de wijk Quorbeler Es met het centrum en de woonwijk Vinsha Noord met het station. Wethouder Ann Vinsha is blij.", []string{"Ann Vinsha"}, []string{"Quorbeler Es", "Vinsha Noord"}},
		{"a double surname that ends like a street", "nl", "Officier van justitie Marloes van der Vinsha-Quorbellaan eiste vier jaar. Ook wethouder Ans Vinshalaan en mevrouw Tom Quorbeldreef waren er ook, aan de Burgemeester de Vinshastraat en de Dr. Quorbellaan.", []string{"Marloes van der Vinsha-Quorbellaan", "Ans Vinshalaan", "Tom Quorbeldreef"}, []string{"Burgemeester de Vinshastraat", "de Vinshastraat", "Dr. Quorbellaan", "Quorbellaan"}},
		{"a Māori elder's title and a parent's compound before a name", "en", "Kaumātua Hēmi Quorbel opened the hui. Mum-of-two Kirsty Vinsha had queued since six.", []string{"Hēmi Quorbel", "Kirsty Vinsha"}, []string{"Kaumātua Hēmi Quorbel", "Mum-of-two Kirsty Vinsha"}},
		{"a given name that is also a place before a middle initial", "en", "Chief executive Bradley J. Quorbel spoke first. Then Winston O. Vinsha said so.", []string{"Bradley J. Quorbel", "Winston O. Vinsha"}, []string{"J. Quorbel", "O. Vinsha"}},
		{"a given name that is also a place before an unlisted given name", "en", "Hawker Lee Quorbel Hwa spoke first. Then Victoria Jacinda Vinsha spoke.", []string{"Lee Quorbel Hwa", "Jacinda Vinsha"}, []string{"Quorbel Hwa", "Victoria Jacinda Vinsha"}},
		{"a name that ends in a plural noun", "en", "Ann Lee joined Quorbel Logistics from Vinsha Petrochemicals. Ann Fields spoke.", []string{"Ann Lee", "Ann Fields"}, []string{"Quorbel Logistics", "Vinsha Petrochemicals"}},
		{"a name after a noun for a building", "nl", "Wie nergens terecht kon, sliep in sporthal De Vinshamolen of in evenementenhal Quorbel Expo. Burgemeester Ann Vinsha kwam kijken.", []string{"Ann Vinsha"}, []string{"De Vinshamolen", "Quorbel Expo"}},
		{"an Arabic patronymic particle", "nl", "De Rotterdamse regisseur Vinsha ben Quorbel (34) won. Later sprak Ben Quorbel. Ik ben blij, zei Ann Vinsha.", []string{"Vinsha ben Quorbel", "Ann Vinsha"}, []string{"Ben Quorbel", "Vinsha"}},
		{"a Dutch prize's compound", "nl", "In 1996 ontving Reinier Vinsha de P.C. Quorbelprijs voor zijn oeuvre.", []string{"Reinier Vinsha"}, []string{"P.C. Quorbelprijs"}},
		{"an Arabic article glued to the surname", "en", "Yahya Vinsha al-Quorbeli, a senior official, said they would not accept it.", []string{"Yahya Vinsha al-Quorbeli"}, []string{"Yahya Vinsha"}},
		{"St. opens a surname of two words", "en", "Minister Marlon St. Vinsha Quorbel said people must move early. Later St. Vinsha Quorbel spoke again.", []string{"Marlon St. Vinsha Quorbel"}, []string{"Marlon", "Vinsha Quorbel"}},
		{"a Welsh particle", "en", "Yesterday Iwan ab Quorbel spoke to the council.", []string{"Iwan ab Quorbel"}, []string{"Quorbel"}},
		{"a surname like an adjective of place before a verb", "nl", "Bij de club van coach Luca Vandenbossche overheerste de ontgoocheling.", []string{"Luca Vandenbossche"}, []string{"Luca"}},
		{"a Dutch body whose last word is a compound of a body's word", "nl", "Ze wees op cijfers van de Nederlandse Zorgautoriteit. Minister Els Vinsha knikte.", []string{"Els Vinsha"}, []string{"Nederlandse Zorgautoriteit"}},
		{"a police rank without its full stop", "en", "Speaking after the case, Det Con Gareth Vinsha of the police said it was over.", []string{"Gareth Vinsha"}, []string{"Con Gareth Vinsha"}},
		{"an Irish surname that opens with Mac", "en", "Ciarán Mac Giolla Phádraig, 41, ran into the house. The smoke was thick, Mac Giolla Phádraig said.", []string{"Ciarán Mac Giolla Phádraig"}, nil},
		{"a Portuguese double surname after 'da'", "nl", "Onderzoeker Mariana da Vinsha Quorbel is blij. Da Vinsha Quorbel zegt dat.", []string{"Mariana da Vinsha Quorbel"}, []string{"Vinsha Quorbel", "Mariana"}},
		{"a given name with a role's ending", "en", "Yesterday Amina Khalid Quorbel said schools would shut.", []string{"Amina Khalid Quorbel"}, []string{"Amina", "Quorbel"}},
		{"a Dutch compound role inside a sentence", "nl", "Dat zegt Vlaams Parlementslid Nadia Vinsha.", []string{"Nadia Vinsha"}, []string{"Parlementslid Nadia Vinsha"}},
		{"a Spanish double surname after its particles", "en", "Dr. Lucia de la Vinsha Quorbel spoke. Later de la Vinsha Quorbel left.", []string{"Lucia de la Vinsha Quorbel"}, []string{"Lucia", "Vinsha Quorbel"}},
		{"a portfolio before a given name no list has, a particle and a surname that is a word", "nl", "Minister van Financiën Wobkje de Boer hield de boot af.", []string{"Wobkje de Boer"}, []string{"Financiën Wobkje", "Financiën Wobkje de Boer", "Boer"}},
		{"a region of compass words is no person", "en", "The agency's North Central zonal coordinator, Mrs. Funmilayo Vinsha, spoke.", []string{"Funmilayo Vinsha"}, []string{"North Central"}},
		{"a vehicle by its make is no person", "en", "A Chevrolet Silverado hit the car. Mercedes Quorbel and Tom Ford saw it.", []string{"Mercedes Quorbel", "Tom Ford"}, []string{"Chevrolet Silverado"}},
		{"a Dutch noun for a nationality before a name", "nl", "Op de Kwaremont trok de Sloveen Matej Vinsha door. De Groninger Bodem Beweging protesteert.", []string{"Matej Vinsha"}, []string{"Sloveen Matej Vinsha", "Bodem Beweging"}},
		{"a noun for kin that opens a headline", "en", "Gran, 81, in tears as lost ring turns up.\n\nMargaret Vinsha, 81, had given up hope.", []string{"Margaret Vinsha"}, []string{"Gran"}},
		{"a double surname whose second part opens with Oude", "nl", "Dat heeft wethouder Marloes ter Vinsha-Oude Quorbel laten weten.", []string{"Marloes ter Vinsha-Oude Quorbel"}, []string{"Marloes", "Marloes Vinsha-Oude Quorbel"}},
		{"a word after a role is a given name before one surname", "nl", "Dat zegt burgemeester Hub Vinsha.", []string{"Hub Vinsha"}, []string{"Vinsha"}},
		{"an organisation's word in the plural", "en", "Korvane Port Terminals said the berth was closed. Tom Hale agreed.", []string{"Tom Hale"}, []string{"Korvane Port Terminals", "Port Terminals"}},
		{"a name that ends in a place's noun, and its last word alone", "en", "Divers surveyed the reef at Kusu Vinsha Island on Monday. Tom Hale said the reef off Island was bleached.", []string{"Tom Hale"}, []string{"Kusu Vinsha Island", "Island"}},
		{"a possessive ends a body named with a preposition", "en", "The team, led by Professor Lim Wei Quorbel from the National University of Singapore's Tropical Marine Science Institute, crossed colonies.", []string{"Lim Wei Quorbel"}, []string{"Marine Science"}},
		{"a surname after particles that is also a body's word", "nl", "Jeugdarts Pieter-Jan van der Ploeg van GGD Vinsha ziet het elke week.", []string{"Pieter-Jan van der Ploeg"}, []string{"Jeugdarts Pieter-Jan van der Ploeg"}},
		{"a given name before a surname cut to initials", "nl", "De beklaagde, Kevin V.Q., ontkende alles. V.Q. zweeg daarna.", []string{"Kevin V.Q."}, []string{"Kevin"}},
		{"a Spanish double surname joined by 'de'", "en", "Fire Marshal Mariana Vinsha de Quorbel spoke first. Later Vinsha de Quorbel left.", []string{"Mariana Vinsha de Quorbel"}, []string{"Mariana Vinsha"}},
		{"a title in capitals after a surname with a particle", "en", "Conor de Vinsha SC, defending, said he was sorry. Mr de Vinsha sat down.", []string{"Conor de Vinsha"}, []string{"Conor"}},
		{"an abbreviated Irish police rank", "en", "Detective Garda Aoife Vinsha gave evidence. Det Gda Vinsha said the savings were gone.", []string{"Aoife Vinsha"}, []string{"Gda Vinsha"}},
		{"'van' and a place after a name of two words", "nl", "Burgemeester Sevda Kaya van Wijchen sprak de bewoners toe. Cafébaas Dries Van Damme luisterde.", []string{"Sevda Kaya", "Dries Van Damme"}, []string{"Sevda Kaya van Wijchen"}},
		{"a party in brackets after a name", "en", `Cllr Aoife Quorbel (Fianna Fáil), who proposed it, said the county "could not wait".`, []string{"Aoife Quorbel"}, []string{"Fianna Fáil"}},
		{"an Indian council title before a name", "en", "Corporator Nisha Vinsha, who represents the ward, said it flooded. MLA Ravi Quorbel agreed.", []string{"Nisha Vinsha", "Ravi Quorbel"}, []string{"Corporator Nisha Vinsha", "MLA Ravi Quorbel"}},
		{"a Korean given name after the surname", "en", `"It is bad," said Yoon Ha-eun, an analyst. According to Pyo Dae-sung, it is not.`, []string{"Yoon Ha-eun", "Pyo Dae-sung"}, nil},
		{"a compound that opens with a word or an acronym is no given name", "nl", "De Covid-wet en de EU-top kwamen ter sprake. Els Vinsha zweeg.", []string{"Els Vinsha"}, []string{"Covid-wet", "EU-top"}},
		{"a run after 'the' is a place or a body", "en", "Runners cheered on the Hazel Point Common. Tom Hale won.", []string{"Tom Hale"}, []string{"Hazel Point Common", "Hazel Point"}},
		{"a place that opens with a given name", "en", "Ann Quorbel, a three-time Nova Scotia champion, lost.", []string{"Ann Quorbel"}, []string{"Nova Scotia"}},
		{"a surname in -s before a team's noun", "en", "Manitoba's Kaitlyn Vinshais won. The Vinshais rink celebrated, and Vinshais said it was sweet.", []string{"Kaitlyn Vinshais"}, nil},
		{"organisation named with a preposition", "en", "The International Court of Justice ruled on Monday. Tom Hale welcomed it.", []string{"Tom Hale"}, []string{"Court of Justice", "International Court of Justice"}},
		{"an age before a given name", "nl", "Met pianomuziek opende de 16-jarige Katya de avond.", []string{"Katya"}, nil},
		{"organisation before a name", "en", "Regional director of Harbour Watch International Wen-li Chou spoke.", []string{"Wen-li Chou"}, []string{"Harbour Watch International Wen-li Chou", "Harbour Watch International"}},
		{"Dutch organisation before a name", "nl", "Woordvoerder van de Stichting Groene Zoom Lotte Haverkamp reageerde.", []string{"Lotte Haverkamp"}, []string{"Stichting Groene Zoom Lotte Haverkamp"}},
		{"a place coordinated with a place", "en", "The storm hit homes in Hartwell and Rose Valley. Tom Hale spoke.", []string{"Tom Hale"}, []string{"Rose Valley"}},
		{"a name after an organisation noun", "nl", "Er werd betoogd door actiegroep Stop Henk Tuin. Els Wouters keek toe.", []string{"Els Wouters"}, []string{"Stop Henk Tuin", "Henk Tuin"}},
		{"the usual form over middle names", "en", "Robert Gabriel Mugabe died. Robert Mugabe ruled long. Critics of Robert Mugabe spoke.", []string{"Robert Mugabe"}, []string{"Robert Gabriel Mugabe"}},
		{"the fullest form when used as often", "en", "Anna Maria Smit spoke. Later Anna Smit left.", []string{"Anna Maria Smit"}, []string{"Anna Smit"}},
		{"a given name that is also a word, before particles", "nl", "Daarna sprak Mark van den Berg. Voorman Mark de Wit: ja. Toen kwam Roos van Dijk.", []string{"Mark van den Berg", "Mark de Wit", "Roos van Dijk"}, []string{"van den Berg", "de Wit"}},
		{"a compound role at a sentence start", "nl", "Oppositieraadslid Miraz Wadoka (N-VA) is boos. Wethouder Tiboro Aerts zwijgt.", []string{"Miraz Wadoka", "Tiboro Aerts"}, []string{"Oppositieraadslid Miraz Wadoka", "Wethouder Tiboro Aerts"}},
		{"a name after a noun for a name", "nl", "Een betoger met de schuilnaam Zaadje riep. Later ging hij weg.", []string{"Zaadje"}, nil},
		{"a birth name is not the usual one", "en", "Ginny Baker was born Peter Edward Baker in 1939. Baker played drums.", []string{"Ginny Baker"}, []string{"Peter Edward Baker"}},
		{"a Dutch birth name", "nl", "Lientje Smit werd geboren als Johanna Maria Smit. Smit zong.", []string{"Lientje Smit"}, []string{"Johanna Maria Smit"}},
		{"a surname with its particle alone", "nl", "Bosman en Van Dam spraken. Later zei Van Quorbel iets, en De Bruyne knikte. De Telegraaf schreef het.", []string{"Van Dam", "Van Quorbel", "De Bruyne"}, []string{"De Telegraaf"}},
		{"a particle before a word or place is no surname", "nl", "Volgens De Lijn rijdt de tram. In Den Haag en De Panne regent het. De Nederlandse regering zwijgt. Dat meldt Al Jazeera. De GGD opent een spreekuur.", nil, []string{"De Lijn", "Den Haag", "De Panne", "De Nederlandse", "Al Jazeera", "De GGD"}},
		{"a person noun before a name no list knows", "nl", "Zaakvoerder Luris D'hondt sluit de winkel. Verdediger Quorbel Vinsha bleef thuis.", []string{"Luris D'hondt", "Quorbel Vinsha"}, []string{"Zaakvoerder Luris D'hondt", "Verdediger Quorbel Vinsha"}},
		{"a body's name before a name no list knows", "nl", "Dat zegt schepen van Ruimtelijke Ordening Luris Quorbel. De Europese Commissie zwijgt.", []string{"Luris Quorbel"}, []string{"Ruimtelijke Ordening Luris Quorbel", "Europese Commissie"}},
		{"a name after a role's phrase with a body noun", "nl", "Officier van justitie Sevgi Vinshaboz eiste een jaar.", []string{"Sevgi Vinshaboz"}, nil},
		{"a seat is no person", "en", "Ann Foley, the Labour MP for Vinsha Vale, spoke. Burgemeester van Quorbelsdorp Tom Hale knikte.", []string{"Ann Foley"}, []string{"Vinsha Vale"}},
		{"a surname in the form of an adjective of place", "nl", "Dat zegt Annelies Wouterse, directeur. De Britse premier zweeg.", []string{"Annelies Wouterse"}, []string{"Annelies", "Britse"}},
		{"a role word as a surname after a particle", "nl", "Zijn moeder, Ilse de Koning uit Terneuzen, schreef het. Ook Jan de Burgemeester kwam.", []string{"Ilse de Koning"}, []string{"Ilse"}},
		{"a Dutch street is no person", "nl", "Een buurvrouw woont aan de Lange Vinshastraat. Later sprak Els Wouters.", []string{"Els Wouters"}, []string{"Lange Vinshastraat"}},
		{"a region is no person", "en", "Outbreaks hit the West Midlands and London. Tom Hale spoke.", []string{"Tom Hale"}, []string{"West Midlands"}},
		{"a town named by a given name and a noun for a place", "en", "Said Grace Springs pastoralist Tom Hale: no. Flights to Rosa City and Ella Beach resumed.", []string{"Tom Hale"}, []string{"Grace Springs", "Rosa City", "Ella Beach"}},
		{"a name after a plural noun for bodies", "en", "Committee member for parks and transport services Ntombi Quorbel-Dlamini told councillors it was final.", []string{"Ntombi Quorbel-Dlamini"}, nil},
		{"St opens a surname after a given name", "en", "Rebecca St Vinsha-Hart, mitigating, spoke. Later Ms St Vinsha-Hart sat down. Fans in St Quorbel cheered.", []string{"Rebecca St Vinsha-Hart"}, []string{"Rebecca", "St Quorbel", "Quorbel"}},
		{"a street is no person", "en", "Shops on Brinkmoor Road and Tavistow Avenue closed. Later Tom Hale spoke.", []string{"Tom Hale"}, []string{"Brinkmoor Road", "Tavistow Avenue"}},
		{"initials name a person, a dotted abbreviation does not", "nl", "K.V., alias 'Mus', las een brief voor. R. M. sloot zich aan. De V.S. en de E.U. zwegen.", []string{"K.V. alias Mus", "R. M."}, []string{"V.S.", "E.U."}},
		{"a portfolio between a role and a name", "nl", "Dat zegt wethouder Financiën Vinske van der Quorbel vandaag.", []string{"Vinske van der Quorbel"}, []string{"Financiën Vinske"}},
		{"an initial that ends a sentence", "nl", "„Nee”, antwoordde Joris V. Op de tribune lachte men.", []string{"Joris V."}, []string{"Joris V. Op"}},
		{"a military rank before a name", "en", "The head of the army delegation, Lt-Gen Abdelrahman Osman al-Quorbel, told journalists the army had tried.", []string{"Abdelrahman Osman al-Quorbel"}, []string{"Lt-Gen Abdelrahman Osman al-Quorbel"}},
		{"a sentence's first word before a name and an age", "en", "Patience is wearing thin. Gift Quorbel, 43, who sells airtime, said he no longer followed the talks.", []string{"Gift Quorbel"}, []string{"Quorbel"}},
		{"a portfolio before a name no list knows", "en", "Responding, Second Minister for Finance Lim Boon Quorbel said the plan was complex.", []string{"Lim Boon Quorbel"}, []string{"Finance Lim Boon Quorbel"}},
		{"a people's noun after the article that opens a sentence", "nl", "Ook bondscoach Ryan Quorbel was vol lof. De Zuid-Afrikaan, sinds januari in dienst, had de spinner achter de hand gehouden.", []string{"Ryan Quorbel"}, []string{"De Zuid-Afrikaan"}},
		{"a name after a lower-case article is no person's", "nl", "Ter Quorbel moest lossen op de Kwaremont en kwam op de Vinshaberg terug. Hoe kon de De Vinsha van toen dat ontkennen?", []string{"Ter Quorbel", "De Vinsha"}, []string{"Kwaremont", "Vinshaberg"}},
		{"a party's first word before its role compound", "nl", "Het overleg sleept aan. Les Engagés-voorzitter Jean-Luc Quorbel hield zich op de vlakte.", []string{"Jean-Luc Quorbel"}, []string{"Les"}},
		{"a double surname with a particle, the given name unlisted", "nl", "De zaak trok veel publiek. Officier van justitie Wendelien Quorbel-van Dijk sprak van een bestuurder die faalde.", []string{"Wendelien Quorbel-van Dijk"}, nil},
		{"a nickname inside a name", "en", "The court jailed former mayor Raymond “Ray” Quorbel. Tom 'Tiny' Vinsha wept.", []string{"Raymond Quorbel", "Tom Vinsha"}, []string{"Raymond", "Quorbel", "Raymond “Ray” Quorbel"}},
		{"a nickname after a given name no list holds", "en", "For fifty years Ozwaldo “Ozzie” Quorbel has tuned drums. His niece, Dana Quorbel-Vinsha, runs the shop. Quorbel laughed.", []string{"Ozwaldo Quorbel", "Dana Quorbel-Vinsha"}, []string{"Ozwaldo", "Ozwaldo “Ozzie” Quorbel"}},
		{"an age beside a name no list knows", "nl", "Vinshelieve (78), die al haar hele leven in de straat woont, heeft er geen last van.", []string{"Vinshelieve"}, nil},
		{"a Dutch verb that is also a body's noun", "nl", "Twee deuren verder staat Anna Quorbel achter de toonbank. In de staat Vinsha is het rustig.", []string{"Anna Quorbel"}, nil},
		{"a short surname that opens a Chinese given name", "nl", "Gisteren zei Li Mei Wong dat de winkel openblijft.", []string{"Li Mei Wong"}, []string{"Mei Wong"}},
		{"a body after a place after a person's affiliation", "nl", "Viroloog Anna Quorbel van Wageningen Vinsha Research noemt het goed.", []string{"Anna Quorbel"}, []string{"Vinsha Research"}},
		{"a person after a role's place", "en", "Special Envoy for Iran Brian Quorbel said it was over.", []string{"Brian Quorbel"}, nil},
		{"a role and its body before a name", "nl", "Voorzitter van de leerlingenraad Bram Quorbel vroeg om een proef.", []string{"Bram Quorbel"}, nil},
		{"initials that also abbreviate something, before a surname", "nl", "Volgens de voorzitter, mr. A.C. Quorbel, is het dossier rond.", []string{"A.C. Quorbel"}, []string{"A.C."}},
		{"a middle initial before particles", "nl", "Hoogleraar Jeroen K. van Harderwijk van het Quorbel MC wil het weten. Ook Els V. van der Vinsha sprak.", []string{"Jeroen K. van Harderwijk", "Els V. van der Vinsha"}, []string{"Jeroen K.", "Els V."}},
		{"a name after a direction and of", "en", "The storm passed 35 miles south of Vieux Quorbel at 9pm. Ann Hale said so.", []string{"Ann Hale"}, []string{"Vieux Quorbel"}},
		{"a name after a Dutch direction and van", "nl", "De storm trok ten zuiden van Oud Quorbel langs. Ann Hale zag het.", []string{"Ann Hale"}, []string{"Oud Quorbel"}},
		{"a nickname of several words", "en", "The mascot, accordion player Padraig “Packie the Box” Quorbel, came again.", []string{"Padraig Quorbel"}, []string{"Padraig", "Quorbel"}},
		{"a nickname before a particle", "en", "In Manila, Sen. Rafael \"Paeng\" Dela Vinsha said aid was slow.", []string{"Rafael Dela Vinsha"}, []string{"Dela Vinsha"}},
		{"two particles before a surname that is also a place", "nl", "Dat zegt Vinske van der Linden, en Tom Quorbel knikt.", []string{"Vinske van der Linden"}, nil},
		{"a month alone is no person", "en", "The increase took effect in early May. Tom Hale spoke.", []string{"Tom Hale"}, []string{"May"}},
		{"a surname's particle before a place's name", "nl", "Trainer Maarten van 't Zand was tevreden. Stakingsleider Ricardo dos Santos sprak.", []string{"Maarten van 't Zand", "Ricardo dos Santos"}, []string{"Maarten", "Ricardo"}},
		{"an inhabitants' noun after de is no surname", "nl", "Milan Quorbel scoorde eerst. Na de pauze zette Quorbel de Deventenaren op voorsprong. De Mechelaars gaven op.", []string{"Milan Quorbel"}, []string{"Quorbel de Deventenaren", "De Mechelaars"}},
		{"a title without its full stop", "en", "Cllr Quorbel spoke first. Port director Capt Vinshal Quorbex blamed the rain.", []string{"Vinshal Quorbex"}, []string{"Cllr Quorbel", "Capt Vinshal Quorbex"}},
		{"a saint's abbreviation makes a place", "en", "The St. Vinsha councillor objected. Shops in St Quorbel closed. Tom Hale spoke.", []string{"Tom Hale"}, []string{"Vinsha", "Quorbel"}},
		{"a word that is also a given name opens a sentence", "en", "Floods hit the valley. Urban run-off added to it. Amelia Quorbel counted the animals.", []string{"Amelia Quorbel"}, []string{"Urban"}},
		{"a body named for a place of two words", "en", "Last month Health New Zealand confirmed the cuts. Tom Hale spoke.", []string{"Tom Hale"}, []string{"Health New Zealand"}},
		{"a party member's noun before a name", "nl", "De SP'er Quorbel zei het. De VVD’er Vinsha knikte.", nil, []string{"SP'er Quorbel", "VVD’er Vinsha"}},
		{"a team the article also names as a plural", "en", "The Quorbel Vinshers beat Edmonton Rangers. The Vinshers led early. Tom Hale scored twice in his first game with Edmonton.", []string{"Tom Hale"}, []string{"Quorbel Vinshers", "Vinshers", "Edmonton Rangers", "Edmonton"}},
		{"a place alone is no given name of a name it opens", "en", "Fans of Edmonton Vinshar cheered. Tom Hale scored in his first game with Edmonton.", []string{"Tom Hale"}, []string{"Edmonton"}},
		{"a family the article names as a plural is no team", "en", "David Quorbel and Louise Quorbel were jailed. Police searched the Quorbel's house. The Quorbels had kept it secret.", []string{"David Quorbel", "Louise Quorbel"}, nil},
		{"a café is no person", "nl", "Café De Zwaan sluit. Eigenaar Jef Peeters treurt.", []string{"Jef Peeters"}, []string{"De Zwaan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := persons(tc.in, tc.lang)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: no person %q among %q", tc.in, w, got)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("%q: %q taken for a person (%q)", tc.in, n, got)
				}
			}
		})
	}
}

// Held-apart lists: names, places and ordinary capitalised words written
// for this test, each put in the same sentences. The recogniser must take
// the names for persons and reject the rest.
func TestMentionLists(t *testing.T) {
	names := []string{"Sanne de Wit", "Tomasz Nowak", "Aisha Bakker", "Pieter-Jan Claes", "Maria van der Berg", "Kevin O'Brien", "Fatima El Idrissi", "Jonas Vermeulen"}
	places := []string{"Baltimore", "Zeeuws-Vlaanderen", "Wallonië", "Nieuw-Zeeland", "South Africa", "Leuven"}
	ordinary := []string{"Meanwhile", "Nevertheless", "Intussen", "Bovendien", "Yesterday", "Gisteren", "However", "Toch"}
	for _, lang := range []string{"en", "nl"} {
		for _, n := range names {
			in := "De raad vergaderde. " + n + " stond op en sprak."
			if got := persons(in, lang); !slices.Contains(got, n) {
				t.Errorf("%s: %q is no person in %q: %q", lang, n, in, got)
			}
		}
		for _, p := range places {
			in := "De raad vergaderde in " + p + ". Tom Claes sprak daar."
			if got := persons(in, lang); slices.Contains(got, p) {
				t.Errorf("%s: place %q taken for a person: %q", lang, p, got)
			}
		}
	}
	for _, w := range ordinary {
		in := "The council met. " + w + " Anna Smit spoke."
		got := persons(in, "")
		if slices.Contains(got, w) || slices.Contains(got, w+" Anna Smit") {
			t.Errorf("%q taken for (part of) a name: %q", w, got)
		}
	}
}

// A preposition that is also a particle ("in 't Veld") opens no name
// before a body's or a place's name: "In de Tweede Kamer", "In Den Haag".
func TestPrepositionBeforeBody(t *testing.T) {
	for _, tc := range []struct{ in, not string }{
		{"In de Tweede Kamer reageerde de oppositie fel. Minister Els Vinsha zweeg.", "In de Tweede Kamer"},
		{"In Den Haag reageerde de oppositie fel. Minister Els Vinsha zweeg.", "In Den Haag"},
	} {
		a := &article{}
		a.prepare(tc.in, segments(tc.in), language.Make("nl"))
		for _, m := range a.people.mentions {
			if m.name == tc.not {
				t.Errorf("%q: %q read as a name", tc.in, m.name)
			}
		}
	}
}

// A mention's key, read from its tokens, is the surname key of its name:
// the two meet in the people's maps.
func TestMentionKeys(t *testing.T) {
	for _, in := range []string{
		"Robert Downey Jr. spoke. Alexandria Ocasio-Cortez's aide and Jan van der Berg's son came.",
		"Els Van den Broeck, Man-kei Tam en Ömer Çelik spraken met İlkay Gündoğan.",
	} {
		a := &article{}
		a.prepare(in, segments(in), language.Und)
		p := a.people
		if len(p.mentions) == 0 {
			t.Fatalf("%q: no mentions", in)
		}
		for _, m := range p.mentions {
			if want := surnameKey(m.name); m.key != want {
				t.Errorf("%q: key %q, surnameKey %q", m.name, m.key, want)
			}
		}
	}
}

// "dat"/"that" before a determiner opens the clause a verb reports: the
// phrase after a cue that starts so is no subject; "dat" alone before a
// noun is a determiner.
func TestComplementIsNoSubject(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		name string
	}{
		{"dat de woorden van de familie hem raakten", false, ""},
		{"that the words moved him", false, ""},
		{"dat bestuur besliste anders", true, ""}, // the phrase's end is not checked here
	} {
		a := &article{}
		a.prepare(tc.in, segments(tc.in), language.Und)
		si := len(a.segs) - 1
		np := make([]int, len(a.segs[si].toks))
		for i := range np {
			np[i] = i
		}
		sp, ok := a.npSpeaker(si, np, raw{})
		if ok != tc.ok || tc.name != "" && sp.name != tc.name {
			t.Errorf("npSpeaker(%q) = %q, %v; want %q, %v", tc.in, sp.name, ok, tc.name, tc.ok)
		}
	}
}

// A place whose last word also reports speech ("states") is read whole.
func TestPlaceWithCueWord(t *testing.T) {
	src := "They were treated in the United States and Spain. Tom Hale states it plainly."
	a := &article{}
	a.prepare(src, segments(src), language.English)
	var names []string
	for _, m := range a.people.mentions {
		names = append(names, m.name)
	}
	if !slices.Contains(names, "United States") || slices.Contains(names, "Tom Hale states") {
		t.Errorf("mentions %q", names)
	}
}

// TestStripMarks: a given name with accents the lists write without is
// found; a word without marks is left alone.
func TestAppendStripped(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		folded   bool
	}{
		{"Máire", "Maire", true},
		{"Zoë", "Zoe", true},
		{"Yılmaz", "Yılmaz", false}, // a dotless i is a letter of its own
		{"Anna", "Anna", false},
	} {
		got, folded := appendStripped(nil, tc.in)
		if !folded {
			got = []byte(tc.in)
		}
		if string(got) != tc.want || folded != tc.folded {
			t.Errorf("appendStripped(%q) = %q, %v; want %q, %v", tc.in, got, folded, tc.want, tc.folded)
		}
	}
	if _, ok := givenName("Máire"); !ok {
		t.Error(`"Máire" is not found as a given name`)
	}
}

// A title before a full name's first word alone makes that word a
// surname written first: the given name it also is tells no sex, and a
// sex title tells it instead.
func TestSurnameFirst(t *testing.T) {
	for _, tc := range []struct {
		in, key string
		want    byte // the gender of key
	}{
		{"Prof Tan Hui Vinsha led the study. \"It works,\" said Prof Tan.", "vinsha", 0},
		{"Ms Tan Hui Vinsha led the study. \"It works,\" said Ms Tan.", "vinsha", 'f'},
		{"Tan Hui Vinsha led the study. \"It works,\" said Tan.", "vinsha", 'm'}, // no title: the given name's
		// A word alone that is also a given name is sexed by it only
		// where no fuller name has it as the surname.
		{"Inspector Xiu-Vin Tan led the search. Later Tan left.", "tan", 0},
		{"Inspector Xiu-Vin Tan led the search. Later Ms Tan left.", "tan", 'f'},
		{"Inspector Kelvin Tan led the search. Later Tan left.", "tan", 'm'},
		{"The inspector, Tan, led the search. Later Tan left.", "tan", 'm'},
	} {
		a := &article{}
		a.prepare(tc.in, segments(tc.in), language.English)
		if got := a.people.gender[tc.key]; got != tc.want {
			t.Errorf("%q: gender of %q %q, want %q", tc.in, tc.key, got, tc.want)
		}
	}
}

// Two people who share a surname do not share its sex: the man's given
// name tells nothing of the woman's whose given name no list knows.
func TestSharedSurname(t *testing.T) {
	for _, tc := range []struct {
		in, name string
		want     byte
	}{
		{"Esmie Quorbel, 74, sat at home. Her grandson, Thomas Quorbel, said he stayed.", "Esmie Quorbel", 0},
		{"Esmie Quorbel, 74, sat at home. Her grandson, Thomas Quorbel, said he stayed.", "Thomas Quorbel", 'm'},
		{"Kathleen Hawk Quorbel spoke. Later Hawk Quorbel left.", "Hawk Quorbel", 'f'},
		{"Anna van Quorbel spoke. Later Van Quorbel left.", "Van Quorbel", 'f'},
	} {
		a := &article{}
		a.prepare(tc.in, segments(tc.in), language.English)
		if got := a.personGender(tc.name); got != tc.want {
			t.Errorf("%q: %s: gender %q, want %q", tc.in, tc.name, got, tc.want)
		}
	}
}

// A club's abbreviation makes one body's name of the words after it,
// apart from the place's own key: "SC Quorbel", "vv Vinsha".
func TestClubNames(t *testing.T) {
	src := "Gisteren won SC Quorbel van FC Vinshaveen. Buurclub vv Vinsha hielp mee."
	a := &article{}
	a.prepare(src, segments(src), language.Dutch)
	got := map[string]bool{}
	for _, m := range a.people.mentions {
		got[m.name] = m.org
	}
	for _, name := range []string{"SC Quorbel", "FC Vinshaveen", "Vinsha"} {
		if org, ok := got[name]; !ok || !org {
			t.Errorf("%q: not a body's name among %v", name, got)
		}
	}
}

// A government body's name goes on over the fields it lists, joined by
// commas and "and"/"en"; in English a comma counts only when "and" ends
// the list.
func TestFieldBodies(t *testing.T) {
	for _, tc := range []struct {
		lang, src string
		want, not []string
	}{
		{"en", "In a statement, the Department of Agriculture, Food and the Marine said it had listened.",
			[]string{"Department of Agriculture, Food and the Marine"}, []string{"Food", "Marine", "Department of Agriculture"}},
		{"en", "The Ministry of Housing, Communities and Local Government declined to comment.",
			[]string{"Ministry of Housing, Communities and Local Government"}, []string{"Communities", "Local Government"}},
		{"en", "The Department of Health, said Tom Quorbel, had not replied.",
			[]string{"Department of Health", "Tom Quorbel"}, []string{"Department of Health, Tom Quorbel"}},
		{"nl", "Dat meldt het ministerie van Economische Zaken en Klimaat.",
			[]string{"ministerie van Economische Zaken en Klimaat"}, []string{"ministerie van Economische"}},
	} {
		a := &article{}
		a.prepare(tc.src, segments(tc.src), language.Make(tc.lang))
		var got []string
		for _, m := range a.people.mentions {
			got = append(got, m.name)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no mention %q among %q", tc.src, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: mention %q (%q)", tc.src, n, got)
			}
		}
	}
}

// Places in capitals, as datelines write them, are places; a short
// acronym that spells one is not.
func TestPlaceInCapitals(t *testing.T) {
	a := &article{}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"WASHINGTON", true}, {"DEN HAAG", true}, {"Washington", true}, {"NICE", false}, {"BBC", false},
	} {
		if got := a.isPlace(tc.name); got != tc.want {
			t.Errorf("isPlace(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A part of a double surname that is someone's whole surname, named in
// full, stays theirs: "zijn weduwe Tryntsje Vinsha-Quorbel" leaves
// "Vinsha" to Sjoerd Vinsha; with no such person it is hers.
func TestDoubleSurnamePart(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Dirigent Sjoerd Vinsha is overleden. ‘Hij was nooit thuis’, zegt zijn weduwe Tryntsje Vinsha-Quorbel. In 2016 stopte Vinsha met dirigeren.", "vinsha"},
		{"‘Hij was nooit thuis’, zegt Tryntsje Vinsha-Quorbel. In 2016 stopte Vinsha met werken.", "vinsha-quorbel"},
	} {
		a := &article{}
		a.prepare(tc.in, segments(tc.in), language.Dutch)
		for _, m := range a.people.mentions {
			if m.name == "Vinsha" && m.key != tc.want {
				t.Errorf("%q: %q keyed %q, want %q", tc.in, m.name, m.key, tc.want)
			}
		}
	}
}

// A day of the week is no mention, nor a month or an abbreviation beside
// a number: a dateline's "Tue 12 Mar" proposed a speaker, and "Tuesday",
// a given name in the lists, took a sex. A month that is a name stays one.
func TestCalendarNoMention(t *testing.T) {
	for _, tc := range []struct {
		lang, in string
		want     []string
	}{
		{"en", "Posted Tue 12 Mar 2024 at 5:30am. Tom Hale spoke on Tuesday.", []string{"Tom Hale"}},
		{"en", "On 12 March the council met. Theresa May spoke. May said no.", []string{"Theresa May", "May"}},
		{"nl", "Op dinsdag 3 mrt. sprak Jan Claes. Dinsdag zweeg hij.", []string{"Jan Claes"}},
	} {
		a := &article{}
		a.prepare(tc.in, segments(tc.in), language.Make(tc.lang))
		var got []string
		for _, m := range a.people.mentions {
			got = append(got, m.name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: mentions %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A person named as a preposition's object, or in apposition to one, is
// not someone the sentence is about; modifiers and names may stand
// between the preposition and the noun.
func TestObjectOfPrep(t *testing.T) {
	for _, tc := range []struct {
		in, name string
		want     bool
	}{
		{"Pressed by the Liberal Democrat transport spokeswoman, Fiona Vinsha, on the contract, she said no.", "Fiona Vinsha", true},
		{"He spoke with the team's spin consultant, Gopal Quorbel, for an hour.", "Gopal Quorbel", true},
		{"Her neighbour of eleven years, Craig Quorbel, said no.", "Craig Quorbel", false},
		{"Anna Vinsha said no.", "Anna Vinsha", false},
		{"Tom Hale carried the rugs out, helped by his neighbour Maria Quorbel.", "Maria Quorbel", true},
		{"His neighbour Maria Quorbel helped him.", "Maria Quorbel", false},
	} {
		checkMention(t, "en", tc.in, tc.name, "objectOfPrep", (*article).objectOfPrep, tc.want)
	}
}

// checkMention prepares src and reports where test, asked of each
// mention named name, does not answer want, or where there is none.
func checkMention(t *testing.T, lang, src, name, what string, test func(*article, mention) bool, want bool) {
	t.Helper()
	a := &article{}
	a.prepare(src, segments(src), language.Make(lang))
	found := false
	for _, m := range a.people.mentions {
		if m.name == name {
			found = true
			if got := test(a, m); got != want {
				t.Errorf("%q: %s: %s %v, want %v", src, name, what, got, want)
			}
		}
	}
	if !found {
		t.Errorf("%q: no mention %q", src, name)
	}
}

// The part an actor plays is no person; an opponent one plays is.
func TestPlayedPart(t *testing.T) {
	for _, tc := range []struct {
		lang, in, name string
		want           bool
	}{
		{"nl", "De hoofdrol is voor Mohamed Vinsha, die de stugge schipperszoon Remi speelt.", "Remi", true},
		{"en", "Anna Quorbel, who plays the detective Jack Vinsha, spoke first.", "Jack Vinsha", true},
		{"en", "In the final Tom Quorbel played Ben Vinsha for the title.", "Ben Vinsha", false},
		{"en", "Anna Quorbel played football with Sarah Vinsha.", "Sarah Vinsha", false},
		{"nl", "Mohamed Vinsha speelde samen met Remi Quorbel.", "Remi Quorbel", false},
	} {
		checkMention(t, tc.lang, tc.in, tc.name, "playedPart", (*article).playedPart, tc.want)
	}
}
