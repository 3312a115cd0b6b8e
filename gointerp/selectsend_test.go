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

// A continue that ends a select's case went on after the select, as a
// break would; with a break after the select, the kernel's stack
// overflowed building the select.
func TestContinueAtTheEndOfSelectCases(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func drain(ch chan int) []int {
	got := []int{}
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break
			}
			got = append(got, v)
			continue
		}
		break
	}
	return got
}`, `func skips(ch chan int) (got []int, after int) {
outer:
	for i := 0; i < 2; i++ {
		for {
			select {
			case v := <-ch:
				got = append(got, v)
				continue outer
			}
		}
		after++
	}
	return
}`)
	got := value(t, in, `func() string {
	ch := make(chan int, 3)
	ch <- 1; ch <- 2; close(ch)
	c2 := make(chan int, 2)
	c2 <- 3; c2 <- 4
	got, after := skips(c2)
	return fmt.Sprint(drain(ch), got, after)
}()`)
	if got != "[1 2] [3 4] 0" {
		t.Errorf("got %s, want [1 2] [3 4] 0", got)
	}
	// At a cell's top level too.
	_, io := mustRun(t, in, `ch := make(chan int)
done := make(chan bool)
go func() { ch <- 5; ch <- 6; close(done) }()
n := 0
for {
	select {
	case v := <-ch:
		n += v
		continue
	case <-done:
	}
	break
}
fmt.Print(n)`)
	if got := io.stream("stdout"); got != "11" {
		t.Errorf("top level: got %q, want 11", got)
	}
}

// A select case receiving into existing variables (`case v, ok = <-ch:`)
// did not run ("reflect.Select: invalid Dir"), and one receiving two
// values from a channel that is not a plain name (`<-r.values`) received
// from a nil channel, for ever.
func TestSelectReceiveForms(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Receiver struct{ values <-chan int }`, `func (r *Receiver) Next(ctx context.Context) (v int, ok bool) {
	select {
	case <-ctx.Done():
	case v, ok = <-r.values:
	}
	return v, ok
}`)
	got := value(t, in, `func() string {
	c := make(chan int, 2)
	c <- 4
	r := &Receiver{c}
	v, ok := r.Next(context.Background())
	close(c)
	w, more := r.Next(context.Background())
	var xs [1]int
	d := make(chan int, 1)
	d <- 9
	select {
	case xs[0] = <-d:
	}
	return fmt.Sprint(v, ok, w, more, xs)
}()`)
	if got != "4 true 0 false [9]" {
		t.Errorf("got %s, want 4 true 0 false [9]", got)
	}
}

// A break nested in a select case's statement breaks the select: yaegi
// left the loop around it.
func TestNestedBreaksInSelectCases(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func drain(ch chan int) []int {
	var got []int
	for n := 0; n < 4; n++ {
		select {
		case v, ok := <-ch:
			if !ok {
				break
			}
			if v%2 == 0 {
				continue
			}
			got = append(got, v)
		}
		got = append(got, -n)
	}
	return got
}
func hoisted(out chan int) int {
	sent := 0
	for n := 1; n <= 3; n++ {
		select {
		case out <- n * 10:
			if n == 2 {
				break
			}
			sent++
		}
	}
	return sent
}`)
	checks := []struct{ expr, want string }{
		{`func() []int { c := make(chan int, 3); c <- 1; c <- 2; close(c); return drain(c) }()`, "[1 0 -2 -3]"},
		{`hoisted(make(chan int, 3))`, "2"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
