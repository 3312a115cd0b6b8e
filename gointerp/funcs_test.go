package gointerp

import (
	"strings"
	"testing"
)

// A function whose parameter has a session variable's name is lifted
// without yaegi's "variable definition loop".
func TestParameterNamedLikeAVariable(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "xs := []float64{1.5, 2.5}", "func first(xs ...float64) (x float64) { return xs[0] }")
	if got := value(t, in, "first(xs...)"); got != "1.5" {
		t.Errorf("first = %s", got)
	}
	if got := unnamed("(a, b int, c ...string) (n int, err error)"); got != "(int, int, ...string) (int, error)" {
		t.Errorf("unnamed = %s", got)
	}
	if !strings.Contains(unnamed("(f func(int) bool)"), "func(int) bool") {
		t.Error("unnamed lost a func type")
	}
}

// A function whose body redeclares its named result with := assigns the
// result, as in Go (such functions are not lifted into variables).
func TestRedeclaredResultIsAssigned(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "func three() (int, string) { return 1, \"3\" }\nfunc x() (s string) {\n\ta, s := three()\n\t_ = a\n\treturn\n}")
	if got := value(t, in, "x()"); got != "3" {
		t.Errorf("x() = %q, want 3", got)
	}
}

// runtime.Breakpoint fails the cell instead of trapping the kernel.
func TestBreakpointPanics(t *testing.T) {
	in := newInterp(t)
	if _, _, err := run(t, in, "x := 1\nruntime.Breakpoint()"); err == nil || !strings.Contains(err.Error(), "breakpoint trap") {
		t.Fatalf("err = %v", err)
	}
	if got := value(t, in, "x + 1"); got != "2" {
		t.Errorf("x + 1 = %s", got)
	}
}

// A runtime fault recovered in a cell is a runtime.Error, as in Go, also
// when the interpreter met it inside package reflect.
func TestRecoveredRuntimeErrorIsAnError(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "type Shape interface{ Area() float64 }")
	mustRun(t, in, `func try(f func()) (msg string) {
	defer func() {
		if e, ok := recover().(runtime.Error); ok {
			msg = e.Error()
		}
	}()
	f()
	return "no panic"
}`)
	for expr, want := range map[string]string{
		`try(func() { xs := []int{1}; i := 5; _ = xs[i] })`:  "index out of range",
		`try(func() { n := -1; _ = make([]int, n) })`:        "runtime error: makeslice: len out of range",
		`try(func() { n := -1; _ = make(chan int, n) })`:     "runtime error: makechan: size out of range",
		`try(func() { var m map[string]int; m["a"] = 1 })`:   "nil map",
		`try(func() { var p *[4]int; _ = p[1] })`:            "runtime error: invalid memory address or nil pointer dereference",
		`try(func() { var p *struct{ x int }; _ = p.x })`:    "runtime error: invalid memory address or nil pointer dereference",
		`try(func() { var i any = 1; _ = i.(string) })`:      "interface conversion: interface {} is int, not string",
		`try(func() { var e error; _ = e.Error() })`:         "runtime error: invalid memory address or nil pointer dereference",
		`try(func() { var s fmt.Stringer; _ = s.String() })`: "runtime error: invalid memory address or nil pointer dereference",
		`try(func() { var s Shape; _ = s.Area() })`:          "runtime error: invalid memory address or nil pointer dereference",
	} {
		if got := value(t, in, expr); !strings.Contains(got, want) {
			t.Errorf("%s = %q, want it to contain %q", expr, got, want)
		}
	}
	if got := value(t, in, `func() (r any) { defer func() { r = recover() }(); panic("mine") }()`); got != "mine" {
		t.Errorf("a user panic's value = %q", got)
	}
	// An uncaught one reads as Go's too.
	_, _, err := run(t, in, "var np *struct{ x int }\nnp.x = 1")
	if ee := asExec(t, err); !strings.Contains(ee.Value, "runtime error: invalid memory address or nil pointer dereference") {
		t.Errorf("uncaught nil dereference: %v", ee)
	}
}

