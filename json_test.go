package newsdoc

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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

// metaKeysRef is metaKeys as it was, with a set of every name taken: the
// reference the stack search must agree with.
func metaKeysRef(meta []Meta) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range meta {
		k := m.Key
		for n := 2; seen[k]; n++ {
			k = m.Key + "_" + strconv.Itoa(n)
		}
		seen[k] = true
		out = append(out, k)
	}
	return out
}

// TestMetaKeys checks the names of repeated meta keys, on lists searched
// in place and on lists long enough for a set, and that a short list's
// keys are made without allocating.
func TestMetaKeys(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want []string
	}{
		{"repeat", []string{"a", "b", "a", "a"}, []string{"a", "b", "a_2", "a_3"}},
		{"suffix taken by a key", []string{"a", "a_2", "a"}, []string{"a", "a_2", "a_3"}},
		{"key taken by a suffix", []string{"a", "a", "a_2"}, []string{"a", "a_2", "a_2_2"}},
		{"ten and more", slices.Repeat([]string{"x"}, 12), []string{"x", "x_2", "x_3", "x_4", "x_5", "x_6", "x_7", "x_8", "x_9", "x_10", "x_11", "x_12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			meta := make([]Meta, len(tc.keys))
			for i, k := range tc.keys {
				meta[i].Key = k
			}
			var got []string
			for _, k := range metaKeys(nil, meta) {
				got = append(got, string(k.appendTo(nil)))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("metaKeys(%q) mismatch (-want +got):\n%s", tc.keys, diff)
			}
		})
	}
	// Lists of every length up to past the set's threshold, from a few
	// keys and their suffixed forms in two orders.
	pool := []string{"cover", "cover_2", "cover_3", "toc_text", "toc_mismatch", "é<&>", "a_2_2", "a", "a_2"}
	for n := 1; n <= 2*80; n++ {
		meta := make([]Meta, n/2+1)
		for i := range meta {
			meta[i].Key = pool[(i*7+n)%len(pool)]
			if n%2 == 0 {
				meta[i].Key = pool[(i*i+n)%len(pool)]
			}
		}
		var got []string
		for _, k := range metaKeys(nil, meta) {
			got = append(got, string(k.appendTo(nil)))
			if b := k.appendJSON(nil); string(b) != string(appendJSONString(nil, got[len(got)-1])) {
				t.Errorf("appendJSON(%v) = %s", k, b)
			}
		}
		if diff := cmp.Diff(metaKeysRef(meta), got); diff != "" {
			t.Errorf("%d keys: mismatch with the set (-want +got):\n%s", n, diff)
		}
	}
	meta := []Meta{{Key: "toc_mismatch"}, {Key: "cover"}, {Key: "toc_mismatch"}, {Key: "cover"}}
	if n := testing.AllocsPerRun(10, func() {
		var kb [32]metaKey
		metaKeys(kb[:0], meta)
	}); n != 0 {
		t.Errorf("metaKeys on a short list: %v allocations, want 0", n)
	}
}

// TestJSONString checks appendJSONString against encoding/json, which
// escapes the same bytes the same way, with each byte that needs a look
// at each place of a text long enough for the eight-byte runs: a run
// that passes such a byte is the fault this would catch.
func TestJSONString(t *testing.T) {
	specials := []string{"\"", "\\", "<", ">", "&", "\x00", "\x1f", "\n", "\t", "\x7f", " ", "~",
		"é", "\u2028", "\u2029", "\xff", "\xe2\x80", "€"}
	for _, sp := range specials {
		for n := 0; n <= 20; n++ {
			for at := 0; at <= n; at++ {
				s := strings.Repeat("a", at) + sp + strings.Repeat("b", n-at)
				want, err := json.Marshal(s)
				if err != nil {
					t.Fatal(err)
				}
				if got := appendJSONString(nil, s); string(got) != string(want) {
					t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
				}
			}
		}
	}
}

func TestEndsInNumber(t *testing.T) {
	for key, want := range map[string]bool{
		"a_2": true, "a_10": true, "_2": true, "a_02": true, "a_2_2": true,
		"": false, "a": false, "a_": false, "a2": false, "a_b": false, "a_2b": false, "_": false,
	} {
		if got := endsInNumber(key); got != want {
			t.Errorf("endsInNumber(%q) = %v, want %v", key, got, want)
		}
	}
}
