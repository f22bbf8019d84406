package container

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"

	"github.com/newsdoc/newsdoc/internal/layout"
)

// HTML pages. The metadata comes from the NewsArticle/Article JSON-LD
// (headline, datePublished, dateModified, author, articleSection,
// publisher, inLanguage), then OpenGraph and meta tags
// (article:published_time, og:title, author). The body is the p, h2, h3
// and blockquote elements of the main content: the element marked as the
// article body (itemprop=articleBody, or a class such as "article-body"),
// else the <article> with the most paragraph text, else <main>, else
// <body>, leaving out navigation, header and footer, asides, forms,
// figures and captions, and elements whose class or id says related
// links, comments, sharing, newsletters or advertising.
//
// The page is read with the x/net/html tokenizer in three passes: the
// metadata, the choice of the main content, and the text. Tokens stream: memory is the
// text kept plus a stack of open elements bounded at maxHTMLDepth.
//
// Every text node of the page lands in the decoded text, as a block or a
// meta value: "boilerplate" (navigation, related links, comments…),
// "caption", "page_text" (outside the main content), "title", "h1". The
// contents of script, style, template and noscript are not text; of the
// scripts, only the JSON-LD fields named above are read.

const maxHTMLDepth = 512

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// skipElements never hold body text.
var skipElements = map[string]bool{
	"nav": true, "footer": true, "header": true, "aside": true, "form": true, "figure": true,
	"figcaption": true, "button": true, "select": true, "iframe": true, "svg": true, "dialog": true,
	"menu": true, "template": true,
}

// nonText elements hold no readable text.
var nonText = map[string]bool{"script": true, "style": true, "noscript": true}

// boilerplateWords in a class or id mark an element that is not the article.
var boilerplateWords = []string{"related", "comment", "share", "social", "newsletter", "promo", "advert",
	"sponsor", "caption", "breadcrumb", "navigation", "navbar", "menu", "footer", "sidebar", "cookie",
	"subscribe", "recommend", "readmore", "read-more", "teaser", "banner", "popup", "paywall", "toolbar"}

// bodyWords in a class or id mark the article body.
var bodyWords = []string{"articlebody", "article-body", "article__body", "article-content", "articlecontent",
	"story-body", "storybody", "post-content", "entry-content", "article-text", "articletext", "story-content"}

type htmlFrame struct {
	name   string
	seg    string // the name with its sibling index: "p[3]"
	counts []nameCount
	cand   int    // the content candidate this element opens, or -1
	within string // "caption", "title" or "h1" when inside one of them
	skip   bool   // boilerplate: this element or an ancestor
	block  bool   // this element opened the current block
}

// a content candidate: an element that may hold the article body.
type candidate struct {
	rank  int // 3 marked body, 2 article, 1 main, 0 body
	paras int // bytes of paragraph text inside
}

// tagAttrs are the attributes the reader looks at.
type tagAttrs struct {
	class, id, itemprop, role, lang, typ, property, name, content, datetime string
}

// attrsOf reads a start tag's attributes, keeping the ones it needs, and
// returns the lower-cased class and id for the boilerplate tests.
func attrsOf(z *html.Tokenizer, hasAttr bool) (string, tagAttrs) {
	var a tagAttrs
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		var dst *string
		switch string(k) {
		case "class":
			dst = &a.class
		case "id":
			dst = &a.id
		case "itemprop":
			dst = &a.itemprop
		case "role":
			dst = &a.role
		case "lang":
			dst = &a.lang
		case "type":
			dst = &a.typ
		case "property":
			dst = &a.property
		case "name":
			dst = &a.name
		case "content":
			dst = &a.content
		case "datetime":
			dst = &a.datetime
		}
		if dst != nil && *dst == "" {
			*dst = string(v)
		}
	}
	if a.class == "" && a.id == "" {
		return "", a
	}
	return strings.ToLower(a.class + " " + a.id), a
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func candidateRank(name, cls string, attrs tagAttrs) int {
	switch {
	case attrs.itemprop == "articleBody" || containsAny(cls, bodyWords):
		return 3
	case name == "article":
		return 2
	case name == "main" || attrs.role == "main":
		return 1
	case name == "body":
		return 0
	}
	return -1
}

// htmlMeta is one metadata value read from the head or the JSON-LD.
type htmlMeta struct {
	key, value, loc string
}

