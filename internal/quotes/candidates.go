package quotes

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unsafe"

	"github.com/newsdoc/newsdoc/internal/text"
)

// source names the generator that proposed a speaker.
type source uint8

const (
	srcCarried      source = iota // a quotation carried over from the block before
	srcCueAfter                   // a reporting clause after the quotation
	srcCueBefore                  // a reporting clause or colon before it
	srcUnknown                    // a cue whose subject is not resolved
	srcImpersonal                 // "klinkt het": the last source goes on
	srcColonBlock                 // a block ending in a colon before it
	srcPrevSentence               // the sentence before: its quotation or subject
	srcLast                       // the speaker of the last quotation
	srcNearest                    // the person named last
	srcPersons                    // a person named in the quotation's sentence
	srcPrevPersons                // a person named in the sentence before
	srcPullquote                  // the name after a pull quote
	srcHeadColon                  // a name before a headline's colon
	srcEcho                       // the speaker of the body quotation a headline repeats
	srcTop                        // the speaker quoted most often
	srcRecent                     // one of the last persons named
	srcSalient                    // one of the persons the article names most
	srcTied                       // a person the article ties to a description's noun
	srcBodies                     // an organisation named in the quotation's sentence or the one before
	srcSubject                    // a description opening the quotation's sentence or the one before
	nSources
)

var sourceNames = [nSources]string{"carried", "cue_after", "cue_before", "unknown", "impersonal", "colon_block",
	"prev_sentence", "last", "nearest", "persons", "prev_persons", "pullquote", "head_colon", "echo", "top",
	"recent", "salient", "tied", "bodies", "subject"}

// background marks the generators that propose whoever is near or
// prominent, on no evidence about this quotation: they do not add to a
// candidate's count of sources, or a name mentioned often would win by
// number alone.
var background = [nSources]bool{srcLast: true, srcNearest: true, srcPrevPersons: true, srcTop: true, srcRecent: true, srcSalient: true}

// ownClause reports whether a candidate comes from the quotation's own
// reporting clause and names someone: not a description, which the
// ranker and namedFor weigh against the names around it, unless it is a
// body that speaks as itself ("De rechtbank noemde de getuige „…”").
func ownClause(c *cand) bool {
	if c.sp.name == "" || c.f[fDesc] == 1 && c.f[fBody] == 0 {
		return false
	}
	return fromCue(c)
}

// fromCue reports whether a generator that reads the quotation's own cue
// proposed c.
func fromCue(c *cand) bool { return c.srcs&cueSources != 0 }

// cueSource marks the generators that read the quotation's own cue.
var cueSource = [nSources]bool{srcCueAfter: true, srcCueBefore: true, srcUnknown: true, srcColonBlock: true}

// cueSources and backgroundSources are cueSource and background as bits
// of a candidate's srcs: tested with one mask instead of a loop with a
// branch a source.
var cueSources, backgroundSources = sourceMask(cueSource), sourceMask(background)

func sourceMask(set [nSources]bool) uint32 {
	var m uint32
	for s, ok := range set {
		if ok {
			m |= 1 << s
		}
	}
	return m
}

// kind is how a speaker is referred to where it is proposed.
type kind uint8

const (
	kindName kind = iota
	kindPronoun
	kindRole // a role noun tied to a named person: "de minister"
	kindDesc // a description that stands for an unnamed speaker
	kindOrg
)

// The features of a candidate speaker. A candidate groups the proposals
// of one name; source features say which generators proposed it.
const (
	fRules         = iota // the rules' choice: the first proposal
	fNone                 // no speaker: a cue whose subject is unknown
	fPronoun              // proposed through a pronoun
	fRole                 // through a role noun
	fDesc                 // a description
	fOrg                  // an organisation
	fOneWord              // the name is one word
	fLongName             // four words or more
	fGiven                // the name starts with a known given name
	fOrdinary             // a word of the name is an ordinary word
	fAllCaps              // an acronym
	fPlace                // a place or a people: after "in", or a listed one
	fStrong               // surely a person: given name, role or kin noun
	fPerson               // looks like a person
	fSalience             // log(1 + mentions of the name)
	fSameLast             // the speaker of the last quotation
	fDist                 // log(1 + bytes between the quotation and the nearest mention proposed)
	fAfter                // that mention follows the quotation
	fSources              // how many generators proposed it on evidence, less one
	fShortQuote           // the quotation has fewer than four words
	fParaStart            // the quotation opens its block
	fForDesc              // a named person, where the rules chose a description or role
	fForPronoun           // a named person, where the rules chose through a pronoun
	fForIndef             // a named person, where the rules chose an indefinite description ("a spokeswoman")
	fForBody              // a named person, where the rules chose a body ("de politie")
	fIndefinite           // a description that introduces someone: "een buurtbewoner", "a spokeswoman"
	fDefinite             // any other definite description: "de vrouw", "the actor"
	fRoleNoun             // a definite description with a role noun, which the article may name: "de minister"
	fBody                 // a definite description of a body that speaks as such: "de oppositie", "the police"
	fOutlet               // a news outlet or agency: "the BBC", "NOS"
	fGenderAgrees         // the candidate's gender is the pronoun's that refers to the speaker
	fGenderClashes        // it is not
	fAntecedent           // for_desc, where the rules' choice is written as a definite description, and the nearest person named before the quotation whose sex does not clash
	fTopForDesc           // the same, and the person the article names most
	fRulesNL              // the rules' choice in a Dutch article: how far the rules are trusted differs by language
	fInQuote              // the quotation itself names it: people seldom speak of themselves by name
	fAfterCue             // named between the cue before the quotation and the quotation, where the rules' speaker precedes the cue: its object or the subject of the clause it reports ("De rechtbank noemde de getuige "…"", "De omroep zegt dat de zanger "…"")
	fSrc                  // first of nSources indicators
	nFeatures      = fSrc + int(nSources)
)

