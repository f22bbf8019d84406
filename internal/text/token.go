package text

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into an article's text.
// Layout and quotes use this one type, so a span passes between the
// stages without conversion.
type Span struct{ Start, End int }

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero span.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// IsSpace reports whether r is white space, including the no-break and
// zero-width characters that scraped text carries.
func IsSpace(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// IsQuoteMark reports whether r is a quotation mark or a character that
// feeds write as one (straight, typographic, low, guillemets, the
// backtick and the acute accent).
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '„', '‘', '’', '‚', '«', '»', '‹', '›', '`', '´':
		return true
	}
	return false
}

// Trim narrows [start,end) of src to exclude leading and trailing white
// space.
//
// An ASCII byte is decided by the class table, without decoding a rune:
// nearly every line of the layouts starts and ends with one.
func Trim(src string, start, end int) (int, int) {
	for start < end {
		if c := src[start]; c < utf8.RuneSelf {
			if asciiClass[c] != classSpace {
				break
			}
			start++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[start:end])
		if !IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		if c := src[end-1]; c < utf8.RuneSelf {
			if asciiClass[c] != classSpace {
				break
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(src[start:end])
		if !IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// Fields appends the runs of non-space characters of src[start:end] to
// dst: the tokens that header lines, bylines and datelines are read in.
func Fields(dst []Span, src string, start, end int) []Span {
	for i := start; ; {
		from, to := field(src, i, end, IsSpace)
		if from == to {
			return dst
		}
		dst = append(dst, Span{from, to})
		i = to
	}
}

// field returns the span of the first run of runes that are not space in
// src[i:end], or an empty span at end. An ASCII byte is decided by the
// class table, without decoding a rune.
func field(src string, i, end int, space func(rune) bool) (from, to int) {
	for i < end {
		if c := src[i]; c < utf8.RuneSelf {
			if asciiClass[c] != classSpace {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:end])
		if !space(r) {
			break
		}
		i += n
	}
	from = i
	for i < end {
		if c := src[i]; c < utf8.RuneSelf {
			if asciiClass[c] == classSpace {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:end])
		if space(r) {
			break
		}
		i += n
	}
	return from, i
}

// FieldsInto appends the white-space separated words of s to buf: with
// a buffer on the caller's stack, splitting a short line whose words are
// looked at and not kept allocates nothing.
func FieldsInto(buf []string, s string) []string {
	for i := 0; ; {
		start, end := nextField(s, i)
		if start == end {
			return buf
		}
		buf = append(buf, s[start:end])
		i = end
	}
}

// AtLeastFields reports whether s has n or more white-space separated
// fields, reading no further than the n-th: a test on a long quotation's
// length costs what its first words do.
func AtLeastFields(s string, n int) bool {
	for i := 0; n > 0; n-- {
		start, end := nextField(s, i)
		if start == end {
			return false
		}
		i = end
	}
	return true
}

// CountFields counts the white-space separated words of s.
func CountFields(s string) int {
	n := 0
	for i := 0; ; n++ {
		start, end := nextField(s, i)
		if start == end {
			return n
		}
		i = end
	}
}

// nextField returns the span of the first field of s at or after i, as
// strings.Fields splits (around unicode.IsSpace), or an empty span at the
// end: a loop over bytes costs half what the iterator of strings.FieldsSeq
// does.
func nextField(s string, i int) (start, end int) { return field(s, i, len(s), unicode.IsSpace) }

// Flags describe a Token.
type Flags uint8

const (
	// Punct marks a token of one character that is not a letter or
	// digit: punctuation, a symbol, a quotation mark.
	Punct Flags = 1 << iota
	// Upper marks a word that starts with an upper-case letter.
	Upper
)

// Token is a word or a punctuation character of a text: offsets and
// flags, no strings, so that a slice of them is one allocation that can
// be reused from one article to the next.
type Token struct {
	Span
	Flags Flags
}

// Is reports whether t has all of the flags f.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }

// Words appends the words and punctuation characters of src[start:end]
// to dst. A word keeps inner apostrophes, hyphens, dots and ampersands
// (zo'n, Jean-Marie, J.P., 15.000, AT&T). An initial or an abbreviated
// title keeps its full stop ("J. Smith", "Dr. Jansen"); an acronym that
// ends a sentence ("de VN.") does not. A Dutch elided article ("'t", "'s")
// is a word of its own.
func Words(dst []Token, src string, start, end int) []Token {
	for i := start; i < end; {
		c := src[i]
		r, n := rune(c), 1
		var word bool
		if c < utf8.RuneSelf {
			// One table look-up decides most bytes.
			switch asciiClass[c] {
			case classSpace:
				i++
				continue
			case classWord:
				word = true
			}
		} else {
			r, n = utf8.DecodeRuneInString(src[i:end])
			if IsSpace(r) {
				i += n
				continue
			}
			word = isWordRune(r)
		}
		switch {
		case word:
			j := wordEnd(src, i+n, end)
			upper := c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
			if j < end && src[j] == '.' && (upper && (j-i == 1 || strings.IndexByte(src[i:j], '.') >= 0) || isTitleAbbrev(src[i:j])) {
				j++
			}
			var f Flags
			if upper {
				f = Upper
			}
			dst = append(dst, Token{Span{i, j}, f})
			i = j
		case (r == '\'' || r == '’') && elision(src[:end], i, n):
			dst = append(dst, Token{Span{i, i + n + 1}, 0})
			i += n + 1
		default:
			dst = append(dst, Token{Span{i, i + n}, Punct})
			i += n
		}
	}
	return dst
}

// wordEnd returns where the word whose first rune ends at j ends.
func wordEnd(src string, j, end int) int {
	src = src[:end]
	for j < len(src) {
		c := src[j]
		if wordByte[c] {
			j++ // most bytes: an ASCII letter or digit, one look-up
			continue
		}
		if c < utf8.RuneSelf {
			if asciiClass[c] == classJoin && j+1 < len(src) && startsWord(src[j+1:]) {
				j++
				continue
			}
			return j
		}
		r, m := utf8.DecodeRuneInString(src[j:])
		if isWordRune(r) {
			j += m
			continue
		}
		if r == '’' && j+m < len(src) && startsWord(src[j+m:]) {
			j += m
			continue
		}
		return j
	}
	return j
}

// wordByte marks the ASCII bytes of classWord, in a table of every byte
// value so that wordEnd's loop tests a byte with one look-up.
var wordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c] == classWord
	}
	return t
}()

func startsWord(s string) bool {
	if s[0] < utf8.RuneSelf {
		return asciiClass[s[0]] == classWord
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == classWord
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// The classes of ASCII bytes for Words: most bytes are decided by one
// table look-up instead of the unicode tables.
const (
	classOther = iota
	classSpace
	classWord
	classJoin // joins two word parts: ' - . &
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch r := rune(c); {
		case unicode.IsSpace(r):
			t[c] = classSpace
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			t[c] = classWord
		case r == '\'' || r == '-' || r == '.' || r == '&':
			t[c] = classJoin
		}
	}
	return t
}()

// elision reports whether the apostrophe of n bytes at src[i] opens a
// Dutch elided article: after a space, one of t, s, n, then no letter.
func elision(src string, i, n int) bool {
	if i > 0 && src[i-1] != ' ' || i+n+1 > len(src) {
		return false
	}
	switch src[i+n] {
	case 't', 's', 'n':
	default:
		return false
	}
	if i+n+1 == len(src) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[i+n+1:])
	return !isWordRune(r) && r != '\'' && r != '’'
}

// Titles returns the abbreviated titles that keep their full stop before
// a name (lexicon/titles.txt), without the stop: "Dr" → false, and true
// for one that follows the name it belongs to ("Jr").
var Titles = sync.OnceValue(func() map[string]bool {
	b, err := sharedFS.ReadFile("lexicon/titles.txt")
	if err != nil {
		panic("text: missing embedded lexicon titles.txt") // a build error, not input
	}
	m := map[string]bool{}
	for _, e := range Lines(string(b)) {
		m[e[0]] = len(e) > 1 && e[1] == "suffix"
	}
	return m
})

func isTitleAbbrev(w string) bool {
	_, ok := Titles()[w]
	return ok
}

// AppendFold appends s in lower case to dst with every rune at the byte
// offset it has in s, so that the lower-case form of a token of s is the
// result sliced at the token's span: one buffer per text instead of one
// allocation per word. A rune whose lower case is written in a different
// number of bytes (the Kelvin sign, İ) stays as it is.
func AppendFold(dst []byte, s string) []byte {
	// Every rune keeps its length, so the result is as long as s: it is
	// written in place, with no append per byte.
	n := len(dst)
	dst = slices.Grow(dst, len(s))[:n+len(s)]
	out := dst[n:]
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight ASCII bytes at once: the high bit of each byte
			// marks whether it is at least 'A' and whether it is above
			// 'Z' (no byte below 0x80 carries into the next), and 0x20
			// is added to the upper-case ones.
			w := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
			if w&highs == 0 {
				upper := (w + (0x80-'A')*ones) &^ (w + (0x80-'Z'-1)*ones) & highs
				binary.LittleEndian.PutUint64(out[i:i+8], w|upper>>2)
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[i] = c
			i++
			continue
		}
		r, m := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == m {
			utf8.EncodeRune(out[i:], l)
		} else {
			copy(out[i:i+m], s[i:i+m])
		}
		i += m
	}
	return dst
}
