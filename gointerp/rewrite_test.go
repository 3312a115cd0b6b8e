package gointerp

import (
	"go/parser"
	"go/token"
	"os"
	"runtime"
	"strings"
	"testing"
)

func TestRewriteGoFuncLiteral(t *testing.T) {
	src := "go func(n int) {\n\tprintln(n)\n}(1)"
	got := rewrite(src, noTypes, noPkgs)
	want := "go func(n int) {" + recoverStmt + "\n\tprintln(n)\n}(1)"
	if got != want {
		t.Errorf("rewrite:\n got  %q\n want %q", got, want)
	}
	// Line structure is kept, so positions stay right.
	if strings.Count(got, "\n") != strings.Count(src, "\n") {
		t.Errorf("rewrite changed the number of lines: %q", got)
	}
}

func TestRewriteGoCall(t *testing.T) {
	got := rewrite("go f(a, b...)", noTypes, noPkgs)
	for _, want := range []string{
		"spargoF1 := f; spargoA1_0 := a; spargoA1_1 := b;",
		"spargoF1(spargoA1_0, spargoA1_1...)",
		rtName + ".GoPanic(r)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rewrite(go f(a, b...)) = %q, missing %q", got, want)
		}
	}
	if _, err := parser.ParseFile(newFset(), "", "package p\nfunc _() {\n"+got+"\n}", 0); err != nil {
		t.Errorf("rewritten code does not parse: %v\n%s", err, got)
	}
}

func TestRewriteGoUnchanged(t *testing.T) {
	for _, src := range []string{
		"x := 1",
		"go println(1)",           // builtins cannot be method values
		"s := \"go f()\"",         // inside a string
		"go f( // does not parse", // left for yaegi to report
	} {
		if got := rewrite(src, noTypes, noPkgs); got != src {
			t.Errorf("rewrite(%q) = %q, want unchanged", src, got)
		}
	}
}

func TestRewriteGoDeclAndNested(t *testing.T) {
	src := "func run() {\n\tgo func() {\n\t\tgo work(1)\n\t}()\n\tgo obj.M()\n}"
	got := rewrite(src, noTypes, noPkgs)
	if n := strings.Count(got, rtName+".GoPanic"); n != 3 {
		t.Errorf("want 3 recovers, got %d:\n%s", n, got)
	}
	if _, err := parser.ParseFile(newFset(), "", "package p\n"+got, 0); err != nil {
		t.Errorf("rewritten code does not parse: %v\n%s", err, got)
	}
}

func newFset() *token.FileSet { return token.NewFileSet() }

func noTypes(string) string { return "" }

func noPkgs(string) bool { return false }

// yaegi took a package variable on the left of an assignment for its
// value: setting runtime.MemProfileRate failed to compile and `os.Args =`
// did nothing.
func TestAssignToPackageVariable(t *testing.T) {
	in := newInterp(t)
	saved, rate := os.Args, runtime.MemProfileRate
	t.Cleanup(func() { os.Args, runtime.MemProfileRate = saved, rate })
	mustRunAll(t, in, `import ("os"; "runtime")`,
		`os.Args = []string{"notebook", "-v"}`,
		"runtime.MemProfileRate = 4096\nruntime.MemProfileRate++\nruntime.MemProfileRate += 2")
	if got := value(t, in, "fmt.Sprint(len(os.Args), runtime.MemProfileRate)"); got != "2 4099" {
		t.Errorf("after the assignments: %s, want 2 4099", got)
	}
	// A session variable that hides a package is assigned as before.
	mustRunAll(t, in, "type flags struct{ Args []string }", "os := flags{}", `os.Args = []string{"x"}`)
	if got := value(t, in, "len(os.Args)"); got != "1" {
		t.Errorf("field of a variable named os: %s, want 1", got)
	}
}

// Go makes every call on the right of a multi-value assignment before it
// assigns; yaegi assigned x[1] before calling f(1).
func TestCallsBeforeAssignments(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "var shared []int\n\nfunc at(i int) int { return shared[i] }",
		"x := []int{1, 2, 3}\ny := x\nshared = x\nx[1], y[0] = at(0), at(1)",
		"for i, j := 0, 2; i < j; i, j = i+1, j-1 {\n\tx[i], x[j] = x[j], x[i]\n}")
	if got := value(t, in, "fmt.Sprint(x)"); got != "[3 1 2]" {
		t.Errorf("x = %s, want [3 1 2]", got)
	}
}