var featureNames = func() [nFeatures]string {
	n := [nFeatures]string{"rules", "none", "pronoun", "role", "desc", "org", "one_word", "long_name", "given",
		"ordinary", "all_caps", "place", "strong", "person", "salience", "same_last", "dist", "after", "sources",
		"short_quote", "para_start", "for_desc", "for_pronoun", "for_indef", "for_body", "indefinite", "definite", "role_noun", "body", "outlet", "gender_agrees", "gender_clashes", "antecedent", "top_for_desc", "rules_nl", "in_quote", "after_cue"}
	for i, s := range sourceNames {
		n[fSrc+i] = "src_" + s
	}
	return n
}()

// FeatureNames returns the names of the candidate features, in the order
// of Candidate.Features and of a ranker's weights.
func FeatureNames() []string { return featureNames[:] }

// Trace is one quotation's speech decision and candidate speakers, for
// training and for review.
type Trace struct {
	Text       Span // the quotation's text
	Segment    int
	Speech     []float64 // the speech features, by SpeechNames; nil for headlines
	SpeechP    float64   // the probability that it is speech
	Kept       bool      // judged speech
	Candidates []Candidate
	Chosen     int // index in Candidates, or -1 when there were none
	// Calibration holds the choice's calibration features (calNames in
	// calibrate.go): what the calibrator turns into the confidence.
	Calibration []float64
}

// Candidate is one proposed speaker with its features and score.
type Candidate struct {
	Speaker  string // "" for an unknown speaker
	Span     Span   // where the first proposal names it
	Sources  []string
	Features []float64 // by FeatureNames
	Score    float64   // the ranker's score, divided by its temperature
	P        float64   // its probability among the quotation's candidates and none of them
}

// cand is a candidate while it is built.
type cand struct {
	sp   speaker // the first proposal of this name
	srcs uint32  // bit per source
	f    [nFeatures]float64
}

// personGender returns the sex of the person named name, m or f, or 0:
// its own given name first ("Tom Quorbel" beside "Ann Quorbel", who
// share a surname and so a key), else what the article tells of its
// surname.
func (a *article) personGender(name string) byte {
	if name == "" {
		return 0
	}
	first := firstWord(name)
	if g, ok := a.givenSex(first); ok && g != 0 && first != name {
		return g
	}
	var kb [48]byte
	key := appendSurnameKey(kb[:0], name)
	if first != name && len(a.people.shared) > 0 && slices.Contains(a.people.shared, string(key)) {
		return 0 // "Esmie Auguste" is not her grandson "Shem Auguste"
	}
	return a.people.gender[string(key)]
}

