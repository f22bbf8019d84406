package layout

import (
	"strings"
	"sync"
)

// scratch holds the buffers of one Docs call: the line index, the runs
// blocksOf groups it into, a Mediargus table, and the backing arrays of
// the documents' Meta and Blocks and of the document list. They die as
// soon as the caller has copied a Doc into its own result, so they are
// reused between the documents of a file and, through scratchPool,
// between files: made fresh they were a third of the bytes a parse
// allocated.
//
// Each buffer is an arena: carve hands out disjoint pieces of it, so the
// pieces of several documents can be alive at once; reset starts it over.
// A nil *scratch carves nothing and makes every piece on its own.
type scratch struct {
	ls     []line
	runs   [][]line
	facts  []lineFacts // Detect's, of each line
	meta   []Field
	blocks []Block
	docs   []Doc
	toc    []tocEntry
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// reset makes every buffer free again: the pieces carved before must be
// dead.
func (sc *scratch) reset() {
	sc.freeLines()
	clear(sc.meta) // the pool must not keep the documents' keys alive
	sc.meta = sc.meta[:0]
	sc.blocks = sc.blocks[:0]
	clear(sc.docs)
	sc.docs = sc.docs[:0]
	clear(sc.toc)
	sc.toc = sc.toc[:0]
}

// freeLines makes the line index and the runs free again, once the
// document that read them is parsed.
func (sc *scratch) freeLines() {
	if sc != nil {
		sc.ls = sc.ls[:0]
		sc.runs = sc.runs[:0]
	}
}

// carve returns an empty slice with room for n from the free end of *buf,
// capped at n so that appending to it past n cannot reach the next piece:
// it then moves to the heap, as any slice does. A full buffer is replaced
// by a larger one; the pieces carved before keep the old array.
func carve[T any](buf *[]T, n int) []T {
	b := *buf
	if cap(b)-len(b) < n {
		b = make([]T, 0, max(2*cap(b), n, 64))
	}
	*buf = b[:len(b)+n]
	return b[len(b) : len(b) : len(b)+n]
}

// lines splits src[start:end] into lines. The slice is sized from the
// count of line feeds, so that a long article's lines take one piece
// instead of a dozen grown copies (CR-only text still grows it).
func (sc *scratch) lines(src string, start, end int) []line {
	n := strings.Count(src[start:end], "\n") + 1
	var ls []line
	if sc == nil {
		ls = make([]line, 0, n)
	} else {
		ls = carve(&sc.ls, n)
	}
	return appendLines(ls, src[:end], start)
}

// runList returns an empty list with room for n runs of lines.
func (sc *scratch) runList(n int) [][]line {
	if sc == nil {
		return make([][]line, 0, n)
	}
	return carve(&sc.runs, n)
}

// metaList returns an empty list with room for n fields.
func (sc *scratch) metaList(n int) []Field {
	if sc == nil {
		return make([]Field, 0, n)
	}
	return carve(&sc.meta, n)
}

// blockList returns an empty list with room for n blocks.
func (sc *scratch) blockList(n int) []Block {
	if sc == nil {
		return make([]Block, 0, n)
	}
	return carve(&sc.blocks, n)
}

// docList returns an empty list with room for n documents.
func (sc *scratch) docList(n int) []Doc {
	if sc == nil {
		return make([]Doc, 0, n)
	}
	return carve(&sc.docs, n)
}

// tocList returns an empty list with room for n table entries.
func (sc *scratch) tocList(n int) []tocEntry {
	if sc == nil {
		return make([]tocEntry, 0, n)
	}
	return carve(&sc.toc, n)
}

// joinMeta returns a followed by b, in a new piece when a has no room: a
// cover page or a table entry goes before the fields of its document.
func (sc *scratch) joinMeta(a, b []Field) []Field {
	if cap(a)-len(a) < len(b) {
		a = append(sc.metaList(len(a)+len(b)), a...)
	}
	return append(a, b...)
}

// joinBlocks returns a followed by b, in a new piece when a has no room.
func (sc *scratch) joinBlocks(a, b []Block) []Block {
	if len(a) == 0 {
		return b
	}
	if cap(a)-len(a) < len(b) {
		a = append(sc.blockList(len(a)+len(b)), a...)
	}
	return append(a, b...)
}
