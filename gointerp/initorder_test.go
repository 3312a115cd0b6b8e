package gointerp

import (
	"strings"
	"testing"
)

// Package variables of a cell of declarations are initialised in Go's
// order, which follows references through function bodies, and a multi-
// value var may call a function declared after it.
func TestPackageVarsInitialisedInGoOrder(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type T struct{ n int }

var first, second = f2()
var base = 21

func f2() (int, T) { return base * 2, T{base} }

var (
	loaded = load()
	calls  = 0
	label  = fmt.Sprint("n=", len(loaded))
)

func load() []int { calls++; return []int{1, 2, 3} }`)
	if got := value(t, in, `fmt.Sprintf("%v %v %v %s", first, second, calls, label)`); got != "42 {21} 1 n=3" {
		t.Errorf("got %q, want \"42 {21} 1 n=3\"", got)
	}
}

// A spec cut from a var block keeps its cell lines: a panic in a function
// literal of its initialiser points at the literal's line.
func TestCutVarSpecKeepsItsLine(t *testing.T) {
	in := newInterp(t)
	_, _, err := run(t, in, `var (
	zero  = 0
	ratio = func() int {
		return ten() / zero
	}()
	n = 10
)

func ten() int { return n }`)
	ee := asExec(t, err)
	if !strings.Contains(ee.Value, "divide by zero") {
		t.Fatalf("error %q, want an integer divide by zero", ee.Value)
	}
	if tb := strings.Join(ee.Traceback, "\n"); !strings.Contains(tb, "cell:4:") {
		t.Errorf("traceback %q, want position cell:4:", tb)
	}
}
