package gointerp

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
)

// greeter is a native interface handed to cells as a session variable.
type greeter interface{ Greet(name string) string }

type english struct{ calls int }

func (e *english) Greet(name string) string { e.calls++; return "hello " + name }

type money struct{ cents int }

func TestSessionVariablesNativePackagesAndFormatters(t *testing.T) {
	e := &english{}
	var g greeter = e
	lib := interp.Exports{"example.com/lib/lib": {
		"Money": reflect.ValueOf((*money)(nil)),
		"Cents": reflect.ValueOf(func(n int) money { return money{n} }),
	}}
	format := func(ctx context.Context, v any) (map[string]any, bool) {
		m, ok := v.(money)
		if !ok {
			return nil, false
		}
		return map[string]any{"text/plain": fmt.Sprintf("$%d.%02d", m.cents/100, m.cents%100)}, true
	}
	in, err := New(WithVar("greeter", &g), WithSymbols(lib), WithFormatter(format), WithCellContext("ctx"))
	if err != nil {
		t.Fatal(err)
	}
	if got := value(t, in, `greeter.Greet("go")`); got != "hello go" {
		t.Errorf("session variable: got %q", got)
	}
	if e.calls != 1 {
		t.Errorf("the cell called a copy, not the native value: %d calls", e.calls)
	}
	// lib is auto-imported by its name, and its values use the formatter.
	if got := value(t, in, `lib.Cents(1234)`); got != "$12.34" {
		t.Errorf("formatter: got %q", got)
	}
	// Values no formatter knows fall back to the default renderer.
	if got := value(t, in, `40 + 2`); got != "42" {
		t.Errorf("default renderer: got %q", got)
	}
	if _, ok := in.decls["greeter"]; !ok || !in.globals["ctx"] {
		t.Errorf("session variables are not known for completion/inspect: %v %v", in.decls, in.globals)
	}
}

func TestCellContextFollowsTheRunningCell(t *testing.T) {
	in, err := New(WithCellContext("ctx"))
	if err != nil {
		t.Fatal(err)
	}
	// ctx captured in one cell is the running cell's context in a later one.
	mustRun(t, in, "c := ctx")
	if got := value(t, in, "c.Err() == nil"); got != "true" {
		t.Errorf("ctx of a running cell is done: %q", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(200 * time.Millisecond); cancel() }()
	start := time.Now()
	_, err = in.Execute(ctx, "<-c.Done()\nprintln(\"unblocked\")", newFakeIO())
	if err == nil || !strings.Contains(err.Error(), "interrupt") {
		t.Errorf("an interrupted cell blocked on ctx.Done: err = %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("ctx.Done did not end the cell at interrupt (%s)", d)
	}
}

func TestBindDeclaresATypedVariable(t *testing.T) {
	in := newInterp(t)
	io := newFakeIO()
	if err := in.Bind(context.Background(), "words", []string{"a", "b"}, "[]string", "strings", io); err != nil {
		t.Fatal(err)
	}
	if got := value(t, in, `strings.Join(words, "+")`); got != "a+b" {
		t.Errorf("bound variable: got %q", got)
	}
	// Binding again replaces the value (and may change the type).
	if err := in.Bind(context.Background(), "words", 7, "int", "strings", io); err != nil {
		t.Fatal(err)
	}
	if got := value(t, in, "words + 1"); got != "8" {
		t.Errorf("rebound variable: got %q", got)
	}
	if err := in.Bind(context.Background(), "not a name", 1, "int", "strings", io); err == nil {
		t.Error("Bind accepted an invalid Go name")
	}
}

// Rebinding a name frees the value it held: results bound by `%%sql -o`
// must not pile up over a session.
func TestRebindFreesThePreviousValue(t *testing.T) {
	in := newInterp(t)
	io := newFakeIO()
	heapMB := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc >> 20
	}
	base := heapMB()
	for i := range 5 {
		if err := in.Bind(context.Background(), "blob", make([]int64, 8<<20), "[]int64", "strings", io); err != nil {
			t.Fatal(err)
		}
		if got := value(t, in, "len(blob)"); got != "8388608" {
			t.Fatalf("bind %d: len(blob) = %s", i, got)
		}
	}
	// One 64 MiB value is live; five would be 320 MiB.
	if grown := heapMB() - base; grown > 128 {
		t.Errorf("heap grew %d MiB after five binds of 64 MiB to one name", grown)
	}
	// A user variable of another type with the same name is redeclared.
	if _, err := in.Execute(context.Background(), "blob := 3", io); err != nil {
		t.Fatal(err)
	}
	if err := in.Bind(context.Background(), "blob", []string{"xy"}, "[]string", "strings", io); err != nil {
		t.Fatal(err)
	}
	if got := value(t, in, "blob[0]"); got != `"xy"` && got != "xy" {
		t.Errorf("rebind over an int: %s", got)
	}
}
