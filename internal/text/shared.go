package text

import (
	"embed"
	"sync"
)

// Lexicons more than one stage reads.
//
//go:embed lexicon/*.txt
var sharedFS embed.FS

// The outlets list, embedded as a string: it is searched where it lies.
//
//go:embed lexicon/outlets.txt
var outletsData string

// Outlets returns the news outlets, broadcasters and agencies
// (lexicon/outlets.txt), by name as written.
var Outlets = sync.OnceValue(func() *List {
	l, err := NewList(outletsData, false)
	if err != nil {
		panic("text: outlets.txt: " + err.Error())
	}
	return l
})
