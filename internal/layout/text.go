package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/internal/text"
)

// line is one line of the text without its line ending (LF, CRLF or CR).
type line struct {
	Start, End int // content, without the line ending
	Next       int // start of the following line
}

// lineAt returns the line that starts at off.
func lineAt(src string, off int) line {
	i := off + lineEnd(src[off:])
	l := line{Start: off, End: i, Next: i}
	if i < len(src) {
		if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			l.Next = i + 2
		} else {
			l.Next = i + 1
		}
	}
	return l
}

// lineEnd returns the index of the first '\n' or '\r' in s, or len(s).
// It searches with strings.IndexByte, several times faster than a loop
// over the bytes on a line of prose, in pieces of lineChunk bytes: a
// search for '\n' alone could run to the end of a text whose lines end in
// '\r' only, on every line.
func lineEnd(s string) int {
	for off := 0; off < len(s); off += lineChunk {
		c := s[off:min(off+lineChunk, len(s))]
		n := strings.IndexByte(c, '\n')
		if n < 0 {
			n = len(c)
		}
		if r := strings.IndexByte(c[:n], '\r'); r >= 0 {
			return off + r
		}
		if n < len(c) {
			return off + n
		}
	}
	return len(s)
}

const lineChunk = 512

// appendLines appends the lines of src from off on to dst.
func appendLines(dst []line, src string, off int) []line {
	if strings.IndexByte(src[off:], '\r') < 0 {
		// With no carriage return, a line ends at the next line feed:
		// one search a line, where lineAt makes two (a text may end
		// its lines in '\r' alone).
		for off < len(src) {
			i := strings.IndexByte(src[off:], '\n')
			if i < 0 {
				return append(dst, line{Start: off, End: len(src), Next: len(src)})
			}
			dst = append(dst, line{Start: off, End: off + i, Next: off + i + 1})
			off += i + 1
		}
		return dst
	}
	for off < len(src) {
		l := lineAt(src, off)
		dst = append(dst, l)
		if l.Next == off {
			break
		}
		off = l.Next
	}
	return dst
}

// wordsInto puts the white-space separated words of s into buf, up to
// its capacity, and reports whether they all fit: a test that reads a
// few words lets a longer text go without outgrowing the caller's array.
func wordsInto(buf []string, s string) ([]string, bool) {
	for w := range strings.FieldsSeq(s) {
		if len(buf) == cap(buf) {
			return buf, false
		}
		buf = append(buf, w)
	}
	return buf, true
}

// isSpace, trim and isQuoteMark are the shared text layer's.
var (
	isSpace     = text.IsSpace
	trim        = text.Trim
	isQuoteMark = text.IsQuoteMark
)

func trimSpan(src string, s Span) Span {
	a, b := trim(src, s.Start, s.End)
	return Span{Start: a, End: b}
}

func isBlank(src string, l line) bool {
	a, b := trim(src, l.Start, l.End)
	return a == b
}

// token is a run of non-space characters.
type token = text.Span

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
