package gointerp

import (
	"strconv"
	"testing"
)

// yaegi's types have no methods for fmt: a slice of a type with a String
// method printed its bare values.
func TestPrintedContainersCallMethods(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Status int

func (s Status) String() string { return [...]string{"new", "done"}[s] }

type Order struct {
	ID     int
	State  Status
	At     *P
	Temps  []Celsius
	secret Status
}`, "temps := []Celsius{1, 2.5}", "o := Order{7, 1, &P{1, 2}, temps, 0}")
	for expr, want := range map[string]string{
		`fmt.Sprint(temps)`: "[1.0°C 2.5°C]",
		`fmt.Sprintf("%v|%d|%T", temps, []P{{1, 2}}, temps)`:   "[1.0°C 2.5°C]|[{1 2}]|[]main.Celsius",
		`fmt.Sprintln(map[string]P{"b": {3, 4}, "a": {1, 2}})`: "map[a:(1,2) b:(3,4)]\n",
		`fmt.Sprint(map[P]int{{1, 2}: 3})`:                     "map[(1,2):3]",
	} {
		if got := value(t, in, expr); got != strconv.Quote(want) && got != want {
			t.Errorf("%s = %s, want %q", expr, got, want)
		}
	}
}

// The cell's result is shown as fmt prints it, methods included.
func TestCellResultCallsMethods(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }`, "temps := []Celsius{1, 2.5}")
	if got := value(t, in, "temps"); got != "[1.0°C 2.5°C]" {
		t.Errorf("cell result = %s, want [1.0°C 2.5°C]", got)
	}
	if got := value(t, in, "temps[1]"); got != "2.5°C" {
		t.Errorf("cell result = %s, want 2.5°C", got)
	}
}

// Containers of a generic type's instances print through its String
// method too: []Pair[string, int] printed [{a 1}].
func TestPrintedContainersOfGenericTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }`, `ps := []Pair[string, int]{{"a", 1}, {"b", 2}}`)
	if got := value(t, in, `fmt.Sprint(ps, " ", map[string]Pair[int, bool]{"k": {1, true}})`); got != "[a=1 b=2] map[k:1=true]" {
		t.Errorf("got %s", got)
	}
}

// %+v names unexported fields as Go does: yaegi's types export them, and
// fmt printed {Name:n Xlimit:3}.
func TestPlusVerbNamesUnexportedFields(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Sub struct{ x, Y int }

type Config struct {
	Name  string
	limit int
	inner struct{ a int }
	subs  []Sub
}`, `c := Config{Name: "n", limit: 3, subs: []Sub{{1, 2}}}`)
	got := value(t, in, `fmt.Sprintf("%+v|%v|%+v|%+v", c, c.limit, &Sub{6, 7}, []Sub{{8, 9}})`)
	if want := "{Name:n limit:3 inner:{a:0} subs:[{x:1 Y:2}]}|3|&{x:6 Y:7}|[{x:8 Y:9}]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// A call's result whose type has a String method printed without it:
