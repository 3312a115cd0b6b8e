package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

// Life is a sparse, unbounded Game of Life using a set of live cells.
type Life struct {
	live       map[Point]struct{}
	generation int
}

func NewLife(pattern string, ox, oy int) *Life {
	l := &Life{live: make(map[Point]struct{})}
	for y, line := range strings.Split(strings.Trim(pattern, "\n"), "\n") {
		for x, ch := range line {
			if ch == 'O' || ch == '#' {
				l.live[Point{x + ox, y + oy}] = struct{}{}
			}
		}
	}
	return l
}

func (l *Life) Step() {
	counts := make(map[Point]int)
	for p := range l.live {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if dx != 0 || dy != 0 {
					counts[Point{p.X + dx, p.Y + dy}]++
				}
			}
		}
	}
	next := make(map[Point]struct{}, len(l.live))
	for p, n := range counts {
		_, alive := l.live[p]
		if n == 3 || (n == 2 && alive) {
			next[p] = struct{}{}
		}
	}
	l.live = next
	l.generation++
}

func (l *Life) Bounds() (minP, maxP Point) {
	first := true
	for p := range l.live {
		if first {
			minP, maxP, first = p, p, false
			continue
		}
		minP.X, minP.Y = min(minP.X, p.X), min(minP.Y, p.Y)
		maxP.X, maxP.Y = max(maxP.X, p.X), max(maxP.Y, p.Y)
	}
	return
}

func (l *Life) Render(minP, maxP Point) string {
	var sb strings.Builder
	for y := minP.Y; y <= maxP.Y; y++ {
		for x := minP.X; x <= maxP.X; x++ {
			if _, ok := l.live[Point{x, y}]; ok {
				sb.WriteByte('O')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	patterns := []struct {
		name string
		body string
		gens int
	}{
		{"blinker", "OOO", 2},
		{"glider", ".O.\n..O\nOOO", 4},
		{"r-pentomino", ".OO\nOO.\n.O.", 60},
		{"toad", ".OOO\nOOO.", 2},
	}
	for _, pat := range patterns {
		l := NewLife(pat.body, 0, 0)
		lo0, _ := l.Bounds()
		fmt.Printf("== %s (%d cells)\n", pat.name, len(l.live))
		history := []int{len(l.live)}
		for range pat.gens {
			l.Step()
			history = append(history, len(l.live))
		}
		lo, hi := l.Bounds()
		fmt.Printf("gen %d: %d cells, bbox (%d,%d)-(%d,%d), drift (%+d,%+d)\n",
			l.generation, len(l.live), lo.X, lo.Y, hi.X, hi.Y, lo.X-lo0.X, lo.Y-lo0.Y)
		if len(history) <= 10 {
			fmt.Println("population:", history)
		} else {
			fmt.Println("population (every 10):", every(history, 10))
		}
		if hi.X-lo.X < 20 {
			fmt.Print(l.Render(lo, hi))
		}
	}
}

func every(xs []int, n int) []int {
	var out []int
	for i := 0; i < len(xs); i += n {
		out = append(out, xs[i])
	}
	return out
}
