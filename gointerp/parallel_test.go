package gointerp

import "testing"

// An assignment of several values where one converts to an interface:
// yaegi left other targets unassigned or nil, panicked for a call's
// results, and stored nil for a missing map key in an any.
func TestParallelAssignmentToInterfaces(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Stringer interface{ String() string }
type MyInt int

func (i MyInt) String() string { return "my" + fmt.Sprint(int(i)) }

type P struct{ X int }

func (p P) String() string { return "p" }

func get() (P, error) { return P{4}, nil }`, `var s, u Stringer
var n int
var ok bool
var err error
var v any
var f float64`)
	for cell, want := range map[string]string{
		`s, n = P{1}, 7; fmt.Sprint(s.String(), " ", n)`:                    "p 7",
		`s, u = P{1}, MyInt(2); s.String() + " " + u.String()`:              "p my2",
		`s, err = get(); fmt.Sprint(s.String(), " ", err)`:                  "p <nil>",
		`v, ok = map[int]string{}[3]; fmt.Sprintf("%q %v", v.(string), ok)`: `"" false`,
		`v, f = 5, 6; fmt.Sprint(v, f)`:                                     "5 6",
		`if true { _, s = 1, MyInt(3) }; s.String()`:                        "my3",
	} {
		if got := value(t, in, cell); got != want {
			t.Errorf("%s = %s, want %s", cell, got, want)
		}
	}
}

// Several session values assigned to interfaces at once: the closing
// parenthesis of the last value's conversion went after the assignments
// (a syntax error).
func TestParallelAssignmentOfStructsToAnys(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Sq struct{ S int }
func (s Sq) Area() int { return s.S * s.S }`)
	if got := value(t, in, `var a, b any = 3, 3
a, b = Sq{2}, Sq{2}
fmt.Sprint(a == b, a)`); got != "true {2}" {
		t.Errorf("got %s, want true {2}", got)
	}
}

// An assignment of several values in a function with an untyped nil among
// them panicked ("reflect: New(nil)"), and one of an any to an any
// failed in reflect.Set; fields of a name are targets too (a list's
// unlink).
func TestParallelAssignmentOfNilsAndAnys(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type node struct {
	val        int
	prev, next *node
}

func unlink(e *node) { e.prev, e.next = nil, nil }

func swap(a, b any) (any, any) {
	a, b = b, a
	return a, b
}

func mixed() string {
	var p, q *int
	x := 5
	p, q = &x, nil
	var m map[string]int
	var s []int
	m, s = nil, nil
	var a any = 1
	var n int
	a, n = nil, 4
	return fmt.Sprint(*p, q, m == nil, s == nil, a, n)
}
`)
	for cell, want := range map[string]string{
		`e := &node{val: 1}; e.next, e.prev = e, e; unlink(e); fmt.Sprint(e.prev == nil, e.next == nil)`: "true true",
		`fmt.Sprint(swap(1, 2))`: "2 1",
		`mixed()`:                "5 <nil> true true <nil> 4",
	} {
		if got := value(t, in, cell); got != want {
			t.Errorf("%s = %s, want %s", cell, got, want)
		}
	}
}
