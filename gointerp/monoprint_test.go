package gointerp

import "testing"

// Printing in generic code calls the String method of the type argument
// (a copy's printed arguments are wrapped with their types written in).
func TestGenericCodePrintsTypeArgumentMethods(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
type Stack[T any] struct{ items []T }
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) String() string { return fmt.Sprint(s.items) }
type Interval[K any] struct{ Lo, Hi K }
func Overlap[K any](a, b Interval[K]) error { return fmt.Errorf("interval %v overlaps %v", a, b) }`)
	cases := map[string]string{
		`var s Stack[Celsius]; s.Push(21.5); s.Push(-3); s.String()`:              "[21.5C -3.0C]",
		`var s Stack[int]; s.Push(2); s.String()`:                                 "[2]",
		`Overlap(Interval[Celsius]{1, 2}, Interval[Celsius]{0, 5}).Error()`:       "interval {1.0C 2.0C} overlaps {0.0C 5.0C}",
		`Overlap(Interval[string]{"a", "b"}, Interval[string]{"c", "d"}).Error()`: "interval {a b} overlaps {c d}",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s: got %q, want %q", src, got, want)
		}
	}
}

// min, max and cmp.Compare of a type argument that is a named basic type
// of another package (time.Duration) run in the copy of generic code as in
// a cell, nested calls included.
func TestGenericCodeComparesForeignBasicTypes(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import ("cmp"; "time")
func Clamp[T cmp.Ordered](x, lo, hi T) T { return max(lo, min(hi, x)) }
func Order[T cmp.Ordered](a, b T) int { return cmp.Compare(a, b) }`)
	cases := map[string]string{
		`Clamp(90*time.Minute, time.Minute, time.Hour).String()`:                "1h0m0s",
		`fmt.Sprint(Order(time.Second, time.Minute), Clamp(5, 1, 3))`:           "-1 3",
		`lo, hi, x := time.Minute, time.Hour, time.Second; max(lo, min(hi, x))`: "1m0s",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s: got %q, want %q", src, got, want)
		}
	}
}

// A cell that declares a generic type and function, a plain function, and
// then runs statements that use a copy after their first statement: the
// copies' types come before the functions' variables that name them.
func TestCopiesBeforeStatements(t *testing.T) {
	in := newInterp(t)
	if got := value(t, in, `import "iter"
type Pair[A, B any] struct {
	First  A
	Second B
}
func Collect2[K, V any](seq iter.Seq2[K, V]) []Pair[K, V] {
	var out []Pair[K, V]
	for k, v := range seq {
		out = append(out, Pair[K, V]{k, v})
	}
	return out
}
func Naturals(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := range n {
			if !yield(i, fmt.Sprint("n", i)) {
				return
			}
		}
	}
}
type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
days := []string{"Mon"}
ps := Collect2(Naturals(2))
fmt.Sprint(ps, len(days))`); got != "[{0 n0} {1 n1}] 1" {
		t.Errorf("got %q", got)
	}
}

// A cell that declares a session variable again with another instance of
// a generic type: the checker took the variable for the old one, and
// wrote the constant passed to its method in the old type argument
// ("cannot use type int as type main.Celsius").
func TestVarRedeclaredWithOtherInstance(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Celsius float64
type Stack[T any] struct{ items []T }
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }`)
	if got := value(t, in, `var s Stack[int]; s.Push(2); s.items`); got != "[2]" {
		t.Errorf("got %s", got)
	}
	if got := value(t, in, `var s Stack[Celsius]; s.Push(21.5); s.Push(-3); s.items`); got != "[21.5 -3]" {
		t.Errorf("got %s", got)
	}
}

// %T of a type parameter's value names the type argument, also in a copy
// a later cell makes (a decoder's `fmt.Errorf("decode %T: %w", zero,
// err)` printed struct { SKU string }).
func TestGenericCodeTypeVerb(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Product struct{ SKU string }
func Decode[T any](ok bool) (T, error) {
	var zero T
	if !ok {
		return zero, fmt.Errorf("decode %T: %w", zero, errors.New("bad"))
	}
	return zero, nil
}
func first() error { _, err := Decode[Product](false); return err }`)
	got := value(t, in, `_, err := Decode[[]Product](false)
fmt.Sprint(first(), "; ", err)`)
	if want := "decode main.Product: bad; decode []main.Product: bad"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