// choose groups the proposals by name, scores each with the ranker and
// returns the best, with its probability as confidence. Ties go to the
// earlier proposal.
func (a *article) choose(r raw, ps []speaker, last *speaker, rk *Model, t *Trace) speaker {
	if t != nil {
		t.Text, t.Segment, t.Chosen = r.text, r.seg, -1
	}
	if len(ps) == 0 {
		return speaker{}
	}
	// The stretch between a cue before the quotation and the quotation,
	// when the rules' speaker stands before the cue.
	var between Span
	if lead := ps[0]; !lead.cue.IsZero() && lead.cue.End <= r.open.Start && !lead.span.IsZero() && lead.span.End <= lead.cue.Start {
		between = Span{Start: lead.cue.End, End: r.open.Start}
	}
	// A handful of candidates: find a name by a linear scan, in buffers
	// the article keeps from one quotation to the next.
	cs := a.cands[:0]
	for pi, p := range ps {
		i := slices.IndexFunc(cs, func(c cand) bool { return c.sp.name == p.name })
		if i < 0 {
			i = len(cs)
			cs = append(cs, cand{sp: p, f: *a.nameFeaturesOf(p.name)})
			c := &cs[i]
			c.f[fDist] = math.Inf(1)
			if last != nil && p.name != "" && p.name == last.name {
				c.f[fSameLast] = 1
			}
		}
		c := &cs[i]
		if pi == 0 {
			c.f[fRules] = 1
			c.f[fRulesNL] = b2f(a.lang == "nl")
		}
		c.srcs |= 1 << p.src
		switch p.kind {
		case kindPronoun:
			c.f[fPronoun] = 1
		case kindRole:
			c.f[fRole] = 1
		case kindDesc:
			c.f[fDesc] = 1
		case kindOrg:
			c.f[fOrg] = 1
		}
		if p.name == "" {
			c.f[fNone] = 1
		}
		if !between.IsZero() && !p.span.IsZero() && p.span.Start >= between.Start && p.span.End <= between.End {
			c.f[fAfterCue] = 1
		}
		if d, after, ok := distance(r, p.span); ok && d < c.f[fDist] {
			c.f[fDist], c.f[fAfter] = d, b2f(after)
		}
	}
	// The gender of the pronoun the speaker is referred to by, if any
	// proposal came through one: "she said". A cue of the quotation's
	// own decides; without one, a pronoun before it ("He smiled. "…"").
	// "“…,” Haines's lawyer, Denise Park, told" after "“…,” he said" is
	// not his.
	var pron, other byte
	own := false
	for _, p := range ps {
		g := p.pron
		if g != 'm' && g != 'f' {
			g = 0
		}
		if cueSource[p.src] {
			own = true
			if pron == 0 {
				pron = g
			}
		} else if other == 0 {
			other = g
		}
	}
	if !own {
		pron = other
	}
	short := !atLeastWords(a.src[r.text.Start:r.text.End], 4)
	// The quotation's own tokens: a candidate whose given name or
	// surname is among them is spoken of, most often by someone else.
	qtoks := a.segs[r.seg].toks
	k, _ := slices.BinarySearchFunc(qtoks, r.text.Start, func(t tok, off int) int { return cmp.Compare(t.Start, off) })
	qtoks = qtoks[k:]
	for k = 0; k < len(qtoks) && qtoks[k].Start < r.text.End; k++ {
	}
	qtoks = qtoks[:k]
	rulesKind := ps[0].kind
	rulesOrg := rulesKind == kindDesc && orgRef(ps[0].name) // "de organisatie", "the company"
	// "De onderzoekers", "the researchers": a group, whom no one person
	// named stands for.
	// (A group speaks as one: "the residents", "de familie"; no one
	// person it stands for.)
	rulesGroup := rulesKind == kindDesc && (a.pluralPersonNoun(lastWordFold(ps[0].name)) || kinGroups.has(lastWordFold(ps[0].name)))
	paraStart := r.open.Start == a.segs[r.seg].Span.Start
	var ante string // antecedent's answer, worked out once it is needed
	anteDone := false
	for i := range cs {
		c := &cs[i]
		if math.IsInf(c.f[fDist], 1) {
			c.f[fDist] = distFar
		}
		for m := c.srcs; m != 0; m &= m - 1 { // each source that proposed it
			c.f[fSrc+bits.TrailingZeros32(m)] = 1
		}
		n := bits.OnesCount32(c.srcs &^ backgroundSources)
		c.f[fSources] = float64(max(n-1, 0))
		if g := a.personGender(c.sp.name); pron != 0 && g != 0 {
			c.f[fGenderAgrees] = b2f(g == pron)
			c.f[fGenderClashes] = b2f(g != pron)
		} else if pron != 0 && c.sp.name != "" && (c.f[fOrg] == 1 || c.f[fPlace] == 1 || c.f[fOutlet] == 1 || c.f[fBody] == 1) {
			c.f[fGenderClashes] = 1 // "he said" is no organisation's or place's
		}
		c.f[fShortQuote] = b2f(short)
		c.f[fParaStart] = b2f(paraStart)
		if c.f[fPerson] == 1 {
			c.f[fInQuote] = b2f(namedIn(qtoks, c.sp.name))
		}
		if c.sp.name != "" && c.f[fRules] == 0 && c.f[fPerson] == 1 {
			rf := &cs[0].f // the rules' choice is the first candidate
			switch {
			case rulesKind == kindDesc && rf[fIndefinite] == 1:
				c.f[fForIndef] = 1
			case rulesKind == kindDesc && rf[fBody] == 1:
				c.f[fForBody] = 1
			case (rulesKind == kindDesc || rulesKind == kindRole) && !rulesOrg && !rulesGroup:
				c.f[fForDesc] = 1
			}
			c.f[fForPronoun] = b2f(rulesKind == kindPronoun)
			if c.f[fForDesc] == 1 && (rf[fDefinite] == 1 || rf[fRoleNoun] == 1) {
				// A definite description with no name tied to it most
				// often stands for the person just named ("Youri
				// Tielemans kon het daar niet mee eens zijn. "…", aldus
				// de kapitein") or the one the article is about ("the
				// actor").
				if !anteDone {
					if suspectDesc(cs[0].sp.name) {
						ante = a.suspectBefore(r, pron)
					}
					if ante == "" {
						ante = a.antecedent(r, pron, officeDesc(cs[0].sp.name))
					}
					anteDone = true
				}
				c.f[fAntecedent] = b2f(c.sp.name == ante)
				if top := a.salientPersons(); len(top) > 0 {
					c.f[fTopForDesc] = b2f(c.sp.name == top[0].name)
				}
			}
		}
	}
	a.cands = cs
	scores := a.scores[:0]
	for range cs {
		scores = append(scores, 0)
	}
	a.scores = scores
	best := 0
	for i := range cs {
		scores[i] = rk.score(cs[i].f[:])
		if scores[i] > scores[best] {
			best = i
		}
	}
	top := best // the ranker's own choice, before the rules below
	if best != 0 && ownClause(&cs[0]) {
		// The quotation's own reporting clause names its speaker, by
		// name or pronoun: "“…”, zei hij", "said Tom Hale". Keeping it
		// gained on the annotated articles, cross-validated (en 0.941
		// -> 0.942, nl 0.896 -> 0.903): learned from a few hundred
		// quotations, the ranker overrode the clause wrongly more often
		// than rightly.
		best = 0
	}
	if last != nil && cs[best].sp.name == last.name && best != 0 && fromCue(&cs[0]) && replies.has(lower(firstWord(ps[0].cueText))) && asks.has(lower(firstWord(last.cueText))) {
		// "“…?”, vroeg Beyls. “…”, antwoordde de beschuldigde": who
		// answers is not who asked; the best of the others.
		alt := -1
		for i := range cs {
			if cs[i].sp.name != last.name && (alt < 0 || scores[i] > scores[alt]) {
				alt = i
			}
		}
		if alt >= 0 {
			best = alt
		}
	}
	if best != 0 && fromCue(&cs[0]) && initialSurname(cs[best].sp.name) && officeDesc(cs[0].sp.name) {
		// "“…”, reageerde de voorzitter" is not the suspect "Dragan M.":
		// see officeDesc.
		best = 0
	}
	if r := &cs[0]; fromCue(r) && r.f[fDefinite]+r.f[fRoleNoun] > 0 && r.f[fBody] == 0 && a.personDesc(r.sp.name) {
		// The quotation's own clause gives a definite description ("the
		// 61-year-old said") of someone a description introduced, with
		// nobody named since: that introduction speaks, whoever the
		// ranker prefers, as a pronoun's clause is kept.
		if in, ok := a.introBefore(r.sp); ok {
			if i := slices.IndexFunc(cs, func(c cand) bool { return c.sp.name == in.sp.name }); i >= 0 {
				best = i
			}
		}
	}
	if r := &cs[0]; fromCue(r) && r.f[fDefinite] == 1 {
		// "“…,” the 34-year-old shouted": the person the article gave
		// that age ("Liam Hale, 34,"), however far back.
		if age := descAge(r.sp.name); age != "" {
			if i := slices.IndexFunc(cs, func(c cand) bool { return c.sp.name != "" && a.personAge(c.sp.name) == age }); i >= 0 {
				best = i
			}
		}
	}
	desc := -1 // a description the chosen candidate is named for
	if alt, d := a.namedFor(cs, scores, best, rulesOrg, r.open.Start); alt >= 0 {
		best, desc = alt, d
	}
	sp := cs[best].sp
	if desc < 0 && cs[best].f[fBody] == 1 && sp.kind == kindDesc {
		// "het ministerie", "the department": the body the article named
		// in full before ("ministerie van Landbouw", "Department of
		// Mineral Resources").
		if m, ok := a.bodyNamed(sp); ok {
			sp.name, sp.span = a.people.canon(m.name), m.span
		}
	}
	// The reporting verb is the quotation's, whoever the ranker takes
	// for its subject: "“…”, zei de debutant" is Theate's, and "zei"
	// still introduces it; a verb of the sentence before ("Voltra
	// recalled …") does not. The chosen name's own cue goes first.
	ci := slices.IndexFunc(ps, func(p speaker) bool { return cueSource[p.src] && p.name == sp.name && !p.cue.IsZero() })
	if ci < 0 {
		ci = slices.IndexFunc(ps, func(p speaker) bool { return cueSource[p.src] && !p.cue.IsZero() })
	}
	if ci >= 0 {
		sp.cue, sp.cueText = ps[ci].cue, ps[ci].cueText
	}
	// The description and the name it stands for are one speaker.
	conf := func() float64 {
		p := probability(scores, best)
		if desc >= 0 {
			p = min(1, p+probability(scores, desc))
		}
		return p
	}
	calibration(&a.calib, cs, scores, conf(), best, top, desc)
	cal := rk.Calibration(a.lang)
	if cal == nil || t != nil {
		// The temperature scales the candidates' probabilities a trace
		// shows, and is the confidence where no calibrator is given.
		temp := rk.Temperature(a.lang)
		for i := range scores {
			scores[i] /= temp
		}
		sp.conf = conf()
	}
	if cal != nil {
		sp.conf = cal.prob(a.calib[:])
	}
	if t != nil {
		t.Chosen = best
		t.Calibration = append([]float64(nil), a.calib[:]...)
		probs := make([]float64, len(scores))
		for i := range scores {
			probs[i] = probability(scores, i)
		}
		for i, c := range cs {
			tc := Candidate{Speaker: c.sp.name, Span: c.sp.span, Features: append([]float64(nil), c.f[:]...), Score: scores[i], P: probs[i]}
			for s := range nSources {
				if c.srcs&(1<<s) != 0 {
					tc.Sources = append(tc.Sources, sourceNames[s])
				}
			}
			t.Candidates = append(t.Candidates, tc)
		}
	}
	return sp
}

