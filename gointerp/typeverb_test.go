package gointerp

import "testing"

// yaegi's types have no names: %T printed a Circle as struct { R float64 }.
func TestTypeVerbNamesSessionTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Circle struct{ R float64 }
type MyInt int
type Pair[K comparable, V any] struct {
	K K
	V V
}`, `c := Circle{1}`)
	for expr, want := range map[string]string{
		`fmt.Sprintf("%T %T %T %v", c, &c, []Circle{c}, c)`:                                   "main.Circle *main.Circle []main.Circle {1}",
		`fmt.Sprintf("%T|%5T|%T", Pair[string, int]{"a", 1}, MyInt(3), map[string]*Circle{})`: "main.Pair[string,int]|main.MyInt|map[string]*main.Circle",
		`fmt.Sprintf("%d%%%T %T", 5, c, 2.5)`:                                                 "5%main.Circle float64",
	} {
		if got := value(t, in, expr); got != `"`+want+`"` && got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}
