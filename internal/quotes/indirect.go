package quotes

import "sort"

// indirect adds reported speech without quotation marks to qs: a sentence
// whose reporting clause introduces a content clause ("X zei dat …", "X said
// (that) …"), opens with "volgens X" or "according to X," or ends with ",
// aldus X". The content runs to the end of the sentence. A content clause
// that holds a quotation is kind Mixed.
func (a *article) indirect(qs []Quote) []Quote {
	var out []Quote
	for si, s := range a.segs {
		if s.Kind != Paragraph {
			continue
		}
		toks := s.toks
		for from := 0; from < len(toks); {
			to := from
			for to < len(toks) && toks[to].sid == toks[from].sid {
				to++
			}
			if q, ok := a.reported(si, from, to); ok {
				for _, d := range qs {
					if d.Text.Start >= q.Text.Start && d.Text.End <= q.Text.End+1 && d.Segment == si {
						q.Kind = Mixed
					}
				}
				out = append(out, q)
			}
			from = to
		}
	}
	if len(out) == 0 {
		return qs
	}
	qs = append(qs, out...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Text.Start < qs[j].Text.Start })
	return qs
}

// reported looks for reported speech in the sentence toks[from:to].
func (a *article) reported(si, from, to int) (Quote, bool) {
	toks := a.segs[si].toks
	// The sentence must stand outside quotation marks.
	for i := from; i < to; i++ {
		if toks[i].mark && toks[i].quote == 0 && i == from {
			return Quote{}, false
		}
	}
	end := to
	for end > from && (toks[end-1].punct && toks[end-1].quote == 0) {
		end-- // the final full stop is not said
	}
	content := func(i int) (Span, bool) {
		if i >= end {
			return Span{}, false
		}
		sp := Span{Start: toks[i].Start, End: toks[end-1].End}
		return sp, atLeastWords(a.src[sp.Start:sp.End], 3)
	}
	var ctx []int
	for i := from; i < to; i++ {
		if toks[i].quote == 0 && !toks[i].mark {
			ctx = append(ctx, i)
		}
	}
	r := raw{seg: si, open: Span{Start: toks[from].Start, End: toks[from].Start}}
	mk := func(text Span, sp speaker, cue Span, cueText string) Quote {
		return Quote{Text: text, Kind: Indirect, Segment: si, Speaker: sp.name, SpeakerSpan: sp.span,
			Cue: cueText, CueSpan: cue, Confidence: sp.conf}
	}
	for k, ti := range ctx {
		t := toks[ti]
		// "volgens X …" / "according to X, …" at the start.
		if k == 0 || k == 1 && toks[ctx[0]].punct {
			if n := a.markerAt(si, ctx, k); n > 0 {
				// The content starts after the speaker (and a comma).
				sp, ok := a.markerSpeaker(si, ctx[k+n:], r)
				i := k + n
				for ok && i < len(ctx) && toks[ctx[i]].End <= sp.span.End {
					i++
				}
				if i < len(ctx) && toks[ctx[i]].text == "," {
					i++
				}
				if ok && !sp.span.IsZero() && i < len(ctx) {
					if text, ok := content(ctx[i]); ok {
						cue := Span{Start: t.Start, End: toks[ctx[k+n-1]].End}
						return mk(text, sp, cue, a.src[cue.Start:cue.End]), true
					}
				}
			}
		}
		// "…, betoogde Kaag." / "…, she said.": a reporting clause closing
		// the sentence after a comma.
		if cues, ok := a.cueAt(si, ctx, k); ok && k > 1 && k+1 < len(ctx) && toks[ctx[k-1]].text == "," && !lex().after.has(t.lower) &&
			a.namesSomeone(si, ctx[k+1]) {
			sp, ok := a.npSpeaker(si, ctx[k+1:], r)
			// Only a short adjunct may follow the speaker: "…, betoogde
			// Kaag in haar toespraak."
			rest := 0
			for _, i := range ctx[k+1:] {
				if toks[i].Start >= sp.span.End && !isSentenceEnd(toks[i]) {
					rest++
				}
			}
			if ok && sp.name != "" && rest <= 3 {
				text := Span{Start: toks[ctx[0]].Start, End: toks[ctx[k-2]].End}
				if atLeastWords(a.src[text.Start:text.End], 3) {
					cue, cueText := a.cueSpan(si, t, cues, ctx[k+1:])
					return mk(text, sp, cue, cueText), true
				}
			}
		}
		// "… is volgens haar een vereiste …": the whole sentence is
		// reported.
		if k > 0 && lex().before.has(t.lower) && t.lower != "naar" {
			if sp, ok := a.markerSpeaker(si, ctx[k+1:], r); ok && sp.name != "" {
				if text, ok := content(ctx[0]); ok {
					return mk(text, sp, t.Span, t.text), true
				}
			}
		}
		// "…, aldus X."
		if lex().after.has(t.lower) && k > 1 && toks[ctx[k-1]].text == "," {
			if sp, ok := a.npSpeaker(si, ctx[k+1:], r); ok {
				text := Span{Start: toks[ctx[0]].Start, End: toks[ctx[k-2]].End}
				if atLeastWords(a.src[text.Start:text.End], 3) {
					return mk(text, sp, t.Span, t.text), true
				}
			}
		}
		// "X zei dat …", "X said (that) …".
		// A cue that introduces a direct quotation too may head a content
		// clause around it: "X zei dat het plan ‘een ramp’ is" (mixed).
		cues, ok := a.cueAt(si, ctx, k)
		if !ok || k+1 >= len(ctx) {
			continue
		}
		next := toks[ctx[k+1]]
		thatAt := -1
		if isClause(next.lower, clauseComplement) {
			thatAt = k + 1
		}
		if thatAt < 0 {
			continue
		}
		sp, ok := a.clauseSpeaker(si, ctx[:k+1], r)
		if !ok || sp.name == "" {
			continue
		}
		if text, ok := content(ctx[thatAt+1]); ok {
			cue, cueText := a.cueSpan(si, t, cues, ctx[k+1:])
			return mk(text, sp, cue, cueText), true
		}
	}
	return Quote{}, false
}