// ReadHTML reads a news page.
func ReadHTML(src string, limit int) (*Result, error) {
	enc := "utf-8"
	if e, name, _ := charset.DetermineEncoding([]byte(src[:min(len(src), 1024)]), ""); name != "utf-8" && e != nil {
		b, err := io.ReadAll(io.LimitReader(e.NewDecoder().Reader(strings.NewReader(src)), int64(limit)+1))
		if err != nil || len(b) > limit {
			return nil, &Error{Container: "html", Err: ErrTooLarge}
		}
		src, enc = string(b), name
	}
	if !utf8.ValidString(src) {
		// Bytes that are not UTF-8 in a page that says it is: read each
		// as Windows-1252, as the text path does.
		src, enc = recode1252(src), "utf-8+windows-1252"
	}
	chosen := htmlCandidates(src)
	b := &builder{limit: limit}
	r := &Result{Container: "html", Encoding: enc}
	d := layout.Doc{Format: "page"}
	metas, lang := htmlHead(src)
	authorLoc := ""
	for _, m := range metas {
		s := b.line(m.value, m.loc)
		if s.IsZero() {
			continue
		}
		switch m.key {
		case "ld_headline", "og:title":
			if d.Headline.IsZero() {
				d.Headline = s
				d.Format = "jsonld"
				if m.key == "og:title" {
					d.Format = "opengraph"
				}
				continue
			}
		case "ld_datePublished", "article:published_time", "date", "pubdate", "publish-date", "dcterms.date":
			if d.DateText.IsZero() {
				d.DateText = s
				d.AddMeta("published", s)
				continue
			}
		case "ld_author", "author":
			// The authors of the first source that names any.
			if authorLoc == "" || m.loc == authorLoc {
				authorLoc = m.loc
				d.Authors = append(d.Authors, s)
			}
			d.AddMeta("author", s)
			continue
		case "ld_articleSection", "article:section":
			if d.Section.IsZero() {
				d.Section = s
				continue
			}
		case "ld_inLanguage":
			if lang == "" {
				lang = m.value
			}
		}
		d.AddMeta(metaKey(m.key), s)
	}
	if lang != "" {
		d.Lang = strings.ToLower(strings.SplitN(strings.SplitN(lang, "-", 2)[0], "_", 2)[0])
	}
	htmlBody(src, chosen, b, &d)
	if b.over {
		return nil, &Error{Container: "html", Err: ErrTooLarge}
	}
	r.Text = b.sb.String()
	r.Locs = b.locs
	if r.Text == "" {
		return r, nil
	}
	d.Span = layout.Span{Start: 0, End: len(r.Text)}
	// Without metadata, the page's h1, else its title.
	for _, k := range []string{"h1", "title"} {
		for _, m := range d.Meta {
			if d.Headline.IsZero() && m.Key == k {
				d.Headline = m.Span
			}
		}
	}
	if d.Format == "jsonld" && !strings.HasPrefix(r.LocAt(d.Headline.Start), "script") {
		d.Format = "page"
	}
	r.Docs = []layout.Doc{d}
	return r, nil
}

// ldKeys name the JSON-LD fields as meta keys.
var ldKeys = map[string]string{
	"ld_dateModified": "modified", "ld_inLanguage": "language", "ld_publisher": "publisher",
	"ld_description": "description", "ld_articleSection": "section", "ld_headline": "headline",
	"ld_datePublished": "published",
}

// metaKey turns a meta name into a meta key: "og:site_name" → "og_site_name".
func metaKey(k string) string {
	if v, ok := ldKeys[k]; ok {
		return v
	}
	return strings.NewReplacer(":", "_", ".", "_", "-", "_").Replace(strings.ToLower(k))
}

