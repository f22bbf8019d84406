package layout

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc/internal/sharedtest"
)

// The skeletons in shared/formats keep the layout of real exports with the
// article text replaced by placeholders. These tests fill the placeholders
// with generated words, parse the result and compare the fields with the
// values other readers extract (*.expected.json).

// sharedFormats finds shared/formats above the package directory.
func sharedFormats(t testing.TB) string {
	return sharedtest.Dir(t, "formats")
}

var placeholder = regexp.MustCompile(`<([A-Z_]+)((?: [^>]*)?)>`)

// filler makes deterministic words that are no month, weekday, label or
// name, so that they cannot be mistaken for metadata.
type filler struct{ n int }

var fillWords = strings.Fields("lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt labore dolore magna aliqua enim minim veniam quis nostrud exercitation ullamco laboris nisi aliquip commodo consequat")

func (f *filler) words(n int, capital bool) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = fillWords[f.n%len(fillWords)]
		f.n = f.n*7 + 3
		f.n %= 1 << 20
	}
	if capital && n > 0 {
		ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	}
	return strings.Join(ws, " ")
}

// fill replaces every placeholder of a skeleton.
func fill(skel string) string {
	f := &filler{n: 1}
	return placeholder.ReplaceAllStringFunc(skel, func(m string) string {
		sub := placeholder.FindStringSubmatch(m)
		kind, attrs := sub[1], sub[2]
		n := 3
		if a := regexp.MustCompile(`words=(\d+)`).FindStringSubmatch(attrs); a != nil {
			n, _ = strconv.Atoi(a[1])
		}
		lines := 1
		if a := regexp.MustCompile(`lines=(\d+)`).FindStringSubmatch(attrs); a != nil {
			lines, _ = strconv.Atoi(a[1])
		}
		if a := regexp.MustCompile(`dateline_guess='([^']*)'`).FindStringSubmatch(attrs); a != nil {
			return a[1]
		}
		switch kind {
		case "PARAGRAPH", "SNIPPET", "LEAD":
			// Wrapped over its lines, as the exports wrap it.
			ws := strings.Fields(f.words(n, true) + ".")
			var out []string
			per := max(1, (len(ws)+lines-1)/lines)
			for i := 0; i < len(ws); i += per {
				out = append(out, strings.Join(ws[i:min(i+per, len(ws))], " "))
			}
			p := strings.Join(out, "\n")
			if strings.Contains(attrs, "quote-open") {
				p = "'" + p
			}
			return p
		case "BYLINE_FORMULA":
			pre := strings.TrimSpace(strings.Split(attrs, "words=")[0])
			return pre + " " + f.words(n-len(strings.Fields(pre)), false)
		case "VALUE":
			if strings.Contains(attrs, "LIST") {
				return f.words(2, true) + "; " + f.words(2, true)
			}
			if attrs == "" {
				n = 2
			}
			return f.words(n, true)
		case "COVER", "CAPTION":
			return f.words(4, false)
		case "SHORT_LINE":
			return f.words(n, !strings.Contains(attrs, "lower"))
		default: // HEADLINE, TITLE
			return f.words(n, true)
		}
	})
}

func readSkeleton(t *testing.T, name string) (string, []map[string]any) {
	dir := sharedFormats(t)
	b, err := os.ReadFile(filepath.Join(dir, name+".skeleton.txt"))
	if err != nil {
		sharedtest.Missing(t, err)
	}
	var exp []map[string]any
	if j, err := os.ReadFile(filepath.Join(dir, name+".expected.json")); err == nil {
		if err := json.Unmarshal(j, &exp); err != nil {
			t.Fatal(err)
		}
	}
	return fill(string(b)), exp
}

// meta returns the first value of a meta key.
func meta(src string, d Doc, key string) (string, bool) {
	for _, m := range d.Meta {
		if m.Key == key {
			return src[m.Span.Start:m.Span.End], true
		}
	}
	return "", false
}

func metas(src string, d Doc, key string) []string {
	var out []string
	for _, m := range d.Meta {
		if m.Key == key {
			out = append(out, src[m.Span.Start:m.Span.End])
		}
	}
	return out
}

