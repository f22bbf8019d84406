// Package ninjs writes parsed articles as IPTC ninjs 2.x objects (News in
// JSON, https://iptc.org/standards/ninjs/), for newsroom systems that
// read IPTC.
//
// The members written, when the article gives them:
//
//	uri             "urn:newsdoc:" and a hash of the article's text: the same
//	                text gives the same uri wherever it was read
//	standard        {name: "ninjs", version: "2.1", schema}
//	type            "text"
//	language        the article's language (BCP 47)
//	headlines       [{role: "main", value}]
//	by              the authors, joined by ", " (ninjs 2.x has no bylines
//	                array; that came in 3.0)
//	firstcreated,   the publication date, only when it is known to the
//	versioncreated  minute with its UTC offset: ninjs wants a full
//	                date-time, and a day is not midnight
//	bodies          [{role: "main", contenttype: "text/plain", value,
//	                charcount, wordcount}]: the blocks, separated by a
//	                blank line
//	subjects        the IPTC Media Topic of the section, when the section is
//	                one of the common ones ("Politiek", "Sport", "Business", …)
//	located         the place of a wire dateline ("BRUSSEL (Belga) -")
//	x-newsdoc       what ninjs has no member for: id, file, index, format,
//	                section, published at its precision, published_precision,
//	                and the quotes and people exactly as the newsdoc JSON
//	                object has them (offsets index that object's text)
//
// IPTC's ninjs 2.1 schema allows no member it does not list
// (unevaluatedProperties is false), so a strict validator of that schema
// rejects x-newsdoc: drop that member before validating, as this
// package's tests do.
package ninjs

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc"
)

// Version is the ninjs version the objects follow.
const Version = "2.1"

// SchemaURI is the IPTC schema of that version.
const SchemaURI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"

// Object is a ninjs object as this package writes it.
type Object struct {
	URI            string    `json:"uri"`
	Standard       Standard  `json:"standard"`
	Type           string    `json:"type"`
	Language       string    `json:"language,omitempty"`
	Headlines      []Text    `json:"headlines,omitempty"`
	By             string    `json:"by,omitempty"`
	FirstCreated   string    `json:"firstcreated,omitempty"`
	VersionCreated string    `json:"versioncreated,omitempty"`
	Bodies         []Body    `json:"bodies,omitempty"`
	Subjects       []Subject `json:"subjects,omitempty"`
	Located        string    `json:"located,omitempty"`
	Newsdoc        Extension `json:"x-newsdoc"`
}

// Standard names the standard and version an object follows.
type Standard struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Schema  string `json:"schema"`
}

// Text is a headline.
type Text struct {
	Role  string `json:"role,omitempty"`
	Value string `json:"value"`
}

// Body is the article's text.
type Body struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contenttype,omitempty"`
	Value       string `json:"value"`
	CharCount   int    `json:"charcount"`
	WordCount   int    `json:"wordcount"`
}

// Subject is a concept the article is about.
type Subject struct {
	Name    string `json:"name"`
	URI     string `json:"uri,omitempty"`
	Literal string `json:"literal,omitempty"`
	Rel     string `json:"rel,omitempty"`
}

// Extension holds what newsdoc knows that ninjs has no member for.
type Extension struct {
	ID        string          `json:"id"`
	File      string          `json:"file"`
	Index     int             `json:"index"`
	Format    string          `json:"format"`
	Section   string          `json:"section,omitempty"`
	Published string          `json:"published,omitempty"`
	Precision string          `json:"published_precision"`
	Quotes    json.RawMessage `json:"quotes"`
	People    json.RawMessage `json:"people"`
}

