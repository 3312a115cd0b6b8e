package gointerp

import "testing"

// make of a directional channel type: yaegi's reflect.MakeChan panicked;
// comparing one with a bidirectional channel did not compile.
func TestMakeDirectionalChannel(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Recv <-chan int`)
	checks := []struct{ expr, want string }{
		{`cap(make(Recv, 3))`, "3"},
		{`func() bool { var s chan<- string = make(chan<- string); return s != nil }()`, "true"},
		{`fmt.Sprintf("%T", make(<-chan []int))`, "<-chan []int"},
		{`func() bool { c := make(chan int); var r Recv = c; var s chan<- int = c; return c == r && s == c && c != make(Recv) }()`, "true"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
