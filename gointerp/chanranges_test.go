package gointerp

import "testing"

// A range with a value over a slice of channels panicked in yaegi
// ("reflect: call of reflect.Value.Len on int Value"): a fan-in.
func TestRangeOverSliceOfChannels(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func mk(s ...string) <-chan string {
	ch := make(chan string, len(s))
	for _, x := range s {
		ch <- x
	}
	close(ch)
	return ch
}
func count(chans ...<-chan string) (n int) {
	for _, c := range chans {
		for range c {
			n++
		}
	}
	return n
}
type hub struct{ subs [2]chan int }`)
	if got := value(t, in, `count(mk("a", "b"), mk("c"))`); got != "3" {
		t.Errorf("count = %s, want 3", got)
	}
	_, io := mustRun(t, in, "h := hub{}\nfor i := range h.subs {\n\th.subs[i] = make(chan int, 1)\n\th.subs[i] <- i * 10\n}\nvar c chan int\nvar i int\nfor i, c = range h.subs {\n\tfmt.Print(i, <-c, \" \")\n}")
	if got, want := io.stream("stdout"), "0 0 1 10 "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The same range in a generic function: its copies are lowered too.
func TestRangeOverSliceOfChannelsInGenericCode(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func fanIn[T any](chans ...<-chan T) []T {
	var out []T
	for _, c := range chans {
		for v := range c {
			out = append(out, v)
		}
	}
	return out
}
func mk[T any](s ...T) <-chan T {
	ch := make(chan T, len(s))
	for _, x := range s {
		ch <- x
	}
	close(ch)
	return ch
}`)
	if got := value(t, in, `fmt.Sprint(fanIn(mk(1, 2), mk(3)), fanIn(mk("a")))`); got != "[1 2 3] [a]" {
		t.Errorf("got %s, want [1 2 3] [a]", got)
	}
}

// The same range over an element of a map of channel slices (a pub/sub
// bus's `range b.subs[kind]`).
func TestRangeOverIndexedSliceOfChannels(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type bus struct{ subs map[string][]chan int }
b := bus{subs: map[string][]chan int{"a": {make(chan int, 1), make(chan int, 1)}}}
kind := "a"
for i, ch := range b.subs[kind] {
	ch <- i + 1
}
for _, ch := range b.subs[kind] {
	fmt.Print(<-ch, " ")
}`)
	if got, want := io.stream("stdout"), "1 2 "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
