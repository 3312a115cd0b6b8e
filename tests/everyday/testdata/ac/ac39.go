// Expression evaluator: tokenizer, recursive-descent parser into an AST, type-switch evaluation.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Expr interface{ String() string }

type (
	Num   float64
	Var   string
	Unary struct{ X Expr }
	Bin   struct {
		Op   byte
		L, R Expr
	}
)

func (n Num) String() string   { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) String() string   { return string(v) }
func (u Unary) String() string { return fmt.Sprintf("(-%v)", u.X) }
func (b Bin) String() string   { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		j := i + 1
		switch {
		case unicode.IsSpace(c):
			i = j
			continue
		case unicode.IsDigit(c) || c == '.':
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
		case unicode.IsLetter(c):
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
		case !strings.ContainsRune("+-*/^(),", c):
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
		toks, i = append(toks, s[i:j]), j
	}
	return toks, nil
}

type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) binary(ops string, sub func() (Expr, error)) (Expr, error) {
	l, err := sub()
	for err == nil && p.peek() != "" && strings.Contains(ops, p.peek()) {
		op := p.next()[0]
		var r Expr
		if r, err = sub(); err == nil {
			l = Bin{op, l, r}
		}
	}
	return l, err
}

func (p *parser) expr() (Expr, error) { return p.binary("+-", p.term) }
func (p *parser) term() (Expr, error) { return p.binary("*/", p.power) }

func (p *parser) power() (Expr, error) {
	base, err := p.unary()
	if err != nil || p.peek() != "^" {
		return base, err
	}
	p.next()
	exp, err := p.power() // right associative
	return Bin{'^', base, exp}, err
}

func (p *parser) unary() (Expr, error) {
	if p.peek() == "-" {
		p.next()
		x, err := p.unary()
		return Unary{x}, err
	}
	t := p.next()
	switch {
	case t == "":
		return nil, errors.New("unexpected end of input")
	case t == "(":
		e, err := p.expr()
		if err == nil && p.next() != ")" {
			err = errors.New("missing )")
		}
		return e, err
	case unicode.IsDigit(rune(t[0])) || t[0] == '.':
		f, err := strconv.ParseFloat(t, 64)
		return Num(f), err
	case unicode.IsLetter(rune(t[0])):
		return Var(t), nil
	}
	return nil, fmt.Errorf("unexpected token %q", t)
}

var ErrDivZero = errors.New("division by zero")

var ops = map[byte]func(l, r float64) (float64, error){
	'+': func(l, r float64) (float64, error) { return l + r, nil },
	'-': func(l, r float64) (float64, error) { return l - r, nil },
	'*': func(l, r float64) (float64, error) { return l * r, nil },
	'^': func(l, r float64) (float64, error) { return math.Pow(l, r), nil },
	'/': func(l, r float64) (float64, error) {
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	},
}

func Eval(e Expr, env map[string]float64) (float64, error) {
	switch e := e.(type) {
	case Num:
		return float64(e), nil
	case Var:
		if v, ok := env[string(e)]; ok {
			return v, nil
		}
		return 0, fmt.Errorf("undefined variable %q", string(e))
	case Unary:
		x, err := Eval(e.X, env)
		return -x, err
	case Bin:
		l, err := Eval(e.L, env)
		if err != nil {
			return 0, err
		}
		r, err := Eval(e.R, env)
		if err != nil {
			return 0, err
		}
		return ops[e.Op](l, r)
	}
	return 0, fmt.Errorf("bad node %T", e)
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": math.Pi}
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * x + y * y",
		"(x + y) / 2 - 1 / 4", "2 ^ 0.5 * 2 ^ 0.5", "pi * x ^ 2", "10 / (y - 4)",
		"z + 1", "3 $ 4", "(1 + 2", "1 + * 2", ".5 + .25", "1 2"}
	for _, in := range inputs {
		toks, err := tokenize(in)
		var ast Expr
		if err == nil {
			p := &parser{toks: toks}
			if ast, err = p.expr(); err == nil && p.pos < len(toks) {
				err = fmt.Errorf("trailing tokens %v", toks[p.pos:])
			}
		}
		if err != nil {
			fmt.Printf("%-26s syntax error: %v\n", in, err)
			continue
		}
		if v, err := Eval(ast, env); err != nil {
			fmt.Printf("%-26s %-30v eval error: %v\n", in, ast, err)
		} else {
			fmt.Printf("%-26s %-30v = %.6g\n", in, ast, v)
		}
	}
}
