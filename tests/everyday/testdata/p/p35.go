// Arrays and structs as map keys: Conway's Game of Life on a sparse set, plus memoised tic-tac-toe.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Cell [2]int

type Board [9]byte

func step(live map[Cell]bool) map[Cell]bool {
	neighbours := map[Cell]int{}
	for c := range live {
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				if dr != 0 || dc != 0 {
					neighbours[Cell{c[0] + dr, c[1] + dc}]++
				}
			}
		}
	}
	next := map[Cell]bool{}
	for c, n := range neighbours {
		if n == 3 || n == 2 && live[c] {
			next[c] = true
		}
	}
	return next
}

func bounds(live map[Cell]bool) (Cell, Cell) {
	lo, hi := Cell{1 << 30, 1 << 30}, Cell{-1 << 30, -1 << 30}
	for c := range live {
		lo = Cell{min(lo[0], c[0]), min(lo[1], c[1])}
		hi = Cell{max(hi[0], c[0]), max(hi[1], c[1])}
	}
	return lo, hi
}

func sortedCells(live map[Cell]bool) []Cell {
	cells := make([]Cell, 0, len(live))
	for c := range live {
		cells = append(cells, c)
	}
	slices.SortFunc(cells, func(a, b Cell) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return cells
}

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func winner(b Board) byte {
	for _, l := range lines {
		if b[l[0]] != '.' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

// minimax returns +1 if X wins with perfect play, -1 if O wins, 0 for a draw.
func minimax(b Board, turn byte, memo map[Board]int) int {
	if v, ok := memo[b]; ok {
		return v
	}
	switch winner(b) {
	case 'X':
		return 1
	case 'O':
		return -1
	}
	best, moved := -2, false
	if turn == 'O' {
		best = 2
	}
	for i := range b {
		if b[i] != '.' {
			continue
		}
		moved = true
		nb := b // arrays copy by value
		nb[i] = turn
		if turn == 'X' {
			best = max(best, minimax(nb, 'O', memo))
		} else {
			best = min(best, minimax(nb, 'X', memo))
		}
	}
	if !moved {
		best = 0
	}
	memo[b] = best
	return best
}

func main() {
	glider := map[Cell]bool{{0, 1}: true, {1, 2}: true, {2, 0}: true, {2, 1}: true, {2, 2}: true}
	g := glider
	for range 4 {
		g = step(g)
	}
	fmt.Println("glider after 4 steps:", sortedCells(g))
	shifted := map[Cell]bool{}
	for c := range glider {
		shifted[Cell{c[0] + 1, c[1] + 1}] = true
	}
	fmt.Println("equals original shifted by (1,1):", slices.Equal(sortedCells(g), sortedCells(shifted)))

	rpent := map[Cell]bool{{0, 1}: true, {0, 2}: true, {1, 0}: true, {1, 1}: true, {2, 1}: true}
	pop := rpent
	for gen := 1; gen <= 200; gen++ {
		pop = step(pop)
		if gen%50 == 0 {
			lo, hi := bounds(pop)
			fmt.Printf("r-pentomino gen %3d: population %3d, bbox %v..%v\n", gen, len(pop), lo, hi)
		}
	}

	memo := map[Board]int{}
	empty := Board{'.', '.', '.', '.', '.', '.', '.', '.', '.'}
	fmt.Println("tic-tac-toe value from empty board:", minimax(empty, 'X', memo))
	fmt.Println("positions memoised:", len(memo))
	pos := Board([]byte("XO..X...."))
	fmt.Printf("value of %s with O to move: %d\n", pos[:], minimax(pos, 'O', memo))
	pos2 := Board([]byte("XX.OO...."))
	fmt.Printf("value of %s with X to move: %d\n", pos2[:], minimax(pos2, 'X', memo))
	fmt.Println("boards compare with ==:", pos == Board([]byte("XO..X....")))
}
