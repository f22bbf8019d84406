// Package newsdoc parses plain-text Dutch and English news articles, as
// they come out of archives, scrapers and press databases, into structured
// documents: headline, authors, publication date at the precision the
// source gives, section, the body as blocks, and the quotations in it.
//
// # Articles
//
// [Parse] reads the first article of an input; [Parser.Articles] yields
// every article of an input that holds several. The zero [Parser] detects
// the layout and the language:
//
//	a, err := newsdoc.Parse(src)
//	fmt.Println(a.Headline.Text, a.Published, a.Section.Text)
//
// Layouts (named in [Article.Format]), told apart by scoring markers of
// each; [Parser.Format] forces one:
//
//   - "dump": a header line " date YYYY-MM <headline> <authors>", a date
//     line ("05 april 2018"), an optional meta line "<time> [count]
//     <section>" on its own line or running into the first paragraph
//     ("00u54 2 Internet Mark Zuckerberg, …"), then blocks separated by
//     blank lines. A file may hold many such articles, one after another.
//   - "lexisnexis": LexisNexis "classic" TXT exports ("3 of 10 DOCUMENTS",
//     BYLINE, SECTION, LENGTH, LOAD-DATE, … in English, Dutch, German or
//     French labels, with a cover page).
//   - "nexis": Nexis Uni exports as text ("Length:", "Byline:", "Body",
//     "End of Document").
//   - "mediargus": Mediargus TXT, a table of contents followed by the
//     articles; each entry is checked against its article.
//   - "labelled": "Title:"/"Titel:", "Date:"/"Datum:", "Author:"/"Door"
//     header lines, then the body.
//   - "plain": a headline line, a date line in any form, then the body.
//   - "text": anything else, read as a sequence of blocks; a first line
//     shaped like a heading is the headline, and a "Door"/"By" line
//     after it the byline.
//
// # Containers
//
// Input that is not text is recognised by its magic bytes or root element
// and read by a container reader first; [Article.Format] then names the
// container and the layout, as in "docx/nexis":
//
//   - "docx": a Word document (a zip with word/document.xml), such as a
//     Nexis Uni export. Its paragraphs, with runs joined and tabs and line
//     breaks kept, become lines of text; page breaks cut the documents,
//     which a text layout above (usually "nexis") parses; hyperlink
//     targets are kept as "link" meta values.
//   - "xml/gopress": GoPress Academic XML (articles.published). The
//     pubdate, always midnight, is read as a day.
//   - "xml/nitf": NITF 3.x (hedline, byline, dateline, docdata and
//     pubdata dates, body.content p/hl2/bq, keywords).
//   - "rtf/gopress": a GoPress Academic RTF article (title, "Outlet* -
//     date - page", section, italic lead, paragraphs, author line); other
//     RTF is "rtf/text".
//   - "html/jsonld", "html/opengraph", "html/page": a web page, with its
//     metadata from NewsArticle JSON-LD, from OpenGraph and meta tags, or
//     from the page alone; the body from the main content, without
//     navigation, related links, captions or comments, which are kept as
//     meta values.
//
// Their meta keys: outlet, publisher, page, edition, issue, pubdate,
// lead, byline, authortagline (GoPress); doc_id, keyword, dateline,
// subtitle, tagline, date_issue, date_release (NITF); link (DOCX
// hyperlink targets); published, modified, language, description,
// og_…/article_… tags, title, h1, datetime, caption, page_text (text
// outside the main content) and boilerplate (navigation, related links,
// comments…) for HTML; error, where a damaged file broke off.
//
// For a container, [Article.Source] is the text the reader decoded (one
// line per paragraph, element or attribute value it kept), all spans index
// it, and [Block.Loc] says where each block is in the file. A zip member
// is read up to [Parser.MaxSize] at most, XML entities a DOCTYPE declares
// are not expanded, and RTF and HTML nesting is bounded, so hostile files
// cost time and memory in proportion to their size.
//
// In every layout a wire dateline opening the body ("BRUSSEL (Belga) -",
// "LONDON (Reuters) -") becomes a Dateline block, with its place and agency
// in [Meta].
//
// Nothing is dropped: every byte of the input that is not white space
// belongs to the headline, an author, the section, a block or a [Meta]
// value, and every one of these carries its [Span].
//
// # Dates
//
// A [Date] keeps the precision the source gives: a header's "2018-04" is a
// month, "05 april 2018" a day, and with a meta line's "00u54" a minute;
// [Date.Raw] keeps the text it was read from. A time of day in a Dutch
// article is Brussels (and Amsterdam) time unless [Parser.Location] says
// otherwise; a zone written in the text always wins. This works on machines
// without a zone database.
//
// [ParseDate] and [Parser.FindDates] read date expressions on their own:
// Dutch and English day-month-year forms with or without weekdays
// ("donderdag 5 apr. 2018", "1 mei 2015 vrijdag", "Thursday, April 5,
// 2018"), numeric dates (day first except in US English; ISO 8601 and RFC
// 3339 first of all), Flemish and Dutch times ("00u54", "14.30 uur"),
// zones, relative expressions against [Parser.Now] ("gisteren", "3 days
// ago") and ranges ("13-15 juli"), as a [When]. A relative date beside an
// explicit one ("gisteren, 30 september", "Yesterday, September 30") is
// one expression: the explicit date is the result, and [When.Conflict]
// holds the relative reading when the two disagree. In running text a bare
// weekday ("Hij zei dinsdag dat …") is the closest such day in the tense
// of its sentence, and a weekday with a day and month but no year
// ("zaterdag 12 maart") picks the year in which they agree. A spoken hour
// without a part of the day ("om half drie") is read as 14:30 and flagged
// [When.Ambiguous]. German and French month and weekday names are read
// for articles in those languages (export layouts), not in running text
// of other languages.
//
// # Quotes and speakers
//
// [Article.Quotes] lists the quotations of the headline and the body in
// source order. Quotation marks of every kind are paired ("…", “…”, „…”,
// ‘…’, '…', «…», the Dutch two commas … two apostrophes, and “…’’), the
// direction of straight marks inferred from their neighbours, and
// apostrophes (auto's, 's avonds, don't, '90s) are not mistaken for marks.
// A quotation that runs over several paragraphs gives one Quote per
// paragraph.
//
// Whether a quotation is speech, rather than a title, a name or a scare
// quote, is decided by a classifier per language over a few features (its
// length, a reporting verb or colon that introduces it, a capital and a
// full stop, its place in the sentence), whose weights are learned from
// annotated Dutch and English news.
//
// Each speech quotation's speaker is chosen in two steps. Generators
// propose candidates, each from one kind of evidence: a reporting clause
// after or before the quotation ("zei hij", "voegde … eraan toe", "said
// Smith", "she added", "volgens", "aldus", "according to"), a colon, the
// sentence before it, the quotation before it, the persons named in its
// sentence and the one before, the persons named last and most, and for a
// headline the body quotation it repeats. Pronouns are resolved to the
// nearest person named, a role or description ("de minister", "the
// 56-year-old", "de vrouw") to the person the article sets beside that
// noun or the description that introduced it. A learned ranker then
// scores each candidate on its features (the evidence that proposed it,
// its distance, whether it is a name, pronoun, role or description, known
// given names, places and ordinary words) and takes the best. The speaker
// is the fullest name the article uses ("Mark Zuckerberg" for "Zuckerberg"
// and "hij"), or for someone the article never names, the description
// that introduces them ("een buurtbewoner", "a police spokesman").
// [Quote.Confidence] is the ranker's probability for the speaker it chose,
// calibrated per language on choices it made for articles it was not
// trained on, so that the share of right speakers among quotations given
// a confidence is close to that confidence.
// With [Parser.Indirect], reported speech without marks ("X zei dat …",
// "volgens X …") is listed too. With [Parser.SkipQuotes], neither
// quotations nor persons are looked for, and a parse is several times
// as fast.
//
// # Positions
//
// A [Span] is a half-open range of byte offsets into [Article.Source].
// UTF-8 input (with or without a byte-order mark, with LF, CRLF or CR line
// ends) is kept as it is, so offsets are offsets into the input file. Input
// in UTF-16 (with a byte-order mark) is decoded first. A byte that is not
// part of valid UTF-8 is read as Windows-1252, that byte only: a file
// whose last article has one stray byte keeps every other article as it
// is, and a file wholly in Windows-1252 is read as such. Such runs, and
// runs of control bytes (NUL padding, escapes) kept as data, are listed in
// [Article.Anomalies] with their offsets in Source and in the input;
// [Article.Encoding] says how the article's part of the input was read,
// and [Article.InputOffset] maps an offset in Source back to the input.
// The decoded copy is thus reproducible: Source is the input with each
// recoded byte replaced by its Windows-1252 character in UTF-8.
// [Article.Position] turns an offset into a line and column.
//
// # JSON
//
// [Article.AppendJSON] writes the object the newsdoc command prints, one
// per line. A JSON Schema of it, to validate input downstream, is
// schema/newsdoc.schema.json in the repository
// (https://github.com/newsdoc/newsdoc/blob/main/schema/newsdoc.schema.json).
// Its members, a stable interface:
//
//	file                 the path the article was read from ("-" for stdin)
//	index                the article's number within its file, from 0
//	format               the layout: "dump", "lexisnexis", "nexis", "mediargus",
//	                     "labelled", "plain" or "text"; for a container, the
//	                     container and the layout: "docx/nexis", "xml/gopress",
//	                     "xml/nitf", "rtf/gopress", "html/jsonld", …
//	encoding             how the article's input was read, when not UTF-8:
//	                     "utf-16le", "utf-16be", "windows-1252" or
//	                     "utf-8+windows-1252" (see Positions)
//	lang                 BCP 47 tag ("nl", "en"), "" when unknown
//	start, end           the article's extent
//	headline             string
//	authors              array of strings
//	published            ISO 8601 at the precision known, with the offset
//	                     when known: "2018-04", "2018-04-05T00:54+02:00"; "" if none
//	published_precision  "year", "month", "day", "hour", "minute", "second",
//	                     "fraction", or "none"
//	published_raw        the date text as written (the date and a time that
//	                     stands apart joined by one space); "" if none
//	section              string
//	blocks               [{kind, text, start, end, loc}]; kind is "paragraph",
//	                     "subheading", "pullquote", "dateline", "byline" or "other";
//	                     loc, for a container only, is where the block is in
//	                     the file (Block.Loc)
//	quotes               [{text, start, end, speaker, speaker_start, speaker_end,
//	                     cue, cue_start, cue_end, kind, block, closed, person,
//	                     confidence}];
//	                     text is the words between the marks; kind is "direct",
//	                     "indirect", "mixed", "pullquote" or "headline"; block
//	                     is the index in blocks, -1 for the headline; person
//	                     is the speaker's index in people, -1 if none; a
//	                     speaker or cue that is not known is "" with zero offsets
//	people               [{name, mentions: [[start, end], …]}]: the persons the
//	                     article names, by the fullest form of their name
//	meta                 object: every other field verbatim ("header_date",
//	                     "byline", "date_line", "time", "count", "outlet",
//	                     "length", "load_date", "dateline_place", …), its keys
//	                     in source order; a repeated key is written key,
//	                     key_2, key_3, …
//	spans                {headline: [start, end], authors: [[start, end], …],
//	                     section: [start, end], published: [[start, end], …],
//	                     meta: {key: [start, end], …}}: where the plain-string
//	                     members come from; [0, 0] when absent; published lists
//	                     the date text and, when it stands apart, the time
//	source               with [JSONOptions.Source] (parse -source) only: the
//	                     article's own text, Source[start:end]; an offset o
//	                     of the object is source[o-start]
//	anomalies            [{kind, start, end, input_start, input_end}], only
//	                     when there are any: kind "recoded" (bytes not UTF-8,
//	                     read as Windows-1252) or "control" (control bytes
//	                     kept); input_start and input_end are byte offsets
//	                     in the file
//
// Offsets index [Article.Source], the text after decoding: for UTF-8 input
// without anomalies that is the file itself, so file[start:end] equals the
// text. After UTF-16 decoding, or where "anomalies" lists recoded bytes,
// offsets refer to the decoded text; "encoding" and the anomalies'
// input_start/input_end say how to rebuild it from the file (each recoded
// byte becomes its Windows-1252 character in UTF-8). With
// [JSONOptions.Runes] (parse -runes) offsets count Unicode code points of
// that text instead of bytes.
//
// # Errors
//
// Ordinary content never fails to parse. Input that is not text (binary
// data as a whole, UTF-16 without a byte-order mark, more than
// [Parser.MaxSize] bytes, nothing but white space) gives a
// [*ParseError] with the position, wrapping [ErrBinary], [ErrTooLarge],
// [ErrEmpty] or [ErrEncoding] for use with errors.Is. A fault inside
// newsdoc, which should not happen, is recovered and gives a
// [*ParseError] wrapping [ErrInternal] at the article it met it in, so
// that one input does not stop a corpus run.
package newsdoc
