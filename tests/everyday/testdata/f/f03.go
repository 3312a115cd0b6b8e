// f03: recursive-descent arithmetic parser producing an AST, evaluated with type switches.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/scanner"
)

type Node interface{ String() string }

type Num float64
type Var string
type Binary struct {
	Op   rune
	L, R Node
}

func (n Num) String() string    { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) String() string    { return string(v) }
func (b Binary) String() string { return fmt.Sprintf("(%s %c %s)", b.L, b.Op, b.R) }

type syntaxError struct{ error }

type parser struct {
	s   scanner.Scanner
	tok rune
}

func (p *parser) next() { p.tok = p.s.Scan() }
func (p *parser) fail(format string, a ...any) {
	panic(syntaxError{fmt.Errorf("col %d: "+format, append([]any{p.s.Position.Column}, a...)...)})
}

func Parse(src string) (n Node, err error) {
	p := &parser{}
	p.s.Init(strings.NewReader(src))
	p.s.Mode = scanner.ScanIdents | scanner.ScanFloats | scanner.ScanInts
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(syntaxError)
			if !ok {
				panic(r) // not ours: re-raise
			}
			n, err = nil, se
		}
	}()
	p.next()
	n = p.binary(0)
	if p.tok != scanner.EOF {
		p.fail("unexpected %s", scanner.TokenString(p.tok))
	}
	return n, nil
}

// precedence levels, lowest first; all operators are left-associative.
var levels = []string{"+-", "*/"}

func (p *parser) binary(lvl int) Node {
	if lvl == len(levels) {
		return p.unary()
	}
	n := p.binary(lvl + 1)
	for strings.ContainsRune(levels[lvl], p.tok) {
		op := p.tok
		p.next()
		n = Binary{op, n, p.binary(lvl + 1)}
	}
	return n
}

func (p *parser) unary() Node {
	switch p.tok {
	case '-':
		p.next()
		return Binary{'-', Num(0), p.unary()} // desugar negation
	case scanner.Int, scanner.Float:
		v, _ := strconv.ParseFloat(p.s.TokenText(), 64)
		p.next()
		return Num(v)
	case scanner.Ident:
		name := p.s.TokenText()
		p.next()
		return Var(name)
	case '(':
		p.next()
		n := p.binary(0)
		if p.tok != ')' {
			p.fail("expected ')', got %s", scanner.TokenString(p.tok))
		}
		p.next()
		return n
	}
	p.fail("unexpected %s", scanner.TokenString(p.tok))
	return nil
}

var (
	errDivZero = errors.New("division by zero")
	arith      = map[rune]func(a, b float64) float64{
		'+': func(a, b float64) float64 { return a + b },
		'-': func(a, b float64) float64 { return a - b },
		'*': func(a, b float64) float64 { return a * b },
		'/': func(a, b float64) float64 { return a / b },
	}
)

func Eval(n Node, env map[string]float64) (float64, error) {
	switch n := n.(type) {
	case Num:
		return float64(n), nil
	case Var:
		if v, ok := env[string(n)]; ok {
			return v, nil
		}
		return 0, fmt.Errorf("undefined variable %q", string(n))
	case Binary:
		l, errL := Eval(n.L, env)
		r, errR := Eval(n.R, env)
		if err := errors.Join(errL, errR); err != nil {
			return 0, err
		}
		if n.Op == '/' && r == 0 {
			return 0, fmt.Errorf("%s: %w", n, errDivZero)
		}
		return arith[n.Op](l, r), nil
	}
	return 0, fmt.Errorf("unknown node %T", n)
}

func main() {
	env := map[string]float64{"x": 3, "rate": 0.25, "n": 10}
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "y * (z + 1)", "-x * -2", "n * rate - x / 2",
		"10 / (x - 3)", "y + 1", "1 + ", "(1 + 2", "3 $ 4", "1e3 / 8"}
	for _, in := range inputs {
		ast, err := Parse(in)
		if err != nil {
			fmt.Printf("%-18q parse error: %v\n", in, err)
			continue
		}
		v, err := Eval(ast, env)
		if err != nil {
			fmt.Printf("%-18q %-26s eval error: %v (divzero=%t)\n", in, ast, strings.ReplaceAll(err.Error(), "\n", "; "), errors.Is(err, errDivZero))
			continue
		}
		fmt.Printf("%-18q %-26s = %g\n", in, ast, v)
	}
}
