package dates

import (
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	tNum tkind = iota + 1
	tWord
	tPunct
)

// token is one number, word or punctuation mark of the input. Tokens are
// small values kept in an array, so scanning allocates nothing.
type token struct {
	start, end int32
	val        int32 // number value, saturated
	lex        int32 // lexicon entry of a word, 0 = none
	kind       tkind
	ndig       uint8 // digits of a number, saturated
	ch         byte  // punctuation, normalised (dashes to '-', quotes to '\'')
	sp         bool  // whitespace (or the start of the input) before it
	upper      bool  // a word that starts with a capital
}

// scanToken reads the token at or after byte offset i of s. It returns the
// token and the offset after it; ok is false at the end of s.
func scanToken(s string, i int) (t token, next int, ok bool) {
	sp := i == 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			sp = true
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				sp = true
				i += size
				continue
			}
		}
		break
	}
	if i >= len(s) {
		return token{}, i, false
	}
	t.start, t.sp = int32(i), sp
	c := s[i]
	switch {
	case c >= '0' && c <= '9':
		t.kind = tNum
		v, n := int32(0), 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if v < 1e8 {
				v = v*10 + int32(s[i]-'0')
			} else {
				v = 1e9
			}
			n++
			i++
		}
		t.val = v
		if n > 255 {
			n = 255
		}
		t.ndig = uint8(n)
	case isLetterAt(s, i):
		t.kind = tWord
		r, _ := utf8.DecodeRuneInString(s[i:])
		t.upper = unicode.IsUpper(r)
		for i < len(s) && isLetterAt(s, i) {
			if s[i] < utf8.RuneSelf {
				i++
			} else {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
			}
		}
		t.lex = lookupWord(s[t.start:i])
	default:
		t.kind = tPunct
		if c < utf8.RuneSelf {
			t.ch = c
			if c == '`' {
				t.ch = '\''
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch r {
			case '–', '—', '‒', '−':
				t.ch = '-'
			case '’', '‘', '´':
				t.ch = '\''
			case '∙', '·', '•', '|':
				t.ch = ','
			default:
				t.ch = 0x80 // some other symbol
			}
		}
	}
	t.end = int32(i)
	return t, i, true
}

func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// tokenize fills buf with the tokens of s and reports whether all fit.
func tokenize(s string, buf []token) ([]token, bool) {
	n, i := 0, 0
	for {
		t, next, ok := scanToken(s, i)
		if !ok {
			return buf[:n], true
		}
		if n == len(buf) {
			return buf[:n], false
		}
		buf[n] = t
		n++
		i = next
	}
}
