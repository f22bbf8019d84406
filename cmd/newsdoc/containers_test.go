package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestParseContainers: by default a directory gives its .docx, .rtf, .xml,
// .html and .htm files as well as .txt, each read as its container.
func TestParseContainers(t *testing.T) {
	dir := t.TempDir()
	var zb bytes.Buffer
	z := zip.NewWriter(&zb)
	w, _ := z.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Kop van het stuk</w:t></w:r></w:p><w:p><w:r><w:t>Een alinea tekst.</w:t></w:r></w:p></w:body></w:document>`))
	z.Close()
	files := map[string][]byte{
		"a.docx": zb.Bytes(),
		"b.rtf":  []byte(`{\rtf1\ansi Kop\par De Krant* - 07 Mar. 2020 -  3\par *\par\par Een alinea caf\'e9.\par}`),
		"c.xml":  []byte(`<nitf><body><body.head><hedline><hl1>Kop</hl1></hedline></body.head><body.content><p>Tekst.</p></body.content></body></nitf>`),
		"d.html": []byte(`<html><body><article><h1>Kop</h1><p>Tekst van de pagina.</p></article></body></html>`),
		"e.htm":  []byte(`<!DOCTYPE html><html><body><p>Nog een pagina.</p></body></html>`),
		"f.txt":  []byte(" date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\nTekst.\n"),
		"g.pdf":  []byte("%PDF-1.4"),
	}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"parse", dir}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var formats []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var a struct{ Format string }
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		formats = append(formats, a.Format)
	}
	sort.Strings(formats)
	want := "docx/text dump html/page html/page rtf/gopress xml/nitf"
	if got := strings.Join(formats, " "); got != want {
		t.Errorf("formats %q, want %q", got, want)
	}
}
