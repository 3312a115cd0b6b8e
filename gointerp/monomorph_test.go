package gointerp

import (
	"context"
	"os"
	"strings"
	"testing"
)

// Generic code that yaegi's own generics panic on ("CFG post-order
// panic") runs as non-generic copies.
func TestGenericCodeRunsAsCopies(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in,
		// A range over a value of type-parameter type (typeparam/issue48453).
		`func CopyMap[M interface{ ~map[K]V }, K comparable, V any](m M) M {
	out := make(M, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}`,
		// A generic type, its methods and a generic function type.
		`type Gen[A any] func() (A, bool)

type Pair[A, B any] struct {
	A A
	B B
}

func Combine[T1, T2, T any](g1 Gen[T1], g2 Gen[T2], join func(T1, T2) T) Gen[T] {
	return func() (T, bool) {
		var t T
		t1, ok := g1()
		if !ok {
			return t, false
		}
		t2, ok := g2()
		if !ok {
			return t, false
		}
		return join(t1, t2), true
	}
}

func NewPair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.B, p.A} }`,
		`m := CopyMap(map[string]int{"a": 1})`,
		`gc := Combine(func() (int, bool) { return 3, true }, func() (string, bool) { return "y", true }, NewPair[int, string])`,
	)
	if got := value(t, in, `len(m)`); got != "1" {
		t.Errorf("len(m) = %s", got)
	}
	if got := value(t, in, `p, ok := gc(); fmt.Sprint(p.Swap(), ok)`); got != `{y 3} true` {
		t.Errorf("Combine = %s", got)
	}
}

// Type switches and assertions on type parameters: with the argument
// written in, duplicate cases and impossible assertions are valid Go in
// generic code only; the first matching case still wins.
func TestTypeSwitchOnTypeParameter(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func kind[T any](i any) string {
	switch i.(type) {
	case T:
		return "T"
	case int:
		return "int"
	case int32, int16:
		return "int32/int16"
	}
	return "other"
}

func has[B any](b B) bool {
	if b1, ok := any(b).(interface{ m1() }); ok {
		_ = b1.(B)
		return true
	}
	return false
}

type S struct{}`)
	for expr, want := range map[string]string{
		`kind[float64](6.0)`:      `T`,
		`kind[int32](int32(7))`:   `T`,
		`kind[int](int32(7))`:     `int32/int16`,
		`kind[int16](int(7))`:     `int`,
		`kind[string](int8(9))`:   `other`,
		`has(S{})`:                `false`,
		`kind[float64](int16(1))`: `int32/int16`,
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// A struct embedding an instantiated generic type keeps its promoted
// fields and methods, and the embedded field is reachable by name.
func TestEmbeddedGenericField(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Labelled struct {
	Box[int]
	Label string
}`, `l := Labelled{Box: Box[int]{V: 4}, Label: "four"}`)
	if got := value(t, in, `l.V + l.Get() + l.Box.V`); got != "12" {
		t.Errorf("got %s", got)
	}
}

// Redefining a generic function (or adding a method to a generic type)
// declares its copies again, so code written earlier sees the change.
func TestRedefinedGenericReachesEarlierCallers(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in,
		`func Twice[T any](x T) []T { return []T{x, x} }`,
		`func pair() []int { return Twice(1) }`,
		`func Twice[T any](x T) []T { return []T{x, x, x} }`,
	)
	if got := value(t, in, `len(pair())`); got != "3" {
		t.Errorf("len(pair()) = %s, want 3 (the redefined Twice)", got)
	}
	mustRunAll(t, in, `type Stack[T any] struct{ items []T }`,
		`func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }`,
		`s := &Stack[string]{}; s.Push("a")`,
		`func (s *Stack[T]) Len() int { return len(s.items) }`)
	if got := value(t, in, `s.Len()`); got != "1" {
		t.Errorf("s.Len() = %s", got)
	}
}

