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

// yaegi's `switch x.(type)` (no variable) never matched a struct case;
// and a comma-ok assertion to a struct type with unexported fields lost
// the tags the cell's other struct types get (structtags.go), so the
// rewritten source did not parse.
func TestStructCasesOfUnboundTypeSwitch(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Point struct{ X, Y int }`, `func kind(i any) string {
	switch i.(type) {
	case int:
		return "int"
	case Point:
		return "Point"
	case struct{ a, b float64 }:
		return "pair"
	case *Point:
		return "*Point"
	}
	return "other"
}`)
	for expr, want := range map[string]string{
		`kind(Point{1, 2}) + " " + kind(&Point{}) + " " + kind(1) + " " + kind("s")`:                  "Point *Point int other",
		`kind(struct{ a, b float64 }{1, 2})`:                                                          "pair",
		`fmt.Sprint(func() bool { _, ok := any(struct{ a int }{1}).(struct{ a int }); return ok }())`: "true",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}
