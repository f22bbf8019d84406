package newsdoc

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestJSONMatchesDoc: every member the JSON object has is documented in
// doc.go and every documented member is written; meta keeps source
// order; published_raw is always there; the spans object gives the text
// of headline, authors, section, published and meta (item 20 of issue 9).
func TestJSONMatchesDoc(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	// Members are the first word of a line in the JSON section:
	// "//\tname   description".
	section := string(doc[strings.Index(string(doc), "// # JSON"):strings.Index(string(doc), "// # Errors")])
	var documented []string
	for _, m := range regexp.MustCompile(`(?m)^//\t([a-z_]+(?:, [a-z_]+)?) {2,}`).FindAllStringSubmatch(section, -1) {
		documented = append(documented, strings.Split(m[1], ", ")...)
	}

	src := []byte(" date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\n00u54 2 Internet \"Het is zo\", zei Jan Peeters.\n" +
		" date 2018-05 Kop zonder datum Ann Claes\n\nDe tekst van het caf\xe9.\n")
	written := map[string]bool{}
	for a := range new(Parser).Articles(src) {
		b, err := a.AppendJSON(nil, JSONOptions{Source: true})
		if err != nil {
			t.Fatal(err)
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(b, &obj); err != nil {
			t.Fatal(err)
		}
		for k := range obj {
			written[k] = true
		}
		if _, ok := obj["published_raw"]; !ok {
			t.Errorf("article %d: no published_raw", a.Index)
		}
		// meta in source order.
		var keys []string
		dec := json.NewDecoder(strings.NewReader(string(obj["meta"])))
		dec.Token()
		for dec.More() {
			k, _ := dec.Token()
			keys = append(keys, k.(string))
			dec.Token()
		}
		var want []string
		for _, m := range a.Meta {
			want = append(want, m.Key)
		}
		if strings.Join(keys, " ") != strings.Join(want, " ") {
			t.Errorf("article %d: meta keys %v, want source order %v", a.Index, keys, want)
		}
		var spans struct {
			Headline  [2]int
			Authors   [][2]int
			Section   [2]int
			Published [][2]int
			Meta      map[string][2]int
		}
		json.Unmarshal(obj["spans"], &spans)
		text := func(s [2]int) string { return a.Source[s[0]:s[1]] }
		if text(spans.Headline) != a.Headline.Text || text(spans.Section) != a.Section.Text || len(spans.Authors) != len(a.Authors) {
			t.Errorf("article %d: spans %+v", a.Index, spans)
		}
		for i, au := range a.Authors {
			if text(spans.Authors[i]) != au.Text {
				t.Errorf("author %d: span gives %q, want %q", i, text(spans.Authors[i]), au.Text)
			}
		}
		var pub []string
		for _, s := range spans.Published {
			pub = append(pub, text(s))
		}
		if strings.Join(pub, " ") != a.Published.Raw {
			t.Errorf("article %d: published spans give %q, raw %q", a.Index, pub, a.Published.Raw)
		}
		for _, m := range a.Meta {
			if text(spans.Meta[m.Key]) != m.Value {
				t.Errorf("meta %s: span gives %q, want %q", m.Key, text(spans.Meta[m.Key]), m.Value)
			}
		}
	}
	for k := range written {
		if !slices.Contains(documented, k) {
			t.Errorf("member %q is written but not documented in doc.go", k)
		}
	}
	for _, k := range documented {
		if !written[k] {
			t.Errorf("member %q is documented but not written", k)
		}
	}
	if !strings.Contains(section, "person,") {
		t.Errorf("doc.go does not list person among the quote members")
	}
}
