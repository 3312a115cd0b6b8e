package gointerp

import "testing"

// Assertions to instances of generic interfaces in generic code: the
// values, of generic struct types, lost their methods in an empty
// interface and the assertions failed.
func TestAssertionsToGenericInterfacesInGenericCode(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Getter[T any] interface{ Get() T }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Empty[T any] struct{}

func (Empty[T]) Get() T { var z T; return z }

func First[T any](xs []any) T { return xs[0].(Getter[T]).Get() }

func TryGet[T any](x any) (T, bool) {
	g, ok := x.(Getter[T])
	if !ok {
		var z T
		return z, false
	}
	return g.Get(), true
}`)
	checks := []struct{ expr, want string }{
		{`First[int]([]any{Box[int]{7}})`, "7"},
		{`func() string { v, ok := TryGet[string](Box[string]{"a"}); return fmt.Sprint(v, " ", ok) }()`, "a true"},
		{`fmt.Sprint(TryGet[int]("x"))`, "0 false"},
		{`First[string]([]any{Empty[string]{}}) == ""`, "true"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