// namedFor returns the candidate a description stands for, and the
// description's: when the rules' subject is a noun that refers back to
// an organisation (rulesOrg: "de organisatie schrijft"), the best-scored
// organisation proposed; when the best candidate is a definite
// description of a person ("de bondscoach", "the actor"), the
// best-scored person named whose sex does not clash. Else -1. The
// speaker is written by name where the article names them; a definite
// description with no clause of its own introduces no one (an
// indefinite one, "een vrouw die verderop woont", does).
func (a *article) namedFor(cs []cand, scores []float64, best int, rulesOrg bool, at int) (alt, desc int) {
	if r := &cs[0].f; r[fDefinite]+r[fBody] > 0 && rulesOrg {
		// The rules' subject is "de organisatie", "the company": the
		// organisation named before speaks, not the person named last.
		// A name no list knows as a person's may be the organisation's:
		// "Voltra Mobility recalled …; the company said".
		alt = -1
		_, noun, _ := strings.Cut(cs[0].sp.name, " ")
		if m, ok := a.bodyNamed(cs[0].sp); ok && !slices.ContainsFunc(cs, func(c cand) bool { return c.sp.name != "" && c.sp.name == a.people.canon(m.name) }) {
			return -1, -1 // the body named before, whom no generator proposed: the description is written by its name below
		}
		named := false // an organisation whose name holds the noun: "the board" is the "Transportation Safety Board"
		for i := range cs {
			g := &cs[i].f
			org := g[fOrg] == 1 || g[fPerson] == 1 && g[fGiven]+g[fStrong]+g[fPlace]+g[fOutlet] == 0
			if !org || cs[i].sp.name == "" || i == 0 {
				continue
			}
			holds := hasWordFold(cs[i].sp.name, noun) || endsInPhraseFold(cs[i].sp.name, noun)
			if alt < 0 || holds && !named || holds == named && scores[i] > scores[alt] {
				alt, named = i, holds
			}
		}
		if alt >= 0 {
			return alt, 0
		}
	}
	f := &cs[best].f
	if f[fDefinite]+f[fRoleNoun] == 0 || f[fBody] == 1 || f[fOutlet] == 1 || !a.personDesc(cs[best].sp.name) {
		return -1, -1
	}
	if in, ok := a.introBefore(cs[best].sp); ok {
		// Someone a description introduced, with nobody named since:
		// "A man who runs the corner shop said … “…,” the 61-year-old
		// said" is the man, not a person named before him.
		if i := slices.IndexFunc(cs, func(c cand) bool { return c.sp.name == in.sp.name }); i >= 0 {
			return i, best
		}
		return -1, -1
	}
	alt = -1
	office := officeDesc(cs[best].sp.name)
	age := descAge(cs[best].sp.name)
	aged := false // alt is the person the article gives that age: "Liam Hale, 34," for "the 34-year-old"
	for i := range cs {
		g := &cs[i].f
		if cs[i].sp.name == "" || g[fPerson] == 0 || g[fGenderClashes] == 1 || g[fOutlet]+g[fOrg]+g[fPlace]+g[fAllCaps] > 0 {
			continue
		}
		if office && initialSurname(cs[i].sp.name) {
			continue // "de procureur" is not "Nadia B."
		}
		if !a.namedBefore(cs[i].sp.name, at) {
			// A definite description refers back: not to someone the
			// article names only later ("«…», oordeelde de
			// voorzieningenrechter" before "Advocaat Bart-Jan Smit …").
			continue
		}
		same := false
		if age != "" {
			pa := a.personAge(cs[i].sp.name)
			if pa != "" && pa != age {
				continue // another age: "Faduma Hassan, 27," is not the 34-year-old
			}
			same = pa == age
		}
		if alt < 0 || same && !aged || same == aged && scores[i] > scores[alt] {
			alt, aged = i, same
		}
	}
	return alt, best
}

