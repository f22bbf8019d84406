package newsdoc

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc/internal/sharedtest"
)

// Fixtures for the containers are built here, from the structure of the
// skeletons in ../shared/formats with words of our own.

// words makes n deterministic words of our own text, none a month, a
// weekday or a label.
type wordGen struct{ n int }

var ownWords = strings.Fields("kanaal brug molen fiets tulp regen polder dijk haven zeil wolk boom veld kaas brood melk " +
	"river garden lantern copper meadow harbour pebble willow orchard violet marble cedar")

func (g *wordGen) words(n int, capital bool) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = ownWords[g.n%len(ownWords)]
		g.n = (g.n*7 + 5) % 1009
	}
	if capital && n > 0 {
		ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	}
	return strings.Join(ws, " ")
}

// sentence is n words with a capital and a full stop.
func (g *wordGen) sentence(n int) string { return g.words(n, true) + "." }

func sharedFormatsDir(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		sharedtest.Missing(t, err)
	}
	for {
		p := filepath.Join(dir, "shared", "formats")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			sharedtest.Missing(t, "shared/formats not found")
		}
		dir = parent
	}
}

var placeholderRE = regexp.MustCompile(`<([A-Z_]+)((?: [^>]*)?)>`)

// fillSkeleton replaces a skeleton's placeholders with our own words.
func fillSkeleton(s string) string {
	g := &wordGen{}
	return placeholderRE.ReplaceAllStringFunc(s, func(m string) string {
		p := placeholderRE.FindStringSubmatch(m)
		n := 3
		if w := regexp.MustCompile(`words=(\d+)`).FindStringSubmatch(p[2]); w != nil {
			n, _ = strconv.Atoi(w[1])
		}
		switch p[1] {
		case "PARAGRAPH", "LEAD":
			return g.sentence(max(n, 2))
		case "VALUE":
			return g.words(2, true)
		default:
			return g.words(n, true)
		}
	})
}

// docxPara is one paragraph of a test DOCX.
type docxPara struct {
	text      string
	pageBreak bool   // a page break run before the text
	link      string // the text is a hyperlink to this target
}

// makeDOCX writes a Word document with the paragraphs; each paragraph's
// text is split over two runs, tabs are w:tab and line feeds w:br.
func makeDOCX(t testing.TB, paras []docxPara) []byte {
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`)
	var rels []string
	run := func(s string) string {
		var b strings.Builder
		b.WriteString("<w:r><w:rPr><w:rFonts w:ascii=\"Arial\"/></w:rPr>")
		for i, part := range strings.Split(s, "\t") {
			if i > 0 {
				b.WriteString("<w:tab/>")
			}
			for j, ln := range strings.Split(part, "\n") {
				if j > 0 {
					b.WriteString("<w:br/>")
				}
				if ln != "" {
					b.WriteString(`<w:t xml:space="preserve">` + html.EscapeString(ln) + "</w:t>")
				}
			}
		}
		b.WriteString("</w:r>")
		return b.String()
	}
	for _, p := range paras {
		doc.WriteString(`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>`)
		if p.pageBreak {
			doc.WriteString(`<w:r><w:br w:type="page"/></w:r>`)
		}
		half := len(p.text) / 2
		for half > 0 && half < len(p.text) && (p.text[half]&0xC0) == 0x80 {
			half++
		}
		body := run(p.text[:half]) + run(p.text[half:])
		if p.link != "" {
			id := "rId" + strconv.Itoa(len(rels)+10)
			rels = append(rels, fmt.Sprintf(`<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>`, id, html.EscapeString(p.link)))
			body = `<w:hyperlink r:id="` + id + `">` + body + "</w:hyperlink>"
		}
		doc.WriteString(body + "</w:p>")
	}
	doc.WriteString(`<w:sectPr/></w:body></w:document>`)
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`},
		{"word/document.xml", doc.String()},
		{"word/_rels/document.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + strings.Join(rels, "") + `</Relationships>`},
	} {
		w, err := z.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(f.body))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var exportDateLine = regexp.MustCompile(`^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} `)

// nexisUniDOCX builds a DOCX from the Nexis Uni skeleton: one paragraph a
// line, a page break before each document's title, and a hyperlink on the
// first paragraph of the first document's body.
func nexisUniDOCX(t testing.TB) ([]byte, []map[string]any) {
	dir := sharedFormatsDir(t)
	b, err := os.ReadFile(filepath.Join(dir, "nexis_uni_docx.skeleton.txt"))
	if err != nil {
		sharedtest.Missing(t, err)
	}
	var exp []map[string]any
	j, err := os.ReadFile(filepath.Join(dir, "nexis_uni_docx.expected.json"))
	if err != nil {
		sharedtest.Missing(t, err)
	}
	if err := json.Unmarshal(j, &exp); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(fillSkeleton(string(b)), "\n"), "\n")
	titles := map[int]bool{}
	for i, l := range lines {
		if exportDateLine.MatchString(l) && i >= 2 {
			titles[i-2] = true
		}
	}
	var paras []docxPara
	body, linked := false, false
	for i, l := range lines {
		p := docxPara{text: l, pageBreak: titles[i]}
		if l == "Body" {
			body = true
		} else if body && !linked && l != "" {
			p.link = "https://example.org/artikel"
			linked = true
		}
		paras = append(paras, p)
	}
	return makeDOCX(t, paras), exp
}

