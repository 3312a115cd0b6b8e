package main

import (
	"fmt"
	"strings"
)

const N = 8

type Board [N][N]bool

func (b Board) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+N)%N, (c+dc+N)%N
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := range N {
		for c := range N {
			n := b.Neighbors(r, c)
			next[r][c] = n == 3 || (b[r][c] && n == 2)
		}
	}
	return next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, alive := range row {
			if alive {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b Board) Population() (n int) {
	for _, row := range b {
		for _, v := range row {
			if v {
				n++
			}
		}
	}
	return
}

func countIslands(grid []string) (int, []int) {
	h, w := len(grid), len(grid[0])
	seen := map[[2]int]bool{}
	var sizes []int
	dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for r := range h {
		for c := range w {
			if grid[r][c] != 'X' || seen[[2]int{r, c}] {
				continue
			}
			size, stack := 0, [][2]int{{r, c}}
			seen[stack[0]] = true
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				size++
				for _, d := range dirs {
					q := [2]int{p[0] + d[0], p[1] + d[1]}
					if q[0] >= 0 && q[0] < h && q[1] >= 0 && q[1] < w && grid[q[0]][q[1]] == 'X' && !seen[q] {
						seen[q] = true
						stack = append(stack, q)
					}
				}
			}
			sizes = append(sizes, size)
		}
	}
	return len(sizes), sizes
}

func main() {
	var b Board
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		b[p[0]][p[1]] = true
	}
	start := b
	for gen := 0; gen < 32; gen++ {
		if gen%2 == 0 && gen <= 4 {
			fmt.Printf("gen %d pop=%d\n%v", gen, b.Population(), b)
		}
		b = b.Step()
	}
	fmt.Println("back to start after 32 steps:", b == start)
	var blinker Board
	blinker[4][3], blinker[4][4], blinker[4][5] = true, true, true
	fmt.Println("blinker period 2:", blinker.Step().Step() == blinker, blinker.Step() != blinker)
	grid := []string{
		"XX..X...",
		"X...XX..",
		"..X.....",
		"....XXX.",
		"X.......",
	}
	n, sizes := countIslands(grid)
	fmt.Println("islands:", n, "sizes:", sizes)
}
