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
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

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
	return sharedtest.Dir(t, "formats")
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
	for range 32 { // 32 MB of text compresses to about 32 KB
		w.Write(chunk)
	}
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	z.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("bomb is %d bytes", buf.Len())
	}
	p := &Parser{MaxSize: 1 << 20}
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

// gopressXML builds a GoPress XML export from the skeleton: indentation is
// nesting, closing tags are added, <TEXT words=N> becomes our own words
// (blank-line-separated blocks where the skeleton says so), and an issue
// id shape ("A-A-9{8}") becomes letters and digits of that shape.
func gopressXML(t testing.TB) string {
	b, err := os.ReadFile(filepath.Join(sharedFormatsDir(t), "gopress_xml.skeleton.txt"))
	if err != nil {
		sharedtest.Missing(t, err)
	}
	g := &wordGen{}
	var out strings.Builder
	out.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	type open struct {
		name   string
		indent int
	}
	var stack []open
	closeTo := func(indent int) {
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			top := stack[len(stack)-1]
			out.WriteString(strings.Repeat(" ", top.indent) + "</" + top.name + ">\n")
			stack = stack[:len(stack)-1]
		}
	}
	tagRE := regexp.MustCompile(`^<([a-zA-Z0-9.]+)([^>]*)>(.*)$`)
	shapeRE := regexp.MustCompile(`A|9\{(\d+)\}`)
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
			continue
		}
		indent := len(l) - len(strings.TrimLeft(l, " "))
		m := tagRE.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			t.Fatalf("skeleton line %q", l)
		}
		closeTo(indent)
		attrs := regexp.MustCompile(`issue="([^"]*)"`).ReplaceAllStringFunc(m[2], func(s string) string {
			return shapeRE.ReplaceAllStringFunc(s, func(x string) string {
				if x == "A" {
					return "AB"
				}
				n, _ := strconv.Atoi(x[2 : len(x)-1])
				return strings.Repeat("7", n)
			})
		})
		text := m[3]
		if p := placeholderRE.FindStringSubmatch(text); p != nil {
			n, _ := strconv.Atoi(regexp.MustCompile(`words=(\d+)`).FindStringSubmatch(p[2])[1])
			blocks := 1
			if bl := regexp.MustCompile(`blocks=(\d+)`).FindStringSubmatch(p[2]); bl != nil {
				blocks, _ = strconv.Atoi(bl[1])
			}
			var parts []string
			for k := range blocks {
				w := n / blocks
				if k == blocks-1 {
					w = n - w*(blocks-1)
				}
				if n <= 4 {
					parts = append(parts, g.words(w, false)) // a short line: a subheading
				} else {
					parts = append(parts, g.sentence(w))
				}
			}
			text = strings.Join(parts, "\n\n")
		}
		out.WriteString(strings.Repeat(" ", indent) + "<" + m[1] + attrs + ">" + html.EscapeString(text))
		if text != "" {
			out.WriteString("</" + m[1] + ">\n")
			continue
		}
		out.WriteString("\n")
		stack = append(stack, open{m[1], indent})
	}
	closeTo(0)
	return out.String()
}

func TestGoPressXML(t *testing.T) {
	src := gopressXML(t)
	as := parseContainer(t, new(Parser), []byte(src))
	type want struct {
		outlet, publisher, published, page  string
		editions, headline, byline, tagline int
		paras                               []int // words per body block
	}
	wants := []want{
		{"Algemeen Dagblad", "Persgroep NL", "2017-05-10", "28", 19, 4, 22, 22, nil},
		{"Het Laatste Nieuws", "De Persgroep Publishing", "2013-10-10", "19", 1, 6, 11, 11, []int{68, 4, 124, 124, 126, 1, 99}},
		{"De Morgen", "De Persgroep Publishing", "2013-03-09", "49", 1, 3, 2, 2, []int{55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 62}},
	}
	if len(as) != len(wants) {
		t.Fatalf("%d articles, want %d", len(as), len(wants))
	}
	for i, w := range wants {
		a := as[i]
		if a.Format != "xml/gopress" {
			t.Errorf("%d: format %q", i, a.Format)
		}
		if got := metaOf(a, "outlet"); got != w.outlet {
			t.Errorf("%d: outlet %q", i, got)
		}
		if got := metaOf(a, "publisher"); got != w.publisher {
			t.Errorf("%d: publisher %q", i, got)
		}
		// Midnight with an offset stays a day.
		if got := a.Published.String(); got != w.published || a.Published.Precision != PrecisionDay {
			t.Errorf("%d: published %s (%v)", i, got, a.Published.Precision)
		}
		if got := metaOf(a, "page"); got != w.page {
			t.Errorf("%d: page %q", i, got)
		}
		n := 0
		for _, m := range a.Meta {
			if m.Key == "edition" {
				n++
			}
		}
		if n != w.editions {
			t.Errorf("%d: %d editions, want %d", i, n, w.editions)
		}
		if got := len(strings.Fields(a.Headline.Text)); got != w.headline {
			t.Errorf("%d: headline %q", i, a.Headline.Text)
		}
		if len(a.Authors) != 1 || len(strings.Fields(metaOf(a, "byline"))) != w.byline {
			t.Errorf("%d: authors %v, byline %q", i, a.Authors, metaOf(a, "byline"))
		}
		var paras []int
		for _, b := range a.Blocks {
			if b.Kind == Byline {
				if len(strings.Fields(b.Text)) != w.tagline {
					t.Errorf("%d: tagline %q", i, b.Text)
				}
				continue
			}
			paras = append(paras, len(strings.Fields(b.Text)))
			if len(strings.Fields(b.Text)) <= 4 && b.Kind != Subheading {
				t.Errorf("%d: short block %q is %v", i, b.Text, b.Kind)
			}
			if !strings.HasPrefix(b.Loc, "/articles.published/article.published") {
				t.Errorf("%d: loc %q", i, b.Loc)
			}
		}
		if fmt.Sprint(paras) != fmt.Sprint(w.paras) && !(len(paras) == 0 && w.paras == nil) {
			t.Errorf("%d: paragraph words %v, want %v", i, paras, w.paras)
		}
	}
}

