package quotes

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// The features of a quotation for the speech classifier, which tells
// quoted speech from titles, names, terms and scare quotes.
const (
	sBias         = iota // always 1
	sRules               // the rules' decision (isSpeech)
	sWords               // log(1 + words)
	sShort               // fewer than four words
	sOneWord             // one word
	sCue                 // a reporting verb or marker in its sentence introduces it
	sColon               // a colon introduces it
	sCarry               // the speaker goes on from the sentence or quotation before
	sNoSpeaker           // no speaker proposed
	sWhole               // a whole sentence: a capital first, a full stop last
	sTitle               // most words capitalised: a title or a name
	sNaming              // "known as", "de zogenaamde" before it
	sCapital             // it starts with a capital
	sEndMark             // it ends with . ! ? or ,
	sGoesOn              // it runs over a paragraph break
	sUnclosed            // no closing mark in its block
	sBlock               // it is its block, or nearly
	sMidSentence         // a word of the sentence stands right before it
	sAfterDet            // an article or determiner stands right before it
	sNoLetters           // hardly a letter in lower case: "DWTS", "COVID-19"
	sUnattributed        // a short phrase inside a sentence that no cue or colon attributes
	sPartialWord         // one word inside a sentence: "called it 'absurd'"
	sUtterance           // a capital first, a mark last, standing on its own: "No," he said
	sCoordinated         // it follows another quotation with "and" or a comma between
	nSpeech
)

var speechNames = [nSpeech]string{"bias", "rules", "words", "short", "one_word", "cue", "colon", "carry", "no_speaker",
	"whole", "title", "naming", "capital", "end_mark", "goes_on", "unclosed", "block", "mid_sentence", "after_det", "no_letters",
	"unattributed", "partial_word", "utterance", "coordinated"}

// SpeechNames returns the names of the speech features, in the order of
// Trace.Speech and of the classifier's weights.
func SpeechNames() []string { return speechNames[:] }

// speechFeatures describes a body quotation whose strongest proposed
// speaker is lead, in the article's scratch space.
func (a *article) speechFeatures(qi int, r raw, lead speaker) []float64 {
	f := a.speech[:]
	clear(f)
	f[sBias] = 1
	f[sRules] = b2f(a.isSpeech(qi, r, lead))
	text := a.src[r.text.Start:r.text.End]
	ws := a.quoteWords(qi, r.text)
	f[sWords] = math.Log1p(float64(len(ws)))
	f[sShort] = b2f(len(ws) < 4)
	f[sOneWord] = b2f(len(ws) == 1)
	f[sCue] = b2f(lead.how == byCue)
	f[sColon] = b2f(lead.how == byColon)
	f[sCarry] = b2f(lead.how == byContinuation || lead.how == byPrevSentence)
	f[sNoSpeaker] = b2f(lead.name == "")
	f[sWhole] = b2f(a.wholeSentence(r))
	f[sTitle] = b2f(a.quoteTitleCase(qi, r.text))
	f[sNaming] = b2f(a.namingBefore(r))
	f[sCapital] = b2f(a.startsSentence(r))
	if text != "" {
		switch text[len(text)-1] {
		case '.', '!', '?', ',':
			f[sEndMark] = 1
		}
	}
	f[sGoesOn] = b2f(r.continued || r.continues)
	f[sUnclosed] = b2f(r.close.IsZero())
	s := a.segs[r.seg].Span
	f[sBlock] = b2f(r.text.End-r.text.Start+12 >= s.End-s.Start)
	toks := a.segs[r.seg].toks
	if i := r.openTok - 1; i >= 0 && i < len(toks) && !toks[i].punct && toks[i].quote == 0 {
		f[sMidSentence] = 1
		f[sAfterDet] = b2f(isDeterminer(toks[i].lower))
	}
	lower, letters := 0, 0
	for i := 0; i < len(text); {
		if c := text[i] | 0x20; text[i] < utf8.RuneSelf {
			// ASCII without the unicode tables: a letter is a-z once
			// folded, and lower case when folding left it as it was.
			if c >= 'a' && c <= 'z' {
				letters++
				if text[i] == c {
					lower++
				}
			}
			i++
			continue
		}
		c, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsLower(c) {
				lower++
			}
		}
		i += n
	}
	f[sNoLetters] = b2f(lower*4 < letters || letters == 0)
	f[sUnattributed] = f[sShort] * f[sMidSentence] * (1 - f[sCue]) * (1 - f[sColon])
	f[sPartialWord] = f[sOneWord] * f[sMidSentence]
	f[sUtterance] = f[sCapital] * f[sEndMark] * (1 - f[sMidSentence])
	// `called it "null and void" and "ridiculous"`: the second is said
	// as the first was.
	if i := r.openTok - 1; i >= 1 && i < len(toks) && (isConj(toks[i].lower) || toks[i].text == ",") && toks[i-1].shut {
		f[sCoordinated] = 1
	}
	return f
}

// speechThreshold is the probability from which a quotation is speech.
// Cross-validated quote F1 hardly moved between 0.5 and 0.7 (0.958–0.960
// English, 0.961–0.967 Dutch; see the closing note of issue 8): a little
// above one half, because a scare quote taken for speech puts words in
// someone's mouth, while short whole sentences ("Believe me.") still pass.
const speechThreshold = 0.6
