// Package quotes finds the quotations in a news article and who said them.
//
// It works on an article already split into segments (the headline and
// the body blocks): it pairs quotation marks (telling apostrophes and
// scare quotes from speech), then attributes each quotation from the
// reporting verbs and names around it, resolving pronouns, roles and
// continuations to the fullest name the article uses.
package quotes

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc/internal/text"
)

// Span is a half-open byte range into the article text.
type Span = text.Span

// SegKind is the kind of a segment.
type SegKind uint8

const (
	Paragraph SegKind = iota
	Subheading
	Pullquote
	Headline
	Other
	// Byline is an author line: its names are the writers', never
	// speakers, and no quotation is looked for in it.
	Byline
)

// Segment is a headline or a body block.
type Segment struct {
	Span Span
	Kind SegKind
}

// Kind is the kind of a quotation.
type Kind uint8

const (
	Direct Kind = iota
	Indirect
	Mixed
	PullQuote
	HeadlineQuote
)

// Quote is one quotation.
type Quote struct {
	Text, Open, Close Span
	Kind              Kind
	Segment           int // index into the segments passed to Find
	Speaker           string
	SpeakerSpan       Span
	Cue               string
	CueSpan           Span
	Confidence        float64
	Person            int // index of the speaker in Analyze's persons, or -1
}

// Options configures Find.
type Options struct {
	// Lang is the article's language; its base (nl, en) selects the word,
	// name and place lists and the speech classifier. language.Und applies
	// the lists of both. The cue lexicons of both languages are always
	// consulted: articles quote across languages.
	Lang language.Tag
	// Ranker chooses among the proposed speakers, Speech tells speech
	// from titles and scare quotes; nil means the models learned from the
	// annotated articles (DefaultRanker, DefaultSpeech for Lang).
	Ranker, Speech *Model
	// Trace, when set, is called with every speech quotation's candidates,
	// their features and scores: for training and for review.
	Trace func(Trace)
	// Indirect adds reported speech without quotation marks: "X zei
	// dat …", "volgens X …", "according to X, …", "…, aldus X".
	Indirect bool
}

// How a speaker was found, from strongest to weakest evidence.
type how uint8

const (
	byNone how = iota
	byFallback
	byContinuation
	byPrevSentence
	byColon
	byCue // a reporting verb or marker in the quotation's own sentence
)

type seg struct {
	Segment
	toks []tok
}

// raw is a quotation found by pairing marks, before attribution.
type raw struct {
	seg         int
	open, close Span // close zero when unclosed
	text        Span
	openTok     int // index in seg.toks of the first token of the opening mark
	closeTok    int // index of the last token of the closing mark, or len(toks)
	continues   bool
	continued   bool // this part goes on a quotation from the previous segment
}

type speaker struct {
	name    string
	span    Span
	cue     Span
	cueText string
	how     how
	kind    kind    // how the speaker is referred to
	src     source  // which generator proposed it
	conf    float64 // the ranker's probability, once chosen
	intro   string  // for a definite description, the one that introduced its head noun
	pron    byte    // for a speaker found through a pronoun, its gender: m, f or x
}

