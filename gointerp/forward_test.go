package gointerp

import "testing"

// A standard-library error asserted to an interface the cell writes
// (errors.Join's Unwrap() []error, fmt.Errorf's Unwrap() error) holds,
// and its methods are called through the forwarder; one without the
// method does not.
func TestStandardValueAssertedToCellInterface(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `var ErrA = errors.New("a")
type Temporary interface{ Temporary() bool }`)
	got := value(t, in, `err := errors.Join(ErrA, errors.New("b"))
n := 0
if j, ok := err.(interface{ Unwrap() []error }); ok {
	n = len(j.Unwrap())
}
w := fmt.Errorf("ctx: %w", ErrA)
inner := ""
if u, ok := w.(interface{ Unwrap() error }); ok {
	inner = u.Unwrap().Error()
}
_, plain := ErrA.(interface{ Unwrap() error })
_, temp := w.(Temporary)
fmt.Sprint(n, " ", inner, " ", plain, " ", temp)`)
	if got != "2 a false false" {
		t.Errorf("got %s, want 2 a false false", got)
	}
}

// A method without results, and one with a parameter, through the
// forwarder (a *bytes.Buffer held as an io.Writer).
func TestForwarderMethodsWithoutResults(t *testing.T) {
	in := newInterp(t)
	got := value(t, in, `var w io.Writer = &bytes.Buffer{}
fmt.Fprint(w, "hello")
n := -1
if r, ok := w.(interface{ Truncate(int); Len() int }); ok {
	r.Truncate(2)
	n = r.Len()
}
n`)
	if got != "2" {
		t.Errorf("got %s, want 2", got)
	}
}

// A type switch with cases `interface{ Unwrap() []error }` and then
// `interface{ Unwrap() error }` (an error tree walker): fmt.Errorf's
// single wrapper matched the first, by its method's name and counts, and
// lost its child.
func TestForwarderTellsResultTypesApart(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func kids(err error) int {
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		return len(u.Unwrap())
	case interface{ Unwrap() error }:
		if u.Unwrap() != nil {
			return 1
		}
	}
	return 0
}`)
	got := value(t, in, `j := errors.Join(errors.New("a"), errors.New("b"))
fmt.Sprint(kids(j), kids(fmt.Errorf("x: %w", j)), kids(errors.New("z")), kids(fmt.Errorf("%w %w", j, j)))`)
	if got != "2 1 0 2" {
		t.Errorf("got %s", got)
	}
}

// An interface redefined with other methods, after its assertion helper
// and forwarder were declared, gets them again (the forwarder's methods
// went to its old type: "cannot use (type structT) as type interfaceT").
func TestRedefinedInterfaceForwarder(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Shape interface{ Area() float64 }
type Square struct{ Side float64 }
func (s Square) Area() float64 { return s.Side * s.Side }
var s0 any = Square{2}`)
	mustRun(t, in, `_, ok := s0.(Shape)`)
	if got := value(t, in, `type Shape interface{ Area() int }
type Sq struct{ S int }
func (s Sq) Area() int { return s.S * s.S }
var shapes []Shape
shapes = append(shapes, Sq{3})
shapes[0].Area()`); got != "9" {
		t.Errorf("got %q", got)
	}
}
