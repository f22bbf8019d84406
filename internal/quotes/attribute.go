package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// attribute decides which raw quotations are speech and finds their
// speakers, in reading order so that continuations can look back. For
// each quotation the generators propose speakers (propose, echoProposals)
// and the ranker chooses among them (choose).
func (a *article) attribute(rk, sm *Model, trace func(Trace)) []Quote {
	var out []Quote
	var last *speaker // the speaker of the last quotation kept
	lastSeg := -10
	a.kept = make([]bool, len(a.raws))
	a.spk = make([]speaker, len(a.raws))
	kept, spk := a.kept, a.spk
	for qi, r := range a.raws {
		s := a.segs[r.seg]
		if s.Kind == Headline || s.Kind == Subheading {
			continue // after the body: they echo it
		}
		ps := a.propose(qi, r, last, lastSeg)
		// Speech or not is decided on the strongest evidence proposed,
		// before ranking: the ranker chooses a speaker, not whether
		// anyone speaks.
		var lead speaker
		if len(ps) > 0 {
			lead = ps[0]
		}
		var t *Trace
		if trace != nil {
			t = &Trace{}
		}
		keep := r.text.Start < r.text.End
		if keep && !(s.Kind == Pullquote && qi == a.firstRawIn(r.seg)) {
			sf := a.speechFeatures(qi, r, lead)
			p := sigmoid(sm.score(sf))
			keep = p >= speechThreshold
			if t != nil {
				t.Speech, t.SpeechP = slices.Clone(sf), p
			}
		}
		if !keep && t == nil {
			continue
		}
		sp := a.choose(r, ps, last, rk, t)
		if t != nil {
			t.Kept = keep
			trace(*t)
		}
		if !keep {
			continue
		}
		kept[qi], spk[qi] = true, sp
		if sp.name != "" {
			cp := sp
			last, lastSeg = &cp, r.seg
		}
	}
	// Headline and subheading quotations echo the body.
	for qi, r := range a.raws {
		s := a.segs[r.seg]
		if s.Kind != Headline && s.Kind != Subheading {
			continue
		}
		var t *Trace
		if trace != nil {
			t = &Trace{}
		}
		ps, ok := a.echoProposals(qi, r, kept, spk)
		sp := a.choose(r, ps, nil, rk, t)
		if t != nil {
			t.Kept = ok
			trace(*t)
		}
		if ok {
			kept[qi], spk[qi] = true, sp
		}
	}
	for qi, r := range a.raws {
		if !kept[qi] {
			continue
		}
		sp := spk[qi]
		q := Quote{Text: r.text, Open: r.open, Close: r.close, Segment: r.seg,
			Speaker: sp.name, SpeakerSpan: sp.span, Cue: sp.cueText, CueSpan: sp.cue, Confidence: sp.conf}
		switch a.segs[r.seg].Kind {
		case Headline:
			q.Kind = HeadlineQuote
		case Pullquote:
			if qi == a.firstRawIn(r.seg) {
				q.Kind = PullQuote
			}
		}
		out = append(out, q)
	}
	return out
}

func (a *article) firstRawIn(si int) int {
	if i, ok := a.firstRaw[si]; ok {
		return i
	}
	return -1
}

func (a *article) words(s Span) []string { return strings.Fields(a.src[s.Start:s.End]) }

// isSpeech tells quoted speech from scare quotes, titles and names: a
// short quotation is speech only when a reporting verb in its own sentence
// introduces it; a quotation after "known as" or "zogenaamde" never is.
func (a *article) isSpeech(qi int, r raw, sp speaker) bool {
	if r.text.Start >= r.text.End {
		return false
	}
	if a.segs[r.seg].Kind == Pullquote && qi == a.firstRawIn(r.seg) {
		return true
	}
	if a.namingBefore(r) {
		return false
	}
	ws := a.words(r.text)
	if r.continued || r.continues {
		return true
	}
	if titleCase(ws) && sp.how < byCue {
		return false
	}
	if len(ws) < 4 {
		// A whole sentence between the marks ("Believe me.") is speech
		// when someone is speaking around it; a short phrase needs its
		// own reporting verb.
		if sp.how >= byContinuation && a.wholeSentence(r) {
			return true
		}
		return sp.how >= byColon
	}
	return true
}

// wholeSentence reports whether a quotation's text is a sentence of its
// own: a capital first, a full stop, question or exclamation mark last.
func (a *article) wholeSentence(r raw) bool {
	t := a.src[r.text.Start:r.text.End]
	if !a.startsSentence(r) || t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return true
	}
	return false
}

