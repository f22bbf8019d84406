package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cueAfter reads a reporting clause after a quotation: "…", zei hij /
// zegt Jan Peeters / aldus Claes / voegde hij eraan toe / zei De Jonge
// gisteren; "…," said Smith / she added / Wynnum coach Matt Myers said.
func (a *article) cueAfter(si int, ctx []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	k := 0
	for k < len(ctx) && isPunctTok(toks[ctx[k]], ",", "-", "–", "—", ":") {
		k++
	}
	if k < len(ctx) {
		// "…", zo zegt X / "…" Dat zegt X.
		if isClause(toks[ctx[k]].lower, clauseLink) {
			k++
		}
	}
	if k >= len(ctx) {
		return speaker{}, false
	}
	// A new clause ("…", en Wilders vindt …) is no reporting clause.
	if isClause(toks[ctx[k]].lower, clauseOpener) {
		return speaker{}, false
	}
	// A passive verb's agent after the quotation: "was branded “too
	// little, too late” by Labour", "described as “…” by the judge".
	if k == 0 && k+1 < len(ctx) && agentPrep.has(toks[ctx[k]].lower) {
		if v, ok := a.passiveCueBefore(si, r); ok {
			if sp, ok := a.npSpeaker(si, ctx[k+1:], r); ok {
				sp.cue, sp.cueText, sp.how = v.Span, v.text, byCue
				return sp, true
			}
		}
	}
	if t := toks[ctx[k]]; lex().after.has(t.lower) {
		if sp, ok := a.npSpeaker(si, ctx[k+1:], r); ok {
			sp.cue, sp.cueText, sp.how = t.Span, t.text, byCue
			return sp, true
		}
		return speaker{}, false
	}
	// "“…,” according to state Sen. Ruth Baker", "“…” in the House,
	// according to …": the marker names its source after the quotation
	// too, within a few words and before any verb of the clause.
	for j := k; j < len(ctx) && j <= k+6; j++ {
		if t := toks[ctx[j]]; isSentenceEnd(t) || t.quote != 0 || t.mark || lex().cues.at(t.lower) != nil {
			break
		}
		if n := a.markerAt(si, ctx, j); n > 0 && j+n < len(ctx) {
			if sp, ok := a.npSpeaker(si, ctx[j+n:], r); ok {
				cue := Span{Start: toks[ctx[j]].Start, End: toks[ctx[j+n-1]].End}
				sp.cue, sp.cueText, sp.how = cue, a.src[cue.Start:cue.End], byCue
				return sp, true
			}
			break
		}
	}
	// The verb is sought within twelve words; an apposition set off by
	// commas does not count: "…," John Williams, the president of the
	// Federal Reserve Bank of New York, said.
	appoFrom, appoTo := -1, -1 // ctx indexes of the apposition's commas
	for j := k + 1; j < len(ctx) && j-k <= 4; j++ {
		if toks[ctx[j]].text == "," {
			for e := j + 2; e < len(ctx) && e-j <= 16; e++ {
				if t := toks[ctx[e]]; t.text == "," {
					appoFrom, appoTo = j, e
					break
				} else if isSentenceEnd(t) || t.mark || lex().cues.at(t.lower) != nil {
					break // no apposition: a clause or the sentence goes on
				}
			}
			break
		}
	}
	span := 0
	for j := k; j < len(ctx) && span <= 12; j++ {
		v := toks[ctx[j]]
		if isSentenceEnd(v) {
			break
		}
		if v.text == "," && j+1 < len(ctx) && isConj(toks[ctx[j+1]].lower) && (appoTo < 0 || j > appoTo) {
			break // "…” across the island, and a flash-flood warning remains": a clause of its own
		}
		if j > appoFrom && j < appoTo {
			continue
		}
		span++
		cues, ok := a.cueAt(si, ctx, j)
		if !ok {
			continue
		}
		// A verb in a relative clause does not report the quotation:
		// "the strategist, who asked not to be named, told reporters".
		if j > k && isClause(toks[ctx[j-1]].lower, clauseRelative) {
			continue
		}
		rest := ctx[j+1:]
		// "klinkt het (bij X)", "klinkt bij X", "klinkt het op het
		// kabinet": impersonal unless a preposition of sourcepreps.txt
		// names the source.
		if len(rest) > 0 && (toks[rest[0]].lower == "het" || sourcePreps.has(toks[rest[0]].lower)) {
			for m := 0; m < len(rest)-1 && m < 3; m++ {
				if sourcePreps.has(toks[rest[m]].lower) {
					if sp, ok := a.npSpeaker(si, rest[m+1:], r); ok && (toks[rest[m]].lower == "bij" || a.sourcePhrase(sp)) {
						sp.cue, sp.cueText, sp.how = Span{Start: v.Start, End: toks[rest[m]].End}, a.src[v.Start:toks[rest[m]].End], byCue
						return sp, true
					}
				}
			}
			if toks[rest[0]].lower == "het" && !detNoun(toks, rest) {
				// Impersonal: the source quoted last goes on.
				return speaker{cue: Span{Start: v.Start, End: toks[rest[0]].End}, cueText: v.text + " het", how: byNone}, false
			}
		}
		// Subject first: "Smith said", "she added". The subject is the
		// phrase right before the verb: "… between Greece and Turkey,
		// he said" is his.
		if j > k && j == appoTo+1 {
			// "John Williams, the president of …, said": the subject
			// stands before the apposition.
			if sp, ok := a.npSpeaker(si, ctx[k:appoFrom], r); ok {
				body := a.bodyHeaded(si, ctx[k:appoFrom])
				if sp.kind == kindDesc || sp.kind == kindRole || body || a.possessiveHead(si, ctx[k:appoFrom]) {
					// "the union's leader, Carla Mendez, said": the
					// apposition names the one described; "Her union,
					// GMB Scotland, said", "The company that …, Kereru
					// Forest Holdings, said": the body described.
					if m, found := a.appositionName(si, ctx[appoFrom:appoTo+1]); found {
						sp = speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}
					} else if m, found := a.appositionBody(si, ctx[appoFrom:appoTo+1]); found && body {
						sp = speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}
					}
				}
				sp.cue, sp.cueText = a.cueSpan(si, v, cues, rest)
				sp.how = byCue
				return sp, true
			}
		}
		if j > k {
			from := k
			for b := j - 1; b > k; b-- {
				// A function word right after a determiner is the
				// phrase's adjective: "the former Samoa international".
				afterDet := b-2 >= k && isDeterminer(toks[ctx[b-2]].lower)
				// A role's portfolio goes with it: "the Secretary of
				// State", "the Minister for Housing".
				portfolio := b-2 > k && affiliation.has(toks[ctx[b-1]].lower) && isRole(toks[ctx[b-2]].lower)
				if t := toks[ctx[b-1]]; t.punct || functionWords.has(t.lower) && !isDeterminer(t.lower) && !afterDet && !portfolio {
					from = b
					break
				}
			}
			sp, ok := a.npSpeaker(si, ctx[from:j], r)
			if ok && from > k && placePrep.has(toks[ctx[from-1]].lower) && toks[ctx[j-1]].text == "," {
				// A preposition's object set off by a comma is no
				// subject: "… during the strike in Lisbon, said another
				// official" is inverted.
				ok = false
			}
			if !ok && from > k && isDeterminer(toks[ctx[k]].lower) {
				// "the strategist, who asked not to be named, told": the
				// phrase at the clause's start.
				sp, ok = a.npSpeaker(si, ctx[k:j], r)
			} else if m, named := a.people.mentionAt(si, ctx[from]); ok && named && from > k && isDeterminer(toks[ctx[k]].lower) && placePrep.has(toks[ctx[from-1]].lower) && !a.people.isPerson(m) {
				// "the 31-year-old from Polokwane said": the person the
				// phrase describes, not the place after its preposition.
				if sp2, ok2 := a.npSpeaker(si, ctx[k:j], r); ok2 && (sp2.kind == kindDesc || sp2.kind == kindRole) {
					sp = sp2
				}
			} else if ok && named && from > k && placePrep.has(toks[ctx[from-1]].lower) && !a.people.isPerson(m) {
				// "co-author Ann Vinsha of the Quorbel Institute in
				// Warsaw said": the person the phrase opens with, not
				// the place at its end.
				if p, found := a.headPerson(si, ctx[k:from-1]); found {
					sp = speaker{name: a.people.canon(p.name), span: p.span, kind: kindName}
				}
			}
			if at := from; ok && from > k && affiliation.has(toks[ctx[from-1]].lower) {
				// "investigator Ann Vinsha of the Quorbel Space Centre
				// said": the person the phrase opens with, not the body
				// she belongs to.
				if isDeterminer(toks[ctx[at]].lower) && at+1 < j {
					at++
				}
				if m, named := a.people.mentionAt(si, ctx[at]); named && !a.people.isPerson(m) {
					if p, found := a.headPerson(si, ctx[k:from-1]); found {
						sp = speaker{name: a.people.canon(p.name), span: p.span, kind: kindName}
					}
				}
			}
			if ok {
				sp.cue, sp.cueText = a.cueSpan(si, v, cues, rest)
				sp.how = byCue
				return sp, true
			}
		}
		// Inverted: "zei hij", "said Smith", "…, zei De Jonge"; never
		// after a participle ("…", adding Iran will …).
		if strings.HasSuffix(v.lower, "ing") {
			return speaker{}, false
		}
		rest = skipAdverbs(toks, rest)
		sp, ok := a.npSpeaker(si, rest, r)
		if ok && a.lang == "en" {
			// "…” as the minister insisted the changes would give": the
			// phrase is the reported clause's subject, and the verb
			// reports no quotation before it.
			if e := a.endTok(si, sp.span) + 1; e < len(toks) && !toks[e].cap && (modalsEN.has(toks[e].lower) || auxiliary.has(toks[e].lower)) {
				continue
			}
		}
		if !ok || sp.kind == kindRole || sp.kind == kindDesc || a.possessiveHead(si, rest) {
			// "zegt hoofd van het atelier bij het museum, Petria
			// Noble": the name after the role's comma holds it.
			if m, found := a.appositionName(si, rest); found {
				sp, ok = speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}, true
			}
		}
		if ok {
			sp.cue, sp.cueText = a.cueSpan(si, v, cues, rest)
			sp.how = byCue
			return sp, true
		}
		// A cue whose speaker is not resolved ("zei hij" with no man
		// named before): speech all the same, with an unknown speaker.
		sp = speaker{}
		sp.cue, sp.cueText = a.cueSpan(si, v, cues, rest)
		sp.how = byCue
		return sp, false
	}
	return speaker{}, false
}

