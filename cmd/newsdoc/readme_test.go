package main

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestReadme: the README starts with exactly two commands, the sample run
// (which must work, and give readable output) and the tests; it says how
// to install the command and which Go it needs, and does not send a new
// user to ../shared, which a clone lacks (item 23 of issue 9).
func TestReadme(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	lines := strings.Split(readme, "\n")
	if len(lines) < 5 || !strings.HasPrefix(lines[0], "# ") || lines[1] != "" || lines[4] != "" {
		t.Fatalf("README does not open with a title and a block of two commands: %q", lines[:min(5, len(lines))])
	}
	first, second := strings.TrimSpace(lines[2]), strings.TrimSpace(lines[3])
	if !strings.HasPrefix(lines[2], "    go run ./cmd/newsdoc parse ") || second != "go test ./..." {
		t.Fatalf("first commands %q and %q", first, second)
	}
	args := strings.Fields(strings.TrimPrefix(first, "go run ./cmd/newsdoc "))
	for i, a := range args {
		if strings.HasPrefix(a, "testdata/") {
			args[i] = "../../" + a
		}
	}
	var out, errb bytes.Buffer
	if code := run(args, nil, &out, &errb); code != 0 || errb.Len() > 0 {
		t.Fatalf("the README's first command: exit %d, stderr %q", code, errb.String())
	}
	if !strings.Contains(out.String(), "\n  \"headline\"") {
		t.Errorf("the first command's output is not indented for reading")
	}
	var a map[string]any
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Errorf("the first command's output is not one JSON object: %v", err)
	}

	if !strings.Contains(readme, "go install github.com/newsdoc/newsdoc/cmd/newsdoc@latest") {
		t.Errorf("README has no go install line")
	}
	mod, _ := os.ReadFile("../../go.mod")
	m := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindStringSubmatch(string(mod))
	if m == nil || !strings.Contains(readme, "Go "+m[1]+" or later") {
		t.Errorf("README does not name the Go version go.mod requires (%v)", m)
	}
	if strings.Contains(readme, "../shared") {
		t.Errorf("README points to ../shared")
	}
}
