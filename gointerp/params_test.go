package gointerp

import "testing"

// A method with a named receiver and unnamed parameters panicked: yaegi
// stored the first argument where the receiver goes.
func TestMethodWithUnnamedParameters(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Num float64
func (n Num) Eval(map[string]float64) float64 { return float64(n) * 2 }
func (n Num) Add(int, string) Num { return n + 1 }
type Var string
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }`)
	if got, want := value(t, in, `Num(2).Eval(nil) + Num(3).Add(1, "a").Eval(nil) + Var("x").Eval(map[string]float64{"x": 1})`), "13"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// Named results start at their zero values: yaegi's call of a method, of
// a function of a cell with package variables or of a literal called in
// place used the caller's targets as the results, so a second call in a
// loop appended to the first call's slice, and an error set by one call's
// deferred recover came back from the next.
func TestNamedResultsStartZero(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Parser struct{ src []string }
func (p *Parser) Parse(n int) (items []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse: %v", r)
		}
	}()
	for i := range n {
		if i == len(p.src) {
			panic("too far")
		}
		items = append(items, p.src[i])
	}
	return
}
var limit = 10
func collect(n int) (out []int, total int) {
	for i := range min(n, limit) {
		out = append(out, i)
		total += i
	}
	return out, total
}`)
	_, io := mustRun(t, in, `p := &Parser{src: []string{"a", "b"}}
for _, n := range []int{2, 3, 1} {
	items, err := p.Parse(n)
	fmt.Println(items, err)
}
var out []int
var total int
for _, n := range []int{2, 3} {
	out, total = collect(n)
	fmt.Println(out, total)
}
for range 2 {
	s, err := func() (s string, err error) { s += "x"; return }()
	fmt.Println(s, err)
}`)
	want := "[a b] <nil>\n[a b] parse: too far\n[a] <nil>\n" +
		"[0 1] 1\n[0 1 2] 3\nx <nil>\nx <nil>\n"
	if got := io.stream("stdout"); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// A function literal or function with unnamed parameters whose body calls
// a function: yaegi stored the argument in the callee's slot ("value of
// type context.Context is not assignable to type func(string) error").
func TestFunctionsWithUnnamedParameters(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `check := func(context.Context) error { return errors.New("plain") }
func label(int, string) string { return strings.ToUpper("x") }`)
	if got := value(t, in, `fmt.Sprint(check(context.Background()), " ", label(1, "a"))`); got != "plain X" {
		t.Errorf("got %s, want plain X", got)
	}
}

// A function with named results of which one is an any (a parser's
// `Parse(s string) (v any, err error)`): the zeroing of its results, an
// assignment of both at once, failed in yaegi ("reflect.Set: value of
// type interface {} is not assignable to type interp.valueInterface").
func TestNamedAnyResults(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func val() any { return 3 }
func parse() (v any, err error) {
	if v = val(); v == nil {
		err = errors.New("none")
	}
	return
}`)
	if got := value(t, in, `fmt.Sprint(parse())`); got != "3 <nil>" {
		t.Errorf("got %s", got)
	}
}
