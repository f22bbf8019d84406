package newsdoc

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsdoc/newsdoc/internal/dates"
)

// JSONOptions configures [Article.AppendJSON].
type JSONOptions struct {
	// File is written as the "file" member (the CLI passes the path read).
	File string
	// Runes writes offsets as Unicode code point counts instead of bytes,
	// which is how Python and R index strings.
	Runes bool
	// Source adds the article's own text, Source[Span.Start:Span.End], as
	// "source": an offset o of the object is source[o-start]. Not the
	// whole input, which a file of many articles would repeat in each.
	Source bool
}

// String returns the precision's name: "year", "month", "day", "hour",
// "minute", "second", "fraction", or "none".
func (p Precision) String() string { return dates.Precision(p).String() }

// MarshalJSON encodes the article as the CLI prints it, with byte offsets.
// Its receiver is a value so that json.Marshal gives the same object for an
// Article and for a *Article.
func (a Article) MarshalJSON() ([]byte, error) { return a.AppendJSON(nil, JSONOptions{}) }

// AppendJSON appends the article's JSON object (see the package
// documentation for its members) to dst.
//
// The object is written by hand rather than through encoding/json: the
// reflection and the intermediate structs cost more than the parse of a
// short article. The bytes are those encoding/json would write (HTML
// characters escaped, members in documented order), which the JSON golden
// and FuzzJSON check.
func (a *Article) AppendJSON(dst []byte, o JSONOptions) ([]byte, error) {
	w := jsonWriter{b: dst}
	if o.Runes {
		w.ri = a.runeIndex()
	}
	w.str(`{"file":`, o.File)
	w.b = append(w.b, `,"index":`...)
	w.b = strconv.AppendInt(w.b, int64(a.Index), 10)
	w.str(`,"format":`, a.Format)
	if a.Encoding != "" && a.Encoding != "utf-8" {
		w.str(`,"encoding":`, a.Encoding)
	}
	w.str(`,"lang":`, langName(a.Lang))
	w.offset(`,"start":`, a.Span.Start)
	w.offset(`,"end":`, a.Span.End)
	w.str(`,"headline":`, a.Headline.Text)
	w.b = append(w.b, `,"authors":[`...)
	for i, au := range a.Authors {
		w.comma(i)
		w.b = appendJSONString(w.b, au.Text)
	}
	// The ISO form has no character JSON escapes: written in place.
	w.b = append(w.b, `],"published":"`...)
	w.b = append(a.Published.value().AppendISO(w.b), '"')
	w.str(`,"published_precision":`, a.Published.Precision.String())
	w.str(`,"published_raw":`, a.Published.Raw)
	w.str(`,"section":`, a.Section.Text)
	w.b = append(w.b, `,"blocks":[`...)
	for i, b := range a.Blocks {
		w.comma(i)
		w.str(`{"kind":`, b.Kind.String())
		w.str(`,"text":`, b.Text)
		w.offset(`,"start":`, b.Span.Start)
		w.offset(`,"end":`, b.Span.End)
		if b.Loc != "" {
			w.str(`,"loc":`, b.Loc) // where in the container (Block.Loc)
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, `],"quotes":[`...)
	for i, q := range a.Quotes {
		w.comma(i)
		w.str(`{"text":`, q.Text)
		w.offset(`,"start":`, q.Span.Start)
		w.offset(`,"end":`, q.Span.End)
		w.str(`,"speaker":`, q.Speaker)
		w.offset(`,"speaker_start":`, q.SpeakerSpan.Start)
		w.offset(`,"speaker_end":`, q.SpeakerSpan.End)
		w.str(`,"cue":`, q.Cue)
		w.offset(`,"cue_start":`, q.CueSpan.Start)
		w.offset(`,"cue_end":`, q.CueSpan.End)
		w.str(`,"kind":`, q.Kind.String())
		w.b = append(w.b, `,"block":`...)
		w.b = strconv.AppendInt(w.b, int64(q.Block), 10)
		w.b = append(w.b, `,"closed":`...)
		w.b = strconv.AppendBool(w.b, !q.Close.IsZero())
		w.b = append(w.b, `,"person":`...)
		w.b = strconv.AppendInt(w.b, int64(q.Person), 10)
		w.b = append(w.b, `,"confidence":`...)
		var err error
		if w.b, err = appendJSONFloat(w.b, q.Confidence); err != nil {
			return dst, err
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, `],"people":[`...)
	for i, p := range a.People {
		w.comma(i)
		w.str(`{"name":`, p.Name)
		w.b = append(w.b, `,"mentions":[`...)
		for k, m := range p.Mentions {
			w.comma(k)
			w.span(m)
		}
		w.b = append(w.b, `]}`...)
	}
	// A repeated meta key keeps every value: "key", "key_2", "key_3", …
	// The keys are made once and written twice, in meta and in spans.
	// Without a repeat (nearly always) the keys are the Meta keys, and no
	// list is made; with one, the list is on the stack for a Meta of up to
	// 64 entries.
	var kb [64]metaKey
	var keys []metaKey
	if hasRepeatedKey(a.Meta) {
		keys = metaKeys(kb[:0], a.Meta)
	}
	key := func(i int) metaKey {
		if keys == nil {
			return metaKey{a.Meta[i].Key, 1}
		}
		return keys[i]
	}
	w.b = append(w.b, `],"meta":{`...)
	for i, m := range a.Meta {
		w.comma(i)
		w.b = key(i).appendJSON(w.b)
		w.b = append(w.b, ':')
		w.b = appendJSONString(w.b, m.Value)
	}
	w.b = append(w.b, `},"spans":{"headline":`...)
	w.span(a.Headline.Span)
	w.b = append(w.b, `,"authors":[`...)
	for i, au := range a.Authors {
		w.comma(i)
		w.span(au.Span)
	}
	w.b = append(w.b, `],"section":`...)
	w.span(a.Section.Span)
	w.b = append(w.b, `,"published":[`...)
	for i, s := range a.PublishedSpans {
		w.comma(i)
		w.span(s)
	}
	w.b = append(w.b, `],"meta":{`...)
	for i, m := range a.Meta {
		w.comma(i)
		w.b = key(i).appendJSON(w.b)
		w.b = append(w.b, ':')
		w.span(m.Span)
	}
	w.b = append(w.b, `}}`...)
	if o.Source && a.Span.Start < a.Span.End {
		w.str(`,"source":`, a.Source[a.Span.Start:a.Span.End])
	}
	if len(a.Anomalies) > 0 {
		w.b = append(w.b, `,"anomalies":[`...)
		for i, an := range a.Anomalies {
			w.comma(i)
			w.str(`{"kind":`, an.Kind.String())
			w.offset(`,"start":`, an.Span.Start)
			w.offset(`,"end":`, an.Span.End)
			// Input offsets are bytes of the undecoded input, never runes.
			w.b = append(w.b, `,"input_start":`...)
			w.b = strconv.AppendInt(w.b, int64(an.Input.Start), 10)
			w.b = append(w.b, `,"input_end":`...)
			w.b = strconv.AppendInt(w.b, int64(an.Input.End), 10)
			w.b = append(w.b, '}')
		}
		w.b = append(w.b, ']')
	}
	return append(w.b, '}'), nil
}

// langName is the "lang" member: the tag's text, empty for und. The two
// languages detected are named without Tag.String, which makes a string
// each call.
func langName(t language.Tag) string {
	switch t {
	case language.Und:
		return ""
	case language.Dutch:
		return "nl"
	case language.English:
		return "en"
	}
	if s := t.String(); s != "und" {
		return s
	}
	return ""
}

// hasRepeatedKey reports whether a key occurs twice in meta. Meta holds a
// dozen entries or so, where a quadratic scan costs less than a set; a long
// list is sent to metaKeys as if it had a repeat.
func hasRepeatedKey(meta []Meta) bool {
	if len(meta) > 32 {
		return true
	}
	for i := 1; i < len(meta); i++ {
		for j := range i {
			if meta[j].Key == meta[i].Key {
				return true
			}
		}
	}
	return false
}

// metaKey is the JSON key of a Meta entry: key, or key_n for n > 1.
// Kept in two parts, it is written without making the string.
type metaKey struct {
	key string
	n   int
}

// appendTo appends the key's text to dst.
func (k metaKey) appendTo(dst []byte) []byte {
	dst = append(dst, k.key...)
	if k.n > 1 {
		dst = strconv.AppendInt(append(dst, '_'), int64(k.n), 10)
	}
	return dst
}

// appendJSON appends the key as a JSON string: "_" and digits need no
// escape, so the suffix follows the escaped key.
func (k metaKey) appendJSON(dst []byte) []byte {
	dst = appendJSONString(dst, k.key)
	if k.n > 1 {
		dst = append(strconv.AppendInt(append(dst[:len(dst)-1], '_'), int64(k.n), 10), '"')
	}
	return dst
}

// len returns the length of the key's text.
func (k metaKey) len() int {
	if k.n <= 1 {
		return len(k.key)
	}
	n := len(k.key) + 2 // "_" and a digit
	for i := k.n; i >= 10; i /= 10 {
		n++
	}
	return n
}

// is reports whether k and o have the same text: with one key or one
// suffix, when both are the same; else "a_2" is a suffixed "a" and also
// a key of its own, and only texts of one length need comparing.
func (k metaKey) is(o metaKey) bool {
	if k.key == o.key || k.n == o.n {
		return k.key == o.key && k.n == o.n
	}
	if k.len() != o.len() {
		return false
	}
	var a, b [64]byte
	return string(k.appendTo(a[:0])) == string(o.appendTo(b[:0]))
}

// metaKeys appends the JSON keys of meta to dst: the key itself, then
// "key_2", "key_3", … for its repeats, each the first such name not taken
// by a key before it. The list is searched in place, quadratic in its
// length: a set is built for a list longer than the stack array in
// AppendJSON, rarely made. Only a key that ends in "_" and digits can
// take another's name; with none such, no name is searched for.
func metaKeys(dst []metaKey, meta []Meta) []metaKey {
	dst = slices.Grow(dst, len(meta)) // exactly, when the stack array is short
	start := len(dst)
	suffixed := slices.ContainsFunc(meta, func(m Meta) bool { return endsInNumber(m.Key) })
	var seen map[string]bool
	if len(meta) > 64 {
		seen = make(map[string]bool, len(meta))
	}
	var buf [64]byte // a key's text, to look up in seen
	taken := func(k metaKey) bool {
		if seen != nil {
			return seen[string(k.appendTo(buf[:0]))]
		}
		return slices.ContainsFunc(dst[start:], k.is)
	}
	for _, m := range meta {
		k := metaKey{m.Key, 1}
		// A repeat starts after the key's last name: each took the first
		// free one, so every name up to it is taken.
		for j := len(dst) - 1; j >= start; j-- {
			if dst[j].key == m.Key {
				k.n = dst[j].n + 1
				break
			}
		}
		for suffixed && taken(k) {
			k.n++
		}
		dst = append(dst, k)
		if seen != nil {
			if k.n == 1 {
				seen[k.key] = true
			} else {
				seen[string(k.appendTo(nil))] = true
			}
		}
	}
	return dst
}

// endsInNumber reports whether key ends in "_" and a digit or more: the
// shape of a repeat's name ("a_2"), which a key of that shape can take
// from another key's repeat, or be taken by one.
func endsInNumber(key string) bool {
	i := len(key)
	for i > 0 && '0' <= key[i-1] && key[i-1] <= '9' {
		i--
	}
	return i < len(key) && i > 0 && key[i-1] == '_'
}

// jsonWriter appends JSON to b, with offsets in bytes, or in code points
// when ri is set.
type jsonWriter struct {
	b  []byte
	ri *runeIndex
}

func (w *jsonWriter) str(member, s string) {
	w.b = appendJSONString(append(w.b, member...), s)
}

func (w *jsonWriter) comma(i int) {
	if i > 0 {
		w.b = append(w.b, ',')
	}
}

func (w *jsonWriter) off(i int) int64 {
	if w.ri != nil {
		return int64(w.ri.runes(i))
	}
	return int64(i)
}

func (w *jsonWriter) offset(member string, i int) {
	w.b = strconv.AppendInt(append(w.b, member...), w.off(i), 10)
}

// span writes [start,end].
func (w *jsonWriter) span(s Span) {
	w.b = strconv.AppendInt(append(w.b, '['), w.off(s.Start), 10)
	w.b = strconv.AppendInt(append(w.b, ','), w.off(s.End), 10)
	w.b = append(w.b, ']')
}

// appendJSONString appends s as a JSON string the way encoding/json does:
// ", \ and control bytes escaped (\b \f \n \r \t short, others \u00XX),
// <, > and & as \u003c \u003e \u0026, U+2028 and U+2029 escaped, and each
// byte that is not UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonPlain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlain tells the ASCII bytes appendJSONString copies as they are:
// one look-up a byte instead of six comparisons. Bytes from 0x80 are
// false and go to the rune decoding.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		switch c {
		case '"', '\\', '<', '>', '&':
		default:
			t[c] = true
		}
	}
	return t
}()

