// Package text holds what the stages of newsdoc share about text: spans,
// the tokenizer (Words, Fields, AppendFold), and the lexicon format.
//
// A lexicon is UTF-8 text, one entry a line, # starting a comment line.
// Small hand-kept lists are read into maps by the stage that uses them;
// large generated lists (word lists, names, places) stay in their
// embedded text and are searched there (List), so that loading them
// costs one pass over the bytes and a small index, not a string per
// entry, and only once a look-up needs them (LazyList). Per-language
// lists are chosen by the article's base language (nl-BE reads nl).
package text

import (
	"fmt"
	"strings"
	"sync"
)

// Entries returns the entries of a lexicon: its non-comment, non-blank
// lines, trimmed.
func Entries(data string) []string {
	var out []string
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
// separated fields.
func Lines(data string) [][]string {
	var out [][]string
	for _, l := range Entries(data) {
		out = append(out, strings.Fields(l))
	}
	return out
}

// List is a sorted lexicon searched in place, through a hash index. With keyed set, an entry's
// key is its text up to the first space and the rest is its value
// ("Anna f"); otherwise the whole line is the key ("New York").
type List struct {
	data  string
	lines []entry
	keyed bool
	// lazy, when set, builds lines and slots on the first look-up (see
	// LazyList); nil once done or for a list built by NewList.
	lazy *sync.Once
	// slots is an open-addressing hash index over lines (index+1, 0 for
	// empty): a look-up hashes the key once and compares one or two
	// entries, where a binary search compares about twenty strings.
	slots []uint32
}

// entry locates one entry in a list's data: its key is data[start:key],
// the whole line data[start:end].
type entry struct{ start, key, end uint32 }

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

func (l *List) ready() {
	if o := l.lazy; o != nil {
		o.Do(func() {
			if err := l.index(); err != nil {
				panic("text: embedded list: " + err.Error()) // a build error, not input
			}
		})
	}
}

// index builds lines and slots from data.
func (l *List) index() error {
	data := l.data
	// Sized from the line count: the generated lists run to 100,000
	// entries, and growing the slice entry by entry was most of a
	// process's first parse.
	l.lines = make([]entry, 0, strings.Count(data, "\n")+1)
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
			if len(l.lines) > 0 && k <= prev {
				return fmt.Errorf("entry %q after %q: not sorted or not unique", k, prev)
			}
			prev = k
			l.lines = append(l.lines, entry{uint32(off), uint32(off + len(k)), uint32(end)})
		}
		off = end + 1
	}
	n := 1
	for n < 2*len(l.lines) {
		n <<= 1
	}
	l.slots = make([]uint32, n)
	for i, e := range l.lines {
		h := hashKey(data[e.start:e.key]) & uint32(n-1)
		for l.slots[h] != 0 {
			h = (h + 1) & uint32(n-1)
		}
		l.slots[h] = uint32(i + 1)
	}
	return nil
}

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
	return len(l.lines)
}

// Lookup returns the value of the entry with key k.
func (l *List) Lookup(k string) (string, bool) {
	if l == nil {
		return "", false
	}
	l.ready()
	if len(l.lines) == 0 {
		return "", false
	}
	mask := uint32(len(l.slots) - 1)
	for h := hashKey(k) & mask; l.slots[h] != 0; h = (h + 1) & mask {
		e := l.lines[l.slots[h]-1]
		if l.data[e.start:e.key] == k {
			return strings.TrimPrefix(l.data[e.key:e.end], " "), true
		}
	}
	return "", false
}

// Has reports whether the list holds key k.
func (l *List) Has(k string) bool {
	_, ok := l.Lookup(k)
	return ok
}