// offices holds the nouns for people in office (lexicon/offices.txt).
var offices = wordSet("offices.txt")

// officeDesc reports whether a description's noun, before any
// postmodifier, names an office: "de procureur", "the presiding judge",
// "de advocaat van de familie". Dutch and Belgian papers give the
// surnames of suspects, victims and witnesses as an initial ("Nadia
// B."), not of those who speak in office, so such a description does
// not stand for a person named so (but "de oud-keeper" may).
func officeDesc(desc string) bool { return descNounIn(desc, offices) }

// descNounIn reports whether a word of the description desc, before any
// postmodifier, is in the lexicon s: its noun, "procureur" of "de
// procureur van de familie".
func descNounIn(desc string, s *set) bool {
	var lb [32]byte
	var fa [8]string
	for i, w := range text.FieldsInto(fa[:0], desc) {
		lw := string(text.AppendFold(lb[:0], w))
		if i > 0 && postmod.has(lw) {
			break
		}
		if s.has(lw) {
			return true
		}
	}
	return false
}

// suspects holds the nouns for one suspected or accused of a crime
// (lexicon/suspects.txt).
var suspects = wordSet("suspects.txt")

// suspectDesc reports whether a description's noun, before any
// postmodifier, is a suspect's: "de beschuldigde", "the accused".
func suspectDesc(desc string) bool { return descNounIn(desc, suspects) }

// initialSurname reports whether a person's name ends in an initial for
// the surname: "Nadia B.", "Dennis van der L.".
func initialSurname(name string) bool {
	return isInitial(name[strings.LastIndexByte(name, ' ')+1:])
}

// namedBefore reports whether the article names the person whose
// fullest name is name before offset off.
func (a *article) namedBefore(name string, off int) bool {
	found := false
	a.people.before(off, func(m mention) bool {
		found = a.people.canon(m.name) == name
		return !found
	})
	return found
}

// descAge returns the age a description gives ("34" of "the 34-year-old",
// "61" of "de 61-jarige"), or "".
func descAge(desc string) string {
	for w := range strings.FieldsSeq(desc) {
		c := w[len(w)-1] // (a field is never empty)
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A' // every suffix ends in a lower-case ASCII letter
		}
		for _, suf := range personSuffixes[c] {
			// Case ignored without a lower-case copy: "The 56-Year-Old".
			if n := len(w) - len(suf); n > 0 && strings.EqualFold(w[n:], suf) && isNumber(w[:n]) {
				return w[:n]
			}
		}
	}
	return ""
}

// personAge returns the age the article gives the person named name in
// apposition or brackets ("Liam Hale, 34,", "Marcel de Wit (61)"), or "".
func (a *article) personAge(name string) string {
	a.ages()
	return a.ageOf[name]
}

// ages fills ageOf and agedOf in one pass over the mentions, the first
// time either is asked: quotation after quotation asks, and a pass each
// time made a long article quadratic.
func (a *article) ages() {
	if a.agesDone {
		return
	}
	a.agesDone = true
	for _, m := range a.people.mentions {
		age := a.mentionAge(m)
		if age == "" {
			continue
		}
		if a.ageOf == nil {
			a.ageOf, a.agedOf = map[string]string{}, map[string]string{}
		}
		c := a.people.canon(m.name)
		if _, ok := a.ageOf[c]; !ok {
			a.ageOf[c] = age
		}
		if _, ok := a.agedOf[age]; !ok && a.people.isPerson(m) {
			a.agedOf[age] = c
		}
	}
}

// agedPerson returns the person the article gives the age, or "".
func (a *article) agedPerson(age string) string {
	a.ages()
	return a.agedOf[age]
}

// mentionAge returns the age set off after the mention m, or "".
func (a *article) mentionAge(m mention) string {
	toks := a.segs[m.seg].toks
	if m.to+2 >= len(toks) {
		return ""
	}
	open, n, closing := toks[m.to], toks[m.to+1], toks[m.to+2]
	if isNumber(n.text) && len(n.text) <= 3 && (open.text == "," && (closing.text == "," || closing.text == ".") || open.text == "(" && closing.text == ")") {
		return n.text
	}
	return ""
}

// bodyNamed returns the last organisation named before the description
// d, in two words or more, that holds d's noun: "het ministerie" is the
// "ministerie van Landbouw" named before.
func (a *article) bodyNamed(d speaker) (mention, bool) {
	det, noun, ok := strings.Cut(d.name, " ")
	var lb [16]byte
	if !ok || strings.Contains(noun, " ") || !isDeterminer(string(text.AppendFold(lb[:0], det))) {
		return mention{}, false
	}
	var found mention
	ok = false
	a.people.before(d.span.Start, func(m mention) bool {
		if !a.people.isPerson(m) && !m.place && (m.to-m.from >= 2 && hasWordFold(m.name, noun) || a.lang != "en" && m.to-m.from == 1 && compoundOf(m.name, noun)) {
			found, ok = m, true
			return false
		}
		return true
	})
	if !ok && firms.has(strings.ToLower(noun)) {
		// "the company": the firm named with its legal form.
		a.people.before(d.span.Start, func(m mention) bool {
			if m.to-m.from >= 2 && legalForms.has(a.segs[m.seg].toks[m.to-1].lower) {
				found, ok = m, true
				return false
			}
			return true
		})
	}
	return found, ok
}

