package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/dates"
	"github.com/newsdoc/newsdoc/internal/text"
)

// mention is a name in the text outside quotations.
type mention struct {
	seg, from, to int // token range [from, to) in the segment
	sid           int // sentence number
	span          Span
	name          string // as written, possessive 's dropped
	key           string // lower-case surname: groups mentions of one person
	role          string // a role word right before it: "minister"
	strong        bool   // surely a person (given name, role, or speaker)
	given         bool   // a given name alone
	outlet        bool   // a news outlet or agency: "the BBC"
	place         bool   // after a preposition of place: "in Saudi Arabia"
	org           bool   // an organisation named with a preposition: "Court of Justice"
	embedded      bool   // inside a relative clause set off after another name: "Priya Hale, whose son Arlo …"
	gender        byte   // from the given name: m, f or 0
	titled        bool   // gender comes from a title before it: "Mr Vakata"
	named         bool   // gender comes from its first word as a given name
	// whether it names a person (1) or not (2), fixed once findPeople
	// has grouped the names; 0 before
	person uint8
}

type people struct {
	at        [][]int32         // per segment, per token: index+1 of the mention there
	byGiven   map[string]string // given name → the one full name with it ("" when several)
	mentions  []mention
	canonical map[string]string // key → fullest name
	gender    map[string]byte   // key → gender
	strong    map[string]bool   // key → known to be a person
	weak      map[string]bool   // key → the fullest name looks like a person's
	// ties holds the nouns the article sets beside persons
	// ("bondscoach Ronald Koeman", "Koeman, de bondscoach", "the
	// 56-year-old Mourinho"), each with the person's fullest name, in
	// order of tie.
	ties []keyedTie

	canonMemo map[string]string // name → canon(name)
	// initials → the one name, not a person's, with those initials ("" for
	// several), built on the first acronym looked up
	acronyms   map[string]string
	acronymsOK bool
	bracketed  [][2]string // an acronym in brackets and the words before it that it abbreviates: "CBG", "College ter Beoordeling van Geneesmiddelen"
	// a middle name → the one person's full name with it ("Apio" of
	// "Grace Apio Ogwang"; "" for several), built on first use
	middles   map[string]string
	middlesOK bool
	atBuf     []int32           // at's storage
	full      map[string]bool   // surnames of full names, surely persons' (splitAtSurnames; teams reads it too)
	doubles   [][2]string       // a surname alone and the double surname's key it stands for
	nickBuf   [][2]string       // nicknames' storage: a nickname and its person's key
	married   [][2]string       // a given name and surname, and the name with the double surname that opens with it: "Ria Hazenberg", "Ria Hazenberg-van Dam"
	team      map[string]bool   // keys of names the article writes as a plural group: "the Flames"
	scratch   map[string]string // word → key, for doubleSurnames and orgShortForms, kept for its storage
	keySet    map[string]bool   // teams' set of keys, kept for its storage
	tieIdx    []keyedTie        // ties by noun, then in the order of the text; built by tiesOf
	tieIdxOK  bool              // tieIdx is built for this article
	forms     []usualForm       // findPeople's names of three words or more, kept for their storage
	formAt    map[string]int    // key → index in forms
	// shared holds the keys of two people's full names ("Esmie
	// Auguste", her grandson "Shem Auguste"): the key's sex is not
	// both's. Rare, so a slice.
	shared []string
	lone   []int // findPeople's one-word mentions sexed only as given names, kept for their storage
	nwords []int // findPeople's word count of each mention's name, kept for its storage
}

// reset empties p for the next article, keeping its storage: an article
// is pooled with its people.
func (p *people) reset() {
	clear(p.byGiven)
	clear(p.canonical)
	clear(p.gender)
	clear(p.strong)
	clear(p.weak)
	clear(p.canonMemo)
	clear(p.acronyms)
	clear(p.middles)
	clear(p.full)
	clear(p.team)
	clear(p.formAt)
	*p = people{
		at: p.at[:0], atBuf: p.atBuf[:0], mentions: p.mentions[:0],
		byGiven: p.byGiven, canonical: p.canonical, gender: p.gender, strong: p.strong,
		weak: p.weak, ties: p.ties[:0], canonMemo: p.canonMemo, full: p.full, doubles: p.doubles[:0], married: p.married[:0], team: p.team,
		scratch: p.scratch, keySet: p.keySet, tieIdx: p.tieIdx[:0], acronyms: p.acronyms, middles: p.middles,
		forms: p.forms[:0], formAt: p.formAt, bracketed: p.bracketed[:0], shared: p.shared[:0], lone: p.lone[:0], nwords: p.nwords[:0],
	}
	if p.canonical == nil {
		p.byGiven, p.canonical, p.gender = map[string]string{}, map[string]string{}, map[string]byte{}
		p.strong, p.weak = map[string]bool{}, map[string]bool{}
		p.canonMemo, p.full = map[string]string{}, map[string]bool{}
	}
}

// tie is a person set beside a noun, and where.
type tie struct {
	name string
	at   int // offset of the mention
}

// keyedTie is a tie and its noun. An article has a few dozen: a list
// searched in full costs less than a map of slices built anew each time.
type keyedTie struct {
	noun string
	tie
}

func (a *article) isNameTok(t tok) bool {
	if t.name != 0 {
		return t.name == nameYes // worked out once, by markNames
	}
	return a.nameTok(t)
}

// cueSurname reports whether toks[i] is a surname written like a
// reporting verb: capitalised inside a sentence of running text, right
// after a given name or a title ("Ms Fatuma Said, who …", "said Ms
// Said"), or after a given name's particles ("Erwin van der Stelt").
// Headlines capitalise every word, so they are not read so.
func cueSurname(toks []tok, i int) bool {
	t := toks[i]
	if i == 0 || t.sent || !t.cap || t.punct || t.quote != 0 || lex().cues.at(t.lower) == nil || isAllCaps(t.text) {
		return false
	}
	p := toks[i-1]
	if !p.cap && isParticle(toks, i-1) {
		// After a name's particles: "Erwin van der Stelt".
		k := i - 1
		for k > 0 && !toks[k].cap && isParticle(toks, k) {
			k--
		}
		return k < i-1 && toks[k].cap && !toks[k].punct && isGiven(toks[k].text)
	}
	return !p.punct && p.cap && (isGiven(p.text) || titleTok(p) || i >= 2 && titleTok(toks[i-2]))
}

// markNames works out once per token whether it may be part of a name:
// name runs are read again and again.
func (a *article) markNames() {
	var seen []string // surnames like "Wouterse" seen after a given name or a particle: rare, so a slice
	for si := range a.segs {
		toks := a.segs[si].toks
		for i := range toks {
			if t := &toks[i]; t.sent && t.cap && !t.punct {
				t.ord = ordNo
				if a.ordinary(t.lower) {
					t.ord = ordYes
				}
			}
			toks[i].name = nameNo
			if !toks[i].cap {
				// Every test after nameTok's needs a capital, and nameTok
				// takes a lower-case word only when glued to a particle.
				if gluedName(toks[i].text) && a.nameTok(toks[i]) {
					toks[i].name = nameYes
				}
				continue
			}
			switch {
			case a.nameTok(toks[i]):
				toks[i].name = nameYes
			case surnameAfterParticle(toks, i):
				toks[i].name = nameYes
				if placeAdjective(toks[i].lower) || isRole(toks[i].lower) {
					seen = append(seen, toks[i].text) // "Hilde Van Nieuwenhuyse", then "Van Nieuwenhuyse:"; "Jelle De Meester", then "De Meester:"
				}
			case a.seGiven(toks, i):
				toks[i].name = nameYes
			case a.seSurname(toks, i):
				toks[i].name = nameYes
				seen = append(seen, toks[i].text) // repeats are harmless: a set is made of them below
			case a.segs[si].Kind != Headline && a.segs[si].Kind != Subheading && cueSurname(toks, i):
				toks[i].name = nameYes
			case bodyBeforeJoin(toks, i):
				toks[i].name = nameYes
			case toks[i].sent && a.bodyBeforePlace(toks, i): // (most words open no sentence: no call)
				toks[i].name = nameYes
			case toks[i].sent && agedName(toks, i): // (most words open no sentence: no call)
				toks[i].name = nameYes
			}
		}
	}
	// A surname in the form of an adjective of place that follows a given
	// name somewhere is a name wherever it stands: "Volgens Wouterse".
	// One pass over the tokens, however many such surnames.
	if len(seen) == 0 {
		return
	}
	set := make(map[string]bool, len(seen))
	for _, w := range seen {
		set[w] = true
	}
	for si := range a.segs {
		for i, t := range a.segs[si].toks {
			if t.name == nameNo && t.cap && set[t.text] {
				a.segs[si].toks[i].name = nameYes
			}
		}
	}
}

// placeAdjective reports whether the lower-case word lw has the form of a
// Dutch adjective of place: "britse", "gentse", "vlaamse", "hollandsche".
func placeAdjective(lw string) bool {
	return len(lw) > 4 && (strings.HasSuffix(lw, "se") || strings.HasSuffix(lw, "sche"))
}

// seSurname reports whether toks[i] is a Dutch surname in the form of an
// adjective of place, after a given name and before no noun for a person
// or a body: "Annelies Wouterse, directeur", "Bram Vandenbussche was",
// not "de Britse premier".
func (a *article) seSurname(toks []tok, i int) bool {
	t := toks[i]
	if i == 0 || !t.cap || t.punct || !placeAdjective(t.lower) {
		return false
	}
	if prev := toks[i-1]; prev.name != nameYes || !a.isGiven(prev.text) {
		return false
	}
	if i+1 == len(toks) || toks[i+1].punct || toks[i+1].cap || toks[i+1].quote != 0 {
		return true
	}
	n := toks[i+1].lower
	// (A verb no word list has counts as well: "Luca Vandenbossche
	// overheerste".)
	return !a.personNoun(n) && !isRole(n) && !a.bodyWord(n)
}

// lowerFirst returns s with its first letter in lower case, when ASCII:
// a name's capitalised particle as the lists write it ("de Ruiter").
func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// seGiven reports whether toks[i], a word in the form of a Dutch
// adjective of place, is a given name: before a lower-case particle and a
// capitalised surname ("Sytse de Vries", "Anske van der Meer").
func (a *article) seGiven(toks []tok, i int) bool {
	t := toks[i]
	if a.lang == "en" || !t.cap || t.punct || i+2 >= len(toks) || !placeAdjective(t.lower) {
		return false
	}
	p, n := toks[i+1], toks[i+2]
	return !p.cap && isParticle(toks, i+1) && n.cap && !n.punct && n.quote == 0 && !isParticle(toks, i+2)
}

// agedName reports whether toks[i], a word that opens a sentence, is the
// given name of the name after it, which an age in apposition follows:
// "Gift Mahlangu, 43, who sells airtime," is a person, whatever else
// "Gift" is.
func agedName(toks []tok, i int) bool {
	if !toks[i].sent || !toks[i].cap || toks[i].punct || i+4 >= len(toks) || !toks[i+1].cap || toks[i+1].punct || toks[i+1].quote != 0 {
		return false
	}
	return toks[i+2].text == "," && isNumber(toks[i+3].text) && toks[i+4].text == "," && !functionWords.has(toks[i].lower) && !isDeterminer(toks[i].lower) &&
		!titleTok(toks[i]) // (a title before a surname: "Ms Ellison, 61,")
}

// surnameAfterParticle reports whether toks[i] is a capitalised role word
// or adjective of place that particles make a surname: after a name
// ("Ilse de Koning", "Jan de Bakker") or after a capitalised first
// particle ("Lieve Van den Bossche", "zegt Van den Bossche").
func surnameAfterParticle(toks []tok, i int) bool {
	t := toks[i]
	if i < 2 || !t.cap || t.sent || t.punct || !isRole(t.lower) && !placeAdjective(t.lower) {
		return false
	}
	k := i - 1
	for k > 0 && isParticle(toks, k) && !toks[k].punct {
		k--
	}
	if k == i-1 {
		return false // no particle
	}
	if first := toks[k+1]; first.cap && !first.sent && (k+1 < i-1 || toks[k].name == nameYes) {
		return true // not "De Nederlandse regering"
	}
	return !toks[i-1].cap && toks[k].name == nameYes
}

// tokOrdinary is a.ordinary(t.lower), from markNames' record when it made one.
func (a *article) tokOrdinary(t tok) bool {
	if t.ord != 0 {
		return t.ord == ordYes
	}
	return a.ordinary(t.lower)
}

// givenSyllables reports whether w has the shape of a romanised East
// Asian given name of two syllables: a capital and one or two lower-case
// ASCII letters, a hyphen, two to five lower-case ones ("Seo-yeon",
// "Dae-sung"). Compounds open with a longer word or an acronym
// ("Covid-wet", "EU-top").
func givenSyllables(w string) bool {
	first, second, ok := strings.Cut(w, "-")
	if !ok || len(first) < 2 || len(first) > 3 || len(second) < 2 || len(second) > 5 || first[0] < 'A' || first[0] > 'Z' {
		return false
	}
	for _, s := range []string{first[1:], second} {
		for i := 0; i < len(s); i++ {
			if s[i] < 'a' || s[i] > 'z' {
				return false
			}
		}
	}
	return true
}

