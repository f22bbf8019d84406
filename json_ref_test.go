package newsdoc

import (
	"encoding/json"
	"strconv"
)

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
	Loc   string `json:"loc,omitempty"`
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

// appendJSONRef is the writer AppendJSON replaced, through encoding/json:
// the reference the hand-written one must match byte for byte.
func appendJSONRef(a *Article, dst []byte, o JSONOptions) ([]byte, error) {
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
