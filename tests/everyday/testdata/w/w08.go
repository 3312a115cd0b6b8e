package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Node interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}

func (n Num) Eval(map[string]float64) float64 { return float64(n) }
func (n Num) String() string                  { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) String() string                  { return string(v) }
func (v Var) Eval(env map[string]float64) float64 {
	if val, ok := env[string(v)]; ok {
		return val
	}
	panic(fmt.Errorf("undefined variable %q", string(v)))
}

var ops = map[byte]func(l, r float64) float64{
	'+': func(l, r float64) float64 { return l + r },
	'-': func(l, r float64) float64 { return l - r },
	'*': func(l, r float64) float64 { return l * r },
	'^': math.Pow,
	'/': func(l, r float64) float64 { return l / r },
}

func (b BinOp) Eval(env map[string]float64) float64 { return ops[b.Op](b.L.Eval(env), b.R.Eval(env)) }
func (b BinOp) String() string                      { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

var spacer = strings.NewReplacer("+", " + ", "-", " - ", "*", " * ", "/", " / ", "^", " ^ ", "(", " ( ", ")", " ) ")

type parser struct {
	toks []string
	pos  int
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }
func (p *parser) peek() string { return p.toks[p.pos] }
func (p *parser) binary(ops string, operand func() Node) Node {
	n := operand()
	for t := p.peek(); t != "" && strings.Contains(ops, t); t = p.peek() {
		p.pos++
		n = BinOp{t[0], n, operand()}
	}
	return n
}
func (p *parser) expr() Node { return p.binary("+-", p.term) }
func (p *parser) term() Node { return p.binary("*/", p.power) }
func (p *parser) power() Node {
	base := p.unary()
	if p.peek() != "^" {
		return base
	}
	p.pos++
	return BinOp{'^', base, p.power()}
}

func (p *parser) unary() Node {
	t := p.next()
	switch {
	case t == "-":
		return BinOp{'-', Num(0), p.unary()}
	case t == "(":
		n := p.expr()
		if p.next() != ")" {
			panic(fmt.Errorf("expected ')' at token %d", p.pos-1))
		}
		return n
	case strings.IndexFunc(t, unicode.IsLetter) == 0:
		return Var(t)
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		panic(err)
	}
	return Num(f)
}

func Evaluate(src string, env map[string]float64) (tree string, val float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &parser{toks: append(strings.Fields(spacer.Replace(src)), "")}
	if n := p.expr(); p.peek() != "" {
		return "", 0, fmt.Errorf("trailing tokens %q", p.toks[p.pos:len(p.toks)-1])
	} else {
		tree, val = n.String(), n.Eval(env)
	}
	return
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": math.Pi}
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + y * 2", "sqrt", "x / (y - 4)",
		"pi * x ^ 2", "((x*x + y*y)) ^ 0.5", "10 / 4 - -1", "3 +", "2 * (3 + 4", "1.5.2 + 1", "2 $ 3", "1 2", "x y", "-1 / 0"}
	for _, in := range inputs {
		tree, v, err := Evaluate(in, env)
		if err != nil {
			fmt.Printf("%-22s error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-22s %-30s = %s\n", in, tree, strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.6f", v), "0"), "."))
	}
}
