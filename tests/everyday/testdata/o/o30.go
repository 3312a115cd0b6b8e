package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

func (k Kind) String() string { return [...]string{"NUM", "IDENT", "OP", "(", ")", "EOF"}[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func lex(src string) ([]Token, error) {
	var toks []Token
	span := func(i int, ok func(rune) bool) int {
		for i < len(src) && ok(rune(src[i])) {
			i++
		}
		return i
	}
	for i := 0; i < len(src); {
		c, j, k := rune(src[i]), i+1, OP
		switch {
		case c == ' ':
			i++
			continue
		case unicode.IsDigit(c):
			k, j = NUM, span(i, func(r rune) bool { return unicode.IsDigit(r) || r == '.' })
		case unicode.IsLetter(c):
			k, j = IDENT, span(i, unicode.IsLetter)
		case c == '(' || c == ')':
			k = LPAREN + Kind(strings.IndexRune("()", c))
		case !strings.ContainsRune("+-*/^", c):
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", c)}
		}
		toks = append(toks, Token{k, src[i:j], i})
		i = j
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

// Node is the AST; String renders it in prefix (Lisp) form.
type Node interface{ String() string }
type Lit float64
type Ident string
type Bin struct {
	Op   string
	L, R Node
}

func (l Lit) String() string   { return strconv.FormatFloat(float64(l), 'g', -1, 64) }
func (i Ident) String() string { return string(i) }
func (b Bin) String() string   { return fmt.Sprintf("(%s %v %v)", b.Op, b.L, b.R) }

type parser struct {
	toks []Token
	pos  int
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
var rightAssoc = map[string]int{"^": 1}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr uses precedence climbing; ^ is right associative.
func (p *parser) expr(minPrec int) (Node, error) {
	lhs, err := p.primary()
	for err == nil {
		t := p.peek()
		if t.Kind != OP || prec[t.Text] < minPrec {
			return lhs, nil
		}
		p.next()
		rhs, e := p.expr(prec[t.Text] + 1 - rightAssoc[t.Text])
		lhs, err = Bin{t.Text, lhs, rhs}, e
	}
	return nil, err
}

func (p *parser) primary() (Node, error) {
	switch t := p.next(); t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, &SyntaxError{t.Pos, "bad number " + t.Text}
		}
		return Lit(f), nil
	case IDENT:
		return Ident(t.Text), nil
	case LPAREN:
		n, err := p.expr(1)
		if c := p.next(); err == nil && c.Kind != RPAREN {
			return nil, &SyntaxError{c.Pos, "expected ) but found " + c.Kind.String()}
		}
		return n, err
	default:
		return nil, &SyntaxError{t.Pos, "unexpected " + t.Kind.String() + " " + strconv.Quote(t.Text)}
	}
}

func Parse(src string) (Node, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	if n, err := p.expr(1); err != nil || p.peek().Kind == EOF {
		return n, err
	}
	return nil, &SyntaxError{p.peek().Pos, "trailing " + p.peek().Text}
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "a - b - c", "x * (y + 4) / z",
		"1.5.2 + 1", "3 + * 4", "(1 + 2", "4 $ 2", "7 8"}
	for _, in := range inputs {
		n, err := Parse(in)
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%-18s ERROR %v\n    %s\n    %s^\n", in, err, in, strings.Repeat(" ", se.Pos))
			continue
		}
		fmt.Printf("%-18s => %v\n", in, n)
	}
}