// TestXMLBillionLaughs: encoding/xml does not expand entities a DOCTYPE
// declares, so the nested definitions cost nothing; the reference stays
// as written.
func TestXMLBillionLaughs(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?>` + "\n" + `<!DOCTYPE lolz [<!ENTITY lol "lol">`)
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, `<!ENTITY lol%d "%s">`, i, strings.Repeat(fmt.Sprintf("&lol%d;", i-1), 10))
	}
	b.WriteString("]>\n" + `<articles.published><article.published><head><id title="Krant" pubdate="2020-01-02T00:00:00.000+01:00"/></head>` +
		`<body><body.head><headline><hl1><p>Lachen &lol9;</p></hl1></headline></body.head><body.content><body.p><p>Een zin. &lol9; &lol9;</p></body.p></body.content></body></article.published></articles.published>`)
	for _, kind := range []string{"gopress", "nitf"} {
		src := b.String()
		if kind == "nitf" {
			src = strings.NewReplacer("articles.published", "nitf", "article.published", "body.wrap", "<hl1><p>", "<hedline><hl1>", "</p></hl1>", "</hl1></hedline>").Replace(src)
		}
		as := parseContainer(t, new(Parser), []byte(src))
		if len(as[0].Source) > 200 {
			t.Errorf("%s: source of %d bytes: entities expanded: %q", kind, len(as[0].Source), as[0].Source)
		}
		if !strings.Contains(as[0].Source, "&lol9;") {
			t.Errorf("%s: source %q", kind, as[0].Source)
		}
	}
}

func TestXMLMalformed(t *testing.T) {
	for _, src := range []string{"<nitf><head><title>x</ti", "<articles.published><<<"} {
		for a, err := range new(Parser).Articles([]byte(src)) {
			if err == nil {
				checkSpans(t, a.Source, []*Article{a})
				continue
			}
			if !errors.Is(err, ErrContainer) {
				t.Errorf("%q: err %v", src, err)
			}
		}
	}
}

// nitfDoc is an NITF 3.3 story written for the test.
const nitfDoc = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">
<nitf version="-//IPTC//DTD NITF 3.3//EN">
 <head>
  <title>Dijk bij Kampen wordt verhoogd</title>
  <meta name="category" content="binnenland"/>
  <docdata>
   <doc-id id-string="ANP-2021-0042"/>
   <date.issue norm="20210314T093000+0100"/>
   <date.release norm="20210314T094500+0100"/>
   <key-list><keyword key="waterbeheer"/><keyword key="Kampen"/></key-list>
  </docdata>
  <pubdata name="De Stentor" position.section="Regio" position.sequence="5"/>
 </head>
 <body>
  <body.head>
   <hedline><hl1>Dijk bij Kampen wordt <em>eindelijk</em> verhoogd</hl1><hl2>Werk begint in mei</hl2></hedline>
   <byline>Door Anna de Vries</byline>
   <dateline><location>KAMPEN</location>, <story.date norm="20210314T000000+0100">14 maart</story.date></dateline>
   <abstract><p>Het waterschap verhoogt de dijk langs de IJssel over vier kilometer.</p></abstract>
  </body.head>
  <body.content>
   <p>Het werk kost naar schatting twaalf miljoen euro, meldt het waterschap.</p>
   <hl2>Omwonenden</hl2>
   <p>Bewoners krijgen in april een brief met de planning.</p>
   <block><p>De dijk is in 1998 voor het laatst versterkt.</p></block>
   <bq><block><p>We doen dit voor de komende vijftig jaar.</p></block><credit>Dijkgraaf Jan Smit</credit></bq>
   <media media-type="image"><media-caption>De dijk bij Kampen in februari.</media-caption></media>
  </body.content>
  <body.end><tagline>© ANP</tagline></body.end>
 </body>
</nitf>
`

func TestNITF(t *testing.T) {
	as := parseContainer(t, new(Parser), []byte(nitfDoc))
	if len(as) != 1 {
		t.Fatalf("%d articles", len(as))
	}
	a := as[0]
	checks := []struct{ what, got, want string }{
		{"format", a.Format, "xml/nitf"},
		{"headline", a.Headline.Text, "Dijk bij Kampen wordt eindelijk verhoogd"},
		{"subtitle", metaOf(a, "subtitle"), "Werk begint in mei"},
		{"author", fmt.Sprint(len(a.Authors)), "1"},
		{"section", a.Section.Text, "Regio"},
		{"outlet", metaOf(a, "outlet"), "De Stentor"},
		{"page", metaOf(a, "page"), "5"},
		{"published", a.Published.String(), "2021-03-14T09:30:00+01:00"},
		{"dateline", metaOf(a, "dateline"), "KAMPEN, 14 maart"},
		{"doc_id", metaOf(a, "doc_id"), "ANP-2021-0042"},
		{"keyword", metaOf(a, "keyword"), "waterbeheer"},
		{"lead", metaOf(a, "lead"), "Het waterschap verhoogt de dijk langs de IJssel over vier kilometer."},
		{"tagline", metaOf(a, "tagline"), "© ANP"},
	}
	if len(a.Authors) == 1 {
		checks = append(checks, struct{ what, got, want string }{"author", a.Authors[0].Text, "Anna de Vries"})
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	var kinds []string
	for _, b := range a.Blocks {
		kinds = append(kinds, b.Kind.String())
	}
	want := "paragraph paragraph subheading paragraph paragraph pullquote byline other"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("blocks %s, want %s", got, want)
	}
	if got := a.Blocks[2].Loc; got != "/nitf/body/body.content/hl2" {
		t.Errorf("loc %q", got)
	}
	if got := a.Blocks[3].Loc; got != "/nitf/body/body.content/p[2]" {
		t.Errorf("loc %q", got)
	}
	// A day written as midnight stays a day.
	day := strings.Replace(nitfDoc, "20210314T093000+0100", "20210314T000000+0100", 1)
	if got := parseContainer(t, new(Parser), []byte(day))[0].Published; got.String() != "2021-03-14" {
		t.Errorf("midnight issue date: %s", got)
	}
}

// rtfEscape writes s as RTF text: non-ASCII as \'hh in Windows-1252 or,
// every other time, as \uN? (so both forms are read).
func rtfEscape(s string, alt *int) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\' || r == '{' || r == '}':
			b.WriteString(`\` + string(r))
		case r == '\n':
			b.WriteString(`\line `)
		case r < 0x80:
			b.WriteRune(r)
		default:
			*alt++
			if r < 0x100 && *alt%2 == 0 {
				fmt.Fprintf(&b, `\'%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%d?`, r)
			}
		}
	}
	return b.String()
}