// A generic function instantiated with a type declared in a function
// gets its copy in that function; a generic type's copy is at top level,
// where the local type moves (localtypes.go), unless it names another of
// the function's declarations: then the cell says why it cannot run.
func TestLocalTypeArguments(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "func Pair[T any](x T) []T { return []T{x, x} }\ntype Box[T any] struct{ V T }",
		"func f() int {\n\ttype local struct{ n int }\n\tps := Pair(local{3})\n\treturn len(ps) + ps[1].n\n}")
	if got := value(t, in, "f()"); got != "5" {
		t.Errorf("f() = %s", got)
	}
	mustRun(t, in, "func g() int {\n\ttype local int\n\treturn int(Box[local]{3}.V)\n}")
	if got := value(t, in, "g()"); got != "3" {
		t.Errorf("g() = %s", got)
	}
	_, _, err := run(t, in, "func h() int {\n\tconst size = 2\n\ttype arr [size]int\n\treturn len(Box[arr]{}.V)\n}")
	if err == nil || !strings.Contains(err.Error(), "cell:4:13: cannot use Box[arr]") || !strings.Contains(err.Error(), "declare it at top level") {
		t.Fatalf("err = %v", err)
	}
	if got := value(t, in, "len(Pair(7))"); got != "2" {
		t.Errorf("len(Pair(7)) = %s after the error", got)
	}
}

// A type error in a generic declaration is reported at its cell position
// when the cell runs (yaegi never compiles the declaration itself).
func TestTypeErrorInGenericDeclaration(t *testing.T) {
	in := newInterp(t)
	_, _, err := run(t, in, "x := 1\nfunc Bad[T any](v T) T {\n\treturn v + missing\n}")
	if err == nil || !strings.Contains(err.Error(), "cell:3:13: undefined: missing") {
		t.Fatalf("err = %v, want cell:3:13: undefined: missing", err)
	}
	mustRun(t, in, "func Good[T any](v T) T { return v }")
	if got := value(t, in, "Good(2)"); got != "2" {
		t.Errorf("Good(2) = %s", got)
	}
}

// Types named like the type parameters of the prelude's min and max, or of
// the interpreted slices and maps packages, work (yaegi confused a
// package-level generic's T with a cell's type T).
func TestTypeNamedLikeATypeParameter(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type T []int\ntype S []string\ntype E struct{ N int }\ntype K map[string]int",
		"func total(t T) int { return len(t) + min(1, 2) }",
		"s := S{\"b\", \"a\"}\nslices.Sort(s)\nkeys := slices.Sorted(maps.Keys(K{\"y\": 1, \"x\": 2}))")
	if got := value(t, in, `fmt.Sprint(total(T{1, 2}), s, keys, E{3}.N)`); got != "3 [a b] [x y] 3" {
		t.Errorf("got %s", got)
	}
}

// Helpers of a cell that failed before they were declared are not counted
// as declared: a later cell declares them (even after a cell that did not
// need the checker).
func TestHelpersOfAFailedCellAreDeclaredAgain(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "type Shape interface{ Area() float64 }\ntype Sq struct{ S float64 }\nfunc (s Sq) Area() float64 { return s.S * s.S }")
	if _, _, err := run(t, in, "var bad int = \"s\"\nvar v any = Sq{2}\n_, ok := v.(Shape)"); err == nil {
		t.Fatal("the cell did not fail")
	}
	mustRun(t, in, "y := 1")
	if got := value(t, in, "var v any = Sq{3}\n_, ok := v.(Shape)\nok"); got != "true" {
		t.Errorf("ok = %s", got)
	}
}

// Method expressions of generic types, in a cell and in generic code: the
// cell's lowering was undone by the copy's rename inside it, and copies
// were not lowered at all (yaegi: "Call with too many input arguments").
func TestMethodExpressionsOfGenericTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) { b.v = v }

func through[T any](v T) T {
	b := Box[T]{}
	set := (*Box[T]).Set
	set(&b, v)
	get := Box[T].Get
	return get(b)
}`)
	got := value(t, in, `func() string { b := Box[int]{1}; (*Box[int]).Set(&b, 5); get := (*Box[int]).Get; return fmt.Sprint(get(&b), through("s")) }()`)
	if got != "5s" && got != `"5s"` {
		t.Errorf("method expressions = %s, want 5s", got)
	}
}

// A cell that runs statements, with a generic method returning a package
// variable and a type using a copy: the type is hoisted above the var, and
// the copies, put before the type, named the var before it was declared.
// A var of a copy's type (`var r Ring[int]`, r also the methods' receiver)
// stays after the copies.
func TestCopiesAfterTheVarsTheyName(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `var ErrEmpty = errors.New("empty")

