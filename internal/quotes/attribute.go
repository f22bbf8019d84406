package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/text"
)

// attribute decides which raw quotations are speech and finds their
// speakers, in reading order so that continuations can look back. For
// each quotation the generators propose speakers (propose, echoProposals)
// and the ranker chooses among them (choose). The quotations kept are
// appended to out.
func (a *article) attribute(rk, sm *Model, trace func(Trace), out []Quote) []Quote {
	var last *speaker  // the speaker of the last quotation kept
	var lastSp speaker // what last points to
	lastSeg := -10
	a.kept = append(a.kept[:0], make([]bool, len(a.raws))...)
	a.spk = append(a.spk[:0], make([]speaker, len(a.raws))...)
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
			lastSp = sp
			last, lastSeg = &lastSp, r.seg
		}
	}
	a.echoBlocks(kept, spk)
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

// echoBlocks gives a quotation that is a block of its own, with no
// reporting clause, the speaker of a longer quotation near it that says
// the same: a teaser set above the passage it repeats ("“Ik schoot
// overeind van de bank.”" over "Iemand die tegenover woont: “Ik hoorde
// boem en schoot overeind van de bank. …”"). Words said are one
// speaker's wherever they are repeated.
func (a *article) echoBlocks(kept []bool, spk []speaker) {
	for qi, r := range a.raws {
		s := a.segs[r.seg]
		// A block that is all quotation has no reporting clause of its
		// own; a colon ending the block before it is one.
		if !kept[qi] || spk[qi].src == srcColonBlock || s.Kind != Paragraph || r.open.Start != s.Span.Start || r.close.IsZero() || r.close.End < s.Span.End-1 {
			continue
		}
		ws := a.normWords(qi)
		if len(ws) < 3 {
			continue
		}
		for j := qi - 3; j <= qi+3; j++ {
			if j < 0 || j >= len(a.raws) || j == qi || !kept[j] || spk[j].name == "" || !a.ownCue(j, spk[j]) {
				continue
			}
			if wj := a.normWords(j); len(wj) > len(ws) && overlap(ws, wj) >= 0.8 {
				sp := spk[j]
				sp.span, sp.cue, sp.cueText, sp.src = Span{}, Span{}, "", srcEcho
				spk[qi] = sp
				break
			}
		}
	}
}

// ownCue reports whether the speaker of body quotation qi comes with a
// reporting clause in the quotation's own block.
func (a *article) ownCue(qi int, sp speaker) bool {
	s := a.segs[a.raws[qi].seg]
	return s.Kind == Paragraph && !sp.cue.IsZero() && sp.cue.Start >= s.Span.Start && sp.cue.End <= s.Span.End
}

func (a *article) firstRawIn(si int) int {
	if i, ok := a.firstRaw[si]; ok {
		return i
	}
	return -1
}

// quoteWords returns the words of the quotation qi, whose text is s. The
// speech test, its features and the echo test all ask for them: they are
// split once per quotation. Callers do not write to them.
func (a *article) quoteWords(qi int, s Span) []string {
	return a.qwordsOf(qi, s).ws
}

// qwordsOf returns the words of quotation qi's span s, worked out once.
func (a *article) qwordsOf(qi int, s Span) *qwords {
	if len(a.qwords) != len(a.raws) {
		a.qwords = append(a.qwords[:0], make([]qwords, len(a.raws))...)
	}
	c := &a.qwords[qi]
	if c.ws == nil || c.span != s {
		// The words of all quotations share one buffer; each keeps its
		// own part, capped so that no append reaches the next.
		from := len(a.wordBuf)
		a.wordBuf = text.FieldsInto(a.wordBuf, a.src[s.Start:s.End])
		c.span, c.ws, c.title = s, a.wordBuf[from:len(a.wordBuf):len(a.wordBuf)], 0
	}
	return c
}

// quoteTitleCase is titleCase of quoteWords(qi, s), worked out once: the
// speech rules and the speech model both ask it of each quotation.
func (a *article) quoteTitleCase(qi int, s Span) bool {
	c := a.qwordsOf(qi, s)
	if c.title == 0 {
		c.title = 1
		if titleCase(c.ws) {
			c.title = 2
		}
	}
	return c.title == 2
}

// qwords is quoteWords' answer for one quotation.
type qwords struct {
	span  Span
	ws    []string
	title uint8 // quoteTitleCase: 0 not worked out, 1 no, 2 yes
}

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
	ws := a.quoteWords(qi, r.text)
	if r.continued || r.continues {
		return true
	}
	if a.quoteTitleCase(qi, r.text) && sp.how < byCue {
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

// titleOpener reports whether r may open a title's word before its
// first letter: a bracket or an opening quotation mark. (A func for
// strings.TrimLeftFunc: strings.TrimLeft with these typographic marks
// in its cut set took its slow path for every word.)
func titleOpener(r rune) bool {
	switch r {
	case '(', '"', '\'', '‘', '“':
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
		w = strings.TrimLeftFunc(w, titleOpener)
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue // punctuation standing alone
		}
		// Titles leave their short function words in lower case:
		// "Dancing with the Stars".
		if i > 0 && functionWords.has(w) {
			continue
		}
		words++
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return caps*3 >= words*2 && caps >= 2
}

// Naming verbs that report speech after a subject (lexicon/namers.txt),
// and the words before them that make them name a thing instead
// (lexicon/passive.txt).
var (
	namers  = wordSet("namers.txt")
	passive = wordSet("passive.txt")
)

// works holds the nouns for a titled work (lexicon/works.txt).
var works = wordSet("works.txt")

// knownAs holds the participles that name what follows "as" or "als"
// after them (lexicon/knownas.txt).
var knownAs = wordSet("knownas.txt")

// namingBefore reports whether the words before the quotation introduce a
// name or term: "known as the", "a process called", "de zogenaamde", "de
// bijnaam", "het volkslied", "Haar bekendste doek,".
func (a *article) namingBefore(r raw) bool {
	toks := a.segs[r.seg].toks
	i := r.openTok - 1
	for i >= 0 && !toks[i].punct && articles.has(toks[i].lower) {
		i--
	}
	if i > 0 && toks[i].text == "," && works.has(toks[i-1].lower) {
		return true // "Haar bekendste doek, “…”": a work's title set beside it
	}
	if i < 0 || toks[i].punct {
		return false
	}
	w := toks[i].lower
	if w == "as" || w == "als" {
		// "known as", also with a few words between: "still known in
		// Canberra as “the Bulldozer”", "bij vrienden bekend als".
		for k := i - 1; k >= 0 && k >= i-4 && !toks[k].punct; k-- {
			if knownAs.has(toks[k].lower) {
				return true
			}
		}
	}
	if works.has(w) {
		// "het volkslied „…”", not the object of a reporting verb: "X
		// called the film “lovingly made but overlong”" judges it.
		j := i - 1
		for j >= 0 && !toks[j].punct && articles.has(toks[j].lower) {
			j--
		}
		return j < 0 || j == i-1 || lex().cues.at(toks[j].lower) == nil
	}
	if pseudonym.has(w) {
		return true // "de bijnaam „de Monteur”", "the nickname 'Coach B'"
	}
	if !lex().naming.has(w) {
		return false
	}
	if namers.has(w) {
		// "Smith called it 'absurd'" is speech; "was called", "a process
		// called" name a thing.
		if i == 0 {
			return true
		}
		p := toks[i-1]
		if passive.has(p.lower) {
			return true
		}
		_, object := objectPronouns[p.lower]
		return !(p.cap || lex().pronouns.at(p.lower) != 0 || object)
	}
	return true
}
