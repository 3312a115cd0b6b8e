package main

import (
	"fmt"
	"strings"
)

// Elementary is a one-dimensional two-state cellular automaton with a Wolfram rule number.
type Elementary struct {
	Rule  uint8
	Cells []bool
	Wrap  bool
}

func (e *Elementary) next(l, c, r bool) bool {
	idx := 0
	if l {
		idx |= 4
	}
	if c {
		idx |= 2
	}
	if r {
		idx |= 1
	}
	return e.Rule>>idx&1 == 1
}

func (e *Elementary) Step() {
	n := len(e.Cells)
	out := make([]bool, n)
	for i := range e.Cells {
		var l, r bool
		switch {
		case i > 0:
			l = e.Cells[i-1]
		case e.Wrap:
			l = e.Cells[n-1]
		}
		switch {
		case i < n-1:
			r = e.Cells[i+1]
		case e.Wrap:
			r = e.Cells[0]
		}
		out[i] = e.next(l, e.Cells[i], r)
	}
	e.Cells = out
}

func (e *Elementary) String() string {
	var sb strings.Builder
	for _, c := range e.Cells {
		if c {
			sb.WriteByte('#')
		} else {
			sb.WriteByte('.')
		}
	}
	return sb.String()
}

func (e *Elementary) Count() int {
	n := 0
	for _, c := range e.Cells {
		if c {
			n++
		}
	}
	return n
}

func ruleTable(rule uint8) string {
	var parts []string
	for idx := 7; idx >= 0; idx-- {
		pat := fmt.Sprintf("%03b", idx)
		pat = strings.NewReplacer("1", "#", "0", ".").Replace(pat)
		out := "."
		if rule>>idx&1 == 1 {
			out = "#"
		}
		parts = append(parts, pat+"->"+out)
	}
	return strings.Join(parts, " ")
}

func singleSeed(width int, at int) []bool {
	c := make([]bool, width)
	c[at] = true
	return c
}

func main() {
	for _, rule := range []uint8{30, 90, 110} {
		fmt.Printf("rule %d: %s\n", rule, ruleTable(rule))
		seedAt := 31
		if rule == 110 {
			seedAt = 62
		}
		ca := &Elementary{Rule: rule, Cells: singleSeed(64, seedAt)}
		for gen := 0; gen < 16; gen++ {
			fmt.Printf("%2d %s %2d\n", gen, ca, ca.Count())
			ca.Step()
		}
	}

	// Rule 30 centre column as a bit generator (wrapped).
	ca := &Elementary{Rule: 30, Cells: singleSeed(101, 50), Wrap: true}
	var bits strings.Builder
	var word uint32
	for i := 0; i < 32; i++ {
		b := ca.Cells[50]
		if b {
			bits.WriteByte('1')
			word |= 1 << (31 - i)
		} else {
			bits.WriteByte('0')
		}
		ca.Step()
	}
	fmt.Printf("rule30 centre bits: %s = %#08x\n", bits.String(), word)

	// Density survey after 200 steps on a wrapped ring, same seed for all rules.
	fmt.Println("rule  density%")
	for _, rule := range []uint8{18, 30, 54, 60, 90, 102, 110, 150, 184} {
		ca := &Elementary{Rule: rule, Cells: singleSeed(101, 50), Wrap: true}
		for range 200 {
			ca.Step()
		}
		fmt.Printf("%4d  %5.1f\n", rule, 100*float64(ca.Count())/float64(len(ca.Cells)))
	}
}
