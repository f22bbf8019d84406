package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormatOut: -format-out csv and jsonl write the four tables into -o,
// ninjs writes one object per article on stdout, and the flags that do
// not go together are refused.
func TestFormatOut(t *testing.T) {
	in := "../../testdata/multi/two-articles.txt"
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"parse", "-format-out", "csv", "-o", dir, in}, nil, &out, &errb); code != 0 || out.Len() > 0 {
		t.Fatalf("csv: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	for name, rows := range map[string]int{"articles": 2, "blocks": 3, "people": 0} {
		f, err := os.Open(filepath.Join(dir, name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(recs)-1 != rows {
			t.Errorf("%s.csv: %d rows, want %d (%v)", name, len(recs)-1, rows, err)
		}
	}
	if code := run([]string{"parse", "-format-out", "jsonl", "-o", dir, in}, nil, &out, &errb); code != 0 {
		t.Fatalf("jsonl: exit %d, %s", code, errb.String())
	}
	b, err := os.ReadFile(filepath.Join(dir, "articles.jsonl"))
	if err != nil || strings.Count(string(b), "\n") != 2 {
		t.Errorf("articles.jsonl: %q, %v", b, err)
	}

	out.Reset()
	if code := run([]string{"parse", "-format-out", "ninjs", in}, nil, &out, &errb); code != 0 {
		t.Fatalf("ninjs: exit %d, %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("ninjs: %d lines, want 2", len(lines))
	}
	for _, l := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(l), &obj); err != nil || obj["type"] != "text" || obj["x-newsdoc"] == nil {
			t.Errorf("ninjs line %q: %v", l, err)
		}
	}

	for _, args := range [][]string{
		{"-format-out", "csv", in},          // no -o
		{"-format-out", "xml", in},          // unknown
		{"-o", dir, in},                     // -o without tables
		{"-format-out", "ninjs", "-o", dir}, // -o with ninjs
	} {
		errb.Reset()
		if code := run(append([]string{"parse"}, args...), nil, &out, &errb); code != 2 || errb.Len() == 0 {
			t.Errorf("parse %v: exit %d, stderr %q; want 2 and a message", args, code, errb.String())
		}
	}
}