// trailingParticipleSubject returns the subject of the sentence whose
// main clause an English participle at ctx[k] follows after a comma: the
// pronoun or the name that opens the sentence, "He also defended Sam
// Hale, saying …" is his, not Hale's.
func (a *article) trailingParticipleSubject(si int, ctx []int, k int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	t := toks[ctx[k]]
	if a.lang != "en" || k < 3 || toks[ctx[k-1]].text != "," || !strings.HasSuffix(t.lower, "ing") || !toks[ctx[0]].sent {
		return speaker{}, false
	}
	first := toks[ctx[0]]
	if lex().pronouns.at(first.lower) != 0 {
		return a.npSpeaker(si, ctx[:1], r)
	}
	if m, ok := a.people.mentionAt(si, ctx[0]); ok && m.from == ctx[0] && a.people.isPerson(m) && m.to < len(toks) && !toks[m.to].punct && !possessive(toks[m.to-1]) {
		return speaker{name: a.people.canon(m.name), span: m.span, kind: kindName}, true
	}
	return speaker{}, false
}

// passiveCueBefore returns the reporting verb right before the
// quotation r, or before "as" there, when it is a past participle:
// "branded", "described as", "genoemd".
func (a *article) passiveCueBefore(si int, r raw) (tok, bool) {
	toks := a.segs[si].toks
	i := r.openTok - 1
	if i > 0 && toks[i].lower == "as" {
		i--
	}
	if i < 0 {
		return tok{}, false
	}
	v := toks[i]
	if v.cap || lex().cues.at(v.lower) == nil || !pastForm(v) && !isParticiple(v.lower) {
		return tok{}, false
	}
	return v, true
}

// bodySubject reports whether sp, read from the name at token i of
// segment si, is a body's name: a mention that is no person's and no
// place's.
func (a *article) bodySubject(si, i int, sp speaker) bool {
	m, ok := a.people.mentionAt(si, i)
	return ok && m.from == i && !a.people.isPerson(m) && !m.place && !m.outlet && !a.isPlace(m.name) && sp.name == a.people.canon(m.name)
}

// impersonal holds the verbs that report speech only with "het" or a
// source after them (lexicon/impersonal.txt).
var impersonal = wordSet("impersonal.txt")

// skipAdverbs drops the adverbs of preverbal.txt that may stand between
// an inverted verb and its subject: "zegt nu ook de gedeputeerde".
func skipAdverbs(toks []tok, ctx []int) []int {
	for len(ctx) > 1 && preverbal.has(toks[ctx[0]].lower) && !toks[ctx[0]].cap {
		ctx = ctx[1:]
	}
	return ctx
}

// clauseAfterMarker reports whether the source a marker names, from
// ctx[from], is set off by a comma before a clause with a reporting verb
// of its own: "According to the complaint, one of the teens told …".
func (a *article) clauseAfterMarker(si int, ctx []int, from int) bool {
	toks := a.segs[si].toks
	for j := from; j < len(ctx) && j < from+8; j++ {
		if t := toks[ctx[j]]; t.text == "," {
			for v := j + 2; v < len(ctx) && v < j+10; v++ {
				if u := toks[ctx[v]]; isSentenceEnd(u) || u.punct {
					return false
				}
				if _, ok := a.cueAt(si, ctx, v); ok {
					return true
				}
			}
			return false
		} else if t.punct {
			return false
		}
	}
	return false
}

// Articles (lexicon/articles.txt).
var articles = wordSet("articles.txt")

// detNoun reports whether the tokens ctx open with "het" as the article
// of a body's name or noun ("laat het OM weten", "zegt het ministerie",
// "laat het Verbond … weten"),
// not as the impersonal subject ("klinkt het", "reageerde het linkse
// Kamerlid" is left to the last source, as the annotated articles have
// it more often).
func detNoun(toks []tok, ctx []int) bool {
	if len(ctx) < 2 || ctx[1] != ctx[0]+1 {
		return false
	}
	t := toks[ctx[1]]
	// (A capitalised word after "het" opens a name: "laat het Verbond
	// van Belgische Ondernemingen weten".)
	return !t.punct && t.quote == 0 && !t.mark && (isAllCaps(t.text) && len(t.text) > 1 || t.cap || lex().orgWords.has(t.lower) || orgRefNoun(t.lower))
}

// cueAt reports whether toks[ctx[j]] is a reporting verb. A form known only
// as part of a separable verb ("gaf" of "gaf … toe") counts only with its
// particle later in the clause.
func (a *article) cueAt(si int, ctx []int, j int) ([]cue, bool) {
	toks := a.segs[si].toks
	t := toks[ctx[j]]
	if t.punct {
		return nil, false
	}
	cues, ok := lex().cues.get(t.lower)
	if !ok {
		return nil, false
	}
	if j > 0 && ctx[j-1] == ctx[j]-1 && articles.has(toks[ctx[j-1]].lower) {
		return nil, false // an adjective after its article: "one of the alleged victims"
	}
	if i := ctx[j]; t.cap && !t.sent && i > 0 && toks[i-1].cap && !toks[i-1].punct && toks[i-1].quote == 0 {
		return nil, false // a word of a name is no verb: "the United States"
	}
	// A plural that is also the infinitive after a modal is no report:
	// "dat wil zeggen", "hij kan niets zeggen".
	if strings.HasSuffix(t.lower, "en") && j > 0 && isClause(toks[ctx[j-1]].lower, clauseInfinitive) {
		return nil, false
	}
	for _, c := range cues {
		if c.particle == "" {
			return cues, true
		}
		// The particle ends the clause, perhaps after the quotation:
		// "juichen het 'akkoord' toe".
		for k := ctx[j] + 1; k < len(toks) && k < ctx[j]+80; k++ { // a particle ends its clause: look no further
			if toks[k].quote != 0 || toks[k].mark {
				continue
			}
			if isSentenceEnd(toks[k]) {
				break
			}
			if toks[k].lower == c.particle {
				return cues, true
			}
		}
	}
	return nil, false
}

// cueSpan extends a separable verb to its particle: "voegde … toe".
func (a *article) cueSpan(si int, verb tok, cues []cue, rest []int) (Span, string) {
	toks := a.segs[si].toks
	// Tokens are in source order: find the verb by binary search.
	vi := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= verb.Start })
	if vi >= len(toks) || toks[vi].Start != verb.Start {
		vi = -1
	}
	for _, c := range cues {
		if c.particle == "" || vi < 0 {
			continue
		}
		for j := vi + 1; j < len(toks) && j < vi+80; j++ {
			if toks[j].quote != 0 || toks[j].mark {
				continue
			}
			if isSentenceEnd(toks[j]) {
				break
			}
			if toks[j].lower == c.particle {
				span := Span{Start: verb.Start, End: toks[j].End}
				// The words between are elided, as written apart; a
				// verb and particle with nothing or no space between
				// ("gaf toe", "gaf#toe") are given as they stand.
				gap := a.src[verb.End:toks[j].Start]
				first, _ := utf8.DecodeRuneInString(gap)
				last, _ := utf8.DecodeLastRuneInString(gap)
				if strings.TrimSpace(gap) == "" || !unicode.IsSpace(first) || !unicode.IsSpace(last) {
					return span, oneLine(a.src[span.Start:span.End])
				}
				return span, verb.text + " … " + toks[j].text
			}
		}
	}
	return verb.Span, verb.text
}

