package gointerp

import (
	"strings"
	"testing"
)

// A method value with a value receiver copies the receiver when it is
// evaluated, as in Go: yaegi kept the variable, and f() saw later changes.
func TestMethodValueCopiesValueReceiver(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Base struct{ name string }

func (b Base) Name() string { return b.name }

func (b *Base) Rename(n string) { b.name = n }

type Dog struct{ Base }`, `d := Dog{Base{"fido"}}`, `getName := d.Name
rename := d.Rename
d.name = "rex"`)
	if got := value(t, in, `getName() + " " + d.Name()`); got != `"fido rex"` && got != "fido rex" {
		t.Errorf("value receiver: got %s, want fido rex", got)
	}
	// A pointer receiver binds the variable's address: changes show.
	mustRunAll(t, in, `rename("max")`)
	if got := value(t, in, `d.Name()`); got != `"max"` && got != "max" {
		t.Errorf("pointer receiver: got %s, want max", got)
	}
}

// A method value with a value receiver on a pointer copies what the
// pointer points to, when it is evaluated: yaegi saw later changes.
func TestMethodValueThroughPointerCopies(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Counter struct{ n int }
func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }
c := &Counter{}
c.Inc()
get := c.Get
c.Inc()`)
	if got := value(t, in, `fmt.Sprint(get(), c.Get())`); got != "1 2" {
		t.Errorf("got %s, want 1 2", got)
	}
}

// A method value promoted from an embedded pointer copies what it points
// to, and panics when it is nil, as `(*o.Inner).N` does in Go.
func TestPromotedMethodValueThroughEmbeddedPointer(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Inner struct{ n int }
func (i Inner) N() int { return i.n }
type Mid struct{ *Inner }
type Outer struct{ Mid }
o := Outer{Mid{&Inner{1}}}
f := o.N
o.Inner.n = 2`)
	if got := value(t, in, `fmt.Sprint(f(), o.N())`); got != "1 2" {
		t.Errorf("got %s, want 1 2", got)
	}
	_, _, err := run(t, in, `var empty Outer
g := empty.N
fmt.Println(g != nil)`)
	if ee := asExec(t, err); ee.Name != "panic" || !strings.Contains(ee.Value, "nil pointer dereference") {
		t.Errorf("error %s: %q, want a nil pointer dereference panic", ee.Name, ee.Value)
	}
	_, _, err = run(t, in, `var nothing *Inner
h := nothing.N`)
	if ee := asExec(t, err); ee.Name != "panic" || !strings.Contains(ee.Value, "nil pointer dereference") {
		t.Errorf("nil pointer: error %s: %q, want a nil pointer dereference panic", ee.Name, ee.Value)
	}
}

// A method value with a pointer receiver binds the pointer when it is
// evaluated: yaegi read the variable when the value was called, so method
// values taken in a loop all ran on the last element.
func TestPointerMethodValueBindsWhenEvaluated(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type W struct{ id, n int }
func (w *W) Run() { w.n += w.id }`)
	_, io := mustRun(t, in, `ws := []*W{{id: 1}, {id: 2}, {id: 3}}
var fs []func()
for _, w := range ws {
	fs = append(fs, w.Run)
}
for _, f := range fs {
	f()
}
v := W{id: 10}
g := v.Run
g()
var none *W
h := none.Run
type Outer struct{ W }
o := Outer{W{id: 5}}
inc := o.Run
inc()
inc()
fmt.Println(ws[0].n, ws[1].n, ws[2].n, v.n, h != nil, o.n)`)
	if got, want := io.stream("stdout"), "1 2 3 10 true 10\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// %T of a method value prints its function type (the lowering of the
// method value, made after %T wrote the type's name, replaced the name).
func TestTypeVerbOfPointerMethodValue(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Reading struct{ V float64 }
type Cleaner struct{ max float64 }
func (c *Cleaner) Clip(xs []Reading) []Reading { return xs }`)
	if got := value(t, in, `c := &Cleaner{1}
fmt.Sprintf("%T", c.Clip)`); got != "func([]main.Reading) []main.Reading" {
		t.Errorf("got %s, want func([]main.Reading) []main.Reading", got)
	}
}

// A method value of a standard library type (`write := sb.WriteString`)
// is a function (yaegi's was no function: "cannot use (type valueT) as
// type funcT").
func TestMethodValueOfStandardType(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import "strings"
func build() string {
	var sb strings.Builder
	write := sb.WriteString
	write("done")
	fmt.Print("")
	return sb.String()
}`)
	if got := value(t, in, `build()`); got != "done" {
		t.Errorf("got %q", got)
	}
}
