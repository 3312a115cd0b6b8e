package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Node interface {
	Eval() (float64, error)
	String() string
}

type Num float64

func (n Num) Eval() (float64, error) { return float64(n), nil }
func (n Num) String() string         { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

type BinOp struct {
	Op          byte
	Left, Right Node
}

var ErrDivZero = errors.New("division by zero")

func (b *BinOp) Eval() (float64, error) {
	l, err1 := b.Left.Eval()
	r, err2 := b.Right.Eval()
	if err := errors.Join(err1, err2); err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %q", b.Op)
}

func (b *BinOp) String() string { return fmt.Sprintf("(%c %v %v)", b.Op, b.Left, b.Right) }

type parser struct {
	src string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.src) && unicode.IsSpace(rune(p.src[p.pos])) {
		p.pos++
	}
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) binary(ops string, next func() (Node, error)) (Node, error) {
	left, err := next()
	for err == nil && p.peek() != 0 && strings.IndexByte(ops, p.peek()) >= 0 {
		op := p.src[p.pos]
		p.pos++
		right, rerr := next()
		left, err = &BinOp{op, left, right}, rerr
	}
	return left, err
}

func (p *parser) expr() (Node, error) { return p.binary("+-", p.term) }
func (p *parser) term() (Node, error) { return p.binary("*/", p.factor) }

func (p *parser) factor() (Node, error) {
	switch c := p.peek(); {
	case c == '-':
		p.pos++
		x, err := p.factor()
		return &BinOp{'-', Num(0), x}, err
	case c == '(':
		p.pos++
		n, err := p.expr()
		if err == nil && p.peek() != ')' {
			err = fmt.Errorf("expected ')' at %d", p.pos)
		}
		p.pos++
		return n, err
	case c >= '0' && c <= '9' || c == '.':
		start := p.pos
		for p.pos < len(p.src) && strings.IndexByte("0123456789.", p.src[p.pos]) >= 0 {
			p.pos++
		}
		v, err := strconv.ParseFloat(p.src[start:p.pos], 64)
		return Num(v), err
	default:
		return nil, fmt.Errorf("unexpected %q at %d", c, p.pos)
	}
}

func Parse(s string) (Node, error) {
	p := &parser{src: s}
	n, err := p.expr()
	if err == nil && p.peek() != 0 {
		err = fmt.Errorf("trailing input at %d", p.pos)
	}
	return n, err
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 2)", "2 * (3 + 4) - -1", "10 / 4", "3 +", "1.5 * 1.5 )", "((7))", "(2", "1..2"}
	for _, in := range inputs {
		ast, err := Parse(in)
		if err != nil {
			fmt.Printf("%-18q parse error: %v\n", in, err)
			continue
		}
		v, err := ast.Eval()
		fmt.Printf("%-18q %v => %g divzero=%t\n", in, ast, v, errors.Is(err, ErrDivZero))
	}
	n, _ := Parse("1+2")
	fmt.Printf("%T %T %v\n", n, n.(*BinOp).Left, n.(*BinOp).Right)
}
