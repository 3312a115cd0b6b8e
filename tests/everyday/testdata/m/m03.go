package main

import (
	"fmt"
	"strconv"
)

type Node interface{ String() string }

type Num float64
type Name string
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	L, R Node
}
type Call struct {
	Fn   Node
	Args []Node
}
type Cond struct{ C, T, F Node }

func (n Num) String() string    { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (n Name) String() string   { return string(n) }
func (u Unary) String() string  { return "(" + u.Op + " " + u.X.String() + ")" }
func (b Binary) String() string { return "(" + b.Op + " " + b.L.String() + " " + b.R.String() + ")" }
func (c Cond) String() string {
	return "(?: " + c.C.String() + " " + c.T.String() + " " + c.F.String() + ")"
}
func (c Call) String() string {
	s := "(call " + c.Fn.String()
	for _, a := range c.Args {
		s += " " + a.String()
	}
	return s + ")"
}

type Parser struct {
	toks []string
	pos  int
}

func isWord(c byte) bool { return c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' }

func tokenize(s string) (out []string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
		case isWord(c):
			j := i
			for j < len(s) && isWord(s[j]) {
				j++
			}
			out = append(out, s[i:j])
			i = j - 1
		default:
			out = append(out, string(c))
		}
	}
	return out
}

func (p *Parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *Parser) next() string { t := p.peek(); p.pos++; return t }

type infix struct {
	lbp   int
	parse func(p *Parser, left Node, op string) Node
}

var infixes map[string]infix

func binary(bp int, rightAssoc bool) infix {
	rbp := bp
	if rightAssoc {
		rbp--
	}
	return infix{bp, func(p *Parser, left Node, op string) Node { return Binary{op, left, p.expr(rbp)} }}
}

func init() {
	infixes = map[string]infix{
		"?": {10, func(p *Parser, c Node, _ string) Node {
			t := p.expr(0)
			p.next() // ':'
			return Cond{c, t, p.expr(9)}
		}},
		"=": binary(20, false), "+": binary(30, false), "-": binary(30, false),
		"*": binary(40, false), "/": binary(40, false), "^": binary(50, true),
		"!": {60, func(_ *Parser, left Node, op string) Node { return Unary{"fact", left} }},
		"(": {70, func(p *Parser, fn Node, _ string) Node {
			var args []Node
			for p.peek() != ")" {
				args = append(args, p.expr(0))
				if p.peek() == "," {
					p.next()
				}
			}
			p.next()
			return Call{fn, args}
		}},
	}
}

func (p *Parser) nud(t string) Node {
	switch {
	case t == "(":
		e := p.expr(0)
		p.next()
		return e
	case t == "-":
		return Unary{"neg", p.expr(45)}
	case t[0] >= '0' && t[0] <= '9':
		f, _ := strconv.ParseFloat(t, 64)
		return Num(f)
	default:
		return Name(t)
	}
}

func (p *Parser) expr(rbp int) Node {
	left := p.nud(p.next())
	for {
		in, ok := infixes[p.peek()]
		if !ok || in.lbp <= rbp {
			return left
		}
		left = in.parse(p, left, p.next())
	}
}

func main() {
	inputs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-a ^ 2", "a - b - c",
		"n! / (k! * (n - k)!)", "f(x, g(y + 1), 3) * 2", "a = b ? x + 1 : y * 2",
		"p ? q ? 1 : 2 : 3", "-(-x)!", "max(a, b)(c)", "1.5 * r ^ 2", "a = b = c", "x * (y + z) / -w",
	}
	for i, in := range inputs {
		p := &Parser{toks: tokenize(in)}
		fmt.Printf("%2d. %-22s %v\n", i+1, in, p.expr(0))
	}
}