// htmlCandidates finds the main content: the index of the chosen candidate
// among the candidate elements in document order.
func htmlCandidates(src string) int {
	z := html.NewTokenizer(strings.NewReader(src))
	var cands []candidate
	var open []int // candidates open, innermost last, with their depth
	var depths []int
	depth := 0
	inP := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			n := string(name)
			if voidElements[n] {
				continue
			}
			cls, attrs := attrsOf(z, hasAttr)
			depth++
			if rk := candidateRank(n, cls, attrs); rk >= 0 {
				cands = append(cands, candidate{rank: rk})
				open = append(open, len(cands)-1)
				depths = append(depths, depth)
			}
			if n == "p" {
				inP++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if string(name) == "p" && inP > 0 {
				inP--
			}
			for len(open) > 0 && depths[len(depths)-1] >= depth {
				open, depths = open[:len(open)-1], depths[:len(depths)-1]
			}
			depth = max(depth-1, 0)
		case html.TextToken:
			if inP > 0 {
				n := len(bytes.TrimSpace(z.Text()))
				for _, c := range open {
					cands[c].paras += n
				}
			}
		}
	}
	best := -1
	for i, c := range cands {
		if c.paras == 0 && c.rank > 0 {
			continue
		}
		if best < 0 || c.rank > cands[best].rank || c.rank == cands[best].rank && c.paras > cands[best].paras {
			best = i
		}
	}
	return best
}

// htmlHead reads the title-level metadata: the JSON-LD article fields
// and the meta tags, in that order, and the page's language.
func htmlHead(src string) ([]htmlMeta, string) {
	z := html.NewTokenizer(strings.NewReader(src))
	var ld, metas []htmlMeta
	lang := ""
	inLD := false
	n := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			_, attrs := attrsOf(z, hasAttr)
			switch string(name) {
			case "html":
				lang = attrs.lang
			case "meta":
				key := strings.ToLower(attrs.property)
				if key == "" {
					key = strings.ToLower(attrs.name)
				}
				if key != "" && attrs.content != "" && len(metas) < 200 {
					metas = append(metas, htmlMeta{key, attrs.content, "meta[" + key + "]"})
				}
			case "script":
				inLD = strings.Contains(strings.ToLower(attrs.typ), "ld+json")
				if inLD {
					n++
				}
			}
		case html.TextToken:
			if inLD {
				ld = append(ld, jsonLD(z.Text(), "script[ld+json]["+strconv.Itoa(n)+"]")...)
				inLD = false
			}
		case html.EndTagToken:
			inLD = false
		}
	}
	return append(ld, metas...), lang
}