func spanText(src string, s Span) string { return src[s.Start:s.End] }

func norm(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, " / ", " ")), " ")
}

// agreement counts matching fields per field name.
type agreement struct {
	ok, all map[string]int
	misses  []string
}

func newAgreement() *agreement {
	return &agreement{ok: map[string]int{}, all: map[string]int{}}
}

func (a *agreement) check(doc int, field string, want any, got string, have bool) {
	w := ""
	switch v := want.(type) {
	case nil:
		w = ""
	case string:
		w = v
	case float64:
		w = strconv.Itoa(int(v))
	case bool:
		w = strconv.FormatBool(v)
	default:
		w = fmt.Sprint(v)
	}
	a.all[field]++
	if strings.HasPrefix(w, "<") && got != "" { // a placeholder: any value
		a.ok[field]++
		return
	}
	if norm(w) == norm(got) && (w != "" || !have || got == "") {
		a.ok[field]++
		return
	}
	a.misses = append(a.misses, fmt.Sprintf("doc %d %s: want %q, got %q", doc, field, w, got))
}

func (a *agreement) report(t *testing.T, name string) (int, int) {
	ok, all := 0, 0
	var parts []string
	for f, n := range a.all {
		ok += a.ok[f]
		all += n
		parts = append(parts, fmt.Sprintf("%s %d/%d", f, a.ok[f], n))
	}
	sortStrings(parts)
	t.Logf("%s: %d of %d field values agree (%.1f%%): %s", name, ok, all, 100*float64(ok)/float64(max(all, 1)), strings.Join(parts, ", "))
	for _, m := range a.misses {
		t.Logf("  differs: %s", m)
	}
	return ok, all
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func wordCount(s string) string { return strconv.Itoa(len(strings.Fields(s))) }

func TestSkeletonLexisClassic(t *testing.T) {
	src, exp := readSkeleton(t, "lexisnexis_classic_txt")
	if got := Detect(src, Options{}); got != "lexisnexis" {
		t.Errorf("Detect = %q", got)
	}
	docs := Parse(src, Options{})
	if len(docs) != len(exp) {
		t.Fatalf("%d docs, want %d", len(docs), len(exp))
	}
	a := newAgreement()
	for i, e := range exp {
		d := docs[i]
		g := func(k string) string { v, _ := meta(src, d, k); return v }
		a.check(i, "newspaper", e["newspaper"], g("outlet"), true)
		a.check(i, "date_line", e["date_line"], spanText(src, d.DateText), true)
		var eds []string
		for _, x := range e["edition_lines"].([]any) {
			eds = append(eds, x.(string))
		}
		a.check(i, "edition_lines", strings.Join(eds, " | "), strings.Join(metas(src, d, "edition"), " | "), true)
		a.check(i, "byline", e["byline"], g("byline"), true)
		a.check(i, "section", e["section"], spanText(src, d.Section), true)
		for _, k := range []string{"length", "load_date", "language", "publication_type", "journal_code", "copyright"} {
			a.check(i, k, e[k], g(k), true)
		}
		_, graphic := meta(src, d, "graphic")
		a.check(i, "has_graphic", e["has_graphic"], strconv.FormatBool(graphic), true)
		a.check(i, "headline_words", e["headline_words"], wordCount(spanText(src, d.Headline)), true)
		n := 0
		for _, b := range d.Blocks {
			if b.Kind != Other {
				n++
			}
		}
		a.check(i, "n_paragraphs", e["n_paragraphs"], strconv.Itoa(n), true)
	}
	a.report(t, "lexisnexis classic")
}

func TestSkeletonLexisMultilang(t *testing.T) {
	src, exp := readSkeleton(t, "lexisnexis_multilang_txt")
	if got := Detect(src, Options{}); got != "lexisnexis" {
		t.Errorf("Detect = %q", got)
	}
	docs := Parse(src, Options{})
	if len(docs) != 27 {
		t.Errorf("%d docs, want 27 (one per counter line)", len(docs))
	}
	a := newAgreement()
	di := 0
	for i, e := range exp {
		// AmCAT's records skip a document that holds only copyright lines.
		for di < len(docs) && docs[di].DateText.IsZero() && docs[di].Headline.IsZero() && len(docs[di].Blocks) == 0 {
			di++
		}
		if di == len(docs) {
			t.Fatalf("out of docs at record %d", i)
		}
		d := docs[di]
		di++
		g := func(k string) string { v, _ := meta(src, d, k); return v }
		a.check(i, "medium", e["medium"], g("outlet"), true)
		// The date: the expected day and year appear in the date text.
		if ds, ok := e["date"].(string); ok {
			y, day := ds[:4], strings.TrimPrefix(ds[8:10], "0")
			dt := spanText(src, d.DateText)
			got := ds
			if !strings.Contains(dt, y) || !regexp.MustCompile(`\b0?`+day+`\b`).MatchString(dt) && !strings.HasSuffix(ds[5:10], "-01") {
				got = dt
			}
			a.check(i, "date", ds, got, true)
		}
		a.check(i, "section", e["section"], spanText(src, d.Section), true)
		if n, ok := e["length_int"]; ok {
			got := g("length")
			if f := strings.Fields(got); len(f) > 0 {
				got = f[0]
			}
			a.check(i, "length_int", n, got, true)
		} else {
			a.check(i, "length_int", nil, g("length"), true)
		}
		for _, k := range []struct{ key, want string }{
			{"language", "language"}, {"byline", "author"}, {"dateline", "dateline"},
			{"publication_type", "publication-type"}, {"publication_type", "pub-type"}, {"publication_type", "type-publication"},
			{"journal_code", "journal-code"}, {"journal_code", "code-revue"}, {"document_type", "document-type"},
			{"load_date", "load-date"}, {"load_date", "update"}, {"load_date", "date-chargement"},
		} {
			if w, ok := e[k.want]; ok {
				a.check(i, k.want, w, g(k.key), true)
			}
		}
	}
	a.report(t, "lexisnexis multilang")
}

func TestSkeletonLexisDutchUI(t *testing.T) {
	src, _ := readSkeleton(t, "lexisnexis_dutch_ui_txt")
	if got := Detect(src, Options{}); got != "lexisnexis" {
		t.Errorf("Detect = %q", got)
	}
	docs := Parse(src, Options{})
	if len(docs) != 2 {
		t.Fatalf("%d docs, want 2", len(docs))
	}
	for i, d := range docs {
		g := func(k string) string { v, _ := meta(src, d, k); return v }
		got := []string{g("outlet"), spanText(src, d.DateText), g("length"), g("byline"), g("publication_type"), g("language"), g("load_date"), d.Lang}
		want := []string{"De Telegraaf", "24. September 2002", "158 words", "PRUIM, FRED", "Paper", "Dutch / Nederlands", "September 26, 2002", "nl"}
		if diff := cmpDiff(want, got); diff != "" {
			t.Errorf("doc %d: (-want +got)\n%s", i, diff)
		}
		if d.Headline.IsZero() || len(d.Authors) != 1 || spanText(src, d.Authors[0]) != "PRUIM, FRED" {
			t.Errorf("doc %d: headline %q, authors %v", i, spanText(src, d.Headline), d.Authors)
		}
		var dl []string
		for _, b := range d.Blocks {
			if b.Kind == Dateline {
				dl = append(dl, spanText(src, b.Span))
			}
		}
		if len(dl) != 1 || dl[0] != "DEN HAAG, dinsdag" || g("dateline_place") != "DEN HAAG" {
			t.Errorf("doc %d: datelines %q, place %q", i, dl, g("dateline_place"))
		}
	}
	if v, _ := meta(src, docs[0], "request"); v == "" {
		t.Errorf("cover page not kept: %v", docs[0].Meta[:4])
	}
}

func TestSkeletonNexisUni(t *testing.T) {
	src, exp := readSkeleton(t, "nexis_uni_docx")
	if got := Detect(src, Options{}); got != "nexis" {
		t.Errorf("Detect = %q", got)
	}
	docs := Parse(src, Options{})
	if len(docs) != len(exp) {
		t.Fatalf("%d docs, want %d", len(docs), len(exp))
	}
	a := newAgreement()
	for i, e := range exp {
		d := docs[i]
		g := func(k string) string { v, _ := meta(src, d, k); return v }
		a.check(i, "outlet", e["outlet"], g("outlet"), true)
		a.check(i, "date_line", e["date_line"], spanText(src, d.DateText), true)
		a.check(i, "section", e["section"], spanText(src, d.Section), true)
		for _, k := range []string{"copyright", "length", "byline", "load_date", "language", "publication_type", "journal_code", "subject", "organization", "person", "geographic"} {
			if w, ok := e[k]; ok {
				a.check(i, k, w, g(k), true)
			}
		}
		a.check(i, "title_words", e["title_words"], wordCount(spanText(src, d.Headline)), true)
		n := 0
		for _, b := range d.Blocks {
			if b.Kind != Other {
				n++
			}
		}
		a.check(i, "n_paragraphs", e["n_paragraphs"], strconv.Itoa(n), true)
	}
	a.report(t, "nexis uni")
}

// sameMgTitles gives each article the title its table entry has, as real
// exports do: the block among the first three whose placeholder has the
// entry's word count gets the entry's text.
func sameMgTitles(src string) (string, map[int]bool) {
	placed := map[int]bool{}
	lsrc := strings.Split(src, "\n")
	var titles []string
	header := regexp.MustCompile(`^\d\d?-\d\d?-\d{4}, p\.\d+$`)
	for _, l := range lsrc {
		if m := regexp.MustCompile(`^\d+\. (.*)$`).FindStringSubmatch(l); m != nil {
			titles = append(titles, m[1])
		}
	}
	k := -1
	for i := 0; i < len(lsrc); i++ {
		if !header.MatchString(lsrc[i]) {
			continue
		}
		k++
		if k >= len(titles) {
			break
		}
		n := len(strings.Fields(titles[k]))
		blocks := 0
		for j := i + 1; j < len(lsrc) && blocks < 4; j++ {
			if lsrc[j] == "" {
				continue
			}
			blocks++
			if len(strings.Fields(lsrc[j])) == n && !strings.Contains(lsrc[j], ", ") {
				lsrc[j] = titles[k]
				placed[k] = true
				break
			}
		}
	}
	return strings.Join(lsrc, "\n"), placed
}

func TestSkeletonMediargus(t *testing.T) {
	src, _ := readSkeleton(t, "mediargus_txt")
	src, placed := sameMgTitles(src)
	tsv, err := os.ReadFile(filepath.Join(sharedFormats(t), "mediargus_datelines.tsv"))
	if err != nil {
		sharedtest.Missing(t, err)
	}
	if got := Detect(src, Options{}); got != "mediargus" {
		t.Errorf("Detect = %q", got)
	}
	docs := Parse(src, Options{})
	rows := strings.Split(strings.TrimSpace(string(tsv)), "\n")[1:]
	if len(docs) != len(rows) {
		t.Fatalf("%d docs, want %d", len(docs), len(rows))
	}
	a := newAgreement()
	for i, r := range rows {
		f := strings.Split(r, "\t") // n toc_line article_header_line expected_date outlet page words consistent
		d := docs[i]
		g := func(k string) string { v, _ := meta(src, d, k); return v }
		a.check(i, "toc_line", f[1], g("toc_dateline"), true)
		a.check(i, "article_header_line", f[2], g("date_line"), true)
		a.check(i, "date", f[3][8:10]+"-"+f[3][5:7]+"-"+f[3][:4], spanText(src, d.DateText), true)
		a.check(i, "outlet", f[4], g("outlet"), true)
		a.check(i, "page", "p."+f[5], g("page"), true)
		a.check(i, "words", f[6]+"w", g("length"), true)
		mismatch := false
		for _, m := range d.Meta {
			if m.Key == "toc_mismatch" && spanText(src, m.Span) == g("toc_dateline") {
				mismatch = true
			}
		}
		a.check(i, "consistent", f[7] == "yes", strconv.FormatBool(!mismatch), true)
		// The skeleton keeps no titles; where the article has a block of the
		// table title's length, that block got the table's title.
		if placed[i] {
			a.check(i, "title", g("toc_title"), spanText(src, d.Headline), true)
		}
	}
	a.report(t, "mediargus")
}