// cueBefore reads a reporting clause before a quotation in its sentence:
// `X: "…"`, `X zei: "…"`, `He said, "…"`, `volgens X "…"`, `X noemde het "…"`.
func (a *article) cueBefore(si int, ctx []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	if len(ctx) == 0 {
		return speaker{}, false
	}
	lastTok := toks[ctx[len(ctx)-1]]
	// "Asked what he hoped audiences would take from it, Mr Goh was
	// modest:": the main clause speaks, not a verb or a person in the
	// participle's clause before it.
	if c := a.frontedParticiple(si, ctx); c > 0 && (lastTok.text == ":" || lastTok.text == ",") {
		ctx = ctx[c+1:]
	}
	unresolved, ok := a.clauseSpeaker(si, ctx, r)
	if ok {
		if sp, ok := a.reportedReport(si, ctx, unresolved, r); ok {
			return sp, true
		}
		if sp, ok := a.relativeReport(si, ctx, unresolved); ok {
			return sp, true
		}
		return unresolved, true
	}
	if lastTok.text == ":" {
		if sp, ok := a.colonSpeaker(si, ctx[len(ctx)-1], r); ok {
			return sp, true
		}
	}
	// "Trump, also on Twitter, defended his decision, "…"": a clause that
	// introduces a quotation with a colon or comma; its subject speaks.
	if (lastTok.text == ":" || lastTok.text == ",") && a.startsSentence(r) {
		for _, i := range ctx {
			t := toks[i]
			if g, ok := lex().pronouns.get(t.lower); ok {
				if sp, ok := a.resolvePronoun(si, i, g); ok {
					sp.cue, sp.cueText, sp.how = lastTok.Span, lastTok.text, byColon
					return sp, true
				}
			}
			if m, ok := a.people.mentionAt(si, i); ok && a.people.isPerson(m) && !(m.from > 0 && m.from == i && npStop.has(toks[m.from-1].lower)) {
				// (Not a preposition's object: "Over Roegiers was hij
				// lovend: …" is his who is lovend.)
				return speaker{name: a.people.canon(m.name), span: m.span, cue: lastTok.Span, cueText: lastTok.text, how: byColon, kind: kindName}, true
			}
		}
		// A description opens the clause: "Iemand die tegenover woont,
		// lag te kijken: '…'", "A neighbour was blunt: '…'".
		if lastTok.text == ":" && (isDeterminer(toks[ctx[0]].lower) || someone.has(toks[ctx[0]].lower)) {
			if sp, ok := a.npSpeaker(si, ctx[:len(ctx)-1], r); ok && sp.kind == kindDesc {
				sp.cue, sp.cueText, sp.how = lastTok.Span, lastTok.text, byColon
				return sp, true
			}
		}
		// "Her message was blunt: '…'": the owner speaks.
		if _, ok := possessives[toks[ctx[0]].lower]; ok && lastTok.text == ":" {
			if sp, ok := a.npSpeaker(si, ctx[:len(ctx)-1], r); ok && sp.kind != kindDesc {
				sp.cue, sp.cueText, sp.how = lastTok.Span, lastTok.text, byColon
				return sp, true
			}
		}
	}
	return unresolved, false
}

// opensWithPerson reports whether the clause ctx opens with a person's
// name, perhaps after a title and before the body it serves, set off by
// a comma: its subject, whatever apposition follows before the verb
// ("Burgemeester Jelle X van Smallingerland, de gemeente waartoe
// Drachten behoort, noemde Sikkema „…”"); not a clause of its own
// ("Tom Hale wordt gemist, zegt zijn vrouw").
func (a *article) opensWithPerson(si int, ctx []int) bool {
	toks := a.segs[si].toks
	j := 0
	if t := toks[ctx[0]]; len(ctx) > 1 && (isRole(t.lower) || titleTok(t)) {
		j = 1
	}
	m, ok := a.people.mentionAt(si, ctx[j])
	if !ok || m.from != ctx[j] || !a.people.isPerson(m) {
		return false
	}
	k := m.to
	if k+1 < len(toks) && affiliation.has(toks[k].lower) {
		for k++; k < len(toks) && toks[k].cap && !toks[k].punct; k++ {
		}
	}
	return k < len(toks) && toks[k].text == ","
}

// setOffRelativeVerb reports whether the verb at ctx[k] is in a relative
// clause set off by commas that closes before the clause's end: ", who
// asked not to be named, said …".
func setOffRelativeVerb(toks []tok, ctx []int, k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		t := toks[ctx[j]]
		if t.punct {
			return false
		}
		if relative.has(t.lower) && toks[ctx[j-1]].text == "," {
			return slices.ContainsFunc(ctx[k+1:], func(i int) bool { return toks[i].text == "," })
		}
	}
	return false
}

// frontedDescSubject returns the description between the last comma
// and the verb at ctx[k] (an article and at most three lower-case words
// ending in a noun for a body or a person) when a preposition opens the
// clause: "In a statement signed by its spokesperson, Mrs X, the company
// said".
func (a *article) frontedDescSubject(si int, ctx []int, k int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	if k < 4 || !toks[ctx[0]].sent || !placePrep.has(toks[ctx[0]].lower) && !objectPreps.has(toks[ctx[0]].lower) {
		return speaker{}, false
	}
	c := k - 1
	for c > 0 && k-c <= 4 && toks[ctx[c]].text != "," {
		c--
	}
	if c <= 0 || toks[ctx[c]].text != "," || k-c < 3 || lex().determiners.at(toks[ctx[c+1]].lower) != definite {
		return speaker{}, false
	}
	for n := c + 1; n < k; n++ {
		if t := toks[ctx[n]]; t.cap && n > c+1 || t.punct || ctx[n] != ctx[c+1]+(n-c-1) {
			return speaker{}, false
		}
	}
	if head := toks[ctx[k-1]].lower; !a.bodyWord(head) && !a.personNoun(head) {
		return speaker{}, false
	}
	return a.npSpeaker(si, ctx[c+1:k], r)
}

// interposedSubject returns the name that opens the clause of the verb
// at ctx[k] when a phrase set off by commas, opening with a preposition,
// stands between them: "X (ACR), in a statement signed by …, said".
func (a *article) interposedSubject(si int, ctx []int, k int) (mention, bool) {
	toks := a.segs[si].toks
	if k < 5 || toks[ctx[k-1]].text != "," {
		return mention{}, false
	}
	at := ctx[0]
	if isDeterminer(toks[at].lower) {
		at = ctx[1] // "The Lagos State Building Control Agency"
	}
	m, ok := a.people.mentionAt(si, at)
	if !ok || m.from != at || m.place || possessive(toks[m.to-1]) {
		return mention{}, false
	}
	e := slices.Index(ctx, m.to)
	if e > 0 && e+2 < k && toks[ctx[e]].text == "(" && toks[ctx[e+2]].text == ")" {
		e += 3 // its acronym: "(LASBCA)"
	}
	if e <= 0 || e+1 >= k-1 || toks[ctx[e]].text != "," {
		return mention{}, false
	}
	if p := toks[ctx[e+1]]; p.cap || !placePrep.has(p.lower) && !objectPreps.has(p.lower) {
		return mention{}, false
	}
	return m, true
}

// invertedName returns the person named right after the Dutch verb at
// ctx[k], past at most two role words or titles, where a phrase other
// than a subject opens the clause: "In een fel debat verweet Kamerlid
// Rutger Verbeek …".
func (a *article) invertedName(si int, ctx []int, k int) (mention, bool) {
	toks := a.segs[si].toks
	if a.lang == "en" || k == 0 || k+1 >= len(ctx) || ctx[k+1] != ctx[k]+1 || toks[ctx[k-1]].punct {
		return mention{}, false
	}
	// The clause opens with no subject of its own: not an article, a
	// pronoun or a name ("De rechtbank noemde B. „…”" names the object).
	first := toks[ctx[0]]
	if _, named := a.people.mentionAt(si, ctx[0]); named || isDeterminer(first.lower) || lex().pronouns.at(first.lower) != 0 {
		return mention{}, false
	}
	if _, poss := possessives[first.lower]; poss {
		return mention{}, false
	}
	n := k + 1
	for n < len(ctx) && n <= k+2 && (isRole(toks[ctx[n]].lower) || titleTok(toks[ctx[n]])) {
		n++
	}
	if n >= len(ctx) {
		return mention{}, false
	}
	m, ok := a.people.mentionAt(si, ctx[n])
	if !ok || m.from != ctx[n] || !a.people.isPerson(m) || possessive(toks[m.to-1]) {
		return mention{}, false
	}
	return m, true
}

// complementizers holds the words that open a reported clause
// (lexicon/complementizers.txt); boundRelatives the English relative
// pronouns that need no comma before them (lexicon/boundrelatives_en.txt).
var complementizers, boundRelatives = wordSet("complementizers.txt"), wordSet("boundrelatives_en.txt")

