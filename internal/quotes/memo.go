package quotes

import (
	"encoding/binary"
	"unsafe"
)

// A wordMemo holds, for one article, the answers of the look-ups that
// search several lists for one word: an article asks about the same
// names and nouns again and again (on the annotated articles 84% of the
// given-name look-ups repeat a word of the same article, and half of the
// place look-ups do). A hit costs a hash of the word and a comparison,
// with no allocation; reset forgets every answer by a new generation,
// without clearing.
type wordMemo struct {
	slots []memoSlot // open addressing, a power of two
	used  int
	gen   uint32 // the slots of this generation are the article's
	keys  []byte // the keys' bytes: a word may stand in a scratch buffer
}

type memoSlot struct {
	key  string
	gen  uint32
	kind memoKind
	val  uint16
}

// What a slot answers.
type memoKind uint8

const (
	memoGiven      memoKind = iota + 1 // givenName: 1<<8 | sex when a given name
	memoPlace                          // isPlace: 1 when a place
	memoPersonNoun                     // personNoun: 1 when a noun for a person
)

// next forgets the last article's answers.
func (m *wordMemo) next() {
	m.gen++
	if m.gen == 0 { // wrapped: slots of an old generation could match
		clear(m.slots)
		m.gen = 1
	}
	m.used, m.keys = 0, m.keys[:0]
}

// memoHash hashes the kind and the word from its first and last bytes
// and its length, as wyhash does short inputs: a table probe compares
// whole keys, and a loop over every byte cost more than the list
// look-ups it spares for short words.
func memoHash(kind memoKind, w string) uint32 {
	var x, y uint64
	switch n := len(w); {
	case n >= 8:
		x = binary.LittleEndian.Uint64([]byte(w[:8]))
		y = binary.LittleEndian.Uint64([]byte(w[n-8:]))
	case n >= 4:
		x = uint64(binary.LittleEndian.Uint32([]byte(w[:4])))
		y = uint64(binary.LittleEndian.Uint32([]byte(w[n-4:])))
	case n > 0:
		x = uint64(w[0])<<16 | uint64(w[n/2])<<8 | uint64(w[n-1])
	}
	h := (x ^ y<<29 ^ y>>35 ^ uint64(len(w))<<56 ^ uint64(kind)<<48) * 0x9e3779b97f4a7c15
	return uint32(h >> 32)
}

// find returns the slot of kind and w, and whether it holds an answer;
// when it does not, the slot is where put writes one.
func (m *wordMemo) find(kind memoKind, w string) (*memoSlot, bool) {
	if m.gen == 0 {
		m.gen = 1 // a memo never reset: zeroed slots are of generation 0
	}
	if 2*(m.used+1) > len(m.slots) {
		m.grow()
	}
	mask := uint32(len(m.slots) - 1)
	for i := memoHash(kind, w) & mask; ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.gen != m.gen {
			return s, false
		}
		if s.kind == kind && s.key == w {
			return s, true
		}
	}
}

// put writes the answer v for kind and w into s, which find returned.
func (m *wordMemo) put(s *memoSlot, kind memoKind, w string, v uint16) {
	// The key's bytes are copied: a slice of keys that a later append
	// moves stays valid where it was, and reset reuses them only for a
	// new generation, whose slots never compare an old key.
	from := len(m.keys)
	m.keys = append(m.keys, w...)
	key := ""
	if len(w) > 0 {
		key = unsafe.String(&m.keys[from], len(w))
	}
	*s = memoSlot{key: key, gen: m.gen, kind: kind, val: v}
	m.used++
}

// grow doubles the table (to 1,024 slots at first), keeping this
// generation's answers.
func (m *wordMemo) grow() {
	old := m.slots
	m.slots = make([]memoSlot, max(1024, 2*len(old)))
	mask := uint32(len(m.slots) - 1)
	for _, s := range old {
		if s.gen != m.gen {
			continue
		}
		i := memoHash(s.kind, s.key) & mask
		for m.slots[i].gen == m.gen {
			i = (i + 1) & mask
		}
		m.slots[i] = s
	}
}

// givenName is the package's givenName, remembered for the article.
func (a *article) givenName(w string) (byte, bool) {
	s, ok := a.memo.find(memoGiven, w)
	if ok {
		return byte(s.val), s.val>>8 != 0
	}
	g, given := givenName(w)
	v := uint16(g)
	if given {
		v |= 1 << 8
	}
	a.memo.put(s, memoGiven, w, v)
	return g, given
}

// isGiven reports whether w is a given name, remembered for the article.
func (a *article) isGiven(w string) bool {
	_, ok := a.givenName(w)
	return ok
}

// isPlace is placeOrPeople, remembered for the article.
func (a *article) isPlace(name string) bool {
	if yes, ok := a.recall(memoPlace, name); ok {
		return yes
	}
	return a.remember(memoPlace, name, a.placeOrPeople(name))
}

// personNoun is personNounOf, remembered for the article.
func (a *article) personNoun(lw string) bool {
	if yes, ok := a.recall(memoPersonNoun, lw); ok {
		return yes
	}
	return a.remember(memoPersonNoun, lw, a.personNounOf(lw))
}

// recall returns the answer the memo holds for kind and w, if any.
// (The look-up is not passed in as a func: a string made for the call,
// "Nova" + " " + "Scotia", would then escape to the heap.)
func (a *article) recall(kind memoKind, w string) (yes, ok bool) {
	s, ok := a.memo.find(kind, w)
	return ok && s.val != 0, ok
}

// remember writes the answer yes for kind and w, and returns it.
func (a *article) remember(kind memoKind, w string, yes bool) bool {
	// Found again: the look-up may have grown the table (isPlace asks
	// itself of a compound's first part).
	s, _ := a.memo.find(kind, w)
	v := uint16(0)
	if yes {
		v = 1
	}
	a.memo.put(s, kind, w, v)
	return yes
}
