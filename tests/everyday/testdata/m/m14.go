package main

import (
	"fmt"
	"strings"
)

type State uint8

const (
	Start State = iota
	Signed
	Int
	LeadDot
	IntDot
	Frac
	Exp
	ExpSign
	ExpInt
	Dead
	numStates
)

var stateNames = [numStates]string{"Start", "Signed", "Int", "LeadDot", "IntDot", "Frac", "Exp", "ExpSign", "ExpInt", "Dead"}

func (s State) String() string { return stateNames[s] }

type Class uint8

const (
	Digit Class = iota
	Sign
	Dot
	ExpMark
	Other
	numClasses
)

func (c Class) String() string { return [...]string{"digit", "sign", "dot", "e", "other"}[c] }

func classify(r rune) Class {
	switch {
	case r >= '0' && r <= '9':
		return Digit
	case r == '+' || r == '-':
		return Sign
	case r == '.':
		return Dot
	case r == 'e' || r == 'E':
		return ExpMark
	}
	return Other
}

type Kind int

const (
	Reject Kind = iota
	Integer
	Decimal
	Scientific
)

func (k Kind) String() string { return [...]string{"reject", "integer", "decimal", "scientific"}[k] }

var table [numStates][numClasses]State
var accept = map[State]Kind{Int: Integer, IntDot: Decimal, Frac: Decimal, ExpInt: Scientific}

func init() {
	for s := range table {
		for c := range table[s] {
			table[s][c] = Dead
		}
	}
	edges := []struct {
		from State
		on   Class
		to   State
	}{
		{Start, Digit, Int}, {Start, Sign, Signed}, {Start, Dot, LeadDot},
		{Signed, Digit, Int}, {Signed, Dot, LeadDot},
		{Int, Digit, Int}, {Int, Dot, IntDot}, {Int, ExpMark, Exp},
		{LeadDot, Digit, Frac},
		{IntDot, Digit, Frac}, {IntDot, ExpMark, Exp},
		{Frac, Digit, Frac}, {Frac, ExpMark, Exp},
		{Exp, Digit, ExpInt}, {Exp, Sign, ExpSign},
		{ExpSign, Digit, ExpInt},
		{ExpInt, Digit, ExpInt},
	}
	for _, e := range edges {
		table[e.from][e.on] = e.to
	}
}

func Recognize(s string, trace func(State, rune, State)) (Kind, State) {
	st := Start
	for _, r := range s {
		next := table[st][classify(r)]
		if trace != nil {
			trace(st, r, next)
		}
		st = next
		if st == Dead {
			break
		}
	}
	return accept[st], st
}

func main() {
	fmt.Printf("%-8s", "")
	for c := Class(0); c < numClasses; c++ {
		fmt.Printf("%-8v", c)
	}
	fmt.Println()
	for s := State(0); s < Dead; s++ {
		fmt.Printf("%-8v", s)
		for c := Class(0); c < numClasses; c++ {
			cell := table[s][c].String()
			if table[s][c] == Dead {
				cell = "-"
			}
			fmt.Printf("%-8s", cell)
		}
		fmt.Println()
	}
	fmt.Println("trace of \"-12.5e+3\":")
	Recognize("-12.5e+3", func(from State, r rune, to State) {
		fmt.Printf("  %-7v on %q -> %v\n", from, r, to)
	})
	inputs := []string{"0", "42", "-7", "+3.14", ".5", "5.", "1e10", "2.5E-3", "-.e1", "1e", "12a", "", "+", "--1", "6.02e23"}
	counts := map[Kind][]string{}
	for _, in := range inputs {
		k, final := Recognize(in, nil)
		counts[k] = append(counts[k], fmt.Sprintf("%q", in))
		fmt.Printf("%-9q %-10v (final state %v)\n", in, k, final)
	}
	for k := Reject; k <= Scientific; k++ {
		fmt.Printf("%-10v %s\n", k, strings.Join(counts[k], " "))
	}
}
