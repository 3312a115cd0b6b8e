package gointerp

import "testing"

// yaegi's type switch never matched an empty-interface case, and x.(any)
// failed; generic code instantiated with any meets both.
func TestEmptyInterfaceCases(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func kind(i any) string {
	switch v := i.(type) {
	case string:
		return "string " + v
	case any:
		return fmt.Sprint("any ", v)
	case nil:
		return "nil"
	}
	return "unreachable"
}`, `func only(i any) string {
	switch i.(type) {
	case interface{}:
		return "some"
	default:
		return "none"
	}
}`, `func isT[T any](i any) bool {
	_, ok := i.(T)
	switch i.(type) {
	case T:
		return ok
	}
	return false
}`)
	for expr, want := range map[string]string{
		`kind("a") + "|" + kind(3) + "|" + kind(nil)`:                         "string a|any 3|nil",
		`only(1) + only(nil)`:                                                 "somenone",
		`fmt.Sprint(isT[any](1), isT[any](nil), isT[int](1), isT[string](1))`: "true false true false",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}
