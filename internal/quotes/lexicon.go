package quotes

import (
	"embed"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"github.com/newsdoc/newsdoc/internal/text"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// The generated word, name and place lists (see NOTICE and lexicon/gen),
// each embedded as a string with its index (text.IndexedList): a list is
// searched where it lies, never copied, and a process pays nothing to
// load it. TestEmbeddedLists checks each index against its list and
// rewrites them under -update.
var (
	//go:embed lexicon/generated/common_en.txt
	commonEN string
	//go:embed lexicon/generated/common_en.idx
	commonENIdx string
	//go:embed lexicon/generated/common_nl.txt
	commonNL string
	//go:embed lexicon/generated/common_nl.idx
	commonNLIdx string
	//go:embed lexicon/generated/ambiguous_en.txt
	ambiguousEN string
	//go:embed lexicon/generated/ambiguous_en.idx
	ambiguousENIdx string
	//go:embed lexicon/generated/ambiguous_nl.txt
	ambiguousNL string
	//go:embed lexicon/generated/ambiguous_nl.idx
	ambiguousNLIdx string
	//go:embed lexicon/generated/places_en.txt
	placesEN string
	//go:embed lexicon/generated/places_en.idx
	placesENIdx string
	//go:embed lexicon/generated/places_nl.txt
	placesNL string
	//go:embed lexicon/generated/places_nl.idx
	placesNLIdx string
	//go:embed lexicon/generated/demonyms_en.txt
	demonymsEN string
	//go:embed lexicon/generated/demonyms_en.idx
	demonymsENIdx string
	//go:embed lexicon/generated/persons_en.txt
	personsEN string
	//go:embed lexicon/generated/persons_en.idx
	personsENIdx string
	//go:embed lexicon/generated/persons_nl.txt
	agentsNL string
	//go:embed lexicon/generated/persons_nl.idx
	agentsNLIdx string
	//go:embed lexicon/generated/given.txt
	givenNames string
	//go:embed lexicon/generated/given.idx
	givenNamesIdx string
	//go:embed lexicon/generated/past_en.txt
	pastENList string
	//go:embed lexicon/generated/past_en.idx
	pastENIdx string
	//go:embed lexicon/generated/sex_en.txt
	sexENList string
	//go:embed lexicon/generated/sex_en.idx
	sexENIdx string
	//go:embed lexicon/generated/surnames.txt
	surnameList string
	//go:embed lexicon/generated/surnames.idx
	surnameIdx string

	// The hand-kept Dutch nouns for a person, searched as a list beside
	// the generated ones and indexed on its first look-up.
	//go:embed lexicon/persons_nl.txt
	personsNL string
)

// generatedList is one generated list with its embedded index.
type generatedList struct {
	file      string // under lexicon/generated, without extension
	data, idx *string
	keyed     bool // entries carry a value after the key (text.List)
}

// generatedLists are the lists in lexicon/generated.
var generatedLists = []generatedList{
	{"common_en", &commonEN, &commonENIdx, false},
	{"common_nl", &commonNL, &commonNLIdx, false},
	{"ambiguous_en", &ambiguousEN, &ambiguousENIdx, false},
	{"ambiguous_nl", &ambiguousNL, &ambiguousNLIdx, false},
	{"places_en", &placesEN, &placesENIdx, false},
	{"places_nl", &placesNL, &placesNLIdx, false},
	{"demonyms_en", &demonymsEN, &demonymsENIdx, false},
	{"persons_en", &personsEN, &personsENIdx, false},
	{"persons_nl", &agentsNL, &agentsNLIdx, true},
	{"given", &givenNames, &givenNamesIdx, true},
	{"past_en", &pastENList, &pastENIdx, false},
	{"surnames", &surnameList, &surnameIdx, false},
	{"sex_en", &sexENList, &sexENIdx, true},
}

func (g generatedList) list() *text.List { return text.IndexedList(*g.data, *g.idx, g.keyed) }

// lists are the generated lists; per-language ones by base language.
type lists struct {
	common map[string]*text.List // ordinary words, lower case
	// ordinary words that the word lists also write capitalised ("may",
	// "bill", "van"): ordinary, unless a name list says otherwise
	ambiguous map[string]*text.List
	places    map[string]*text.List
	demonyms  map[string]*text.List
	// every language's places and demonyms, for look-ups in all of them
	allPlaces []*text.List
	given     *text.List // given name → m, f or x
	// given name → m or f in English text, where US births say so
	// against given.txt
	sexEN    *text.List
	surnames *text.List
	// nouns for a person: English from WordNet (generated), Dutch kept by
	// hand (lexicon/persons_nl.txt) beside agentsNL
	persons map[string]*text.List
	// Dutch nouns for a person that have a feminine form, generated from
	// wdutch; the feminine ones are keyed to f ("verdedigster f")
	agentsNL *text.List
	// irregular English past forms ("held", "stood"), generated from
	// WordNet's verb exceptions
	pastEN *text.List
}

// generated returns the generated lists. Their indexes are embedded, so
// making them at start costs nothing; a plain variable keeps the
// look-ups on every token free of a sync.Once.
func generated() *lists { return generatedLists0 }

var generatedLists0 = func() *lists {
	g := make(map[string]*text.List, len(generatedLists))
	for _, gl := range generatedLists {
		g[gl.file] = gl.list()
	}
	l := &lists{
		common:    map[string]*text.List{"en": g["common_en"], "nl": g["common_nl"]},
		ambiguous: map[string]*text.List{"en": g["ambiguous_en"], "nl": g["ambiguous_nl"]},
		places:    map[string]*text.List{"en": g["places_en"], "nl": g["places_nl"]},
		// Dutch has no demonyms list: its "-se" adjectives are caught by form.
		demonyms: map[string]*text.List{"en": g["demonyms_en"]},
		persons:  map[string]*text.List{"en": g["persons_en"], "nl": text.LazyList(personsNL, false)},
		agentsNL: g["persons_nl"],
		pastEN:   g["past_en"],
		given:    g["given"],
		sexEN:    g["sex_en"],
		surnames: g["surnames"],
	}
	for _, m := range []map[string]*text.List{l.places, l.demonyms} {
		for _, pl := range m {
			l.allPlaces = append(l.allPlaces, pl)
		}
	}
	return l
}()

// givenName reports whether w is a given name, and the gender a pronoun
// referring to it takes (0 for either): the hand-kept list first, then
// the generated one.
// appendStripped appends w without the combining marks of its decomposed
// letters to dst ("Máire" → "Maire"), and reports whether it had any.
// Only words with a byte outside ASCII are decomposed.
func appendStripped(dst []byte, w string) ([]byte, bool) {
	ascii := true
	for i := 0; i < len(w) && ascii; i++ {
		ascii = w[i] < utf8.RuneSelf
	}
	if ascii {
		return dst, false
	}
	start := len(dst)
	d := norm.NFD.AppendString(dst, w)
	out := d[:start]
	for i := start; i < len(d); {
		r, n := utf8.DecodeRune(d[i:])
		if !unicode.Is(unicode.Mn, r) {
			out = append(out, d[i:i+n]...)
		}
		i += n
	}
	return out, len(out)-start != len(d)-start
}

// givenSex is givenName with the sex a given name takes in the
// article's language: in English the one US births give it where the
// merged lists call it either ("Grace") or the Dutch one ("Jan", "Jean"),
// unless the hand-kept list calls it either on purpose ("Kim", "Morgan").
func (a *article) givenSex(w string) (byte, bool) {
	g, ok := a.givenName(w)
	if !ok || a.lang != "en" {
		return g, ok
	}
	if h, hand := lex().firstNames[w]; hand && h == 0 {
		return g, ok
	}
	if v, us := generated().sexEN.Lookup(w); us && v != "" {
		return v[0], true
	}
	return g, ok
}

func givenName(w string) (byte, bool) {
	if lex().particles.hasLower(w) {
		return 0, false // "De": the lists hold a few particles as names
	}
	if g, ok := lex().firstNames[w]; ok {
		return g, true
	}
	v, ok := generated().given.Lookup(w)
	if !ok {
		if f, folded := appendStripped(nil, w); folded && len(f) > 0 {
			// "Máire", "Zoë": the lists write many names without their
			// accents. (An allocation only for a word outside ASCII that
			// no list has.)
			v, ok = generated().given.Lookup(unsafe.String(&f[0], len(f)))
		}
	}
	if !ok {
		// A double given name of two listed ones: "Henk-Jan", "Anne-Marie";
		// the first tells the sex.
		if i := strings.IndexByte(w, '-'); i > 0 && i+1 < len(w) && w[i+1] >= 'A' && w[i+1] <= 'Z' && !strings.Contains(w[i+1:], "-") {
			if g, ok := givenName(w[:i]); ok {
				if _, ok2 := givenName(w[i+1:]); ok2 {
					return g, true
				}
			}
		}
		return 0, false
	}
	if v == "" {
		return 0, ok
	}
	if v[0] == 'x' {
		return 0, true
	}
	return v[0], true
}

// inLists reports whether the list of the article's language holds w;
// for a language with no lists, or none, the list of any.
func (a *article) inLists(ls map[string]*text.List, w string) bool {
	if l, ok := ls[a.lang]; ok {
		return l.Has(w)
	}
	for _, l := range ls {
		if l.Has(w) {
			return true
		}
	}
	return false
}

// personNounOf reports whether the lower-case noun lw stands for a person:
// a role or kin noun, "iemand", a listed person noun of the article's
// language (in Dutch also one with a feminine form: "verdediger",
// "debutant"), or a compound whose last part is one: in Dutch one whose
// first part has three bytes or more ("overbuurvrouw", "buurtbewoner";
// not "roman"), in English one with a hyphen ("fourth-grader").
func (a *article) personNounOf(lw string) bool {
	if isRole(lw) || lex().kin[lw] != 0 || someone.has(lw) || a.inLists(generated().persons, lw) || a.lang != "nl" && personsHandEN.has(lw) {
		return true
	}
	if personSuffixed(lw) {
		return true // "the 56-year-old"
	}
	if a.lang == "en" {
		// The last part of a compound with hyphens: "a fourth-grader",
		// "the co-owner".
		if i := strings.LastIndexByte(lw, '-'); i > 0 && len(lw)-i > 3 {
			return a.personNoun(lw[i+1:])
		}
		// A closed compound of a common word and a person noun of five
		// letters or more: "a farmworker", "a homeowner", "the
		// shopkeeper" (not "her" of "mother", too short a noun).
		en := generated().persons["en"]
		for i := 3; i+5 <= len(lw) && len(lw) <= maxCompound; i++ {
			if utf8.RuneStart(lw[i]) && en.Has(lw[i:]) && a.ordinary(lw[:i]) {
				return true
			}
		}
		return false
	}
	nl, agents := generated().persons["nl"], generated().agentsNL
	if agents.Has(lw) {
		return true
	}
	if stem, ok := strings.CutSuffix(lw, "e"); ok && (strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "ier")) && (nl.Has(stem) || agents.Has(stem)) {
		return true // the feminine of a noun in -t or -ier: "patiënte", "studente", "scholiere"
	}
	for i := 3; i+3 <= len(lw) && len(lw) <= maxCompound; i++ {
		if utf8.RuneStart(lw[i]) && (nl.Has(lw[i:]) || agents.Has(lw[i:])) {
			return true
		}
	}
	return false
}

