package newsdoc

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// AnomalyKind says what was unusual about a run of input bytes.
type AnomalyKind uint8

// The anomaly kinds.
const (
	// Recoded bytes were not valid UTF-8 and were read as Windows-1252,
	// one character per byte.
	Recoded AnomalyKind = iota
	// Control bytes (NUL and the other C0 controls except tab, line
	// feed, carriage return, form feed and vertical tab) were kept as
	// data.
	Control
)

var anomalyKindNames = [...]string{"recoded", "control"}

// String returns the kind's name as used in JSON: "recoded" or "control".
func (k AnomalyKind) String() string {
	if int(k) < len(anomalyKindNames) {
		return anomalyKindNames[k]
	}
	return "unknown"
}

// An Anomaly is a run of input bytes the parser kept but had to read in an
// unusual way. Parsing goes on; the anomaly says where, so that nothing is
// changed without a word.
type Anomaly struct {
	Kind AnomalyKind
	// Span is the run in Source.
	Span Span
	// Input is the run in the input bytes. It differs from Span after a
	// re-decoded run, which is longer in UTF-8 than in the input. For
	// UTF-16 input it is zero.
	Input Span
}

// decoded is the result of reading an input as text, shared by the
// articles of one input.
type decoded struct {
	text     string
	encoding string    // "utf-8", "utf-16le", "utf-16be"
	recoded  []Anomaly // the Recoded ones, for inputOffset

	// For JSON offsets in code points, built on first use (two goroutines
	// may both build it; one is kept).
	runes atomic.Pointer[runeIndex]

	lines lineTable // the articles' Position, here to save an allocation
}

// decode turns the input into UTF-8 text. UTF-8 (with or without a
// byte-order mark) is used as it is, so offsets are offsets into the input.
// UTF-16 with a byte-order mark is decoded as a whole. Otherwise each byte
// that is not part of a valid UTF-8 sequence is read as Windows-1252: the
// decision is made per byte run, so one stray byte in a UTF-8 file changes
// that byte only, and a Windows-1252 file (where no high byte forms UTF-8)
// is read exactly as a whole-file decode would read it.
//
// It also returns the anomalies, in source order: the articles take them
// in turn, so they are no part of what the articles share.
//
// The result goes into d, which Each reuses; nil allocates one.
func (p *Parser) decode(src string, d *decoded) (*decoded, []Anomaly, error) {
	if d == nil {
		d = new(decoded)
	}
	limit := p.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if len(src) > limit {
		return nil, nil, &ParseError{Pos: posIn(src, limit), Err: ErrTooLarge}
	}
	if len(strings.TrimSpace(src)) == 0 {
		return nil, nil, &ParseError{Pos: posIn(src, len(src)), Err: ErrEmpty}
	}
	if strings.HasPrefix(src, "\xFF\xFE") || strings.HasPrefix(src, "\xFE\xFF") {
		enc := "utf-16le"
		e := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
		if src[0] == 0xFE {
			enc = "utf-16be"
			e = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
		}
		out, err := e.NewDecoder().Bytes([]byte(src))
		if err != nil {
			return nil, nil, &ParseError{Pos: posIn(src, 0), Err: fmt.Errorf("%w: %v", ErrEncoding, err)}
		}
		*d = decoded{text: string(out), encoding: enc}
		return d, controlRuns(d.text, nil), nil
	}
	if enc, at := utf16NoBOM(src); enc != "" {
		return nil, nil, &ParseError{Pos: posIn(src, at), Err: fmt.Errorf("%w: looks like %s without a byte-order mark; convert it to UTF-8 first (iconv -f %s -t UTF-8)", ErrEncoding, enc, enc)}
	}
	if i := binaryAt(src); i >= 0 {
		return nil, nil, &ParseError{Pos: posIn(src, i), Err: ErrBinary}
	}
	*d = decoded{encoding: "utf-8"}
	if utf8.ValidString(src) {
		d.text = src // no copy: a string does not change
	} else {
		d.text, d.recoded = recode(src)
	}
	return d, mergeAnomalies(d.recoded, controlRuns(d.text, d)), nil
}

// recode copies src, reading each byte that does not belong to a valid
// UTF-8 sequence as Windows-1252, and returns the runs it re-decoded.
func recode(src string) (string, []Anomaly) {
	dec := charmap.Windows1252
	out := make([]byte, 0, len(src)+len(src)/8)
	var runs []Anomaly
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		if r != utf8.RuneError || n > 1 {
			out = append(out, src[i:i+n]...)
			i += n
			continue
		}
		start, ostart := i, len(out)
		for i < len(src) {
			if r, n := utf8.DecodeRuneInString(src[i:]); r != utf8.RuneError || n > 1 {
				break
			}
			out = utf8.AppendRune(out, dec.DecodeByte(src[i]))
			i++
		}
		runs = append(runs, Anomaly{Kind: Recoded, Span: Span{ostart, len(out)}, Input: Span{start, i}})
	}
	return string(out), runs
}

