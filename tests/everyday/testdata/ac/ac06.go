// Conway's Game of Life on a small toroidal grid with pattern detection.
package main

import (
	"fmt"
	"strings"
)

type Rule interface {
	Next(alive bool, neighbors int) bool
	Name() string
}

type LifeRule struct {
	Birth, Survive map[int]bool
	label          string
}

func (r LifeRule) Next(alive bool, n int) bool {
	if alive {
		return r.Survive[n]
	}
	return r.Birth[n]
}

func (r LifeRule) Name() string { return r.label }

func NewRule(label string, birth, survive []int) LifeRule {
	r := LifeRule{Birth: map[int]bool{}, Survive: map[int]bool{}, label: label}
	for _, b := range birth {
		r.Birth[b] = true
	}
	for _, s := range survive {
		r.Survive[s] = true
	}
	return r
}

type World struct {
	W, H  int
	cells []bool
	gen   int
}

func NewWorld(w, h int, pattern []string, ox, oy int) *World {
	wd := &World{W: w, H: h, cells: make([]bool, w*h)}
	for y, line := range pattern {
		for x, ch := range line {
			if ch == '#' {
				wd.Set(x+ox, y+oy, true)
			}
		}
	}
	return wd
}

func (w *World) idx(x, y int) int {
	x = ((x % w.W) + w.W) % w.W
	y = ((y % w.H) + w.H) % w.H
	return y*w.W + x
}

func (w *World) Get(x, y int) bool    { return w.cells[w.idx(x, y)] }
func (w *World) Set(x, y int, v bool) { w.cells[w.idx(x, y)] = v }

func (w *World) Step(r Rule) {
	next := make([]bool, len(w.cells))
	for y := 0; y < w.H; y++ {
		for x := 0; x < w.W; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && w.Get(x+dx, y+dy) {
						n++
					}
				}
			}
			next[y*w.W+x] = r.Next(w.Get(x, y), n)
		}
	}
	w.cells = next
	w.gen++
}

func (w *World) Population() int {
	n := 0
	for _, c := range w.cells {
		if c {
			n++
		}
	}
	return n
}

func (w *World) Key() string {
	var sb strings.Builder
	for _, c := range w.cells {
		if c {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

func (w *World) String() string {
	var sb strings.Builder
	for y := 0; y < w.H; y++ {
		for x := 0; x < w.W; x++ {
			if w.Get(x, y) {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// RunUntilCycle returns the generation where a repeat began and the period.
func RunUntilCycle(w *World, r Rule, limit int) (start, period int) {
	seen := map[string]int{w.Key(): 0}
	for i := 1; i <= limit; i++ {
		w.Step(r)
		k := w.Key()
		if prev, ok := seen[k]; ok {
			return prev, i - prev
		}
		seen[k] = i
	}
	return -1, 0
}

func main() {
	life := NewRule("B3/S23", []int{3}, []int{2, 3})
	glider := NewWorld(8, 6, []string{".#.", "..#", "###"}, 1, 1)
	fmt.Println("glider gen 0:")
	fmt.Print(glider)
	for i := 0; i < 4; i++ {
		glider.Step(life)
	}
	fmt.Printf("glider gen %d (pop %d):\n", glider.gen, glider.Population())
	fmt.Print(glider)

	patterns := []struct {
		name string
		pat  []string
	}{
		{"blinker", []string{"###"}},
		{"block", []string{"##", "##"}},
		{"toad", []string{".###", "###."}},
		{"r-pentomino", []string{".##", "##.", ".#."}},
		{"glider", []string{".#.", "..#", "###"}},
	}
	rules := []Rule{life, NewRule("B36/S23", []int{3, 6}, []int{2, 3})}
	for _, r := range rules {
		for _, p := range patterns {
			w := NewWorld(10, 10, p.pat, 3, 3)
			start, period := RunUntilCycle(w, r, 200)
			fmt.Printf("%-8s %-12s cycle starts at gen %3d, period %2d, pop %d\n",
				r.Name(), p.name, start, period, w.Population())
		}
	}
}
