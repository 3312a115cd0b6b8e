package gointerp

import "testing"

// A select case's variable and a type switch's were one variable for all
// runs of their clause: pointers to them, and closures over them, kept in
// a loop all saw the last value.
func TestCaseVariablesPerRun(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func received() string {
	c := make(chan int)
	var ps []*int
	var fs []func() int
	for i := 0; i < 2; i++ {
		go func() { c <- 10 + i }()
		select {
		case req, ok := <-c:
			ps = append(ps, &req)
			fs = append(fs, func() int { if !ok { return -1 }; return req })
		}
	}
	return fmt.Sprint(*ps[0], *ps[1], ps[0] == ps[1], fs[0](), fs[1]())
}`, `func switched() string {
	var ps []*int
	var names []func() string
	for i, x := range []any{1, 2, "a", "b"} {
		switch v := x.(type) {
		case int:
			ps = append(ps, &v)
		case string:
			names = append(names, func() string { return v })
		default:
			_ = i
		}
	}
	return fmt.Sprint(*ps[0], *ps[1], names[0](), names[1]())
}`)
	if got := value(t, in, `received()`); got != "10 11 false 10 11" {
		t.Errorf("select: got %s, want 10 11 false 10 11", got)
	}
	if got := value(t, in, `switched()`); got != "1 2ab" {
		t.Errorf("type switch: got %s, want 1 2ab", got)
	}
}