// jsonLD reads the article fields of the first NewsArticle/Article object
// in one JSON-LD script (at the top, in an array or under @graph).
func jsonLD(b []byte, loc string) []htmlMeta {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return nil
	}
	var obj map[string]any
	var find func(v any, depth int)
	find = func(v any, depth int) {
		if obj != nil || depth > 8 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				find(e, depth+1)
			}
		case map[string]any:
			if isArticleType(t["@type"]) {
				obj = t
				return
			}
			if g, ok := t["@graph"]; ok {
				find(g, depth+1)
			}
		}
	}
	find(v, 0)
	if obj == nil {
		return nil
	}
	var out []htmlMeta
	add := func(key string, v any) {
		for _, s := range ldStrings(v) {
			out = append(out, htmlMeta{"ld_" + key, s, loc + "/" + key})
		}
	}
	for _, k := range []string{"headline", "datePublished", "dateModified", "author", "articleSection", "inLanguage", "description"} {
		add(k, obj[k])
	}
	if p, ok := obj["publisher"].(map[string]any); ok {
		add("publisher", p["name"])
	}
	return out
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return strings.HasSuffix(v, "Article") || v == "BlogPosting" || v == "Report"
	case []any:
		for _, e := range v {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldStrings reads a JSON-LD value as strings: a string, an object's name,
// or an array of either.
func ldStrings(v any) []string {
	switch t := v.(type) {
	case string:
		if s := collapse(t); s != "" {
			return []string{s}
		}
	case map[string]any:
		return ldStrings(t["name"])
	case []any:
		var out []string
		for _, e := range t {
			if len(out) < 50 {
				out = append(out, ldStrings(e)...)
			}
		}
		return out
	}
	return nil
}

// htmlBody collects the page's text: body blocks from the chosen content
// candidate, every other text as meta.
func htmlBody(src string, chosen int, b *builder, d *layout.Doc) {
	z := html.NewTokenizer(strings.NewReader(src))
	var stack []htmlFrame
	deep := 0 // elements past maxHTMLDepth, not on the stack
	cand := -1
	inMain := 0 // depth (stack length) of the chosen candidate, 0 when outside
	var text strings.Builder
	var kind layout.Kind
	key := ""     // meta key of the current text, when not a block
	blockAt := -1 // stack index of the element that opened the block
	flush := func() {
		if text.Len() == 0 {
			return
		}
		end := len(stack)
		if blockAt >= 0 {
			end = blockAt + 1
		}
		s := b.line(collapseKeepBreaks(text.String()), htmlPath(stack[:end]))
		text.Reset()
		if s.IsZero() {
			return
		}
		if key != "" {
			if key == "page_text" && isBylineText(b.sb.String()[s.Start:s.End]) {
				d.AddMeta("byline", s)
				return
			}
			d.AddMeta(key, s)
			return
		}
		k := kind
		if k == layout.Other && isProse(b.sb.String()[s.Start:s.End]) {
			k = layout.Paragraph // text straight in a div, as some sites write paragraphs
		}
		d.Blocks = append(d.Blocks, layout.Block{Kind: k, Span: s})
	}
	// where says what text at the top of the stack is: a block kind, or a
	// meta key.
	where := func() (layout.Kind, string) {
		skip := len(stack) > 0 && stack[len(stack)-1].skip
		if len(stack) > 0 && stack[len(stack)-1].within != "" {
			return 0, stack[len(stack)-1].within
		}
		if skip {
			return 0, "boilerplate"
		}
		if inMain == 0 && chosen >= 0 {
			return 0, "page_text"
		}
		if blockAt >= 0 && blockAt < len(stack) {
			return blockKind(stack[blockAt].name), ""
		}
		return layout.Other, ""
	}
	for {
		if b.over {
			return
		}
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			n := string(name)
			cls, attrs := attrsOf(z, hasAttr)
			if candidateRank(n, cls, attrs) >= 0 {
				cand++
			}
			if n == "time" && attrs.datetime != "" && len(d.Meta) < 10000 {
				// A <time datetime> outside the boilerplate is the page's
				// own date: kept, and the publication date when no
				// metadata gives one.
				flush()
				if s := b.line(attrs.datetime, htmlPath(stack)+"/time/@datetime"); !s.IsZero() {
					d.AddMeta("datetime", s)
					if d.DateText.IsZero() && (len(stack) == 0 || !stack[len(stack)-1].skip) {
						d.DateText = s
					}
				}
			}
			if n == "br" {
				text.WriteByte('\r') // the tokenizer turns every \r into \n, so this marks a <br>
				continue
			}
			if voidElements[n] || tt == html.SelfClosingTagToken {
				continue
			}
			if nonText[n] {
				// Raw text (script, style, noscript) is not readable text:
				// skip it.
				z.Next()
				continue
			}
			if closesP(n) && blockAt >= 0 && stack[blockAt].name == "p" {
				// These close an open paragraph whose end tag was left out.
				flush()
				stack = stack[:blockAt]
				if inMain > blockAt {
					inMain = 0
				}
				blockAt = -1
			}
			if len(stack) >= maxHTMLDepth && !compact(&stack, &blockAt, &inMain) {
				deep++
				continue
			}
			f := htmlFrame{name: n, seg: n, cand: -1}
			switch n {
			case "figcaption":
				f.within = "caption"
			case "title", "h1":
				f.within = n
			}
			if k := len(stack); k > 0 {
				f.skip = stack[k-1].skip
				if f.within == "" {
					f.within = stack[k-1].within
				}
				if i := siblingIndex(&stack[k-1].counts, n); i > 1 {
					f.seg += "[" + strconv.Itoa(i) + "]"
				}
			}
			if skipElements[n] || containsAny(cls, boilerplateWords) && n != "body" && n != "html" && n != "article" {
				f.skip = true
			}
			isCand := candidateRank(n, cls, attrs) >= 0
			// A unit of text ends where an element of its own starts; inside
			// a block only boilerplate does (a share link in a paragraph).
			skipChange := f.skip != (len(stack) > 0 && stack[len(stack)-1].skip)
			if blockAt >= 0 && skipChange || blockAt < 0 && (isBoundary(n) || isCand || skipChange) {
				flush()
			}
			stack = append(stack, f)
			if isCand {
				stack[len(stack)-1].cand = cand
			}
			if isCand && cand == chosen && inMain == 0 {
				inMain = len(stack)
			}
			if blockAt < 0 && isBlockElement(n) && (inMain > 0 || chosen < 0) && !f.skip {
				blockAt = len(stack) - 1
				stack[blockAt].block = true
			}
			kind, key = where()
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if deep > 0 {
				deep--
				continue
			}
			i := len(stack) - 1
			for i >= 0 && stack[i].name != n {
				i--
			}
			if i < 0 {
				continue // a stray end tag
			}
			if i <= blockAt || blockAt < 0 && (isBoundary(n) || stack[i].cand >= 0 || stack[i].skip != (i > 0 && stack[i-1].skip)) {
				flush()
			}
			if blockAt >= i {
				blockAt = -1
			}
			if inMain > i {
				inMain = 0
			}
			stack = stack[:i]
			if len(stack) > 0 {
				kind, key = where()
			}
		case html.TextToken:
			if len(stack) == 0 {
				kind, key = 0, "page_text"
			}
			text.Write(z.Text())
		}
	}
	flush()
}

