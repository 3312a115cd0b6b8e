package gointerp

import "testing"

// A value of a session type stored in an empty interface still asserts to
// the session's interfaces it implements (yaegi alone lost its methods).
func TestAssertionToSessionInterface(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(v any) string {
	switch s := v.(type) {
	case int:
		return "int"
	case Shape:
		return fmt.Sprint("shape ", s.Area())
	default:
		return "other"
	}
}`, `var things = []any{Square{2}, &Circle{1}, 3, "x"}`)
	want := map[string]string{
		`describe(things[0])`: "shape 4",
		`describe(things[1])`: "shape 3",
		`describe(things[2])`: "int",
		`describe(things[3])`: "other",
		`s, ok := things[0].(Shape); fmt.Sprint(ok, s.Area())`: "true 4",
		`_, ok := things[3].(Shape); ok`:                       "false",
		`things[1].(Shape).Area()`:                             "3",
	}
	for expr, w := range want {
		if got := value(t, in, expr); got != w {
			t.Errorf("%s = %s, want %s", expr, got, w)
		}
	}
	// A type declared later is found by later cells.
	mustRun(t, in, "type Tri struct{}\nfunc (Tri) Area() float64 { return 0.5 }")
	if got := value(t, in, `describe(Tri{})`); got != "shape 0.5" {
		t.Errorf("describe(Tri{}) = %s", got)
	}
	// A concrete case before the interface's still wins; an error value
	// still matches error.
	mustRun(t, in, `func first(v any) string {
	switch v.(type) {
	case Square:
		return "square"
	case Shape:
		return "shape"
	case error:
		return "error"
	}
	return "other"
}`)
	for expr, w := range map[string]string{`first(Square{1})`: "square", `first(&Circle{})`: "shape", `first(fmt.Errorf("x"))`: "error"} {
		if got := value(t, in, expr); got != w {
			t.Errorf("%s = %s, want %s", expr, got, w)
		}
	}
	// A failed single-value assertion still panics.
	if _, _, err := run(t, in, `things[2].(Shape)`); err == nil {
		t.Error("things[2].(Shape) did not panic")
	}
}

// yaegi compares structure in assertions to concrete types, so types
// sharing a structure with another are not tried: a value of one must
// not be taken for the other.
func TestAssertionHelperSkipsLookalikes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Namer interface{ Name() string }

type A struct{ N string }
type B struct{ N string }

func (b B) Name() string { return "b" + b.N }

type Celsius float64

func (c Celsius) Name() string { return "celsius" }`)
	for expr, want := range map[string]string{
		`_, ok := any(A{"x"}).(Namer); ok`:                       "false",
		`func() bool { _, ok := any(1.5).(Namer); return ok }()`: "false",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// An assertion to an interface declared in a function is left to yaegi
// (a helper at top level could not name it).
func TestAssertionToLocalInterface(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "type Shape interface{ Area() float64 }\ntype Sq struct{ S float64 }\nfunc (s Sq) Area() float64 { return s.S }")
	mustRun(t, in, "func named(v any) bool {\n\ttype namer interface{ Name() string }\n\t_, ok := v.(namer)\n\treturn ok\n}")
	if got := value(t, in, "named(Sq{1})"); got != "false" {
		t.Errorf("named(Sq{1}) = %s", got)
	}
}

// A cell that declares a type, a function naming it and statements, in a
// session with assertion helpers: the helpers declared again for the new
// type came before it, and with them the function's variable, which then
// named an undefined type.
func TestHelpersDeclaredAgainAfterTheCellsTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }`, `var x any = Square{2}
_, ok := x.(Shape)`)
	mustRunAll(t, in, `type Event struct{ N int }

func double(e Event) Event { return Event{e.N * 2} }

func (e Event) Area() float64 { return float64(e.N) }

fmt.Println(double(Event{2}))`)
	if got := value(t, in, `double(Event{3}).N`); got != "6" {
		t.Errorf("got %s, want 6", got)
	}
}

// A value of a named non-struct type that went through a standard
// interface (a []fmt.Stringer element) and then an any asserts back to
// that interface: the helper panicked ("float64 is not fmt.Stringer").
func TestAssertBackToStandardInterface(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
func describe(v any) string {
	if s, ok := v.(fmt.Stringer); ok {
		return "stringer " + s.String()
	}
	return "other"
}`)
	if got := value(t, in, `ss := []fmt.Stringer{Celsius(3)}; describe(ss[0]) + ", " + describe(4)`); got != "stringer 3.0C, other" {
		t.Errorf("got %s, want stringer 3.0C, other", got)
	}
}

