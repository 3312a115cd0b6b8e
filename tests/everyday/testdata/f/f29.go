// f29: S-expression reader and a tiny evaluator for derived-column rules.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type (
	Sym  string
	List []any
)

var ErrUnbalanced = errors.New("unbalanced parentheses")

func read(toks []string) (any, []string, error) {
	if len(toks) == 0 {
		return nil, nil, fmt.Errorf("%w: unexpected end of input", ErrUnbalanced)
	}
	tok, rest := toks[0], toks[1:]
	switch tok {
	case "(":
		var list List
		for len(rest) > 0 && rest[0] != ")" {
			v, tail, err := read(rest)
			if err != nil {
				return nil, nil, err
			}
			list, rest = append(list, v), tail
		}
		if len(rest) == 0 {
			return nil, nil, fmt.Errorf("%w: missing ')'", ErrUnbalanced)
		}
		return list, rest[1:], nil
	case ")":
		return nil, nil, fmt.Errorf("%w: unexpected ')'", ErrUnbalanced)
	}
	if n, err := strconv.ParseFloat(tok, 64); err == nil {
		return n, rest, nil
	}
	if s, err := strconv.Unquote(tok); err == nil {
		return s, rest, nil
	}
	return Sym(tok), rest, nil
}

type EvalError struct {
	Form string
	Err  error
}

func (e *EvalError) Error() string { return fmt.Sprintf("in %s: %v", e.Form, e.Err) }

func num(v any) float64 {
	f, ok := v.(float64)
	if !ok {
		panic(fmt.Errorf("expected number, got %T %v", v, v))
	}
	return f
}

func nonzero(f float64) float64 {
	if f == 0 {
		panic(errors.New("division by zero"))
	}
	return f
}

// fold builds a variadic numeric builtin from a binary operator.
func fold(op func(a, b float64) float64) func([]any) any {
	return func(args []any) any {
		acc := num(args[0])
		for _, x := range args[1:] {
			acc = op(acc, num(x))
		}
		return acc
	}
}

var builtins = map[Sym]func(args []any) any{
	"+":      fold(func(a, b float64) float64 { return a + b }),
	"-":      fold(func(a, b float64) float64 { return a - b }),
	"*":      fold(func(a, b float64) float64 { return a * b }),
	"/":      fold(func(a, b float64) float64 { return a / nonzero(b) }),
	">":      func(a []any) any { return num(a[0]) > num(a[1]) },
	"concat": func(a []any) any { return fmt.Sprint(a...) },
	"upper":  func(a []any) any { return strings.ToUpper(a[0].(string)) },
}

// Eval converts panics from builtins (bad types, arity) into errors with the failing form.
func Eval(x any, env map[Sym]any) (result any, err error) {
	switch x := x.(type) {
	case Sym:
		v, ok := env[x]
		if !ok {
			return nil, fmt.Errorf("unbound symbol %q", string(x))
		}
		return v, nil
	case List:
		if len(x) == 0 {
			return nil, errors.New("empty application")
		}
		head, _ := x[0].(Sym)
		fn, ok := builtins[head]
		if !ok {
			return nil, fmt.Errorf("unknown function %v", x[0])
		}
		args := make([]any, len(x)-1)
		for i, a := range x[1:] {
			if args[i], err = Eval(a, env); err != nil {
				return nil, err
			}
		}
		defer func() {
			if r := recover(); r != nil {
				err = &EvalError{fmt.Sprint(x), fmt.Errorf("%v", r)}
			}
		}()
		return fn(args), nil
	}
	return x, nil // numbers and strings evaluate to themselves
}

func main() {
	row := map[Sym]any{"qty": 3.0, "price": 19.5, "country": "de", "discount": 0.0}
	rules := []string{`(* qty price)`, `(> (* qty price 0.9) 50)`, `(concat (upper country) "-" qty)`,
		`(/ price discount)`, `(+ qty country)`, `(> qty)`, `(upper qty)`, `(avg qty price)`, `(1 2)`,
		`(+ qty tax)`, `(* qty (+ 1 2)`, `(+ 1 2))`}
	for _, src := range rules {
		form, rest, err := read(strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(src)))
		if err == nil && len(rest) > 0 {
			err = fmt.Errorf("%w: trailing %q", ErrUnbalanced, strings.Join(rest, " "))
		}
		if err != nil {
			fmt.Printf("%-48s read error: %v\n", src, err)
			continue
		}
		v, err := Eval(form, row)
		if err != nil {
			var ee *EvalError
			fmt.Printf("%-48s eval error: %v (runtime panic recovered: %t)\n", src, err, errors.As(err, &ee))
			continue
		}
		fmt.Printf("%-48s = %v\n", src, v)
	}
}
