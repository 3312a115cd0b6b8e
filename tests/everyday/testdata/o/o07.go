package main

import (
	"errors"
	"fmt"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }
type Call struct {
	Fn   string
	Args []Expr
}

var ErrDivZero = errors.New("division by zero")

type UnboundError struct{ Name string }

func (e *UnboundError) Error() string { return "unbound variable " + e.Name }

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, &UnboundError{string(v)}
}
func (v Var) String() string { return string(v) }

func (b BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("in %v: %w", b, ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("unknown op %q", b.Op)
}
func (b BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func (n Neg) Eval(env map[string]float64) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return fmt.Sprintf("-%v", n.X) }

func (c Call) Eval(env map[string]float64) (float64, error) {
	vals := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("arg %d of %s: %w", i, c.Fn, err)
		}
		vals[i] = v
	}
	switch c.Fn {
	case "max":
		m := vals[0]
		for _, v := range vals[1:] {
			m = max(m, v)
		}
		return m, nil
	case "sq":
		return vals[0] * vals[0], nil
	}
	return 0, fmt.Errorf("unknown function %s", c.Fn)
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

// countNodes walks the tree using a type switch.
func countNodes(e Expr) int {
	switch v := e.(type) {
	case BinOp:
		return 1 + countNodes(v.L) + countNodes(v.R)
	case Neg:
		return 1 + countNodes(v.X)
	case Call:
		n := 1
		for _, a := range v.Args {
			n += countNodes(a)
		}
		return n
	default:
		return 1
	}
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "zero": 0}
	exprs := []Expr{
		BinOp{'+', Num(1), BinOp{'*', Num(2), Num(3)}},
		Call{"sq", []Expr{BinOp{'+', Var("x"), Var("y")}}},
		BinOp{'/', Var("y"), BinOp{'-', Var("x"), Num(3)}},
		Neg{Call{"max", []Expr{Var("x"), Var("y"), Num(2.5)}}},
		BinOp{'*', Var("w"), Num(2)},
		Call{"max", []Expr{Num(1), Var("q")}},
		Call{"cube", []Expr{Num(2)}},
		BinOp{'-', BinOp{'/', Num(22), Num(7)}, Num(3)},
		BinOp{'/', Num(1), Var("zero")},
	}
	for i, e := range exprs {
		v, err := e.Eval(env)
		var ue *UnboundError
		switch {
		case err == nil:
			fmt.Printf("%d. %-28v = %.4g  [nodes=%d]\n", i+1, e, v, countNodes(e))
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%d. %-28v : div0 -> %v\n", i+1, e, err)
		case errors.As(err, &ue):
			fmt.Printf("%d. %-28v : needs %q (%v)\n", i+1, e, ue.Name, err)
		default:
			fmt.Printf("%d. %-28v : error %v\n", i+1, e, err)
		}
	}
	fmt.Printf("%T %T %T\n", exprs[0], exprs[1], Num(1))
}
