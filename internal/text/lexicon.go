// Package text holds what the stages of newsdoc share about text: spans,
// the tokenizer (Words, Fields, AppendFold), and the lexicon format.
//
// A lexicon is UTF-8 text, one entry a line, # starting a comment line.
// Small hand-kept lists are read into maps by the stage that uses them;
// large generated lists (word lists, names, places) stay in their
// embedded text and are searched there (List), through a hash index that
// is embedded beside them (IndexedList) or built in one pass over the
// bytes on the first look-up (LazyList): never a string per entry. Per-language
// lists are chosen by the article's base language (nl-BE reads nl).
package text

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Entries returns the entries of a lexicon: its non-comment, non-blank
// lines, trimmed.
func Entries(data string) []string {
	out := make([]string, 0, strings.Count(data, "\n")+1)
	for l := range strings.SplitSeq(data, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// Lines returns the entries of a lexicon, each split into white-space
// separated fields. The fields of all lines share one array: the hand
// lists are read when a process starts, where an allocation a line was
// most of the cost.
func Lines(data string) [][]string {
	es := Entries(data)
	n := 0
	for _, l := range es {
		n += CountFields(l)
	}
	all := make([]string, 0, n)
	out := make([][]string, 0, len(es))
	for _, l := range es {
		from := len(all)
		for f := range strings.FieldsSeq(l) {
			all = append(all, f)
		}
		out = append(out, all[from:len(all):len(all)])
	}
	return out
}

// List is a sorted lexicon searched in place, through a hash index. With keyed set, an entry's
// key is its text up to the first space and the rest is its value
// ("Anna f"); otherwise the whole line is the key ("New York").
type List struct {
	data  string
	keyed bool
	n     int // entries
	// lazy, when set, builds idx on the first look-up (see LazyList);
	// nil once done or for a list built by NewList or IndexedList.
	lazy *sync.Once
	// idx is an open-addressing hash index over the entries, a power of
	// two of little-endian uint32 slots, 0 for empty. A slot's low 24
	// bits are the offset in data of an entry's line plus one, its high
	// 8 bits the top byte of the key's hash: a look-up reads the line
	// only when that byte agrees, so a miss (most look-ups) seldom
	// touches the list's text, and each touch of a list of a megabyte
	// is a cache miss. A look-up hashes the key once and compares one
	// entry or none, where a binary search compares about twenty
	// strings. The index holds nothing else: a table of the entries
	// beside it doubled the memory a process's first look-up had to
	// touch. It is a string so that an embedded index (IndexedList) is
	// read where it lies.
	idx string
}

// NewList reads a sorted list. It reports an error when the entries are
// not in byte order or repeat a key, so that a hand-edited list that
// breaks the search is caught by the tests that load it.
func NewList(data string, keyed bool) (*List, error) {
	l := &List{data: data, keyed: keyed}
	return l, l.index()
}

// LazyList returns a list of data that is indexed on its first look-up:
// a process that parses one English article never pays for the Dutch
// word list. It panics then if NewList would have reported an error, so
// it is for embedded lists whose tests load them with NewList.
func LazyList(data string, keyed bool) *List {
	return &List{data: data, keyed: keyed, lazy: new(sync.Once)}
}

// IndexedList returns a list of data searched through idx, the index
// AppendIndex wrote for the same data and keyed. Building the index of a
// large list costs a process milliseconds and a megabyte of heap on its
// first look-up; an index embedded beside the list costs neither, and
// only the pages a look-up touches are read. It panics on an index of
// the wrong shape, so it is for embedded lists whose tests compare the
// index with the one NewList builds. An empty index, that of a list just
// added whose index is still to be written, is built on the first
// look-up, as LazyList's: so the test that writes the indexes can run.
func IndexedList(data, idx string, keyed bool) *List {
	if idx == "" {
		return LazyList(data, keyed)
	}
	slots := (len(idx) - 4) / 4
	if len(idx) < 8 || len(idx)%4 != 0 || slots&(slots-1) != 0 {
		panic("text: embedded list index of " + strconv.Itoa(len(idx)) + " bytes: not a header and a power of two of slots")
	}
	n := int(le32(idx))
	return &List{data: data, keyed: keyed, n: n, idx: idx[4:]}
}

// AppendIndex appends to b the index IndexedList reads: the number of
// entries and the slots, each a little-endian uint32.
func (l *List) AppendIndex(b []byte) []byte {
	l.ready()
	b = binary.LittleEndian.AppendUint32(b, uint32(l.n))
	return append(b, l.idx...)
}

func (l *List) ready() {
	if o := l.lazy; o != nil {
		o.Do(func() {
			if err := l.index(); err != nil {
				panic("text: embedded list: " + err.Error()) // a build error, not input
			}
		})
	}
}

// le32 reads the little-endian uint32 at the start of s; the compiler
// makes it one load.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// index builds idx from data, in one pass over it.
func (l *List) index() error {
	data := l.data
	// Sized from the line count, at most half full.
	lines := strings.Count(data, "\n") + 1
	size := 1
	for size < 2*lines {
		size <<= 1
	}
	if len(data) >= offMask {
		return fmt.Errorf("list of %d bytes: too large for the index's 24-bit offsets", len(data))
	}
	slots := make([]byte, 4*size)
	mask := uint32(size - 1)
	n := 0
	prev := ""
	for off := 0; off < len(data); {
		end := strings.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += off
		}
		line := data[off:end]
		if line != "" && line[0] != '#' {
			k := l.key(line)
			if n > 0 && k <= prev {
				return fmt.Errorf("entry %q after %q: not sorted or not unique", k, prev)
			}
			prev = k
			hk := hashKey(k)
			h := hk & mask
			for binary.LittleEndian.Uint32(slots[4*h:]) != 0 {
				h = (h + 1) & mask
			}
			binary.LittleEndian.PutUint32(slots[4*h:], hk&fpMask|uint32(off+1))
			n++
		}
		off = end + 1
	}
	l.idx, l.n = string(slots), n
	return nil
}

// A slot of the index: the hash's top byte over the line's offset plus
// one. A list holds at most 8 M lines, so its mask of at most 2^24 slots
// takes none of the hash's top byte.
const (
	offMask = 1<<24 - 1
	fpMask  = ^uint32(offMask)
)

// hashKey is FNV-1a, inlined: keys are short words and names.
func hashKey(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return h
}

func (l *List) key(line string) string {
	if l.keyed {
		if i := strings.IndexByte(line, ' '); i >= 0 {
			return line[:i]
		}
	}
	return line
}

// Len returns the number of entries.
func (l *List) Len() int {
	l.ready()
	return l.n
}

// Lookup returns the value of the entry with key k.
func (l *List) Lookup(k string) (string, bool) {
	if l == nil {
		return "", false
	}
	l.ready()
	if l.n == 0 {
		return "", false
	}
	mask := uint32(len(l.idx)/4 - 1)
	hk := hashKey(k)
	fp := hk & fpMask
	for h := hk & mask; ; h = (h + 1) & mask {
		slot := le32(l.idx[4*h:])
		if slot == 0 {
			break
		}
		if slot&fpMask != fp {
			continue
		}
		line := l.data[slot&offMask-1:]
		if !strings.HasPrefix(line, k) {
			continue
		}
		// The entry's key is k when k ends where the key does: at the
		// end of the line, or at the space before a keyed entry's value.
		// A key holds neither a line end nor, keyed, a space, so a k that
		// does is found in no entry.
		rest := line[len(k):]
		switch {
		case rest == "" || rest[0] == '\n':
			if strings.IndexByte(k, '\n') >= 0 || l.keyed && strings.IndexByte(k, ' ') >= 0 {
				return "", false
			}
			return "", true
		case l.keyed && rest[0] == ' ':
			if strings.IndexByte(k, '\n') >= 0 || strings.IndexByte(k, ' ') >= 0 {
				return "", false
			}
			if i := strings.IndexByte(rest, '\n'); i >= 0 {
				rest = rest[:i]
			}
			return rest[1:], true
		}
	}
	return "", false
}

// Has reports whether the list holds key k.
func (l *List) Has(k string) bool {
	_, ok := l.Lookup(k)
	return ok
}
