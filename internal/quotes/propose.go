package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/text"
)

// propose collects the speakers the generators propose for a body
// quotation, in the order of the evidence's strength as the rules rank it
// (the first is the rules' choice, a feature among others): a cue in its
// own sentence, a colon ending the block before, the sentence before
// (which may hold a quotation whose speaker goes on), the last speaker,
// the person named last; then every person named in its sentence and the
// one before, and the speakers quoted just before.
func (a *article) propose(qi int, r raw, last *speaker, lastSeg int) []speaker {
	ps := a.props[:0]
	defer func() { a.props = ps[:0] }()
	add := func(sp speaker, src source) {
		sp.src = src
		ps = append(ps, sp)
	}
	if a.segs[r.seg].Kind == Pullquote && qi == a.firstRawIn(r.seg) {
		add(a.pullquoteSpeaker(r), srcPullquote)
		return ps
	}
	if r.continued && last != nil && lastSeg == r.seg-1 {
		sp := *last
		sp.how, sp.cue, sp.cueText = byContinuation, Span{}, ""
		add(sp, srcCarried)
	}
	after := a.afterContext(r)
	if after != nil {
		a.afterBuf = after // kept for its storage; nil says only "no context"
	}
	before := a.beforeContext(qi, r)
	if before != nil {
		a.beforeBuf = before
	}
	// A partial quotation mid-sentence takes its cue from before it; a
	// whole one usually from the clause after it.
	if !atLeastWords(a.src[r.text.Start:r.text.End], 4) {
		sp, ok := a.cueBefore(r.seg, before, r)
		sp2, ok2 := a.cueAfter(r.seg, after, r)
		// A reporting clause set off by a comma right after the
		// quotation reports the whole sentence, a clause before it
		// included: "Ten Brink vond dat ‘een beetje gênant’, zegt zijn
		// weduwe" is the widow's.
		closing := ok2 && ok && a.closingReport(r, after)
		if closing {
			add(sp2, srcCueAfter)
		}
		if ok && !(ok2 && a.prevQuoteClause(qi, r, before)) {
			add(sp, srcCueBefore)
		}
		if ok2 && !closing {
			add(sp2, srcCueAfter)
		} else if sp.how == byCue && sp.name == "" {
			add(sp, srcUnknown) // speech, speaker unknown: "Ierse ministers juichen het 'akkoord' toe"
		} else if sp2.how == byCue {
			add(sp2, srcUnknown) // "'Nee', zei hij", with no man named before
		}
	} else {
		sp, ok := a.cueAfter(r.seg, after, r)
		if ok {
			add(sp, srcCueAfter)
		}
		if !ok && sp.how == byNone && sp.cueText != "" && last != nil && r.seg-lastSeg <= 2 {
			// "…", klinkt het: impersonal, the last source goes on.
			cp := *last
			if prev, ok := a.prevSentenceSpeaker(qi, r); ok && prev.how == byPrevSentence && (prev.kind == kindName || prev.kind == kindRole) {
				if si, _, _, _ := a.prevSentence(r); si == r.seg {
					// Someone else is the subject of the sentence before,
					// in the quotation's own block: "X zelf houdt de voeten
					// op de grond. “…”, klinkt het."
					cp.name, cp.span, cp.kind = prev.name, prev.span, prev.kind
				}
			}
			cp.cue, cp.cueText, cp.how = sp.cue, sp.cueText, byCue
			add(cp, srcImpersonal)
		}
		if !ok && sp.how == byCue {
			add(sp, srcUnknown)
		}
		if sp, ok2 := a.cueBefore(r.seg, before, r); ok2 && !(ok && a.prevQuoteClause(qi, r, before)) {
			add(sp, srcCueBefore)
		}
	}
	if sp, ok := a.sharedClause(qi, r, before); ok && !slices.ContainsFunc(ps, func(p speaker) bool { return p.src == srcCueBefore }) {
		add(sp, srcCueBefore)
	}
	if sp, ok := a.splitHalf(qi, r, before); ok && !slices.ContainsFunc(ps, func(p speaker) bool { return p.src == srcCueBefore }) {
		add(sp, srcCueBefore)
	}
	if sp, ok := a.participleSpeaker(r); ok {
		add(sp, srcCueBefore)
	}
	if len(before) == 0 && r.seg > 0 {
		ps := a.segs[r.seg-1]
		if n := len(ps.toks); n > 0 && ps.toks[n-1].text == ":" {
			if sp, ok := a.colonSpeaker(r.seg-1, n-1, r); ok {
				add(sp, srcColonBlock)
			}
		}
	}
	if sp, ok := a.prevSentenceSpeaker(qi, r); ok {
		add(sp, srcPrevSentence)
	}
	if sp, ok := a.subjectDescription(r); ok {
		add(sp, srcSubject)
	}
	if last != nil && r.seg-lastSeg <= 2 && !(a.firstPersonSingular(r) && a.namedNonPerson(last.name)) {
		// (A quotation in the first person singular goes on no body's or
		// place's words: "Mijn marge is 2 procent." after "In een
		// verklaring schrijft TLN dat …".)
		sp := *last
		sp.how, sp.cue, sp.cueText = byContinuation, Span{}, ""
		add(sp, srcLast)
	}
	if sp, ok := a.nearestPerson(r); ok {
		add(sp, srcNearest)
	}
	a.sentenceBodies(r, func(sp speaker) { add(sp, srcBodies) })
	if len(ps) > 0 && ps[0].kind == kindDesc && orgRef(ps[0].name) {
		// "The company said": the organisation the article names most
		// so far, however far back; but "the union" is the union named
		// last ("the Westland Teachers Union", "de Fietsersbond").
		if m, ok := a.namedBody(r.open.Start, ps[0].name); ok {
			add(speaker{name: a.people.canon(m.name), span: m.span, kind: kindOrg}, srcBodies)
		} else if m, ok := a.subjectBody(r); ok {
			// "The American Red Cross said it was helping. “…,” the
			// organization said": the body the sentence before is about.
			add(speaker{name: a.people.canon(m.name), span: m.span, kind: kindOrg}, srcBodies)
		} else if m, ok := a.salientBody(r.open.Start); ok {
			add(speaker{name: a.people.canon(m.name), span: m.span, kind: kindOrg}, srcBodies)
		}
	}
	a.sentencePersons(r, func(sp speaker, prev bool) {
		if len(ps) > 0 && ps[0].kind == kindDesc && sp.span.Start >= ps[0].span.Start && sp.span.End <= ps[0].span.End {
			return // "a Trump aide": the name is part of the description
		}
		if prev {
			add(sp, srcPrevPersons)
		} else {
			add(sp, srcPersons)
		}
	})
	// A role or a description ("de bondscoach", "the 56-year-old") and a
	// pronoun stand for a person named earlier, or the one the article is
	// about: the ranker weighs them.
	ps = a.resolveDescriptions(r, ps)
	a.recentPersons(r, 3, func(sp speaker) { add(sp, srcRecent) })
	for _, sp := range a.salientPersons() {
		add(sp, srcSalient)
	}
	return ps
}

