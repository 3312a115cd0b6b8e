package gointerp

import "testing"

// yaegi compared an interface holding a value of a session type unequal
// to everything but itself: sentinel errors of the session's types never
// matched, by ==, errors.Is or a switch.
func TestEqualityOfSessionValuesInInterfaces(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type NotFound struct{ key string }

func (e *NotFound) Error() string { return e.key + " not found" }

var ErrMissing = &NotFound{"k"}

var ErrGone error = &NotFound{"gone"}

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func lookup(k string) error {
	if k == "" {
		return ErrMissing
	}
	return fmt.Errorf("lookup %q: %w", k, ErrMissing)
}`, `func classify(err error) string {
	switch err {
	case nil:
		return "nil"
	case ErrMissing:
		return "missing"
	case ErrGone:
		return "gone"
	}
	return "other"
}`)
	checks := []struct{ expr, want string }{
		{`lookup("") == ErrMissing`, "true"},
		{`lookup("") != ErrMissing`, "false"},
		{`lookup("x") == ErrMissing`, "false"},
		{`errors.Is(lookup("x"), ErrMissing)`, "true"},
		{`errors.Is(lookup("x"), &NotFound{"k"})`, "false"},
		{`classify(lookup("")) + " " + classify(nil) + " " + classify(io.EOF) + " " + classify(ErrGone)`, "missing nil other gone"},
		{`func() bool { var s, u Shape = Circle{1}, Circle{1}; return s == u && s == Circle{1} && s != Circle{2} }()`, "true"},
		{`func() bool { var p any = ErrMissing; return p == ErrMissing }()`, "true"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// A var declaration that opens a cell is a package variable to the type
// checker, as to the kernel: the cell's functions use it, and comparisons
// with it are lowered.
func TestCellVariableUsedByTheCellsFunctions(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Gone struct{}

func (*Gone) Error() string { return "gone" }`)
	_, io := mustRun(t, in, `var ErrGone = &Gone{}

func get() error { return fmt.Errorf("get: %w", ErrGone) }

fmt.Println(errors.Is(get(), ErrGone), errors.Unwrap(get()) == ErrGone)`)
	if got := io.stream("stdout"); got != "true true\n" {
		t.Errorf("got %q, want true true", got)
	}
}

// Generic code compares a type parameter's value with an interface: with
// the parameter a session type, yaegi found them unequal. (As in cells,
// Square(1) and float64(1) compare equal here, unlike Go: see rt.Equal.)
func TestEqualityInGenericCode(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Shape interface{ Area() float64 }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }

func Is[T interface {
	comparable
	Shape
}](v T, s Shape) bool {
	return v == s
}

func Index[T any](xs []Shape, v T) int {
	for i, x := range xs {
		if x == any(v) {
			return i
		}
	}
	return -1
}`)
	checks := []struct{ expr, want string }{
		{`Is(Square(2), Square(2))`, "true"},
		{`Is(Square(2), Square(3))`, "false"},
		{`Index([]Shape{Square(1), Square(2)}, Square(2))`, "1"},
		{`Index([]Shape{Square(1)}, Square(3))`, "-1"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