type article struct {
	src     string
	lang    string // "nl", "en" or "" for both
	segs    []seg
	raws    []raw
	lowered map[string]bool // sentence-initial words: true when also written in lower case
	people  *people
	kept    []bool // per raw quotation: judged speech
	// firstRaw maps a segment to its first raw quotation; rawSid holds
	// the sentence number each raw quotation opens in, in order (see
	// rawsInSentence).
	firstRaw    map[int]int
	top         string // the speaker quoted most often, once topDone
	topDone     bool
	rawSid      []int32
	spk         []speaker           // per raw quotation: its speaker, once attributed
	names       map[string]nameInfo // by fullest name, built on first use
	namesDone   bool                // names is built
	salient     []speaker           // the persons named most, once known
	salientDone bool                // salient is known
	salientBuf  []salientCount      // salientPersons' storage
	// persons' storage: each mention's person, each person's count
	personIdx   []int32
	personCount []int
	intros      []introDesc          // the persons introduced by a description, in order
	norm        [][]string           // per raw quotation: its words for comparing, once needed
	starts      []int32              // sentenceStart's table, once needed
	startAt     []int                // where each segment's part of starts begins
	nameFeats   map[string]int32     // by name, the index in featSlab of its features, once needed
	featSlab    [][nFeatures]float64 // nameFeats' storage
	qwords      []qwords             // per raw quotation: its words, once needed
	ctx         []int                // sentenceSpeaker's token list
	// the segments' text folded to lower case, at the offsets of the
	// source less shift[si] for segment si
	low     string
	foldBuf []byte // low's storage
	shift   []int
	// the words of quotations, for quoteWords and normWords
	wordBuf []string
	group   []mention // resolvePronoun's storage
	// the storage of the last afterContext and beforeContext
	afterBuf, beforeBuf []int
	// findRaw's buffers
	marks    []mark
	markEnds []int
	pairs    []pair
	stack    []mark
	// scratch space reused from one quotation to the next
	props  []speaker
	spare  []speaker
	cands  []cand
	scores []float64
	// the tokens of all segments, the shared tokenizer's output, and
	// where each segment's tokens end
	toks      []tok
	tokWords  []text.Token
	peopleBuf people // what people points to, kept for its storage
	ends      []int
	speech    [nSpeech]float64
	calib     [nCal]float64
	bodies    bodyScan          // salientBody's running count
	nounMemo  map[string]string // nounName's answer by noun, "" for none
	memo      wordMemo          // the answers of look-ups in several lists, by word
	common    *text.List        // the ordinary words of the article's language, if it has a list
	// persons' index of a person by name, for an article of more than
	// personScan persons (byPersonAt), until AnalyzeInto has set the
	// quotations'
	personAt   map[string]int
	byPersonAt bool
	// the age set off after each person's first aged mention, and the
	// first person given each age, once needed (see ages)
	ageOf, agedOf map[string]string
	agesDone      bool
}

// Find returns the quotations of an article whose text is src. segs are
// its headline and body blocks in reading order; a quotation's Segment is
// its index in segs.
func Find(src string, segs []Segment, o Options) []Quote {
	qs, _ := Analyze(src, segs, o)
	return qs
}

// Person is someone the article names: the fullest form of the name and
// the span of every mention outside quotations, in source order.
type Person struct {
	Name     string
	Mentions []Span
}

// Analyze is Find that also returns the persons the article names. A
// quotation whose speaker is one of them has Person set to its index.
func Analyze(src string, segs []Segment, o Options) ([]Quote, []Person) {
	var r Result
	AnalyzeInto(&r, src, segs, o)
	return r.Quotes, r.Persons
}

// Result holds what AnalyzeInto finds, in storage the caller keeps from
// one article to the next: a caller that copies the results out (into
// its own types) parses a corpus without allocating them anew.
type Result struct {
	Quotes  []Quote
	Persons []Person
	spans   []Span // the storage of every person's Mentions
}

// AnalyzeInto is Analyze writing into r, whose slices it reuses: what r
// held before is overwritten.
func AnalyzeInto(r *Result, src string, segs []Segment, o Options) {
	a := articlePool.Get().(*article)
	defer articlePool.Put(a)
	a.prepare(src, segs, o.Lang)
	rk, sm := o.Ranker, o.Speech
	if rk == nil {
		rk = DefaultRanker()
	}
	if sm == nil {
		sm = DefaultSpeech(a.lang)
	}
	qs := a.attribute(rk, sm, o.Trace, r.Quotes[:0])
	a.nameIntroduced(qs)
	if o.Indirect {
		qs = a.indirect(qs)
	}
	people, spans := a.persons(r.Persons[:0], r.spans[:0])
	for i := range qs {
		qs[i].Person = a.personIndex(people, qs[i].Speaker)
	}
	if a.byPersonAt {
		clear(a.personAt) // no string of this article outlives it in the pooled article
		a.byPersonAt = false
	}
	r.Quotes, r.Persons, r.spans = qs, people, spans
}

// prepare sets a up for the article src: its tokens, raw quotations and
// the persons it names, all that attribution reads.
func (a *article) prepare(src string, segs []Segment, lang language.Tag) {
	a.reset(src)
	if lang != language.Und {
		base, _ := lang.Base()
		a.lang = base.String()
		a.common = generated().common[a.lang]
	}
	for _, s := range segs {
		a.segs = append(a.segs, seg{Segment: s})
	}
	a.tokenize()
	a.findRaw()
	a.markTokens()
	a.findLowered()
	a.markNames()
	for qi, r := range a.raws {
		if _, ok := a.firstRaw[r.seg]; !ok {
			a.firstRaw[r.seg] = qi
		}
		a.rawSid = append(a.rawSid, a.segs[r.seg].toks[r.openTok].sid)
	}
	a.people = findPeople(a)
	a.findIntros()
}