// resolveDescriptions puts before each description the speakers it may
// stand for, as the pronoun generator resolves a pronoun: the indefinite
// description that introduced its head noun ("een vrouw die …" for "de
// vrouw"), and the persons the article ties to one of its nouns, the one
// named nearest before the quotation first. The description itself stays
// a candidate, for a speaker the article never names.
func (a *article) resolveDescriptions(r raw, ps []speaker) []speaker {
	// Two buffers in turn: the result goes to the spare one, and the
	// input's becomes the spare for the next quotation.
	out := a.spare[:0]
	defer func() { a.spare = ps[:0] }()
	for _, p := range ps {
		if p.kind == kindDesc && !p.span.IsZero() {
			res := speaker{span: p.span, cue: p.cue, cueText: p.cueText, how: p.how, src: srcTied}
			if p.intro != "" {
				res.name, res.kind = p.intro, kindDesc
				out = append(out, res)
			}
			// An indefinite description introduces someone new ("a
			// protester using the pseudonym Katya"): no person tied to
			// its noun is meant.
			var b [16]byte // folded on the stack
			if w, _, _ := strings.Cut(strings.TrimSpace(p.name), " "); len(w) <= len(b) && lex().determiners.at(string(text.AppendFold(b[:0], w))) == indefinite {
				out = append(out, p)
				continue
			}
			for _, name := range a.tied(p.span, r.open.Start) {
				res.name, res.kind = name, kindRole
				out = append(out, res)
			}
			if age := descAge(p.name); age != "" {
				if name := a.agedPerson(age); name != "" {
					res.name, res.kind = name, kindRole // "the 34-year-old" is "Liam Hale, 34,"
					out = append(out, res)
				}
			}
		}
		out = append(out, p)
	}
	return out
}

// unknownName reports whether a mention is one word that no list knows:
// not an ordinary word, a place, an acronym or an organisation's word.
// It may be a person known by one name.
func (a *article) unknownName(m mention) bool {
	if m.to-m.from != 1 || m.place || isAllCaps(m.name) {
		return false
	}
	lw := stripPossessive(a.segs[m.seg].toks[m.from].lower) // the one word, folded
	return !a.ordinary(lw) && !a.ambiguous(lw) && !a.isPlace(m.name) && !lex().orgWords.has(lw) && !functionWords.has(lw)
}

// recentPersons calls f with the last n different persons named before
// the quotation, the nearest first.
func (a *article) recentPersons(r raw, n int, f func(speaker)) {
	var buf [4]string
	seen := buf[:0]
	a.people.before(r.open.Start, func(m mention) bool {
		if !a.people.isPerson(m) || m.embedded {
			return true
		}
		name := a.people.canon(m.name)
		if slices.Contains(seen, name) {
			return true
		}
		seen = append(seen, name)
		f(speaker{name: name, span: m.span, kind: kindName})
		return len(seen) < n
	})
}

// salientPersons returns the two persons the article names most often,
// the headline counting double, counting a name no list knows as a
// person's ("Gustaph"); worked out once per article.
func (a *article) salientPersons() []speaker {
	if a.salientDone {
		return a.salient
	}
	a.salientDone = true
	// A few dozen names an article: counted in a list, not maps.
	cs := a.salientBuf[:0]
	for _, m := range a.people.mentions {
		if !a.people.isPerson(m) && !a.unknownName(m) {
			continue
		}
		name := a.people.canon(m.name)
		n := 1
		if a.segs[m.seg].Kind == Headline {
			n = 2
		}
		if i := slices.IndexFunc(cs, func(c salientCount) bool { return c.name == name }); i >= 0 {
			cs[i].n += n
		} else {
			cs = append(cs, salientCount{name, n, m.span.Start})
		}
	}
	a.salientBuf = cs
	slices.SortFunc(cs, func(x, y salientCount) int {
		if x.n != y.n {
			return y.n - x.n
		}
		return x.first - y.first
	})
	out := a.salient[:0]
	for _, c := range cs[:min(2, len(cs))] {
		out = append(out, speaker{name: c.name, kind: kindName})
	}
	a.salient = out
	return out
}

// salientCount is a name salientPersons counts: its mentions, the
// headline's twice, and where it is first named.
type salientCount struct {
	name  string
	n     int
	first int
}

// sentenceBodies calls f with the organisations named outside quotations
// in the quotation's sentence and the one before: names that are no
// person's and no place's ("Electoral Commission", "AVROTROS").
func (a *article) sentenceBodies(r raw, f func(sp speaker)) {
	toks := a.segs[r.seg].toks
	if len(toks) == 0 {
		return
	}
	sid := int(toks[min(r.openTok, len(toks)-1)].sid)
	a.people.around(sid, func(m mention) {
		if !a.bodyMention(m) {
			return
		}
		name := m.name
		if isAllCaps(name) {
			name = a.people.canon(name) // "HSE": the name the article spells out, as the other generators give it
		}
		f(speaker{name: name, span: m.span, kind: kindOrg})
	})
}

