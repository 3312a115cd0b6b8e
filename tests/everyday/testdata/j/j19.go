// Command j19 runs Conway's Game of Life and a tic-tac-toe judge on
// fixed-size arrays of arrays, relying on arrays being values.
package main

import (
	"fmt"
	"strings"
)

const N = 8

type Board [N][N]bool

func (b Board) neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+N)%N, (c+dc+N)%N // wrap around (torus)
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

// Step returns the next generation; b is a copy, so no double buffer is needed.
func (b Board) Step() Board {
	var next Board
	for r := range N {
		for c := range N {
			n := b.neighbours(r, c)
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

func (b Board) Shift(dr, dc int) (out Board) {
	for r := range N {
		for c := range N {
			out[(r+dr)%N][(c+dc)%N] = b[r][c]
		}
	}
	return out
}

type TTT [3][3]byte

func (t TTT) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b, c := t[l[0][0]][l[0][1]], t[l[1][0]][l[1][1]], t[l[2][0]][l[2][1]]
		if a != '.' && a == b && b == c {
			return a
		}
	}
	return '-'
}

func main() {
	var b Board
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} { // glider
		b[p[0]][p[1]] = true
	}
	start := b
	seen := map[Board]int{b: 0} // arrays of comparable elements are valid map keys
	for gen := 1; gen <= 40; gen++ {
		b = b.Step()
		if gen == 1 || gen == 4 {
			fmt.Printf("generation %d:\n%v", gen, b)
		}
		if prev, ok := seen[b]; ok {
			fmt.Printf("generation %d repeats generation %d\n", gen, prev)
			break
		}
		seen[b] = gen
	}
	g4 := start.Step().Step().Step().Step()
	fmt.Println("after 4 steps glider == start shifted by (1,1):", g4 == start.Shift(1, 1))

	// Arrays copy on assignment; slices of arrays share.
	copyB := start
	copyB[7][7] = true
	fmt.Println("copy differs:", copyB != start, "original corner:", start[7][7])
	rowSlice := start[2][:]
	rowSlice[5] = true
	fmt.Println("row slice aliases original:", start[2][5])

	games := []TTT{
		{{'X', 'O', 'X'}, {'O', 'X', 'O'}, {'O', 'X', 'X'}},
		{{'O', 'O', 'O'}, {'X', 'X', '.'}, {'X', '.', '.'}},
		{{'X', 'O', 'X'}, {'X', 'O', 'O'}, {'O', 'X', 'X'}},
		{{'.', '.', 'X'}, {'.', 'X', 'O'}, {'X', 'O', 'O'}},
	}
	for i, g := range games {
		fmt.Printf("game %d: %s winner=%c\n", i+1, strings.Join([]string{string(g[0][:]), string(g[1][:]), string(g[2][:])}, "/"), g.Winner())
	}
	fmt.Printf("array sizes: %d cells, len(b)=%d len(b[0])=%d\n", len(b)*len(b[0]), len(b), len(b[0]))
}