type rtfRow struct {
	outlet, date, dateISO, page, section string
	titleWords                           int
	lead                                 bool
	paraWords                            []int
	subheads                             map[int]bool
	lastShape                            string
}

// readRTFRows reads gopress_rtf.structure.tsv.
func readRTFRows(t testing.TB) []rtfRow {
	b, err := os.ReadFile(filepath.Join(sharedFormatsDir(t), "gopress_rtf.structure.tsv"))
	if err != nil {
		sharedtest.Missing(t, err)
	}
	var rows []rtfRow
	for i, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		f := strings.Split(l, "\t")
		if i == 0 || len(f) < 14 {
			continue
		}
		r := rtfRow{outlet: f[2], date: f[3], dateISO: f[4], page: f[5], section: f[6], lead: f[8] == "True", subheads: map[int]bool{}, lastShape: f[12]}
		r.titleWords, _ = strconv.Atoi(f[7])
		for _, w := range strings.Split(f[10], ";") {
			n, _ := strconv.Atoi(w)
			r.paraWords = append(r.paraWords, n)
		}
		for _, w := range strings.Split(f[11], ";") {
			if n, err := strconv.Atoi(w); err == nil {
				r.subheads[n] = true
			}
		}
		rows = append(rows, r)
	}
	return rows
}

var accented = []string{"café", "ideeën", "geïnd", "privé", "coöperatie", "één"}

