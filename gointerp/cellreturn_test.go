package gointerp

import (
	"strings"
	"testing"
)

// A return at a cell's top level ends the cell without an error, after
// its deferred calls, and the session keeps what the cell did before it.
func TestTopLevelReturnEndsCell(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `defer fmt.Println("deferred")
total := 0
for i := 1; i <= 10; i++ {
	if i == 4 {
		fmt.Println("stop at", i)
		return
	}
	total += i
}
fmt.Println("not reached")`)
	if got, want := io.stream("stdout"), "stop at 4\ndeferred\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	if got := value(t, in, "total"); got != "6" {
		t.Errorf("total = %s, want 6", got)
	}
	_, _, err := run(t, in, "x := 1\nif x > 0 {\n\treturn x\n}")
	if ee := asExec(t, err); ee.Name != "CompileError" || !strings.Contains(ee.Value, "cell:3:2: too many return values") {
		t.Errorf("error %s: %q, want a CompileError at cell:3:2", ee.Name, ee.Value)
	}
	if got := value(t, in, "func() int { return total * 2 }()"); got != "12" {
		t.Errorf("a literal's return: got %s, want 12", got)
	}
}

// A return in a range over a function at a cell's top level ends the cell
// too (the loop's body runs in a closure there).
func TestTopLevelReturnInRangeOverFunc(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, l := range strings.Split(s, "\n") {
			if !yield(l) {
				return
			}
		}
	}
}`)
	_, io := mustRun(t, in, `n := 0
for line := range lines("a\nb\nstop\nc") {
	if line == "stop" {
		fmt.Println("stopping after", n)
		return
	}
	n++
}
fmt.Println("not reached")`)
	if got, want := io.stream("stdout"), "stopping after 2\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	if got := value(t, in, "n"); got != "2" {
		t.Errorf("n = %s, want 2", got)
	}
}

// recover() at a cell's top level is nil, as in main outside a deferred
// call: yaegi panicked with a nil pointer dereference.
func TestTopLevelRecoverIsNil(t *testing.T) {
	in := newInterp(t)
	if got := value(t, in, `fmt.Sprint("recover outside panic: ", recover())`); got != "recover outside panic: <nil>" {
		t.Errorf("got %s", got)
	}
}