// New returns the ninjs object of article a. o.File is the file it was
// read from; o.Runes chooses the offsets of the quotes and people.
func New(a *newsdoc.Article, o newsdoc.JSONOptions) (*Object, error) {
	// The quotes and people are the newsdoc object's own, so that they
	// read the same in both outputs.
	o.Source = false
	b, err := a.AppendJSON(nil, o)
	if err != nil {
		return nil, err
	}
	var nd struct {
		Quotes json.RawMessage `json:"quotes"`
		People json.RawMessage `json:"people"`
	}
	if err := json.Unmarshal(b, &nd); err != nil {
		return nil, err
	}
	text := a.Text(a.Span)
	sum := sha256.Sum256([]byte(text))
	obj := &Object{
		URI:      "urn:newsdoc:" + hex.EncodeToString(sum[:16]),
		Standard: Standard{Name: "ninjs", Version: Version, Schema: SchemaURI},
		Type:     "text",
		Newsdoc: Extension{
			ID: o.File + "#" + strconv.Itoa(a.Index), File: o.File, Index: a.Index, Format: a.Format,
			Section: a.Section.Text, Published: a.Published.String(), Precision: a.Published.Precision.String(),
			Quotes: nd.Quotes, People: nd.People,
		},
	}
	if l := a.Lang.String(); l != "und" {
		obj.Language = l
	}
	if a.Headline.Text != "" {
		obj.Headlines = []Text{{Role: "main", Value: a.Headline.Text}}
	}
	var authors []string
	for _, au := range a.Authors {
		authors = append(authors, au.Text)
	}
	obj.By = strings.Join(authors, ", ")
	if t, ok := dateTime(a.Published); ok {
		obj.FirstCreated, obj.VersionCreated = t, t
	}
	if len(a.Blocks) > 0 {
		var body strings.Builder
		words := 0
		for i, bl := range a.Blocks {
			if i > 0 {
				body.WriteString("\n\n")
			}
			body.WriteString(bl.Text)
			words += len(strings.Fields(bl.Text))
		}
		v := body.String()
		obj.Bodies = []Body{{Role: "main", ContentType: "text/plain", Value: v, CharCount: utf8.RuneCountInString(v), WordCount: words}}
	}
	if s, ok := subject(a.Section.Text); ok {
		obj.Subjects = []Subject{s}
	}
	obj.Located, _ = a.MetaValue("dateline_place")
	return obj, nil
}

// Append appends the ninjs object of a as one line of JSON, without the
// newline.
func Append(dst []byte, a *newsdoc.Article, o newsdoc.JSONOptions) ([]byte, error) {
	obj, err := New(a, o)
	if err != nil {
		return dst, err
	}
	b, err := json.Marshal(obj)
	if err != nil {
		return dst, err
	}
	return append(dst, b...), nil
}

// dateTime returns d as an RFC 3339 date-time, when d is known to the
// minute and has a UTC offset.
func dateTime(d newsdoc.Date) (string, bool) {
	if d.Precision < newsdoc.PrecisionMinute || !d.HasOffset {
		return "", false
	}
	t, ok := d.Time()
	if !ok {
		return "", false
	}
	return t.Format(time.RFC3339Nano), true
}

// mediaTopics maps common section names, lower-cased, to the top-level
// IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/). Only
// names that say one topic unambiguously are here: "Binnenland" or
// "Regio" say where, not what.
var mediaTopics = map[string]string{
	"politiek": "11000000", "politics": "11000000",
	"economie": "04000000", "economy": "04000000", "business": "04000000", "financiën": "04000000", "finance": "04000000",
	"sport": "15000000", "sports": "15000000",
	"cultuur": "01000000", "culture": "01000000", "kunst": "01000000", "arts": "01000000", "media": "01000000",
	"wetenschap": "13000000", "science": "13000000", "technologie": "13000000", "technology": "13000000", "internet": "13000000", "tech": "13000000",
	"gezondheid": "07000000", "health": "07000000",
	"onderwijs": "05000000", "education": "05000000",
	"milieu": "06000000", "environment": "06000000", "klimaat": "06000000", "climate": "06000000",
	"misdaad": "02000000", "crime": "02000000", "justitie": "02000000",
	"weer": "17000000", "weather": "17000000",
	"religie": "12000000", "religion": "12000000",
}

var topicNames = map[string]string{
	"01000000": "arts, culture, entertainment and media",
	"02000000": "crime, law and justice",
	"04000000": "economy, business and finance",
	"05000000": "education",
	"06000000": "environment",
	"07000000": "health",
	"11000000": "politics",
	"12000000": "religion",
	"13000000": "science and technology",
	"15000000": "sport",
	"17000000": "weather",
}

func subject(section string) (Subject, bool) {
	code, ok := mediaTopics[strings.ToLower(strings.TrimSpace(section))]
	if !ok {
		return Subject{}, false
	}
	return Subject{Name: topicNames[code], URI: "http://cv.iptc.org/newscodes/mediatopic/" + code, Literal: section, Rel: "about"}, true
}
