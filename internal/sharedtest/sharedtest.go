// Package sharedtest holds the one rule for tests that read ../shared, the
// development data beside the project that a clone does not have: they
// skip on a developer's machine without it, and fail in CI (CI set), where
// a silent skip would hide that they never ran.
package sharedtest

import (
	"fmt"
	"os"
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
