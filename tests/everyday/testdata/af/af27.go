package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value any // int, bool, Symbol, *Cell (nil = empty list), Builtin, *Lambda, bool

type Symbol string
type Cell struct{ Car, Cdr Value }
type Builtin func(args []Value) (Value, error)
type Lambda struct {
	Params []Value
	Body   Value
	Env    *Env
}

type Env struct {
	vars   map[Symbol]Value
	parent *Env
}

var ErrUnbound = errors.New("unbound symbol")

func (e *Env) Get(s Symbol) (Value, error) {
	for ; e != nil; e = e.parent {
		if v, ok := e.vars[s]; ok {
			return v, nil
		}
	}
	return nil, fmt.Errorf("%w: %s", ErrUnbound, s)
}

func tokenize(src string) []string {
	return strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ", "'", " ' ").Replace(src))
}

func read(toks []string, pos *int) (Value, error) {
	if *pos >= len(toks) {
		return nil, errors.New("unexpected end of input")
	}
	t := toks[*pos]
	*pos++
	switch t {
	case "(":
		var items []Value
		for *pos < len(toks) && toks[*pos] != ")" {
			v, _ := read(toks, pos) // a failed inner read leaves pos at the end: reported below
			items = append(items, v)
		}
		if *pos >= len(toks) {
			return nil, errors.New("missing )")
		}
		*pos++
		return list(items...), nil
	case "'":
		v, err := read(toks, pos)
		return list(Symbol("quote"), v), err
	}
	if n, err := strconv.Atoi(t); err == nil {
		return n, nil
	}
	return Symbol(t), nil
}

func list(items ...Value) Value {
	var out Value = (*Cell)(nil)
	for i := len(items) - 1; i >= 0; i-- {
		out = &Cell{items[i], out}
	}
	return out
}

func slice(v Value) []Value {
	var out []Value
	for c, ok := v.(*Cell); ok && c != nil; c, ok = c.Cdr.(*Cell) {
		out = append(out, c.Car)
	}
	return out
}

func show(v Value) string {
	switch v := v.(type) {
	case *Cell:
		parts := []string{}
		for _, x := range slice(v) {
			parts = append(parts, show(x))
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("#<lambda/%d>", len(v.Params))
	}
	return fmt.Sprint(v)
}

func eval(v Value, env *Env) (Value, error) {
	switch x := v.(type) {
	case Symbol:
		return env.Get(x)
	case *Cell:
		if x == nil {
			return x, nil
		}
		args := slice(x.Cdr)
		switch x.Car {
		case Symbol("quote"):
			return args[0], nil
		case Symbol("if"):
			if c, err := eval(args[0], env); err != nil {
				return nil, err
			} else if c == false {
				return eval(args[2], env)
			}
			return eval(args[1], env)
		case Symbol("define"):
			val, err := eval(args[1], env)
			env.vars[args[0].(Symbol)] = val
			return args[0], err
		case Symbol("lambda"):
			return &Lambda{slice(args[0]), args[1], env}, nil
		}
		vals := slice(x)
		for i, a := range vals {
			var err error
			if vals[i], err = eval(a, env); err != nil {
				return nil, err
			}
		}
		fn, vals := vals[0], vals[1:]
		switch f := fn.(type) {
		case Builtin:
			return f(vals)
		case *Lambda:
			if len(vals) != len(f.Params) {
				return nil, fmt.Errorf("arity mismatch: want %d args, got %d", len(f.Params), len(vals))
			}
			local := &Env{map[Symbol]Value{}, f.Env}
			for i, p := range f.Params {
				local.vars[p.(Symbol)] = vals[i]
			}
			return eval(f.Body, local)
		}
		return nil, fmt.Errorf("not a function: %s", show(fn))
	}
	return v, nil
}

func arith(op func(a, b int) Value) Builtin {
	return func(args []Value) (Value, error) {
		a, ok1 := args[0].(int)
		b, ok2 := args[1].(int)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("arithmetic on non-number: %s %s", show(args[0]), show(args[1]))
		}
		return op(a, b), nil
	}
}

func main() {
	global := &Env{vars: map[Symbol]Value{
		"+":     arith(func(a, b int) Value { return a + b }),
		"-":     arith(func(a, b int) Value { return a - b }),
		"*":     arith(func(a, b int) Value { return a * b }),
		"<":     arith(func(a, b int) Value { return a < b }),
		"cons":  Builtin(func(a []Value) (Value, error) { return &Cell{a[0], a[1]}, nil }),
		"car":   Builtin(func(a []Value) (Value, error) { return a[0].(*Cell).Car, nil }),
		"cdr":   Builtin(func(a []Value) (Value, error) { return a[0].(*Cell).Cdr, nil }),
		"null?": Builtin(func(a []Value) (Value, error) { return a[0] == Value((*Cell)(nil)), nil }),
	}}
	program := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))",
		"(define make-adder (lambda (k) (lambda (x) (+ x k))))",
		"(map (make-adder 100) '(1 2 3))",
		"(map (lambda (x) (* x x)) '(4 5 6))",
		"'(a (b c) d)",
		"(make-adder 1)",
		"(+ 1 undefined-thing)",
		"(fact 1 2)",
		"(+ 'a 1)",
		"(define broken (lambda (x) x)",
		"((lambda (x y) (* x y)) 6 7)",
	}
	for _, src := range program {
		pos := 0
		expr, err := read(tokenize(src), &pos)
		if err == nil {
			expr, err = eval(expr, global)
		}
		if err != nil {
			fmt.Printf("%-50.50s ! %v (unbound=%v)\n", src, err, errors.Is(err, ErrUnbound))
			continue
		}
		fmt.Printf("%-50.50s => %s\n", src, show(expr))
	}
}
