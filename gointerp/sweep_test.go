package gointerp

import (
	"context"
	"runtime"
	"testing"

	"github.com/traefik/yaegi/interp"
)

// The sweeper reads yaegi's unexported fields; a yaegi upgrade that moves
// them must fail here, not silently keep every temporary.
func TestSweeperSeesYaegiLayout(t *testing.T) {
	if s := newSweeper(interp.New(interp.Options{})); s.off != "" {
		t.Fatalf("sweeper disabled: %s", s.off)
	}
}

func liveMiB() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 20
}

// Values a cell computed but did not keep are freed after the cell, and
// reassigning a variable frees its old value, as in compiled Go.
func TestTopLevelTemporariesAreFreed(t *testing.T) {
	in := newInterp(t)
	ctx := context.Background()
	exec := func(code string) {
		t.Helper()
		if _, err := in.Execute(ctx, code, newFakeIO()); err != nil {
			t.Fatalf("%s: %v", code, err)
		}
	}
	base := liveMiB()
	exec("b := make([]byte, 64<<20)\nb[0] = 1")
	for range 4 {
		exec("b = make([]byte, 64<<20)\nb[1] = 2")
		exec("b := make([]byte, 64<<20)\nb[1] = 2") // the cell run again
		exec("n := len(make([]byte, 64<<20))")
	}
	// b's current value is live; the twelve others (768 MiB) must not be.
	if grown := liveMiB() - base; grown > 100 {
		t.Errorf("live heap grew %d MiB; only b's 64 MiB should be live", grown)
	}
	if got := value(t, in, "len(b) + n + int(b[1])"); got != "134217730" {
		t.Errorf("after the sweep: %s", got)
	}
}

// Variables of top-level blocks stay: closures defined there read them.
func TestSweepKeepsBlockVariablesClosuresRead(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in,
		"var get func() int",
		"for i := range 3 {\n\tif i == 2 {\n\t\tk := i * 10\n\t\tget = func() int { return k + i }\n\t}\n}",
		"x := 5",
		"func f() int { return x }",
	)
	if got := value(t, in, "get() + f()"); got != "27" {
		t.Errorf("get() + f() = %s, want 27", got)
	}
}

// yaegi's method value reads its receiver from the frame when called: a
// temporary receiver must survive the sweep (Go's typeparam/issue48225).
func TestSweepKeepsMethodValueReceivers(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in,
		"type Foo struct{ val int }",
		"func (f Foo) Get() int { return f.val }",
		"get := Foo{val: 7}.Get",
	)
	if got := value(t, in, "get()"); got != "7" {
		t.Errorf("get() = %s, want 7", got)
	}
	if !mayBindTemporary("x := f().M") || mayBindTemporary("x := f().M()") || mayBindTemporary("n := t.NumRows()") {
		t.Error("mayBindTemporary misjudges method values")
	}
}

// A value of a session type converted to a standard library interface is
// wrapped by yaegi in a value that reads the receiver from its frame slot
// at each call: the sweep keeps such slots.
func TestSweepKeepsInterfaceWrappedValues(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type NotFound struct{ Key string }\n\nfunc (e *NotFound) Error() string { return e.Key + \" not found\" }\n\n"+
		"type C float64\n\nfunc (c C) String() string { return fmt.Sprintf(\"%.1fC\", float64(c)) }",
		"var e error = &NotFound{\"k\"}\nvar s fmt.Stringer = C(2)")
	if got := value(t, in, "e.Error() + \" \" + s.String()"); got != "k not found 2.0C" {
		t.Errorf("got %q", got)
	}
}

// A call deferred at a cell's top level runs once, at the end of that
// cell: yaegi ran it again at the end of every later cell, also after a
// cell that panicked.
func TestTopLevelDefersRunOnce(t *testing.T) {
	in := newInterp(t)
	cells := []struct{ code, want string }{
		{`defer fmt.Println("done 1"); fmt.Println("cell 1")`, "cell 1\ndone 1\n"},
		{`fmt.Println("cell 2")`, "cell 2\n"},
		{`defer fmt.Println("done 3"); x := 3; fmt.Println("cell", x)`, "cell 3\ndone 3\n"},
	}
	for _, c := range cells {
		if _, io := mustRun(t, in, c.code); io.stream("stdout") != c.want {
			t.Errorf("%s: printed %q, want %q", c.code, io.stream("stdout"), c.want)
		}
	}
	if _, io, err := run(t, in, `defer fmt.Println("done 4"); panic("boom")`); err == nil || io.stream("stdout") != "done 4\n" {
		t.Errorf("panicking cell: err %v, printed %q", err, io.stream("stdout"))
	}
	if _, io := mustRun(t, in, `fmt.Println("cell 5")`); io.stream("stdout") != "cell 5\n" {
		t.Errorf("after a panic: printed %q", io.stream("stdout"))
	}
}