func (a *article) nameTok(t tok) bool {
	if t.punct || !t.cap && !gluedName(t.text) || t.mark {
		return false
	}
	l := t.lower
	// A capitalised function word inside a sentence is a name ("Dan
	// Price"); at its start it is the sentence's first word.
	// A role's word, or a Dutch compound that ends in one ("Raadslid
	// Miraz", "Vlaams Parlementslid Nadia"); an ending alone after no
	// word makes no role: "Khalid" is no "-lid".
	if functionWords.has(l) && t.sent || lex().pronouns.at(l) != 0 || isRole(l) && (lex().roles.has(l) || strings.Contains(l, "-") || a.lang != "en" && (t.sent || a.roleCompound(l))) {
		return false
	}
	if _, isCue := lex().cues.get(l); isCue && (t.sent || !a.isGiven(t.text)) {
		return false // (but a given name inside a sentence: "coach Said Benali")
	}
	if isTitle(t.text) || honorifics.has(l) {
		return false // "Sen.", "Monsenor": a title before the name, not a part of it
	}
	if strings.HasSuffix(l, "'er") || strings.HasSuffix(l, "’er") {
		return false // "SP'er Rademaker": a party's member, a noun before the name
	}
	if dotlessTitle(t.text) {
		return false // "Cllr Helen Metcalfe", "Capt Hamisi Mwakitawa": the title without its full stop
	}
	if personSuffixed(l) {
		return false // "Twelve-year-old Ava", "Vijftienjarige Noor": an age before the name, as "56-year-old Mourinho"
	}
	// A capitalised word that the article also writes in lower case, or
	// that the language's word list has, is an ordinary word at a sentence
	// start ("Volgens", "Sometimes", "Kort"), unless it is a given name
	// ("Mark Rutte"): a surname that is also a word ("Kort") is taken for
	// the word there.
	if t.sent && (a.lowered[l] || a.tokOrdinary(t) && !a.isGiven(t.text) && !(isAllCaps(t.text) && len(t.text) > 1)) && !parties.has(t.text) {
		return false // (but an acronym: "LTO Nederland noemt"; nor a party: "Labour said")
	}
	for _, r := range t.text {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	// A compound of a noun for a person and what they have: "Mum-of-two
	// Kirsty", "Father-of-four".
	if strings.Contains(l, "-of-") {
		return false
	}
	// A compound noun: "PVV-leider", "Analytica-schandaal"; but a
	// syllable of two or three letters after the hyphen makes a given
	// name: "Man-kei", "Jae-in"; so do two syllables of a Korean given
	// name, the first of two or three letters ("Seo-yeon", "Ji-hoon").
	if i := strings.LastIndexByte(t.text, '-'); i >= 0 && i+1 < len(t.text) && !unicode.IsUpper(rune(t.text[i+1])) && len(t.text)-i-1 > 3 && !givenSyllables(t.text) {
		return false
	}
	// Dutch adjectives of place: "Britse", "Gentse", "Vlaamse"; not a
	// surname glued to its particle ("D'Haese").
	if a.lang != "en" && placeAdjective(l) && !strings.ContainsAny(t.text, "'’") {
		if _, given := a.givenName(t.text); !given {
			return false
		}
	}
	return true
}

// sexTitles maps a title to its bearer's sex, per language
// (lexicon/sextitles_*.txt).
var sexTitles = map[string]map[string]string{"en": wordPairs("sextitles_en.txt"), "nl": wordPairs("sextitles_nl.txt")}

// roleSuffix returns the longest role noun that ends the Dutch compound
// w after at least three letters, "kapitein" of "brandweerkapitein", or "".
func roleSuffix(w string) string {
	for i := 3; i+4 <= len(w); i++ {
		if w[i-1] != '-' && lex().roles.has(w[i:]) {
			return w[i:]
		}
	}
	return ""
}

// lastWordBefore returns the word that ends before offset off in src,
// across spaces: "kapitein" of "kapitein Stijn" for the offset of Stijn.
func lastWordBefore(src string, off int) string {
	e := off
	for e > 0 && src[e-1] == ' ' {
		e--
	}
	b := strings.LastIndexAny(src[:e], " \n\t") + 1
	return src[b:e]
}

// roleCompound reports whether the lower-case word w ends in a role of
// rolesuffixes.txt after a word of its own, perhaps with a linking s:
// "parlementslid", "clubvoorzitter"; not "khalid".
func (a *article) roleCompound(w string) bool {
	r := roleOf(w)
	if r == "" || r == w {
		return false
	}
	head := strings.TrimSuffix(w[:len(w)-len(r)], "s")
	return len(head) >= 3 && (a.ordinary(head) || a.ambiguous(head))
}

// afterNameNoun reports whether a noun for a name (pseudonym.txt) stands
// before toks[from], perhaps with words of namegiven.txt and titles
// between: "the nickname Vinsha", "his name only as Alhaji Musa".
func (a *article) afterNameNoun(toks []tok, from int) bool {
	k := from - 1
	for k > 0 && k >= from-5 && (nameGiven.has(toks[k].lower) || titleTok(toks[k])) {
		k--
	}
	return k >= 0 && pseudonym.has(toks[k].lower)
}

// patronymics open an Irish or Scottish surname (lexicon/patronymics.txt).
var patronymics = wordSet("patronymics.txt")

// onlyParticlesBefore reports whether every word of name but the last
// is a particle: "Van der Ploeg".
func onlyParticlesBefore(name string) bool {
	last := strings.LastIndexByte(name, ' ')
	if last < 0 {
		return false
	}
	for w := range strings.FieldsSeq(name[:last]) {
		if len(w) > maxParticle {
			return false
		}
		var b [16]byte // folded on the stack: no string made
		if f := text.AppendFold(b[:0], w); !lex().particles.has(string(f)) && !lex().leadParticles.has(string(f)) {
			return false
		}
	}
	return true
}

// particleEnd reports whether w ends in a hyphen and a particle, the
// first part of a double surname whose second opens with one:
// "Olthof-ter" of "Olthof-ter Haar".
func particleEnd(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && particleKind(lower(w[i+1:])) == partInside
}

// gluedName reports whether w is a surname written with its particle
// and an apostrophe: "d’Ancona", "l'Ecluse".
func gluedName(w string) bool {
	return len(w) >= 3 && gluedStart[w[0]] != nil && gluedAfter(w) // most words: none to try, inlined
}

// gluedAfter reports whether w opens with one of the glued particles that
// start with its first byte, and a capital follows it.
func gluedAfter(w string) bool {
	for _, p := range gluedStart[w[0]] {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// acronymWord reports whether toks[j], after an acronym, is an ordinary
// word that ends a body's name with it: "AZ Delta laat weten", "NOAA
// Fisheries, which"; not a given name ("AVROTROS Taco Zimmerman") nor a
// word before another name ("CDA Kamerlid Pieter …").
func (a *article) acronymWord(toks []tok, j int) bool {
	t := toks[j]
	if t.sent || !(a.ordinary(t.lower) || a.ambiguous(t.lower)) || a.isGiven(t.text) || isRole(t.lower) {
		return false
	}
	if j+1 == len(toks) || !a.isNameTok(toks[j+1]) {
		return true
	}
	// Or two, the second a word for a body: "SA Power Networks".
	n := toks[j+1]
	return lex().orgWords.has(n.lower) && !a.isGiven(n.text) && (j+2 == len(toks) || !a.isNameTok(toks[j+2]))
}

// gluedStart holds the glued particles by their first byte.
var gluedStart = func() (b [256][]string) {
	for _, p := range lex().gluedParticles {
		b[p[0]] = append(b[p[0]], p)
	}
	return b
}()

// personOpens reports whether a person's name opens at toks[k]: a given
// name before a particle or another name ("Ann de Wit", "Ann Smit"). A
// given name before anything else is a word of the name it stands in:
// "Care" in "Department of Health and Social Care spokesperson".
func (a *article) personOpens(toks []tok, k int) bool {
	if !a.isGiven(toks[k].text) || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return isParticle(toks, k+1) || n.cap && !n.punct && n.quote == 0 && !n.mark && a.isNameTok(n)
}

func isGiven(w string) bool {
	_, ok := givenName(w)
	return ok
}

func surnameKey(name string) string { return lower(surnameOf(name)) }

// appendSurnameKey appends surnameKey(name) to dst, for a look-up that
// converts no string: m[string(appendSurnameKey(buf[:0], name))].
func appendSurnameKey(dst []byte, name string) []byte {
	return text.AppendFold(dst, surnameOf(name))
}

// surnameOf returns the surname of name as written: its last word, or
// the one before a suffix ("Robert Downey Jr." is a Downey).
func surnameOf(name string) string {
	name = strings.TrimRight(name, " ")
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		if w := name[i+1:]; strings.HasSuffix(w, ".") && lex().titles.at(strings.TrimSuffix(w, ".")) || regnal.has(w) || legalForm(w) {
			name = name[:i] // "Robert Downey Jr." is a Downey, "Agbo III" an Agbo, "Kempenwind BV" a Kempenwind
		}
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// orgNoun reports whether t is a lower-case noun for an organisation
// ("group", "stichting"), or in Dutch a compound that ends in one
// ("actiegroep", "voetbalbond").
func (a *article) orgNoun(t tok) bool {
	if t.cap || t.punct || t.quote != 0 {
		return false
	}
	if lex().orgWords.has(t.lower) {
		return true
	}
	return a.lang != "en" && a.orgCompound(t.lower)
}

// bodyWord reports whether the folded word lw names a body: a word of
// orgwords.txt, or in Dutch a compound that ends in one ("eigenaarsbond").
func (a *article) bodyWord(lw string) bool {
	return lex().orgWords.has(stripPossessive(lw)) || a.lang != "en" && a.orgCompound(lw)
}

// orgCompound reports whether lw is a Dutch compound that ends in a noun
// for an organisation: "actiegroep", "brancheorganisatie".
func (a *article) orgCompound(lw string) bool { return endsInListed(lw, lex().orgWords, nil) }

// endsInListed reports whether lw is a compound whose last part, of four
// bytes or more after at least three, is in s, and in also where also is
// not nil: "actiegroep" ends in "groep".
func endsInListed(lw string, s, also *set) bool { return endsInPart(lw, s, also, 4) }

// endsInPart is endsInListed for a last part of at least part bytes.
func endsInPart(lw string, s, also *set, part int) bool {
	if len(lw) > maxCompound {
		return false // each look-up below hashes the rest of the word
	}
	for i := 3; i+part <= len(lw); i++ {
		if utf8.RuneStart(lw[i]) && s.has(lw[i:]) && (also == nil || also.has(lw[i:])) {
			return true
		}
	}
	return false
}

// bodyBeforeJoin reports whether toks[i] opens its sentence as a body's
// word before the preposition of its name: "Department of Health said",
// "Port of Antwerp-Bruges laat weten", where a sentence's first word that
// is an ordinary word is otherwise no name.
//
// So is a place's noun before the "of" of a body's name that ends in a
// body's word: "Bay of Plenty Regional Council said".
func bodyBeforeJoin(toks []tok, i int) bool {
	t := toks[i]
	return t.sent && t.cap && !t.punct && i+2 < len(toks) && (lex().orgWords.has(t.lower) && orgJoin.has(toks[i+1].lower) &&
		toks[i+2].cap && !toks[i+2].punct && toks[i+2].quote == 0 || placeOf.has(t.text) && joinedBody(toks, i+1))
}

// pluralNoun reports whether t is the English plural of an ordinary
// noun, by the word lists: "Petrochemicals", "Rangers"; or a noun in
// -ics: "Logistics".
func (a *article) pluralNoun(t tok) bool {
	l := t.lower
	if len(l) < 5 || l[len(l)-1] != 's' || l[len(l)-2] == 's' || !a.ordinary(l) {
		return false
	}
	return a.ordinary(l[:len(l)-1]) || strings.HasSuffix(l, "es") && a.ordinary(l[:len(l)-2]) || strings.HasSuffix(l, "ics")
}

// bodyBeforePlace reports whether toks[i], a sentence's first word, is a
// body's word before the place that ends the body's name: "Police
// Scotland said", "Waterschap Limburg zegt", where a sentence's first
// word that is an ordinary word is otherwise no name. Any noun is, where
// the place is the subject of a reporting verb or set off by a comma:
// "Transport Scotland, which owns the ferries, said", "Sport Vlaanderen
// liet weten" (not a function word: "Ook Limburg zegt").
func (a *article) bodyBeforePlace(toks []tok, i int) bool {
	t := toks[i]
	if !t.cap || t.punct || i+2 >= len(toks) || functionWords.has(t.lower) || isDeterminer(t.lower) || titleTok(t) {
		return false
	}
	n, after := toks[i+1], toks[i+2]
	if !n.cap || n.punct || n.quote != 0 || !a.isPlace(n.text) || after.cap && !after.punct {
		return false
	}
	return lex().orgWords.has(t.lower) || after.text == "," || !after.punct && lex().cues.at(after.lower) != nil
}

// orgVerbs holds the Dutch nouns for a body that are also a finite verb
// (lexicon/orgverbs_nl.txt).
var orgVerbs = wordSet("orgverbs_nl.txt")

// directions holds the directions before "of" and a place
// (lexicon/directions.txt).
var directions = wordSet("directions.txt")

// placeOf holds the nouns that open a place's name before "of"
// (lexicon/placeof_en.txt), as written.
var placeOf = wordSet("placeof_en.txt")

// joinedBody reports whether toks[j] is the "of" inside a place's body's
// name whose capitalised words after it, two to four, end in a body's
// word: "(Bay) of Plenty Regional Council", "(Isle) of Wight Council".
// (Only "of": a Dutch "van" more often ties a person to a body, "Priya
// Raghunathan van Zuidas Capital".)
func joinedBody(toks []tok, j int) bool {
	if j+2 >= len(toks) || toks[j].lower != "of" || toks[j].quote != 0 {
		return false
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].cap && !toks[k].punct && toks[k].quote == 0 && !isAllCaps(toks[k].text) {
		k++
	}
	return k > j+2 && lex().orgWords.has(toks[k-1].lower)
}

// Makes of vehicles (lexicon/makes.txt).
var vehicleMakes = wordSet("makes.txt")

// Words that alone name a part of a country (lexicon/regions.txt).
var regionWords = wordSet("regions.txt")

// fieldBodies are the Dutch nouns for a body that Dutch writes in lower
// case before the fields it serves (lexicon/fieldbodies_nl.txt):
// "het ministerie van Infrastructuur en Waterstaat".
var fieldBodies = wordSet("fieldbodies_nl.txt")

// fieldBodiesEN are the English nouns for a government body whose name
// lists its fields (lexicon/fieldbodies_en.txt).
var fieldBodiesEN = wordSet("fieldbodies_en.txt")

// The particles that join the two surnames of a Spanish or Portuguese
// name, as written (lexicon/romancejoins.txt).
var romanceJoins = wordSet("romancejoins.txt")

// competitions holds the nouns that end a competition's or a prize's
// name (lexicon/competitions.txt).
var competitions = wordSet("competitions.txt")

// competition returns the end of a run of two to six capitalised words
// from toks[i] whose last is a competition's noun ("Billie Jean King
// Cup"), or i; with compounds, also one whose last word is a compound
// that ends in one ("P.C. Hooftprijs"). A possessive ends the run before it: "China's".
func competition(toks []tok, i int, compounds bool) int {
	if t := toks[i]; !t.cap || t.punct || i > 0 && toks[i-1].cap && !toks[i-1].punct && !possessive(toks[i-1]) && toks[i-1].sid == t.sid {
		return i // not a run's first word: the run was read from its start
	}
	j := i
	for j < len(toks) && j-i < 6 && toks[j].cap && !toks[j].punct && toks[j].quote == 0 && !toks[j].mark && (j == i || toks[j].sid == toks[i].sid) {
		if possessive(toks[j]) {
			if j > i && competitions.has(stripPossessive(toks[j].lower)) {
				return j + 1 // "the Davis Cup's rules"
			}
			break
		}
		j++
	}
	if j-i >= 2 && (competitions.has(toks[j-1].lower) || compounds && endsInListed(toks[j-1].lower, competitions, nil)) {
		return j
	}
	return i
}

// Words that make the name after them an event's (lexicon/events.txt).
var eventWords = wordSet("events.txt")

// clubPrefixes holds the abbreviations before a sports club's name
// (lexicon/clubprefixes.txt).
var clubPrefixes = wordSet("clubprefixes.txt")

// Sports whose national bodies are named by the sport and the place
// (lexicon/sportbodies.txt).
var sportBodies = wordSet("sportbodies.txt")

// parentNouns maps a noun for a pair of parents to the nouns for the
// mother and the father (lexicon/parents.txt).
var parentNouns = func() map[string][2]string {
	m := map[string][2]string{}
	for _, e := range entries("parents.txt") {
		m[e[0]] = [2]string{e[1], e[2]}
	}
	return m
}()

// parentNoun returns the noun for a mother or a father that mention m,
// of a known sex, takes as one of a list of names set after a noun for
// parents ("her parents, Luc and Ann Hale", "de ouders van Lien, Luc
// Vermeulen en Christine Debaere"); or "".
func (a *article) parentNoun(toks []tok, m mention) string {
	if m.gender != 'm' && m.gender != 'f' {
		return ""
	}
	k := m.from - 1
	for k >= 0 && k >= m.from-12 {
		if t := toks[k]; t.text == "," || isConj(t.lower) && !affiliation.has(t.lower) || t.cap && !t.sent && t.quote == 0 && a.isNameTok(t) {
			k--
			continue
		}
		break
	}
	if k < 0 {
		return ""
	}
	if k > 0 && affiliation.has(toks[k].lower) {
		k-- // "de ouders van Lien, …"
	}
	pn, ok := parentNouns[toks[k].lower]
	if !ok {
		return ""
	}
	if m.gender == 'f' {
		return pn[0]
	}
	return pn[1]
}

// parties holds the parties named by an ordinary word (lexicon/parties.txt).
var parties = wordSet("parties.txt")

// sportBody returns the end of a body's name that opens at toks[i] with a
// capitalised sport before a place of one or two words: "Athletics
// Kenya", "Netball New Zealand", whose first word a sentence's start
// would otherwise take for an ordinary one. Else it returns i.
func (a *article) sportBody(toks []tok, i int) int {
	if i+1 >= len(toks) || !toks[i].cap || toks[i].quote != 0 || !sportBodies.has(toks[i].lower) {
		return i
	}
	for n := 2; n >= 1; n-- {
		if i+n < len(toks) && !slices.ContainsFunc(toks[i+1:i+1+n], func(t tok) bool { return !t.cap || t.punct || t.quote != 0 }) &&
			a.isPlaceName(a.src[toks[i+1].Start:toks[i+n].End]) {
			return i + 1 + n
		}
	}
	return i
}

// fieldCased reports whether t has the case of the noun that opens a body
// named by its field: English capitalises it, Dutch does not. It is
// fieldBody's first test, which findPeople also makes before the call.
func (a *article) fieldCased(t *tok) bool { return t.cap == (a.lang == "en") }

// fieldBody returns the end of a body's name that opens at toks[i] with
// a noun of fieldBodies, "van" or "voor", and its capitalised fields,
// joined by commas and "en": "ministerie van Volksgezondheid, Welzijn en
// Sport". In English the noun is capitalised, and fields after a comma
// count only when "and" ends the list: "Department of Agriculture, Food
// and the Marine", not "the Department of Health, Smith said". Else it
// returns i.
func (a *article) fieldBody(toks []tok, i int) int {
	en := a.lang == "en"
	if i+2 >= len(toks) || !a.fieldCased(&toks[i]) || !orgJoin.has(toks[i+1].lower) {
		return i
	}
	if en && !fieldBodiesEN.has(toks[i].lower) || !en && !fieldBodies.has(toks[i].lower) {
		return i
	}
	j := i + 2
	end, pending := i, false
	for n := 0; j < len(toks) && n < 10; n++ {
		t := toks[j]
		if !t.cap || t.punct || t.quote != 0 || t.mark || a.isGiven(t.text) && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct {
			break // "minister van Justitie Ann de Wit": a person's name ends it
		}
		j++
		if !en || !pending {
			end = j
		}
		if j+1 >= len(toks) {
			break
		}
		switch {
		case toks[j].cap && !toks[j].punct:
			// the field's next word: "Economische Zaken"
		case toks[j].text == "," && toks[j+1].cap && !toks[j+1].punct:
			j++
			pending = true
		case isOrgConj(toks[j].lower) && toks[j+1].cap && !toks[j+1].punct:
			j++
			pending = false
		case en && toks[j].lower == "and" && j+2 < len(toks) && toks[j+1].lower == "the" && toks[j+2].cap && !toks[j+2].punct:
			j += 2 // "Food and the Marine"
			pending = false
		default:
			return end
		}
	}
	return end
}

// inTitle reports whether the run toks[i:end] stands between two
// capitalised role words as ordinary words, inside a title: "Chief
// Financial Officer", "Chief Operating Officer".
func (a *article) inTitle(toks []tok, i, end int) bool {
	if end >= len(toks) || !toks[end].cap || !isRole(toks[end].lower) {
		return false
	}
	if i == 0 || !toks[i-1].cap || !isRole(toks[i-1].lower) {
		// One ordinary word before a capitalised role opens the title:
		// "said Senior Minister of State Koh Poh Leng", "Prime Minister".
		return end-i == 1 && !toks[i].sent && !a.isGiven(toks[i].text) && (a.ordinary(toks[i].lower) || a.ambiguous(toks[i].lower))
	}
	for _, t := range toks[i:end] {
		if !a.ordinary(t.lower) && !a.ambiguous(t.lower) {
			return false
		}
	}
	return true
}

// placeAfterParticles reports whether the particles toks[j:k] and the
// word toks[k] end in a place's name that opens with some of them ("in
// Den Haag", "naar De Bilt"), or in a body's word after "in": "in de
// Kamer".
func (a *article) placeAfterParticles(toks []tok, j, k int) bool {
	if toks[j].part == partLead && lex().orgWords.has(toks[k].lower) && (k+1 >= len(toks) || !a.isNameTok(toks[k+1])) {
		return true // "zei Vermaat in de Kamer": a body after "in", no surname
	}
	for m := j; m < k; m++ {
		if m > j && toks[j].part != partLead {
			break // "Maarten van 't Zand": a surname's particle before a place's name ('t Zand) makes a surname
		}
		if a.isPlaceName(a.src[toks[m].Start:toks[k].End]) {
			return true
		}
	}
	return false
}

// maxCompound bounds the words read as compounds: each split point
// hashes the rest of the word, so a "word" of thousands of bytes (binary
// junk) would take time with the square of its length. Real compounds
// are far shorter.
const maxCompound = 48

// nounCompound reports whether t, in Dutch, is a compound of two words
// of the word list the lists do not hold whole, the second a noun of
// five letters or more: "Zorgverzekeraar", "Netbeheerder",
// "Fietsfabrikant", a noun before a name, not a name. Given names and
// listed surnames are not.
func (a *article) nounCompound(t tok) bool {
	lw := t.lower
	if a.lang == "en" || len(lw) < 8 || len(lw) > maxCompound || a.isGiven(t.text) || generated().surnames.Has(t.text) {
		return false
	}
	for i := 3; i+5 <= len(lw); i++ {
		if !utf8.RuneStart(lw[i]) || !a.ordinary(lw[i:]) && !a.personNoun(lw[i:]) {
			continue
		}
		head := lw[:i]
		if a.ordinary(head) || a.ambiguous(head) || len(head) > 3 && head[len(head)-1] == 's' && a.ordinary(head[:len(head)-1]) {
			return true
		}
	}
	return false
}

// hyphenParticle reports whether a word ends in a hyphen and a name
// particle, the first part of a double surname: "Scholten-van" of
// "Scholten-van Dijk".
func hyphenParticle(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && lex().particles.hasLower(w[i+1:])
}

// tokKey is surnameKey of the name joinWords makes of ts, read from the
// tokens' folded forms instead of lower-casing a copy.
func tokKey(ts []tok) string {
	last := ts[len(ts)-1]
	if len(ts) > 1 && (nameSuffix(last) || legalForms.has(last.lower)) {
		return ts[len(ts)-2].lower // "Robert Downey Jr." is a Downey, "Agbo III" an Agbo, "Kempenwind BV" a Kempenwind
	}
	return stripPossessive(last.lower)
}

// nameSuffix reports whether t is a suffix that follows a person's name
// and belongs to it: "Jr.", "III".
func nameSuffix(t tok) bool {
	return strings.HasSuffix(t.text, ".") && lex().titles.at(strings.TrimSuffix(t.text, ".")) || regnal.has(t.text)
}

// joinWords returns the words of ts joined by single spaces, the last
// without a possessive: a slice of the article when it writes them so.
func (a *article) joinWords(ts []tok) string {
	last := stripPossessive(ts[len(ts)-1].text)
	single := true
	for k := 1; k < len(ts) && single; k++ {
		single = (ts[k].Start == ts[k-1].End+1 && a.src[ts[k-1].End] == ' ' || ts[k].Start == ts[k-1].End) && !ts[k].mark
	}
	if single {
		return a.src[ts[0].Start : ts[len(ts)-1].Start+len(last)]
	}
	words := make([]string, 0, len(ts))
	nick := false
	for _, t := range ts[:len(ts)-1] {
		if t.mark {
			nick = !nick // a nickname between marks: "Raymond “Ray” Delgado" is Raymond Delgado
			continue
		}
		if !nick {
			words = append(words, t.text)
		}
	}
	return strings.Join(append(words, last), " ")
}

// firmOpener reports whether toks[i] opens its sentence as the first
// word of a firm's name, though it is an ordinary word: capitalised words
// after it, up to four, end in a legal form ("Sunrise Textiles Limited
// will lay off …"). English only: Dutch sets a noun before a firm's name
// ("Ontwikkelaar Kempenwind BV"). Not a noun for a person or a body, nor
// a compound adjective ("Quorbel-based Vinsha Mills Ltd").
func (a *article) firmOpener(toks []tok, i int) bool {
	t := toks[i]
	if a.lang != "en" || !t.sent || !t.cap || t.punct {
		return false
	}
	// The legal form first, which most sentences lack: the word's
	// look-ups only then.
	k := i + 1
	for k < len(toks) && k <= i+4 && toks[k].cap && !toks[k].punct && toks[k].quote == 0 {
		k++
	}
	return k > i+1 && legalForms.has(toks[k-1].lower) &&
		!strings.Contains(t.text, "-") && !isRole(t.lower) && !a.personNoun(t.lower) && !a.bodyWord(t.lower)
}

// initialsBefore reports whether w, before a capitalised word of a name,
// is initials: dotted capitals, even those that also abbreviate
// something ("A.C.").
func initialsBefore(w string) bool {
	var b [16]byte
	_, ok := dottedLetters(b[:0], w)
	return ok
}

// nicknameIn returns the nickname between marks inside mention m's
// tokens ("Mia" of "Maria ‘Mia’ Goossens"), or "".
func (a *article) nicknameIn(m mention) string {
	toks := a.segs[m.seg].toks
	for j := m.from + 1; j < m.to-1; j++ {
		if k := nicknameEnd(toks, j); k > 0 && k < m.to {
			return a.src[toks[j+1].Start:toks[k-1].End]
		}
	}
	return ""
}

// nicknameEnd returns the index of the mark that closes a nickname
// opened by the mark toks[j]: up to four words, the first capitalised,
// the others capitalised or function words ("Ray", "Packie the Box").
// It returns 0 where there is none.
func nicknameEnd(toks []tok, j int) int {
	if !toks[j].mark || j+2 >= len(toks) || !toks[j+1].cap {
		return 0
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		switch {
		case t.mark:
			return k
		case t.punct || !t.cap && !functionWords.has(t.lower):
			return 0
		}
	}
	return 0
}

func stripPossessive(w string) string {
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// nameAt reads a name run starting at toks[i]: capitalised words, with
// particles inside ("Van den Broeck", "Giovanni van Bronckhorst") when a
// single surname follows them. It returns the end of the run, or i.
func (a *article) nameAt(toks []tok, i int) int {
	if t := &toks[i]; !t.cap && !a.isNameTok(*t) {
		// Most words: only a name's word opens a run, whatever follows,
		// and a lower-case one no capital test below passes (every
		// check that returns another end needs one of the two).
		return i
	}
	if t := toks[i]; t.sent && (a.tokOrdinary(t) || lex().kin[t.lower] != 0 && !isAllCaps(t.text)) && (i+1 >= len(toks) || !a.isNameTok(toks[i+1])) && !(isAllCaps(t.text) && len(t.text) > 1) &&
		!bodyBeforeJoin(toks, i) && !parties.has(t.text) {
		// "Kort samengevat": a word that is also a given name, alone at a
		// sentence start (not an acronym: "NS adviseert", nor a body's
		// word before its preposition: "Department of Health said"); so
		// is a noun for kin that a tabloid headline opens with ("Gran,
		// 81, in tears").
		return i
	}
	if t := toks[i]; t.sent && a.lang != "en" && i+1 < len(toks) && toks[i+1].cap && !lex().orgWords.has(t.lower) && (a.orgCompound(t.lower) || a.nounCompound(t)) && !a.isGiven(t.text) &&
		!(a.isPlace(toks[i+1].text) && (i+2 == len(toks) || !a.isNameTok(toks[i+2]))) {
		// "Brancheorganisatie KAVB", "Zorgverzekeraar Zilveren Kruis": the
		// noun before the body's name; but before a place alone the noun
		// is the name's: "Ouderplatform Vlaanderen".
		return i
	}
	if t := toks[i]; t.sent && i+1 < len(toks) && !toks[i+1].cap && !toks[i+1].punct && !isParticle(toks, i+1) && lex().cues.at(toks[i+1].lower) == nil && a.isGiven(t.text) && (a.ordinary(t.lower) || a.ambiguous(t.lower)) &&
		!bodyBeforeJoin(toks, i) { // (but "Port of Antwerp-Bruges", though "Port" is a given name too)
		return i // "Urban run-off …": the word, unless a reporting verb follows ("Mark said")
	}
	viaVan := i > 1 && toks[i-1].lower == "van" && !toks[i-2].cap && isRole(toks[i-2].lower) // "minister van Volksgezondheid X"
	if t := toks[i]; i > 0 && i+1 < len(toks) && !t.sent && t.cap && toks[i+1].cap && !toks[i-1].cap && !toks[i-1].punct &&
		(isRole(toks[i-1].lower) && a.tokOrdinary(t) || viaVan) && !a.isGiven(t.text) && a.isNameTok(toks[i+1]) &&
		(a.isGiven(toks[i+1].text) || i+2 < len(toks) && (a.isNameTok(toks[i+2]) || isParticle(toks, i+2))) {
		// "gedeputeerde Mobiliteit Hanneke van der Linden": a portfolio
		// before the name, which then has a given name or two words;
		// "burgemeester Hub Vossen" is a name of two words.
		return i
	}
	j := i
	nick := false // a nickname stood before toks[j]: "Rafael “Paeng” Dela Cruz"
	skip := 0     // its tokens, which count for no word of the name
	for j < len(toks) && j-i-skip < 6 {
		t := toks[j]
		if j > i && isInitial(toks[j-1].text) && functionWords.has(t.lower) && (t.cap || !isParticle(toks, j)) {
			break // "antwoordde B. Op de tribune …": the initial ends the sentence (not "Jeroen K. van Oosterhout")
		}
		if t.quote != 0 {
			break
		}
		if j > i && a.lang != "en" && t.text == "-" && toks[j-1].End == t.Start && j+2 < len(toks) && toks[j+1].lower == "en" &&
			toks[j+2].quote == 0 && a.isNameTok(toks[j+2]) {
			j += 2 // "Voedsel- en Warenautoriteit": two words that share their end, one name
			continue
		}
		if j > i && pluralPossessive(toks, j) && a.isNameTok(toks[j+1]) {
			j++ // "Vinsha Tenants’ Union": one name
			continue
		}
		if j > i && t.mark {
			if k := nicknameEnd(toks, j); k > 0 && k+1 < len(toks) && (a.isGiven(toks[j-1].text) || j-1 == i && a.unlistedName(toks[j-1])) &&
				toks[k+1].quote == 0 && (a.isNameTok(toks[k+1]) || isParticle(toks, k+1)) {
				// "Raymond “Ray” Delgado", "Rafael “Paeng” Dela Cruz",
				// "Patrick “Packie the Box” Geraghty": a nickname inside
				// the name, which joinWords leaves out.
				skip += k - j
				j = k + 1
				nick = true
				continue
			}
		}
		// Particles inside a name, in either case ("van", "Van den"),
		// after at most a given name and before exactly one surname:
		// "Els Van den Broeck", not "Mark Boumans van Doetinchem".
		if isParticle(toks, j) && j > i {
			k := j
			for k < len(toks) && isParticle(toks, k) && !toks[k].punct && toks[k].quote == 0 {
				k++
			}
			_, given := a.givenName(toks[j-1].text)
			// Not a place that opens with a particle: "zei Verbeek in Den
			// Haag". A double surname whose second part opens with
			// particles goes on: "Tjitske Bouma-van der Meer".
			// Nor an inhabitants' noun after "de": "zette Kromhout de
			// Deventenaren op voorsprong".
			// Nor "van" and a place after a name of two words: "burgemeester
			// Sevda Kaya van Wijchen" is the mayor of Wijchen.
			// A middle initial before them too, whatever place the
			// surname also is: "Jeroen K. van Oosterhout".
			initial := j-i == 2 && isInitial(toks[j-1].text) && a.isGiven(toks[i].text)
			ofPlace := !initial && j-i >= 2 && k == j+1 && k < len(toks) && toks[j].text == "van" && a.isPlaceName(toks[k].text) && (k+1 >= len(toks) || !a.isNameTok(toks[k+1]))
			// A Spanish or Portuguese surname joined by "de" to another
			// after a given name and the first: "Mariana Ruiz de Alba".
			iberian := j-i == 2 && k == j+1 && romanceJoins.has(toks[j].text) && a.isGiven(toks[i].text) && !a.isGiven(toks[j-1].text) &&
				(k+1 >= len(toks) || !a.isNameTok(toks[k+1]))
			// After a role's portfolio, the one word before the particles
			// is the given name even where no list has it: "Minister van
			// Financiën Hanneke de Vries" (add strips the portfolio).
			portfolio := j-i == 2 && i >= 2 && orgJoin.has(toks[i-1].lower) && isRole(toks[i-2].lower) && a.tokOrdinary(toks[i]) && !a.isGiven(toks[i].text) &&
				!a.tokOrdinary(toks[j-1]) && !a.isPlace(toks[j-1].text)
			// "son of" or "daughter of" follows however many given names:
			// "Siti Nur Azlina binte Ismail".
			father := k == j+1 && lex().fatherParticles.has(toks[j].lower)
			if (j-i <= 1 || given || nick || father || particleEnd(toks[j-1].text) || iberian || portfolio || initial) && k < len(toks) && a.isNameTok(toks[k]) && !isParticle(toks, k) && (iberian || !a.placeAfterParticles(toks, j, k)) && !a.surelyInhabitant(toks, k) && !ofPlace {
				switch {
				case k+1 >= len(toks) || !a.isNameTok(toks[k+1]) || isAllCaps(toks[k+1].text) && !isAllCaps(toks[k].text):
					// (A title or party in capitals after the surname is
					// no part of it: "Conor de Búrca SC".)
					j = k + 1
				case particleEnd(toks[k].text):
					j = k + 2 // a double surname, particles on both sides: "Marieke van der Ploeg-de Visser"
				case lex().doubleParticles.has(toks[k-1].lower) && (k+2 >= len(toks) || !a.isNameTok(toks[k+2])) && !a.isPlace(toks[k+1].text):
					j = k + 2 // a Spanish double surname: "Maria de la Fuente Ortiz"
				case father && (k+2 >= len(toks) || !a.isNameTok(toks[k+2])) && !a.isPlace(toks[k+1].text):
					j = k + 2 // the father's given name and surname: "Khalid bin Rashid Al-Mansoori"
				case father:
					// A body named after the person: "the Mohammed bin
					// Rashid Space Centre", up to its noun.
					e := k
					for e < len(toks) && e-k < 6 && a.isNameTok(toks[e]) && !isParticle(toks, e) {
						e++
					}
					if lex().orgWords.has(toks[e-1].lower) {
						j = e
					}
				}
			}
			break
		}
		if j == i+1 && t.cap && !t.sent && t.quote == 0 && isRole(t.lower) {
			// A surname that is also a role word, after a given name:
			// "Ken Doctor".
			if _, given := a.givenName(toks[i].text); given && (j+1 >= len(toks) || !a.isNameTok(toks[j+1])) {
				j++
				break
			}
		}
		if t.cap && !t.sent && possessive(t) && isRole(stripPossessive(t.lower)) && j+1 < len(toks) && toks[j+1].cap && lex().orgWords.has(toks[j+1].lower) {
			// A title's office is a body's name, with the name before
			// it: "U.S. Attorney’s Office", "the Pima County Sheriff’s
			// Department".
			j += 2
			break
		}
		if j == i+1 && placeTitles.has(strings.TrimSuffix(t.text, ".")) && a.isGiven(toks[i].text) && j+1 < len(toks) && a.isNameTok(toks[j+1]) {
			// "Rebecca St John-Hart", "Ian St John", "Marlon St. Aubyn
			// Thwaites": "St" opens the surname after a given name, of
			// one word or two.
			switch {
			case j+2 == len(toks) || !a.isNameTok(toks[j+2]):
				j += 2
			case j+3 == len(toks) || !a.isNameTok(toks[j+3]):
				j += 3
			}
			if j > i+1 {
				break
			}
		}
		if j > i && legalForms.has(t.lower) && !t.sent && (j+1 == len(toks) || !a.isNameTok(toks[j+1])) {
			j++ // "Kempenwind BV", "Hartley Foods plc": the firm's legal form ends its name
			break
		}
		if a.isNameTok(t) || j == i && t.sent && t.cap && a.firmOpener(toks, i) {
			if regnal.has(t.text) && j > i && !isAllCaps(toks[j-1].text) {
				j++ // "Nene Tsatsu Agbo III"
				break
			}
			// An acronym and a name are two names ("AVROTROS Taco
			// Zimmerman"), but an acronym and a place one: "LTO
			// Nederland", "ING Belgium".
			if j > i && isAllCaps(toks[j-1].text) != isAllCaps(t.text) && !(isAllCaps(toks[j-1].text) && a.isPlace(t.text) && !a.isGiven(t.text)) &&
				!initialsBefore(toks[j-1].text) && // "B.R. Venkatesh Prasad", "mr. A.C. Boerhaave" are one name each
				!(j-1 == i && clubPrefixes.has(toks[i].lower)) && // so is "SC Cambuur", a club
				!(isInitials(t.text) && a.isGiven(toks[j-1].text)) && // so is "Kristof V.A.", a suspect's surname cut to its initials
				!(isAllCaps(toks[j-1].text) && a.acronymWord(toks, j)) &&
				!(j == i+1 && isAllCaps(toks[i].text) && a.isPlace(toks[i].text) && a.bodyAhead(toks, j)) && // "U.S. Forest Service", "UK Border Force"
				!(isAllCaps(toks[j-1].text) && !a.isGiven(t.text) && a.regionAhead(toks, j)) { // "NHS Tay Valley"
				break
			}
			j++
			if strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s") {
				if j < len(toks) && toks[j].cap && lex().orgWords.has(toks[j].lower) && (j+1 == len(toks) || !a.isNameTok(toks[j+1]) && !orgJoin.has(toks[j+1].lower)) {
					j++ // "the Summit County Prosecutor’s Office": the office is the name's
				}
				break // a possessive ends the name
			}
			continue
		}
		if j > i && t.cap && !t.sent && !t.punct && lex().cues.at(t.lower) != nil && a.isPlaceName(a.src[toks[i].Start:t.End]) {
			j++ // "the United States": a place, though "states" reports speech
			continue
		}
		break
	}
	// An organisation named with a preposition: "Ministry of Foreign
	// Affairs", "Ministerie van Buitenlandse Zaken", "Rijksdienst voor
	// het Cultureel Erfgoed" (a Dutch compound that ends in an
	// organisation's word, and an article after the preposition).
	if j > i && j+1 < len(toks) && orgJoin.has(toks[j].lower) && (lex().orgWords.has(toks[j-1].lower) || a.lang != "en" && j-1 == i && a.orgCompound(toks[j-1].lower) || j-1 == i && placeOf.has(toks[i].text) && joinedBody(toks, j)) && toks[j].quote == 0 {
		// (After a place's noun: "Bay of Plenty Regional Council", not
		// "Raghunathan of Zuidas Capital" nor "Shares of Altura
		// Robotics".)
		// (A compound only as the run's one word: "Rijksdienst voor …", not
		// the surname "Sanne Oosterhuis van het …".)
		first := j + 1
		if first+1 < len(toks) && lex().determiners.at(toks[first].lower) == definite && toks[first+1].cap {
			first++
		}
		k := first
		for k < len(toks) && k-first <= 3 && toks[k].cap && !toks[k].punct && toks[k].quote == 0 && !isAllCaps(toks[k].text) {
			k++
			if possessive(toks[k-1]) {
				break // "the National University of Singapore's Tropical Marine Science Institute": two bodies
			}
		}
		if k > first {
			j = k
			// One more phrase of the body's: "Office for the District of
			// Minnesota", "Commission for the Conservation of Antarctic
			// Marine Living Resources".
			if j+1 < len(toks) && orgJoin.has(toks[j].lower) && toks[j].lower != "for" && toks[j+1].quote == 0 {
				e := j + 1
				for e < len(toks) && e-j <= 4 && toks[e].cap && !toks[e].punct && toks[e].quote == 0 && !isAllCaps(toks[e].text) {
					e++
				}
				if e > j+1 && (e == len(toks) || !toks[e].cap) {
					j = e
				}
			}
		}
	}
	if j > i {
		j = a.orgConjunct(toks, i, j)
	}
	if j == i+1 && toks[i].part != partNone && (isDeterminer(toks[i].lower) || functionWords.has(toks[i].lower)) {
		return i // a particle that is a word alone names no one: "De Meester:" with "Meester" no name here (but "Le", "Du" may be surnames)
	}
	// A run may not start with a lower-case particle.
	return j
}

// orgConjunct extends the name toks[i:j] over a coordinated
// organisation's name: "&" between two names ("FNV Zorg & Welzijn",
// "Marks & Spencer"), or "and"/"en" where one side, and only one, has a
// word for an organisation ("Irish Nurses and Midwives Organisation",
// "Department of Health and Social Care"; "Leeds City Council and
// Bradford Council" are two). A person on either side ends it. It
// returns the new end, or j.
func (a *article) orgConjunct(toks []tok, i, j int) int {
	if j+1 >= len(toks) || toks[j].quote != 0 || toks[j].mark {
		return j
	}
	if toks[j].text == "," {
		return a.orgList(toks, i, j)
	}
	always, ok := orgConj[toks[j].lower]
	if !ok {
		return j
	}
	k := j + 1
	for k < len(toks) && k-j <= 4 && (toks[k].cap && !toks[k].punct && toks[k].quote == 0 && !toks[k].mark && a.isNameTok(toks[k]) ||
		k > j+1 && pluralPossessive(toks, k)) && // "Nurses and Midwives’ Union"
		(k == j+1 || !a.personOpens(toks, k)) { // a person's name after the body's: "Justitie en Veiligheid Ann de Wit"
		k++
	}
	// Given names do not stop "&", and a place only on both sides:
	// "Hartley & Pike" is a firm, "Trinidad & Tobago" a country.
	if k == j+1 {
		return j
	}
	amp := toks[j].text == "&"
	placeL, placeR := a.isPlaceName(a.src[toks[i].Start:toks[j-1].End]), a.isPlaceName(a.src[toks[j+1].Start:toks[k-1].End])
	if !amp && (a.isGiven(toks[i].text) || a.isGiven(toks[j+1].text)) || !amp && (placeL || placeR) || amp && placeL && placeR {
		return j // "the United States and Spain"
	}
	if always {
		return k
	}
	if k+2 < len(toks) && toks[k].text == "(" && toks[k+2].text == ")" && isAllCaps(toks[k+1].text) {
		// The acronym after it spells the whole: "Transport en Logistiek
		// Nederland (TLN)".
		var ib [8]byte
		if in, ok := initialsOf(ib[:0], a.src[toks[i].Start:toks[k-1].End]); ok && string(in) == toks[k+1].text {
			return k
		}
	}
	before, joined := false, false
	for n, t := range toks[i:j] {
		before = before || lex().orgWords.has(t.lower)
		joined = joined || n > 0 && orgJoin.has(t.lower) && a.bodyWord(toks[i+n-1].lower)
	}
	if before != lex().orgWords.has(toks[k-1].lower) {
		return k
	}
	if joined && k == j+2 {
		return k // one word after a body's field is another field: "Department of Transportation and Mobility"
	}
	return j
}

// honorifics holds the titles written in full before a name
// (lexicon/honorifics.txt).
var honorifics = wordSet("honorifics.txt")

// placeTitles holds the abbreviations that make the name after them a
// place (lexicon/placetitles.txt), as written.
var placeTitles = wordSet("placetitles.txt")

// honorificNoun maps a title to the noun for its bearer
// (lexicon/honorifics.txt, second field).
var honorificNoun = wordPairs("honorifics.txt")

// placePrep holds the prepositions after which a name is a place
// (lexicon/placeprep.txt).
var placePrep = wordSet("placeprep.txt")

// synonyms maps a noun for a role to the other nouns for it
// (lexicon/synonyms.txt).
var synonyms = func() map[string][]string {
	m := map[string][]string{}
	for _, e := range entries("synonyms.txt") {
		for _, w := range e {
			for _, o := range e {
				if o != w {
					m[w] = append(m[w], o)
				}
			}
		}
	}
	return m
}()

// postnominals maps the letters written after a person's name to the
// noun for their role (lexicon/postnominals.txt).
var postnominals = wordPairs("postnominals.txt")

// legalForms holds the legal forms written after a firm's name
// (lexicon/legalforms.txt).
var legalForms = wordSet("legalforms.txt")

// legalForm reports whether the word w, as written, is a legal form.
func legalForm(w string) bool {
	var b [8]byte
	return len(w) <= len(b) && legalForms.has(string(text.AppendFold(b[:0], w)))
}

// copula holds the forms of "to be" that open a relative clause naming a
// person's role (lexicon/copula.txt).
var copula = wordSet("copula.txt")

// regnal holds the numerals after a name (lexicon/regnal.txt).
var regnal = wordSet("regnal.txt")

// placeNounsEN holds the English nouns that end a place's name
// (lexicon/placenouns_en.txt), as written.
var placeNounsEN = wordSet("placenouns_en.txt")

// orgList extends the name toks[i:j], one of a body joined by a
// preposition ("Ministry for Agriculture"), over a list of its fields
// that a comma at j opens: "Ministry for Agriculture, Fisheries and
// Animal Rights", "Ministerie van Onderwijs, Cultuur en Wetenschap". The
// list holds capitalised words and commas, and its last item follows a
// joining word of orgconj.txt. It returns the new end, or j.
func (a *article) orgList(toks []tok, i, j int) int {
	joined := false
	for k := i + 1; k < j-1; k++ {
		joined = joined || orgJoin.has(toks[k].lower) && a.bodyWord(toks[k-1].lower)
	}
	if !joined {
		return j
	}
	k := j
	for n := 0; n < 6 && k+1 < len(toks); n++ {
		sep := toks[k]
		if sep.text != "," {
			if !isOrgConj(sep.lower) || sep.text == "&" {
				return j
			}
		}
		e := k + 1
		for e < len(toks) && e-k <= 3 && toks[e].cap && !toks[e].punct && toks[e].quote == 0 && !toks[e].mark && !a.personOpens(toks, e) {
			e++
		}
		if e == k+1 {
			return j
		}
		if sep.text != "," {
			return e // the last item, after "and"/"en"
		}
		k = e
	}
	return j
}

// orgConj maps the words that join two names into an organisation's
// name to whether they always do (lexicon/orgconj.txt).
var orgConj = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range entries("orgconj.txt") {
		m[e[0]] = len(e) > 1 && e[1] == "always"
	}
	return m
}()

// objectPronoun reports whether toks[i], a determiner that is also a
// pronoun ("haar", "hun"), is the object of a preposition before it:
// "Naast haar staat Els X", where "staat" is the verb, not "her state".
func objectPronoun(toks []tok, i int) bool {
	return i > 0 && lex().determiners.at(toks[i].lower) == otherReference && npStop.has(toks[i-1].lower) && !toks[i-1].punct
}

// bracketedInTitle reports whether the run toks[i:end] stands in
// brackets between a title's role or body word and a name: "Deputy
// Commissioner of Police (Cyber Crimes) Priyanka X" names the office's
// wing, not a person.
func (a *article) bracketedInTitle(toks []tok, i, end int) bool {
	if i < 2 || end+1 >= len(toks) || toks[i-1].text != "(" || toks[end].text != ")" {
		return false
	}
	before := toks[i-2].lower
	return (isRole(before) || lex().orgWords.has(before)) && a.isNameTok(toks[end+1])
}

// addGiven records that the given name or short form g stands for the
// full name c, unless it already stands for another: then for none.
func (p *people) addGiven(g, c string) {
	if o, seen := p.byGiven[g]; seen && o != c {
		p.byGiven[g] = ""
	} else {
		p.byGiven[g] = c
	}
}

// isOrgConj reports whether w is a word of orgconj.txt.
func isOrgConj(w string) bool {
	_, ok := orgConj[w]
	return ok
}

// orgJoin holds the prepositions inside organisations' names
// (lexicon/orgjoin.txt).
var orgJoin = wordSet("orgjoin.txt")

// findPeople collects the names outside quotations and groups them into
// persons by surname; the fullest form names the person.
func findPeople(a *article) *people {
	p := &a.peopleBuf // emptied by article.reset
	for si, s := range a.segs {
		if s.Kind == Byline {
			continue // the writers, not persons the article quotes
		}
		toks := s.toks
		for i := 0; i < len(toks); {
			if !toks[i].cap && !a.isNameTok(toks[i]) {
				// Most words: of the runs below only a body named by a
				// field opens with a lower-case word that is no name's
				// ("ministerie van Infrastructuur").
				if a.fieldCased(&toks[i]) {
					if end := a.fieldBody(toks, i); end > i {
						p.add(a, si, i, end)
						i = end
						continue
					}
				}
				i++
				continue
			}
			// A run may start with a capitalised particle: "Van Bronckhorst".
			start := i
			if i > 0 && toks[i].cap && (isDeterminer(toks[i-1].lower) && isDemonym(toks[i]) || a.inhabitant(toks, i)) && (i+1 == len(toks) || !a.isNameTok(toks[i+1])) {
				i++ // "aldus de IJslander": a description, not a name
				continue
			}
			if toks[i].cap {
				if end := competition(toks, i, a.lang != "en"); end > i {
					i = end // "Billie Jean King Cup": an event, no one
					continue
				}
			}
			if end := a.sportBody(toks, i); end > i {
				p.add(a, si, i, end) // "Athletics Kenya"
				i = end
				continue
			}
			if a.fieldCased(&toks[i]) {
				if end := a.fieldBody(toks, i); end > i {
					p.add(a, si, i, end) // "ministerie van Infrastructuur en Waterstaat"
					i = end
					continue
				}
			}
			if end := a.nameAt(toks, i); end > i {
				if a.inTitle(toks, i, end) {
					i = end // "Chief Financial Officer": a title's words, no name
					continue
				}
				if end == i+1 && calendarTok(toks, i) {
					i = end // "on Tuesday", "updated Tue 12 Mar": no one
					continue
				}
				if a.bracketedInTitle(toks, i, end) {
					i = end // "Superintendent of Police (Nashik Rural) Aarti X": the office's area, no one
					continue
				}
				if start > 0 && a.lang != "en" && toks[start-1].cap && !toks[start-1].punct && placeAdjective(toks[start-1].lower) && a.bodyWord(toks[end-1].lower) {
					start-- // "de Nederlandse Voedsel- en Warenautoriteit": a body's name may open with an adjective of place
					// and with capitalised adjectives before it, which
					// were read as a run of their own: "de Koninklijke
					// Belgische Korfbalbond" (an attributive adjective
					// ends in -e; no given name nor place).
					if n := len(p.mentions); n > 0 {
						if m := p.mentions[n-1]; m.seg == si && m.to == start && m.to-m.from <= 2 &&
							!slices.ContainsFunc(toks[m.from:m.to], func(t tok) bool {
								return !t.cap || isAllCaps(t.text) || a.isGiven(t.text) || a.isPlace(t.text) || !a.ordinary(t.lower) && !strings.HasSuffix(t.lower, "e")
							}) {
							start = m.from
							p.mentions = p.mentions[:n-1]
						}
					}
				}
				p.add(a, si, start, end)
				i = end
				continue
			}
			if isParticle(toks, i) && toks[i].cap && i+1 < len(toks) {
				k := i + 1 // after all the particles: "Van den Bossche"
				for k < len(toks) && k-i < 3 && isParticle(toks, k) && !toks[k].cap {
					k++
				}
				// Not "De Amsterdammers", nor a preposition before a body's
				// or a place's name: "In de Tweede Kamer".
				if k == len(toks) {
					i++ // particles end the block: "DA 't"
					continue
				}
				// (Nor a listed people's noun alone after the article that
				// opens the sentence: "De Zuid-Afrikaan, sinds januari …".)
				if end := a.nameAt(toks, k); end > k && end-i <= 4 && !a.surelyInhabitant(toks, k) && !(toks[i].sent && end == k+1 && isDemonym(toks[k])) &&
					!(toks[i].part == partLead && (slices.ContainsFunc(toks[k:end], func(t tok) bool { return lex().orgWords.has(t.lower) }) || a.isPlaceName(a.src[toks[k].Start:toks[end-1].End]))) {
					p.add(a, si, start, end)
					i = end
					continue
				}
			}
			i++
		}
	}
	p.splitAtSurnames(a)
	p.doubleSurnames(a)
	p.orgShortForms(a)
	p.index(a)
	p.bracketAcronyms(a)
	p.affiliations(a)
	p.teams(a)
	p.markEmbedded(a)
	p.aliases(a)
	p.nicknames(a)
	// The fullest name of each person; strong evidence wins.
	best := map[string]int{}
	lone := p.lone[:0] // one-word mentions sexed only as given names: "Tan"
	words := p.nwords[:0]
	for _, m := range p.mentions {
		words = append(words, countWords(m.name)) // counted once, compared often below
	}
	p.nwords = words
	for i, m := range p.mentions {
		if m.strong {
			p.strong[m.key] = true
		}
		if m.named && m.gender != 0 && m.to-m.from == 1 {
			lone = append(lone, i)
			m.gender = 0 // (the copy's: the pass below reads the mention's own)
		}
		if m.gender != 0 {
			p.gender[m.key] = m.gender
		}
		b, ok := best[m.key]
		if ok && m.to-m.from >= 2 && twoPeople(m.name, p.mentions[b].name) && !slices.Contains(p.shared, m.key) {
			p.shared = append(p.shared, m.key)
		}
		if !ok || words[i] > words[b] && !a.birthName(m) ||
			words[i] == words[b] && ownSurname(m) && !ownSurname(p.mentions[b]) {
			// (Of two as long, the one whose surname is the key: "Lotte
			// Quorbel-Mertens" over "Lotte Quorbel" keyed to her.)
			best[m.key] = i
		}
	}
	// A word alone that is a given name tells the sex unless the fullest
	// name has it last, as its surname: "Superintendent Wei-Ling Tan",
	// then "Tan said", is no man for "Tan" being a man's name too.
	for _, i := range lone {
		m := &p.mentions[i]
		if full := p.mentions[best[m.key]].name; p.gender[m.key] == 0 && (!strings.Contains(full, " ") || firstWord(full) == m.name) {
			p.gender[m.key] = m.gender
		}
	}
	p.lone = lone
	// The names of three words or more, whose usual form one pass over
	// the mentions finds.
	if p.formAt == nil {
		p.formAt = map[string]int{}
	}
	for k, i := range best {
		// The fullest name's given name tells the gender, over a shorter
		// mention's first word: "Kathleen Hawk Sawyer", then "Hawk
		// Sawyer".
		if g := p.mentions[i].gender; g != 0 {
			p.gender[k] = g
		}
		full := p.mentions[i].name
		p.canonical[k] = full
		if fw := countWords(full); fw >= 3 {
			p.formAt[k] = len(p.forms)
			p.forms = append(p.forms, usualForm{full: full, fw: fw, first: firstWord(full), last: full[strings.LastIndexByte(full, ' ')+1:]})
		}
		p.weak[k] = a.weakName(full)
	}
	if len(p.forms) > 0 {
		for _, m := range p.mentions {
			if u, ok := p.formAt[m.key]; ok {
				p.forms[u].add(m.name)
			}
		}
		for k, u := range p.formAt {
			p.canonical[k] = p.forms[u].form()
		}
	}
	for _, d := range p.doubles {
		if _, ok := p.canonical[d[0]]; !ok {
			p.canonical[d[0]] = p.canonical[d[1]] // "zegt Verschuren" names her too
		}
	}
	for i := range p.mentions {
		if m := &p.mentions[i]; a.birthName(*m) {
			m.name = p.canonical[m.key] // "born Peter Edward Baker" names Ginger Baker
		}
	}
	p.surnameFirst(a)
	var fa [8]string
	// Every full name counts, not only each surname's fullest: "Hal
	// Brennan" and "his wife, Joanne" … "Joanne Brennan" share a surname.
	for i := range p.mentions {
		m := &p.mentions[i]
		f := text.FieldsInto(fa[:0], m.name)
		if len(f) < 2 || !p.strong[m.key] && !p.weak[m.key] || p.team[m.key] || a.isPlace(f[0]) && !a.isGiven(f[0]) {
			continue // "Edmonton" alone is no "Edmonton Oilers"
		}
		c := m.name
		if cc := p.canonical[m.key]; firstWord(cc) == f[0] {
			c = cc // the usual form of the same person: "Anna Maria Smit"
		}
		p.addGiven(f[0], c)
		// A nickname inside the name stands for it: "Maria ‘Mia’ X …
		// zegt Mia".
		if nick := a.nicknameIn(*m); nick != "" {
			p.addGiven(nick, c)
		}
		// A name that goes on with the father's ("Nur Aisyah binte
		// Rahman") is cut short to the given names before him: "Ms Nur
		// Aisyah said".
		for k := 2; k < len(f)-1; k++ {
			if lex().fatherParticles.has(lower(f[k])) {
				p.addGiven(m.name[:strings.Index(m.name, " "+f[k]+" ")], c)
				break
			}
		}
	}
	// Two given names before one surname share it: "Craig and Leanne
	// Quorbel" names Craig Quorbel.
	for i := 0; i+1 < len(p.mentions); i++ {
		m, o := &p.mentions[i], &p.mentions[i+1]
		toks := a.segs[m.seg].toks
		if m.to-m.from != 1 || o.seg != m.seg || o.from != m.to+1 || o.to-o.from < 2 || !a.isGiven(m.name) || !a.isGiven(toks[o.from].text) {
			continue
		}
		if !isOrgConj(toks[m.to].lower) || !p.strong[o.key] {
			continue
		}
		p.addGiven(m.name, m.name+o.name[strings.IndexByte(o.name, ' '):])
	}
	for g, c := range p.byGiven {
		// A given name that is also someone's surname is not a reference.
		var gb [48]byte
		lg := text.AppendFold(gb[:0], g)
		if o, ok := p.canonical[string(lg)]; ok && c != "" && atLeastWords(o, 2) && surnameKey(c) != string(lg) {
			p.byGiven[g] = ""
		}
	}
	if p.addSentenceSurnames(a) {
		p.index(a)
	}
	// Whether each mention names a person is fixed from here on, and
	// asked of the same mentions quotation after quotation.
	for i := range p.mentions {
		m := &p.mentions[i]
		if p.isPerson(*m) && !a.playedPart(*m) {
			m.person = 1
		} else {
			m.person = 2
		}
	}
	p.pronounGenders(a)
	p.findTies(a)
	return p
}

// plays holds the verbs whose object is an actor's part
// (lexicon/plays.txt).
var plays = wordSet("plays.txt")

// playedPart reports whether mention m names the part an actor plays:
// after a verb of plays.txt and the determiner, adjectives and nouns
// that describe the part ("who plays the detective Jack X", "die de
// stugge schipperszoon Remi speelt" in Dutch order). Not right after
// the verb: "Nadal played Federer" is a match.
func (a *article) playedPart(m mention) bool {
	toks := a.segs[m.seg].toks
	if k := m.from - 1; k >= 0 && !toks[k].punct && (characters.has(toks[k].lower) || a.lang != "en" && endsInListed(toks[k].lower, characters, nil)) {
		return true // "Hoofdpersonage Mira": a character in a book or a film
	}
	for k := m.from - 1; k >= 0 && k >= m.from-5; k-- {
		t := toks[k]
		if plays.has(t.lower) {
			return k < m.from-1
		}
		if t.punct || t.cap || t.quote != 0 || functionWords.has(t.lower) && !isDeterminer(t.lower) || npStop.has(t.lower) {
			break
		}
	}
	// Dutch puts the verb after its object in a subordinate clause:
	// "die de schipperszoon Remi speelt".
	if m.to < len(toks) && plays.has(toks[m.to].lower) && m.from >= 2 {
		for k := m.from - 1; k >= 0 && k >= m.from-5; k-- {
			t := toks[k]
			if relative.has(t.lower) {
				return true
			}
			if t.punct || t.cap || t.quote != 0 {
				break
			}
		}
	}
	return false
}

// characters holds the nouns for a fictional character
// (lexicon/characters.txt).
var characters = wordSet("characters.txt")

// pronounGenders gives a person whose sex no given name tells the sex of
// the he/she pronouns that refer to them: the first such pronoun after a
// sentence in which they are the only person named, before anyone else
// is named ("Talxan Perva testified on Tuesday. She said …"). Names no
// list holds are the ones whose pronouns most need it. All the votes
// must agree.
func (p *people) pronounGenders(a *article) {
	votes := map[string]byte{}
	for i, m := range p.mentions {
		if m.person != 1 || p.gender[m.key] != 0 || !p.aloneInSentence(i) || possessive(a.segs[m.seg].toks[m.to-1]) {
			continue // "Tesh's wife spoke. She said": the pronoun is the wife's
		}
		g := p.pronounAfter(a, m)
		if g == 0 {
			continue
		}
		if v, ok := votes[m.key]; ok && v != g {
			g = 'x' // they disagree
		}
		votes[m.key] = g
	}
	for k, g := range votes {
		if g == 'm' || g == 'f' {
			p.gender[k] = g
		}
	}
}

// aloneInSentence reports whether mention i is of the only person named
// in its sentence. Mentions are in reading order, so the others of its
// sentence are its neighbours.
func (p *people) aloneInSentence(i int) bool {
	m := p.mentions[i]
	for _, step := range [2]int{-1, 1} {
		for j := i + step; j >= 0 && j < len(p.mentions); j += step {
			o := p.mentions[j]
			if o.seg != m.seg || o.sid != m.sid {
				break
			}
			if o.person == 1 && o.key != m.key {
				return false
			}
		}
	}
	return true
}

// pronounAfter returns the sex of the first he/she pronoun outside
// quotations after mention m, in its sentence or the next, or 0 when
// another person is named first or there is none.
func (p *people) pronounAfter(a *article, m mention) byte {
	sentences := 0
	for si, i := m.seg, m.to; si < len(a.segs) && si <= m.seg+1; si, i = si+1, 0 {
		toks := a.segs[si].toks
		for ; i < len(toks); i++ {
			t := toks[i]
			if i > 0 && t.sid != toks[i-1].sid || si != m.seg && i == 0 {
				if sentences++; sentences > 1 {
					return 0
				}
			}
			if o, ok := p.mentionAt(si, i); ok && o.person == 1 && o.key != m.key {
				return 0
			}
			if t.quote != 0 || t.mark {
				continue
			}
			if g := lex().pronouns.at(t.lower); (g == 'm' || g == 'f') && opensClause(toks, i) {
				if otherSexIn(toks, i, g) {
					return 0 // "X said he had changed the course of her life": one is someone else
				}
				return g
			}
		}
	}
	return 0
}

// otherSexIn reports whether a he/she pronoun or a possessive of the
// sex other than g stands outside quotations near toks[i] in its
// sentence.
func otherSexIn(toks []tok, i int, g byte) bool {
	// (Forty tokens either side: a line of one endless sentence stays
	// linear.)
	sid, from, to := toks[i].sid, i, min(i+40, len(toks))
	for from > 0 && from > i-40 && toks[from-1].sid == sid {
		from--
	}
	for k := from; k < to && toks[k].sid == sid; k++ {
		t := toks[k]
		if t.quote != 0 || t.mark {
			continue
		}
		o := lex().pronouns.at(t.lower)
		if pg, ok := possessives[t.lower]; ok {
			o = pg
		}
		if (o == 'm' || o == 'f') && o != g {
			return true
		}
	}
	return false
}

// opensClause reports whether toks[i] opens a sentence or a clause, or
// follows a reporting verb: a pronoun there is a subject that may go on
// with the person named before ("Vinsha left. She said", ", and he
// added", "said she"), unlike one inside a clause about someone else
// ("one of the students she supervised").
func opensClause(toks []tok, i int) bool {
	if i == 0 || toks[i].sent {
		return true
	}
	p := toks[i-1]
	return p.text == "," || p.text == ";" || p.mark || isConj(p.lower) || lex().cues.at(p.lower) != nil
}

// Words before a birth name (lexicon/birthname.txt): each phrase by its
// last word, with the word before it, if any.
var birthWords = func() map[string][]string {
	m := map[string][]string{}
	for _, e := range entries("birthname.txt") {
		prev := ""
		if len(e) > 1 {
			prev = e[len(e)-2]
		}
		m[e[len(e)-1]] = append(m[e[len(e)-1]], prev)
	}
	return m
}()

// birthName reports whether mention m is the name its person was born
// with ("born Peter Edward Baker"): the fullest form, but not the one the
// article calls them by.
func (a *article) birthName(m mention) bool {
	toks := a.segs[m.seg].toks
	if m.from == 0 {
		return false
	}
	for _, prev := range birthWords[toks[m.from-1].lower] {
		if prev == "" || m.from > 1 && toks[m.from-2].lower == prev {
			return true
		}
	}
	return false
}

// addSentenceSurnames adds the mentions nameAt leaves out: a surname
// that is also an ordinary word, alone at a sentence start ("Kuiken vroeg
// zich hardop af"), of a person the article names in full elsewhere. It
// reports whether it added any.
func (p *people) addSentenceSurnames(a *article) bool {
	n := len(p.mentions)
	for si, s := range a.segs {
		if s.Kind == Byline {
			continue
		}
		toks := s.toks
		for i, t := range toks {
			if !t.sent || !t.cap || t.quote != 0 || p.at[si][i] != 0 || i+1 < len(toks) && a.isNameTok(toks[i+1]) {
				continue
			}
			if a.possessiveBeforeNoun(toks, i) {
				continue
			}
			if c, ok := p.canonical[t.lower]; !ok || !atLeastWords(c, 2) || !p.strong[t.lower] && !p.weak[t.lower] {
				// Or a surname written first, as Chinese and Korean
				// names are, that is an ordinary word too: "Li Wenjun"
				// … "Li erkent dat", "Wang Hao" … "Wang agreed".
				if p.byGiven[t.text] == "" || !generated().surnames.Has(t.text) || auxiliary.has(t.lower) || functionWords.has(t.lower) {
					continue
				}
			}
			p.add(a, si, i, i+1)
		}
	}
	if len(p.mentions) == n {
		return false
	}
	sort.SliceStable(p.mentions, func(i, j int) bool {
		mi, mj := p.mentions[i], p.mentions[j]
		return mi.seg < mj.seg || mi.seg == mj.seg && mi.from < mj.from
	})
	return true
}

// findTies records the nouns set beside each person: up to three plain
// lower-case words right before the name, and the words of an apposition
// after it, up to the next punctuation.
func (p *people) findTies(a *article) {
	at := 0
	add := func(w, name string) {
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			return // a number or a sign is no noun for a person: "B Aa""0,"
		}
		keys := []string{w, roleOf(w)}
		if w != "" {
			for _, suffix := range roleSuffixes[w[len(w)-1]] {
				if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
					keys = append(keys, suffix) // "partijvoorzitter" is a "voorzitter"
				}
			}
		}
		for _, k := range keys {
			if k == "" {
				continue
			}
			p.ties = append(p.ties, keyedTie{k, tie{name, at}})
			for _, syn := range synonyms[k] {
				p.ties = append(p.ties, keyedTie{syn, tie{name, at}}) // "advocaat" ties "raadsman" too
			}
		}
	}
	// Initials are keyed only in an article with an acronym that may
	// stand for a title: making their strings is an allocation each.
	acronyms := slices.ContainsFunc(p.mentions, func(m mention) bool { return m.to-m.from == 1 && isAllCaps(m.name) })
	leadDone := false
	for mi, m := range p.mentions {
		if !p.isPerson(m) {
			continue
		}
		name := p.canon(m.name)
		at = m.span.Start
		toks := a.segs[m.seg].toks
		if m.from == 0 && !leadDone && a.segs[m.seg].Kind == Paragraph {
			// The first person to open a block, right after a lead that
			// names no one: the lead's roles are that person's ("The
			// Taoiseach has insisted … / Diarmuid X was facing …").
			leadDone = true
			if l := m.seg - 1; l >= 0 && a.segs[l].Kind == Paragraph && a.firstParagraph(l) && !p.namesPerson(l) {
				for _, w := range a.leadRoles(l) {
					add(w, name)
				}
			}
		}
		for k, skipped := m.from-1, 0; k >= 0 && k >= m.from-3-skipped; k-- {
			t := toks[k]
			if honorifics.has(t.lower) || isTitle(t.text) {
				skipped++ // "archbishop Monsenor Jorge …"
				if n := honorificNoun[t.lower]; n != "" {
					add(n, name) // "Justice Revati Kulkarni" is "the judge"
				}
				continue
			}
			// A role that opens the sentence is capitalised:
			// "Staatssecretaris Ruben Quorbel".
			if t.punct || t.cap && !(t.sent && (isRole(t.lower) || a.personNoun(t.lower))) || t.quote != 0 || isDeterminer(t.lower) || functionWords.has(t.lower) {
				if k > 0 && k < m.from-1 && affiliation.has(t.lower) && !toks[k+1].cap && isRole(toks[k-1].lower) {
					// A role with the field it serves in lower case:
					// "Officier van justitie mr. Evelien Kaya".
					add(toks[k-1].lower, name)
				}
				break
			}
			add(t.lower, name)
			if t.cap {
				break
			}
			if k == m.from-1-skipped && !isRole(t.lower) && !a.personNoun(t.lower) && !lex().naming.has(t.lower) && k > 0 && (isRole(toks[k-1].lower) || a.personNoun(toks[k-1].lower)) {
				// A noun for a person, a word that is none and the name: the
				// word is most often the verb ("Volgens de advocaat reed
				// K."), and the noun is no title of the name (but "a woman
				// named Ann Lee" is hers).
				break
			}
		}
		// The initials of the title before the name, for an acronym that
		// stands for it: "Deputy Public Prosecutor X" is "the DPP",
		// "managing director Capt X" "the MD".
		var ib [6]byte
		initials := ib[:0]
		for k := m.from - 1; k >= 0 && len(initials) < len(ib); k-- {
			t := toks[k]
			if titleTok(t) {
				continue // also "Dr" without its dot: "Cabinet Secretary Dr X" is "the CS"
			}
			if t.punct || t.quote != 0 || t.mark || isDeterminer(t.lower) || functionWords.has(t.lower) || !unicode.IsLetter(rune(t.lower[0])) {
				break
			}
			if _, in := p.mentionAt(m.seg, k); in && !isRole(t.lower) && !t.cap {
				break
			}
			initials = append(initials, t.lower[0])
		}
		// Each run of two words or more that ends at the name: "port
		// managing director" gives "md" and "pmd".
		slices.Reverse(initials)
		for i := 0; acronyms && i+2 <= len(initials); i++ {
			p.ties = append(p.ties, keyedTie{string(initials[i:]), tie{name, at}})
		}
		// An acronym right before the name is a title too: "mobility MEC
		// Hendrik Swarts" is "the MEC".
		if k := m.from - 1; k >= 0 && isAllCaps(toks[k].text) && !toks[k].punct && len(toks[k].text) <= len(ib) {
			p.ties = append(p.ties, keyedTie{toks[k].lower, tie{name, at}})
		}
		// A role noun, the body it serves, then the name: "Minister van
		// Justitie en Veiligheid David van Weel", "Secretary of State
		// Ann Foley".
		if r := portfolioRole(toks, m.from); r >= 0 {
			add(toks[r].lower, name)
		}
		// A noun set off before the name, after a definite or
		// possessive determiner and perhaps a name: "de verdachte,
		// Dennis van der H., …", "Zijn advocaat, mr. Tom Hale, …", "The
		// Gympie Regional Council mayor, Tom Hale, …".
		c := m.from - 1
		for c > 0 {
			if titleTok(toks[c]) {
				c-- // "Zijn advocaat, mr. Auke Vinsha,", "…, Ms Halima Quorbel,"
			} else if c > 2 && toks[c].text == ")" && titleTok(toks[c-1]) && toks[c-2].text == "(" {
				c -= 3 // "…, Dr (Mrs) Folake Quorbel,"
			} else {
				break
			}
		}
		// (The name may end the sentence: "…,” said the group's
		// spokesman, Tom Hale.)
		if c >= 2 && toks[c].text == "," && m.to < len(toks) && (toks[m.to].text == "," || isSentenceEnd(toks[m.to])) {
			h := c - 1 // the noun; before a phrase of what it serves: "executive for mobility and works, X,"
			for b := c - 2; b > 0 && b >= c-7; b-- {
				if t := toks[b]; t.punct || t.quote != 0 || t.mark {
					break
				}
				if affiliation.has(toks[b+1].lower) && orgJoin.has(toks[b+1].lower) && (!toks[b].cap || !toks[b].sent && isRole(toks[b].lower)) && a.personNoun(toks[b].lower) {
					h = b
					break
				}
			}
			// (A role may be capitalised, as British papers write it:
			// "The Environment Secretary, Helen X,".)
			if t := toks[h]; h > 0 && (!t.cap || !t.sent && isRole(t.lower)) && !t.punct && t.quote == 0 && a.personNoun(t.lower) {
				c := h + 1
				d := c - 2
				// (Over the noun's modifiers, capitalised or a few in
				// lower case: "The transport minister, Helena X,".)
				for plain := 0; d > 0 && d > c-6 && !toks[d].punct && toks[d].quote == 0 && !toks[d].sent; d-- {
					if !toks[d].cap {
						if plain++; plain > 2 || !plainWord(toks[d].lower) || functionWords.has(toks[d].lower) || isDeterminer(toks[d].lower) {
							break
						}
						if _, ok := possessives[toks[d].lower]; ok {
							break
						}
					}
				}
				_, poss := possessives[toks[d].lower]
				// (Also "Westville's mayor, X," and "the group's
				// spokesman, X,".)
				ownerNoun := isPossessive(toks[d].text) && d > 0 && lex().determiners.at(toks[d-1].lower) == definite
				if lex().determiners.at(toks[d].lower) == definite || poss || toks[c-2].cap && isPossessive(toks[c-2].text) || ownerNoun {
					add(t.lower, name)
					if g := a.nounGender(t.lower); g != 0 && m.gender == 0 {
						// "His wife of 52 years, Máire Hegarty,": her sex,
						// which no list of given names may know.
						p.mentions[mi].gender = g
					}
				}
			}
		}
		if n := a.parentNoun(toks, m); n != "" {
			add(n, name) // "de ouders van Lien, Luc Vermeulen en Christine Debaere": she is "de moeder"
		}
		if k := m.to; k < len(toks) && postnominals[toks[k].text] != "" {
			// "Imran Quorbel KC" is "the barrister", "the KC".
			add(postnominals[toks[k].text], name)
			add(toks[k].lower, name)
		}
		k := m.to
		if k < len(toks) && toks[k].text == "(" { // an age or a party: "(46)"
			for k < len(toks) && k < m.to+6 && toks[k].text != ")" {
				k++
			}
			k++
		}
		if k >= len(toks) || toks[k].text != "," {
			continue
		}
		if k+2 < len(toks) && relative.has(toks[k+1].lower) && copula.has(toks[k+2].lower) {
			// ", who is also principal of …,": the clause names a role.
			k += 2
			for k+1 < len(toks) && preverbal.has(toks[k+1].lower) {
				k++
			}
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			t := toks[j]
			if t.punct || t.quote != 0 || lex().cues.at(t.lower) != nil || functionWords.has(t.lower) && !isDeterminer(t.lower) {
				break // a relative clause or a preposition ends the apposition
			}
			if !t.cap && !isDeterminer(t.lower) {
				add(t.lower, name)
			} else if isAllCaps(t.text) && len(t.text) <= 6 {
				add(t.lower, name) // "X, the Sinn Féin TD for Cork East," is "the TD"
			}
		}
	}
}

// firstParagraph reports whether segment si is the article's first
// paragraph.
func (a *article) firstParagraph(si int) bool {
	return !slices.ContainsFunc(a.segs[:si], func(s seg) bool { return s.Kind == Paragraph })
}

// namesPerson reports whether a person is named in segment si.
func (p *people) namesPerson(si int) bool {
	return slices.ContainsFunc(p.mentions, func(m mention) bool { return m.seg == si && p.isPerson(m) })
}

// leadRoles returns the role nouns of segment si written as definite
// descriptions outside quotations, a few words after the article: "the
// Environment Secretary", "de Vlaamse minister".
func (a *article) leadRoles(si int) []string {
	var out []string
	toks := a.segs[si].toks
	for h, t := range toks {
		if t.punct || t.quote != 0 || t.mark || !isRole(t.lower) {
			continue
		}
		for k := h - 1; k >= 0 && k >= h-3; k-- {
			d := toks[k]
			if lex().determiners.at(d.lower) == definite {
				out = append(out, t.lower)
				break
			}
			if d.punct || d.quote != 0 || functionWords.has(d.lower) {
				break
			}
		}
	}
	return out
}

// tied returns the persons tied to a noun of the description at span:
// those tied before off, the nearest first, then the others.
func (a *article) tied(s Span, off int) []string {
	si := sort.Search(len(a.segs), func(i int) bool { return a.segs[i].Span.End >= s.End })
	if si >= len(a.segs) {
		return nil
	}
	var ts []tie
	toks := a.segs[si].toks
	capModified := false // a name modifies the noun: "the Tranmere boss"
	nation := ""         // a people's adjective among those words: "de Poolse premier"
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.Start })
	first := i
	for n := 0; i < len(toks) && toks[i].End <= s.End && n < 6; i, n = i+1, n+1 {
		t := toks[i]
		if t.cap && !t.sent && !t.punct && nation == "" && demonym(t.text, t.lower) {
			nation = t.text
		}
		// A role may be capitalised, as British papers write it: "the
		// Environment Secretary" is tied as "the environment secretary".
		capRole := t.cap && !t.sent && !t.punct && isRole(t.lower)
		if t.cap && !t.sent && !t.punct && !capRole {
			capModified = true
		}
		noun := t.lower
		if r := addressForms[noun]; r != "" {
			noun = r // "Her Honour": the judge
		} else if t.punct || t.cap && !t.sent && !capRole && !(isAllCaps(t.text) && lex().roles.has(t.lower)) || isDeterminer(t.lower) || functionWords.has(t.lower) {
			continue // (but a role's letters: "the Dublin Bay North TD")
		}
		if lex().orgWords.has(t.lower) {
			if n := i + 1; n < len(toks) && toks[n].End <= s.End && !toks[n].cap && a.personNoun(toks[n].lower) {
				continue // "the county executive": a person of the body
			}
			return nil // a body ("de rechtbank") speaks as such
		}
		// The ties of the noun nearest off, a few either side: an
		// article of thousands of ties to one noun stays linear.
		nt := a.people.tiesOf(noun)
		if len(nt) == 0 && a.lang != "en" {
			// A Dutch compound of a role stands for the one the article
			// gave the role as a word of its own: "de brandweerkapitein"
			// for "kapitein Stijn De Clercq van Brandweerzone Centrum"
			// (not "de missieleider" for "Oppositieleider X").
			if r := roleSuffix(noun); r != "" {
				var own []keyedTie
				for _, kt := range a.people.tiesOf(r) {
					if strings.EqualFold(lastWordBefore(a.src, kt.at), r) {
						own = append(own, kt)
					}
				}
				nt = own
			}
		}
		k := sort.Search(len(nt), func(i int) bool { return nt[i].at >= off })
		for _, kt := range nt[max(0, k-maxTied):min(len(nt), k+maxTied)] {
			ts = append(ts, kt.tie)
		}
	}
	// Nearest before off first, then the rest in order.
	sort.SliceStable(ts, func(i, j int) bool {
		bi, bj := ts[i].at < off, ts[j].at < off
		if bi != bj {
			return bi
		}
		return bi && ts[i].at > ts[j].at
	})
	if capModified && len(ts) > 1 {
		// "the Denver coach" is "Denver coach Stefan Marković", not
		// "Memphis coach Wendell Harrigan": the ties with the
		// description's capitalised word beside them, when some have it.
		ts = a.tiesModified(ts, toks, s)
	}
	if len(ts) > 0 && ts[0].at >= off && first < len(toks) && !sameSentence(toks, first, ts[0].at) && a.personInSentenceBefore(si, first) {
		// A definite description refers back: tied only further on, the
		// noun is someone else's when the sentence before names a
		// person ("Kendall Baptiste has not listened to it. “…,” the
		// 47-year-old arranger said" is not "Crusaders arranger Dane
		// Gomes-Phillip", named further on).
		return nil
	}
	var out []string
	for _, t := range ts {
		if t.at >= off && capModified {
			break // "the Tranmere boss" is not "Harrogate boss Dean Fairclough" named later
		}
		if nation != "" && a.otherNation(t, nation) {
			continue // "de Poolse premier" is not "De Belgische premier Anne X"
		}
		if !slices.Contains(out, t.name) {
			out = append(out, t.name)
		}
	}
	return out
}