// fmt.Println(From("t").Limit(5)) printed &{t 5}.
func TestPrintedCallResultsCallMethods(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Query struct {
	table string
	limit int
}

func From(t string) *Query        { return &Query{table: t} }
func (q *Query) Limit(n int) *Query { q.limit = n; return q }
func (q *Query) String() string   { return fmt.Sprint("FROM ", q.table, " LIMIT ", q.limit) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

func mkV() V { return V{3} }`)
	got := value(t, in, `fmt.Sprint(From("t").Limit(5), " ", mkV()) + fmt.Sprintf("|%s|%v", mkV(), From("u"))`)
	if want := "FROM t LIMIT 5 V3|V3|FROM u LIMIT 0"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := value(t, in, `From("x")`); got != "FROM x LIMIT 0" {
		t.Errorf("cell result: got %s", got)
	}
}

// A value held in a session interface with a String or Error method
// printed as its bare value: yaegi calls no method of it.
func TestPrintedInterfaceValuesCallMethods(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Stringer interface{ String() string }
type MyInt int

func (i MyInt) String() string { return "my" }

type Q struct{ n int }

func (q *Q) String() string { return fmt.Sprint("q", q.n) }`, `var s Stringer = &Q{1}
var nilQ *Q
var none Stringer`)
	for expr, want := range map[string]string{
		`fmt.Sprint(s)`: "q1",
		`fmt.Sprintf("%v|%s|%d", Stringer(MyInt(4)), Stringer(MyInt(4)), Stringer(MyInt(4)))`: "my|my|4",
		`fmt.Sprint(none, Stringer(nilQ))`: "<nil> <nil>",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// A value held in a session interface without a String method prints
// through its dynamic type's String method, as fmt calls it.
func TestPrintedInterfaceValuesCallDynamicMethods(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Tile int

func (r Rect) Area() float64    { return r.W * r.H }
func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }
func (t *Tile) Area() float64   { return 1 }
func (t *Tile) String() string  { return "tile" }`, `shapes := []Shape{Rect{2, 3}, Circle{2}, new(Tile)}`)
	want := "{2 3} Circle(2) tile <nil>"
	got := value(t, in, `func() string {
	var none Shape
	return fmt.Sprint(shapes[0], " ", shapes[1], " ", shapes[2], " ", none)
}()`)
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// A value of a session type with a String or Error method held in an any
// prints through it (with %v and %+v); in an []any it printed yaegi's
// wrapper ({0xc000... {...}}), then its fields, and now its String.
func TestPrintedAnyValuesCallMethods(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type BadInput struct {
	Field string
	line  int
}

func (e BadInput) Error() string { return "bad " + e.Field }

type Circle struct{ R float64 }

func (c Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }`, `var held any = BadInput{"name", 4}
var c any = Circle{1}
var n any = 5
xs := []any{Circle{2}, 3}`)
	for expr, want := range map[string]string{
		`fmt.Sprint(held, " ", c, " ", n)`:       "bad name Circle(1) 5",
		`fmt.Sprintf("%+v %+v %+v", held, c, n)`: "bad name Circle(1) 5",
		`fmt.Sprint(xs)`:                         "[Circle(2) 3]",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// Containers of values of a session interface (a []Shape, a struct field
// of type Shape, a map's values) printed yaegi's wrappers
// ({0xc000... {...}}), and, where the interface has String, each element
// printed a panic from reflect.
func TestPrintedContainersOfInterfaceValues(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Shape interface{ Area() float64 }`,
		`type Sq struct{ S float64 }`, `func (s Sq) Area() float64 { return s.S * s.S }`,
		`type Named struct{ N string }`, `func (n Named) Area() float64 { return 0 }`, `func (n Named) String() string { return "named:" + n.N }`,
		`type Labeled interface{ String() string }`,
		`type Tile int`, `func (t Tile) String() string { return fmt.Sprint("tile", int(t)) }`,
		`type Holder struct {
	S  Shape
	Ls []Labeled
}`)
	cases := map[string]string{
		`fmt.Sprint([]Shape{Sq{2}, Named{"x"}, nil})`:                       "[{2} named:x <nil>]",
		`fmt.Sprint(map[string]Shape{"a": Sq{4}})`:                          "map[a:{4}]",
		`fmt.Sprintf("%+v", Holder{Sq{5}, []Labeled{Tile(1), Named{"y"}}})`: "{S:{S:5} Ls:[tile1 named:y]}",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s\ngot %s, want %s", src, got, want)
		}
	}
	if got := value(t, in, `[]Shape{Sq{3}}`); got != "[{3}]" {
		t.Errorf("cell value: got %s, want [{3}]", got)
	}
}

// An []any or a map[string]any holding values of the session's types
// with String printed yaegi's wrappers ({0xc000... {...}}) or the fields,
// also when spread into a print call (fmt.Println(args...)).
func TestPrintedAnyElementsCallMethods(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Celsius float64`, `func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }`,
		`type Pt struct{ X, Y int }`, `func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }`)
	cases := map[string]string{
		`fmt.Sprint([]any{Celsius(21), Pt{1, 2}, "s", 3, 2.5})`:                                 "[21.0C (1,2) s 3 2.5]",
		`fmt.Sprintf("%+v", struct{ Tags []any }{[]any{Celsius(1)}})`:                           "{Tags:[1.0C]}",
		`fmt.Sprint(map[string]any{"t": Celsius(5), "p": Pt{3, 4}})`:                            "map[p:(3,4) t:5.0C]",
		`func() string { args := []any{Pt{1, 1}, Celsius(2)}; return fmt.Sprintln(args...) }()`: "(1,1) 2.0C\n",
		`func() string { args := []any{Pt{1, 1}, 7}; return fmt.Sprintf("%v|%d", args...) }()`:  "(1,1)|7",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s\ngot %q, want %q", src, got, want)
		}
	}
}