// bodyMention reports whether m names a body: no person nor place, and
// a one-word name only as an acronym or a body's word ("Eigenaarsbond").
func (a *article) bodyMention(m mention) bool {
	return !(a.people.isPerson(m) || m.place || a.isPlace(m.name) || m.to-m.from == 1 && !isAllCaps(m.name) && !a.bodyWord(a.segs[m.seg].toks[m.from].lower))
}

// salientBody returns the organisation named most often before off,
// the latest of those named as often: its last mention. Organisations
// are names of two words or more, or acronyms, that name no person or
// place. The count runs on from one call to the next, as quotations come
// in the order of the text, so that a long article stays linear.
func (a *article) salientBody(off int) (mention, bool) {
	b := &a.bodies
	if off < b.off {
		*b = bodyScan{counts: b.counts}
		clear(b.counts)
	}
	if b.counts == nil {
		b.counts = map[string]int{}
	}
	b.off = off
	ms := a.people.mentions
	for ; b.next < len(ms) && ms[b.next].span.End <= off; b.next++ {
		m := ms[b.next]
		if a.people.isPerson(m) || m.place || m.outlet || a.isPlace(m.name) || m.to-m.from == 1 && !isAllCaps(m.name) && !m.org {
			continue // a one-word name counts as an acronym or a short form ("Otogen")
		}
		b.counts[m.key]++
		if n := b.counts[m.key]; n >= b.n {
			b.best, b.n = m, n
		}
	}
	return b.best, b.n > 0
}

// participleSpeaker returns, for a quotation inside an English
// participle phrase that opens its sentence, the subject of the clause
// after the phrase's comma, whose words they are: "Describing the plan
// as “reckless”, the minister said …", "Observing that the case affected
// “…”, the magistrate adjourned the hearing".
func (a *article) participleSpeaker(r raw) (speaker, bool) {
	if a.lang != "en" || r.close == (Span{}) {
		return speaker{}, false
	}
	toks := a.segs[r.seg].toks
	s := a.sentenceStart(r.seg, r.openTok)
	if s >= r.openTok {
		return speaker{}, false
	}
	p := toks[s]
	if !p.cap || p.punct || p.quote != 0 || len(p.lower) < 6 || !strings.HasSuffix(p.lower, "ing") || !plainWord(p.lower) {
		return speaker{}, false
	}
	// The phrase holds no comma before the quotation, and ends at the
	// first one after it.
	for k := s + 1; k < r.openTok; k++ {
		if toks[k].punct && toks[k].text != "-" || toks[k].quote != 0 || toks[k].mark {
			return speaker{}, false
		}
	}
	c := r.closeTok + 1
	for c < len(toks) && c <= r.closeTok+3 && toks[c].text != "," && !toks[c].punct {
		c++
	}
	if c+1 >= len(toks) || toks[c].text != "," || toks[c+1].sid != toks[s].sid {
		return speaker{}, false
	}
	var buf [8]int
	np := buf[:0]
	// The subject ends before the main clause's verb.
	for k := c + 1; k < len(toks) && k <= c+8 && toks[k].sid == toks[s].sid && toks[k].quote == 0 && !toks[k].mark; k++ {
		if t := toks[k]; k > c+1 && !t.cap && (pastForm(t) || auxiliary.has(t.lower) || lex().cues.at(t.lower) != nil) {
			break
		}
		np = append(np, k)
	}
	sp, ok := a.npSpeaker(r.seg, np, r)
	if !ok || sp.how == byNone && sp.name == "" {
		return speaker{}, false
	}
	sp.cue, sp.cueText, sp.how = Span{Start: p.Start, End: p.End}, p.text, byCue
	return sp, true
}

// namedBody returns the body named last before off whose name ends in
// the noun of desc, a description that refers back to a body ("the
// union": "Westland Teachers Union"; "de bond": "de Fietsersbond"), or
// opens with it.
func (a *article) namedBody(off int, desc string) (mention, bool) {
	_, noun, _ := strings.Cut(desc, " ")
	var nb [32]byte
	noun = string(text.AppendFold(nb[:0], noun))
	var found mention
	ok := false
	a.people.before(off, func(m mention) bool {
		last := m.name[strings.LastIndexByte(m.name, ' ')+1:]
		// (A body's name after "at", "in" is read as a place too: "at
		// Addingham Cricket Club"; its word for a body tells.)
		if a.people.isPerson(m) || m.place && !(m.to-m.from > 1 && a.bodyWord(a.segs[m.seg].toks[m.to-1].lower)) || m.outlet || a.isPlace(m.name) {
			return true
		}
		first, _, _ := strings.Cut(m.name, " ")
		// Also one that opens with the noun: "het parket" is the "parket
		// van Oost-Vlaanderen" named before; or one named after a noun
		// that ends in it: "het bedrijf" is "Drinkwaterbedrijf Vitens".
		// A noun of two words ends the name as a whole: "the cricket
		// club" is "Addingham Cricket Club".
		if len(last) >= len(noun) && strings.EqualFold(last[len(last)-len(noun):], noun) || strings.EqualFold(first, noun) && m.to-m.from > 1 ||
			strings.Contains(noun, " ") && endsInPhraseFold(m.name, noun) ||
			len(noun) >= 4 && m.from > 0 && strings.HasSuffix(a.segs[m.seg].toks[m.from-1].lower, noun) {
			found, ok = m, true
			return false
		}
		return true
	})
	return found, ok
}