// sameSentence reports whether offset off lies in the sentence of
// toks[i].
func sameSentence(toks []tok, i, off int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].End > off })
	return k < len(toks) && toks[k].sid == toks[i].sid
}

// personInSentenceBefore reports whether the sentence before the one of
// token ti of segment si names a person outside quotations.
func (a *article) personInSentenceBefore(si, ti int) bool {
	found := false
	a.sentencesBack(si, ti, 1, func(sj, start, end int) bool {
		// (Its last 80 tokens: a line of one endless sentence stays
		// linear.)
		for k := max(start, end-80); k < end && !found; k++ {
			m, ok := a.people.mentionAt(sj, k)
			found = ok && m.from == k && a.people.isPerson(m) && a.segs[sj].toks[k].quote == 0
		}
		return true
	})
	return found
}

// otherNation reports whether a people's adjective other than nation
// stands among the few words before the name t ties: its title's.
func (a *article) otherNation(t tie, nation string) bool {
	before := a.src[max(0, t.at-modReach):t.at]
	var lb [32]byte // folded on the stack
	for w := range strings.FieldsSeq(before) {
		if w != nation && w[0] >= 'A' && w[0] <= 'Z' && demonym(w, string(text.AppendFold(lb[:0], w))) {
			return true
		}
	}
	return false
}

