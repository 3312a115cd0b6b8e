package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Expr interface {
	Eval(env map[string]bool) bool
	String() string
}

type (
	Var   string
	Const bool
	Not   struct{ X Expr }
	Bin   struct {
		Op   string
		L, R Expr
	}
)

var binOps = map[string]func(a, b bool) bool{
	"&":   func(a, b bool) bool { return a && b },
	"|":   func(a, b bool) bool { return a || b },
	"^":   func(a, b bool) bool { return a != b },
	"->":  func(a, b bool) bool { return !a || b },
	"<->": func(a, b bool) bool { return a == b },
}

func (v Var) Eval(env map[string]bool) bool { return env[string(v)] }
func (c Const) Eval(map[string]bool) bool   { return bool(c) }
func (n Not) Eval(env map[string]bool) bool { return !n.X.Eval(env) }
func (b Bin) Eval(env map[string]bool) bool { return binOps[b.Op](b.L.Eval(env), b.R.Eval(env)) }
func (v Var) String() string                { return string(v) }
func (c Const) String() string              { return map[bool]string{true: "1", false: "0"}[bool(c)] }
func (n Not) String() string                { return "!" + n.X.String() }
func (b Bin) String() string                { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }

// Parser: levels from loosest to tightest binding; all binary operators are left-associative
// except implication, which the grammar handles by recursing on the right.
var levels = [][]string{{"<->"}, {"->"}, {"|"}, {"^"}, {"&"}}

type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) level(i int) Expr {
	if i == len(levels) {
		return p.unary()
	}
	left := p.level(i + 1)
	for slices.Contains(levels[i], p.peek()) {
		op := p.toks[p.pos]
		p.pos++
		if op == "->" {
			return Bin{op, left, p.level(i)} // right-associative
		}
		left = Bin{op, left, p.level(i + 1)}
	}
	return left
}

func (p *parser) unary() Expr {
	t := p.toks[p.pos]
	p.pos++
	switch t {
	case "!":
		return Not{p.unary()}
	case "(":
		e := p.level(0)
		p.pos++ // ')'
		return e
	case "0", "1":
		return Const(t == "1")
	default:
		return Var(t)
	}
}

func Parse(s string) Expr {
	s = strings.NewReplacer("<->", " <-> ", "->", " -> ", "(", " ( ", ")", " ) ", "!", " ! ", "&", " & ", "|", " | ", "^", " ^ ").Replace(s)
	return (&parser{toks: strings.Fields(s)}).level(0)
}

func vars(e Expr, seen map[string]bool) {
	switch x := e.(type) {
	case Var:
		seen[string(x)] = true
	case Not:
		vars(x.X, seen)
	case Bin:
		vars(x.L, seen)
		vars(x.R, seen)
	}
}

// Table evaluates e under every assignment, calling visit for each row.
func Table(e Expr, visit func(names []string, env map[string]bool, v bool)) (trues, rows int) {
	seen := map[string]bool{}
	vars(e, seen)
	names := slices.Sorted(maps.Keys(seen))
	for mask := 0; mask < 1<<len(names); mask++ {
		env := map[string]bool{}
		for i, n := range names {
			env[n] = mask>>(len(names)-1-i)&1 == 1
		}
		v := e.Eval(env)
		if v {
			trues++
		}
		if visit != nil {
			visit(names, env, v)
		}
	}
	return trues, 1 << len(names)
}

func main() {
	fmt.Println("truth table of", Parse("a ^ b | !c"))
	Table(Parse("a ^ b | !c"), func(names []string, env map[string]bool, v bool) {
		row := ""
		for _, n := range names {
			row += fmt.Sprintf("%s=%d ", n, map[bool]int{true: 1}[env[n]])
		}
		fmt.Printf("  %s| a ^ b | !c = %t\n", row, v)
	})
	for _, src := range []string{"(p -> q) & (q -> r) -> (p -> r)", "p & !p", "p | q -> p", "!(a & b) <-> !a | !b",
		"a -> b -> c", "(a -> b) -> c", "x ^ x ^ 1", "!!z <-> z"} {
		trues, rows := Table(Parse(src), nil)
		kind := "contingent"
		switch trues {
		case rows:
			kind = "tautology"
		case 0:
			kind = "contradiction"
		}
		fmt.Printf("%-34s %-42v %2d/%-2d %s\n", src, Parse(src), trues, rows, kind)
	}
}
