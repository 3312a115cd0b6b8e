package gointerp

import "testing"

// A declared function used as a value in a cell evaluated as a file (it
// has package variables) or in generic code: yaegi stored its own node
// and panicked.
func TestDeclaredFunctionsAsValues(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func hello() string { return "hello" }

func pick() func() string { return hello }

func pickG[T any]() func(T) T { return ident[T] }

func ident[T any](x T) T { return x }

var handlers = []func() string{pick()}
var same = pickG[int]()`)
	if got := value(t, in, `handlers[0]() + fmt.Sprint(same(3), pickG[string]()("s"))`); got != "hello3s" {
		t.Errorf("got %s, want hello3s", got)
	}
}
