package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Kind int

const (
	KWord Kind = iota
	KOp
	KAnd
	KOr
	KNot
	KLParen
	KRParen
	KEnd
)

func (k Kind) String() string {
	return [...]string{"WORD", "OP", "AND", "OR", "NOT", "LPAREN", "RPAREN", "END"}[k]
}

type Tok struct {
	K   Kind
	S   string
	Pos int
}

func tokenize(s string) []Tok {
	var out []Tok
	for i := 0; i < len(s); {
		j, k := i+1, KWord
		switch c := s[i]; {
		case c == ' ':
			i++
			continue
		case c == '(' || c == ')':
			k = KLParen + Kind(c-'(')
		case strings.IndexByte(":<>=!", c) >= 0:
			k = KOp
			if j < len(s) && s[j] == '=' {
				j++
			}
		default:
			for j < len(s) && strings.IndexByte(" ():<>=!", s[j]) < 0 {
				j++
			}
			k = map[string]Kind{"AND": KAnd, "OR": KOr, "NOT": KNot}[s[i:j]]
		}
		out = append(out, Tok{k, s[i:j], i})
		i = j
	}
	return append(out, Tok{KEnd, "", len(s)})
}

type Expr interface{ String() string }
type Logic struct {
	Op   Kind
	L, R Expr
}
type Not struct{ X Expr }
type Cmp struct{ Field, Op, Val string }

func (l Logic) String() string {
	return "(" + l.L.String() + " " + l.Op.String() + " " + l.R.String() + ")"
}
func (n Not) String() string { return "!" + n.X.String() }
func (c Cmp) String() string { return c.Field + c.Op + c.Val }

type Parser struct {
	t []Tok
	i int
}

func (p *Parser) accept(k Kind) (ok bool) {
	if ok = p.t[p.i].K == k; ok {
		p.i++
	}
	return
}

func (p *Parser) fail(what string) {
	t := p.t[p.i]
	panic(fmt.Sprintf("col %d: %s, found %s %q", t.Pos+1, what, t.K, t.S))
}

func (p *Parser) level(k Kind, sub func() Expr) Expr {
	l := sub()
	for p.accept(k) {
		l = Logic{k, l, sub()}
	}
	return l
}

func (p *Parser) or() Expr  { return p.level(KOr, p.and) }
func (p *Parser) and() Expr { return p.level(KAnd, p.unary) }

func (p *Parser) unary() Expr {
	if p.accept(KNot) {
		return Not{p.unary()}
	}
	if p.accept(KLParen) {
		e := p.or()
		if !p.accept(KRParen) {
			p.fail("expected )")
		}
		return e
	}
	var parts [3]string
	for n, want := range []Kind{KWord, KOp, KWord} {
		if p.t[p.i].K != want {
			p.fail("expected " + want.String())
		}
		parts[n] = p.t[p.i].S
		p.i++
	}
	return Cmp{parts[0], parts[1], parts[2]}
}

func eval(e Expr, r map[string]string) bool {
	switch e := e.(type) {
	case Logic:
		if e.Op == KAnd {
			return eval(e.L, r) && eval(e.R, r)
		}
		return eval(e.L, r) || eval(e.R, r)
	case Not:
		return !eval(e.X, r)
	case Cmp:
		got, ok := r[e.Field]
		switch {
		case !ok:
			return false
		case e.Op == ":" || e.Op == "=" || e.Op == "==":
			return got == e.Val
		case e.Op == "!=":
			return got != e.Val
		}
		a, errA := strconv.Atoi(got)
		b, errB := strconv.Atoi(e.Val)
		if errA != nil || errB != nil {
			return false
		}
		return e.Op[0] == '>' && a > b || e.Op[0] == '<' && a < b || strings.HasSuffix(e.Op, "=") && a == b
	}
	return false
}

func compile(src string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("filter %q: %v", src, r)
		}
	}()
	p := &Parser{t: tokenize(src)}
	if e = p.or(); p.t[p.i].K != KEnd {
		p.fail("expected end")
	}
	return e, nil
}

func main() {
	people := []map[string]string{
		{"name": "ana", "age": "34", "role": "admin", "status": "active"},
		{"name": "bo", "age": "22", "role": "dev", "status": "active"},
		{"name": "cy", "age": "41", "role": "dev", "status": "suspended"},
		{"name": "di", "age": "29", "role": "ops", "status": "active"},
		{"name": "ed", "age": "52", "role": "admin", "status": "retired"},
	}
	filters := []string{
		"status:active",
		"age>30 AND role:dev",
		"status:active AND (age>30 OR NOT role:admin)",
		"NOT (role:admin OR role:ops)",
		"age>=29 AND age<=41",
		"role!=dev AND status!=retired",
		"name:bo OR name:ed OR shoe:9",
		"(age>10",
		"age>10 role:dev",
		"age > ",
		"AND x:y",
	}
	for _, f := range filters {
		e, err := compile(f)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		var names []string
		for _, r := range people {
			if eval(e, r) {
				names = append(names, r["name"])
			}
		}
		fmt.Printf("%-46s %-44s -> %v\n", f, e, names)
	}
}
