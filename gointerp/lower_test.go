package gointerp

import (
	"slices"
	"strings"
	"testing"
)

// Go 1.21/1.22 language features the kernel lowers for yaegi.
func TestModernLoopsAndBuiltins(t *testing.T) {
	cases := []struct{ name, code, stdout, value string }{
		{"3-clause closures capture each iteration", `var fs []func() int
for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }
fmt.Println(fs[0](), fs[1](), fs[2]())`, "0 1 2\n", ""},
		{"range closures capture each iteration", `var gs []func() int
for _, v := range []int{1, 2, 3} { gs = append(gs, func() int { return v }) }
fmt.Println(gs[0](), gs[1](), gs[2]())`, "1 2 3\n", ""},
		{"body that assigns its variable keeps working", `for i := 0; i < 5; i++ { if i == 1 { i += 2 }; fmt.Print(i) }`, "034", ""},
		{"body that assigns its variable and captures it", `var seen []func() int
for i := 0; i < 10; i++ {
	if i%3 == 0 {
		i++
	}
	if i == 5 {
		continue
	}
	seen = append(seen, func() int { return i })
}
for _, f := range seen { fmt.Print(f(), " ") }`, "1 2 4 7 8 10 ", ""},
		{"range over int literal", `for i := range 3 { fmt.Print(i) }`, "012", ""},
		{"range over int without variable", `n := 2
for range n { fmt.Print("x") }`, "xx", ""},
		{"range over len", `for i := range len("ab") { fmt.Print(i) }`, "01", ""},
		{"range over a typed int keeps its type", `for i := range int64(2) { fmt.Printf("%T ", i) }`, "int64 int64 ", ""},
		{"min", `min(3, 1, 2)`, "", "1"},
		{"max with float literal first", `max(2.5, 1)`, "", "2.5"},
		{"min with a variable after a literal", `f := 1.5
min(2, f)`, "", "1.5"},
		{"min of strings", `min("b", "a")`, "", "a"},
		{"clear a map", `m := map[string]int{"a": 1}
clear(m)
len(m)`, "", "0"},
		{"clear a slice", `s := []int{1, 2}
clear(s)
s`, "", "[0 0]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := newInterp(t)
			b, io := mustRun(t, in, c.code)
			if got := io.stream("stdout"); got != c.stdout {
				t.Errorf("stdout = %q, want %q", got, c.stdout)
			}
			if got := plain(b); got != c.value {
				t.Errorf("value = %q, want %q", got, c.value)
			}
		})
	}
}

func TestRangeOverGlobalInt(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `n := 3`)
	_, io := mustRun(t, in, `for i := range n { fmt.Print(i) }`)
	if got := io.stream("stdout"); got != "012" {
		t.Errorf("range over a global int: %q", got)
	}
	mustRun(t, in, `xs := []string{"a", "b"}`)
	_, io = mustRun(t, in, `for i, x := range xs { fmt.Print(i, x) }`)
	if got := io.stream("stdout"); got != "0a1b" {
		t.Errorf("range over a global slice: %q", got)
	}
}

