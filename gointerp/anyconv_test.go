package gointerp

import "testing"

// A value of a session interface type stored in an empty interface
// printed yaegi's wrapper ({0xc000123 {...}}) and marshalled as {}.
func TestInterfaceValuesInEmptyInterfaces(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }`, `var s Shape = Rect{2, 3}`,
		`func show(v any) string { return fmt.Sprint(v) }`,
		`func boxed() any { return s }`,
		`var y any
y = s
m := map[string]any{"shape": s}
xs := []any{s, 1}
ch := make(chan any, 1)
ch <- s`)
	for expr, want := range map[string]string{
		`fmt.Sprint(y, m, xs, <-ch)`:  "{2 3} map[shape:{2 3}] [{2 3} 1] {2 3}",
		`fmt.Sprintf("%T", y)`:        "main.Rect",
		`show(s)`:                     "{2 3}",
		`fmt.Sprint(boxed(), any(s))`: "{2 3} {2 3}",
		`func() string { b, _ := json.Marshal(m); return string(b) }()`:  `{"shape":{"W":2,"H":3}}`,
		`fmt.Sprint(y.(Shape).Area(), y.(Rect).W, y == any(Rect{2, 3}))`: "6 2 true",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}