// gopressRTF writes one GoPress RTF article for a structure row, with our
// own words; body paragraphs carry Dutch accents.
func gopressRTF(r rtfRow, g *wordGen) string {
	alt := 0
	var b strings.Builder
	b.WriteString(`{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}{\colortbl;\red0\green0\blue0;}` +
		`{\*\generator Test RTF;}{\info{\title Niet de kop}{\author Niemand}}` + "\n")
	par := func(fs int, italic bool, text string) {
		fmt.Fprintf(&b, `\pard\plain\fs%d `, fs)
		if italic {
			b.WriteString(`{\i `)
		}
		b.WriteString(rtfEscape(text, &alt))
		if italic {
			b.WriteString(`}`)
		}
		b.WriteString("\\par\n")
	}
	par(26, false, g.words(r.titleWords, true))
	par(18, false, r.outlet+"* - "+r.date+" -  "+r.page)
	par(12, false, strings.TrimSpace("* "+r.section))
	par(16, false, "")
	if r.lead {
		par(16, true, g.sentence(20))
	}
	for i, n := range r.paraWords {
		switch {
		case i == len(r.paraWords)-1 && r.lastShape == "PAREN_INITIALS":
			par(16, false, "(JKV)")
		case i == len(r.paraWords)-1 && strings.HasPrefix(r.lastShape, "UPPER"):
			par(16, false, strings.ToUpper(g.words(n, false)))
		case i == len(r.paraWords)-1 && n <= 8 && !r.subheads[i]:
			par(16, false, g.words(n, strings.HasPrefix(r.lastShape, "mixed")))
		case r.subheads[i]:
			par(16, false, g.words(n, false))
		default:
			w := g.sentence(max(n-2, 1))
			par(16, false, accented[i%len(accented)]+" "+accented[(i+1)%len(accented)]+" "+w)
		}
	}
	par(10, false, "Alle rechten bij de uitgever")
	b.WriteString("}")
	return b.String()
}

