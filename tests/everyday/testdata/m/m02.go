package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var (
	ErrDivZero = errors.New("division by zero")
	ErrSyntax  = errors.New("syntax error")
)

type UndefinedError struct{ Name string }

func (e *UndefinedError) Error() string { return "undefined: " + e.Name }

type Calc struct {
	src  string
	pos  int
	vars map[string]float64
}

func (p *Calc) peek() byte {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *Calc) fail(msg string) { panic(fmt.Errorf("%w at col %d: %s", ErrSyntax, p.pos, msg)) }

func (p *Calc) expr() float64 { // expr := term {('+'|'-') term}
	v := p.term()
	for op := p.peek(); op == '+' || op == '-'; op = p.peek() {
		p.pos++
		if r := p.term(); op == '+' {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *Calc) term() float64 { // term := unary {('*'|'/') unary}
	v := p.unary()
	for op := p.peek(); op == '*' || op == '/'; op = p.peek() {
		p.pos++
		switch r := p.unary(); {
		case op == '*':
			v *= r
		case r == 0:
			panic(fmt.Errorf("evaluating %g/%g: %w", v, r, ErrDivZero))
		default:
			v /= r
		}
	}
	return v
}

func (p *Calc) unary() float64 { // unary := '-' unary | primary ['^' unary]
	if p.peek() == '-' {
		p.pos++
		return -p.unary()
	}
	base := p.primary()
	if p.peek() == '^' {
		p.pos++
		return math.Pow(base, p.unary())
	}
	return base
}

func isAlnum(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '.' }

func (p *Calc) primary() float64 {
	switch c := p.peek(); {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			p.fail("expected ')'")
		}
		p.pos++
		return v
	case isAlnum(c):
		start := p.pos
		for p.pos < len(p.src) && isAlnum(p.src[p.pos]) {
			p.pos++
		}
		tok := p.src[start:p.pos]
		if c < 'a' {
			f, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				p.fail("bad number " + tok)
			}
			return f
		}
		if v, ok := p.vars[tok]; ok {
			return v
		}
		panic(&UndefinedError{tok})
	}
	p.fail(fmt.Sprintf("unexpected %q", p.peek()))
	return 0
}

func (p *Calc) Exec(line string) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	target, rhs, found := strings.Cut(strings.ReplaceAll(line, " ", ""), "=")
	if !found {
		target, rhs = "", target
	}
	p.src, p.pos = rhs, 0
	if result = p.expr(); p.peek() != 0 {
		p.fail("trailing input")
	}
	if target != "" {
		p.vars[target] = result
	}
	return result, nil
}

func main() {
	c := &Calc{vars: map[string]float64{"pi": math.Pi}}
	lines := []string{"x = 3 + 4 * 2", "y = (x - 1) ^ 2 / 10", "-x + y * 2", "area = pi * 2 ^ 2", "r2 = area / pi",
		"2 ^ 3 ^ 2", "z + 1", "10 / (x - 11)", "3 + * 4", "(1 + 2", "1.2.3 + 1", "x = x * area"}
	for _, l := range lines {
		v, err := c.Exec(l)
		var ue *UndefinedError
		switch {
		case err == nil:
			fmt.Printf("%-22s => %.4f\n", l, v)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-22s => math error: %v\n", l, err)
		case errors.As(err, &ue):
			fmt.Printf("%-22s => name error (%s)\n", l, ue.Name)
		case errors.Is(err, ErrSyntax):
			fmt.Printf("%-22s => %v\n", l, err)
		}
	}
	fmt.Printf("x=%.4f y=%.4f area=%.4f vars=%d\n", c.vars["x"], c.vars["y"], c.vars["area"], len(c.vars))
}