// firms holds the nouns for a firm (lexicon/firms.txt).
var firms = wordSet("firms.txt")

// compoundOf reports whether the one word w is a Dutch compound that
// ends in noun, with at least four letters before it ("Onderwijsinspectie"
// for "inspectie"), or two and a hyphen ("PO-Raad" for "raad").
func compoundOf(w, noun string) bool {
	n := len(w) - len(noun)
	if n >= 3 && w[n-1] == '-' && !strings.ContainsAny(w[:n-1], " -") {
		return strings.EqualFold(w[n:], noun) // "PO-Raad" for "raad"
	}
	return n >= 4 && !strings.ContainsAny(w, " -") && strings.EqualFold(w[n:], noun)
}

// hasWordFold reports whether the name holds the word w, whatever the case.
func hasWordFold(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// lastWordFold returns the last word of s in lower case.
func lastWordFold(s string) string {
	return strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])
}

// endsInPhraseFold reports whether name ends in the words of phrase, in
// any case: "Addingham Cricket Club" in "cricket club".
func endsInPhraseFold(name, phrase string) bool {
	n := len(name) - len(phrase)
	return n > 0 && name[n-1] == ' ' && strings.EqualFold(name[n:], phrase)
}

// introBefore returns the description that opened a sentence before the
// definite description d, with no person named between them, whose sex
// is not other than d's.
func (a *article) introBefore(d speaker) (introDesc, bool) {
	g := d.pron
	if g == 0 {
		g = 'x'
	}
	in, ok := a.lastIntro(d.span.Start, g)
	for ok && !in.subject && a.afterPreposition(in) {
		// A description a preposition governs introduces no one the
		// sentences go on about: "Een arbeidster … hoorde het via een
		// collega. «…», zei de vrouw" is the worker.
		in, ok = a.lastIntro(in.sp.span.Start, g)
	}
	if !ok || !in.subject {
		return introDesc{}, false
	}
	named := false
	a.people.before(d.span.Start, func(m mention) bool {
		if a.people.isPerson(m) {
			named = !a.introNearer(in, m)
			return false
		}
		return true
	})
	return in, !named
}

// afterPreposition reports whether a preposition governs the
// description in: a lower-case function word right before it ("via een
// collega", "with a neighbour").
func (a *article) afterPreposition(in introDesc) bool {
	if in.at == 0 {
		return false
	}
	t := a.segs[in.seg].toks[in.at-1]
	return !t.cap && !t.punct && (functionWords.has(t.lower) || objectPreps.has(t.lower)) && !isClause(t.lower, clauseConj|clauseOpener|clauseRelative)
}

// Nouns that refer back to an organisation (lexicon/orgrefs.txt).
var orgRefs = wordSet("orgrefs.txt")

// orgRef reports whether a description of two words is a determiner and
// a noun that refers back to an organisation: "de organisatie", "the
// company".
func orgRef(desc string) bool {
	det, rest, ok := strings.Cut(desc, " ")
	if !ok {
		return false
	}
	// An adjective or two may stand before the noun: "de Mechelse
	// afdeling", "the largest union".
	noun := rest
	if i := strings.LastIndexByte(rest, ' '); i >= 0 {
		if strings.Count(rest, " ") > 2 || !adjectival(rest[:i]) {
			return false
		}
		noun = rest[i+1:]
	}
	var db, nb [32]byte // folded on the stack: map keys of a conversion allocate nothing
	_, isDet := lex().determiners.get(string(text.AppendFold(db[:0], det)))
	return isDet && orgRefNoun(string(text.AppendFold(nb[:0], noun)))
}

// orgRefNoun reports whether the lower-case noun lw refers back to an
// organisation, also as the last part of a compound, where that part is
// a body's word too: "het spoorbedrijf", "de zorgorganisatie", "the
// subgroup" (not "de filmmaker").
func orgRefNoun(lw string) bool {
	// A body's word listed whole is no compound of one: "rechtbank" is
	// a court, which speaks as such, though it ends in "bank".
	return orgRefs.has(lw) || !lex().orgWords.has(lw) && endsInListed(lw, orgRefs, lex().orgWords)
}

// adjectival reports whether the words before a noun look like
// adjectives: lower case, or a Dutch adjective of place ("Mechelse").
func adjectival(words string) bool {
	for w := range strings.FieldsSeq(words) {
		if w[0] >= 'A' && w[0] <= 'Z' && !placeAdjective(w) { // (its ending is lower case as written)
			return false
		}
	}
	return true
}

// personDesc reports whether a definite description has a person noun
// after its determiner and no relative clause: "de bondscoach", "the
// 56-year-old actor", not "de jongeman die net heeft gebeld".
func (a *article) personDesc(desc string) bool {
	var fa [8]string
	var lb [32]byte
	ws := text.FieldsInto(fa[:0], desc)
	person := false
	for _, w := range ws[min(1, len(ws)):] {
		lw := string(text.AppendFold(lb[:0], w))
		if relative.has(lw) {
			return false
		}
		person = person || a.personNoun(lw) || demonym(w, lw)
	}
	return person
}

// maxSuspectWalk bounds the persons suspectBefore passes over.
const maxSuspectWalk = 64