// objectPronouns maps an object pronoun to the sex of whom it stands
// for: m, f, x, or '-' for no person (lexicon/objects.txt).
var objectPronouns = func() map[string]byte {
	m := map[string]byte{}
	for _, e := range entries("objects.txt") {
		m[e[0]] = e[1][0]
	}
	return m
}()

// markerSpeaker resolves the speaker after "volgens" or "according to".
func (a *article) markerSpeaker(si int, np []int, r raw) (speaker, bool) {
	toks := a.segs[si].toks
	if len(np) > 0 {
		t := toks[np[0]]
		if g, ok := objectPronouns[t.lower]; ok && g != '-' {
			return a.resolvePronoun(si, np[0], g)
		}
	}
	if len(np) >= 3 && isDeterminer(toks[np[0]].lower) && !toks[np[1]].cap && (isRole(toks[np[1]].lower) || a.personNoun(toks[np[1]].lower)) {
		// "Volgens de advocaat reed K. …": the source is the article
		// and its noun; the clause's verb and subject follow.
		if n := toks[np[2]]; !n.cap && !n.punct && n.quote == 0 && !postmod.has(n.lower) && !affiliation.has(n.lower) && !relative.has(n.lower) && !orgJoin.has(n.lower) && !placePrep.has(n.lower) && np[2] == np[1]+1 {
			np = np[:2]
		}
	}
	return a.npSpeaker(si, np, r)
}

// namesSomeone reports whether token i of segment si starts a speaker: a
// pronoun, a name, or a determiner ("de minister").
func (a *article) namesSomeone(si, i int) bool {
	t := a.segs[si].toks[i]
	if _, ok := lex().pronouns.get(t.lower); ok {
		return true
	}
	_, named := a.people.mentionAt(si, i)
	return named || isDeterminer(t.lower) || isRole(t.lower)
}
