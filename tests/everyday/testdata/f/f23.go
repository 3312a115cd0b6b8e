// f23: boolean filter expressions (text/scanner) compiled to an AST and applied to rows.
package main

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"text/scanner"
)

type (
	Row   map[string]any
	Expr  interface{ Eval(Row) (bool, error) }
	Logic struct {
		Op   string // "and" | "or"
		L, R Expr
	}
	Cmp struct {
		Field, Op string
		Value     any // string or float64
	}
)

func (e Logic) Eval(r Row) (bool, error) {
	l, err := e.L.Eval(r)
	if err != nil || (e.Op == "and") != l { // short circuit: false-and / true-or
		return l, err
	}
	return e.R.Eval(r)
}

func (e Cmp) Eval(r Row) (bool, error) {
	got, c := r[e.Field], 0
	if fmt.Sprintf("%T", got) != fmt.Sprintf("%T", e.Value) {
		return false, fmt.Errorf("field %q (%T) compared with %#v", e.Field, got, e.Value)
	}
	switch g := got.(type) {
	case float64:
		c = cmp.Compare(g, e.Value.(float64))
	case string:
		c = cmp.Compare(g, e.Value.(string))
	default:
		return false, fmt.Errorf("field %q: unsupported type %T", e.Field, got)
	}
	ops := map[string]bool{"=": c == 0, "!=": c != 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0}
	return ops[e.Op], nil
}

type parser struct {
	sc  scanner.Scanner
	tok rune
	err error
}

func (p *parser) next() { p.tok = p.sc.Scan() }
func (p *parser) kw(w string) bool {
	return p.tok == scanner.Ident && strings.EqualFold(p.sc.TokenText(), w)
}
func (p *parser) errorf(f string, a ...any) {
	p.err = cmp.Or(p.err, fmt.Errorf("%s: %s", p.sc.Position, fmt.Sprintf(f, a...))) // keep the first
}

func Compile(src string) (Expr, error) {
	p := &parser{}
	p.sc.Init(strings.NewReader(src))
	p.sc.Filename = "filter"
	p.sc.Error = func(_ *scanner.Scanner, msg string) { p.errorf("%s", msg) }
	p.next()
	e := p.logic("or")
	if p.tok != scanner.EOF {
		p.errorf("unexpected %q", p.sc.TokenText())
	}
	return e, p.err
}

func (p *parser) logic(op string) Expr {
	sub := p.unary
	if op == "or" {
		sub = func() Expr { return p.logic("and") }
	}
	e := sub()
	for p.kw(op) {
		p.next()
		e = Logic{op, e, sub()}
	}
	return e
}

func (p *parser) unary() Expr {
	switch {
	case p.tok == '(':
		p.next()
		e := p.logic("or")
		if p.tok != ')' {
			p.errorf("expected ')'")
		}
		p.next()
		return e
	case p.tok != scanner.Ident:
		p.errorf("expected field name, got %q", p.sc.TokenText())
		return Cmp{}
	}
	c := Cmp{Field: p.sc.TokenText()}
	p.next()
	for c.Op = string(p.tok); p.sc.Peek() == '=' && strings.ContainsRune("<>!", p.tok); p.next() {
		c.Op += "="
	}
	p.next()
	switch p.tok {
	case scanner.String:
		c.Value, _ = strconv.Unquote(p.sc.TokenText())
	case scanner.Int, scanner.Float:
		c.Value, _ = strconv.ParseFloat(p.sc.TokenText(), 64)
	default:
		p.errorf("expected literal, got %q", p.sc.TokenText())
	}
	p.next()
	return c
}

func main() {
	rows := []Row{
		{"id": "r1", "country": "DE", "amount": 120.5, "status": "paid"},
		{"id": "r2", "country": "US", "amount": 9800.0, "status": "pending"},
		{"id": "r3", "country": "FR", "amount": 42.0, "status": "refunded"},
		{"id": "r4", "country": "US", "amount": 15.0, "status": "paid", "flag": true},
	}
	for _, f := range []string{
		`amount >= 100 and status = "paid"`, `country = "US" and (status != "paid")`, `amount > "big"`,
		`status != "refunded" or amount < 50`, `flag = 1`, `amount >> 3`, `(country = "DE"`, `country = "open`,
	} {
		expr, err := Compile(f)
		if err != nil {
			fmt.Printf("%-42s compile error: %v\n", f, err)
			continue
		}
		fmt.Printf("%-42s %T\n", f, expr)
		var ids []string
		for _, r := range rows {
			if ok, err := expr.Eval(r); err != nil {
				fmt.Printf("    eval error %s: %v\n", r["id"], err)
			} else if ok {
				ids = append(ids, r["id"].(string))
			}
		}
		fmt.Printf("    matches=%v\n", ids)
	}
}