func TestGoPressRTF(t *testing.T) {
	rows := readRTFRows(t)
	if len(rows) < 1000 {
		t.Fatalf("%d rows", len(rows))
	}
	g := &wordGen{}
	bad := 0
	for k, r := range rows {
		src := gopressRTF(r, g)
		as := parseContainer(t, new(Parser), []byte(src))
		a := as[0]
		errs := []string{}
		want := func(what, got, w string) {
			if got != w {
				errs = append(errs, fmt.Sprintf("%s = %q, want %q", what, got, w))
			}
		}
		want("format", a.Format, "rtf/gopress")
		want("outlet", metaOf(a, "outlet"), r.outlet)
		want("date", a.Published.String(), r.dateISO)
		want("page", metaOf(a, "page"), r.page)
		want("section", a.Section.Text, r.section)
		want("title words", strconv.Itoa(len(strings.Fields(a.Headline.Text))), strconv.Itoa(r.titleWords))
		_, hasLead := a.MetaValue("lead")
		want("lead", strconv.FormatBool(hasLead), strconv.FormatBool(r.lead))
		body := a.Blocks
		if r.lead && len(body) > 0 {
			body = body[1:]
		}
		want("paragraphs", strconv.Itoa(len(body)), strconv.Itoa(len(r.paraWords)))
		for i, bl := range body {
			if i >= len(r.paraWords) {
				break
			}
			last := i == len(r.paraWords)-1
			authorLike := last && (r.lastShape == "PAREN_INITIALS" || strings.HasPrefix(r.lastShape, "UPPER") || r.paraWords[i] <= 8)
			switch {
			case authorLike:
				want(fmt.Sprintf("block %d kind", i), bl.Kind.String(), "byline")
			case r.subheads[i]:
				want(fmt.Sprintf("block %d kind", i), bl.Kind.String(), "subheading")
			default:
				want(fmt.Sprintf("block %d kind", i), bl.Kind.String(), "paragraph")
			}
			if !strings.HasPrefix(bl.Loc, "par ") {
				errs = append(errs, "loc "+bl.Loc)
			}
		}
		for i, bl := range body {
			if bl.Kind == Paragraph && i < len(r.paraWords) {
				pair := accented[i%len(accented)] + " " + accented[(i+1)%len(accented)]
				if !strings.HasPrefix(bl.Text, pair) {
					errs = append(errs, fmt.Sprintf("paragraph %d %q: accents lost", i, bl.Text))
				}
				break
			}
		}
		if strings.Contains(a.Source, "Niemand") || strings.Contains(a.Source, "Arial") {
			errs = append(errs, "a destination's text was read")
		}
		if len(errs) > 0 {
			bad++
			if bad <= 5 {
				t.Errorf("row %d: %s", k, strings.Join(errs, "; "))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d files disagree", bad, len(rows))
	}
}

// TestRTFDeep: a file nested 100,000 deep is read without a stack
// overflow, and the text inside is kept.
func TestRTFDeep(t *testing.T) {
	const n = 100_000
	src := `{\rtf1\ansi ` + strings.Repeat("{", n) + `Diep verstopt\'e9 woord.` + strings.Repeat("}", n) + `\par Daarna.\par}`
	as := parseContainer(t, new(Parser), []byte(src))
	if !strings.Contains(as[0].Source, "Diep verstopté woord.") || !strings.Contains(as[0].Source, "Daarna.") {
		t.Errorf("source %q", as[0].Source)
	}
}

func TestRTFEscapes(t *testing.T) {
	src := `{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Times;}}\uc2 Caf\u233\'3f\'3fs {\uc1 na\u239?ve} \'93quoted\'94\tab Tab\line nieuw\par` +
		`{\field{\*\fldinst HYPERLINK "https://x.example"}{\fldrslt link}} en \{accolades\}\par}`
	as := parseContainer(t, new(Parser), []byte(src))
	want := "Cafés na\u00efve “quoted”\tTab\nnieuw\nlink en {accolades}"
	if got := strings.TrimSpace(as[0].Source); got != want {
		t.Errorf("source %q, want %q", got, want)
	}
}

// newsPage is an HTML news page written for the test, with JSON-LD,
// OpenGraph tags, navigation, a header, the article with a figure, a
// related-links aside, comments and a footer.
const newsPage = `<!DOCTYPE html>
<html lang="nl-BE">
<head>
<meta charset="utf-8">
<title>Nieuwe fietsbrug over de Schelde | Het Dagblad</title>
<meta property="og:title" content="Nieuwe fietsbrug over de Schelde">
<meta property="og:site_name" content="Het Dagblad">
<meta property="article:published_time" content="2024-05-02T07:15:00+02:00">
<meta name="author" content="Redactie">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Het Dagblad"},
 {"@type":"NewsArticle","headline":"Nieuwe fietsbrug over de Schelde geopend",
  "datePublished":"2024-05-02T07:15:00+02:00","dateModified":"2024-05-02T09:40:00+02:00",
  "author":[{"@type":"Person","name":"Els Peeters"},{"@type":"Person","name":"Tom Wouters"}],
  "articleSection":"Binnenland","inLanguage":"nl-BE",
  "publisher":{"@type":"Organization","name":"Het Dagblad"}}]}
</script>
<style>p { color: red }</style>
</head>
<body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<header class="site-header"><p>Het Dagblad, elke dag</p></header>
<main>
<article class="story">
 <h1>Nieuwe fietsbrug over de Schelde geopend</h1>
 <div class="byline">Door <a href="/els">Els Peeters</a> en Tom Wouters</div>
 <time datetime="2024-05-02T07:15">2 mei 2024, 07.15 uur</time>
 <div class="article-body" itemprop="articleBody">
  <p>De nieuwe brug voor fietsers en voetgangers is <strong>vanochtend</strong> geopend.</p>
  <figure><img src="brug.jpg" alt=""><figcaption>De brug bij zonsopgang. Foto Jan Claes</figcaption></figure>
  <p>Het stadsbestuur spreekt van een mijlpaal<br>voor de regio.</p>
  <div class="share-buttons"><a href="#">Deel op sociale media</a></div>
  <h2>Veertig miljoen</h2>
  <p>De bouw kostte veertig miljoen euro en duurde drie jaar.
  Dat is een jaar langer dan gepland.</p>
  <blockquote><p>"Dit verandert alles voor wie in de stad werkt."</p></blockquote>
  <h3>Volgende stap</h3>
  <p>Een tweede brug volgt in 2027.</p>
 </div>
 <aside class="related"><h3>Lees ook</h3><ul><li><a href="/x">Kaaien worden heraangelegd</a></li></ul></aside>
</article>
<section id="comments"><h2>Reacties</h2><p>Eindelijk! Goed nieuws.</p></section>
</main>
<footer><p>© 2024 Het Dagblad</p><p><a href="/privacy">Privacy</a></p></footer>
<script>var x = "<p>geen tekst</p>";</script>
</body>
</html>
`

// plainPage has no JSON-LD and no <article>: OpenGraph tags and a div
// marked as the article body.
const plainPage = `<html><head><title>Storm closes harbour</title>
<meta property="og:title" content="Storm closes the harbour for two days">
<meta property="article:published_time" content="2023-11-03">
<meta property="article:section" content="Local">
<meta name="author" content="Sam Baker">
</head><body>
<div id="menu"><a href="/">Front page</a> <a href="/news">News</a></div>
<div class="content"><div class="story-body">
<p>The harbour closed on Friday as winds reached ninety kilometres an hour.
<p>Ferries will not sail before Sunday, the port authority said.
<h2>Fishing fleet stays in</h2>
<p>Boats were moved to the inner basin overnight.
</div>
<div class="recommended"><p>Other stories you may like</p></div>
</div>
<div class="footer">Copyright The Coast Times</div>
</body></html>`

type htmlWant struct {
	format, headline, published, section, lang string
	authors                                    []string
	blocks                                     []string // kind: text
	boilerplate                                []string // text kept as meta, not body
}

func TestHTML(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       htmlWant
	}{
		{"jsonld", newsPage, htmlWant{
			format: "html/jsonld", headline: "Nieuwe fietsbrug over de Schelde geopend", published: "2024-05-02T07:15:00+02:00",
			section: "Binnenland", lang: "nl", authors: []string{"Els Peeters", "Tom Wouters"},
			blocks: []string{
				"paragraph: De nieuwe brug voor fietsers en voetgangers is vanochtend geopend.",
				"paragraph: Het stadsbestuur spreekt van een mijlpaal\nvoor de regio.",
				"subheading: Veertig miljoen",
				"paragraph: De bouw kostte veertig miljoen euro en duurde drie jaar. Dat is een jaar langer dan gepland.",
				"pullquote: \"Dit verandert alles voor wie in de stad werkt.\"",
				"subheading: Volgende stap",
				"paragraph: Een tweede brug volgt in 2027.",
			},
			boilerplate: []string{"Home", "Deel op sociale media", "Lees ook", "Eindelijk! Goed nieuws.", "© 2024 Het Dagblad", "De brug bij zonsopgang. Foto Jan Claes", "Het Dagblad, elke dag"},
		}},
		{"opengraph", plainPage, htmlWant{
			format: "html/opengraph", headline: "Storm closes the harbour for two days", published: "2023-11-03",
			section: "Local", lang: "en", authors: []string{"Sam Baker"},
			blocks: []string{
				"paragraph: The harbour closed on Friday as winds reached ninety kilometres an hour.",
				"paragraph: Ferries will not sail before Sunday, the port authority said.",
				"subheading: Fishing fleet stays in",
				"paragraph: Boats were moved to the inner basin overnight.",
			},
			boilerplate: []string{"Front page", "Other stories you may like", "Copyright The Coast Times"},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			as := parseContainer(t, new(Parser), []byte(c.page))
			a := as[0]
			w := c.want
			var authors []string
			for _, f := range a.Authors {
				authors = append(authors, f.Text)
			}
			base, _ := a.Lang.Base()
			for _, x := range []struct{ what, got, want string }{
				{"format", a.Format, w.format},
				{"headline", a.Headline.Text, w.headline},
				{"published", a.Published.String(), w.published},
				{"section", a.Section.Text, w.section},
				{"lang", base.String(), w.lang},
				{"authors", strings.Join(authors, "; "), strings.Join(w.authors, "; ")},
			} {
				if x.got != x.want {
					t.Errorf("%s = %q, want %q", x.what, x.got, x.want)
				}
			}
			var body []string
			for _, b := range a.Blocks {
				if b.Kind != Other {
					body = append(body, b.Kind.String()+": "+b.Text)
				}
			}
			if strings.Join(body, "\n") != strings.Join(w.blocks, "\n") {
				t.Errorf("body:\n%s\nwant:\n%s", strings.Join(body, "\n"), strings.Join(w.blocks, "\n"))
			}
			prec, rec := bodyScore(body, w.blocks)
			t.Logf("body text precision %.2f recall %.2f", prec, rec)
			for _, bp := range w.boilerplate {
				found := false
				for _, m := range a.Meta {
					if strings.Contains(m.Value, bp) {
						found = true
					}
				}
				if !found {
					t.Errorf("boilerplate %q not in meta", bp)
				}
			}
			if strings.Contains(a.Source, "geen tekst") || strings.Contains(a.Source, "color: red") {
				t.Error("script or style text read")
			}
		})
	}
}

// bodyScore is word-level precision and recall of extracted body text
// against the expected, as extractor benchmarks count them.
func bodyScore(got, want []string) (float64, float64) {
	bag := func(ss []string) map[string]int {
		m := map[string]int{}
		for _, s := range ss {
			if i := strings.Index(s, ": "); i >= 0 {
				s = s[i+2:]
			}
			for _, w := range strings.Fields(s) {
				m[w]++
			}
		}
		return m
	}
	g, w := bag(got), bag(want)
	common, ng, nw := 0, 0, 0
	for k, n := range g {
		common += min(n, w[k])
		ng += n
	}
	for _, n := range w {
		nw += n
	}
	return float64(common) / float64(max(ng, 1)), float64(common) / float64(max(nw, 1))
}

// TestHTMLLarge: a hostile 50 MB page (a huge navigation, 200,000
// unclosed <div>s, a 1 MB attribute, an article, then 30 MB of comments)
// is read in bounded time and memory, with the article found.
func TestHTMLLarge(t *testing.T) {
	g := &wordGen{}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Groot</title></head><body><nav>")
	for b.Len() < 15<<20 {
		b.WriteString(`<a href="/x">` + g.words(3, true) + "</a>")
	}
	b.WriteString(`</nav><div data-x="` + strings.Repeat("x", 1<<20) + `">` + strings.Repeat("<div>", 200_000) + "<article>")
	para := "<p>" + g.sentence(60) + "</p>\n"
	for range 4000 {
		b.WriteString(para)
	}
	b.WriteString(`</article><section class="comments">`)
	for b.Len() < 50<<20 {
		b.WriteString("<div class=comment><p>" + g.sentence(30) + "</p></div>\n")
	}
	b.WriteString("</section></body></html>")
	src := []byte(b.String())
	b.Reset()
	// Give the memory back, so that the timing tests after this one do
	// not pay for its garbage.
	defer debug.FreeOSMemory()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	n := 0
	for a, err := range new(Parser).Articles(src) {
		if err != nil {
			t.Fatal(err)
		}
		for _, bl := range a.Blocks {
			if bl.Kind == Paragraph {
				n++
			}
		}
	}
	el := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := (after.TotalAlloc - before.TotalAlloc) >> 20
	t.Logf("%d MB in %v (%.1f MB/s), %d MB allocated, %d paragraphs", len(src)>>20, el, float64(len(src))/1e6/el.Seconds(), alloc, n)
	if n != 4000 {
		t.Errorf("%d paragraphs, want 4000", n)
	}
	// Guards against quadratic work; the figures vary with the machine.
	if alloc > 40*uint64(len(src)>>20) {
		t.Errorf("%d MB allocated for %d MB", alloc, len(src)>>20)
	}
	if el > 2*time.Minute {
		t.Errorf("took %v", el)
	}
}

// Fuzz targets, one per reader: no panic, and every span inside Source.
func fuzzContainer(f *testing.F, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var as []*Article
		for a, err := range (&Parser{MaxSize: 1 << 20}).Articles(in) {
			if errors.Is(err, ErrInternal) {
				t.Fatal(err) // a panic inside, which Articles recovered
			}
			if err != nil {
				return
			}
			as = append(as, a)
		}
		if len(as) == 0 {
			t.Fatal("no article and no error")
		}
		checkSpans(t, as[0].Source, as)
		checkNothingLost(t, as[0].Source, as)
	})
}