// subjectBody returns the organisation that opens the sentence before
// the quotation's, perhaps after an article: its subject.
func (a *article) subjectBody(r raw) (mention, bool) {
	var found mention
	ok := false
	a.sentencesBack(r.seg, r.openTok, 1, func(si, start, end int) bool {
		toks := a.segs[si].toks
		k := start
		if k+1 < end && isDeterminer(toks[k].lower) {
			k++
		}
		m, in := a.people.mentionAt(si, k)
		if !in && k+1 < end && toks[k].cap {
			m, in = a.people.mentionAt(si, k+1) // after an adjective the name leaves out: "The American Red Cross"
			k++
		}
		if in && m.from == k && !a.people.isPerson(m) && !m.place && !m.outlet && !a.isPlace(m.name) {
			found, ok = m, true
		}
		return true
	})
	return found, ok
}

// bodyScan is salientBody's count so far: the mentions before off,
// up to next, counted by key.
type bodyScan struct {
	off, next, n int
	best         mention
	counts       map[string]int
}

// nearestPerson is the person named last before the quotation, in its
// block or the one before.
func (a *article) nearestPerson(r raw) (speaker, bool) {
	var sp speaker
	ok := false
	a.people.before(r.open.Start, func(m mention) bool {
		if r.seg-m.seg > 1 {
			return false
		}
		if a.people.isPerson(m) && !m.embedded {
			// A pair named together ("A en B") speaks together; the
			// first of the pair is found walking back from B.
			first := m
			a.people.before(m.span.Start, func(p mention) bool {
				if n, _ := a.withPartner(p); p.seg == m.seg && strings.HasSuffix(n, a.people.canon(m.name)) && n != a.people.canon(p.name) {
					first = p
				}
				return false
			})
			name, span := a.withPartner(first)
			sp, ok = speaker{name: name, span: span, how: byFallback}, true
			return false
		}
		return true
	})
	return sp, ok
}

// sentencePersons calls f with each person named outside quotations in
// the quotation's own sentence (prev false) and in the sentence before it
// (prev true), in its block or at the end of the block before.
func (a *article) sentencePersons(r raw, f func(sp speaker, prev bool)) {
	toks := a.segs[r.seg].toks
	if len(toks) == 0 {
		return
	}
	sid := int(toks[min(r.openTok, len(toks)-1)].sid)
	a.people.around(sid, func(m mention) {
		if !a.people.isPerson(m) || m.sid == sid && a.askedClause(m) {
			return // (nor one asked about: "Asked about Achterberg's criticism, the chief executive said:")
		}
		name, span := a.withPartner(m)
		f(speaker{name: name, span: span, kind: kindName}, m.sid != sid)
	})
}

// prevSentenceSpeaker attributes a quotation with no cue of its own from
// the sentence before it: in its block, or the last of the paragraph
// before (past subheadings). A quotation in that sentence passes its
// speaker on; else a reporting clause; else the sentence's subject.
func (a *article) prevSentenceSpeaker(qi int, r raw) (speaker, bool) {
	si, from, to, ok := a.prevSentence(r)
	if !ok {
		return speaker{}, false
	}
	// A kept quotation in that sentence, the last: its speaker goes on.
	// Found by binary search (quotations are in source order) and a
	// bounded walk back, so that a sentence of thousands of quotations
	// stays linear.
	toks := a.segs[si].toks
	lo, hi := a.segs[si].Span.End, a.segs[si].Span.End
	if from < len(toks) {
		lo = toks[from].Start
	}
	if to > 0 && to < len(toks) {
		hi = toks[to-1].End
	}
	j := sort.Search(qi, func(j int) bool {
		q := a.raws[j]
		return q.seg > si || q.seg == si && q.open.Start >= hi
	}) - 1
	for n := 0; j >= 0 && n < 64 && a.raws[j].seg == si && a.raws[j].open.Start >= lo; j, n = j-1, n+1 {
		if a.kept[j] && a.spk[j].name != "" {
			sp := a.spk[j]
			sp.how, sp.cue, sp.cueText = byContinuation, Span{}, ""
			return sp, true
		}
	}
	if sp, ok := a.sentenceSpeaker(si, from, to, r); ok {
		if a.aboutSubject(r, sp, si, from, to) {
			return speaker{}, false
		}
		sp.how = byPrevSentence
		return sp, true
	}
	if from > 0 && si == r.seg && !a.namesAnyone(si, from, to) {
		// A sentence that names no one between: "Ook landbouwer Dirk
		// Vinsha is ongerust. Zijn akkers worden doorsneden. “…”" is his,
		// within one paragraph.
		if sp, ok := a.sentenceSpeaker(si, a.sentenceStart(si, from-1), from, r); ok {
			sp.how = byPrevSentence
			return sp, true
		}
	}
	return speaker{}, false
}

// aboutSubject reports whether quotation r opens with a third-person
// pronoun of sp's sex, sp the one person the sentence before (tokens
// [from, to) of segment si) names: the words are about sp, not sp's.
// "Zijn zoon Moussa zit in groep 7. ‘Hij komt thuis met verhalen …’" is
// the father's.
func (a *article) aboutSubject(r raw, sp speaker, si, from, to int) bool {
	if sp.kind != kindName || r.openTok+1 >= len(a.segs[r.seg].toks) {
		return false
	}
	t := a.segs[r.seg].toks[r.openTok+1]
	g, ok := lex().pronouns.get(t.lower)
	if !ok || !t.cap || g != 'm' && g != 'f' {
		return false
	}
	if pg := a.personGender(sp.name); pg != 0 && pg != g {
		return false
	}
	toks := a.segs[si].toks
	for i := from; i < to; i++ {
		if m, ok := a.people.mentionAt(si, i); ok && toks[i].quote == 0 && a.people.isPerson(m) && a.people.canon(m.name) != sp.name {
			return false // another person the pronoun may stand for: "Smith praised Jones. “He was …”"
		}
		if t := toks[i]; !t.cap && t.quote == 0 && (lex().kin[t.lower] != 0 || a.personNoun(t.lower)) && !(i+1 < to && a.isNameTok(toks[i+1])) {
			return false // or someone described: "X says her cousin has gone. “She …”" (but "Zijn zoon Moussa")
		}
	}
	return true
}