// isProse: a sentence or more of running text, not a label or a list
// item.
func isProse(t string) bool {
	if words(t) < 15 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?\"”’'", r)
}

// isBylineText: a line outside the body that opens as a byline does.
func isBylineText(t string) bool {
	return (layout.BylineIntro(t, false) > 0 || layout.BylineFormula(t)) && words(t) <= 12
}

// htmlPath is the element path of a stack: "/html/body/div[2]/p[3]".
func htmlPath(stack []htmlFrame) string {
	if len(stack) == 0 {
		return "/"
	}
	var sb strings.Builder
	for i, f := range stack {
		// A deep path keeps its ends: the page's frame and the article.
		if n := len(stack); n > 40 && i >= 8 && i < n-31 {
			if i == 8 {
				sb.WriteString("/…")
			}
			continue
		}
		sb.WriteByte('/')
		sb.WriteString(f.seg)
	}
	return sb.String()
}

// compact makes room on a full stack by dropping the deepest plain
// element (no candidate, block or change of boilerplate) above the
// document's first levels; its end tag is then a stray one. Unclosed
// <div>s pile up like this in broken pages; the article inside them must
// still open. It reports false when nothing can be dropped.
func compact(stack *[]htmlFrame, blockAt, inMain *int) bool {
	s := *stack
	for k := len(s) - 1; k >= 4; k-- {
		if s[k].cand >= 0 || s[k].block || k == *blockAt || k == *inMain-1 || s[k].skip != s[k-1].skip {
			continue
		}
		copy(s[k:], s[k+1:])
		*stack = s[:len(s)-1]
		if *blockAt > k {
			*blockAt--
		}
		if *inMain > k+1 {
			*inMain--
		}
		return true
	}
	return false
}

// isBoundary: elements whose text is a unit of its own outside blocks.
func isBoundary(n string) bool {
	switch n {
	case "title", "h1", "div", "li", "section", "td", "th", "tr", "table", "dd", "dt",
		"article", "main", "body", "html", "head", "address":
		return true
	}
	return isBlockElement(n) || skipElements[n]
}

// closesP: the elements whose start tag ends an open <p> (HTML's
// implied end tags).
func closesP(n string) bool {
	switch n {
	case "div", "section", "table", "figure", "aside", "nav", "footer", "header", "form",
		"article", "main", "dl", "address", "menu", "dialog", "h1", "hr":
		return true
	}
	return isBlockElement(n)
}

func isBlockElement(n string) bool {
	switch n {
	case "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol":
		return true
	}
	return false
}

func blockKind(n string) layout.Kind {
	switch n {
	case "h2", "h3", "h4", "h5", "h6":
		return layout.Subheading
	case "blockquote":
		return layout.Pullquote
	case "p":
		return layout.Paragraph
	}
	return layout.Other
}

// collapseKeepBreaks makes runs of white space one space, and each <br>
// (marked by \r) a line feed.
func collapseKeepBreaks(s string) string {
	if !strings.Contains(s, "\r") {
		return collapse(s)
	}
	var out []string
	for _, l := range strings.Split(s, "\r") {
		if c := collapse(l); c != "" {
			out = append(out, c)
		}
	}
	return strings.Join(out, "\n")
}

// recode1252 replaces each byte of s that is not part of valid UTF-8 by
// its Windows-1252 character.
func recode1252(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(charmap.Windows1252.DecodeByte(s[i]))
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
