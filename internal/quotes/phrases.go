package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/text"
)

// npSpeaker resolves the noun phrase at the start of np: a pronoun, a
// name (perhaps after a role: "schepen van Mobiliteit Karin Claes"), or a
// description ("de rechtbank", "an agency spokeswoman").
func (a *article) npSpeaker(si int, np []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	if len(np) == 0 {
		return speaker{}, false
	}
	first := toks[np[0]]
	if g, ok := lex().pronouns.get(first.lower); ok {
		return a.resolvePronoun(si, np[0], g)
	}
	if g, ok := possessives[first.lower]; ok && len(np) > 1 {
		// "Her message was blunt:", "Zijn reactie:": a thing of hers or
		// his speaks for its owner; "her lawyer" is someone else.
		if n := toks[np[1]]; !n.cap && !n.punct && plainWord(n.lower) && !a.personNoun(n.lower) {
			return a.resolvePronoun(si, np[0], g)
		}
	}
	if g, ok := possessives[first.lower]; ok && len(np) > 1 && partners.has(toks[np[1]].lower) && (len(np) == 2 || !toks[np[2]].cap) {
		// "Haar man vult aan:", "his wife said": the one named with the
		// pronoun's referent as a couple (not "her husband Tom", named).
		if owner, ok := a.resolvePronoun(si, np[0], g); ok && owner.name != "" {
			if p := a.partnerOf(owner.name, lex().kin[toks[np[1]].lower], first.Start); p != "" {
				span := Span{Start: first.Start, End: toks[np[1]].End}
				return speaker{name: p, span: span, kind: kindRole}, true
			}
		}
	}
	if _, ok := possessives[first.lower]; ok && len(np) > 1 && addressForms[toks[np[1]].lower] != "" {
		// "Her Honour said": the judge, tied as "the judge" would be.
		span := Span{Start: first.Start, End: toks[np[1]].End}
		return a.description("the", addressForms[toks[np[1]].lower], a.src[span.Start:span.End], span), true
	}
	if first.punct {
		return speaker{}, false
	}
	if len(np) > 1 && first.cap && possessive(first) && !toks[np[1]].cap && !(len(np) > 2 && toks[np[2]].cap && a.isNameTok(toks[np[2]])) {
		// "Rowe's mother said", "Edna’s grandson, who did not want to be
		// named, said": the kin of the one named speaks, as the phrase
		// describes them (but "Maureen's son Gary" is named, and so is
		// "Haddad's colleague, Professor Ingrid Berg").
		if _, ok := lex().kin[toks[np[1]].lower]; ok || kinGroups.has(toks[np[1]].lower) {
			span := Span{Start: first.Start, End: toks[np[1]].End}
			if _, named := a.appositionAfter(span); !named {
				return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindDesc}, true
			}
		}
	}
	if m, ok := a.people.mentionAt(si, np[0]); ok && m.from == np[0] && (possessive(toks[m.to-1]) || a.lang != "en" && strings.HasSuffix(toks[m.to-1].text, "s")) {
		// "vindt In 't Velds moeder, Jannie in 't Veld-Dekker (81),":
		// a relative of the one named, named in apposition, speaks
		// (the Dutch genitive takes a plain -s).
		if j := slices.Index(np, m.to); j > 0 && lex().kin[toks[m.to].lower] != 0 {
			if n, ok := a.appositionAfter(Span{Start: first.Start, End: toks[m.to].End}); ok {
				return speaker{name: a.people.canon(n.name), span: n.span, kind: kindName}, true
			}
		}
	}
	if isDeterminer(first.lower) {
		// "said the chairman of the Ogun State chapter of the hunters'
		// association, Alhaji Musiliu Ogunleye": a description of a
		// person, then the name in apposition at its first comma.
		if c := slices.IndexFunc(np[1:], func(i int) bool { return toks[i].text == "," }) + 1; c >= 2 &&
			slices.ContainsFunc(np[1:c], func(i int) bool { return !toks[i].cap && (isRole(toks[i].lower) || a.personNoun(toks[i].lower)) }) {
			if m, ok := a.appositionAfter(Span{Start: first.Start, End: toks[np[c-1]].End}); ok {
				return speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}, true
			}
		}
	}
	if m, ok := a.titledName(si, np); ok {
		// "said Senior Minister of State for Manpower Koh Poh Leng": a
		// capitalised title with the body it serves, then the name.
		return speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}, true
	}
	if neuter.has(first.lower) {
		// "“…,” it said": the body a sentence before has as its subject.
		return a.neuterSubject(si, np[0])
	}
	if len(np) > 2 && lex().determiners.at(first.lower) == definite && possessive(toks[np[1]]) && !toks[np[1]].cap && documents.has(toks[np[2]].lower) &&
		a.bodyWord(stripPossessive(toks[np[1]].lower)) {
		// "the commission's order said": the body that owns the
		// document, which refers back as "the commission" would.
		owner := toks[np[1]].text
		span := Span{Start: first.Start, End: toks[np[1]].Start + len(stripPossessive(owner))}
		return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindDesc}, true
	}
	if len(np) > 3 && lex().determiners.at(first.lower) == definite && (utterances.has(toks[np[1]].lower) || documents.has(toks[np[1]].lower)) &&
		(toks[np[2]].lower == "van" || toks[np[2]].lower == "of") {
		// "De conclusie van de rechtbank:", "the ruling of the court
		// said": the one whose words or text it is.
		if sp, ok := a.npSpeaker(si, np[3:], r); ok && sp.kind != kindPronoun {
			return sp, true
		}
	}
	if len(np) > 1 && lex().determiners.at(first.lower) == definite && documents.has(toks[np[1]].lower) && (len(np) == 2 || !plainWord(toks[np[2]].lower)) {
		// "the statement said": whoever a sentence before says issued it.
		if sp, ok := a.issuer(si, np[0], toks[np[1]].lower, r); ok {
			return sp, true
		}
	}
	if len(np) > 1 && isClause(first.lower, clauseLink) && !first.cap {
		// "zei dat de woorden …", "said that the …": a clause the verb
		// reports, not its subject; "dat" before a determiner or a
		// pronoun is no determiner itself.
		if next := toks[np[1]].lower; isDeterminer(next) || lex().pronouns.at(next) != 0 {
			return speaker{}, false
		}
	}
	// The phrase ends at a preposition, a verb of the clause or the
	// sentence end; commas may set off an apposition.
	end := len(np)
	for j, ti := range np {
		t := toks[ti]
		// (A reporting verb's form right after an article is an
		// adjective: "one of the alleged victims".)
		if j > 0 && (t.punct && t.text != "," || npStop.has(t.lower) && !t.cap || lex().cues.at(t.lower) != nil && !articles.has(toks[np[j-1]].lower)) {
			end = j
			break
		}
	}
	np = np[:end]
	for len(np) > 0 && toks[np[len(np)-1]].punct {
		np = np[:len(np)-1]
	}
	if len(np) == 0 || len(np) > 14 {
		return speaker{}, false
	}
	// "de rechtbank Nabil B.": a description, then the object. "a
	// statement released by Erdogan's office": the agent speaks.
	partitive := len(np) > 1 && (toks[np[1]].lower == "of" || toks[np[1]].lower == "van") // "one of the groups"
	if partitive {
		// "Een van hen, een 52-jarige chauffeur die …,": the apposition
		// says who.
		for c := 2; c+1 < len(np); c++ {
			if toks[np[c]].text == "," && lex().determiners.at(toks[np[c+1]].lower) == indefinite {
				return a.npSpeaker(si, np[c+1:], r)
			}
		}
	}
	if isDeterminer(first.lower) && len(np) > 1 && !toks[np[1]].cap {
		// "het ministerie van Klimaat en Groene Groei": a body's name
		// that opens with its lower-case noun.
		if m, ok := a.people.mentionAt(si, np[1]); ok && m.from == np[1] && m.org {
			return speaker{name: a.people.canon(m.name), span: m.span, kind: kindOrg}, true
		}
	}
	if lex().determiners.at(first.lower) == indefinite && len(np) > 2 && toks[np[1]].quote == 0 {
		// An introduction findIntros read, with a name inside that the
		// words below would stop at: "a longtime Capitol lobbyist who
		// represents several county governments".
		if in, ok := a.introAt(si, np[0]); ok && slices.ContainsFunc(toks[np[1]:in.headAt], func(t tok) bool { return t.cap }) {
			return a.description(first.lower, in.head, in.sp.name, in.sp.span), true
		}
	}
	if isDeterminer(first.lower) && len(np) > 1 && !partitive && (!toks[np[1]].cap || a.demonymNoun(toks, np, 1)) && !isRole(toks[np[1]].lower) {
		k := 1
		for k < len(np) && k <= 3 && (!toks[np[k]].cap || a.demonymNoun(toks, np, k)) && !toks[np[k]].punct && !npStop.has(toks[np[k]].lower) && !isConj(toks[np[k]].lower) && !relative.has(toks[np[k]].lower) &&
			!reflexive.has(toks[np[k]].lower) && lex().pronouns.at(toks[np[k]].lower) == 0 { // "vraagt de schapenliefhebber zich af"
			if w := toks[np[k]].lower; agentPrep.has(w) && k+1 < len(np) {
				if m, ok := a.people.mentionAt(si, np[k+1]); ok {
					span := Span{Start: m.span.Start, End: toks[np[len(np)-1]].End}
					return speaker{name: a.people.canon(oneLine(a.src[span.Start:span.End])), span: span, kind: kindDesc}, true
				}
			}
			k++
			if w := toks[np[k-1]].lower; a.lang != "en" && k < len(np) && (a.bodyWord(w) || a.personNoun(w)) {
				// A Dutch noun for a body or person ends its phrase before
				// a word that no phrase goes on with, compounds being one
				// word: "Volgens de brandweer wijst niets op …" (but "de
				// raad van bestuur", "de koepel van woningcorporaties").
				// Nor a body's noun after a body's noun, which Dutch would
				// write as one: "Volgens de rechtbank staat vast …".
				if n := toks[np[k]]; !n.cap && !n.punct && !functionWords.has(n.lower) && !postmod.has(n.lower) && !orgJoin.has(n.lower) && !npStop.has(n.lower) && lex().determiners.at(n.lower) == 0 &&
					(!a.bodyWord(n.lower) || a.bodyWord(w) && !a.personNoun(w)) && !a.personNoun(n.lower) && !isRole(n.lower) { // ("de 44-jarige coach")
					break
				}
				if lex().determiners.at(toks[np[k]].lower) == indefinite {
					break // another phrase: "volgens het bestuur | een grote rol"
				}
			}
		}
		if k < len(np) && toks[np[k]].cap && !slices.ContainsFunc(np[1:k], func(i int) bool {
			return postmod.has(toks[i].lower) || orgJoin.has(toks[i].lower) || functionWords.has(toks[i].lower) || npStop.has(toks[i].lower)
		}) {
			// "the national Department of Water and Sanitation": words
			// before a body's name modify it; the body speaks.
			// So does a name after a noun for a body: "de christelijke
			// onderwijsvakbond COC" is COC (but "de gemeente Utrecht" no
			// place).
			if m, ok := a.people.mentionAt(si, np[k]); ok && !a.people.isPerson(m) && m.from == np[k] &&
				(m.org && m.to-m.from >= 2 && slices.ContainsFunc(toks[m.from:m.to], func(t tok) bool { return lex().orgWords.has(t.lower) }) ||
					a.bodyWord(toks[np[k-1]].lower) && !m.place && !a.isPlace(m.name) && !m.outlet) {
				return speaker{name: a.people.canon(m.name), span: m.span, kind: kindOrg}, true
			}
		}
		for k > 1 && (isDeterminer(toks[np[k-1]].lower) || postmod.has(toks[np[k-1]].lower) || a.lang == "en" && k > 2 && (strings.HasSuffix(toks[np[k-1]].lower, "ing") || pastForm(toks[np[k-1]]))) {
			// "a protester using the", "een tante van het", "A board paper
			// published": a description ends on its noun. (An English
			// participle only after one: Dutch "de jongeling", "de
			// Vlaming" are nouns.)
			k--
		}
		if strings.IndexFunc(toks[np[k-1]].text, unicode.IsLetter) < 0 {
			return speaker{}, false // no noun heads the phrase: "dat 0"
		}
		if m, ok := a.namedAs(si, np[k-1]); ok {
			// "a protester using the pseudonym Katya": the name given.
			return speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}, true
		}
		if k == len(np) || !isRole(toks[np[k-1]].lower) {
			end := a.relativeEnd(si, np[k-1])
			if lex().determiners.at(first.lower) == indefinite {
				end = a.descEnd(si, np[k-1], false) // as the introduction is read: "a spokeswoman for the group"
			}
			span := Span{Start: first.Start, End: toks[end].End}
			if in, ok := a.introAt(si, np[0]); ok {
				span = in.sp.span // the introduction's extent, as findIntros read it
			}
			return a.description(first.lower, toks[np[k-1]].lower, a.nounName(toks[np[k-1]].lower, oneLine(a.src[span.Start:span.End])), span), true
		}
	}
	if n := len(np); lex().determiners.at(first.lower) == definite && n > 2 && (!toks[np[n-1]].cap && a.personNoun(toks[np[n-1]].lower) || isRole(toks[np[n-1]].lower) || partisansEN.has(toks[np[n-1]].text)) &&
		capsThenPlain(toks, np[1:n-1]) && !slices.ContainsFunc(np[1:n-1], func(i int) bool { return toks[i].cap && isRole(toks[i].lower) }) { // (a title of two words is read below: "the Prime Minister")
		// "the Tranmere boss", "the Liberal Democrat": a name that
		// modifies the person noun heading the phrase; the description speaks, and stands for the
		// person it describes. ("an Interpol spokesperson" is Interpol's
		// word, as the annotated articles write it.)
		span := Span{Start: first.Start, End: toks[np[n-1]].End}
		return a.description(first.lower, toks[np[n-1]].lower, oneLine(a.src[span.Start:span.End]), span), true
	}
	if n := len(np); lex().determiners.at(first.lower) == definite && n > 2 && !toks[np[n-1]].cap && a.bodyWord(toks[np[n-1]].lower) && !a.personNoun(toks[np[n-1]].lower) &&
		!slices.ContainsFunc(np[1:n-1], func(i int) bool { return !toks[i].cap || toks[i].punct }) {
		// "the New Brunswick government": a body, named by the place or
		// the name before its noun, as written after the article.
		span := Span{Start: toks[np[1]].Start, End: toks[np[n-1]].End}
		return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindOrg}, true
	}
	// The first person named in the phrase ("Wynnum coach Matt Myers",
	// "riep Wilders Schoof toe"), else the first name of any kind.
	var best, any *mention
	for j := range np {
		if m, ok := a.people.mentionAt(si, np[j]); ok {
			mm := &a.people.mentions[a.people.at[si][np[j]]-1] // m itself, where it stays
			// "Fleet Command's … head Arba Agung": a possessive owns
			// the head noun; it is not the speaker. A person right after
			// a role noun is the one the phrase is about, whatever was
			// named before the noun: "Taliban spokesman Zabihullah
			// Mujahid".
			afterRole := m.from > np[0] && (isRole(toks[m.from-1].lower) || isTitle(toks[m.from-1].text) || honorifics.has(toks[m.from-1].lower)) // also "Gastonia Fire Capt. X"
			if a.people.isPerson(m) && (best == nil || afterRole && best.to <= m.from) && !possessive(toks[m.to-1]) {
				best = mm
			}
			// An organisation after "van"/"of" is the affiliation of the
			// phrase's head, not its speaker: "de kapitein van de
			// Duivels" is a role, tied to a person below.
			if any == nil && !(j > 0 && !a.people.isPerson(m) && a.affiliated(si, np[0], m.from)) {
				any = mm
			}
		}
	}
	if n := len(np); isDeterminer(first.lower) && n > 2 && spokesNouns[toks[np[n-1]].lower] {
		// "a Johannesburg Water spokesperson" speaks for the body, as
		// "an Interpol spokesperson" does below; not "a Trump aide".
		if m, ok := a.spokesBodyIn(si, np[1], np[n-1]); ok && m.from == np[1] && m.to == np[n-1] {
			span := Span{Start: first.Start, End: toks[np[n-1]].End}
			return speaker{name: a.people.canon(m.name), span: span, kind: kindOrg}, true
		}
	}
	if best != nil && isDeterminer(first.lower) && len(np) > 2 && best.from == np[1] && best.to == np[len(np)-1] && !toks[np[len(np)-1]].cap && !toks[np[len(np)-1]].punct {
		// "a Trump aide": the name modifies the noun that heads the
		// phrase; the description speaks.
		span := Span{Start: first.Start, End: toks[np[len(np)-1]].End}
		return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindDesc}, true
	}
	if n := len(np); best == nil && any != nil && isDeterminer(first.lower) && n > 2 && any.from == np[1] && possessive(toks[any.to-1]) &&
		any.to <= np[n-1] && !toks[np[n-1]].punct && toks[np[n-1]].quote == 0 {
		// "the FBI’s Chicago field office": the body the possessive owns.
		span := Span{Start: toks[any.from].Start, End: toks[np[n-1]].End}
		return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindOrg}, true
	}
	if last := toks[np[len(np)-1]]; lex().determiners.at(first.lower) == definite && len(np) >= 2 && len(np) <= 6 && isAllCaps(last.text) && !last.punct {
		// "the DPP", "the MD", "the Sinn Féin TD", "the Dublin Bay North
		// TD": the person the article gave that title.
		if name := a.titledBy(last.text, r.open.Start); name != "" {
			return speaker{name: name, span: Span{Start: first.Start, End: last.End}, kind: kindRole}, true
		}
	}
	if best == nil && any != nil && isDeterminer(first.lower) && len(np) > 1 && any.from == np[1] {
		// An organisation: "The Foreign Ministry of Iraq", "an Interpol
		// spokesperson": its name, with "of X" when it follows.
		end := any.to
		if end+1 < len(toks) && (toks[end].lower == "of" || toks[end].lower == "van") && a.isNameTok(toks[end+1]) {
			if e := a.nameAt(toks, end+1); e > end+1 {
				end = e
			}
		}
		span := Span{Start: toks[any.from].Start, End: toks[end-1].End}
		name := oneLine(a.src[span.Start:span.End])
		if end == any.to && (isAllCaps(any.name) || any.to-any.from == 1 && any.org) {
			// "the HSE", "de Rijksdienst": the name it stands for, where
			// the article gives it.
			name = a.people.canon(any.name)
		}
		return speaker{name: name, span: span, kind: kindOrg}, true
	}
	if best == nil && any != nil && any.from > np[0] && !a.people.isPerson(*any) && (any.place || a.isPlace(any.name)) {
		// A place after a lower-case noun for a body names the body
		// with it: "een woordvoerder van de politie Rotterdam" speaks
		// for the police of Rotterdam, not for the city, as "de gemeente
		// Utrecht" is no place.
		if b := toks[any.from-1]; !b.cap && !b.punct && a.bodyWord(b.lower) {
			span := Span{Start: b.Start, End: any.span.End}
			return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindOrg}, true
		}
	}
	if best == nil {
		best = any
	}
	if best != nil {
		name, span := a.withPartner(*best)
		return speaker{name: name, span: span, kind: kindName}, true
	}
	// A role: "de minister", "the spokesman" → the person the article
	// ties to that role.
	span := Span{Start: toks[np[0]].Start, End: toks[np[len(np)-1]].End}
	for _, ti := range np {
		role := roleOf(toks[ti].lower)
		if role == "" || lex().determiners.at(first.lower) == indefinite {
			continue // "een woordvoerder van DNB" is someone new, not the spokeswoman named before
		}
		// The portfolio the phrase gives, "de minister van Financiën",
		// picks the one the article gave it; where none has it, the
		// description is tied to the name the article writes it with
		// ("Minister van Financiën Hanneke de Vries").
		var pb [4]string // on the stack
		portfolio := pb[:0]
		for _, tj := range np {
			if t := toks[tj]; tj > ti && t.cap && !t.punct && !t.sent && len(portfolio) < len(pb) {
				portfolio = append(portfolio, t.text)
			}
		}
		// Of several the article gives the role, the one named last:
		// "Kamerlid Bart Quorbel … Kamerlid Tom Vinsha … Daarna bleef
		// Quorbel strijdvaardig. "…", zei het Kamerlid" is Quorbel.
		var hb [4]string // on the stack
		holders := hb[:0]
		if len(portfolio) == 0 {
			a.people.before(r.open.Start, func(m mention) bool {
				if c := a.people.canon(m.name); m.role == role && !slices.Contains(holders, c) && len(holders) < cap(hb) {
					holders = append(holders, c)
				}
				return true
			})
		}
		found := ""
		a.people.before(r.open.Start, func(m mention) bool {
			if len(holders) > 1 && a.people.isPerson(m) && slices.Contains(holders, a.people.canon(m.name)) {
				found = m.name
				return false
			}
			if m.role != role && !(len(portfolio) > 0 && m.role == "" && a.people.isPerson(m) && a.portfolioRoleIs(m, role)) {
				return true
			}
			near := a.src[max(0, m.span.Start-modReach):m.span.Start]
			if !slices.ContainsFunc(portfolio, func(w string) bool { return !hasWordFold(near, w) }) {
				found = m.name
				return false
			}
			return true
		})
		if found != "" {
			return speaker{name: a.people.canon(found), span: span, kind: kindRole}, true
		}
	}
	if !first.cap && !isDeterminer(first.lower) && !someone.has(first.lower) || len(np) == 1 && isDeterminer(first.lower) {
		return speaker{}, false // no noun: "That has not gone over well"
	}
	if len(np) == 1 && first.cap {
		// A surname that is also a role word ("Doctor said"), of a
		// person the article names in full.
		if c, ok := a.people.canonical[first.lower]; ok && a.people.strong[first.lower] {
			return speaker{name: c, span: first.Span, kind: kindName}, true
		}
	}
	// The phrase ends before a comma or a relative clause set off by
	// one ("de bondscoach, die …"); a relative clause that restricts it
	// belongs to it ("een vrouw die verderop woont").
	e := 1
	if partitive && len(np) > 2 {
		// "een van hen", "one of the protesters": the group is part of
		// the phrase, the head stays the first word.
		e = 3
		if isDeterminer(toks[np[2]].lower) {
			for e < len(np) && e < 5 && descWord(toks[np[e]]) {
				e++
			}
		}
		if m, ok := a.namedAs(si, np[e-1]); ok {
			// "one of the victims, who gave her name only as Mrs.
			// Oyinlola": the name given.
			return speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}, true
		}
		span = Span{Start: toks[np[0]].Start, End: toks[np[e-1]].End}
		return a.description(first.lower, first.lower, oneLine(a.src[span.Start:span.End]), span), true
	}
	for e < len(np) && e < 4 && descWord(toks[np[e]]) && !(e >= 2 && (a.personNoun(toks[np[e-1]].lower) || isRole(toks[np[e-1]].lower)) && !a.personNoun(toks[np[e]].lower) && !isRole(toks[np[e]].lower)) {
		e++ // (to the noun for the person: "zei de spits bescheiden" is "de spits")
	}
	end = a.relativeEnd(si, np[e-1])
	if lex().determiners.at(first.lower) == indefinite {
		end = a.descEnd(si, np[e-1], false)
	}
	span = Span{Start: toks[np[0]].Start, End: toks[end].End}
	if in, ok := a.introAt(si, np[0]); ok {
		span = in.sp.span // the introduction's extent: "A spokeswoman for the state's Agriculture Minister"
	}
	desc := oneLine(a.src[span.Start:span.End])
	if isDeterminer(first.lower) && e == 2 && span.End == toks[np[1]].End {
		desc = a.nounName(toks[np[1]].lower, desc)
	}
	return a.description(first.lower, toks[np[e-1]].lower, desc, span), true
}