// namesAnyone reports whether tokens [from, to) of segment si, outside
// quotations, name a person or body.
func (a *article) namesAnyone(si, from, to int) bool {
	toks := a.segs[si].toks
	for i := from; i < to; i++ {
		if _, ok := a.people.mentionAt(si, i); ok && toks[i].quote == 0 {
			return true
		}
	}
	return false
}

// prevSentence returns the sentence before the one r opens in: its
// segment and token range. It is in the block before (not a subheading
// or the headline) when r opens its block's first sentence.
func (a *article) prevSentence(r raw) (si, from, to int, ok bool) {
	si = r.seg
	if start := a.sentenceStart(r.seg, r.openTok); start > 0 {
		return si, a.sentenceStart(r.seg, start-1), start, true
	}
	si = r.seg - 1
	for si >= 0 && a.segs[si].Kind == Subheading {
		si--
	}
	if si < 0 || a.segs[si].Kind == Headline || len(a.segs[si].toks) == 0 {
		return 0, 0, 0, false
	}
	n := len(a.segs[si].toks)
	last := n - 1
	if isSentenceEnd(a.segs[si].toks[last]) {
		last--
	}
	return si, a.sentenceStart(si, max(last, 0)+1), n, true
}

// subjectDescription proposes the description that opens the sentence
// of the quotation, before it, or else the sentence before: someone the
// article never names is introduced, then quoted. "Een andere buurvrouw
// heeft niks gezien. “Wel gehoord.”"; "Iemand die tegenover woont, lag
// televisie te kijken: “Ik hoorde boem.”"
func (a *article) subjectDescription(r raw) (speaker, bool) {
	si, from, to := r.seg, a.sentenceStart(r.seg, r.openTok), r.openTok
	if from >= to {
		var ok bool
		if si, from, to, ok = a.prevSentence(r); !ok {
			return speaker{}, false
		}
	}
	toks := a.segs[si].toks
	if to-from < 2 || to > len(toks) {
		return speaker{}, false
	}
	// An introduction that opens the sentence, its head (the first
	// person noun within three words, "een andere buurvrouw", "a police
	// officer"; "iemand" its own) before the quotation: findIntros found
	// it. "A review found …" has none.
	// An adverb may open the sentence before it: "Ook een bewoonster
	// van de vijfde verdieping kon naar beneden."
	at := from
	if preverbal.has(toks[from].lower) && !isDeterminer(toks[from].lower) {
		at = from + 1
	}
	in, ok := a.introAt(si, from)
	if !ok {
		in, ok = a.introAt(si, at)
	}
	if !ok || in.headAt >= to {
		return speaker{}, false
	}
	// "Een achterkleindochter van de schilderes, de 62-jarige Hilde Acke,
	// leende …": the apposition names the one described.
	var ctx []int
	for k := a.endTok(si, in.sp.span) + 1; k < to && len(ctx) < 12; k++ {
		ctx = append(ctx, k)
	}
	if m, ok := a.appositionName(si, ctx); ok && len(ctx) > 0 && toks[ctx[0]].text == "," {
		return speaker{name: a.people.canon(m.name), span: m.span, kind: kindName, how: byPrevSentence}, true
	}
	sp := a.description(toks[in.at].lower, in.head, in.sp.name, in.sp.span)
	sp.how = byPrevSentence
	return sp, true
}

// endTok returns the index of the last token of segment si that ends
// within the span s.
func (a *article) endTok(si int, s Span) int {
	toks := a.segs[si].toks
	return sort.Search(len(toks), func(k int) bool { return toks[k].End > s.End }) - 1
}

// afterContext returns the token range after the closing mark up to the
// end of the sentence or the next quotation.
func (a *article) afterContext(r raw) []int {
	toks := a.segs[r.seg].toks
	if r.close.IsZero() {
		return nil
	}
	i := r.closeTok + 1
	// A quotation that ends its own sentence, followed by a new sentence,
	// has no reporting clause after it.
	if i < len(toks) && r.closeTok > 0 && isSentenceEnd(toks[r.closeTok-1]) && toks[i].cap && !toks[i].punct {
		// Unless the new sentence only reports it: "…." Dat zegt X.
		next := toks[i]
		if i+1 < len(toks) && (next.lower == "dat" || next.lower == "dit" || next.lower == "that" || next.lower == "this") {
			next = toks[i+1]
		}
		// A question or an exclamation ends where a comma would:
		// "“Can I go?” Brooke asked".
		asked := toks[r.closeTok-1].text == "?" || toks[r.closeTok-1].text == "!"
		if _, cue := lex().cues.get(next.lower); !cue && !lex().after.has(next.lower) && !(asked && a.reportsNext(toks, i)) {
			return nil
		}
	}
	out := a.afterBuf[:0] // the caller keeps it as afterBuf
	for ; i < len(toks); i++ {
		t := toks[i]
		if t.mark || t.quote != 0 {
			break
		}
		out = append(out, i)
		if isSentenceEnd(t) {
			break
		}
	}
	return out
}

// reportsNext reports whether the sentence at token i opens with a
// reporting clause, a subject and its cue with at most an adverb between:
// "“Can I give it to James?” Brooke tearfully asked", "… problem'?"
// Schiff asked". A subject is a pronoun, a name of up to three words
// after a role noun or two ("Judge Maria Estevez"), or a determiner and
// up to two words ("the boy", "de oude man").
func (a *article) reportsNext(toks []tok, i int) bool {
	j := i
	switch {
	case lex().pronouns.at(toks[j].lower) != 0:
		j++
	case isDeterminer(toks[j].lower):
		for j++; j < len(toks) && j <= i+2 && !toks[j].punct && !toks[j].cap && toks[j].quote == 0 && lex().cues.at(toks[j].lower) == nil; j++ {
		}
		if j == i+1 {
			return false
		}
	default:
		for j < len(toks) && j < i+2 && isRole(toks[j].lower) && toks[j].quote == 0 {
			j++
		}
		n := j
		for j < len(toks) && j < n+3 && a.isNameTok(toks[j]) && toks[j].quote == 0 {
			j++
		}
		if j == n {
			return false
		}
	}
	if j == i {
		return false
	}
	if j < len(toks) && strings.HasSuffix(toks[j].lower, "ly") && !toks[j].punct {
		j++ // "tearfully"
	}
	if j >= len(toks) || toks[j].quote != 0 {
		return false
	}
	if _, cue := lex().cues.get(toks[j].lower); !cue {
		return false
	}
	// "Kino Gabriel said, “…”": the clause introduces the next quotation;
	// "Brooke asked. “…”" ends before it.
	for k := j + 1; k < len(toks) && k <= j+2 && !isSentenceEnd(toks[k]); k++ {
		if toks[k].mark || toks[k].quote != 0 {
			return false
		}
	}
	return true
}