func FuzzDOCX(f *testing.F) {
	fuzzContainer(f, makeDOCX(f, []docxPara{{text: "Kop"}, {text: "Een\talinea.", link: "https://x.example"}, {text: "End of Document", pageBreak: true}}))
}

func FuzzGoPressXML(f *testing.F) {
	fuzzContainer(f, []byte(`<articles.published><article.published><head><id title="Krant" pubdate="2020-01-02T00:00:00.000+01:00"/></head><body><body.head pageNumber="3"><headline><hl1><p>Kop</p></hl1></headline></body.head><body.content><body.p><p>Tekst.</p></body.p></body.content></body></article.published></articles.published>`))
}

func FuzzNITF(f *testing.F) { fuzzContainer(f, []byte(nitfDoc)) }

func FuzzRTF(f *testing.F) {
	fuzzContainer(f, []byte(`{\rtf1\ansi\ansicpg1252\uc1{\fonttbl{\f0 Arial;}}\pard\fs26 Kop\par\fs18 De Krant* - 07 Mar. 2020 -  2\par * Sport\par\par{\i Caf\'e9 lead.}\par Na\u239?ef.\par JAN JANSSENS\par\fs10 eind\par}`))
}

func FuzzHTML(f *testing.F) { fuzzContainer(f, []byte(newsPage), []byte(plainPage)) }

