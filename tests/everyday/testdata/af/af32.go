package main

import (
	"fmt"
	"regexp"
	"strings"
)

type Node interface{ String() string }
type Char struct {
	Desc  string
	Match func(rune) bool
}
type Cat struct{ L, R Node }
type Alt struct{ L, R Node }
type Repeat struct {
	X  Node
	Op byte // '*', '+', '?'
}
type Empty struct{}

func (c Char) String() string   { return c.Desc }
func (c Cat) String() string    { return c.L.String() + c.R.String() }
func (a Alt) String() string    { return "(" + a.L.String() + "|" + a.R.String() + ")" }
func (r Repeat) String() string { return "{" + r.X.String() + "}" + string(r.Op) }
func (Empty) String() string    { return "ε" }

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("at %d: %s", e.Pos, e.Msg) }

type parser struct {
	src []rune
	pos int
}

func (p *parser) peek() rune {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) alt() Node {
	n := p.cat()
	for p.peek() == '|' {
		p.pos++
		n = Alt{n, p.cat()}
	}
	return n
}

func (p *parser) cat() Node {
	var n Node = Empty{}
	for c := p.peek(); c != 0 && c != '|' && c != ')'; c = p.peek() {
		a := p.atom()
		if c := p.peek(); c == '*' || c == '+' || c == '?' {
			a = Repeat{a, byte(c)}
			p.pos++
		}
		if _, ok := n.(Empty); ok {
			n = a
		} else {
			n = Cat{n, a}
		}
	}
	return n
}

var classes = map[rune]func(rune) bool{
	'd': func(r rune) bool { return r >= '0' && r <= '9' },
	'w': func(r rune) bool {
		return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	},
	's': func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' },
}

func (p *parser) atom() Node {
	c := p.peek()
	p.pos++
	switch c {
	case '(':
		n := p.alt()
		if p.peek() != ')' {
			panic(&SyntaxError{p.pos, "missing )"})
		}
		p.pos++
		return n
	case '*', '+', '?':
		panic(&SyntaxError{p.pos - 1, "nothing to repeat before " + string(c)})
	case '.':
		return Char{".", func(r rune) bool { return r != '\n' }}
	case '\\':
		e := p.peek()
		p.pos++
		if e == 0 {
			panic(&SyntaxError{p.pos - 1, "trailing backslash"})
		}
		if f, ok := classes[e]; ok {
			return Char{`\` + string(e), f}
		}
		return Char{`\` + string(e), func(r rune) bool { return r == e }}
	}
	return Char{string(c), func(r rune) bool { return r == c }}
}

// match is a continuation-passing backtracking matcher over the AST.
func match(n Node, s []rune, k func([]rune) bool) bool {
	switch n := n.(type) {
	case Char:
		return len(s) > 0 && n.Match(s[0]) && k(s[1:])
	case Cat:
		return match(n.L, s, func(rest []rune) bool { return match(n.R, rest, k) })
	case Alt:
		return match(n.L, s, k) || match(n.R, s, k)
	case Repeat:
		switch n.Op {
		case '?':
			return match(n.X, s, k) || k(s)
		case '+':
			return match(n.X, s, func(rest []rune) bool { return match(Repeat{n.X, '*'}, rest, k) })
		}
		// '*': greedy, but refuse iterations that consume nothing to avoid infinite loops
		return match(n.X, s, func(rest []rune) bool { return len(rest) < len(s) && match(n, rest, k) }) || k(s)
	}
	return k(s) // Empty
}

func Compile(pat string) (ast Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(*SyntaxError)
		}
	}()
	p := &parser{src: []rune(pat)}
	if ast = p.alt(); p.pos < len(p.src) {
		panic(&SyntaxError{p.pos, "unexpected )"})
	}
	return ast, nil
}

func FullMatch(ast Node, s string) bool {
	return match(ast, []rune(s), func(rest []rune) bool { return len(rest) == 0 })
}

func main() {
	inputs := []string{"", "b", "ab", "abab", "aab", "cat", "cot", "c.t", "x-42", "id_7", "colour", "color", "a+b"}
	for _, pat := range []string{"(ab)*", "a+b?", "c.t", "c\\.t", "\\w+-\\d\\d", "colou?r|cat", "(a|b)*b", "a\\+b", "a**", "(a|)b", "(ab", "ab)", "*a", "x\\"} {
		ast, err := Compile(pat)
		if err != nil {
			fmt.Printf("%-12s syntax error %v\n", pat, err)
			continue
		}
		var hits []string
		std := regexp.MustCompile("^(?:" + pat + ")$")
		agree := true
		for _, in := range inputs {
			ok := FullMatch(ast, in)
			if ok {
				hits = append(hits, fmt.Sprintf("%q", in))
			}
			agree = agree && ok == std.MatchString(in)
		}
		fmt.Printf("%-12s ast=%-22s matches %-24s regexp agrees: %v\n", pat, ast, strings.Join(hits, " "), agree)
	}
}