// reportedReport finds a report inside the one sp found, after its cue:
// "She said a lorry driver travelling the other way had described
// seeing the van “…”" is the driver's. Its subject must be someone new,
// a name or an indefinite description, right after the cue or "that".
func (a *article) reportedReport(si int, ctx []int, sp speaker, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	if sp.how != byCue || sp.cue.IsZero() || sp.span.Start >= sp.cue.Start {
		return speaker{}, false // (nor after "volgens X", whose source follows it)
	}
	j := 0
	for j < len(ctx) && toks[ctx[j]].Start < sp.cue.End {
		j++
	}
	if j < len(ctx) && complementizers.has(toks[ctx[j]].lower) {
		j++
	}
	if j+2 >= len(ctx) {
		return speaker{}, false
	}
	first := toks[ctx[j]]
	if lex().determiners.at(first.lower) == indefinite {
		if !slices.ContainsFunc(ctx[j:min(j+4, len(ctx))], func(i int) bool { return !toks[i].cap && a.personNoun(toks[i].lower) }) {
			return speaker{}, false // a thing: "denied a last-gasp penalty — and claimed"
		}
	} else if m, ok := a.people.mentionAt(si, ctx[j]); !ok || m.from != ctx[j] || !a.people.isPerson(m) || possessive(toks[m.to-1]) {
		// A person's name, not a place's or a possessive's: "said
		// Berlin would add …", "demanded X's resignation and accused".
		return speaker{}, false
	}
	in, ok := a.clauseSpeaker(si, ctx[j:], r)
	if !ok || in.how != byCue || in.name == "" || in.span.Start < first.Start || in.kind != kindDesc && in.kind != kindName {
		return speaker{}, false
	}
	// A finite verb of its own, not a participle nor one coordinated
	// with the outer cue's: "…, adding:".
	c := slices.IndexFunc(ctx, func(i int) bool { return toks[i].Start >= in.cue.Start })
	if c <= j || strings.HasSuffix(toks[ctx[c]].lower, "ing") || isConj(toks[ctx[c-1]].lower) || toks[ctx[c-1]].text == "," {
		return speaker{}, false
	}
	return in, true
}

