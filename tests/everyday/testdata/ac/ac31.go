// Langton's ant and a multi-colour turmite on a small wrapped grid.
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

func (h Heading) Delta() (int, int) {
	switch h {
	case North:
		return 0, -1
	case East:
		return 1, 0
	case South:
		return 0, 1
	}
	return -1, 0
}

// Rule string like "RL": colour i turns per letter i, then advances to colour i+1.
type Ant struct {
	X, Y  int
	Dir   Heading
	Rule  string
	grid  [][]int
	steps int
}

func NewAnt(w, h int, rule string) *Ant {
	g := make([][]int, h)
	for i := range g {
		g[i] = make([]int, w)
	}
	return &Ant{X: w / 2, Y: h / 2, Dir: North, Rule: rule, grid: g}
}

func (a *Ant) Step() {
	c := a.grid[a.Y][a.X]
	a.Dir = a.Dir.Turn(a.Rule[c] == 'R')
	a.grid[a.Y][a.X] = (c + 1) % len(a.Rule)
	dx, dy := a.Dir.Delta()
	h, w := len(a.grid), len(a.grid[0])
	a.X = (a.X + dx + w) % w
	a.Y = (a.Y + dy + h) % h
	a.steps++
}

func (a *Ant) Histogram() []int {
	hist := make([]int, len(a.Rule))
	for _, row := range a.grid {
		for _, c := range row {
			hist[c]++
		}
	}
	return hist
}

func (a *Ant) Render() string {
	palette := " #o+*x"
	var sb strings.Builder
	for y, row := range a.grid {
		for x, c := range row {
			if x == a.X && y == a.Y {
				sb.WriteString("A")
				continue
			}
			sb.WriteByte(palette[c])
		}
		sb.WriteString("|\n")
	}
	return sb.String()
}

type Observer func(a *Ant)

func run(a *Ant, n int, observers map[int]Observer) {
	for i := 1; i <= n; i++ {
		a.Step()
		if o, ok := observers[i]; ok {
			o(a)
		}
	}
}

func main() {
	ant := NewAnt(21, 13, "RL")
	report := func(a *Ant) {
		fmt.Printf("step %4d at (%2d,%2d) facing %v colours %v\n", a.steps, a.X, a.Y, a.Dir, a.Histogram())
	}
	run(ant, 400, map[int]Observer{50: report, 100: report, 200: report, 300: report, 400: report})
	fmt.Print(ant.Render())
	for _, rule := range []string{"RLR", "LLRR", "LRRRRL"} {
		t := NewAnt(15, 9, rule)
		run(t, 250, nil)
		fmt.Printf("turmite %-4s after %d steps: pos=(%d,%d) dir=%v hist=%v\n", rule, t.steps, t.X, t.Y, t.Dir, t.Histogram())
	}
	t := NewAnt(15, 9, "LLRR")
	run(t, 250, nil)
	fmt.Print(t.Render())
}
