package dates

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Options tell Parse and Find how to read.
type Options struct {
	// Lang is "nl", "en" (day-first numeric dates), "en-GB", "en-US"
	// (month-first numeric dates) or "" (Dutch and English words, day first).
	// "de" and "fr" add German or French month and weekday names to the
	// Dutch and English ones, for dates in export layouts.
	Lang string
	// Ref is the reference for relative expressions (gisteren, 3 days ago,
	// a date without a year). Zero: relative expressions are an error
	// (ErrRelative) for Parse and are skipped by Find.
	Ref time.Time
	// Location sets the offset of a time of day that has no zone in the
	// text. nil leaves the offset unknown.
	Location *time.Location

	// tense places a bare weekday; Find sets it from the sentence.
	tense tense
}

func (o *Options) parser(s string, toks []token, find bool) parser {
	ps := parser{s: s, toks: toks, lang: langAll, find: find}
	lang := o.Lang
	if len(lang) >= 2 {
		switch strings.ToLower(lang[:2]) {
		case "nl":
			ps.lang = langNL
		case "en":
			ps.lang = langEN
			ps.mdy = len(lang) == 5 && (lang[3:] == "US" || lang[3:] == "us")
		case "de":
			ps.lang = langAll | langDE
		case "fr":
			ps.lang = langAll | langFR
		}
	}
	return ps
}

// maxTokens bounds the expression Parse reads (tokens live on the stack).
const maxTokens = 64

// Parse reads s, which must hold one date expression and nothing else but
// connectors ("Gepubliceerd op", "Updated:", "om", commas) and surrounding
// space or punctuation.
func Parse(s string, o Options) (Result, error) { return parse(s, o, true) }

// errQuiet is what parse returns for any failure when the caller wants no
// error value: building one (an Error and a formatted message) cost more
// than the failed parse.
var errQuiet = errors.New("dates: no date")

// Read is Parse for a caller that needs only whether s is a date: on
// failure it makes no error value.
func Read(s string, o Options) (Result, bool) {
	r, err := parse(s, o, false)
	return r, err == nil
}

func parse(s string, o Options, wantErr bool) (Result, error) {
	var buf [maxTokens]token
	toks, ok := tokenize(s, buf[:])
	if !ok {
		if !wantErr {
			return Result{}, errQuiet
		}
		return Result{}, &Error{Input: s, Offset: int(toks[len(toks)-1].end), Err: fmt.Errorf("%w: too long", ErrSyntax)}
	}
	if len(toks) == 0 {
		if !wantErr {
			return Result{}, errQuiet
		}
		return Result{}, &Error{Input: s, Offset: 0, Err: fmt.Errorf("%w: empty", ErrSyntax)}
	}
	ps := o.parser(s, toks, false)
	ps.leading = true
	pr, found := ps.top(0)
	if !found {
		if !wantErr {
			return Result{}, errQuiet
		}
		p := 0
		var st state
		p = ps.skipConnectors(p, &st)
		if p >= len(toks) {
			p = len(toks) - 1
		}
		return Result{}, unexpected(s, toks, p)
	}
	end := pr.end
	for end < len(toks) && toks[end].kind == tPunct && containsByte(".,;:)]!?\"'", toks[end].ch) {
		end++
	}
	if end < len(toks) {
		if !wantErr {
			return Result{}, errQuiet
		}
		return Result{}, unexpected(s, toks, end)
	}
	r, err := ps.result(&pr, &o)
	if err != nil {
		if !wantErr {
			return Result{}, errQuiet
		}
		return Result{}, &Error{Input: s, Offset: int(toks[0].start), Err: err}
	}
	return r, nil
}

func unexpected(s string, toks []token, p int) error {
	t := toks[p]
	return &Error{Input: s, Offset: int(t.start), Err: fmt.Errorf("%w: unexpected %q", ErrSyntax, s[t.start:t.end])}
}

// result resolves a reading into a Result.
func (ps *parser) result(pr *parsed, o *Options) (Result, error) {
	if pr.isRange && pr.l.hasTime && pr.r.hasTime && !pr.l.hasDate() && !pr.r.hasDate() {
		return timeRange(pr, o)
	}
	start, rel, err := resolve(&pr.l, o)
	if err != nil {
		return Result{}, err
	}
	r := Result{Start: start, Relative: rel, Ambiguous: pr.l.ambiguous}
	if side, ok := relativeAside(&pr.l); ok && !o.Ref.IsZero() {
		// Both a relative and an explicit date: the explicit one is kept;
		// where the relative one disagrees, it is reported.
		if rv, _, err := resolve(&side, o); err == nil {
			r.Relative = true
			if !agree(start, rv) {
				r.Conflict = rv
			}
		}
	}
	if !pr.isRange {
		return r, nil
	}
	end, rel2, err := resolve(&pr.r, o)
	if err != nil {
		return Result{}, err
	}
	if valueKey(end) < valueKey(start) && pr.r.inherited {
		// 22:00 - 01:00 ends the next day; dec 28 - jan 3 the next year
		if end.Precision >= PrecisionHour {
			t := civil(end.Year, end.Month, end.Day+1)
			end.Year, end.Month, end.Day = t.Year(), int(t.Month()), t.Day()
		} else if end.Precision >= PrecisionMonth {
			end.Year++
		}
	}
	if valueKey(end) < valueKey(start) {
		return Result{}, fmt.Errorf("%w: range ends before it starts", ErrRange)
	}
	r.End, r.IsRange, r.Relative = end, true, rel || rel2
	r.Ambiguous = r.Ambiguous || pr.r.ambiguous
	return r, nil
}

