package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder stands in for a test so that Check's failures can be seen.
type recorder struct {
	testing.TB
	errors, fatals int
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.errors++ }
func (r *recorder) Fatalf(string, ...any) { r.fatals++ }
func (r *recorder) Fatal(...any)          { r.fatals++ }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	var r recorder
	Check(&r, path, "a\n", false)
	if r.fatals != 1 {
		t.Errorf("missing golden: %d fatals, want 1", r.fatals)
	}
	r = recorder{}
	Check(&r, path, "a\n", true)
	if b, err := os.ReadFile(path); err != nil || string(b) != "a\n" || r.fatals+r.errors != 0 {
		t.Fatalf("update wrote %q, %v (%d fatals, %d errors)", b, err, r.fatals, r.errors)
	}
	Check(&r, path, "a\n", false)
	if r.errors != 0 {
		t.Errorf("same text: %d errors", r.errors)
	}
	Check(&r, path, "b\n", false)
	if r.errors != 1 {
		t.Errorf("other text: %d errors, want 1", r.errors)
	}
}