// datelineEnd reports whether toks[i] is the dash that ends a dateline
// after its agency in brackets: "DOHA, April 3 (Reuters) - Mediators
// said …", whose place is no subject.
func datelineEnd(toks []tok, i int) bool {
	switch toks[i].text {
	case "-", "–", "—":
		return i > 0 && toks[i-1].text == ")"
	}
	return false
}

// nickname reports whether quotation qi is a name given: after a naming
// word or "as" ("known as “Tosh”", "bijgenaamd ‘de Beul’").
func (a *article) nickname(qi int) bool {
	if qi < 0 {
		return false
	}
	r := a.raws[qi]
	if r.openTok < 1 {
		return false
	}
	w := a.segs[r.seg].toks[r.openTok-1].lower
	return lex().naming.has(w) || nameGiven.has(w) && w != ","
}

// beforeContext returns the token range from the start of the sentence
// (or the end of the previous quotation) up to the opening mark.
func (a *article) beforeContext(qi int, r raw) []int {
	toks := a.segs[r.seg].toks
	out := a.beforeBuf[:0] // the caller keeps it as beforeBuf
	cue := false           // a reporting verb read so far
	for i := r.openTok - 1; i >= 0; i-- {
		t := toks[i]
		// (Also with a verb coordinated right after it, which shares
		// the clause's subject: "X called the claim “garbage” and said
		// the donations were “…”".)
		if p := qi - 1; t.shut && (!cue || a.nickname(p) || coordCueAfter(toks, i)) && p >= 0 && a.raws[p].seg == r.seg && a.raws[p].closeTok == i && !a.kept[p] && a.raws[p].openTok < i {
			// A quotation before it in the sentence that is no speech,
			// with no reporting verb between ("it was “disappointed” and
			// would work “to connect …”"), leaves its clause to this one:
			// read on before it. So does a name given in quotation marks,
			// whatever follows it: "Hamish Lindsay, known as “Tosh”,
			// said: “…”".
			i = a.raws[p].openTok
			continue
		}
		if t.mark || t.quote != 0 || isSentenceEnd(t) || datelineEnd(toks, i) {
			break
		}
		cue = cue || lex().cues.at(t.lower) != nil
		out = append(out, i)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// coordCueAfter reports whether a conjunction and a reporting verb
// follow toks[i]: "“garbage” and said".
func coordCueAfter(toks []tok, i int) bool {
	return i+2 < len(toks) && isConj(toks[i+1].lower) && lex().cues.at(toks[i+2].lower) != nil
}

// prevQuoteClause reports whether the words before quotation qi open
// with a reporting verb right after the quotation before it: that one's
// inverted clause, not this one's, where this one has its own ("'…',
// antwoordde M. '…', reageerde de voorzitter", the initial read as no
// sentence end).
func (a *article) prevQuoteClause(qi int, r raw, before []int) bool {
	p := qi - 1
	if p < 0 || a.raws[p].seg != r.seg || len(before) < 2 || before[0] != a.raws[p].closeTok+1 {
		return false
	}
	toks := a.segs[r.seg].toks
	j := 0
	if toks[before[0]].text == "," {
		j++
	}
	return lex().cues.at(toks[before[j]].lower) != nil
}

// closingReport reports whether the tokens after the quotation r in its
// sentence open with a comma and a reporting verb within the next few
// words, and hold no other quotation: a clause that reports the
// sentence.
func (a *article) closingReport(r raw, after []int) bool {
	toks := a.segs[r.seg].toks
	if len(after) < 3 || toks[after[0]].text != "," {
		return false
	}
	verb := false
	for n, i := range after[1:] {
		t := toks[i]
		if t.quote != 0 || t.mark {
			return false
		}
		if n < 4 && !t.cap && lex().cues.at(t.lower) != nil {
			verb = true
		}
	}
	return verb
}

// sharedClause returns the speaker of the quotation right before raw
// qi in its sentence, when that one's reporting clause came before it
// and no reporting verb stands between the two but one coordinated with
// it: "Judge Brennan said the offending was “a betrayal” of a family who
// had treated him “as one of their own”" are both the judge's, and so
// are both of "X said it was “…” and joked that the soil was “…”".
func (a *article) sharedClause(qi int, r raw, before []int) (speaker, bool) {
	p := qi - 1
	// (One word is a scare quote more often than speech: "de “zandmotor”".)
	if p < 0 || !a.kept[p] || a.raws[p].seg != r.seg || len(before) == 0 || before[0] != a.raws[p].closeTok+1 || !atLeastWords(a.src[r.text.Start:r.text.End], 2) {
		return speaker{}, false
	}
	sp := a.spk[p]
	if sp.name == "" || sp.cue.IsZero() || sp.cue.End > a.raws[p].open.Start {
		return speaker{}, false
	}
	toks := a.segs[r.seg].toks
	if c := a.raws[p].closeTok; c > 0 && isSentenceEnd(toks[c-1]) {
		return speaker{}, false // the sentence ended inside that quotation: "… openzetten.” Ze startte …"
	}
	coordinated := -1
	for j, i := range before {
		if a.markerAt(r.seg, before, j) > 0 {
			return speaker{}, false
		}
		if lex().cues.at(toks[i].lower) == nil {
			continue
		}
		// A verb coordinated with the first shares its subject: "X said
		// it was “…” and joked that the soil was “…”". (One whose subject
		// follows it, "en zei hij", has its own clause: see the caller.)
		// So does an English participle after the comma: "X called the
		// film “…”, arguing that a section “…”".
		participle := a.lang == "en" && j > 0 && toks[before[j-1]].text == "," && strings.HasSuffix(toks[i].lower, "ing")
		if coordinated >= 0 || j == 0 || !isConj(toks[before[j-1]].lower) && !participle {
			return speaker{}, false
		}
		coordinated = i
	}
	if coordinated >= 0 {
		sp.cue, sp.cueText = toks[coordinated].Span, toks[coordinated].text
	}
	return sp, true
}

// splitHalf returns the speaker of the quotation right before raw qi when
// the cue that names it stands between the two, set off by commas: the
// second half of a split quotation ("“…,” zegt een woordvoerder, “…”"),
// whose cue the first half's reads. Only a description: a name or a
// pronoun there the inverted reading of the cue before proposes already.
func (a *article) splitHalf(qi int, r raw, before []int) (speaker, bool) {
	p := qi - 1
	if p < 0 || !a.kept[p] || a.raws[p].seg != r.seg || len(before) < 2 || before[0] != a.raws[p].closeTok+1 {
		return speaker{}, false
	}
	toks := a.segs[r.seg].toks
	last := before[len(before)-1]
	if toks[last].text != "," || last+1 != r.openTok {
		return speaker{}, false
	}
	sp := a.spk[p]
	if sp.name == "" || sp.kind != kindDesc || sp.cue.IsZero() || sp.cue.Start < toks[before[0]].Start || sp.cue.End > toks[last].Start {
		return speaker{}, false
	}
	return sp, true
}

// sentenceStart returns the index of the first token of the sentence that
// holds token i of segment si, skipping quotation text.
func (a *article) sentenceStart(si, i int) int {
	if len(a.starts) == 0 {
		// For every token, the end of the sentence before it, worked out
		// once per article: walking back from each quotation would make
		// a block of thousands of them quadratic. Segment si's table is
		// starts[startAt[si]:], one entry more than its tokens.
		starts := slices.Grow(a.starts[:0], len(a.toks)+len(a.segs))
		for _, s := range a.segs {
			a.startAt = append(a.startAt, len(starts))
			last := int32(-1)
			starts = append(starts, last)
			for j := range s.toks {
				// (isSentenceEnd tests punct too; testing it first spares
				// most tokens the copy its argument takes.)
				if t := &s.toks[j]; t.punct && t.quote == 0 && isSentenceEnd(*t) {
					last = int32(j)
				}
				starts = append(starts, last)
			}
		}
		a.starts = starts
	}
	return int(a.starts[a.startAt[si]+i]) + 1
}

func isPunctTok(t tok, s ...string) bool {
	if !t.punct {
		return false
	}
	for _, x := range s {
		if t.text == x {
			return true
		}
	}
	return false
}

// pullquoteSpeaker reads the name after a pull quote's closing mark.
func (a *article) pullquoteSpeaker(r raw) speaker {
	toks := a.segs[r.seg].toks
	for i := r.closeTok + 1; i < len(toks); i++ {
		if m, ok := a.people.mentionAt(r.seg, i); ok {
			return speaker{name: a.people.canon(m.name), span: m.span, how: byCue, kind: kindName}
		}
	}
	return speaker{how: byCue}
}

// echoProposals proposes the speakers of a headline or subheading
// quotation: a name before its colon ("Zuckerberg: '…'"), the speaker of
// the body quotation it repeats, the article's main speaker. The first is
// the rules' choice: the colon's name when it agrees with the echo or
// nothing is repeated. It reports false when the quotation is no speech.
func (a *article) echoProposals(qi int, r raw, kept []bool, spk []speaker) ([]speaker, bool) {
	toks := a.segs[r.seg].toks
	ws := a.quoteWords(qi, r.text)
	before := a.beforeContext(qi, r)
	if before != nil {
		a.beforeBuf = before
	}
	colon := len(before) > 0 && toks[before[len(before)-1]].text == ":"
	if a.namingBefore(r) {
		return nil, false
	}
	if len(ws) < 3 && !colon {
		// A word or two is speech only when a body quotation says it
		// word for word: "Irritatie na 'onzin'" for "Hij heeft onzin
		// staan te verkondigen".
		j := a.containingQuote(qi, r, kept)
		if j < 0 || spk[j].name == "" {
			return nil, false
		}
		echo := spk[j]
		echo.span, echo.cue, echo.cueText, echo.src = Span{}, Span{}, "", srcEcho
		return append(a.props[:0], echo), true
	}
	if a.quoteTitleCase(qi, r.text) && !colon {
		return nil, false
	}
	// The body quotation that shares most of its words. A headline
	// echoes the first quotations, a subheading those near it: comparing
	// with all of them would be quadratic on long inputs.
	best, bestScore := -1, 0.0
	compared := 0
	for j := range a.raws {
		if !kept[j] || a.segs[a.raws[j].seg].Kind == Headline || j == qi {
			continue
		}
		if a.segs[r.seg].Kind != Headline && (a.raws[j].seg < r.seg-10 || a.raws[j].seg > r.seg+10) {
			continue
		}
		if compared++; compared > 100 {
			break
		}
		if sc := overlap(a.normWords(qi), a.normWords(j)); sc > bestScore {
			best, bestScore = j, sc
		}
	}
	var echo speaker
	if best >= 0 && bestScore >= 0.5 && spk[best].name != "" {
		echo = spk[best]
		echo.span, echo.cue, echo.cueText, echo.src = Span{}, Span{}, "", srcEcho
	}
	// Names before the colon that agree with the echo go first, the
	// others after it; built in the article's proposal buffer.
	ps := a.props[:0]
	var other []speaker
	if colon {
		for _, i := range before {
			if m, ok := a.people.mentionAt(r.seg, i); ok && a.people.isPerson(m) {
				sp := speaker{name: a.people.canon(m.name), span: m.span, cue: toks[before[len(before)-1]].Span, cueText: ":", how: byColon, kind: kindName, src: srcHeadColon}
				if echo.name == "" || echo.name == sp.name {
					ps = append(ps, sp)
				} else {
					other = append(other, sp)
				}
			}
		}
	}
	if echo.name != "" {
		ps = append(ps, echo)
	}
	ps = append(ps, other...)
	// The speaker quoted most often, counted once per article.
	if !a.topDone {
		a.topDone = true
		count := map[string]int{}
		for j := range a.raws {
			if kept[j] && spk[j].name != "" && a.segs[a.raws[j].seg].Kind != Headline {
				count[spk[j].name]++
				if count[spk[j].name] > count[a.top] {
					a.top = spk[j].name
				}
			}
		}
	}
	ps = append(ps, speaker{name: a.top, src: srcTop})
	a.props = ps[:0]
	return ps, true
}

// containingQuote returns the first kept body quotation near headline or
// subheading quotation qi whose words hold qi's words in a row, in the
// same case ('storm' is not the event "Storm Area 51"), or -1.
func (a *article) containingQuote(qi int, r raw, kept []bool) int {
	ws := strings.Fields(a.src[r.text.Start:r.text.End])
	if len(ws) == 0 {
		return -1
	}
	for i, w := range ws {
		ws[i] = normWord(w)
	}
	compared := 0
	for j := range a.raws {
		if !kept[j] || j == qi || a.segs[a.raws[j].seg].Kind == Headline {
			continue
		}
		if a.segs[r.seg].Kind != Headline && (a.raws[j].seg < r.seg-10 || a.raws[j].seg > r.seg+10) {
			continue
		}
		if compared++; compared > 100 {
			break
		}
		t := a.raws[j].text
		bs := strings.Fields(a.src[t.Start:t.End])
		for k := range bs {
			bs[k] = normWord(bs[k])
		}
		for k := 0; k+len(ws) <= len(bs); k++ {
			if slices.Equal(bs[k:k+len(ws)], ws) {
				return j
			}
		}
	}
	return -1
}

// overlap is the share of the shorter word list found in the longer,
// counting content words only when the shorter has any: "Dat is
// oneerlijk" echoes the quotation that says "oneerlijk", not one that
// says "dat" and "is".
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	content := 0
	for _, w := range a {
		if contentWord(w) {
			content++
		}
	}
	// Word lists are short (a headline's quotation): compare directly
	// rather than build a set.
	n := 0
	for _, w := range a {
		if (content == 0 || contentWord(w)) && slices.Contains(b, w) {
			n++
		}
	}
	if content == 0 {
		return float64(n) / float64(len(a))
	}
	return float64(n) / float64(content)
}

// contentWord reports whether the lower-case word w carries content: three
// bytes or more and no function word or auxiliary.
func contentWord(w string) bool {
	return len(w) >= 3 && !functionWords.has(w) && !auxiliary.has(w)
}

// normWords returns the words of raw quotation qi, trimmed of
// punctuation and in lower case, worked out once per quotation.
func (a *article) normWords(qi int) []string {
	if len(a.norm) != len(a.raws) {
		a.norm = append(a.norm[:0], make([][]string, len(a.raws))...)
	}
	if a.norm[qi] == nil {
		// The folded text holds the lower-case words at the same
		// offsets: the words share wordBuf, as quoteWords' do.
		t := a.raws[qi].text
		from := len(a.wordBuf)
		a.wordBuf = text.FieldsInto(a.wordBuf, a.lowerSpan(a.raws[qi].seg, t))
		ws := a.wordBuf[from:len(a.wordBuf):len(a.wordBuf)]
		for i, w := range ws {
			ws[i] = normWord(w)
		}
		a.norm[qi] = ws
	}
	return a.norm[qi]
}

// normWord strips the punctuation and quotation marks around a word, as
// strings.Trim(w, normCut) would; an ASCII byte at either end is decided
// by a table look-up, without the rune set strings.Trim makes each call.
func normWord(w string) string {
	for w != "" {
		r, n := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(w)
		}
		if !isNormCut(r) {
			break
		}
		w = w[n:]
	}
	for w != "" {
		r, n := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(w)
		}
		if !isNormCut(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// normCut holds what normWord strips.
const normCut = ".,;:!?\"'‘’“”"

func isNormCut(r rune) bool {
	if r < utf8.RuneSelf {
		return normCutASCII[r]
	}
	return strings.ContainsRune(normCut, r)
}

var normCutASCII = func() (t [utf8.RuneSelf]bool) {
	for _, r := range normCut {
		if r < utf8.RuneSelf {
			t[r] = true
		}
	}
	return t
}()

// firstSingular holds the first-person singular pronouns
// (lexicon/firstperson.txt).
var firstSingular = wordSet("firstperson.txt")

// firstPersonSingular reports whether quotation r speaks in the first
// person singular: a word of firstperson.txt among its tokens.
func (a *article) firstPersonSingular(r raw) bool {
	for _, t := range a.segs[r.seg].toks[r.openTok:] {
		if t.Start >= r.text.End {
			break
		}
		if t.Start >= r.text.Start && firstSingular.has(t.lower) {
			return true
		}
	}
	return false
}

// namedNonPerson reports whether the article names name, and never as a
// person: a body or a place. A name of one word is no proof: a singer
// known by one name no list holds ("Gustaph") is no person to the
// recogniser either.
func (a *article) namedNonPerson(name string) bool {
	in := a.nameInfo(name)
	return in.count > 0 && !in.person && !in.strong && (in.place || strings.Contains(name, " "))
}