// tiesModified keeps the ties ts whose text, a few words around the
// name, holds a capitalised word of the description at span s, when one
// does; else it returns ts.
func (a *article) tiesModified(ts []tie, toks []tok, s Span) []tie {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.Start })
	// The modifier's initials in brackets stand for it too: "Cllr Ann
	// Vinsha (FF)" is "the Fianna Fáil councillor".
	var ib [10]byte
	acr := append(ib[:0], '(')
	for j := i; j < len(toks) && toks[j].End <= s.End && len(acr) < cap(ib)-1; j++ {
		if w := toks[j]; w.cap && !w.sent && !w.punct && w.text[0] < utf8.RuneSelf {
			acr = append(acr, w.text[0])
		}
	}
	acr = append(acr, ')')
	kept := ts[:0] // in place: a tie is written only over one read before it
	for _, t := range ts {
		from, to := max(0, t.at-modReach), min(len(a.src), t.at+len(t.name)+modReach)
		near := a.src[from:to]
		if len(acr) > 3 && strings.Contains(near, string(acr)) {
			kept = append(kept, t)
			continue
		}
		for j := i; j < len(toks) && toks[j].End <= s.End; j++ {
			if w := toks[j]; w.cap && !w.sent && !w.punct && !isAllCaps(w.text) && hasWordFold(near, w.text) {
				kept = append(kept, t)
				break
			}
		}
	}
	if len(kept) == 0 {
		return ts
	}
	return kept
}