// portfolioRoleIs reports whether the person m is named after role and
// the body it serves: "Minister van Financiën Hanneke de Vries".
func (a *article) portfolioRoleIs(m mention, role string) bool {
	toks := a.segs[m.seg].toks
	r := portfolioRole(toks, m.from)
	return r >= 0 && roleOf(toks[r].lower) == role
}

// affiliated reports whether the name at token from of segment si follows
// an affiliation preposition after start, perhaps with an article between:
// "van de Duivels", "of Greenpeace".
func (a *article) affiliated(si, start, from int) bool {
	toks := a.segs[si].toks
	k := from - 1
	for k > start && titleTok(toks[k]) {
		k-- // "Counsel for Mr Morrow"
	}
	if k > start && isDeterminer(toks[k].lower) {
		k--
	}
	return k > start && affiliation.has(toks[k].lower)
}

// clauseBetween reports whether a clause boundary lies in tokens
// [from, to) of segment si: a comma or semicolon, a quotation, or a word
// that opens a clause ("dat", "who", "en", "when").
func (a *article) clauseBetween(si, from, to int) bool {
	toks := a.segs[si].toks
	if from >= to {
		return false // a mention that holds the token itself
	}
	for _, t := range toks[from:min(to, len(toks))] {
		if t.punct && (t.text == "," || t.text == ";" || t.mark) || t.quote != 0 ||
			isClause(t.lower, clauseOpener|clauseRelative|clauseConj|clauseSub) {
			return true
		}
		if a.lang == "en" && lex().cues.at(t.lower) != nil {
			return true // "Tran-Whitaker said she is at work": its object clause (no inversion in English)
		}
	}
	return false
}

// inclusion holds the words after a comma that open the members of a
// group just named (lexicon/inclusion.txt).
var inclusion = wordSet("inclusion.txt")

// sharedSubject reports whether tokens [from, to) of segment si hold no
// clause boundary but those that keep the subject before them: "and"
// before a verb ("Ze bezocht de plek en sprak met …"), a relative
// clause after a preposition on a noun ("met passagiers, onder wie X"),
// the members of a group ("She met SRC leaders, including X,") and a
// clause of time ("Ze hoorde het pas toen X …").
func (a *article) sharedSubject(si, from, to int) bool {
	toks := a.segs[si].toks
	to = min(to, len(toks))
	for k := from; k < to; k++ {
		t := toks[k]
		if isConj(t.lower) && k+1 < to {
			if n := toks[k+1]; !n.cap && !n.punct && n.quote == 0 && !isDeterminer(n.lower) && lex().pronouns.at(n.lower) == 0 && !isClause(n.lower, clauseOpener|clauseRelative) {
				continue
			}
		}
		if t.text == "," && k+2 < to && !toks[k+1].cap && !toks[k+1].punct && relative.has(toks[k+2].lower) {
			k += 2
			continue
		}
		if t.text == "," && k+1 < to && inclusion.has(toks[k+1].lower) {
			k++ // "met SRC-leiders, onder wie", "leaders, including X"
			continue
		}
		if isClause(t.lower, clauseSub) {
			continue // a clause of time inside the sentence keeps its subject: "Ze hoorde het pas toen X …"
		}
		if a.clauseBetween(si, k, k+1) {
			return false
		}
	}
	return true
}

// gendered holds nouns for a person of one sex (lexicon/gendered.txt).
var gendered = func() map[string]byte {
	m := map[string]byte{}
	for _, e := range entries("gendered.txt") {
		if len(e) == 2 && (e[1] == "m" || e[1] == "f") {
			m[e[0]] = e[1][0]
		}
	}
	return m
}()

// nounGender returns the sex a person noun implies, m or f, or 0: a kin
// or gendered noun, or in Dutch a compound whose last part is one.
func (a *article) nounGender(lw string) byte {
	for _, m := range [...]map[string]byte{lex().kin, gendered} {
		if g := m[lw]; g == 'm' || g == 'f' {
			return g
		}
	}
	if a.lang != "en" {
		agents := generated().agentsNL
		if g, _ := agents.Lookup(lw); g == "f" {
			return 'f' // "de woordvoerster"
		}
		for i := 3; i+3 <= len(lw) && len(lw) <= maxCompound; i++ {
			if g := gendered[lw[i:]]; g != 0 && utf8.RuneStart(lw[i]) {
				return g
			}
			if g, _ := agents.Lookup(lw[i:]); g == "f" && utf8.RuneStart(lw[i]) {
				return 'f' // "de clubwoordvoerster"
			}
			if g := lex().kin[lw[i:]]; (g == 'm' || g == 'f') && utf8.RuneStart(lw[i]) {
				return g
			}
		}
	}
	return 0
}

// description is a speaker described by a noun phrase, det … head. A
// definite one ("de vrouw") names the person the last indefinite
// description with the same head introduced ("een vrouw die verderop
// woont"), and is proposed as such.
// capsThenPlain reports whether the tokens at idx are capitalised words,
// at least one, then plain lower-case words: the name and the nouns
// that modify a person noun after them ("the Tranmere boss", "the
// Caldera chief executive").
func capsThenPlain(toks []tok, idx []int) bool {
	k := 0
	for k < len(idx) && toks[idx[k]].cap && !toks[idx[k]].punct {
		k++
	}
	if k == 0 {
		return false
	}
	for _, i := range idx[k:] {
		if t := toks[i]; t.cap || t.punct || t.quote != 0 || !plainWord(t.lower) {
			return false
		}
	}
	return true
}

func (a *article) description(det, head, desc string, span Span) speaker {
	if m, ok := a.appositionAfter(span); ok {
		// "a resident of Sangotedo, Mr. Kunle Ajibade": the name set
		// beside the description is the speaker's.
		return speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}
	}
	// A head noun of one sex ("the father", "de buurvrouw") carries it
	// as a pronoun would, for the ranker to check against given names.
	sp := speaker{name: desc, span: span, kind: kindDesc, pron: a.nounGender(head)}
	if outletNouns.has(head) && text.Outlets().Has(desc) {
		// "de omroep" read as the outlet the article names: an
		// organisation speaks, not someone described.
		sp.kind = kindOrg
		return sp
	}
	if lex().determiners.at(det) == definite {
		in, ok := a.introFor(head, span.Start)
		if ok && isRole(head) && a.tiedBefore(head, in.sp.span.Start) {
			// A role the article gave a person before the introduction:
			// "Minister Caroline X … het eerste bezoek van een Belgische
			// minister … "…", zei de minister" is hers.
			ok = false
		}
		if age := descAge(desc); !ok && a.personDesc(desc) && (age == "" || a.agedPerson(age) == "") {
			// Another noun for a person of no other sex, with nobody
			// named since: "Opgelucht is een buurtbewoner die … "…",
			// zegt de man". (An age the article gives someone is that
			// one's: "Tom Hale, 34," for "the 34-year-old".)
			in, ok = a.introBefore(sp)
		}
		if ok && !a.personNamedSince(in, span) && !a.modifierClash(desc, in) {
			sp.intro = in.sp.name
		}
	}
	return sp
}

// modifierClash reports whether the definite description desc and the
// introduction in modify their head noun by different plain words right
// before it: "the lorry driver" is not "a delivery driver who …", though
// "the driver" and "the young driver" may be.
func (a *article) modifierClash(desc string, in introDesc) bool {
	var fa [8]string // on the stack: no allocation a description
	ws := text.FieldsInto(fa[:0], desc)
	if len(ws) < 3 || in.headAt <= in.at+1 {
		return false
	}
	mine := ws[len(ws)-2]
	var lb [32]byte
	t := a.segs[in.seg].toks[in.headAt-1]
	if t.cap || t.punct || t.quote != 0 || !plainWord(t.lower) || !plainWord(string(text.AppendFold(lb[:0], mine))) || descAge(t.text) != "" || descAge(mine) != "" {
		return false
	}
	return !strings.EqualFold(mine, t.lower) && !hasWordFold(in.sp.name, mine)
}

// tiedBefore reports whether the article ties a person to the role noun
// before offset off.
func (a *article) tiedBefore(noun string, off int) bool {
	ts := a.people.tiesOf(noun)
	return len(ts) > 0 && ts[0].at < off // (ordered by offset)
}

// addressForms maps a form of address to the role noun it stands for
// (lexicon/address.txt): "Her Honour" is the judge.
var addressForms = wordPairs("address.txt")

// appositionAfter returns the person named right after the phrase at
// span, set off by a comma, titles allowed: "a resident of Sangotedo, Mr.
// Kunle Ajibade".
func (a *article) appositionAfter(span Span) (mention, bool) {
	si := sort.Search(len(a.segs), func(i int) bool { return a.segs[i].Span.End >= span.End })
	if si >= len(a.segs) {
		return mention{}, false
	}
	toks := a.segs[si].toks
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.End })
	// The description may go on past its extent to the comma, over a
	// phrase of place or body with no verb: "A professor of economics |
	// at the University of Ibadan, Prof. X, said".
	for n := 0; i < len(toks) && n < 8 && toks[i].text != ","; n++ {
		t := toks[i]
		if t.punct || t.quote != 0 || t.mark || lex().cues.at(t.lower) != nil || auxiliary.has(t.lower) || copula.has(t.lower) || relative.has(t.lower) ||
			pastForm(t) {
			return mention{}, false
		}
		i++
	}
	if i+1 >= len(toks) || toks[i].text != "," {
		return mention{}, false
	}
	i++
	for i < len(toks) {
		if !titleTok(toks[i]) && !(toks[i].cap && isRole(toks[i].lower)) && descAge(toks[i].text) == "" {
			break
		}
		i++ // "Mr.", "Cllr", "Hajiya", "Professor", "18-year-old"
	}
	if m, ok := a.people.mentionAt(si, i); ok && m.from == i && a.people.isPerson(m) {
		return m, true
	}
	return mention{}, false
}

// linking holds the linking verbs (lexicon/linking.txt).
var linking = wordSet("linking.txt")

// predicative reports whether the phrase at token i of segment si names
// what the subject is, after a pronoun and a linking verb a few words
// back with nothing but commas, adverbs and a parenthesis between: "She
// is not, she insists, someone given to despair" introduces no one. (A
// Dutch verb before its subject is no such case: "Boos is een monteur
// die …".)
func (a *article) predicative(si, i int) bool {
	toks := a.segs[si].toks
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if linking.has(t.lower) {
			return k > 0 && lex().pronouns.at(toks[k-1].lower) != 0
		}
		if t.punct && t.text != "," || t.quote != 0 || t.mark || t.sent && k < i-1 || lex().cues.at(t.lower) != nil && k == i-1 || isClause(t.lower, clauseRelative|clauseOpener) || isDeterminer(t.lower) {
			return false
		}
	}
	return false
}

// introDesc is someone the article introduces by an indefinite
// description outside quotations: "een buurman die de brand zag", "a
// spokeswoman", "iemand die tegenover woont".
type introDesc struct {
	sp      speaker // the phrase as name, its span; pron the sex of its noun
	head    string  // the head noun, folded
	first   string  // the first person noun, folded: "person" of "a person familiar with …", whose head is "familiar"
	seg     int
	at      int   // index of its first token in the segment
	headAt  int   // index of the head noun
	sid     int32 // sentence number
	subject bool  // the phrase opens its sentence, as its subject most often
}

