package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	OP TokenKind = iota
	NUM
	LPAREN
	RPAREN
	EOF
)

func (k TokenKind) String() string { return [...]string{"OP", "NUM", "LPAREN", "RPAREN", "EOF"}[k] }

var punct = map[rune]TokenKind{'(': LPAREN, ')': RPAREN} // anything else in the set is OP

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		switch r := rs[i]; {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			start := i
			for i < len(rs) && (unicode.IsDigit(rs[i]) || rs[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, string(rs[start:i]), start})
		case strings.ContainsRune("+-*/^%()", r):
			toks = append(toks, Token{punct[r], string(r), i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return append(toks, Token{EOF, "", len(rs)}), nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr := term (('+'|'-') term)*
func (p *Parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && p.peek().Kind == OP && strings.Contains("+-", p.peek().Text) {
		op := p.next().Text
		var r float64
		if r, err = p.term(); err == nil {
			v = map[string]float64{"+": v + r, "-": v - r}[op]
		}
	}
	return v, err
}

func (p *Parser) term() (float64, error) {
	v, err := p.power()
	for err == nil && p.peek().Kind == OP && strings.Contains("*/%", p.peek().Text) {
		op := p.next()
		var r float64
		switch r, err = p.power(); {
		case err != nil:
		case op.Text == "*":
			v *= r
		case r == 0:
			return 0, fmt.Errorf("division by zero at %d", op.Pos)
		case op.Text == "/":
			v /= r
		default:
			v = math.Mod(v, r)
		}
	}
	return v, err
}

func (p *Parser) power() (float64, error) {
	base, err := p.unary()
	if err != nil || p.peek().Text != "^" {
		return base, err
	}
	p.next()
	exp, err := p.power() // right associative
	return math.Pow(base, exp), err
}

func (p *Parser) unary() (float64, error) {
	t := p.next()
	switch {
	case t.Kind == OP && t.Text == "-":
		v, err := p.unary()
		return -v, err
	case t.Kind == NUM:
		return strconv.ParseFloat(t.Text, 64)
	case t.Kind == LPAREN:
		v, err := p.expr()
		if err == nil && p.next().Kind != RPAREN {
			err = fmt.Errorf("expected ) at %d", p.toks[p.pos-1].Pos)
		}
		return v, err
	}
	return 0, fmt.Errorf("unexpected %s %q at %d", t.Kind, t.Text, t.Pos)
}

func eval(src string) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.peek().Kind != EOF {
		err = fmt.Errorf("trailing %q at %d", p.peek().Text, p.peek().Pos)
	}
	return v, err
}

func main() {
	inputs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "17 % 5 * 2",
		"3.5 * (2 - 0.5)", "((7))", "10 / (5 - 5)", "2 + * 3", "4 + 4)", "12 $ 3", "-(-(-2))", "2 ^ 0.5", "7.5 % 2",
	}
	toks, _ := tokenize(inputs[5])
	fmt.Printf("tokens of %q:\n  %v\n", inputs[5], toks)
	for _, in := range inputs {
		if v, err := eval(in); err != nil {
			fmt.Printf("%-18s => error: %v\n", in, err)
		} else {
			fmt.Printf("%-18s => %g\n", in, v)
		}
	}
}
