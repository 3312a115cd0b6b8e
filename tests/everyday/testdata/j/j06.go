// Command j06 evaluates and pretty-prints a small arithmetic AST using
// type switches over user-defined node types.
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Expr interface{ isExpr() }

type (
	Num   float64
	Var   string
	Unary struct {
		Op string
		X  Expr
	}
	Binary struct {
		Op   byte
		L, R Expr
	}
	Call struct {
		Fn   string
		Args []Expr
	}
)

func (Num) isExpr()    {}
func (Var) isExpr()    {}
func (Unary) isExpr()  {}
func (Binary) isExpr() {}
func (Call) isExpr()   {}

type Env map[Var]float64

func Eval(e Expr, env Env) (float64, error) {
	switch e := e.(type) {
	case Num:
		return float64(e), nil
	case Var:
		v, ok := env[e]
		if !ok {
			return 0, fmt.Errorf("undefined variable %q", string(e))
		}
		return v, nil
	case Unary:
		x, err := Eval(e.X, env)
		if err != nil {
			return 0, err
		}
		return -x, nil
	case Binary:
		l, err := Eval(e.L, env)
		if err != nil {
			return 0, err
		}
		r, err := Eval(e.R, env)
		if err != nil {
			return 0, err
		}
		switch e.Op {
		case '+':
			return l + r, nil
		case '-':
			return l - r, nil
		case '*':
			return l * r, nil
		case '/':
			if r == 0 {
				return 0, fmt.Errorf("division by zero in %s", Format(e))
			}
			return l / r, nil
		}
		return 0, fmt.Errorf("unknown operator %q", e.Op)
	case Call:
		args := make([]float64, len(e.Args))
		for i, a := range e.Args {
			v, err := Eval(a, env)
			if err != nil {
				return 0, err
			}
			args[i] = v
		}
		switch {
		case e.Fn == "sqrt" && len(args) == 1:
			return math.Sqrt(args[0]), nil
		case e.Fn == "max" && len(args) > 0:
			return slices.Max(args), nil
		}
		return 0, fmt.Errorf("bad call %s/%d", e.Fn, len(args))
	case nil:
		return 0, fmt.Errorf("nil expression")
	default:
		return 0, fmt.Errorf("unexpected node %T", e)
	}
}

func Format(e Expr) string {
	switch e := e.(type) {
	case Num:
		return fmt.Sprint(float64(e))
	case Var:
		return string(e)
	case Unary:
		return e.Op + Format(e.X)
	case Binary:
		return "(" + Format(e.L) + " " + string(e.Op) + " " + Format(e.R) + ")"
	case Call:
		parts := make([]string, len(e.Args))
		for i, a := range e.Args {
			parts[i] = Format(a)
		}
		return e.Fn + "(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

func main() {
	env := Env{"x": 3, "y": 4}
	exprs := []Expr{
		Binary{'+', Num(1), Binary{'*', Var("x"), Num(2)}},
		Call{"sqrt", []Expr{Binary{'+', Binary{'*', Var("x"), Var("x")}, Binary{'*', Var("y"), Var("y")}}}},
		Unary{"-", Call{"max", []Expr{Var("x"), Var("y"), Num(2.5)}}},
		Binary{'/', Var("y"), Binary{'-', Var("x"), Num(3)}},
		Binary{'+', Var("z"), Num(1)},
		Call{"pow", []Expr{Num(2)}},
		Binary{'%', Num(7), Num(2)},
		nil,
	}
	for i, e := range exprs {
		v, err := Eval(e, env)
		if err != nil {
			fmt.Printf("%d. %-28s error: %v\n", i+1, Format(e), err)
			continue
		}
		fmt.Printf("%d. %-28s = %g\n", i+1, Format(e), v)
	}
}
