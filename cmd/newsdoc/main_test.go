package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	bad := filepath.Join(dir, "b.txt")
	src := " date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\n00u54 2 Internet Het café is dicht.\n"
	os.WriteFile(good, []byte(src), 0o644)
	os.WriteFile(bad, []byte("x\x00y"), 0o644)

	var out, errb bytes.Buffer
	code := run([]string{"parse", good, bad, filepath.Join(dir, "missing.txt")}, nil, &out, &errb)
	if code != 1 {
		t.Errorf("exit %d, want 1 (one file failed)", code)
	}
	if !strings.Contains(errb.String(), "b.txt: newsdoc: 1:2: binary data") {
		t.Errorf("stderr = %q, want the file and position", errb.String())
	}
	var a map[string]any
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if a["headline"] != "Een kop" || a["published"] != "2018-04-05T00:54+02:00" || a["section"] != "Internet" || a["file"] != good {
		t.Errorf("got %v", a)
	}
	blocks := a["blocks"].([]any)
	b0 := blocks[0].(map[string]any)
	start, end := int(b0["start"].(float64)), int(b0["end"].(float64))
	if src[start:end] != b0["text"] {
		t.Errorf("byte offsets %d-%d do not give the block text", start, end)
	}

	// -runes counts code points: "é" is one.
	out.Reset()
	if code := run([]string{"parse", "-runes", good}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d", code)
	}
	json.Unmarshal(out.Bytes(), &a)
	b0 = a["blocks"].([]any)[0].(map[string]any)
	if got := int(b0["end"].(float64)); got != end-1 {
		t.Errorf("rune end = %d, want %d", got, end-1)
	}

	// stdin, and a directory.
	out.Reset()
	if code := run([]string{"parse"}, strings.NewReader(src), &out, &errb); code != 0 || !strings.Contains(out.String(), `"file":"-"`) {
		t.Errorf("stdin: exit %d, %q", code, out.String())
	}
	out.Reset()
	os.Remove(bad)
	if code := run([]string{"parse", dir}, nil, &out, &errb); code != 0 || strings.Count(out.String(), "\n") != 1 {
		t.Errorf("dir: exit %d, %q", code, out.String())
	}
}

func TestUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"parse", "-h"}, nil, &out, &errb); code != 0 || !strings.Contains(errb.String(), "-runes") {
		t.Errorf("parse -h: exit %d, %q", code, errb.String())
	}
	if code := run([]string{"nope"}, nil, &out, &errb); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
	errb.Reset()
	if code := run([]string{"parse", "-format", "pdf"}, nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), "lexisnexis") {
		t.Errorf("bad -format: exit %d, %q", code, errb.String())
	}
}