// suspectBefore returns the person named last before the quotation whose
// surname the article gives as an initial, as a suspect's is written
// ("Kevin D."), and whose sex is not other than g's, or "": "de
// beschuldigde" is that one, not the judge who questioned him.
func (a *article) suspectBefore(r raw, g byte) string {
	name := ""
	seen := 0 // persons passed over: a bound keeps an article of thousands of names linear
	a.people.before(r.open.Start, func(m mention) bool {
		if !a.people.isPerson(m) {
			return true
		}
		if seen++; seen > maxSuspectWalk {
			return false
		}
		c := a.people.canon(m.name)
		if !initialSurname(c) {
			return true
		}
		if pg := a.personGender(c); g != 0 && pg != 0 && pg != g {
			return true
		}
		name = c
		return false
	})
	return name
}

// antecedent returns the person named last before the quotation whose
// sex is not other than g's, or "". For a description of someone in
// office ("de procureur") it passes over people whose surname the
// article gives as an initial: see officeDesc.
func (a *article) antecedent(r raw, g byte, office bool) string {
	name := ""
	a.people.before(r.open.Start, func(m mention) bool {
		if !a.people.isPerson(m) || a.objectOfPrep(m) {
			return true // (nor the object of "van", "with": "een steekpass van Dani Mendes")
		}
		c := a.people.canon(m.name)
		if office && initialSurname(c) {
			return true
		}
		if toks := a.segs[m.seg].toks; m.from > 1 && telling.has(toks[m.from-1].lower) && a.subjectNamed(m) {
			return true // the one told: "Lord Ballantyne told Rennie …", then "the judge said"
		}
		if pg := a.personGender(c); g != 0 && pg != 0 && pg != g {
			return true
		}
		name = c
		return false
	})
	return name
}

// telling holds the English verbs whose object is the one spoken to
// (lexicon/telling.txt).
var telling = wordSet("telling.txt")

// subjectNamed reports whether a person is named right before the verb
// that precedes mention m: "Lord Ballantyne" of "Lord Ballantyne told
// Rennie".
func (a *article) subjectNamed(m mention) bool {
	p, ok := a.people.mentionAt(m.seg, m.from-2)
	return ok && p.to == m.from-1 && a.people.isPerson(p)
}

// objectOfPrep reports whether the mention m is the object of a
// preposition of agency, possession or company (lexicon/objectpreps.txt),
// or in apposition to one: "een steekpass van Dani Mendes", "with the
// team's spin consultant, Gopinath Raman" name someone the sentence is
// not about.
func (a *article) objectOfPrep(m mention) bool {
	toks := a.segs[m.seg].toks
	k := m.from - 1
	if k > 1 && toks[k].text == "," {
		// In apposition to a noun for a person that is the object ("the
		// team's spin consultant, Gopinath Raman"); not to another noun
		// ("called by the defence, Fergal Donnellan", "her neighbour of
		// 11 years, Craig Dunmore" describe the subject).
		if !a.personNoun(toks[k-1].lower) {
			return false
		}
		// (Over the noun's modifiers, names too: "by the Liberal
		// Democrat transport spokeswoman, Fiona X,".)
		for k--; k > 0 && !toks[k].punct && toks[k].quote == 0 && !objectPreps.has(toks[k].lower) && m.from-k < 8; k-- {
		}
	}
	// Over the title that names the person and the body it serves: "a
	// boundary off Red Force captain Keon Ramdass"; or a noun for a
	// person and its determiner: "geholpen door zijn buurvrouw Maria X".
	for n := 0; n < 4 && k > 0 && !toks[k].punct && toks[k].quote == 0 && !toks[k].sent && (toks[k].cap || isRole(toks[k].lower) || titleTok(toks[k]) || a.personNoun(toks[k].lower) || isDeterminer(toks[k].lower)) && !objectPreps.has(toks[k].lower); n++ {
		k--
	}
	return k >= 0 && objectPreps.has(toks[k].lower)
}

// Prepositions whose object is no subject (lexicon/objectpreps.txt).
var objectPreps = wordSet("objectpreps.txt")

// distFar is the distance feature of a candidate named nowhere near: a
// speaker carried over from an earlier quotation.
const distFar = 8

// distance returns log(1 + bytes) between a quotation and a span, and
// whether the span follows the quotation; false for an empty span.
func distance(r raw, s Span) (float64, bool, bool) {
	if s.IsZero() {
		return 0, false, false
	}
	d, after := 0, false
	switch {
	case s.End <= r.open.Start:
		d = r.open.Start - s.End
	case !r.close.IsZero() && s.Start >= r.close.End:
		d, after = s.Start-r.close.End, true
	case r.close.IsZero() && s.Start >= r.text.End:
		d, after = s.Start-r.text.End, true
	}
	return min(math.Log1p(float64(d)), distFar), after, true
}

// nameFeaturesOf returns the features of a name as the article uses it,
// worked out once per name: the same names come up for quotation after
// quotation.
func (a *article) nameFeaturesOf(name string) *[nFeatures]float64 {
	if i, ok := a.nameFeats[name]; ok {
		return &a.featSlab[i]
	}
	// One slab for the article, kept with it: the pointer returned is
	// good until the next call, which may grow the slab.
	a.featSlab = append(a.featSlab, [nFeatures]float64{})
	i := int32(len(a.featSlab) - 1)
	a.nameFeatures(&a.featSlab[i], name)
	if a.nameFeats == nil {
		a.nameFeats = map[string]int32{}
	}
	a.nameFeats[name] = i
	return &a.featSlab[i]
}

