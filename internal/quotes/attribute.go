package quotes

import (
	"strings"
	"unicode"
)

// attribute decides which raw quotations are speech and finds their
// speakers, in reading order so that continuations can look back.
func (a *article) attribute() []Quote {
	var out []Quote
	var last *speaker // the speaker of the last quotation kept
	lastSeg := -10
	kept := make([]bool, len(a.raws))
	spk := make([]speaker, len(a.raws))
	for qi, r := range a.raws {
		s := a.segs[r.seg]
		if s.Kind == Headline || s.Kind == Subheading {
			continue // after the body: they echo it
		}
		var sp speaker
		switch {
		case s.Kind == Pullquote && qi == a.firstRawIn(r.seg):
			sp = a.pullquoteSpeaker(r)
		case r.continued && last != nil && lastSeg == r.seg-1:
			sp = *last
			sp.how, sp.conf, sp.cue, sp.cueText = byContinuation, min(last.conf, 0.8), Span{}, ""
		default:
			sp = a.findSpeaker(qi, r, last, lastSeg)
		}
		if !a.isSpeech(qi, r, sp) {
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
		if sp, ok := a.echoSpeaker(qi, r, kept, spk); ok {
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
	for qi, r := range a.raws {
		if r.seg == si {
			return qi
		}
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
		return sp.how >= byColon
	}
	return true
}

// titleCase reports whether most words are capitalised: a name or a title
// ("the New Decade, New Approach"), not a sentence.
func titleCase(ws []string) bool {
	if len(ws) < 2 || len(ws) > 8 {
		return false
	}
	caps := 0
	for _, w := range ws {
		w = strings.TrimLeft(w, "(\"'‘“")
		if w != "" && unicode.IsUpper([]rune(w)[0]) {
			caps++
		}
	}
	return caps*3 >= len(ws)*2 && caps >= 2
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

// findSpeaker attributes a body quotation.
func (a *article) findSpeaker(qi int, r raw, last *speaker, lastSeg int) speaker {
	s := a.segs[r.seg]
	toks := s.toks
	after := a.afterContext(r)
	before := a.beforeContext(r)
	if sp, ok := a.cueAfter(r.seg, after, r); ok {
		return sp
	}
	if sp, ok := a.cueBefore(r.seg, before, r); ok {
		return sp
	}
	// A quotation that opens its block after a block ending in a colon:
	// "Minister Dekker:" on a line of its own.
	if len(before) == 0 && r.seg > 0 {
		ps := a.segs[r.seg-1]
		if n := len(ps.toks); n > 0 && ps.toks[n-1].text == ":" {
			if sp, ok := a.colonSpeaker(r.seg-1, n-1, r); ok {
				return sp
			}
		}
	}
	// The sentence before, in the same block: "Volgens X …. „…''".
	if from := a.sentenceStart(toks, r.openTok); from > 0 {
		prevStart := a.sentenceStart(toks, from-1)
		if sp, ok := a.sentenceSpeaker(r.seg, prevStart, from, r); ok {
			sp.how, sp.conf = byPrevSentence, 0.7
			return sp
		}
	}
	// A following quotation with no cue of its own keeps the speaker of
	// the one before it, in the same or the previous block.
	if last != nil && r.seg-lastSeg <= 2 {
		sp := *last
		sp.how, sp.conf, sp.cue, sp.cueText, sp.span = byContinuation, 0.7, Span{}, "", last.span
		return sp
	}
	// The person named last before the quotation.
	for _, m := range a.people.before(r.open.Start) {
		if a.people.isPerson(m) && r.seg-m.seg <= 1 {
			return speaker{name: a.people.canon(m.name), span: m.span, how: byFallback, conf: 0.4}
		}
	}
	return speaker{}
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
		if _, cue := lex().cues[toks[i].lower]; !cue && !lex().after[toks[i].lower] {
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
// zegt Jan Peeters / aldus Claes / voegde hij eraan toe; "…," said Smith /
// she added / an agency spokeswoman said.
func (a *article) cueAfter(si int, ctx []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	k := 0
	for k < len(ctx) && isPunctTok(toks[ctx[k]], ",", "-", "–", "—", ":") {
		k++
	}
	if k < len(ctx) && (toks[ctx[k]].lower == "zo" || toks[ctx[k]].lower == "so") {
		k++
	}
	if k >= len(ctx) {
		return speaker{}, false
	}
	t := toks[ctx[k]]
	if lex().after[t.lower] {
		if sp, ok := a.npSpeaker(si, ctx[k+min(1, len(ctx)-k-1):], ctx, r); ok && k+1 < len(ctx) {
			sp.cue, sp.cueText, sp.how = t.Span, t.text, byCue
			return sp, true
		}
		return speaker{}, false
	}
	if cues, ok := lex().cues[t.lower]; ok {
		rest := ctx[k+1:]
		// "klinkt het (bij X)": impersonal unless a "bij" names the source.
		if len(rest) > 0 && toks[rest[0]].lower == "het" {
			for j := 1; j < len(rest)-1; j++ {
				if toks[rest[j]].lower == "bij" {
					if sp, ok := a.npSpeaker(si, rest[j+1:], ctx, r); ok {
						sp.cue, sp.cueText, sp.how = Span{t.Start, toks[rest[0]].End}, t.text+" het", byCue
						return sp, true
					}
				}
			}
			return speaker{}, false
		}
		sp, ok := a.npSpeaker(si, rest, ctx, r)
		if !ok {
			return speaker{}, false
		}
		sp.cue, sp.cueText = a.cueSpan(si, t, cues, rest)
		sp.how = byCue
		return sp, true
	}
	// Subject first: "Smith said", "she added", "the spokesman said".
	for j := k; j < len(ctx) && j-k <= 7; j++ {
		v := toks[ctx[j]]
		if v.punct && v.text != "," {
			break
		}
		if cues, ok := lex().cues[v.lower]; ok && j > k {
			sp, ok := a.npSpeaker(si, ctx[k:j], ctx, r)
			if !ok {
				return speaker{}, false
			}
			sp.cue, sp.cueText = a.cueSpan(si, v, cues, ctx[j+1:])
			sp.how = byCue
			return sp, true
		}
	}
	return speaker{}, false
}

// cueSpan extends a separable verb to its particle: "voegde … toe".
func (a *article) cueSpan(si int, verb tok, cues []cue, rest []int) (Span, string) {
	toks := a.segs[si].toks
	for _, c := range cues {
		if c.particle == "" {
			continue
		}
		for _, j := range rest {
			if toks[j].lower == c.particle {
				return Span{verb.Start, toks[j].End}, verb.text + " … " + toks[j].text
			}
			if isSentenceEnd(toks[j]) {
				break
			}
		}
	}
	return verb.Span, verb.text
}

// npSpeaker resolves the noun phrase at the start of ctx: a pronoun, a
// name (perhaps after a role: "schepen van Mobiliteit Karin Claes"), or a
// description ("de minister", "an agency spokeswoman").
func (a *article) npSpeaker(si int, np []int, ctx []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	if len(np) == 0 {
		return speaker{}, false
	}
	first := toks[np[0]]
	if g, ok := lex().pronouns[first.lower]; ok {
		return a.resolvePronoun(first, g, r)
	}
	// The phrase ends at a preposition, a comma or the sentence end.
	end := len(np)
	for j, ti := range np {
		t := toks[ti]
		if j > 0 && (t.punct || npStop[t.lower] && !t.cap || lex().cues[t.lower] != nil) {
			end = j
			break
		}
		if j == 0 && t.punct {
			return speaker{}, false
		}
	}
	np = np[:end]
	if len(np) == 0 || len(np) > 8 {
		return speaker{}, false
	}
	// A name inside the phrase.
	for j := range np {
		if m, ok := a.people.mentionAt(si, np[j]); ok {
			return speaker{name: a.people.canon(m.name), span: m.span, conf: 0.95}, true
		}
	}
	// A role: "de minister", "the spokesman" → the person the article
	// ties to that role.
	span := Span{toks[np[0]].Start, toks[np[len(np)-1]].End}
	for _, ti := range np {
		role := toks[ti].lower
		if i := strings.LastIndexByte(role, '-'); i >= 0 {
			role = role[i+1:]
		}
		if !lex().roles[role] {
			continue
		}
		for _, m := range a.people.before(r.open.Start) {
			if m.role == role {
				return speaker{name: a.people.canon(m.name), span: span, conf: 0.75}, true
			}
		}
	}
	// A description or an organisation, as written.
	desc := a.src[span.Start:span.End]
	if !first.cap && !isDeterminer(first.lower) {
		return speaker{}, false
	}
	return speaker{name: desc, span: span, conf: 0.6}, true
}

func isDeterminer(w string) bool {
	switch w {
	case "de", "het", "een", "the", "a", "an", "die", "deze", "dat", "this", "that", "his", "her", "zijn", "haar", "hun", "their":
		return true
	}
	return false
}

// resolvePronoun finds the person a pronoun refers to: the person named
// last before the quotation whose gender, when known, fits.
func (a *article) resolvePronoun(pron tok, g byte, r raw) (speaker, bool) {
	// Sure persons first; a pair of capitalised words only when the
	// article names no sure person before.
	for pass := 0; pass < 2; pass++ {
		for _, m := range a.people.before(r.open.Start) {
			if pass == 0 && !a.people.strong[m.key] || pass == 1 && !a.people.weakPerson(m) {
				continue
			}
			if mg := a.people.gender[m.key]; g != 'x' && mg != 0 && mg != g {
				continue
			}
			return speaker{name: a.people.canon(m.name), span: pron.Span, conf: 0.8 - 0.1*float64(pass)}, true
		}
	}
	return speaker{}, false
}

// cueBefore reads a reporting clause before a quotation in its sentence:
// `X: "…"`, `X zei: "…"`, `He said, "…"`, `volgens X "…"`, `X noemde het "…"`.
func (a *article) cueBefore(si int, ctx []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	if len(ctx) == 0 {
		return speaker{}, false
	}
	lastTok := toks[ctx[len(ctx)-1]]
	if sp, ok := a.clauseSpeaker(si, ctx, r); ok {
		return sp, true
	}
	if lastTok.text == ":" {
		return a.colonSpeaker(si, ctx[len(ctx)-1], r)
	}
	return speaker{}, false
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
		return speaker{name: a.people.canon(m.name), span: m.span, cue: toks[colon].Span, cueText: ":", how: byColon, conf: 0.9}, true
	}
	if g, ok := lex().pronouns[toks[i].lower]; ok {
		sp, ok := a.resolvePronoun(toks[i], g, r)
		sp.cue, sp.cueText, sp.how = toks[colon].Span, ":", byColon
		return sp, ok
	}
	return speaker{}, false
}

// clauseSpeaker finds a reporting verb or marker among the tokens ctx of
// one sentence and resolves its subject.
func (a *article) clauseSpeaker(si int, ctx []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	for k := 0; k < len(ctx); k++ {
		t := toks[ctx[k]]
		if t.punct {
			continue
		}
		// "volgens X", "according to X", "naar eigen zeggen".
		for n := 3; n >= 1; n-- {
			if k+n > len(ctx) {
				continue
			}
			phrase := t.lower
			for j := 1; j < n; j++ {
				phrase += " " + toks[ctx[k+j]].lower
			}
			if !lex().before[phrase] {
				continue
			}
			cueSpan := Span{t.Start, toks[ctx[k+n-1]].End}
			cueText := a.src[cueSpan.Start:cueSpan.End]
			if phrase == "naar eigen zeggen" {
				continue // the speaker is the clause's subject; found below
			}
			if sp, ok := a.npSpeaker(si, ctx[k+n:], ctx, r); ok {
				sp.cue, sp.cueText, sp.how = cueSpan, cueText, byCue
				return sp, true
			}
		}
		cues, ok := lex().cues[t.lower]
		if !ok {
			continue
		}
		// Inverted: "Vandaag schrijft ze:", "Wat heeft hij gezegd".
		if k+1 < len(ctx) {
			n := toks[ctx[k+1]]
			if _, isPron := lex().pronouns[n.lower]; isPron || a.isNameTok(n) {
				if sp, ok := a.npSpeaker(si, ctx[k+1:], ctx, r); ok {
					sp.cue, sp.cueText = a.cueSpan(si, t, cues, ctx[k+1:])
					sp.how = byCue
					return sp, true
				}
			}
		}
		// Subject first: the first name, pronoun or role before the verb.
		for j := 0; j < k; j++ {
			u := toks[ctx[j]]
			if u.punct {
				continue
			}
			if _, isPron := lex().pronouns[u.lower]; isPron || a.isNameTok(u) || isDeterminer(u.lower) && j+1 < k {
				if sp, ok := a.npSpeaker(si, ctx[j:k], ctx, r); ok {
					sp.cue, sp.cueText = a.cueSpan(si, t, cues, ctx[k+1:])
					sp.how = byCue
					return sp, true
				}
			}
		}
		// Inverted after an adverbial: "Wat heeft hij gezegd": subject
		// between the finite verb and the participle.
		for j := k - 1; j >= 0; j-- {
			u := toks[ctx[j]]
			if g, isPron := lex().pronouns[u.lower]; isPron {
				sp, ok := a.resolvePronoun(u, g, r)
				if ok {
					sp.cue, sp.cueText, sp.how = t.Span, t.text, byCue
					return sp, true
				}
			}
		}
	}
	return speaker{}, false
}

// sentenceSpeaker looks for a speaker in toks[from:to] of segment si.
func (a *article) sentenceSpeaker(si, from, to int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	var ctx []int
	for i := from; i < to; i++ {
		if toks[i].quote == 0 && !toks[i].mark {
			ctx = append(ctx, i)
		}
	}
	if sp, ok := a.clauseSpeaker(si, ctx, r); ok {
		return sp, true
	}
	for _, i := range ctx {
		if m, ok := a.people.mentionAt(si, i); ok && a.people.isPerson(m) {
			return speaker{name: a.people.canon(m.name), span: m.span, conf: 0.7}, true
		}
	}
	return speaker{}, false
}

// pullquoteSpeaker reads the name after a pull quote's closing mark.
func (a *article) pullquoteSpeaker(r raw) speaker {
	toks := a.segs[r.seg].toks
	for i := r.closeTok + 1; i < len(toks); i++ {
		if m, ok := a.people.mentionAt(r.seg, i); ok {
			return speaker{name: a.people.canon(m.name), span: m.span, how: byCue, conf: 0.95}
		}
	}
	return speaker{how: byCue}
}

// echoSpeaker attributes a headline or subheading quotation: a name
// before its colon, or the speaker of the body quotation it repeats, or
// the article's main speaker.
func (a *article) echoSpeaker(qi int, r raw, kept []bool, spk []speaker) (speaker, bool) {
	toks := a.segs[r.seg].toks
	ws := a.words(r.text)
	before := a.beforeContext(r)
	colon := len(before) > 0 && toks[before[len(before)-1]].text == ":"
	if len(ws) < 3 && !colon || a.namingBefore(r) {
		return speaker{}, false
	}
	if titleCase(ws) && !colon {
		return speaker{}, false
	}
	if colon {
		for _, i := range before {
			if m, ok := a.people.mentionAt(r.seg, i); ok {
				c := a.people.canon(m.name)
				return speaker{name: c, span: m.span, cue: toks[before[len(before)-1]].Span, cueText: ":", how: byColon, conf: 0.85}, true
			}
		}
	}
	// The body quotation that shares most of its words.
	best, bestScore := -1, 0.0
	for j := range a.raws {
		if !kept[j] || a.segs[a.raws[j].seg].Kind == Headline || j == qi {
			continue
		}
		if sc := overlap(ws, a.words(a.raws[j].text)); sc > bestScore {
			best, bestScore = j, sc
		}
	}
	if best >= 0 && bestScore >= 0.5 && spk[best].name != "" {
		sp := spk[best]
		sp.span, sp.cue, sp.cueText, sp.conf = Span{}, Span{}, "", 0.8
		return sp, true
	}
	// The speaker quoted most often.
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
	return speaker{name: top, conf: 0.5}, true
}

// overlap is the share of the shorter word list found in the longer.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	set := map[string]bool{}
	for _, w := range b {
		set[strings.ToLower(strings.Trim(w, ".,;:!?\"'‘’“”"))] = true
	}
	n := 0
	for _, w := range a {
		if set[strings.ToLower(strings.Trim(w, ".,;:!?\"'‘’“”"))] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
