package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Cell uint8

const (
	Empty Cell = iota
	Tree
	Burning
	Ash
)

func (c Cell) Rune() byte { return " T*."[c] }

type Forest struct {
	w, h  int
	grid  [][]Cell
	rng   *rand.Rand
	wind  [2]int // extra spread direction (dx, dy)
	stats map[Cell]int
}

func NewForest(w, h int, density int, rng *rand.Rand) *Forest {
	f := &Forest{w: w, h: h, rng: rng}
	f.grid = make([][]Cell, h)
	for y := range f.grid {
		f.grid[y] = make([]Cell, w)
		for x := range f.grid[y] {
			if rng.IntN(100) < density {
				f.grid[y][x] = Tree
			}
		}
	}
	return f
}

func (f *Forest) Ignite(x, y int) { f.grid[y][x] = Burning }

// Step spreads fire to orthogonal neighbours with probability pct, and to the
// downwind cell two steps away (sparks) with a lower probability.
func (f *Forest) Step(pct int) (burning int) {
	next := make([][]Cell, f.h)
	for y := range next {
		next[y] = append([]Cell(nil), f.grid[y]...)
	}
	for y := range f.h {
		for x := range f.w {
			if f.grid[y][x] != Burning {
				continue
			}
			next[y][x] = Ash
			for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				chance := pct
				if d == f.wind {
					chance = min(100, pct+25)
				}
				f.catch(next, x+d[0], y+d[1], chance)
			}
			if f.wind != [2]int{} {
				f.catch(next, x+2*f.wind[0], y+2*f.wind[1], pct/4)
			}
		}
	}
	f.grid = next
	for _, row := range f.grid {
		for _, c := range row {
			if c == Burning {
				burning++
			}
		}
	}
	return burning
}

func (f *Forest) catch(next [][]Cell, x, y, chance int) {
	if x < 0 || y < 0 || x >= f.w || y >= f.h {
		return
	}
	if f.grid[y][x] == Tree && next[y][x] == Tree && f.rng.IntN(100) < chance {
		next[y][x] = Burning
	}
}

func (f *Forest) Count() map[Cell]int {
	m := map[Cell]int{}
	for _, row := range f.grid {
		for _, c := range row {
			m[c]++
		}
	}
	return m
}

func (f *Forest) String() string {
	var sb strings.Builder
	for _, row := range f.grid {
		for _, c := range row {
			sb.WriteByte(c.Rune())
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	scenarios := []struct {
		name    string
		density int
		spread  int
		wind    [2]int
		show    bool
	}{
		{"calm sparse", 45, 70, [2]int{}, false},
		{"calm dense", 70, 70, [2]int{}, true},
		{"east wind", 55, 60, [2]int{1, 0}, true},
		{"north wind", 55, 60, [2]int{0, -1}, false},
	}
	for _, sc := range scenarios {
		rng := rand.New(rand.NewPCG(1, 2))
		f := NewForest(40, 12, sc.density, rng)
		f.wind = sc.wind
		before := f.Count()[Tree]
		f.Ignite(5, 6)
		steps, peak := 0, 0
		for b := 1; b > 0; steps++ {
			b = f.Step(sc.spread)
			peak = max(peak, b)
		}
		c := f.Count()
		fmt.Printf("%-12s trees=%3d burned=%3d (%4.1f%%) steps=%2d peak front=%d\n",
			sc.name, before, c[Ash], 100*float64(c[Ash])/float64(before), steps, peak)
		if sc.show {
			fmt.Print(f)
		}
	}
}
