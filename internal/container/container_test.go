package container

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	docx := zipWith(t, map[string]string{"word/document.xml": "<w:document/>"})
	other := zipWith(t, map[string]string{"mimetype": "x"})
	tests := []struct{ in, want string }{
		{docx, "docx"},
		{other, ""},
		{"PK\x03\x04broken", ""},
		{`{\rtf1\ansi hallo}`, "rtf"},
		{"\xef\xbb\xbf  {\\rtf1 x}", "rtf"},
		{`<?xml version="1.0"?><nitf><head/></nitf>`, "nitf"},
		{`<?xml version="1.0"?><!-- c --><!DOCTYPE nitf [<!ENTITY a "b">]><nitf/>`, "nitf"},
		{`<articles.published version="1.0">`, "gopress-xml"},
		{`<article.published>`, "gopress-xml"},
		{`<!DOCTYPE html><p>x`, "html"},
		{`<!doctype HTML>`, "html"},
		{`<html lang="nl">`, "html"},
		{`<rss><channel/></rss>`, ""},
		{` date 2018-04 Kop`, ""},
		{`<<<`, ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Detect(tc.in); got != tc.want {
			t.Errorf("Detect(%.30q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func zipWith(t testing.TB, files map[string]string) string {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for n, b := range files {
		w, err := z.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(b))
	}
	z.Close()
	return buf.String()
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		read func() error
		want error
	}{
		{"docx without body", func() error {
			_, err := ReadDOCX(zipWith(t, map[string]string{"a": "b"}), 1<<20)
			return err
		}, ErrCorrupt},
		{"docx over limit", func() error {
			_, err := ReadDOCX(zipWith(t, map[string]string{docxBody: strings.Repeat("x", 2000)}), 1000)
			return err
		}, ErrTooLarge},
		{"xml not well formed", func() error { _, err := ReadNITF("<nitf><<", 1<<20); return err }, ErrCorrupt},
		{"xml over limit", func() error {
			_, err := ReadNITF("<nitf><p>"+strings.Repeat("x", 2000)+"</p></nitf>", 1000)
			return err
		}, ErrTooLarge},
		{"rtf over limit", func() error { _, err := ReadRTF(`{\rtf1 `+strings.Repeat("x", 2000)+"}", 1000); return err }, ErrTooLarge},
	}
	for _, tc := range tests {
		err := tc.read()
		var ce *Error
		if !errors.Is(err, tc.want) || !errors.As(err, &ce) {
			t.Errorf("%s: %v, want %v in an *Error", tc.name, err, tc.want)
		}
	}
}

// Reader benchmarks: the container readers alone, without the layout and
// quotation stages.

func para(i int) string {
	return fmt.Sprintf("Alinea %d over de haven, de dijk en het café, met genoeg woorden om op een echte alinea te lijken.", i)
}

func BenchmarkReadDOCX(b *testing.B) {
	var doc strings.Builder
	doc.WriteString(`<w:document xmlns:w="w"><w:body>`)
	for i := range 5000 {
		fmt.Fprintf(&doc, `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:tab/><w:t>x</w:t></w:r></w:p>`, para(i))
	}
	doc.WriteString(`</w:body></w:document>`)
	src := zipWith(b, map[string]string{docxBody: doc.String()})
	bench(b, src, func() error { _, err := ReadDOCX(src, 1<<30); return err })
	// MB/s of document.xml, not of the far smaller zip.
	b.SetBytes(int64(doc.Len()))
}

func BenchmarkReadGoPressXML(b *testing.B) {
	var s strings.Builder
	s.WriteString(`<articles.published>`)
	for i := range 200 {
		fmt.Fprintf(&s, `<article.published><head><id scope="S" pubdate="2013-10-10T00:00:00.000+01:00" title="Krant" issue="X%d"/><meta><edition>Editie</edition></meta></head><body><body.head pageNumber="3"><headline><hl1><p>Kop %d</p></hl1></headline><byline><author><personname><namelast>Jan Smit</namelast></personname></author></byline></body.head><body.content><body.p>`, i, i)
		for j := range 20 {
			fmt.Fprintf(&s, "<p>%s</p>", para(j))
		}
		s.WriteString(`</body.p></body.content></body></article.published>`)
	}
	s.WriteString(`</articles.published>`)
	src := s.String()
	bench(b, src, func() error { _, err := ReadGoPressXML(src, 1<<30); return err })
}

func BenchmarkReadNITF(b *testing.B) {
	var s strings.Builder
	s.WriteString(`<nitf><head><docdata><date.issue norm="20210314T093000+0100"/></docdata></head><body><body.head><hedline><hl1>Kop</hl1></hedline></body.head><body.content>`)
	for j := range 4000 {
		fmt.Fprintf(&s, "<p>%s <em>nadruk</em></p>", para(j))
	}
	s.WriteString(`</body.content></body></nitf>`)
	src := s.String()
	bench(b, src, func() error { _, err := ReadNITF(src, 1<<30); return err })
}

func BenchmarkReadRTF(b *testing.B) {
	var s strings.Builder
	s.WriteString(`{\rtf1\ansi\ansicpg1252\uc1{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}` + "\n")
	s.WriteString(`\pard\plain\fs26 Kop\par\fs18 De Krant* - 07 Mar. 2020 -  2\par\fs12 *\par`)
	for j := range 4000 {
		fmt.Fprintf(&s, `\pard\plain\fs16 %s caf\'e9 na\u239?ef\par`+"\n", para(j))
	}
	s.WriteString("}")
	src := s.String()
	bench(b, src, func() error { _, err := ReadRTF(src, 1<<30); return err })
}

func BenchmarkReadHTML(b *testing.B) {
	var s strings.Builder
	s.WriteString(`<!DOCTYPE html><html lang="nl"><head><title>Kop</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Kop","datePublished":"2024-05-02"}</script></head><body><nav><a href="/">Home</a></nav><article>`)
	for j := range 4000 {
		fmt.Fprintf(&s, "<p class=\"par\">%s <a href=\"/x\">link</a></p>\n", para(j))
		if j%50 == 0 {
			s.WriteString(`<figure><img src="x.jpg"><figcaption>Foto</figcaption></figure><div class="share">Deel</div>`)
		}
	}
	s.WriteString(`</article><footer>Voet</footer></body></html>`)
	src := s.String()
	bench(b, src, func() error { _, err := ReadHTML(src, 1<<30); return err })
}

func bench(b *testing.B, src string, read func() error) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if err := read(); err != nil {
			b.Fatal(err)
		}
	}
}