// relativeReport finds, after the cue of sp, a relative clause set off
// by a comma after a person's name, with a reporting verb of its own:
// its words are that person's. "X sprak met de minister, Mahamat
// Abdelkerim, die de gemeenschap opriep om “…”"; "She met the envoy,
// Tom Hale, who urged donors to “…”".
func (a *article) relativeReport(si int, ctx []int, sp speaker) (speaker, bool) {
	toks := a.segs[si].toks
	if sp.how != byCue || sp.cue.IsZero() {
		return speaker{}, false
	}
	for c := len(ctx) - 2; c >= 2 && toks[ctx[c]].Start >= sp.cue.End; c-- {
		if !relative.has(toks[ctx[c]].lower) || toks[ctx[c-1]].text != "," {
			continue
		}
		m, ok := a.people.mentionAt(si, ctx[c-2])
		if !ok || m.to != ctx[c-1] || !a.people.isPerson(m) {
			return speaker{}, false
		}
		for k := c + 1; k < len(ctx); k++ {
			if t := toks[ctx[k]]; t.punct && t.text != "," || lex().pronouns.at(t.lower) != 0 {
				break // (the clause's own subject speaks: "Margaret X, who he said had “…”")
			}
			if m, ok := a.people.mentionAt(si, ctx[k]); ok && a.people.isPerson(m) {
				break
			}
			if cues, ok := a.cueAt(si, ctx, k); ok {
				cueSpan, cueText := a.cueSpan(si, toks[ctx[k]], cues, ctx[k+1:])
				return speaker{name: a.people.canon(m.name), span: m.span, cue: cueSpan, cueText: cueText, how: byCue, kind: kindName}, true
			}
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// Prepositions between a speaker and the one spoken to before a colon
// (lexicon/addressee.txt): "Kalkman tegen ESPN:".
var addressee = wordSet("addressee.txt")

// bodyNamedAs returns the body named before m whose name opens with m's
// words and ends in noun: "Moors Sports Club" for "the Moors club".
func (a *article) bodyNamedAs(m mention, noun string) (mention, bool) {
	var found mention
	ok := false
	a.people.before(m.span.Start, func(b mention) bool {
		last := b.name[strings.LastIndexByte(b.name, ' ')+1:]
		if b.to-b.from > m.to-m.from && strings.HasPrefix(b.name, m.name+" ") && strings.EqualFold(last, noun) {
			found, ok = b, true
			return false
		}
		return true
	})
	return found, ok
}

// sourcePhrase reports whether sp, a phrase after a preposition of
// sourcePreps, can be a source: a name, or a phrase with a word for a
// body or a person ("het kabinet", not "de persconferentie"). "bij"
// takes any phrase, as before the other prepositions were added.
func (a *article) sourcePhrase(sp speaker) bool {
	if sp.kind == kindName {
		return true
	}
	for w := range strings.FieldsSeq(sp.name) {
		if lw := strings.ToLower(w); a.bodyWord(lw) || a.personNoun(lw) {
			return true
		}
	}
	return false
}

// sourcePreps are the Dutch prepositions that name the source after an
// impersonal cue: "klinkt het bij de politie", "op het kabinet".
var sourcePreps = wordSet("sourcepreps.txt")

// Indefinite pronouns that head a description (lexicon/someone.txt).
var someone = wordSet("someone.txt")

// startsSentence reports whether a quotation's text begins like a sentence.
func (a *article) startsSentence(r raw) bool {
	for _, c := range a.src[r.text.Start:r.text.End] {
		return unicode.IsUpper(c) || unicode.IsDigit(c)
	}
	return false
}

// nounBefore reports whether a noun for a person stands before the
// preposition that ties the name at token from of segment si to it: "De
// advocaat van [de] Patrick D.".
func (a *article) nounBefore(si, from int) bool {
	toks := a.segs[si].toks
	k := from - 2
	for k >= 0 && titleTok(toks[k+1]) {
		k-- // "Counsel for Mr Morrow"
	}
	if k >= 0 && isDeterminer(toks[k+1].lower) {
		k--
	}
	return k >= 0 && (!toks[k].cap || toks[k].sent) && (isRole(toks[k].lower) || a.personNoun(toks[k].lower))
}

// headingPerson returns the first person named in toks[from:to] of
// segment si when only capitalised words, function words and
// affiliations follow the name up to to: a heading without a verb.
func (a *article) headingPerson(si, from, to int) (mention, bool) {
	toks := a.segs[si].toks
	for k := from; k < to; k++ {
		p, ok := a.people.mentionAt(si, k)
		if !ok || !a.people.isPerson(p) {
			continue
		}
		for j := p.to; j < to; j++ {
			if toks[j].text == "(" {
				// A party or age in brackets: "Zeynep Arslan (Groen) van
				// Borgerhout:".
				for j < to && toks[j].text != ")" {
					j++
				}
				continue
			}
			// (A body's lower-case noun before its name too: "Directeur
			// Hakan Kaya van basisschool De Klimop in Genk:".)
			if t := toks[j]; t.punct || t.quote != 0 || t.mark || !t.cap && !functionWords.has(t.lower) && !affiliation.has(t.lower) &&
				!(a.bodyWord(t.lower) && j+1 < to && toks[j+1].cap) {
				return mention{}, false
			}
		}
		return p, true
	}
	return mention{}, false
}

// colonSpeaker reads the name or noun phrase right before a colon at
// toks[colon]: "Burgemeester Luc De Ryck:", "Minister Ploumen (…):".
func (a *article) colonSpeaker(si, colon int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	i := colon - 1
	// Skip a parenthesis: "Minister Ploumen (Buitenlandse Handel):".
	if i >= 0 && toks[i].text == ")" {
		for i >= 0 && toks[i].text != "(" {
			i--
		}
		i--
	}
	if i < 0 {
		return speaker{}, false
	}
	if t := toks[i]; i > 0 && !t.cap && !t.punct && t.quote == 0 && lex().cues.at(t.lower) == nil && plainWord(t.lower) {
		// A verb of manner between a person and the colon: "Okonkwo
		// shrugged:", "Smit lachte:".
		if m, ok := a.people.mentionAt(si, i-1); ok && m.to == i && a.people.isPerson(m) {
			return speaker{name: a.people.canon(m.name), span: m.span, cue: toks[colon].Span, cueText: ":", how: byColon, kind: kindName}, true
		}
	}
	if s := a.sentenceStart(si, i); s+1 < i && toks[s].quote == 0 {
		// "Haar conclusie over V.:", "His verdict on Smith:": a thing of
		// the owner's opens the sentence and speaks for the owner, not
		// the person it is about.
		if g, ok := possessives[toks[s].lower]; ok {
			if n := toks[s+1]; !n.cap && !n.punct && n.quote == 0 && plainWord(n.lower) && !a.personNoun(n.lower) && !isRole(n.lower) {
				if sp, ok := a.resolvePronoun(si, s, g); ok {
					sp.cue, sp.cueText, sp.how = toks[colon].Span, ":", byColon
					return sp, true
				}
			}
		}
	}
	if m, ok := a.people.mentionAt(si, i); ok {
		// "Directeur Hans Spigt van Jeugdzorg Nederland:", "… van de
		// Radboud Universiteit:": the person of the organisation speaks,
		// not the organisation.
		k := m.from - 1
		if k > 1 && isDeterminer(toks[k].lower) {
			k--
		}
		if k > 0 && affiliation.has(toks[k].lower) {
			if p, ok := a.people.mentionAt(si, k-1); ok && a.people.isPerson(p) {
				m = p
			}
		}
		if k := m.from - 1; k > 0 && addressee.has(toks[k].lower) {
			// "Kalkman tegen ESPN:": the one who speaks to the outlet;
			// "richtte Van der Kraats zich tot El Idrissi:", the one
			// named before in the sentence.
			if p, ok := a.people.mentionAt(si, k-1); ok {
				m = p
			} else {
				for j := k - 1; j >= a.sentenceStart(si, k); j-- {
					if p, ok := a.people.mentionAt(si, j); ok && a.people.isPerson(p) {
						m = p
						break
					}
				}
			}
		}
		if !a.people.isPerson(m) {
			// "Hotelier Osman Kaya, eigenaar van een hotel aan de
			// Jansbuitensingel:": the person the apposition describes.
			for k := a.sentenceStart(si, i); k < m.from; k++ {
				if p, ok := a.people.mentionAt(si, k); ok && a.people.isPerson(p) && p.to < len(toks) && toks[p.to].text == "," {
					m = p
					break
				}
			}
		}
		if !a.people.isPerson(m) {
			// "Café-eigenaresse Truus Veld van De Gouden Leeuw aan de
			// Markt:": a heading with no verb, whose person's body and
			// place follow the name through prepositions.
			if p, ok := a.headingPerson(si, a.sentenceStart(si, i), m.from); ok {
				m = p
			}
		}
		return speaker{name: a.people.canon(m.name), span: m.span, cue: toks[colon].Span, cueText: ":", how: byColon, kind: kindName}, true
	}
	if g, ok := lex().pronouns.get(toks[i].lower); ok {
		sp, ok := a.resolvePronoun(si, i, g)
		sp.cue, sp.cueText, sp.how = toks[colon].Span, ":", byColon
		return sp, ok
	}
	// A name that opens the sentence, with a relative clause up to the
	// colon: "De Eigenaarsbond, die verhuurders vertegenwoordigt:".
	if s := a.sentenceStart(si, colon); s < colon {
		if isDeterminer(toks[s].lower) {
			s++ // "De Eigenaarsbond": the name leaves the article out
		}
		if m, ok := a.people.mentionAt(si, s); ok && m.to+1 < colon && toks[m.to].text == "," && relative.has(toks[m.to+1].lower) &&
			!slices.ContainsFunc(toks[m.to+1:colon], func(t tok) bool { return t.text == "," || t.quote != 0 || t.mark }) {
			return speaker{name: a.people.canon(m.name), span: m.span, cue: toks[colon].Span, cueText: ":", how: byColon, kind: kindName}, true
		}
	}
	return speaker{}, false
}

// clauseSpeaker finds a reporting verb or marker among the tokens ctx of
// one sentence and resolves its subject: after "volgens"/"according to";
// before the verb ("Michael Morell praised …", the last person named
// before it); or after it ("Vandaag schrijft ze:", inverted).
func (a *article) clauseSpeaker(si int, ctx []int, r raw) (sp speaker, ok bool) {
	toks := a.segs[si].toks
	// A reporting verb whose subject cannot be resolved still marks the
	// quotation as speech, with an unknown speaker.
	var unresolved, plural speaker
	defer func() {
		switch {
		case ok:
		case plural.how == byCue:
			sp, ok = plural, true
		case unresolved.how == byCue:
			sp = unresolved
		}
	}()
	for k := 0; k < len(ctx); k++ {
		t := toks[ctx[k]]
		if t.punct {
			continue
		}
		// "volgens X", "according to X"; but "According to the
		// complaint, one of the teens told detectives …" is the clause's.
		if n := a.markerAt(si, ctx, k); n > 0 && !a.clauseAfterMarker(si, ctx, k+n) {
			cueSpan := Span{Start: t.Start, End: toks[ctx[k+n-1]].End}
			if sp, ok := a.markerSpeaker(si, ctx[k+n:], r); ok {
				sp.cue, sp.cueText, sp.how = cueSpan, a.src[cueSpan.Start:cueSpan.End], byCue
				return sp, true
			}
		}
		cues, ok := a.cueAt(si, ctx, k)
		if !ok {
			continue
		}
		if setOffRelativeVerb(toks, ctx, k) {
			continue // "One vet, who asked not to be named, said …": the clause's own verb
		}
		if impersonal.has(t.lower) && (k+1 >= len(ctx) || toks[ctx[k+1]].lower != "het" && !sourcePreps.has(toks[ctx[k+1]].lower)) {
			continue // "Dat laatste klinkt pijnlijk, geeft ze toe": how it sounds
		}
		cueSpan, cueText := a.cueSpan(si, t, cues, ctx[k+1:])
		// A Dutch verb right after a clause set off by a comma comes
		// second, before its subject: "Politiek ligt dat gevoelig,
		// erkent ook de wethouder.", "Dat klinkt pijnlijk, geeft ze toe."
		// Not after a subject's relative clause: "Een orderpicker die
		// er al jaren werkt, bevestigt dat beeld".
		if a.lang != "en" && k > 1 && toks[ctx[k-1]].text == "," && k+1 < len(ctx) && !slices.ContainsFunc(ctx[:k-1], func(i int) bool { return relative.has(toks[i].lower) }) && !a.opensWithPerson(si, ctx) {
			if rest := skipAdverbs(toks, ctx[k+1:]); len(rest) > 0 && (isDeterminer(toks[rest[0]].lower) || a.isNameTok(toks[rest[0]]) || lex().pronouns.at(toks[rest[0]].lower) != 0) {
				// A person or a role tied to one; not an object: "…, vroeg
				// de vrijspraak".
				if sp, ok := a.npSpeaker(si, rest, r); ok && sp.name != "" && (sp.kind == kindName || sp.kind == kindRole || sp.kind == kindPronoun) {
					sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
					return sp, true
				}
			}
		}
		// A passive with its agent: "described by Marine Bulletin as".
		if k+2 < len(ctx) && agentPrep.has(toks[ctx[k+1]].lower) {
			if _, ok := a.people.mentionAt(si, ctx[k+2]); ok {
				if sp, ok := a.npSpeaker(si, ctx[k+2:], r); ok {
					sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
					return sp, true
				}
			}
		}
		if a.lang == "en" && k > 0 && beFormsEN.has(toks[ctx[k-1]].lower) && pastForm(t) {
			// A passive with no agent reports speech whose speaker it
			// does not say: "The plan has been branded", "his condition
			// was described as".
			if unresolved.how != byCue {
				unresolved = speaker{cue: cueSpan, cueText: cueText, how: byCue}
			}
			continue
		}
		if sp, ok := a.trailingParticipleSubject(si, ctx, k, r); ok {
			sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
			return sp, true
		}
		// A verb inside a relative clause whose pronoun is its object
		// has the phrase after the pronoun as subject: "Tan made
		// restitution, which the judge described as “…”".
		if sp, ok := a.relativeSubject(si, ctx[:k], r); ok {
			sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
			return sp, true
		}
		// Subject before the verb: the last person named, else the first
		// pronoun, else a description ("de rechtbank").
		var subj *mention
		pron := -1
		inRel := false // inside ", who …," / ", die …,": not the subject
		// An apposition set off by commas right before the verb names no
		// subject: "Priya Chaudhary, the Labour MP for Calder Vale, said".
		appo := -1
		if k >= 3 && toks[ctx[k-1]].text == "," {
			for j := k - 2; j > 0; j-- {
				if toks[ctx[j]].text == "," {
					appo = j
					break
				}
			}
		}
		ofRole := false    // subj follows "van"/"of" after a noun for a person: "De advocaat van X"
		skipComma := false // the comma that closes an apposition inside the relative clause
		// A verb coordinated with one before it shares that one's
		// subject, the first person named: "Hallworth-Vance beat Nadia
		// Benyamina 6-2 6-1 and warned:".
		coord := k > 1 && isConj(toks[ctx[k-1]].lower)
		// A name that opens the clause before a phrase set off by commas
		// that opens with a preposition is the subject, person or not,
		// over a person named in that phrase: "The Lagos State Building
		// Control Agency (LASBCA), in a statement signed by its
		// spokesperson, Mrs X, said".
		interposed, isInter := a.interposedSubject(si, ctx, k)
		if isInter {
			subj = &interposed
		}
		// After a fronted phrase of a preposition, the description set
		// off before the verb is the subject, over a person named in the
		// phrase: "In a statement signed by its spokesperson, Mrs X, the
		// company said".
		if sp, ok := a.frontedDescSubject(si, ctx, k, r); ok {
			sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
			return sp, true
		}
		for j := 0; j < k && !isInter; j++ {
			if t := toks[ctx[j]]; t.text == "," {
				if skipComma {
					skipComma = false
					continue
				}
				if inRel && j+1 < k {
					// "Priya Malhotra, whose father, Ravi, waited …,
					// said": a name set off inside the clause stays in it.
					// Not one right before the verb: "Another rider, who
					// gave only her first name, Carmen, said".
					if m, ok := a.people.mentionAt(si, ctx[j+1]); ok && m.from == ctx[j+1] && m.to < len(toks) && toks[m.to].text == "," && m.to+1 != ctx[k] {
						skipComma = true
						continue
					}
				}
				if !inRel && coordClauseAt(toks, ctx, j, k) {
					// ", and the authority warned": a clause of its own
					// opens, whose subject is not a name listed before it
					// ("for the Mallee, Wimmera and Northern districts").
					subj, pron, ofRole = nil, -1, false
				}
				inRel = !inRel && j+1 < k && relative.has(toks[ctx[j+1]].lower)
				continue
			}
			if inRel || appo >= 0 && j > appo && subj != nil && !ofRole {
				continue
			}
			if m, ok := a.people.mentionAt(si, ctx[j]); ok && a.people.isPerson(m) && !possessive(toks[m.to-1]) && !(m.from == ctx[j] && a.frontedObject(si, ctx, j, k, m)) {
				if subj != nil && (subj.from == m.from && subj.seg == m.seg || coord) {
					continue // the same name's next word, or an object before the coordinated verb
				}
				if subj != nil && !ofRole && a.affiliated(si, ctx[0]-1, m.from) {
					continue // "Directeur X van Westerschelde Ferry": X's body, not the subject
				}
				// "De advocaat van Patrick D., meester Bart Vinsha,": the
				// apposition names the one the noun describes.
				ofRole = subj == nil && a.affiliated(si, ctx[0]-1, m.from) && a.nounBefore(si, m.from)
				subj = &a.people.mentions[a.people.at[si][ctx[j]]-1] // m, where it stays
			}
			if _, ok := lex().pronouns.get(toks[ctx[j]].lower); ok && pron < 0 {
				pron = j
			}
		}
		if subj == nil && k > 1 && ctx[k-1] == ctx[k]-1 {
			// A name right before the verb after "and"/"en" opens a
			// clause of its own, whose subject it is, person or not:
			// "Buurclub vv X bood aan …, en SC Heerenveen liet weten".
			if m, ok := a.people.mentionAt(si, ctx[k-1]); ok && m.to == ctx[k] && m.from > ctx[0] && isConj(toks[m.from-1].lower) && (a.lang != "en" || toks[m.from-1].lower != "of") &&
				!possessive(toks[m.to-1]) && !m.place { // ("the Secretary of State added": an English "of" joins no clauses)
				subj = &m
			}
		}
		if subj == nil && k > 0 {
			// A name that opens the clause is its subject, person or not:
			// "Smith called …", "Interpol stated …".
			m, ok := a.people.mentionAt(si, ctx[0])
			if !ok && k > 1 && toks[ctx[0]].sent && !toks[ctx[0]].punct && (!functionWords.has(toks[ctx[0]].lower) || isDeterminer(toks[ctx[0]].lower)) && !npStop.has(toks[ctx[0]].lower) && ctx[1] == ctx[0]+1 {
				// A noun that opens the sentence before the name, which
				// the name leaves out: "Netbeheerder Enexis laat weten";
				// not a preposition ("Outside County Hall, a woman said").
				m, ok = a.people.mentionAt(si, ctx[1])
				ok = ok && m.from == ctx[1]
				if ok && m.to-m.from == 1 && lex().orgWords.has(toks[m.from].lower) && toks[ctx[0]].cap && !isDeterminer(toks[ctx[0]].lower) && !a.personNoun(toks[ctx[0]].lower) && !isRole(toks[ctx[0]].lower) {
					// A body's word alone is no name: the word before it,
					// an ordinary one that opens the sentence, is part of
					// it ("Dogs Trust said").
					span := Span{Start: toks[ctx[0]].Start, End: m.span.End}
					return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, cue: cueSpan, cueText: cueText, how: byCue, kind: kindOrg}, true
				}
			}
			if ok && m.to <= ctx[k] {
				if m.to+1 == ctx[k] && !toks[m.to].cap && a.bodyWord(toks[m.to].lower) && !a.personNoun(toks[m.to].lower) {
					// "The New Brunswick government said": the body the
					// name and its noun make.
					span := Span{Start: m.span.Start, End: toks[m.to].End}
					name := oneLine(a.src[span.Start:span.End])
					if b, ok := a.bodyNamedAs(m, toks[m.to].lower); ok {
						name = a.people.canon(b.name) // "The Moors club" after "Moors Sports Club"
					}
					return speaker{name: name, span: span, cue: cueSpan, cueText: cueText, how: byCue, kind: kindOrg}, true
				}
				if possessive(toks[m.to-1]) {
					// "Collard's mother, Noelene, who …, said": the name
					// set beside the phrase.
					for c := m.to; c+1 < ctx[k]; c++ {
						if toks[c].text != "," {
							continue
						}
						// (A name no list knows counts, after a noun for a
						// person: "mother, Noelene,".)
						if p, ok := a.people.mentionAt(si, c+1); ok && p.from == c+1 && (a.people.isPerson(p) || a.personNoun(toks[c-1].lower) && !p.place && !p.org && !p.outlet && !a.isPlace(p.name)) &&
							p.to < len(toks) && toks[p.to].text == "," {
							return speaker{name: a.people.canon(p.name), span: p.span, cue: cueSpan, cueText: cueText, how: byCue, kind: kindName}, true
						}
						break
					}
					// "Britain's largest rail union said": the whole
					// phrase before the verb speaks, up to a comma that
					// sets off what follows it ("Edna’s grandson, who did
					// not want to be named, said").
					e := k - 1
					for c := 1; c+1 < k; c++ {
						if toks[ctx[c]].text == "," {
							e = c - 1
							break
						}
					}
					span := Span{Start: toks[ctx[0]].Start, End: toks[ctx[e]].End}
					return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, cue: cueSpan, cueText: cueText, how: byCue, kind: kindDesc}, true
				}
				if n := toks[m.to]; m.to < ctx[k] && m.from > ctx[0] && isDeterminer(toks[ctx[0]].lower) && !n.cap && !n.punct && (a.personNoun(n.lower) || isRole(n.lower)) {
					// "The Fianna Fáil councillor replied:": the name
					// modifies the noun for the person who speaks.
					if sp, ok := a.npSpeaker(si, ctx[:k], r); ok && sp.name != "" {
						sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
						return sp, true
					}
				}
				subj = &m
			}
		}
		if subj == nil && k > 1 && k <= 5 && ctx[k-1] == ctx[k]-1 && toks[ctx[0]].sent && !functionWords.has(toks[ctx[0]].lower) && !isDeterminer(toks[ctx[0]].lower) {
			// A body's name after the nouns that open the sentence is its
			// subject: "State weather bureau PAGASA said" (not after a
			// preposition or an article: "Namens ZLTO reageert X", "De
			// politiezone HAZODI liet weten").
			if m, ok := a.people.mentionAt(si, ctx[k-1]); ok && m.to == ctx[k] && m.from > ctx[0] && !a.people.isPerson(m) && !m.place && !a.isPlace(m.name) &&
				!slices.ContainsFunc(ctx[1:k], func(i int) bool {
					return i < m.from && (toks[i].punct || toks[i].cap || functionWords.has(toks[i].lower) || lex().cues.at(toks[i].lower) != nil)
				}) {
				subj = &m
			}
		}
		if subj == nil && k > 0 && ctx[k-1] == ctx[k]-1 {
			// A name between a comma and the verb is its subject too,
			// person or not: "In a statement, Hartley & Pike said"; not
			// the end of a phrase ("a driver at the depot in Vinshaby").
			if m, ok := a.people.mentionAt(si, ctx[k-1]); ok && m.to == ctx[k] && m.from > 0 && toks[m.from-1].text == "," && !possessive(toks[m.to-1]) {
				subj = &m
			}
		}
		if subj == nil && appo > 0 && a.bodyHeaded(si, ctx[:appo]) {
			// "Her union, GMB Scotland, said", "The company that manages
			// the plantations, Kereru Forest Holdings, said": the body
			// the apposition names.
			if m, ok := a.appositionBody(si, ctx[appo:k]); ok {
				return speaker{name: a.people.canon(m.name), span: m.span, cue: cueSpan, cueText: cueText, how: byCue, kind: kindName}, true
			}
		}
		// Dutch puts the subject after the finite verb when something
		// else opens the clause: "Samen met zijn advocaat Hans Rieder
		// liet hij weten …" is his, not the lawyer's.
		if k+1 < len(ctx) && k > 0 && invertedSubject.has(toks[ctx[k+1]].lower) && ctx[k+1] == ctx[k]+1 {
			if sp, ok := a.npSpeaker(si, ctx[k+1:], r); ok {
				sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
				return sp, true
			}
		}
		// So with a person's name, after a role or title, when no one
		// before the verb is its subject: "In een fel debat verweet
		// Kamerlid Rutger Verbeek de minister dat …".
		if m, ok := a.invertedName(si, ctx, k); ok && subj == nil {
			return speaker{name: a.people.canon(m.name), span: m.span, cue: cueSpan, cueText: cueText, how: byCue, kind: kindName}, true
		}
		// A pronoun right before the verb is its subject, over a name
		// earlier in the clause: "With her lawyer Tom Hale beside her,
		// she said".
		if subj != nil && k > 0 && subj.to < ctx[k-1] {
			if _, ok := lex().pronouns.get(toks[ctx[k-1]].lower); ok && ctx[k-1] == ctx[k]-1 {
				pron, subj = k-1, nil
			}
		}
		if j := freeRelativeAt(toks, ctx, k); j >= 0 {
			// The subject of a free relative's verb: "with what one
			// colleague called “…”", not the one the sentence is about.
			if sp, ok := a.npSpeaker(si, ctx[j+1:k], r); ok && sp.name != "" {
				sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
				return sp, true
			}
		}
		if subj != nil && k > 1 && toks[ctx[k-1]].text == "," && k+1 < len(ctx) && ctx[k+1] == ctx[k]+1 {
			// "De keuze voor X was unaniem, benadrukt burgemeester Y.":
			// a verb after a comma with a person after it that ends the
			// sentence reports the clause before, inverted; the name
			// before the comma is no subject.
			if sp, ok := a.npSpeaker(si, ctx[k+1:], r); ok && sp.kind == kindName && sp.name != a.people.canon(subj.name) {
				if e := a.endTok(si, sp.span) + 1; e < len(toks) && isSentenceEnd(toks[e]) {
					sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
					return sp, true
				}
			}
		}
		if subj != nil && k > 0 {
			// "Een broer van Maduro zei": the one described, not the
			// person the description names.
			if in, ok := a.introAt(si, ctx[0]); ok && in.sp.span.Start <= subj.span.Start && subj.span.End <= in.sp.span.End {
				sp := in.sp
				sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
				return sp, true
			}
		}
		if subj != nil {
			return speaker{name: a.people.canon(subj.name), span: subj.span, cue: cueSpan, cueText: cueText, how: byCue, kind: kindName}, true
		}
		if pron >= 0 {
			if sp, ok := a.npSpeaker(si, ctx[pron:k], r); ok {
				sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
				return sp, true
			}
		}
		unresolved = speaker{cue: cueSpan, cueText: cueText, how: byCue}
		if sp, ok := a.pluralSubject(si, ctx, k); ok && plural.how == byNone {
			// Kept for when no later cue of the sentence has a subject:
			// "Audience members laughed when he urged …" is his.
			sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
			plural = sp
		}
		from := 0 // the verb's own clause, after ", and" (see coordClauseAt)
		for c := 0; c < k; c++ {
			if coordClauseAt(toks, ctx, c, k) {
				from = c + 2
			}
		}
		for j := from; j < k; j++ {
			u := toks[ctx[j]]
			if (isDeterminer(u.lower) || a.isNameTok(u)) && j > 0 && npStop.has(toks[ctx[j-1]].lower) && !(j == 1 && preverbal.has(toks[ctx[0]].lower)) &&
				!(j > 1 && toks[ctx[j-2]].text == "," && isClause(toks[ctx[j-1]].lower, clauseAfterComma)) {
				// A preposition's object is no subject; an adverbial
				// phrase set off by a comma may come first: "In a
				// reflection of the confusion, the Commission warned".
				// An adverb that opens the clause is no preposition:
				// "Ook een buurtbewoonster … reageert".
				c := j
				for c < k && toks[ctx[c]].text != "," {
					c++
				}
				if c == k {
					break
				}
				j = c
				continue
			}
			if isDeterminer(u.lower) || a.isNameTok(u) {
				// A determiner's phrase, or a body's name after a fronted
				// phrase: "In a statement, Screen Australia, which helped
				// fund the film, said"; not a place ("In Gaza, …").
				if sp, ok := a.npSpeaker(si, ctx[j:k], r); ok && (isDeterminer(u.lower) || j > 0 && toks[ctx[j-1]].text == "," && a.bodySubject(si, ctx[j], sp)) {
					sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
					return sp, true
				}
				break
			}
		}
		// Inverted: the pronoun or name right after the verb, or in Dutch
		// a determiner's phrase after a fronted part ("In een verklaring
		// laat het bedrijf weten"; not the cue between a split
		// quotation's halves, ", zegt de man, ", which the cue after the
		// first half reads).
		if k+1 < len(ctx) {
			n := toks[ctx[k+1]]
			if _, isPron := lex().pronouns.get(n.lower); isPron || a.isNameTok(n) ||
				a.lang != "en" && ctx[k+1] == ctx[k]+1 && isDeterminer(n.lower) && slices.ContainsFunc(ctx[:k], func(i int) bool { return !toks[i].punct }) {
				if sp, ok := a.npSpeaker(si, ctx[k+1:], r); ok {
					sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
					return sp, true
				}
			}
		}
	}
	return speaker{}, false
}

// frontedObject reports whether mention m, at ctx[j], is the object of a
// preposition inside a phrase set off by a comma before the subject of
// the verb at ctx[k]: "In a statement read to the court by Ms de Vries,
// Mr Pellow's widow, Karen Pellow, said" is the widow's.
func (a *article) frontedObject(si int, ctx []int, j, k int, m mention) bool {
	toks := a.segs[si].toks
	if !a.objectOfPrep(m) || !placePrep.has(toks[ctx[0]].lower) && !objectPreps.has(toks[ctx[0]].lower) {
		return false
	}
	e, found := slices.BinarySearch(ctx, m.to) // (ctx ascends: a search, not a walk, keeps a sentence of many names linear)
	return found && e > j && e+1 < k && toks[ctx[e]].text == ","
}

// coordClauseAt reports whether the comma at ctx[j] is followed by a
// conjunction and a determiner or a pronoun before the verb at ctx[k]: a
// coordinated clause of its own opens there, with its own subject.
func coordClauseAt(toks []tok, ctx []int, j, k int) bool {
	// (Not "of", which clause.txt lists as Dutch "or": ", of the
	// Purple Mountain Observatory, said" is an apposition.)
	if j < 0 || j+2 >= k || toks[ctx[j]].text != "," || !isConj(toks[ctx[j+1]].lower) || affiliation.has(toks[ctx[j+1]].lower) {
		return false
	}
	w := toks[ctx[j+2]].lower
	return isDeterminer(w) || lex().pronouns.at(w) != 0
}

// relativeSubject returns the subject of a verb after ctx when ctx ends in
// a relative clause set off by a comma, still open, whose pronoun is the
// verb's object: the phrase between the pronoun and the verb, a person,
// a pronoun or a description (", which the judge described as", ", die
// de rechter omschreef als").
func (a *article) relativeSubject(si int, ctx []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	// The relative pronoun, after a comma, or in English "that" or
	// "which" right after a noun: "scenes that one steward called".
	c := -1
	for j := len(ctx) - 2; j >= 1 && len(ctx)-j <= 6; j-- {
		t, prev := toks[ctx[j]], toks[ctx[j-1]]
		if relative.has(t.lower) && (prev.text == "," || a.lang == "en" && boundRelatives.has(t.lower) && !prev.cap && !prev.punct && prev.quote == 0) {
			c = j
			break
		}
		if t.punct {
			break
		}
	}
	if c < 0 || c+1 >= len(ctx) {
		return speaker{}, false
	}
	np := ctx[c+1:]
	for i, j := range np {
		if t := toks[j]; t.punct || t.quote != 0 || i > 0 && j != np[i-1]+1 {
			return speaker{}, false
		}
	}
	if first := toks[np[0]]; !isDeterminer(first.lower) && lex().pronouns.at(first.lower) == 0 && !a.isNameTok(first) {
		return speaker{}, false
	}
	sp, ok := a.npSpeaker(si, np, r)
	if !ok || sp.name == "" || sp.span.End != toks[np[len(np)-1]].End && sp.kind != kindPronoun && sp.kind != kindRole {
		return speaker{}, false // the phrase must reach the verb: no object between
	}
	return sp, true
}

// freeRelatives holds the pronouns that open a free relative clause
// (lexicon/freerelatives.txt).
var freeRelatives = wordSet("freerelatives.txt")

// freeRelativeAt returns the index in ctx of a free relative pronoun that
// opens the clause of the verb at ctx[k], at most four words before it
// with none but words between, or -1: "what one colleague called".
func freeRelativeAt(toks []tok, ctx []int, k int) int {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := toks[ctx[j]]
		if t.punct || t.quote != 0 || ctx[j] != ctx[k]-(k-j) {
			return -1
		}
		if freeRelatives.has(t.lower) {
			if j == k-1 {
				return -1 // "what said": no subject between
			}
			return j
		}
	}
	return -1
}