// Benchmarks, one per reader, in MB/s of container input.
func benchContainer(b *testing.B, src []byte) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		for a, err := range new(Parser).Articles(src) {
			if err != nil {
				b.Fatal(err)
			}
			sink = a
		}
	}
}

func BenchmarkDOCX(b *testing.B) {
	src, _ := nexisUniDOCX(b)
	benchContainer(b, src)
}

func BenchmarkGoPressXML(b *testing.B) { benchContainer(b, []byte(gopressXML(b))) }

func BenchmarkNITF(b *testing.B) { benchContainer(b, []byte(nitfDoc)) }

func BenchmarkRTF(b *testing.B) {
	rows := readRTFRows(b)
	benchContainer(b, []byte(gopressRTF(rows[0], &wordGen{})))
}

func BenchmarkHTML(b *testing.B) { benchContainer(b, []byte(newsPage)) }

// TestHTMLBare: a page without metadata or content elements still gives
// its paragraphs as the body and its h1 as the headline.
func TestHTMLBare(t *testing.T) {
	page := `<html><head><title>Site | Kop</title></head><p>Geen body-element.</p><h1>De kop</h1><p>Tweede alinea.</p></html>`
	a := parseContainer(t, new(Parser), []byte(page))[0]
	if a.Headline.Text != "De kop" || len(a.Blocks) != 2 || a.Blocks[1].Text != "Tweede alinea." {
		t.Errorf("headline %q, blocks %v", a.Headline.Text, a.Blocks)
	}
}

// TestXMLTruncated: a file cut off mid-article keeps what was read and
// says where it broke off.
func TestXMLTruncated(t *testing.T) {
	src := nitfDoc[:strings.Index(nitfDoc, "<hl2>Omwonenden")]
	a := parseContainer(t, new(Parser), []byte(src))[0]
	if len(a.Blocks) < 2 || !strings.Contains(metaOf(a, "error"), "malformed container") {
		t.Errorf("blocks %d, error %q", len(a.Blocks), metaOf(a, "error"))
	}
}

