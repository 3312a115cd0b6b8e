package gointerp

import "testing"

// A package variable declared after the method that uses it, in a cell
// that also runs statements, was undefined for the method.
func TestVarDeclaredAfterItsUsers(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type Account struct{ Balance float64 }

func (a *Account) Deposit(x float64) error {
	if x <= 0 {
		return fmt.Errorf("deposit %v: %w", x, ErrInvalid)
	}
	a.Balance += x
	return nil
}

var ErrInvalid = errors.New("invalid amount")

acct := &Account{}
err := acct.Deposit(-1)
fmt.Print(acct.Deposit(2), acct.Balance, errors.Is(err, ErrInvalid))`)
	if got, want := io.stream("stdout"), "<nil> 2 true"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// hoistVars moves a var only across declarations, and not above one it
// names.
func TestHoistVarsKeepsDependencies(t *testing.T) {
	cases := []struct {
		in   []chunk
		want string
	}{
		{testChunks("func f() int { return x }", "var x = 1"), "var x |func f|"},
		{testChunks("n := 2", "func f() int { return x }", "var x = n"), "n := 2|var x |func f|"},
		{testChunks("func f() int { return x }", "type T int", "var x = T(1)"), "func f|type T|var x |"},
		{testChunks("func f() int { return x }", "y := 1", "var x = 1"), "func f|y := 1|var x |"},
	}
	for _, c := range cases {
		if got := chunkOrder(hoistVars(c.in)); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
}

// A type declared after a statement of its cell, used with a generic
// function that the cell calls before the declaration too: the copies of
// the function were declared before the type ("undefined: S").
func TestTypeDeclaredAfterStatements(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func same[T comparable](a, b T) bool { return a == b }`)
	_, io := mustRun(t, in, `fmt.Println(same(3, 3))
type S struct{ a, b float64 }
fmt.Println(same(S{3, 5}, S{3, 5}), same(S{3, 5}, S{4, 6}))`)
	if got, want := io.stream("stdout"), "true\ntrue false\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A cell that runs statements, with a type declared between its functions
// and a function (one that calls recover, so not made a variable) declared
// after the function that calls it: Go sees every declaration of a file,
// yaegi got "undefined: T1" and "undefined: rec".
func TestDeclarationsAmongFunctions(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `func test1() {
	fmt.Println(check1(7))
}
type T1 struct {
	X, Y int
}
func check1(pass int) T1 {
	v := []T1{{X: 1}}
	v[0].Y = pass
	return v[0]
}
var m = map[string]int{}
func guarded() {
	defer rec()
	m["a"]++
	panic("boom")
}
func rec() {
	fmt.Println("recovered", recover())
}
test1()
guarded()
fmt.Println(m)`)
	if got, want := io.stream("stdout"), "{1 7}\nrecovered boom\nmap[a:1]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// hoistTypes moves a type across declarations that name it, to join the
// run of the declarations it names, but not across a statement naming it.
func TestHoistTypesJoinsRun(t *testing.T) {
	cases := []struct {
		in   []chunk
		want string
	}{
		{testChunks("type I interface{ M(*B) }", "var x = 1", "func g(b *B) int { return x }", "type B struct{ i I }"), "type I|type B|var x |func g|"},
		{testChunks("type I interface{ M() }", "y := B{}", "type B struct{ i I }"), "type I|y := B|type B|"},
		// a field named like the variable does not hold the type back
		{testChunks("type I interface{ M(*B) }", "var Paid = 1", "type B struct {\n\tPaid int\n\ti I\n}"), "type I|type B|var Pa|"},
		{testChunks("type I interface{ M(*B) }", "var N = 1", "type B struct{ a [N]int }"), "type I|var N |type B|"},
	}
	for _, c := range cases {
		if got := chunkOrder(hoistTypes(c.in)); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
}

// A cell that runs statements and declares an interface whose method
// takes a pointer to a type declared after a package variable (main's
// body of a chess program pasted at the top level).
func TestInterfaceNamingTypeAfterVar(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type Piece interface{ Moves(b *Board) []int }

type Rook struct{}

func (Rook) Moves(b *Board) []int { return straight }

var straight = []int{1, 2}

type Board struct{ cells [2]Piece }

var b Board
b.cells[0] = Rook{}
fmt.Println(b.cells[0].Moves(&b))`)
	if got, want := io.stream("stdout"), "[1 2]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// sinkVars moves a var below the later declarations it names (a method by
// a selector), not below one that names the var.
func TestSinkVars(t *testing.T) {
	cases := []struct {
		in   []chunk
		want string
	}{
		{testChunks("type C struct{}", "var tbl = []func(c *C) int{func(c *C) int { return c.after() }}", "func (c *C) after() int { return 1 }", "func (c *C) run() int { return tbl[0](c) }"),
			"type C|func (|var tb|func (|"},
		{testChunks("var x = f()", "func f() int { return 1 }", "y := 2"), "func f|var x |y := 2|"},
		{testChunks("var x = 1", "func f() int { return x }"), "var x |func f|"},
	}
	for _, c := range cases {
		if got := chunkOrder(sinkVars(c.in)); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
}

// A package var of a cell that runs statements, whose initializer calls a
// method and a function declared after it: it runs after them.
func TestVarInitCallsLaterDeclarations(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type C struct{ n int }
var table = []func(c *C) int{func(c *C) int { return c.after(2) }}
var base = seed()
func (c *C) after(k int) int { return c.n * k }
func seed() int { return 40 }
func (c *C) run() int { return table[0](c) + base }
c := &C{1}
fmt.Println(c.run())`)
	if got, want := io.stream("stdout"), "42\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A package var between methods of a cell that runs statements, naming
// no function or statement variable of the cell: evaluated with the
// declarations, so a method before it calls one after it.
func TestVarBetweenMethods(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `type parser struct{ s string; pos int }
func (p *parser) all() string { out := ""; for p.pos < len(p.s) { out += p.atom() }; return out }
var classes = map[byte]func(byte) bool{'d': func(b byte) bool { return b >= '0' && b <= '9' }}
var marks = [2]string{"D", "."}
func (p *parser) atom() string {
	c := p.s[p.pos]
	p.pos++
	if classes['d'](c) {
		return marks[0]
	}
	return marks[1]
}
p := &parser{s: "a1b2"}
fmt.Println(p.all())`)
	if got, want := io.stream("stdout"), ".D.D\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// testChunks makes chunks of srcs: a declaration if it starts with f or
// t, else a statement.
func testChunks(srcs ...string) []chunk {
	var out []chunk
	for _, s := range srcs {
		k := kindDecl
		if s[0] != 'f' && s[0] != 't' {
			k = kindStmt
		}
		out = append(out, chunk{kind: k, src: s})
	}
	return out
}

// chunkOrder writes body's order by the first six bytes of each chunk.
func chunkOrder(body []chunk) string {
	s := ""
	for _, c := range body {
		s += c.src[:6] + "|"
	}
	return s
}