// titleCase reports whether most words are capitalised: a name or a title
// ("the New Decade, New Approach"), not a sentence.
func titleCase(ws []string) bool {
	if len(ws) < 2 || len(ws) > 12 {
		return false
	}
	caps, words := 0, 0
	for i, w := range ws {
		w = strings.TrimLeft(w, "(\"'‘“")
		if w == "" || !unicode.IsLetter([]rune(w)[0]) && !unicode.IsDigit([]rune(w)[0]) {
			continue // punctuation standing alone
		}
		// Titles leave their short function words in lower case:
		// "Dancing with the Stars".
		if i > 0 && functionWords[w] {
			continue
		}
		words++
		if unicode.IsUpper([]rune(w)[0]) || unicode.IsDigit([]rune(w)[0]) {
			caps++
		}
	}
	return caps*3 >= words*2 && caps >= 2
}

// namingBefore reports whether the words before the quotation introduce a
// name or term: "known as the", "a process called", "de zogenaamde".
func (a *article) namingBefore(r raw) bool {
	toks := a.segs[r.seg].toks
	i := r.openTok - 1
	for i >= 0 && !toks[i].punct && (toks[i].lower == "the" || toks[i].lower == "de" || toks[i].lower == "het" || toks[i].lower == "a" || toks[i].lower == "an" || toks[i].lower == "een") {
		i--
	}
	if i < 0 || toks[i].punct {
		return false
	}
	w := toks[i].lower
	if w == "as" && i > 0 && (toks[i-1].lower == "known" || toks[i-1].lower == "referred") || w == "als" && i > 0 && toks[i-1].lower == "bekend" {
		return true
	}
	if !lex().naming[w] {
		return false
	}
	if w == "called" || w == "named" || w == "genoemd" {
		// "Smith called it 'absurd'" is speech; "was called", "a process
		// called" name a thing.
		if i == 0 {
			return true
		}
		p := toks[i-1]
		switch p.lower {
		case "was", "were", "is", "are", "be", "been", "being", "also", "often", "so", "wordt", "werd", "worden", "werden":
			return true
		}
		return !(p.cap || lex().pronouns[p.lower] != 0 || p.lower == "it" || p.lower == "them" || p.lower == "him" || p.lower == "her")
	}
	return true
}

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
	before := a.beforeContext(r)
	// A partial quotation mid-sentence takes its cue from before it; a
	// whole one usually from the clause after it.
	if countWords(a.src[r.text.Start:r.text.End]) < 4 {
		sp, ok := a.cueBefore(r.seg, before, r)
		if ok {
			add(sp, srcCueBefore)
		}
		if sp2, ok := a.cueAfter(r.seg, after, r); ok {
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
			cp.cue, cp.cueText, cp.how = sp.cue, sp.cueText, byCue
			add(cp, srcImpersonal)
		}
		if !ok && sp.how == byCue {
			add(sp, srcUnknown)
		}
		if sp, ok := a.cueBefore(r.seg, before, r); ok {
			add(sp, srcCueBefore)
		}
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
	if last != nil && r.seg-lastSeg <= 2 {
		sp := *last
		sp.how, sp.cue, sp.cueText = byContinuation, Span{}, ""
		add(sp, srcLast)
	}
	if sp, ok := a.nearestPerson(r); ok {
		add(sp, srcNearest)
	}
	a.sentenceBodies(r, func(sp speaker) { add(sp, srcBodies) })
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
	var out []speaker
	for _, p := range ps {
		if p.kind == kindDesc && !p.span.IsZero() {
			res := speaker{span: p.span, cue: p.cue, cueText: p.cueText, how: p.how, src: srcTied}
			if p.intro != "" {
				res.name, res.kind = p.intro, kindDesc
				out = append(out, res)
			}
			for _, name := range a.tied(p.span, r.open.Start) {
				res.name, res.kind = name, kindRole
				out = append(out, res)
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
	lw := strings.ToLower(m.name)
	return !a.ordinary(lw) && !a.ambiguous(lw) && !a.isPlace(m.name) && !lex().orgWords[lw] && !functionWords[lw]
}

// recentPersons calls f with the last n different persons named before
// the quotation, the nearest first.
func (a *article) recentPersons(r raw, n int, f func(speaker)) {
	var seen []string
	a.people.before(r.open.Start, func(m mention) bool {
		if !a.people.isPerson(m) {
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
	if a.salient != nil {
		return *a.salient
	}
	count := map[string]int{}
	first := map[string]mention{}
	for _, m := range a.people.mentions {
		if !a.people.isPerson(m) && !a.unknownName(m) {
			continue
		}
		name := a.people.canon(m.name)
		count[name]++
		if a.segs[m.seg].Kind == Headline {
			count[name]++
		}
		if _, ok := first[name]; !ok {
			first[name] = m
		}
	}
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return first[names[i]].span.Start < first[names[j]].span.Start
	})
	var out []speaker
	for _, n := range names[:min(2, len(names))] {
		out = append(out, speaker{name: n, kind: kindName})
	}
	a.salient = &out
	return out
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
		if a.people.isPerson(m) || m.place || a.isPlace(m.name) || m.to-m.from == 1 && !isAllCaps(m.name) && !lex().orgWords[strings.ToLower(m.name)] {
			return // a one-word name is a body only as an acronym
		}
		f(speaker{name: m.name, span: m.span, kind: kindOrg})
	})
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
		if a.people.isPerson(m) {
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
		if !a.people.isPerson(m) {
			return
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
	toks := a.segs[r.seg].toks
	si, from, to := r.seg, 0, 0
	if start := a.sentenceStart(toks, r.openTok); start > 0 {
		from, to = a.sentenceStart(toks, start-1), start
	} else {
		si = r.seg - 1
		for si >= 0 && a.segs[si].Kind == Subheading {
			si--
		}
		if si < 0 || a.segs[si].Kind == Headline || len(a.segs[si].toks) == 0 {
			return speaker{}, false
		}
		n := len(a.segs[si].toks)
		to = n
		last := n - 1
		if isSentenceEnd(a.segs[si].toks[last]) {
			last--
		}
		from = a.sentenceStart(a.segs[si].toks, max(last, 0)+1)
	}
	// A kept quotation in that sentence: its speaker goes on.
	for j := qi - 1; j >= 0; j-- {
		q := a.raws[j]
		if q.seg < si || q.seg == si && q.close.End > 0 && q.close.End <= a.segs[si].toks[from].Start {
			break // before the sentence: no need to look further
		}
		if q.seg == si && a.kept[j] && a.spk[j].name != "" && q.open.Start >= a.segs[si].toks[from].Start && (to >= len(a.segs[si].toks) || q.open.Start < a.segs[si].toks[to-1].End) {
			sp := a.spk[j]
			sp.how, sp.cue, sp.cueText = byContinuation, Span{}, ""
			return sp, true
		}
	}
	if sp, ok := a.sentenceSpeaker(si, from, to, r); ok {
		sp.how = byPrevSentence
		return sp, true
	}
	return speaker{}, false
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
		if _, cue := lex().cues[next.lower]; !cue && !lex().after[next.lower] {
			return nil
		}
	}
	var out []int
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

// beforeContext returns the token range from the start of the sentence
// (or the end of the previous quotation) up to the opening mark.
func (a *article) beforeContext(r raw) []int {
	toks := a.segs[r.seg].toks
	var out []int
	for i := r.openTok - 1; i >= 0; i-- {
		t := toks[i]
		if t.mark || t.quote != 0 || isSentenceEnd(t) {
			break
		}
		out = append(out, i)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// sentenceStart returns the index of the first token of the sentence that
// holds toks[i], skipping quotation text.
func (a *article) sentenceStart(toks []tok, i int) int {
	for j := i - 1; j >= 0; j-- {
		if isSentenceEnd(toks[j]) && toks[j].quote == 0 {
			return j + 1
		}
	}
	return 0
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
		switch toks[ctx[k]].lower {
		case "zo", "so", "dat", "dit", "that", "this":
			k++
		}
	}
	if k >= len(ctx) {
		return speaker{}, false
	}
	// A new clause ("…", en Wilders vindt …) is no reporting clause.
	switch toks[ctx[k]].lower {
	case "en", "maar", "want", "terwijl", "omdat", "and", "but", "while", "because", "although", "whereas":
		return speaker{}, false
	}
	if t := toks[ctx[k]]; lex().after[t.lower] {
		if sp, ok := a.npSpeaker(si, ctx[k+1:], r); ok {
			sp.cue, sp.cueText, sp.how = t.Span, t.text, byCue
			return sp, true
		}
		return speaker{}, false
	}
	for j := k; j < len(ctx) && j-k <= 12; j++ {
		v := toks[ctx[j]]
		if isSentenceEnd(v) {
			break
		}
		cues, ok := a.cueAt(si, ctx, j)
		if !ok {
			continue
		}
		// A verb in a relative clause does not report the quotation:
		// "the strategist, who asked not to be named, told reporters".
		if j > k {
			switch toks[ctx[j-1]].lower {
			case "who", "which", "that", "die", "dat", "wie", "welke":
				continue
			}
		}
		rest := ctx[j+1:]
		// "klinkt het (bij X)", "klinkt bij X": impersonal unless "bij"
		// names the source.
		if len(rest) > 0 && (toks[rest[0]].lower == "het" || toks[rest[0]].lower == "bij") {
			for m := 0; m < len(rest)-1 && m < 3; m++ {
				if toks[rest[m]].lower == "bij" {
					if sp, ok := a.npSpeaker(si, rest[m+1:], r); ok {
						sp.cue, sp.cueText, sp.how = Span{v.Start, toks[rest[m]].End}, a.src[v.Start:toks[rest[m]].End], byCue
						return sp, true
					}
				}
			}
			if toks[rest[0]].lower == "het" {
				// Impersonal: the source quoted last goes on.
				return speaker{cue: Span{v.Start, toks[rest[0]].End}, cueText: v.text + " het", how: byNone}, false
			}
		}
		// Subject first: "Smith said", "she added". The subject is the
		// phrase right before the verb: "… between Greece and Turkey,
		// he said" is his.
		if j > k {
			from := k
			for b := j - 1; b > k; b-- {
				if t := toks[ctx[b-1]]; t.punct || functionWords[t.lower] && !isDeterminer(t.lower) {
					from = b
					break
				}
			}
			sp, ok := a.npSpeaker(si, ctx[from:j], r)
			if !ok && from > k && isDeterminer(toks[ctx[k]].lower) {
				// "the strategist, who asked not to be named, told": the
				// phrase at the clause's start.
				sp, ok = a.npSpeaker(si, ctx[k:j], r)
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
		if sp, ok := a.npSpeaker(si, rest, r); ok {
			sp.cue, sp.cueText = a.cueSpan(si, v, cues, rest)
			sp.how = byCue
			return sp, true
		}
		// A cue whose speaker is not resolved ("zei hij" with no man
		// named before): speech all the same, with an unknown speaker.
		var sp speaker
		sp.cue, sp.cueText = a.cueSpan(si, v, cues, rest)
		sp.how = byCue
		return sp, false
	}
	return speaker{}, false
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
	cues, ok := lex().cues[t.lower]
	if !ok {
		return nil, false
	}
	// A plural that is also the infinitive after a modal is no report:
	// "dat wil zeggen", "hij kan niets zeggen".
	if strings.HasSuffix(t.lower, "en") && j > 0 {
		switch toks[ctx[j-1]].lower {
		case "wil", "wilde", "willen", "kan", "kon", "kunnen", "moet", "moest", "moeten", "mag", "mocht", "zal", "zou", "zullen", "niets", "niet", "iets", "veel", "te":
			return nil, false
		}
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
				return Span{verb.Start, toks[j].End}, verb.text + " … " + toks[j].text
			}
		}
	}
	return verb.Span, verb.text
}

// npSpeaker resolves the noun phrase at the start of np: a pronoun, a
// name (perhaps after a role: "schepen van Mobiliteit Karin Claes"), or a
// description ("de rechtbank", "an agency spokeswoman").
func (a *article) npSpeaker(si int, np []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	if len(np) == 0 {
		return speaker{}, false
	}
	first := toks[np[0]]
	if g, ok := lex().pronouns[first.lower]; ok {
		return a.resolvePronoun(si, np[0], g)
	}
	if first.punct {
		return speaker{}, false
	}
	// The phrase ends at a preposition, a verb of the clause or the
	// sentence end; commas may set off an apposition.
	end := len(np)
	for j, ti := range np {
		t := toks[ti]
		if j > 0 && (t.punct && t.text != "," || npStop[t.lower] && !t.cap || lex().cues[t.lower] != nil) {
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
	if isDeterminer(first.lower) && len(np) > 1 && !partitive && !toks[np[1]].cap && !isRole(toks[np[1]].lower) {
		k := 1
		for k < len(np) && k <= 3 && !toks[np[k]].cap && !toks[np[k]].punct && !npStop[toks[np[k]].lower] && !isConj(toks[np[k]].lower) && !relative[toks[np[k]].lower] {
			if w := toks[np[k]].lower; (w == "by" || w == "door") && k+1 < len(np) {
				if m, ok := a.people.mentionAt(si, np[k+1]); ok {
					span := Span{m.span.Start, toks[np[len(np)-1]].End}
					return speaker{name: a.people.canon(oneLine(a.src[span.Start:span.End])), span: span, kind: kindDesc}, true
				}
			}
			k++
		}
		if k == len(np) || !isRole(toks[np[k-1]].lower) {
			span := Span{first.Start, toks[a.relativeEnd(si, np[k-1])].End}
			return a.description(first.lower, toks[np[k-1]].lower, a.nounName(toks[np[k-1]].lower, oneLine(a.src[span.Start:span.End])), span), true
		}
	}
	// The first person named in the phrase ("Wynnum coach Matt Myers",
	// "riep Wilders Schoof toe"), else the first name of any kind.
	var best, any *mention
	for j := range np {
		if m, ok := a.people.mentionAt(si, np[j]); ok {
			mm := m
			// "Fleet Command's … head Arba Agung": a possessive owns
			// the head noun; it is not the speaker.
			if a.people.isPerson(m) && best == nil && !isPossessive(toks[m.to-1].text) {
				best = &mm
			}
			if any == nil {
				any = &mm
			}
		}
	}
	if best != nil && isDeterminer(first.lower) && len(np) > 2 && best.from == np[1] && best.to == np[len(np)-1] && !toks[np[len(np)-1]].cap && !toks[np[len(np)-1]].punct {
		// "a Trump aide": the name modifies the noun that heads the
		// phrase; the description speaks.
		span := Span{first.Start, toks[np[len(np)-1]].End}
		return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindDesc}, true
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
		span := Span{toks[any.from].Start, toks[end-1].End}
		return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, kind: kindOrg}, true
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
	span := Span{toks[np[0]].Start, toks[np[len(np)-1]].End}
	for _, ti := range np {
		role := roleOf(toks[ti].lower)
		if role == "" {
			continue
		}
		var found *mention
		a.people.before(r.open.Start, func(m mention) bool {
			if m.role == role {
				found = &m
				return false
			}
			return true
		})
		if found != nil {
			return speaker{name: a.people.canon(found.name), span: span, kind: kindRole}, true
		}
	}
	if !first.cap && !isDeterminer(first.lower) && !someone[first.lower] || len(np) == 1 && isDeterminer(first.lower) {
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
	for e < len(np) && e < 4 && descWord(toks[np[e]]) {
		e++
	}
	span = Span{toks[np[0]].Start, toks[a.relativeEnd(si, np[e-1])].End}
	desc := oneLine(a.src[span.Start:span.End])
	if isDeterminer(first.lower) && e == 2 && span.End == toks[np[1]].End {
		desc = a.nounName(toks[np[1]].lower, desc)
	}
	return a.description(first.lower, toks[np[e-1]].lower, desc, span), true
}

// description is a speaker described by a noun phrase, det … head. The
// first indefinite description of a head noun introduces someone ("een
// vrouw die verderop woont"); a definite one with the same head later
// ("de vrouw") names the same person, and is proposed as such.
func (a *article) description(det, head, desc string, span Span) speaker {
	sp := speaker{name: desc, span: span, kind: kindDesc}
	switch lex().determiners[det] {
	case indefinite:
		if _, ok := a.intro[head]; !ok {
			if a.intro == nil {
				a.intro = map[string]string{}
			}
			a.intro[head] = desc
		}
	case definite:
		sp.intro = a.intro[head]
	}
	return sp
}

// descWord reports whether t can go on a description after its first
// word: a content word, not punctuation, a pronoun ("de finale voelde
// hij"), a function word or a relative pronoun, which end the phrase.
func descWord(t tok) bool {
	return !t.punct && !relative[t.lower] && !functionWords[t.lower] && lex().pronouns[t.lower] == 0 &&
		t.lower != "zich" && t.lower != "himself" && t.lower != "herself" && lex().cues[t.lower] == nil
}

// Relative pronouns that open a clause inside a noun phrase.
var relative = map[string]bool{"die": true, "who": true, "which": true, "that": true, "wie": true}

// relativeEnd returns the last token of the noun phrase ending at token
// i of segment si, taking in a relative clause that follows it with no
// comma between: up to the next punctuation, quotation or cue.
func (a *article) relativeEnd(si, i int) int {
	toks := a.segs[si].toks
	j := i + 1
	if j >= len(toks) || !relative[toks[j].lower] || toks[j].quote != 0 {
		return i
	}
	for k := j + 1; k < len(toks) && k <= i+12; k++ {
		t := toks[k]
		if t.punct || t.mark || t.quote != 0 || lex().cues[t.lower] != nil {
			if k == j+1 {
				return i
			}
			return k - 1
		}
	}
	return i // no clear end within reach: the phrase without the clause
}

// nounName names a description by its head noun: "de politiezone" is
// "politiezone Noord" when the article writes that noun right before a
// name elsewhere; otherwise the description as written.
func (a *article) nounName(noun, desc string) string {
	if npStop[noun] || functionWords[noun] {
		return desc
	}
	for _, m := range a.people.mentions {
		toks := a.segs[m.seg].toks
		if m.from > 0 && toks[m.from-1].lower == noun {
			return toks[m.from-1].text + " " + m.name // "politiezone Noord"
		}
		if m.to < len(toks) && toks[m.to].lower == noun && !a.people.isPerson(m) {
			return m.name // "an Interpol spokesperson": Interpol
		}
	}
	return desc
}

func isConj(w string) bool {
	switch w {
	case "en", "of", "maar", "and", "or", "but":
		return true
	}
	return false
}

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
			return name + " " + toks[i].text + " " + a.people.canon(p.name), Span{m.span.Start, p.span.End}
		}
		if toks[j].cap {
			break
		}
	}
	return name, m.span
}

// oneLine folds the white space of a name taken from the text: a line
// break inside it becomes one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func isRole(w string) bool { return roleOf(w) != "" }

// roleOf returns the role a lower-case word names: itself ("minister"), the
// part after a hyphen ("pvv-leider", "facebook-topman"), or the role a
// Dutch compound ends with ("fractieleider", "partijvoorzitter").
func roleOf(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	if lex().roles[w] {
		return w
	}
	for _, suffix := range roleSuffixes {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return suffix
		}
	}
	return ""
}

// Roles that end Dutch compounds: "fractieleider", "clubvoorzitter".
var roleSuffixes = func() []string {
	var out []string
	for _, e := range entries("rolesuffixes.txt") {
		out = append(out, e[0])
	}
	return out
}()

func isDeterminer(w string) bool {
	_, ok := lex().determiners[w]
	return ok
}

// resolvePronoun finds the person the pronoun at token ti of segment si
// refers to: walking back sentence by sentence, the first person named in
// the nearest sentence that names one (the subject, usually), whose gender,
// when known, fits.
func (a *article) resolvePronoun(si, ti int, g byte) (speaker, bool) {
	pron := a.segs[si].toks[ti]
	fits := func(m mention) bool {
		mg := a.people.gender[m.key]
		return g == 'x' || mg == 0 || mg == g
	}
	// Walk back over the persons named before the pronoun, one sentence at
	// a time: in the nearest sentence that names one, the speaker of a
	// quotation there, else the first person named in it.
	var group []mention // most recent first
	var found speaker
	ok := false
	try := func() bool {
		if len(group) == 0 {
			return false
		}
		for _, qi := range a.rawsBySent[group[0].sid] {
			if a.kept[qi] && a.spk[qi].name != "" {
				for _, m := range group {
					if a.people.canon(m.name) == a.spk[qi].name && fits(m) {
						found, ok = speaker{name: a.spk[qi].name, span: pron.Span, kind: kindPronoun, pron: g}, true
						return true
					}
				}
			}
		}
		for j := len(group) - 1; j >= 0; j-- {
			if fits(group[j]) {
				found, ok = speaker{name: a.people.canon(group[j].name), span: pron.Span, kind: kindPronoun, pron: g}, true
				return true
			}
		}
		return false
	}
	a.people.before(pron.Start, func(m mention) bool {
		if !a.people.isPerson(m) {
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
	return found, ok
}

// cueBefore reads a reporting clause before a quotation in its sentence:
// `X: "…"`, `X zei: "…"`, `He said, "…"`, `volgens X "…"`, `X noemde het "…"`.
func (a *article) cueBefore(si int, ctx []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	if len(ctx) == 0 {
		return speaker{}, false
	}
	lastTok := toks[ctx[len(ctx)-1]]
	unresolved, ok := a.clauseSpeaker(si, ctx, r)
	if ok {
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
			if g, ok := lex().pronouns[t.lower]; ok {
				if sp, ok := a.resolvePronoun(si, i, g); ok {
					sp.cue, sp.cueText, sp.how = lastTok.Span, lastTok.text, byColon
					return sp, true
				}
			}
			if m, ok := a.people.mentionAt(si, i); ok && a.people.isPerson(m) {
				return speaker{name: a.people.canon(m.name), span: m.span, cue: lastTok.Span, cueText: lastTok.text, how: byColon, kind: kindName}, true
			}
		}
		// A description opens the clause: "Iemand die tegenover woont,
		// lag te kijken: '…'", "A neighbour was blunt: '…'".
		if lastTok.text == ":" && (isDeterminer(toks[ctx[0]].lower) || someone[toks[ctx[0]].lower]) {
			if sp, ok := a.npSpeaker(si, ctx[:len(ctx)-1], r); ok && sp.kind == kindDesc {
				sp.cue, sp.cueText, sp.how = lastTok.Span, lastTok.text, byColon
				return sp, true
			}
		}
	}
	return unresolved, false
}

// Indefinite pronouns that head a description (lexicon/someone.txt).
var someone = wordSet("someone.txt")

// startsSentence reports whether a quotation's text begins like a sentence.
func (a *article) startsSentence(r raw) bool {
	for _, c := range a.src[r.text.Start:r.text.End] {
		return unicode.IsUpper(c) || unicode.IsDigit(c)
	}
	return false
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
	if m, ok := a.people.mentionAt(si, i); ok {
		// "Directeur Hans Spigt van Jeugdzorg Nederland:": the person of
		// the organisation speaks, not the organisation.
		if k := m.from - 1; k > 0 && (toks[k].lower == "van" || toks[k].lower == "of" || toks[k].lower == "bij" || toks[k].lower == "from") {
			if p, ok := a.people.mentionAt(si, k-1); ok && a.people.isPerson(p) {
				m = p
			}
		}
		return speaker{name: a.people.canon(m.name), span: m.span, cue: toks[colon].Span, cueText: ":", how: byColon, kind: kindName}, true
	}
	if g, ok := lex().pronouns[toks[i].lower]; ok {
		sp, ok := a.resolvePronoun(si, i, g)
		sp.cue, sp.cueText, sp.how = toks[colon].Span, ":", byColon
		return sp, ok
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
	var unresolved speaker
	defer func() {
		if !ok && unresolved.how == byCue {
			sp = unresolved
		}
	}()
	for k := 0; k < len(ctx); k++ {
		t := toks[ctx[k]]
		if t.punct {
			continue
		}
		// "volgens X", "according to X".
		if n := a.markerAt(si, ctx, k); n > 0 {
			cueSpan := Span{t.Start, toks[ctx[k+n-1]].End}
			if sp, ok := a.markerSpeaker(si, ctx[k+n:], r); ok {
				sp.cue, sp.cueText, sp.how = cueSpan, a.src[cueSpan.Start:cueSpan.End], byCue
				return sp, true
			}
		}
		cues, ok := a.cueAt(si, ctx, k)
		if !ok {
			continue
		}
		cueSpan, cueText := a.cueSpan(si, t, cues, ctx[k+1:])
		// A passive with its agent: "described by Marine Bulletin as".
		if k+2 < len(ctx) && (toks[ctx[k+1]].lower == "by" || toks[ctx[k+1]].lower == "door") {
			if _, ok := a.people.mentionAt(si, ctx[k+2]); ok {
				if sp, ok := a.npSpeaker(si, ctx[k+2:], r); ok {
					sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
					return sp, true
				}
			}
		}
		// Subject before the verb: the last person named, else the first
		// pronoun, else a description ("de rechtbank").
		var subj *mention
		pron := -1
		for j := 0; j < k; j++ {
			if m, ok := a.people.mentionAt(si, ctx[j]); ok && a.people.isPerson(m) && !isPossessive(toks[m.to-1].text) {
				mm := m
				subj = &mm
			}
			if _, ok := lex().pronouns[toks[ctx[j]].lower]; ok && pron < 0 {
				pron = j
			}
		}
		if subj == nil && k > 0 {
			// A name that opens the clause is its subject, person or not:
			// "Smith called …", "Interpol stated …".
			if m, ok := a.people.mentionAt(si, ctx[0]); ok && m.to <= ctx[k] {
				if isPossessive(toks[m.to-1].text) {
					// "Britain's largest rail union said": the whole
					// phrase before the verb speaks.
					span := Span{toks[ctx[0]].Start, toks[ctx[k-1]].End}
					return speaker{name: oneLine(a.src[span.Start:span.End]), span: span, cue: cueSpan, cueText: cueText, how: byCue, kind: kindDesc}, true
				}
				subj = &m
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
		for j := 0; j < k; j++ {
			u := toks[ctx[j]]
			if isDeterminer(u.lower) || a.isNameTok(u) {
				if sp, ok := a.npSpeaker(si, ctx[j:k], r); ok && isDeterminer(u.lower) {
					sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
					return sp, true
				}
				break
			}
		}
		// Inverted: the pronoun or name right after the verb.
		if k+1 < len(ctx) {
			n := toks[ctx[k+1]]
			if _, isPron := lex().pronouns[n.lower]; isPron || a.isNameTok(n) {
				if sp, ok := a.npSpeaker(si, ctx[k+1:], r); ok {
					sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
					return sp, true
				}
			}
		}
	}
	return speaker{}, false
}

// markerAt returns the length in tokens of a "before" marker that starts
// at ctx[k] ("volgens", "according to"), or 0.
func (a *article) markerAt(si int, ctx []int, k int) int {
	toks := a.segs[si].toks
	if !lex().beforeHead[toks[ctx[k]].lower] {
		return 0
	}
	for n := 3; n >= 1; n-- {
		if k+n > len(ctx) {
			continue
		}
		phrase := toks[ctx[k]].lower
		for j := 1; j < n; j++ {
			phrase += " " + toks[ctx[k+j]].lower
		}
		// "naar eigen zeggen" names no one: the clause's subject speaks.
		if lex().before[phrase] && phrase != "naar eigen zeggen" {
			return n
		}
	}
	return 0
}

// sentenceSpeaker looks for a speaker in toks[from:to] of segment si: a
// reporting clause, else the first pronoun or person named.
func (a *article) sentenceSpeaker(si, from, to int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	var ctx []int
	for i := from; i < to; i++ {
		if toks[i].quote == 0 && !toks[i].mark {
			ctx = append(ctx, i)
		}
	}
	// A reporting clause; but a mere description ("Een opvolger vond …")
	// does not outweigh a person the sentence names.
	if sp, ok := a.clauseSpeaker(si, ctx, r); ok && (sp.kind != kindDesc || !a.namesPerson(si, ctx)) {
		return sp, true
	}
	for _, i := range ctx {
		if g, ok := lex().pronouns[toks[i].lower]; ok {
			return a.resolvePronoun(si, i, g)
		}
		if m, ok := a.people.mentionAt(si, i); ok && a.people.isPerson(m) {
			name, span := a.withPartner(m)
			return speaker{name: name, span: span, kind: kindName}, true
		}
	}
	return speaker{}, false
}

// namesPerson reports whether one of the tokens ctx of segment si names a
// person.
func (a *article) namesPerson(si int, ctx []int) bool {
	for _, i := range ctx {
		if m, ok := a.people.mentionAt(si, i); ok && a.people.isPerson(m) {
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
	ws := a.words(r.text)
	before := a.beforeContext(r)
	colon := len(before) > 0 && toks[before[len(before)-1]].text == ":"
	if len(ws) < 3 && !colon || a.namingBefore(r) {
		return nil, false
	}
	if titleCase(ws) && !colon {
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
	var agree, other []speaker
	if colon {
		for _, i := range before {
			if m, ok := a.people.mentionAt(r.seg, i); ok && a.people.isPerson(m) {
				sp := speaker{name: a.people.canon(m.name), span: m.span, cue: toks[before[len(before)-1]].Span, cueText: ":", how: byColon, kind: kindName, src: srcHeadColon}
				if echo.name == "" || echo.name == sp.name {
					agree = append(agree, sp)
				} else {
					other = append(other, sp)
				}
			}
		}
	}
	ps := agree
	if echo.name != "" {
		ps = append(ps, echo)
	}
	ps = append(ps, other...)
	// The speaker quoted most often, counted once per article.
	if a.top == nil {
		count := map[string]int{}
		top := ""
		for j := range a.raws {
			if kept[j] && spk[j].name != "" && a.segs[a.raws[j].seg].Kind != Headline {
				count[spk[j].name]++
				if count[spk[j].name] > count[top] {
					top = spk[j].name
				}
			}
		}
		a.top = &top
	}
	ps = append(ps, speaker{name: *a.top, src: srcTop})
	// The persons the headline itself names: "Burgemeester Van Zanen wil
	// 'maximale transparantie'".
	for i := range toks {
		if m, ok := a.people.mentionAt(r.seg, i); ok && m.from == i && a.people.isPerson(m) && toks[i].quote == 0 {
			ps = append(ps, speaker{name: a.people.canon(m.name), span: m.span, kind: kindName, src: srcPersons})
		}
	}
	return ps, true
}

// overlap is the share of the shorter word list found in the longer.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	// Word lists are short (a headline's quotation): compare directly
	// rather than build a set.
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// normWords returns the words of raw quotation qi, trimmed of
// punctuation and in lower case, worked out once per quotation.
func (a *article) normWords(qi int) []string {
	if a.norm == nil {
		a.norm = make([][]string, len(a.raws))
	}
	if a.norm[qi] == nil {
		ws := a.words(a.raws[qi].text)
		for i, w := range ws {
			ws[i] = strings.ToLower(normWord(w))
		}
		a.norm[qi] = ws
	}
	return a.norm[qi]
}

func normWord(w string) string { return strings.Trim(w, ".,;:!?\"'‘’“”") }
