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

// %T of a value held in an interface names the session's struct types
// (yaegi printed `struct { R float64 }`).
func TestTypeVerbThroughInterfaces(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64 { return r.W * r.H }

type Box[T any] struct{ V T }`, `b := Box[int]{1}`)
	checks := []struct{ expr, want string }{
		{`fmt.Sprintf("%T %T", Shape(Circle{1}), Shape(&Rect{1, 2}))`, "main.Circle *main.Rect"},
		{`func() string { var xs []any = []any{Circle{}, []Circle{}, map[string]*Rect{}, 3, nil, b}; s := ""; for _, x := range xs { s += fmt.Sprintf("%T;", x) }; return s }()`,
			"main.Circle;[]main.Circle;map[string]*main.Rect;int;<nil>;main.Box[int];"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// %d (and the other verbs that print no method) of a value whose type has
// a String method printed yaegi's wrapper: {2 5546432} for a Color 2.
func TestNumericVerbsOfStringers(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Color int

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }`, `b := Color(2)`)
	got := value(t, in, `fmt.Sprintf("%v|%d|%s|%03d|%x|%c", b, b, b, b, b, Color(1)+64)`)
	if want := "B|2|B|002|42|A"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// a call's result: %v calls String, %d does not (the two lowerings
	// wrapped one operand into the other: "too many arguments")
	got = value(t, in, `func() string { next := func() Color { return 1 }; return fmt.Sprintf("%v %d", next(), next()) }()`)
	if want := "G 1"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// %+v of a value held in an interface names its unexported fields as Go
// does (they printed as Xname); errors and Stringers still print through
// their methods.
func TestPlusVerbThroughInterfaces(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Item struct {
	Name  string
	price float64
	inner struct{ a int }
}`, `type Err struct{ code int }

func (e *Err) Error() string { return fmt.Sprint("code ", e.code) }`,
		`var x any = Item{Name: "n", price: 2}
items := []any{&Item{Name: "b"}, 3}
var err error = &Err{7}`)
	for expr, want := range map[string]string{
		`fmt.Sprintf("%+v|%v", x, x)`:     "{Name:n price:2 inner:{a:0}}|{n 2 {0}}",
		`fmt.Sprintf("%+v", items[0])`:    "&{Name:b price:0 inner:{a:0}}",
		`fmt.Sprintf("%+v", err)`:         "code 7",
		`fmt.Sprintf("%+v", []any{x, 3})`: "[{Name:n price:2 inner:{a:0}} 3]",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// %#v names the session's struct types and their unexported fields as Go
// does: fmt printed `struct { A int; B int }{A:1, B:2}` for a main.Inner,
// and Xnote for a field note.
func TestSharpVerbNamesSessionTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Inner struct{ A, B int }
type Outer struct {
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]Inner
	Any   any
	note  string
	inner struct{ a int }
}`, `o := Outer{In: Inner{1, 2}, List: []Inner{{3, 4}}, M: map[string]Inner{"k": {5, 6}}, Any: Inner{7, 8}, note: "n"}
var held any = &Inner{1, 2}`)
	for expr, want := range map[string]string{
		`fmt.Sprintf("%#v", o)`: `main.Outer{In:main.Inner{A:1, B:2}, Ptr:(*main.Inner)(nil), List:[]main.Inner{main.Inner{A:3, B:4}}, ` +
			`M:map[string]main.Inner{"k":main.Inner{A:5, B:6}}, Any:main.Inner{A:7, B:8}, note:"n", inner:struct { a int }{a:0}}`,
		`fmt.Sprintf("%#v|%#v|%#v", held, []Inner(nil), 5)`: `&main.Inner{A:1, B:2}|[]main.Inner(nil)|5`,
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// %#v of a value whose type has a GoString method prints what it returns
// (fmt.GoStringer): it printed the value's fields; a Format method comes
// first.
func TestSharpVerbCallsGoString(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type Secret string\nfunc (s Secret) GoString() string { return `Secret(\"***\")` }\ntype P struct{ A int }\n"+
		"type Masked string\nfunc (m Masked) GoString() string { return \"no\" }\nfunc (m Masked) Format(f fmt.State, verb rune) { fmt.Fprint(f, \"***\") }")
	if got, want := value(t, in, `fmt.Sprintf("%#v %#v %v %#v", Secret("hunter2"), P{1}, Secret("x"), Masked("pw"))`), `Secret("***") main.P{A:1} x ***`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// %T of a function type naming the session's types printed yaegi's
// structs and the parameter names: func(c struct { ... }, p string) string.
func TestTypeVerbOfFunctionTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Counter struct{ name string }
func (c Counter) Label(p string) string { return p + c.name }
type Handler func(string) string
func Chain(h Handler, mws ...func(Handler) Handler) Handler { return h }
label := Counter.Label`)
	got := value(t, in, `fmt.Sprintf("%T | %T", label, Chain)`)
	if want := "func(main.Counter, string) string | func(main.Handler, ...func(main.Handler) main.Handler) main.Handler"; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// %#v of a copy of a generic type made in the same cell names it as Go
// does: the copy was known only to later cells, and printed as a struct.
func TestSharpVerbOfCopyMadeInTheCell(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Pair[A, B any] struct {
	First  A
	Second B
}`)
	if got := value(t, in, `fmt.Sprintf("%#v", Pair[string, float64]{"a", 1.5})`); got != `main.Pair[string,float64]{First:"a", Second:1.5}` {
		t.Errorf("got %s", got)
	}
}

