package main

import (
	"fmt"
	"strings"
)

// State of a Brian's Brain / Wireworld style cell.
type State uint8

const (
	Off State = iota
	On
	Dying
	Wire // Wireworld conductor
	Head // Wireworld electron head
	Tail // Wireworld electron tail
)

var glyph = map[State]byte{Off: '.', On: 'O', Dying: '+', Wire: '#', Head: 'H', Tail: 't'}

type Rule interface {
	Next(self State, neigh func(State) int) State
	Name() string
}

type BriansBrain struct{}

func (BriansBrain) Name() string { return "Brian's Brain" }
func (BriansBrain) Next(s State, n func(State) int) State {
	switch {
	case s == On:
		return Dying
	case s == Off && n(On) == 2:
		return On
	}
	return Off
}

type Wireworld struct{}

func (Wireworld) Name() string { return "Wireworld" }
func (Wireworld) Next(s State, n func(State) int) State {
	switch s {
	case Head:
		return Tail
	case Tail:
		return Wire
	case Wire:
		if h := n(Head); h == 1 || h == 2 {
			return Head
		}
		return Wire
	}
	return s
}

type Grid struct {
	cells [][]State
	rule  Rule
}

func Parse(rule Rule, s string) *Grid {
	rev := map[byte]State{}
	for k, v := range glyph {
		rev[v] = k
	}
	g := &Grid{rule: rule}
	for _, line := range strings.Split(strings.Trim(s, "\n"), "\n") {
		row := make([]State, len(line))
		for i := range line {
			row[i] = rev[line[i]]
		}
		g.cells = append(g.cells, row)
	}
	return g
}

func (g *Grid) Step() {
	h, w := len(g.cells), len(g.cells[0])
	next := make([][]State, h)
	for y := range h {
		next[y] = make([]State, w)
		for x := range w {
			count := func(want State) int {
				n := 0
				for dy := -1; dy <= 1; dy++ {
					for dx := -1; dx <= 1; dx++ {
						yy, xx := (y+dy+h)%h, (x+dx+w)%w
						if (dx != 0 || dy != 0) && g.cells[yy][xx] == want {
							n++
						}
					}
				}
				return n
			}
			next[y][x] = g.rule.Next(g.cells[y][x], count)
		}
	}
	g.cells = next
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, s := range row {
			sb.WriteByte(glyph[s])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g *Grid) Count(s State) int { return strings.Count(g.String(), string(glyph[s])) }

func main() {
	brain := Parse(BriansBrain{}, `
..................
..................
.......OO.........
.......OO.........
..................
............O.....
...........O......
..................`)
	fmt.Println("==", brain.rule.Name())
	for gen := 0; gen <= 6; gen++ {
		if gen%3 == 0 {
			fmt.Printf("gen %d on=%d dying=%d\n%v", gen, brain.Count(On), brain.Count(Dying), brain)
		}
		brain.Step()
	}

	// A small wire loop with an electron, feeding an output line to the right.
	wire := Parse(Wireworld{}, `
.tH####......
.#.....#.....
..#####.#####
.............`)
	fmt.Println("==", wire.rule.Name())
	var heads []string
	for gen := 0; gen < 12; gen++ {
		heads = append(heads, fmt.Sprint(wire.Count(Head)))
		if gen == 0 || gen == 11 {
			fmt.Print(wire)
		}
		wire.Step()
	}
	fmt.Println("heads per gen:", strings.Join(heads, " "))
}
