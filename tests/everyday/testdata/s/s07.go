package main

import (
	"fmt"
	"strings"
)

// Conway's Game of Life on a fixed-size array with a glider and a blinker.

const W, H = 20, 12

type Grid [H][W]bool

func (g *Grid) Set(pts ...[2]int) {
	for _, p := range pts {
		g[p[1]][p[0]] = true
	}
}

func (g Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			xx, yy := (x+dx+W)%W, (y+dy+H)%H
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := range H {
		for x := range W {
			n := g.Neighbors(x, y)
			next[y][x] = n == 3 || (g[y][x] && n == 2)
		}
	}
	return next
}

func (g Grid) Population() int {
	c := 0
	for y := range H {
		for x := range W {
			if g[y][x] {
				c++
			}
		}
	}
	return c
}

func (g Grid) String() string {
	var sb strings.Builder
	for y := range H {
		for x := range W {
			if g[y][x] {
				sb.WriteString("O")
			} else {
				sb.WriteString(".")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	var g Grid
	g.Set([2]int{1, 0}, [2]int{2, 1}, [2]int{0, 2}, [2]int{1, 2}, [2]int{2, 2}) // glider
	g.Set([2]int{14, 5}, [2]int{15, 5}, [2]int{16, 5})                          // blinker
	g.Set([2]int{10, 9}, [2]int{11, 9}, [2]int{10, 10}, [2]int{11, 10})         // block

	history := []int{}
	for gen := 0; gen <= 12; gen++ {
		if gen%4 == 0 {
			fmt.Printf("Generation %d, population %d\n%v\n", gen, g.Population(), g)
		}
		history = append(history, g.Population())
		g = g.Step()
	}
	fmt.Println("population history:", history)

	// Check that the glider returns to its shape after 4 generations, shifted by (1,1)
	var a Grid
	a.Set([2]int{1, 0}, [2]int{2, 1}, [2]int{0, 2}, [2]int{1, 2}, [2]int{2, 2})
	b := a
	for range 4 {
		b = b.Step()
	}
	var shifted Grid
	shifted.Set([2]int{2, 1}, [2]int{3, 2}, [2]int{1, 3}, [2]int{2, 3}, [2]int{3, 3})
	fmt.Println("glider translated by (1,1):", b == shifted)
}
