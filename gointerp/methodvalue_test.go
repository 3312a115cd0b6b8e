package gointerp

import "testing"

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
