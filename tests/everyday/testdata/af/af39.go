package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Token struct {
	Text string
	Pos  int
}

type Expr interface{ sexpr() string }
type Atom struct{ Name string }
type Prefix struct {
	Op string
	X  Expr
}
type Infix struct {
	Op   string
	L, R Expr
}
type Postfix struct {
	Op string
	X  Expr
}
type Ternary struct{ Cond, Then, Else Expr }
type Call struct {
	Fn   Expr
	Args []Expr
}

func (a Atom) sexpr() string    { return a.Name }
func (p Prefix) sexpr() string  { return "(" + p.Op + " " + p.X.sexpr() + ")" }
func (p Postfix) sexpr() string { return "(" + p.Op + "post " + p.X.sexpr() + ")" }
func (i Infix) sexpr() string   { return "(" + i.Op + " " + i.L.sexpr() + " " + i.R.sexpr() + ")" }
func (t Ternary) sexpr() string {
	return "(? " + t.Cond.sexpr() + " " + t.Then.sexpr() + " " + t.Else.sexpr() + ")"
}
func (c Call) sexpr() string {
	parts := []string{"call", c.Fn.sexpr()}
	for _, a := range c.Args {
		parts = append(parts, a.sexpr())
	}
	return "(" + strings.Join(parts, " ") + ")"
}

type ParseError struct {
	Tok Token
	Msg string
}

func (e *ParseError) Error() string {
	if e.Tok.Text == "" {
		return fmt.Sprintf("at end of input: %s", e.Msg)
	}
	return fmt.Sprintf("at %d near %q: %s", e.Tok.Pos, e.Tok.Text, e.Msg)
}

func lex(s string) []Token {
	var toks []Token
	multi := []string{"==", "!=", "<=", ">=", "&&", "||", "++", "--", "**"}
	for i := 0; i < len(s); {
		r := rune(s[i])
		j := i + 1
		switch {
		case unicode.IsSpace(r):
			i++
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			for j < len(s) && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j]))) {
				j++
			}
		default:
			for _, m := range multi {
				if strings.HasPrefix(s[i:], m) {
					j = i + len(m)
				}
			}
		}
		toks = append(toks, Token{s[i:j], i})
		i = j
	}
	return append(toks, Token{"", len(s)})
}

// Binding powers: left bp for infix/postfix, right bp decides associativity.
var infix = map[string][2]int{
	"=": {2, 1}, "?": {4, 3}, "||": {5, 6}, "&&": {7, 8}, "==": {9, 10}, "!=": {9, 10},
	"<": {11, 12}, ">": {11, 12}, "<=": {11, 12}, ">=": {11, 12},
	"+": {13, 14}, "-": {13, 14}, "*": {15, 16}, "/": {15, 16}, "%": {15, 16}, "**": {20, 19}, ".": {25, 26},
}
var prefix = map[string]int{"-": 17, "+": 17, "!": 17, "++": 17, "--": 17}
var postfix = map[string]int{"++": 21, "--": 21, "!": 21, "(": 23, "[": 23}

type Parser struct {
	toks []Token
	i    int
}

func (p *Parser) next() Token { t := p.toks[p.i]; p.i = min(p.i+1, len(p.toks)-1); return t }
func (p *Parser) peek() Token { return p.toks[p.i] }
func (p *Parser) expect(s string) {
	if t := p.next(); t.Text != s {
		panic(&ParseError{t, "expected " + s})
	}
}

func (p *Parser) expr(minBP int) Expr {
	t := p.next()
	var lhs Expr
	switch {
	case t.Text == "(":
		lhs = p.expr(0)
		p.expect(")")
	case prefix[t.Text] > 0:
		lhs = Prefix{t.Text, p.expr(prefix[t.Text])}
	case t.Text != "" && (unicode.IsLetter(rune(t.Text[0])) || unicode.IsDigit(rune(t.Text[0]))):
		lhs = Atom{t.Text}
	default:
		panic(&ParseError{t, "expected operand"})
	}
	for {
		op := p.peek().Text
		if bp, ok := postfix[op]; ok && bp >= minBP {
			p.next()
			switch op {
			case "(":
				c := Call{Fn: lhs}
				for p.peek().Text != ")" {
					if len(c.Args) > 0 {
						p.expect(",")
					}
					c.Args = append(c.Args, p.expr(0))
				}
				p.next()
				lhs = c
			case "[":
				lhs = Infix{"[]", lhs, p.expr(0)}
				p.expect("]")
			default:
				lhs = Postfix{op, lhs}
			}
			continue
		}
		bp, ok := infix[op]
		if !ok || bp[0] < minBP {
			return lhs
		}
		p.next()
		if op == "?" {
			then := p.expr(0)
			p.expect(":")
			lhs = Ternary{lhs, then, p.expr(bp[1])}
			continue
		}
		lhs = Infix{op, lhs, p.expr(bp[1])}
	}
}

func Parse(src string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(*ParseError)
		}
	}()
	p := &Parser{toks: lex(src)}
	e = p.expr(0)
	if t := p.peek(); t.Text != "" {
		panic(&ParseError{t, "unexpected token"})
	}
	return e, nil
}

func main() {
	for _, src := range []string{
		"1 + 2 * 3", "a + b * c * d + e", "f . g . h", "- -1 * 2", "2 ** 3 ** 2", "-x ** 2",
		"a = b = c + 1", "!a && b || c == d", "x[0][1] + f(a, b * 2, g())", "n! + m++",
		"a ? b : c ? d : e", "a = cond ? x + 1 : y", "(1 + 2) * 3", "--i - i--",
		"1 + ", "f(a, b", "a ? b", "1 2", ") + 1",
	} {
		e, err := Parse(src)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%-28s error %v\n", src, pe)
			continue
		}
		fmt.Printf("%-28s %s\n", src, e.sexpr())
	}
}
