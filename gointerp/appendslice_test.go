package gointerp

import "testing"

// A slice appended as one element to a slice of interfaces of the same
// underlying type (a semver parser's `anyOf = append(anyOf, allOf)`):
// yaegi spread its items into the slice.
func TestAppendSliceOfSameUnderlyingType(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type C interface{ Allows(int) bool }
type Op int
func (o Op) Allows(v int) bool { return v >= int(o) }
type All []C
type Any []C
func (a All) Allows(v int) bool {
	for _, c := range a {
		if !c.Allows(v) {
			return false
		}
	}
	return true
}
func (a Any) Allows(v int) bool {
	for _, c := range a {
		if c.Allows(v) {
			return true
		}
	}
	return false
}
func parse() Any {
	var anyOf Any
	allOf := All{Op(1), Op(3)}
	anyOf = append(anyOf, allOf)
	return anyOf
}`)
	if got := value(t, in, `x := parse(); fmt.Sprint(len(x), x.Allows(2), x.Allows(3))`); got != "1 false true" {
		t.Errorf("got %s", got)
	}
}
