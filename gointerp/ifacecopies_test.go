package gointerp

import "testing"

// An assertion to an interface that a copy of a generic type implements:
// the helper did not try the copy, and yaegi's own assertion failed.
func TestAssertionsFindCopiesOfGenericTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }`, `var y any = Box[int]{7}`)
	for expr, want := range map[string]string{
		`fmt.Sprint(y.(interface{ Get() int }).Get())`: "7",
		`func() string { g, ok := any(Box[string]{"s"}).(interface{ Get() string }); return fmt.Sprint(ok, " ", g.Get()) }()`: "true s",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}
