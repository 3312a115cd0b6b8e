package main

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
)

// A tiny Lisp: reader, evaluator with lambdas/closures and a few builtins.
type (
	Value interface{ String() string }
	Num   float64
	Sym   string
	List  []Value
	Fn    func(args []Value) (Value, error)
	Env   map[Sym]Value
)

func (n Num) String() string  { return strconv.FormatFloat(float64(n), 'f', -1, 64) }
func (s Sym) String() string  { return string(s) }
func (f Fn) String() string   { return "<fn>" }
func (l List) String() string { return "(" + strings.Trim(fmt.Sprint([]Value(l)), "[]") + ")" }

var tokenizer = strings.NewReplacer("(", " ( ", ")", " ) ")

func read(toks []string) (Value, []string, error) {
	if len(toks) == 0 {
		return nil, nil, fmt.Errorf("unexpected EOF")
	}
	switch t, rest := toks[0], toks[1:]; t {
	case "(":
		var l List
		for len(rest) > 0 && rest[0] != ")" {
			v, r, err := read(rest)
			if err != nil {
				return nil, nil, err
			}
			l, rest = append(l, v), r
		}
		if len(rest) == 0 {
			return nil, nil, fmt.Errorf("missing )")
		}
		return l, rest[1:], nil
	default:
		if f, err := strconv.ParseFloat(t, 64); err == nil {
			return Num(f), rest, nil
		}
		return Sym(t), rest, nil
	}
}

func arith(op func(a, b float64) float64) Fn {
	return func(args []Value) (Value, error) {
		var acc float64
		for i, a := range args {
			n, ok := a.(Num)
			switch {
			case !ok:
				return nil, fmt.Errorf("not a number: %v", a)
			case i == 0:
				acc = float64(n)
			default:
				acc = op(acc, float64(n))
			}
		}
		return Num(acc), nil
	}
}

func eval(v Value, env Env) (Value, error) {
	switch x := v.(type) {
	case Sym:
		if val, ok := env[x]; ok {
			return val, nil
		}
		return nil, fmt.Errorf("undefined symbol %q", string(x))
	case List:
		if len(x) == 0 {
			return x, nil
		}
		switch x[0] {
		case Sym("define"):
			val, err := eval(x[2], env)
			env[x[1].(Sym)] = val
			return val, err
		case Sym("if"):
			c, err := eval(x[1], env)
			if err != nil {
				return nil, err
			}
			if c != Num(0) {
				return eval(x[2], env)
			}
			return eval(x[3], env)
		case Sym("lambda"):
			return Fn(func(args []Value) (Value, error) {
				local := maps.Clone(env) // sees definitions made after creation, enabling recursion
				for i, p := range x[1].(List) {
					local[p.(Sym)] = args[i]
				}
				return eval(x[2], local)
			}), nil
		}
		vals := make([]Value, len(x))
		for i, a := range x {
			var err error
			if vals[i], err = eval(a, env); err != nil {
				return nil, err
			}
		}
		if fn, ok := vals[0].(Fn); ok {
			return fn(vals[1:])
		}
		return nil, fmt.Errorf("not callable: %v", vals[0])
	}
	return v, nil // numbers evaluate to themselves
}

func main() {
	env := Env{
		"+":    arith(func(a, b float64) float64 { return a + b }),
		"-":    arith(func(a, b float64) float64 { return a - b }),
		"*":    arith(func(a, b float64) float64 { return a * b }),
		"/":    arith(func(a, b float64) float64 { return a / b }),
		"<":    arith(func(a, b float64) float64 { return map[bool]float64{true: 1}[a < b] }),
		"list": Fn(func(a []Value) (Value, error) { return List(a), nil }),
		"len":  Fn(func(a []Value) (Value, error) { return Num(len(a[0].(List))), nil }),
	}
	programs := []string{
		"(+ 1 2 3)", "(* 2 (- 10 4) 0.5)", "(define sq (lambda (x) (* x x)))", "(sq 12)",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 10)", "(fact 20)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))", "(fib 15)",
		"(list 1 (list 2 3) (< 1 2) (< 2 1))", "(len (list 1 2 3 (list 4 5)))", "(/ 1 3)",
		"(undefined 1)", "(+ 1 (list 2))", "(+ 1 (2)", "(1 2)", "(1 2) 3", "()",
	}
	for _, p := range programs {
		expr, rest, err := read(strings.Fields(tokenizer.Replace(p)))
		if err == nil && len(rest) > 0 {
			err = fmt.Errorf("trailing tokens: %v", rest)
		}
		if err == nil {
			expr, err = eval(expr, env)
		}
		if err != nil {
			expr = Sym("error: " + err.Error())
		}
		fmt.Printf("> %s\n  %v\n", p, expr)
	}
}