// A receive assigned to an element, a field or through a pointer: yaegi
// assigned the zero value (`results[i] = <-ch` left results[i] at 0).
func TestReceiveIntoElementsAndFields(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Pair struct{ A, B int }

var total [2]int`, `ch := make(chan int, 8)
for i := 1; i <= 6; i++ {
	ch <- i * 10
}
results := make([]int, 2)
results[0] = <-ch
p := &Pair{}
p.A = <-ch
var q Pair
q.B = <-ch
ptr := &results[1]
*ptr = <-ch
total[1] = <-ch
m := map[string][]int{"k": {0}}
m["k"][0] = <-ch`)
	got := value(t, in, `fmt.Sprint(results, *p, q, total, m)`)
	if want := "[10 40] {20 0} {0 30} [0 50] map[k:[60]]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// encoding/json skips unexported fields, as in Go: yaegi exports them
// (note became Xnote) and they were marshalled.
func TestJSONSkipsUnexportedFields(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type Rec struct {\n\tName string `json:\"name\"`\n\tnote string\n\tid   int `db:\"id\"`\n\tkey  string \"db:\\\"k\\\"\"\n}")
	got := value(t, in, `func() string { b, err := json.Marshal(Rec{"a", "n", 1, "k"}); return fmt.Sprint(string(b), " ", err) }()`)
	if want := `{"name":"a"} <nil>`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	got = value(t, in, `func() string { b, _ := json.Marshal(struct{ A, b int }{1, 2}); return string(b) }()`)
	if want := `{"A":1}`; got != want {
		t.Errorf("anonymous struct: got %s, want %s", got, want)
	}
	got = value(t, in, `reflect.TypeOf(Rec{}).Field(2).Tag.Get("db")`)
	if want := "id"; got != want {
		t.Errorf("kept tag: got %s, want %s", got, want)
	}
}

// A struct type with several blank fields (padding): reflect refused the
// type yaegi built ("duplicate field X_").
func TestStructWithBlankFields(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type Header struct {\n\tMagic uint16\n\t_     [2]byte\n\tSize, _ uint32\n\t_     int\n}")
	if got := value(t, in, `fmt.Sprint(Header{Magic: 7, Size: 9}, Header{} == Header{})`); got != "{7 [0 0] 9 0 0} true" {
		t.Errorf("got %s, want {7 [0 0] 9 0 0} true", got)
	}
}

// A multi-value assignment of nil to variables: yaegi panicked with
// "reflect: New(nil)" on `v, err = x, nil`.
func TestMultiValueAssignmentOfNil(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func get(ok bool) (v int, err error) {
	if ok {
		v, err = 4, nil
	} else {
		v, err = 0, errors.New("no")
	}
	return
}`)
	got := value(t, in, `func() string { var p *int; var s []int; x, y := 1, 2; p, s, x = nil, nil, y; a, e := get(true); _, e2 := get(false); return fmt.Sprint(p == nil, s == nil, x, a, e, e2) }()`)
	if want := "true true 2 4 <nil> no"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// An operation assigned to an interface-typed target panicked in yaegi
// ("reflect: call of reflect.Value.SetBool on interface Value" for
// `a = !a.(bool)`), in a function, at a cell's top level and into a
// session variable of an earlier cell.
func TestOperationsAssignedToInterfaces(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `var acc any`, `func flip(a any) any { a = !a.(bool); return a }`)
	_, io := mustRun(t, in, `x := 4
acc = -x
m := map[string]any{}
m["k"] = x * 3
var b any = false
b = x > 1
fmt.Print(flip(true), acc, m["k"], b)`)
	if got, want := io.stream("stdout"), "false -4 12 true"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An operation returned as a result of an interface type (a parser's
// `return s == "true", nil` from a func returning (any, error)): yaegi
// wrote it straight into the result and panicked ("reflect: call of
// reflect.Value.SetBool on interface Value").
func TestOperationsReturnedAsInterfaces(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func parse(s string) (any, error) {
	if s == "true" || s == "false" {
		return s == "true", nil
	}
	return -len(s), nil
}
func neg(b bool) any { return !b }`)
	if got := value(t, in, `a, _ := parse("true"); b, _ := parse("ab"); fmt.Sprint(a, b, neg(true))`); got != "true -2 false" {
		t.Errorf("got %s", got)
	}
}

// Two wrappers of one expression nest: the one recorded later opens
// first and, with closeMark, closes last; other insertions keep their
// order (the later first).
func TestApplyEditsNestsWrappers(t *testing.T) {
	src := "f(x)"
	got := applyEdits(src, []edit{
		{2, 2, "In("}, {3, 3, closeMark + ")"},
		{2, 2, "JSON("}, {3, 3, closeMark + ", h)"},
		{3, 3, "/*b*/"}, {3, 3, "/*a*/"},
	})
	if want := "f(JSON(In(x), h)/*a*//*b*/)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