// findIntros lists, in the order of the text, the indefinite
// descriptions of a person: a determiner and a person noun within three
// words ("een andere buurvrouw", "a police officer") with a relative
// clause that follows, or "iemand" and its clause. They are found once,
// before attribution, so that a later "de buurvrouw" or "zegt ze" finds
// them whichever quotation is attributed first.
func (a *article) findIntros() {
	for si := range a.segs {
		toks := a.segs[si].toks
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if t.cap && !t.punct && t.quote == 0 && i+1 < len(toks) && possessive(t) && !toks[i+1].cap && toks[i+1].quote == 0 {
				k := i + 1
				if k+1 < len(toks) && descAge(toks[k].text) != "" && !toks[k+1].cap {
					k++ // an age before the noun: "Tan's 19-year-old daughter"
				}
				if _, kin := lex().kin[toks[k].lower]; kin && !(k+1 < len(toks) && toks[k+1].cap && a.isNameTok(toks[k+1])) {
					// "Rowe's mother, who drove five hours to watch, said
					// …": a relative of the one named, described so (but
					// "Maureen's son Gary" is named).
					head := k
					span := Span{Start: t.Start, End: toks[head].End}
					if _, named := a.appositionAfter(span); named {
						i = head // "Haddad's colleague, Professor Ingrid Berg, was …": named
						continue
					}
					sp := speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindDesc, pron: a.nounGender(toks[head].lower)}
					subject := t.sent || i > 0 && toks[i-1].text == "," && a.frontedBefore(si, i-1)
					a.intros = append(a.intros, introDesc{sp: sp, head: toks[head].lower, first: toks[head].lower, seg: si, at: i, headAt: head, sid: t.sid, subject: subject})
					i = head
					continue
				}
			}
			// Most words: no map look-ups. The word's first byte and
			// length first, one test that most words fail, where the
			// marks' and the length's tests before it each went either
			// way.
			if !mayIntro(t.lower) || t.quote != 0 || t.mark || t.punct {
				continue
			}
			head := -1
			var body speaker // the body a spokesperson's description names: "an Interpol spokesperson"
			det := lex().determiners.at(t.lower)
			switch {
			case someone.has(t.lower):
				head = i
			case det == definite:
				if h, ok := kinIntro(toks, i); ok {
					head = h
				}
			case det == indefinite:
				named := false // a name between: "A University of Manitoba student"
				for h := i + 1; h < min(len(toks), i+7); h++ {
					w := toks[h]
					if w.cap && !w.punct && (a.isPlace(w.text) || isDemonym(w) || a.lang != "en" && placeAdjective(w.lower)) {
						continue // "a Dartmouth woman", "een Gentse student", "een Hengelose huisarts"
					}
					if w.cap && !w.punct && w.quote == 0 && !w.mark && a.isNameTok(w) || named && orgJoin.has(w.lower) && h+1 < len(toks) && toks[h+1].cap {
						named = true
						continue
					}
					if named && !w.punct && strings.Trim(w.text, "0123456789") == "" {
						continue // "A Year 13 student"
					}
					if w.cap && !w.punct && w.quote == 0 && !w.mark && h+1 < len(toks) && spokesNouns[toks[h+1].lower] {
						continue // a capitalised word no name before a spokesperson: "a Garda spokesperson"
					}
					if w.punct || w.quote != 0 || w.mark || w.cap {
						break
					}
					if postmod.has(w.lower) || npStop.has(w.lower) || functionWords.has(w.lower) {
						break // "een bericht van iemand": the message is no one
					}
					if a.lang == "en" && adjNounsEN.has(w.lower) && h+1 < len(toks) && a.nounAfter(toks[h+1]) {
						continue // an adjective: "a private hospital", "an official statement"
					}
					if a.personNoun(w.lower) {
						// "A senior PMC official": an adjective that is a
						// noun for a person too, then a name and the
						// noun that heads the phrase.
						if n := h + 1; !named && n+1 < len(toks) && n+1 < i+7 && toks[n].cap && !toks[n].punct && toks[n].quote == 0 && a.isNameTok(toks[n]) {
							k := n + 1
							for k < len(toks) && k < n+3 && toks[k].cap && !toks[k].punct && a.isNameTok(toks[k]) {
								k++
							}
							if k < len(toks) && !toks[k].cap && !toks[k].punct && a.personNoun(toks[k].lower) {
								h, w, named = k, toks[k], true
							}
						}
						// "an Interpol spokesperson" is Interpol's, as the
						// annotated articles have it.
						// Yet "the spokesperson" refers back to it, and
						// stands for the body too; where the word before
						// names nothing the article counts ("a Garda
						// spokesperson"), for the description.
						head = h
						if named && spokesNouns[w.lower] {
							if m, ok := a.spokesBodyIn(si, i+1, h); ok {
								body = speaker{name: a.people.canon(m.name), span: m.span, kind: kindOrg}
							}
						}
						break
					}
					if named || h >= i+4 {
						break
					}
				}
			}
			if head < 0 || a.predicative(si, i) {
				continue
			}
			first := toks[head].lower // "the person" refers back to "a person familiar with …", though "familiar" is a noun too
			for head+1 < len(toks) && !toks[head+1].cap && toks[head+1].quote == 0 && !toks[head+1].punct && a.personNoun(toks[head+1].lower) {
				head++ // the noun after a noun for a person heads the phrase: "a senior official"
			}
			if a.compoundHead(toks, head) {
				head += 2 // "a senior staff nurse", "a local business owner"
			}
			if h := head + 2; h < len(toks) && descAge(toks[head].text) != "" && !toks[head+1].cap && !toks[head+1].punct && plainWord(toks[head+1].lower) &&
				!toks[h].cap && !toks[h].punct && a.personNoun(toks[h].lower) {
				head = h // an age, an adjective, a noun: "a 68-year-old retired nurse"
			}
			// A description that opens its sentence or a clause ("In
			// Kettering, where …, a pensioner who has shopped there said")
			// is its subject.
			opens := t.sent || i > 0 && (toks[i-1].text == "," || isConj(toks[i-1].lower))
			end := a.descEnd(si, head, opens)
			if opens {
				end = a.subjectEnd(si, head, end)
			}
			span := Span{Start: t.Start, End: toks[end].End}
			if _, named := a.appositionAfter(span); named {
				i = end // "A textile dealer, Hajiya Aisha Bello, said": she is named, not described
				continue
			}
			if e := shortOfPhrase(toks, end); e > end {
				if _, named := a.appositionAfter(Span{Start: t.Start, End: toks[e].End}); named {
					i = e // "A mother of four, Mrs Ada Bello, said": named too
					continue
				}
			}
			if _, named := a.namedAs(si, head); named {
				i = end // "A woman, who gave her name only as Bec, said": named too
				continue
			}
			if m, ok := a.people.mentionAt(si, i-2); i >= 2 && toks[i-1].text == "," && ok && m.to == i-1 && (a.people.isPerson(m) || a.playedPart(m)) {
				// "Tom Hale, a 34-year-old estate agent, …": his apposition,
				// no one new; so for a character ("Hoofdpersonage Mira,
				// een vertaalster").
				i = end
				continue
			}
			if n := len(a.intros); i >= 2 && toks[i-1].text == "," && n > 0 && a.intros[n-1].seg == si && a.intros[n-1].sp.span.End == toks[i-2].End {
				i = end // "Iyer's father, a retired bank clerk, …": the one just introduced
				continue
			}
			if i >= 3 && toks[i-1].text == "," && a.definiteSubjectBefore(si, i-1) {
				i = end // "The PDP candidate, a businessman who …, said": the one the noun before stands for
				continue
			}
			sp := speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindDesc, pron: a.nounGender(toks[head].lower)}
			if body.name != "" {
				sp.name, sp.kind = body.name, kindOrg
			}
			// After a fronted adverbial ("On Keel Street, a baker …") or
			// an adverb that opens the sentence ("Ook een Poolse
			// chauffeur …"), it is the subject as well.
			subject := t.sent || toks[i-1].text == "," && a.frontedBefore(si, i-1) || i > 0 && toks[i-1].sent && preverbal.has(toks[i-1].lower) ||
				a.afterFrontedVerb(si, i) || a.afterCopulaFronted(si, i) || a.sourceBefore(si, i)
			a.intros = append(a.intros, introDesc{sp: sp, head: toks[head].lower, first: first, seg: si, at: i, headAt: head, sid: t.sid, subject: subject})
			i = end
		}
	}
}

// spokesBodyIn returns the first mention among tokens [from, to) of
// segment si that a spokesperson's noun after it makes a body's: one
// that names no person, or one that no given name opens ("a Johannesburg
// Water spokesperson": a person speaks through a spokesperson "for" them
// or of theirs, not as "a Tom Hale spokesperson").
func (a *article) spokesBodyIn(si, from, to int) (mention, bool) {
	toks := a.segs[si].toks
	for k := from; k < to; k++ {
		if m, ok := a.people.mentionAt(si, k); ok && (!a.people.isPerson(m) || !m.given && !m.strong && !a.isGiven(toks[m.from].text)) {
			return m, true
		}
	}
	return mention{}, false
}

// partners holds the nouns for a spouse or partner (lexicon/partners.txt).
var partners = wordSet("partners.txt")

// partnerOf returns the person named last before off, other than name,
// under the same surname and of no other sex than g: the partner of a
// couple ("Marloes en Dirk-Jan Kuipers" for Marloes Kuipers); or "".
func (a *article) partnerOf(name string, g byte, off int) string {
	last := lastWordFold(name)
	found := ""
	a.people.before(off, func(m mention) bool {
		c := a.people.canon(m.name)
		if c == name || !a.people.isPerson(m) || lastWordFold(c) != last || !strings.Contains(c, " ") {
			return true
		}
		if pg := a.personGender(c); g == 'm' || g == 'f' {
			if pg != 0 && pg != g {
				return true
			}
		}
		found = c
		return false
	})
	return found
}

// definiteSubjectBefore reports whether a definite description of a
// person, of at most five words, opens the sentence and ends right
// before the comma at toks[c]: "The PDP candidate,".
func (a *article) definiteSubjectBefore(si, c int) bool {
	toks := a.segs[si].toks
	h := toks[c-1]
	if h.cap || h.punct || h.quote != 0 || !a.personNoun(h.lower) && !isRole(h.lower) {
		return false
	}
	for d := c - 2; d >= 0 && d >= c-5; d-- {
		t := toks[d]
		if t.punct || t.quote != 0 || t.mark {
			return false
		}
		if lex().determiners.at(t.lower) == definite {
			return t.sent
		}
	}
	return false
}

// nameIntroduced gives the quotations of someone the article introduced
// by an indefinite description and names later, by that noun or one of
// its synonyms in apposition, the name: "An emergency consultant … “…,”
// the consultant said. The doctor, Farhan Qureshi, who …" makes the
// consultant's words Farhan Qureshi's, as the fullest name the article
// uses. The description must be the last one introduced before the
// naming, within three blocks.
func (a *article) nameIntroduced(qs []Quote) {
	for ii, in := range a.intros {
		if !strings.Contains(a.src[in.sp.span.Start:in.sp.span.End], " ") {
			continue
		}
		var next int // where the next introduction starts: the naming must come before it
		if ii+1 < len(a.intros) {
			next = a.intros[ii+1].sp.span.Start
		} else {
			next = len(a.src)
		}
		m, ok := a.namingAfter(in, next)
		if !ok {
			m, ok = a.initialNamedAfter(in, next)
		}
		if !ok && ii == 0 {
			m, ok = a.leadNamedAfter(in, next)
		}
		if !ok {
			continue
		}
		name := a.people.canon(m.name)
		for i := range qs {
			if qs[i].Speaker == in.sp.name {
				qs[i].Speaker, qs[i].SpeakerSpan = name, Span(m.span)
			}
		}
	}
}

// initialNamedAfter finds the name that opens the sentence right after
// the introduction in's, in its block and before next, when the name
// ends in an initial, as a suspect's is written, and the article has
// not named that person before: "een 52-jarige pluimveehouder uit
// Raalte. Hendrik-Jan B. zou …".
func (a *article) initialNamedAfter(in introDesc, next int) (mention, bool) {
	toks := a.segs[in.seg].toks
	k := a.endTok(in.seg, in.sp.span) + 1
	for k < len(toks) && !toks[k].sent {
		k++
	}
	if k >= len(toks) || toks[k].Start >= next {
		return mention{}, false
	}
	m, ok := a.people.mentionAt(in.seg, k)
	if !ok || m.from != k || m.to-m.from < 2 || !a.people.isPerson(m) || !isInitial(toks[m.to-1].text) {
		return mention{}, false
	}
	return m, !a.keyNamedBefore(m.key, in.sp.span.Start)
}

// keyNamedBefore reports whether the article names the person of key
// before offset off.
func (a *article) keyNamedBefore(key string, off int) bool {
	named := false
	a.people.before(off, func(o mention) bool {
		named = o.key == key
		return !named
	})
	return named
}

// leadNamedAfter finds the name that opens the sentence after the
// article's first introduction, where the introduction is the subject of
// the body's first sentence and the name, new to the article, is set off
// by a comma, as a report names the one its lead described: "A taxi
// driver has told a court … . Mohammed Chaudhry, 52, was giving
// evidence …".
func (a *article) leadNamedAfter(in introDesc, next int) (mention, bool) {
	if !in.subject {
		return mention{}, false
	}
	for si := 0; si < in.seg; si++ {
		if a.segs[si].Kind == Paragraph {
			return mention{}, false // not the body's first block
		}
	}
	si, k := in.seg, a.endTok(in.seg, in.sp.span)+1
	for k < len(a.segs[si].toks) && !a.segs[si].toks[k].sent {
		k++
	}
	if k >= len(a.segs[si].toks) {
		if si+1 >= len(a.segs) || a.segs[si+1].Kind != Paragraph {
			return mention{}, false
		}
		si, k = si+1, 0
	}
	toks := a.segs[si].toks
	if k >= len(toks) || toks[k].Start >= next {
		return mention{}, false
	}
	m, ok := a.people.mentionAt(si, k)
	if !ok || m.from != k || m.to-m.from < 2 || !a.people.isPerson(m) || m.to >= len(toks) || toks[m.to].text != "," {
		return mention{}, false
	}
	return m, !a.keyNamedBefore(m.key, in.sp.span.Start)
}

// namingAfter finds, after the introduction in and before next, within
// three blocks, a sentence that opens with a definite determiner, the
// introduction's head noun or a synonym of it or of its first person
// noun, a comma, and a person's name set off by a comma or a bracket:
// "The doctor, Farhan Qureshi, …", "De boer, Harmen Postma (57), …".
func (a *article) namingAfter(in introDesc, next int) (mention, bool) {
	nouns := [2]string{in.head, in.first}
	fits := func(w string) bool {
		for _, n := range nouns {
			if w == n || slices.Contains(synonyms[n], w) {
				return true
			}
		}
		return false
	}
	for si := in.seg; si < len(a.segs) && si <= in.seg+3; si++ {
		toks := a.segs[si].toks
		k := 0
		if si == in.seg {
			k = a.endTok(si, in.sp.span) // not from the block's start: a long block stays linear
		}
		for ; k+4 < len(toks); k++ {
			t := toks[k]
			if t.Start < in.sp.span.End || !t.sent {
				continue
			}
			if t.Start >= next {
				return mention{}, false
			}
			if lex().determiners.at(t.lower) != definite || toks[k+1].cap || toks[k+2].text != "," || !fits(toks[k+1].lower) {
				continue
			}
			m, ok := a.people.mentionAt(si, k+3)
			if ok && m.from == k+3 && m.to-m.from >= 2 && a.people.isPerson(m) && m.to < len(toks) && (toks[m.to].text == "," || toks[m.to].text == "(") {
				return m, true
			}
		}
	}
	return mention{}, false
}

// spokesNouns are the nouns for one who speaks for a body, the words of
// synonyms.txt's group of "spokesperson" and "woordvoerder": after a
// body's name they make the body's words.
var spokesNouns = func() map[string]bool {
	m := map[string]bool{"spokesperson": true, "woordvoerder": true}
	for _, w := range []string{"spokesperson", "woordvoerder"} {
		for _, s := range synonyms[w] {
			m[s] = true
		}
	}
	return m
}()

// compoundHead reports whether, in English, toks[h+2] is a noun for a
// person that heads a compound with the plain word before it, so that
// the phrase headed by toks[h] goes on: "a senior staff nurse". The word
// between is no verb by its form or a list ("a witness told reporters",
// "a fan helps residents").
func (a *article) compoundHead(toks []tok, h int) bool {
	if a.lang != "en" || h+2 >= len(toks) {
		return false
	}
	m, n := toks[h+1], toks[h+2]
	if m.cap || m.punct || m.quote != 0 || m.mark || n.cap || n.punct || n.quote != 0 || !plainWord(m.lower) || !a.personNoun(n.lower) {
		return false
	}
	w := m.lower
	return !functionWords.has(w) && lex().pronouns.at(w) == 0 && !isDeterminer(w) && lex().cues.at(w) == nil && !auxiliary.has(w) &&
		!pastForm(m) && !strings.HasSuffix(w, "s")
}

// afterFrontedVerb reports whether token i of segment si follows, in a
// Dutch sentence, a phrase of place or time that opens it and the finite
// verb, perhaps with an adverb, which puts the subject after the verb:
// "Langs de kant stond een oudere man …", "Op de kade kijkt een oudere
// man …", "In de zaal zat ook een passagier …".
func (a *article) afterFrontedVerb(si, i int) bool {
	toks := a.segs[si].toks
	if a.lang == "en" || i < 3 {
		return false
	}
	start := a.sentenceStart(si, i)
	if start > i-3 || !placePrep.has(toks[start].lower) && !postmod.has(toks[start].lower) && !npStop.has(toks[start].lower) {
		return false
	}
	k := i - 1
	for k > start+1 && preverbal.has(toks[k].lower) {
		k-- // an adverb after the verb: "In de zaal zat ook een passagier"
	}
	v := toks[k]
	if v.cap || v.punct || v.quote != 0 || !plainWord(v.lower) || isDeterminer(v.lower) {
		return false
	}
	for j := start; j < k; j++ {
		if t := toks[j]; t.punct || t.quote != 0 || t.mark {
			return false
		}
		if m, in := a.people.mentionAt(si, j); in && a.people.isPerson(m) {
			return false
		}
	}
	return true
}

