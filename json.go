package newsdoc

import (
	"encoding/json"
	"strconv"

	"github.com/newsdoc/newsdoc/internal/dates"
)

// JSONOptions configures [Article.AppendJSON].
type JSONOptions struct {
	// File is written as the "file" member (the CLI passes the path read).
	File string
	// Runes writes offsets as Unicode code point counts instead of bytes,
	// which is how Python and R index strings.
	Runes bool
	// Source adds the article's own text, Source[Span.Start:Span.End], as
	// "source": an offset o of the object is source[o-start]. Not the
	// whole input, which a file of many articles would repeat in each.
	Source bool
}

// The JSON object of one article. Its members are a public interface,
// documented in doc.go; add members, never rename them.
type jsonArticle struct {
	File      string        `json:"file"`
	Index     int           `json:"index"`
	Format    string        `json:"format"`
	Encoding  string        `json:"encoding,omitempty"`
	Lang      string        `json:"lang"`
	Start     int           `json:"start"`
	End       int           `json:"end"`
	Headline  string        `json:"headline"`
	Authors   []string      `json:"authors"`
	Published string        `json:"published"`
	Precision string        `json:"published_precision"`
	DateRaw   string        `json:"published_raw"`
	Section   string        `json:"section"`
	Blocks    []jsonBlock   `json:"blocks"`
	Quotes    []jsonQuote   `json:"quotes"`
	People    []jsonPerson  `json:"people"`
	Meta      orderedMeta   `json:"meta"`
	Spans     jsonSpans     `json:"spans"`
	Source    string        `json:"source,omitempty"`
	Anomalies []jsonAnomaly `json:"anomalies,omitempty"`
}