// nameFeatures sets the features of a name as the article uses it.
func (a *article) nameFeatures(f *[nFeatures]float64, name string) {
	if name == "" {
		return
	}
	var fa [8]string
	var lb [32]byte
	ws := text.FieldsInto(fa[:0], name)
	if len(ws) > 1 {
		switch lex().determiners.at(string(text.AppendFold(lb[:0], ws[0]))) {
		case indefinite:
			f[fIndefinite] = 1
		case definite:
			f[fDefinite] = 1
		}
	}
	if f[fDefinite] > 0 && (len(ws) >= 4 && (lex().kin[string(text.AppendFold(lb[:0], ws[1]))] != 0 && postmod.has(string(text.AppendFold(lb[:0], ws[2]))) ||
		relative.has(string(text.AppendFold(lb[:0], ws[2])))) ||
		len(ws) == 3 && isPossessive(ws[1]) && lex().kin[string(text.AppendFold(lb[:0], ws[2]))] != 0) {
		// "the mother of one of the boys", "de psychiater die hem
		// onderzocht" introduce someone, as an indefinite description
		// does.
		f[fDefinite], f[fIndefinite] = 0, 1
	}
	if f[fDefinite] > 0 {
		// "de minister" stands for someone the article may name; "de
		// oppositie", "the police" are bodies that speak as such.
		for _, w := range ws[1:] {
			switch lw := string(text.AppendFold(lb[:0], w)); {
			case isRole(lw):
				f[fRoleNoun], f[fDefinite] = 1, 0
			case lex().orgWords.has(lw):
				f[fBody], f[fDefinite] = 1, 0
			}
		}
		if lh := string(text.AppendFold(lb[:0], ws[len(ws)-1])); f[fBody] == 1 && (isRole(lh) || a.personNoun(lh)) {
			// A body's word before a noun for a person: "the union
			// leader", "the company spokesman" is a person.
			f[fBody] = 0
			if !isRole(lh) {
				f[fDefinite] = 1
			}
		}
	}
	f[fOutlet] = b2f(text.Outlets().Has(name))
	f[fOneWord] = b2f(len(ws) == 1)
	f[fLongName] = b2f(len(ws) >= 4)
	_, given := a.givenName(ws[0])
	if !given && len(ws) >= 2 && f[fDefinite]+f[fIndefinite]+f[fRoleNoun]+f[fBody] == 0 {
		given = a.surnameAlone(name)
	}
	f[fGiven] = b2f(given)
	f[fAllCaps] = b2f(isAllCaps(name) && !isInitials(name))
	for i, w := range ws {
		if i > 0 && orgJoin.has(w) {
			continue // "Ministry of Foreign Affairs"
		}
		if !lex().particles.hasLower(w) && (inLower(a.lowered, w) || functionWords.hasLower(w)) {
			f[fOrdinary] = 1
		}
	}
	info := a.nameInfo(name)
	f[fPlace] = b2f(info.place && !info.person || a.isPlace(name))
	f[fStrong] = b2f(info.strong)
	f[fPerson] = b2f(info.person)
	f[fSalience] = math.Log1p(float64(info.count))
}

// surnameAlone reports whether the article names the person of a name
// of two words or more by the surname alone as well: "Attje Kuiken" …
// "zei Kuiken". A name no list knows is used as a person's is ("Attje"
// is then taken for a given name).
func (a *article) surnameAlone(name string) bool {
	var kb [48]byte
	key := string(appendSurnameKey(kb[:0], name))
	for _, m := range a.people.mentions {
		if m.to-m.from == 1 && m.key == key && a.people.isPerson(m) {
			return true
		}
	}
	return false
}

type nameInfo struct {
	count                 int
	place, strong, person bool
}

// nameInfo summarises the mentions of a name: how often the article names
// it, and whether as a person or a place.
func (a *article) nameInfo(name string) nameInfo {
	if !a.namesDone {
		a.namesDone = true
		if a.names == nil {
			a.names = map[string]nameInfo{}
		}
		for _, m := range a.people.mentions {
			c := a.people.canon(m.name)
			in := a.names[c]
			in.count++
			in.place = in.place || m.place
			in.strong = in.strong || a.people.strong[m.key]
			in.person = in.person || a.people.isPerson(m)
			a.names[c] = in
		}
	}
	return a.names[name]
}

// b2f is 1 for true, 0 for false. It reads the bool's byte instead of
// branching on it: features are set from tests whose answers a branch
// predictor cannot foretell.
func b2f(b bool) float64 { return float64(*(*uint8)(unsafe.Pointer(&b))) }

// probability returns the softmax of xs at i beside the null option of
// score 0 ("none of these"), allocating nothing.
func probability(xs []float64, i int) float64 {
	m := 0.0
	for _, x := range xs {
		m = max(m, x)
	}
	sum := math.Exp(-m)
	for _, x := range xs {
		sum += math.Exp(x - m)
	}
	return math.Exp(xs[i]-m) / sum
}

func softmax(xs []float64) []float64 {
	out := make([]float64, len(xs))
	m := math.Inf(-1)
	for _, x := range xs {
		m = max(m, x)
	}
	sum := 0.0
	for i, x := range xs {
		out[i] = math.Exp(x - m)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// around calls f with the mentions of the sentences sid-1 and sid.
func (p *people) around(sid int, f func(m mention)) {
	// Mentions are in source order, and so are sentence numbers.
	i := sort.Search(len(p.mentions), func(i int) bool { return p.mentions[i].sid >= sid-1 })
	// Bounded, so that a block of thousands of names and quotations
	// stays linear.
	for n := 0; i < len(p.mentions) && p.mentions[i].sid <= sid && n < 64; i, n = i+1, n+1 {
		f(p.mentions[i])
	}
}

// namedIn reports whether a capitalised token of toks is name's first
// or last word.
func namedIn(toks []tok, name string) bool {
	first, last := firstWord(name), name[strings.LastIndexByte(name, ' ')+1:]
	for _, t := range toks {
		if t.cap && !t.punct && len(t.text) > 1 && (t.text == first || t.text == last) {
			return true
		}
	}
	return false
}
