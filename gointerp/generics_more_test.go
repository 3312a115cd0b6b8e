package gointerp

import "testing"

// The rest of the slices and maps functions cells use most: yaegi's own
// versions failed ("undefined type for E") or were missing (slices.Max).
func TestMoreGenericStdlib(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `xs := []int{3, 1, 2}
fs := []float64{2.5, math.NaN()}
m := map[string]int{"a": 1}
type Stats[T cmp.Ordered] struct{ vals []T }

func (s Stats[T]) Top() T { return slices.Max(s.vals) }`)
	checks := []struct{ expr, want string }{
		{`fmt.Sprint(slices.Max(xs), slices.Min(xs), slices.Max(fs), Stats[string]{[]string{"b", "a"}}.Top())`, "3 1 NaNb"},
		{`slices.MaxFunc(xs, func(a, b int) int { return b - a })`, "1"},
		{`func() []int { ys := slices.Clone(xs); slices.Reverse(ys); return ys }()`, "[2 1 3]"},
		{`fmt.Sprint(slices.Equal(xs, []int{3, 1, 2}), slices.Compare(xs, []int{3, 2}), slices.IsSorted(xs))`, "true -1 false"},
		{`slices.Insert([]int{1, 2}, 1, 8, 9)`, "[1 8 9 2]"},
		{`slices.Delete([]int{1, 2, 3, 4}, 1, 3)`, "[1 4]"},
		{`slices.DeleteFunc([]int{1, 2, 3, 4}, func(v int) bool { return v%2 == 0 })`, "[1 3]"},
		{`slices.Compact([]int{1, 1, 2, 2, 1})`, "[1 2 1]"},
		{`slices.Replace([]int{1, 2, 3}, 0, 2, 7)`, "[7 3]"},
		{`fmt.Sprint(slices.BinarySearch([]string{"a", "c"}, "b"))`, "1 false"},
		{`fmt.Sprint(slices.Repeat([]int{7}, 3), len(slices.Collect(slices.Chunk(xs, 2))))`, "[7 7 7] 2"},
		{`func() string { s := ""; for i, v := range slices.Backward(xs) { s += fmt.Sprint(i, ":", v, " ") }; return s }()`, "2:2 1:1 0:3 "},
		{`func() string { c := maps.Clone(m); maps.Copy(c, map[string]int{"b": 2}); return fmt.Sprint(c, maps.Equal(c, m), len(m)) }()`, "map[a:1 b:2] false 1"},
		{`func() int { d := map[string]int{}; maps.Insert(d, maps.All(m)); return d["a"] }()`, "1"},
		// yaegi's cmp.Or inferred nothing from its variadic parameter
		{`fmt.Sprint(cmp.Or(0, 0, 2), cmp.Or("", "x"), cmp.Or(cmp.Compare(1, 1), strings.Compare("a", "b")))`, "2x-1"},
		// missing: Concat, SortedStableFunc, maps.EqualFunc; a spread slice
		{`fmt.Sprint(slices.Concat(xs, nil, []int{7}), slices.Concat([][]int{{1}, {2}}...), cmp.Or([]string{"", "s"}...))`, "[3 1 2 7] [1 2]s"},
		{`slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(a, b string) int { return len(a) - len(b) })`, "[a d bb cc]"},
		{`maps.EqualFunc(m, map[string]string{"a": "1"}, func(v int, s string) bool { return strconv.Itoa(v) == s })`, "true"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// A range over a call of a generic function returning an iterator: the
// loop's lowering wrote the call as the cell has it, without the copy's
// name ("undefined: Enumerate").
func TestRangeOverGenericIterator(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}`)
	got := value(t, in, `func() string { s := ""; for i, w := range Enumerate([]string{"a", "b"}) { s += fmt.Sprint(i, w) }; return s }()`)
	if got != "0a1b" {
		t.Errorf("got %s, want 0a1b", got)
	}
}

// `import "iter"` as a session's first cell: the next variable defined
// shared a frame slot with the prelude's spargo_never and its definition
// panicked ("value of type []string is not assignable to type bool").
func TestImportIterFirst(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `import "iter"`, `words := []string{"a", "b"}
func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}`)
	if got, want := value(t, in, `func() string { s := ""; for i, w := range Enumerate(words) { s += fmt.Sprint(i, w) }; return s }()`), "0a1b"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := value(t, in, `spargo_never`); got != "false" {
		t.Errorf("spargo_never = %s", got)
	}
}