// pluralSubject finds a bare plural subject right before the reporting
// verb at ctx[k]: persons the article does not name, as a group
// ("Prosecutors alleged", "Federal prosecutors said", "Omwonenden
// zeggen"), with up to two words before the noun that qualify it.
func (a *article) pluralSubject(si int, ctx []int, k int) (speaker, bool) {
	toks := a.segs[si].toks
	if k == 0 {
		return speaker{}, false
	}
	h := toks[ctx[k-1]]
	if h.punct || h.quote != 0 || !a.pluralPersonNoun(h.lower) {
		return speaker{}, false
	}
	j := k - 1
	for j > 0 && k-j < 3 {
		t := toks[ctx[j-1]]
		if t.punct || t.quote != 0 || t.mark || ctx[j-1] != ctx[j]-1 || functionWords.has(t.lower) || isDeterminer(t.lower) ||
			lex().pronouns.at(t.lower) != 0 || lex().cues.at(t.lower) != nil {
			break
		}
		j--
	}
	span := Span{Start: toks[ctx[j]].Start, End: h.End}
	return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindDesc}, true
}

// pluralPersonNoun reports whether lw is the plural of a person noun and
// not one itself: "prosecutors", "officials", "omwonenden", "agenten".
func (a *article) pluralPersonNoun(lw string) bool {
	if len(lw) < 4 || a.personNoun(lw) {
		return false
	}
	for _, e := range pluralEndings {
		if s, ok := strings.CutSuffix(lw, e[0]); ok && len(s) >= 3 && a.personNoun(s+e[1]) {
			return true
		}
	}
	return false
}

