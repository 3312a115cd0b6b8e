package gointerp

import (
	"context"
	"strings"
	"testing"
)

// Type arguments yaegi cannot infer are inferred by go/types and written
// into the call: through core types, from function arguments, from
// untyped constants, and for generic functions of earlier cells.
func TestInferredTypeArguments(t *testing.T) {
	in := newInterp(t)
	cells := []string{
		`type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}`,
		`type ages map[string]int`,
		"xs := []float64{1.5, 2.5}\nnums := map[string]int{\"b\": 1}",
	}
	for _, c := range cells {
		if _, err := in.Execute(context.Background(), c, newFakeIO()); err != nil {
			t.Fatalf("%s: %v", c, err)
		}
	}
	for expr, want := range map[string]string{
		"Sum(1.5, 2.5)": "4",
		`len(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i) }))`: "3",
		`Keys(ages{"ann": 3})[0]`: `"ann"`,
		// variables of earlier statement cells
		"Sum(xs...)":    "4",
		"Keys(nums)[0]": `"b"`,
	} {
		if got := value(t, in, expr); got != want && got != want[1:len(want)-1] {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

func TestBlankDeclarationsAreSkipped(t *testing.T) {
	in := newInterp(t)
	code := "type _ int\nfunc _() { panic(1) }\ntype (\n\t_[T any] struct{}\n\t_ []int\n)\nvar _ = 2\nconst ok = 1"
	if _, err := in.Execute(context.Background(), code, newFakeIO()); err != nil {
		t.Fatal(err)
	}
	if got := value(t, in, "ok"); got != "1" {
		t.Errorf("ok = %s", got)
	}
}

// Method expressions (yaegi lacks them) become the function literals they
// denote.
func TestMethodExpressions(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in,
		"type P struct{ x int }\nfunc (p P) Add(d ...int) int { for _, v := range d { p.x += v }; return p.x }\nfunc (p *P) Set(v int) { p.x = v }",
		"add := P.Add\nset := (*P).Set\np := &P{}\nset(p, 5)",
		`var b strings.Builder
write := (*strings.Builder).WriteString
write(&b, "hi")`,
	)
	if got := value(t, in, "add(*p, 1, 2) * 10 + len(b.String())"); got != "82" {
		t.Errorf("got %s, want 82", got)
	}
}

// unsafe.String, StringData, Slice and SliceData (Go 1.17-1.20 builtins
// yaegi lacks) run through the runtime's helpers, with its checks.
func TestUnsafeBuiltins(t *testing.T) {
	in := newInterp(t)
	code := `import "unsafe"
b := []byte("hello")
s := unsafe.String(&b[0], uint8(4))
ints := []int{1, 2, 3}
view := unsafe.Slice(&ints[1], 2)
view[0] = 20
first := unsafe.SliceData(ints)
same := unsafe.StringData(s) == &b[0]`
	if _, err := in.Execute(context.Background(), code, newFakeIO()); err != nil {
		t.Fatal(err)
	}
	if got := value(t, in, `fmt.Sprint(s, len(view), ints[1], *first, same)`); got != `"hell2 20 1 true"` && got != "hell2 20 1 true" {
		t.Errorf("got %s", got)
	}
	_, err := in.Execute(context.Background(), "n := -1\n_ = unsafe.Slice(&ints[0], n)", newFakeIO())
	if err == nil || !strings.Contains(err.Error(), "unsafe.Slice: len out of range") {
		t.Errorf("negative length: %v", err)
	}
}

// Globals defined by generic calls (yaegi cannot type them at top level),
// ranges over functions returning iter.Seq, and auto-imports that pick the
// package having the member (rand.IntN is math/rand/v2's).
func TestGenericGlobalsAndIterators(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in,
		"smallest, largest := min(3, 1, 2), max(2.5, 1)\nvar least = min(7, 4)",
		"keys := slices.Sorted(maps.Keys(map[string]int{\"b\": 1, \"a\": 2}))",
		"func countdown(n int) iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n\t\tfor i := n; i > 0; i-- {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}",
		"got := \"\"\nfor v := range countdown(3) {\n\tgot += fmt.Sprint(v)\n}",
		"r := rand.IntN(1)",
	)
	want := "1 2.5 4 [a b]3210" // Sprint puts no space beside a string
	if got := value(t, in, "fmt.Sprint(smallest, largest, least, keys, got, r)"); got != want && got != `"`+want+`"` {
		t.Errorf("got %s, want %s", got, want)
	}
}
