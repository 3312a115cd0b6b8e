package main

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
)

type Kind int

const (
	NUM Kind = iota
	IDENT
	OP
)

func (k Kind) String() string { return [...]string{"NUM", "IDENT", "OP"}[k] }

type Token struct {
	Kind Kind
	Text string
}

var ErrSyntax = errors.New("syntax error")
var tokRe = regexp.MustCompile(`\s*(?:([\d.]+)|([A-Za-z]+)|([-+*/^()])|(\S))`)

func lex(src string) ([]Token, error) {
	var toks []Token
	for _, m := range tokRe.FindAllStringSubmatchIndex(src, -1) {
		if m[8] >= 0 {
			return nil, fmt.Errorf("%w: unexpected %q at %d", ErrSyntax, src[m[8]:m[9]], m[8])
		}
		for g := range 3 {
			if lo, hi := m[2*g+2], m[2*g+3]; lo >= 0 {
				toks = append(toks, Token{Kind(g), src[lo:hi]})
			}
		}
	}
	return toks, nil
}

// assoc: 1 = left-associative, 0 = right-associative
var ops = map[string]struct {
	prec, assoc int
	apply       func(a, b float64) float64
}{
	"+": {1, 1, func(a, b float64) float64 { return a + b }},
	"-": {1, 1, func(a, b float64) float64 { return a - b }},
	"*": {2, 1, func(a, b float64) float64 { return a * b }},
	"/": {2, 1, func(a, b float64) float64 { return a / b }},
	"^": {3, 0, math.Pow},
}

func eval(src string, vars map[string]float64) (v float64, err error) {
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	pos := 0
	next := func() Token {
		if pos++; pos > len(toks) {
			panic(fmt.Errorf("%w: unexpected end", ErrSyntax))
		}
		return toks[pos-1]
	}
	var expr func(minPrec int) float64
	primary := func() float64 {
		switch t := next(); {
		case t.Kind == NUM:
			v, err := strconv.ParseFloat(t.Text, 64)
			if err != nil {
				panic(fmt.Errorf("%w: bad number %q", ErrSyntax, t.Text))
			}
			return v
		case t.Text == "-":
			return -expr(3) // unary minus binds looser than ^
		case t.Kind == IDENT:
			if v, ok := vars[t.Text]; ok {
				return v
			}
			panic(fmt.Errorf("undefined variable %q", t.Text))
		case t.Text == "(":
			v := expr(1)
			if next().Text != ")" {
				panic(fmt.Errorf("%w: missing )", ErrSyntax))
			}
			return v
		default:
			panic(fmt.Errorf("%w: unexpected %v %q", ErrSyntax, t.Kind, t.Text))
		}
	}
	expr = func(minPrec int) float64 { // precedence climbing
		lhs := primary()
		for pos < len(toks) {
			op, ok := ops[toks[pos].Text]
			if !ok || op.prec < minPrec {
				break
			}
			pos++
			lhs = op.apply(lhs, expr(op.prec+op.assoc))
		}
		return lhs
	}
	if v = expr(1); pos != len(toks) {
		return 0, fmt.Errorf("%w: trailing %q", ErrSyntax, toks[pos].Text)
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"x": 3, "rate": 0.25, "pi": math.Pi}
	exprs := []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * (rate + 1)", "pi * x ^ 2",
		"10 / 4 - 1.5", "2 * (3 + ", "y + 1", "4 $ 2", "1 2", "1.2.3 + 1", "8 - 3 - 2", "*3", "-2 ^ 2"}
	for _, e := range exprs {
		if v, err := eval(e, vars); err != nil {
			fmt.Printf("%-18q error: %v (syntax=%v)\n", e, err, errors.Is(err, ErrSyntax))
		} else {
			fmt.Printf("%-18q = %.4f\n", e, v)
		}
	}
	toks, err := lex("a*(b+12)")
	fmt.Printf("%v %d %+v %v\n", OP, OP, toks, err)
}