// A call of several results printed alone, one of a type with String:
// yaegi printed the bare value (3, not Stopped).
func TestPrintedResultsOfACall(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type State int
func (s State) String() string { return [...]string{"Idle", "Running", "Stopped"}[s] }
func run() (State, error) { return 2, nil }
func pair() (int, State) { return 1, 1 }`)
	if got, want := value(t, in, `fmt.Sprint(run())`), "Stopped <nil>"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	_, io := mustRun(t, in, `fmt.Println(pair())`)
	if got, want := io.stream("stdout"), "1 Running\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A value whose String method has a pointer receiver prints its fields,
// as fmt does in Go (no method of *T is called on a T); yaegi called it.
func TestValueOfPointerStringerPrintsFields(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Temp struct{ C float64 }
func (t *Temp) String() string { return fmt.Sprintf("%.1fC", t.C) }
type Count int
func (c *Count) String() string { return "count" }`)
	_, io := mustRun(t, in, `t := Temp{21.5}
n := Count(3)
fmt.Println(t, &t, []Temp{t}, n, &n)
fmt.Printf("%v %+v %s|%v\n", t, t, &t, n)`)
	if got, want := io.stream("stdout"), "{21.5} 21.5C [{21.5}] 3 count\n{21.5} {C:21.5} 21.5C|3\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// %+v of a struct with a time.Time field prints the time as Go does: by