// %#v of a struct type declared in a function names it as Go does.
func TestSharpVerbOfLocalType(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func show() string {
	type kv struct {
		K string
		V int
	}
	return fmt.Sprintf("%#v", kv{"a", 1})
}`)
	if got := value(t, in, `show()`); got != `main.kv{K:"a", V:1}` {
		t.Errorf("got %s, want main.kv{K:\"a\", V:1}", got)
	}
}

// %T of a session interface holding a named type that is not a struct (a
// func type, a float): passed to rt, yaegi's value was the plain func or
// float64.
func TestTypeVerbOfNamedNonStructInInterface(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Handler interface{ Serve(string) string }
type HandlerFunc func(string) string
func (f HandlerFunc) Serve(s string) string { return f(s) }
type Expr interface{ Eval() float64 }
type Num float64
func (n Num) Eval() float64 { return float64(n) }`)
	if got := value(t, in, `var h Handler = HandlerFunc(strings.ToUpper)
var e Expr = Num(2)
fmt.Sprintf("%T %T %s", h, e, h.Serve("ok"))`); got != "main.HandlerFunc main.Num OK" {
		t.Errorf("got %s, want main.HandlerFunc main.Num OK", got)
	}
}

// %T in a function of a struct type the cell declares after it (Go's
// declarations are seen everywhere in a file): it printed the struct.
func TestTypeVerbOfTypeDeclaredLater(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func describe(e any) string { return fmt.Sprintf("event %T", e) }
type Bogus struct{ Seq int }
type Other struct{ Name string }`)
	if got := value(t, in, `describe(Bogus{1})`); got != "event main.Bogus" {
		t.Errorf("got %s, want event main.Bogus", got)
	}
}

// %T of values of two struct types without fields, held in a cell's
// interface: both printed struct {} (an anagram grouper's signers).
func TestTypeVerbOfEmptyStructsInInterface(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type Signer interface{ Sign(string) string }
type Sorted struct{}
func (Sorted) Sign(w string) string { return w }
type Counts struct{}
func (Counts) Sign(w string) string { return w }
for _, s := range []Signer{Sorted{}, Counts{}} {
	fmt.Printf("%T ", s)
}`)
	if got, want := io.stream("stdout"), "main.Sorted main.Counts "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
