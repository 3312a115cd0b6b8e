package main

import (
	"fmt"
	"strings"
)

// Rule is an elementary (Wolfram) cellular automaton rule number.
type Rule uint8

func (r Rule) String() string { return fmt.Sprintf("rule %d (%08b)", uint8(r), uint8(r)) }

// Next computes one generation; the row wraps around at the edges.
func (r Rule) Next(cells []bool) []bool {
	n := len(cells)
	out := make([]bool, n)
	for i := range cells {
		idx := 0
		for _, c := range []bool{cells[(i-1+n)%n], cells[i], cells[(i+1)%n]} {
			idx <<= 1
			if c {
				idx |= 1
			}
		}
		out[i] = r>>idx&1 == 1
	}
	return out
}

type Boundary interface {
	Seed(width int) []bool
	Name() string
}

type SingleCell struct{}
type Pattern string

func (SingleCell) Name() string { return "single center cell" }
func (SingleCell) Seed(w int) []bool {
	cells := make([]bool, w)
	cells[w/2] = true
	return cells
}
func (p Pattern) Name() string { return "pattern " + string(p) }
func (p Pattern) Seed(w int) []bool {
	cells := make([]bool, w)
	for i := range cells {
		cells[i] = p[i%len(p)] == '#'
	}
	return cells
}

func render(cells []bool) string {
	var sb strings.Builder
	for _, c := range cells {
		sb.WriteByte(map[bool]byte{true: '#', false: '.'}[c])
	}
	return sb.String()
}

func population(cells []bool) (n int) {
	for _, c := range cells {
		if c {
			n++
		}
	}
	return n
}

func main() {
	const width, gens = 31, 8
	runs := []struct {
		rule Rule
		seed Boundary
	}{
		{30, SingleCell{}},
		{90, SingleCell{}},
		{110, Pattern("#..#...")},
		{184, Pattern("##.#..#.")}, // traffic flow
		{1, SingleCell{}},
	}
	for _, run := range runs {
		fmt.Printf("%v, %s\n", run.rule, run.seed.Name())
		cells := run.seed.Seed(width)
		seen := map[string]int{}
		for g := 0; g <= gens; g++ {
			key := render(cells)
			if first, ok := seen[key]; ok {
				fmt.Printf("   cycle: generation %d repeats generation %d\n", g, first)
				break
			}
			seen[key] = g
			fmt.Printf("%2d %s %2d\n", g, key, population(cells))
			cells = run.rule.Next(cells)
		}
	}
}
