package ninjs

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc"
	"github.com/newsdoc/newsdoc/internal/golden"
	"github.com/newsdoc/newsdoc/internal/jsonschema"
)

var update = flag.Bool("update", false, "rewrite the .golden files")

// articles parses a file of the repository's testdata.
func articles(t *testing.T, file string) []*newsdoc.Article {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", file))
	if err != nil {
		t.Fatal(err)
	}
	var as []*newsdoc.Article
	for a, err := range new(newsdoc.Parser).Articles(src) {
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, a)
	}
	return as
}

// TestGolden pins the objects of a few articles: a dump with a section
// that maps to a subject, a wire story with a dateline, an export with
// authors and a day-only date, and two articles in one file.
func TestGolden(t *testing.T) {
	for _, file := range []string{
		"testdata/en/council.txt",
		"testdata/formats/text/nl-belga.txt",
		"testdata/formats/lexisnexis/en-classic.txt",
		"testdata/multi/two-articles.txt",
	} {
		t.Run(file, func(t *testing.T) {
			var got bytes.Buffer
			for _, a := range articles(t, file) {
				b, err := Append(nil, a, newsdoc.JSONOptions{File: file})
				if err != nil {
					t.Fatal(err)
				}
				json.Indent(&got, b, "", "  ")
				got.WriteByte('\n')
			}
			name := filepath.Join("testdata", strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(file, "testdata/"), ".txt"), "/", "_")+".golden")
			golden.Check(t, name, got.String(), *update)
		})
	}
}

// TestSchema validates the object of every article of testdata against
// the ninjs 2.1 field set (testdata/ninjs-2.1-fields.schema.json). The
// x-newsdoc member is taken out first: ninjs 2.1 allows no member it does
// not list, so a strict validator of the official schema rejects it; its
// quotes and people are checked to be the newsdoc object's instead.
func TestSchema(t *testing.T) {
	b, err := os.ReadFile("testdata/ninjs-2.1-fields.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := jsonschema.Compile(b)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".txt") && !strings.Contains(path, "fuzz") {
			files = append(files, strings.TrimPrefix(path, "../"))
		}
		return err
	})
	seen := map[string]bool{}
	for _, file := range files {
		for _, a := range articles(t, file) {
			o := newsdoc.JSONOptions{File: file}
			b, err := Append(nil, a, o)
			if err != nil {
				t.Fatal(err)
			}
			var obj map[string]json.RawMessage
			if err := json.Unmarshal(b, &obj); err != nil {
				t.Fatal(err)
			}
			var ext Extension
			if err := json.Unmarshal(obj["x-newsdoc"], &ext); err != nil {
				t.Fatalf("%s: x-newsdoc: %v", file, err)
			}
			delete(obj, "x-newsdoc")
			for k := range obj {
				seen[k] = true
			}
			plain, _ := json.Marshal(obj)
			if err := s.Validate(plain); err != nil {
				t.Errorf("%s article %d: %v", file, a.Index, err)
			}
			nd, _ := a.AppendJSON(nil, o)
			var want struct{ Quotes, People json.RawMessage }
			json.Unmarshal(nd, &want)
			if !bytes.Equal(want.Quotes, ext.Quotes) || !bytes.Equal(want.People, ext.People) {
				t.Errorf("%s article %d: x-newsdoc quotes or people differ from the newsdoc object", file, a.Index)
			}
			if ext.ID != file+"#"+strconv.Itoa(a.Index) {
				t.Errorf("%s article %d: id %q", file, a.Index, ext.ID)
			}
		}
	}
	// Every member the package can write was written and checked.
	for _, k := range []string{"uri", "standard", "type", "language", "headlines", "by", "firstcreated", "versioncreated", "bodies", "subjects", "located"} {
		if !seen[k] {
			t.Errorf("no article of testdata gave %q", k)
		}
	}
}

func TestDateTime(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"2018-04-05T00:54+02:00", "2018-04-05T00:54:00+02:00"},
		{"2018-04-05T00:54:07.5Z", "2018-04-05T00:54:07.5Z"},
		{"2018-04-05T00:54", ""}, // no offset: not an instant
		{"2018-04-05", ""},       // a day is not midnight
		{"2018-04", ""},
	} {
		w, err := newsdoc.ParseDate(tc.in)
		if err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		got, _ := dateTime(w.Start)
		if got != tc.want {
			t.Errorf("dateTime(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSubject(t *testing.T) {
	for _, tc := range []struct {
		section, uri string
	}{
		{"Politiek", "http://cv.iptc.org/newscodes/mediatopic/11000000"},
		{" sport ", "http://cv.iptc.org/newscodes/mediatopic/15000000"},
		{"Business", "http://cv.iptc.org/newscodes/mediatopic/04000000"},
		{"Binnenland", ""},
		{"", ""},
	} {
		s, ok := subject(tc.section)
		if s.URI != tc.uri || ok != (tc.uri != "") || (ok && s.Name == "") {
			t.Errorf("subject(%q) = %+v, %v", tc.section, s, ok)
		}
	}
}
