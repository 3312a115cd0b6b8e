// Spreadsheet formulas: an iter.Seq lexer feeding a parser through iter.Pull.
package main

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

type Kind string

const (
	NUM   Kind = "NUM"
	IDENT Kind = "IDENT"
	PUNCT Kind = "PUNCT" // operators, parentheses, commas and anything unrecognised
	EOF   Kind = "EOF"
)

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func Lex(src string) iter.Seq[Token] {
	isNum := func(c byte) bool { return unicode.IsDigit(rune(c)) || c == '.' }
	isWord := func(c byte) bool { return unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) }
	return func(yield func(Token) bool) {
		for i := 0; i < len(src); {
			j, kind := i+1, PUNCT
			switch c := src[i]; {
			case c == ' ':
				i++
				continue
			case isNum(c):
				kind = NUM
				for j < len(src) && isNum(src[j]) {
					j++
				}
			case unicode.IsLetter(rune(c)):
				kind = IDENT
				for j < len(src) && isWord(src[j]) {
					j++
				}
			}
			if !yield(Token{kind, strings.ToUpper(src[i:j]), i}) {
				return
			}
			i = j
		}
		yield(Token{EOF, "", len(src)})
	}
}

var ErrSyntax = errors.New("syntax error")

var binops = map[string]struct { // left associative, as in most spreadsheets (2^3^2 = 64)
	prec  int
	apply func(a, b float64) float64
}{
	"+": {1, func(a, b float64) float64 { return a + b }},
	"-": {1, func(a, b float64) float64 { return a - b }},
	"*": {2, func(a, b float64) float64 { return a * b }},
	"/": {2, func(a, b float64) float64 { return a / b }},
	"^": {3, math.Pow},
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

var functions = map[string]func([]float64) float64{
	"SUM": sum,
	"AVG": func(xs []float64) float64 { return sum(xs) / float64(len(xs)) },
	"MAX": slices.Max[[]float64],
	"MIN": slices.Min[[]float64],
}

type Parser struct {
	next  func() (Token, bool)
	tok   Token
	cells map[string]float64
}

func (p *Parser) advance() { p.tok, _ = p.next() }

func (p *Parser) is(text string) bool { return p.tok.Kind == PUNCT && p.tok.Text == text }

func (p *Parser) fail(msg string) error { return fmt.Errorf("%w at %d: %s", ErrSyntax, p.tok.Pos, msg) }

// expr parses binary operators by precedence climbing.
func (p *Parser) expr(minPrec int) (float64, error) {
	v, err := p.primary()
	for err == nil && p.tok.Kind == PUNCT {
		op, ok := binops[p.tok.Text]
		if !ok || op.prec < minPrec {
			break
		}
		p.advance()
		var r float64
		if r, err = p.expr(op.prec + 1); err == nil {
			v = op.apply(v, r)
		}
	}
	return v, err
}

func (p *Parser) primary() (float64, error) {
	t := p.tok
	switch {
	case p.is("-"):
		p.advance()
		v, err := p.primary()
		return -v, err
	case t.Kind == NUM:
		p.advance()
		return strconv.ParseFloat(t.Text, 64)
	case p.is("("):
		p.advance()
		v, err := p.expr(1)
		if err == nil && !p.is(")") {
			err = p.fail("expected ')'")
		}
		p.advance()
		return v, err
	case t.Kind == IDENT:
		p.advance()
		if p.is("(") {
			return p.call(t.Text)
		}
		if v, ok := p.cells[t.Text]; ok {
			return v, nil
		}
		return 0, fmt.Errorf("unknown cell %s", t.Text)
	}
	return 0, p.fail(fmt.Sprintf("unexpected %q", t.Text))
}

func (p *Parser) call(name string) (float64, error) {
	var args []float64
	for p.advance(); !p.is(")"); {
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		args = append(args, v)
		if p.is(",") {
			p.advance()
		} else if !p.is(")") {
			return 0, p.fail("expected ',' or ')'")
		}
	}
	p.advance()
	fn, ok := functions[name]
	switch {
	case !ok:
		return 0, fmt.Errorf("unknown function %s", name)
	case len(args) == 0:
		return 0, fmt.Errorf("%s needs arguments", name)
	}
	return fn(args), nil
}

func Eval(src string, cells map[string]float64) (float64, error) {
	next, stop := iter.Pull(Lex(src))
	defer stop()
	p := &Parser{next: next, cells: cells}
	p.advance()
	v, err := p.expr(1)
	if err == nil && p.tok.Kind != EOF {
		err = p.fail(fmt.Sprintf("trailing %q", p.tok.Text))
	}
	return v, err
}

func main() {
	cells := map[string]float64{"A1": 120, "A2": 80.5, "A3": 42, "B1": 0.2, "B2": 3}
	formulas := []string{
		"A1 + A2 + A3", "sum(a1, a2, a3) * (1 - b1)", "2 ^ 3 ^ 2", "-(A1 - A2) / B2",
		"max(A1, A2 * 2, A3) - min(A1, A2, A3)", "avg(1, 2, 3, 4) + 10 % 3",
		"A1 * (B1 + 1", "C7 + 1", "median(A1, A2)", "3 4", "sum()", "8 / 2 / 2 - 1 - 1",
	}
	for _, f := range formulas {
		v, err := Eval(f, cells)
		if err != nil {
			fmt.Printf("%-40s => error: %v (syntax=%v)\n", f, err, errors.Is(err, ErrSyntax))
			continue
		}
		fmt.Printf("%-40s => %g\n", f, v)
	}
}
