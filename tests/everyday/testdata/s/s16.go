package main

import (
	"errors"
	"fmt"
	"strings"
)

// Sudoku validity checks and a small backtracking solver.

type Board [9][9]int

func parse(s string) Board {
	var b Board
	s = strings.ReplaceAll(s, "\n", "")
	for i, ch := range s {
		if ch >= '1' && ch <= '9' {
			b[i/9][i%9] = int(ch - '0')
		}
	}
	return b
}

func (b *Board) Validate() error {
	var errs []error
	for i := range 9 {
		var row, col, box [10]bool
		for j := range 9 {
			if v := b[i][j]; v != 0 {
				if row[v] {
					errs = append(errs, fmt.Errorf("row %d: duplicate %d", i+1, v))
				}
				row[v] = true
			}
			if v := b[j][i]; v != 0 {
				if col[v] {
					errs = append(errs, fmt.Errorf("col %d: duplicate %d", i+1, v))
				}
				col[v] = true
			}
			r, c := 3*(i/3)+j/3, 3*(i%3)+j%3
			if v := b[r][c]; v != 0 {
				if box[v] {
					errs = append(errs, fmt.Errorf("box %d: duplicate %d", i+1, v))
				}
				box[v] = true
			}
		}
	}
	return errors.Join(errs...)
}

func (b *Board) ok(r, c, v int) bool {
	for i := range 9 {
		if b[r][i] == v || b[i][c] == v || b[3*(r/3)+i/3][3*(c/3)+i%3] == v {
			return false
		}
	}
	return true
}

func (b *Board) Solve(steps *int) bool {
	for r := range 9 {
		for c := range 9 {
			if b[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if b.ok(r, c, v) {
					b[r][c] = v
					*steps++
					if b.Solve(steps) {
						return true
					}
					b[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r, row := range b {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		fmt.Fprintf(&sb, "%d %d %d | %d %d %d | %d %d %d\n", row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8])
	}
	return sb.String()
}

func main() {
	puzzle := parse(`53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79`)
	fmt.Println("initial valid:", puzzle.Validate() == nil)
	steps := 0
	solved := puzzle.Solve(&steps)
	fmt.Printf("solved=%v placements=%d\n%v", solved, steps, puzzle)
	fmt.Println("solution valid:", puzzle.Validate() == nil)

	bad := puzzle
	bad[0][0], bad[4][4] = bad[0][1], bad[4][5]
	fmt.Printf("corrupted board errors:\n%v\n", bad.Validate())
}
