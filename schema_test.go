package newsdoc

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"testing"
	"unicode/utf16"

	"github.com/newsdoc/newsdoc/internal/jsonschema"
)

func loadSchema(t testing.TB) (*jsonschema.Schema, map[string]any) {
	t.Helper()
	b, err := os.ReadFile("schema/newsdoc.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := jsonschema.Compile(b)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	return s, raw
}

// TestSchema: the JSON of every article of testdata, written as the
// command writes it (with each option that changes the object), is valid
// against schema/newsdoc.schema.json; so are articles with anomalies and
// from UTF-16.
func TestSchema(t *testing.T) {
	s, _ := loadSchema(t)
	inputs := inputs(t)
	srcs := map[string][]byte{
		"utf16":   utf16LE(" date 2018-04 Kop Jan Smit\n\n05 april 2018\n\nDe tekst van het café.\n"),
		"control": []byte(" date 2018-04 Kop Jan Smit\n\n05 april 2018\n\nDe tekst\x00\x00 van het caf\xe9.\n"),
		// A container: its format names container and layout, and its
		// blocks carry their place in the file.
		"docx": makeDOCX(t, []docxPara{{text: "Kop van het stuk"}, {text: "Eerste alinea."}, {text: "Tweede alinea."}}),
	}
	for _, path := range inputs {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		srcs[path] = b
	}
	n := 0
	members := map[string]bool{}
	for name, src := range srcs {
		for a, err := range new(Parser).Articles(src) {
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			for _, o := range []JSONOptions{{File: name}, {File: name, Source: true}, {File: name, Runes: true}} {
				b, err := a.AppendJSON(nil, o)
				if err != nil {
					t.Fatal(err)
				}
				var m map[string]json.RawMessage
				json.Unmarshal(b, &m)
				for k := range m {
					members[k] = true
				}
				if err := s.Validate(b); err != nil {
					t.Errorf("%s article %d %+v: %v", name, a.Index, o, err)
				}
				n++
			}
		}
	}
	// The optional members were written, and so checked, too.
	for _, k := range []string{"encoding", "anomalies", "source"} {
		if !members[k] {
			t.Errorf("no article had %q", k)
		}
	}
	if n < 3*len(inputs) {
		t.Errorf("validated %d objects of %d files", n, len(inputs))
	}
}

// TestSchemaRejects: the schema is strict where the doc is (a member
// missing, one not documented, a kind out of its list), and its lists
// are the library's.
func TestSchemaRejects(t *testing.T) {
	s, raw := loadSchema(t)
	a, err := Parse([]byte(" date 2018-04 Kop Jan Smit\n\n05 april 2018\n\n\"Het is zo\", zei Jan Smit.\n"))
	if err != nil {
		t.Fatal(err)
	}
	good, _ := a.AppendJSON(nil, JSONOptions{File: "x.txt"})
	if err := s.Validate(good); err != nil {
		t.Fatalf("the good article: %v", err)
	}
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		json.Unmarshal(good, &m)
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	for name, b := range map[string][]byte{
		"no headline":   edit(func(m map[string]any) { delete(m, "headline") }),
		"extra member":  edit(func(m map[string]any) { m["headlines"] = "x" }),
		"bad format":    edit(func(m map[string]any) { m["format"] = "html" }),
		"bad precision": edit(func(m map[string]any) { m["published_precision"] = "week" }),
		"bad published": edit(func(m map[string]any) { m["published"] = "5 april 2018" }),
		"negative":      edit(func(m map[string]any) { m["start"] = -1 }),
		"quote kind": edit(func(m map[string]any) {
			m["quotes"].([]any)[0].(map[string]any)["kind"] = "scare"
		}),
		"span of three": edit(func(m map[string]any) { m["spans"].(map[string]any)["headline"] = []int{1, 2, 3} }),
	} {
		if err := s.Validate(b); !errors.Is(err, jsonschema.ErrInvalid) {
			t.Errorf("%s: %v, want invalid", name, err)
		}
	}
	var formats []string
	// The layouts are the first alternative; containers the second.
	layouts := raw["properties"].(map[string]any)["format"].(map[string]any)["anyOf"].([]any)[0]
	for _, f := range layouts.(map[string]any)["enum"].([]any) {
		formats = append(formats, f.(string))
	}
	if !slices.Equal(formats, Formats()) {
		t.Errorf("schema formats %v, library %v", formats, Formats())
	}
	defs := raw["$defs"].(map[string]any)
	enum := func(def, prop string) []string {
		var out []string
		for _, v := range defs[def].(map[string]any)["properties"].(map[string]any)[prop].(map[string]any)["enum"].([]any) {
			out = append(out, v.(string))
		}
		return out
	}
	if got := enum("block", "kind"); !slices.Equal(got, blockKindNames[:]) {
		t.Errorf("schema block kinds %v, library %v", got, blockKindNames)
	}
	if got := enum("quote", "kind"); !slices.Equal(got, quoteKindNames[:]) {
		t.Errorf("schema quote kinds %v, library %v", got, quoteKindNames)
	}
	if got := enum("anomaly", "kind"); !slices.Equal(got, anomalyKindNames[:]) {
		t.Errorf("schema anomaly kinds %v, library %v", got, anomalyKindNames)
	}
}

func utf16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// FuzzSchema: whatever the input, the JSON of every article is valid
// against the schema.
func FuzzSchema(f *testing.F) {
	s, _ := loadSchema(f)
	for _, path := range inputs(f) {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(" date 2018-04 Kop\n\n31 december 9999 23u59\n\n\"Ja\"\x00, zei hij.\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		for a, err := range new(Parser).Articles(in) {
			if errors.Is(err, ErrInternal) {
				t.Fatal(err) // a panic inside, which Articles recovered
			}
			if err != nil {
				return
			}
			for _, o := range []JSONOptions{{File: "f"}, {File: "f", Runes: true, Source: true}} {
				b, err := a.AppendJSON(nil, o)
				if err != nil {
					t.Fatal(err)
				}
				if err := s.Validate(b); err != nil {
					t.Fatalf("%v\n%s", err, b)
				}
			}
		}
	})
}
