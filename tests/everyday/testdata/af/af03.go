package main

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Cond interface{}
type Logic struct {
	Op   string
	L, R Cond
}
type Compare struct {
	Col, Op string
	Val     any
}
type ParseError struct {
	Pos       int
	Want, Got string
}

func (e *ParseError) Error() string { return fmt.Sprintf("@%d: want %s, got %q", e.Pos, e.Want, e.Got) }

type tok struct {
	s   string
	pos int
}

func lex(src string) []tok {
	var out []tok
	for i := 0; i < len(src); {
		j := i + 1
		switch c := src[i]; {
		case c == ' ':
		case c == '\'':
			j += strings.IndexByte(src[j:], '\'') + 1
		case strings.IndexByte("<>=!", c) >= 0:
			for j < len(src) && strings.IndexByte("<>=", src[j]) >= 0 {
				j++
			}
		case c != '(' && c != ')':
			for j < len(src) && strings.IndexByte(" ()'<>=!", src[j]) < 0 {
				j++
			}
		}
		if src[i] != ' ' {
			out = append(out, tok{src[i:j], i})
		}
		i = j
	}
	return append(out, tok{"<end>", len(src)})
}

type parser struct {
	toks []tok
	i    int
}

func (p *parser) kw() string { return strings.ToUpper(p.toks[p.i].s) }

func (p *parser) fail(want string) { panic(&ParseError{p.toks[p.i].pos, want, p.toks[p.i].s}) }

func (p *parser) logic(op string, sub func() Cond) Cond {
	l := sub()
	for p.kw() == op {
		p.i++
		l = Logic{op, l, sub()}
	}
	return l
}

func (p *parser) or() Cond  { return p.logic("OR", p.and) }
func (p *parser) and() Cond { return p.logic("AND", p.not) }

func (p *parser) not() Cond {
	switch p.kw() {
	case "NOT":
		p.i++
		return Logic{"NOT", p.not(), nil}
	case "(":
		p.i++
		c := p.or()
		if p.kw() != ")" {
			p.fail("')'")
		}
		p.i++
		return c
	}
	col := p.operand("column")
	switch op := p.kw(); op {
	case "=", "<>", "<", ">", "<=", ">=", "LIKE":
		p.i++
		s := p.operand("value")
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return Compare{col, op, f}
		}
		return Compare{col, op, strings.Trim(s, "'")}
	}
	p.fail("comparison operator")
	return nil
}

func (p *parser) operand(what string) string {
	t := p.toks[p.i]
	if t.s == "<end>" || strings.ContainsAny(t.s[:1], "()<>=!") {
		p.fail(what)
	}
	p.i++
	return t.s
}

func Parse(src string) (c Cond, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(*ParseError)
		}
	}()
	p := &parser{toks: lex(src)}
	if c = p.or(); p.kw() != "<END>" {
		p.fail("end of input")
	}
	return c, nil
}

func like(s, pat string) bool {
	switch {
	case pat == "":
		return s == ""
	case pat[0] == '%':
		return like(s, pat[1:]) || s != "" && like(s[1:], pat)
	}
	return s != "" && (pat[0] == '_' || s[0] == pat[0]) && like(s[1:], pat[1:])
}

func compare(a, b any) int {
	x, ok1 := a.(float64)
	y, ok2 := b.(float64)
	if ok1 && ok2 {
		return cmp.Compare(x, y)
	}
	return strings.Compare(fmt.Sprint(a), fmt.Sprint(b))
}

func match(c Cond, row map[string]any) bool {
	switch c := c.(type) {
	case Logic:
		switch c.Op {
		case "AND":
			return match(c.L, row) && match(c.R, row)
		case "OR":
			return match(c.L, row) || match(c.R, row)
		}
		return !match(c.L, row)
	case Compare:
		if c.Op == "LIKE" {
			return like(fmt.Sprint(row[c.Col]), fmt.Sprint(c.Val))
		}
		n := compare(row[c.Col], c.Val)
		return map[string]bool{"=": n == 0, "<>": n != 0, "<": n < 0, ">": n > 0, "<=": n <= 0, ">=": n >= 0}[c.Op]
	}
	return false
}

func main() {
	var rows []map[string]any
	for i, line := range []string{"widget,9.5,tools", "gadget,24,toys", "wrench,15.25,tools", "yo-yo,3,toys", "drill,89.99,tools"} {
		f := strings.Split(line, ",")
		price, _ := strconv.ParseFloat(f[1], 64)
		rows = append(rows, map[string]any{"id": float64(i + 1), "name": f[0], "price": price, "cat": f[2]})
	}
	for _, q := range []string{
		"cat = 'tools' AND price < 20",
		"name LIKE 'w%' OR name LIKE '_o-%'",
		"id >= 3 AND NOT name = 'wrench'",
		"(cat = 'toys' OR price > 50) and id >= 2",
		"not (price <= 9.5 or price >= 24)",
		"cat = 'AND'",
		"price > ",
		"(id = 1 OR id = 2",
		"cat = 'tools' extra",
		"name ~ 'x'",
	} {
		c, err := Parse(q)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%-42s syntax error %v\n", q, pe)
			continue
		}
		var names []string
		for _, r := range rows {
			if match(c, r) {
				names = append(names, r["name"].(string))
			}
		}
		fmt.Printf("%-42s -> [%s]\n", q, strings.Join(names, ", "))
	}
}