// pluralEndings are the plural endings of nouns and what replaces each
// in the singular (lexicon/plurals.txt): "s" → "", "ies" → "y".
var pluralEndings = func() [][2]string {
	var out [][2]string
	for _, e := range entries("plurals.txt") {
		r := ""
		if len(e) > 1 {
			r = e[1]
		}
		out = append(out, [2]string{e[0], r})
	}
	return out
}()

// appositionName finds the person named right after the first comma of
// the tokens ctx of segment si, within twelve words and before any
// quotation, reporting verb or sentence end: "said the head of the unit
// at the museum, Ann Foley". The caller has found a role or description
// before the comma.
func (a *article) appositionName(si int, ctx []int) (mention, bool) {
	toks := a.segs[si].toks
	for j := 0; j < len(ctx) && j <= 12; j++ {
		t := toks[ctx[j]]
		if t.quote != 0 || t.mark || isSentenceEnd(t) || lex().cues.at(t.lower) != nil {
			return mention{}, false
		}
		if t.text != "," {
			continue
		}
		if j+1 < len(ctx) {
			if m, ok := a.people.mentionAt(si, ctx[j+1]); ok && a.people.isPerson(m) {
				return m, true
			}
		}
		// A role phrase may stand before the name: "…, former harbour
		// trade adviser Ruth Baker". Its last word is a noun for
		// a person, and it holds no verb, nor a function word but its
		// first ("former", "the").
		for e := j + 1; e < len(ctx) && e <= j+7; e++ {
			w := toks[ctx[e]]
			if w.punct || w.quote != 0 || w.mark || e > j+1 && functionWords.has(w.lower) || lex().cues.at(w.lower) != nil {
				break
			}
			if e > j+1 && e+1 < len(ctx) && !w.cap && a.personNoun(w.lower) {
				if m, ok := a.people.mentionAt(si, ctx[e+1]); ok && a.people.isPerson(m) {
					return m, true
				}
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// bodyHeaded reports whether the phrase ctx of segment si is headed by a
// noun that refers to an organisation (orgrefs.txt) after determiners,
// possessives and adjectives: "Her union", "The company that manages
// …", "the home's operator".
func (a *article) bodyHeaded(si int, ctx []int) bool {
	toks := a.segs[si].toks
	for j, ti := range ctx {
		t := toks[ti]
		if t.punct || t.quote != 0 || t.mark || j > 0 && (functionWords.has(t.lower) || isClause(t.lower, clauseRelative)) {
			return false
		}
		if !t.cap && orgRefs.has(t.lower) {
			return true
		}
	}
	return false
}

// appositionBody returns the name of a body set off by commas at the
// start of ctx: ", GMB Scotland,". The name must fill the apposition, so
// that ", in Dundee," or ", 44," name none.
func (a *article) appositionBody(si int, ctx []int) (mention, bool) {
	toks := a.segs[si].toks
	if len(ctx) < 3 || toks[ctx[0]].text != "," {
		return mention{}, false
	}
	m, ok := a.people.mentionAt(si, ctx[1])
	if !ok || m.from != ctx[1] || a.people.isPerson(m) || m.place || m.outlet || a.isPlace(m.name) {
		return mention{}, false
	}
	if e := ctx[1] + m.to - m.from; e >= len(toks) || toks[e].text != "," {
		return mention{}, false
	}
	return m, true
}

// possessiveHead reports whether the phrase ctx of segment si, up to its
// first comma, is a possessive name and the noun it owns: "Haines's
// lawyer", whose name in apposition speaks, not Haines.
func (a *article) possessiveHead(si int, ctx []int) bool {
	toks := a.segs[si].toks
	for j, ti := range ctx {
		t := toks[ti]
		if t.punct || t.quote != 0 || t.mark {
			return false
		}
		if isPossessive(t.text) {
			return j+1 < len(ctx) && !toks[ctx[j+1]].cap && !toks[ctx[j+1]].punct
		}
	}
	return false
}

// markerAt returns the length in tokens of a "before" marker that starts
// at ctx[k] ("volgens", "according to"), or 0.
func (a *article) markerAt(si int, ctx []int, k int) int {
	toks := a.segs[si].toks
	if !lex().beforeHead.has(toks[ctx[k]].lower) {
		return 0
	}
	for n := 3; n >= 1; n-- {
		if k+n > len(ctx) {
			continue
		}
		var buf [64]byte // the phrase on the stack: looked up, never kept
		phrase := append(buf[:0], toks[ctx[k]].lower...)
		for j := 1; j < n; j++ {
			phrase = append(append(phrase, ' '), toks[ctx[k+j]].lower...)
		}
		// "naar eigen zeggen" names no one: the clause's subject speaks.
		if lex().before.has(string(phrase)) && string(phrase) != "naar eigen zeggen" {
			return n
		}
	}
	return 0
}

// sentenceSpeaker looks for a speaker in toks[from:to] of segment si: a
// reporting clause, else the first pronoun or person named.
func (a *article) sentenceSpeaker(si, from, to int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	ctx := a.ctx[:0]
	for i := from; i < to; i++ {
		if toks[i].quote == 0 && !toks[i].mark {
			ctx = append(ctx, i)
		}
	}
	a.ctx = ctx // kept for its storage: the callers below do not keep ctx
	// A reporting clause; but a mere description ("Een opvolger vond …")
	// does not outweigh a person the sentence names.
	if sp, ok := a.clauseSpeaker(si, ctx, r); ok && (sp.kind != kindDesc || !a.namesPerson(si, ctx, sp.span)) {
		return sp, true
	}
	var of mention // a person a noun for another is "of", taken only when no one else is named
	hasOf := false
	for _, i := range ctx {
		if g, ok := lex().pronouns.get(toks[i].lower); ok {
			return a.resolvePronoun(si, i, g)
		}
		if m, ok := a.people.mentionAt(si, i); ok && a.people.isPerson(m) && !possessive(toks[m.to-1]) && (!hasOf || m.from != of.from) {
			// (A possessive's owner is not the subject: "Dennis’ moeder,
			// Sharita Vinsha, maakte …" is hers; nor is the one "De
			// moeder van Jesse, Marga …," is of.)
			if !hasOf && a.ofComplement(m) {
				of, hasOf = m, true
				continue
			}
			name, span := a.withPartner(m)
			return speaker{name: name, span: span, kind: kindName}, true
		}
	}
	if hasOf {
		name, span := a.withPartner(of)
		return speaker{name: name, span: span, kind: kindName}, true
	}
	return speaker{}, false
}

// frontedParticiple returns the index in ctx of the comma that closes an
// English participle's clause opening the sentence ("Asked what he
// hoped …,", "Speaking to reporters,"), when a subject follows it, or 0.
func (a *article) frontedParticiple(si int, ctx []int) int {
	toks := a.segs[si].toks
	if a.lang != "en" || len(ctx) < 4 {
		return 0
	}
	p := toks[ctx[0]]
	lower := p
	lower.cap = false // pastForm reads a capital as a name's
	if !p.sent || !p.cap || p.punct || !pastForm(lower) && !(len(p.lower) >= 6 && strings.HasSuffix(p.lower, "ing")) {
		return 0
	}
	if _, named := a.people.mentionAt(si, ctx[0]); named {
		return 0 // a name: "Mohammed, the coach, said:"
	}
	for c := 1; c+1 < len(ctx) && c < 32; c++ { // (a question may run long: "Asked whether the referee should have awarded a free-kick for a push on …,")
		if toks[ctx[c]].text == "," {
			if n := toks[ctx[c+1]]; n.cap || isDeterminer(n.lower) || lex().pronouns.at(n.lower) != 0 {
				return c
			}
			return 0
		}
	}
	return 0
}

// namesPerson reports whether one of the tokens ctx of segment si names a
// person outside the description at span ("Een broer van Maduro zei" is
// the brother's).
func (a *article) namesPerson(si int, ctx []int, span Span) bool {
	for _, i := range ctx {
		if m, ok := a.people.mentionAt(si, i); ok && a.people.isPerson(m) && (m.span.Start < span.Start || m.span.End > span.End) {
			return true
		}
	}
	return false
}

// Dutch subject pronouns that stand right after the finite verb in an
// inverted clause (lexicon/inverted.txt).
var invertedSubject = wordSet("inverted.txt")

// Prepositions that tie a person to an organisation
// (lexicon/affiliation.txt).
var affiliation = wordSet("affiliation.txt")

// headPerson finds the person named in the first words of the phrase np
// (at most a role or two before the name), before any preposition: the
// head of "co-author Ann Vinsha of the Quorbel Institute in …".
func (a *article) headPerson(si int, np []int) (mention, bool) {
	toks := a.segs[si].toks
	for j, ti := range np {
		if j > 3 || ti != np[0]+j {
			break
		}
		t := toks[ti]
		if t.punct || t.quote != 0 || orgJoin.has(t.lower) || placePrep.has(t.lower) {
			break
		}
		if m, ok := a.people.mentionAt(si, ti); ok && m.from == ti && a.people.isPerson(m) {
			return m, true
		}
	}
	return mention{}, false
}
