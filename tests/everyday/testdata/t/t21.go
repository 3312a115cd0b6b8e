package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Token struct {
	Kind string
	Val  string
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			toks = append(toks, Token{"NUM", src[i:j]})
			i = j
		case strings.ContainsRune("+-*/()", rune(c)):
			toks = append(toks, Token{"OP", string(c)})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: "EOF"}), nil
}

type Parser struct {
	toks []Token
	i    int
}

func (p *Parser) peek() Token { return p.toks[p.i] }
func (p *Parser) next() Token { t := p.toks[p.i]; p.i++; return t }

func (p *Parser) expr() int {
	v := p.term()
	for p.peek().Val == "+" || p.peek().Val == "-" {
		if p.next().Val == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *Parser) term() int {
	v := p.factor()
	for p.peek().Val == "*" || p.peek().Val == "/" {
		op := p.next().Val
		r := p.factor()
		if op == "*" {
			v *= r
		} else {
			v /= r
		}
	}
	return v
}

func (p *Parser) factor() int {
	t := p.next()
	switch {
	case t.Kind == "NUM":
		n, _ := strconv.Atoi(t.Val)
		return n
	case t.Val == "(":
		v := p.expr()
		p.next()
		return v
	}
	panic(fmt.Sprintf("bad token %+v", t))
}

func Eval(src string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("parse: %v", r)
			}
		}
	}()
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	return p.expr(), nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "4 + 10 / 3 - 9", "2*(3+4)*5-1", "8/(2-2)", "3 $ 4", "(1+"} {
		v, err := Eval(s)
		_, isRuntime := err.(interface{ RuntimeError() })
		fmt.Printf("%-16q => %d, err=%v, runtime=%t\n", s, v, err, isRuntime)
	}
}
