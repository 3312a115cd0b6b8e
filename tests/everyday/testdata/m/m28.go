package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Value any // float64 | bool | Symbol | []Value | *Lambda | Builtin
type Symbol string
type Builtin func(args []Value) Value
type Lambda struct {
	Params []Symbol
	Body   Value
	Env    *Env
}
type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

var spacer = strings.NewReplacer("(", " ( ", ")", " ) ", "'", " ' ")

func parse(toks *[]string) Value {
	t := (*toks)[0]
	switch *toks = (*toks)[1:]; t {
	case "(":
		list := []Value{}
		for len(*toks) > 0 && (*toks)[0] != ")" {
			list = append(list, parse(toks))
		}
		if len(*toks) == 0 {
			panic(fmt.Errorf("missing )"))
		}
		*toks = (*toks)[1:]
		return list
	case "'":
		return []Value{Symbol("quote"), parse(toks)}
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return f
	}
	return Symbol(t)
}

func show(v Value) string {
	switch x := v.(type) {
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []Value:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda/%d>", len(x.Params))
	}
	return fmt.Sprint(v)
}

func eval(x Value, env *Env) Value {
	if sym, ok := x.(Symbol); ok {
		for e := env; e != nil; e = e.outer {
			if v, ok := e.vars[sym]; ok {
				return v
			}
		}
		panic(fmt.Errorf("unbound symbol %q", sym))
	}
	list, ok := x.([]Value)
	if !ok || len(list) == 0 {
		return x // numbers and the empty list evaluate to themselves
	}
	switch list[0] {
	case Symbol("quote"):
		return list[1]
	case Symbol("if"):
		if c := eval(list[1], env); c != false {
			return eval(list[2], env)
		}
		return eval(list[3], env)
	case Symbol("define"):
		env.vars[list[1].(Symbol)] = eval(list[2], env)
		return list[1]
	case Symbol("lambda"):
		lam := &Lambda{Body: list[2], Env: env}
		for _, p := range list[1].([]Value) {
			lam.Params = append(lam.Params, p.(Symbol))
		}
		return lam
	}
	args := make([]Value, len(list)-1)
	for i, a := range list[1:] {
		args[i] = eval(a, env)
	}
	switch f := eval(list[0], env).(type) {
	case Builtin:
		return f(args)
	case *Lambda:
		inner := &Env{map[Symbol]Value{}, f.Env} // closures capture their defining env
		for i, p := range f.Params {
			inner.vars[p] = args[i]
		}
		return eval(f.Body, inner)
	default:
		panic(fmt.Errorf("not a function: %s", show(f)))
	}
}

func globals() *Env {
	arith := func(op func(a, b float64) Value) Builtin {
		return func(a []Value) Value { return op(a[0].(float64), a[1].(float64)) }
	}
	return &Env{vars: map[Symbol]Value{
		"+": arith(func(a, b float64) Value { return a + b }), "-": arith(func(a, b float64) Value { return a - b }),
		"*": arith(func(a, b float64) Value { return a * b }), "<": arith(func(a, b float64) Value { return a < b }),
		"=": arith(func(a, b float64) Value { return a == b }), "car": Builtin(func(a []Value) Value { return a[0].([]Value)[0] }),
		"cdr": Builtin(func(a []Value) Value { return a[0].([]Value)[1:] }), "cons": Builtin(func(a []Value) Value { return append([]Value{a[0]}, a[1].([]Value)...) }),
		"null?": Builtin(func(a []Value) Value { l, ok := a[0].([]Value); return ok && len(l) == 0 }),
	}}
}

func run(env *Env, src string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r) // includes runtime errors such as failed type assertions
		}
	}()
	toks := strings.Fields(spacer.Replace(src))
	return show(eval(parse(&toks), env)), nil
}

func main() {
	env := globals()
	for _, src := range []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 10)", "(fact 20)",
		"(define adder (lambda (n) (lambda (x) (+ x n))))", "(define add5 (adder 5))", "(add5 37)", "((adder 1) 1)",
		"(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))",
		"(map (lambda (x) (* x x)) '(1 2 3 4))", "(map car '((a b) (c d)))", "(map add5 (cdr '(0 1 2)))",
		"(define sum (lambda (n acc) (if (= n 0) acc (sum (- n 1) (+ acc n)))))", "(sum 1000 0)",
		"'(nested (list 1.5) x)", "(car '())", "(undefined 1)", "(1 2)", "(fact)", "(+ 1", "map",
	} {
		if out, err := run(env, src); err != nil {
			fmt.Printf("%-40.40s error: %v\n", src, err)
		} else {
			fmt.Printf("%-40.40s => %s\n", src, out)
		}
	}
}