// A comma-ok assertion on a nil interface gives the zero value and false
// (yaegi alone panicked when the target is an interface).
func TestCommaOkAssertionOnNil(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "var e any\nv, ok := e.(error)\ns, ok2 := e.(fmt.Stringer)\nn, ok3 := e.(int)\nvar r, ok4 = e.(error)")
	if got := value(t, in, "fmt.Sprint(v, ok, s, ok2, n, ok3, r, ok4)"); got != "<nil> false <nil> false 0 false <nil> false" {
		t.Errorf("got %s", got)
	}
	mustRun(t, in, "func f() (msg string) {\n\tdefer func() {\n\t\tif e, ok := recover().(error); ok {\n\t\t\tmsg = e.Error()\n\t\t}\n\t}()\n\treturn \"no panic\"\n}")
	if got := value(t, in, "f()"); got != "no panic" {
		t.Errorf("f() = %s", got)
	}
	mustRun(t, in, "var x any = errors.New(\"boom\")\nerr, isErr := x.(error)")
	if got := value(t, in, "fmt.Sprint(err, isErr)"); got != "boom true" {
		t.Errorf("got %s", got)
	}
}

// The other values of a multi-value assignment with a composite literal
// are kept (yaegi alone set n to 0 in `m, n := []int{1}, 5`).
func TestMultiValueAssignmentWithCompositeLiteral(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type P struct{ X int }", "a, b := P{3}, \"kept\"\nm, n := []int{1}, 5\nvar c, d = map[string]int{}, 7",
		"func f() (int, string) {\n\tv, w := [2]int{1, 2}, \"w\"\n\treturn v[1], w\n}")
	if got := value(t, in, "x, y := f(); fmt.Sprintln(a, b, m, n, c, d, x, y)"); got != "{3} kept [1] 5 map[] 7 2 w\n" {
		t.Errorf("got %s", got)
	}
}

// panic(err) with err of an interface type: yaegi's recover() gave the
// reflect.Value holding err, so r.(error) failed.
func TestRecoveredErrorValue(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type PE struct{ C int }

func (e *PE) Error() string { return fmt.Sprint("code ", e.C) }

func catch(f func()) string {
	var out string
	func() {
		defer func() {
			r := recover()
			e, ok := r.(error)
			_, isPE := r.(*PE)
			out = fmt.Sprint(e, " ", ok, " ", isPE)
		}()
		f()
	}()
	return out
}`)
	checks := []struct{ expr, want string }{
		{`catch(func() { panic(errors.New("boom")) })`, "boom true false"},
		{`catch(func() { var err error = &PE{4}; panic(err) })`, "code 4 true true"},
		{`catch(func() { panic("text") })`, "<nil> false false"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// recover in a function that a deferred call names (`defer catch()`)
// stops the panic, as in Go: a function literal in a session variable
// (liftFuncs) did not see it, recover gave nil and the panic went on.
func TestRecoverInDeferredFunction(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `var caught []any`, `func catch() {
	if r := recover(); r != nil {
		caught = append(caught, r)
	}
}`, `func risky(n int) (out string) {
	defer catch()
	if n > 1 {
		panic(fmt.Sprint("too big: ", n))
	}
	return "ok"
}`)
	if got := value(t, in, `fmt.Sprint(risky(1), "|", risky(2), "|", caught)`); got != "ok||[too big: 2]" {
		t.Errorf("risky(1), risky(2), caught = %s", got)
	}
}

// An init function that calls a function of its cell runs after the
// function is assigned (liftFuncs makes it a variable): it called nil.
func TestInitCallsCellFunction(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `var reg = map[string]int{}
func Register(name string, n int) { reg[name] = n }
func init() { Register("a", 1) }`)
	if got := value(t, in, `fmt.Sprint(reg)`); got != "map[a:1]" {
		t.Errorf("declarations only: got %q", got)
	}
	if got := value(t, in, `var reg2 = map[string]int{}
func Register2(name string, n int) { reg2[name] = n }
func init() { Register2("b", 2) }
fmt.Sprint(reg2)`); got != "map[b:2]" {
		t.Errorf("with statements: got %q", got)
	}
}
