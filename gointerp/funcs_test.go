package gointerp

import (
	"strings"
	"testing"
)

// A function whose parameter has a session variable's name is lifted
// without yaegi's "variable definition loop".
func TestParameterNamedLikeAVariable(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "xs := []float64{1.5, 2.5}", "func first(xs ...float64) (x float64) { return xs[0] }")
	if got := value(t, in, "first(xs...)"); got != "1.5" {
		t.Errorf("first = %s", got)
	}
	if got := unnamed("(a, b int, c ...string) (n int, err error)"); got != "(int, int, ...string) (int, error)" {
		t.Errorf("unnamed = %s", got)
	}
	if !strings.Contains(unnamed("(f func(int) bool)"), "func(int) bool") {
		t.Error("unnamed lost a func type")
	}
}

// A function whose body redeclares its named result with := assigns the
// result, as in Go (such functions are not lifted into variables).
func TestRedeclaredResultIsAssigned(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "func three() (int, string) { return 1, \"3\" }\nfunc x() (s string) {\n\ta, s := three()\n\t_ = a\n\treturn\n}")
	if got := value(t, in, "x()"); got != "3" {
		t.Errorf("x() = %q, want 3", got)
	}
}

// runtime.Breakpoint fails the cell instead of trapping the kernel.
func TestBreakpointPanics(t *testing.T) {
	in := newInterp(t)
	if _, _, err := run(t, in, "x := 1\nruntime.Breakpoint()"); err == nil || !strings.Contains(err.Error(), "breakpoint trap") {
		t.Fatalf("err = %v", err)
	}
	if got := value(t, in, "x + 1"); got != "2" {
		t.Errorf("x + 1 = %s", got)
	}
}
