package main

import (
	"fmt"
	"slices"
	"strings"
)

type Cell struct{ X, Y int }

type World map[Cell]bool

func Parse(rows ...string) World {
	w := World{}
	for y, row := range rows {
		for x, c := range row {
			if c == '#' {
				w[Cell{x, y}] = true
			}
		}
	}
	return w
}

func (w World) Step() World {
	counts := map[Cell]int{}
	for c := range w {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if dx != 0 || dy != 0 {
					counts[Cell{c.X + dx, c.Y + dy}]++
				}
			}
		}
	}
	next := World{}
	for c, n := range counts {
		if n == 3 || n == 2 && w[c] {
			next[c] = true
		}
	}
	return next
}

// Normalize returns the shape translated to the origin, plus the offset removed.
func (w World) Normalize() (string, Cell) {
	cells := make([]Cell, 0, len(w))
	minC := Cell{1 << 30, 1 << 30}
	for c := range w {
		cells = append(cells, c)
		minC = Cell{min(minC.X, c.X), min(minC.Y, c.Y)}
	}
	slices.SortFunc(cells, func(a, b Cell) int {
		if a.Y != b.Y {
			return a.Y - b.Y
		}
		return a.X - b.X
	})
	var sb strings.Builder
	for _, c := range cells {
		fmt.Fprintf(&sb, "%d,%d;", c.X-minC.X, c.Y-minC.Y)
	}
	return sb.String(), minC
}

func (w World) String() string {
	_, origin := w.Normalize()
	maxX, maxY := origin.X, origin.Y
	for c := range w {
		maxX, maxY = max(maxX, c.X), max(maxY, c.Y)
	}
	var sb strings.Builder
	for y := origin.Y; y <= maxY; y++ {
		for x := origin.X; x <= maxX; x++ {
			sb.WriteString(map[bool]string{true: "#", false: "."}[w[Cell{x, y}]])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func classify(w World, limit int) string {
	shape0, origin0 := w.Normalize()
	for gen := 1; gen <= limit; gen++ {
		w = w.Step()
		if len(w) == 0 {
			return fmt.Sprintf("dies out after %d generations", gen)
		}
		shape, origin := w.Normalize()
		switch {
		case shape != shape0:
			continue
		case origin == origin0 && gen == 1:
			return "still life"
		case origin == origin0:
			return fmt.Sprintf("oscillator, period %d", gen)
		default:
			return fmt.Sprintf("spaceship, period %d, moves (%+d,%+d)", gen, origin.X-origin0.X, origin.Y-origin0.Y)
		}
	}
	return fmt.Sprintf("no repeat within %d generations", limit)
}

func main() {
	patterns := []struct {
		name string
		rows []string
	}{
		{"block", []string{"##", "##"}},
		{"blinker", []string{"###"}},
		{"toad", []string{".###", "###."}},
		{"glider", []string{".#.", "..#", "###"}},
		{"lwss", []string{".#..#", "#....", "#...#", "####."}},
		{"vee", []string{"#.#", ".#."}},
		{"r-pentomino", []string{".##", "##.", ".#."}},
	}
	for _, p := range patterns {
		w := Parse(p.rows...)
		fmt.Printf("%-12s cells=%d  %s\n", p.name, len(w), classify(w, 30))
	}
	g := Parse(".#.", "..#", "###")
	for gen := 0; gen < 4; gen++ {
		g = g.Step()
	}
	fmt.Printf("glider after 4 generations:\n%s", g)
	r := Parse(".##", "##.", ".#.")
	for range 30 {
		r = r.Step()
	}
	fmt.Printf("r-pentomino after 30 generations: %d cells\n%s", len(r), r)
}
