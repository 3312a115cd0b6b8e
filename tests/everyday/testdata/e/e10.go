package main

import (
	"fmt"
	"strings"
)

type Heading int

const (
	North Heading = iota
	East
	South
	West
)

func (h Heading) String() string { return [...]string{"N", "E", "S", "W"}[h] }

func (h Heading) Turn(right bool) Heading {
	if right {
		return (h + 1) % 4
	}
	return (h + 3) % 4
}

var delta = [4][2]int{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}

// Ant generalises Langton's ant: rule "RL" is classic; each char is the
// turn taken on a cell of that colour index, which then advances by one.
type Ant struct {
	X, Y   int
	Facing Heading
	Rule   string
	Steps  int
}

type World struct {
	W, H int
	Grid [][]uint8
	Ants []*Ant
}

func NewWorld(w, h int) *World {
	g := make([][]uint8, h)
	for i := range g {
		g[i] = make([]uint8, w)
	}
	return &World{W: w, H: h, Grid: g}
}

func (w *World) Tick() {
	for _, a := range w.Ants {
		c := &w.Grid[a.Y][a.X]
		a.Facing = a.Facing.Turn(a.Rule[*c] == 'R')
		*c = uint8((int(*c) + 1) % len(a.Rule))
		d := delta[a.Facing]
		a.X = (a.X + d[0] + w.W) % w.W
		a.Y = (a.Y + d[1] + w.H) % w.H
		a.Steps++
	}
}

func (w *World) Histogram() map[uint8]int {
	h := map[uint8]int{}
	for _, row := range w.Grid {
		for _, v := range row {
			h[v]++
		}
	}
	return h
}

func (w *World) Render(x0, y0, x1, y1 int) string {
	const palette = " #+o*"
	var sb strings.Builder
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			ch := palette[w.Grid[y][x]]
			for _, a := range w.Ants {
				if a.X == x && a.Y == y {
					ch = '@'
				}
			}
			sb.WriteByte(ch)
		}
		sb.WriteString("|\n")
	}
	return sb.String()
}

func main() {
	w := NewWorld(64, 64)
	w.Ants = append(w.Ants, &Ant{X: 32, Y: 32, Facing: North, Rule: "RL"})
	checkpoints := map[int]bool{100: true, 500: true, 1000: true, 11000: true}
	for i := 1; i <= 11000; i++ {
		w.Tick()
		if checkpoints[i] {
			a := w.Ants[0]
			fmt.Printf("step %5d: ant at (%2d,%2d) facing %v, black cells=%d\n", i, a.X, a.Y, a.Facing, w.Histogram()[1])
		}
	}
	fmt.Print(w.Render(20, 24, 44, 40))

	// Two multi-colour ants sharing a world.
	w2 := NewWorld(24, 12)
	w2.Ants = []*Ant{
		{X: 6, Y: 6, Facing: East, Rule: "RLR"},
		{X: 18, Y: 6, Facing: West, Rule: "LLRR"},
	}
	for range 300 {
		w2.Tick()
	}
	for i, a := range w2.Ants {
		fmt.Printf("ant %d %+v\n", i, *a)
	}
	h := w2.Histogram()
	for c := uint8(0); c < 4; c++ {
		fmt.Printf("colour %d: %3d\n", c, h[c])
	}
	fmt.Print(w2.Render(0, 0, 23, 11))
}
