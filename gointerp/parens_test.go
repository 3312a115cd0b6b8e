package gointerp

import "testing"

// An assignment of several values, some calls or receives and some not:
// yaegi lost every value that was not a call.
func TestCallsAmongSeveralValues(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func add(x int) int { return x + 5 }
type P struct{ x, y int }
a := 1
var w, g int
var s string
var err error
w, g = a+5, add(a)`)
	checks := []struct{ expr, want string }{
		{`fmt.Sprint(w, g)`, "6 6"},
		{`func() string { w, g = a, add(a); return fmt.Sprint(w, g) }()`, "1 6"},
		{`func() string { s, err = "x", fmt.Errorf("e"); return fmt.Sprint(s, err) }()`, "xe"},
		{`func() string { var p P; xs := []int{1, 2, 3}; p.x, p.y = a, len(xs); return fmt.Sprint(p) }()`, "{1 3}"},
		{`func() string { c := make(chan int, 1); c <- 9; var u, v int; u, v = a, <-c; return fmt.Sprint(u, v) }()`, "1 9"},
		{`func() string { x, y, z := 0, 0, 0; x, y, z = a, add(a), -a; return fmt.Sprint(x, y, z) }()`, "1 6 -1"},
		// the post statement lost i: the loop never ended
		{`func() int { n := 0; for i, j := 0, 0; i < 3 && n < 10; i, j = i+1, add(j) { n++ }; return n }()`, "3"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// A variable defined or declared by a receive could not be set later:
// yaegi stored the received value itself ("reflect.Value.Set using
// unaddressable value" for `s := <-c; s = 7`).
func TestReceivedVariablesSettable(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type P struct{ X int }
func recv() string {
	c := make(chan int, 3)
	c <- 1; c <- 2; c <- 3
	s := <-c
	s = s * 7
	var u = <-c
	u++
	pc := make(chan P, 1)
	pc <- P{1}
	p := <-pc
	p.X = 5
	return fmt.Sprint(s, u, p)
}`, `c := make(chan int, 1)
c <- 4
top := <-c
top += 10`)
	if got, want := value(t, in, `recv()`), "7 3 {5}"; got != want {
		t.Errorf("recv() = %s, want %s", got, want)
	}
	if got, want := value(t, in, `top`), "14"; got != want {
		t.Errorf("top = %s, want %s", got, want)
	}
}

// A case of several expressions in a switch without a tag tested only the
// first: `case x == 1, x == 5:` did not match 5.
func TestSwitchCasesOfSeveralExpressions(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `var ErrA, ErrB = errors.New("a"), errors.New("b")
func kind(err error, n int) string {
	switch {
	case err == nil && n == 0:
		return "none"
	case errors.Is(err, ErrA),
		errors.Is(err, ErrB):
		return "known"
	case n == 1, n == 2, n == 3:
		return "small"
	}
	return "other"
}`)
	got := value(t, in, `strings.Join([]string{kind(nil, 0), kind(fmt.Errorf("w: %w", ErrB), 0), kind(nil, 3), kind(nil, 9)}, " ")`)
	if want := "none known small other"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// `return x, len(m)` returns x and the length (yaegi returned the length
// twice); cap too, and with named results; and a call of a func field
// among several results returns its result.
func TestReturnLenAfterFirstResult(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func a() (int, int) { x := 6; m := map[int]bool{1: true}; return x, len(m) }
func b() (n, size int) { n = 6; s := make([]int, 1, 3); return n, cap(s) }`)
	if got := value(t, in, `x, y := a(); n, c := b(); fmt.Sprint(x, y, n, c)`); got != "6 1 6 3" {
		t.Errorf("got %q", got)
	}
	// a func field called among several results returned ""
	mustRun(t, in, `type command struct{ run func(args []string) string }
func dispatch(c command) (string, error) { return c.run([]string{"z"}), nil }`)
	if got := value(t, in, `s, _ := dispatch(command{func(a []string) string { return fmt.Sprint("ran ", a) }}); s`); got != "ran [z]" {
		t.Errorf("func field: got %q", got)
	}
}