// marriedName reports whether toks[from:to] is a person's name whose last
// word ends like a street, "Marloes Veen-Ammerlaan", "wethouder Ans
// Ammerlaan": a given name before a double surname, or a role or title
// in lower case right before the name. (A street named after a person
// has neither: "Jan van Galenstraat", "de Burgemeester de Withstraat",
// "Dr. Lelylaan".)
func marriedName(toks []tok, from, to int) bool {
	if from > 0 && !toks[from-1].punct && !toks[from-1].cap && (isRole(toks[from-1].lower) || titleTok(toks[from-1]) || sexTitles["nl"][strings.TrimSuffix(toks[from-1].lower, ".")] != "") {
		return true
	}
	w := toks[to-1].text
	i := strings.LastIndexByte(w, '-')
	if to-from < 2 || !isGiven(toks[from].text) || i <= 0 || i+1 >= len(w) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	second, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsUpper(first) && unicode.IsUpper(second)
}

// portfolioRole returns the index of a role noun before the body it
// serves and the name at token from, "Minister van Justitie en
// Veiligheid David van Weel", "Secretary of State Ann Foley", or -1.
func portfolioRole(toks []tok, from int) int {
	j, n := from-1, 0
	// (The portfolio may hold an article and a title may follow it:
	// "Minister of Culture and the Arts Senator Dr. Rishi X".)
	for j > 0 && n < 8 && (!toks[j].punct || titleTok(toks[j])) && toks[j].quote == 0 && (toks[j].cap || isConj(toks[j].lower) && !affiliation.has(toks[j].lower) || isDeterminer(toks[j].lower) && toks[j+1].cap) {
		j--
		n++
	}
	if n > 0 && j > 0 && affiliation.has(toks[j].lower) && isRole(toks[j-1].lower) {
		return j - 1
	}
	return -1
}

// modReach is how far, in bytes, from a tie's name its modifier is read.
const modReach = 32

// maxTied bounds the ties tied reads either side of its offset.
const maxTied = 8

// tiesOf returns the ties of a noun in the order of the text, from an
// index sorted once an article.
func (p *people) tiesOf(noun string) []keyedTie {
	if !p.tieIdxOK {
		p.tieIdxOK = true
		p.tieIdx = append(p.tieIdx[:0], p.ties...)
		slices.SortStableFunc(p.tieIdx, func(x, y keyedTie) int {
			if c := strings.Compare(x.noun, y.noun); c != 0 {
				return c
			}
			return x.at - y.at
		})
	}
	lo := sort.Search(len(p.tieIdx), func(i int) bool { return p.tieIdx[i].noun >= noun })
	hi := lo + sort.Search(len(p.tieIdx)-lo, func(i int) bool { return p.tieIdx[lo+i].noun != noun })
	return p.tieIdx[lo:hi]
}