// its String method in an exported field (the kernel's printer named
// time.Time's own fields), by its fields in an unexported one.
func TestPlusVerbOfStructWithTime(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type R struct {
	S  string
	At time.Time
}
type P struct {
	at   time.Time
	Name string
}`)
	_, io := mustRun(t, in, `at := time.Date(2024, 7, 4, 12, 0, 0, 0, time.UTC)
fmt.Printf("%+v\n%+v\n", R{"a", at}, P{at, "b"})`)
	want := "{S:a At:2024-07-04 12:00:00 +0000 UTC}\n{at:{wall:0 ext:63855691200 loc:<nil>} Name:b}\n"
	if got := io.stream("stdout"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Values of a cell's types with methods other than String, held in an any
// (alone, in an []any or a map[string]any, or passed to a function): yaegi holds a named slice or basic value, or a pointer,
// in its valueInterface, which fmt printed as {0xc000... {...}}.
func TestPrintedValuesWithMethodsInAny(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Path []int
func (p Path) Len() int { return len(p) }
type Kelvin float64
func (k Kelvin) C() float64 { return float64(k) - 273.15 }
type P struct{ X int }
func (p *P) Name() string { return "P" }`, `func show(v any) string { return fmt.Sprint(v) }`)
	for cell, want := range map[string]string{
		`var x any = &P{3}; fmt.Sprintln(x)`:                                  "&{3}\n",
		`fmt.Sprint([]any{Path{1}, Kelvin(2), P{4}, "s"})`:                    "[[1] 2 {4} s]",
		`m := map[string]any{"k": Kelvin(1), "path": Path{3}}; fmt.Sprint(m)`: "map[k:1 path:[3]]",
		`var k any = Kelvin(5); fmt.Sprintf("%v %.1f %T", k, k, k)`:           "5 5.0 main.Kelvin",
		`args := []any{1, "a"}; fmt.Sprintf("%v %T", args, args)`:             "[1 a] []interface {}",
		`show(Path{5, 6})`: "[5 6]",
		`var r any = "boom"; fmt.Sprint(r, 1, Kelvin(2))`: "boom1 2",
	} {
		if got := value(t, in, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
}

// A logger's `fmt.Sprintf(format, args...)`, the format a variable: the
// spread operands were left as yaegi passes them (a pointer with a
// String method printed as {0xc000... {...}}), and %T still names them.
func TestSpreadOperandsOfVariableFormat(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Named struct{ Name string }
func (n Named) String() string { return n.Name }
type Wolf struct {
	Named
	HP int
}
func logf(format string, a ...any) string { return fmt.Sprintf(format, a...) }`)
	if got := value(t, in, `logf("%v hits %v (hp %d) %T", &Wolf{Named{"wolf"}, 3}, &Wolf{Named{"sheep"}, 1}, 5, 2.5)`); got != "wolf hits sheep (hp 5) float64" {
		t.Errorf("got %s", got)
	}
	// a format computed from variables (`format+"\n"`)
	mustRun(t, in, `func logln(format string, a ...any) string { return fmt.Sprintf(format+"\n", a...) }`)
	if got := value(t, in, `logln("%v", Named{"x"}) == "x\n"`); got != "true" {
		t.Errorf("logln: got %s", got)
	}
}

// The same in a cell that runs statements, the error type's method
// declared after a var statement: the printing function, declared before
// it, named the method and did not compile ("undefined selector: Error").
// It runs now, and the method is called through the session's registry
// (rt/printreg.go), which the cell fills before its statements run.
func TestSpreadOperandsBeforeMethodDeclared(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type Audit struct{ entries []string }
func (a *Audit) Record(format string, args ...any) {
	a.entries = append(a.entries, fmt.Sprintf(format, args...))
}
var ErrGone = errors.New("gone")
type LateError struct{ Days int }
func (e LateError) Error() string { return fmt.Sprintf("%d days late", e.Days) }
a := &Audit{}
a.Record("%v and %v", LateError{2}, ErrGone)
fmt.Println(a.entries)`)
	if got := io.stream("stdout"); got != "[2 days late and gone]\n" {
		t.Errorf("got %q", got)
	}
}

// A function of an early cell that prints an any (a notebook's show
// helper), given values of types a later cell declares with String and
// Error methods: it printed their fields.
func TestPrintHelperOfEarlierCell(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func show(v any) string { return fmt.Sprint(v) }
func showAll(vs ...any) string { return fmt.Sprintf("%v|%d", vs, len(vs)) }`)
	mustRun(t, in, `type Temp struct{ C float64 }
func (t Temp) String() string { return fmt.Sprintf("%.1fC", t.C) }
type Oops struct{ Code int }
func (o *Oops) Error() string { return fmt.Sprint("oops ", o.Code) }`)
	if got := value(t, in, `show(Temp{21.5}) + " " + show(&Oops{7}) + " " + show(3) + " " + showAll(Temp{1}, "x")`); got != "21.5C oops 7 3 [1.0C x]|2" {
		t.Errorf("got %s", got)
	}
}

// A Format method (fmt.Formatter) of an element of a slice or a field:
// fmt printed the element's fields.
func TestFormatterInContainers(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Money struct {
	Cents int64
	Cur   string
}
func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%s%d.%02d", m.Cur, m.Cents/100, m.Cents%100)
	}
}
type Line struct {
	Item  string
	Price Money
}`)
	got := value(t, in, `m := Money{150, "$"}
fmt.Sprintf("%v %d %v %+v", m, m, []Money{{5, "¥"}, m}, Line{"tea", m})`)
	if want := "$1.50 150 [¥0.05 $1.50] {Item:tea Price:$1.50}"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
