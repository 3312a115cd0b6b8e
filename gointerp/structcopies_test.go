package gointerp

import "testing"

// A struct put into an interface with methods is a copy: yaegi's
// interface value shared the variable, field or call result it came from.
func TestStructIntoInterfaceIsCopied(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type I interface{ Get() int }
type S struct{ X int }
func (s S) Get() int { return s.X }
func mk(i int) S { return S{i} }
func wrap(i I) I { return i }
type Box struct{ In I }`)
	cases := map[string]string{
		`s := S{5}; var e I = s; s.X = 6; fmt.Sprint(e.Get(), s.X)`:                                                       "5 6",
		`s := S{1}; var f I; f = s; s.X = 7; f.Get()`:                                                                     "1",
		`p := &S{}; var l []I; for i := range 3 { p.X = i; l = append(l, *p) }; fmt.Sprint(l[0], l[2])`:                   "{0} {2}",
		`var l []I; for i := range 3 { l = append(l, mk(i)) }; fmt.Sprint(l[0].Get(), l[1].Get())`:                        "0 1",
		`m := map[int]I{}; for i := range 2 { m[i] = mk(i + 4) }; fmt.Sprint(m[0].Get(), m[1].Get())`:                     "4 5",
		`s := S{1}; w := wrap(s); s.X = 2; w.Get()`:                                                                       "1",
		`s := S{1}; l := []I{s}; b := Box{In: s}; s.X = 3; fmt.Sprint(l[0].Get(), b.In.Get())`:                            "1 1",
		`s := S{1}; ch := make(chan I, 1); ch <- s; s.X = 4; (<-ch).Get()`:                                                "1",
		`sh := []S{{1}, {2}}; var l []I; for i := range sh { l = append(l, &sh[i]) }; fmt.Sprint(l[0].Get(), l[1].Get())`: "1 2",
		`var l []I; for i := range 2 { l = append(l, &S{i}) }; fmt.Sprint(l[0].Get(), l[1].Get())`:                        "0 1",
		`sh := []S{{1}, {2}}; p := &sh[0]; var r I = p; p = &sh[1]; fmt.Sprint(r.Get(), p.Get())`:                         "1 2",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s: got %q, want %q", src, got, want)
		}
	}
}

// A pointer to a struct appended to a []error in a loop is each one's
// own (all were the last before).
func TestPointerErrorsAppendedInLoop(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type FieldError struct{ Line int }
func (e *FieldError) Error() string { return fmt.Sprint("line ", e.Line) }`)
	if got := value(t, in, `var errs []error
for i := range 3 {
	errs = append(errs, &FieldError{Line: i})
}
fmt.Sprint(errs)`); got != "[line 0 line 1 line 2]" {
		t.Errorf("got %q", got)
	}
}

// Values of a named slice type with methods put into a cell's interface
// in a loop, from a literal or a variable: each kept the last one (a YAML
// emitter's list of port mappings printed the last port twice).
func TestNamedSliceValuesIntoInterfaceInLoop(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Node interface{ text() string }
type Scalar struct{ V any }
func (s Scalar) text() string { return fmt.Sprint(s.V) }
type Pair struct {
	Key string
	Val Node
}
type Map []Pair
func (m Map) text() string { s := ""; for _, p := range m { s += p.Key + "=" + p.Val.text() + " " }; return s }
func build(ports []int) []Node {
	var out []Node
	for _, p := range ports {
		out = append(out, Map{{"port", Scalar{p}}})
		m := Map{{"alt", Scalar{p + 1}}}
		out = append(out, m)
	}
	return out
}`)
	got := value(t, in, `s := ""
for _, n := range build([]int{80, 90}) { s += n.text() }
s`)
	if want := "port=80 alt=81 port=90 alt=91 "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