func (p *people) add(a *article, si, from, to int) {
	toks := a.segs[si].toks
	afterOrg := false
	// A capitalised role word before a word for a body opens the body's
	// name: "Premier League", not a person called League.
	roleBody := to-from == 1 && from > 0 && lex().orgWords.has(toks[from].lower) && toks[from-1].cap && !toks[from-1].punct && lex().roles.has(toks[from-1].lower)
	if roleBody {
		from--
	}
	// "actiegroep Kick Out Zwarte Piet", "the company Apple": the noun
	// before the run says it names an organisation, whole.
	// Not a noun in a role's phrase: "officier van justitie Sevgi
	// Öztürk", "minister van justitie X" name a person.
	// Nor a plural ("committee member for infrastructure services Ann
	// Vinsha"): it names no one body.
	// (Not after a role and its body: "minister van Financiën X",
	// "voorzitter van de leerlingenraad Bram X" with a given name.)
	orgNamed := from > 0 && a.orgNoun(toks[from-1]) && !(from >= 3 && orgJoin.has(toks[from-2].lower) && isRole(toks[from-3].lower)) &&
		!(from >= 4 && isDeterminer(toks[from-2].lower) && orgJoin.has(toks[from-3].lower) && isRole(toks[from-4].lower) && a.isGiven(toks[from].text)) &&
		!(a.lang == "en" && isPlural(toks[from-1].lower)) &&
		!(a.lang != "en" && orgVerbs.has(toks[from-1].lower) && (from < 2 || !isDeterminer(toks[from-2].lower) || objectPronoun(toks, from-2)))
	// An organisation's name right before a person's is a name of its
	// own: "director of Amnesty International Man-kei Tam", "Ministerie
	// van Defensie Karin Claes". The organisation ends in its last
	// organisation word; what follows is a person's name when it is two
	// or three words, none an organisation's, the first a given name or
	// no ordinary word ("Tam" may be one).
	for k := to - 3; k >= from && !orgNamed; k-- {
		if !lex().orgWords.has(toks[k].lower) {
			continue
		}
		_, given := a.givenName(toks[k+1].text)
		if to-k-1 <= 3 && !toks[k+1].punct && (given || !a.ordinary(toks[k+1].lower)) && !slices.ContainsFunc(toks[k+1:to], func(t tok) bool { // (not "Wageningen University & Research")
			return lex().orgWords.has(t.lower) || orgJoin.has(t.lower)
		}) {
			p.add(a, si, from, k+1)
			from, afterOrg = k+1, true
		}
		break
	}
	// Strip a place before a name: "London Sadiq Khan", "Ukraine Kurt
	// Volker" (a place of two words, "New York", only as a whole).
	// Not a people's adjective ("Syrian Democratic Forces"), nor before
	// an organisation's name.
	// Nor a given name that is also a place before a surname with a
	// particle or a middle initial, or before a word no list knows as a
	// given name or a word and a surname no list knows: "Mark van den
	// Berg", "Bradley J. Vinsha", "Lee Soo Hwa" (but "Victoria Jacinda
	// Ardern", "London Sadiq Khan").
	// "The Louisiana Department of Agriculture and Forestry" is one
	// body's name: an organisation word before a preposition.
	// So is a firm's with "&": "Hartley & Pike".
	bodyJoin := slices.ContainsFunc(toks[from+1:max(from+1, to-1)], func(t tok) bool { return orgJoin.has(t.lower) }) &&
		slices.ContainsFunc(toks[from:to], func(t tok) bool { return lex().orgWords.has(t.lower) }) ||
		slices.ContainsFunc(toks[from:to], func(t tok) bool { return t.text == "&" })
	core := to // the name without a suffix, which is no word of its own: "Odell Smith Jr." is two
	if to-from > 1 && nameSuffix(toks[to-1]) {
		core--
	}
	for n := 2; n >= 1 && !orgNamed && !bodyJoin; n-- {
		if core-from-n >= 2 && a.isPlaceName(a.src[toks[from].Start:toks[from+n-1].End]) && !lex().orgWords.has(toks[to-1].lower) &&
			!(n == 1 && (isParticle(toks, from+1) || isInitial(toks[from+1].text) || !a.isGiven(toks[from+1].text) && !a.tokOrdinary(toks[from+1]) && !a.ambiguous(toks[from+1].lower) && !generated().surnames.Has(toks[core-1].text)) && a.isGiven(toks[from].text)) {
			from += n
			break
		}
	}
	// Strip words before a given name in a long run: "Mobiliteit Karin
	// Claes" is Karin Claes.
	// Not in a body's name, which ends in an organisation word: "Regional
	// Care Authority", though "Care" is a given name.
	// Not a word no list knows, which is most often a given name the
	// lists lack: "Ashwath Narayan Kulkarni".
	// Not after "van"/"of" either, where a portfolio stands ("minister
	// van Volksgezondheid Hugo de Jonge"), nor a compound of listed words.
	// (Worked out only for the runs it can change: it looks words up.)
	unknown := func() bool {
		if t := toks[from].text; len(t) <= 3 && generated().surnames.Has(t) && !toks[from].sent {
			return true // a short surname that opens a Chinese given name: "Li Mei Wong", though "li" is a word
		}
		return !a.tokOrdinary(toks[from]) && !a.ambiguous(toks[from].lower) && !a.isPlace(toks[from].text) && !isDemonym(toks[from]) &&
			!isAllCaps(toks[from].text) && !a.bodyWord(toks[from].lower) && !a.personNoun(toks[from].lower) && (!toks[from].sent || a.lang == "en" && !strings.Contains(toks[from].text, "-")) &&
			!(from > 1 && (orgJoin.has(toks[from-1].lower) || affiliation.has(toks[from-1].lower)) && (isRole(toks[from-2].lower) || toks[from-2].cap)) && !a.nounCompound(toks[from]) // ("the trial of Babatunde Olumide X" is his name)
	}
	if _, given := a.givenName(toks[from].text); !given && to-from >= 3 && !orgNamed && !(lex().orgWords.has(stripPossessive(toks[to-1].lower)) && !isParticle(toks, to-2)) && !unknown() {
		stripped := false
		for k := from + 1; k < to-1 && !isParticle(toks, k); k++ {
			// (A given name after a particle is the father's or the
			// surname's: "Environment Faisal bin Abdul Rahman" is no
			// "Abdul Rahman".)
			if _, ok := a.givenName(toks[k].text); ok && !patronymics.has(toks[k].lower) {
				// Not a given name right after a body's preposition:
				// "Institute of Marine Science" is one name.
				if !(bodyJoin && orgJoin.has(toks[k-1].lower)) {
					from = k
				}
				stripped = true
				break
			}
		}
		if !stripped && toks[from].sent && a.personNoun(toks[from].lower) {
			// A noun for a person opening the sentence is no part of the
			// name that follows, whatever its given name: "Zaakvoerder
			// Luris D'hondt".
			from, stripped = from+1, true
		}
		if !stripped {
			// Ordinary words before two that are none are a body's name
			// before a person's ("schepen van Ruimtelijke Ordening Luris
			// Quorbel"), whatever the given name.
			k := from
			for k < to && a.tokOrdinary(toks[k]) && !a.isGiven(toks[k].text) {
				k++
			}
			named := k > from && to-k >= 2 && !isParticle(toks, k) && !toks[k].punct
			for n := k; named && n < to; n++ {
				// (A particle inside the person's name and the surname
				// after it may be ordinary words or places: "Financiën
				// Hanneke de Vries".)
				afterParticle := n > k && isParticle(toks, n) || n > k+1 && isParticle(toks, n-1)
				named = afterParticle || !a.tokOrdinary(toks[n]) && !a.isPlace(toks[n].text)
			}
			if named { // (not from the apostrophe of "Federated Farmers’ Waikato")
				from = k
			}
		}
	}
	if a.lang != "en" && to-from >= 4 && toks[from].sent && isDeterminer(toks[from].lower) && demonymsNL.has(toks[from+1].lower) {
		from++ // "De Pool Paweł Nowicki won": the article opens the sentence, the noun follows
	}
	if a.lang != "en" && to-from >= 3 && demonymsNL.has(toks[from].lower) && !a.isGiven(toks[from].text) &&
		(a.isGiven(toks[from+1].text) || !a.tokOrdinary(toks[from+1])) && !slices.ContainsFunc(toks[from+1:to], func(t tok) bool { return a.bodyWord(t.lower) }) {
		// A Dutch noun for a person of a country before a person's name:
		// "de Sloveen Matej Kovač" (not a body's: "Groninger Bodem
		// Beweging").
		from++
	}
	if to-from == 2 && toks[from].sent && isDeterminer(toks[from].lower) && isAllCaps(toks[from+1].text) {
		from++ // "De GGD houdt …": the article opens the sentence, not the name
	}
	if to-from >= 2 && toks[from].sent && isDeterminer(toks[from].lower) && slices.ContainsFunc(toks[from+1:to], func(t tok) bool { return a.bodyWord(t.lower) }) {
		from++ // "De Nationale Loterij roept …", "De Provincie Zeeland laat …": not "De Jong"
	}
	if to-from >= 3 && from >= 2 && affiliation.has(toks[from-1].lower) && isRole(toks[from-2].lower) && !a.isGiven(toks[from].text) &&
		(a.ordinary(toks[from].lower) || a.ambiguous(toks[from].lower)) && !isParticle(toks, from+1) {
		from++ // the portfolio before a name no list knows: "Second Minister for Finance Lim Boon Keat"
	}
	name := a.joinWords(toks[from:to])
	m := mention{seg: si, from: from, to: to, sid: int(toks[from].sid), span: Span{Start: toks[from].Start, End: toks[to-1].End}, name: name, key: tokKey(toks[from:to]),
		outlet: text.Outlets().Has(name)}
	if t := from - 1; t >= 0 {
		for t > 0 && toks[t].part != partNone && !toks[t].cap {
			t-- // the title before the particles: "Mr ap Rhys", "mevrouw van der Berg"
		}
		if g := sexTitles[a.lang][strings.TrimSuffix(toks[t].lower, ".")]; g != "" {
			m.gender, m.titled = g[0], true
		}
	}
	if g, ok := a.givenSex(toks[from].text); ok {
		if !m.titled {
			m.gender, m.named = g, g != 0
		}
		if to-from >= 2 {
			// "Paris Hilton", but not "North America": a given name
			// before a place makes no person.
			last := toks[to-1].text
			m.strong = !a.isPlace(name) && !(to-from == 2 && a.isPlace(last) && !generated().surnames.Has(last)) &&
				!lex().orgWords.has(stripPossessive(toks[to-1].lower)) // "Justice Department"
		} else if !functionWords.has(toks[from].lower) && !a.isPlace(toks[from].text) && !dates.IsMonthName(toks[from].text) && (from == 0 || !functionWords.has(toks[from-1].lower) && !isNumber(toks[from-1].text)) {
			// A person named by a given name alone ("Katya"), not a
			// weekday, month or place that the name lists also hold ("on
			// Tuesday", "in April", "Florida").
			m.given = true
		}
	}
	if a.lang != "en" && from > 0 && articles.has(toks[from-1].text) && lex().determiners.at(toks[from-1].text) == definite && !a.isGiven(toks[from].text) && !m.strong && !isAllCaps(toks[from].text) && toks[from].part == partNone {
		// A Dutch name after a lower-case article is a place's, a body's
		// or a thing's: "op de Kwaremont", "van het Interprovinciaal
		// Overleg". A surname on its own takes a capital: "De Vries"
		// (and "de De Jonge-aanpak" is his).
		m.org, m.given, m.gender = true, false, 0
	}
	if to+1 < len(toks) && toks[to+1].cap && !toks[to].cap && !toks[to].punct && isRole(toks[to].lower) && a.isNameTok(toks[to+1]) && !a.isGiven(toks[from].text) {
		// A name before a role and a person's name is the body the
		// person serves: "Blizzard coach Sandrine X", "Tranmere boss
		// Dean X".
		m.org, m.strong, m.given, m.gender = true, false, false, 0
	}
	if to < len(toks) && toks[to].cap && !toks[to].sent && strings.IndexByte(toks[to].lower, '-') > 0 && isRole(toks[to].lower) {
		// The first words of a party's or body's name whose last word
		// makes a compound with a role: "Les Engagés-voorzitter X",
		// "Samen Lokaal-raadslid X". No person, whatever given name
		// "Les" is.
		m.org, m.strong, m.given, m.gender = true, false, false, 0
	}
	for k := from + 1; k < to-1 && !m.strong; k++ {
		if hyphenParticle(toks[k].text) {
			// A double surname whose second part opens with a particle
			// ("Wendelien Scholten-van Dijk", "Hiemstra-de Jong") is a
			// person's, whatever lists hold the given name.
			m.strong = true
		}
	}
	for k := from + 1; k < to-1; k++ {
		if toks[k].text == "&" {
			// "Polder & Zoon", "Procter & Gamble": a firm's name, kept
			// apart from any person named Zoon.
			m.org, m.strong, m.given, m.gender = true, false, false, 0
			m.key = lower(name)
			break
		}
		if orgJoin.has(toks[k].lower) && (lex().orgWords.has(toks[k-1].lower) || a.lang != "en" && a.orgCompound(toks[k-1].lower)) {
			// "Court of Justice", "Ministerie van Financiën": the word
			// before the preposition names a body, whatever name lists
			// hold it ("Court").
			m.org, m.strong, m.given, m.gender = true, false, false, 0
			break
		}
	}
	if from > 0 && toks[from-1].cap && eventWords.has(toks[from-1].lower) {
		// "de GP Sven Nys": a race named after someone, who does not
		// speak in it.
		m.org, m.strong, m.given, m.gender = true, false, false, 0
		m.key = lower(name)
	}
	if to-from >= 2 && clubPrefixes.has(toks[from].lower) || from > 0 && !toks[from-1].cap && clubPrefixes.has(toks[from-1].lower) {
		// "SC Heerenveen", "vv Eernewoude": a club, kept apart from its
		// place by its own key.
		m.org, m.strong, m.given, m.gender = true, false, false, 0
		m.key = lower(name)
	}
	if to-from >= 2 && a.sportBody(toks, from) == to {
		// "Athletics Kenya": a body, kept apart from the country by its
		// own key.
		m.org, m.strong, m.given, m.gender = true, false, false, 0
		m.key = lower(name)
	}
	if to-from >= 2 && legalForms.has(toks[to-1].lower) {
		m.org, m.strong, m.given, m.gender = true, false, false, 0 // "Kempenwind BV": a firm
	}
	if to-from >= 2 && a.lang != "en" && !lex().orgWords.has(toks[from].lower) && a.orgCompound(toks[from].lower) && !a.isGiven(toks[from].text) {
		// "Rijwielfabriek Van der Zwaag": a company named after its
		// family, no person; its own key keeps it apart from "Sjoerd van
		// der Zwaag". (A given name is none, whatever it ends in:
		// "Koenraad", "Conraad".)
		m.org, m.strong, m.given, m.gender = true, false, false, 0
		m.key = lower(name)
	}
	if from > 0 && to < len(toks) && !m.strong && isDeterminer(toks[from-1].lower) && !toks[from-1].sent && !toks[to].cap && !toks[to].punct && toks[to].quote == 0 &&
		plainWord(toks[to].lower) && !a.personNoun(toks[to].lower) && !isRole(toks[to].lower) {
		// "a Kericho Highlands match": a name that modifies a noun for
		// a thing names no person ("a Trump aide" is a description).
		m.org, m.given, m.gender = true, false, 0
	}
	if a.lang == "en" && to-from >= 2 && a.pluralNoun(toks[to-1]) && !generated().surnames.Has(toks[to-1].text) &&
		(!m.strong && !a.isGiven(toks[from].text) || from > 0 && toks[from-1].lower == "the") {
		// A name that ends in a plural noun is a firm's or a group's:
		// "Okun Petrochemicals", "Kestrel Logistics" (not a surname
		// that is one: "Tom Banks"), whatever its first word after
		// "the": "the Hunter Valley Rangers".
		m.org, m.strong, m.given, m.gender = true, false, false, 0
	}
	if a.lang == "en" && from > 0 && toks[from-1].lower == "the" && !strings.HasSuffix(toks[to-1].lower, "s") && !possessive(toks[to-1]) &&
		!slices.ContainsFunc(toks[from:to], func(t tok) bool { return isRole(t.lower) || isTitle(t.text) }) {
		// English sets no article before a person's name: "on the Green
		// Point Common", "the Lakeside Trust" name a place or a body,
		// whatever given name they open with. (A role keeps its person:
		// "the Prime Minister Ann Lee"; a plural or possessive may be a
		// family's or a team's, which other rules read: "the Turpins".)
		m.org, m.strong, m.given, m.gender = true, false, false, 0
	}
	if to-from == 2 && isPlural(toks[to-1].text) && a.isPlace(toks[from].text) && !a.isGiven(toks[from].text) {
		m.org, m.strong, m.given, m.gender = true, false, false, 0 // a team: "Edmonton Oilers", "Leeds Rhinos"
	}
	if from > 0 && placeTitles.has(strings.TrimSuffix(toks[from-1].text, ".")) && !(from > 1 && titleTok(toks[from-2])) || // (but "Ms St John-Hart" is a person)
		to-from >= 2 && placeTitles.has(strings.TrimSuffix(toks[from].text, ".")) && !(from > 0 && titleTok(toks[from-1])) {
		m.place, m.strong, m.given, m.gender = true, false, false, 0 // "St. Vital", "St Helens", "Co Westmeath"
	}
	if a.lang != "en" && isStreet(toks[to-1].lower) && !marriedName(toks, from, to) || a.lang != "nl" && to-from >= 2 && placeNounsEN.has(toks[to-1].text) {
		m.place, m.strong, m.given, m.gender = true, false, false, 0 // "aan de Lange Lozanastraat", "Williams Lake"
	}
	if to-from >= 2 && vehicleMakes.has(toks[from].lower) {
		m.org, m.strong, m.given, m.gender = true, false, false, 0 // "a Chevrolet Silverado", "Ford Genk"
	}
	if to-from >= 2 && !slices.ContainsFunc(toks[from:to], func(t tok) bool { return !regionWords.has(t.lower) }) {
		// "the agency's North Central zonal coordinator" (but a word
		// alone may be a surname: "West said").
		m.place, m.strong, m.given, m.gender = true, false, false, 0
	}
	if to-from >= 2 && partisansEN.has(toks[to-1].text) {
		// "the Henderson Democrat": a party's member described, no name.
		m.org, m.strong, m.given, m.gender = true, false, false, 0
	}
	if from > 1 && seatPrep[toks[from-1].lower] && seatRoles[toks[from-2].lower] {
		// "the Labour MP for Calder Vale": the seat, not a person.
		m.place, m.strong, m.given, m.gender = true, false, false, 0
	}
	if from > 0 {
		switch prev := toks[from-1].lower; {
		case prev == "from" && m.to-from >= 2 && a.isGiven(toks[from].text) && !a.isPlace(name):
			// "a call from Angela Quorbel", "the other no vote came from
			// Angela Quorbel": a person, whom "from" names as often as
			// a place.
		case placePrep.has(prev):
			m.place = true
		case (prev == "of" || prev == "van") && from > 1 && directions.has(toks[from-2].lower):
			m.place = true // "35 miles south of Vieux Fort", "ten zuiden van Utrecht"
		case prev == "to":
			m.place = from < 2 || toks[from-2].lower != "according"
		}
		if n := len(p.mentions); n > 0 && isConj(toks[from-1].lower) {
			// "in Manhattan and Palm Beach": a place too.
			if prev := p.mentions[n-1]; prev.seg == si && prev.to == from-1 && prev.place {
				m.place = true
			}
		}
	}
	if afterOrg && !m.org {
		m.strong = true // the person the organisation's name comes with
	}
	if orgNamed || roleBody {
		m.org, m.strong, m.given, m.gender = true, false, false, 0
	}
	if from > 0 {
		prev := toks[from-1].lower
		r := roleOf(prev)
		if from > 1 && titleTok(toks[from-1]) && !toks[from-2].punct {
			if r2 := roleOf(toks[from-2].lower); r2 != "" {
				r = r2 // the role before a title: "Prime Minister Dr Anand X"
			}
		}
		if r != "" && !(m.to-m.from == 1 && a.isPlace(m.name)) {
			m.role, m.strong = r, true // (not a place's name: "leider Genk" is the club)
		}
		if isTitle(toks[from-1].text) || (m.titled || a.afterNameNoun(toks, from)) && !m.org && !m.place {
			m.strong = true // "Sen. …", "Madam Siti …", "met de schuilnaam Zaadje", "gave her name only as Bec"
		}
		k := from - 1
		if prev == "," && from > 2 {
			k = from - 2 // in apposition: "Haar man, Abdirahman Farah, las"
			prev = toks[k].lower
		}
		if g, ok := lex().kin[prev]; ok && k > 0 && isDeterminer(toks[k-1].lower) {
			// "zijn vrouw Lutgarde": a person, whose gender the noun
			// gives; in apposition the gender only.
			m.strong = m.strong || k == from-1
			if g != 0 {
				m.gender, m.named = g, false
			}
		}
	}
	if !m.strong && !m.org && !m.place && a.mentionAge(m) != "" && !a.isPlace(m.name) {
		m.strong = true // an age beside the name: "Godelieve (78), die …", "Tom Vinsha, 52,"
	}
	p.mentions = append(p.mentions, m)
}

// canon returns the fullest name of the person named name, remembered
// per name: the people are fixed once findPeople has grouped them, and
// every generator asks again.
func (p *people) canon(name string) string {
	if c, ok := p.canonMemo[name]; ok {
		return c
	}
	c := p.canonOf(name)
	for _, m := range p.married {
		if c == m[0] {
			c = m[1]
			break
		}
	}
	if p.canonMemo == nil {
		p.canonMemo = map[string]string{}
	}
	p.canonMemo[name] = c
	return c
}

func (p *people) canonOf(name string) string {
	if len(name) <= 8 && (isAllCaps(name) || mixedAcronym(name)) && !strings.Contains(name, " ") {
		if long := p.expansion(name); long != "" {
			return long // "HSE" → "Health Service Executive", named in the same article
		}
	}
	if c, ok := p.byGiven[name]; ok && c != "" {
		return c // "Miranda" → "Miranda Borgignon", when only one person has that given name
	}
	var kb [48]byte
	c, ok := p.canonical[string(appendSurnameKey(kb[:0], name))]
	if !strings.Contains(name, " ") && !strings.Contains(c, " ") {
		if full := p.middleOf(name); full != "" {
			return full // "Apio said" is Grace Apio Ogwang, whom no other name calls so
		}
	}
	if ok {
		nw, cw := countWords(name), countWords(c)
		// Only when the forms agree: "Zuckerberg" → "Mark Zuckerberg",
		// "Van der Ploeg" → "Marieke van der Ploeg-de Visser".
		if cw >= nw && (nw == 1 || onlyParticlesBefore(name) || len(c) >= len(name) && strings.EqualFold(c[len(c)-len(name):], name)) {
			return c
		}
		// The same given name and surname, with or without the middle
		// names: "Anna Smit" is "Anna Maria Smit"; "Robert Gabriel
		// Mugabe" is "Robert Mugabe" when the article writes that most.
		if nw >= 2 && cw >= 2 && nw != cw && firstWord(name) == firstWord(c) {
			return c
		}
	}
	return name
}

