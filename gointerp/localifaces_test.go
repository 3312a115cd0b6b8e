package gointerp

import (
	"strings"
	"testing"
)

// An interface declared in a function: yaegi failed to assert a session
// type's value held in an any to it ("reflect.Set: value of type
// interface {} is not assignable to type interp.valueInterface").
func TestInterfacesDeclaredInFunctions(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Z struct{ n int }
func (z Z) Size() int { return z.n }
func (z *Z) Grow() { z.n++ }
type X int
func (X) x() {}
func sizes(xs []any) string {
	type Sizer interface {
		Size() int
	}
	type grower interface{ Grow() }
	var b strings.Builder
	for _, x := range xs {
		if s, ok := x.(Sizer); ok {
			fmt.Fprint(&b, "size", s.Size(), " ")
		}
		switch v := x.(type) {
		case grower:
			v.Grow()
			fmt.Fprint(&b, "grown", v.(Sizer).Size(), " ")
		case Sizer:
			fmt.Fprint(&b, "sizer", v.Size(), " ")
		default:
			fmt.Fprintf(&b, "%T", v)
		}
	}
	return b.String()
}
func local() bool {
	type I interface{ x() }
	var e any = X(0)
	_, ok := e.(I)
	return ok && e.(I) == X(0)
}`)
	if got, want := value(t, in, `sizes([]any{Z{1}, &Z{5}, 3})`), "size1 sizer1 size5 grown6 int"; got != want {
		t.Errorf("sizes = %s, want %s", got, want)
	}
	if got := value(t, in, `local()`); got != "true" {
		t.Errorf("local() = %s, want true", got)
	}
	// Only the uses in the local declaration's scope are renamed.
	mustRunAll(t, in, `type Named interface{ Size() int; Name() string }
type W struct{}
func (W) Size() int { return 9 }
func scoped(xs []any) (out []string) {
	for _, x := range xs {
		_, named := x.(Named)
		{
			type Named interface{ Size() int }
			_, sized := x.(Named)
			out = append(out, fmt.Sprint(named, sized))
		}
	}
	return out
}`)
	if got, want := value(t, in, `scoped([]any{Z{2}, W{}, 1})`), "[false true false true false false]"; got != want {
		t.Errorf("scoped = %s, want %s", got, want)
	}
	// Messages name the interface as the cell does.
	_, _, err := run(t, in, "func bad() {\n\ttype Sizer interface{ Size() int }\n\tvar s Sizer = X(1)\n\t_ = s\n}")
	if err == nil || !strings.Contains(err.Error(), "as type main.Sizer") {
		t.Errorf("error %v, want one naming main.Sizer", err)
	}
}

// A type alias declared in a function: yaegi had it undefined.
func TestAliasDeclaredInFunction(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func firstMonths(ts []time.Time) map[string]int {
	type monthKey = time.Month
	type counts = map[monthKey]int
	c := counts{}
	for _, t := range ts {
		c[monthKey(t.Month())]++
	}
	out := map[string]int{}
	for m, n := range c {
		out[m.String()] = n
	}
	return out
}`)
	if got := value(t, in, `fmt.Sprint(firstMonths([]time.Time{time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)}))`); got != "map[March:2]" {
		t.Errorf("got %s, want map[March:2]", got)
	}
}