// English nouns for a person that the generated list misses
// (lexicon/persons_en.txt).
var personsHandEN = wordSet("persons_en.txt")

// Dutch nouns for a person of a place (lexicon/demonyms_nl.txt).
var demonymsNL = wordSet("demonyms_nl.txt")

// isDemonym reports whether t is a capitalised noun or adjective of a
// people: "IJslander", "Belgian".
func isDemonym(t tok) bool { return t.cap && demonym(t.text, t.lower) }

// demonym reports whether the word w, folded lw, names a people: the
// Dutch nouns are listed folded, the English as written.
func demonym(w, lw string) bool {
	if demonymsNL.has(lw) || generated().demonyms["en"].Has(w) || partisansEN.has(w) || nationalsEN.has(w) {
		return true
	}
	// A people's noun after a compass point: "West-Vlaming", "Zuid-Koreaan".
	if i := strings.IndexByte(lw, '-'); i > 0 && compassParts.has(lw[:i]) {
		// (w's own hyphen: folding may change lengths before it.)
		j := strings.IndexByte(w, '-')
		return demonymsNL.has(lw[i+1:]) || j >= 0 && generated().demonyms["en"].Has(w[j+1:])
	}
	return false
}

// Compass points that open a people's compound (lexicon/compass.txt).
var compassParts = wordSet("compass.txt")

