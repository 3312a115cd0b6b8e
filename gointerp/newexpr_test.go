package gointerp

import "testing"

// new(expr) (Go 1.26) points to a new variable holding the value.
func TestNewWithAValue(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "p := new(123)\nx := [2]int{1, 2}\nq := new(x)\nx[0] = 9\nvar i int\nb := new(i > 0)\nbuf := new(strings.Builder)")
	if got := value(t, in, "fmt.Sprint(*p, *q, *b, buf.Len())"); got != "123 [1 2] false 0" {
		t.Errorf("got %s", got)
	}
	if mayNewExpr("new(bytes.Buffer)") || mayNewExpr("new(T)") || mayNewExpr("new([]int)") || !mayNewExpr("new(x)") || !mayNewExpr("new(1)") {
		t.Error("mayNewExpr misjudges")
	}
}

// make of a directional channel type: yaegi's reflect.MakeChan panicked.
func TestMakeDirectionalChannel(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Recv <-chan int`)
	checks := []struct{ expr, want string }{
		{`cap(make(Recv, 3))`, "3"},
		{`func() bool { var s chan<- string = make(chan<- string); return s != nil }()`, "true"},
		{`fmt.Sprintf("%T", make(<-chan []int))`, "<-chan []int"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