// rawsInSentence returns the range [from, to) of the raw quotations that
// open in sentence sid: raws are in reading order, and so are sentences.
func (a *article) rawsInSentence(sid int) (from, to int) {
	from = sort.Search(len(a.rawSid), func(i int) bool { return int(a.rawSid[i]) >= sid })
	to = from
	for to < len(a.rawSid) && int(a.rawSid[to]) == sid {
		to++
	}
	return from, to
}

// articlePool keeps articles for their buffers: most of what Analyze
// allocates is scratch whose size the next article needs again. A pooled
// article keeps its last text reachable until it is used again: one
// article per processor, a bounded cost.
var articlePool = sync.Pool{New: func() any { return new(article) }}

// reset empties a for the article src, keeping the storage of its slices
// and maps.
func (a *article) reset(src string) {
	// The maps keyed by words of the last article's folded text go
	// before tokenize writes the next one over it.
	a.peopleBuf.reset()
	clear(a.lowered)
	clear(a.names)
	clear(a.nameFeats)
	clear(a.firstRaw)
	clear(a.bodies.counts)
	clear(a.nounMemo)
	clear(a.ageOf)
	clear(a.agedOf)
	*a = article{
		src:         src,
		segs:        a.segs[:0],
		raws:        a.raws[:0],
		lowered:     a.lowered,
		firstRaw:    a.firstRaw,
		rawSid:      a.rawSid[:0],
		props:       a.props[:0],
		spare:       a.spare[:0],
		cands:       a.cands[:0],
		scores:      a.scores[:0],
		toks:        a.toks[:0],
		tokWords:    a.tokWords[:0],
		qwords:      a.qwords[:0],
		peopleBuf:   a.peopleBuf, // reset above
		ends:        a.ends[:0],
		kept:        a.kept[:0],
		spk:         a.spk[:0],
		ctx:         a.ctx[:0],
		salient:     a.salient[:0],
		salientBuf:  a.salientBuf[:0],
		personIdx:   a.personIdx[:0],
		personCount: a.personCount[:0],
		names:       a.names,
		intros:      a.intros[:0],
		nameFeats:   a.nameFeats,
		featSlab:    a.featSlab[:0],
		starts:      a.starts[:0],
		startAt:     a.startAt[:0],
		afterBuf:    a.afterBuf[:0],
		group:       a.group[:0],
		beforeBuf:   a.beforeBuf[:0],
		shift:       a.shift[:0],
		foldBuf:     a.foldBuf[:0],
		wordBuf:     a.wordBuf[:0],
		norm:        a.norm[:0],
		marks:       a.marks[:0],
		markEnds:    a.markEnds[:0],
		pairs:       a.pairs[:0],
		stack:       a.stack[:0],
		bodies:      bodyScan{counts: a.bodies.counts},
		nounMemo:    a.nounMemo,
		memo:        a.memo,
		ageOf:       a.ageOf,
		agedOf:      a.agedOf,
	}
	a.memo.next()
	if a.lowered == nil {
		a.lowered, a.firstRaw = map[string]bool{}, map[int]int{}
	}
}

// personScan is the number of persons up to which a search of the list
// costs less than a map, which allocates.
const personScan = 32

// personIndex returns the index of the person named name in out, the
// persons found so far, or -1.
func (a *article) personIndex(out []Person, name string) int {
	if a.byPersonAt {
		if i, ok := a.personAt[name]; ok {
			return i
		}
		return -1
	}
	return slices.IndexFunc(out, func(p Person) bool { return p.Name == name })
}

