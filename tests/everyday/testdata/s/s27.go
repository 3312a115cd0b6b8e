package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// An RPN (postfix) calculator with an interface-typed token and a type switch.

type Token interface{ isToken() }

type Num float64
type Op string
type Func string

func (Num) isToken()  {}
func (Op) isToken()   {}
func (Func) isToken() {}

var binOps = map[Op]func(a, b float64) float64{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
	"*": func(a, b float64) float64 { return a * b },
	"/": func(a, b float64) float64 { return a / b },
	"^": math.Pow,
}

var funcs = map[Func]func(float64) []float64{
	"sqrt": func(a float64) []float64 { return []float64{math.Sqrt(a)} },
	"neg":  func(a float64) []float64 { return []float64{-a} },
	"dup":  func(a float64) []float64 { return []float64{a, a} },
}

func lex(src string) ([]Token, error) {
	var toks []Token
	for _, f := range strings.Fields(src) {
		if _, ok := binOps[Op(f)]; ok {
			toks = append(toks, Op(f))
		} else if _, ok := funcs[Func(f)]; ok {
			toks = append(toks, Func(f))
		} else if v, err := strconv.ParseFloat(f, 64); err == nil {
			toks = append(toks, Num(v))
		} else {
			return nil, fmt.Errorf("bad token %q", f)
		}
	}
	return toks, nil
}

var ErrStack = errors.New("stack underflow")

func eval(toks []Token) (float64, error) {
	var st []float64
	for _, t := range toks {
		switch t := t.(type) {
		case Num:
			st = append(st, float64(t))
		case Op:
			if len(st) < 2 {
				return 0, fmt.Errorf("operator %s: %w", t, ErrStack)
			}
			a, b := st[len(st)-2], st[len(st)-1]
			if t == "/" && b == 0 {
				return 0, errors.New("division by zero")
			}
			st = append(st[:len(st)-2], binOps[t](a, b))
		case Func:
			if len(st) < 1 {
				return 0, fmt.Errorf("func %s: %w", t, ErrStack)
			}
			a := st[len(st)-1]
			st = append(st[:len(st)-1], funcs[t](a)...)
		default:
			return 0, fmt.Errorf("unknown token %T", t)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, got %d", len(st))
	}
	return st[0], nil
}

func main() {
	exprs := []string{
		"3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "9 sqrt 2 *", "1 2 3", "4 0 /",
		"+", "3 dup *", "sqrt", "2 sqrt dup * 2 -", "1.5e2 neg 4 /", "7 x +",
		"3 dup * 4 dup * + sqrt", "2 0.5 ^ neg neg", "10 3 / 3 *",
	}
	for _, e := range exprs {
		toks, err := lex(e)
		if err != nil {
			fmt.Printf("%-26s lex error: %v\n", e, err)
			continue
		}
		v, err := eval(toks)
		if err != nil {
			fmt.Printf("%-26s error: %v (underflow=%t)\n", e, err, errors.Is(err, ErrStack))
			continue
		}
		fmt.Printf("%-26s = %-22.15g tokens=%d\n", e, v, len(toks))
	}
	toks, _ := lex("2 3 + sqrt")
	for _, t := range toks {
		fmt.Printf("%T(%v) ", t, t)
	}
	fmt.Println()
}
