package container

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// A small RTF reader: groups, control words and symbols, \par, \line,
// \tab, \u escapes with \uc, \'hh bytes in the document's ANSI code page,
// and destination groups (font and colour tables, style sheet, info,
// pictures, field instructions, anything under \*) skipped. It keeps the
// font size and italics of each paragraph, which GoPress uses to mark the
// title, the meta lines and the lead.
//
// The reader is a loop over the bytes with an explicit stack, so nesting
// costs no call depth; past maxRTFDepth groups are only counted, so a file
// of a million '{' costs a counter, not memory.

const maxRTFDepth = 1024

// rtfPara is one paragraph.
type rtfPara struct {
	Start, End int // its text in the decoded text, untrimmed
	FontSize   int // half-points, of its first character (0 if none)
	Italic     bool
	hasText    bool
	italicN    int // characters in italics
	plainN     int // characters not in italics
}

type rtfState struct {
	uc     int  // characters to skip after \u
	skip   bool // inside an ignored destination
	italic bool
	bold   bool
	fs     int
}

// ignoredDest are the destinations whose text is not document text.
var ignoredDest = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true,
	"header": true, "headerl": true, "headerr": true, "headerf": true, "footer": true,
	"footerl": true, "footerr": true, "footerf": true, "fldinst": true, "xe": true, "tc": true,
	"object": true, "objdata": true, "themedata": true, "colorschememapping": true,
	"latentstyles": true, "datastore": true, "listtable": true, "listoverridetable": true,
	"rsidtbl": true, "generator": true, "xmlnstbl": true, "mmathPr": true, "filetbl": true,
	"revtbl": true, "pgdsctbl": true, "operator": true, "author": true, "title": true,
	"bkmkstart": true, "bkmkend": true, "shpinst": true, "nonshppict": true, "listtext": true,
}

// symbols are control words that stand for a character.
var rtfSymbols = map[string]string{
	"tab": "\t", "line": "\n", "emdash": "—", "endash": "–", "bullet": "•",
	"lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
	"emspace": " ", "enspace": " ", "qmspace": " ", "cell": "\t",
}

// codePages maps \ansicpg numbers to single-byte code pages; others read
// as Windows-1252.
var codePages = map[int]*charmap.Charmap{
	1250: charmap.Windows1250, 1251: charmap.Windows1251, 1252: charmap.Windows1252,
	1253: charmap.Windows1253, 1254: charmap.Windows1254, 1255: charmap.Windows1255,
	1256: charmap.Windows1256, 1257: charmap.Windows1257, 1258: charmap.Windows1258,
	437: charmap.CodePage437, 850: charmap.CodePage850, 10000: charmap.Macintosh,
	28591: charmap.ISO8859_1, 28605: charmap.ISO8859_15,
}