func TestCompleteValueMembers(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Point struct{ X, Y int; hidden int }
p := Point{1, 2, 3}
sb := &strings.Builder{}`)
	c := in.Complete("p.", 2)
	if strings.Join(c.Matches, ",") != "X,Y" || c.CursorStart != 2 {
		t.Errorf("p. completes to %v (start %d), want X,Y", c.Matches, c.CursorStart)
	}
	c = in.Complete("sb.Wri", 6)
	if !slices.Contains(c.Matches, "WriteString") {
		t.Errorf("sb.Wri completes to %v, want WriteString among them", c.Matches)
	}
}

// A redefined function is what earlier functions call.
func TestRedefinedFuncReachesEarlierCallers(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "func f() int { return 1 }\nfunc g() int { return f() }")
	if got := value(t, in, "g()"); got != "1" {
		t.Fatalf("g() = %q", got)
	}
	mustRun(t, in, "func f() int { return 2 }")
	if got := value(t, in, "g()"); got != "2" {
		t.Errorf("after redefining f, g() = %q, want 2", got)
	}
	mustRun(t, in, "func even(n int) bool { if n == 0 { return true }; return odd(n-1) }\nfunc odd(n int) bool { if n == 0 { return false }; return even(n-1) }")
	if got := value(t, in, "even(10)"); got != "true" {
		t.Errorf("mutual recursion in one cell: %q", got)
	}
	// A failed definition leaves the session able to define it again.
	if _, _, err := run(t, in, "func h() int { return undefinedQ }"); err == nil {
		t.Fatal("want a compile error")
	}
	mustRun(t, in, "func h() int { return 7 }")
	if got := value(t, in, "h()"); got != "7" {
		t.Errorf("h() after a failed definition = %q", got)
	}
}

// Cells get the standard library of the current toolchain, not yaegi's 1.22.
func TestCurrentStdlib(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `strings.Lines("a\nb")(func(l string) bool { fmt.Printf("%q ", l); return true })`)
	if got := io.stream("stdout"); got != `"a\n" "b" ` {
		t.Errorf("strings.Lines (Go 1.24): %q", got)
	}
	_, _, err := run(t, in, `l := log.New(os.Stdout, "", 0)
l.Fatal("bad")`)
	if ee := asExec(t, err); ee.Name != "ExitError" || ee.Value != "exit status 1" {
		t.Errorf("(*log.Logger).Fatal in a cell: %v", ee)
	}
}

// A struct type redefined with new fields can be used with them; older
// values keep the old type.
func TestRedefinedStructType(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "type P struct{ X int }\nold := P{X: 1}")
	mustRun(t, in, "type P struct{ X, Y int }\nfunc (p P) Sum() int { return p.X + p.Y }")
	if got := value(t, in, "P{X: 1, Y: 2}.Sum()"); got != "3" {
		t.Errorf("new field and method: %q", got)
	}
	if got := value(t, in, "old.X"); got != "1" {
		t.Errorf("old value: %q", got)
	}
	mustRun(t, in, "type P struct{ X, Y, Z int }")
	if got := value(t, in, "P{Z: 4}.Z"); got != "4" {
		t.Errorf("third definition: %q", got)
	}
}

// A function whose signature names a redefined type can be redefined too.
func TestRedefinedTypeInSignature(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, "type Q struct{ A int }\nfunc mk() Q { return Q{A: 1} }")
	mustRun(t, in, "type Q struct{ A, B int }\nfunc mk() Q { return Q{A: 1, B: 2} }")
	if got := value(t, in, "mk().B"); got != "2" {
		t.Errorf("mk().B = %q", got)
	}
}

// Range over functions: stdlib iterators and session iterator values.
func TestRangeOverFunc(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `for s := range strings.SplitSeq("a,b,c", ",") { if s == "b" { continue }; fmt.Print(s) }`)
	if got := io.stream("stdout"); got != "ac" {
		t.Errorf("strings.SplitSeq with continue: %q", got)
	}
	mustRun(t, in, "func gen(yield func(int) bool) { for i := 0; i < 5; i++ { if !yield(i * 10) { return } } }\npairs := func(yield func(string, int) bool) { _ = yield(\"a\", 1) && yield(\"b\", 2) }")
	_, io = mustRun(t, in, `for v := range gen { if v > 20 { break }; switch v { case 10: fmt.Print("ten "); break }; fmt.Print(v, " ") }`)
	if got := io.stream("stdout"); got != "0 ten 10 20 " {
		t.Errorf("range over a func with break (and a switch's break): %q", got)
	}
	_, io = mustRun(t, in, `for k, v := range pairs { fmt.Print(k, v) }`)
	if got := io.stream("stdout"); got != "a1b2" {
		t.Errorf("range over a two-value iterator: %q", got)
	}
}

// Generic stdlib functions yaegi lacks, and ranging over their iterators.
func TestGenericStdlib(t *testing.T) {
	in := newInterp(t)
	if got := value(t, in, "xs := []int{3, 1, 2}\nslices.Sort(xs)\nxs"); got != "[1 2 3]" {
		t.Errorf("slices.Sort: %q", got)
	}
	if got := value(t, in, `m := map[string]int{"b": 1, "a": 2}
slices.Sorted(maps.Keys(m))`); got != "[a b]" {
		t.Errorf("slices.Sorted(maps.Keys(m)): %q", got)
	}
	if got := value(t, in, `ps := []string{"ccc", "a", "bb"}
slices.SortFunc(ps, func(a, b string) int { return len(a) - len(b) })
ps`); got != "[a bb ccc]" {
		t.Errorf("slices.SortFunc: %q", got)
	}
	_, io := mustRun(t, in, `total := 0
for _, v := range maps.All(m) { total += v }
for i, s := range slices.All(ps) { fmt.Print(i, s) }
fmt.Print(" ", total)`)
	if got := io.stream("stdout"); got != "0a1bb2ccc 3" {
		t.Errorf("range over maps.All / slices.All: %q", got)
	}
}

// A cell's main runs only when called, and a cell of declarations with
// package variables behaves like a Go file (any order).
func TestMainAndFileCells(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `var sink int
func useSink() { sink = 3 }
func main() { useSink(); fmt.Println("sink", sink, table[1]) }
var table = buildTable()
func buildTable() []int { return []int{1, 2} }`)
	if got := io.stream("stdout"); got != "" {
		t.Errorf("defining main ran it: %q", got)
	}
	_, io = mustRun(t, in, "x := 1")
	if got := io.stream("stdout"); got != "" {
		t.Errorf("a later cell ran main again: %q", got)
	}
	_, io = mustRun(t, in, "main()")
	if got := io.stream("stdout"); got != "sink 3 2\n" {
		t.Errorf("main(): %q", got)
	}
	if got := value(t, in, "func cmp(a, b int) int { return a - b }\ncmp(3, 1)"); got != "2" {
		t.Errorf("a func named like a package: %q", got)
	}
}

// print and println write to stderr in the runtime's format, unless the
// session declares its own.
func TestBuiltinPrint(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, "var p *int\nprintln(\"a\", 1.5, true, p)\nprint(\"x\", 2)")
	// The float's format is the toolchain's (rt/print_test.go checks both).
	if got := io.stream("stderr"); got != "a 1.5 true 0x0\nx2" && got != "a +1.500000e+000 true 0x0\nx2" {
		t.Errorf("stderr = %q", got)
	}
	_, io = mustRun(t, in, "func println(s string) { fmt.Println(\"mine\", s) }\nprintln(\"z\")")
	if got := io.stream("stdout"); got != "mine z\n" {
		t.Errorf("a cell's own println: %q", got)
	}
}

// `for k, v = range x` assigns the outer variables each iteration (yaegi
// left them unchanged); index expressions use the old key, as in Go.
func TestRangeAssignsOuterVariables(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in,
		"i := -1\nfor i = range [5]struct{}{} {\n}",
		"x := []int{10, 20}\nj := 1\nfor j, x[j] = range []int{99} {\n\tbreak\n}",
		"n := 0\nfor n = range 3 {\n}",
	)
	if got := value(t, in, "fmt.Sprint(i, j, x, n)"); got != `"4 0 [10 99] 2"` && got != "4 0 [10 99] 2" {
		t.Errorf("got %s, want 4 0 [10 99] 2", got)
	}
}

// A three-clause loop whose post statement asserts on the loop's variable
// (walking a list of cells): the rewritten assertion lost the variable's
// rename ("undefined: c").
func TestLoopPostWithTypeAssertion(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Value any
type Cell struct{ Car, Cdr Value }
func slice(v Value) []Value {
	var out []Value
	for c, ok := v.(*Cell); ok && c != nil; c, ok = c.Cdr.(*Cell) {
		out = append(out, c.Car)
	}
	return out
}`)
	if got, want := value(t, in, `fmt.Sprint(slice(&Cell{1, &Cell{2, nil}}))`), "[1 2]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
