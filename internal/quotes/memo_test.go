package quotes

import (
	"fmt"
	"testing"
	"unsafe"
)

// TestWordMemo checks that answers survive the table's growth, that a
// key is the word's bytes and not the buffer it stood in, that kinds do
// not mix, and that next forgets every answer.
func TestWordMemo(t *testing.T) {
	var m wordMemo
	m.next()
	const n = 3000 // past two doublings of the first 1,024 slots
	buf := make([]byte, 0, 16)
	for i := range n {
		buf = fmt.Appendf(buf[:0], "w%d", i)  // one buffer for every key
		w := unsafe.String(&buf[0], len(buf)) // as a word in a scratch buffer
		s, ok := m.find(memoGiven, w)
		if ok {
			t.Fatalf("%q found before it was put", w)
		}
		m.put(s, memoGiven, w, uint16(i))
	}
	buf = append(buf[:0], "overwritten"...)
	for i := range n {
		w := fmt.Sprintf("w%d", i)
		s, ok := m.find(memoGiven, w)
		if !ok || s.val != uint16(i) {
			t.Fatalf("%q: got %v, %v; want %d, true", w, s.val, ok, i)
		}
		if _, ok := m.find(memoPlace, w); ok {
			t.Fatalf("%q found as a place: kinds mixed", w)
		}
	}
	m.next()
	for _, w := range []string{"w0", "w1", "w2999"} {
		if _, ok := m.find(memoGiven, w); ok {
			t.Errorf("%q found after next", w)
		}
	}
	// A wrapped generation clears the slots, so that no slot of an old
	// generation reads as this one's.
	m = wordMemo{}
	m.next() // generation 1
	s, _ := m.find(memoGiven, "w5")
	m.put(s, memoGiven, "w5", 5)
	m.gen = ^uint32(0) // 2^32-2 articles later
	m.next()
	if m.gen != 1 {
		t.Fatalf("generation after wrapping: %d, want 1", m.gen)
	}
	if _, ok := m.find(memoGiven, "w5"); ok {
		t.Error("w5 found after the generation wrapped")
	}
}

// TestMemoAnswers checks that the memoized look-ups answer as the
// look-ups they remember, asked twice, in an article used for two
// languages in turn.
func TestMemoAnswers(t *testing.T) {
	words := []string{"Anne", "Anne-Marie", "De", "Máire", "Scotland", "Antwerpen-Berchem", "SEOUL", "NICE",
		"buurvrouw", "farmworker", "woordvoerder", "studente", "tafel", "the", ""}
	for _, lang := range []string{"en", "nl", ""} {
		a := &article{}
		a.reset("")
		a.lang = lang
		raw := &article{lang: lang}
		for round := range 2 {
			for _, w := range words {
				g1, ok1 := a.givenName(w)
				g2, ok2 := givenName(w)
				if g1 != g2 || ok1 != ok2 {
					t.Errorf("%s round %d: givenName(%q) = %v, %v; uncached %v, %v", lang, round, w, g1, ok1, g2, ok2)
				}
				if got, want := a.isPlace(w), raw.placeOrPeople(w); got != want {
					t.Errorf("%s round %d: isPlace(%q) = %v, uncached %v", lang, round, w, got, want)
				}
				if got, want := a.personNoun(w), raw.personNounOf(w); got != want {
					t.Errorf("%s round %d: personNoun(%q) = %v, uncached %v", lang, round, w, got, want)
				}
			}
		}
	}
}