// persons groups the person mentions by their fullest name, in the order
// the article first names them, appending to out; spans is the storage
// their Mentions share, returned for the next article.
func (a *article) persons(out []Person, spans []Span) ([]Person, []Span) {
	// Two passes: each mention's person and the count of each person's
	// mentions, then one array of spans that every person's Mentions is
	// a part of.
	idx, count := a.personIdx[:0], a.personCount[:0]
	a.byPersonAt = false
	for _, m := range a.people.mentions {
		if !a.people.isPerson(m) {
			idx = append(idx, -1)
			continue
		}
		name := a.people.canon(m.name)
		i := a.personIndex(out, name)
		if i < 0 {
			i = len(out)
			out = append(out, Person{Name: name})
			count = append(count, 0)
			if a.byPersonAt {
				a.personAt[name] = i
			} else if len(out) > personScan {
				// Many persons: a map from here on, so that an article
				// of thousands stays linear.
				if a.personAt == nil {
					a.personAt = map[string]int{}
				}
				for j, p := range out {
					a.personAt[p.Name] = j
				}
				a.byPersonAt = true
			}
		}
		idx = append(idx, int32(i))
		count[i]++
	}
	a.personIdx, a.personCount = idx, count
	if len(out) == 0 {
		return out, spans
	}
	total := 0
	for _, n := range count {
		total += n
	}
	spans = slices.Grow(spans[:0], total)
	for i := range out {
		out[i].Mentions = spans[len(spans) : len(spans) : len(spans)+count[i]]
		spans = spans[:len(spans)+count[i]]
	}
	for k, m := range a.people.mentions {
		if i := idx[k]; i >= 0 {
			out[i].Mentions = append(out[i].Mentions, m.span)
		}
	}
	return out, spans
}

// findLowered records which sentence-initial capitalised words the article
// also writes in lower case ("Volgens" and "volgens"): those are ordinary
// words, not names. Only those words are looked up, to keep it cheap.
func (a *article) findLowered() {
	// The first byte and length of the words looked for: most lower-case
	// words match no such pair and are passed without a map look-up.
	var seen [256]uint64
	for _, s := range a.segs {
		for _, t := range s.toks {
			if t.sent && t.cap && !t.punct && t.lower != "" {
				a.lowered[t.lower] = false
				seen[t.lower[0]] |= 1 << (len(t.lower) & 63)
			}
		}
	}
	if len(a.lowered) == 0 {
		return
	}
	for _, s := range a.segs {
		for _, t := range s.toks {
			if !t.cap && !t.punct && t.lower != "" && seen[t.lower[0]]&(1<<(len(t.lower)&63)) != 0 {
				if was, ok := a.lowered[t.lower]; ok && !was {
					a.lowered[t.lower] = true // once a word: "de" recurs
				}
			}
		}
	}
}

// findRaw pairs the marks of every segment. A quotation left open at the
// end of a paragraph goes on when the next paragraph opens with a mark of
// the same family (each paragraph reopens, only the last closes).
func (a *article) findRaw() {
	// Every segment's marks in one buffer; segment si's are
	// a.marks[a.markEnds[si-1]:a.markEnds[si]].
	a.marks, a.markEnds = a.marks[:0], a.markEnds[:0]
	for _, s := range a.segs {
		a.marks = scanMarks(a.marks, a.src, s.Span.Start, s.Span.End)
		a.markEnds = append(a.markEnds, len(a.marks))
	}
	marksOf := func(si int) []mark {
		from := 0
		if si > 0 {
			from = a.markEnds[si-1]
		}
		return a.marks[from:a.markEnds[si]]
	}
	carry := false
	for si := range a.segs {
		s := &a.segs[si]
		ms := marksOf(si)
		pairs, open := pairMarks(ms, a.pairs[:0], a.stack)
		a.pairs, a.stack = pairs, open
		startCarry := carry && len(ms) > 0 && ms[0].role&opens != 0 && ms[0].Start == s.Span.Start
		carry = false
		first := len(a.raws) // this segment's quotations go on a.raws
		for _, p := range pairs {
			if p.depth > 0 {
				continue // nested in another quotation: part of its text
			}
			a.raws = append(a.raws, raw{seg: si, open: p.open, close: p.close, text: Span{Start: p.open.End, End: p.close.Start}})
		}
		if len(open) > 0 && s.Kind != Headline {
			o := open[0]
			end := s.Span.End
			r := raw{seg: si, open: o.Span, text: Span{Start: o.End, End: end}}
			next := si + 1
			if next < len(a.segs) && a.segs[next].Kind == Paragraph {
				nm := marksOf(next)
				if len(nm) > 0 && nm[0].Start == a.segs[next].Span.Start && nm[0].fam == o.fam && nm[0].role&opens != 0 {
					r.continues = true
					carry = true
				}
			}
			if r.continues || atLeastWords(a.src[r.text.Start:r.text.End], 3) {
				a.raws = append(a.raws, r)
			}
		}
		// Keep source order.
		rs := a.raws[first:]
		sortRaws(rs)
		if startCarry && len(rs) > 0 && rs[0].open.Start == s.Span.Start {
			rs[0].continued = true
		}
		for i := range rs {
			rs[i].text = trimText(a.src, rs[i].text)
		}
	}
}

