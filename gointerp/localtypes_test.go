package gointerp

import "testing"

// A type declared in a function and used as a type argument of a generic
// type moves to top level, keeping its name: the copy could not name it
// ("undefined: NewRing__event").
func TestLocalTypeAsTypeArgument(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Ring[T any] struct{ buf []T }
func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, 0, n)} }
func (r *Ring[T]) Push(v T) { r.buf = append(r.buf, v) }
func run() string {
	type event struct {
		ID   int
		Kind string
	}
	log := NewRing[event](4)
	log.Push(event{1, "start"})
	return fmt.Sprintf("%v %T", log.buf, log.buf[0])
}`)
	if got := value(t, in, `run()`); got != "[{1 start}] main.event" {
		t.Errorf("got %s, want [{1 start}] main.event", got)
	}
}
