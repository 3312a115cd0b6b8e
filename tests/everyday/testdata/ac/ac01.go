// Sudoku solver using backtracking with a minimum-remaining-values heuristic.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Grid [9][9]int

var ErrUnsolvable = errors.New("sudoku: no solution")

type Solver struct {
	grid  Grid
	steps int
}

func Parse(rows []string) (Grid, error) {
	var g Grid
	if len(rows) != 9 {
		return g, fmt.Errorf("expected 9 rows, got %d", len(rows))
	}
	for r, line := range rows {
		if len(line) != 9 {
			return g, fmt.Errorf("row %d: expected 9 cells, got %d", r, len(line))
		}
		for c, ch := range line {
			switch {
			case ch == '.':
				g[r][c] = 0
			case ch >= '1' && ch <= '9':
				g[r][c] = int(ch - '0')
			default:
				return g, fmt.Errorf("row %d col %d: bad char %q", r, c, ch)
			}
		}
	}
	return g, nil
}

func (g Grid) String() string {
	var sb strings.Builder
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			if g[r][c] == 0 {
				sb.WriteString(". ")
			} else {
				fmt.Fprintf(&sb, "%d ", g[r][c])
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func (g *Grid) candidates(r, c int) []int {
	var used [10]bool
	for i := 0; i < 9; i++ {
		used[g[r][i]] = true
		used[g[i][c]] = true
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			used[g[i][j]] = true
		}
	}
	var out []int
	for v := 1; v <= 9; v++ {
		if !used[v] {
			out = append(out, v)
		}
	}
	return out
}

func (s *Solver) Solve() error {
	if s.solve() {
		return nil
	}
	return ErrUnsolvable
}

func (s *Solver) solve() bool {
	s.steps++
	bestR, bestC := -1, -1
	var best []int
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if s.grid[r][c] != 0 {
				continue
			}
			cand := s.grid.candidates(r, c)
			if bestR < 0 || len(cand) < len(best) {
				bestR, bestC, best = r, c, cand
			}
		}
	}
	if bestR < 0 {
		return true
	}
	for _, v := range best {
		s.grid[bestR][bestC] = v
		if s.solve() {
			return true
		}
	}
	s.grid[bestR][bestC] = 0
	return false
}

func (g Grid) Valid() bool {
	for i := 0; i < 9; i++ {
		var row, col, box [10]bool
		for j := 0; j < 9; j++ {
			a, b := g[i][j], g[j][i]
			x := g[i/3*3+j/3][i%3*3+j%3]
			if row[a] || col[b] || box[x] {
				return false
			}
			row[a], col[b], box[x] = true, true, true
		}
	}
	return true
}

func main() {
	puzzle := []string{
		"53..7....",
		"6..195...",
		".98....6.",
		"8...6...3",
		"4..8.3..1",
		"7...2...6",
		".6....28.",
		"...419..5",
		"....8..79",
	}
	g, err := Parse(puzzle)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	fmt.Println("Puzzle:")
	fmt.Print(g)
	s := &Solver{grid: g}
	if err := s.Solve(); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("Solution:")
	fmt.Print(s.grid)
	fmt.Printf("valid=%v steps=%d\n", s.grid.Valid(), s.steps)

	_, err = Parse([]string{"123"})
	fmt.Println("bad input:", err)
	bad := g
	bad[0][2] = 5
	s2 := &Solver{grid: bad}
	fmt.Println("conflicting puzzle:", s2.Solve())
}