// TestGoPressRTFSourceLine: the source line in the interface languages.
func TestGoPressRTFSourceLine(t *testing.T) {
	for _, c := range []struct{ line, outlet, date, page string }{
		{"De Morgen* - 23 Mar. 2020 -  11", "De Morgen", "2020-03-23", "11"},
		{"De Standaard* - 23 mrt. 2020 -  4", "De Standaard", "2020-03-23", "4"},
		{"Het Nieuwsblad - 5 mei 2020 - ", "Het Nieuwsblad", "2020-05-05", ""},
	} {
		src := `{\rtf1\ansi\pard\fs26 Een kop\par\fs18 ` + c.line + `\par\fs12 *\par\fs16 Een alinea met tekst.\par}`
		a := parseContainer(t, new(Parser), []byte(src))[0]
		if metaOf(a, "outlet") != c.outlet || a.Published.String() != c.date || metaOf(a, "page") != c.page || a.Headline.Text != "Een kop" {
			t.Errorf("%q: outlet %q, date %s, page %q, headline %q", c.line, metaOf(a, "outlet"), a.Published, metaOf(a, "page"), a.Headline.Text)
		}
	}
}

// TestHTMLDivParagraphs: running text straight in divs of the article is
// body; short labels there are not.
func TestHTMLDivParagraphs(t *testing.T) {
	page := `<html><body><article><div class="meta">Leestijd 3 minuten</div>` +
		`<div class="text">De gemeenteraad besliste gisteravond dat het oude zwembad aan de rand van de stad volgend jaar wordt gesloopt.</div>` +
		`<div class="text">Op de plek komen woningen en een klein park, zo staat in het plan dat de raad goedkeurde.</div></article></body></html>`
	a := parseContainer(t, new(Parser), []byte(page))[0]
	var kinds []string
	for _, b := range a.Blocks {
		kinds = append(kinds, b.Kind.String())
	}
	if got := strings.Join(kinds, " "); got != "other paragraph paragraph" {
		t.Errorf("kinds %s", got)
	}
}

// TestDOCXPageBreaks: documents are cut at page breaks even where a
// document lacks its "End of Document" line; the cover page stays with the
// first document.
func TestDOCXPageBreaks(t *testing.T) {
	doc := func(title, body string, end bool) []docxPara {
		ps := []docxPara{{text: title, pageBreak: true}, {text: "Het Dagblad"}, {text: "July 1, 2019 Monday 9:20 AM GMT"}, {text: ""},
			{text: "Length:\u00a0120 words"}, {text: "Byline:\u00a0Anna de Vries"}, {text: "Body"}, {text: body}}
		if end {
			ps = append(ps, docxPara{text: "End of Document"})
		}
		return ps
	}
	paras := []docxPara{{text: "Date and Time: Friday, 5. July 2019 09:31:00 CEST"}, {text: "Job Number: 12"}, {text: "Documents (2)"}}
	paras = append(paras, doc("Eerste kop", "Eerste tekst over de dijk.", false)...)
	paras = append(paras, doc("Tweede kop", "Tweede tekst over de haven.", true)...)
	as := parseContainer(t, new(Parser), makeDOCX(t, paras))
	if len(as) != 2 {
		t.Fatalf("%d articles", len(as))
	}
	for i, want := range []string{"Eerste kop", "Tweede kop"} {
		if as[i].Headline.Text != want || as[i].Format != "docx/nexis" {
			t.Errorf("%d: headline %q format %q", i, as[i].Headline.Text, as[i].Format)
		}
	}
	if metaOf(as[0], "job_number") == "" {
		t.Error("cover page not with the first document")
	}
}

// TestDOCXTruncated: a damaged document.xml keeps the paragraphs before
// the damage and says where it broke off.
func TestDOCXTruncated(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Kop van het stuk</w:t></w:r></w:p><w:p><w:r><w:t>Een alinea.</w:t></w:r></w:p><w:p><w:r><w:t>Afgebr`))
	z.Close()
	a := parseContainer(t, new(Parser), buf.Bytes())[0]
	if !strings.Contains(a.Source, "Een alinea.") || !strings.Contains(metaOf(a, "error"), "malformed container") {
		t.Errorf("source %q, error %q", a.Source, metaOf(a, "error"))
	}
}

// TestXMLEncoding: an XML declaration's encoding is honoured.
func TestXMLEncoding(t *testing.T) {
	src := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<nitf><body><body.head><hedline><hl1>Caf\xe9 op de hoek</hl1></hedline></body.head><body.content><p>Een id\xe9e.</p></body.content></body></nitf>"
	a := parseContainer(t, new(Parser), []byte(src))[0]
	if a.Headline.Text != "Café op de hoek" || a.Encoding != "iso-8859-1" {
		t.Errorf("headline %q, encoding %q", a.Headline.Text, a.Encoding)
	}
}

// TestHTMLTimeElement: without metadata, the article's <time datetime>
// gives the date.
func TestHTMLTimeElement(t *testing.T) {
	page := `<html><body><article><h1>Kop</h1><time datetime="2022-03-04T10:20:00+01:00">4 maart</time><p>Een alinea tekst.</p></article></body></html>`
	a := parseContainer(t, new(Parser), []byte(page))[0]
	if a.Published.String() != "2022-03-04T10:20:00+01:00" {
		t.Errorf("published %s", a.Published)
	}
}
