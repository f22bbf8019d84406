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
	"math"
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
	keyed bool
	n     int // entries
	// lazy, when set, builds slots on the first look-up (see LazyList);
	// nil once done or for a list built by NewList.
	lazy *sync.Once
	// slots is an open-addressing hash index over the entries: the offset
	// in data of an entry's line plus one, 0 for empty. A look-up hashes
	// the key once and compares one or two entries, where a binary search
	// compares about twenty strings. The index holds nothing else: a
	// table of the entries beside it doubled the memory a process's first
	// look-up had to touch, and on a fresh heap every page of it was a
	// page fault.
	slots []uint32
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

func (l *List) ready() {
	if o := l.lazy; o != nil {
		o.Do(func() {
			if err := l.index(); err != nil {
				panic("text: embedded list: " + err.Error()) // a build error, not input
			}
		})
	}
}

// index builds slots from data, in one pass over it.
func (l *List) index() error {
	data := l.data
	// Sized from the line count, at most half full.
	lines := strings.Count(data, "\n") + 1
	size := 1
	for size < 2*lines {
		size <<= 1
	}
	if len(data) >= math.MaxUint32 {
		return fmt.Errorf("list of %d bytes: too large", len(data))
	}
	slots := make([]uint32, size)
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
			h := hashKey(k) & mask
			for slots[h] != 0 {
				h = (h + 1) & mask
			}
			slots[h] = uint32(off + 1)
			n++
		}
		off = end + 1
	}
	l.slots, l.n = slots, n
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
	mask := uint32(len(l.slots) - 1)
	for h := hashKey(k) & mask; l.slots[h] != 0; h = (h + 1) & mask {
		line := l.data[l.slots[h]-1:]
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
