package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type TokKind int

const (
	TNum TokKind = iota
	TPlus
	TMinus
	TStar
	TSlash
	TCaret
	TLParen
	TRParen
	TEOF
)

func (k TokKind) String() string {
	return [...]string{"NUM", "PLUS", "MINUS", "STAR", "SLASH", "CARET", "LPAREN", "RPAREN", "EOF"}[k]
}

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("col %d: %s", e.Pos+1, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func lex(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := src[i]
		if c == ' ' {
			i++
		} else if c >= '0' && c <= '9' || c == '.' {
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{TNum, src[i:j], i})
			i = j
		} else if k, ok := map[byte]TokKind{'+': TPlus, '-': TMinus, '*': TStar, '/': TSlash, '^': TCaret, '(': TLParen, ')': TRParen}[c]; ok {
			toks = append(toks, Token{k, string(c), i})
			i++
		} else {
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", c)}
		}
	}
	return append(toks, Token{TEOF, "", len(src)}), nil
}

type Node interface{}
type Num struct{ V float64 }
type Neg struct{ X Node }
type Bin struct {
	Op   byte
	L, R Node
}

type parser struct {
	toks []Token
	p    int
}

func (p *parser) peek() Token { return p.toks[p.p] }
func (p *parser) next() Token { t := p.toks[p.p]; p.p = min(p.p+1, len(p.toks)-1); return t }

func (p *parser) binary(sub func() (Node, error), kinds ...TokKind) (Node, error) {
	l, err := sub()
	for err == nil && (p.peek().Kind == kinds[0] || p.peek().Kind == kinds[1]) {
		op := p.next().Text[0]
		var r Node
		if r, err = sub(); err == nil {
			l = Bin{op, l, r}
		}
	}
	return l, err
}

func (p *parser) expr() (Node, error) { return p.binary(p.term, TPlus, TMinus) }
func (p *parser) term() (Node, error) { return p.binary(p.unary, TStar, TSlash) }

func (p *parser) unary() (Node, error) {
	if p.peek().Kind == TMinus {
		p.next()
		x, err := p.unary()
		return Neg{x}, err
	}
	base, err := p.primary()
	if err == nil && p.peek().Kind == TCaret {
		p.next()
		exp, err := p.unary() // right associative
		return Bin{'^', base, exp}, err
	}
	return base, err
}

func (p *parser) primary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case TNum:
		if v, err := strconv.ParseFloat(t.Text, 64); err == nil {
			return Num{v}, nil
		}
		return nil, &SyntaxError{t.Pos, "bad number " + t.Text}
	case TLParen:
		n, err := p.expr()
		if c := p.next(); err == nil && c.Kind != TRParen {
			err = &SyntaxError{c.Pos, "expected ')' but found " + c.Kind.String()}
		}
		return n, err
	}
	return nil, &SyntaxError{t.Pos, "unexpected " + t.Kind.String()}
}

func eval(n Node) (float64, error) {
	switch n := n.(type) {
	case Num:
		return n.V, nil
	case Neg:
		v, err := eval(n.X)
		return -v, err
	case Bin:
		var a, b float64
		var err error
		if a, err = eval(n.L); err == nil {
			b, err = eval(n.R)
		}
		if err != nil {
			return 0, err
		}
		switch n.Op {
		case '+':
			return a + b, nil
		case '-':
			return a - b, nil
		case '*':
			return a * b, nil
		case '/':
			if b == 0 {
				return 0, fmt.Errorf("evaluating %s: %w", show(n), ErrDivZero)
			}
			return a / b, nil
		}
		return math.Pow(a, b), nil
	}
	return 0, fmt.Errorf("unknown node %T", n)
}

func show(n Node) string {
	switch n := n.(type) {
	case Num:
		return strconv.FormatFloat(n.V, 'g', -1, 64)
	case Neg:
		return "(-" + show(n.X) + ")"
	case Bin:
		return "(" + show(n.L) + " " + string(n.Op) + " " + show(n.R) + ")"
	}
	return "?"
}

func main() {
	inputs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 1.5",
		"7 / (3 - 3)", "4 * (2 + ", "3 $ 4", "((8))", "1 - - 1", "2 * 3 + 4 * 5 - 6 / 2", "1.2.3 + 1",
	}
	for _, in := range inputs {
		var n Node
		toks, err := lex(in)
		if err == nil {
			p := &parser{toks: toks}
			if n, err = p.expr(); err == nil && p.peek().Kind != TEOF {
				err = &SyntaxError{p.peek().Pos, "trailing " + p.peek().Kind.String()}
			}
		}
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%-24s syntax error at %d: %s\n", in, se.Pos, se.Msg)
		} else if v, err := eval(n); errors.Is(err, ErrDivZero) {
			fmt.Printf("%-24s error: %v\n", in, err)
		} else {
			fmt.Printf("%-24s %s => %g\n", in, show(n), v)
		}
	}
}