// English nouns for a person of a country (lexicon/nationals_en.txt).
var nationalsEN = wordSet("nationals_en.txt")

// English nouns for a member of a party (lexicon/partisans_en.txt), read
// as people's nouns: "the Republican said".
var partisansEN = wordSet("partisans_en.txt")

// Endings of Dutch street names (lexicon/streets.txt).
var streetEnds = wordList("streets.txt")

// isStreet reports whether the capitalised word w, folded lw, is a Dutch
// street or square name: "Lange Lozanastraat" ends in "straat".
func isStreet(lw string) bool {
	for _, e := range streetEnds {
		if len(lw) > len(e)+2 && strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// Endings that make a person noun (lexicon/personsuffixes.txt).
var personSuffixes = byLastByte(wordList("personsuffixes.txt"))

// byLastByte files words under their last byte, so that a word is
// compared only with the few that can end it.
func byLastByte(ws []string) (by [256][]string) {
	for _, s := range ws {
		by[s[len(s)-1]] = append(by[s[len(s)-1]], s)
	}
	return by
}

// personSuffixed reports whether the lower-case word lw ends in one of
// personSuffixes after something: "56-year-old", "twelve-year-old".
func personSuffixed(lw string) bool {
	if lw == "" {
		return false
	}
	for _, suf := range personSuffixes[lw[len(lw)-1]] {
		if len(lw) > len(suf) && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	// An age spelled out and written solid: "negentienjarige".
	n, ok := strings.CutSuffix(lw, "jarige")
	return ok && spelledNumberNL(n)
}

// numbersNL holds the Dutch number words of an age and their kinds
// (lexicon/numbers_nl.txt): "unit", "tens" or "".
var numbersNL = func() map[string]string {
	m := map[string]string{}
	for _, e := range entries("numbers_nl.txt") {
		m[e[0]] = ""
		if len(e) > 1 {
			m[e[0]] = e[1]
		}
	}
	return m
}()

// spelledNumberNL reports whether w is a Dutch number word of numbersNL,
// or a unit, "en" or "ën" and a ten: "vierenzestig", "tweeëntwintig".
func spelledNumberNL(w string) bool {
	if _, ok := numbersNL[w]; ok {
		return true
	}
	for i := 1; i < len(w); i++ {
		for _, join := range [2]string{"en", "ën"} {
			if strings.HasPrefix(w[i:], join) && numbersNL[w[:i]] == "unit" && numbersNL[w[i+len(join):]] == "tens" {
				return true
			}
		}
	}
	return false
}

// ordinary reports whether the lower-case word lw is an ordinary word of
// the article's language that the word lists never write capitalised:
// "sometimes", "kort", not "trump" or "bill".
func (a *article) ordinary(lw string) bool {
	if a.common != nil {
		return a.common.Has(lw) // looked up once an article: asked of most words
	}
	return a.inLists(generated().common, lw)
}

// ambiguous reports whether lw is a word that the lists also write
// capitalised, as a name: "may", "bush", "van".
func (a *article) ambiguous(lw string) bool { return a.inLists(generated().ambiguous, lw) }

// isPlaceName reports whether name is a place, in any language's list:
// not a people's adjective.
func (a *article) isPlaceName(name string) bool {
	for _, l := range generated().places {
		if l.Has(name) {
			return true
		}
	}
	return false
}

// placeOrPeople reports whether name is a place or a people: "Scotland",
// "New York", "Afghan".
//
// Places are looked up in the lists of every language: an English article
// writes "Londen" no more than a Dutch one avoids "London".
func (a *article) placeOrPeople(name string) bool {
	if placeListed(name) {
		return true
	}
	// A compound of a place and a part of it: "Antwerpen-Berchem",
	// "Rotterdam-Zuid".
	if first, _, ok := strings.Cut(name, "-"); ok && !strings.Contains(name, " ") && len(first) > 2 {
		if _, given := a.givenName(first); !given {
			return a.isPlace(first)
		}
	}
	// A place in capitals, as datelines and headlines write it:
	// "WASHINGTON (AP)", "SEOUL". Not a short acronym that spells a
	// place ("NICE" is a body).
	if len(name) >= 5 && len(name) <= 48 && isAllCaps(name) {
		var buf [64]byte // on the stack: the look-ups keep no string
		if t := appendTitleCase(buf[:0], name); string(t) != name {
			return placeListed(unsafe.String(&t[0], len(t)))
		}
	}
	return false
}

// placeListed reports whether a list of places or peoples, generated or
// kept by hand, holds name as written.
func placeListed(name string) bool {
	for _, l := range generated().allPlaces {
		if l.Has(name) {
			return true
		}
	}
	return lex().anyPlace.has(name)
}

// appendTitleCase appends the words of name to dst with only their first
// letter in capitals: "DEN HAAG" → "Den Haag".
func appendTitleCase(dst []byte, name string) []byte {
	start := true
	for _, r := range name {
		if !start {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
		start = r == ' ' || r == '-'
	}
	return dst
}

// wordSet reads an embedded list of single words into a set.
func wordSet(name string) *set {
	es := entries(name)
	s := &set{m: make(map[string]bool, len(es))}
	for _, e := range es {
		s.add(e[0])
	}
	return s
}

// A filter holds a bit for each (first byte, length, last byte) of a
// lexicon's words, folded into 64 rows of 64 bits: most words a rule asks
// about are in no lexicon, and the filter answers them without hashing
// the word, with one load and one branch. (Two bits, one by first byte
// and one by last, each by length, took two loads and two branches, and
// on the bench corpus 29% of the filter's calls mispredicted one.)
type filter [64]uint64

// filterCell returns the row and bit of w, which is not "", in a filter.
func filterCell(w string) (row, bit uint) { return cellOf(w[0], w[len(w)-1], len(w)) }

// cellOf returns the row and bit of a word of n bytes that starts with
// the byte first and ends with last.
func cellOf(first, last byte, n int) (row, bit uint) {
	return (uint(first) + 31*uint(n)) & 63, uint(last) & 63
}

func (f *filter) add(w string) {
	if w != "" {
		row, bit := filterCell(w)
		f[row] |= 1 << bit
	}
}

// mayHold reports whether a word with w's first byte, length and last
// byte may have been added.
func (f *filter) mayHold(w string) bool {
	if w == "" {
		return false
	}
	row, bit := filterCell(w)
	return f[row]>>bit&1 != 0
}

// firstLens holds, by first byte, a bit for each length of a list's
// words: a test before the list's look-ups with one load and one branch,
// where testing a word's length against the longest, then its first
// byte, mispredicted a branch every few words. No word is 15 bytes long
// or longer, which the bit for 15 stands for.
type firstLens [256]uint16

func (f *firstLens) add(w string) {
	if w == "" || len(w) >= 15 {
		panic("quotes: firstLens of " + strconv.Quote(w)) // a lexicon's error, not input
	}
	f[w[0]] |= 1 << len(w)
}

// may reports whether a word of the list starts with w's first byte and
// is as long as w.
func (f *firstLens) may(w string) bool { return w != "" && f[w[0]]>>min(len(w), 15)&1 != 0 }

// A set is a lexicon's words, filtered.
type set struct {
	m map[string]bool
	filter
}

// newSet returns an empty set.
func newSet() *set { return &set{m: map[string]bool{}} }

func (s *set) add(w string) {
	s.m[w] = true
	s.filter.add(w)
}

// has reports whether the set holds w.
func (s *set) has(w string) bool { return s.mayHold(w) && s.m[w] }

// hasLower reports whether the set holds w in lower case: inLower, after
// the filter, which folding the first and last byte is enough to ask
// when both are ASCII.
func (s *set) hasLower(w string) bool {
	if w == "" {
		return false
	}
	first, last := w[0], w[len(w)-1]
	if first < utf8.RuneSelf && last < utf8.RuneSelf {
		row, bit := cellOf(foldASCII(first), foldASCII(last), len(w))
		if s.filter[row]>>bit&1 == 0 {
			return false
		}
	}
	return inLower(s.m, w)
}

// foldASCII is the lower case of the ASCII byte c.
func foldASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// A wordMap is a lexicon's words with a value each, filtered.
type wordMap[V any] struct {
	m map[string]V
	filter
}

func newWordMap[V any]() *wordMap[V] { return &wordMap[V]{m: map[string]V{}} }

func (w *wordMap[V]) set(k string, v V) {
	w.m[k] = v
	w.filter.add(k)
}

// filteredMap returns a wordMap of m's entries.
func filteredMap[V any](m map[string]V) *wordMap[V] {
	w := &wordMap[V]{m: m}
	for k := range m {
		w.filter.add(k)
	}
	return w
}

// get returns the value of k and whether the map holds it.
func (w *wordMap[V]) get(k string) (V, bool) {
	if !w.mayHold(k) {
		var zero V
		return zero, false
	}
	v, ok := w.m[k]
	return v, ok
}

// at returns the value of k, or the zero value.
func (w *wordMap[V]) at(k string) V {
	v, _ := w.get(k)
	return v
}

// wordPairs reads the entries of two words of an embedded list into a
// map from the first to the second.
func wordPairs(name string) map[string]string {
	m := map[string]string{}
	for _, e := range entries(name) {
		if len(e) == 2 {
			m[e[0]] = e[1]
		}
	}
	return m
}

// wordList reads the first word of each entry of an embedded list.
func wordList(name string) []string {
	es := entries(name)
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, e[0])
	}
	return out
}

// entries reads one embedded list: one entry a line, # comments.
func entries(name string) [][]string {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic("quotes: missing embedded lexicon " + name) // a build error, not input
	}
	return text.Lines(string(b))
}

// reference is the kind of reference a determiner's noun phrase makes.
type reference uint8

const (
	otherReference reference = iota
	indefinite               // introduces someone: "een buurtbewoner"
	definite                 // refers back: "de minister"
)

// cue is a reporting verb form; particle, when set, is the separable part
// that ends the clause ("gaf … toe").
type cue struct {
	particle string
}

type lexicons struct {
	cues       *wordMap[[]cue] // by lower-case verb form, both languages
	cueParts   *set            // the separable parts of cues: "weten", "toe"
	before     *set            // "volgens", "according to", "naar eigen zeggen"
	beforeHead *set            // their first words, for a cheap first test
	after      *set            // "aldus"
	roles      *set
	pronouns   *wordMap[byte] // m, f, x
	// pronouns whose gender a singular verb beside them tells: "ze" f
	singularPronouns map[string]byte
	firstNames       map[string]byte // m, f
	naming           *set
	orgWords         *set
	kin              map[string]byte     // relational noun → gender of the name after it
	determiners      *wordMap[reference] // word → the reference its phrase makes
	// places and peoples the generated lists lack, of every language, in
	// one set for one look-up
	anyPlace *set
	titles   *wordMap[bool] // abbreviated titles: "Sen", "Dr"; true for a suffix ("Jr")
	// Name particles ("van", "de", "'t"), lower case; lead particles
	// count only before another ("in 't Veld").
	particles, leadParticles *set
	upperParticles           *set                 // count only written with a capital: "Op de Beeck", not "kritiek op De Jonge"
	doubleParticles          *set                 // before a double surname: "de la Fuente Ortiz"
	fatherParticles          *set                 // "son of" or "daughter of" after any given names: "Nur Azlina binte Ismail"
	gluedParticles           []string             // written on the surname: "d’"
	clause                   *wordMap[clauseKind] // clause.txt
}

// clauseKind is a set of the parts a word plays around a reporting clause
// (clause.txt).
type clauseKind uint8

const (
	clauseLink clauseKind = 1 << iota
	clauseOpener
	clauseRelative
	clauseInfinitive
	clauseConj
	clauseComplement
	clauseSub
	clauseAfterComma
)

var clauseKinds = map[string]clauseKind{
	"link": clauseLink, "opener": clauseOpener, "relative": clauseRelative,
	"infinitive": clauseInfinitive, "conj": clauseConj, "complement": clauseComplement,
	"sub": clauseSub, "aftercomma": clauseAfterComma,
}

// isClause reports whether the lower-case word w plays the part k.
func isClause(w string, k clauseKind) bool { return lex().clause.at(w)&k != 0 }

// lex returns the hand-kept lexicons.
func lex() *lexicons { return lexicons0 }

// lexicons0 is read when the package starts: every parse needs it, and a
// plain variable keeps the look-ups on every token free of a sync.Once.
var lexicons0 = func() *lexicons {
	l := &lexicons{
		cues:             newWordMap[[]cue](),
		cueParts:         newSet(),
		before:           newSet(),
		beforeHead:       newSet(),
		after:            newSet(),
		roles:            newSet(),
		pronouns:         newWordMap[byte](),
		singularPronouns: map[string]byte{},
		firstNames:       map[string]byte{},
		naming:           newSet(),
		orgWords:         newSet(),
		kin:              map[string]byte{},
		titles:           filteredMap(text.Titles()),
		particles:        newSet(),
		doubleParticles:  newSet(),
		fatherParticles:  newSet(),
		leadParticles:    newSet(),
		upperParticles:   newSet(),
		anyPlace:         newSet(),
		determiners:      newWordMap[reference](),
		clause:           newWordMap[clauseKind](),
	}
	for _, e := range entries("clause.txt") {
		k, ok := clauseKinds[e[0]]
		if !ok || len(e) != 2 {
			panic("quotes: clause.txt: bad line " + strings.Join(e, " ")) // a build error, not input
		}
		l.clause.set(e[1], l.clause.at(e[1])|k)
	}
	for _, name := range []string{"cues_nl.txt", "cues_en.txt"} {
		for _, e := range entries(name) {
			c := cue{}
			if len(e) > 1 {
				c.particle = e[1]
				l.cueParts.add(e[1])
				if separable.has(e[1]) {
					// A subordinate clause writes the verb whole: "die de
					// gemeenschap opriep", "dat hij toegaf".
					joined := e[1] + e[0]
					l.cues.set(joined, append(l.cues.at(joined), cue{}))
				}
			}
			l.cues.set(e[0], append(l.cues.at(e[0]), c))
		}
	}
	for _, e := range entries("markers.txt") {
		phrase := strings.Join(e[1:], " ")
		switch e[0] {
		case "before":
			l.before.add(phrase)
			l.beforeHead.add(e[1])
		case "after":
			l.after.add(phrase)
		}
	}
	for _, e := range entries("roles.txt") {
		l.roles.add(e[0])
	}
	for _, e := range entries("pronouns.txt") {
		l.pronouns.set(e[0], e[1][0])
		if len(e) > 2 {
			l.singularPronouns[e[0]] = e[2][0]
		}
	}
	for _, e := range entries("firstnames.txt") {
		g := e[1][0]
		if g == 'x' {
			g = 0 // a name given to men and women: a person, gender unknown
		}
		l.firstNames[e[0]] = g
	}
	for _, e := range entries("kin.txt") {
		g := e[1][0]
		if g == 'x' {
			g = 0
		}
		l.kin[e[0]] = g
	}
	for _, e := range entries("orgwords.txt") {
		l.orgWords.add(e[0])
		// The regular plural marks a body as well: "Marine Services",
		// "Port Terminals", "Allied Banks".
		if w := e[0]; !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "y") {
			l.orgWords.add(w + "s")
		}
	}
	for _, file := range []string{"places_en.txt", "peoples_en.txt", "places_nl.txt"} {
		for _, e := range entries(file) {
			l.anyPlace.add(strings.Join(e, " "))
		}
	}
	for _, e := range entries("determiners.txt") {
		switch e[1] {
		case "indefinite":
			l.determiners.set(e[0], indefinite)
		case "definite":
			l.determiners.set(e[0], definite)
		default:
			l.determiners.set(e[0], otherReference)
		}
	}
	for _, e := range entries("particles.txt") {
		switch {
		case len(e) > 1 && e[1] == "lead":
			l.leadParticles.add(e[0])
			if len(e) > 2 && e[2] == "upper" {
				l.upperParticles.add(e[0])
			}
		case len(e) > 1 && e[1] == "glued":
			l.gluedParticles = append(l.gluedParticles, e[0])
		case len(e) > 1 && e[1] == "double":
			l.particles.add(e[0])
			l.doubleParticles.add(e[0])
		case len(e) > 1 && e[1] == "father":
			l.particles.add(e[0])
			l.fatherParticles.add(e[0])
		default:
			l.particles.add(e[0])
		}
	}
	for _, e := range entries("naming.txt") {
		l.naming.add(e[0])
	}
	return l
}()

// Function words that start sentences and never begin a name
// (lexicon/function.txt).
var functionWords = wordSet("function.txt")

// Words that end a speaker's noun phrase after an inverted verb
// (lexicon/npstop.txt).
var npStop = wordSet("npstop.txt")