// afterCopulaFronted reports whether token i of segment si follows a
// sentence that opens with one word and a copula, a few adverbs between,
// in Dutch: the subject put after its verb ("Opgelucht is dan weer een
// buurtbewoner", "Boos is onder meer een monteur").
func (a *article) afterCopulaFronted(si, i int) bool {
	toks := a.segs[si].toks
	if a.lang == "en" || i < 2 {
		return false
	}
	start := a.sentenceStart(si, i)
	if start+2 > i || i-start > 5 || !copula.has(toks[start+1].lower) {
		return false
	}
	if t := toks[start]; t.punct || t.quote != 0 || !plainWord(t.lower) || isDeterminer(t.lower) {
		return false // (a subject: "Hij is een buurman", "Dat is een buurman")
	}
	if m, ok := a.people.mentionAt(si, start); ok && a.people.isPerson(m) {
		return false // "Jansen is ook een buurman"
	}
	for j := start + 2; j < i; j++ {
		if t := toks[j]; t.cap || t.punct || t.quote != 0 || isDeterminer(t.lower) || lex().cues.at(t.lower) != nil {
			return false
		}
	}
	return true
}

// sourceBefore reports whether a marker that names a source, "volgens"
// or "according to", ends right before token i of segment si: the
// phrase at i speaks for its sentence as a subject would ("Volgens een
// oud-medewerker, die …, heerste er …").
func (a *article) sourceBefore(si, i int) bool {
	if i < 1 {
		return false
	}
	ctx := [2]int{max(i-2, 0), i - 1} // on the stack
	return i >= 2 && a.markerAt(si, ctx[:], 0) == 2 || a.markerAt(si, ctx[1:], 0) == 1
}

// frontedBefore reports whether the tokens of segment si from the start
// of the sentence to the comma at c are a fronted adverbial that names
// nobody ("On Keel Street, a baker …", "In Kettering, where …, a
// pensioner …"), so that the description after the
// comma is the sentence's subject; after a name it is the name's
// apposition ("Tom Hale, a baker who …").
func (a *article) frontedBefore(si, c int) bool {
	start := a.sentenceStart(si, c)
	if start >= c {
		return false
	}
	for j := start; j < c; j++ {
		t := a.segs[si].toks[j]
		if t.quote != 0 || t.mark {
			return false
		}
		if m, in := a.people.mentionAt(si, j); in && a.people.isPerson(m) {
			return false
		}
	}
	return true
}

// kinIntro reports whether a definite description of a relative starts
// at toks[i], a definite determiner, which introduces someone as an
// indefinite one does: "de zoon van het slachtoffer", "the mother of one
// of the boys", and its head noun.
func kinIntro(toks []tok, i int) (head int, ok bool) {
	if i+2 >= len(toks) {
		return 0, false
	}
	if !toks[i+1].cap && lex().kin[toks[i+1].lower] != 0 && postmod.has(toks[i+2].lower) && toks[i+2].quote == 0 {
		return i + 1, true
	}
	// "the 52-year-old's sister": a relative of someone described.
	if isPossessive(toks[i+1].text) && !toks[i+1].cap && !toks[i+2].cap && lex().kin[toks[i+2].lower] != 0 {
		return i + 2, true
	}
	return 0, false
}

// introLens are the first bytes and lengths of the words that open an
// introduction: the determiners (a definite one before a relative: "de
// zoon van …") and "iemand".
var introLens = func() (f firstLens) {
	for w := range lex().determiners.m {
		f.add(w)
	}
	for w := range someone.m {
		f.add(w)
	}
	return f
}()

// mayIntro reports whether a word that opens an introduction starts with
// w's first byte and is as long as w.
func mayIntro(w string) bool { return introLens.may(w) }

// introAt returns the introduction whose first token is token i of
// segment si.
func (a *article) introAt(si, i int) (introDesc, bool) {
	// Found by binary search: findIntros appends them in the text's
	// order, and a block of thousands of descriptions stays linear.
	k := sort.Search(len(a.intros), func(k int) bool {
		in := a.intros[k]
		return in.seg > si || in.seg == si && in.at >= i
	})
	// (A body's spokesperson stands for the body only where a later
	// phrase refers back to it: the phrase itself reads as before.)
	if k < len(a.intros) && a.intros[k].seg == si && a.intros[k].at == i && a.intros[k].sp.kind != kindOrg {
		return a.intros[k], true
	}
	return introDesc{}, false
}

// introFor returns the last description before off that introduced
// someone by the head noun head.
func (a *article) introFor(head string, off int) (introDesc, bool) {
	for i := len(a.intros) - 1; i >= 0; i-- {
		if in := a.intros[i]; in.sp.span.End <= off && (in.head == head || in.first == head) {
			return in, true
		}
	}
	return introDesc{}, false
}

// subjectApposition reports whether mention m names, in apposition, the
// definite description of a person that opens its sentence: "De
// verdachte, Rachid B., erkende …".
func (a *article) subjectApposition(m mention) bool {
	toks := a.segs[m.seg].toks
	c := m.from - 1
	if c < 2 || toks[c].text != "," {
		return false
	}
	st := a.sentenceStart(m.seg, c)
	if c-st < 2 || c-st > 3 || lex().determiners.at(toks[st].lower) != definite {
		return false
	}
	for k := st + 1; k < c; k++ {
		if toks[k].cap || toks[k].punct || toks[k].quote != 0 {
			return false
		}
	}
	return a.personNoun(toks[c-1].lower)
}

// personNamedSince reports whether a person opens a sentence (or names
// in apposition the description that opens it) after the introduction
// in and before span, in span's own block: "Kulkarni added
// that … “…,” the official said" is Kulkarni, not "a senior official"
// introduced blocks before.
func (a *article) personNamedSince(in introDesc, span Span) bool {
	named := false
	a.people.before(span.Start, func(m mention) bool {
		if m.span.Start < in.sp.span.End {
			return false
		}
		if a.people.isPerson(m) && (m.seg != in.seg || int32(m.sid) != in.sid) && (a.segs[m.seg].toks[m.from].sent || a.subjectApposition(m)) {
			// (Not one named in the introduction's own sentence: "A
			// Senate aide … said Ruiz and Whitcomb would …")
			named = span.Start >= a.segs[m.seg].Span.Start && span.End <= a.segs[m.seg].Span.End
			return false
		}
		return true
	})
	return named
}

// lastIntro returns the last description within introReach before off
// that introduced someone whose sex is not other than g's.
func (a *article) lastIntro(off int, g byte) (introDesc, bool) {
	for i := len(a.intros) - 1; i >= 0; i-- {
		in := a.intros[i]
		if in.sp.span.End > off {
			continue
		}
		if off-in.sp.span.End >= introReach {
			break
		}
		if g == 'x' || in.sp.pron == 0 || in.sp.pron == g {
			return in, true
		}
	}
	return introDesc{}, false
}

// definitePerson returns the index of the noun for a person right after
// the definite determiner toks[s] ("the businessman", "de beschuldigde"),
// before end, or -1.
func (a *article) definitePerson(toks []tok, s, end int) int {
	h := s + 1
	if h >= end || lex().determiners.at(toks[s].lower) != definite || toks[h].cap || toks[h].punct || !a.personNoun(toks[h].lower) {
		return -1
	}
	return h
}

// otherSubjectSince reports whether a sentence between the introduction
// in and token ti of segment si opens with a definite description of
// another person, by another noun: "Een eigen deskundige moet dat komen
// toelichten. De beschuldigde … volgde … Aan het einde kreeg hij het
// woord" is the accused's.
func (a *article) otherSubjectSince(in introDesc, si, ti int) bool {
	other := false
	a.sentencesBack(si, ti, 6, func(sj, start, end int) bool {
		toks := a.segs[sj].toks
		if start >= end || toks[start].Start < in.sp.span.End {
			return true
		}
		if h := a.definitePerson(toks, start, end); h >= 0 && toks[h].lower != in.head && toks[h].lower != in.first {
			other = true
		}
		return other
	})
	return other
}

// introNearer reports whether a description that opens its sentence
// comes after the person named in m, or opens m's own sentence with m
// not set off as its apposition ("A neighbour, Tom Hale, …" is Hale).
func (a *article) introNearer(in introDesc, m mention) bool {
	if in.sp.span.Start > m.span.Start {
		return true
	}
	if m.seg != in.seg || int32(m.sid) != in.sid {
		return false
	}
	between := a.src[in.sp.span.End:max(m.span.Start, in.sp.span.End)]
	return strings.TrimSpace(between) != ","
}

// descWord reports whether t can go on a description after its first
// word: a content word, not punctuation, a pronoun ("de finale voelde
// hij"), a function word or a relative pronoun, which end the phrase.
func descWord(t tok) bool {
	return !t.punct && !relative.has(t.lower) && !functionWords.has(t.lower) && lex().pronouns.at(t.lower) == 0 &&
		!reflexive.has(t.lower) && lex().cues.at(t.lower) == nil
}

// agentPrep holds the prepositions of a passive verb's agent
// (lexicon/agent.txt).
var agentPrep = wordSet("agent.txt")

// Relative pronouns that open a clause inside a noun phrase.
var relative = wordSet("relative.txt")

// Reflexive pronouns, which end a description (lexicon/reflexive.txt).
var reflexive = wordSet("reflexive.txt")

// subjectEnd extends a description that opens its sentence or a clause,
// head noun h and end as descEnd found it, to the word before the
// reporting verb it is the subject of: the whole phrase is how the
// article introduces the person, however long its postmodifier or clause ("A mother of two
// former students said", "A man who has run a shop on Roundhay Road for
// thirty years said"), or a relative clause to its comma ("Een agent die
// ter plaatse was, zag"). A verb right after a relative pronoun is the
// clause's own ("A neighbour who asked not to be named said"). Adverbs
// before the verb ("later", "on Monday"; lexicon/preverbal.txt) are left
// out, unless a relative clause ends there ("who attended a rally on
// Wednesday").
func (a *article) subjectEnd(si, h, end int) int {
	toks := a.segs[si].toks
	clause := false // a relative clause follows the head
	for v := h + 1; v < len(toks) && v <= h+16; v++ {
		w := toks[v]
		if w.punct || w.quote != 0 || w.mark {
			if clause && v > end && w.text == "," {
				// "Een agent die ter plaatse was, zag …": the clause ends
				// at its comma.
				return v - 1
			}
			return end
		}
		if relative.has(w.lower) {
			clause = true
			continue
		}
		if v <= end || lex().cues.at(w.lower) == nil {
			continue
		}
		if relative.has(toks[v-1].lower) || clause && a.lang != "nl" && auxiliary.has(toks[v-1].lower) {
			continue // the clause's own verb: "A neighbour who asked not to be named said", "whose son was admitted to hospital said"
		}
		e := v - 1
		for e > h && !clause && (preverbal.has(toks[e].lower) || auxiliary.has(toks[e].lower)) {
			// "A spokeswoman for the county later said", "A farmer has
			// been ordered"; a clause keeps its own ("who attended a
			// rally on Wednesday").
			e--
		}
		if e-1 > h && !clause && isNumber(toks[e].text) && placePrep.has(toks[e-1].lower) {
			e -= 2 // a year, no place: "A reviewer in 1979 dismissed"
		}
		return e
	}
	return end
}

// possessiveHere reports whether toks[k], a word that is both a verb and
// a possessive ("zijn"), is the possessive: a noun follows, not a
// participle or the end of the clause ("die zijn rusttijd neemt").
func (a *article) possessiveHere(toks []tok, k int) bool {
	if _, ok := possessives[toks[k].lower]; !ok || k+2 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return !n.punct && n.quote == 0 && !n.mark && !auxiliary.has(n.lower) && !isParticiple(n.lower) && lex().cues.at(n.lower) == nil && !toks[k+2].punct
}

// Possessive pronouns and their owner's sex (lexicon/possessives.txt).
var possessives = func() map[string]byte {
	m := map[string]byte{}
	for _, e := range entries("possessives.txt") {
		if len(e) == 2 {
			m[e[0]] = e[1][0]
		}
	}
	return m
}()

// Adverbs between a subject and its verb (lexicon/preverbal.txt).
var preverbal = wordSet("preverbal.txt")

// commonDeterminers holds the Dutch determiners of common-gender nouns
// (lexicon/commongender.txt).
var commonDeterminers = wordSet("commongender.txt")

// commonGender reports whether the noun at toks[i] has, at most three
// words before it, a determiner of a Dutch common-gender noun, and is the
// head of its phrase.
func (a *article) commonGender(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if isDeterminer(toks[k].lower) {
			// (Not a complement's: "een lid van de raad dat anoniem wil
			// blijven" is the member's clause.)
			return a.lang != "en" && commonDeterminers.has(toks[k].lower) && !(k > 0 && (postmod.has(toks[k-1].lower) || orgJoin.has(toks[k-1].lower)))
		}
		if toks[k].punct {
			break
		}
	}
	return false
}

// relativeEnd returns the last token of the noun phrase ending at token
// i of segment si, taking in a relative clause that follows it with no
// comma between: up to the next punctuation, quotation or cue.
func (a *article) relativeEnd(si, i int) int {
	toks := a.segs[si].toks
	j := i + 1
	if j >= len(toks) || !relative.has(toks[j].lower) && !relativeNoun.has(toks[j].lower) || toks[j].quote != 0 {
		return i
	}
	if relativeNoun.has(toks[j].lower) && a.commonGender(toks, i) {
		return i // "de inspectie dat …": a clause the verb reports
	}
	ownAux := false // a Dutch auxiliary read as the clause's own verb
	for k := j + 1; k < len(toks) && k <= i+relativeReach; k++ {
		t := toks[k]
		tight := k+1 < len(toks) && toks[k-1].End == t.Start && toks[k+1].Start == t.End // "150,000", "3.5"
		// A reporting verb right after an English relative pronoun is the
		// clause's own: "one man who told the council he had …"; so is a
		// Dutch one that ends the clause before its comma: "een gids die
		// er rondleidingen geeft,".
		// An English one after "and" is the clause's too: "a farmer
		// who has two turbines and asked not to be named".
		ownVerb := (k == j+1 || k > j+1 && isConj(toks[k-1].lower)) && a.lang == "en" && !t.cap ||
			a.lang != "en" && k > j+1 && !t.cap && k+1 < len(toks) && toks[k+1].text == ","
		end := t.punct && !inClausePunct[t.text] && !tight || t.mark || t.quote != 0 || lex().cues.at(t.lower) != nil && !ownVerb
		if !end && a.lang == "en" && k > j+1 && a.mainPast(toks, k) {
			end = true // "a woman who sold fish for years | held a sign"
		}
		// A form of "to be", or two auxiliaries ("has been"), after
		// the clause's words is the main clause's: "a member who has had
		// a season ticket since 1995 | was just …", "a driver who was
		// scrolling when he ploughed into a cyclist | has been jailed";
		// not after a pronoun ("who said he was"), an auxiliary, a
		// relative pronoun or a reporting verb ("who police said had
		// been").
		if !end && a.lang == "en" && k > j+2 && !t.cap && (copula.has(t.lower) || auxiliary.has(t.lower) && k+1 < len(toks) && auxiliary.has(toks[k+1].lower)) {
			if p := toks[k-1]; !p.punct && !auxiliary.has(p.lower) && lex().pronouns.at(p.lower) == 0 && !relative.has(p.lower) && !isDeterminer(p.lower) && !functionWords.has(p.lower) && lex().cues.at(p.lower) == nil {
				end = true
			}
		}
		if !end && a.lang != "en" && k > j+1 && auxiliary.has(t.lower) && !a.possessiveHere(toks, k) {
			// A Dutch clause ends in its verbs; the main clause's verb
			// follows: "een jongeman die voorbij loopt | heeft …". An
			// auxiliary before a participle is the clause's own: "die
			// net heeft gebeld".
			if k+1 < len(toks) && isParticiple(toks[k+1].lower) {
				return k + 1
			}
			// A cluster of verbs that ends the clause before its comma or
			// the sentence's end: "die uit zijn wagen moest worden
			// gehaald", "die dat had kunnen zien".
			if e := k + 2; e+1 < len(toks) && !toks[k+1].cap && !toks[k+1].punct && (auxiliary.has(toks[k+1].lower) || strings.HasSuffix(toks[k+1].lower, "en")) &&
				(isParticiple(toks[e].lower) || auxiliary.has(toks[e].lower) || strings.HasSuffix(toks[e].lower, "en")) && !toks[e].cap && !toks[e].punct &&
				(toks[e+1].text == "," || isSentenceEnd(toks[e+1])) {
				return e
			}
			// The clause's last verbs before its comma or the sentence's
			// end: "die niet met haar naam in de krant wil,", "dat anoniem
			// wil blijven,".
			if k+1 < len(toks) && (toks[k+1].text == "," || isSentenceEnd(toks[k+1])) {
				return k
			}
			if n := toks[min(k+1, len(toks)-1)]; k+2 < len(toks) && (toks[k+2].text == "," || isSentenceEnd(toks[k+2])) && !n.cap && !n.punct && n.quote == 0 && strings.HasSuffix(n.lower, "n") && plainWord(n.lower) {
				return k + 1
			}
			// With no verb of the clause before it, a few words in, the
			// auxiliary is the clause's own, which goes on: "een buurman
			// die wakker werd van het lawaai", "die anoniem wil blijven
			// omdat …"; not "die urenlang vaststond op de ringweg | had".
			if !ownAux && k-j <= 5 && !slices.ContainsFunc(toks[j+1:k], dutchFinite) {
				ownAux = true
				continue
			}
			end = true
		}
		if !end && ownAux && isClause(t.lower, clauseOpener) {
			end = true // "… die anoniem wil blijven | omdat ze …"
		}
		if end {
			e := k - 1
			// Not on a word that joins what the end left out: "who was
			// waiting at the site and who | asked …".
			for e > j && (isConj(toks[e].lower) || relative.has(toks[e].lower)) {
				e--
			}
			if e == j {
				return i
			}
			return e
		}
	}
	return i // no clear end within reach: the phrase without the clause
}

