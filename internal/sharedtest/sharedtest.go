// Package sharedtest holds the one rule for tests that read ../shared, the
// development data beside the project that a clone does not have: they
// skip on a developer's machine without it, and fail in CI (CI set), where
// a silent skip would hide that they never ran.
package sharedtest

import (
	"fmt"
	"os"
	"path/filepath"
)

// TB is the part of testing.TB that Missing uses.
type TB interface {
	Helper()
	Skip(args ...any)
	Fatal(args ...any)
}

// Missing reports that data under ../shared is missing: t.Fatal when the
// environment variable CI is set, t.Skip otherwise.
func Missing(t TB, why ...any) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal("../shared is needed in CI: " + fmt.Sprint(why...))
		return
	}
	t.Skip(why...)
}

// Dir returns the folder shared/elem… found in the working directory or
// one above it, the way the tests' packages sit below the checkout and
// shared/ beside it; when there is none, Missing.
func Dir(t TB, elem ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		Missing(t, err)
		return ""
	}
	rel := filepath.Join(append([]string{"shared"}, elem...)...)
	for {
		p := filepath.Join(dir, rel)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			Missing(t, rel+" not found")
			return ""
		}
		dir = parent
	}
}
