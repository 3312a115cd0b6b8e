package gointerp

import "testing"

// A cell that declares a constant and ranges over it in a method failed
// ("nil type"), and so did a range over a method's result: neither was
// seen as a range over an integer.
func TestRangeOverConstantOfTheCell(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `const N = 3
type Board [N][N]bool
var b Board
func (b Board) Diagonal() Board {
	var next Board
	for r := range N {
		next[r][r] = true
	}
	return next
}
type Matrix [][]float64
func (m Matrix) Cols() int { return len(m[0]) }
func (m Matrix) Sum() (s float64) {
	for _, row := range m {
		for k := range m.Cols() {
			s += row[k]
		}
	}
	return s
}
fmt.Println(b.Diagonal()[2][2], b.Diagonal()[0][1], Matrix{{1, 2}, {3, 4}}.Sum())`)
	if got, want := io.stream("stdout"), "true false 10\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A range over a constant of a named integer type declared in the same
// cell (`for k := range End`, End a Kind): yaegi failed with "nil type";
// the key keeps its type (Kind's String method prints it).
func TestRangeOverNamedIntegerOfTheCell(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type Kind int
const (
	Ident Kind = iota
	Number
	End
)
func (k Kind) String() string { return [...]string{"ident", "number", "end"}[k] }
for k := range End {
	fmt.Print(k, " ")
}
n := 0
for range End {
	n++
}
fmt.Println(n)`)
	if got := io.stream("stdout"); got != "ident number 2\n" {
		t.Errorf("got %q", got)
	}
}

// A range with a value over a pointer to an array (a chess board's
// `for sq, p := range b` in a method of *Board): yaegi panicked
// ("reflect: call of reflect.Value.Int on array Value").
func TestRangeOverArrayPointerWithValue(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type Board [4]byte
func (b *Board) weight() int {
	n := 0
	for sq, p := range b {
		if p != 0 {
			n += sq * int(p)
		}
	}
	for _, p := range b {
		n += int(p)
	}
	return n
}
b := Board{0, 2, 0, 1}
fmt.Println(b.weight())`)
	if got := io.stream("stdout"); got != "8\n" {
		t.Errorf("got %q", got)
	}
}

// A range over a map's integer element in a method, declared in a cell
// that runs statements after the map's declaration, ranges over the int
// ("nil type" before).
func TestRangeOverMapElement(t *testing.T) {
	in := newInterp(t)
	if got := value(t, in, `var units = map[string]int{"USD": 2}
type Rates map[string]int64
func (r Rates) Scale(to string) int64 {
	scale := func(c string) int64 {
		p := int64(1)
		for range units[c] {
			p *= 10
		}
		return p
	}
	return scale(to)
}
rates := Rates{}
rates.Scale("USD")`); got != "100" {
		t.Errorf("got %q", got)
	}
}

// A range over arithmetic on a variable whose type only go/types knows
// (`for j := range n + 1`, n a field's value): yaegi panicked ("nil
// type"), in a function and at a cell's top level.
func TestRangeOverIntArithmetic(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type M struct{ rows int }
func f(a M) int {
	n := a.rows
	s := 0
	for j := range n + 1 {
		s += j
	}
	return s
}
m := M{3}
k := 0
for i := range m.rows * 2 {
	k += i
}
fmt.Println(f(m), k)`)
	if got, want := io.stream("stdout"), "6 15\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