// dutchFinite reports whether t may be a Dutch finite verb, by its
// ending: "woont", "loopt", "werkte", "woonde", "stond" (and adjectives
// such as "grote", which keep a clause short, as before).
func dutchFinite(t tok) bool {
	w := t.lower
	return !t.cap && !t.punct && len(w) >= 4 && !functionWords.has(w) && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "d") || strings.HasSuffix(w, "de") || strings.HasSuffix(w, "te"))
}

// relativeReach bounds a relative clause in tokens: two clauses joined
// by "and who" run past twenty ("a woman who has been on the council's
// list for nine years and who came with her two sons").
const relativeReach = 26

// relativeNoun holds the words that open a relative clause only right
// after the noun it describes (lexicon/relativenoun.txt): Dutch "dat"
// after a neuter noun, "een lid dat anoniem wil blijven", which
// elsewhere opens a clause a verb reports.
var relativeNoun = wordSet("relativenoun.txt")

// mainPast reports whether toks[k], in an English relative clause, is a
// past form that follows a plain word rather than an auxiliary, a
// subject pronoun, a determiner or a function word: the main clause's
// verb after the clause ("who sold fish for years held"), not the
// clause's own ("who said she had paid").
func (a *article) mainPast(toks []tok, k int) bool {
	t, p := toks[k], toks[k-1]
	if t.cap || t.punct || !pastForm(t) {
		return false
	}
	return !p.cap && !p.punct && p.quote == 0 && !auxiliary.has(p.lower) && lex().pronouns.at(p.lower) == 0 &&
		!isDeterminer(p.lower) && !functionWords.has(p.lower) && plainWord(p.lower)
}

// inClausePunct holds the punctuation inside a clause that does not end
// it: "who stole more than $150,000 from".
var inClausePunct = map[string]bool{"$": true, "€": true, "£": true, "%": true, "-": true, "/": true, "&": true}

// demonymNoun reports whether toks[np[k]] is a people's name used as a
// noun, with no capitalised word after it but another people's ("de
// IJslander", "de Marokkaanse Belg"), not "the Turkish EEZ".
func (a *article) demonymNoun(toks []tok, np []int, k int) bool {
	return (isDemonym(toks[np[k]]) || a.inhabitant(toks, np[k])) && (k+1 == len(np) || !toks[np[k+1]].cap || isDemonym(toks[np[k+1]]))
}

// Endings of Dutch nouns for a person of a place (lexicon/inhabitants_nl.txt),
// and those no surname has.
var (
	inhabitantEnds = wordList("inhabitants_nl.txt")
	sureEnds       = func() []string {
		var out []string
		for _, e := range entries("inhabitants_nl.txt") {
			if len(e) > 1 && e[1] == "sure" {
				out = append(out, e[0])
			}
		}
		return out
	}()
)

// surelyInhabitant reports whether toks[i], after "de", is a noun for the
// people of a place by an ending no surname has: "de Deventenaren", "De
// Antwerpenaar" (not "de Ruiter").
func (a *article) surelyInhabitant(toks []tok, i int) bool {
	if !a.inhabitant(toks, i) {
		return false
	}
	for _, e := range sureEnds {
		if strings.HasSuffix(toks[i].lower, e) {
			return true
		}
	}
	return false
}

// inhabitant reports whether toks[i] is a Dutch noun for a person of a
// city or region that no list has, after an article and at most one
// adjective: "de Deventenaar", "de jonge Mechelaar", "een Amelander".
func (a *article) inhabitant(toks []tok, i int) bool {
	t := toks[i]
	if a.lang == "en" || !t.cap || t.sent || t.punct || i == 0 {
		return false
	}
	d := i - 1
	if d > 0 && !toks[d].cap && !toks[d].punct && lex().determiners.at(toks[d].lower) == 0 {
		d-- // an adjective: "de jonge Mechelaar"
	}
	det := lex().determiners.at(toks[d].lower)
	if det != definite && det != indefinite {
		return false
	}
	for _, e := range inhabitantEnds {
		if len(t.lower) >= len(e)+4 && strings.HasSuffix(t.lower, e) {
			// After "een" only where the place is listed: "een
			// Amelander" (of Ameland).
			// Nor a listed surname, alone or as the last part of a double
			// one: "Jeroen de Wijs-Molenaar".
			return !a.tokOrdinary(t) && !a.isGiven(t.text) && !a.isPlace(t.text) && !generated().surnames.Has(t.text[strings.LastIndexByte(t.text, '-')+1:]) &&
				(det == definite || a.isPlace(t.text[:len(t.text)-len(e)]))
		}
	}
	return false
}

// Nouns after which a description gives the name its person goes by
// (lexicon/pseudonym.txt).
var pseudonym = wordSet("pseudonym.txt")

// namedAs finds, within sixteen words after token h of segment si, the
// name a description gives its person: after a naming word ("a woman
// named Ann Lee") or a noun for a name ("using the pseudonym Katya"),
// also in a relative clause set off by a comma ("a trader, who gave his
// name only as Musa,").
func (a *article) namedAs(si, h int) (mention, bool) {
	toks := a.segs[si].toks
	for j := h + 1; j < len(toks)-1 && j <= h+16; j++ {
		t := toks[j]
		if t.text == "," && relative.has(toks[j+1].lower) {
			continue // "Another trader, who gave his name only as …"
		}
		if t.punct || t.quote != 0 || t.mark || lex().cues.at(t.lower) != nil && !articles.has(toks[j-1].lower) {
			break
		}
		if lex().naming.has(t.lower) || pseudonym.has(t.lower) {
			// What the name given names is a person, whatever the lists
			// say of the word ("Zaadje"), also after words that say how
			// it was given: "who gave his name only as Rafiq", "who gave
			// only his first name, Derek".
			k := j + 1
			for k < len(toks)-1 && k <= j+4 && (nameGiven.has(toks[k].lower) || titleTok(toks[k])) {
				if m, ok := a.people.mentionAt(si, k); ok && m.from == k {
					break // a name that holds its title
				}
				k++ // a title before the name: "as Alhaji Musa" is Musa
			}
			if m, ok := a.people.mentionAt(si, k); ok && m.from == k && !m.place && !m.org && !m.outlet {
				return m, true
			}
			break
		}
	}
	return mention{}, false
}

// nameGiven holds the words between a noun for a name and the name
// given (lexicon/namegiven.txt): "his name only as Rafiq".
var nameGiven = wordSet("namegiven.txt")

// Nouns for a means of speaking (lexicon/channels.txt): "aan de
// telefoon" names no place.
var channels = wordSet("channels.txt")

// descEnd returns the last token of a description whose head noun is
// token h of segment si: a postmodifier of belonging or origin after the
// head ("een woordvoerder van de provincie", "a spokesman for the
// county", "een man uit Gent"), then a relative clause. The speaker is
// the phrase as written; a postmodifier counts only where its end is
// clear, a name's or before a verb, a relative pronoun or punctuation.
func (a *article) descEnd(si, h int, opens bool) int {
	toks := a.segs[si].toks
	end := h
	// A preposition of place takes only a named place or body: "a
	// senior official in the State Agriculture Department", "een buurman
	// in de Pilorijnstraat", not "een woordvoerder in een reactie".
	placeOnly := h+1 < len(toks) && !postmod.has(toks[h+1].lower) && (placePrep.has(toks[h+1].lower) || descPrep.has(toks[h+1].lower))
	if p := h + 1; p+1 < len(toks) && (postmod.has(toks[p].lower) || placeOnly) && toks[p].quote == 0 {
		k, last := p+1, p+4
		if k+1 < len(toks) && !toks[k].cap && compassParts.has(toks[k].lower) && toks[k+1].cap && a.isNameTok(toks[k+1]) {
			k, last = k+1, last+1 // a compass point before the place: "a vet in east Galway"
		}
		if toks[k].cap && a.isNameTok(toks[k]) {
			first := k
			for k < len(toks) && k <= last && toks[k].quote == 0 && a.isNameTok(toks[k]) {
				k++
			}
			end = k - 1
			// The place's region after a comma: "a parent in Ikorodu,
			// Lagos".
			if k+1 < len(toks) && toks[k].text == "," && toks[k+1].cap && a.isPlace(toks[k+1].text) && !a.isGiven(toks[k+1].text) &&
				(k+2 == len(toks) || endsPhrase(toks[k+2]) || toks[k+2].text == ",") {
				end, k = k+1, k+2
			}
			// A place whose name holds lower-case words: "Sas van Gent",
			// "Bergen op Zoom".
			for e := k; e < len(toks) && e <= k+3 && !toks[e].punct && toks[e].quote == 0; e++ {
				if toks[e].cap && a.isPlace(a.src[toks[first].Start:toks[e].End]) {
					end = e
				}
			}
		} else if isDeterminer(toks[k].lower) {
			k++
			if k+1 < len(toks) && partitives[toks[k-1].lower] == toks[k].lower && isDeterminer(toks[k+1].lower) {
				k += 2 // a partitive: "een dochter van een van de slachtoffers"
			}
			n := k
			// Up to four plain words ("the county council", "an acute
			// medical ward"), or a name with the words before it ("the
			// cycling charity Pedal North", "the Department of Health",
			// "the city's water board").
			plain, named := 0, false
		words:
			for k < len(toks) && k < n+7 && (!toks[k].punct || pluralPossessive(toks, k)) && toks[k].quote == 0 && !toks[k].mark {
				t := toks[k]
				if m, ok := a.people.mentionAt(si, k); ok && !t.cap && m.from == k && m.to > k+1 {
					// A body's name that opens in lower case, with its
					// fields: "het ministerie van Onderwijs, Cultuur en
					// Wetenschap".
					named, k = true, m.to
					continue
				}
				switch {
				case t.cap && a.isNameTok(t) || isPossessive(t.text):
					named = true
					if m, ok := a.people.mentionAt(si, k); ok && m.from == k && m.to > k+1 {
						k = m.to - 1 // the whole name, its list of fields too: "the Ministry of Housing, Communities and Local Government"
					}
				case t.cap && a.lang != "en" && k == n && toks[k-1].lower == "het" && placeAdjective(t.lower):
					named = true // a region by its adjective: "een notaris uit het Leuvense"
				case named && pluralPossessive(toks, k):
					// "the Irish Property Owners’ Association"
				case named && orgJoin.has(t.lower) && k+1 < len(toks) && toks[k+1].cap:
					// "of" inside a name: "Department of Health"
				case !t.cap && plainWord(t.lower) && (plain < 4 || named):
					plain++
				default:
					break words
				}
				k++
			}
			// A place the article names by a definite noun of one or two
			// words counts too where the phrase clearly ends after it: "een
			// moeder aan de schoolpoort:", "een man in de zaal riep"; not
			// "een woordvoerder in een reactie".
			defPlace := placeOnly && !named && plain >= 1 && plain <= 2 && lex().determiners.at(toks[n-1].lower) == definite && !channels.has(toks[k-1].lower)
			switch {
			case placeOnly && !named && !defPlace:
			case k > n && (k == len(toks) || endsPhrase(toks[k]) || !opens && npStop.has(toks[k].lower) && !toks[k].cap):
				// Up to a reporting verb or a preposition that starts an
				// adverbial: "een woordvoerder van de gemeente na afloop".
				end = k - 1
			case opens && k > n:
				// The phrase opens its sentence as the subject: its noun
				// is the first word, the next most often the verb ("Een
				// tante van het slachtoffer hield het kort"). In Dutch an
				// inflected adjective goes before its noun ("van een
				// andere school"), and a word that ends like a finite
				// verb shows where the phrase ends ("van de afdeling
				// longziekten | herkent").
				end = n
				if a.lang != "en" {
					// (Not a diminutive, a noun: "de moeder van het
					// meisje | las".)
					if n+1 < k && strings.HasSuffix(toks[n].lower, "e") && !strings.HasSuffix(toks[n].lower, "je") && !dutchFinite(toks[n+1]) {
						end = n + 1
					}
					for e := end + 1; e < k; e++ {
						if dutchFinite(toks[e]) {
							end = e - 1
							break
						}
					}
				}
			}
		}
	}
	if end > h {
		end = a.placeEnd(si, end) // a second phrase: "een uitbaatster van een kledingzaak in de Statiestraat"
	}
	if e := a.participleEnd(si, end); e > end {
		end = e // and a relative clause after it: "a woman waiting for a bus who did not want to give her name"
	}
	return a.relativeEnd(si, end)
}

// placeEnd extends a description ending at token end of segment si over
// a preposition of place and a named place: "in de Statiestraat", "at
// Heathrow". Else it returns end.
func (a *article) placeEnd(si, end int) int {
	toks := a.segs[si].toks
	k := end + 1
	if k+1 >= len(toks) || !placePrep.has(toks[k].lower) || toks[k].quote != 0 {
		return end
	}
	k++
	if lex().determiners.at(toks[k].lower) == definite && k+1 < len(toks) {
		k++
	}
	n := k
	for k < len(toks) && k-n < 4 && toks[k].cap && toks[k].quote == 0 && a.isNameTok(toks[k]) {
		k++
	}
	if k == n || k < len(toks) && !endsPhrase(toks[k]) && !npStop.has(toks[k].lower) {
		return end
	}
	return k - 1
}

// participleEnd returns the end of an English participle phrase after
// token i that is part of a description, "a nurse renting a flat in
// Drumcondra", "a supporter leaving the ground": the participle, a noun
// phrase of up to four words, and a preposition with its own, ending at
// punctuation, a reporting verb or a past tense ("… summed up"). Else i.
func (a *article) participleEnd(si, i int) int {
	toks := a.segs[si].toks
	j := i + 1
	if a.lang != "en" || j+1 >= len(toks) {
		return i
	}
	p := toks[j]
	// A past participle with its agent: "a veterinary surgeon called by
	// the defence".
	passive := !p.cap && pastForm(p) && agentPrep.has(toks[j+1].lower)
	if p.cap || p.quote != 0 || len(p.lower) < 5 || !strings.HasSuffix(p.lower, "ing") && !passive || !passive && !plainWord(p.lower) {
		return i
	}
	k := j + 1
	if passive {
		k++
	}
	words := func(n int) {
		if k < len(toks) && isDeterminer(toks[k].lower) {
			k++
		}
		for m := 0; m < n && k < len(toks); m++ {
			t := toks[k]
			if t.punct && !pluralPossessive(toks, k) || t.quote != 0 || t.mark || !t.cap && !plainWord(t.lower) || pastTense(t) || a.mainPast(toks, k) {
				return
			}
			k++
		}
	}
	words(4)
	// A preposition's phrase after the object, or right after the
	// participle, and one more: "a woman waiting for a bus at Hurdman",
	// "one woman renting on Main Street".
	for n := 0; n < 2 && k < len(toks) && (k > j+1 || !passive) && (postmod.has(toks[k].lower) || placePrep.has(toks[k].lower)); n++ {
		from := k
		k++
		words(4)
		if k == from+1 {
			k = from // a preposition with no words after it ends the phrase before it
			break
		}
	}
	if k == j+1 || k < len(toks) && !endsPhrase(toks[k]) && !pastTense(toks[k]) && !generated().pastEN.Has(toks[k].lower) {
		return i // "a fourth-grader holding a sign | stood", not "… a sign on a chair"
	}
	return k - 1
}