// A type switch on an any with a case of a pointer to a session type
// whose methods have pointer receivers: yaegi's switch never matched it
// (its assertion did).
func TestPointerCaseOfTypeSwitchOnAny(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type S struct{ N int }
func (s *S) M() int { return s.N }
func kind(v any) string {
	switch x := v.(type) {
	case *S:
		return fmt.Sprint("*S ", x.N)
	default:
		return fmt.Sprintf("other %T", x)
	}
}`)
	if got := value(t, in, `vals := []any{&S{1}, 2}
kind(vals[0]) + ", " + kind(vals[1])`); got != "*S 1, other int" {
		t.Errorf("got %s, want *S 1, other int", got)
	}
}

// Struct types of the same structure are types of their own to a type
// switch, in an interface of the cell's or in an any: a Mul was taken for
// an Add (the classic expression evaluator).
func TestTypeSwitchOnStructsOfSameStructure(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Expr interface{ Eval() float64 }
type Num float64
func (n Num) Eval() float64 { return float64(n) }
type Add struct{ L, R Expr }
func (a Add) Eval() float64 { return a.L.Eval() + a.R.Eval() }
type Mul struct{ L, R Expr }
func (m Mul) Eval() float64 { return m.L.Eval() * m.R.Eval() }
func show(e Expr) string {
	switch x := e.(type) {
	case Num:
		return fmt.Sprint(float64(x))
	case Add:
		return "(" + show(x.L) + " + " + show(x.R) + ")"
	case Mul:
		return "(" + show(x.L) + " * " + show(x.R) + ")"
	}
	return "?"
}
func kind(v any) string {
	switch v.(type) {
	case Add, *Add:
		return "add"
	case Mul, *Mul:
		return "mul"
	}
	return "?"
}`)
	got := value(t, in, `e := Mul{Add{Num(1), Num(2)}, Num(3)}
_, isAdd := any(Mul{}).(Add)
fmt.Sprint(show(e), " ", e.Eval(), " ", kind(Mul{}), kind(&Mul{}), kind(Add{}), " ", isAdd)`)
	if want := "((1 + 2) * 3) 9 mulmuladd false"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// A type switch on an any with cases of pointers to copies of a generic
// type with methods (a data frame's columns): none matched.
func TestTypeSwitchOnGenericPointerCases(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Col[T any] struct {
	Name string
	Data []T
}
func (c *Col[T]) Len() int { return len(c.Data) }`)
	if got := value(t, in, `var out []string
for _, c := range []any{&Col[string]{"a", []string{"x"}}, &Col[int]{"b", []int{1, 2}}} {
	switch col := c.(type) {
	case *Col[string]:
		out = append(out, "string "+col.Name)
	case *Col[int]:
		out = append(out, fmt.Sprint("int ", col.Len()))
	default:
		out = append(out, "other")
	}
}
strings.Join(out, ", ")`); got != "string a, int 2" {
		t.Errorf("got %s, want string a, int 2", got)
	}
}

// `case error:` in a type switch on an any holding a standard library
// error matches, in a session without interfaces or methods of its own.
func TestTypeSwitchCaseError(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import "errors"
func describe(x any) string {
	switch x := x.(type) {
	case int:
		return "int"
	case error:
		return "error " + x.Error()
	}
	return "other"
}`)
	if got := value(t, in, `fmt.Sprint(describe(errors.New("boom")), " ", describe(fmt.Errorf("w: %w", errors.New("x"))), " ", describe(1.5))`); got != "error boom error w: x other" {
		t.Errorf("got %q", got)
	}
}

// A type switch on a cell's interface tells struct types without fields
// apart (yaegi took a Cancel for a Dispensed).
func TestTypeSwitchEmptyStructs(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Event interface{ event() }
type Cancel struct{}
type Dispensed struct{}
func (Cancel) event()    {}
func (Dispensed) event() {}
func kind(e Event) string {
	switch e.(type) {
	case Dispensed:
		return "dispensed"
	case Cancel:
		return "cancel"
	}
	return "other"
}`)
	if got := value(t, in, `kind(Cancel{}) + " " + kind(Dispensed{})`); got != "cancel dispensed" {
		t.Errorf("got %q", got)
	}
}
