package gointerp

import "testing"

// atomic.Pointer[T] of a session type (config hot-swapping): it was
// missing ("cannot define new methods on non-local type struct {}").
func TestAtomicPointer(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Config struct{ Name string }
type Server struct{ current atomic.Pointer[Config] }`)
	got := value(t, in, `var s Server
empty := s.current.Load() == nil
first := &Config{"a"}
swapped := s.current.CompareAndSwap(nil, first)
old := s.current.Swap(&Config{"b"})
lost := s.current.CompareAndSwap(first, &Config{"c"})
fmt.Sprintf("%v %v %v %v %v", empty, swapped, old.Name, lost, s.current.Load().Name)`)
	if got != "true true a false b" {
		t.Errorf("got %s, want true true a false b", got)
	}
}
