// Backtracking: N-Queens counting with bitmasks, and a Sudoku solver on [9][9]int8.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

func nQueens(n int) (count int, first []int) {
	full := uint(1)<<n - 1
	cols := make([]int, n)
	var solve func(row int, colMask, d1, d2 uint)
	solve = func(row int, colMask, d1, d2 uint) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
		for avail := full &^ (colMask | d1 | d2); avail != 0; avail &= avail - 1 {
			bit := avail & -avail
			cols[row] = bits.TrailingZeros(bit)
			solve(row+1, colMask|bit, (d1|bit)<<1&full, (d2|bit)>>1)
		}
	}
	solve(0, 0, 0, 0)
	return
}

type Sudoku [9][9]int8

func (s *Sudoku) candidates(r, c int) uint16 {
	var used uint16
	for i := range 9 {
		used |= 1<<s[r][i] | 1<<s[i][c]
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			used |= 1 << s[i][j]
		}
	}
	return ^used & 0b11_1111_1110
}

// Solve picks the empty cell with the fewest candidates (MRV heuristic).
func (s *Sudoku) Solve(nodes *int) bool {
	bestR, bestC, bestCount := -1, -1, 10
	var bestMask uint16
	for r := range 9 {
		for c := range 9 {
			if s[r][c] != 0 {
				continue
			}
			m := s.candidates(r, c)
			if n := bits.OnesCount16(m); n < bestCount {
				bestR, bestC, bestCount, bestMask = r, c, n, m
			}
		}
	}
	if bestR < 0 {
		return true
	}
	for m := bestMask; m != 0; m &= m - 1 {
		*nodes++
		s[bestR][bestC] = int8(bits.TrailingZeros16(m))
		if s.Solve(nodes) {
			return true
		}
	}
	s[bestR][bestC] = 0
	return false
}

func (s Sudoku) String() string {
	var sb strings.Builder
	for r, row := range s {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func parse(rows ...string) (s Sudoku) {
	for r, line := range rows {
		for c, ch := range line {
			if ch >= '1' && ch <= '9' {
				s[r][c] = int8(ch - '0')
			}
		}
	}
	return s
}

func main() {
	for n := 1; n <= 10; n++ {
		count, first := nQueens(n)
		fmt.Printf("%2d-queens: %4d solutions, first %v\n", n, count, first)
	}
	_, sol := nQueens(8)
	for _, c := range sol {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 7-c))
	}

	puzzle := parse(
		"53..7....", "6..195...", ".98....6.",
		"8...6...3", "4..8.3..1", "7...2...6",
		".6....28.", "...419..5", "....8..79",
	)
	original := puzzle
	nodes := 0
	ok := puzzle.Solve(&nodes)
	fmt.Printf("sudoku solved=%v after %d guesses\n", ok, nodes)
	fmt.Print(puzzle)
	fmt.Println("original untouched:", original[0][2] == 0, "solution differs:", original != puzzle)
}