// timeRange resolves a range of two times without a day: the day is the one
// on which the range ends next after the reference, so that a range still
// under way is today's.
func timeRange(pr *parsed, o *Options) (Result, error) {
	end, _, err := resolve(&pr.r, o)
	if err != nil {
		return Result{}, err
	}
	l := pr.l
	l.year, l.month, l.day, l.hasYear = end.Year, end.Month, end.Day, true
	start, _, err := resolve(&l, o)
	if err != nil {
		return Result{}, err
	}
	if valueKey(start) > valueKey(end) {
		t := civil(start.Year, start.Month, start.Day-1)
		start.Year, start.Month, start.Day = t.Year(), int(t.Month()), t.Day()
	}
	return Result{Start: start, End: end, IsRange: true, Relative: true}, nil
}

// Match is a date expression found in running text.
type Match struct {
	Start, End int // byte offsets into the searched text
	Result     Result
}

// Find returns the first date expression in running text. It is stricter than
// Parse: words that are also ordinary words (do, zo, may, march), a bare
// year or a bare month, numbers such as 1.5 or 10-12 are not reported on
// their own, and relative expressions are skipped when Options.Ref is zero.
func Find(s string, o Options) (Match, bool) {
	var m Match
	found := false
	scan(s, o, func(x Match) bool {
		m, found = x, true
		return false
	})
	return m, found
}

// FindAll returns every date expression in s, in order, not overlapping.
func FindAll(s string, o Options) []Match {
	var out []Match
	scan(s, o, func(x Match) bool {
		out = append(out, x)
		return true
	})
	return out
}

// scan tokenizes s in windows and tries an expression at each token that can
// start one, reporting matches to yield until it returns false.
func scan(s string, o Options, yield func(Match) bool) {
	var buf [maxTokens]token
	pos := 0
	for pos < len(s) {
		toks, _ := tokenize(s[pos:], buf[:])
		if len(toks) == 0 {
			return
		}
		// tokens were read from s[pos:]; make their offsets absolute
		for i := range toks {
			toks[i].start += int32(pos)
			toks[i].end += int32(pos)
		}
		if pos > 0 {
			toks[0].sp = toks[0].sp || !isAlnumBefore(s, int(toks[0].start))
		}
		ps := o.parser(s, toks, true)
		// the last tokens of a full window may belong to a cut expression:
		// only start there in the final window
		limit := len(toks)
		full := int(toks[len(toks)-1].end) < len(s) && len(toks) == len(buf)
		if full {
			limit = len(toks) - 24
		}
		next := -1
		for i := 0; i < limit; i++ {
			if !startable(&ps, i) {
				continue
			}
			pr, ok := ps.top(i)
			if !ok {
				continue
			}
			end := pr.end
			if end < len(toks) && ps.tight(end) && ps.isAlnum(end) {
				continue
			}
			if pr.l.invalid || pr.isRange && pr.r.invalid {
				i = end - 1
				continue
			}
			if !pr.l.strong && !(pr.isRange && pr.r.strong) {
				continue
			}
			// A bare weekday in running text is the closest one in the
			// tense of its sentence.
			oo := o
			oo.tense = sentenceTense(s, int(toks[i].start), int(toks[end-1].end))
			r, err := ps.result(&pr, &oo)
			if err != nil {
				i = end - 1
				continue
			}
			m := Match{Start: int(toks[i].start), End: int(toks[end-1].end), Result: r}
			if !yield(m) {
				return
			}
			i = end - 1
			next = end
		}
		if !full {
			return
		}
		// continue after the last match or at the first token not tried
		resume := limit
		if next > resume {
			resume = next
		}
		pos = int(toks[resume].start)
	}
}

func isAlnumBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	c := s[i-1]
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// startable reports whether an expression may start at token i: a number or
// a lexicon word that is not glued to the letters or digits before it.
func startable(ps *parser, i int) bool {
	t := &ps.toks[i]
	if t.kind == tPunct {
		return false
	}
	if i > 0 && !t.sp {
		// glued to what is before: 14april is read from 14, 1.1.3 and
		// $1,194 not from their inner numbers
		prev := &ps.toks[i-1]
		if prev.kind != tPunct || i > 1 && !prev.sp && ps.toks[i-2].kind != tPunct {
			return false
		}
	}
	if t.kind == tWord && t.lex == 0 {
		return false
	}
	var st state
	return !ps.connector(i, &st) || ps.is(i, kIn) || ps.is(i, kAt) || ps.is(i, kBetween)
}