func sortRaws(rs []raw) {
	slices.SortFunc(rs, func(x, y raw) int { return x.open.Start - y.open.Start })
}

// trimText narrows a quotation's text to exclude surrounding white space.
func trimText(src string, s Span) Span {
	t := src[s.Start:s.End]
	l := len(t) - len(strings.TrimLeft(t, " \t\r\n\u00a0"))
	r := len(strings.TrimRight(t, " \t\r\n\u00a0"))
	if r < l {
		return Span{Start: s.Start, End: s.Start}
	}
	return Span{Start: s.Start + l, End: s.Start + r}
}

// markTokens records which tokens are marks and which lie inside a
// quotation, and where sentences start.
func (a *article) markTokens() {
	// Raws are in segment order, and within a segment in source order:
	// one walk over each segment's tokens marks them all.
	for qi := 0; qi < len(a.raws); {
		si := a.raws[qi].seg
		qe := qi
		for qe < len(a.raws) && a.raws[qe].seg == si {
			qe++
		}
		toks := a.segs[si].toks
		for q := qi; q < qe; q++ {
			a.raws[q].openTok, a.raws[q].closeTok = -1, len(toks)
		}
		q := qi
		for ti := range toks {
			t := &toks[ti]
			for q < qe && !a.raws[q].close.IsZero() && t.Start >= a.raws[q].close.End {
				q++
			}
			if q >= qe {
				break
			}
			r := &a.raws[q]
			switch {
			case t.Start >= r.open.Start && t.End <= r.open.End:
				t.mark = true
				if r.openTok < 0 {
					r.openTok = ti
				}
			case !r.close.IsZero() && t.Start >= r.close.Start && t.End <= r.close.End:
				t.mark, t.shut = true, true
				r.closeTok = ti
			case t.Start >= r.open.End && (r.close.IsZero() || t.End <= r.close.Start):
				t.quote = int32(q + 1)
			}
		}
		for q := qi; q < qe; q++ {
			if a.raws[q].openTok < 0 {
				a.raws[q].openTok = 0
			}
		}
		qi = qe
	}
	var sid int32
	for si := range a.segs {
		toks := a.segs[si].toks
		start := true
		sid++
		for ti := range toks {
			t := &toks[ti]
			t.sid = sid
			if t.punct {
				if (t.text == "’" || t.text == "'") && !t.mark && ti > 0 && ti+1 < len(toks) {
					if w, n := &toks[ti-1], toks[ti+1]; w.End == t.Start && !w.punct && strings.HasSuffix(w.lower, "s") && n.Start > t.End && !n.punct && !n.cap && !n.mark {
						w.poss = true
					}
				}
				if isSentenceEnd(*t) && t.quote == 0 {
					start = true
					sid++
				}
				if t.text == ":" {
					start = true // "Zuckerberg: Het …" starts anew, same sentence
				}
				// A quotation that ends its sentence inside the marks,
				// followed by a capital: "…jaar.’ Burgemeester X …".
				if t.shut && ti > 0 && isSentenceEnd(toks[ti-1]) {
					// Past a doubled closing mark: "…election.’’ Critically".
					n := ti + 1
					for n < len(toks) && n < ti+3 && toks[n].punct && isMarkText(toks[n].text) {
						n++
					}
					if n < len(toks) && toks[n].cap && !toks[n].punct && toks[n].quote == 0 {
						start = true
						sid++
					}
				}
				continue
			}
			if ti > 0 && toks[ti-1].mark && t.quote != 0 && (ti < 2 || toks[ti-2].quote == 0) {
				start = true // the first word of a quotation
			}
			t.sent = start
			start = false
		}
	}
}
