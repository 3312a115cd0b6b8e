package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Thompson-construction NFA for a small regex dialect: literals, '.', '|', '*', '+', '?', parentheses.
type StateKind int

const (
	Char StateKind = iota
	Any
	Split
	Match
)

type State struct {
	Kind      StateKind
	C         byte
	Out, Out1 *State
}

type Frag struct {
	Start *State
	Outs  []**State
}

func (f Frag) patch(s *State) {
	for _, o := range f.Outs {
		*o = s
	}
}

// toPostfix inserts explicit concatenation ('&') and converts to postfix via shunting-yard.
func toPostfix(re string) string {
	re = "(" + re + ")" // the outer group flushes the operator stack at the end
	var withConcat, out, ops []byte
	for i := 0; i < len(re); i++ {
		withConcat = append(withConcat, re[i])
		if i+1 < len(re) && !strings.ContainsRune("(|", rune(re[i])) && !strings.ContainsRune(")|*+?", rune(re[i+1])) {
			withConcat = append(withConcat, '&')
		}
	}
	prec := map[byte]int{'|': 1, '&': 2}
	for _, c := range withConcat {
		switch c {
		case '(':
			ops = append(ops, c)
		case ')', '|', '&':
			for len(ops) > 0 && ops[len(ops)-1] != '(' && (c == ')' || prec[ops[len(ops)-1]] >= prec[c]) {
				out, ops = append(out, ops[len(ops)-1]), ops[:len(ops)-1]
			}
			if c == ')' {
				ops = ops[:len(ops)-1]
			} else {
				ops = append(ops, c)
			}
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

func Compile(re string) (*State, int) {
	stack, n := []Frag{}, 0
	newState := func(s State) *State { n++; return &s }
	pop := func() Frag { f := stack[len(stack)-1]; stack = stack[:len(stack)-1]; return f }
	for _, c := range []byte(toPostfix(re)) {
		switch c {
		case '&':
			b, a := pop(), pop()
			a.patch(b.Start)
			stack = append(stack, Frag{a.Start, b.Outs})
		case '|':
			b, a := pop(), pop()
			s := newState(State{Kind: Split, Out: a.Start, Out1: b.Start})
			stack = append(stack, Frag{s, append(a.Outs, b.Outs...)})
		case '*', '+', '?':
			a := pop()
			s := newState(State{Kind: Split, Out: a.Start})
			f := Frag{s, []**State{&s.Out1}}
			if c == '?' {
				f.Outs = append(f.Outs, a.Outs...)
			} else {
				a.patch(s) // loop back
			}
			if c == '+' {
				f.Start = a.Start
			}
			stack = append(stack, f)
		default:
			s := newState(State{Kind: Char, C: c})
			if c == '.' {
				s.Kind = Any
			}
			stack = append(stack, Frag{s, []**State{&s.Out}})
		}
	}
	f := pop()
	f.patch(newState(State{Kind: Match}))
	return f.Start, n
}

func addState(set map[*State]bool, s *State) {
	if s == nil || set[s] {
		return
	}
	set[s] = true
	if s.Kind == Split {
		addState(set, s.Out)
		addState(set, s.Out1)
	}
}

// Matches simulates all NFA paths in lock step (no backtracking).
func Matches(start *State, input string) bool {
	cur := map[*State]bool{}
	addState(cur, start)
	for i := 0; i < len(input); i++ {
		next := map[*State]bool{}
		for s := range cur {
			if s.Kind == Any || (s.Kind == Char && s.C == input[i]) {
				addState(next, s.Out)
			}
		}
		cur = next
	}
	return slices.ContainsFunc(slices.Collect(maps.Keys(cur)), func(s *State) bool { return s.Kind == Match })
}

func main() {
	cases := map[string][]string{
		"a(b|c)*d": {"ad", "abcbd", "abxd", "abc"}, "colou?r": {"color", "colour", "colouur"},
		"(ab)+": {"", "ab", "ababab", "aba"}, "h.t": {"hat", "hot", "heat"}, "(a|b)*abb": {"abb", "aababb", "abab"},
		"x(y|z?)+w*": {"x", "xyzzyw", "xww", "xa"}, "(0|1(01*0)*1)*": {"0", "11", "110", "1001", "111"},
	}
	for _, p := range slices.Sorted(maps.Keys(cases)) {
		start, n := Compile(p)
		fmt.Printf("%-15s postfix=%-20s states=%d\n", p, toPostfix(p), n)
		var results []string
		for _, in := range cases[p] {
			results = append(results, fmt.Sprintf("%q:%t", in, Matches(start, in)))
		}
		fmt.Println("    " + strings.Join(results, " "))
	}
}
