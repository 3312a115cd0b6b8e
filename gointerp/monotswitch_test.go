package gointerp

import "testing"

// Interface cases and assertions on values of named non-struct types (a
// myint): yaegi's type switch missed `case I:`, and `r, ok := x.(I)` of
// an any panicked ("reflect.Set: value of type interface {} is not
// assignable"); in copies of generic code, `case T:` with T an interface
// missed too.
func TestInterfaceCasesOfNamedNonStructTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type I interface{ foo() int }
type J interface {
	I
	bar()
}
type myint int

func (x myint) foo() int { return int(x) }

type myint32 int32

func (x myint32) foo() int { return int(x) }
func (x myint32) bar()     {}`, `func kind(i any) string {
	switch x := i.(type) {
	case J:
		return fmt.Sprint("J", x.foo())
	case I:
		return fmt.Sprint("I", x.foo())
	}
	return "other"
}`, `func as(x any) (int, bool) {
	i, ok := x.(I)
	if !ok {
		return 0, false
	}
	return i.foo(), true
}`, `func f[T I](i I) string {
	switch x := i.(type) {
	case T:
		return fmt.Sprint("T", x.foo())
	case myint:
		return fmt.Sprint("myint", x.foo())
	}
	return "other"
}`)
	for expr, want := range map[string]string{
		`kind(myint(1)) + " " + kind(myint32(2)) + " " + kind(3)`:        "I1 J2 other",
		`fmt.Sprint(as(myint(4)))`:                                       "4 true",
		`fmt.Sprint(as(5))`:                                              "0 false",
		`f[I](myint(6)) + " " + f[J](myint(7)) + " " + f[J](myint32(8))`: "T6 myint7 T8",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// In copies of generic code, a struct case (case A: with A = S) missed a
// value that came through a session interface (I(S{})); and a comma-ok
// assertion to a basic type of a value of an empty struct type with
// methods failed ("reflect: Field index out of bounds") while unwrapping
// it.
func TestStructCasesInGenericCode(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type S struct{}

func (S) M() byte { return 0 }

type I interface{ M() byte }`, `func is[A any](x I) bool {
	switch x.(type) {
	case A:
		return true
	}
	return false
}`, `func str(x I) bool {
	_, ok := any(x).(string)
	return ok
}`)
	for expr, want := range map[string]string{
		`fmt.Sprint(is[S](S{}), is[S](I(S{})), is[string](S{}))`: "true true false",
		`fmt.Sprint(str(S{}))`: "false",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}
