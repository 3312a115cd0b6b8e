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