// readRTFParas decodes src into text, one paragraph a line.
func readRTFParas(src string, limit int) (string, []rtfPara, string, error) {
	var sb strings.Builder
	var paras []rtfPara
	cp := charmap.Windows1252
	cpName := "windows-1252"
	stack := make([]rtfState, 0, 16)
	st := rtfState{uc: 1}
	deep := 0  // groups opened past maxRTFDepth
	skipN := 0 // characters still to skip after \u
	cur := rtfPara{}
	write := func(s string) {
		if st.skip || s == "" {
			return
		}
		if !cur.hasText {
			cur.hasText = true
			cur.FontSize = st.fs
		}
		if strings.TrimFunc(s, isSpace) != "" {
			if st.italic {
				cur.italicN++
			} else {
				cur.plainN++
			}
		}
		sb.WriteString(s)
	}
	endPara := func() {
		cur.End = sb.Len()
		cur.Italic = cur.italicN > 0 && cur.plainN == 0
		paras = append(paras, cur)
		sb.WriteByte('\n')
		cur = rtfPara{Start: sb.Len()}
	}
	for i := 0; i < len(src); {
		if sb.Len() > limit {
			return "", nil, "", &Error{Container: "rtf", Offset: int64(i), Err: ErrTooLarge}
		}
		c := src[i]
		switch c {
		case '{':
			skipN = 0
			if len(stack) >= maxRTFDepth {
				deep++
			} else {
				stack = append(stack, st)
			}
			i++
		case '}':
			skipN = 0
			if deep > 0 {
				deep--
			} else if len(stack) > 0 {
				st = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
			i++
		case '\r', '\n':
			i++
		case '\\':
			if i+1 >= len(src) {
				i++
				break
			}
			n := src[i+1]
			switch {
			case n == '\'':
				if i+4 <= len(src) {
					if b, err := strconv.ParseUint(src[i+2:i+4], 16, 8); err == nil {
						i += 4
						if skipN > 0 {
							skipN--
							break
						}
						write(string(cp.DecodeByte(byte(b))))
						break
					}
				}
				i += 2
			case n == '*':
				st.skip = true
				i += 2
			case n == '\\' || n == '{' || n == '}':
				i += 2
				if skipN > 0 {
					skipN--
					break
				}
				write(string(n))
			case n == '~':
				i += 2
				write("\u00a0")
			case n == '_':
				i += 2
				write("\u2011")
			case n == '\r' || n == '\n':
				i += 2
				endPara()
			case isLetter(n):
				j := i + 1
				for j < len(src) && isLetter(src[j]) && j-i < 34 {
					j++
				}
				word := src[i+1 : j]
				k := j
				if k < len(src) && src[k] == '-' {
					k++
				}
				for k < len(src) && src[k] >= '0' && src[k] <= '9' && k-j < 11 {
					k++
				}
				param, hasParam := 0, false
				if k > j && src[j:k] != "-" {
					param, _ = strconv.Atoi(src[j:k])
					hasParam = true
				} else {
					k = j
				}
				if k < len(src) && src[k] == ' ' {
					k++ // the delimiter space belongs to the control word
				}
				i = k
				switch {
				case word == "u" && hasParam:
					if param < 0 {
						param += 65536
					}
					r := rune(param)
					if !utf8.ValidRune(r) {
						r = utf8.RuneError
					}
					write(string(r))
					skipN = st.uc
				case word == "uc":
					st.uc = max(0, min(param, 8))
				case word == "ansicpg":
					if m, ok := codePages[param]; ok {
						cp, cpName = m, "windows-"+strconv.Itoa(param)
						if param < 1250 || param > 1258 {
							cpName = "cp" + strconv.Itoa(param)
						}
					}
				case word == "par" || word == "sect" || word == "row" || word == "page":
					if !st.skip {
						endPara()
					}
				case word == "i":
					st.italic = !hasParam || param != 0
				case word == "b":
					st.bold = !hasParam || param != 0
				case word == "fs":
					st.fs = param
				case word == "plain":
					st.italic, st.bold, st.fs = false, false, 0
				case ignoredDest[word]:
					st.skip = true
				default:
					if s, ok := rtfSymbols[word]; ok {
						if skipN > 0 {
							skipN--
							break
						}
						write(s)
					}
				}
			default:
				i += 2 // an unknown control symbol
			}
		default:
			// A run of plain ASCII text is written at once.
			if c < 0x80 && skipN == 0 {
				j := i + 1
				for j < len(src) && src[j] < 0x80 && src[j] != '\\' && src[j] != '{' && src[j] != '}' && src[j] != '\r' && src[j] != '\n' {
					j++
				}
				if !st.skip {
					write(src[i:j])
				}
				i = j
				break
			}
			// Text. A raw byte above 0x7F is in the code page, as in \'hh.
			r, size := rune(c), 1
			if c >= 0x80 {
				r = cp.DecodeByte(c)
			}
			i += size
			if skipN > 0 {
				skipN--
				break
			}
			if st.skip {
				break
			}
			write(string(r))
		}
	}
	if cur.hasText || sb.Len() > cur.Start {
		cur.End = sb.Len()
		cur.Italic = cur.italicN > 0 && cur.plainN == 0
		paras = append(paras, cur)
	}
	return sb.String(), paras, cpName, nil
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