// appendJSONFloat appends f as encoding/json writes a float64: the
// shortest decimal, in exponent form below 1e-6 and from 1e21 with a
// one-digit negative exponent ("1e-7"). NaN and infinities are not JSON.
func appendJSONFloat(b []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// "1e-07" to "1e-7", as encoding/json does.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// runeIndex converts byte offsets to code point offsets with a checkpoint
// every 256 bytes, so that a large file costs little memory.
type runeIndex struct {
	src string
	cp  []int // cp[i] = code points before byte i*256
}

// runeIndex returns the rune index of Source, built once for all the
// articles of one input: building it per article would make a file of n
// articles cost n times its size.
func (a *Article) runeIndex() *runeIndex {
	if a.dec == nil {
		return newRuneIndex(a.Source)
	}
	if ri := a.dec.runes.Load(); ri != nil {
		return ri
	}
	a.dec.runes.CompareAndSwap(nil, newRuneIndex(a.Source)) // or another goroutine's
	return a.dec.runes.Load()
}

func newRuneIndex(src string) *runeIndex {
	ri := &runeIndex{src: src, cp: make([]int, 0, len(src)/256+1)}
	n := 0
	for i := 0; i < len(src); i += 256 {
		ri.cp = append(ri.cp, n)
		n += countRunes(src[i:min(i+256, len(src))])
	}
	return ri
}

func (ri *runeIndex) runes(off int) int {
	if off <= 0 {
		return 0
	}
	if off > len(ri.src) {
		off = len(ri.src)
	}
	k := off / 256
	if k >= len(ri.cp) {
		k = len(ri.cp) - 1
	}
	return ri.cp[k] + countRunes(ri.src[k*256:off])
}

// countRunes counts the bytes that start a code point, which is exact for
// valid UTF-8 even when s cuts a code point in two.
func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