// pastTense reports whether t looks like an English past tense: a verb
// after a noun phrase, which ends it.
func pastTense(t tok) bool {
	return !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// pastForm reports whether t is an English past form, regular or listed
// (generated past_en.txt): "opened", "said", "stood".
func pastForm(t tok) bool { return pastTense(t) || generated().pastEN.Has(t.lower) }

// pluralPossessive reports whether toks[k] is the apostrophe of a plural
// possessive, "Owners’ Association": right after a word in s, before
// another word.
func pluralPossessive(toks []tok, k int) bool {
	t := toks[k]
	if k == 0 || k+1 >= len(toks) || t.text != "’" && t.text != "'" {
		return false
	}
	prev := toks[k-1]
	return prev.End == t.Start && strings.HasSuffix(prev.text, "s") && toks[k+1].Start > t.End
}

// plainWord reports whether lw may be a word of a noun phrase: no verb,
// preposition, pronoun or other word the lists know to end one.
func plainWord(lw string) bool {
	return !npStop.has(lw) && !auxiliary.has(lw) && lex().cues.at(lw) == nil && !relative.has(lw) && !functionWords.has(lw) && lex().pronouns.at(lw) == 0 && !isConj(lw)
}

// endsPhrase reports whether t ends the noun phrase before it: also the
// separable part of a reporting verb ("laat een woordvoerder van de
// gemeente weten").
func endsPhrase(t tok) bool {
	return t.punct || t.mark || t.quote != 0 || auxiliary.has(t.lower) || lex().cues.at(t.lower) != nil || relative.has(t.lower) || lex().cueParts.has(t.lower)
}

// Prepositions of a description's postmodifier (lexicon/postmod.txt).
var postmod = wordSet("postmod.txt")

// Dutch finite auxiliaries and copulas (lexicon/auxiliary.txt).
var auxiliary = wordSet("auxiliary.txt")

// English modals and finite auxiliaries besides be and have
// (lexicon/modals_en.txt).
var modalsEN = wordSet("modals_en.txt")

// English forms of be that make a participle after them passive
// (lexicon/beforms_en.txt).
var beFormsEN = wordSet("beforms_en.txt")

// isParticiple reports whether lw has the form of a Dutch past
// participle: ge…d, ge…t or ge…en ("gebeld", "gezien").
func isParticiple(lw string) bool {
	if len(lw) <= 4 || !(strings.HasSuffix(lw, "d") || strings.HasSuffix(lw, "t") || strings.HasSuffix(lw, "en")) {
		return false
	}
	if strings.HasPrefix(lw, "ge") {
		return true
	}
	// A separable prefix before the "ge": "meegereisd", "opgebeld".
	for i := 2; i <= 6 && i+4 < len(lw); i++ {
		if separable.has(lw[:i]) && strings.HasPrefix(lw[i:], "ge") {
			return true
		}
	}
	return false
}

// separable holds the Dutch separable prefixes (lexicon/separable_nl.txt).
var separable = wordSet("separable_nl.txt")

// Nouns for a news outlet (lexicon/outletnouns.txt).
var outletNouns = wordSet("outletnouns.txt")

// bodyEndsIn reports whether the article names a body, no outlet, whose
// name ends in the noun: "Food Standards Agency" for "agency".
func (a *article) bodyEndsIn(noun string) bool {
	for _, m := range a.people.mentions {
		if !m.outlet && m.to-m.from >= 2 && strings.EqualFold(m.name[strings.LastIndexByte(m.name, ' ')+1:], noun) {
			return true
		}
	}
	return false
}

// nounName names a description by its head noun: "de politiezone" is
// "politiezone Noord" when the article writes that noun right before a
// name elsewhere; otherwise the description as written.
func (a *article) nounName(noun, desc string) string {
	if npStop.has(noun) || functionWords.has(noun) || strings.Contains(desc, "'s ") || strings.Contains(desc, "’s ") {
		return desc // "the governor's office" is no other office the article names
	}
	if outletNouns.has(noun) && !a.bodyEndsIn(noun) {
		// "De omroep zegt": the outlet the article names most; but "the
		// agency" is the "Food Standards Agency" when the article names
		// a body so.
		best, n := "", 0
		count := map[string]int{}
		for _, m := range a.people.mentions {
			if m.outlet {
				count[m.name]++
				if c := count[m.name]; c > n {
					best, n = m.name, c
				}
			}
		}
		if best != "" {
			return best
		}
	}
	// The answer depends on the noun alone: worked out once an article,
	// so that many descriptions with one noun stay linear.
	v, ok := a.nounMemo[noun]
	if !ok {
		for _, m := range a.people.mentions {
			toks := a.segs[m.seg].toks
			if m.from > 0 && toks[m.from-1].lower == noun && !(toks[m.from-1].cap && m.to-m.from >= 2 && a.isGiven(toks[m.from].text)) && !((isRole(noun) || a.personNoun(noun)) && a.people.isPerson(m)) {
				// "politiezone Noord"; but "Transporteur Gerrit-Jan
				// Lubbers", a noun opening the sentence before a person's
				// name, is no part of it, and "premier Anne-Sophie
				// Delvaux" is a title the ties read, as is any noun for a
				// person: "arranger Dane Gomes".
				v = toks[m.from-1].text + " " + m.name
				break
			}
			if m.to-m.from >= 2 && toks[m.from].lower == noun && !a.people.isPerson(m) {
				v = m.name // the noun opens the body's name: "Veiligheidsregio Zeeland"
				break
			}
			if m.to < len(toks) && toks[m.to].lower == noun && !a.people.isPerson(m) && !m.place && !(m.to-m.from == 1 && isDemonym(toks[m.from])) && (!isRole(noun) && !a.personNoun(noun) || bodyVoices.has(noun)) {
				// "an Interpol spokesperson": Interpol; but "the
				// commissioner" is the one the article gave the title,
				// not the state before it in "Kogi State Commissioner",
				// "the arranger" a person, not "Crusaders" of "Crusaders
				// arranger Dane Gomes", and "the Syrian mother" no place
				// or people.
				v = m.name
				break
			}
		}
		if a.nounMemo == nil {
			a.nounMemo = map[string]string{}
		}
		a.nounMemo[noun] = v
	}
	if v == "" {
		return desc
	}
	return v
}

// bodyVoices are the role nouns for someone who speaks for a body
// (lexicon/bodyvoices.txt).
var bodyVoices = wordSet("bodyvoices.txt")

// isConj reports whether w coordinates two noun phrases: "Jan en Piet".
func isConj(w string) bool { return isClause(w, clauseConj) }

// withPartner extends a person mention to a coordination of two persons,
// "Miranda Borgignon (46) en echtgenoot Geert Aerden": a subject that
// speaks as one. It returns the mention's own name when there is none.
func (a *article) withPartner(m mention) (string, Span) {
	name := a.people.canon(m.name)
	toks := a.segs[m.seg].toks
	i := m.to
	if i < len(toks) && toks[i].text == "(" { // an age or a party: "(46)"
		for i < len(toks) && i < m.to+6 && toks[i].text != ")" {
			i++
		}
		i++
	}
	if i >= len(toks) || !isConj(toks[i].lower) && toks[i].text != "&" || toks[i].lower == "of" || toks[i].lower == "or" || toks[i].lower == "maar" || toks[i].lower == "but" {
		return name, m.span
	}
	// Up to two words of description: "en echtgenoot", "and her husband".
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].punct || toks[j].quote != 0 {
			break
		}
		if p, ok := a.people.mentionAt(m.seg, j); ok {
			if !a.people.isPerson(p) || p.from != j {
				break
			}
			pn := a.people.canon(p.name)
			if sp := strings.IndexByte(pn, ' '); sp > 0 && m.to-m.from == 1 && j == i+1 && name != m.name && strings.HasSuffix(name, pn[sp:]) {
				// "Jos en Anneke de Kam": one surname for both, as written.
				span := Span{Start: m.span.Start, End: p.span.End}
				return oneLine(a.src[span.Start:span.End]), span
			}
			return name + " " + toks[i].text + " " + pn, Span{Start: m.span.Start, End: p.span.End}
		}
		if toks[j].cap {
			break
		}
	}
	return name, m.span
}

// oneLine folds the white space of a name taken from the text: a line
// break inside it becomes one space.
func oneLine(s string) string {
	// Most phrases are one line with single spaces already: returned as
	// they are, they cost nothing.
	single, prevSpace := true, true // a space first is not single
	for _, r := range s {
		space := unicode.IsSpace(r) // as strings.Fields splits
		if space && (r != ' ' || prevSpace) {
			single = false
			break
		}
		prevSpace = space
	}
	if single && !prevSpace {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func isRole(w string) bool { return roleOf(w) != "" }

// roleOf returns the role a lower-case word names: itself ("minister"), the
// part after a hyphen ("pvv-leider", "facebook-topman"), or the role a
// Dutch compound ends with ("fractieleider", "partijvoorzitter").
func roleOf(w string) string {
	// Most words have no hyphen: a search for any costs a fixed few
	// steps on a short word, where the search for the last went byte by
	// byte from the end and mispredicted where it stopped.
	if strings.IndexByte(w, '-') >= 0 {
		w = w[strings.LastIndexByte(w, '-')+1:]
	}
	if lex().roles.has(w) {
		return w
	}
	if w == "" {
		return ""
	}
	for _, suffix := range roleSuffixes[w[len(w)-1]] {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return suffix
		}
	}
	return ""
}

// Roles that end Dutch compounds: "fractieleider", "clubvoorzitter"; by
// their last byte, so that a word is compared with the few that can end
// it (roleOf runs for most words of an article).
var roleSuffixes = byLastByte(wordList("rolesuffixes.txt"))

// titledBy returns the person named nearest before off after a title
// whose initials are the acronym acr ("Deputy Public Prosecutor" for
// "DPP"), or "".
func (a *article) titledBy(acr string, off int) string {
	var lb [8]byte
	if len(acr) > len(lb) {
		return ""
	}
	nt := a.people.tiesOf(string(text.AppendFold(lb[:0], acr)))
	k := sort.Search(len(nt), func(i int) bool { return nt[i].at >= off })
	if k == 0 {
		return ""
	}
	return nt[k-1].name
}

// documents holds the nouns for a text that speaks for its issuer
// (lexicon/documents.txt).
var documents = wordSet("documents.txt")

// utterances holds the nouns for what someone says
// (lexicon/utterances.txt).
var utterances = wordSet("utterances.txt")

// issuer finds, in the two sentences before token ti of segment si (in
// its block or the one before), the last that names the document noun
// doc, and the first person or body named there outside quotations: "The
// Quorbel Association said in a statement that …" issued "the
// statement". Where that sentence names no one, its subject before the
// reporting verb says who: "The diocese said in a statement …".
func (a *article) issuer(si, ti int, doc string, r raw) (speaker, bool) {
	var sp speaker
	found := false
	a.sentencesBack(si, ti, 2, func(si, start, end int) bool {
		toks := a.segs[si].toks
		names := false
		for i := start; i < end; i++ {
			names = names || toks[i].lower == doc && toks[i].quote == 0
		}
		if !names {
			return false
		}
		if k := a.firstCue(si, start, end); k > start {
			// The verb's subject says who first: a pronoun ("In a written
			// statement, she said the grant had gone to the Riverside
			// project") or a description after a fronted phrase ("In a
			// statement after the hearing, the police said …"), not a
			// name further on or none.
			if g := lex().pronouns.at(toks[k-1].lower); (g == 'm' || g == 'f') && toks[k-1].quote == 0 {
				if sp, found = a.resolvePronoun(si, k-1, g); found {
					return true
				}
			}
			if c := clauseStart(toks, start, k); c > start {
				if sp, found = a.subjectBeforeCue(si, c, end, r); found {
					return true
				}
			}
		}
		for i := start; i < end; i++ {
			if m, ok := a.people.mentionAt(si, i); ok && m.from == i && toks[i].quote == 0 && !m.place && !m.outlet && !a.isPlace(m.name) &&
				(a.people.isPerson(m) || m.to-m.from > 1 || isAllCaps(m.name) || m.org ||
					m.to < len(toks) && lex().cues.at(toks[m.to].lower) != nil) { // not "on Tuesday"; "CalMac said"
				sp, found = speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}, true
				if m.to < end && possessive(toks[m.to-1]) && !toks[m.to].cap && (a.bodyWord(toks[m.to].lower) || kinGroups.has(toks[m.to].lower)) {
					// "Marquardt's office said in a statement", "Mr
					// Quorbel's family described him as": the office or
					// the kin issued it, as written.
					span := Span{Start: m.span.Start, End: toks[m.to].End}
					if m.from > start && (isTitle(toks[m.from-1].text) || dotlessTitle(toks[m.from-1].text)) {
						span.Start = toks[m.from-1].Start // "Mr Quorbel's family", as written
					}
					sp = speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindOrg}
				}
				break
			}
		}
		if !found {
			sp, found = a.subjectBeforeCue(si, start, end, r)
		}
		return true
	})
	return sp, found
}

// adjNounsEN are the English nouns for a person that are adjectives too
// (lexicon/adjnouns_en.txt).
var adjNounsEN = wordSet("adjnouns_en.txt")

// nounAfter reports whether t, after a word that may be an adjective, is
// a noun it modifies rather than the sentence going on: a common word in
// lower case that is no noun for a person, no function word, reporting
// verb, relative pronoun or past form, and not "-ing".
func (a *article) nounAfter(t tok) bool {
	return !t.cap && !t.punct && t.quote == 0 && !t.mark && a.ordinary(t.lower) && !a.personNoun(t.lower) &&
		!functionWords.has(t.lower) && lex().cues.at(t.lower) == nil && !relative.has(t.lower) && !pastForm(t) &&
		!strings.HasSuffix(t.lower, "ing") && !auxiliary.has(t.lower) && !copula.has(t.lower)
}

// kinGroups are the nouns for the group around a person that speaks as
// one (lexicon/kingroups.txt).
var kinGroups = wordSet("kingroups.txt")

// firstCue returns the first reporting verb of toks[start:end] outside
// quotations, or -1.
func (a *article) firstCue(si, start, end int) int {
	toks := a.segs[si].toks
	for k := start; k < end; k++ {
		if t := toks[k]; t.quote == 0 && !t.cap && !t.punct && lex().cues.at(t.lower) != nil {
			return k
		}
	}
	return -1
}

// clauseStart returns the token after the last comma in toks[start:k],
// outside quotations, or start.
func clauseStart(toks []tok, start, k int) int {
	for j := k - 1; j > start; j-- {
		if toks[j].quote == 0 && toks[j].text == "," {
			return j + 1
		}
	}
	return start
}

// subjectBeforeCue resolves the phrase that opens the sentence
// toks[start:end] up to its first reporting verb, when it is a
// description of a body or of people ("The diocese said in a statement",
// "Fiesta officials said …"), outside quotations.
func (a *article) subjectBeforeCue(si, start, end int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	for k := start; k < end && k-start <= 5; k++ {
		t := toks[k]
		if t.quote != 0 || t.punct {
			return speaker{}, false
		}
		if k > start && !t.cap && lex().cues.at(t.lower) != nil {
			head := toks[k-1].lower
			if a.pluralPersonNoun(head) {
				// "Fiesta officials said": people the article does not
				// name, as a group.
				span := Span{Start: toks[start].Start, End: toks[k-1].End}
				return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindDesc}, true
			}
			if !a.bodyWord(head) && !a.personNoun(head) {
				return speaker{}, false
			}
			if k == start+1 && a.bodyWord(head) {
				// A body's noun alone: "In a statement, police said".
				sp := toks[start].Span
				return speaker{name: a.src[sp.Start:sp.End], span: sp, kind: kindDesc}, true
			}
			var nb [6]int // the phrase's tokens: at most six
			np := nb[:0]
			for j := start; j < k; j++ {
				np = append(np, j)
			}
			return a.npSpeaker(si, np, r)
		}
	}
	return speaker{}, false
}

// sentencesBack calls f with the segment and token range of up to n
// sentences before token ti of segment si, the nearest first, going back
// into the block before at a block's start, until f returns true.
func (a *article) sentencesBack(si, ti, n int, f func(si, start, end int) bool) {
	end := a.sentenceStart(si, ti)
	for ; n > 0; n-- {
		if end == 0 {
			if si == 0 || len(a.segs[si-1].toks) == 0 {
				return
			}
			si--
			end = len(a.segs[si].toks)
		}
		start := a.sentenceStart(si, end-1)
		if f(si, start, end) {
			return
		}
		end = start
	}
}

// otherFits reports whether a mention of group other than group[j]
// fits.
func otherFits(group []mention, j int, fits func(mention) bool) bool {
	for k, m := range group {
		if k != j && m.from != group[j].from && fits(m) {
			return true
		}
	}
	return false
}

// ofComplement reports whether m names the one a noun for a person
// before it is "of": "De moeder van Jesse", "the lawyer for Smith".
func (a *article) ofComplement(m mention) bool {
	toks := a.segs[m.seg].toks
	if m.from >= 2 && affiliation.has(toks[m.from-1].lower) && a.nounBefore(m.seg, m.from) {
		return true
	}
	// The owner of a noun for someone named beside it: "Mr Gallacher’s
	// friend, Ravinder Sandhu,".
	k := m.to
	return possessive(toks[k-1]) && k+1 < len(toks) && !toks[k].cap && a.personNoun(toks[k].lower) && toks[k+1].text == ","
}

// titledName finds the person named after a capitalised title that opens
// the phrase np, a role word among its first two words, over the
// capitalised words and prepositions of the body it serves: "Senior
// Minister of State for Manpower Koh Poh Leng", "Minister of Health Ann
// Foley".
func (a *article) titledName(si int, np []int) (mention, bool) {
	toks := a.segs[si].toks
	if len(np) < 3 || !toks[np[0]].cap || !(isRole(toks[np[0]].lower) || toks[np[1]].cap && isRole(toks[np[1]].lower)) {
		return mention{}, false
	}
	for j := 1; j < len(np) && j < 10; j++ {
		t := toks[np[j]]
		if np[j] != np[j-1]+1 || t.punct || t.quote != 0 {
			break
		}
		if m, ok := a.people.mentionAt(si, np[j]); ok && m.from == np[j] && a.people.isPerson(m) && j >= 2 {
			return m, true
		}
		if !t.cap && !orgJoin.has(t.lower) && !isConj(t.lower) && !isDeterminer(t.lower) {
			break
		}
	}
	return mention{}, false
}

// partitives maps the number of a partitive to its preposition
// (lexicon/partitives.txt): "een" → "van", "one" → "of".
var partitives = wordPairs("partitives.txt")

// descPrep holds the prepositions that take a named place into a
// description besides those of placePrep (lexicon/descprep.txt).
var descPrep = wordSet("descprep.txt")

// neuter holds the pronouns that stand for a body (lexicon/neuter.txt).
var neuter = wordSet("neuter.txt")

// neuterSubject finds the body a neuter pronoun at token ti of segment si
// stands for: in the two sentences before it (in its block or the one
// before), the nearest whose first name outside quotations is a body's
// opening the sentence or its main clause ("The Scottish Ambulance
// Service said it …", "In a statement, CalMac said …"). A sentence whose
// first name is a person's ends the search: "it" is then something
// that person spoke of.
func (a *article) neuterSubject(si, ti int) (speaker, bool) {
	pron := a.segs[si].toks[ti].Span
	var sp speaker
	found := false
	a.sentencesBack(si, ti, 2, func(si, start, end int) bool {
		toks := a.segs[si].toks
		for i := start; i < end; i++ {
			m, ok := a.people.mentionAt(si, i)
			if !ok || m.from != i || toks[i].quote != 0 {
				continue
			}
			if a.people.isPerson(m) {
				return true
			}
			if m.place || m.outlet || a.isPlace(m.name) || !(m.to-m.from > 1 || isAllCaps(m.name) || m.org) {
				continue // "On Tuesday", "in Dundee"
			}
			if k := m.to; k < end && (lex().cues.at(toks[k].lower) != nil || toks[k].text == ",") {
				sp, found = speaker{name: a.people.canon(m.name), span: pron, kind: kindPronoun, pron: 'x'}, true
			}
			return true
		}
		return false
	})
	return sp, found
}

