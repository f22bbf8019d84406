package sharedtest

import (
	"fmt"
	"testing"
)

type recorder struct{ skipped, failed string }

func (r *recorder) Helper()           {}
func (r *recorder) Skip(args ...any)  { r.skipped = fmt.Sprint(args...) }
func (r *recorder) Fatal(args ...any) { r.failed = fmt.Sprint(args...) }

func TestMissing(t *testing.T) {
	for _, ci := range []string{"", "true", "1"} {
		t.Setenv("CI", ci)
		var r recorder
		Missing(&r, "shared/formats not found")
		if ci == "" && (r.skipped == "" || r.failed != "") || ci != "" && (r.failed == "" || r.skipped != "") {
			t.Errorf("CI=%q: skipped %q, failed %q", ci, r.skipped, r.failed)
		}
	}
}