func parseContainer(t testing.TB, p *Parser, src []byte) []*Article {
	t.Helper()
	var as []*Article
	for a, err := range p.Articles(src) {
		if err != nil {
			t.Fatalf("parse: %v", err)
		}
		as = append(as, a)
	}
	if len(as) == 0 {
		t.Fatal("no articles")
	}
	checkSpans(t, as[0].Source, as)
	checkNothingLost(t, as[0].Source, as)
	checkLocs(t, as)
	return as
}

// checkLocs checks that every block of a container article says where it
// came from.
func checkLocs(t testing.TB, as []*Article) {
	t.Helper()
	for _, a := range as {
		if !strings.Contains(a.Format, "/") {
			continue
		}
		for i, b := range a.Blocks {
			if b.Loc == "" {
				t.Errorf("article %d block %d (%q): no location", a.Index, i, b.Text)
			}
		}
	}
}

func metaOf(a *Article, key string) string { v, _ := a.MetaValue(key); return v }

func TestDOCXNexisUni(t *testing.T) {
	src, exp := nexisUniDOCX(t)
	as := parseContainer(t, new(Parser), src)
	if len(as) != len(exp) {
		t.Fatalf("%d articles, want %d", len(as), len(exp))
	}
	for i, e := range exp {
		a := as[i]
		if a.Format != "docx/nexis" {
			t.Errorf("doc %d: format %q", i+1, a.Format)
		}
		check := func(field string, got string) {
			t.Helper()
			want, ok := e[field]
			if !ok {
				return
			}
			w, _ := want.(string)
			if strings.HasPrefix(w, "<") {
				if got == "" {
					t.Errorf("doc %d %s: empty", i+1, field)
				}
				return
			}
			if w != got {
				t.Errorf("doc %d %s = %q, want %q", i+1, field, got, w)
			}
		}
		check("outlet", metaOf(a, "outlet"))
		check("date_line", metaOf(a, "date_line"))
		check("copyright", metaOf(a, "copyright"))
		check("section", a.Section.Text)
		for _, k := range []string{"length", "byline", "language", "publication_type", "journal_code", "subject", "organization", "person", "geographic", "load_date"} {
			check(k, metaOf(a, k))
		}
		if got := len(strings.Fields(a.Headline.Text)); got != int(e["title_words"].(float64)) {
			t.Errorf("doc %d: title %q has %d words, want %v", i+1, a.Headline.Text, got, e["title_words"])
		}
		n := 0
		for _, b := range a.Blocks {
			if b.Kind != Other {
				n++
			}
		}
		if n != int(e["n_paragraphs"].(float64)) {
			t.Errorf("doc %d: %d paragraphs, want %v", i+1, n, e["n_paragraphs"])
		}
		if a.Published.IsZero() {
			t.Errorf("doc %d: no date from %q", i+1, metaOf(a, "date_line"))
		}
		for _, b := range a.Blocks {
			if !strings.HasPrefix(b.Loc, "word/document.xml#p") {
				t.Errorf("doc %d: block loc %q", i+1, b.Loc)
			}
		}
	}
	if got := metaOf(as[0], "link"); got != "https://example.org/artikel" {
		t.Errorf("link = %q", got)
	}
	if got := as[0].Published.String(); got != "2019-07-01T09:20Z" {
		t.Errorf("doc 1 published %s", got)
	}
}

// TestDOCXTabsBreaks: runs are joined, tabs and line breaks kept, and each
// block's location is its paragraph index.
func TestDOCXTabsBreaks(t *testing.T) {
	src := makeDOCX(t, []docxPara{
		{text: "Kop van het stuk"},
		{text: "Eerste alinea met een\ttab erin."},
		{text: "Tweede alinea,\nna een regeleinde."},
	})
	as := parseContainer(t, new(Parser), src)
	a := as[0]
	if !strings.Contains(a.Source, "een\ttab") || !strings.Contains(a.Source, "alinea,\nna") {
		t.Errorf("source %q", a.Source)
	}
	if !strings.HasPrefix(a.Format, "docx/") {
		t.Errorf("format %q", a.Format)
	}
	last := a.Blocks[len(a.Blocks)-1]
	if last.Loc != "word/document.xml#p2" {
		t.Errorf("last block %q at %q", last.Text, last.Loc)
	}
}

// TestDOCXZipBomb: a member that inflates past the limit is an error, read
// no further than the limit.
func TestDOCXZipBomb(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>`))
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range 64 { // 64 MB of text compresses to about 64 KB
		w.Write(chunk)
	}
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	z.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("bomb is %d bytes", buf.Len())
	}
	p := &Parser{MaxSize: 8 << 20}
	for _, err := range p.Articles(buf.Bytes()) {
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("err = %v, want ErrTooLarge", err)
		}
		return
	}
	t.Fatal("no error")
}

func TestDOCXNotWord(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("other.txt")
	w.Write([]byte("hello"))
	z.Close()
	for _, err := range new(Parser).Articles(buf.Bytes()) {
		if err == nil {
			t.Fatal("a zip without a Word document parsed")
		}
	}
}