// middleOf returns the full name of the one person the article names
// with the word w inside a name of three words or more ("Grace Apio
// Ogwang" for "Apio"), or "".
func (p *people) middleOf(w string) string {
	if !p.middlesOK {
		p.middlesOK = true
		if p.middles == nil {
			p.middles = map[string]string{}
		}
		var fa [8]string
		for i := range p.mentions {
			m := &p.mentions[i]
			f := text.FieldsInto(fa[:0], m.name)
			if len(f) < 3 || !p.strong[m.key] {
				continue
			}
			for _, mid := range f[1 : len(f)-1] {
				if c, seen := p.middles[mid]; seen && c != m.name {
					p.middles[mid] = ""
				} else {
					p.middles[mid] = m.name
				}
			}
		}
	}
	return p.middles[w]
}

// expansion returns the name, not a person's, that the article writes
// whose capitalised words start with the letters of the acronym acr, in
// order: "Health Service Executive" for "HSE", "Centraal Bureau voor de
// Statistiek" for "CBS"; "" when there is none or several differ.
//
// The names are indexed by their initials once per article, so that an
// article of many acronyms and names stays linear.
func (p *people) expansion(acr string) string {
	for _, b := range p.bracketed {
		if b[0] == acr {
			return b[1]
		}
	}
	if !p.acronymsOK {
		p.acronymsOK = true
		if p.acronyms == nil {
			p.acronyms = map[string]string{}
		}
		var ib [8]byte
		for i := range p.mentions {
			m := &p.mentions[i]
			in, ok := initialsOf(ib[:0], m.name)
			if m.person == 1 || !ok {
				continue
			}
			if c, seen := p.acronyms[string(in)]; seen && c != m.name {
				p.acronyms[string(in)] = ""
			} else {
				p.acronyms[string(in)] = m.name
			}
		}
	}
	return p.acronyms[acr]
}

// bracketAcronyms finds the acronyms the article spells out: in brackets
// after the words they abbreviate, "Het College ter Beoordeling van
// Geneesmiddelen (CBG)", whatever name runs the mentions cut those words
// into: the nearest capitalised word back whose initials, with those of
// the capitalised words after it, spell the acronym opens the name.
func (p *people) bracketAcronyms(a *article) {
	var ib [8]byte
	for _, m := range p.mentions {
		toks := a.segs[m.seg].toks
		mixed := mixedAcronym(m.name) // "SodM": Staatstoezicht op de Mijnen
		if m.to-m.from != 1 || m.from < 2 || m.to >= len(toks) || toks[m.from-1].text != "(" || toks[m.to].text != ")" || !isAllCaps(m.name) && !mixed || len(m.name) > 8 {
			continue
		}
		end := toks[m.from-2].End
		// Initials first; failing those, letters inside the words
		// too, as compounds write them: "Lokaal Overlegplatform (LOP)",
		// "Uitvoeringsinstituut Werknemersverzekeringen (UWV)".
	passes:
		for pass := range 2 {
			for k := m.from - 2; k >= 0 && k >= m.from-12; k-- {
				t := toks[k]
				if t.punct || t.quote != 0 || t.mark {
					break
				}
				if !t.cap {
					continue
				}
				var in []byte
				ok := false
				switch {
				case pass == 1:
					ok = !mixed && spells(m.name, a.src[t.Start:end])
				case mixed:
					in, ok = allInitials(ib[:0], a.src[t.Start:end])
					ok = ok && strings.EqualFold(string(in), m.name)
				default:
					in, ok = initialsOf(ib[:0], a.src[t.Start:end])
					ok = ok && string(in) == m.name
				}
				if ok {
					// (Without a possessive the brackets follow: "the Pune
					// Municipal Corporation's (PMC) health department".)
					p.bracketed = append(p.bracketed, [2]string{m.name, stripPossessive(oneLine(a.src[t.Start:end]))})
					break passes
				}
			}
		}
	}
	// An acronym and a place are one body's name ("LTO Nederland"): the
	// acronym alone stands for it, when the article writes it with one
	// place only.
	for _, m := range p.mentions {
		toks := a.segs[m.seg].toks
		acr := toks[m.from].text
		if m.to-m.from < 2 || m.to-m.from > 3 || !isAllCaps(acr) || len(acr) > 8 || isInitials(acr) || !a.isPlace(a.src[toks[m.from+1].Start:toks[m.to-1].End]) {
			continue
		}
		i := slices.IndexFunc(p.bracketed, func(b [2]string) bool { return b[0] == acr })
		switch {
		case i < 0:
			p.bracketed = append(p.bracketed, [2]string{acr, m.name})
		case p.bracketed[i][1] != m.name && !strings.HasPrefix(p.bracketed[i][1], acr+" "):
			// (one the brackets define stays)
		case p.bracketed[i][1] != m.name:
			p.bracketed[i][1] = acr // two places: neither
		}
	}
}

// mixedAcronym reports whether w is an acronym written with lower-case
// letters for the small words of the name: "SodM", "PvdA".
func mixedAcronym(w string) bool {
	if len(w) < 3 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' || isAllCaps(w) {
		return false
	}
	upper := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c < 'a' || c > 'z':
			return false
		}
	}
	return upper >= 2
}

// allInitials appends to dst the first letter of every word of name and
// of every part of a hyphenated one, small words too: "Staatstoezicht op
// de Mijnen" gives "SodM". It reports false for none but ASCII letters.
func allInitials(dst []byte, name string) ([]byte, bool) {
	for f := range strings.FieldsSeq(name) {
		for w := range strings.SplitSeq(f, "-") {
			if w == "" || len(dst) == cap(dst) || w[0] >= utf8.RuneSelf {
				return dst, false
			}
			dst = append(dst, w[0])
		}
	}
	return dst, len(dst) >= 3
}

// initialsOf appends to dst the first letters of the capitalised words
// of name and of their hyphenated parts ("Auditor-General": A, G), two
// to eight of them, ASCII and none a word in capitals:
// "HSE" of "Health Service Executive", "CBS" of "Centraal Bureau voor de
// Statistiek" (lower-case words are skipped). It reports false for a
// name that has no such initials.
func initialsOf(dst []byte, name string) ([]byte, bool) {
	for f := range strings.FieldsSeq(name) {
		for w := range strings.SplitSeq(f, "-") { // "Auditor-General": A, G
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				continue // "of", "voor de"
			}
			if len(dst) == cap(dst) || r >= utf8.RuneSelf || isAllCaps(w) {
				return dst, false
			}
			dst = append(dst, byte(r))
		}
	}
	return dst, len(dst) >= 2
}

// spells reports whether acr, in capitals, spells long when a name's
// compounds may give letters from inside: every capitalised word of long
// gives its first letter, in order, and may give more from inside it
// ("Overlegplatform" O and P, so "Lokaal Overlegplatform" spells LOP);
// lower-case words ("voor", "en") give none.
func spells(acr, long string) bool {
	if len(acr) < 2 || !isAllCaps(acr) {
		return false
	}
	var words [12]string
	n := 0
	for w := range strings.FieldsSeq(long) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			if n == len(words) {
				return false
			}
			words[n] = w
			n++
		}
	}
	return spellsFrom(acr, words[:n])
}

// spellsFrom reports whether words spell acr as spells says: the first
// word gives acr's first letter and, from inside, as many of the next
// ones as leave the rest to the other words.
func spellsFrom(acr string, words []string) bool {
	if len(words) == 0 || len(words) > len(acr) {
		return len(words) == 0 && acr == "" // (a word per letter at most: bounded)
	}
	w := words[0]
	if w[0] != acr[0] {
		return false
	}
	// Take e more letters from inside w, e = 0, 1, ...: the earliest
	// places that hold them leave the most for a longer e.
	i, j := 1, 1
	for {
		if spellsFrom(acr[i:], words[1:]) {
			return true
		}
		if i == len(acr) {
			return false
		}
		for j < len(w) && w[j]|0x20 != acr[i]|0x20 {
			j++
		}
		if j == len(w) {
			return false
		}
		i, j = i+1, j+1
	}
}

// usualForm finds the name a person of a fullest name of three words or
// more goes by: the fullest name, or a shorter one with its first and
// last word that the article writes at least twice as often ("Robert
// Mugabe" five times beside one "Robert Gabriel Mugabe"): the middle
// names are dropped. It counts in one pass over the mentions, for all
// such names at once: a pass a name took time with the square of an
// article's persons.
type usualForm struct {
	full, first, last, best string
	fw, nFull, nBest        int
}

// add counts the mention name of the full name's person.
func (u *usualForm) add(name string) {
	if name == u.full {
		u.nFull++
		return
	}
	if w := countWords(name); w >= 2 && w < u.fw && firstWord(name) == u.first && strings.HasSuffix(name, " "+u.last) {
		if name == u.best {
			u.nBest++
		} else if u.best == "" {
			u.best, u.nBest = name, 1
		}
	}
}

// form returns the usual form.
func (u *usualForm) form() string {
	if u.best != "" && u.nBest >= 2*u.nFull {
		return u.best
	}
	return u.full
}

// surnameFirst reads a title before the first word of a full name as
// the sign that the word is a surname written first ("Prof Tan" of "Tan
// Hui Min", "Mr Lee" of "Lee Seo-jun"): whatever given name the word
// also is, it tells nothing of the person's sex, and a title that does
// tells it instead.
func (p *people) surnameFirst(a *article) {
	for i := range p.mentions {
		m := &p.mentions[i]
		if m.to-m.from != 1 || m.from == 0 || !titleTok(a.segs[m.seg].toks[m.from-1]) {
			continue
		}
		g, given := a.givenSex(m.name)
		// Someone else may have the word as a surname written last,
		// with a given name of a sex: the title's sex tells which of
		// the two it names ("Kelvin Tan" and "Tan Wei Ling": "Mr Tan",
		// "Ms Tan").
		if c, ok := p.canonical[m.key]; ok && m.titled && m.gender != 0 && firstWord(c) != m.name {
			if og, ok := a.givenSex(firstWord(c)); ok && og != 0 && og != 'x' {
				if og != m.gender {
					p.nameSurnameFirst(m)
				}
				continue // the title names one of the two; the other keeps its sex
			}
		}
		for fullKey, full := range p.canonical {
			if !strings.Contains(full, " ") || firstWord(full) != m.name {
				continue
			}
			// The full name's key and the surname's own ("tan"), in any
			// order: each is set or cleared alike.
			for _, k := range [2]string{fullKey, m.key} {
				switch {
				case m.titled:
					p.gender[k] = m.gender
				case given && g != 0 && p.gender[k] == g:
					delete(p.gender, k)
				}
			}
		}
	}
}

// twoPeople reports whether the names x and y, of two words or more
// with one key, are two people's: neither is the other's last words, in
// any case ("Hawk Sawyer" of "Kathleen Hawk Sawyer", "Van Leeuwen" of
// "Sanne van Leeuwen" are one person).
func twoPeople(x, y string) bool {
	return strings.Contains(y, " ") && !strings.EqualFold(x, y) && !endsWords(x, y) && !endsWords(y, x)
}

// endsWords reports whether the words of y end x, case ignored.
func endsWords(x, y string) bool {
	n := len(x) - len(y)
	return n > 0 && x[n-1] == ' ' && strings.EqualFold(x[n:], y)
}

// nameSurnameFirst gives the titled mention m the one full name it opens,
// with the title's sex, when exactly one does.
func (p *people) nameSurnameFirst(m *mention) {
	key, full := "", ""
	for k, f := range p.canonical {
		if strings.Contains(f, " ") && firstWord(f) == m.name {
			if full != "" && f != full {
				return // two: neither
			}
			key, full = k, f
		}
	}
	if full != "" {
		m.name, m.key = full, key
		p.gender[key] = m.gender
	}
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// isPerson reports whether the mention names a person rather than a
// place or an organisation, as far as the article tells.
func (p *people) isPerson(m mention) bool {
	if m.person != 0 {
		return m.person == 1
	}
	if m.place || m.outlet || m.org || p.team[m.key] {
		return false // "in Saudi Arabia", "told the BBC", "the Court of Justice", "the Flames"
	}
	if isInitials(m.name) {
		return true // "K.V. las een brief voor"
	}
	return p.strong[m.key] || p.weakPerson(m) || p.byGiven[m.name] != "" || m.given
}

// weakPerson reports whether a mention looks like a person's full name
// without proof: two or three plain capitalised words ("Baslan Damang"),
// not a compound ("Analytica-schandaal") or a name with "van" between
// nouns ("Raad van Bestuur"). The answer per surname is worked out once in
// findPeople; only the acronym test depends on the mention itself.
func (p *people) weakPerson(m mention) bool {
	return p.weak[m.key] && !isAllCaps(m.name)
}

// weakName is weakPerson's test of a canonical name. A name made only of
// ordinary words and places ("Cabinet Room", "Latin American") is no
// person's unless it starts with a given name.
func (a *article) weakName(c string) bool {
	// Words and their lower case in buffers on the stack: this runs for
	// every person of every article.
	var fa [8]string
	f := text.FieldsInto(fa[:0], c)
	var lb [32]byte
	n := 0 // words other than particles
	for _, w := range f {
		if lw := string(text.AppendFold(lb[:0], w)); !lex().particles.has(lw) && !lex().leadParticles.has(lw) {
			n++
		}
	}
	if n == 1 && len(f) >= 2 {
		// A surname with its particles alone: "Van Dijk", "De Bruyne",
		// and one no list knows ("Van Quorbel"), though not "De Lijn",
		// "Den Haag" or "La Liga", whose last word is a word or a place,
		// nor "De GGD", an acronym.
		last := f[len(f)-1]
		ll := string(text.AppendFold(lb[:0], last))
		// Only where the word lists know the language: "Der Hafen".
		known := a.lang == "nl" || a.lang == "en"
		return generated().surnames.Has(c) || generated().surnames.Has(lowerFirst(c)) || // "De Ruiter" as "de Ruiter"
			known && !isAllCaps(last) && !a.ordinary(ll) && !a.ambiguous(ll) && !a.isPlace(c) && !a.isPlace(last) && !lex().orgWords.has(ll) && !text.Outlets().Has(c)
	}
	if n < 2 || n > 3 || f[0] == "The" {
		return false // "The Guardian" is a title
	}
	_, given := a.givenName(f[0])
	if !given && n == 2 && len(f) >= 4 {
		// Two particles between a word no list knows and a surname make
		// a Dutch name, whatever the surname is besides ("Hanneke van der
		// Linden", "Joris van den Berg"): bodies and places take one.
		f0 := string(text.AppendFold(lb[:0], f[0]))
		if !a.ordinary(f0) && !a.ambiguous(f0) && !lex().orgWords.has(f0) && !a.isPlace(f[0]) {
			return true
		}
	}
	if a.isPlace(c) {
		return false // "Nova Scotia", whatever given name it opens with (the whole name: "Paris Hilton" is a person)
	}
	if a.lang != "nl" && len(f) >= 2 && placeNounsEN.has(f[len(f)-1]) {
		return false // "Kusu Island", so that "Island" alone is no person either
	}
	// A place after a particle is a surname: "Sytse de Vries".
	afterParticle := len(f) >= 2 && (lex().particles.hasLower(f[len(f)-2]) || lex().leadParticles.hasLower(f[len(f)-2]))
	if !given {
		if !afterParticle && a.isPlace(f[len(f)-1]) || len(f) >= 3 && a.isPlace(f[len(f)-2]+" "+f[len(f)-1]) || a.isPlace(c) {
			return false // "Jeugdzorg Nederland", "Amnesty International", "Health New Zealand", "New Brunswick"
		}
		plain := true
		for _, w := range f {
			if lw := string(text.AppendFold(lb[:0], w)); !a.ordinary(lw) && !a.ambiguous(lw) && !a.isPlace(w) {
				plain = false
			}
		}
		if plain {
			return false
		}
	}
	for i, w := range f {
		lw := string(text.AppendFold(lb[:0], w))
		if afterParticle && i == len(f)-1 {
			continue // "Van der Ploeg": a surname after its particles, whatever word it also is
		}
		if lex().orgWords.has(lw) || i == len(f)-1 && !given && a.lang == "nl" && a.orgCompound(lw) {
			return false // also "Nederlandse Zorgautoriteit", a compound's body word at the end
		}
		// A particle inside: "Aad in 't Veld", not "Raad van Bestuur",
		// whose first word is an ordinary one and no given name ("Mark
		// van den Berg" is a person).
		if lex().particles.has(lw) || lex().leadParticles.has(lw) {
			if i == 0 || !given && a.ordinary(string(text.AppendFold(lb[:0], f[0]))) || a.isPlace(f[0]) {
				return false
			}
		}
		if i := strings.IndexByte(w, '-'); i >= 0 && i+1 < len(w) && !unicode.IsUpper(rune(w[i+1])) && !givenSyllables(w) {
			return false
		}
	}
	return true
}

// Roles whose preposition names a seat or portfolio (lexicon/seat.txt),
// and those prepositions.
var (
	seatRoles, seatPrep = func() (roles, preps map[string]bool) {
		roles, preps = map[string]bool{}, map[string]bool{}
		for _, e := range entries("seat.txt") {
			if len(e) == 2 && e[0] == "prep" {
				preps[e[1]] = true
			} else {
				roles[e[0]] = true
			}
		}
		return roles, preps
	}()
)

// lookBack bounds how many mentions a backwards search visits: antecedents
// are near, and the bound keeps long inputs linear.
const lookBack = 200

// before calls f with the mentions that end at or before offset off, the
// most recent first, until f returns false or lookBack are seen.
func (p *people) before(off int, f func(mention) bool) {
	// Mentions are in source order: find the last one before off.
	i := sort.Search(len(p.mentions), func(i int) bool { return p.mentions[i].span.End > off })
	for n := 0; i > 0 && n < lookBack; n++ {
		i--
		if !f(p.mentions[i]) {
			return
		}
	}
}

// index builds the token → mention table.
func (p *people) index(a *article) {
	p.atBuf = append(p.atBuf[:0], make([]int32, len(a.toks))...)
	p.at = p.at[:0]
	off := 0
	for si := range a.segs {
		n := len(a.segs[si].toks)
		p.at = append(p.at, p.atBuf[off:off+n:off+n])
		off += n
	}
	for i, m := range p.mentions {
		for k := m.from; k < m.to; k++ {
			p.at[m.seg][k] = int32(i + 1)
		}
	}
}

// mentionAt returns the mention that covers token i of segment si.
func (p *people) mentionAt(si, i int) (mention, bool) {
	if si < 0 || si >= len(p.at) || i < 0 || i >= len(p.at[si]) || p.at[si][i] == 0 {
		return mention{}, false
	}
	return p.mentions[p.at[si][i]-1], true
}

// affiliations marks a name before a role noun and another name as the
// second one's team, party or body, not a person: "Madhya Pradesh
// captain Rajat Chouhan", "Vidarbha coach Pradeep Sule".
func (p *people) affiliations(a *article) {
	for i := range p.mentions {
		m := &p.mentions[i]
		toks := a.segs[m.seg].toks
		// A name before a role noun, of up to three words, and a person's
		// name is the person's body: "Kelvinbrae manager Tomasz Wrona",
		// "Kelvinbrae chief executive Morag Ure-Baxter".
		// (Each word a role's or a person's: not "laat zijn vrouw Riet".)
		for r := m.to; r < m.to+3 && r+1 < len(toks) && !toks[r].cap && !toks[r].punct && toks[r].quote == 0 &&
			(isRole(toks[r].lower) || a.personNoun(toks[r].lower)); r++ {
			if o, ok := p.mentionAt(m.seg, r+1); ok && o.from == r+1 {
				m.org = true
				break
			}
		}
		// A name right after a noun for a building is the building's:
		// "sporthal De Polfermolen".
		if f := m.from; f > 0 && a.nounIn(toks[f-1], venues, 3) { // ("sporthal": "hal" has three letters)
			m.place = true
		}
		// Nor is a name right after a noun for a work a person's: "the
		// 2019 film Kampung Boy Returns" is a title, which no more
		// speaks than a place does. (Not a person's full name: "the book
		// Michelle Quorbel wrote".)
		if f := m.from; f > 0 && m.to-f >= 2 && !a.isGiven(toks[f].text) && a.nounIn(toks[f-1], works, 4) {
			m.place = true
		}
		// So is one set off after such a noun: "The resulting album,
		// Chéticamp Kitchen, sold …" (but "In the film, Ann Lee plays").
		if f := m.from; f > 1 && toks[f-1].text == "," && !toks[f-2].cap && !a.isGiven(toks[f].text) && a.nounIn(toks[f-2], works, 4) {
			m.place = true
		}
		// A name between a determiner, perhaps with adjectives, and a
		// lower-case noun for a body, an event or a building modifies
		// that noun: "the national Te Matatini festival", "the Vinsha
		// administration".
		if modifiesNoun(toks, m.from, m.to) {
			m.org = true
		}
		// A name set beside a noun for a thing or a place is no
		// person's: "De Eemhof, het stadion dat …", "the Sentinel, the
		// local paper,".
		if a.thingApposition(toks, m.to) {
			m.org = true
		}
		// A name after a place, after a preposition of affiliation after
		// a person's full name, is the body the place opens: "Priya
		// Raghunathan van Wageningen Bioveterinary Research".
		// (Not a person's own name: "Special Representative for Iran
		// Brian Hook".)
		if f := m.from; f >= 3 && !m.strong && !a.isGiven(toks[f].text) && toks[f-1].cap && !toks[f-1].punct && affiliation.has(toks[f-2].lower) && a.isPlace(toks[f-1].text) {
			if o, ok := p.mentionAt(m.seg, f-3); ok && o.to == f-2 && o.to-o.from >= 2 && !o.org && !o.place && a.isGiven(toks[o.from].text) {
				m.org = true
			}
		}
		// A name in brackets right after another is its party or body:
		// "Cllr Aoife Quorbel (Fianna Fáil)", "Kati Vinsha (GroenLinks-PvdA)".
		if f := m.from; f >= 2 && m.to < len(toks) && toks[f-1].text == "(" && toks[m.to].text == ")" {
			if o, ok := p.mentionAt(m.seg, f-2); ok && o.to == f-1 && o.to-o.from >= 2 && !o.org && !o.place {
				m.org = true
			}
		}
	}
}

// modifiesNoun reports whether the name at toks[from:to] stands between
// a determiner, with at most three lower-case words after it, and a
// lower-case noun for a body, an event or a building.
func modifiesNoun(toks []tok, from, to int) bool {
	if to >= len(toks) || from == 0 {
		return false
	}
	if n := toks[to]; n.cap || n.punct || n.quote != 0 || n.sid != toks[from].sid || !lex().orgWords.has(n.lower) && !venues.has(n.lower) {
		return false
	}
	for k := from - 1; k >= 0 && k >= from-4 && toks[k].sid == toks[from].sid; k-- {
		t := toks[k]
		if isDeterminer(t.lower) {
			return true
		}
		if t.cap || t.punct || t.quote != 0 {
			return false
		}
	}
	return false
}

// venues holds the nouns for a building or a venue
// (lexicon/venues.txt).
var venues = wordSet("venues.txt")

// nounIn reports whether t is a lower-case noun in s, a building's
// ("sporthal De Polfermolen") or a work's ("the film Kampung Boy
// Returns"), or in Dutch a compound whose last part of at least part
// bytes is in s ("evenementenhal", "speelfilm").
func (a *article) nounIn(t tok, s *set, part int) bool {
	if t.cap || t.punct || t.quote != 0 {
		return false
	}
	return s.has(t.lower) || a.lang != "en" && endsInPart(t.lower, s, nil, part)
}

// thingApposition reports whether toks[k:] opens an apposition whose
// noun phrase, of up to four lower-case words after a determiner, names
// no person, role or body: ", het stadion dat", ", a small bakery in".
func (a *article) thingApposition(toks []tok, k int) bool {
	if k+2 >= len(toks) || toks[k].text != "," || !isDeterminer(toks[k+1].lower) || relative.has(toks[k+1].lower) || toks[k+1].quote != 0 {
		return false
	}
	n := 0
	j := k + 2
	for ; j < len(toks) && j < k+6; j++ {
		t := toks[j]
		if t.punct || t.cap || t.quote != 0 || !plainWord(t.lower) || relative.has(t.lower) || orgJoin.has(t.lower) || placePrep.has(t.lower) {
			break // the phrase ends at a function word: "het stadion | dat"
		}
		if a.personNoun(t.lower) || isRole(t.lower) || a.bodyWord(t.lower) || demonym(t.text, t.lower) || !a.ordinary(t.lower) {
			return false
		}
		n++
	}
	// An apposition ends in a comma, a relative clause or a place; a
	// clause goes on ("According to Bash, the manifesto if written …")
	// or ends the sentence ("de verdachte, Dennis Q., een mes trekt.").
	end := j < len(toks) && (toks[j].text == "," || relative.has(toks[j].lower) || isClause(toks[j].lower, clauseLink) || placePrep.has(toks[j].lower))
	return n > 0 && end
}

// teams marks as bodies the names whose last word the article also
// writes alone after an article, in the plural: "The Flames" makes
// "Calgary Flames" a team, as "de Oilers" would.
func (p *people) teams(a *article) {
	plural := p.team
	clear(plural)
	var keys map[string]bool // "the Quorbels" are a family the article names: Ann Quorbel
	for _, m := range p.mentions {
		toks := a.segs[m.seg].toks
		if m.to-m.from == 1 && m.from > 0 && lex().determiners.at(toks[m.from-1].lower) == definite && isPlural(toks[m.from].text) &&
			(m.to == len(toks) || !toks[m.to].cap) {
			if keys == nil {
				if p.keySet == nil {
					p.keySet = map[string]bool{}
				}
				keys = p.keySet
				clear(keys)
				for _, o := range p.mentions {
					keys[o.key] = true
				}
			}
			if keys[strings.TrimSuffix(m.key, "s")] || p.full[m.key] {
				continue // "the Desjarlais rink" after "Kaitlyn Desjarlais": her surname, ending in s
			}
			if plural == nil {
				plural = map[string]bool{}
			}
			plural[m.key] = true
		}
	}
	p.team = plural
}

// isPlural reports whether a capitalised word looks like an English
// plural: "Flames", "Oilers", not "Ross", "Thomas" or "Quorbel's".
func isPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !isPossessive(w) && !isGiven(w) && !generated().surnames.Has(w)
}

