package gointerp

import "testing"

// Generic standard-library functions called with a slice the standard
// library made failed ("CFG post-order panic"), and an untyped constant
// argument was passed as an int ("reflect: call of reflect.Value.Float on
// int Value").
func TestGenericStdlibOnNativeSlices(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `words := strings.Fields("pear apple fig")
slices.Sort(words)
scores := []float64{61, 70.5}
fmt.Println(words, slices.IsSorted(words), slices.Max(strings.Fields("b c a")), slices.Min(strings.Split("b,a", ",")))
fmt.Println(slices.Contains(scores, 61), slices.Index(scores, 70.5), slices.Contains([]int64{3}, 3))
fmt.Println(slices.BinarySearch(words, "fig"))
fmt.Println(cmp.Compare(1.5, 2.5), max(2.5, 1))`)
	want := "[apple fig pear] true c a\ntrue 1 true\n1 true\n-1 2.5\n"
	if got := io.stream("stdout"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Generic functions of the standard library that were missing:
// errors.AsType (Go 1.26), math/rand/v2's N (auto-imported as v2),
// reflect.TypeFor.
func TestMoreGenericStdlibFunctions(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `import "io/fs"
type CodeErr struct{ Code int }
func (e *CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }`)
	checks := []struct{ expr, want string }{
		{`func() string { _, err := os.Open("/nonexistent"); pe, ok := errors.AsType[*fs.PathError](err); return fmt.Sprintf("%v %v", ok, pe.Op) }()`, "true open"},
		{`func() string { ce, ok := errors.AsType[*CodeErr](fmt.Errorf("w: %w", &CodeErr{7})); return fmt.Sprint(ok, ce.Code) }()`, "true 7"},
		{`func() bool { _, ok := errors.AsType[*CodeErr](io.EOF); return ok }()`, "false"},
		{`rand.N(10) < 10 && rand.N(3*time.Second) < 3*time.Second && rand.IntN(5) < 5`, "true"},
		{`reflect.TypeFor[map[string]int]().String()`, "map[string]int"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// iter.Pull and Pull2 were missing (yaegi could not compile them
// interpreted); they run as rt's, with the values typed back. A
// top-level `defer stop()` does not hang the cell.
func TestIterPull(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Level int
func firstTwo(seq iter.Seq[int]) (int, int) {
	next, stop := iter.Pull(seq)
	defer stop()
	a, _ := next()
	b, _ := next()
	return a, b
}
func levels(yield func(string, Level) bool) {
	for i, s := range []string{"lo", "hi"} {
		if !yield(s, Level(i)) {
			return
		}
	}
}`)
	_, io := mustRun(t, in, `next, stop := iter.Pull(slices.Values([]int{1, 2, 3}))
a, ok := next()
b, _ := next()
stop()
c, ok2 := next()
fmt.Println(a, ok, b, c, ok2)
n2, st2 := iter.Pull2(levels)
defer st2()
k, v, ok3 := n2()
fmt.Println(k, v+1, ok3)
fmt.Println(firstTwo(slices.Values([]int{7, 8, 9})))`)
	if got, want := io.stream("stdout"), "1 true 2 0 false\nlo 1 true\n7 8\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A generic slices or maps function called with the session's types
// failed in yaegi's inference: maps.EqualFunc on map[SKU]Stock maps
// ("cannot use type map[main.SKU]main.Stock as type map[main.SKU]main.SKU").
func TestGenericStdlibOnSessionTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type SKU string
type Stock struct{ N int }
inv := map[SKU]Stock{"saw": {1}, "axe": {2}}`)
	got := value(t, in, `fmt.Sprint(maps.EqualFunc(maps.Clone(inv), inv, func(a, b Stock) bool { return a == b }), slices.Sorted(maps.Keys(inv)))`)
	if want := "true [axe saw]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// slices.Compare and cmp.Compare in one cell: yaegi keys the instances of
// generic functions by name and type arguments alone, so the second call
// got the first one's instance ("cannot use type []int as type int").
func TestSlicesCompareBesideCmpCompare(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Task struct{ P int }`)
	got := value(t, in, `tasks := []Task{{2}, {1}}
slices.SortStableFunc(tasks, func(a, b Task) int { return cmp.Compare(a.P, b.P) })
fmt.Sprint(tasks, slices.Compare([]int{1, 2}, []int{1, 3}), cmp.Compare(2, 1))`)
	if got != "[{1} {2}] -1 1" {
		t.Errorf("got %s, want [{1} {2}] -1 1", got)
	}
}

// cmp.Compare and cmp.Less of standard-library named types (time.Month,
// time.Duration): yaegi found them not cmp.Ordered, or panicked.
func TestCmpOfStandardNamedTypes(t *testing.T) {
	in := newInterp(t)
	got := value(t, in, `a, b := time.March, time.May
ds := []time.Duration{time.Second, 3 * time.Second, 2 * time.Second}
slices.SortFunc(ds, func(x, y time.Duration) int { return cmp.Compare(y, x) })
fmt.Sprint(cmp.Compare(a, b), cmp.Less(time.Second, time.Minute), ds)`)
	if got != "-1 true [3s 2s 1s]" {
		t.Errorf("got %s, want -1 true [3s 2s 1s]", got)
	}
}

// iter.Pull in a generic function, declared in an earlier cell: its
// copies call rt's Pull as the cell's calls do ("undefined selector:
// iter.Pull").
func TestIterPullInGenericFunction(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := next()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}`)
	_, io := mustRun(t, in, `for a, b := range zip(slices.Values([]int{1, 2, 3}), slices.Values([]string{"x", "y"})) {
	fmt.Print(a, b, " ")
}`)
	if got, want := io.stream("stdout"), "1x 2y "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// min and max of time.Duration values: yaegi found time.Duration not
// cmp.Ordered.
func TestMinMaxOfForeignNamedTypes(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func abs(d time.Duration) time.Duration { return max(d, -d) }`)
	if got := value(t, in, `d := -90 * time.Second; fmt.Sprint(abs(d), min(d, time.Minute, 0), max(time.March, time.May))`); got != "1m30s -1m30s May" {
		t.Errorf("got %s", got)
	}
}

// A function of a standard package passed to a generic standard function:
// yaegi could not infer the type parameter from its type.
func TestNativeFuncToStdGeneric(t *testing.T) {
	in := newInterp(t)
	got := value(t, in, `rs := []rune("  Qué 7")
words := strings.Fields("go Is fun")
fmt.Sprint(slices.IndexFunc(rs, unicode.IsLetter), slices.ContainsFunc(rs, unicode.IsDigit), slices.IndexFunc(words, utf8.ValidString))`)
	if got != "2 true 0" {
		t.Errorf("got %s", got)
	}
}

// `return maps.Keys(s)` from a function returning iter.Seq broke the other
// uses of the same instance of maps.Keys (a generic Set's All method
// beside a Sorted function).
func TestReturnedStdGenericFuncResult(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Set[T comparable] map[T]struct{}

func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s) }

func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(maps.Keys(s)) }

func keys(m map[string]int) iter.Seq[string] {
	if len(m) == 0 {
		return nil
	}
	return maps.Keys(m)
}`)
	if got := value(t, in, `s := Set[int]{2: {}, 1: {}}
n := 0
for range s.All() {
	n++
}
fmt.Sprint(Sorted(s), n, slices.Sorted(keys(map[string]int{"b": 1, "a": 2})), slices.Sorted(maps.Keys(map[string]int{"c": 1})))`); got != "[1 2] 2 [a b] [c]" {
		t.Errorf("got %s", got)
	}
}

// A generic standard function given a named slice or map returns that
// type in Go: `maps.Clone(g)` kept Graph's methods, `slices.Clone(p)` a
// Path's.
func TestStdGenericsKeepNamedTypes(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Graph map[string][]string
func (g Graph) Add(n string, deps ...string) { g[n] = deps }
type Path []int
func (p Path) Len() int { return len(p) }`)
	got := value(t, in, `g := Graph{}
g.Add("a", "b")
g2 := maps.Clone(g)
g2.Add("c")
p := slices.Clone(Path{1, 2, 3})
fmt.Sprint(len(g), len(g2), p.Len(), slices.Compact(Path{1, 1, 2}).Len())`)
	if got != "1 2 3 2" {
		t.Errorf("got %s", got)
	}
}

// A method returning iter.Seq2 that returns another method's result
// (`return t.Range(0)`) made yaegi's compiler panic where it was ranged
// over.
func TestReturnedIteratorOfMethod(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import "iter"
type T struct{ xs []int }
func (t *T) All() iter.Seq2[int, int] { return t.Range(0) }
func (t *T) Range(lo int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i, x := range t.xs[lo:] {
			if !yield(i, x) {
				return
			}
		}
	}
}`)
	if got := value(t, in, `t := T{[]int{4, 5}}; s := ""; for i, x := range t.All() { s += fmt.Sprint(i, x, ";") }; s`); got != "0 4;1 5;" {
		t.Errorf("got %q", got)
	}
}

// A variable defined before a declaration in a cell's statements
// (`ds := ...; const gap = ...; for ... range ds`) is known to the type
// checker after it, so what uses it is lowered (max of time.Duration).
func TestVariableBeforeDeclarationInCell(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import "time"`)
	if got := value(t, in, `ds := []time.Duration{time.Second, time.Minute}
const gap = 45 * time.Minute
var longest time.Duration
for _, d := range ds {
	longest = max(longest, d)
}
fmt.Sprint(longest, gap)`); got != "1m0s 45m0s" {
		t.Errorf("got %q", got)
	}
	// a variable whose type comes from an earlier group's, used after a
	// second declaration (slices.Clone was not lowered, and yaegi panicked)
	if got := value(t, in, `base := []time.Duration{time.Second, time.Hour}
const a = 1
pooled := slices.Clone(base)
const b = 2
for range b {
	pooled = append(pooled, max(pooled[0], pooled[1]))
}
fmt.Sprint(pooled, a)`); got != "[1s 1h0m0s 1h0m0s 1h0m0s] 1" {
		t.Errorf("got %q", got)
	}
}

// slices.Collect of an iterator a compiled function made
// (strings.Lines) infers its type argument.
func TestCollectOfStandardIterator(t *testing.T) {
	in := newInterp(t)
	if got := value(t, in, `import ("slices"; "strings")
x := slices.Values(slices.Collect(strings.Lines("a\nb\n")))
n := 0
for range x { n++ }
n`); got != "2" {
		t.Errorf("got %q", got)
	}
}

// At a cell's top level, an instance of a standard generic function as a
// value (`cmpInt := cmp.Compare[int]`), and iterators of slices.Values
// defined there then made again, work.
func TestTopLevelGenericValues(t *testing.T) {
	in := newInterp(t)
	if got := value(t, in, `import ("cmp"; "slices")
cmpInt := cmp.Compare[int]
xs := []int{3, 1, 2}
slices.SortFunc(xs, cmpInt)
names := slices.Values([]string{"ana", "ben"})
n := 0
for range names { n++ }
ys := slices.Collect(slices.Values([]string{"a", "b", "c"}))
fmt.Sprint(xs, cmpInt(1, 2), n, ys)`); got != "[1 2 3] -1 2 [a b c]" {
		t.Errorf("got %q", got)
	}
}

// A generic standard function instantiated explicitly, as a value: its
// type arguments are the standard library's (Max[S, E]), written again
// in the kernel's order (slices.Max[[]float64] failed: "invalid type in
// map literal").
func TestExplicitStdGenericInstances(t *testing.T) {
	in := newInterp(t)
	got := value(t, in, `var fs = map[string]func([]float64) float64{"MAX": slices.Max[[]float64], "MIN": slices.Min[[]float64]}
idx := slices.Index[[]string, string]
fmt.Sprint(fs["MAX"]([]float64{1, 3, 2}), fs["MIN"]([]float64{4, 2}), idx([]string{"a", "b"}, "b"), slices.Max[[]int]([]int{5, 9}))`)
	if want := "3 2 1 9"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