type jsonAnomaly struct {
	Kind       string `json:"kind"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	InputStart int    `json:"input_start"`
	InputEnd   int    `json:"input_end"`
}

// jsonSpans holds the spans of the fields that are plain strings in the
// object: [start, end], [0, 0] when absent.
type jsonSpans struct {
	Headline  [2]int      `json:"headline"`
	Authors   [][2]int    `json:"authors"`
	Section   [2]int      `json:"section"`
	Published [][2]int    `json:"published"`
	Meta      orderedMeta `json:"-"` // written by MarshalJSON, same keys as meta
}

func (s jsonSpans) MarshalJSON() ([]byte, error) {
	type plain jsonSpans // without this method
	b, err := json.Marshal(plain(s))
	if err != nil {
		return nil, err
	}
	b = append(b[:len(b)-1], `,"meta":{`...)
	for i, m := range s.Meta {
		if i > 0 {
			b = append(b, ',')
		}
		k, err := json.Marshal(m.key)
		if err != nil {
			return nil, err
		}
		b = append(append(b, k...), ':', '[')
		b = strconv.AppendInt(b, int64(m.span[0]), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(m.span[1]), 10)
		b = append(b, ']')
	}
	return append(b, '}', '}'), nil
}

type metaEntry struct {
	key, value string
	span       [2]int
}

// orderedMeta is the meta object with its keys in source order (a Go map
// would sort them).
type orderedMeta []metaEntry

func (m orderedMeta) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for i, e := range m {
		if i > 0 {
			b = append(b, ',')
		}
		k, err := json.Marshal(e.key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(e.value)
		if err != nil {
			return nil, err
		}
		b = append(append(append(b, k...), ':'), v...)
	}
	return append(b, '}'), nil
}

type jsonBlock struct {
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Loc   string `json:"loc,omitempty"` // where in the container (Block.Loc)
}

type jsonPerson struct {
	Name     string   `json:"name"`
	Mentions [][2]int `json:"mentions"`
}

type jsonQuote struct {
	Text         string  `json:"text"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Speaker      string  `json:"speaker"`
	SpeakerStart int     `json:"speaker_start"`
	SpeakerEnd   int     `json:"speaker_end"`
	Cue          string  `json:"cue"`
	CueStart     int     `json:"cue_start"`
	CueEnd       int     `json:"cue_end"`
	Kind         string  `json:"kind"`
	Block        int     `json:"block"`
	Closed       bool    `json:"closed"`
	Person       int     `json:"person"`
	Confidence   float64 `json:"confidence"`
}

// String returns the precision's name: "year", "month", "day", "hour",
// "minute", "second", "fraction", or "none".
func (p Precision) String() string { return dates.Precision(p).String() }

// MarshalJSON encodes the article as the CLI prints it, with byte offsets.
// Its receiver is a value so that json.Marshal gives the same object for an
// Article and for a *Article.
func (a Article) MarshalJSON() ([]byte, error) { return a.AppendJSON(nil, JSONOptions{}) }

// AppendJSON appends the article's JSON object (see the package
// documentation for its members) to dst.
func (a *Article) AppendJSON(dst []byte, o JSONOptions) ([]byte, error) {
	off := func(i int) int { return i }
	if o.Runes {
		off = a.runeIndex().runes
	}
	j := jsonArticle{
		File:      o.File,
		Index:     a.Index,
		Format:    a.Format,
		Encoding:  a.Encoding,
		Start:     off(a.Span.Start),
		End:       off(a.Span.End),
		Headline:  a.Headline.Text,
		Authors:   []string{},
		Published: a.Published.String(),
		Precision: a.Published.Precision.String(),
		DateRaw:   a.Published.Raw,
		Section:   a.Section.Text,
		Blocks:    make([]jsonBlock, 0, len(a.Blocks)),
		Quotes:    make([]jsonQuote, 0, len(a.Quotes)),
	}
	if a.Encoding == "utf-8" {
		j.Encoding = ""
	}
	if a.Lang.String() != "und" {
		j.Lang = a.Lang.String()
	}
	for _, au := range a.Authors {
		j.Authors = append(j.Authors, au.Text)
	}
	for _, b := range a.Blocks {
		j.Blocks = append(j.Blocks, jsonBlock{b.Kind.String(), b.Text, off(b.Span.Start), off(b.Span.End), b.Loc})
	}
	for _, q := range a.Quotes {
		j.Quotes = append(j.Quotes, jsonQuote{
			Text: q.Text, Start: off(q.Span.Start), End: off(q.Span.End),
			Speaker: q.Speaker, SpeakerStart: off(q.SpeakerSpan.Start), SpeakerEnd: off(q.SpeakerSpan.End),
			Cue: q.Cue, CueStart: off(q.CueSpan.Start), CueEnd: off(q.CueSpan.End),
			Kind: q.Kind.String(), Block: q.Block, Closed: !q.Close.IsZero(), Person: q.Person, Confidence: q.Confidence,
		})
	}
	j.People = make([]jsonPerson, 0, len(a.People))
	for _, p := range a.People {
		jp := jsonPerson{Name: p.Name, Mentions: make([][2]int, len(p.Mentions))}
		for i, m := range p.Mentions {
			jp.Mentions[i] = [2]int{off(m.Start), off(m.End)}
		}
		j.People = append(j.People, jp)
	}
	span := func(s Span) [2]int { return [2]int{off(s.Start), off(s.End)} }
	j.Spans = jsonSpans{
		Headline:  span(a.Headline.Span),
		Authors:   make([][2]int, 0, len(a.Authors)),
		Section:   span(a.Section.Span),
		Published: make([][2]int, 0, len(a.PublishedSpans)),
	}
	for _, au := range a.Authors {
		j.Spans.Authors = append(j.Spans.Authors, span(au.Span))
	}
	for _, s := range a.PublishedSpans {
		j.Spans.Published = append(j.Spans.Published, span(s))
	}
	seen := make(map[string]bool, len(a.Meta))
	j.Meta = make(orderedMeta, 0, len(a.Meta))
	for _, m := range a.Meta {
		k := m.Key
		// A repeated key keeps every value: "key", "key_2", "key_3", …
		for n := 2; seen[k]; n++ {
			k = m.Key + "_" + strconv.Itoa(n)
		}
		seen[k] = true
		j.Meta = append(j.Meta, metaEntry{k, m.Value, span(m.Span)})
	}
	j.Spans.Meta = j.Meta
	for _, an := range a.Anomalies {
		j.Anomalies = append(j.Anomalies, jsonAnomaly{an.Kind.String(), off(an.Span.Start), off(an.Span.End), an.Input.Start, an.Input.End})
	}
	if o.Source {
		j.Source = a.Source[a.Span.Start:a.Span.End]
	}
	b, err := json.Marshal(j)
	if err != nil {
		return dst, err
	}
	return append(dst, b...), nil
}

// runeIndex converts byte offsets to code point offsets with a checkpoint
// every 256 bytes, so that a large file costs little memory.
type runeIndex struct {
	src string
	cp  []int // cp[i] = code points before byte i*256
}

// runeIndex returns the rune index of Source, built once for all the
// articles of one input: building it per article would make a file of n
// articles cost n times its size.
func (a *Article) runeIndex() *runeIndex {
	if a.dec == nil {
		return newRuneIndex(a.Source)
	}
	a.dec.runesOnce.Do(func() { a.dec.runes = newRuneIndex(a.Source) })
	return a.dec.runes
}

func newRuneIndex(src string) *runeIndex {
	ri := &runeIndex{src: src, cp: make([]int, 0, len(src)/256+1)}
	n := 0
	for i := 0; i < len(src); i += 256 {
		ri.cp = append(ri.cp, n)
		n += countRunes(src[i:min(i+256, len(src))])
	}
	return ri
}

func (ri *runeIndex) runes(off int) int {
	if off <= 0 {
		return 0
	}
	if off > len(ri.src) {
		off = len(ri.src)
	}
	k := off / 256
	if k >= len(ri.cp) {
		k = len(ri.cp) - 1
	}
	return ri.cp[k] + countRunes(ri.src[k*256:off])
}

// countRunes counts the bytes that start a code point, which is exact for
// valid UTF-8 even when s cuts a code point in two.
func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