// isControl reports whether c is a control byte that text does not use.
func isControl(c byte) bool {
	return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v'
}

// controlRuns lists the runs of control bytes in text. With d (the
// re-decoded runs so far), it also gives their input offsets.
func controlRuns(text string, d *decoded) []Anomaly {
	var out []Anomaly
	for i := nextControl(text, 0); i < len(text); i = nextControl(text, i) {
		j := i + 1
		for j < len(text) && isControl(text[j]) {
			j++
		}
		a := Anomaly{Kind: Control, Span: Span{i, j}}
		if d != nil {
			a.Input = Span{d.inputOffset(i), d.inputOffset(j)}
		}
		out = append(out, a)
		i = j
	}
	return out
}

// nextControl returns the offset of the first control byte (isControl) of
// s at or after i, or len(s). Eight bytes at a time are tested for any
// byte below 0x20 at once; in a word that has one, mostly a line end,
// only the bytes the test marks are read. Every input is scanned so, and
// control bytes are rare.
func nextControl(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		// (Through the resliced b, the compiler makes the eight loads one.)
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// The high bit of each byte below 0x20, and perhaps of bytes
		// after one, which a borrow reaches: each marked byte is read.
		for m := (w - 0x20*ones) &^ w & highs; m != 0; m &= m - 1 {
			if k := i + bits.TrailingZeros64(m)/8; isControl(s[k]) {
				return k
			}
		}
	}
	for ; i < len(s); i++ {
		if isControl(s[i]) {
			return i
		}
	}
	return len(s)
}

func mergeAnomalies(a, b []Anomaly) []Anomaly {
	if len(b) == 0 {
		return a
	}
	out := make([]Anomaly, 0, len(a)+len(b)) // a new array: a is kept as it is
	out = append(append(out, a...), b...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// inputOffset maps an offset in the decoded text to the input. Only
// re-decoded runs change lengths; each of their characters is one input
// byte.
func (d *decoded) inputOffset(off int) int {
	if d.encoding != "utf-8" {
		return 0
	}
	// The last re-decoded run that starts before off, by binary search.
	k := sort.Search(len(d.recoded), func(i int) bool { return d.recoded[i].Span.Start >= off }) - 1
	if k < 0 {
		return off
	}
	a := d.recoded[k]
	if off < a.Span.End {
		return a.Input.Start + utf8.RuneCountInString(d.text[a.Span.Start:off])
	}
	return off + a.Input.End - a.Span.End
}

// utf16NoBOM reports text in UTF-16 without a byte-order mark: most bytes
// at odd (little endian) or even (big endian) offsets are NUL, as ASCII
// text in UTF-16 is. It returns the encoding's name and the first NUL.
func utf16NoBOM(src string) (string, int) {
	n := min(len(src), 8192) &^ 1
	if n < 4 {
		return "", 0
	}
	if strings.IndexByte(src[:n], 0) < 0 {
		return "", 0 // no NUL at all: the usual case, found without the count
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if src[i] == 0 {
			even++
		}
		if src[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*7 && even*10 < pairs:
		return "UTF-16LE", 1
	case even*10 >= pairs*7 && odd*10 < pairs:
		return "UTF-16BE", 0
	}
	return "", 0
}

// binaryAt returns the offset of the first control byte when the input
// looks like binary data as a whole, or -1 for text. NUL padding at the end
// (archive dumps are padded to a block size) and stray control bytes are
// text: they are kept and reported as anomalies.
func binaryAt(src string) int {
	body := strings.TrimRight(src, "\x00")
	if len(strings.TrimSpace(body)) == 0 {
		return strings.IndexByte(src, 0) // nothing but padding
	}
	ctl, first := 0, -1
	n := min(len(body), 8192)
	for i := nextControl(body[:n], 0); i < n; i = nextControl(body[:n], i+1) {
		if first < 0 {
			first = i
		}
		ctl++
	}
	// A few stray control bytes occur in real exports; many mean binary.
	if ctl*20 > n && ctl > 2 {
		return first
	}
	return -1
}

// articleEncoding names the encoding of the part of the input an article
// was read from: "windows-1252" when every non-ASCII character of it was
// re-decoded, "utf-8+windows-1252" when some were, else the input's.
func (d *decoded) articleEncoding(span Span, own []Anomaly) string {
	recoded := 0
	for _, a := range own {
		if a.Kind == Recoded {
			recoded += a.Input.Len()
		}
	}
	if recoded == 0 {
		return d.encoding
	}
	nonASCII := 0
	for _, r := range d.text[span.Start:span.End] {
		if r >= 0x80 && r != '\ufeff' {
			nonASCII++
		}
	}
	if nonASCII <= recoded {
		return "windows-1252"
	}
	return "utf-8+windows-1252"
}
