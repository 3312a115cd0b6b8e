package gointerp

import "testing"

// A block of a top-level statement that defines several variables from one
// value (`v, ok := m[k]` in a loop of the cell) did not compile
// ("undefined: v").
func TestSeveralDefinedInTopLevelBlocks(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func two(x int) (int, bool) { return x * 2, x > 0 }`, `m := map[string]int{"a": 1}`)
	_, io := mustRun(t, in, `total := 0
for _, k := range []string{"a", "b"} {
	v, ok := m[k]
	if n, pos := two(v); pos {
		total += n
	}
	fmt.Print(k, v, ok, " ")
}
{
	var x any = 3
	var n, isInt = x.(int)
	fmt.Print(n, isInt, " ")
}
for i := range 3 {
	defer fmt.Print("deferred", i, " ")
}
fmt.Print(total, " ")`)
	if got, want := io.stream("stdout"), "a1 true b0 false 3 true 2 deferred2 deferred1 deferred0 "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// the definition of a select's case
	_, io = mustRun(t, in, `c := make(chan int)
close(c)
for range 2 {
	select {
	case _, ok := <-c:
		fmt.Print(ok, " ")
	}
}
var v int
var ok = true
select {
case v, ok = <-c:
}
fmt.Print(v, ok)`)
	if got, want := io.stream("stdout"), "false false 0 false"; got != want {
		t.Errorf("select: got %q, want %q", got, want)
	}
}

// The comma-ok form of a map index left the value as it was for a missing
// key: in a loop, the value of the last key found.
func TestMapCommaOkZeroesMissingValues(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func lookups(m map[string]int, keys ...string) string {
	s := ""
	var w int
	var found bool
	for _, k := range keys {
		v, ok := m[k]
		u, _ := m[k]
		w, found = m[k]
		s += fmt.Sprint(v, ok, u, w, found, " ")
	}
	return s
}`)
	if got, want := value(t, in, `lookups(map[string]int{"a": 1}, "a", "b")`), "1 true 1 1 true 0 false 0 0 false "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The comma-ok form of a map index at a cell's top level panicked in
// yaegi ("nil type"), in a statement and in a var declaration.
func TestMapCommaOkAtTopLevel(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Animal interface{ Sound() string }`, `type Dog struct{}`, `func (Dog) Sound() string { return "woof" }`,
		`n := map[string]int{"x": 1}`, `zoo := map[string]Animal{"d": Dog{}}`)
	_, io := mustRun(t, in, `v, ok := n["x"]
var w, found = n["y"]
a, isAnimal := zoo["d"]
fmt.Print(v, ok, w, found, a.Sound(), isAnimal)`)
	if got, want := io.stream("stdout"), "1 true 0 falsewooftrue"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := value(t, in, `fmt.Sprint(v, w, found)`); got != "1 0 false" {
		t.Errorf("session variables: got %s, want 1 0 false", got)
	}
}

// `v, ok := <-ch` at a cell's top level panicked in yaegi ("nil type").
func TestReceiveOfTwoValuesAtTopLevel(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `ch := make(chan string, 1)`, `ch <- "x"`)
	_, io := mustRun(t, in, `v, ok := <-ch
close(ch)
w, more := <-ch
fmt.Print(v, ok, w == "", more)`)
	if got, want := io.stream("stdout"), "xtrue true false"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Variables declared by the header of a top-level for, if or switch that
// shadow a session variable or reuse the name of another type: yaegi
// panicked ("reflect.Set: value of type float64 is not assignable to type
// int"), and two type switches binding v failed with "index out of range".
func TestHeaderVariablesAtTopLevel(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `i, x, got := 1.5, 2.5, "g"`)
	cells := []struct{ code, want string }{
		{"for i := 0; i < 2; i++ { fmt.Print(i) }\nfmt.Print(i)", "011.5"},
		{"for _, x := range []int{7} { fmt.Print(x) }\nfmt.Print(x)", "72.5"},
		{"if got := 5; got != 8 { fmt.Print(got) }\nfor range 1 {\n\tif got := 1.5; got > 0 { fmt.Print(got) }\n}\nfmt.Print(got)", "51.5g"},
		{"switch v := 3; v { case 3: fmt.Print(v) }\nswitch v := \"s\"; v { case \"s\": fmt.Print(v) }", "3s"},
		{"var a any = 1\nswitch v := a.(type) { case int: fmt.Print(v + 1) }\na = \"s\"\nswitch v := a.(type) { case string: fmt.Print(v + \"t\") }", "2st"},
		{"switch a.(type) { case string: fmt.Print(\"string\") }", "string"},
		{"if v, err := strconv.Atoi(\"12\"); err == nil { fmt.Print(v) }\nif v, err := strconv.ParseFloat(\"1.5\", 64); err == nil { fmt.Print(v) }", "121.5"},
	}
	for _, c := range cells {
		if _, io := mustRun(t, in, c.code); io.stream("stdout") != c.want {
			t.Errorf("%s: printed %q, want %q", c.code, io.stream("stdout"), c.want)
		}
	}
}

// A top-level loop that defines several variables from one value and
// defers (`c, cancel := context.WithCancel(p); defer cancel()`, main's body
// pasted into a cell) compiles; its defers run when the loop ends.
func TestTopLevelLoopWithDeferAndSeveralDefined(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `parent := context.Background()
n := 0
for i := range 2 {
	c, cancel := context.WithCancel(parent)
	defer cancel()
	if c.Err() == nil {
		n += i + 1
	}
}
fmt.Println(n)`)
	if got, want := io.stream("stdout"), "3\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A top-level loop with `v, ok := <-ch` that leaves by `goto done` to the
// statement right after it compiles (the goto returns from the literal).
func TestTopLevelLoopLeftByGoto(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `ch := make(chan int, 3)
ch <- 1
ch <- 2
close(ch)
var got []int
for {
	select {
	case v, ok := <-ch:
		if !ok {
			goto done
		}
		got = append(got, v)
	}
}
done:
fmt.Println("closed; received", got)`)
	if got, want := io.stream("stdout"), "closed; received [1 2]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
