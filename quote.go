package newsdoc

// QuoteKind says how a quotation is given.
type QuoteKind uint8

// The quote kinds.
const (
	Direct    QuoteKind = iota // words between quotation marks
	Indirect                   // reported speech: "X zei dat …", "according to X, …"
	Mixed                      // reported speech with a quoted fragment
	PullQuote                  // a pull quote block: the quotation and the speaker's name
	Headline                   // a quotation in the headline: `Rutte: "…"`
)

var quoteKindNames = [...]string{"direct", "indirect", "mixed", "pullquote", "headline"}

// String returns the kind's name as used in JSON.
func (k QuoteKind) String() string {
	if int(k) < len(quoteKindNames) {
		return quoteKindNames[k]
	}
	return "unknown"
}

// Quote is one quotation and its attribution.
type Quote struct {
	// Text is the quoted words: Source[Span.Start:Span.End], between the
	// marks for a direct quotation.
	Text string
	Span Span
	// Open and Close are the spans of the quotation marks; Close is zero
	// when the quotation is never closed.
	Open, Close Span
	Kind        QuoteKind
	// Speaker is the canonical name of who said it: the fullest form the
	// article uses. SpeakerSpan is the mention that attributes this quote
	// (a name, a pronoun or a role), zero when the speaker is unknown.
	Speaker     string
	SpeakerSpan Span
	// Cue is the word or words that introduce the quotation ("zei",
	// "voegde … toe", "according to", ":"), as written; CueSpan covers it,
	// from its first to its last word.
	Cue     string
	CueSpan Span
	// Block is the index in Article.Blocks of the block the quotation
	// starts in; -1 for the headline.
	Block int
	// Person is the index in Article.People of the speaker, or -1 when the
	// speaker is not a person the article names (an organisation, a
	// description such as "a spokeswoman", or unknown).
	Person int
	// Confidence is the parser's estimate, from 0 to 1, that the speaker
	// is right.
	Confidence float64
}

// Person is someone the article names.
type Person struct {
	// Name is the fullest form of the name the article uses: "Mark
	// Zuckerberg" when it also writes "Zuckerberg".
	Name string
	// Mentions are the spans where the article names the person (outside
	// quotations), in source order.
	Mentions []Span
}
