package main

import (
	"fmt"
	"math"
	"strings"
)

// Node is an expression AST node that accepts a visitor.
type Node interface {
	Accept(v Visitor) any
}

type Num struct{ Value float64 }
type Var struct{ Name string }
type BinOp struct {
	Op          byte
	Left, Right Node
}
type Call struct {
	Fn   string
	Args []Node
}

type Visitor interface {
	VisitNum(*Num) any
	VisitVar(*Var) any
	VisitBinOp(*BinOp) any
	VisitCall(*Call) any
}

func (n *Num) Accept(v Visitor) any   { return v.VisitNum(n) }
func (n *Var) Accept(v Visitor) any   { return v.VisitVar(n) }
func (n *BinOp) Accept(v Visitor) any { return v.VisitBinOp(n) }
func (n *Call) Accept(v Visitor) any  { return v.VisitCall(n) }

// Printer renders a fully parenthesised infix string.
type Printer struct{}

func (Printer) VisitNum(n *Num) any { return fmt.Sprint(n.Value) }
func (Printer) VisitVar(n *Var) any { return n.Name }
func (p Printer) VisitBinOp(n *BinOp) any {
	return fmt.Sprintf("(%s %c %s)", n.Left.Accept(p), n.Op, n.Right.Accept(p))
}
func (p Printer) VisitCall(n *Call) any {
	args := make([]string, len(n.Args))
	for i, a := range n.Args {
		args[i] = a.Accept(p).(string)
	}
	return n.Fn + "(" + strings.Join(args, ", ") + ")"
}

// Evaluator computes a value given variable bindings.
type Evaluator struct {
	Env   map[string]float64
	Funcs map[string]func(...float64) float64
}

func (e *Evaluator) VisitNum(n *Num) any { return n.Value }
func (e *Evaluator) VisitVar(n *Var) any {
	v, ok := e.Env[n.Name]
	if !ok {
		panic(fmt.Sprintf("undefined variable %q", n.Name))
	}
	return v
}
func (e *Evaluator) VisitBinOp(n *BinOp) any {
	l := n.Left.Accept(e).(float64)
	r := n.Right.Accept(e).(float64)
	switch n.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		if r == 0 {
			panic("division by zero")
		}
		return l / r
	case '^':
		return math.Pow(l, r)
	}
	panic(fmt.Sprintf("unknown operator %c", n.Op))
}
func (e *Evaluator) VisitCall(n *Call) any {
	f, ok := e.Funcs[n.Fn]
	if !ok {
		panic("unknown function " + n.Fn)
	}
	args := make([]float64, len(n.Args))
	for i, a := range n.Args {
		args[i] = a.Accept(e).(float64)
	}
	return f(args...)
}

// VarCollector gathers variable names in order of first appearance.
type VarCollector struct {
	seen  map[string]bool
	Names []string
}

func (c *VarCollector) VisitNum(*Num) any { return nil }
func (c *VarCollector) VisitVar(n *Var) any {
	if !c.seen[n.Name] {
		c.seen[n.Name] = true
		c.Names = append(c.Names, n.Name)
	}
	return nil
}
func (c *VarCollector) VisitBinOp(n *BinOp) any {
	n.Left.Accept(c)
	n.Right.Accept(c)
	return nil
}
func (c *VarCollector) VisitCall(n *Call) any {
	for _, a := range n.Args {
		a.Accept(c)
	}
	return nil
}

// Depth measures the height of the tree.
type Depth struct{}

func (Depth) VisitNum(*Num) any { return 1 }
func (Depth) VisitVar(*Var) any { return 1 }
func (d Depth) VisitBinOp(n *BinOp) any {
	return 1 + max(n.Left.Accept(d).(int), n.Right.Accept(d).(int))
}
func (d Depth) VisitCall(n *Call) any {
	m := 0
	for _, a := range n.Args {
		m = max(m, a.Accept(d).(int))
	}
	return 1 + m
}

func safeEval(n Node, ev *Evaluator) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval: %v", r)
		}
	}()
	return n.Accept(ev).(float64), nil
}

func bin(op byte, l, r Node) *BinOp { return &BinOp{op, l, r} }

func main() {
	exprs := []Node{
		bin('+', &Num{1}, bin('*', &Num{2}, &Num{3})),
		bin('/', bin('-', &Var{"x"}, &Num{1}), &Var{"y"}),
		&Call{"max", []Node{&Var{"x"}, bin('^', &Num{2}, &Var{"y"}), &Num{7}}},
		bin('*', &Call{"sqrt", []Node{bin('+', bin('*', &Var{"x"}, &Var{"x"}), bin('*', &Var{"y"}, &Var{"y"}))}}, &Var{"scale"}),
		bin('/', &Var{"x"}, bin('-', &Var{"y"}, &Num{4})),
		&Call{"avg", []Node{&Var{"x"}, &Var{"z"}}},
	}
	ev := &Evaluator{
		Env: map[string]float64{"x": 3, "y": 4, "scale": 0.5},
		Funcs: map[string]func(...float64) float64{
			"max": func(a ...float64) float64 {
				m := math.Inf(-1)
				for _, v := range a {
					m = math.Max(m, v)
				}
				return m
			},
			"sqrt": func(a ...float64) float64 { return math.Sqrt(a[0]) },
		},
	}
	for i, e := range exprs {
		vc := &VarCollector{seen: map[string]bool{}}
		e.Accept(vc)
		fmt.Printf("expr %d: %s\n", i+1, e.Accept(Printer{}))
		fmt.Printf("  depth=%d vars=%v\n", e.Accept(Depth{}), vc.Names)
		if v, err := safeEval(e, ev); err != nil {
			fmt.Printf("  error: %v\n", err)
		} else {
			fmt.Printf("  value=%.4g\n", v)
		}
	}
}
