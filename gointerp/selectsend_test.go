package gointerp

import "testing"

// A computed value sent in a select's case was sent as the zero value.
func TestSelectSendsComputedValues(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Event struct {
	Kind  string
	Value int
}`, `func produce(out chan<- Event, stop <-chan bool) {
	defer close(out)
	for i, k := range []string{"a", "b"} {
		select {
		case out <- Event{k, i * 10}:
		case <-stop:
			return
		}
	}
}`)
	got := value(t, in, `func() string {
	ch := make(chan Event)
	go produce(ch, nil)
	var got []Event
	for e := range ch {
		got = append(got, e)
	}
	return fmt.Sprint(got)
}()`)
	if got != "[{a 0} {b 10}]" {
		t.Errorf("got %s, want [{a 0} {b 10}]", got)
	}
}

// `go f(x, nil)` failed to compile ("nil reflect type"): the go statement
// evaluated each argument into a variable, an untyped nil too.
func TestGoStatementWithNilArgument(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func send(out chan<- int, extra []int) { out <- len(extra) + 1 }`)
	if got := value(t, in, `func() int { ch := make(chan int); go send(ch, nil); return <-ch }()`); got != "1" {
		t.Errorf("got %s, want 1", got)
	}
}

// `return <-ch` (and `return <-ch, true`) panicked ("reflect.Value.Set
// using unaddressable value").
func TestReturnOfReceive(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func next(ch chan string) (string, bool) { return <-ch, true }`,
		`func first(ch chan int) int { return <-ch }`)
	got := value(t, in, `func() string {
	c, s := make(chan int, 1), make(chan string, 1)
	c <- 4
	s <- "x"
	v, ok := next(s)
	return fmt.Sprint(first(c), v, ok)
}()`)
	if got != "4xtrue" {
		t.Errorf("got %s, want 4xtrue", got)
	}
}