type Ring[T any] struct{ buf []T }

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if len(r.buf) == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[0]
	r.buf = r.buf[1:]
	return v, nil
}

type Avg struct{ win *Ring[float64] }

var r Ring[int]
_, err3 := r.Pop()
a := Avg{&Ring[float64]{buf: []float64{1.5}}}
v, err := a.win.Pop()
_, err2 := a.win.Pop()
fmt.Println(v, err, errors.Is(err2, ErrEmpty), err3)`)
	if got, want := io.stream("stdout"), "1.5 <nil> true empty\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A cell that runs statements, with a plain function after a generic one
// whose copy's signature names a copy of a generic type: the function
// variables, declared in the first function's run, named the type copy
// before it was declared (undefined: Scored__string).
func TestCopiesBeforeFunctionVariables(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type Scored[T any] struct {
	Item  T
	Score float64
}

func TopK[T any](items []T, k int, score func(T) float64) []Scored[T] {
	out := make([]Scored[T], 0, len(items))
	for _, it := range items {
		out = append(out, Scored[T]{it, score(it)})
	}
	return out[:min(k, len(out))]
}

type Ratings map[string]map[string]float64

func cosine(a, b map[string]float64) float64 { return 1 }

items := []string{"a", "bb"}
recommend := func(k int) []Scored[string] {
	return TopK(items, k, func(it string) float64 { return float64(len(it)) })
}
fmt.Println(recommend(2))`)
	if got, want := io.stream("stdout"), "[{a 1} {bb 2}]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A cell that declares a function, a generic type and a generic function,
// then runs statements that call the generic function with the function
// (main's body pasted into a cell): the copy's function variable was
// declared with the first function, before the copy of the type its
// signature names ("undefined: Group__Sig__string").
func TestCopiesBeforeFunctionVariablesAcrossGenericTypes(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type Sig string
func sig(w string) Sig { return Sig(w[:1]) }
type Group[K comparable, V any] struct {
	Key   K
	Items []V
}
func GroupBy[K cmp.Ordered, V any](items []V, key func(V) K) []Group[K, V] {
	m := map[K][]V{}
	for _, it := range items {
		m[key(it)] = append(m[key(it)], it)
	}
	var out []Group[K, V]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Group[K, V]{k, m[k]})
	}
	return out
}
words := strings.Fields("ab ac bd")
groups := GroupBy(words, sig)
fmt.Println(groups)`)
	if got := io.stream("stdout"); got != "[{a [ab ac]} {b [bd]}]\n" {
		t.Errorf("got %q", got)
	}
}

// A generic function whose parameter has the name of a type argument (a
// parameter `key` of GroupBy called with a local type `key`): in the
// copy, `map[key][]V` named the parameter ("reflect.MapOf: invalid key
// type func(...)"). The copy renames the parameter.
func TestCopyParameterNamedLikeTypeArgument(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func GroupBy[K comparable, V any](xs []V, key func(V) K) map[K][]V {
	out := make(map[K][]V)
	for _, x := range xs {
		out[key(x)] = append(out[key(x)], x)
	}
	return out
}
type key struct{ A, B int }`)
	if got := value(t, in, `g := GroupBy([]int{1, 2, 3, 4}, func(n int) key { return key{n % 2, 0} })
fmt.Sprint(len(g), g[key{1, 0}])`); got != "2 [1 3]" {
		t.Errorf("got %s", got)
	}
}

// A lowering's fault does not end the session: the cell runs as written.
// (i40's generic type aliases made monomorphise panic at a cell's top level.)
func TestLoweringFaultDoesNotEndSession(t *testing.T) {
	src, err := os.ReadFile("../tests/everyday/testdata/i/i40.go")
	if err != nil {
		t.Fatal(err)
	}
	in := newInterp(t)
	_, _ = in.Execute(context.Background(), mainBodyAtTop(mainPackageRE.ReplaceAllString(string(src), "")), newFakeIO())
	if got := value(t, in, `1 + 1`); got != "2" {
		t.Errorf("after: got %q", got)
	}
}
