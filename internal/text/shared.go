package text

import (
	"embed"
	"sync"
)

// Lexicons more than one stage reads.
//
//go:embed lexicon/*.txt
var sharedFS embed.FS

// Outlets returns the news outlets, broadcasters and agencies
// (lexicon/outlets.txt), by name as written.
var Outlets = sync.OnceValue(func() *List {
	data, err := readString(sharedFS, "lexicon/outlets.txt")
	if err != nil {
		panic("text: missing embedded lexicon outlets.txt") // a build error, not input
	}
	l, err := NewList(data, false)
	if err != nil {
		panic("text: outlets.txt: " + err.Error())
	}
	return l
})
