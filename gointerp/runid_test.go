package gointerp

import (
	"context"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
)

// Functions declared before an interrupted cell, or one whose goroutine
// panicked, still run afterwards (they returned zero values: yaegi's run
// id had moved on from the frames they keep).
func TestInterruptKeepsFunctions(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func hello() string { return "hello runs" }`)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	_, err := in.Execute(ctx, `for { }`, newFakeIO())
	cancel()
	if ee := asExec(t, err); ee.Name != "KeyboardInterrupt" {
		t.Fatalf("interrupt: %v", err)
	}
	if got := value(t, in, `hello()`); got != "hello runs" {
		t.Errorf("after an interrupt: got %q", got)
	}
	if _, _, err := run(t, in, "go func() { panic(\"bg\") }()\nselect {}"); err == nil {
		t.Fatal("goroutine panic: no error")
	}
	if got := value(t, in, `hello()`); got != "hello runs" {
		t.Errorf("after a goroutine's panic: got %q", got)
	}
}

// The run id is where runid.go looks for it in this version of yaegi.
func TestRunIDField(t *testing.T) {
	if runID(interp.New(interp.Options{})) == nil {
		t.Fatal("yaegi's Interpreter has no id field: runid.go cannot restore it after an interrupt")
	}
}