// markEmbedded marks the names inside a relative clause set off by a
// comma after another name, up to the next comma or the sentence end:
// "Priya Hale, whose son Arlo died at birth, said" is about Priya Hale,
// and a description after it ("the 36-year-old") is hers.
func (p *people) markEmbedded(a *article) {
	for i := range p.mentions {
		m := p.mentions[i]
		toks := a.segs[m.seg].toks
		if m.to+1 >= len(toks) || toks[m.to].text != "," || !relative.has(toks[m.to+1].lower) {
			continue
		}
		end := m.to + 1 // the clause's comma, or its sentence's end
		for end < len(toks) && toks[end].text != "," && int(toks[end].sid) == m.sid {
			end++
		}
		for j := i + 1; j < len(p.mentions) && p.mentions[j].seg == m.seg && p.mentions[j].from < end; j++ {
			p.mentions[j].embedded = true
		}
	}
}

// aliasWords are the words that join a name and an alias
// (lexicon/aliases.txt).
var aliasWords = wordSet("aliases.txt")

// aliases joins to a person's name the name the person goes by, after a
// word of aliases.txt ("L.V., alias ’Quorbel’", "Marcus Hale, aka
// Bulldog"): the press writes the two together to tell apart people of
// one name or the same initials, so they name the person together, and
// the alias makes a key of its own.
func (p *people) aliases(a *article) {
	for i := range p.mentions {
		m := &p.mentions[i]
		toks := a.segs[m.seg].toks
		j := m.to
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j+1 >= len(toks) || !aliasWords.has(toks[j].lower) {
			continue
		}
		word := toks[j].text
		j++
		from, to, end := j, j, 0 // the alias is toks[from:to]; the mention ends at end
		if k := nicknameEnd(toks, j); k > 0 {
			from, to, end = j+1, k, toks[k].End // "’Quorbel’"
		} else {
			for to < len(toks) && to-from < 3 && toks[to].cap && !toks[to].punct && !toks[to].mark {
				to++
			}
			if to == from {
				continue
			}
			end = toks[to-1].End
		}
		alias := a.src[toks[from].Start:toks[to-1].End]
		m.name += " " + word + " " + alias
		m.key += " " + lower(word) + " " + lower(alias)
		m.span.End = end
		m.strong = true
	}
}

// nicknamers holds the words after a person's name that give the name
// the person goes by in quotation marks (lexicon/nicknamers.txt).
var nicknamers = wordSet("nicknamers.txt")

// nicknames gives a one-word name the article sets in quotation marks
// after a person's full name, a few words after a word of
// nicknamers.txt in the same sentence ("Rosa Verbruggen (78), voor het
// hele dorp gewoon 'Roske'"), that person's key: "Roske haalt haar
// schouders op" is Rosa Verbruggen.
func (p *people) nicknames(a *article) {
	nicks := p.nickBuf[:0] // nickname, key
	for _, m := range p.mentions {
		if m.to-m.from < 2 || !m.strong && !p.strong[m.key] && !p.weak[m.key] {
			continue
		}
		toks := a.segs[m.seg].toks
		said := false
		for j := m.to; j < len(toks) && j < m.to+10 && toks[j].sid == toks[m.from].sid; j++ {
			if t := toks[j]; t.mark {
				if k := nicknameEnd(toks, j); said && k == j+2 {
					nicks = append(nicks, [2]string{toks[j+1].text, m.key})
				}
				break
			}
			said = said || nicknamers.has(toks[j].lower)
		}
	}
	p.nickBuf = nicks
	if len(nicks) == 0 {
		return
	}
	for i := range p.mentions {
		m := &p.mentions[i]
		if m.to-m.from != 1 {
			continue
		}
		for _, n := range nicks[:min(len(nicks), 64)] { // (a few an article: bounded all the same)
			if m.name == n[0] && m.key != n[1] {
				p.doubles = append(p.doubles, [2]string{m.key, n[1]})
				m.key, m.strong = n[1], true
				break
			}
		}
	}
}

// orgShortForms gives the first word of an organisation's name, written
// alone, the organisation's key: "Otogen said" is Otogen Therapeutics,
// "Altura" Altura Semiconductor, "de Rijksdienst" the Rijksdienst voor
// het Cultureel Erfgoed. Only where one organisation starts with the
// word.
func (p *people) orgShortForms(a *article) {
	first := p.words() // first word → the one organisation's key, "" when several
	for _, o := range p.mentions {
		toks := a.segs[o.seg].toks
		if o.to-o.from < 2 || !lex().orgWords.has(stripPossessive(toks[o.to-1].lower)) && !o.org || isDeterminer(toks[o.from].lower) {
			continue
		}
		w := toks[o.from].text
		if k, seen := first[w]; seen && k != o.key {
			first[w] = ""
		} else {
			first[w] = o.key
		}
	}
	for i := range p.mentions {
		m := &p.mentions[i]
		if k := first[m.name]; k != "" && m.to-m.from == 1 {
			p.doubles = append(p.doubles, [2]string{m.key, k})
			m.key, m.org = k, true
		}
	}
}

// ownSurname reports whether m's last word is the surname its key
// holds: not a part of a double surname the key was given for.
func ownSurname(m mention) bool {
	return strings.EqualFold(m.name[strings.LastIndexByte(m.name, ' ')+1:], m.key)
}

// words returns p's scratch map, empty.
func (p *people) words() map[string]string {
	if p.scratch == nil {
		p.scratch = map[string]string{}
	}
	clear(p.scratch)
	return p.scratch
}

// doubleSurnames gives a surname alone the key of the one double
// surname that starts with it: "Verschuren" is Lotte Verschuren-Aydin,
// as Dutch writes a married woman's name and often shortens it.
func (p *people) doubleSurnames(a *article) {
	first := p.words() // first part → the one double surname's key, "" when several
	note := func(part, key string) {
		if d, seen := first[part]; seen && d != key {
			first[part] = "" // two double surnames: no telling which
		} else {
			first[part] = key
		}
	}
	tried := 0 // names noteMarried looked up: each is a walk over the mentions
	for _, o := range p.mentions {
		if i := strings.IndexByte(o.key, '-'); i > 0 && len(o.key)-i > 3 {
			note(o.key[:i], o.key)
		}
		if tried < maxMarried {
			tried += p.noteMarried(o)
		}
		// A Spanish double surname written without a hyphen after given
		// names: "Juan Esteban Quintero Ríos" is Quintero, where the
		// part before the last is no given name.
		if o.to-o.from >= 3 && a.iberianPart(o) {
			toks := a.segs[o.seg].toks
			note(toks[o.to-2].lower, o.key)
		}
		// A second part that opens with a particle is two words:
		// "Mirjam Olthof-ter Haar" is Olthof.
		if o.to-o.from >= 2 && strings.IndexByte(o.name, '-') > 0 {
			for w := range strings.FieldsSeq(o.name) {
				if particleEnd(w) {
					note(lower(w[:strings.LastIndexByte(w, '-')]), o.key)
				}
			}
		}
	}
	if len(first) == 0 {
		return
	}
	var givens map[string]string // double surname's key → its given name, where a full name with the part has it too
	for k, d := range first {
		if d == "" {
			continue
		}
		// A part that is someone's whole surname, named in full, stays
		// theirs: "zijn weduwe Tryntsje Hoekstra-Bouma" leaves "Hoekstra"
		// to Sjoerd Hoekstra. Not with the double surname's own given
		// name: "Lotte Vanderhaeghen" in a headline is Lotte
		// Vanderhaeghen-Mertens.
		given := ""
		if i := slices.IndexFunc(p.mentions, func(o mention) bool { return o.key == d && o.to-o.from >= 2 }); i >= 0 {
			given = firstWord(p.mentions[i].name)
		}
		full := func(o mention) bool {
			return o.key == k && o.to-o.from >= 2 && !onlyParticlesBefore(o.name) && !o.org && !o.place
		}
		if slices.ContainsFunc(p.mentions, func(o mention) bool { return full(o) && (given == "" || firstWord(o.name) != given) }) {
			first[k] = ""
		} else if slices.ContainsFunc(p.mentions, full) {
			if givens == nil {
				givens = map[string]string{}
			}
			givens[d] = given
		}
	}
	for i := range p.mentions {
		m := &p.mentions[i]
		if d := first[m.key]; d != "" && (m.to-m.from == 1 || onlyParticlesBefore(m.name) || givens[d] != "" && firstWord(m.name) == givens[d]) {
			p.doubles = append(p.doubles, [2]string{m.key, d})
			m.key = d
		}
	}
}

// noteMarried records, for a person's name o with a double surname, the
// name of two words with the same given name and the double surname's
// first part, as the same person's short form: "Ria Hazenberg" in a
// headline is "Ria Hazenberg-van Dam", whoever else bears the surname.
// It returns 1 where it looked the short form up, else 0.
func (p *people) noteMarried(o mention) int {
	if o.to-o.from < 2 || o.org || o.place || o.outlet || strings.IndexByte(o.name, '-') < 0 {
		return 0
	}
	given := firstWord(o.name)
	if !isGiven(given) {
		return 0
	}
	for w := range strings.FieldsSeq(o.name[len(given):]) {
		i := strings.IndexByte(w, '-')
		if i <= 0 {
			continue
		}
		short := given + " " + w[:i]
		if slices.ContainsFunc(p.married, func(m [2]string) bool { return m[0] == short }) {
			return 0
		}
		if slices.ContainsFunc(p.mentions, func(m mention) bool { return m.name == short }) {
			p.married = append(p.married, [2]string{short, o.name})
		}
		return 1
	}
	return 0
}

// maxMarried bounds the names noteMarried looks up in an article, so
// that one of thousands of double surnames stays linear.
const maxMarried = 16

// iberianPart reports whether the word before the last of a person's
// name of three words or more may be the first of two surnames: a plain
// capitalised word, no given name, particle, suffix or place, after a
// given name ("Juan Esteban Quintero Ríos").
func (a *article) iberianPart(o mention) bool {
	toks := a.segs[o.seg].toks
	t, last := toks[o.to-2], toks[o.to-1]
	return a.isGiven(toks[o.from].text) && t.cap && !t.punct && !a.isGiven(t.text) && !isParticle(toks, o.to-2) && !isAllCaps(t.text) &&
		!a.tokOrdinary(t) && !a.isPlace(t.text) && !nameSuffix(last) && !o.org && !o.place && !o.outlet
}

// splitAtSurnames splits runs such as "Wilders Schoof" (two people next to
// each other) where a word inside the run is the surname of a person the
// article names in full elsewhere.
func (p *people) splitAtSurnames(a *article) {
	full := p.full
	for _, m := range p.mentions {
		if m.strong && m.to-m.from >= 2 {
			full[m.key] = true
		}
	}
	if len(full) == 0 {
		return
	}
	// Most articles split nothing: the mentions are copied only from the
	// first split on.
	var out []mention
	for i, m := range p.mentions {
		toks := a.segs[m.seg].toks
		cut := -1
		if full[m.key] {
			for k := m.from; k < m.to-1; k++ {
				if w := toks[k].lower; full[w] && w != m.key { // not its own surname: "Robert Downey Jr."
					cut = k
					break
				}
			}
		}
		if cut >= 0 && (cut == m.from && m.to-cut > 2 || cut > m.from && a.isGiven(toks[m.from].text)) &&
			!slices.ContainsFunc(p.mentions, func(o mention) bool { return o.key == m.key && o.strong && o.to-o.from >= 2 && o.name != m.name }) {
			// Another's surname first, before a given name and a surname,
			// or after a given name, makes one name, unless the rest names
			// someone else too: "Tan Wei Ling" beside "Kelvin Tan",
			// "Catriona Drummond-Keir Walsh" beside "Euan Drummond-Keir".
			cut = -1
		}
		if cut >= 0 && lex().fatherParticles.has(toks[cut+1].lower) {
			cut = -1 // the given names go on with the father's: "Nur Aisyah" of "Nur Aisyah binte Rahman"
		}
		if cut < 0 {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]mention, 0, len(p.mentions)+4), p.mentions[:i]...)
		}
		tmp := &people{}
		tmp.add(a, m.seg, m.from, cut+1)
		tmp.add(a, m.seg, cut+1, m.to)
		out = append(out, tmp.mentions...)
	}
	if out != nil {
		p.mentions = out
	}
}

// isNumber reports whether w is a number ("1", "2024", "15.000"): a
// month or weekday after one is a date, while an age adjective before a
// name ("de 16-jarige Katya") is not a number.
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// calendarTok reports whether toks[i] names a day of the week or a
// month: a weekday written out, or any of them beside a number ("Tue 12
// Mar 2024", "12 March"), where an abbreviation or a month that is also
// a given name ("May", "Jan") is no one's name.
func calendarTok(toks []tok, i int) bool {
	num := i+1 < len(toks) && isNumber(toks[i+1].text) || i > 0 && isNumber(toks[i-1].text)
	if ok, abbr := dates.IsWeekday(toks[i].text); ok {
		return !abbr || num
	}
	ok, _ := dates.IsMonth(toks[i].text)
	return ok && num
}

// possessiveBeforeNoun reports whether toks[i], a word that is also a
// surname, is a possessive before a noun for a person: "Haar man was
// minder onder de indruk", though the article names Erwin ter Haar.
func (a *article) possessiveBeforeNoun(toks []tok, i int) bool {
	if _, ok := possessives[toks[i].lower]; !ok || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return !n.cap && !n.punct && (lex().kin[n.lower] != 0 || isRole(n.lower) || a.personNoun(n.lower))
}

// unlistedName reports whether t may be a given name no list holds: a
// capitalised word that is no ordinary word, place or acronym
// ("Cuthbert" before a nickname in quotation marks).
func (a *article) unlistedName(t tok) bool {
	return t.cap && !t.punct && !a.tokOrdinary(t) && !a.ambiguous(t.lower) && !a.isPlace(t.text) && !isAllCaps(t.text)
}

// regionAhead reports whether toks[j:] holds two or three capitalised
// words that end in a noun for a place, and no more: a region an
// acronym's body serves, "NHS Tay Valley".
func (a *article) regionAhead(toks []tok, j int) bool {
	if a.lang == "nl" {
		return false
	}
	k := j
	for k < len(toks) && k-j < 3 && a.isNameTok(toks[k]) && !isAllCaps(toks[k].text) {
		k++
	}
	return k-j >= 2 && placeNounsEN.has(toks[k-1].text) && (k == len(toks) || !a.isNameTok(toks[k]))
}

// bodyAhead reports whether the capitalised words from toks[j] name a
// body: two to four words, the last a word for an organisation ("Forest
// Service", "Border Force"); a country's acronym before them is part of
// that body's name, not a place of its own.
func (a *article) bodyAhead(toks []tok, j int) bool {
	k := j
	for k < len(toks) && k-j < 4 && a.isNameTok(toks[k]) && !isAllCaps(toks[k].text) {
		k++
	}
	return k-j >= 2 && lex().orgWords.has(toks[k-1].lower) && (k == len(toks) || !a.isNameTok(toks[k]))
}
