package main

import (
	"fmt"
	"strings"
)

// Elementary cellular automata: rule 30, rule 90 and rule 110.

type Rule uint8

func (r Rule) Next(left, center, right bool) bool {
	idx := 0
	if left {
		idx |= 4
	}
	if center {
		idx |= 2
	}
	if right {
		idx |= 1
	}
	return r&(1<<idx) != 0
}

func (r Rule) String() string { return fmt.Sprintf("Rule %d (%08b)", uint8(r), uint8(r)) }

func step(r Rule, cells []bool) []bool {
	n := len(cells)
	out := make([]bool, n)
	for i := range cells {
		l := cells[(i-1+n)%n]
		c := cells[i]
		rr := cells[(i+1)%n]
		out[i] = r.Next(l, c, rr)
	}
	return out
}

func render(cells []bool) string {
	var sb strings.Builder
	for _, c := range cells {
		if c {
			sb.WriteByte('#')
		} else {
			sb.WriteByte('.')
		}
	}
	return sb.String()
}

func count(cells []bool) int {
	n := 0
	for _, c := range cells {
		if c {
			n++
		}
	}
	return n
}

func run(r Rule, width, gens int, seedRight bool) {
	fmt.Println(r)
	cells := make([]bool, width)
	if seedRight {
		cells[width-2] = true
	} else {
		cells[width/2] = true
	}
	for g := range gens {
		fmt.Printf("%2d %s %2d\n", g, render(cells), count(cells))
		cells = step(r, cells)
	}
	fmt.Println()
}

func main() {
	run(30, 41, 16, false)
	run(90, 41, 16, false)
	run(110, 41, 16, true)

	// Rule 30 center column as a pseudo-random bit source
	cells := make([]bool, 201)
	cells[100] = true
	var bits strings.Builder
	var value uint32
	for i := range 32 {
		b := cells[100]
		if b {
			bits.WriteByte('1')
			value |= 1 << (31 - i)
		} else {
			bits.WriteByte('0')
		}
		cells = step(30, cells)
	}
	fmt.Printf("rule30 center bits: %s = %d (0x%08X)\n", bits.String(), value, value)
}
