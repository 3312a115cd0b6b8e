package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Env struct {
	vars   map[string]int
	parent *Env
	out    *strings.Builder
}

var ErrUndefined = errors.New("undefined variable")

func (e *Env) scope(name, ctx string) *Env {
	for s := e; s != nil; s = s.parent {
		if _, ok := s.vars[name]; ok {
			return s
		}
	}
	panic(fmt.Errorf("%s %s: %w", ctx, name, ErrUndefined))
}

type Expr interface{ Eval(*Env) int }
type Stmt interface{ Exec(*Env) }

type Lit int
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (l Lit) Eval(*Env) int   { return int(l) }
func (v Var) Eval(e *Env) int { return e.scope(string(v), "read").vars[string(v)] }

var binOps = map[byte]func(a, b int) int{
	'+': func(a, b int) int { return a + b },
	'-': func(a, b int) int { return a - b },
	'*': func(a, b int) int { return a * b },
	'/': func(a, b int) int { return a / b },
	'%': func(a, b int) int { return a % b },
	'<': func(a, b int) int { return min(max(b-a, 0), 1) },
}

func (b Bin) Eval(e *Env) int { return binOps[b.Op](b.L.Eval(e), b.R.Eval(e)) }

type (
	Let struct {
		Name string
		X    Expr
	}
	Set struct {
		Name string
		X    Expr
	}
	Print []Expr
	If    struct {
		C          Expr
		Then, Else Stmt
	}
	While struct {
		C    Expr
		Body Stmt
	}
	Block []Stmt
)

func (s Let) Exec(e *Env) { e.vars[s.Name] = s.X.Eval(e) }
func (s Set) Exec(e *Env) { e.scope(s.Name, "assign").vars[s.Name] = s.X.Eval(e) }
func (s Print) Exec(e *Env) {
	parts := make([]string, len(s))
	for i, a := range s {
		parts[i] = fmt.Sprint(a.Eval(e))
	}
	fmt.Fprintln(e.out, strings.Join(parts, " "))
}
func (s If) Exec(e *Env) {
	if s.C.Eval(e) != 0 {
		s.Then.Exec(e)
	} else if s.Else != nil {
		s.Else.Exec(e)
	}
}
func (s While) Exec(e *Env) {
	for s.C.Eval(e) != 0 {
		s.Body.Exec(e)
	}
}
func (b Block) Exec(e *Env) {
	inner := &Env{vars: map[string]int{}, parent: e, out: e.out}
	for _, st := range b {
		st.Exec(inner)
	}
}

func run(name string, prog Stmt) {
	var out strings.Builder
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err, _ = r.(error) // wrapped ErrUndefined or runtime.Error
			}
		}()
		prog.Exec(&Env{vars: map[string]int{}, out: &out})
		return nil
	}()
	fmt.Printf("== %s ==\n%s", name, out.String())
	var re runtime.Error
	if err != nil {
		fmt.Printf("error: %v (undefined=%t, runtime-error=%t)\n", err, errors.Is(err, ErrUndefined), errors.As(err, &re))
	}
}

func B(op byte, l, r Expr) Expr { return Bin{op, l, r} }

func main() {
	gcd := Block{
		Let{"a", Lit(1071)}, Let{"b", Lit(462)},
		While{Var("b"), Block{
			Let{"t", Var("b")}, Set{"b", B('%', Var("a"), Var("b"))}, Set{"a", Var("t")},
			Print{Var("a"), Var("b")}}},
		Print{Lit(-1), Var("a")},
	}
	primes := Block{
		Let{"n", Lit(2)},
		While{B('<', Var("n"), Lit(30)), Block{
			Let{"d", Lit(2)}, Let{"isp", Lit(1)},
			While{B('<', B('*', Var("d"), Var("d")), B('+', Var("n"), Lit(1))), Block{
				If{B('%', Var("n"), Var("d")), Block{}, Set{"isp", Lit(0)}},
				Set{"d", B('+', Var("d"), Lit(1))},
			}},
			If{Var("isp"), Print{Var("n"), B('*', Var("n"), Var("n"))}, nil},
			Set{"n", B('+', Var("n"), Lit(1))},
		}},
	}
	scoping := Block{
		Let{"x", Lit(10)},
		Block{Let{"x", Lit(20)}, Set{"x", B('+', Var("x"), Lit(1))}, Print{Var("x")}},
		Print{Var("x")},
		Block{Let{"tmp", Lit(5)}}, Set{"tmp", Lit(6)},
	}
	run("gcd", gcd)
	run("primes", primes)
	run("scoping", scoping)
	run("divzero", Print{B('/', Lit(1), B('-', Lit(2), Lit(2)))})
}
