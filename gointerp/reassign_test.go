package gointerp

import (
	"context"
	"testing"
)

func TestReassignRewrite(t *testing.T) {
	globals := map[string]bool{"a": true, "b": true}
	is := func(n string) bool { return globals[n] }
	for _, c := range []struct{ src, want string }{
		{"a := 1", "a =  1"},
		{"a, b := f() // note", "a, b =  f() // note"},
		{"a, c := 1, 2", ""},   // c is new
		{"_, a := 1, 2", ""},   // blank
		{"a = 1", ""},          // not a declaration
		{"a := 1; b := 2", ""}, // two statements
		{"a.x := 1", ""},       // not valid Go
	} {
		got, ok := reassign(c.src, is)
		if (c.want == "") == ok || ok && got != c.want {
			t.Errorf("reassign(%q) = %q, %v; want %q", c.src, got, ok, c.want)
		}
	}
}

// Running `x := ...` again updates the session variable: functions written
// earlier see the new value, and a new type redeclares the name.
func TestRedeclaredVariableIsUpdated(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "x := 1", "func f() int { return x }", "x := 2")
	if got := value(t, in, "f()"); got != "2" {
		t.Errorf("f() after x := 2 is %s, want 2", got)
	}
	// Another type: a new variable (f keeps the int one).
	for _, cw := range [][2]string{{"x := 2.5", "2.5"}, {`x := "s"`, `"s"`}} {
		c, want := cw[0], cw[1]
		if _, err := in.Execute(context.Background(), c, newFakeIO()); err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		if got := value(t, in, "x"); got != want && got != want[1:len(want)-1] {
			t.Errorf("after %s: x = %s, want %s", c, got, want)
		}
	}
	if got := value(t, in, "f()"); got != "2" {
		t.Errorf("f() = %s, want 2 (its x is the int)", got)
	}
}
