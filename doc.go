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
// Layouts (named in [Article.Format]):
//
//   - "dump": a header line " date YYYY-MM <headline> <authors>", a date
//     line ("05 april 2018"), an optional meta line "<time> [count]
//     <section>" on its own line or running into the first paragraph
//     ("00u54 2 Internet Mark Zuckerberg, …"), then blocks separated by
//     blank lines. A file may hold many such articles, one after another.
//   - "plain": a headline line, a date line, then the body.
//   - "text": anything else, read as a sequence of blocks.
//
// Nothing is dropped: every byte of the input that is not white space
// belongs to the headline, an author, the section, a block or a [Meta]
// value, and every one of these carries its [Span].
//
// # Dates
//
// A [Date] keeps the precision the source gives: a header's "2018-04" is a
// month, "05 april 2018" a day, and with a meta line's "00u54" a minute. A
// time of day in a Dutch article is Brussels (and Amsterdam) time unless
// [Parser.Location] says otherwise; Go's embedded zone database is used, so
// this works on machines without one.
//
// # Quotes and speakers
//
// [Article.Quotes] lists the quotations with their speaker and the cue
// that introduces them; see [Quote].
//
// # Positions
//
// A [Span] is a half-open range of byte offsets into [Article.Source].
// UTF-8 input (with or without a byte-order mark, with LF, CRLF or CR line
// ends) is kept as it is, so offsets are offsets into the input file. Input
// in UTF-16 (with a byte-order mark) or, when it is not valid UTF-8,
// Windows-1252, is decoded first; [Article.Encoding] then names the
// encoding and offsets refer to the decoded UTF-8 text. [Article.Position]
// turns an offset into a line and column.
//
// # JSON
//
// [Article.AppendJSON] writes the object the newsdoc command prints, one
// per line. Its members, a stable interface:
//
//	file                 the path the article was read from ("-" for stdin)
//	index                the article's number within its file, from 0
//	format               "dump", "plain" or "text"
//	encoding             the input encoding, when not UTF-8
//	lang                 BCP 47 tag ("nl", "en"), "" when unknown
//	start, end           the article's extent
//	headline             string
//	authors              array of strings
//	published            ISO 8601 at the precision known, with the offset
//	                     when known: "2018-04", "2018-04-05T00:54+02:00"; "" if none
//	published_precision  "year", "month", "day", "hour", "minute", "second",
//	                     "fraction", or "none"
//	published_raw        the date text as written
//	section              string
//	blocks               [{kind, text, start, end}]; kind is "paragraph",
//	                     "subheading", "pullquote", "dateline", "byline" or "other"
//	quotes               [{text, start, end, speaker, speaker_start, speaker_end,
//	                     cue, cue_start, cue_end, kind, block, closed, confidence}]
//	meta                 object: every other field verbatim ("header_date",
//	                     "byline", "date_line", "time", "count", …); a
//	                     repeated key is written key, key_2, key_3, …
//
// Offsets are byte offsets into the file as read, so file[start:end]
// equals text; with [JSONOptions.Runes] they count Unicode code points.
//
// # Errors
//
// Ordinary content never fails to parse. Input that is not text (binary
// data, more than [Parser.MaxSize] bytes, nothing but white space) gives a
// [*ParseError] with the position, wrapping [ErrBinary], [ErrTooLarge],
// [ErrEmpty] or [ErrEncoding] for use with errors.Is.
package newsdoc