func isDeterminer(w string) bool {
	_, ok := lex().determiners.get(w)
	return ok
}

// resolvePronoun finds the person the pronoun at token ti of segment si
// refers to: walking back sentence by sentence, the first person named in
// the nearest sentence that names one (the subject, usually), whose gender,
// when known, fits.
func (a *article) resolvePronoun(si, ti int, g byte) (speaker, bool) {
	if sg, ok := lex().singularPronouns[a.segs[si].toks[ti].lower]; ok && a.besideSingularVerb(si, ti) {
		g = sg
	}
	return a.resolvePronounFrom(si, ti, g, 0)
}

// besideSingularVerb reports whether a reporting verb in the singular
// stands right before or after token ti of segment si: "zei ze", "ze
// zegt", not "zeggen ze" (a Dutch plural verb ends in -en).
func (a *article) besideSingularVerb(si, ti int) bool {
	toks := a.segs[si].toks
	for _, j := range [2]int{ti - 1, ti + 1} {
		if j >= 0 && j < len(toks) && lex().cues.at(toks[j].lower) != nil && !toks[j].punct {
			return !strings.HasSuffix(toks[j].lower, "en")
		}
	}
	// Any finite verb tells the number, where the word order puts it
	// beside the pronoun: right after it at the start of a sentence ("Ze
	// zwijgt even"), or right before it after a fronted word ("Dan
	// zwijgt ze"). Dutch plural verbs end in -en, or are "zijn".
	j := -1
	if toks[ti].sent {
		j = ti + 1
	} else if ti >= 2 && toks[ti-2].sent && !toks[ti-2].punct && functionWords.has(toks[ti-2].lower) {
		j = ti - 1 // (not "dat ze", "die ze": a clause's verb comes last)
	}
	if j < 0 || j >= len(toks) {
		return false
	}
	t := toks[j]
	return !t.cap && !t.punct && t.quote == 0 && !t.mark && !functionWords.has(t.lower) && !isDeterminer(t.lower) &&
		!strings.HasSuffix(t.lower, "en") && t.lower != "zijn" && strings.IndexFunc(t.lower, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// introBetween reports whether a description of someone whose sex is not
// other than g's opens a sentence between the offsets from and to: a
// pronoun after it is not resolved through one before it ("Keast … she
// said. A spokeswoman for the company said … “…,” she said").
func (a *article) introBetween(from, to int, g byte) bool {
	in, ok := a.lastIntro(to, g)
	return ok && in.subject && in.sp.span.Start >= from
}

// thingRelatives holds the relative pronouns of a clause about a thing,
// a place or a time (lexicon/thingrelatives.txt).
var thingRelatives = wordSet("thingrelatives.txt")

// setOffRelative reports whether the tokens from to to of segment si lie
// inside a relative clause about a thing or a place, set off by commas,
// that closes before token ti: ", where …, he".
func (a *article) setOffRelative(si, from, to, ti int) bool {
	toks := a.segs[si].toks
	open := -1
	for c := from - 1; c > 0 && toks[c].sid == toks[from].sid; c-- {
		if toks[c].text == "," || toks[c].quote != 0 {
			break
		}
		if thingRelatives.has(toks[c].lower) && toks[c-1].text == "," {
			open = c
			break
		}
	}
	if open < 0 {
		return false
	}
	for c := to; c < ti; c++ {
		if toks[c].text == "," {
			return true
		}
	}
	return false
}

// replies and asks hold the verbs of answering and of asking
// (lexicon/replies.txt, lexicon/asks.txt).
var replies, asks = wordSet("replies.txt"), wordSet("asks.txt")

// askedBefore finds, for a pronoun of sex g beside a verb of answering
// at token ti of segment si, the person the sentence before puts a
// question to, named right after a form of asking: "The convener closed
// the session by asking Ms McCrindle whether she would stay. “…,” she
// replied" is McCrindle's.
func (a *article) askedBefore(si, ti int, g byte) (speaker, bool) {
	toks := a.segs[si].toks
	if !(ti > 0 && replies.has(toks[ti-1].lower) || ti+1 < len(toks) && replies.has(toks[ti+1].lower)) {
		return speaker{}, false
	}
	var sp speaker
	found := false
	a.sentencesBack(si, ti, 1, func(sj, start, end int) bool {
		ts := a.segs[sj].toks
		for k := start; k+1 < end && !found; k++ {
			if ts[k].quote != 0 || !asks.has(ts[k].lower) {
				continue
			}
			j := k + 1
			for j < end && titleTok(ts[j]) {
				j++
			}
			if m, ok := a.people.mentionAt(sj, j); ok && m.from == j && a.people.isPerson(m) {
				name := a.people.canon(m.name)
				if pg := a.personGender(name); pg == 0 || pg == g {
					sp, found = speaker{name: name, kind: kindPronoun, pron: g}, true
				}
			}
		}
		return true // the sentence before only
	})
	return sp, found
}

// askedClause reports whether mention m lies in a question fronted to
// its own sentence's subject, before the first comma of the sentence:
// "Asked about Professor Zhou's criticism …, Ms O'Halloran-Baxter said"
// (not "Asked what was next, Te Whatahoro-Ngata said").
func (a *article) askedClause(m mention) bool {
	toks := a.segs[m.seg].toks
	st := a.sentenceStart(m.seg, m.from)
	if st >= m.from || !askedFronts.has(toks[st].lower) {
		return false
	}
	for k := st; k < len(toks) && int(toks[k].sid) == m.sid; k++ {
		if toks[k].text == "," {
			return k >= m.to
		}
	}
	return false
}

// parentheticalAfter reports whether the pronoun at token ti of segment
// si opens a reporting clause set off by commas right after mention m:
// "Professor Lindqvist, she added, had been …".
func (a *article) parentheticalAfter(si int, m mention, ti int) bool {
	toks := a.segs[si].toks
	return m.to+1 == ti && toks[m.to].text == "," && ti+2 < len(toks) && lex().cues.at(toks[ti+1].lower) != nil && toks[ti+2].text == ","
}

// askedFronts holds the participles of a question put to a sentence's
// subject (lexicon/askedfronts.txt).
var askedFronts = wordSet("askedfronts.txt")

// titledSubject reports whether mention m, of two words or more, opens
// its sentence after a title of lower-case words or nouns for a person
// only: "Veteran actor Rajendran X, 67, plays Mr Pillai …" is the
// subject, whatever sex a title gives the one named after it.
func (a *article) titledSubject(m mention) bool {
	toks := a.segs[m.seg].toks
	st := a.sentenceStart(m.seg, m.from)
	if m.to-m.from < 2 || st == m.from || m.from-st > 3 {
		return false
	}
	for k := st; k < m.from; k++ {
		t := toks[k]
		// A capitalised common word before the role is its portfolio:
		// "Associate Education Minister Huia X".
		portfolio := t.cap && k > st && k+1 < m.from && !isRole(t.lower) && a.tokOrdinary(t) && !a.isGiven(t.text) && !a.isPlace(t.text)
		if t.punct || t.quote != 0 || t.mark || t.cap && k > st && !isRole(t.lower) && !portfolio || !(isRole(t.lower) || a.personNoun(t.lower) || k == st && plainWord(t.lower) || portfolio) {
			return false
		}
	}
	return isRole(toks[m.from-1].lower) || a.personNoun(toks[m.from-1].lower)
}

// pronounChain bounds how many pronouns back a pronoun is resolved
// through another.
const pronounChain = 3

func (a *article) resolvePronounFrom(si, ti int, g byte, depth int) (speaker, bool) {
	pron := a.segs[si].toks[ti]
	sexOf := func(m mention) byte {
		// A mention's own given name tells its sex before its surname's
		// person does: "LaToya Whitfield-Okafor" is a woman, though the
		// fullest name with her surname is her husband's. One word
		// alone tells nothing: "Marsh" is a man's given name and her
		// surname.
		mg := a.people.gender[m.key]
		if m.gender != 0 && (m.from+1 < m.to || m.titled) {
			mg = m.gender
		} else if m.from+1 < m.to && (a.people.canon(m.name) != a.people.canonical[m.key] || slices.Contains(a.people.shared, m.key)) {
			mg = 0 // another bearer of the surname: "Mr Vakata's widow, Mele Vakata"
		}
		return mg
	}
	fits := func(m mention) bool {
		mg := sexOf(m)
		return g == 'x' || mg == 0 || mg == g
	}
	if g == 'm' || g == 'f' {
		if sp, ok := a.askedBefore(si, ti, g); ok {
			sp.span = pron.Span
			return sp, true
		}
		if sp, ok := a.roleSubjectBefore(si, ti, g); ok {
			sp.span = pron.Span
			return sp, true
		}
	}
	if g == 'm' || g == 'f' {
		if sp, ok := a.descSubjectBefore(si, ti, g); ok {
			sp.span = pron.Span
			return sp, true
		}
		if in, ok := a.introSubjectBefore(si, ti, g); ok {
			sp := in.sp
			sp.span, sp.kind, sp.pron = pron.Span, kindDesc, g
			return sp, true
		}
	}
	if (g == 'm' || g == 'f') && depth < pronounChain {
		// A pronoun of the same sex after the nearest person who fits
		// stands for the same one: "Samen met zijn advocaat Hans Rieder
		// liet hij weten … Verder klaagde hij …" are both the client.
		if sj, k, ok := a.pronounBefore(si, ti, g, fits); ok && !a.introBetween(a.segs[sj].toks[k].End, pron.Start, g) {
			if sp, ok := a.resolvePronounFrom(sj, k, g, depth+1); ok {
				sp.span = pron.Span
				return sp, true
			}
		}
	}
	if g == 'm' || g == 'f' {
		// Someone described earlier in the pronoun's own sentence by a
		// noun of its sex, and named nowhere in it: "Wanneer ik de
		// jongeman die net heeft gebeld vraag …, zegt hij:".
		if sp, ok := a.describedBefore(si, ti, g); ok {
			sp.span = pron.Span
			return sp, true
		}
	}
	// Neither the pronoun's sentence, up to it, nor the one before names
	// a person, and that one holds a quotation: its speaker goes on ("De
	// minister zei dat ze de motie “serieus zal wegen”. Of ze hem
	// uitvoert, wilde ze niet zeggen."), not a person named further back.
	if sb := a.sentenceBefore(si, ti); !a.personBefore(si, ti) && !a.introSince(pron.Start, g, sb) {
		if sp, ok := a.quotedBefore(sb, g); ok {
			sp.span = pron.Span
			return sp, true
		}
	}
	// Walk back over the persons named before the pronoun, one sentence at
	// a time: in the nearest sentence that names one, the speaker of a
	// quotation there, else the first person named in it.
	group := a.group[:0] // most recent first
	defer func() { a.group = group[:0] }()
	var found speaker
	var foundM mention // the mention found names
	ok := false
	try := func() bool {
		if len(group) == 0 {
			return false
		}
		from, to := a.rawsInSentence(group[0].sid)
		for qi := from; qi < to; qi++ {
			if a.kept[qi] && a.spk[qi].name != "" {
				for _, m := range group {
					if a.people.canon(m.name) == a.spk[qi].name && fits(m) {
						found, ok = speaker{name: a.spk[qi].name, span: pron.Span, kind: kindPronoun, pron: g}, true
						foundM = m
						return true
					}
				}
			}
		}
		// Someone whose sex is known to be the pronoun's first, then
		// anyone who fits: "Nadia Farouk told Caldera Freight … she
		// said" is hers, whatever the sentence names first. English
		// only: Dutch "ze" is also "they", and the cross-validated Dutch
		// figure fell with it (0.927 to 0.922).
		// Unless the sentence opens with a person, named by the surname
		// alone, whose sex is not known: its subject. "Morgan, the
		// 22-year-old …, said she had not hesitated when Thompson-Gayle
		// handed her the ball. “…,” she said" is Morgan's, whatever sex
		// Thompson-Gayle's given name tells.
		if f := group[len(group)-1]; (a.segs[f.seg].toks[f.from].sent && f.to-f.from == 1 && atLeastWords(a.people.canon(f.name), 2) || a.titledSubject(f)) && sexOf(f) == 0 && fits(f) &&
			!possessive(a.segs[f.seg].toks[f.from]) {
			found, ok = speaker{name: a.people.canon(f.name), span: pron.Span, kind: kindPronoun, pron: g}, true
			foundM = f
			return true
		}
		for pass := 0; pass < 2; pass++ {
			for j := len(group) - 1; j >= 0; j-- {
				if pass == 0 && (g != 'm' && g != 'f' || a.lang != "en" || sexOf(group[j]) != g) {
					continue
				}
				if fits(group[j]) && !(a.ofComplement(group[j]) && otherFits(group, j, fits)) {
					// (Not the person a noun for another is "of" when that
					// other is named too: "De moeder van Jesse, Marga …,
					// las … Ze keek" is hers.)
					found, ok = speaker{name: a.people.canon(group[j].name), span: pron.Span, kind: kindPronoun, pron: g}, true
					foundM = group[j]
					return true
				}
			}
		}
		return false
	}
	// English "they" stands for a body as often as for persons: "Dick
	// Clark Productions denies it. “…,” they said."
	bodies := g == 'x' && a.lang == "en" && pron.lower == "they"
	a.people.before(pron.Start, func(m mention) bool {
		if !a.people.isPerson(m) && !(bodies && a.bodyMention(m)) {
			return true
		}
		if m.seg == si && m.sid == int(pron.sid) && !a.clauseBetween(si, m.to, ti) {
			// A subject pronoun does not stand for a name in its own
			// clause: "Samen met zijn advocaat Hans Rieder liet hij
			// weten" is not Rieder's.
			return true
		}
		if m.seg == si && m.sid == int(pron.sid) && a.setOffRelative(si, m.from, m.to, ti) {
			// Nor for a name inside a relative clause set off by commas
			// before it: "Asked whether he could hold the lead in the
			// time trial, where Van der Berg was favourite, he shrugged"
			// is someone named before.
			return true
		}
		if m.seg == si && m.sid == int(pron.sid) && a.parentheticalAfter(si, m, ti) {
			// Nor for the subject of the clause a parenthetical report
			// interrupts: "Professor Lindqvist, she added, had been …"
			// is someone else's words about Lindqvist.
			return true
		}
		if a.askedClause(m) {
			// Nor for a name in a question put to the subject, in the
			// pronoun's sentence or one before: "Asked whether the party
			// would back Mokoena, he said" is not hers.
			return true
		}
		if m.seg == si && m.sid == int(pron.sid) && m.to > 0 && possessive(a.segs[si].toks[m.to-1]) {
			// Nor for a possessor before it in its sentence: "Asked
			// about Van der Merwe's claims, he said" is someone else.
			return true
		}
		if m.seg == si && m.sid == int(pron.sid) && (g == 'm' || g == 'f') && a.kinOfPossessive(m, g) {
			// Nor for a relative named through a possessive of its sex:
			// "Standing with her husband Tom and daughter Amy, 12, she
			// said" is the one "her" stands for, as "she" is.
			return true
		}
		if len(group) > 0 && group[0].sid != m.sid {
			if try() {
				return false
			}
			group = group[:0]
		}
		group = append(group, m)
		return true
	})
	if !ok {
		try()
	}
	if in, yes := a.lastIntro(pron.Start, g); yes && (!ok || in.subject && a.introNearer(in, foundM)) && !a.otherSubjectSince(in, si, ti) {
		// Someone the article introduced by a description, with no
		// person named since ("een vrouw die verderop woont … zegt
		// ze"), or named before the description opened its sentence:
		// "Tom Hale left. A neighbour who saw the fire called the
		// police. … he said" is the neighbour.
		found, ok = in.sp, true
		found.span, found.kind, found.pron = pron.Span, kindDesc, g
	}
	if !ok && g != 'x' {
		// Nobody named or described before: the person the article is
		// about, perhaps named only in the headline by a name no list
		// knows ("Gustaph reageert …" … "zegt hij").
		if top := a.salientPersons(); len(top) > 0 {
			if pg := a.personGender(top[0].name); pg == 0 || pg == g {
				found, ok = speaker{name: top[0].name, span: pron.Span, kind: kindPronoun, pron: g}, true
			}
		}
	}
	return found, ok
}

// kinOfPossessive reports whether mention m is named as a relative of
// the owner of a possessive pronoun of sex g before it in its sentence,
// perhaps after other relatives, in a phrase that does not open the
// sentence: "with her husband Tom Ames, 44, and daughter Amy".
func (a *article) kinOfPossessive(m mention, g byte) bool {
	toks := a.segs[m.seg].toks
	kin := false
	for k := m.from - 1; k >= 0 && k >= m.from-24 && int(toks[k].sid) == m.sid; k-- {
		t := toks[k]
		if pg, ok := possessives[t.lower]; ok {
			// (Not a subject: "Her daughter, Amy, said her mother …
			// because she" may be Amy.)
			return kin && pg == g && !t.sent
		}
		switch {
		case lex().kin[t.lower] != 0:
			kin = true
		case t.text == "," || isConj(t.lower) || isNumber(t.lower):
		default:
			n, ok := a.people.mentionAt(m.seg, k)
			if !ok || !a.people.isPerson(n) {
				return false
			}
			k = n.from // the loop steps before it
		}
	}
	return false
}

// introSubjectBefore finds the sentence before the pronoun at token ti of
// segment si opened, perhaps after a fronted clause that names no one,
// by a definite description of a person whose noun refers back to one
// the article introduced, of sex g or none known: "A local businessman,
// who …, said … / Asked whether anything had changed, the businessman
// shrugged. “…,” he said" is the businessman's, whoever was introduced
// since.
func (a *article) introSubjectBefore(si, ti int, g byte) (introDesc, bool) {
	var found introDesc
	ok := false
	a.sentencesBack(si, ti, 1, func(sj, start, end int) bool {
		toks := a.segs[sj].toks
		s := start
		if lex().determiners.at(toks[s].lower) != definite {
			for c := s + 1; c < end && c < s+16; c++ {
				if toks[c].text == "," {
					if a.frontedBefore(sj, c) {
						s = c + 1
					}
					break
				}
			}
		}
		head := a.definitePerson(toks, s, end)
		if head < 0 || head+1 >= end {
			return true
		}
		if ng := a.nounGender(toks[head].lower); ng != 0 && ng != g {
			return true
		}
		in, yes := a.introFor(toks[head].lower, toks[s].Start)
		if !yes || in.sp.pron != 0 && in.sp.pron != g || a.personNamedSince(in, Span{Start: toks[s].Start, End: toks[head].End}) || a.personNear(sj, s, g) {
			return true
		}
		found, ok = in, true
		return true
	})
	return found, ok
}

// personNear reports whether one of the three sentences before token ti
// of segment si names a person whose sex is g or not known: the
// description at ti most often refers to that one ("Outside the court,
// Whyte said … / The 72-year-old said"), not to someone introduced
// further back.
func (a *article) personNear(si, ti int, g byte) bool {
	near := false
	a.sentencesBack(si, ti, 3, func(sj, start, end int) bool {
		for k := start; k < end && !near; k++ {
			if m, ok := a.people.mentionAt(sj, k); ok && m.from == k && a.people.isPerson(m) && a.segs[sj].toks[k].quote == 0 {
				pg := a.personGender(a.people.canon(m.name))
				near = pg == 0 || pg == g
			}
		}
		return near
	})
	return near
}

// frontedPhraseEnd returns the index after the comma of a short phrase
// that opens the sentence at toks[start], a participle's, a
// preposition's or an adverb's, before a definite determiner:
// "Interviewed under caution, the 46-year-old told …", "Under
// cross-examination by X, defending, the sergeant agreed …". Else start.
func frontedPhraseEnd(toks []tok, start, end int) int {
	f := toks[start]
	if f.quote != 0 || f.punct || !strings.HasSuffix(f.lower, "ed") && !strings.HasSuffix(f.lower, "ing") && !placePrep.has(f.lower) && !objectPreps.has(f.lower) && !functionWords.has(f.lower) {
		return start
	}
	for c := start + 1; c+1 < end && c <= start+8; c++ {
		if t := toks[c]; t.text == "," {
			if c+3 < end && !toks[c+1].cap && !toks[c+1].punct && toks[c+2].text == "," {
				c += 2 // a word set off after the phrase: "Under cross-examination by X, defending, the sergeant …"
			}
			if lex().determiners.at(toks[c+1].lower) == definite && !relative.has(toks[c+1].lower) {
				return c + 1 // (not a relative clause's pronoun: "Ook Vinsha, die als aanvoerder …")
			}
			return start
		} else if t.punct || t.quote != 0 || t.mark {
			return start
		}
	}
	return start
}

// descSubjectBefore finds the sentence before the pronoun at token ti of
// segment si (or the one before it, where that names no one) opened by a
// definite description of a person of sex g or of none known ("De
// 24-jarige renner uit Zottegem liet … Mikkel Sørensen staan. '…', zei
// hij"), with no person named since that
// sentence: the description is the subject the pronoun goes on with, and
// stands for the name it gives as a title or an apposition ("De Poolse
// bondscoach Andrzej X"), else for the person named last before it whose
// sex fits, not for a person its own sentence names later.
func (a *article) descSubjectBefore(si, ti int, g byte) (speaker, bool) {
	var sp speaker
	found := false
	a.sentencesBack(si, ti, 2, func(sj, start, end int) bool {
		toks := a.segs[sj].toks
		if f := frontedPhraseEnd(toks, start, end); f+1 < end && lex().determiners.at(toks[f].lower) == definite {
			// "Interviewed under caution, the 46-year-old told …": the
			// person the article gave that age, named or not here.
			if age := descAge(toks[f+1].text); age != "" {
				// (A full name: "een 34-jarige Assenaar" gives his age
				// to no one.)
				if name := a.agedPerson(age); strings.Contains(name, " ") {
					if pg := a.personGender(name); pg == 0 || pg == g {
						sp, found = speaker{name: name, kind: kindPronoun, pron: g}, true
						return true
					}
				}
			}
		}
		if !a.namesAnyone(sj, start, end) {
			// A sentence that names no one lets the one before it
			// count: "De 26-jarige Leidenaar versloeg … X. Het is voor
			// het eerst dat … '…', zei hij". (Where the description's
			// own sentence names no one, the walk over names finds whom
			// it stands for.)
			return false
		}
		start = frontedPhraseEnd(toks, start, end)
		if start+1 >= end || toks[start].quote != 0 || lex().determiners.at(toks[start].lower) != definite {
			return true
		}
		head := -1
		for h := start + 1; h < end && h <= start+3; h++ {
			t := toks[h]
			if t.cap && !t.punct && (demonym(t.text, t.lower) || a.inhabitant(toks, h)) && !(h+1 < end && toks[h+1].cap && !toks[h+1].punct) {
				head = h // "De 26-jarige Leidenaar" (not "The Liberal Democrats' spokeswoman", a name's word)
				break
			}
			if t.punct || t.cap || t.quote != 0 || t.mark {
				break
			}
			if possessive(t) {
				return true // someone's kin: "The 34-year-old's sister"
			}
			if a.personNoun(t.lower) {
				if ng := a.nounGender(t.lower); ng != 0 && ng != g {
					return true
				}
				head = h
			}
		}
		if head < 0 {
			return true
		}
		if _, ok := a.introAt(sj, start); ok {
			return true // a description that introduces someone unnamed
		}
		// A person named since the sentence ended: the walk over names
		// decides.
		named := false
		a.people.before(a.segs[si].toks[ti].Start, func(m mention) bool {
			if m.span.Start < toks[end-1].End {
				return false
			}
			named = named || a.people.isPerson(m)
			return !named
		})
		if named {
			return true
		}
		// The name the description gives is the subject itself: set
		// beside it ("De advocaat van S., mr. Annelies X, vroeg"), or
		// after it as a title ("De Poolse bondscoach Andrzej X", "De
		// 22-jarige Okafor").
		n := head + 1
		for n < end && n <= head+2 && !toks[n].cap && !toks[n].punct && (isRole(toks[n].lower) || a.personNoun(toks[n].lower)) {
			n++
		}
		m, given := a.appositionAfter(Span{Start: toks[start].Start, End: toks[head].End})
		if !given {
			m, given = a.people.mentionAt(sj, n)
			given = given && m.from == n && a.people.isPerson(m)
		}
		if !given {
			// Set off after a clause on the noun: "The minister she was
			// referring to, Simon X, was not present".
			for c := head + 1; c < end && c <= head+12; c++ {
				if toks[c].text == "," {
					k := c + 1
					for k+1 < end && (honorifics.has(toks[k].lower) || isTitle(toks[k].text)) {
						k++ // "…, Dr. Ibrahim X,"
					}
					m, given = a.people.mentionAt(sj, k)
					given = given && m.from == k && m.to < end && toks[m.to].text == "," && a.people.isPerson(m)
					break
				}
				if toks[c].punct && !pluralPossessive(toks, c) { // (not "the doctors' union")
					break
				}
			}
		}
		if given {
			if name := a.people.canon(m.name); a.personGender(name) == 0 || a.personGender(name) == g {
				sp, found = speaker{name: name, kind: kindPronoun, pron: g}, true
			}
			return true
		}
		if head+1 < end && toks[head+1].text == "," {
			if head+2 >= end || !relative.has(toks[head+2].lower) {
				return true // one a name in apposition names, further on
			}
			if m, ok := a.namedAs(sj, head); ok {
				if name := a.people.canon(m.name); a.personGender(name) == 0 || a.personGender(name) == g {
					sp, found = speaker{name: name, kind: kindPronoun, pron: g}, true
				}
				return true // "The trader, who gave his name only as Musa,"
			}
			// Whom a relative clause on the description names is not
			// the subject: "The 36-year-old, who played Ryan Doyle in
			// the soap, told …" is the one named before.
		}
		for _, name := range a.tied(Span{Start: toks[start].Start, End: toks[head].End}, toks[start].Start) {
			// The person the article gave the noun: "Okafor-Eze was
			// testifying as the second prosecution witness. … The
			// witness said … she said".
			if pg := a.personGender(name); pg == 0 || pg == g {
				sp, found = speaker{name: name, kind: kindPronoun, pron: g}, true
				return true
			}
		}
		a.people.before(toks[start].Start, func(m mention) bool {
			if !a.people.isPerson(m) {
				return true
			}
			name := a.people.canon(m.name)
			if pg := a.personGender(name); pg != 0 && pg != g {
				return true
			}
			sp, found = speaker{name: name, kind: kindPronoun, pron: g}, true
			return false
		})
		return true
	})
	return sp, found
}

// roleSubjectBefore finds a sentence, the pronoun's own before it or the
// one before that, opened by a definite role noun the article ties to a
// person of the pronoun's sex, with no person named since: "The governor
// said … . "…," she said" is the governor named before.
func (a *article) roleSubjectBefore(si, ti int, g byte) (speaker, bool) {
	pron := a.segs[si].toks[ti]
	toks := a.segs[si].toks
	start := a.sentenceStart(si, ti)
	for n := 0; n < 2; n++ {
		if start+2 < len(toks) && start < ti && lex().determiners.at(toks[start].lower) == definite && !toks[start+1].cap && !toks[start+1].punct &&
			isRole(toks[start+1].lower) && !toks[start+2].cap {
			role := Span{Start: toks[start].Start, End: toks[start+1].End}
			named := false // a person named between the role and the pronoun: the walk over names decides
			a.people.before(pron.Start, func(m mention) bool {
				if m.span.Start < role.Start {
					return false
				}
				named = named || a.people.isPerson(m)
				return !named
			})
			if named {
				return speaker{}, false
			}
			fits := func(name string) bool {
				var kb [48]byte
				mg := a.people.gender[string(appendSurnameKey(kb[:0], name))]
				return mg == g || mg == 0
			}
			for _, name := range a.tied(role, role.Start) {
				if fits(name) {
					return speaker{name: name, kind: kindPronoun, pron: g}, true
				}
			}
			// A role written as a title: "Governor Thandiwe Mabaso".
			found := ""
			r := roleOf(toks[start+1].lower)
			a.people.before(role.Start, func(m mention) bool {
				if m.role == r && a.people.isPerson(m) && fits(a.people.canon(m.name)) {
					found = a.people.canon(m.name)
					return false
				}
				return true
			})
			if found != "" {
				return speaker{name: found, kind: kindPronoun, pron: g}, true
			}
			return speaker{}, false
		}
		// The sentence before, in this block or the one before.
		if start > 0 {
			start = a.sentenceStart(si, start-1)
			continue
		}
		if si == 0 || len(a.segs[si-1].toks) == 0 {
			break
		}
		si--
		toks = a.segs[si].toks
		start, ti = a.sentenceStart(si, len(toks)-1), len(toks)
	}
	return speaker{}, false
}

// describedBefore finds, in the sentence of token ti of segment si and
// before it, outside quotations, a description that introduces someone
// by a noun of sex g: indefinite ("een vrouw"), or with a relative clause
// ("de jongeman die net heeft gebeld"); none when a person is named
// there. The description is the last one before ti.
func (a *article) describedBefore(si, ti int, g byte) (speaker, bool) {
	toks := a.segs[si].toks
	start := a.sentenceStart(si, ti)
	var found speaker
	ok := false
	for i := start; i < ti; i++ {
		t := toks[i]
		if t.quote != 0 || t.mark {
			continue
		}
		if m, in := a.people.mentionAt(si, i); in && a.people.isPerson(m) {
			return speaker{}, false // a person named: the walk over names decides
		}
		if !isDeterminer(t.lower) {
			continue
		}
		for h := i + 1; h < ti && h <= i+3; h++ {
			w := toks[h]
			if w.punct || w.cap || w.quote != 0 || w.mark {
				break
			}
			if a.personNoun(w.lower) && a.nounGender(w.lower) == g {
				end := min(a.relativeEnd(si, h), ti-1)
				if end == h && lex().determiners.at(t.lower) != indefinite {
					break // "de man" alone most often stands for someone named before
				}
				span := Span{Start: t.Start, End: toks[end].End}
				if in, yes := a.introAt(si, i); yes && in.sp.span.End <= toks[ti].Start {
					span = in.sp.span // the introduction's extent, as findIntros read it
				}
				found, ok = speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindDesc, pron: g}, true
				break
			}
		}
	}
	return found, ok
}

// pronounBefore finds, in block si up to token ti and the block before,
// the nearest pronoun of sex g outside quotations that follows the
// nearest person named before it that fits accepts; failing that, the
// pronoun of sex g that opens that person's sentence as the subject of
// the verb the person follows.
func (a *article) pronounBefore(si, ti int, g byte, fits func(mention) bool) (int, int, bool) {
	pron := a.segs[si].toks[ti]
	after := -1 // where that person's name ends
	var person mention
	a.people.before(pron.Start, func(m mention) bool {
		if a.people.isPerson(m) && fits(m) {
			after, person = m.span.End, m
			return false
		}
		return true
	})
	if after < 0 {
		return 0, 0, false
	}
	for sj := si; sj >= 0 && sj >= si-1; sj-- {
		toks := a.segs[sj].toks
		k := len(toks) - 1
		if sj == si {
			k = ti - 1
		}
		for ; k >= 0 && toks[k].Start >= after; k-- {
			if toks[k].quote == 0 && !toks[k].mark && lex().pronouns.at(toks[k].lower) == g {
				return sj, k, true
			}
		}
		if k >= 0 {
			break // reached the person
		}
	}
	// That person's own sentence opens with a pronoun of the same sex as
	// its subject, so that person is someone else: "She told Judge X
	// that … . “…,” she said" is not the judge's.
	toks := a.segs[person.seg].toks
	if st := a.sentenceStart(person.seg, person.from); st < person.from && toks[st].quote == 0 && !toks[st].mark &&
		(lex().pronouns.at(toks[st].lower) == g || lex().singularPronouns[toks[st].lower] == g) && a.sharedSubject(person.seg, st+2, person.from) {
		// (After the pronoun's own verb; a Dutch "ze" of either number
		// too: "Ze bezocht de plek en sprak met passagiers, onder wie X.
		// „…”, zei ze.")
		return person.seg, st, true
	}
	return 0, 0, false
}

// introReach bounds, in bytes, how far back a pronoun finds a person the
// article introduced by a description.
const introReach = 1500

// quotedBefore returns the speaker of the last kept quotation of
// sentence sid, a person of sex g (or of none known), when that sentence
// names no person.
func (a *article) quotedBefore(sid int, g byte) (speaker, bool) {
	if sid < 0 || len(a.kept) < len(a.raws) {
		return speaker{}, false // not while attributing: no quotation is kept yet
	}
	named := false
	a.people.around(sid, func(m mention) {
		named = named || m.sid == sid && a.people.isPerson(m)
	})
	if named {
		return speaker{}, false
	}
	from, to := a.rawsInSentence(sid)
	for qi := to - 1; qi >= from; qi-- {
		sp := a.spk[qi]
		if !a.kept[qi] || sp.name == "" || !a.nameInfo(sp.name).person {
			continue
		}
		if pg := a.personGender(sp.name); (g == 'm' || g == 'f') && pg != 0 && pg != g {
			return speaker{}, false // "zei ze" after his quotation
		}
		return speaker{name: sp.name, kind: kindPronoun, pron: g}, true
	}
	return speaker{}, false
}

// sentenceBefore returns the number of the sentence before the one that
// holds token ti of segment si (in the block before for its first), or -1.
func (a *article) sentenceBefore(si, ti int) int {
	if start := a.sentenceStart(si, ti); start > 0 {
		return int(a.segs[si].toks[start-1].sid)
	}
	for si--; si >= 0; si-- {
		if toks := a.segs[si].toks; len(toks) > 0 {
			return int(toks[len(toks)-1].sid)
		}
	}
	return -1
}

// personBefore reports whether a person is named in the sentence of
// token ti of segment si, before it.
func (a *article) personBefore(si, ti int) bool {
	for k := a.sentenceStart(si, ti); k < ti; k++ {
		if m, ok := a.people.mentionAt(si, k); ok && a.people.isPerson(m) {
			return true
		}
	}
	return false
}

// introSince reports whether a description of someone of sex g (or of
// none known) opens in sentence sid or later, before off: the pronoun
// after it is that one's ("A neighbour who lives next door said …").
func (a *article) introSince(off int, g byte, sid int) bool {
	in, ok := a.lastIntro(off, g)
	return ok && int(in.sid) >= sid
}

// shortOfPhrase returns the last token of a short phrase after toks[end]
// that a description's noun takes before a comma: "of", "van" and up to
// two lower-case words ("a mother of four,"), or end.
func shortOfPhrase(toks []tok, end int) int {
	if end+3 >= len(toks) || toks[end+1].lower != "of" && toks[end+1].lower != "van" {
		return end
	}
	for e := end + 2; e < len(toks) && e <= end+3; e++ {
		t := toks[e]
		if t.cap || t.punct || t.quote != 0 || t.mark || lex().cues.at(t.lower) != nil {
			return end
		}
		if e+1 < len(toks) && toks[e+1].text == "," {
			return e
		}
	}
	return end
}
